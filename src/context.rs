//! The context of one call: what the hooks learn while running it, read
//! back by [`Client::execute`](crate::Client) to build the crate's error.
//!
//! progenitor's `exec` hook can only return a `reqwest` result, and its
//! `InvalidResponsePayload` error has no status. So `execute` runs each
//! generated call inside a task-local scope holding this context; `exec`
//! records the status, request id, attempts, whether a non-idempotent
//! request went out, and any typed error it could not return.

use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{chain, request_id, TransportError};
use crate::options::CallOptions;
use crate::retry::retry_after;
use crate::secret::Secret;
use crate::sync::lock;
use crate::text::{excerpt, quote};
use crate::ApiError;
use crate::Error;

/// How much of a decoder's message an error keeps: it may quote the value
/// it refused, which a server can make as long as the body.
const REASON_LEN: usize = 300;

tokio::task_local! {
    static CALL: Arc<CallContext>;
}

/// One call's deadline and what the hooks recorded about it.
#[derive(Debug)]
pub(crate) struct CallContext {
    /// When the whole call, retries and waits included, must be over.
    pub deadline: Instant,
    /// The options of a [`with_options`](crate::Client::with_options) view.
    pub options: Option<Arc<CallOptions>>,
    state: Mutex<CallState>,
}

/// What the hooks recorded.
#[derive(Debug, Default)]
pub(crate) struct CallState {
    /// The HTTP method of the request.
    pub method: Option<reqwest::Method>,
    /// The status of the final response.
    pub status: Option<reqwest::StatusCode>,
    /// The request id header of the final response.
    pub request_id: Option<String>,
    /// Attempts made (including a retry after a 401).
    pub attempts: u32,
    /// A POST or PATCH was handed to the transport: it may have been applied.
    pub sent_unsafe: bool,
    /// A typed error `exec` could not return through `reqwest::Error`.
    pub error: Option<Error>,
}

impl CallContext {
    pub(crate) fn new(deadline: Instant, options: Option<Arc<CallOptions>>) -> Arc<Self> {
        Arc::new(CallContext {
            deadline,
            options,
            state: Mutex::new(CallState::default()),
        })
    }

    /// The recorded state (a poisoned lock is recovered: every update is a
    /// plain assignment).
    pub(crate) fn state(&self) -> MutexGuard<'_, CallState> {
        lock(&self.state)
    }

    /// Takes the recorded state out.
    pub(crate) fn take(&self) -> CallState {
        std::mem::take(&mut *self.state())
    }
}

impl CallState {
    /// The crate's error, from progenitor's and what the hooks
    /// recorded about the call. Server text is scrubbed of `secrets` as
    /// it is cut to an excerpt. (Error bodies arrive already read, capped
    /// and scrubbed by the hooks.)
    pub(crate) async fn into_error(
        mut self,
        error: progenitor_client::Error<ApiError>,
        elapsed: Duration,
        secrets: &[Secret],
    ) -> Error {
        use progenitor_client::Error as P;
        // A typed error the hooks could not return (e.g. the credentials
        // were refused) wins over the placeholder they returned instead.
        if let Some(error) = self.error.take() {
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
                status: self.status,
                reason: format!(
                    "the body does not decode: {}",
                    quote(&e.to_string(), REASON_LEN, secrets)
                ),
                excerpt: excerpt(&bytes, secrets),
                request_id: self.request_id,
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
                        excerpt: excerpt(&bytes, secrets),
                        request_id,
                    },
                }
            }
            P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
                self.transport_error(e, elapsed)
            }
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::Custom(message) => Error::Transport(TransportError::message(message)),
        }
    }

    /// A transport failure, told apart by what it means for the caller.
    pub(crate) fn transport_error(&self, e: reqwest::Error, elapsed: Duration) -> Error {
        let unsafe_sent = self.sent_unsafe && !e.is_connect() && !e.is_builder();
        if unsafe_sent {
            Error::OutcomeUnknown {
                method: self
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
                attempts: self.attempts.max(1),
            }
        } else {
            Error::Transport(TransportError::new("", e))
        }
    }
}

/// `now + budget`, or a year from now when `budget` is too large for the
/// clock (e.g. `Duration::MAX` for "no deadline").
pub(crate) fn deadline_after(now: Instant, budget: std::time::Duration) -> Instant {
    now.checked_add(budget)
        .or_else(|| now.checked_add(std::time::Duration::from_secs(365 * 24 * 3600)))
        .unwrap_or(now)
}

/// The context of the call running on this task, if any.
pub(crate) fn current() -> Option<Arc<CallContext>> {
    CALL.try_with(Arc::clone).ok()
}

/// Runs `call` with `context` as the current call context.
pub(crate) async fn scope<F: Future>(context: Arc<CallContext>, call: F) -> F::Output {
    CALL.scope(context, call).await
}
