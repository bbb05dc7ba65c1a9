//! Secrets never show: not in `Debug`/`Display` of the client, its
//! builder or any error, nor in a captured tracing log (at TRACE, with
//! reqwest's and hyper's own events included). Also checks the span per
//! operation carries the operation id, method, status, attempts, elapsed.

mod support;

use std::time::Duration;

use support::fin::*;
use support::log::Log;
use tracing_subscriber::fmt::format::FmtSpan;

// Current-thread runtime: the subscriber set for this thread also sees
// the tasks reqwest spawns.
#[tokio::test]
async fn nothing_secret_in_formatting_or_tracing() {
    let log = Log::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // The first token is refused (401 → refresh), then 503 once, then 200;
    // then a 422, then a stall.
    let server = Server::start(|request, n| match request.path.as_str() {
        TOKEN_PATH => {
            if request.json()["client_secret"] == CLIENT_SECRET {
                token_reply(&granted(n), 3600, &format!("refresh-{n}-{MARK}"), 7200)
            } else {
                Reply::json(401, serde_json::json!({"message": "Authentication failed"}))
            }
        }
        REFRESH_PATH => token_reply(&refreshed(n), 3600, &format!("refresh-r{n}-{MARK}"), 7200),
        _ => match n {
            1 => Reply::json(401, serde_json::json!({"message": "Unauthenticated."})),
            2 => Reply::json(503, serde_json::json!({"message": "busy"})),
            3 => customer().header("x-request-id", "req-1"),
            4 => Reply::json(422, serde_json::json!({"message": "invalid", "errors": []})),
            _ => Reply::Stall,
        },
    })
    .await;

    let builder = builder(&server)
        .timeout(Duration::from_millis(200))
        .max_retries(1);
    assert_clean(&format!("{builder:?}"));
    let client = builder.build().unwrap();
    assert_clean(&format!("{client:?}"));

    let mut errors = Vec::new();
    client
        .get_customer_details_v2(&customer_id())
        .await
        .unwrap();
    errors.push(
        client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err(),
    );
    errors.push(
        client
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err(),
    );
    let refused = fin_api::Client::builder()
        .base_url(server.url())
        .credentials(CLIENT_ID, format!("wrong-{MARK}"))
        .build()
        .unwrap();
    assert_clean(&format!("{refused:?}"));
    errors.push(
        refused
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err(),
    );
    let fixed = fin_api::Client::builder()
        .base_url(server.url())
        .access_token(format!("fixed-{MARK}"))
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    assert_clean(&format!("{fixed:?}"));
    errors.push(
        fixed
            .get_customer_details_v2(&customer_id())
            .await
            .unwrap_err(),
    );
    for error in &errors {
        clean_error(error);
    }
    assert!(
        matches!(errors[0], fin_api::Error::Api { .. }),
        "{:?}",
        errors[0]
    );
    assert!(
        matches!(errors[1], fin_api::Error::Timeout { .. }),
        "{:?}",
        errors[1]
    );
    assert!(
        matches!(errors[2], fin_api::Error::Authentication { .. }),
        "{:?}",
        errors[2]
    );
    assert!(
        matches!(errors[3], fin_api::Error::Timeout { .. }),
        "{:?}",
        errors[3]
    );

    let secret = fin_api::Secret::new(format!("s-{MARK}"));
    assert_clean(&format!("{secret:?} {secret}"));

    let text = log.text();
    if let Ok(path) = std::env::var("FIN_TEST_LOG") {
        std::fs::write(path, &text).unwrap();
    }
    assert_clean(&text);
    // The span per operation, with its fields.
    assert!(text.contains("fin_api.call"), "{text}");
    assert!(
        text.contains("operation=\"get_customer_details_v2\""),
        "{text}"
    );
    assert!(text.contains("method=\"GET\""), "{text}");
    assert!(text.contains("status=200"), "{text}");
    assert!(text.contains("attempts=3"), "{text}");
    assert!(text.contains("elapsed_ms="), "{text}");
    assert!(text.contains("fin_api.token"), "{text}");
}
