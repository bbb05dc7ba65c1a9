//! Webhooks: check a delivery's signature, then parse its event.
//!
//! Fin.com signs each delivery with an HMAC of the raw body, keyed with your
//! webhook secret: lowercase hex in the `x-fin-signature` header, the
//! algorithm in `x-fin-signature-algorithm` (`sha256` when absent).
//!
//! ```
//! use fin_api::webhook::{WebhookEvent, WebhookVerifier};
//!
//! # fn handle(verifier: &WebhookVerifier, body: &[u8], signature: Option<&str>, algorithm: Option<&str>)
//! #     -> Result<(), fin_api::webhook::WebhookError> {
//! // `WebhookVerifier::new(secret)?` once at startup: an empty secret is an error.
//! match verifier.verify_and_parse(body, signature, algorithm)? {
//!     WebhookEvent::CustomerRfi { event, data } => {
//!         // De-duplicate on `event.id`: deliveries can repeat.
//!         for item in data.rfi_items() {
//!             println!("{}: {:?} {:?}", data.customer_id, item.section, item.field_name);
//!         }
//!     }
//!     other => println!("ignored {}", other.info().event_type),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! With the `axum` feature, the extractor `webhook::axum::VerifiedEvent`
//! does all of this, and answers 401 and 400 by itself.
//!
//! **Replays**: the signature covers the body only and carries no timestamp,
//! so a captured delivery verifies again if it is sent again. A receiver
//! must de-duplicate on [`EventInfo::id`] (`event.id`), and may reject events
//! whose `created_at` is too old for it.

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;

use std::sync::Arc;

use hmac::{Hmac, KeyInit, Mac};
use serde::de::MapAccess;
use serde::{Deserialize, Deserializer, Serialize};
use sha2::Sha256;

use crate::codec;
use crate::ext::{rfi, RfiItem};
use crate::json::{JsonMap, RawJson};
use crate::types::customers::RequestForInformation;
use crate::{Secret, Timestamp};

/// The header holding the signature: lowercase hex of the HMAC of the raw body.
pub const SIGNATURE_HEADER: &str = "x-fin-signature";
/// The header naming the HMAC's hash algorithm (default [`DEFAULT_ALGORITHM`]).
pub const ALGORITHM_HEADER: &str = "x-fin-signature-algorithm";
/// The algorithm assumed when [`ALGORITHM_HEADER`] is absent.
pub const DEFAULT_ALGORITHM: &str = "sha256";
/// The `event.type` of a request for information.
pub const CUSTOMER_RFI: &str = "customer.rfi";

/// Why a delivery's signature was not accepted. Every case is a rejection:
/// never process a body whose check returned one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// The `x-fin-signature` header is absent or empty.
    #[error("missing signature: the x-fin-signature header is absent or empty")]
    MissingSignature,
    /// The signature is not hex of the algorithm's length.
    #[error("malformed x-fin-signature header: {0}")]
    MalformedSignature(String),
    /// A header value is not visible ASCII text.
    #[error("the {0} header is not text")]
    HeaderNotText(&'static str),
    /// The algorithm is one this crate does not support.
    #[error("unsupported signature algorithm `{0}` in x-fin-signature-algorithm: only sha256 is supported")]
    UnsupportedAlgorithm(String),
    /// The signature does not match the body: the body was altered, or it
    /// was signed with another secret.
    #[error("signature mismatch: the body was altered or signed with another secret")]
    Mismatch,
    /// The key given to [`verify_signature`] is empty: anyone could sign
    /// with it, so nothing verifies.
    #[error("no webhook secret: an empty key would accept forged deliveries")]
    EmptySecret,
}

/// Why a [`WebhookVerifier`] could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// The secret is empty or only whitespace (e.g. an unset environment
    /// variable). An empty HMAC key is public knowledge: a verifier with it
    /// would accept forged deliveries.
    #[error("the webhook secret is empty: set it to the secret of the webhook subscription")]
    Empty,
}

/// Why a delivery was not accepted: a bad signature, or a body that is not
/// an event.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signature check failed.
    #[error(transparent)]
    Signature(#[from] SignatureError),
    /// The body is not a webhook event this crate can read.
    #[error("invalid webhook body: {0}")]
    Parse(String),
}

/// Checks deliveries against one webhook secret. Cloning it is cheap (the
/// secret is shared), and its `Debug` output shows no secret.
#[derive(Clone, Debug)]
pub struct WebhookVerifier {
    secret: Arc<Secret>,
}

impl WebhookVerifier {
    /// A verifier for this webhook secret (used as its UTF-8 bytes, as
    /// given). An empty or whitespace-only secret is [`SecretError::Empty`]:
    /// the verifier fails closed at construction rather than accepting
    /// deliveries signed with an empty key.
    pub fn new(secret: impl Into<String>) -> Result<Self, SecretError> {
        let secret = secret.into();
        if secret.trim().is_empty() {
            return Err(SecretError::Empty);
        }
        Ok(Self {
            secret: Arc::new(Secret::new(secret)),
        })
    }

    /// Checks `body` against the `x-fin-signature` and
    /// `x-fin-signature-algorithm` header values (`None` when absent), in
    /// constant time.
    pub fn verify(
        &self,
        body: &[u8],
        signature: Option<&str>,
        algorithm: Option<&str>,
    ) -> Result<(), SignatureError> {
        verify_signature(self.secret.expose().as_bytes(), body, signature, algorithm)
    }

    /// [`verify`](Self::verify), reading the two headers from `headers`.
    pub fn verify_headers(
        &self,
        body: &[u8],
        headers: &reqwest::header::HeaderMap,
    ) -> Result<(), SignatureError> {
        let signature = header_text(headers, SIGNATURE_HEADER)?;
        let algorithm = header_text(headers, ALGORITHM_HEADER)?;
        self.verify(body, signature, algorithm)
    }

    /// Verifies, then parses: the one call a receiver needs.
    pub fn verify_and_parse(
        &self,
        body: &[u8],
        signature: Option<&str>,
        algorithm: Option<&str>,
    ) -> Result<WebhookEvent, WebhookError> {
        self.verify(body, signature, algorithm)?;
        WebhookEvent::parse(body)
    }
}

fn header_text<'h>(
    headers: &'h reqwest::header::HeaderMap,
    name: &'static str,
) -> Result<Option<&'h str>, SignatureError> {
    headers
        .get(name)
        .map(|v| v.to_str().map_err(|_| SignatureError::HeaderNotText(name)))
        .transpose()
}

/// The signature check itself: `signature` must be the hex HMAC of `body`
/// keyed with `secret`, with the hash `algorithm` names (`sha256` when
/// `None`). Hex is accepted in either case; surrounding spaces are ignored.
/// The comparison runs in constant time. An empty `secret` verifies nothing
/// ([`SignatureError::EmptySecret`]).
pub fn verify_signature(
    secret: &[u8],
    body: &[u8],
    signature: Option<&str>,
    algorithm: Option<&str>,
) -> Result<(), SignatureError> {
    if secret.is_empty() {
        return Err(SignatureError::EmptySecret);
    }
    let algorithm = algorithm.map(str::trim).unwrap_or(DEFAULT_ALGORITHM);
    if !algorithm.eq_ignore_ascii_case("sha256") {
        return Err(SignatureError::UnsupportedAlgorithm(algorithm.to_owned()));
    }
    let signature = signature
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or(SignatureError::MissingSignature)?;
    let expected_len = 2 * 32;
    if signature.len() != expected_len {
        return Err(SignatureError::MalformedSignature(format!(
            "{} characters, expected {expected_len} hex digits for sha256",
            signature.len()
        )));
    }
    let bytes = hex::decode(signature)
        .map_err(|e| SignatureError::MalformedSignature(format!("not hex: {e}")))?;
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret).map_err(|_| SignatureError::Mismatch)?;
    mac.update(body);
    mac.verify_slice(&bytes)
        .map_err(|_| SignatureError::Mismatch)
}

/// The lowercase hex HMAC-SHA256 of `body` keyed with `secret`: what Fin.com
/// puts in `x-fin-signature`. For tests and for signing test deliveries.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    match <Hmac<Sha256> as KeyInit>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(body);
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => String::new(),
    }
}

/// The envelope every event carries under `event`. Decoded key by key like
/// the generated types: a repeated key is an error, unknown keys are kept
/// with their exact JSON text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EventInfo {
    /// The event's id: what a receiver de-duplicates on (a delivery can be
    /// repeated, and signatures carry no timestamp).
    pub id: String,
    /// The id of the resource the event is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_reference_id: Option<String>,
    /// The event type, e.g. `customer.rfi`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// When the event was created: RFC 3339 or the API's
    /// `YYYY-MM-DD HH:MM:SS+00` form, kept as sent (see [`Timestamp`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Whether the event comes from the sandbox.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sandbox_mode: Option<bool>,
    /// Keys this version of the crate does not know, each value's exact
    /// JSON text.
    #[serde(flatten)]
    pub extra: JsonMap,
}

impl codec::Object for EventInfo {
    const EXPECTING: &'static str = "an event envelope object";
    fn read<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Self, A::Error> {
        let (mut id, mut reference, mut event_type, mut created_at, mut sandbox_mode) =
            (None, None, None, None, None);
        let extra = codec::fields(map, |key, map| match key {
            "id" => codec::slot(map, &mut id, "id"),
            "event_reference_id" => codec::slot(map, &mut reference, "event_reference_id"),
            "type" => codec::slot(map, &mut event_type, "type"),
            "created_at" => codec::slot(map, &mut created_at, "created_at"),
            "sandbox_mode" => codec::slot(map, &mut sandbox_mode, "sandbox_mode"),
            _ => Ok(false),
        })?;
        Ok(EventInfo {
            id: codec::required(id, "id")?,
            event_reference_id: reference.flatten(),
            event_type: codec::required(event_type, "type")?,
            created_at: created_at.flatten(),
            sandbox_mode: sandbox_mode.flatten(),
            extra,
        })
    }
}

impl<'de> Deserialize<'de> for EventInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::object(deserializer)
    }
}

/// The `data` of a `customer.rfi` event: what a customer must provide or fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomerRfi {
    /// The customer concerned, as sent (a UUID in practice; see
    /// [`customer_uuid`](Self::customer_uuid)).
    pub customer_id: String,
    /// The requests, in the same structure as the customer resource's
    /// (`null` or absent: none).
    pub request_for_information: Vec<RequestForInformation>,
    /// Keys this version of the crate does not know, each value's exact
    /// JSON text.
    #[serde(flatten)]
    pub extra: JsonMap,
}

impl CustomerRfi {
    /// The customer id, when it is a UUID.
    pub fn customer_uuid(&self) -> Option<uuid::Uuid> {
        self.customer_id.parse().ok()
    }

    /// Every requested field, flattened as for a fetched customer (see
    /// [`CustomerDetails::rfi_items`](crate::types::customers::CustomerDetails::rfi_items));
    /// the event has no associated parties list, so emails are `None`.
    pub fn rfi_items(&self) -> Vec<RfiItem> {
        rfi::flatten(&self.request_for_information, &[])
    }
}

impl codec::Object for CustomerRfi {
    const EXPECTING: &'static str = "a customer.rfi data object";
    fn read<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Self, A::Error> {
        let (mut customer_id, mut requests) = (None, None::<Option<Vec<_>>>);
        let extra = codec::fields(map, |key, map| match key {
            "customer_id" => codec::slot(map, &mut customer_id, "customer_id"),
            "request_for_information" => codec::slot(map, &mut requests, "request_for_information"),
            _ => Ok(false),
        })?;
        Ok(CustomerRfi {
            customer_id: codec::required(customer_id, "customer_id")?,
            request_for_information: requests.flatten().unwrap_or_default(),
            extra,
        })
    }
}

impl<'de> Deserialize<'de> for CustomerRfi {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::object(deserializer)
    }
}

/// A delivery's top level: the envelope, and `data` kept as text until the
/// event type says what it is. A repeated key is an error.
struct Delivery {
    event: Option<EventInfo>,
    data: Option<RawJson>,
}

impl codec::Object for Delivery {
    const EXPECTING: &'static str = "a webhook event object";
    fn read<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Self, A::Error> {
        let (mut event, mut data) = (None, None);
        codec::fields(map, |key, map| match key {
            "event" => codec::slot(map, &mut event, "event"),
            "data" => codec::slot(map, &mut data, "data"),
            _ => Ok(false),
        })?;
        Ok(Delivery { event, data })
    }
}

impl<'de> Deserialize<'de> for Delivery {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::object(deserializer)
    }
}

/// A parsed webhook event.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `customer.rfi`: compliance requests information or documents.
    CustomerRfi {
        /// The envelope.
        event: EventInfo,
        /// The requests.
        data: CustomerRfi,
    },
    /// Another event type the spec documents, decoded into its generated
    /// type (see [`WebhookPayload`](crate::WebhookPayload); the vendored
    /// spec has no webhooks section yet, a full-spec build has them all).
    Typed {
        /// The envelope.
        event: EventInfo,
        /// The whole payload, typed.
        payload: Box<crate::WebhookPayload>,
    },
    /// Any other event type, with the whole body as received.
    Unknown {
        /// The envelope.
        event: EventInfo,
        /// The whole body, its exact JSON text.
        raw: RawJson,
    },
}

impl WebhookEvent {
    /// Parses a delivery's body (verify it first: see
    /// [`WebhookVerifier::verify_and_parse`]). `event.id` and `event.type`
    /// are required; a `customer.rfi` event needs `data.customer_id`.
    /// Numbers keep their exact text everywhere (also in `extra` and
    /// `Unknown`); a repeated key at any level the crate decodes is an
    /// error. Errors name the problem and its JSON path in a few hundred
    /// bytes at most, however long the bad value.
    pub fn parse(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
        let text = std::str::from_utf8(body).map_err(|e| invalid(format!("not JSON: {e}")))?;
        let delivery: Delivery = serde_json::from_str(text).map_err(|e| {
            let prefix = if e.is_data() { "" } else { "not JSON: " };
            invalid(format!("{prefix}{e}"))
        })?;
        let event = delivery.event.ok_or_else(|| invalid("no `event` object"))?;
        if event.event_type == CUSTOMER_RFI {
            let data = delivery
                .data
                .ok_or_else(|| invalid("customer.rfi event without `data`"))?;
            let data: CustomerRfi = data
                .decode()
                .map_err(|e| invalid(codec::at_field("data", e)))?;
            Ok(WebhookEvent::CustomerRfi { event, data })
        } else if crate::WebhookPayload::EVENT_TYPES.contains(&event.event_type.as_str()) {
            let payload = crate::WebhookPayload::decode(&event.event_type, body)
                .map_err(|e| invalid(format!("{} payload: {e}", event.event_type)))?;
            Ok(WebhookEvent::Typed {
                event,
                payload: Box::new(payload),
            })
        } else {
            let raw = RawJson::from_text(text).map_err(|e| invalid(format!("not JSON: {e}")))?;
            Ok(WebhookEvent::Unknown { event, raw })
        }
    }

    /// The envelope.
    pub fn info(&self) -> &EventInfo {
        match self {
            WebhookEvent::CustomerRfi { event, .. }
            | WebhookEvent::Typed { event, .. }
            | WebhookEvent::Unknown { event, .. } => event,
        }
    }

    /// `event.id`, the key to de-duplicate deliveries on.
    pub fn id(&self) -> &str {
        &self.info().id
    }
}

/// How long a parse error's message may be: enough for the problem and its
/// JSON path, never a hostile value whole (it would be echoed into a 400 and
/// a log line).
const MESSAGE_CHARS: usize = 240;
/// How much of a value quoted in a parse error is kept.
const QUOTED_CHARS: usize = 24;

/// A [`WebhookError::Parse`] with a short message: a value quoted in it
/// (serde's `invalid type: string "…"`) cut to its start and its length,
/// then, if still long, the middle cut out, keeping the start (the path and
/// the problem) and the end (what was expected).
fn invalid(message: impl std::fmt::Display) -> WebhookError {
    let mut message = message.to_string();
    if let (Some(open), Some(close)) = (message.find('"'), message.rfind('"')) {
        let quoted = &message[open + 1..close.max(open + 1)];
        if let std::borrow::Cow::Owned(shown) = crate::text::shorten(quoted, QUOTED_CHARS) {
            message.replace_range(open + 1..close, &shown);
        }
    }
    let chars = message.chars().count();
    if chars <= MESSAGE_CHARS {
        return WebhookError::Parse(message);
    }
    let keep = MESSAGE_CHARS / 2;
    let head: String = message.chars().take(keep).collect();
    let tail: String = message.chars().skip(chars - keep / 2).collect();
    let cut = message.len() - head.len() - tail.len();
    WebhookError::Parse(format!("{head}… ({cut} bytes cut) …{tail}"))
}
