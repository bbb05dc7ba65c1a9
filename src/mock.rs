//! A test kit: a real HTTP server on `127.0.0.1` that answers like the
//! Fin.com API, with the spec's own examples. Behind the `mock` feature.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use fin_api::mock::MockServer;
//! use fin_api::types::ApiError;
//!
//! let server = MockServer::start().await?;
//! let client = server.client()?;
//! // The spec's examples are preloaded, each at the id in its body.
//! for id in server.example_customer_ids() {
//!     let customer = client.get_customer_details_v2(&id).await?.into_inner();
//!     println!("{:?}", customer.data.map(|c| c.summary()));
//! }
//! // Your own answers take precedence over the examples; `times` says
//! // how often you expect the call, and `verify` checks it.
//! let id = fin_api::uuid::Uuid::new_v4();
//! let refused = server
//!     .on_get_customer_details_v2(&id)
//!     .times(1)
//!     .error(422, &ApiError::new().with_message("bad".into()));
//! assert!(client.get_customer_details_v2(&id).await.is_err());
//! assert_eq!(refused.count(), 1);
//! server.verify()?;
//! # Ok(())
//! # }
//! ```
//!
//! What it serves:
//! - every JSON example of every 2xx response in the spec the crate was
//!   built from (the vendored one, or `FIN_API_SPEC`), collected at build
//!   time, at the concrete path its body names: a path parameter
//!   `{customer_id}` takes the first `customer_id` found in the example's
//!   body (so `GET /v2/customers/{customer_id}` serves the Business and
//!   the Individual example, each at its own id);
//! - the token endpoints, `POST /v1/oauth/token` and
//!   `/v1/oauth/refresh-token`, so a client built with
//!   `.credentials(..)` works against it ([`MockServer::client_with_credentials`]);
//!   [`MockServer::refuse_credentials`] makes them refuse;
//! - the responses added with the typed `on_<method>(..)` expectations
//!   (one per operation, generated, taking the path parameters as the
//!   client method does: `.ok(&body)`, `.error(status, &error)`,
//!   `.respond(reply)`) or [`MockServer::respond`], which take precedence,
//!   the latest first; a [`Reply`] can also stall, close, or send a broken
//!   response ([`crate::loopback`]);
//! - `404 {"message":"Resource not found"}` for anything else, and
//!   `401 {"message":"Authentication failed"}` for an API request without
//!   `Authorization: Bearer …`, like the real API.
//!
//! Every request is recorded ([`MockServer::requests`]); each answer added
//! counts its calls ([`Hits`]), and [`MockServer::verify`] checks the
//! counts given with [`Expectation::times`]. The server stops when the
//! `MockServer` is dropped.

use std::fmt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Datelike;
use uuid::Uuid;

use crate::loopback::Server;
pub use crate::loopback::{Reply, Request as RecordedRequest};
use crate::sync::lock;
use crate::Client;

/// The token [`MockServer::client`] sends.
pub const MOCK_TOKEN: &str = "mock-access-token";
/// The client id [`MockServer::client_with_credentials`] uses.
pub const MOCK_CLIENT_ID: &str = "mock-client-id";
/// The client secret [`MockServer::client_with_credentials`] uses.
pub const MOCK_CLIENT_SECRET: &str = "mock-client-secret";
/// Where clients get a token with their credentials.
pub const TOKEN_PATH: &str = crate::auth::TOKEN_PATH;
/// Where clients renew a token with a refresh token.
pub const REFRESH_PATH: &str = crate::auth::REFRESH_PATH;
/// How long the tokens the server issues live, unless
/// [`MockServer::token_lifetime`] says otherwise.
const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// Why the mock server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MockError {
    /// No port could be bound on 127.0.0.1.
    #[error("cannot listen on 127.0.0.1: {0}")]
    Bind(#[from] std::io::Error),
}

/// A canned response.
#[derive(Clone, Debug, PartialEq)]
pub struct MockResponse {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
}

impl MockResponse {
    /// A JSON response.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self::raw(status, "application/json", body.to_string())
    }

    /// A response with any body, e.g. one that does not decode.
    pub fn raw(status: u16, content_type: impl Into<String>, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: content_type.into(),
            body: body.into(),
        }
    }
}

impl From<MockResponse> for Reply {
    fn from(response: MockResponse) -> Reply {
        Reply::new(response.status, &response.content_type, response.body)
    }
}

/// How many times an answer added to the server was given; returned by
/// the `on_*` expectations and [`MockServer::respond`].
#[derive(Clone, Debug)]
pub struct Hits {
    route: String,
    count: Arc<AtomicUsize>,
}

impl Hits {
    /// How many requests this answer has answered so far.
    pub fn count(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    /// The request this answer is for, e.g. `GET /v2/customers/…`.
    pub fn route(&self) -> &str {
        &self.route
    }
}

#[derive(Debug)]
struct Route {
    method: String,
    path: String,
    reply: Reply,
    hits: Hits,
    /// How many calls the test expects, checked by `verify`.
    expected: Option<usize>,
}

#[derive(Debug)]
struct State {
    /// Added by the user; searched latest first.
    routes: Vec<Route>,
    /// From the spec's examples; searched after `routes`.
    examples: Vec<(&'static str, &'static str, u16, &'static str)>,
    refuse_credentials: bool,
    token_lifetime: Duration,
    /// The refresh tokens issued so far.
    refresh_tokens: Vec<String>,
}

/// A loopback HTTP server answering like the Fin.com API; see the
/// [module docs](self).
#[derive(Debug)]
pub struct MockServer {
    server: Server,
    state: Arc<Mutex<State>>,
}

impl MockServer {
    /// Starts a server on a random port of 127.0.0.1, preloaded with the
    /// spec's examples. Must be called within a Tokio runtime.
    pub async fn start() -> Result<MockServer, MockError> {
        Self::start_with(crate::generated::mock_examples::EXAMPLES).await
    }

    /// Starts a server that serves only what you add, the token endpoints
    /// and 404 otherwise.
    pub async fn start_empty() -> Result<MockServer, MockError> {
        Self::start_with(&[]).await
    }

    async fn start_with(
        examples: &[(&'static str, &'static str, u16, &'static str)],
    ) -> Result<MockServer, MockError> {
        let state = Arc::new(Mutex::new(State {
            routes: Vec::new(),
            examples: examples.to_vec(),
            refuse_credentials: false,
            token_lifetime: TOKEN_LIFETIME,
            refresh_tokens: Vec::new(),
        }));
        let shared = Arc::clone(&state);
        let server =
            Server::try_start(move |request, _| answer(&mut lock(&shared), request)).await?;
        Ok(MockServer { server, state })
    }

    /// The server's base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// A client pointed at this server, sending the fixed token
    /// [`MOCK_TOKEN`]. Errors only if the HTTP client cannot be built.
    pub fn client(&self) -> Result<Client, crate::Error> {
        Client::builder()
            .base_url(self.url())
            .access_token(MOCK_TOKEN)
            .build()
    }

    /// A client pointed at this server that gets its tokens from the
    /// server's token endpoint with [`MOCK_CLIENT_ID`] and
    /// [`MOCK_CLIENT_SECRET`], as a production client does.
    pub fn client_with_credentials(&self) -> Result<Client, crate::Error> {
        Client::builder()
            .base_url(self.url())
            .credentials(MOCK_CLIENT_ID, MOCK_CLIENT_SECRET)
            .build()
    }

    /// From now on, the token endpoints refuse every request with `401
    /// {"message":"Authentication failed"}`, as for wrong credentials.
    pub fn refuse_credentials(&self) {
        lock(&self.state).refuse_credentials = true;
    }

    /// How long the tokens issued from now on live (default: an hour). A
    /// lifetime under a minute makes the client renew before every call.
    pub fn token_lifetime(&self, lifetime: Duration) {
        lock(&self.state).token_lifetime = lifetime;
    }

    /// Answers `method path` (path without query) with `reply`, ahead of
    /// the spec's examples and of earlier answers for the same request.
    pub fn respond(&self, method: &str, path: &str, reply: impl Into<Reply>) -> Hits {
        self.add(method, path, reply.into(), None)
    }

    fn add(&self, method: &str, path: &str, reply: Reply, expected: Option<usize>) -> Hits {
        let method = method.to_ascii_uppercase();
        let hits = Hits {
            route: format!("{method} {path}"),
            count: Arc::default(),
        };
        lock(&self.state).routes.push(Route {
            method,
            path: path.to_owned(),
            reply,
            hits: hits.clone(),
            expected,
        });
        hits
    }

    /// The ids of the customers the spec's examples describe, in the spec's
    /// order (for the vendored spec: the Business, then the Individual one).
    pub fn example_customer_ids(&self) -> Vec<Uuid> {
        lock(&self.state)
            .examples
            .iter()
            .filter(|(method, ..)| *method == "GET")
            .filter_map(|(_, path, ..)| path.strip_prefix("/v2/customers/"))
            .filter_map(|id| id.parse().ok())
            .collect()
    }

    /// Every request received so far, in order, token requests included.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.server.requests()
    }

    /// How many requests `path` (without query) has had, answered or not.
    pub fn count(&self, path: &str) -> usize {
        self.server.count(path)
    }

    /// Checks every answer added with a call count
    /// ([`Expectation::times`]): the error names each one whose count
    /// differs, with the counts.
    pub fn verify(&self) -> Result<(), VerifyError> {
        let unmet: Vec<String> = lock(&self.state)
            .routes
            .iter()
            .filter_map(|route| {
                let expected = route.expected?;
                let got = route.hits.count();
                (got != expected).then(|| {
                    format!(
                        "{}: expected {expected} {}, got {got}",
                        route.hits.route,
                        calls(expected)
                    )
                })
            })
            .collect();
        if unmet.is_empty() {
            Ok(())
        } else {
            Err(VerifyError { unmet })
        }
    }
}

fn calls(n: usize) -> &'static str {
    if n == 1 {
        "call"
    } else {
        "calls"
    }
}

/// Expectations whose call counts were not met; from [`MockServer::verify`].
#[derive(Clone, Debug, PartialEq)]
pub struct VerifyError {
    unmet: Vec<String>,
}

impl VerifyError {
    /// One line per unmet expectation: the route and the counts.
    pub fn unmet(&self) -> &[String] {
        &self.unmet
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} mock expectation(s) not met: {}",
            self.unmet.len(),
            self.unmet.join("; ")
        )
    }
}

impl std::error::Error for VerifyError {}

/// What to answer for one operation and path: made by the generated
/// `MockServer::on_<method>(..)` (one per operation), typed by the
/// operation's success body.
#[must_use = "an expectation does nothing until answered with ok, error or respond"]
pub struct Expectation<'a, T> {
    server: &'a MockServer,
    method: &'static str,
    path: String,
    success: u16,
    expected: Option<usize>,
    body: std::marker::PhantomData<fn(&T)>,
}

impl<'a, T: serde::Serialize> Expectation<'a, T> {
    #[doc(hidden)] // made by the generated `on_*` methods
    pub fn new(server: &'a MockServer, method: &'static str, path: String, success: u16) -> Self {
        Self {
            server,
            method,
            path,
            success,
            expected: None,
            body: std::marker::PhantomData,
        }
    }

    /// Expects exactly `n` calls, checked by [`MockServer::verify`].
    pub fn times(mut self, n: usize) -> Self {
        self.expected = Some(n);
        self
    }

    /// Answers with the operation's success status and `body`.
    pub fn ok(self, body: &T) -> Hits {
        let json = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
        let status = self.success;
        self.respond(Reply::json(status, json))
    }

    /// Answers with an error status and the API's error body.
    pub fn error(self, status: u16, body: &crate::types::ApiError) -> Hits {
        let json = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
        self.respond(Reply::json(status, json))
    }

    /// Answers with anything: a [`MockResponse`] (e.g. a body that does not
    /// decode) or a [`Reply`] (e.g. [`Reply::Stall`]).
    pub fn respond(self, reply: impl Into<Reply>) -> Hits {
        self.server
            .add(self.method, &self.path, reply.into(), self.expected)
    }
}

fn message(status: u16, message: &str) -> Reply {
    Reply::json(status, serde_json::json!({ "message": message }))
}

fn answer(state: &mut State, request: &RecordedRequest) -> Reply {
    if request.method == "POST" && matches!(request.path.as_str(), TOKEN_PATH | REFRESH_PATH) {
        return token(state, request);
    }
    let authorized = request
        .header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| !t.trim().is_empty());
    if !authorized {
        return message(401, "Authentication failed");
    }
    let added = state
        .routes
        .iter()
        .rev()
        .find(|r| r.method == request.method && r.path == request.path);
    if let Some(route) = added {
        route.hits.count.fetch_add(1, Ordering::SeqCst);
        return route.reply.clone();
    }
    state
        .examples
        .iter()
        .find(|(method, path, ..)| *method == request.method && *path == request.path)
        .map(|(_, _, status, body)| Reply::new(*status, "application/json", *body))
        .unwrap_or_else(|| message(404, "Resource not found"))
}

/// The token endpoints: a grant needs a client id and secret, a refresh
/// one of the refresh tokens issued.
fn token(state: &mut State, request: &RecordedRequest) -> Reply {
    if state.refuse_credentials {
        return message(401, "Authentication failed");
    }
    let body = request.json();
    let text = |key: &str| body.get(key).and_then(serde_json::Value::as_str);
    let valid = if request.path == TOKEN_PATH {
        text("client_id").is_some_and(|s| !s.is_empty())
            && text("client_secret").is_some_and(|s| !s.is_empty())
    } else {
        text("refresh_token").is_some_and(|t| state.refresh_tokens.iter().any(|r| r == t))
    };
    if !valid {
        return message(401, "Authentication failed");
    }
    let n = state.refresh_tokens.len() + 1;
    let refresh = format!("mock-refresh-token-{n}");
    state.refresh_tokens.push(refresh.clone());
    // The endpoint's own format: absolute times by the server's clock.
    // A lifetime past the year 9999 (e.g. `Duration::MAX`) ends then.
    let now = chrono::Utc::now();
    let at = |lifetime: Duration| {
        chrono::Duration::from_std(lifetime)
            .ok()
            .and_then(|lifetime| now.checked_add_signed(lifetime))
            .filter(|at| at.year() <= 9999)
            .map_or_else(
                || "9999-12-31 23:59:59+00".to_owned(),
                |at| at.format("%Y-%m-%d %H:%M:%S+00").to_string(),
            )
    };
    Reply::json(
        200,
        serde_json::json!({
            "access_token": format!("mock-access-token-{n}"),
            "access_token_ttl": at(state.token_lifetime),
            "refresh_token": refresh,
            "refresh_token_ttl": at(state.token_lifetime.saturating_mul(2)),
            "current_time": at(Duration::ZERO),
        }),
    )
}
