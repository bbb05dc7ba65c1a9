//! Everything that stops a run before it can give an answer. Each variant
//! names the page, URL or file at fault, so a CI log alone says what to fix.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),

    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },

    #[error("{what} ({url}): {message}")]
    Network {
        what: String,
        url: String,
        message: String,
    },

    #[error("{what} ({url}): HTTP status {status}{}", if *status == 404 {
        "; if the page was removed or renamed upstream, update openapi/sources.toml"
    } else {
        ""
    })]
    Status {
        what: String,
        url: String,
        status: u16,
    },

    #[error("page {page} ({url}): no ````yaml OpenAPI block found")]
    NoBlock { page: String, url: String },

    #[error("page {page}{}: {message}", in_parens(url))]
    Page {
        page: String,
        url: String,
        message: String,
    },

    #[error("pages {first} and {second} disagree at {pointer}: {message}")]
    Conflict {
        first: String,
        second: String,
        pointer: String,
        message: String,
    },

    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn file(path: impl Into<PathBuf>, message: impl std::fmt::Display) -> Self {
        Error::File {
            path: path.into(),
            message: message.to_string(),
        }
    }
}

fn in_parens(url: &str) -> String {
    if url.is_empty() {
        String::new()
    } else {
        format!(" ({url})")
    }
}
