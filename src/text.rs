//! Cutting text a server sent down to what an error may quote.

use std::borrow::Cow;

/// How much of an unexpected body an error keeps, for diagnosis.
const EXCERPT_LEN: usize = 512;

/// `text` cut to at most `max` characters, with `…` if it was cut.
pub(crate) fn cut(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
        None => Cow::Borrowed(text),
    }
}

/// The start of a body, as text, cut at a character boundary. Scrub it
/// first: a secret straddling the cut would leave its start here.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    // Only the bytes that can make the excerpt are decoded.
    let head = &bytes[..bytes.len().min(EXCERPT_LEN * 4)];
    let text = String::from_utf8_lossy(head);
    let cut_text = cut(&text, EXCERPT_LEN);
    if head.len() < bytes.len() && !cut_text.ends_with('…') {
        return format!("{cut_text}…");
    }
    cut_text.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_characters() {
        assert_eq!(cut("héllo", 2), "hé…");
        assert_eq!(cut("hé", 2), "hé");
        let long = "é".repeat(EXCERPT_LEN + 10);
        assert_eq!(excerpt(long.as_bytes()).chars().count(), EXCERPT_LEN + 1);
        assert_eq!(excerpt(b"short"), "short");
    }
}
