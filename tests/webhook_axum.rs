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
    let seen = Arc::new(Mutex::new(Vec::new()));
    let state = AppState {
        verifier: WebhookVerifier::new(SECRET).expect("a secret"),
        seen: seen.clone(),
    };
    let app = Router::new()
        .route("/webhooks/fin", post(on_event))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
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
