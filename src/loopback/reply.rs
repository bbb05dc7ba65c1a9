//! What the loopback server answers: a response, or a script of raw
//! bytes and pauses for the faults no well-behaved server commits.

use std::time::Duration;

use bytes::Bytes;

/// The most an endless body sends before the server gives up on the peer.
const ENDLESS_LIMIT: usize = 1 << 30;

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

    /// A response whose body is `piece` written `pieces` times, declaring
    /// `length` (`None`: no length, the body ends when the connection
    /// closes), then closing the connection. Fewer bytes than declared is a
    /// body cut mid-way; `usize::MAX` pieces is a body that never ends
    /// (writing stops when the peer goes away). See also
    /// [`Reply::pause`] and [`Reply::then_stall`].
    pub fn stream(status: u16, length: Option<u64>, piece: &[u8], pieces: usize) -> Reply {
        let mut head = format!("HTTP/1.1 {status} {}\r\n", reason_phrase(status));
        match length {
            Some(length) => head.push_str(&format!("content-length: {length}\r\n")),
            None => head.push_str("connection: close\r\n"),
        }
        head.push_str("\r\n");
        Reply::Script(vec![
            Step::Send(head.into()),
            Step::Repeat {
                bytes: Bytes::copy_from_slice(piece),
                times: pieces,
                every: Duration::ZERO,
            },
            Step::Close,
        ])
    }

    /// A response with `status` whose body has no length and goes on until
    /// the peer stops reading (at most 1 GiB): a body larger than any limit.
    pub fn endless(status: u16) -> Reply {
        const PIECE: usize = 64 * 1024;
        Reply::stream(status, None, &[b'x'; PIECE], ENDLESS_LIMIT / PIECE)
    }

    /// For a [`Reply::stream`]: waits `wait` before each piece.
    pub fn pause(mut self, wait: Duration) -> Reply {
        if let Reply::Script(steps) = &mut self {
            for step in steps {
                if let Step::Repeat { every, .. } = step {
                    *every = wait;
                }
            }
        }
        self
    }

    /// For a scripted reply: at the end, keep the connection open without
    /// another byte instead of closing it.
    pub fn then_stall(mut self) -> Reply {
        if let Reply::Script(steps) = &mut self {
            if let Some(last @ Step::Close) = steps.last_mut() {
                *last = Step::Stall;
            }
        }
        self
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
        413 => "Content Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}
