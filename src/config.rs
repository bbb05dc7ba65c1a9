//! What a client was built with: its settings, checked once by the builder
//! and read by the call loop and the token provider.

use std::time::Duration;

use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// How the client authenticates.
#[derive(Clone, Debug)]
pub(crate) enum Auth {
    /// Client credentials, exchanged for tokens as needed.
    Credentials {
        client_id: String,
        client_secret: Secret,
    },
    /// A fixed bearer token, never refreshed.
    Token(Secret),
}

/// Settings a client was built with.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// The base URL, without a trailing slash.
    pub base_url: String,
    /// Where responses may come from: the base URL's origin.
    pub origin: Origin,
    pub auth: Option<Auth>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub deadline: Duration,
    pub retry: RetryPolicy,
    pub user_agent: String,
    /// `user_agent` as a header value, checked once here rather than on
    /// every request.
    pub user_agent_header: reqwest::header::HeaderValue,
    /// Largest API response body read.
    pub max_response_bytes: u64,
}

impl Config {
    /// The secrets this configuration holds (the client secret or the
    /// fixed token), for scrubbing.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        match &self.auth {
            Some(Auth::Credentials { client_secret, .. }) => vec![client_secret.clone()],
            Some(Auth::Token(token)) => vec![token.clone()],
            None => Vec::new(),
        }
    }
}

/// A URL's origin in comparable form: scheme, host (lower case, without a
/// trailing dot), port (the scheme's default when absent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    pub(crate) fn of(url: &url::Url) -> Origin {
        Origin {
            scheme: url.scheme().to_ascii_lowercase(),
            host: normalised_host(url),
            port: url.port_or_known_default(),
        }
    }

    /// Whether `url` is on this origin (compared without allocating: this
    /// runs on every response).
    pub(crate) fn contains(&self, url: &url::Url) -> bool {
        url.scheme().eq_ignore_ascii_case(&self.scheme)
            && url.port_or_known_default() == self.port
            && url
                .host_str()
                .is_some_and(|host| host.trim_end_matches('.').eq_ignore_ascii_case(&self.host))
    }
}

/// A URL's host, lower case and without a trailing dot (`""` if none).
pub(crate) fn normalised_host(url: &url::Url) -> String {
    url.host_str()
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_ascii_lowercase()
}
