//! Options for single calls: [`Client::with_options`](crate::Client::with_options)
//! gives a view of a client whose calls use them, without building a
//! second client (the view shares connections and tokens).

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

/// What the calls made through a [`Client::with_options`](crate::Client::with_options)
/// view do differently from the client's settings. Unset options keep the
/// client's.
#[derive(Clone, Debug, Default)]
pub struct CallOptions {
    pub(crate) deadline: Option<Duration>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) headers: HeaderMap,
}

impl CallOptions {
    /// No options: the client's settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Overall deadline of each call, retries and waits included.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Timeout of one attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How many times a failed idempotent call is retried (0: never).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// A header sent with each call (e.g. a correlation id), replacing one
    /// of the same name. `Authorization` and `User-Agent` stay the
    /// client's.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }
}
