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
//!
//! It reads requests strictly, whatever a client sends (it runs inside
//! test suites, next to code under test): no input makes it panic; a head
//! with a bare line feed, a malformed line, or an ambiguous framing (two
//! `content-length`s, `transfer-encoding` with `content-length`, a coding
//! other than `chunked`) is answered 400 and the connection closed, so no
//! request is ever read out of another's body; a head must arrive within
//! the [head timeout](Builder::head_timeout) (10 s by default) of its
//! first byte (408; an idle kept-alive connection is kept open);
//! heads are read in linear time, up to 64 KiB (431); bodies up to 64 MiB
//! (413), whole for the handler, and recorded up to
//! [`RECORDED_BODY_LIMIT`]. Reading a body has no time limit.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use crate::sync::lock;

mod reply;
mod request;

pub use reply::{Reply, Step};
pub use request::Request;
use request::{Reader, Refused};

/// How much of each request's body the server records (1 MiB): the
/// handler sees the whole body, [`Server::requests`] at most this much of
/// it, so a suite sending large uploads does not keep them all.
pub const RECORDED_BODY_LIMIT: usize = 1024 * 1024;

/// The default [`Builder::head_timeout`].
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

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
    head_timeout: Option<Duration>,
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

    /// How long a request head may take to arrive, from its first byte; a
    /// slower one is answered 408 and the connection closed. Default 10 s.
    /// (A connection idle between requests, or before its first, is kept
    /// open, as a kept-alive connection.)
    pub fn head_timeout(mut self, timeout: Duration) -> Builder {
        self.head_timeout = Some(timeout);
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
            head_timeout: self.head_timeout.unwrap_or(HEAD_TIMEOUT),
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

/// What each connection needs.
#[derive(Clone)]
struct Context {
    state: Arc<State>,
    handler: Handler,
    upgrade: Option<Upgrade>,
    record: bool,
    head_timeout: Duration,
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
        let mut reader = Reader {
            stream: &mut stream,
            buffer: &mut buffer,
            head_timeout: context.head_timeout,
        };
        let request = match reader.request().await {
            Ok(Some(request)) => request,
            Ok(None) | Err(Refused::Gone) => return,
            Err(refused) => {
                if let Some(status) = refused.status() {
                    let bad = Reply::empty(status).header("connection", "close");
                    let _ = write_reply(&mut stream, bad).await;
                }
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
            let mut request = request;
            request.body.truncate(RECORDED_BODY_LIMIT);
            request.body.shrink_to_fit();
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
