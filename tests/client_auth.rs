//! Tokens: caching, single flight, refresh, fallback to the grant, 401
//! handling, refused credentials. Against a real server on 127.0.0.1.

mod support;

use std::sync::Arc;

use support::fin::*;

/// An API that accepts only the given tokens.
fn accepts(tokens: Vec<String>) -> impl Fn(&Request, usize) -> Reply + Send + Sync + 'static {
    move |request, _| {
        let ok = request
            .header("authorization")
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|t| tokens.iter().any(|k| k == t));
        if ok {
            customer()
        } else {
            Reply::json(401, serde_json::json!({"message": "Unauthenticated."}))
        }
    }
}

#[tokio::test]
async fn hundred_sequential_calls_one_token_request() {
    let server = fin_server(accepts(vec![granted(1)])).await;
    let client = builder(&server).build().unwrap();
    for _ in 0..100 {
        let response = client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(REFRESH_PATH), 0);
    assert_eq!(server.count(CUSTOMER_PATH), 100);
    // The token went as a bearer token; the credentials as JSON.
    let requests = server.requests();
    let grant = &requests[0];
    assert_eq!(grant.method, "POST");
    assert_eq!(grant.json()["client_id"], CLIENT_ID);
    assert_clean(&format!("{client:?}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_calls_on_cold_cache_one_token_request() {
    // The token endpoint is slow, so all calls pile up behind it.
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 3600, "refresh-SECRETMARK", 7200)
            .after(std::time::Duration::from_millis(200)),
        _ => customer(),
    })
    .await;
    let client = Arc::new(builder(&server).build().unwrap());
    let calls = (0..256).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get_customer_details_v2(&customer_id()).await })
    });
    for result in futures_util::future::join_all(calls).await {
        result.unwrap().unwrap();
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(CUSTOMER_PATH), 256);
}

#[tokio::test]
async fn token_near_expiry_is_refreshed() {
    // The grant's token has 30 s left (inside the 60 s margin), its refresh
    // token an hour; the refresh endpoint's token an hour.
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 30, "refresh-1-SECRETMARK", 3600),
        REFRESH_PATH => {
            assert_eq!(request.json()["refresh_token"], "refresh-1-SECRETMARK");
            token_reply(&refreshed(n), 3600, "refresh-2-SECRETMARK", 7200)
        }
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    for _ in 0..3 {
        client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap();
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(REFRESH_PATH), 1);
    let auths: Vec<_> = server
        .requests()
        .iter()
        .filter(|r| r.path == CUSTOMER_PATH)
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(
        auths,
        [
            format!("Bearer {}", granted(1)),
            format!("Bearer {}", refreshed(1)),
            format!("Bearer {}", refreshed(1)),
        ]
    );
}

#[tokio::test]
async fn expired_refresh_token_falls_back_to_the_grant() {
    // Both tokens of the grant are already expired by the server's clock.
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 30, "refresh-SECRETMARK", -10),
        REFRESH_PATH => panic!("an expired refresh token must not be used"),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(server.count(TOKEN_PATH), 2);
    assert_eq!(server.count(REFRESH_PATH), 0);
}

#[tokio::test]
async fn refused_refresh_token_falls_back_to_the_grant() {
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 30, "refresh-SECRETMARK", 3600),
        REFRESH_PATH => Reply::json(401, serde_json::json!({"message": "Invalid refresh token"})),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(server.count(REFRESH_PATH), 1);
    assert_eq!(server.count(TOKEN_PATH), 2);
}

#[tokio::test]
async fn unauthorized_call_renews_the_token_and_retries_once() {
    // The first token is revoked server-side; the second is accepted.
    let server = fin_server(accepts(vec![refreshed(1)])).await;
    let client = builder(&server).build().unwrap();
    let response = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(server.count(TOKEN_PATH), 1);
    // The access token was refused; the refresh token was still valid.
    assert_eq!(server.count(REFRESH_PATH), 1);
    assert_eq!(server.count(CUSTOMER_PATH), 2);
}

#[tokio::test]
async fn second_unauthorized_is_returned() {
    let server = fin_server(accepts(vec![])).await;
    let client = builder(&server).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    match &error {
        fin_api::Error::Api { body, .. } => {
            assert_eq!(body.message.as_deref(), Some("Unauthenticated."))
        }
        other => panic!("expected an API error, got {other:?}"),
    }
    assert!(!error.is_retryable());
    clean_error(&error);
    assert_eq!(server.count(CUSTOMER_PATH), 2);
    assert_eq!(server.count(TOKEN_PATH) + server.count(REFRESH_PATH), 2);
}

#[tokio::test]
async fn refused_credentials_are_an_authentication_error() {
    let server = fin_server(|_, _| customer()).await;
    let client = fin_api::Client::builder()
        .base_url(server.url())
        .credentials(CLIENT_ID, "cs-SECRETMARK-wrong")
        .build()
        .unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    let shown = clean_error(&error);
    assert!(
        matches!(error, fin_api::Error::Authentication { .. }),
        "{error:?}"
    );
    assert!(shown.contains("refused"), "{shown}");
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    assert_eq!(server.count(CUSTOMER_PATH), 0);
    // Refused credentials are not retried.
    assert_eq!(server.count(TOKEN_PATH), 1);
}

#[tokio::test]
async fn fixed_access_token_is_sent_as_is() {
    let server = fin_server(accepts(vec![format!("fixed-{MARK}")])).await;
    let client = fin_api::Client::builder()
        .base_url(server.url())
        .access_token(format!("fixed-{MARK}"))
        .build()
        .unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(server.count(TOKEN_PATH), 0);
    assert_clean(&format!("{client:?}"));
    // A refused fixed token cannot be renewed: no retry.
    let server = fin_server(accepts(vec![])).await;
    let client = fin_api::Client::builder()
        .base_url(server.url())
        .access_token(format!("fixed-{MARK}"))
        .build()
        .unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    clean_error(&error);
    assert_eq!(server.count(CUSTOMER_PATH), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_calls_on_stale_cache_one_refresh_request() {
    // The grant's token is inside the renewal margin: the next 256
    // concurrent calls cause one refresh between them.
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => token_reply(&granted(n), 30, "refresh-SECRETMARK", 7200),
        REFRESH_PATH => token_reply(&refreshed(n), 3600, "refresh-r-SECRETMARK", 7200)
            .after(std::time::Duration::from_millis(200)),
        _ => customer(),
    })
    .await;
    let client = Arc::new(builder(&server).build().unwrap());
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    let calls = (0..256).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get_customer_details_v2(&customer_id()).await })
    });
    for result in futures_util::future::join_all(calls).await {
        result.unwrap().unwrap();
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(REFRESH_PATH), 1);
    assert_eq!(server.count(CUSTOMER_PATH), 257);
}
