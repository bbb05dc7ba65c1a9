//! The crate's one error type.

use std::sync::Arc;
use std::time::Duration;

use crate::context::CallState;
use crate::retry::retry_after;
use crate::secret::{scrub, scrub_text, Secret};
use crate::types::ApiError;

/// How much of an unexpected body an error keeps, for diagnosis.
const EXCERPT_LEN: usize = 512;

/// How much of a decoder's message an error keeps: it may quote the value
/// it refused, which a server can make as long as the body.
const REASON_LEN: usize = 300;

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

    /// Builds the crate's error from progenitor's and what the hooks
    /// recorded about the call. Server text is scrubbed of `secrets`
    /// before it is cut to an excerpt. (Error bodies arrive already read,
    /// capped and scrubbed by the hooks.)
    pub(crate) async fn from_call(
        error: progenitor_client::Error<ApiError>,
        mut state: CallState,
        elapsed: Duration,
        secrets: &[Secret],
    ) -> Self {
        use progenitor_client::Error as P;
        // A typed error the hooks could not return (e.g. the credentials
        // were refused) wins over the placeholder they returned instead.
        if let Some(error) = state.error.take() {
            return error;
        }
        match error {
            P::ErrorResponse(response) => Error::Api {
                status: response.status(),
                request_id: request_id(response.headers()),
                retry_after: retry_after(response.headers(), chrono::Utc::now()),
                body: Box::new(response.into_inner()),
            },
            P::InvalidResponsePayload(bytes, e) => Error::InvalidResponse {
                status: state.status,
                reason: format!(
                    "the body does not decode: {}",
                    cut(&scrub_text(&e.to_string(), secrets), REASON_LEN)
                ),
                excerpt: excerpt(&scrub(&bytes, secrets)),
                request_id: state.request_id,
            },
            P::UnexpectedResponse(response) => {
                let status = response.status();
                let request_id = request_id(response.headers());
                let retry_after = retry_after(response.headers(), chrono::Utc::now());
                // Already in memory: the hooks read it.
                let bytes = response.bytes().await.unwrap_or_default();
                // An error status the spec does not list for this operation
                // (e.g. 500) with the API's usual JSON error body.
                let decoded = serde_json::from_slice::<ApiError>(&bytes)
                    .ok()
                    .filter(|_| !status.is_success());
                match decoded {
                    Some(body) => Error::Api {
                        status,
                        body: Box::new(body),
                        request_id,
                        retry_after,
                    },
                    None => Error::InvalidResponse {
                        status: Some(status),
                        reason: "a status the spec does not list for this operation".into(),
                        excerpt: excerpt(&scrub(&bytes, secrets)),
                        request_id,
                    },
                }
            }
            P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
                Self::from_transport(e, &state, elapsed)
            }
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::Custom(message) => Error::Transport(TransportError {
                message,
                source: None,
            }),
        }
    }

    /// A transport failure, told apart by what it means for the caller.
    pub(crate) fn from_transport(e: reqwest::Error, state: &CallState, elapsed: Duration) -> Self {
        let unsafe_sent = state.sent_unsafe && !e.is_connect() && !e.is_builder();
        if unsafe_sent {
            Error::OutcomeUnknown {
                method: state
                    .method
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                reason: if e.is_timeout() {
                    "timed out".into()
                } else {
                    chain(&e)
                },
            }
        } else if e.is_timeout() {
            Error::Timeout {
                elapsed,
                attempts: state.attempts.max(1),
            }
        } else {
            Error::Transport(TransportError::new("", e))
        }
    }
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

/// The start of a body, as text, cut at a character boundary. Scrub it
/// first: a secret straddling the cut would leave its start here.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    // Only the bytes that can make the excerpt are decoded.
    let head = &bytes[..bytes.len().min(EXCERPT_LEN * 4)];
    let cut_text = cut(&String::from_utf8_lossy(head), EXCERPT_LEN);
    if head.len() < bytes.len() && !cut_text.ends_with('…') {
        return format!("{cut_text}…");
    }
    cut_text
}

/// `text` cut to at most `max` characters, with `…` if it was cut.
pub(crate) fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}
