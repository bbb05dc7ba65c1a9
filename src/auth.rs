//! The token provider: exchanges client credentials for access tokens,
//! caches them, renews them before they expire (through the refresh token
//! while it is valid, else a new grant), and makes sure concurrent calls on
//! a cold cache cause a single token request.
//!
//! The token endpoints are not in the vendored spec, so this talks to them
//! with `reqwest` directly, through the client's own HTTP client.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserialize;
use tokio::time::Instant;
use tracing::Instrument;

use crate::client::Config;
use crate::error::{excerpt, request_id};
use crate::retry;
use crate::secret::Secret;
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

/// Fetches and caches access tokens for one set of client credentials.
pub(crate) struct TokenProvider {
    token_url: String,
    refresh_url: String,
    client_id: String,
    client_secret: Secret,
    cache: Mutex<Cache>,
    /// Held while a token request is in flight: the single flight.
    flight: tokio::sync::Mutex<()>,
    generation: AtomicU64,
}

impl fmt::Debug for TokenProvider {
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
    access_token_ttl: Option<String>,
    refresh_token: Option<String>,
    refresh_token_ttl: Option<String>,
    current_time: Option<String>,
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
}

impl TokenProvider {
    pub(crate) fn new(base_url: &str, client_id: String, client_secret: Secret) -> Self {
        TokenProvider {
            token_url: format!("{base_url}/v1/oauth/token"),
            refresh_url: format!("{base_url}/v1/oauth/refresh-token"),
            client_id,
            client_secret,
            cache: Mutex::new(Cache::default()),
            flight: tokio::sync::Mutex::new(()),
            generation: AtomicU64::new(0),
        }
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, Cache> {
        // A panic while holding this lock cannot leave the cache
        // inconsistent (every update is one assignment), so recover.
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cached token if it has more than the renewal margin to live.
    fn fresh(&self, margin: Duration) -> Option<AccessToken> {
        let cache = self.cache();
        let token = cache.access.as_ref()?;
        let now = Instant::now();
        (token.expires.saturating_duration_since(now) > margin).then(|| token.clone())
    }

    /// A valid access token: the cached one, or a new one fetched by a
    /// single request however many calls are waiting for it.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
        config: &Config,
        deadline: Instant,
    ) -> Result<AccessToken, Error> {
        if let Some(token) = self.fresh(RENEW_MARGIN) {
            return Ok(token);
        }
        let seen = self.generation.load(Ordering::Acquire);
        let _flight = self.flight.lock().await;
        if self.generation.load(Ordering::Acquire) != seen {
            // Another call fetched while we waited: use its token even if it
            // is short-lived, as long as it has not expired.
            if let Some(token) = self.fresh(Duration::ZERO) {
                return Ok(token);
            }
        }
        if let Some(token) = self.fresh(RENEW_MARGIN) {
            return Ok(token);
        }
        self.fetch(http, config, deadline).await
    }

    /// Forgets the access token of `generation` (the server refused it);
    /// the refresh token is kept.
    pub(crate) fn invalidate(&self, generation: u64) {
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
    /// Called with the flight lock held.
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
                Err(TokenError::Other(error)) => return Err(error),
            }
        }
        let body = serde_json::json!({
            "client_id": self.client_id,
            "client_secret": self.client_secret.expose(),
        });
        match self
            .request(http, config, deadline, Grant::ClientCredentials, &body)
            .await
        {
            Ok(token) => Ok(token),
            Err(TokenError::Refused { status, message }) => Err(Error::Authentication {
                status: Some(status),
                message: format!(
                    "the token endpoint refused the client credentials (HTTP {status}){}",
                    message.map(|m| format!(": {m}")).unwrap_or_default()
                ),
            }),
            Err(TokenError::Other(error)) => Err(error),
        }
    }

    /// One token request, retried on transport failures, 408, 429 and 5xx
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
                let sent = http
                    .post(url.as_str())
                    .header(reqwest::header::USER_AGENT, config.user_agent.as_str())
                    .header(reqwest::header::ACCEPT, "application/json")
                    .timeout(timeout)
                    .json(body)
                    .send()
                    .await;
                let wait = match &sent {
                    Ok(response) if retry::is_retryable_status(response.status()) => {
                        match config.backoff.retry_after(response.headers(), Utc::now()) {
                            retry::RetryAfter::Wait(wait) => Some(wait),
                            retry::RetryAfter::Absent => Some(config.backoff.delay(retries + 1)),
                            retry::RetryAfter::TooLong => None,
                        }
                    }
                    Ok(_) => None,
                    Err(e) if retry::is_retryable_error(e) => {
                        Some(config.backoff.delay(retries + 1))
                    }
                    Err(_) => None,
                };
                if let Some(wait) = wait {
                    if retries < config.max_retries && Instant::now() + wait < deadline {
                        retries += 1;
                        tracing::debug!(
                            wait_ms = wait.as_millis() as u64,
                            "token request failed; retrying"
                        );
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                }
                return match sent {
                    Ok(response) => self.accept(response, grant, deadline).await,
                    Err(e) if e.is_timeout() => Err(TokenError::Other(Error::Timeout {
                        elapsed: timeout,
                        attempts: retries + 1,
                    })),
                    Err(e) => Err(TokenError::Other(Error::Transport(format!(
                        "token request failed: {}",
                        crate::error::chain(&e)
                    )))),
                };
            }
        }
        .instrument(span)
        .await
    }

    /// Reads a token response and caches its tokens.
    async fn accept(
        &self,
        response: reqwest::Response,
        grant: Grant,
        deadline: Instant,
    ) -> Result<AccessToken, TokenError> {
        let status = response.status();
        tracing::Span::current().record("status", status.as_u16());
        let request_id = request_id(response.headers());
        let received = Instant::now();
        let received_utc = Utc::now();
        let bytes = match tokio::time::timeout_at(deadline, response.bytes()).await {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(e)) => {
                return Err(TokenError::Other(Error::Transport(format!(
                    "reading the token response failed: {}",
                    crate::error::chain(&e)
                ))))
            }
            Err(_) => {
                return Err(TokenError::Other(Error::Timeout {
                    elapsed: received.elapsed(),
                    attempts: 1,
                }))
            }
        };
        if !status.is_success() {
            let message = serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| v.get("message")?.as_str().map(|m| self.scrub(m)));
            if matches!(status.as_u16(), 400 | 401 | 403 | 422) {
                return Err(TokenError::Refused { status, message });
            }
            return Err(TokenError::Other(
                match serde_json::from_slice::<crate::types::ApiError>(&bytes) {
                    Ok(mut body) => {
                        body.message = message;
                        body.errors = None;
                        body.extra.clear();
                        Error::Api {
                            status,
                            body: Box::new(body),
                            request_id,
                        }
                    }
                    Err(_) => Error::InvalidResponse {
                        status: Some(status),
                        reason: format!("the token endpoint ({}) failed", grant.name()),
                        excerpt: self.scrub(&excerpt(&bytes)),
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
        let server_now = parsed
            .current_time
            .as_deref()
            .and_then(parse_time)
            .unwrap_or(received_utc);
        let expiry = |ttl: Option<&str>| -> Option<Instant> {
            let at = parse_time(ttl?)?;
            // Time left by the server's own clock, so a skewed local clock
            // does not matter.
            let left = (at - server_now).to_std().unwrap_or(Duration::ZERO);
            Some(received.checked_add(left).unwrap_or(received))
        };
        let access_expires = expiry(parsed.access_token_ttl.as_deref()).unwrap_or_else(|| {
            tracing::warn!("token response has no readable access_token_ttl; assuming 5 minutes");
            received + ASSUMED_LIFETIME
        });
        let generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let token = AccessToken {
            secret: Secret::new(access),
            expires: access_expires,
            generation,
        };
        let mut cache = self.cache();
        cache.access = Some(token.clone());
        if let Some(refresh) = parsed.refresh_token.filter(|t| !t.is_empty()) {
            cache.refresh =
                expiry(parsed.refresh_token_ttl.as_deref()).map(|expires| RefreshToken {
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
        let mut text = text.to_owned();
        let mut secrets = vec![self.client_secret.clone()];
        let cache = self.cache();
        secrets.extend(cache.access.as_ref().map(|t| t.secret.clone()));
        secrets.extend(cache.refresh.as_ref().map(|t| t.secret.clone()));
        drop(cache);
        for secret in secrets {
            if !secret.expose().is_empty() {
                text = text.replace(secret.expose(), "[redacted]");
            }
        }
        text
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
