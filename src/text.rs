//! Cutting text a server sent down to what an error may quote, scrubbed
//! of every secret first.

use std::borrow::Cow;

use crate::secret::{scrub_text, Secret};

/// How much of an unexpected body an error keeps, for diagnosis.
const EXCERPT_LEN: usize = 512;

/// How far past what is quoted text is scrubbed (in characters): a secret
/// straddling the cut, even written escaped, is found whole and removed.
/// Only this much is scrubbed, so a huge text costs no more than a short.
const SCRUB_MARGIN: usize = 1024;

/// `text` cut to at most `max` characters, with `…` if it was cut.
pub(crate) fn cut(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
        None => Cow::Borrowed(text),
    }
}

/// `text` itself when at most `max` characters, else its first `max`
/// characters, `…` and its whole length: how an error quotes a bad value
/// without echoing all of it.
pub(crate) fn shorten(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => Cow::Owned(format!("{}… ({} bytes)", &text[..at], text.len())),
        None => Cow::Borrowed(text),
    }
}

/// At most `max` characters of `text`, with `…` if it was cut, and no
/// secret in them.
pub(crate) fn quote(text: &str, max: usize, secrets: &[Secret]) -> String {
    let near = cut(text, max + SCRUB_MARGIN);
    cut(&scrub_text(&near, secrets), max).into_owned()
}

/// The start of a body, as text cut at a character boundary, with no
/// secret in it.
pub(crate) fn excerpt(bytes: &[u8], secrets: &[Secret]) -> String {
    // Only the bytes that can make the excerpt (and its margin) are decoded.
    let head = &bytes[..bytes.len().min((EXCERPT_LEN + SCRUB_MARGIN) * 4)];
    let quoted = quote(&String::from_utf8_lossy(head), EXCERPT_LEN, secrets);
    if head.len() < bytes.len() && !quoted.ends_with('…') {
        return format!("{quoted}…");
    }
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_characters() {
        assert_eq!(cut("héllo", 2), "hé…");
        assert_eq!(cut("hé", 2), "hé");
        let long = "é".repeat(EXCERPT_LEN + 10);
        assert_eq!(
            excerpt(long.as_bytes(), &[]).chars().count(),
            EXCERPT_LEN + 1
        );
        assert_eq!(excerpt(b"short", &[]), "short");
    }

    #[test]
    fn a_secret_across_the_cut_is_removed_whole() {
        let secret = Secret::new("straddling-secret-value");
        let text = format!("{}{}", "x".repeat(EXCERPT_LEN - 5), secret.expose());
        let quoted = excerpt(text.as_bytes(), &[secret]);
        assert!(quoted.ends_with("xxxxx[reda…"), "{quoted}");
        assert!(!quoted.contains("strad"), "{quoted}");
    }
}
