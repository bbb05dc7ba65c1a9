//! The code `build.rs` generates from the spec: progenitor's types and raw
//! client, the open enums and tagged unions, the typed methods on
//! [`crate::Client`], and the table of operations.
//!
//! Docs come from the spec's descriptions; a field the spec leaves
//! undescribed stays undocumented (`missing_docs`), and the spec's prose is
//! not rustdoc markup (bare URLs, `<` in text).
#![allow(
    missing_docs,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links,
    // progenitor's `types` module declares a conversion error for typify's
    // builders, which none of the types generated here use.
    dead_code
)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
