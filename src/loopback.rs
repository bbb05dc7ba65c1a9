//! A small HTTP/1.1 server on 127.0.0.1: the one server behind the mock kit
//! ([`crate::mock`]), the crate's tests and its benchmarks.
//!
//! A handler decides the [`Reply`] to each request; the server keeps
//! connections open between requests (as the real API's load balancer
//! does), counts requests per path, records them, and can misbehave on
//! purpose: answer late, stall, close without answering, send a response
//! byte by byte, cut it short, or send an endless body.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use std::time::Duration;
//! use fin_api::loopback::{Reply, Server};
//!
//! let server = Server::try_start(|request, n| match (request.path.as_str(), n) {
//!     ("/v2/customers/1", 1) => Reply::Stall,                    // the first call hangs
//!     ("/v2/customers/1", _) => Reply::json(200, serde_json::json!({"data": null})),
//!     ("/slow", _) => Reply::text(200, "hello").drip(1, Duration::from_millis(10)),
//!     _ => Reply::json(404, serde_json::json!({"message": "Resource not found"})),
//! })
//! .await?;
//! println!("{} ({} calls so far)", server.url(), server.count("/v2/customers/1"));
//! # Ok(()) }
//! ```
//!
//! The server stops when the [`Server`] is dropped: it accepts no more
//! connections and closes the open ones.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// The largest request head the server reads.
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body the server reads.
const MAX_BODY: usize = 64 * 1024 * 1024;
/// The most an endless body sends before the server gives up on the peer.
const ENDLESS_LIMIT: usize = 1 << 30;

/// A request as the server received it.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query string, without `?` (empty if none).
    pub query: String,
    /// The headers in the order sent, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body (a chunked body is decoded).
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of header `name` (compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Null` if it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// What the server does with a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer with a response, after `delay`.
    Respond {
        /// The HTTP status.
        status: u16,
        /// Headers besides `content-length`, which the server adds.
        headers: Vec<(String, String)>,
        /// The body.
        body: Bytes,
        /// How long to wait before answering.
        delay: Duration,
    },
    /// Never answer; keep the connection open (until the server stops).
    Stall,
    /// Close the connection without answering.
    Close,
    /// Run these steps on the connection, then read the next request
    /// (unless a step closed it or stalls).
    Script(Vec<Step>),
}

/// One step of a scripted [`Reply`]: raw bytes and timing, for answers no
/// well-behaved server gives.
#[derive(Clone, Debug)]
pub enum Step {
    /// Write these bytes as they are.
    Send(Bytes),
    /// Wait.
    Wait(Duration),
    /// Write `bytes` `chunk` bytes at a time, waiting `every` between writes.
    Drip {
        /// What to write.
        bytes: Bytes,
        /// Bytes per write (at least 1).
        chunk: usize,
        /// The pause between writes.
        every: Duration,
    },
    /// Write `bytes` `times` times, waiting `every` between writes; stops
    /// early when the peer goes away.
    Repeat {
        /// What to write each time.
        bytes: Bytes,
        /// How many times.
        times: usize,
        /// The pause between writes.
        every: Duration,
    },
    /// Stop here and never answer more (until the server stops).
    Stall,
    /// Close the connection.
    Close,
}

impl Reply {
    /// A response with a body and its `content-type`.
    pub fn new(status: u16, content_type: &str, body: impl Into<Bytes>) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// A JSON response.
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::new(status, "application/json", body.to_string())
    }

    /// An HTML response, as proxies and load balancers send.
    pub fn text(status: u16, body: &str) -> Reply {
        Reply::new(status, "text/html", body.to_owned())
    }

    /// A response without a body.
    pub fn empty(status: u16) -> Reply {
        Reply::Respond {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            delay: Duration::ZERO,
        }
    }

    /// A redirect to `location`, e.g. `Reply::redirect(302, "http://…")`.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::empty(status).header("location", location)
    }

    /// These bytes, written as they are (a malformed response, say).
    pub fn raw(bytes: impl Into<Bytes>) -> Reply {
        Reply::Script(vec![Step::Send(bytes.into())])
    }

    /// A `200` whose chunked body repeats `chunk` until the peer stops
    /// reading or closes (at most 1 GiB): a body larger than any limit.
    pub fn endless(content_type: &str, chunk: impl Into<Bytes>) -> Reply {
        let chunk: Bytes = chunk.into();
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\n\r\n"
        );
        let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
        framed.extend_from_slice(&chunk);
        framed.extend_from_slice(b"\r\n");
        let times = ENDLESS_LIMIT / framed.len().max(1);
        Reply::Script(vec![
            Step::Send(head.into()),
            Step::Repeat {
                bytes: framed.into(),
                times,
                every: Duration::ZERO,
            },
            Step::Close,
        ])
    }

    /// Adds a header to a response (no effect on other replies).
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Respond { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }

    /// Answers after `wait` (no effect on other replies).
    pub fn after(mut self, wait: Duration) -> Reply {
        if let Reply::Respond { delay, .. } = &mut self {
            *delay = wait;
        }
        self
    }

    /// The response's bytes on the wire, head and body; `None` for a reply
    /// that is not a response.
    pub fn to_bytes(&self) -> Option<Bytes> {
        let Reply::Respond {
            status,
            headers,
            body,
            ..
        } = self
        else {
            return None;
        };
        let mut head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-length: {}\r\n",
            reason_phrase(*status),
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        Some(bytes.into())
    }

    /// Sends the first `bytes` bytes of this response, then closes the
    /// connection: a response cut mid-way.
    pub fn cut_after(self, bytes: usize) -> Reply {
        let Some(all) = self.to_bytes() else {
            return self;
        };
        Reply::Script(vec![
            Step::Send(all.slice(..bytes.min(all.len()))),
            Step::Close,
        ])
    }

    /// Sends this response `chunk` bytes at a time, `every` apart: a slow
    /// server.
    pub fn drip(self, chunk: usize, every: Duration) -> Reply {
        let Some(bytes) = self.to_bytes() else {
            return self;
        };
        Reply::Script(vec![Step::Drip {
            bytes,
            chunk,
            every,
        }])
    }
}

/// Decides the reply to a request; the `usize` is how many requests its
/// path has had, this one included (1-based).
pub type Handler = Arc<dyn Fn(&Request, usize) -> Reply + Send + Sync>;

/// A connection after the server accepted it: plain, or wrapped (e.g. TLS).
pub trait Connection: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Connection for T {}

/// Turns an accepted TCP stream into the connection to serve (e.g. a TLS
/// handshake); an error drops the connection.
pub type Upgrade = Arc<
    dyn Fn(TcpStream) -> Pin<Box<dyn Future<Output = io::Result<Box<dyn Connection>>> + Send>>
        + Send
        + Sync,
>;

#[derive(Default)]
struct State {
    counts: Mutex<HashMap<String, usize>>,
    requests: Mutex<Vec<Request>>,
    connections: AtomicUsize,
}

/// How to start a [`Server`]; from [`Server::builder`].
#[derive(Default)]
#[must_use = "a builder does nothing until started"]
pub struct Builder {
    upgrade: Option<Upgrade>,
    unrecorded: bool,
}

impl Builder {
    /// Serves each connection through `upgrade` (e.g. a TLS acceptor); the
    /// URL becomes `https://localhost:<port>`.
    pub fn upgrade(mut self, upgrade: Upgrade) -> Builder {
        self.upgrade = Some(upgrade);
        self
    }

    /// Counts requests but keeps no copy of them (for benchmarks, whose
    /// millions of requests would otherwise pile up).
    pub fn unrecorded(mut self) -> Builder {
        self.unrecorded = true;
        self
    }

    /// Binds a free port of 127.0.0.1 and serves on the current Tokio
    /// runtime.
    pub async fn start(
        self,
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let url = match self.upgrade {
            Some(_) => format!("https://localhost:{}", addr.port()),
            None => format!("http://{addr}"),
        };
        let state = Arc::new(State::default());
        let (stop, stopped) = watch::channel(());
        let context = Context {
            state: Arc::clone(&state),
            handler: Arc::new(handler),
            upgrade: self.upgrade,
            record: !self.unrecorded,
            stopped,
        };
        tokio::spawn(accept(listener, context));
        Ok(Server {
            url,
            addr,
            state,
            _stop: stop,
        })
    }
}

/// A running server; see the [module docs](self). Stops when dropped.
pub struct Server {
    url: String,
    addr: SocketAddr,
    state: Arc<State>,
    /// Dropping it tells the accept loop and every connection to end.
    _stop: watch::Sender<()>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("url", &self.url).finish()
    }
}

impl Server {
    /// How to start a server with options (TLS, no recording).
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Serves plain HTTP on a free port of 127.0.0.1.
    pub async fn try_start(
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> io::Result<Server> {
        Server::builder().start(handler).await
    }

    /// [`Server::try_start`] for tests.
    ///
    /// # Panics
    ///
    /// If no port of 127.0.0.1 can be bound.
    pub async fn start(
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        match Server::try_start(handler).await {
            Ok(server) => server,
            Err(e) => panic!("cannot listen on 127.0.0.1: {e}"),
        }
    }

    /// The base URL, without a trailing slash: `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many requests `path` (without query) has had.
    pub fn count(&self, path: &str) -> usize {
        lock(&self.state.counts).get(path).copied().unwrap_or(0)
    }

    /// Every request received so far, in order (none if unrecorded).
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.state.requests).clone()
    }

    /// How many connections the server has accepted.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::Relaxed)
    }
}

/// The guarded value, even if a handler panicked while holding the lock.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What each connection needs.
#[derive(Clone)]
struct Context {
    state: Arc<State>,
    handler: Handler,
    upgrade: Option<Upgrade>,
    record: bool,
    /// Changes (with an error) when the [`Server`] is dropped.
    stopped: watch::Receiver<()>,
}

async fn accept(listener: TcpListener, context: Context) {
    let mut stopped = context.stopped.clone();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => return,
        };
        let Ok((stream, _)) = accepted else {
            // E.g. out of file descriptors: wait instead of spinning.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        context.state.connections.fetch_add(1, Ordering::Relaxed);
        let _ = stream.set_nodelay(true);
        let context = context.clone();
        tokio::spawn(async move {
            let mut stopped = context.stopped.clone();
            tokio::select! {
                () = connection(stream, &context) => {}
                _ = stopped.changed() => {}
            }
        });
    }
}

async fn connection(stream: TcpStream, context: &Context) {
    let mut stream: Box<dyn Connection> = match &context.upgrade {
        Some(upgrade) => match upgrade(stream).await {
            Ok(stream) => stream,
            Err(_) => return,
        },
        None => Box::new(stream),
    };
    let mut buffer = Vec::new();
    loop {
        let request = match read_request(&mut stream, &mut buffer).await {
            Ok(Some(request)) => request,
            Ok(None) => return,
            Err(()) => {
                let bad = Reply::empty(400).header("connection", "close");
                let _ = write_reply(&mut stream, bad).await;
                return;
            }
        };
        let n = {
            let mut counts = lock(&context.state.counts);
            let count = counts.entry(request.path.clone()).or_insert(0);
            *count += 1;
            *count
        };
        let closing = request
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        let reply = (context.handler)(&request, n);
        if context.record {
            lock(&context.state.requests).push(request);
        }
        if !write_reply(&mut stream, reply).await || closing {
            let _ = stream.shutdown().await;
            return;
        }
    }
}

/// Carries out `reply`; false when the connection is to be closed.
async fn write_reply(stream: &mut Box<dyn Connection>, reply: Reply) -> bool {
    let steps = match reply {
        Reply::Respond {
            ref headers, delay, ..
        } => {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let close = headers.iter().any(|(n, v)| {
                n.eq_ignore_ascii_case("connection") && v.eq_ignore_ascii_case("close")
            });
            // One write: a head and body written apart wait on delayed ACKs
            // (40 ms a response).
            let bytes = reply.to_bytes().unwrap_or_default();
            let mut steps = vec![Step::Send(bytes)];
            if close {
                steps.push(Step::Close);
            }
            steps
        }
        Reply::Stall => vec![Step::Stall],
        Reply::Close => vec![Step::Close],
        Reply::Script(steps) => steps,
    };
    for step in steps {
        let written = match step {
            Step::Send(bytes) => stream.write_all(&bytes).await,
            Step::Wait(wait) => {
                tokio::time::sleep(wait).await;
                Ok(())
            }
            Step::Drip {
                bytes,
                chunk,
                every,
            } => drip(stream, &bytes, chunk.max(1), every, 1).await,
            Step::Repeat {
                bytes,
                times,
                every,
            } => drip(stream, &bytes, bytes.len().max(1), every, times).await,
            Step::Stall => {
                let _ = stream.flush().await;
                std::future::pending::<()>().await;
                Ok(())
            }
            Step::Close => return false,
        };
        if written.is_err() || stream.flush().await.is_err() {
            return false;
        }
    }
    true
}

/// Writes `bytes` `times` times, `chunk` bytes a write, `every` apart.
async fn drip(
    stream: &mut Box<dyn Connection>,
    bytes: &[u8],
    chunk: usize,
    every: Duration,
    times: usize,
) -> io::Result<()> {
    let mut first = true;
    for _ in 0..times {
        for piece in bytes.chunks(chunk) {
            if !first && !every.is_zero() {
                tokio::time::sleep(every).await;
            }
            first = false;
            stream.write_all(piece).await?;
            stream.flush().await?;
        }
    }
    Ok(())
}

/// Reads one request; `Ok(None)` when the peer closed between requests,
/// `Err` for a malformed or oversized one. Bytes after it (a pipelined
/// request) stay in `buffer`.
async fn read_request(
    stream: &mut Box<dyn Connection>,
    buffer: &mut Vec<u8>,
) -> Result<Option<Request>, ()> {
    let head_end = loop {
        if let Some(at) = find(buffer, b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD {
            return Err(());
        }
        if fill(stream, buffer).await? == 0 {
            return if buffer.is_empty() { Ok(None) } else { Err(()) };
        }
    };
    let head = std::str::from_utf8(&buffer[..head_end]).map_err(drop)?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().ok_or(())?.split(' ');
    let method = request_line.next().ok_or(())?.to_owned();
    let target = request_line.next().ok_or(())?;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (path, query) = (path.to_owned(), query.to_owned());
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').ok_or(())?;
            Ok((name.trim().to_owned(), value.trim().to_owned()))
        })
        .collect::<Result<Vec<_>, ()>>()?;
    buffer.drain(..head_end + 4);
    let mut request = Request {
        method,
        path,
        query,
        headers,
        body: Vec::new(),
    };
    let chunked = request
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    request.body = if chunked {
        read_chunked(stream, buffer).await?
    } else {
        let length = match request.header("content-length") {
            Some(v) => v.parse::<usize>().map_err(drop)?,
            None => 0,
        };
        read_exact(stream, buffer, length).await?
    };
    Ok(Some(request))
}

/// Takes `length` bytes off `buffer`, reading more as needed.
async fn read_exact(
    stream: &mut Box<dyn Connection>,
    buffer: &mut Vec<u8>,
    length: usize,
) -> Result<Vec<u8>, ()> {
    if length > MAX_BODY {
        return Err(());
    }
    while buffer.len() < length {
        if fill(stream, buffer).await? == 0 {
            return Err(());
        }
    }
    Ok(buffer.drain(..length).collect())
}

/// Decodes a chunked body (extensions and trailers ignored).
async fn read_chunked(
    stream: &mut Box<dyn Connection>,
    buffer: &mut Vec<u8>,
) -> Result<Vec<u8>, ()> {
    let mut body = Vec::new();
    loop {
        let line = read_line(stream, buffer).await?;
        let size = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size, 16).map_err(drop)?;
        if body.len() + size > MAX_BODY {
            return Err(());
        }
        if size == 0 {
            // Trailers, up to the empty line.
            while !read_line(stream, buffer).await?.is_empty() {}
            return Ok(body);
        }
        body.extend(read_exact(stream, buffer, size).await?);
        if !read_line(stream, buffer).await?.is_empty() {
            return Err(());
        }
    }
}

/// Takes one `\r\n`-terminated line off `buffer`, without the terminator.
async fn read_line(stream: &mut Box<dyn Connection>, buffer: &mut Vec<u8>) -> Result<String, ()> {
    loop {
        if let Some(at) = find(buffer, b"\r\n") {
            let line = String::from_utf8(buffer[..at].to_vec()).map_err(drop)?;
            buffer.drain(..at + 2);
            return Ok(line);
        }
        if buffer.len() > MAX_HEAD || fill(stream, buffer).await? == 0 {
            return Err(());
        }
    }
}

/// Reads what is available into `buffer`; 0 at the end of the stream.
async fn fill(stream: &mut Box<dyn Connection>, buffer: &mut Vec<u8>) -> Result<usize, ()> {
    let mut chunk = [0u8; 8192];
    let n = stream.read(&mut chunk).await.map_err(drop)?;
    buffer.extend_from_slice(&chunk[..n]);
    Ok(n)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}
