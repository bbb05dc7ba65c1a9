//! What the benches share: the spec's Business example, and a loopback
//! HTTP/1.1 server that keeps connections open.
//!
//! The test servers in `tests/` answer `connection: close`, so every call
//! there pays for a new TCP connection, which would swamp the client's own
//! overhead. This one keeps each connection open and answers requests on it
//! in turn, as the real API's load balancer does.
#![allow(dead_code)] // each bench uses part of it

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The project's one model of a spec (the build pipeline's own).
#[path = "../../codegen/spec.rs"]
mod spec;

/// The customer the benches ask for.
pub const CUSTOMER_ID: &str = "6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
/// Its path.
pub const CUSTOMER_PATH: &str = "/v2/customers/6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
/// The token endpoint (not in the vendored spec; see `src/auth.rs`).
pub const TOKEN_PATH: &str = "/v1/oauth/token";

/// The customer id as the generated method takes it.
pub fn customer_id() -> uuid::Uuid {
    CUSTOMER_ID.parse().expect("a UUID")
}

/// The body of the spec's `Business` example of `GET /v2/customers/{id}`
/// (200), as compact JSON: read from the vendored spec, so the bench follows
/// the spec rather than a copy of it.
pub fn business_example() -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/fin.yaml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let spec = spec::parse(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"));
    let pointer = "/paths/~1v2~1customers~1{customer_id}/get/responses/200/content\
                   /application~1json/examples/Business/value";
    let value = spec
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{path} has no {pointer}"));
    serde_json::to_vec(value).expect("JSON values serialise")
}

/// One canned response.
#[derive(Clone, Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// JSON body.
    pub body: Arc<[u8]>,
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: impl Into<Arc<[u8]>>) -> Reply {
        Reply {
            status,
            body: body.into(),
        }
    }
}

type Route = dyn Fn(&str, &str) -> Reply + Send + Sync;

/// A keep-alive HTTP/1.1 server on 127.0.0.1 answering `route(method,
/// path)`, counting requests per path.
pub struct KeepAliveServer {
    url: String,
    counts: Arc<Mutex<HashMap<String, usize>>>,
    connections: Arc<AtomicUsize>,
}

impl KeepAliveServer {
    /// Binds a free port and serves on the current tokio runtime.
    pub async fn start(route: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let counts = Arc::new(Mutex::new(HashMap::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let route: Arc<Route> = Arc::new(route);
        let (counts2, connections2) = (counts.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                connections2.fetch_add(1, Ordering::Relaxed);
                tokio::spawn(serve(stream, route.clone(), counts2.clone()));
            }
        });
        KeepAliveServer {
            url,
            counts,
            connections,
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Requests received for `path` so far.
    pub fn count(&self, path: &str) -> usize {
        self.counts
            .lock()
            .expect("counts")
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::Relaxed)
    }
}

/// Answers the requests of one connection until the client closes it.
async fn serve(
    mut stream: TcpStream,
    route: Arc<Route>,
    counts: Arc<Mutex<HashMap<String, usize>>>,
) {
    let _ = stream.set_nodelay(true);
    let mut buf: Vec<u8> = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    let mut out: Vec<u8> = Vec::with_capacity(8192);
    loop {
        // Read until a whole head is buffered (pipelined bytes stay in `buf`).
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_owned();
        let target = first.next().unwrap_or("");
        let path = target.split('?').next().unwrap_or("").to_owned();
        let body_len = lines
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .unwrap_or(0);
        // Skip the request body (the token request's JSON): not needed.
        while buf.len() < head_end + body_len {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        buf.drain(..head_end + body_len);
        *counts
            .lock()
            .expect("counts")
            .entry(path.clone())
            .or_default() += 1;
        let reply = route(&method, &path);
        out.clear();
        out.extend_from_slice(
            format!(
                "HTTP/1.1 {} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                reply.status,
                reply.body.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&reply.body);
        if stream.write_all(&out).await.is_err() {
            return;
        }
    }
}

/// A token response valid for an hour by the server's clock.
pub fn token_body(access_token: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "access_token": access_token,
        "access_token_ttl": "2030-01-01 01:00:00+00",
        "refresh_token": "refresh-token",
        "refresh_token_ttl": "2030-01-01 02:00:00+00",
        "current_time": "2030-01-01 00:00:00+00",
    }))
    .expect("JSON values serialise")
}

/// True when criterion runs for measurements (`cargo bench`), false when it
/// runs each benchmark once as a test (`cargo test --benches`).
pub fn measuring() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test")
}

/// Where criterion writes its results, found the way criterion finds it.
fn criterion_dir() -> std::path::PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/target").into());
    target.join("criterion")
}

/// Criterion's mean and median estimate (ns) of `group/function` from the
/// run that just finished.
pub fn estimates(group: &str, function: &str) -> Option<(f64, f64)> {
    let path = criterion_dir()
        .join(group)
        .join(function)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let point = |name: &str| json[name]["point_estimate"].as_f64();
    Some((point("mean")?, point("median")?))
}

/// Prints `group/numerator` over `group/denominator` (mean and median),
/// flagging a mean ratio above `limit`.
pub fn report_ratio(group: &str, numerator: &str, denominator: &str, limit: f64) {
    match (estimates(group, numerator), estimates(group, denominator)) {
        (Some((num_mean, num_median)), Some((den_mean, den_median))) => {
            let (mean, median) = (num_mean / den_mean, num_median / den_median);
            println!(
                "{group}: {numerator} / {denominator} = {mean:.3}x (mean), {median:.3}x (median){}",
                if mean > limit {
                    format!("  -- above {limit}x")
                } else {
                    String::new()
                }
            );
        }
        _ => println!(
            "{group}: no estimates for {numerator} and {denominator} under {} (filtered out?)",
            criterion_dir().display()
        ),
    }
}
