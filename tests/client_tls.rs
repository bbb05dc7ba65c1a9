//! TLS: a local HTTPS server with a certificate from a test CA, trusted
//! through the builder. A build without working TLS cannot pass this.

mod support;

use std::sync::Arc;

use support::fin::*;
use tokio_rustls::rustls;

/// A CA, and a certificate for `localhost` it signed; returns the server's
/// TLS acceptor and the CA certificate (PEM) for the client to trust.
fn tls() -> (tokio_rustls::TlsAcceptor, Vec<u8>) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "fin-api test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["localhost".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca)
        .unwrap();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![leaf.der().clone()], key)
    .unwrap();
    (
        tokio_rustls::TlsAcceptor::from(Arc::new(config)),
        ca.pem().into_bytes(),
    )
}

fn api(request: &Request, n: usize) -> Reply {
    match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 3600, "refresh-SECRETMARK", 7200),
        _ => customer(),
    }
}

#[tokio::test]
async fn https_server_trusted_through_the_builder() {
    let (acceptor, ca_pem) = tls();
    let server = start_tls(api, acceptor).await;
    assert!(server.url().starts_with("https://localhost:"));
    let client = builder(&server)
        .add_root_certificate(reqwest::Certificate::from_pem(&ca_pem).unwrap())
        .build()
        .unwrap();
    let response = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(CUSTOMER_PATH), 1);
}

#[tokio::test]
async fn untrusted_certificate_is_refused() {
    let (acceptor, _) = tls();
    let server = start_tls(api, acceptor).await;
    let client = builder(&server).max_retries(0).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(matches!(error, fin_api::Error::Transport(_)), "{error:?}");
    clean_error(&error);
    // The credentials never reached the server.
    assert_eq!(server.count(TOKEN_PATH), 0);
}
