//! The one attempt loop: every API call and every token request is sent,
//! timed, retried and waited on here, under the client's retry policy
//! ([`RetryPolicy::next_wait`]). What differs between the two (how a
//! request is sent, what a response means, how it is read) is the
//! [`Attempt`] each brings.

use std::time::Duration;

use reqwest::Response;
use tokio::time::Instant;

use crate::retry::{Failure, RetryPolicy};

/// How the attempts of one request are made.
pub(crate) struct Plan {
    /// When to retry and how long to wait in between.
    pub policy: RetryPolicy,
    /// Timeout of one attempt, cut to what is left of the deadline.
    pub timeout: Duration,
    /// When the last attempt must be over, waits included.
    pub deadline: Instant,
    /// Whether the request may be sent again under the policy (its method
    /// is idempotent and its body can be sent twice).
    pub repeatable: bool,
}

/// What the loop does with a response, as the [`Attempt`] decides.
pub(crate) enum Verdict<T> {
    /// This ends the loop.
    Done(T),
    /// Send the request again at once; not a retry of the policy's (a
    /// refused token was renewed).
    Again,
    /// Retry it if the policy says so, else read it.
    Policy,
}

/// One request, as the loop sends it.
pub(crate) trait Attempt {
    /// What the loop ends with.
    type Output;

    /// Sends the request once, attempt number `attempt`, with `timeout`.
    /// `Err` ends the loop before anything is sent (e.g. no token).
    async fn send(
        &mut self,
        attempt: u32,
        timeout: Duration,
    ) -> Result<reqwest::Result<Response>, Self::Output>;

    /// The first look at a response, before the policy's.
    fn inspect(&mut self, response: &Response) -> Verdict<Self::Output>;

    /// Reads a response that is not retried; a transport failure while
    /// reading goes back to the policy.
    async fn read(&mut self, response: Response) -> Result<Self::Output, reqwest::Error>;

    /// The loop's output when it ends on a transport failure, after
    /// `attempts` attempts.
    fn failed(&mut self, error: reqwest::Error, attempts: u32) -> Self::Output;
}

impl Plan {
    /// Sends `request` until an attempt ends the loop, the policy stops
    /// retrying, or the deadline leaves no time for another wait.
    pub(crate) async fn run<A: Attempt>(&self, request: &mut A) -> A::Output {
        let mut attempts: u32 = 0;
        let mut retries: u32 = 0;
        loop {
            attempts += 1;
            let started = Instant::now();
            let sent = match request.send(attempts, self.attempt_timeout()).await {
                Ok(sent) => sent,
                Err(output) => return output,
            };
            let elapsed_ms = started.elapsed().as_millis() as u64;
            let error = match sent {
                Ok(response) => {
                    let status = response.status();
                    tracing::debug!(
                        attempt = attempts,
                        status = status.as_u16(),
                        elapsed_ms,
                        "attempt"
                    );
                    match request.inspect(&response) {
                        Verdict::Done(output) => return output,
                        Verdict::Again => continue,
                        Verdict::Policy => {}
                    }
                    let failure = Failure::Status(status, response.headers());
                    if let Some(wait) = self.next_wait(retries, failure) {
                        drop(response);
                        retries += 1;
                        pause(wait).await;
                        continue;
                    }
                    match request.read(response).await {
                        Ok(output) => return output,
                        Err(error) => error,
                    }
                }
                Err(error) => error,
            };
            tracing::debug!(
                attempt = attempts,
                elapsed_ms,
                timeout = error.is_timeout(),
                connect = error.is_connect(),
                "attempt failed"
            );
            if let Some(wait) = self.next_wait(retries, Failure::Transport(&error)) {
                retries += 1;
                pause(wait).await;
                continue;
            }
            return request.failed(error, attempts);
        }
    }

    /// The timeout of the next attempt: the per-attempt one, cut to what
    /// is left of the deadline (at least 1 ms: zero would mean none).
    fn attempt_timeout(&self) -> Duration {
        let remaining = self.deadline.saturating_duration_since(Instant::now());
        self.timeout.min(remaining).max(Duration::from_millis(1))
    }

    fn next_wait(&self, retries: u32, failure: Failure<'_>) -> Option<Duration> {
        if !self.repeatable {
            return None;
        }
        self.policy.next_wait(retries, failure, self.deadline)
    }
}

/// The wait between two attempts.
async fn pause(wait: Duration) {
    tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying");
    tokio::time::sleep(wait).await;
}
