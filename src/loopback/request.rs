//! Requests as the loopback server reads them off a connection: head,
//! `content-length` or chunked body, bounded in size.

use tokio::io::AsyncReadExt;

use super::Connection;

/// The largest request head the server reads.
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

/// Reads one request; `Ok(None)` when the peer closed between requests,
/// `Err` for a malformed or oversized one. Bytes after it (a pipelined
/// request) stay in `buffer`.
pub(super) async fn read_request(
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
