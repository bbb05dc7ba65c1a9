//! What the client accepts of a response: only from the configured origin,
//! never a redirect, and a body of bounded size, read within the attempt's
//! timeout (the request's timeout covers the body too).

use bytes::{Bytes, BytesMut};

use crate::config::Origin;
use crate::error::request_id;
use crate::Error;

/// Largest error body read: enough for any JSON error the API sends; the
/// rest of a longer one is dropped (only an excerpt of it is kept anyway).
pub(crate) const ERROR_BODY_LIMIT: u64 = 64 * 1024;

/// Largest token response read.
pub(crate) const TOKEN_BODY_LIMIT: u64 = 16 * 1024;

/// A redirect, or a response from another origin than the configured one
/// (a caller's own HTTP client that followed a redirect), as an error
/// naming the status and the other host; else `Ok`.
pub(crate) fn check_origin(response: &reqwest::Response, origin: &Origin) -> Result<(), Error> {
    let status = response.status();
    let reason = if status.is_redirection() {
        let host = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|location| response.url().join(location).ok())
            .map(|url| format!("to host `{}`", url.host_str().unwrap_or_default()))
            .unwrap_or_else(|| "without a usable Location".into());
        format!("the server redirected {host}; the client follows no redirect")
    } else if !origin.contains(response.url()) {
        format!(
            "the response came from host `{}`, not the configured base URL's origin: the HTTP client followed a redirect, which it must not",
            response.url().host_str().unwrap_or_default()
        )
    } else {
        return Ok(());
    };
    Err(Error::InvalidResponse {
        status: Some(status),
        reason,
        excerpt: String::new(),
        request_id: request_id(response.headers()),
    })
}

/// Why a body could not be read.
pub(crate) enum BodyError {
    /// Longer than the limit.
    TooLarge { limit: u64 },
    /// The connection failed or timed out while reading.
    Transport(reqwest::Error),
}

/// What to do with a body longer than the limit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Excess {
    /// Fail with [`BodyError::TooLarge`].
    Fail,
    /// Keep the first `limit` bytes and drop the connection.
    Truncate,
}

/// Reads the body of `response`, at most `limit` bytes, chunk by chunk (so
/// an endless body costs no more than the limit); the head stays readable.
pub(crate) async fn read_body(
    response: &mut reqwest::Response,
    limit: u64,
    excess: Excess,
) -> Result<Bytes, BodyError> {
    let declared = response.content_length();
    if excess == Excess::Fail && declared.is_some_and(|length| length > limit) {
        return Err(BodyError::TooLarge { limit });
    }
    let limit_usize = usize::try_from(limit).unwrap_or(usize::MAX);
    // The common case, a body in one chunk, is returned as it came.
    let first = match response.chunk().await.map_err(BodyError::Transport)? {
        None => return Ok(Bytes::new()),
        Some(chunk) => chunk,
    };
    let mut body = match response.chunk().await.map_err(BodyError::Transport)? {
        None if first.len() <= limit_usize => return Ok(first),
        None => BytesMut::from(&first[..]),
        Some(second) => {
            let expected = declared.map_or(0, |l| l.min(limit) as usize);
            let mut body = BytesMut::with_capacity(expected.max(first.len() + second.len()));
            body.extend_from_slice(&first);
            body.extend_from_slice(&second);
            body
        }
    };
    loop {
        if body.len() > limit_usize {
            return match excess {
                Excess::Fail => Err(BodyError::TooLarge { limit }),
                Excess::Truncate => {
                    body.truncate(limit_usize);
                    Ok(body.freeze())
                }
            };
        }
        match response.chunk().await.map_err(BodyError::Transport)? {
            Some(chunk) => body.extend_from_slice(&chunk),
            None => return Ok(body.freeze()),
        }
    }
}

/// `response`'s status and headers with `body` as its body (already read).
pub(crate) fn with_body(mut response: reqwest::Response, body: Bytes) -> reqwest::Response {
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = response.status();
    *rebuilt.version_mut() = response.version();
    *rebuilt.headers_mut() = std::mem::take(response.headers_mut());
    reqwest::Response::from(rebuilt)
}
