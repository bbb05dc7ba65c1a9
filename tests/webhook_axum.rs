//! The axum extractor against a real axum server on 127.0.0.1, with real
//! HTTP requests: valid, tampered, unsigned, wrongly signed, not JSON, not an
//! event, too large.
#![cfg(feature = "axum")]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, FromRef};
use axum::routing::post;
use axum::Router;
use fin_api::webhook::axum::VerifiedEvent;
use fin_api::webhook::{sign, WebhookEvent, WebhookVerifier, ALGORITHM_HEADER, SIGNATURE_HEADER};
use serde_json::json;

const SECRET: &str = "whsec_axum_test_secret";
const BODY_LIMIT: usize = 64 * 1024;

/// An app's own state, from which the extractor takes the verifier.
#[derive(Clone)]
struct AppState {
    verifier: WebhookVerifier,
    /// The events the handler received.
    seen: Arc<Mutex<Vec<WebhookEvent>>>,
}

impl FromRef<AppState> for WebhookVerifier {
    fn from_ref(state: &AppState) -> Self {
        state.verifier.clone()
    }
}

async fn on_event(
    axum::extract::State(state): axum::extract::State<AppState>,
    VerifiedEvent(event): VerifiedEvent,
) -> String {
    let answer = match &event {
        WebhookEvent::CustomerRfi { data, .. } => {
            format!("{} {}", event.id(), data.rfi_items().len())
        }
        other => format!("{} {}", other.id(), other.info().event_type),
    };
    state.seen.lock().expect("not poisoned").push(event);
    answer
}

/// The app on 127.0.0.1 (a random port), stopped when dropped.
struct App {
    url: String,
    seen: Arc<Mutex<Vec<WebhookEvent>>>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for App {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn start() -> App {
    start_with_limit(BODY_LIMIT).await
}

async fn start_with_limit(limit: usize) -> App {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let state = AppState {
        verifier: WebhookVerifier::new(SECRET).expect("a secret"),
        seen: seen.clone(),
    };
    let app = Router::new()
        .route("/webhooks/fin", post(on_event))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!(
        "http://{}/webhooks/fin",
        listener.local_addr().expect("addr")
    );
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.expect("serves");
    });
    App { url, seen, server }
}

fn rfi_body() -> Vec<u8> {
    json!({
        "event": {"id": "evt-1", "type": "customer.rfi", "created_at": "2025-12-28 10:34:45+00"},
        "data": {
            "customer_id": "c3309534-1517-4d15-b244-be8f943c3823",
            "request_for_information": [{
                "section": "identifying_documents",
                "categories": [{"document_type": "PASSPORT", "fields": [
                    {"field_name": "files", "status": "EXPIRED"},
                    {"field_name": "expiry_date", "status": "EXPIRED"}
                ]}]
            }]
        }
    })
    .to_string()
    .into_bytes()
}

/// Posts `body` with the given header values; the status and the text.
async fn post_delivery(
    app: &App,
    body: Vec<u8>,
    signature: Option<&str>,
    algorithm: Option<&str>,
) -> (u16, String) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let mut request = client
        .post(&app.url)
        .header("content-type", "application/json")
        .body(body);
    if let Some(signature) = signature {
        request = request.header(SIGNATURE_HEADER, signature);
    }
    if let Some(algorithm) = algorithm {
        request = request.header(ALGORITHM_HEADER, algorithm);
    }
    let response = request.send().await.expect("the app answers");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

fn seen(app: &App) -> usize {
    app.seen.lock().expect("not poisoned").len()
}

#[tokio::test]
async fn a_signed_event_reaches_the_handler_typed() {
    let app = start().await;
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let (status, text) = post_delivery(&app, body.clone(), Some(&signature), None).await;
    assert_eq!((status, text.as_str()), (200, "evt-1 2"));
    let (status, _) = post_delivery(&app, body, Some(&signature), Some("sha256")).await;
    assert_eq!(status, 200);

    let seen = app.seen.lock().expect("not poisoned").clone();
    assert_eq!(seen.len(), 2);
    let WebhookEvent::CustomerRfi { event, data } = &seen[0] else {
        panic!("not a customer.rfi event: {:?}", seen[0]);
    };
    assert_eq!(event.id, "evt-1");
    assert_eq!(
        event.created_at.as_ref().map(|t| t.as_str()),
        Some("2025-12-28 10:34:45+00")
    );
    assert_eq!(
        data.customer_uuid().map(|u| u.to_string()).as_deref(),
        Some("c3309534-1517-4d15-b244-be8f943c3823")
    );
    let other = json!({"event": {"id": "evt-2", "type": "payout.reversed"}, "data": {}})
        .to_string()
        .into_bytes();
    let signature = sign(SECRET.as_bytes(), &other);
    let (status, text) = post_delivery(&app, other, Some(&signature), None).await;
    assert_eq!((status, text.as_str()), (200, "evt-2 payout.reversed"));
}

#[tokio::test]
async fn a_tampered_body_is_401_and_never_reaches_the_handler() {
    let app = start().await;
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let tampered = String::from_utf8(body)
        .expect("text")
        .replace("EXPIRED", "MISSING")
        .into_bytes();
    let (status, text) = post_delivery(&app, tampered, Some(&signature), None).await;
    assert_eq!(status, 401, "{text}");
    assert!(text.contains("mismatch"), "{text}");
    // Signed with another secret: the same answer.
    let body = rfi_body();
    let forged = sign(b"another secret", &body);
    let (status, _) = post_delivery(&app, body, Some(&forged), None).await;
    assert_eq!(status, 401);
    assert_eq!(seen(&app), 0);
}

#[tokio::test]
async fn an_unsigned_or_badly_signed_delivery_is_401() {
    let app = start().await;
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let cases: [(Option<&str>, Option<&str>, &str); 4] = [
        (None, None, "missing signature"),
        (Some(""), None, "missing signature"),
        (Some("not-hex"), None, "malformed"),
        (
            Some(&signature),
            Some("md5"),
            "unsupported signature algorithm",
        ),
    ];
    for (signature, algorithm, needle) in cases {
        let (status, text) = post_delivery(&app, body.clone(), signature, algorithm).await;
        assert_eq!(status, 401, "{signature:?} {algorithm:?}: {text}");
        assert!(text.contains(needle), "{text}");
        assert!(!text.contains(SECRET), "{text}");
    }
    assert_eq!(seen(&app), 0);
}

#[tokio::test]
async fn a_signed_body_that_is_not_an_event_is_400() {
    let app = start().await;
    for (body, needle) in [
        (&b"not json at all"[..], "not JSON"),
        (br#"{"data": {}}"#, "no `event`"),
        (
            br#"{"event": {"id": "1", "type": "customer.rfi"}}"#,
            "without `data`",
        ),
    ] {
        let signature = sign(SECRET.as_bytes(), body);
        let (status, text) = post_delivery(&app, body.to_vec(), Some(&signature), None).await;
        assert_eq!(status, 400, "{text}");
        assert!(text.contains(needle), "{text}");
    }
    assert_eq!(seen(&app), 0);
}

#[tokio::test]
async fn a_body_past_the_limit_is_413() {
    let app = start().await;
    let body = vec![b' '; BODY_LIMIT + 1];
    let signature = sign(SECRET.as_bytes(), &body);
    let (status, _) = post_delivery(&app, body, Some(&signature), None).await;
    assert_eq!(status, 413);
    assert_eq!(seen(&app), 0);
}

/// Every number of a delivery keeps its exact text: in the envelope's and
/// the data's unknown keys, and in an event of a type the crate does not
/// know; a key repeated in the envelope or the data is refused (400), never
/// resolved by picking one.
#[tokio::test]
async fn webhook_numbers_stay_exact_and_repeated_keys_are_refused() {
    let app = start().await;
    let rfi = r#"{"event": {"id": "evt-7", "type": "customer.rfi", "fx": 1234567890.123456789},
        "data": {"customer_id": "c", "amount": 1234567890.123456789, "huge": 1e400, "request_for_information": null}}"#;
    let unknown = r#"{"event": {"id": "evt-8", "type": "x.not_in_the_spec"}, "data": {"amount": 1234567890.123456789, "n": -0}}"#;
    for body in [rfi, unknown] {
        let signature = sign(SECRET.as_bytes(), body.as_bytes());
        let (status, text) = post_delivery(&app, body.into(), Some(&signature), None).await;
        assert_eq!(status, 200, "{text}");
    }
    {
        let seen = app.seen.lock().expect("not poisoned");
        let WebhookEvent::CustomerRfi { event, data } = &seen[0] else {
            panic!("customer.rfi: {:?}", seen[0])
        };
        let text =
            |map: &fin_api::json::JsonMap, key: &str| map.get(key).map(|v| v.as_str().to_owned());
        assert_eq!(
            text(&event.extra, "fx").as_deref(),
            Some("1234567890.123456789")
        );
        assert_eq!(
            text(&data.extra, "amount").as_deref(),
            Some("1234567890.123456789")
        );
        assert_eq!(text(&data.extra, "huge").as_deref(), Some("1e400"));
        let WebhookEvent::Unknown { raw, .. } = &seen[1] else {
            panic!("unknown: {:?}", seen[1])
        };
        assert_eq!(raw.as_str(), unknown);
    }
    for (body, key) in [
        (
            r#"{"event": {"id": "1", "type": "customer.rfi"}, "event": {"id": "2", "type": "x.y"}, "data": {"customer_id": "c"}}"#,
            "event",
        ),
        (r#"{"event": {"id": "1", "id": "2", "type": "x.y"}}"#, "id"),
        (
            r#"{"event": {"id": "1", "type": "x.y", "note": 1, "note": 2}}"#,
            "note",
        ),
        (
            r#"{"event": {"id": "1", "type": "customer.rfi"}, "data": {"customer_id": "a", "customer_id": "b"}}"#,
            "customer_id",
        ),
    ] {
        let signature = sign(SECRET.as_bytes(), body.as_bytes());
        let (status, text) = post_delivery(&app, body.into(), Some(&signature), None).await;
        assert_eq!(status, 400, "{body}: {text}");
        assert!(text.contains(&format!("duplicate field `{key}`")), "{text}");
    }
    assert_eq!(seen(&app), 2);
}

/// What the tracing events of a test write.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .expect("not poisoned")
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A 1.5 MB bad value gets a 400 of a few hundred bytes naming the problem
/// and its JSON path, and a DEBUG line as short: the value is not echoed.
#[tokio::test]
async fn a_huge_bad_value_makes_a_short_400_naming_its_path() {
    // The process-wide subscriber (the only one this binary sets): a
    // thread's own would miss events other tests ran first without one.
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");
    let app = start_with_limit(4 * 1024 * 1024).await;
    let value = "PII-".repeat(375_000);
    let cases = [
        (
            format!(
                r#"{{"event": {{"id": "1", "type": "customer.rfi", "sandbox_mode": "{value}"}}, "data": {{"customer_id": "c"}}}}"#
            ),
            "event.sandbox_mode",
            "expected a boolean",
        ),
        (
            format!(
                r#"{{"event": {{"id": "1", "type": "customer.rfi"}}, "data": {{"customer_id": "c", "request_for_information": "{value}"}}}}"#
            ),
            "data.request_for_information",
            "expected a sequence",
        ),
    ];
    for (body, path, problem) in cases {
        assert!(body.len() > 1_500_000);
        let signature = sign(SECRET.as_bytes(), body.as_bytes());
        let (status, text) = post_delivery(&app, body.into_bytes(), Some(&signature), None).await;
        assert_eq!(status, 400);
        assert!(text.len() <= 400, "{} bytes: {text}", text.len());
        assert!(text.contains(path) && text.contains(problem), "{text}");
        assert!(
            text.matches("PII-").count() <= 8,
            "at most a few characters of the value: {text}"
        );
        let log = String::from_utf8_lossy(&log.0.lock().expect("not poisoned")).into_owned();
        let line = log
            .lines()
            .find(|l| l.contains("delivery refused") && l.contains(path))
            .unwrap_or_else(|| panic!("a DEBUG line for {path}"));
        assert!(line.len() < 1_000, "{} bytes", line.len());
    }
    let log = String::from_utf8_lossy(&log.0.lock().expect("not poisoned")).into_owned();
    assert!(log.lines().all(|l| l.len() < 1_000), "no long line");
    assert_eq!(seen(&app), 0);
}
