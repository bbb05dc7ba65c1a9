#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
compile_error!("fin-api needs TLS: enable the `rustls` (default) or `native-tls` feature");

mod attempt;
mod auth;
mod client;
mod codec;
mod config;
mod context;
mod decimal;
mod error;
pub mod ext;
mod generated;
mod hooks;
pub mod json;
mod multipart;
mod open_enum;
mod options;
pub mod paging;
mod response;
mod retry;
mod runtime;
mod scalars;
mod secret;
mod sync;
mod text;
pub mod webhook;

#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;

// The loopback server behind the mock kit, the tests and the benchmarks.
#[cfg(any(test, feature = "mock"))]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod loopback;

pub use client::{
    Client, ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT,
};
pub use decimal::{ArithmeticError, Decimal};
pub use error::{Error, TransportError};
pub use multipart::FilePart;
pub use options::CallOptions;
/// The value of a successful call: `into_inner()` for the body, `status()`
/// and `headers()` for the rest (progenitor's type, documented in
/// `progenitor-client`; not inlined here, as its own docs link to an error
/// type this crate does not have: errors are [`Error`]).
#[doc(no_inline)]
pub use progenitor_client::ResponseValue;
pub use scalars::{ScalarError, Timestamp};
pub use secret::Secret;

/// The header types [`CallOptions::header`] takes, so a caller needs no
/// `reqwest` or `http` dependency of its own.
pub use reqwest::header;
/// The `rust_decimal` that [`Decimal`] converts to and from
/// ([`Decimal::to_rust_decimal`], `Decimal::from`), so its version always
/// matches.
pub use rust_decimal;
/// The `serde_json` the public API uses (e.g. `extra` maps), so its
/// version always matches.
pub use serde_json;
/// The `uuid` the public API uses (ids are `&uuid::Uuid`), so its version
/// always matches.
pub use uuid;

/// Calls of operations with query parameters, being built: each query
/// parameter set by name, then `send()`; generated from the spec.
pub use generated::requests;

/// Webhook payloads typed by event type, generated from the spec's `webhooks`.
pub use generated::webhook_events::WebhookPayload;

/// Request and response types of the API, generated from the spec: one
/// module per API area (the operations' tags: `types::customers`,
/// `types::transactions`, …), with everything that area's operations use;
/// a type several areas use is declared once in `types::shared` and
/// re-exported by each. The crate docs' "The generated types" say how types
/// are named.
pub use generated::model as types;

/// The error body every operation answers with (`types::shared::ApiError`).
pub use generated::model::shared::ApiError;

/// The spec's operations and the Rust types of their bodies, generated.
/// For tests only: compiled with the `mock` feature.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub use generated::spec_table;
