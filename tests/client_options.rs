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
