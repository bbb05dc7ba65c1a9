//! The crate's one error type.

use crate::types::ApiError;

/// How much of an unexpected body an error keeps, for diagnosis.
const EXCERPT_LEN: usize = 512;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status and a JSON error body.
    #[error("HTTP {status}: {}", body.message.as_deref().unwrap_or("(no message)"))]
    Api {
        /// The HTTP status.
        status: reqwest::StatusCode,
        /// The decoded error body.
        body: Box<ApiError>,
        /// The request id the server sent, if any.
        request_id: Option<String>,
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
    },
    /// The request could not be sent or the connection failed.
    #[error("transport error: {0}")]
    Transport(String),
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

    pub(crate) fn from_progenitor(error: progenitor_client::Error<ApiError>) -> Self {
        use progenitor_client::Error as P;
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
                status: None,
                reason: format!("the body does not decode: {e}"),
                excerpt: excerpt(&bytes),
            },
            P::UnexpectedResponse(response) => Error::InvalidResponse {
                status: Some(response.status()),
                reason: "a status the spec does not list for this operation".into(),
                excerpt: String::new(),
            },
            other => Error::Transport(other.to_string()),
        }
    }
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
