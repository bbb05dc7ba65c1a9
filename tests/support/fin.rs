//! Helpers of the `client_*` tests: a Fin-like server (token endpoints +
//! API), test credentials, and the redaction check.

use std::time::Duration;

#[allow(unused_imports)] // each test file uses part of it
pub use super::server::{start_tls, Reply, Request, Server};
use chrono::{DateTime, Utc};

/// Every secret the tests use contains this marker, so one search finds
/// any leak.
pub const MARK: &str = "SECRETMARK";
pub const CLIENT_ID: &str = "client-id-123";
pub const CLIENT_SECRET: &str = "cs-SECRETMARK-client-secret";
/// The token endpoints, as the crate names them.
pub use fin_api::mock::{REFRESH_PATH, TOKEN_PATH};
pub const CUSTOMER_ID: &str = "6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
pub const CUSTOMER_PATH: &str = "/v2/customers/6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";

/// The server's clock in token responses: far from ours, so every test
/// also checks that expiry is computed from the server's `current_time`.
pub fn server_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn fin_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S+00").to_string()
}

/// A token response in the endpoint's format; lifetimes in seconds from
/// the server's `current_time`.
pub fn token_reply(
    access_token: &str,
    access_ttl: i64,
    refresh_token: &str,
    refresh_ttl: i64,
) -> Reply {
    let now = server_now();
    Reply::json(
        200,
        serde_json::json!({
            "access_token": access_token,
            "access_token_ttl": fin_time(now + chrono::Duration::seconds(access_ttl)),
            "refresh_token": refresh_token,
            "refresh_token_ttl": fin_time(now + chrono::Duration::seconds(refresh_ttl)),
            "current_time": fin_time(now),
        }),
    )
}

/// The access token the grant issues the `n`th time.
pub fn granted(n: usize) -> String {
    format!("access-{n}-{MARK}")
}

/// The access token the refresh endpoint issues the `n`th time.
pub fn refreshed(n: usize) -> String {
    format!("access-r{n}-{MARK}")
}

/// A customer, as `get_customer_details_v2` returns it.
pub fn customer() -> Reply {
    Reply::json(
        200,
        serde_json::json!({"data": {"customer_id": CUSTOMER_ID, "type": "INDIVIDUAL"}}),
    )
}

pub fn customer_id() -> uuid::Uuid {
    CUSTOMER_ID.parse().unwrap()
}

/// A server whose token endpoints issue long-lived tokens (checking the
/// credentials) and whose other paths `api` answers.
pub async fn fin_server(api: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static) -> Server {
    Server::start(move |request, n| match request.path.as_str() {
        TOKEN_PATH => {
            let body = request.json();
            if body["client_id"] == CLIENT_ID && body["client_secret"] == CLIENT_SECRET {
                token_reply(&granted(n), 3600, &format!("refresh-{n}-{MARK}"), 7200)
            } else {
                Reply::json(401, serde_json::json!({"message": "Authentication failed"}))
            }
        }
        REFRESH_PATH => token_reply(&refreshed(n), 3600, &format!("refresh-r{n}-{MARK}"), 7200),
        _ => api(request, n),
    })
    .await
}

/// A builder for `server` with the test credentials and short timings.
pub fn builder(server: &Server) -> fin_api::ClientBuilder {
    fin_api::Client::builder()
        .base_url(server.url())
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .timeout(Duration::from_secs(5))
        .deadline(Duration::from_secs(20))
}

/// Panics if `text` contains a secret or a token.
pub fn assert_clean(text: &str) {
    assert!(!text.contains(MARK), "a secret leaked: {text}");
    assert!(
        !text.contains(CLIENT_SECRET),
        "the client secret leaked: {text}"
    );
}

/// Checks `{:?}` and `{}` of an error, and returns the `{}` form.
pub fn clean_error(error: &fin_api::Error) -> String {
    assert_clean(&format!("{error:?}"));
    let shown = error.to_string();
    assert_clean(&shown);
    shown
}

/// Builds a client from `builder` and makes one `get_customer_details_v2`.
pub async fn get_customer(
    builder: fin_api::ClientBuilder,
) -> Result<
    fin_api::ResponseValue<fin_api::types::customers::GetCustomerDetailsV2Response>,
    fin_api::Error,
> {
    builder
        .build()
        .unwrap()
        .get_customer_details_v2(&customer_id())
        .await
}

/// [`get_customer`], and the wall time it took.
pub async fn timed_get_customer(
    builder: fin_api::ClientBuilder,
) -> (
    Result<
        fin_api::ResponseValue<fin_api::types::customers::GetCustomerDetailsV2Response>,
        fin_api::Error,
    >,
    Duration,
) {
    let started = std::time::Instant::now();
    let result = get_customer(builder).await;
    (result, started.elapsed())
}
