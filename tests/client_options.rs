//! Per-call options: a `with_options` view of a client changes the
//! deadline, the per-attempt timeout, the retry limit and the extra
//! headers of its calls only. Against a real server on 127.0.0.1.

mod support;

use std::time::Duration;

use fin_api::{CallOptions, Error};
use reqwest::header::{HeaderName, HeaderValue};
use support::fin::*;

#[tokio::test]
async fn options_apply_to_the_view_only() {
    // The `x-case` header a view adds says how the server answers.
    let server = fin_server(|request, _| match request.header("x-case") {
        Some("busy") => Reply::json(503, serde_json::json!({"message": "busy"})),
        Some("stall") => Reply::Stall,
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    let case = |name: &str| {
        CallOptions::new().header(
            HeaderName::from_static("x-case"),
            HeaderValue::from_str(name).unwrap(),
        )
    };

    // Retries: none through the view; the client's own calls are as built.
    let error = client
        .with_options(case("busy").max_retries(0))
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.count(CUSTOMER_PATH), 1);
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(server.count(CUSTOMER_PATH), 2);
    assert!(server.requests().last().unwrap().header("x-case").is_none());

    // A deadline, and a per-attempt timeout, shorter than the client's.
    for options in [
        case("stall").deadline(Duration::from_millis(300)),
        case("stall")
            .timeout(Duration::from_millis(300))
            .max_retries(0),
    ] {
        let (result, spent) = {
            let started = std::time::Instant::now();
            let result = client
                .with_options(options)
                .get_customer_details_v2(&customer_id())
                .await;
            (result, started.elapsed())
        };
        assert!(matches!(result, Err(Error::Timeout { .. })), "{result:?}");
        // The client's own settings are 5 s per attempt and 20 s a call.
        assert!(spent < Duration::from_secs(3), "{spent:?}");
    }
    // The view shares the client's token.
    assert_eq!(server.count(TOKEN_PATH), 1);
}

#[tokio::test]
async fn headers_that_frame_route_or_authenticate_are_refused_before_sending() {
    let server = fin_server(|_, _| customer()).await;
    let client = builder(&server).build().unwrap();
    for (name, value) in [
        ("host", "evil.example"),
        ("content-length", "100"),
        ("transfer-encoding", "chunked"),
        ("connection", "close"),
        ("keep-alive", "timeout=5"),
        ("te", "trailers"),
        ("upgrade", "websocket"),
        ("expect", "100-continue"),
        ("authorization", "Bearer other"),
        ("proxy-authorization", "Basic eA=="),
        ("user-agent", "other"),
        ("forwarded", "host=evil.example"),
        ("x-http-method-override", "DELETE"),
    ] {
        // Any spelling of the name: `HeaderName` keeps it lower case.
        let options = CallOptions::new()
            .header(
                HeaderName::from_static("x-correlation-id"),
                HeaderValue::from_static("c-1"),
            )
            .header(
                HeaderName::from_bytes(name.to_uppercase().as_bytes()).unwrap(),
                HeaderValue::from_static(value),
            );
        let error = client
            .with_options(options)
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err();
        match &error {
            Error::InvalidRequest(message) => {
                assert!(message.contains(&format!("`{name}`")), "{message}")
            }
            other => panic!("{name}: expected InvalidRequest, got {other:?}"),
        }
    }
    // Nothing was sent: no token request, no call.
    assert_eq!(server.count(TOKEN_PATH), 0);
    assert_eq!(server.count(CUSTOMER_PATH), 0);
}

#[tokio::test]
async fn option_header_values_never_show_in_debug() {
    let server = fin_server(|_, _| customer()).await;
    let client = builder(&server).build().unwrap();
    let view = client.with_options(CallOptions::new().header(
        HeaderName::from_static("x-api-key"),
        HeaderValue::from_static("key-SECRETMARK"),
    ));
    let shown = format!("{view:?}");
    assert!(shown.contains("x-api-key"), "{shown}");
    assert_clean(&shown);
    // The value is still sent.
    view.get_customer_details_v2(&customer_id()).await.unwrap();
    let sent = server.requests();
    assert_eq!(
        sent.last().unwrap().header("x-api-key"),
        Some("key-SECRETMARK")
    );
}

#[tokio::test]
async fn a_view_of_a_view_merges_their_options() {
    let server = fin_server(|request, _| match request.header("x-case") {
        Some("busy") => Reply::json(503, serde_json::json!({"message": "busy"})),
        _ => customer(),
    })
    .await;
    let client = builder(&server).build().unwrap();
    let header = |name: &'static str, value: &'static str| {
        CallOptions::new().header(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    };
    let first = client.with_options(header("x-case", "busy").max_retries(0));
    let second = first.with_options(header("x-tenant", "t-1"));
    let error = second
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap_err();
    // The first view's retry limit and header hold in the second.
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.count(CUSTOMER_PATH), 1);
    let sent = server.requests();
    let last = sent.last().unwrap();
    assert_eq!(last.header("x-case"), Some("busy"));
    assert_eq!(last.header("x-tenant"), Some("t-1"));
    // A later view's options replace the earlier's of the same name.
    second
        .with_options(header("x-case", "fine"))
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    assert_eq!(
        server.requests().last().unwrap().header("x-case"),
        Some("fine")
    );
}
