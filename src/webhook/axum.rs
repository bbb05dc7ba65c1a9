//! Receiving webhooks in an axum server (feature `axum`).
//!
//! [`VerifiedEvent`] is an extractor: it reads the raw body (within axum's
//! body limit, 2 MB unless a `DefaultBodyLimit` layer says otherwise) and the
//! `x-fin-signature` / `x-fin-signature-algorithm` headers, checks the
//! signature with the [`WebhookVerifier`] of the router's state, and parses
//! the event. The handler runs only for a verified event; otherwise the
//! extractor answers by itself:
//!
//! | delivery | answer |
//! | --- | --- |
//! | signature missing, malformed, for another algorithm, or not matching | `401 Unauthorized` |
//! | signed, but the body is not an event (not JSON, no `event`, …) | `400 Bad Request` |
//! | body past the body limit | `413 Payload Too Large` (axum's own answer) |
//!
//! The state is the verifier itself or any state it can be taken from
//! ([`FromRef`]), e.g. a field of your app state with
//! `#[derive(Clone, FromRef)]` (axum's `macros` feature) or a hand-written
//! `impl FromRef<AppState> for WebhookVerifier`.
//!
//! ```no_run
//! use axum::{routing::post, Router};
//! use fin_api::webhook::axum::VerifiedEvent;
//! use fin_api::webhook::{WebhookEvent, WebhookVerifier};
//!
//! async fn on_fin_event(VerifiedEvent(event): VerifiedEvent) {
//!     if let WebhookEvent::CustomerRfi { data, .. } = event {
//!         println!("{} items requested", data.rfi_items().len());
//!     }
//! }
//!
//! # fn app(secret: String) -> Result<Router, fin_api::webhook::SecretError> {
//! let app = Router::new()
//!     .route("/webhooks/fin", post(on_fin_event))
//!     .with_state(WebhookVerifier::new(secret)?);
//! # Ok(app) }
//! ```

use ::axum::body::Bytes;
use ::axum::extract::rejection::BytesRejection;
use ::axum::extract::{FromRef, FromRequest, Request};
use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};

use super::{WebhookError, WebhookEvent, WebhookVerifier};

/// A delivery whose signature was verified and whose body parsed as an
/// event: the extractor for webhook handlers (see the [module](self) docs).
/// It reads the body, so it must be the handler's last argument.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedEvent(pub WebhookEvent);

impl VerifiedEvent {
    /// The event.
    pub fn into_inner(self) -> WebhookEvent {
        self.0
    }
}

impl<S> FromRequest<S> for VerifiedEvent
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let headers = request.headers().clone();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(WebhookRejection::Body)?;
        verifier
            .verify_headers(&body, &headers)
            .map_err(|e| WebhookRejection::Invalid(e.into()))?;
        let event = WebhookEvent::parse(&body).map_err(WebhookRejection::Invalid)?;
        Ok(VerifiedEvent(event))
    }
}

/// Why [`VerifiedEvent`] refused a delivery; as a response, its status and
/// the reason as plain text (no secret is ever part of it).
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// A bad or missing signature (`401`), or a body that is not an event
    /// (`400`).
    Invalid(WebhookError),
    /// The body could not be read, e.g. past the body limit: axum's own
    /// rejection, with its status.
    Body(BytesRejection),
}

impl WebhookRejection {
    /// The status the delivery is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::Invalid(WebhookError::Signature(_)) => StatusCode::UNAUTHORIZED,
            WebhookRejection::Invalid(_) => StatusCode::BAD_REQUEST,
            WebhookRejection::Body(rejection) => rejection.status(),
        }
    }
}

impl std::fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookRejection::Invalid(error) => error.fmt(f),
            WebhookRejection::Body(rejection) => rejection.body_text().fmt(f),
        }
    }
}

impl std::error::Error for WebhookRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookRejection::Invalid(error) => Some(error),
            WebhookRejection::Body(rejection) => Some(rejection),
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        tracing::debug!(status = %self.status(), reason = %self, "fin_api webhook delivery refused");
        match self {
            WebhookRejection::Body(rejection) => rejection.into_response(),
            invalid => (invalid.status(), invalid.to_string()).into_response(),
        }
    }
}
