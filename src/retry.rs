//! Retry policy: which calls may be repeated, after which failures, and how
//! long to wait in between (exponential backoff with jitter, `Retry-After`).
//! One policy, [`RetryPolicy::next_wait`], decides for API calls and token
//! requests alike.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use tokio::time::Instant;

/// How many times to retry, and how long to wait in between.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Waits between attempts.
    pub backoff: Backoff,
}

/// How an attempt failed, as far as retrying is concerned.
#[derive(Clone, Copy)]
pub(crate) enum Failure<'a> {
    /// The server answered with this status and these headers.
    Status(StatusCode, &'a HeaderMap),
    /// The request or the reading of its response failed.
    Transport(&'a reqwest::Error),
}

impl RetryPolicy {
    /// The wait before another attempt, after `retries` retries already
    /// made and an attempt that ended with `failure`; `None` when the
    /// failure is final, the retries are used up, or the wait would end
    /// past `deadline`. The caller decides whether the request may be
    /// repeated at all (its method, its body).
    pub(crate) fn next_wait(
        &self,
        retries: u32,
        failure: Failure<'_>,
        deadline: Instant,
    ) -> Option<Duration> {
        let retryable = match failure {
            Failure::Status(status, _) => is_retryable_status(status),
            Failure::Transport(error) => is_retryable_error(error),
        };
        // Checked first: this runs on every response, most of them final.
        if !retryable || retries >= self.max_retries {
            return None;
        }
        let backoff = self.backoff.delay(retries + 1);
        let wait = match failure {
            Failure::Status(_, headers) => {
                match self.backoff.retry_after(headers, chrono::Utc::now()) {
                    // A server asking for no wait (0, a past date) still
                    // gets the backoff: it cannot make us hammer it.
                    RetryAfter::Wait(wait) => wait.max(backoff),
                    RetryAfter::Absent => backoff,
                    RetryAfter::TooLong => return None,
                }
            }
            Failure::Transport(_) => backoff,
        };
        (Instant::now() + wait < deadline).then_some(wait)
    }
}

/// How long to wait between attempts.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Backoff {
    /// Wait before the first retry (before jitter).
    pub initial: Duration,
    /// Longest computed wait (before jitter).
    pub max: Duration,
    /// Longest `Retry-After` honoured; a server asking for more is not
    /// retried but answered as it is.
    pub retry_after_cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            initial: Duration::from_millis(250),
            max: Duration::from_secs(8),
            retry_after_cap: Duration::from_secs(60),
        }
    }
}

/// Whether repeating `method` cannot apply the request twice: GET, HEAD,
/// PUT, DELETE (and OPTIONS, TRACE). POST and PATCH are never retried
/// automatically.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

/// Whether a response with this status is worth another attempt: 408,
/// 429 and every 5xx.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT
        || status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error()
}

/// Whether a transport failure is worth another attempt: connection
/// errors, timeouts, and failures while sending or receiving. (reqwest
/// reports a body cut mid-way as a "decode" error; the client decodes no
/// body through reqwest, so every such error is one of reading.)
pub(crate) fn is_retryable_error(error: &reqwest::Error) -> bool {
    error.is_connect()
        || error.is_timeout()
        || error.is_request()
        || error.is_body()
        || error.is_decode()
}

impl Backoff {
    /// The wait before retry number `retry` (1-based): `initial · 2^(retry-1)`,
    /// at most `max`, with "equal jitter" (a random point in its upper half)
    /// so that many clients do not retry in lockstep.
    pub(crate) fn delay(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(16);
        let full = self
            .initial
            .saturating_mul(1u32 << exponent)
            .min(self.max)
            .as_millis() as u64;
        let half = full / 2;
        Duration::from_millis(half + fastrand::u64(0..=full - half))
    }

    /// What a response's `Retry-After` says, against the cap.
    pub(crate) fn retry_after(
        &self,
        headers: &HeaderMap,
        now: chrono::DateTime<chrono::Utc>,
    ) -> RetryAfter {
        match retry_after(headers, now) {
            None => RetryAfter::Absent,
            Some(wait) if wait > self.retry_after_cap => RetryAfter::TooLong,
            Some(wait) => RetryAfter::Wait(wait),
        }
    }
}

/// The wait a `Retry-After` header asks for: delta-seconds or an HTTP
/// date (a past one is no wait). `None` when absent or unparseable.
pub(crate) fn retry_after(
    headers: &HeaderMap,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    Some(
        (date.with_timezone(&chrono::Utc) - now)
            .to_std()
            .unwrap_or(Duration::ZERO),
    )
}

/// What a response's `Retry-After` header says.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    /// No (usable) header: use the backoff.
    Absent,
    /// Wait this long.
    Wait(Duration),
    /// Longer than we are willing to wait: do not retry.
    TooLong,
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    fn headers(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn methods() {
        for m in [Method::GET, Method::PUT, Method::DELETE, Method::HEAD] {
            assert!(is_idempotent(&m), "{m}");
        }
        for m in [Method::POST, Method::PATCH] {
            assert!(!is_idempotent(&m), "{m}");
        }
    }

    #[test]
    fn statuses() {
        for s in [408, 429, 500, 502, 503, 504, 599] {
            assert!(is_retryable_status(StatusCode::from_u16(s).unwrap()), "{s}");
        }
        for s in [200, 400, 401, 403, 404, 409, 422] {
            assert!(
                !is_retryable_status(StatusCode::from_u16(s).unwrap()),
                "{s}"
            );
        }
    }

    #[test]
    fn backoff_grows_with_jitter_and_cap() {
        let b = Backoff::default();
        for _ in 0..100 {
            let d1 = b.delay(1);
            assert!(d1 >= Duration::from_millis(125) && d1 <= Duration::from_millis(250));
            let d3 = b.delay(3);
            assert!(d3 >= Duration::from_millis(500) && d3 <= Duration::from_millis(1000));
            let d20 = b.delay(20);
            assert!(d20 >= Duration::from_secs(4) && d20 <= Duration::from_secs(8));
        }
        assert!(b.delay(u32::MAX) <= b.max);
    }

    #[test]
    fn next_wait_decides_for_every_caller() {
        let policy = RetryPolicy {
            max_retries: 2,
            backoff: Backoff::default(),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        let busy = |value: &str| {
            let h = headers(value);
            policy.next_wait(
                0,
                Failure::Status(StatusCode::SERVICE_UNAVAILABLE, &h),
                deadline,
            )
        };
        // `Retry-After: 0` still waits the backoff (at least half of 250 ms).
        assert!(busy("0").unwrap() >= Duration::from_millis(125));
        assert_eq!(busy("2"), Some(Duration::from_secs(2)));
        assert_eq!(busy("3600"), None);
        let none = HeaderMap::new();
        assert_eq!(
            policy.next_wait(0, Failure::Status(StatusCode::OK, &none), deadline),
            None
        );
        assert_eq!(
            policy.next_wait(2, Failure::Status(StatusCode::BAD_GATEWAY, &none), deadline),
            None
        );
        let soon = Instant::now() + Duration::from_millis(10);
        assert_eq!(
            policy.next_wait(0, Failure::Status(StatusCode::BAD_GATEWAY, &none), soon),
            None
        );
    }

    #[test]
    fn retry_after_forms() {
        let b = Backoff::default();
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(
            b.retry_after(&headers("1"), now),
            RetryAfter::Wait(Duration::from_secs(1))
        );
        assert_eq!(
            b.retry_after(&headers("Wed, 21 Oct 2015 07:28:05 GMT"), now),
            RetryAfter::Wait(Duration::from_secs(5))
        );
        // A date in the past means "now".
        assert_eq!(
            b.retry_after(&headers("Wed, 21 Oct 2015 07:00:00 GMT"), now),
            RetryAfter::Wait(Duration::ZERO)
        );
        assert_eq!(b.retry_after(&headers("3600"), now), RetryAfter::TooLong);
        assert_eq!(b.retry_after(&headers("soon"), now), RetryAfter::Absent);
        assert_eq!(b.retry_after(&HeaderMap::new(), now), RetryAfter::Absent);
    }
}
