//! The crate's one error type.

use std::time::Duration;

use crate::context::CallState;
use crate::types::ApiError;

/// How much of an unexpected body an error keeps, for diagnosis.
const EXCERPT_LEN: usize = 512;

/// Everything a call can fail with. Messages never contain the client
/// secret or a token.
#[derive(Debug, thiserror::Error)]
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
    /// The request could not be sent or the connection failed.
    #[error("transport error: {0}")]
    Transport(String),
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
    /// recorded about the call.
    pub(crate) async fn from_call(
        error: progenitor_client::Error<ApiError>,
        mut state: CallState,
        elapsed: Duration,
        deadline: tokio::time::Instant,
    ) -> Self {
        use progenitor_client::Error as P;
        // A typed error the hooks could not return (e.g. the credentials
        // were refused) wins over the placeholder they returned instead.
        if let Some(error) = state.error.take() {
            return error;
        }
        match error {
            P::ErrorResponse(response) => {
                let status = response.status();
                let request_id = request_id(response.headers());
                Error::Api {
                    status,
                    body: Box::new(response.into_inner()),
                    request_id,
                }
            }
            P::InvalidResponsePayload(bytes, e) => Error::InvalidResponse {
                status: state.status,
                reason: format!("the body does not decode: {e}"),
                excerpt: excerpt(&bytes),
                request_id: state.request_id,
            },
            P::UnexpectedResponse(response) => {
                let status = response.status();
                let request_id = request_id(response.headers());
                let bytes = match tokio::time::timeout_at(deadline, response.bytes()).await {
                    Ok(Ok(bytes)) => bytes,
                    _ => Default::default(),
                };
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
                    },
                    None => Error::InvalidResponse {
                        status: Some(status),
                        reason: "a status the spec does not list for this operation".into(),
                        excerpt: excerpt(&bytes),
                        request_id,
                    },
                }
            }
            P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
                Self::from_transport(&e, &state, elapsed)
            }
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::Custom(message) => Error::Transport(message),
        }
    }

    /// A transport failure, told apart by what it means for the caller.
    pub(crate) fn from_transport(e: &reqwest::Error, state: &CallState, elapsed: Duration) -> Self {
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
                    chain(e)
                },
            }
        } else if e.is_timeout() {
            Error::Timeout {
                elapsed,
                attempts: state.attempts.max(1),
            }
        } else {
            Error::Transport(chain(e))
        }
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

/// The start of a body, as text, cut at a character boundary.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    match text.char_indices().nth(EXCERPT_LEN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.into_owned(),
    }
}
