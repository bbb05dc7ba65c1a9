//! Requests as the loopback server reads them off a connection: a strict
//! HTTP/1.1 head (CRLF line ends, one unambiguous framing), then a
//! `content-length` or chunked body, bounded in size and, for the head, in
//! time. Anything else is refused with a status and the connection closed,
//! so no byte of a refused request is ever read as another request.

use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::time::Instant;

use super::Connection;

/// The largest request head the server reads (request line, headers, and
/// a chunked body's trailers).
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body the server reads.
const MAX_BODY: usize = 64 * 1024 * 1024;

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
    /// The body (a chunked body is decoded). In the requests a server
    /// records ([`Server::requests`](super::Server::requests)), at most
    /// [`RECORDED_BODY_LIMIT`](super::RECORDED_BODY_LIMIT) bytes of it.
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

    /// Every value of header `name`.
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.headers
            .iter()
            .filter(move |(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a request was refused: the status to answer before closing.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refused {
    /// 400: malformed, or framed ambiguously.
    Malformed,
    /// 408: the head did not arrive within the head timeout.
    Slow,
    /// 413: a body longer than the server reads.
    BodyTooLarge,
    /// 431: a head longer than the server reads.
    HeadTooLarge,
    /// The peer went away mid-request: nothing to answer.
    Gone,
}

impl Refused {
    pub(super) fn status(&self) -> Option<u16> {
        match self {
            Refused::Malformed => Some(400),
            Refused::Slow => Some(408),
            Refused::BodyTooLarge => Some(413),
            Refused::HeadTooLarge => Some(431),
            Refused::Gone => None,
        }
    }
}

/// How a request's body is delimited.
enum Framing {
    Length(usize),
    Chunked,
}

/// One connection's unread bytes and its reading rules.
pub(super) struct Reader<'a> {
    pub stream: &'a mut Box<dyn Connection>,
    /// Bytes read but not yet used (the start of a pipelined request).
    pub buffer: &'a mut Vec<u8>,
    /// How long a head may take to arrive, from its first byte.
    pub head_timeout: Duration,
}

impl Reader<'_> {
    /// Reads one request; `Ok(None)` when the peer closed between requests.
    /// Bytes after it (a pipelined request) stay in the buffer.
    pub(super) async fn request(&mut self) -> Result<Option<Request>, Refused> {
        let Some(head_end) = self.head().await? else {
            return Ok(None);
        };
        let head = std::str::from_utf8(&self.buffer[..head_end]).map_err(|_| Refused::Malformed)?;
        let mut request = parse_head(head)?;
        self.buffer.drain(..head_end + 4);
        request.body = match framing(&request)? {
            Framing::Length(length) => self.exact(length).await?,
            Framing::Chunked => self.chunked().await?,
        };
        Ok(Some(request))
    }

    /// Waits for a whole head; its length without the final `\r\n\r\n`.
    /// Each byte is looked at once (a head sent a byte at a time costs no
    /// more than one sent at once); a line feed without its carriage
    /// return is refused at once. Waiting for the first byte has no time
    /// limit (an idle kept-alive connection); the rest of the head must
    /// follow within the head timeout.
    async fn head(&mut self) -> Result<Option<usize>, Refused> {
        let mut deadline = None;
        let mut scanned = 0;
        loop {
            // Empty lines before a request are ignored (RFC 9112, 2.2).
            while self.buffer.starts_with(b"\r\n") {
                self.buffer.drain(..2);
                scanned = 0;
            }
            for at in scanned..self.buffer.len() {
                if self.buffer[at] != b'\n' {
                    continue;
                }
                if at == 0 || self.buffer[at - 1] != b'\r' {
                    return Err(Refused::Malformed);
                }
                if at >= 3 && &self.buffer[at - 3..at - 1] == b"\r\n" {
                    return Ok(Some(at - 3));
                }
            }
            scanned = self.buffer.len();
            if scanned > MAX_HEAD {
                return Err(Refused::HeadTooLarge);
            }
            if !self.buffer.is_empty() && deadline.is_none() {
                deadline = Some(Instant::now() + self.head_timeout);
            }
            let read = match deadline {
                Some(deadline) => tokio::time::timeout_at(deadline, fill(self.stream, self.buffer))
                    .await
                    .map_err(|_| Refused::Slow)?,
                None => fill(self.stream, self.buffer).await,
            };
            if read? == 0 {
                return if self.buffer.is_empty() {
                    Ok(None)
                } else {
                    Err(Refused::Gone)
                };
            }
        }
    }

    /// Takes `length` bytes, reading more as needed (never more than
    /// arrived is allocated: a length is only a claim).
    async fn exact(&mut self, length: usize) -> Result<Vec<u8>, Refused> {
        if length > MAX_BODY {
            return Err(Refused::BodyTooLarge);
        }
        let mut body = Vec::new();
        loop {
            let take = (length - body.len()).min(self.buffer.len());
            body.extend(self.buffer.drain(..take));
            if body.len() == length {
                return Ok(body);
            }
            if fill(self.stream, self.buffer).await? == 0 {
                return Err(Refused::Gone);
            }
        }
    }

    /// Decodes a chunked body (extensions and trailers ignored).
    async fn chunked(&mut self) -> Result<Vec<u8>, Refused> {
        let mut body = Vec::new();
        loop {
            let line = self.line().await?;
            let size = line.split(';').next().unwrap_or_default();
            if size.is_empty() || size.len() > 16 || !size.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Refused::Malformed);
            }
            let size = u64::from_str_radix(size, 16).map_err(|_| Refused::Malformed)?;
            if size > (MAX_BODY - body.len()) as u64 {
                return Err(Refused::BodyTooLarge);
            }
            if size == 0 {
                // Trailers, up to the empty line, within the head's limit.
                let mut trailers = 0;
                loop {
                    let line = self.line().await?;
                    if line.is_empty() {
                        return Ok(body);
                    }
                    trailers += line.len() + 2;
                    if trailers > MAX_HEAD || !line.contains(':') {
                        return Err(Refused::Malformed);
                    }
                }
            }
            body.extend(self.exact(size as usize).await?);
            if !self.line().await?.is_empty() {
                return Err(Refused::Malformed);
            }
        }
    }

    /// Takes one `\r\n`-terminated line, without the terminator.
    async fn line(&mut self) -> Result<String, Refused> {
        let mut scanned = 0;
        loop {
            if let Some(at) = self.buffer[scanned..].iter().position(|&b| b == b'\n') {
                let at = scanned + at;
                if at == 0 || self.buffer[at - 1] != b'\r' {
                    return Err(Refused::Malformed);
                }
                let line = String::from_utf8(self.buffer[..at - 1].to_vec())
                    .map_err(|_| Refused::Malformed)?;
                self.buffer.drain(..at + 1);
                return Ok(line);
            }
            scanned = self.buffer.len();
            if scanned > MAX_HEAD {
                return Err(Refused::Malformed);
            }
            if fill(self.stream, self.buffer).await? == 0 {
                return Err(Refused::Gone);
            }
        }
    }
}

/// The request line and headers. Refused: a line that is not
/// `METHOD target HTTP/1.x`, a header line without a colon or with
/// whitespace before it, a folded line, a stray carriage return.
fn parse_head(head: &str) -> Result<Request, Refused> {
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let parts: Vec<&str> = request_line.split(' ').collect();
    let [method, target, version] = parts[..] else {
        return Err(Refused::Malformed);
    };
    if !is_token(method) || target.is_empty() || !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(Refused::Malformed);
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').ok_or(Refused::Malformed)?;
            if !is_token(name) || value.contains('\r') {
                return Err(Refused::Malformed);
            }
            Ok((name.to_owned(), value.trim_matches([' ', '\t']).to_owned()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Request {
        method: method.to_owned(),
        path: path.to_owned(),
        query: query.to_owned(),
        headers,
        body: Vec::new(),
    })
}

/// How the body is delimited; refused when it is ambiguous: two
/// `content-length`s, `transfer-encoding` with `content-length`, a
/// transfer coding other than `chunked` alone, a length that is not digits.
fn framing(request: &Request) -> Result<Framing, Refused> {
    let lengths: Vec<&str> = request.all("content-length").collect();
    let codings: Vec<&str> = request.all("transfer-encoding").collect();
    match (&lengths[..], &codings[..]) {
        ([], []) => Ok(Framing::Length(0)),
        ([], [coding]) if coding.eq_ignore_ascii_case("chunked") => Ok(Framing::Chunked),
        ([length], []) if !length.is_empty() && length.bytes().all(|b| b.is_ascii_digit()) => {
            length
                .parse::<usize>()
                .map(Framing::Length)
                .map_err(|_| Refused::BodyTooLarge)
        }
        _ => Err(Refused::Malformed),
    }
}

/// Whether `text` is an HTTP token (a method or a header name).
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Reads what is available into `buffer`; 0 at the end of the stream.
async fn fill(stream: &mut Box<dyn Connection>, buffer: &mut Vec<u8>) -> Result<usize, Refused> {
    let mut chunk = [0u8; 16 * 1024];
    let n = stream.read(&mut chunk).await.map_err(|_| Refused::Gone)?;
    buffer.extend_from_slice(&chunk[..n]);
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> Result<Request, Refused> {
        parse_head(text)
    }

    #[test]
    fn framing_must_be_unambiguous() {
        let framed = |headers: &str| {
            let request = head(&format!("POST / HTTP/1.1{headers}"))?;
            framing(&request).map(|f| match f {
                Framing::Length(n) => n as i64,
                Framing::Chunked => -1,
            })
        };
        assert_eq!(framed(""), Ok(0));
        assert_eq!(framed("\r\ncontent-length: 5"), Ok(5));
        assert_eq!(framed("\r\nTransfer-Encoding: Chunked"), Ok(-1));
        for bad in [
            "\r\ncontent-length: 5\r\ncontent-length: 5",
            "\r\ncontent-length: 5\r\ntransfer-encoding: chunked",
            "\r\ntransfer-encoding: xchunked",
            "\r\ntransfer-encoding: gzip, chunked",
            "\r\ncontent-length: +5",
            "\r\ncontent-length: 0x5",
            "\r\ncontent-length: ",
        ] {
            assert_eq!(framed(bad), Err(Refused::Malformed), "{bad:?}");
        }
        assert_eq!(
            framed("\r\ncontent-length: 99999999999999999999999"),
            Err(Refused::BodyTooLarge)
        );
    }

    #[test]
    fn heads_must_be_well_formed() {
        assert!(head("GET /a?b=1 HTTP/1.1\r\nhost: x").is_ok());
        for bad in [
            "GET /a HTTP/1.1 extra",
            "GET  /a HTTP/1.1",
            "GET /a HTTP/2",
            "GET /a HTTP/1.1\r\nhost : x",
            "GET /a HTTP/1.1\r\n folded: x",
            "GET /a HTTP/1.1\r\nno colon",
            "GET /a HTTP/1.1\r\nx: a\rb",
        ] {
            assert_eq!(head(bad), Err(Refused::Malformed), "{bad:?}");
        }
    }
}
