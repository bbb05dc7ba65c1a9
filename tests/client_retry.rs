//! Retries, timeouts, the overall deadline, and error mapping. Against a
//! real server on 127.0.0.1.

mod support;

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use support::fin::*;

fn api_error(status: u16, message: &str) -> Reply {
    Reply::json(status, serde_json::json!({ "message": message }))
}

#[tokio::test]
async fn get_succeeds_after_two_503() {
    let server = fin_server(|_, n| match n {
        1 | 2 => api_error(503, "Service Unavailable"),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    let response = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(server.count(CUSTOMER_PATH), 3);
}

#[tokio::test]
async fn get_gives_up_after_two_retries() {
    // 500 on every try: 1 + 2 retries, then the error.
    let server =
        fin_server(|_, _| api_error(500, "Internal Server Error").header("x-request-id", "req-42"))
            .await;
    let client = builder(&server).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(server.count(CUSTOMER_PATH), 3);
    assert_eq!(error.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert!(error.is_retryable());
    assert_eq!(error.request_id(), Some("req-42"));
    // 500 is not a documented status of this operation, but its body is
    // the API's usual JSON error.
    assert_eq!(
        error.api_error().and_then(|e| e.message.as_deref()),
        Some("Internal Server Error")
    );
    let shown = clean_error(&error);
    assert!(
        shown.contains("500") && shown.contains("Internal Server Error"),
        "{shown}"
    );
}

#[tokio::test]
async fn max_retries_zero_sends_once() {
    let server = fin_server(|_, _| api_error(503, "busy")).await;
    let client = builder(&server).max_retries(0).build().unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(server.count(CUSTOMER_PATH), 1);
}

#[tokio::test]
async fn retry_after_is_waited_for() {
    let server = fin_server(|_, n| match n {
        1 => api_error(429, "Too Many Requests").header("retry-after", "1"),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    let started = Instant::now();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(server.count(CUSTOMER_PATH), 2);
    assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
}

#[tokio::test]
async fn retry_after_beyond_the_deadline_returns_the_response() {
    // Waiting 60 s would overrun the 20 s deadline: answer now instead.
    let server = fin_server(|_, _| api_error(503, "maintenance").header("retry-after", "60")).await;
    let client = builder(&server).build().unwrap();
    let started = Instant::now();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(server.count(CUSTOMER_PATH), 1);
}

#[tokio::test]
async fn documented_errors_are_not_retried_and_keep_their_body() {
    let server = fin_server(|_, _| {
        Reply::json(
            422,
            serde_json::json!({"message": "The given data was invalid.", "errors": [{"customer_id": "is invalid"}]}),
        )
        .header("x-request-id", "req-7")
    })
    .await;
    let client = builder(&server).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(server.count(CUSTOMER_PATH), 1);
    let body = error.api_error().expect("typed body");
    assert_eq!(body.message.as_deref(), Some("The given data was invalid."));
    assert_eq!(error.request_id(), Some("req-7"));
    assert!(!error.is_retryable());
    let shown = clean_error(&error);
    assert!(shown.contains("422") && shown.contains("req-7"), "{shown}");
}

#[tokio::test]
async fn non_json_error_body_keeps_its_status() {
    // A documented status (404) whose body is not JSON: progenitor's
    // InvalidResponsePayload has no status; the hooks keep it.
    let server = fin_server(|_, _| Reply::text(404, "<html>Not Found</html>")).await;
    let client = builder(&server).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    match &error {
        fin_api::Error::InvalidResponse {
            status, excerpt, ..
        } => {
            assert_eq!(*status, Some(StatusCode::NOT_FOUND));
            assert!(excerpt.contains("Not Found"), "{excerpt}");
        }
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
    clean_error(&error);
}

#[tokio::test]
async fn success_body_that_does_not_decode() {
    let server = fin_server(|_, _| Reply::text(200, "<html>maintenance</html>")).await;
    let client = builder(&server).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::OK));
    match &error {
        fin_api::Error::InvalidResponse { excerpt, .. } => assert!(excerpt.contains("maintenance")),
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
}

#[tokio::test]
async fn stalled_server_hits_the_timeout() {
    let server = fin_server(|_, _| Reply::Stall).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(
        matches!(error, fin_api::Error::Timeout { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(server.count(CUSTOMER_PATH), 3);
    assert!(started.elapsed() < Duration::from_secs(10));
    clean_error(&error);
}

#[tokio::test]
async fn overall_deadline_bounds_the_call() {
    // Per-attempt timeout longer than the deadline, and many retries
    // allowed: the deadline still ends the call.
    let server = fin_server(|_, _| Reply::Stall).await;
    let client = builder(&server)
        .timeout(Duration::from_secs(30))
        .deadline(Duration::from_millis(500))
        .max_retries(100)
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(error, fin_api::Error::Timeout { .. }), "{error:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[tokio::test]
async fn stalled_token_endpoint_is_bounded_too() {
    let server = Server::start(|_, _| Reply::Stall).await;
    let client = builder(&server)
        .deadline(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(matches!(error, fin_api::Error::Timeout { .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn connection_refused_is_a_retryable_transport_error() {
    // Bind, then free a port: nothing listens there.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = fin_api::Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .access_token(format!("fixed-{MARK}"))
        .build()
        .unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert!(matches!(error, fin_api::Error::Transport(_)), "{error:?}");
    assert!(error.is_retryable());
    clean_error(&error);
}

#[tokio::test]
async fn headers_sent() {
    let server = fin_server(|_, _| customer()).await;
    let client = builder(&server)
        .user_agent("my-service/1.2")
        .build()
        .unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    let call = server
        .requests()
        .into_iter()
        .find(|r| r.path == CUSTOMER_PATH)
        .unwrap();
    let agent = call.header("user-agent").unwrap();
    assert_eq!(
        agent,
        format!("fin-api-rust/{} my-service/1.2", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(call.header("api-version"), None);
    let token = server
        .requests()
        .into_iter()
        .find(|r| r.path == TOKEN_PATH)
        .unwrap();
    assert!(token
        .header("user-agent")
        .unwrap()
        .starts_with("fin-api-rust/"));
}

#[tokio::test]
async fn own_http_client_still_gets_auth_timeouts_and_user_agent() {
    let server = fin_server(|_, n| match n {
        1 => Reply::Stall,
        _ => customer(),
    })
    .await;
    let client = builder(&server)
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    let call = server
        .requests()
        .into_iter()
        .find(|r| r.path == CUSTOMER_PATH)
        .unwrap();
    assert!(call
        .header("user-agent")
        .unwrap()
        .starts_with("fin-api-rust/"));
    assert!(call.header("authorization").unwrap().starts_with("Bearer "));
}

#[tokio::test]
async fn undocumented_status_without_json_body() {
    let server = fin_server(|_, _| {
        Reply::text(502, "<html>Bad Gateway</html>").header("x-request-id", "req-9")
    })
    .await;
    let client = builder(&server).max_retries(0).build().unwrap();
    let error = client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    match &error {
        fin_api::Error::InvalidResponse {
            status, excerpt, ..
        } => {
            assert_eq!(*status, Some(StatusCode::BAD_GATEWAY));
            assert!(excerpt.contains("Bad Gateway"), "{excerpt}");
        }
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
    assert_eq!(error.request_id(), Some("req-9"));
    assert!(error.is_retryable());
}
