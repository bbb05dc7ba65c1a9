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

use tokio::time::Instant;

use crate::options::CallOptions;
use crate::Error;

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
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Takes the recorded state out.
    pub(crate) fn take(&self) -> CallState {
        std::mem::take(&mut *self.state())
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
