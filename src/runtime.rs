//! State shared by all calls of one client: its configuration and where its
//! tokens come from. progenitor hands it to the hooks as the client's
//! "inner type".

use std::sync::Arc;

use crate::auth::TokenProvider;
use crate::config::Config;
use crate::secret::Secret;

/// Where a call's bearer token comes from.
#[derive(Clone, Debug)]
pub(crate) enum TokenSource {
    /// A fixed token given by the caller, as its `Authorization` value
    /// (built once, marked sensitive); `None` if the token cannot be a
    /// header value, which each call then reports.
    Fixed(Option<reqwest::header::HeaderValue>),
    /// Tokens fetched with client credentials, cached and renewed.
    Provider(Arc<TokenProvider>),
}

/// State shared by all calls of one client, handed to progenitor's hooks
/// (its "inner type").
#[derive(Clone, Debug)]
pub struct Runtime {
    pub(crate) config: Arc<Config>,
    pub(crate) tokens: Option<TokenSource>,
}

impl Runtime {
    /// Every secret the client knows right now (client secret, fixed,
    /// access and refresh tokens), for scrubbing what a server sent.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        match &self.tokens {
            Some(TokenSource::Provider(provider)) => provider.secrets(),
            _ => self.config.secrets(),
        }
    }
}
