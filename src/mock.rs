//! A test kit: a real HTTP server on `127.0.0.1` that answers like the
//! Fin.com API, with the spec's own examples. Behind the `mock` feature.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use fin_api::mock::MockServer;
//!
//! let server = MockServer::start().await?;
//! let client = server.client()?;
//! // The spec's examples are preloaded, each at the id in its body.
//! for id in server.example_customer_ids() {
//!     let customer = client.get_customer_details_v2(&id).await?.into_inner();
//!     println!("{:?}", customer.data.map(|c| c.summary()));
//! }
//! // Your own answers take precedence over the examples.
//! let id = uuid::Uuid::new_v4();
//! let bad: fin_api::types::ApiError = serde_json::from_value(serde_json::json!({"message": "bad"}))?;
//! server.on_get_customer_details_v2(id).error(422, &bad);
//! assert!(client.get_customer_details_v2(&id).await.is_err());
//! assert_eq!(server.requests().len(), 3);
//! # Ok(())
//! # }
//! ```
//!
//! What it serves:
//! - every JSON example of every 2xx response in the vendored spec
//!   (`openapi/fin.yaml`), at the concrete path its body names: a path
//!   parameter `{customer_id}` takes the first `customer_id` found in the
//!   example's body (so `GET /v2/customers/{customer_id}` serves the Business
//!   and the Individual example, each at its own id);
//! - the responses added with the typed `on_<method>(..)` expectations
//!   (one per operation, generated: `.ok(&body)`, `.error(status, &error)`,
//!   `.respond(raw)`) or [`MockServer::respond`], which take precedence,
//!   the latest first;
//! - `404 {"message":"Resource not found"}` for anything else, and
//!   `401 {"message":"Authentication failed"}` for a request without
//!   `Authorization: Bearer …`, like the real API.
//!
//! Every request is recorded ([`MockServer::requests`]). The server stops
//! when the `MockServer` is dropped.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use uuid::Uuid;

use crate::Client;

/// The vendored spec, whose examples the server serves.
const SPEC: &str = include_str!("../openapi/fin.yaml");
/// The token [`MockServer::client`] sends.
pub const MOCK_TOKEN: &str = "mock-access-token";
/// The largest request head the server reads.
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body the server reads.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// Why the mock server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MockError {
    /// The vendored spec could not be read.
    #[error("openapi/fin.yaml (embedded): {0}")]
    Spec(String),
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
        Self {
            status,
            content_type: "application/json".into(),
            body: body.to_string().into_bytes(),
        }
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

/// A request the server received.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedRequest {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The path and query, as sent.
    pub path: String,
    /// The headers, names lowercased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header (name compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug)]
struct Route {
    method: String,
    path: String,
    response: MockResponse,
}

#[derive(Debug, Default)]
struct State {
    /// Added by the user; searched latest first.
    routes: Vec<Route>,
    /// From the spec's examples; searched after `routes`.
    examples: Vec<Route>,
    requests: Vec<RecordedRequest>,
}

/// A loopback HTTP server answering like the Fin.com API; see the
/// [module docs](self).
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl MockServer {
    /// Starts a server on a random port of 127.0.0.1, preloaded with the
    /// spec's examples. Must be called within a Tokio runtime.
    pub async fn start() -> Result<MockServer, MockError> {
        let examples = spec_examples()?;
        Self::start_with(examples).await
    }

    /// Starts a server that serves only what you add (and 404 otherwise).
    pub async fn start_empty() -> Result<MockServer, MockError> {
        Self::start_with(Vec::new()).await
    }

    async fn start_with(examples: Vec<Route>) -> Result<MockServer, MockError> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            examples,
            ..State::default()
        }));
        let task = tokio::spawn(serve(listener, Arc::clone(&state)));
        Ok(MockServer { addr, state, task })
    }

    /// The server's base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A client pointed at this server, sending the fixed token
    /// [`MOCK_TOKEN`]. Errors only if the HTTP client cannot be built.
    pub fn client(&self) -> Result<Client, crate::Error> {
        Client::builder()
            .base_url(self.url())
            .access_token(MOCK_TOKEN)
            .build()
    }

    /// Answers `method path` (path without query) with `response`, ahead of
    /// the spec's examples and of earlier answers for the same request.
    pub fn respond(&self, method: &str, path: &str, response: MockResponse) {
        lock(&self.state).routes.push(Route {
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            response,
        });
    }

    /// The ids of the customers the spec's examples describe, in the spec's
    /// order (for the vendored spec: the Business, then the Individual one).
    pub fn example_customer_ids(&self) -> Vec<Uuid> {
        lock(&self.state)
            .examples
            .iter()
            .filter(|r| r.method == "GET")
            .filter_map(|r| r.path.strip_prefix("/v2/customers/"))
            .filter_map(|id| id.parse().ok())
            .collect()
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.state).requests.clone()
    }
}

/// What to answer for one operation and path: made by the generated
/// `MockServer::on_<method>(..)` (one per operation), typed by the
/// operation's success body.
#[must_use = "an expectation does nothing until answered with ok, error or respond"]
pub struct Expectation<'a, T> {
    server: &'a MockServer,
    method: &'static str,
    path: String,
    success: u16,
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
            body: std::marker::PhantomData,
        }
    }

    /// Answers with the operation's success status and `body`.
    pub fn ok(self, body: &T) {
        let json = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
        let status = self.success;
        self.respond(MockResponse::json(status, &json));
    }

    /// Answers with an error status and the API's error body.
    pub fn error(self, status: u16, body: &crate::types::ApiError) {
        let json = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
        self.respond(MockResponse::json(status, &json));
    }

    /// Answers with anything, e.g. a body that does not decode.
    pub fn respond(self, response: MockResponse) {
        self.server.respond(self.method, &self.path, response);
    }
}

/// The state, even if a handler panicked while holding the lock.
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Every 2xx JSON example of the embedded spec, as routes.
fn spec_examples() -> Result<Vec<Route>, MockError> {
    let spec: serde_json::Value =
        yaml_serde::from_str(SPEC).map_err(|e| MockError::Spec(e.to_string()))?;
    let paths = spec
        .get("paths")
        .and_then(serde_json::Value::as_object)
        .ok_or_else(|| MockError::Spec("no `paths`".into()))?;
    let mut routes = Vec::new();
    for (template, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, operation) in item {
            let responses = operation
                .get("responses")
                .and_then(serde_json::Value::as_object);
            for (status, response) in responses.into_iter().flatten() {
                let Ok(code) = status.parse::<u16>() else {
                    continue;
                };
                if !(200..300).contains(&code) {
                    continue;
                }
                let response = resolve(&spec, response);
                let examples = response
                    .pointer("/content/application~1json/examples")
                    .and_then(serde_json::Value::as_object);
                for example in examples
                    .into_iter()
                    .flatten()
                    .map(|(_, e)| resolve(&spec, e))
                {
                    let Some(body) = example.get("value") else {
                        continue;
                    };
                    if let Some(path) = concrete_path(template, body) {
                        routes.push(Route {
                            method: method.to_ascii_uppercase(),
                            path,
                            response: MockResponse::json(code, body),
                        });
                    }
                }
            }
        }
    }
    Ok(routes)
}

/// Follows a local `$ref` (one level), or returns the value itself.
fn resolve<'a>(spec: &'a serde_json::Value, value: &'a serde_json::Value) -> &'a serde_json::Value {
    value
        .get("$ref")
        .and_then(serde_json::Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|pointer| spec.pointer(pointer))
        .unwrap_or(value)
}

/// `template` with each `{name}` replaced by the first string or number
/// found under key `name` in `body`; `None` if one is not found.
fn concrete_path(template: &str, body: &serde_json::Value) -> Option<String> {
    let mut path = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}')? + open;
        let name = &rest[open + 1..close];
        let value = find_key(body, name)?;
        path.push_str(&rest[..open]);
        path.push_str(&value);
        rest = &rest[close + 1..];
    }
    path.push_str(rest);
    Some(path)
}

fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => {
            match map.get(key) {
                Some(serde_json::Value::String(s)) => return Some(s.clone()),
                Some(serde_json::Value::Number(n)) => return Some(n.to_string()),
                _ => {}
            }
            map.values().find_map(|v| find_key(v, key))
        }
        serde_json::Value::Array(list) => list.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

async fn serve(listener: TcpListener, state: Arc<Mutex<State>>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // E.g. out of file descriptors: wait instead of spinning.
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            continue;
        };
        tokio::spawn(handle(stream, Arc::clone(&state)));
    }
}

/// Reads one request, answers it, and closes the connection.
async fn handle(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let Some(request) = read_request(&mut stream).await else {
        let _ = stream
            .write_all(
                b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            )
            .await;
        return;
    };
    let response = {
        let mut state = lock(&state);
        state.requests.push(request.clone());
        answer(&state, &request)
    };
    let head = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        response.status,
        reason_phrase(response.status),
        response.content_type,
        response.body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(&response.body).await;
    let _ = stream.shutdown().await;
}

fn answer(state: &State, request: &RecordedRequest) -> MockResponse {
    let authorized = request
        .header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| !t.trim().is_empty());
    if !authorized {
        return MockResponse::json(
            401,
            &serde_json::json!({"message": "Authentication failed"}),
        );
    }
    let path = request.path.split('?').next().unwrap_or_default();
    state
        .routes
        .iter()
        .rev()
        .chain(state.examples.iter())
        .find(|r| r.method == request.method && r.path == path)
        .map(|r| r.response.clone())
        .unwrap_or_else(|| {
            MockResponse::json(404, &serde_json::json!({"message": "Resource not found"}))
        })
}

/// Reads a request head and its `content-length` body; `None` if the
/// request is malformed or the connection ends early.
async fn read_request(stream: &mut TcpStream) -> Option<RecordedRequest> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD {
            return None;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let path = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map(|(_, v)| v.parse().ok())
        .unwrap_or(Some(0))?;
    if length > MAX_BODY {
        return None;
    }
    let mut body = buffer.split_off(head_end + 4);
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(RecordedRequest {
        method,
        path,
        headers,
        body,
    })
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
