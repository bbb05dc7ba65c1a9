//! The token provider: exchanges client credentials for access tokens,
//! caches them, renews them before they expire (through the refresh token
//! while it is valid, else a new grant), and makes sure concurrent calls on
//! a cold cache cause a single token request.
//!
//! The single flight: at most one token request is in flight per client.
//! It is a shared future held in a slot; every call that needs a token
//! while it runs awaits the same future and gets its outcome, token or
//! error, as it is (an expired token included: callers never loop). Once
//! it has ended, the next call that needs a token starts a new one. It
//! runs to its own deadline (the client's call deadline from its start),
//! so a waiter giving up does not end it for the others; if all give up,
//! the next call resumes it.
//!
//! The token endpoints are not in the vendored spec, so this talks to them
//! with `reqwest` directly, through the client's own HTTP client.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use futures_util::future::{BoxFuture, FutureExt, Shared};
use serde::Deserialize;
use tokio::time::Instant;
use tracing::Instrument;

use crate::config::Config;
use crate::context::deadline_after;
use crate::error::{excerpt, request_id, TransportError};
use crate::response::{self, BodyError, Excess, TOKEN_BODY_LIMIT};
use crate::retry::Failure;
use crate::secret::{bearer, scrub_text, Secret};
use crate::Error;

/// Renew an access token this long before it expires.
pub(crate) const RENEW_MARGIN: Duration = Duration::from_secs(60);
/// Use a refresh token only while it has at least this long to live.
const REFRESH_MARGIN: Duration = Duration::from_secs(10);
/// Lifetime assumed for a token whose expiry time cannot be read.
const ASSUMED_LIFETIME: Duration = Duration::from_secs(300);

/// An access token and when to stop using it.
#[derive(Clone, Debug)]
pub(crate) struct AccessToken {
    /// The bearer token.
    pub secret: Secret,
    /// When the server says it expires, on our monotonic clock.
    expires: Instant,
    /// Which fetch produced it, so a 401 invalidates only this one.
    pub generation: u64,
}

#[derive(Debug)]
struct RefreshToken {
    secret: Secret,
    expires: Instant,
}

#[derive(Debug, Default)]
struct Cache {
    access: Option<AccessToken>,
    refresh: Option<RefreshToken>,
}

/// Fetches and caches access tokens for one set of client credentials,
/// one token request in flight at a time.
pub(crate) struct TokenProvider {
    tokens: Arc<Tokens>,
    /// The token request in flight, if any: the single flight. (It holds
    /// `tokens`, not the provider, so that an abandoned flight is freed
    /// with the client.)
    flight: Mutex<Option<Flight>>,
}

/// The credentials, the endpoints and the cached tokens.
struct Tokens {
    token_url: String,
    refresh_url: String,
    client_id: String,
    client_secret: Secret,
    cache: Mutex<Cache>,
    generation: AtomicU64,
}

/// A token request every waiting call shares.
type Flight = Shared<BoxFuture<'static, Result<AccessToken, Error>>>;

/// Locks `mutex`; a panic while holding it cannot leave its value
/// inconsistent (every update is one assignment), so recover.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.tokens, f)
    }
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenProvider")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .finish_non_exhaustive()
    }
}

/// Which grant a token request uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grant {
    ClientCredentials,
    RefreshToken,
}

impl Grant {
    fn name(self) -> &'static str {
        match self {
            Grant::ClientCredentials => "client_credentials",
            Grant::RefreshToken => "refresh_token",
        }
    }
}

/// The token endpoints' response. No `Debug`: it holds tokens.
#[derive(Deserialize)]
struct TokenResponse {
    access_token: Option<String>,
    access_token_ttl: Option<Ttl>,
    refresh_token: Option<String>,
    refresh_token_ttl: Option<Ttl>,
    current_time: Option<String>,
}

/// A token's lifetime: an expiry time (what the endpoint sends), or a
/// number of seconds (what many OAuth servers send).
#[derive(Deserialize)]
#[serde(untagged)]
enum Ttl {
    Seconds(f64),
    At(String),
}

/// Why a token request failed.
enum TokenError {
    /// The endpoint refused what we sent (400, 401, 403, 422).
    Refused {
        status: reqwest::StatusCode,
        message: Option<String>,
    },
    /// Anything else, already in its final form.
    Other(Error),
    /// Reading the response failed (may be retried).
    Body(reqwest::Error),
}

impl TokenError {
    /// The crate's error for a token request that failed for good.
    fn into_error(self) -> Error {
        match self {
            TokenError::Refused { status, message } => Error::Authentication {
                status: Some(status),
                message: format!(
                    "the token endpoint refused the client credentials (HTTP {status}){}",
                    message.map(|m| format!(": {m}")).unwrap_or_default()
                ),
            },
            TokenError::Other(error) => error,
            TokenError::Body(error) => Error::Transport(TransportError::new(
                "reading the token response failed",
                error,
            )),
        }
    }
}

impl TokenProvider {
    pub(crate) fn new(base_url: &str, client_id: String, client_secret: Secret) -> Self {
        TokenProvider {
            tokens: Arc::new(Tokens {
                token_url: format!("{base_url}/v1/oauth/token"),
                refresh_url: format!("{base_url}/v1/oauth/refresh-token"),
                client_id,
                client_secret,
                cache: Mutex::new(Cache::default()),
                generation: AtomicU64::new(0),
            }),
            flight: Mutex::new(None),
        }
    }

    /// The client secret and the tokens held now, for scrubbing.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        self.tokens.secrets()
    }

    /// Forgets the access token of `generation` (the server refused it);
    /// the refresh token is kept.
    pub(crate) fn invalidate(&self, generation: u64) {
        self.tokens.invalidate(generation);
    }

    /// An access token: the cached one while it has more than the renewal
    /// margin to live, else the outcome of the token request in flight
    /// (started here if there is none), shared by every call waiting.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
        config: &Arc<Config>,
    ) -> Result<AccessToken, Error> {
        if let Some(token) = self.tokens.fresh(RENEW_MARGIN) {
            return Ok(token);
        }
        let flight = {
            let mut slot = lock(&self.flight);
            // Checked again under the slot's lock: a flight caches its
            // token before it ends.
            if let Some(token) = self.tokens.fresh(RENEW_MARGIN) {
                return Ok(token);
            }
            // A flight that has ended (its outcome not fresh enough, or an
            // error) is not joined: a new one starts.
            match slot.as_ref().filter(|f| f.peek().is_none()) {
                Some(running) => running.clone(),
                None => {
                    let tokens = Arc::clone(&self.tokens);
                    let (http, config) = (http.clone(), Arc::clone(config));
                    let flight = async move {
                        let deadline = deadline_after(Instant::now(), config.deadline);
                        tokens.fetch(&http, &config, deadline).await
                    }
                    .boxed()
                    .shared();
                    *slot = Some(flight.clone());
                    flight
                }
            }
        };
        let outcome = flight.clone().await;
        // Let go of the ended flight and what it holds.
        let mut slot = lock(&self.flight);
        if slot.as_ref().is_some_and(|f| f.ptr_eq(&flight)) {
            *slot = None;
        }
        outcome
    }
}

impl Tokens {
    fn cache(&self) -> MutexGuard<'_, Cache> {
        lock(&self.cache)
    }

    fn secrets(&self) -> Vec<Secret> {
        let mut secrets = vec![self.client_secret.clone()];
        let cache = self.cache();
        secrets.extend(cache.access.as_ref().map(|t| t.secret.clone()));
        secrets.extend(cache.refresh.as_ref().map(|t| t.secret.clone()));
        secrets
    }

    /// The cached token if it has more than the renewal margin to live.
    fn fresh(&self, margin: Duration) -> Option<AccessToken> {
        let cache = self.cache();
        let token = cache.access.as_ref()?;
        let now = Instant::now();
        (token.expires.saturating_duration_since(now) > margin).then(|| token.clone())
    }

    fn invalidate(&self, generation: u64) {
        let mut cache = self.cache();
        if cache
            .access
            .as_ref()
            .is_some_and(|t| t.generation == generation)
        {
            cache.access = None;
        }
    }

    /// Refreshes while the refresh token is valid, else makes a new grant.
    /// Runs only inside the flight.
    async fn fetch(
        &self,
        http: &reqwest::Client,
        config: &Config,
        deadline: Instant,
    ) -> Result<AccessToken, Error> {
        let refresh = {
            let cache = self.cache();
            cache
                .refresh
                .as_ref()
                .filter(|r| r.expires.saturating_duration_since(Instant::now()) > REFRESH_MARGIN)
                .map(|r| r.secret.clone())
        };
        if let Some(refresh) = refresh {
            let body = serde_json::json!({ "refresh_token": refresh.expose() });
            match self
                .request(http, config, deadline, Grant::RefreshToken, &body)
                .await
            {
                Ok(token) => return Ok(token),
                Err(TokenError::Refused { status, .. }) => {
                    tracing::debug!(
                        status = status.as_u16(),
                        "refresh token refused; falling back to the client credentials grant"
                    );
                    self.cache().refresh = None;
                }
                Err(error) => return Err(error.into_error()),
            }
        }
        let body = serde_json::json!({
            "client_id": self.client_id,
            "client_secret": self.client_secret.expose(),
        });
        self.request(http, config, deadline, Grant::ClientCredentials, &body)
            .await
            .map_err(TokenError::into_error)
    }

    /// One token request, retried on transport failures (while sending
    /// or reading), 408, 429 and 5xx through the client's retry policy
    /// (asking for a token twice is harmless).
    async fn request(
        &self,
        http: &reqwest::Client,
        config: &Config,
        deadline: Instant,
        grant: Grant,
        body: &serde_json::Value,
    ) -> Result<AccessToken, TokenError> {
        let url = match grant {
            Grant::ClientCredentials => &self.token_url,
            Grant::RefreshToken => &self.refresh_url,
        };
        let span = tracing::debug_span!(
            "fin_api.token",
            grant = grant.name(),
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        async {
            let mut retries = 0;
            loop {
                let timeout = config
                    .timeout
                    .min(deadline.saturating_duration_since(Instant::now()))
                    .max(Duration::from_millis(1));
                tracing::Span::current().record("attempt", retries + 1);
                let started = Instant::now();
                let sent = http
                    .post(url.as_str())
                    .header(
                        reqwest::header::USER_AGENT,
                        config.user_agent_header.clone(),
                    )
                    .header(reqwest::header::ACCEPT, "application/json")
                    .timeout(timeout)
                    .json(body)
                    .send()
                    .await;
                let error = match sent {
                    Ok(response) => {
                        let status = response.status();
                        tracing::Span::current().record("status", status.as_u16());
                        if let Some(wait) = config.retry.next_wait(
                            retries,
                            Failure::Status(status, response.headers()),
                            deadline,
                        ) {
                            retries += 1;
                            tracing::debug!(
                                wait_ms = wait.as_millis() as u64,
                                "token request failed; retrying"
                            );
                            drop(response);
                            tokio::time::sleep(wait).await;
                            continue;
                        }
                        match self.accept(response, config, grant).await {
                            Err(TokenError::Body(error)) => error,
                            outcome => return outcome,
                        }
                    }
                    Err(error) => error,
                };
                if let Some(wait) =
                    config
                        .retry
                        .next_wait(retries, Failure::Transport(&error), deadline)
                {
                    retries += 1;
                    tracing::debug!(
                        wait_ms = wait.as_millis() as u64,
                        "token request failed; retrying"
                    );
                    tokio::time::sleep(wait).await;
                    continue;
                }
                return Err(TokenError::Other(if error.is_timeout() {
                    Error::Timeout {
                        elapsed: started.elapsed(),
                        attempts: retries + 1,
                    }
                } else {
                    Error::Transport(TransportError::new("token request failed", error))
                }));
            }
        }
        .instrument(span)
        .await
    }

    /// Reads a token response and caches its tokens.
    async fn accept(
        &self,
        mut response: reqwest::Response,
        config: &Config,
        grant: Grant,
    ) -> Result<AccessToken, TokenError> {
        response::check_origin(&response, &config.origin).map_err(TokenError::Other)?;
        let status = response.status();
        let request_id = request_id(response.headers());
        let received = Instant::now();
        let received_utc = Utc::now();
        let excess = if status.is_success() {
            Excess::Fail
        } else {
            Excess::Truncate
        };
        let bytes = match response::read_body(&mut response, TOKEN_BODY_LIMIT, excess).await {
            Ok(bytes) => bytes,
            Err(BodyError::Transport(error)) => return Err(TokenError::Body(error)),
            Err(BodyError::TooLarge { limit }) => {
                return Err(TokenError::Other(Error::ResponseTooLarge {
                    status: Some(status),
                    limit,
                }))
            }
        };
        if !status.is_success() {
            let text = self.scrub(&String::from_utf8_lossy(&bytes));
            let message = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| Some(crate::error::cut(v.get("message")?.as_str()?, 300)));
            if matches!(status.as_u16(), 400 | 401 | 403 | 422) {
                return Err(TokenError::Refused { status, message });
            }
            return Err(TokenError::Other(
                match serde_json::from_str::<crate::types::ApiError>(&text) {
                    Ok(mut body) => {
                        body.message = message;
                        body.errors = None;
                        body.extra.clear();
                        Error::Api {
                            status,
                            body: Box::new(body),
                            retry_after: crate::retry::retry_after(
                                response.headers(),
                                received_utc,
                            ),
                            request_id,
                        }
                    }
                    Err(_) => Error::InvalidResponse {
                        status: Some(status),
                        reason: format!("the token endpoint ({}) failed", grant.name()),
                        excerpt: excerpt(text.as_bytes()),
                        request_id,
                    },
                },
            ));
        }
        // Never quote a successful token response: it holds the tokens.
        let invalid = |reason: &str| {
            TokenError::Other(Error::InvalidResponse {
                status: Some(status),
                reason: format!("token response ({}): {reason}", grant.name()),
                excerpt: String::new(),
                request_id: request_id.clone(),
            })
        };
        let parsed: TokenResponse =
            serde_json::from_slice(&bytes).map_err(|_| invalid("not the expected JSON object"))?;
        let access = parsed
            .access_token
            .filter(|t| !t.is_empty())
            .ok_or_else(|| invalid("no access_token"))?;
        let access = Secret::new(access);
        if bearer(&access).is_none() {
            // Never cached: the next call asks again.
            return Err(TokenError::Other(Error::Authentication {
                status: Some(status),
                message: format!(
                    "the token endpoint ({}) issued an access token that cannot be sent in a header",
                    grant.name()
                ),
            }));
        }
        let server_now = parsed
            .current_time
            .as_deref()
            .and_then(parse_time)
            .unwrap_or(received_utc);
        let expiry = |ttl: Option<&Ttl>| -> Option<Instant> {
            let left = match ttl? {
                Ttl::Seconds(seconds) => Duration::try_from_secs_f64(*seconds).ok()?,
                // Time left by the server's own clock, so a skewed local
                // clock does not matter.
                Ttl::At(at) => (parse_time(at)? - server_now)
                    .to_std()
                    .unwrap_or(Duration::ZERO),
            };
            Some(received.checked_add(left).unwrap_or(received))
        };
        let access_expires = expiry(parsed.access_token_ttl.as_ref()).unwrap_or_else(|| {
            tracing::warn!("token response has no readable access_token_ttl; assuming 5 minutes");
            received + ASSUMED_LIFETIME
        });
        let generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let token = AccessToken {
            secret: access,
            expires: access_expires,
            generation,
        };
        let mut cache = self.cache();
        cache.access = Some(token.clone());
        if let Some(refresh) = parsed.refresh_token.filter(|t| !t.is_empty()) {
            cache.refresh = expiry(parsed.refresh_token_ttl.as_ref()).map(|expires| RefreshToken {
                secret: Secret::new(refresh),
                expires,
            });
        } else if grant == Grant::ClientCredentials {
            cache.refresh = None;
        }
        tracing::debug!(
            expires_in_s = access_expires.saturating_duration_since(received).as_secs(),
            "token issued"
        );
        Ok(token)
    }

    /// Removes every secret we hold from a text the server sent.
    fn scrub(&self, text: &str) -> String {
        scrub_text(text, &self.secrets())
    }
}

/// Reads the token endpoint's times: `YYYY-MM-DD HH:MM:SS+00` (what it
/// sends), with optional fractional seconds and minutes in the offset, and
/// RFC 3339 in case it changes; no offset means UTC.
pub(crate) fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f%#z", "%Y-%m-%dT%H:%M:%S%.f%#z"] {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Some(t.with_timezone(&Utc));
        }
    }
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_times() {
        let expected = DateTime::parse_from_rfc3339("2025-12-28T10:34:45Z")
            .unwrap()
            .with_timezone(&Utc);
        for text in [
            "2025-12-28 10:34:45+00",
            "2025-12-28 10:34:45+00:00",
            "2025-12-28 10:34:45",
            "2025-12-28T10:34:45Z",
            "2025-12-28T10:34:45+00:00",
            "2025-12-28 12:34:45+02",
            " 2025-12-28 10:34:45+00 ",
        ] {
            assert_eq!(parse_time(text), Some(expected), "{text}");
        }
        assert_eq!(
            parse_time("2025-12-28 10:34:45.5+00"),
            Some(expected + chrono::Duration::milliseconds(500))
        );
        for bad in ["", "tomorrow", "2025-13-28 10:34:45+00", "1766918085"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
