//! The crate's one error type.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use crate::json::{JsonMap, RawJson};
use crate::secret::{scrub_text, Secret};
use crate::ApiError;

/// Everything a call can fail with. Messages never contain the client
/// secret or a token.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status and a JSON error body.
    #[error("HTTP {status}: {}{}", body.message.as_deref().unwrap_or("(no message)"), request_id.as_deref().map(|id| format!(" (request id {id})")).unwrap_or_default())]
    Api {
        /// The HTTP status.
        status: reqwest::StatusCode,
        /// The decoded error body.
        body: Box<ApiError>,
        /// The request id the server sent, if any.
        request_id: Option<String>,
        /// How long the server asked to wait before trying again
        /// (`Retry-After`, in seconds or as a date), if it did.
        retry_after: Option<Duration>,
    },
    /// The credentials were refused: the token endpoint answered 400, 401,
    /// 403 or 422 to the client credentials grant.
    #[error("authentication refused: {message}")]
    Authentication {
        /// The token endpoint's status.
        status: Option<reqwest::StatusCode>,
        /// What was refused and why (never the credentials themselves).
        message: String,
    },
    /// No response in time: the per-attempt timeout on the last attempt,
    /// or the call's overall deadline. Only for requests that are safe to
    /// repeat (or were never sent); see [`Error::OutcomeUnknown`].
    #[error("timed out after {elapsed:?} ({attempts} attempt(s))")]
    Timeout {
        /// Time spent on the call (or the attempt that timed out).
        elapsed: Duration,
        /// Attempts made.
        attempts: u32,
    },
    /// A POST or PATCH was sent but its response never arrived (timeout,
    /// connection lost): the server may or may not have applied it. Check
    /// before sending it again.
    #[error("outcome unknown: the {method} request was sent but no response arrived ({reason}); it may have been applied")]
    OutcomeUnknown {
        /// The HTTP method.
        method: String,
        /// What happened instead of a response.
        reason: String,
    },
    /// The response could not be decoded, or was not one the spec lists.
    #[error("invalid response{}: {reason}; body: {excerpt:?}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    InvalidResponse {
        /// The HTTP status, when one was received.
        status: Option<reqwest::StatusCode>,
        /// Why the response was not accepted.
        reason: String,
        /// The start of the body, for diagnosis.
        excerpt: String,
        /// The request id the server sent, if any.
        request_id: Option<String>,
    },
    /// The response body was longer than the client reads
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    #[error("response too large{}: the body is longer than the limit of {limit} bytes", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    ResponseTooLarge {
        /// The HTTP status.
        status: Option<reqwest::StatusCode>,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The request could not be sent or the connection failed.
    #[error("transport error: {0}")]
    Transport(#[source] TransportError),
    /// The request could not be built from the arguments given.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client is misconfigured.
    #[error("configuration error: {0}")]
    Config(String),
}

impl Error {
    /// The HTTP status, when the error came with one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Api { status, .. } => Some(*status),
            Error::InvalidResponse { status, .. } => *status,
            Error::Authentication { status, .. } => *status,
            Error::ResponseTooLarge { status, .. } => *status,
            _ => None,
        }
    }

    /// The API's error body, when the server sent a JSON one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api { body, .. } => Some(body),
            _ => None,
        }
    }

    /// How long the server asked to wait before trying again
    /// (`Retry-After`), when it answered with an API error and said so.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The request id the server sent with an error response, for support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. } | Error::InvalidResponse { request_id, .. } => {
                request_id.as_deref()
            }
            _ => None,
        }
    }

    /// Whether the same call may succeed if made again later: timeouts,
    /// transport failures, 408, 429 and 5xx. The client has already
    /// retried idempotent calls; `OutcomeUnknown` is `false` because
    /// repeating it blindly may apply it twice.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { .. } | Error::Transport(_) => true,
            Error::Api { status, .. } => crate::retry::is_retryable_status(*status),
            Error::InvalidResponse {
                status: Some(status),
                ..
            } => crate::retry::is_retryable_status(*status),
            _ => false,
        }
    }

    /// This error with every secret removed from each text it shows
    /// (messages, excerpts, `ApiError` fields and `extra` values), read the
    /// way a person would read them: see [`scrub_text`].
    pub(crate) fn scrubbed(self, secrets: &[Secret]) -> Error {
        let text = |text: String| match scrub_text(&text, secrets) {
            Cow::Borrowed(_) => text,
            Cow::Owned(scrubbed) => scrubbed,
        };
        match self {
            Error::Api {
                status,
                body,
                request_id,
                retry_after,
            } => Error::Api {
                status,
                body: Box::new(scrub_api_error(*body, secrets)),
                request_id: request_id.map(text),
                retry_after,
            },
            Error::Authentication { status, message } => Error::Authentication {
                status,
                message: text(message),
            },
            Error::OutcomeUnknown { method, reason } => Error::OutcomeUnknown {
                method,
                reason: text(reason),
            },
            Error::InvalidResponse {
                status,
                reason,
                excerpt,
                request_id,
            } => Error::InvalidResponse {
                status,
                reason: text(reason),
                excerpt: text(excerpt),
                request_id: request_id.map(text),
            },
            Error::Transport(TransportError { message, source }) => {
                Error::Transport(TransportError {
                    message: text(message),
                    source,
                })
            }
            Error::InvalidRequest(message) => Error::InvalidRequest(text(message)),
            Error::Config(message) => Error::Config(text(message)),
            other @ (Error::Timeout { .. } | Error::ResponseTooLarge { .. }) => other,
        }
    }
}

/// `body` with every secret removed from its message, its field errors and
/// its `extra` keys and values.
fn scrub_api_error(mut body: ApiError, secrets: &[Secret]) -> ApiError {
    if let Some(message) = &mut body.message {
        if let Cow::Owned(scrubbed) = scrub_text(message, secrets) {
            *message = scrubbed;
        }
    }
    if let Some(errors) = &mut body.errors {
        for map in errors {
            *map = scrub_map(map, secrets);
        }
    }
    body.extra = scrub_map(&body.extra, secrets);
    body
}

/// A JSON map with every secret removed from its keys and values (a value
/// whose scrubbed text is no longer JSON becomes the string `[redacted]`).
fn scrub_map(map: &JsonMap, secrets: &[Secret]) -> JsonMap {
    map.iter()
        .map(|(key, value)| {
            let value = match scrub_text(value.as_str(), secrets) {
                Cow::Borrowed(_) => value.clone(),
                Cow::Owned(text) => RawJson::from_text(text)
                    .unwrap_or_else(|_| RawJson::from(serde_json::Value::from("[redacted]"))),
            };
            (scrub_text(key, secrets).into_owned(), value)
        })
        .collect()
}

/// A transport failure: what failed, with the underlying error as its
/// [`source`](std::error::Error::source).
#[derive(Clone, Debug)]
pub struct TransportError {
    message: String,
    source: Option<Arc<reqwest::Error>>,
}

impl TransportError {
    /// `what` failed because of `error`.
    pub(crate) fn new(what: &str, error: reqwest::Error) -> Self {
        let causes = chain(&error);
        TransportError {
            message: if what.is_empty() {
                causes
            } else {
                format!("{what}: {causes}")
            },
            source: Some(Arc::new(error)),
        }
    }

    /// A failure with no underlying error.
    pub(crate) fn message(message: String) -> Self {
        TransportError {
            message,
            source: None,
        }
    }
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// An error and its causes, joined: reqwest's own message rarely says
/// what went wrong.
pub(crate) fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// The request id header a server may send, for support requests.
pub(crate) fn request_id(headers: &reqwest::header::HeaderMap) -> Option<String> {
    ["x-request-id", "request-id", "x-correlation-id"]
        .iter()
        .find_map(|name| headers.get(*name))
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
