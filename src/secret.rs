//! A string that never shows itself (credentials and tokens), and the two
//! things done with secrets: sending one as a bearer header, and removing
//! every known one from text a server sent.

use std::fmt;

use reqwest::header::HeaderValue;

/// A secret value (client secret, access or refresh token). `Debug` and
/// `Display` print `[redacted]`; read it only with [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// What replaces a secret in text.
const REDACTED: &[u8] = b"[redacted]";

/// Shorter values are not scrubbed from text: they would match ordinary
/// words (a test token `t` would turn "not found" into "no[redacted]
/// found"), and a value this short is no real secret.
const MIN_SCRUBBED_LEN: usize = 8;

/// `Bearer <token>` as a sensitive header value (never printed by `Debug`),
/// or `None` if the token has bytes a header cannot carry.
pub(crate) fn bearer(token: &Secret) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose())).ok()?;
    value.set_sensitive(true);
    Some(value)
}

/// `bytes` with every occurrence of every secret (of at least
/// [`MIN_SCRUBBED_LEN`] bytes) replaced by `[redacted]`.
/// Works on bytes so that it runs before any decoding or cutting: a secret
/// straddling a later cut is already gone.
pub(crate) fn scrub(bytes: &[u8], secrets: &[Secret]) -> Vec<u8> {
    let mut text = bytes.to_vec();
    for secret in secrets {
        let needle = secret.expose().as_bytes();
        if needle.len() < MIN_SCRUBBED_LEN || text.len() < needle.len() {
            continue;
        }
        let mut out = Vec::with_capacity(text.len());
        let mut rest = &text[..];
        while let Some(at) = rest.windows(needle.len()).position(|w| w == needle) {
            out.extend_from_slice(&rest[..at]);
            out.extend_from_slice(REDACTED);
            rest = &rest[at + needle.len()..];
        }
        out.extend_from_slice(rest);
        text = out;
    }
    text
}

/// [`scrub`] for text.
pub(crate) fn scrub_text(text: &str, secrets: &[Secret]) -> String {
    String::from_utf8_lossy(&scrub(text.as_bytes(), secrets)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_every_occurrence() {
        let secrets = [
            Secret::new("token-123"),
            Secret::new(""),
            Secret::new("t"),
            Secret::new("secret-456"),
        ];
        assert_eq!(
            scrub_text("a token-123 b token-123secret-456 token-123", &secrets),
            "a [redacted] b [redacted][redacted] [redacted]"
        );
        assert_eq!(scrub_text("not found", &secrets), "not found");
    }
}
