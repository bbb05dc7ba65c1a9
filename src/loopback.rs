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

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

mod reply;
mod request;

pub use reply::{Reply, Step};
use request::read_request;
pub use request::Request;

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
