//! Downloading docs pages: timeouts, retries, bounded parallelism, progress.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::error::Error;

/// Docs pages are small; a stalled server must not hang CI for long.
const TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const ATTEMPTS: u32 = 3;
/// Enough to go faster than one at a time, few enough not to hammer the site.
pub const WORKERS: usize = 4;
/// No docs page comes near this; a bigger body means a wrong URL.
const MAX_BODY: u64 = 16 * 1024 * 1024;

pub struct Fetcher {
    agent: ureq::Agent,
    first_backoff: Duration,
}

impl Fetcher {
    pub fn new() -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .timeout_connect(Some(CONNECT_TIMEOUT))
            // Statuses are ours to judge (retry 5xx, report 404 at once).
            .http_status_as_error(false)
            .user_agent(concat!("fin-api-xtask/", env!("CARGO_PKG_VERSION")))
            .build();
        // Tests inject failures; they need not wait out production backoff.
        let first_backoff = std::env::var("FIN_SYNC_BACKOFF_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(Duration::from_millis(500));
        Fetcher {
            agent: config.into(),
            first_backoff,
        }
    }

    /// GETs `url` as text. `what` names the thing fetched in errors
    /// (`page api-reference/…`, `llms.txt`). Retries connection failures,
    /// timeouts, 429 and 5xx; other statuses fail at once.
    pub fn get(&self, what: &str, url: &str) -> Result<String, Error> {
        let mut attempt = 1;
        loop {
            let result = self.try_get(what, url);
            let retry = match &result {
                Err(Error::Network { .. }) => true,
                Err(Error::Status { status, .. }) => *status == 429 || *status >= 500,
                _ => false,
            };
            if !retry || attempt >= ATTEMPTS {
                return result.map_err(|e| match e {
                    Error::Network { what, url, message } if attempt > 1 => Error::Network {
                        what,
                        url,
                        message: format!("{message} (after {attempt} attempts)"),
                    },
                    other => other,
                });
            }
            std::thread::sleep(self.first_backoff * 2u32.pow(attempt - 1));
            attempt += 1;
        }
    }

    fn try_get(&self, what: &str, url: &str) -> Result<String, Error> {
        let network = |message: String| Error::Network {
            what: what.to_owned(),
            url: url.to_owned(),
            message,
        };
        let mut response = self
            .agent
            .get(url)
            .call()
            .map_err(|e| network(e.to_string()))?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(Error::Status {
                what: what.to_owned(),
                url: url.to_owned(),
                status,
            });
        }
        response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_string()
            .map_err(|e| network(format!("reading the body: {e}")))
    }
}

/// Runs `job` over `items` on at most `workers` threads; results keep the
/// order of `items` so output does not depend on timing.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    job: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(index) else { break };
                let result = job(item);
                if let Ok(mut slots) = results.lock() {
                    slots[index] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

/// One line per finished page on stderr; on a terminal a single line with
/// a bar that redraws in place instead.
pub struct Progress {
    total: usize,
    done: Mutex<usize>,
    terminal: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            total,
            done: Mutex::new(0),
            terminal: std::io::stderr().is_terminal(),
        }
    }

    pub fn finished(&self, page: &str, outcome: &str) {
        let Ok(mut done) = self.done.lock() else {
            return;
        };
        *done += 1;
        let width = self.total.to_string().len();
        let mut err = std::io::stderr().lock();
        if self.terminal {
            const BAR: usize = 24;
            let filled = BAR * *done / self.total.max(1);
            let _ = write!(
                err,
                "\r\x1b[2K[{}{}] {:>width$}/{} {page} {outcome}",
                "#".repeat(filled),
                "-".repeat(BAR - filled),
                *done,
                self.total
            );
            if *done == self.total {
                let _ = writeln!(err);
            }
        } else {
            let _ = writeln!(err, "[{:>width$}/{}] {page}: {outcome}", *done, self.total);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_map_keeps_input_order() {
        let items: Vec<u64> = (0..50).collect();
        let out = parallel_map(&items, 4, |&n| {
            std::thread::sleep(Duration::from_millis((50 - n) % 7));
            n * 2
        });
        assert_eq!(out, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        assert!(parallel_map(&[] as &[u8], 4, |_| 0).is_empty());
    }
}
