//! A test kit: a real HTTP server on `127.0.0.1` that answers like the
//! Fin.com API, with the spec's own examples. Behind the `mock` feature.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use fin_api::mock::MockServer;
//! use fin_api::ApiError;
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
//!     .error(422, &ApiError::new().with_message("bad"));
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
//! - `401 {"message":"Authentication failed"}` for an API request without
//!   `Authorization: Bearer …`, like the real API;
//! - for a call it has neither an example nor an answer for, an answer no
//!   real API gives, so a test cannot mistake it for one: `501` with the
//!   header `x-fin-api-mock: unanswered` and a message naming the operation
//!   and the `on_*` expectation to add (`Retry-After: 3600`, so the client
//!   returns it at once instead of retrying). [`MockServer::verify`] lists
//!   these calls.
//!
//! An expectation can also depend on the query string
//! ([`Expectation::query`]), e.g. to serve two pages of a list.
//!
//! Every request is recorded ([`MockServer::requests`]); each answer added
//! counts its calls ([`Hits`]), and [`MockServer::verify`] checks the
//! counts given with [`Expectation::times`] and that every call was
//! answered. The server stops when the `MockServer` is dropped.

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
    /// Query parameters the request must carry (others may come too).
    query: Vec<(String, String)>,
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
    /// Calls answered with neither an example nor an added answer (the
    /// first [`UNANSWERED_KEPT`]), and how many there were.
    unanswered: Vec<String>,
    unanswered_count: usize,
}

/// How many unanswered calls [`MockServer::verify`] names (it counts all).
const UNANSWERED_KEPT: usize = 20;

impl Route {
    fn matches(&self, request: &RecordedRequest) -> bool {
        self.method == request.method
            && self.path == request.path
            && self.query.iter().all(|wanted| {
                url::form_urlencoded::parse(request.query.as_bytes())
                    .any(|(k, v)| k == wanted.0 && v == wanted.1)
            })
    }
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

    /// Starts a server that serves only what you add and the token
    /// endpoints (and the `501` of an unanswered call otherwise).
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
            unanswered: Vec::new(),
            unanswered_count: 0,
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
        self.add(method, path, Vec::new(), reply.into(), None)
    }

    fn add(
        &self,
        method: &str,
        path: &str,
        query: Vec<(String, String)>,
        reply: Reply,
        expected: Option<usize>,
    ) -> Hits {
        let method = method.to_ascii_uppercase();
        let shown: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let route = match shown.is_empty() {
            true => format!("{method} {path}"),
            false => format!("{method} {path}?{}", shown.join("&")),
        };
        let hits = Hits {
            route,
            count: Arc::default(),
        };
        lock(&self.state).routes.push(Route {
            method,
            path: path.to_owned(),
            query,
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
    /// ([`Expectation::times`]) and that the server had an answer for every
    /// call: the error names each expectation whose count differs, with the
    /// counts, and each call answered with the `501` of an unanswered call.
    pub fn verify(&self) -> Result<(), VerifyError> {
        let state = lock(&self.state);
        let unmet: Vec<String> = state
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
        let mut unanswered = state.unanswered.clone();
        let more = state.unanswered_count - unanswered.len();
        if more > 0 {
            unanswered.push(format!("and {more} more"));
        }
        if unmet.is_empty() && unanswered.is_empty() {
            Ok(())
        } else {
            Err(VerifyError { unmet, unanswered })
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

/// Expectations whose call counts were not met, and calls the server had
/// no answer for; from [`MockServer::verify`].
#[derive(Clone, Debug, PartialEq)]
pub struct VerifyError {
    unmet: Vec<String>,
    unanswered: Vec<String>,
}

impl VerifyError {
    /// One line per unmet expectation: the route and the counts.
    pub fn unmet(&self) -> &[String] {
        &self.unmet
    }

    /// One line per call answered with the `501` of an unanswered call:
    /// the request and the expectation to add.
    pub fn unanswered(&self) -> &[String] {
        &self.unanswered
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if !self.unmet.is_empty() {
            parts.push(format!(
                "{} mock expectation(s) not met: {}",
                self.unmet.len(),
                self.unmet.join("; ")
            ));
        }
        if !self.unanswered.is_empty() {
            parts.push(format!(
                "call(s) the mock had no answer for: {}",
                self.unanswered.join("; ")
            ));
        }
        f.write_str(&parts.join("; "))
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
    query: Vec<(String, String)>,
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
            query: Vec::new(),
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

    /// Answers only requests whose query string has `name=value` (decoded;
    /// other parameters may come too). Call it once per parameter; an
    /// answer with query parameters and one without for the same path are
    /// searched together, the latest added first.
    pub fn query(mut self, name: impl Into<String>, value: impl ToString) -> Self {
        self.query.push((name.into(), value.to_string()));
        self
    }

    /// Answers with the operation's success status and `body`, its exact
    /// JSON text (amounts digit for digit).
    pub fn ok(self, body: &T) -> Hits {
        let status = self.success;
        self.respond(json_reply(status, body))
    }

    /// Answers with an error status and the API's error body.
    pub fn error(self, status: u16, body: &crate::ApiError) -> Hits {
        self.respond(json_reply(status, body))
    }

    /// Answers with anything: a [`MockResponse`] (e.g. a body that does not
    /// decode) or a [`Reply`] (e.g. [`Reply::Stall`]).
    pub fn respond(self, reply: impl Into<Reply>) -> Hits {
        self.server.add(
            self.method,
            &self.path,
            self.query,
            reply.into(),
            self.expected,
        )
    }
}

/// `body` as JSON text, written directly (through `serde_json::Value` a
/// `Decimal` would lose digits or fail).
fn json_reply<T: serde::Serialize + ?Sized>(status: u16, body: &T) -> Reply {
    match serde_json::to_vec(body) {
        Ok(json) => Reply::new(status, "application/json", json),
        // Only a hand-made `Serialize` that fails gets here.
        Err(e) => message(
            500,
            &format!("fin_api mock: the answer does not serialize: {e}"),
        ),
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
    let added = state.routes.iter().rev().find(|r| r.matches(request));
    if let Some(route) = added {
        route.hits.count.fetch_add(1, Ordering::SeqCst);
        return route.reply.clone();
    }
    let example = state
        .examples
        .iter()
        .find(|(method, path, ..)| *method == request.method && *path == request.path);
    match example {
        Some((_, _, status, body)) => Reply::new(*status, "application/json", *body),
        None => unanswered(state, request),
    }
}

/// The answer to a call the server has nothing for: one no real API gives,
/// naming what to add; recorded for [`MockServer::verify`].
fn unanswered(state: &mut State, request: &RecordedRequest) -> Reply {
    let call = format!("{} {}", request.method, request.path);
    let advice = match operation(&request.method, &request.path) {
        Some(name) => format!(
            "no example or stub for {name} ({call}); add server.on_{name}(..) before the call"
        ),
        None => format!(
            "no operation of the spec is {call}; add server.respond(\"{}\", \"{}\", ..)",
            request.method, request.path
        ),
    };
    state.unanswered_count += 1;
    if state.unanswered.len() < UNANSWERED_KEPT {
        state.unanswered.push(advice.clone());
    }
    message(501, &format!("fin_api mock: {advice}"))
        .header(UNANSWERED_HEADER, "unanswered")
        .header("retry-after", "3600")
}

/// The header that marks the mock's answer to an unanswered call.
pub const UNANSWERED_HEADER: &str = "x-fin-api-mock";

/// The client method of the spec's operation at `method path` (a concrete
/// path); a template's literal segments win over its parameters.
fn operation(method: &str, path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.split('/').collect();
    crate::generated::spec_table::OPERATIONS
        .iter()
        .filter(|(_, m, _)| m.eq_ignore_ascii_case(method))
        .filter_map(|(name, _, template)| {
            let parts: Vec<&str> = template.split('/').collect();
            let fits = parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(part, segment)| {
                    part == segment || (part.starts_with('{') && !segment.is_empty())
                });
            let params = parts.iter().filter(|p| p.starts_with('{')).count();
            fits.then_some((params, *name))
        })
        .min_by_key(|(params, _)| *params)
        .map(|(_, name)| name)
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
