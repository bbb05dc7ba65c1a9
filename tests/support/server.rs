//! A small HTTP/1.1 server on 127.0.0.1 for tests: scripted replies,
//! request counts per path, recorded requests, stalls, bodies that stall,
//! drip, stop mid-way or never end; plain or TLS.
//! Shared by the integration tests and the crate's unit tests.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query string, without `?` (empty if none).
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Null` if it is not).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// What the server does with a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer, after `delay`.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        delay: Duration,
    },
    /// Read the request, never answer, keep the connection open.
    Stall,
    /// Read the request, then close the connection without answering.
    Close,
    /// Answer with a head, then a body of `pieces` writes of `piece`,
    /// `pause` apart (`usize::MAX` pieces: endless), declaring `length`
    /// (`None`: the body ends when the connection closes); then close the
    /// connection, or with `stall` keep it open without another byte.
    /// Fewer bytes than declared cut the body mid-way.
    Stream {
        status: u16,
        headers: Vec<(String, String)>,
        length: Option<u64>,
        piece: Vec<u8>,
        pieces: usize,
        pause: Duration,
        stall: bool,
    },
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
            delay: Duration::ZERO,
        }
    }

    pub fn text(status: u16, body: &str) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "text/html".into())],
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
        }
    }

    /// A streamed body (see [`Reply::Stream`]), closing when done.
    pub fn stream(status: u16, length: Option<u64>, piece: &[u8], pieces: usize) -> Reply {
        Reply::Stream {
            status,
            headers: Vec::new(),
            length,
            piece: piece.to_vec(),
            pieces,
            pause: Duration::ZERO,
            stall: false,
        }
    }

    /// A streamed body that never ends.
    pub fn endless(status: u16) -> Reply {
        Reply::stream(status, None, &[b'x'; 64 * 1024], usize::MAX)
    }

    /// For a streamed body: wait `wait` between pieces.
    pub fn pause(mut self, wait: Duration) -> Reply {
        if let Reply::Stream { pause, .. } = &mut self {
            *pause = wait;
        }
        self
    }

    /// For a streamed body: keep the connection open, silent, at the end.
    pub fn then_stall(mut self) -> Reply {
        if let Reply::Stream { stall, .. } = &mut self {
            *stall = true;
        }
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Respond { headers, .. } | Reply::Stream { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }

    pub fn after(mut self, wait: Duration) -> Reply {
        if let Reply::Respond { delay, .. } = &mut self {
            *delay = wait;
        }
        self
    }
}

/// Decides the reply to a request; `n` is how many requests this path
/// has had, this one included (1-based).
pub type Handler = Arc<dyn Fn(&Request, usize) -> Reply + Send + Sync>;

#[derive(Default)]
struct State {
    counts: Mutex<HashMap<String, usize>>,
    requests: Mutex<Vec<Request>>,
}

/// A running server; it stops with the test's runtime.
pub struct Server {
    url: String,
    state: Arc<State>,
}

impl Server {
    /// Serves plain HTTP on 127.0.0.1.
    pub async fn start(
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        Self::start_with(Arc::new(handler), None).await
    }

    /// Serves HTTPS through `acceptor` on 127.0.0.1 (URL host `localhost`).
    pub async fn start_tls(
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
        acceptor: tokio_rustls::TlsAcceptor,
    ) -> Server {
        Self::start_with(Arc::new(handler), Some(acceptor)).await
    }

    async fn start_with(handler: Handler, tls: Option<tokio_rustls::TlsAcceptor>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let url = match tls {
            Some(_) => format!("https://localhost:{port}"),
            None => format!("http://127.0.0.1:{port}"),
        };
        let state = Arc::new(State::default());
        let server_state = state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let state = server_state.clone();
                let handler = handler.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    match tls {
                        Some(acceptor) => {
                            if let Ok(stream) = acceptor.accept(stream).await {
                                serve(stream, state, handler).await;
                            }
                        }
                        None => serve(stream, state, handler).await,
                    }
                });
            }
        });
        Server { url, state }
    }

    /// The base URL, without a trailing slash.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// How many requests `path` has had.
    pub fn count(&self, path: &str) -> usize {
        self.state
            .counts
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.state.requests.lock().unwrap().clone()
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(stream: S, state: Arc<State>, handler: Handler) {
    let mut stream = BufReader::new(stream);
    loop {
        let Some(request) = read_request(&mut stream).await else {
            return;
        };
        let n = {
            let mut counts = state.counts.lock().unwrap();
            let count = counts.entry(request.path.clone()).or_insert(0);
            *count += 1;
            *count
        };
        state.requests.lock().unwrap().push(request.clone());
        match handler(&request, n) {
            Reply::Stall => std::future::pending::<()>().await,
            Reply::Close => return,
            Reply::Stream {
                status,
                headers,
                length,
                piece,
                pieces,
                pause,
                stall,
            } => {
                let mut head = format!("HTTP/1.1 {status} Status\r\n");
                match length {
                    Some(length) => head.push_str(&format!("content-length: {length}\r\n")),
                    None => head.push_str("connection: close\r\n"),
                }
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let stream = stream.get_mut();
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for _ in 0..pieces {
                    if !pause.is_zero() {
                        tokio::time::sleep(pause).await;
                    }
                    if stream.write_all(&piece).await.is_err() || stream.flush().await.is_err() {
                        return;
                    }
                }
                if stall {
                    std::future::pending::<()>().await;
                }
                return;
            }
            Reply::Respond {
                status,
                headers,
                body,
                delay,
            } => {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                let mut head = format!(
                    "HTTP/1.1 {status} Status\r\ncontent-length: {}\r\n",
                    body.len()
                );
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                // One write: a head and body written apart wait on
                // delayed ACKs (40 ms a response).
                let mut bytes = head.into_bytes();
                bytes.extend_from_slice(&body);
                let stream = stream.get_mut();
                if stream.write_all(&bytes).await.is_err() || stream.flush().await.is_err() {
                    return;
                }
            }
        }
    }
}

async fn read_request<S: AsyncRead + Unpin>(stream: &mut BufReader<S>) -> Option<Request> {
    let mut line = String::new();
    if stream.read_line(&mut line).await.ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (path, query) = (path.to_owned(), query.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    let length = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    stream.read_exact(&mut body).await.ok()?;
    Some(Request {
        method,
        path,
        query,
        headers,
        body,
    })
}
