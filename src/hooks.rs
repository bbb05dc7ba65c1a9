//! progenitor's extension points: every generated call passes through these
//! hooks. `pre` tidies the request; `exec` authenticates it, sends it,
//! retries it where that is safe, and records what
//! [`Client::execute`](crate::Client) needs to build the crate's error.

use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderName, AUTHORIZATION, USER_AGENT};
use reqwest::StatusCode;
use tokio::time::Instant;

use crate::context::{self, CallContext};
use crate::error::request_id;
use crate::generated::Client as RawClient;
use crate::response::{self, BodyError, Excess, ERROR_BODY_LIMIT};
use crate::retry::{self, Failure};
use crate::runtime::{Runtime, TokenSource};
use crate::secret::{bearer, scrub};
use crate::Error;

/// progenitor's `api-version` header, named once: removing it by `&str`
/// parsed the name again on every call.
const API_VERSION: HeaderName = HeaderName::from_static("api-version");

impl ClientHooks<Runtime> for RawClient {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let config = &self.inner().config;
        let headers = request.headers_mut();
        // progenitor sends the spec's `info.version` as `api-version`; the
        // Fin.com API does not read it, so it is noise on every call.
        headers.remove(&API_VERSION);
        // Set per request so that a caller's own `http_client` sends it too.
        headers.insert(USER_AGENT, config.user_agent_header.clone());
        // The timeout is set per attempt in `exec` (the client's or the
        // call's, cut to the deadline).
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let runtime = self.inner();
        let context = context::current().unwrap_or_else(|| {
            CallContext::new(
                context::deadline_after(Instant::now(), runtime.config.deadline),
                None,
            )
        });
        Attempts {
            client: self,
            runtime,
            context: &context,
            operation: info.operation_id,
        }
        .run(request)
        .await
    }
}

/// The attempt loop of one call.
struct Attempts<'a> {
    client: &'a RawClient,
    runtime: &'a Runtime,
    context: &'a CallContext,
    operation: &'static str,
}

impl Attempts<'_> {
    async fn run(self, mut request: reqwest::Request) -> reqwest::Result<reqwest::Response> {
        let config = &self.runtime.config;
        let deadline = self.context.deadline;
        let options = self.context.options.as_deref();
        let mut retry = config.retry;
        let mut attempt_timeout = config.timeout;
        if let Some(options) = options {
            retry.max_retries = options.max_retries.unwrap_or(retry.max_retries);
            attempt_timeout = options.timeout.unwrap_or(attempt_timeout);
            for (name, value) in &options.headers {
                if name != AUTHORIZATION && name != USER_AGENT {
                    request.headers_mut().insert(name.clone(), value.clone());
                }
            }
        }
        let method = request.method().clone();
        let idempotent = retry::is_idempotent(&method);
        tracing::Span::current().record("method", method.as_str());
        self.context.state().method = Some(method.clone());

        let mut template = Some(request);
        let mut attempt: u32 = 0;
        let mut retries: u32 = 0;
        let mut renewed_after_401 = false;
        loop {
            // Keep the original to send again; a request whose body cannot
            // be cloned (a stream) is sent once.
            let cloned = template.as_ref().and_then(reqwest::Request::try_clone);
            let (mut request, repeatable) = match cloned {
                Some(request) => (request, true),
                None => match template.take() {
                    Some(request) => (request, false),
                    None => return self.fail(Error::InvalidRequest("request already sent".into())),
                },
            };
            attempt += 1;
            self.context.state().attempts = attempt;

            let generation = match self.authorize(&mut request).await {
                Ok(generation) => generation,
                Err(error) => return self.fail(error),
            };
            let remaining = deadline.saturating_duration_since(Instant::now());
            let timeout = attempt_timeout.min(remaining).max(Duration::from_millis(1));
            *request.timeout_mut() = Some(timeout);
            if !idempotent {
                self.context.state().sent_unsafe = true;
            }

            let started = Instant::now();
            let result = self.client.client().execute(request).await;
            let elapsed_ms = started.elapsed().as_millis() as u64;
            let error = match result {
                Ok(response) => {
                    let status = response.status();
                    tracing::debug!(
                        operation = self.operation,
                        attempt,
                        status = status.as_u16(),
                        elapsed_ms,
                        "attempt"
                    );
                    if let Err(error) = response::check_origin(&response, &config.origin) {
                        return self.fail(error);
                    }
                    if status == StatusCode::UNAUTHORIZED && repeatable && !renewed_after_401 {
                        if let (Some(TokenSource::Provider(provider)), Some(generation)) =
                            (&self.runtime.tokens, generation)
                        {
                            // The server refused the token before doing
                            // anything with the request: renew it and send
                            // the request once more, whatever its method.
                            tracing::debug!("access token refused (401); renewing it once");
                            provider.invalidate(generation);
                            renewed_after_401 = true;
                            continue;
                        }
                    }
                    if idempotent && repeatable {
                        let failure = Failure::Status(status, response.headers());
                        if let Some(wait) = retry.next_wait(retries, failure, deadline) {
                            retries += 1;
                            drop(response);
                            tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying");
                            tokio::time::sleep(wait).await;
                            continue;
                        }
                    }
                    match self.read(response).await {
                        Ok(response) => {
                            let mut state = self.context.state();
                            state.status = Some(status);
                            state.request_id = request_id(response.headers());
                            return Ok(response);
                        }
                        Err(BodyError::TooLarge { limit }) => {
                            return self.fail(Error::ResponseTooLarge {
                                status: Some(status),
                                limit,
                            })
                        }
                        Err(BodyError::Transport(error)) => error,
                    }
                }
                Err(error) => error,
            };
            tracing::debug!(
                operation = self.operation,
                attempt,
                elapsed_ms,
                timeout = error.is_timeout(),
                connect = error.is_connect(),
                "attempt failed"
            );
            if idempotent && repeatable {
                let failure = Failure::Transport(&error);
                if let Some(wait) = retry.next_wait(retries, failure, deadline) {
                    retries += 1;
                    tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying");
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            return Err(error);
        }
    }

    /// Reads the final response's body, inside the attempt's timeout (the
    /// request's timeout covers the body): up to `max_response_bytes` for
    /// a success; an error body up to [`ERROR_BODY_LIMIT`] (the rest is
    /// dropped), scrubbed of every secret the client knows before anything
    /// quotes it.
    async fn read(&self, mut response: reqwest::Response) -> Result<reqwest::Response, BodyError> {
        let body = if response.status().is_success() {
            let limit = self.runtime.config.max_response_bytes;
            response::read_body(&mut response, limit, Excess::Fail).await?
        } else {
            let body =
                response::read_body(&mut response, ERROR_BODY_LIMIT, Excess::Truncate).await?;
            scrub(&body, &self.runtime.secrets()).into()
        };
        Ok(response::with_body(response, body))
    }

    /// Adds the bearer token; returns the generation of a provider's token
    /// (so a 401 can invalidate exactly that one).
    async fn authorize(&self, request: &mut reqwest::Request) -> Result<Option<u64>, Error> {
        let (value, generation) = match &self.runtime.tokens {
            None => return Ok(None),
            Some(TokenSource::Fixed(value)) => (value.clone(), None),
            Some(TokenSource::Provider(provider)) => {
                let token = provider
                    .token(self.client.client(), &self.runtime.config)
                    .await?;
                (bearer(&token.secret), Some(token.generation))
            }
        };
        // Only a fixed token can get here invalid: the provider checks
        // the tokens it is issued.
        let value = value
            .ok_or_else(|| Error::Config("the access token is not a valid header value".into()))?;
        request.headers_mut().insert(AUTHORIZATION, value);
        Ok(generation)
    }

    /// Stores `error` for `execute` and returns a placeholder `reqwest`
    /// error (the only error type `exec` can return).
    fn fail(&self, error: Error) -> reqwest::Result<reqwest::Response> {
        self.context.state().error = Some(error);
        let mut placeholder = http::Response::new(Vec::<u8>::new());
        *placeholder.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        // Always an `Err` (status 500); were it not, the status is not one
        // the spec lists and `execute` still prefers the stored error.
        reqwest::Response::from(placeholder).error_for_status()
    }
}

/// The spec has no POST or PATCH operation yet, so these tests send one
/// through the same hooks and `execute`, the way generated code does.
#[cfg(test)]
mod tests {
    use std::time::Duration;

    use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
    use reqwest::Method;

    use crate::loopback::{Reply, Server};
    use crate::{Client, Error};

    const TOKEN: &str = "fixed-SECRETMARK";

    /// What a generated method does, for a request with a JSON body.
    async fn send(
        client: &Client,
        method: Method,
        path: &str,
    ) -> Result<ResponseValue<serde_json::Value>, Error> {
        let raw = client.raw();
        let url = format!("{}{path}", raw.baseurl());
        client
            .execute("test_operation", async move {
                let mut request = raw
                    .client()
                    .request(method, url)
                    .json(&serde_json::json!({"amount": 100}))
                    .build()?;
                let info = OperationInfo {
                    operation_id: "test_operation",
                };
                raw.pre(&mut request, &info).await?;
                let result = raw.exec(request, &info).await;
                raw.post(&result, &info).await?;
                let response = result?;
                match response.status().as_u16() {
                    200 => ResponseValue::from_response(response).await,
                    _ => Err(progenitor_client::Error::UnexpectedResponse(response)),
                }
            })
            .await
    }

    fn client(server: &Server) -> Client {
        Client::builder()
            .base_url(server.url())
            .access_token(TOKEN)
            .timeout(Duration::from_millis(300))
            .build()
            .unwrap()
    }

    fn busy() -> Reply {
        Reply::json(503, serde_json::json!({"message": "busy"}))
    }

    fn assert_clean(error: &Error) {
        let text = format!("{error:?} {error}");
        assert!(!text.contains("SECRETMARK"), "{text}");
    }

    #[tokio::test]
    async fn post_and_patch_are_not_retried() {
        for method in [Method::POST, Method::PATCH] {
            let server = Server::start(|_, _| busy()).await;
            let error = send(&client(&server), method.clone(), "/v1/payments")
                .await
                .unwrap_err();
            assert_eq!(server.count("/v1/payments"), 1, "{method}");
            assert_eq!(
                error.status(),
                Some(reqwest::StatusCode::SERVICE_UNAVAILABLE)
            );
            assert_clean(&error);
        }
    }

    #[tokio::test]
    async fn put_and_delete_are_retried() {
        for method in [Method::PUT, Method::DELETE] {
            let server = Server::start(|_, n| match n {
                1 => busy(),
                _ => Reply::json(200, serde_json::json!({"ok": true})),
            })
            .await;
            send(&client(&server), method.clone(), "/v1/things/1")
                .await
                .unwrap();
            assert_eq!(server.count("/v1/things/1"), 2, "{method}");
        }
    }

    #[tokio::test]
    async fn unanswered_post_is_outcome_unknown() {
        // Stalled (attempt timeout), then closed after reading the request.
        for reply in [Reply::Stall, Reply::Close] {
            let server = Server::start(move |_, _| reply.clone()).await;
            let error = send(&client(&server), Method::POST, "/v1/payments")
                .await
                .unwrap_err();
            assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
            assert!(!error.is_retryable());
            assert_eq!(server.count("/v1/payments"), 1);
            assert!(error.to_string().contains("may have been applied"));
            assert_clean(&error);
        }
    }

    #[tokio::test]
    async fn post_past_the_deadline_is_outcome_unknown() {
        let server = Server::start(|_, _| Reply::Stall).await;
        let client = Client::builder()
            .base_url(server.url())
            .access_token(TOKEN)
            .deadline(Duration::from_millis(300))
            .build()
            .unwrap();
        let error = send(&client, Method::POST, "/v1/payments")
            .await
            .unwrap_err();
        assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    }

    #[tokio::test]
    async fn huge_deadline_and_timeout_do_not_overflow() {
        let server = Server::start(|_, _| Reply::json(200, serde_json::json!({"ok": true}))).await;
        let client = Client::builder()
            .base_url(server.url())
            .access_token(TOKEN)
            .deadline(Duration::MAX)
            .timeout(Duration::MAX)
            .build()
            .unwrap();
        send(&client, Method::PUT, "/v1/things/1").await.unwrap();
    }

    #[tokio::test]
    async fn post_never_sent_is_a_transport_error() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let client = Client::builder()
            .base_url(format!("http://127.0.0.1:{port}"))
            .access_token(TOKEN)
            .build()
            .unwrap();
        let error = send(&client, Method::POST, "/v1/payments")
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
        assert!(std::error::Error::source(&error).is_some(), "{error:?}");
    }

    #[tokio::test]
    async fn post_gets_one_retry_after_401_with_a_new_token() {
        let server = Server::start(|request, n| match request.path.as_str() {
            "/v1/oauth/token" => Reply::json(
                200,
                serde_json::json!({
                    "access_token": format!("access-{n}-SECRETMARK"),
                    "access_token_ttl": "2030-01-01 00:00:00+00",
                    "current_time": "2029-12-31 00:00:00+00",
                }),
            ),
            _ if request.header("authorization") == Some("Bearer access-2-SECRETMARK") => {
                Reply::json(200, serde_json::json!({"ok": true}))
            }
            _ => Reply::json(401, serde_json::json!({"message": "Unauthenticated."})),
        })
        .await;
        let client = Client::builder()
            .base_url(server.url())
            .credentials("id", "cs-SECRETMARK")
            .build()
            .unwrap();
        send(&client, Method::POST, "/v1/payments").await.unwrap();
        assert_eq!(server.count("/v1/payments"), 2);
        assert_eq!(server.count("/v1/oauth/token"), 2);
    }
}
