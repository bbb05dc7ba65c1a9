//! The loopback HTTP server of the tests: the crate's own
//! (`fin_api::loopback`, compiled with the `mock` feature the
//! dev-dependencies enable), plus TLS through `tokio_rustls`.

use std::sync::Arc;

#[allow(unused_imports)] // each test file uses part of it
pub use fin_api::loopback::{Reply, Request, Server, Step};

/// Serves HTTPS through `acceptor` on 127.0.0.1 (URL host `localhost`).
pub async fn start_tls(
    handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    acceptor: tokio_rustls::TlsAcceptor,
) -> Server {
    Server::builder()
        .upgrade(Arc::new(move |tcp| {
            let acceptor = acceptor.clone();
            Box::pin(async move {
                let tls = acceptor.accept(tcp).await?;
                Ok(Box::new(tls) as Box<dyn fin_api::loopback::Connection>)
            })
        }))
        .start(handler)
        .await
        .expect("listen on 127.0.0.1")
}
