#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
compile_error!("fin-api needs TLS: enable the `rustls` (default) or `native-tls` feature");

mod auth;
mod client;
mod context;
mod error;
pub mod ext;
mod generated;
mod hooks;
mod multipart;
mod open_enum;
pub mod paging;
mod retry;
mod scalars;
mod secret;
pub mod webhook;

#[cfg(feature = "mock")]
pub mod mock;

/// The loopback test server, shared with the integration tests.
#[cfg(test)]
#[path = "../tests/support/server.rs"]
#[allow(dead_code)] // the unit tests use part of it
mod test_server;

pub use client::{
    Client, ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE,
    DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT,
};
pub use error::Error;
pub use multipart::FilePart;
pub use progenitor_client::ResponseValue;
pub use scalars::{Decimal, ScalarError, Timestamp};
pub use secret::Secret;

/// Webhook payloads typed by event type, generated from the spec's `webhooks`.
pub use generated::webhook_events::WebhookPayload;

/// Request and response types of the API, generated from the spec.
pub mod types {
    #[allow(unused_imports)] // empty when the spec has no upload operations
    pub use crate::generated::forms::*;
    pub use crate::generated::open_types::*;
    pub use crate::generated::types::*;
}

/// The spec's operations and the Rust types of their bodies, generated.
/// For tests only: compiled with the `mock` feature.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub use generated::spec_table;
