//! The token provider: exchanges client credentials for access tokens,
//! caches them, renews them before they expire (through the refresh token
//! while it is valid, else a new grant), and makes sure concurrent calls on
//! a cold cache cause a single token request.
//!
//! The single flight: at most one token request is in flight per client.
//! It is a shared future held in a slot; every call that needs a token
//! while it runs awaits the same future and gets its outcome, token or
//! error, as it is (an expired token included: callers never loop). A
//! failed flight's error stays the latest outcome for the retry policy's
//! first wait (250 ms by default) after it ended: a call needing a token
//! meanwhile gets that error too (a refusal, a 5xx, a token no header can
//! carry) rather than asking again, so a burst of calls makes one token
//! request however the endpoint answers. After that, or after a flight
//! that issued a token, the next call needing one starts a new flight. A
//! flight runs to its own deadline (the client's call deadline from its
//! start), so a waiter giving up does not end it for the others; if all
//! give up, the next call resumes it.
//!
//! The token endpoints are not in the vendored spec, so this talks to them
//! with `reqwest` directly, through the client's own HTTP client.

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use futures_util::future::{BoxFuture, FutureExt, Shared};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::Deserialize;
use tokio::time::Instant;
use tracing::Instrument;

use crate::attempt::{Attempt, Plan, Verdict};
use crate::config::Config;
use crate::context::deadline_after;
use crate::error::{request_id, TransportError};
use crate::response::{self, BodyError, Excess, TOKEN_BODY_LIMIT};
use crate::secret::{bearer, scrub_text, Secret};
use crate::sync::lock;
use crate::text::{cut, excerpt};
use crate::Error;

/// The client credentials grant's path.
pub(crate) const TOKEN_PATH: &str = "/v1/oauth/token";
/// The refresh token grant's path.
pub(crate) const REFRESH_PATH: &str = "/v1/oauth/refresh-token";
/// How many tokens the client still scrubs from text after it stopped
/// using them (a late response may echo one).
const RETIRED_KEPT: usize = 4;
/// How much of a token endpoint's message an error keeps.
const MESSAGE_LEN: usize = 300;

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
    /// Tokens no longer used, newest last, still scrubbed from text.
    retired: Mutex<VecDeque<Secret>>,
    generation: AtomicU64,
}

/// A token request every waiting call shares, and when it ended.
type Flight = Shared<BoxFuture<'static, Landed>>;

/// A flight's outcome and when it came.
#[derive(Clone)]
struct Landed {
    outcome: Result<AccessToken, Error>,
    at: Instant,
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
        }
    }
}

impl TokenProvider {
    pub(crate) fn new(base_url: &str, client_id: String, client_secret: Secret) -> Self {
        TokenProvider {
            tokens: Arc::new(Tokens {
                token_url: format!("{base_url}{TOKEN_PATH}"),
                refresh_url: format!("{base_url}{REFRESH_PATH}"),
                client_id,
                client_secret,
                cache: Mutex::new(Cache::default()),
                retired: Mutex::new(VecDeque::new()),
                generation: AtomicU64::new(0),
            }),
            flight: Mutex::new(None),
        }
    }

    /// The client secret, the tokens held now and the last few retired,
    /// for scrubbing.
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
    /// (started here if there is none) or of the one that just ended,
    /// shared by every call waiting (see the [module docs](self)).
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
            let hold = config.retry.backoff.initial;
            match slot.as_ref().map(|flight| (flight, flight.peek())) {
                Some((running, None)) => running.clone(),
                Some((_, Some(landed))) if Tokens::still_latest(landed, hold) => {
                    return landed.outcome.clone();
                }
                _ => {
                    let flight = self.tokens.launch(http, config);
                    *slot = Some(flight.clone());
                    flight
                }
            }
        };
        flight.await.outcome
    }
}

impl Tokens {
    fn cache(&self) -> MutexGuard<'_, Cache> {
        lock(&self.cache)
    }

    fn secrets(&self) -> Vec<Secret> {
        let mut secrets = vec![self.client_secret.clone()];
        {
            let cache = self.cache();
            secrets.extend(cache.access.as_ref().map(|t| t.secret.clone()));
            secrets.extend(cache.refresh.as_ref().map(|t| t.secret.clone()));
        }
        secrets.extend(lock(&self.retired).iter().cloned());
        secrets
    }

    /// Keeps a token no longer used among the secrets scrubbed.
    fn retire(&self, secret: Secret) {
        let mut retired = lock(&self.retired);
        if retired.len() == RETIRED_KEPT {
            retired.pop_front();
        }
        retired.push_back(secret);
    }

    /// A new token request, run to the client's call deadline from now.
    fn launch(self: &Arc<Self>, http: &reqwest::Client, config: &Arc<Config>) -> Flight {
        let tokens = Arc::clone(self);
        let (http, config) = (http.clone(), Arc::clone(config));
        async move {
            let deadline = deadline_after(Instant::now(), config.deadline);
            let outcome = tokens.fetch(&http, &config, deadline).await;
            Landed {
                outcome,
                at: Instant::now(),
            }
        }
        .boxed()
        .shared()
    }

    /// Whether an ended flight's outcome is still the one to hand out: an
    /// error less than `hold` old. (A token is handed out from the cache
    /// while it is fresh; one that is not is renewed at once.)
    fn still_latest(landed: &Landed, hold: Duration) -> bool {
        landed.outcome.is_err() && landed.at.elapsed() < hold
    }

    /// The cached token if it has more than the renewal margin to live.
    fn fresh(&self, margin: Duration) -> Option<AccessToken> {
        let cache = self.cache();
        let token = cache.access.as_ref()?;
        let now = Instant::now();
        (token.expires.saturating_duration_since(now) > margin).then(|| token.clone())
    }

    fn invalidate(&self, generation: u64) {
        let refused = self
            .cache()
            .access
            .take_if(|token| token.generation == generation);
        if let Some(token) = refused {
            self.retire(token.secret);
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
                    if let Some(refresh) = self.cache().refresh.take() {
                        self.retire(refresh.secret);
                    }
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
    /// or reading), 408, 429 and 5xx through the client's attempt loop
    /// (asking for a token twice is harmless).
    async fn request(
        &self,
        http: &reqwest::Client,
        config: &Config,
        deadline: Instant,
        grant: Grant,
        body: &serde_json::Value,
    ) -> Result<AccessToken, TokenError> {
        let span = tracing::debug_span!(
            "fin_api.token",
            grant = grant.name(),
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        let plan = Plan {
            policy: config.retry,
            timeout: config.timeout,
            deadline,
            repeatable: true,
        };
        let mut request = TokenRequest {
            tokens: self,
            http,
            config,
            grant,
            body,
            started: Instant::now(),
        };
        plan.run(&mut request).instrument(span).await
    }

    /// The error for a token endpoint's error response (its text already
    /// scrubbed of every secret).
    fn refusal(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        bytes: &[u8],
        grant: Grant,
    ) -> TokenError {
        let secrets = self.secrets();
        let text = scrub_text(&String::from_utf8_lossy(bytes), &secrets).into_owned();
        let message = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| Some(cut(v.get("message")?.as_str()?, MESSAGE_LEN).into_owned()));
        if matches!(status.as_u16(), 400 | 401 | 403 | 422) {
            return TokenError::Refused { status, message };
        }
        let request_id = request_id(headers);
        TokenError::Other(match serde_json::from_str::<crate::ApiError>(&text) {
            Ok(mut body) => {
                body.message = message;
                body.errors = None;
                body.extra.clear();
                Error::Api {
                    status,
                    body: Box::new(body),
                    retry_after: crate::retry::retry_after(headers, Utc::now()),
                    request_id,
                }
            }
            Err(_) => Error::InvalidResponse {
                status: Some(status),
                reason: format!("the token endpoint ({}) failed", grant.name()),
                excerpt: excerpt(bytes, &secrets),
                request_id,
            },
        })
    }

    /// Reads a successful token response and caches its tokens.
    fn issue(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        bytes: &[u8],
        grant: Grant,
    ) -> Result<AccessToken, TokenError> {
        let received = Instant::now();
        let received_utc = Utc::now();
        // Never quote a successful token response: it holds the tokens.
        let invalid = |reason: &str| {
            TokenError::Other(Error::InvalidResponse {
                status: Some(status),
                reason: format!("token response ({}): {reason}", grant.name()),
                excerpt: String::new(),
                request_id: request_id(headers),
            })
        };
        let parsed: TokenResponse =
            serde_json::from_slice(bytes).map_err(|_| invalid("not the expected JSON object"))?;
        let access = parsed
            .access_token
            .filter(|t| !t.is_empty())
            .ok_or_else(|| invalid("no access_token"))?;
        let access = Secret::new(access);
        if bearer(&access).is_none() {
            // Never cached: the next flight asks again.
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
            Some(deadline_after(received, left))
        };
        let access_expires = expiry(parsed.access_token_ttl.as_ref()).unwrap_or_else(|| {
            tracing::warn!("token response has no readable access_token_ttl; assuming 5 minutes");
            received + ASSUMED_LIFETIME
        });
        let refresh = parsed
            .refresh_token
            .filter(|t| !t.is_empty())
            .map(|refresh| {
                (
                    Secret::new(refresh),
                    expiry(parsed.refresh_token_ttl.as_ref()),
                )
            });
        tracing::debug!(
            expires_in_s = access_expires.saturating_duration_since(received).as_secs(),
            "token issued"
        );
        Ok(self.store(access, access_expires, refresh, grant))
    }

    /// Caches a new access token (and refresh token, if one came with a
    /// readable lifetime); the tokens it replaces are retired.
    fn store(
        &self,
        access: Secret,
        expires: Instant,
        refresh: Option<(Secret, Option<Instant>)>,
        grant: Grant,
    ) -> AccessToken {
        let generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let token = AccessToken {
            secret: access,
            expires,
            generation,
        };
        let mut cache = self.cache();
        let old_access = cache.access.replace(token.clone());
        let old_refresh = match refresh {
            Some((secret, expires)) => std::mem::replace(
                &mut cache.refresh,
                expires.map(|expires| RefreshToken { secret, expires }),
            ),
            None if grant == Grant::ClientCredentials => cache.refresh.take(),
            None => None,
        };
        drop(cache);
        for old in [old_access.map(|t| t.secret), old_refresh.map(|t| t.secret)] {
            old.into_iter().for_each(|secret| self.retire(secret));
        }
        token
    }
}

/// One token request, as the attempt loop sends it.
struct TokenRequest<'a> {
    tokens: &'a Tokens,
    http: &'a reqwest::Client,
    config: &'a Config,
    grant: Grant,
    body: &'a serde_json::Value,
    started: Instant,
}

impl Attempt for TokenRequest<'_> {
    type Output = Result<AccessToken, TokenError>;

    async fn send(
        &mut self,
        attempt: u32,
        timeout: Duration,
    ) -> Result<reqwest::Result<reqwest::Response>, Self::Output> {
        tracing::Span::current().record("attempt", attempt);
        let url = match self.grant {
            Grant::ClientCredentials => &self.tokens.token_url,
            Grant::RefreshToken => &self.tokens.refresh_url,
        };
        Ok(self
            .http
            .post(url.as_str())
            .header(
                reqwest::header::USER_AGENT,
                self.config.user_agent_header.clone(),
            )
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(timeout)
            .json(self.body)
            .send()
            .await)
    }

    fn inspect(&mut self, response: &reqwest::Response) -> Verdict<Self::Output> {
        tracing::Span::current().record("status", response.status().as_u16());
        match response::check_origin(response, &self.config.origin) {
            Ok(()) => Verdict::Policy,
            Err(error) => Verdict::Done(Err(TokenError::Other(error))),
        }
    }

    async fn read(
        &mut self,
        mut response: reqwest::Response,
    ) -> Result<Self::Output, reqwest::Error> {
        let status = response.status();
        let excess = if status.is_success() {
            Excess::Fail
        } else {
            Excess::Truncate
        };
        let bytes = match response::read_body(&mut response, TOKEN_BODY_LIMIT, excess).await {
            Ok(bytes) => bytes,
            Err(BodyError::Transport(error)) => return Err(error),
            Err(BodyError::TooLarge { limit }) => {
                return Ok(Err(TokenError::Other(Error::ResponseTooLarge {
                    status: Some(status),
                    limit,
                })))
            }
        };
        let headers = response.headers();
        Ok(if status.is_success() {
            self.tokens.issue(status, headers, &bytes, self.grant)
        } else {
            Err(self.tokens.refusal(status, headers, &bytes, self.grant))
        })
    }

    fn failed(&mut self, error: reqwest::Error, attempts: u32) -> Self::Output {
        Err(TokenError::Other(if error.is_timeout() {
            Error::Timeout {
                elapsed: self.started.elapsed(),
                attempts,
            }
        } else {
            Error::Transport(TransportError::new("token request failed", error))
        }))
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
