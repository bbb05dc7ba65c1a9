//! progenitor's extension points: every generated call passes through these
//! hooks. `pre` tidies the request; `exec` runs it through the attempt
//! loop ([`crate::attempt`]) as a [`Call`]: authenticated per attempt,
//! retried where that is safe, and what [`Client::execute`](crate::Client)
//! needs to build the crate's error recorded.

use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderName, AUTHORIZATION, USER_AGENT};
use reqwest::StatusCode;
use tokio::time::Instant;

use crate::attempt::{Attempt, Plan, Verdict};
use crate::context::{self, CallContext};
use crate::error::request_id;
use crate::generated::Client as RawClient;
use crate::options::CallOptions;
use crate::response::{self, BodyError, Excess, ERROR_BODY_LIMIT};
use crate::retry;
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
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let runtime = self.inner();
        let config = &runtime.config;
        let context = context::current().unwrap_or_else(|| {
            CallContext::new(
                context::deadline_after(Instant::now(), config.deadline),
                None,
            )
        });
        let mut call = Call::new(self, &context, request);
        let options = context.options.as_deref();
        if let Some(Err(error)) = options.map(CallOptions::check) {
            return call.fail(error);
        }
        let mut policy = config.retry;
        if let Some(retries) = options.and_then(|o| o.max_retries) {
            policy.max_retries = retries;
        }
        let plan = Plan {
            policy,
            timeout: options.and_then(|o| o.timeout).unwrap_or(config.timeout),
            deadline: context.deadline,
            repeatable: call.idempotent && call.cloneable,
        };
        plan.run(&mut call).await
    }
}

/// One API call, as the attempt loop sends it.
struct Call<'a> {
    client: &'a RawClient,
    runtime: &'a Runtime,
    context: &'a CallContext,
    /// The request as built, kept to send again; taken by the one attempt
    /// of a request whose body cannot be cloned (a stream).
    template: Option<reqwest::Request>,
    cloneable: bool,
    idempotent: bool,
    /// The generation of the provider's token the last attempt carried.
    generation: Option<u64>,
    /// Whether the token was already renewed after a 401.
    renewed: bool,
}

impl<'a> Call<'a> {
    fn new(client: &'a RawClient, context: &'a CallContext, mut request: reqwest::Request) -> Self {
        if let Some(options) = context.options.as_deref() {
            // Only headers `CallOptions` accepts are here; the call fails
            // before sending if any was refused.
            for (name, value) in &options.headers {
                request.headers_mut().insert(name.clone(), value.clone());
            }
        }
        let method = request.method().clone();
        tracing::Span::current().record("method", method.as_str());
        let idempotent = retry::is_idempotent(&method);
        context.state().method = Some(method);
        Call {
            client,
            runtime: client.inner(),
            context,
            // `try_clone` fails only for a streamed body.
            cloneable: request.body().is_none_or(|body| body.as_bytes().is_some()),
            template: Some(request),
            idempotent,
            generation: None,
            renewed: false,
        }
    }

    /// The request to send: a copy of the template, or the template itself
    /// when it cannot be copied.
    fn next_request(&mut self) -> Option<reqwest::Request> {
        match self.template.as_ref().and_then(reqwest::Request::try_clone) {
            Some(request) => Some(request),
            None => self.template.take(),
        }
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

impl Attempt for Call<'_> {
    type Output = reqwest::Result<reqwest::Response>;

    async fn send(
        &mut self,
        attempt: u32,
        timeout: Duration,
    ) -> Result<reqwest::Result<reqwest::Response>, Self::Output> {
        self.context.state().attempts = attempt;
        let Some(mut request) = self.next_request() else {
            return Err(self.fail(Error::InvalidRequest("request already sent".into())));
        };
        self.generation = self
            .authorize(&mut request)
            .await
            .map_err(|error| self.fail(error))?;
        *request.timeout_mut() = Some(timeout);
        if !self.idempotent {
            self.context.state().sent_unsafe = true;
        }
        Ok(self.client.client().execute(request).await)
    }

    fn inspect(&mut self, response: &reqwest::Response) -> Verdict<Self::Output> {
        if let Err(error) = response::check_origin(response, &self.runtime.config.origin) {
            return Verdict::Done(self.fail(error));
        }
        if response.status() == StatusCode::UNAUTHORIZED && self.cloneable && !self.renewed {
            if let (Some(TokenSource::Provider(provider)), Some(generation)) =
                (&self.runtime.tokens, self.generation)
            {
                // The server refused the token before doing anything with
                // the request: renew it and send the request once more,
                // whatever its method.
                tracing::debug!("access token refused (401); renewing it once");
                provider.invalidate(generation);
                self.renewed = true;
                return Verdict::Again;
            }
        }
        Verdict::Policy
    }

    /// Reads the final response's body, inside the attempt's timeout (the
    /// request's timeout covers the body): up to `max_response_bytes` for
    /// a success; an error body up to [`ERROR_BODY_LIMIT`] (the rest is
    /// dropped), scrubbed of every secret the client knows before anything
    /// quotes it.
    async fn read(
        &mut self,
        mut response: reqwest::Response,
    ) -> Result<Self::Output, reqwest::Error> {
        let status = response.status();
        let body = if status.is_success() {
            let limit = self.runtime.config.max_response_bytes;
            response::read_body(&mut response, limit, Excess::Fail).await
        } else {
            response::read_body(&mut response, ERROR_BODY_LIMIT, Excess::Truncate)
                .await
                .map(|body| scrub(&body, &self.runtime.secrets()).into())
        };
        match body {
            Ok(body) => {
                let mut state = self.context.state();
                state.status = Some(status);
                state.request_id = request_id(response.headers());
                Ok(Ok(response::with_body(response, body)))
            }
            Err(BodyError::TooLarge { limit }) => Ok(self.fail(Error::ResponseTooLarge {
                status: Some(status),
                limit,
            })),
            Err(BodyError::Transport(error)) => Err(error),
        }
    }

    fn failed(&mut self, error: reqwest::Error, _attempts: u32) -> Self::Output {
        Err(error)
    }
}

/// The spec has no POST or PATCH operation yet, so these tests send one
/// through the same hooks and `execute`, the way generated code does.
#[cfg(test)]
mod tests {
    use std::time::Duration;

    use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
    use reqwest::Method;

    use crate::auth::TOKEN_PATH;
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
            TOKEN_PATH => Reply::json(
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
        assert_eq!(server.count(TOKEN_PATH), 2);
    }
}
