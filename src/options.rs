//! Options for single calls: [`Client::with_options`](crate::Client::with_options)
//! gives a view of a client whose calls use them, without building a
//! second client (the view shares connections and tokens).

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::Error;

/// What the calls made through a [`Client::with_options`](crate::Client::with_options)
/// view do differently from the client's settings. Unset options keep the
/// client's. `Debug` shows header names, never their values.
#[derive(Clone, Default)]
pub struct CallOptions {
    pub(crate) deadline: Option<Duration>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) headers: HeaderMap,
    /// Headers [`CallOptions::header`] refused: calls through the view fail.
    refused: Vec<HeaderName>,
}

/// Why a header is not accepted per call: the client sets it (or must not
/// send it at all), and another value would change how the request is
/// framed, where it goes, or who sends it.
fn refusal(name: &HeaderName) -> Option<&'static str> {
    const FRAMING: &[&str] = &[
        "content-length",
        "transfer-encoding",
        "content-encoding",
        "te",
        "trailer",
        "connection",
        "keep-alive",
        "proxy-connection",
        "upgrade",
        "expect",
    ];
    const ROUTING: &[&str] = &[
        "host",
        "forwarded",
        "x-forwarded-host",
        "x-forwarded-proto",
        "x-http-method-override",
        "x-http-method",
        "x-method-override",
    ];
    const IDENTITY: &[&str] = &["authorization", "proxy-authorization", "user-agent"];
    let name = name.as_str();
    if FRAMING.contains(&name) {
        Some("it frames the message or the connection, which the HTTP client does")
    } else if ROUTING.contains(&name) {
        Some("it routes the request or changes its method")
    } else if IDENTITY.contains(&name) {
        Some(
            "the client sends its own credentials and user agent (see `ClientBuilder::user_agent`)",
        )
    } else {
        None
    }
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
    /// of the same name.
    ///
    /// Refused, because the client or its HTTP stack owns them: headers
    /// that frame the message (`Content-Length`, `Transfer-Encoding`,
    /// `Content-Encoding`, `TE`, `Trailer`, `Connection`, `Keep-Alive`,
    /// `Proxy-Connection`, `Upgrade`, `Expect`), that route it or change
    /// its method (`Host`, `Forwarded`, `X-Forwarded-Host`,
    /// `X-Forwarded-Proto`, `X-HTTP-Method-Override`, `X-HTTP-Method`,
    /// `X-Method-Override`), and the client's credentials and identity
    /// (`Authorization`, `Proxy-Authorization`, `User-Agent`). Every call
    /// through a view with one of them fails before anything is sent, with
    /// [`Error::InvalidRequest`] naming the header.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        if refusal(&name).is_some() {
            if !self.refused.contains(&name) {
                self.refused.push(name);
            }
        } else {
            self.headers.insert(name, value);
        }
        self
    }

    /// `Err` naming the first header [`header`](Self::header) refused.
    pub(crate) fn check(&self) -> Result<(), Error> {
        match self.refused.first() {
            None => Ok(()),
            Some(name) => Err(Error::InvalidRequest(format!(
                "the per-call header `{name}` is refused: {}",
                refusal(name).unwrap_or("it is not accepted per call")
            ))),
        }
    }

    /// `later` applied over these options: the options it sets replace
    /// these, its headers are added (replacing ones of the same name).
    pub(crate) fn merged(&self, later: CallOptions) -> CallOptions {
        let mut merged = self.clone();
        merged.deadline = later.deadline.or(merged.deadline);
        merged.timeout = later.timeout.or(merged.timeout);
        merged.max_retries = later.max_retries.or(merged.max_retries);
        for (name, value) in later.headers {
            if let Some(name) = name {
                merged.headers.insert(name, value);
            }
        }
        for name in later.refused {
            if !merged.refused.contains(&name) {
                merged.refused.push(name);
            }
        }
        merged
    }
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may be credentials (an API key): names only.
        let headers: Vec<&str> = self.headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("CallOptions")
            .field("deadline", &self.deadline)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("headers (values redacted)", &headers)
            .field("refused", &self.refused)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_names_are_checked_by_their_lower_case_form() {
        assert!(refusal(&reqwest::header::HOST).is_some());
        assert!(refusal(&HeaderName::from_static("x-correlation-id")).is_none());
        let name = HeaderName::from_bytes(b"Transfer-Encoding").expect("a name");
        assert!(refusal(&name).is_some());
    }
}
