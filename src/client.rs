//! The client: configuration (builder, environment variables) and the
//! runtime every generated call goes through.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use progenitor_client::ResponseValue;
use tracing::Instrument;

use crate::auth::TokenProvider;
use crate::config::{normalised_host, Auth, Config, Origin};
use crate::context::{self, CallContext};
use crate::generated;
use crate::options::CallOptions;
use crate::retry::{Backoff, RetryPolicy};
use crate::runtime::TokenSource;
use crate::secret::{bearer, Secret};
use crate::ApiError;
use crate::Error;

pub use crate::runtime::Runtime;

/// Which Fin.com deployment to talk to. Base URLs come from the spec's
/// `servers` list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// The sandbox (the default): test data, no real money.
    #[default]
    Sandbox,
    /// Production.
    Production,
}

impl Environment {
    /// The base URL of this environment, as the spec's `servers` give it.
    pub fn base_url(self) -> &'static str {
        let servers = generated::SERVERS.iter();
        let found = match self {
            Environment::Sandbox => servers.clone().find(|u| u.contains("sandbox")),
            Environment::Production => servers.clone().find(|u| !u.contains("sandbox")),
        };
        found.copied().unwrap_or(match self {
            Environment::Sandbox => "https://sandbox.api.fin.com",
            Environment::Production => "https://api.fin.com",
        })
    }
}

impl std::str::FromStr for Environment {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sandbox" => Ok(Environment::Sandbox),
            "production" => Ok(Environment::Production),
            other => Err(Error::Config(format!(
                "unknown environment `{other}`: expected `sandbox` or `production`"
            ))),
        }
    }
}

/// A Fin.com API client. Cheap to clone; clones share connections and tokens.
///
/// One `async` method per API operation (e.g.
/// [`get_customer_details_v2`](Client::get_customer_details_v2)), generated
/// from the spec.
#[derive(Clone, Debug)]
pub struct Client {
    raw: generated::Client,
    /// The options of a [`with_options`](Client::with_options) view.
    options: Option<Arc<CallOptions>>,
}

/// Builds a [`Client`]; see [`Client::builder`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    environment: Environment,
    base_url: Option<String>,
    auth: Option<Auth>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    deadline: Option<Duration>,
    max_retries: Option<u32>,
    max_response_bytes: Option<u64>,
    user_agent_suffix: Option<String>,
    http_client: Option<reqwest::Client>,
    root_certificates: Vec<reqwest::Certificate>,
}

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default overall deadline of one call, retries and waits included.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(90);
/// Default number of retries after the first attempt.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// Default largest response body read: 16 MiB, far more than any Fin.com
/// response (a full page of a list is tens of KiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

impl ClientBuilder {
    /// The environment whose base URL to use (default: sandbox).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// A base URL that overrides the environment's. Must be `https://`,
    /// except on loopback hosts (for mocks and tests), and have no user
    /// name, password, query or fragment. Surrounding whitespace is ignored.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Client credentials, exchanged for access tokens as needed.
    pub fn credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.auth = Some(Auth::Credentials {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret.into()),
        });
        self
    }

    /// A fixed bearer token, used as is and never refreshed.
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.auth = Some(Auth::Token(Secret::new(token.into())));
        self
    }

    /// Timeout of one attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout for establishing a connection (default 10 s). Not applied to
    /// a client given through [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Overall deadline of one call, retries and waits included (default 90 s).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// How many times a failed idempotent call is retried (default 2).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// Largest response body read (default 16 MiB); a longer one fails
    /// the call with [`Error::ResponseTooLarge`]. Error bodies are read up
    /// to 64 KiB and token responses up to 16 KiB whatever this says.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Text appended to the `User-Agent` header, e.g. `"my-service/1.2"`.
    pub fn user_agent(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Use this HTTP client instead of building one. Its own timeouts, TLS
    /// and proxy settings apply. It must not follow redirects (build it
    /// with `redirect(reqwest::redirect::Policy::none())`): the client's
    /// own never does, and a response from another origin than the base
    /// URL's fails the call.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Trust this certificate authority too (e.g. a local test server's).
    pub fn add_root_certificate(mut self, certificate: reqwest::Certificate) -> Self {
        self.root_certificates.push(certificate);
        self
    }

    /// Builds the client, checking the configuration.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = self
            .base_url
            .unwrap_or_else(|| self.environment.base_url().to_owned());
        let (base_url, origin) = check_base_url(&base_url)?;
        let mut user_agent = format!("fin-api-rust/{}", env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = self.user_agent_suffix.filter(|s| !s.trim().is_empty()) {
            user_agent = format!("{user_agent} {}", suffix.trim());
        }
        let user_agent_header =
            reqwest::header::HeaderValue::from_str(&user_agent).map_err(|_| {
                Error::Config(format!(
                    "user agent `{user_agent}` is not a valid header value"
                ))
            })?;
        let config = Config {
            base_url: base_url.clone(),
            origin,
            auth: self.auth,
            timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
            connect_timeout: self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
            deadline: self.deadline.unwrap_or(DEFAULT_DEADLINE),
            retry: RetryPolicy {
                max_retries: self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
                backoff: Backoff::default(),
            },
            user_agent,
            user_agent_header,
            max_response_bytes: self
                .max_response_bytes
                .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
        };
        if config.timeout.is_zero() || config.deadline.is_zero() || config.connect_timeout.is_zero()
        {
            return Err(Error::Config(
                "timeout, connect timeout and deadline must be longer than zero".into(),
            ));
        }
        let tokens = match &config.auth {
            None => None,
            Some(Auth::Token(token)) => Some(TokenSource::Fixed(bearer(token))),
            Some(Auth::Credentials {
                client_id,
                client_secret,
            }) => Some(TokenSource::Provider(Arc::new(TokenProvider::new(
                &config.base_url,
                client_id.clone(),
                client_secret.clone(),
            )))),
        };
        let http = match self.http_client {
            Some(client) => client,
            None => {
                let mut builder = reqwest::Client::builder()
                    // Never follow a redirect: it would resend the
                    // credentials or a token to wherever `Location` says.
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(config.connect_timeout)
                    .user_agent(config.user_agent.clone());
                for certificate in self.root_certificates {
                    builder = builder.add_root_certificate(certificate);
                }
                builder
                    .build()
                    .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?
            }
        };
        let runtime = Runtime {
            config: Arc::new(config),
            tokens,
        };
        Ok(Client {
            raw: generated::Client::new_with_client(&base_url, http, runtime),
            options: None,
        })
    }
}

/// Accepts `https://` URLs, and `http://` only for loopback hosts; no
/// user name, password, query or fragment. Returns the URL without
/// surrounding whitespace or a trailing slash, and its origin.
fn check_base_url(url: &str) -> Result<(String, Origin), Error> {
    let url = url.trim();
    let mut parsed = reqwest::Url::parse(url).map_err(|e| {
        Error::Config(format!(
            "the base URL is not a valid URL ({e}); expected e.g. https://api.fin.com"
        ))
    })?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        // Not quoted: it holds a password.
        let _ = parsed.set_username("");
        let _ = parsed.set_password(None);
        return Err(Error::Config(format!(
            "base URL `{parsed}` (user name and password hidden) has credentials in it: pass them with `credentials`"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        parsed.set_query(None);
        parsed.set_fragment(None);
        return Err(Error::Config(format!(
            "base URL `{parsed}` (query and fragment hidden) has a query or a fragment: give the URL alone"
        )));
    }
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d.trim_end_matches('.').eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(Error::Config(format!(
                "base URL `{url}` must use https:// (plain http is allowed only for loopback hosts)"
            )))
        }
        other => {
            return Err(Error::Config(format!(
                "base URL `{url}` has scheme `{other}`: expected https://"
            )))
        }
    }
    Ok((url.trim_end_matches('/').to_owned(), Origin::of(&parsed)))
}

/// Whether two base URLs name the same server: scheme, host (case and a
/// trailing dot aside) and port (the default one if absent).
fn same_server(a: &str, b: &str) -> bool {
    match (reqwest::Url::parse(a.trim()), reqwest::Url::parse(b.trim())) {
        (Ok(a), Ok(b)) => {
            a.scheme() == b.scheme()
                && normalised_host(&a) == normalised_host(&b)
                && a.port_or_known_default() == b.port_or_known_default()
        }
        _ => false,
    }
}

impl Client {
    /// A builder with the defaults: sandbox, no credentials, 10 s connect
    /// timeout, 30 s per attempt, 90 s per call, 2 retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `FIN_BASE_URL`,
    /// `FIN_ENVIRONMENT` (`sandbox` | `production`), and either
    /// `FIN_ACCESS_TOKEN` or `FIN_CLIENT_ID` + `FIN_CLIENT_SECRET`.
    pub fn from_env() -> Result<Client, Error> {
        Self::from_vars(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// [`from_env`](Self::from_env) with the variables read through `var`.
    pub(crate) fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Client, Error> {
        let mut builder = Client::builder();
        if let Some(env) = var("FIN_ENVIRONMENT") {
            builder = builder.environment(
                env.parse()
                    .map_err(|e: Error| Error::Config(format!("FIN_ENVIRONMENT: {e}")))?,
            );
        }
        if let Some(url) = var("FIN_BASE_URL") {
            let named = var("FIN_ENVIRONMENT").and_then(|e| e.parse::<Environment>().ok());
            let other = match named {
                Some(Environment::Sandbox) => Some(Environment::Production),
                Some(Environment::Production) => Some(Environment::Sandbox),
                None => None,
            };
            if let Some(other) = other {
                if same_server(&url, other.base_url()) {
                    return Err(Error::Config(format!(
                        "FIN_BASE_URL is the {other:?} URL but FIN_ENVIRONMENT says otherwise: unset one of them"
                    )));
                }
            }
            builder = builder.base_url(url);
        }
        let token = var("FIN_ACCESS_TOKEN");
        let id = var("FIN_CLIENT_ID");
        let secret = var("FIN_CLIENT_SECRET");
        builder = match (token, id, secret) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
                return Err(Error::Config(
                    "FIN_ACCESS_TOKEN and FIN_CLIENT_ID/FIN_CLIENT_SECRET are both set: set only one way to authenticate".into(),
                ))
            }
            (Some(token), None, None) => builder.access_token(token),
            (None, Some(id), Some(secret)) => builder.credentials(id, secret),
            (None, Some(_), None) => {
                return Err(Error::Config("FIN_CLIENT_ID is set but FIN_CLIENT_SECRET is missing".into()))
            }
            (None, None, Some(_)) => {
                return Err(Error::Config("FIN_CLIENT_SECRET is set but FIN_CLIENT_ID is missing".into()))
            }
            (None, None, None) => {
                return Err(Error::Config(
                    "no credentials: set FIN_ACCESS_TOKEN, or FIN_CLIENT_ID and FIN_CLIENT_SECRET".into(),
                ))
            }
        };
        builder.build()
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(&self.raw)
    }

    /// A view of this client whose calls use `options` (deadline,
    /// per-attempt timeout, retry limit, extra headers) instead of the
    /// client's settings; it has the same methods and shares the client's
    /// connections and tokens. Cheap: make one per call if needed. On a
    /// view, `options` are merged over the view's own: the options it sets
    /// replace the view's, its headers are added to the view's (replacing
    /// ones of the same name).
    ///
    /// ```no_run
    /// # async fn run(client: fin_api::Client, id: uuid::Uuid) -> Result<(), fin_api::Error> {
    /// use std::time::Duration;
    /// use fin_api::CallOptions;
    ///
    /// let quick = CallOptions::new()
    ///     .deadline(Duration::from_secs(2))
    ///     .max_retries(0);
    /// let customer = client.with_options(quick).get_customer_details_v2(&id).await?;
    /// # Ok(()) }
    /// ```
    pub fn with_options(&self, options: CallOptions) -> Client {
        let options = match &self.options {
            Some(current) => current.merged(options),
            None => options,
        };
        Client {
            raw: self.raw.clone(),
            options: Some(Arc::new(options)),
        }
    }

    pub(crate) fn raw(&self) -> &generated::Client {
        &self.raw
    }

    /// Runs one generated call: in a call context (see [`crate::context`]),
    /// within the overall deadline, in a tracing span; then turns its
    /// outcome into the crate's error.
    pub(crate) async fn execute<T>(
        &self,
        operation: &'static str,
        call: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<ApiError>>>,
    ) -> Result<ResponseValue<T>, Error> {
        let runtime = progenitor_client::ClientInfo::inner(&self.raw);
        let config = &runtime.config;
        let budget = self
            .options
            .as_ref()
            .and_then(|o| o.deadline)
            .unwrap_or(config.deadline);
        let started = tokio::time::Instant::now();
        let deadline = context::deadline_after(started, budget);
        let context = CallContext::new(deadline, self.options.clone());
        let span = tracing::info_span!(
            "fin_api.call",
            operation,
            method = tracing::field::Empty,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let outcome = tokio::time::timeout_at(deadline, context::scope(context.clone(), call))
            .instrument(span.clone())
            .await;
        let state = context.take();
        let elapsed = started.elapsed();
        if let Some(status) = state.status {
            span.record("status", status.as_u16());
        }
        span.record("attempts", state.attempts);
        span.record("elapsed_ms", elapsed.as_millis() as u64);
        let mut result = match outcome {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(state.into_error(error, elapsed, &runtime.secrets()).await),
            Err(_) if state.sent_unsafe => Err(Error::OutcomeUnknown {
                method: state.method.map(|m| m.to_string()).unwrap_or_default(),
                reason: format!("no response within the deadline of {budget:?}"),
            }),
            Err(_) => Err(Error::Timeout {
                elapsed,
                attempts: state.attempts.max(1),
            }),
        };
        // A timeout found by the token flight or an attempt reports the
        // time this call really spent.
        if let Err(Error::Timeout { elapsed: spent, .. }) = &mut result {
            *spent = elapsed;
        }
        // Scrubbed here, where every error passes, as a reader would see
        // it: after JSON decoding (a server may escape a secret it echoes).
        let result = result.map_err(|error| error.scrubbed(&runtime.secrets()));
        span.in_scope(|| match &result {
            Ok(_) => tracing::debug!("call succeeded"),
            Err(error) => tracing::debug!(%error, "call failed"),
        });
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn from(vars: &[(&str, &str)]) -> Result<Client, Error> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Client::from_vars(|name| vars.get(name).cloned())
    }

    fn config_error(result: Result<Client, Error>) -> String {
        match result {
            Err(Error::Config(message)) => message,
            other => panic!("expected a configuration error, got {other:?}"),
        }
    }

    #[test]
    fn environment_variables() {
        let client = from(&[
            ("FIN_CLIENT_ID", "id"),
            ("FIN_CLIENT_SECRET", "s-SECRETMARK"),
        ])
        .unwrap();
        assert_eq!(client.base_url(), "https://sandbox.api.fin.com");
        assert!(!format!("{client:?}").contains("SECRETMARK"));
        let client = from(&[("FIN_ACCESS_TOKEN", "t"), ("FIN_ENVIRONMENT", "Production")]).unwrap();
        assert_eq!(client.base_url(), "https://api.fin.com");
        let client = from(&[
            ("FIN_ACCESS_TOKEN", "t"),
            ("FIN_BASE_URL", "http://localhost:4010/"),
        ])
        .unwrap();
        assert_eq!(client.base_url(), "http://localhost:4010");

        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[], "FIN_ACCESS_TOKEN"),
            (&[("FIN_CLIENT_ID", "id")], "FIN_CLIENT_SECRET"),
            (&[("FIN_CLIENT_SECRET", "s-SECRETMARK")], "FIN_CLIENT_ID"),
            (
                &[("FIN_ACCESS_TOKEN", "t"), ("FIN_CLIENT_ID", "id")],
                "FIN_ACCESS_TOKEN",
            ),
            (
                &[("FIN_ACCESS_TOKEN", "t"), ("FIN_ENVIRONMENT", "staging")],
                "FIN_ENVIRONMENT",
            ),
            (
                &[
                    ("FIN_ACCESS_TOKEN", "t"),
                    ("FIN_BASE_URL", "http://api.example.com"),
                ],
                "https://",
            ),
            (
                &[
                    ("FIN_ACCESS_TOKEN", "t"),
                    ("FIN_ENVIRONMENT", "sandbox"),
                    ("FIN_BASE_URL", "https://api.fin.com/"),
                ],
                "FIN_BASE_URL",
            ),
            (
                // The same host, written differently.
                &[
                    ("FIN_ACCESS_TOKEN", "t"),
                    ("FIN_ENVIRONMENT", "sandbox"),
                    ("FIN_BASE_URL", " https://API.Fin.com.:443 "),
                ],
                "FIN_BASE_URL",
            ),
        ];
        for (vars, named) in cases {
            let message = config_error(from(vars));
            assert!(message.contains(named), "{vars:?}: {message}");
            assert!(!message.contains("SECRETMARK"), "{message}");
        }
    }

    #[test]
    fn base_urls() {
        for ok in [
            "https://api.fin.com",
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9000/",
            "http://localhost",
            "http://LOCALHOST:1",
        ] {
            assert!(check_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.fin.com",
            "http://10.0.0.1",
            "ftp://localhost",
            "not a url",
            "http://localhost.evil.com",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn defaults_and_limits() {
        let client = Client::builder().access_token("t").build().unwrap();
        let config = &client.raw().inner.config;
        assert_eq!(config.timeout, DEFAULT_TIMEOUT);
        assert_eq!(config.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
        assert_eq!(config.deadline, DEFAULT_DEADLINE);
        assert_eq!(config.retry.max_retries, 2);
        assert_eq!(config.max_response_bytes, DEFAULT_MAX_RESPONSE_BYTES);
        assert_eq!(
            config.user_agent,
            format!("fin-api-rust/{}", env!("CARGO_PKG_VERSION"))
        );
        assert!(Client::builder().timeout(Duration::ZERO).build().is_err());
        assert!(Client::builder()
            .connect_timeout(Duration::ZERO)
            .build()
            .is_err());
        assert!(Client::builder().user_agent("bad\nvalue").build().is_err());
    }
}
