//! The code `build.rs` generates from the spec: progenitor's types and raw
//! client, the open enums and tagged unions, the typed methods on
//! [`crate::Client`], and the table of operations.
#![allow(
    missing_docs,
    clippy::all,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
