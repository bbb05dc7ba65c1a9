//! A string that never shows itself (credentials and tokens), and the two
//! things done with secrets: sending one as a bearer header, and removing
//! every known one from text a server sent.
//!
//! Secrets are looked for the way a reader would recognise them, not byte
//! for byte: in any letter case, with characters JSON-escaped (`\u0073`,
//! `\/`, doubly escaped too) or percent-encoded (`%73`), and in pieces:
//! every run of at least [`FRAGMENT`] consecutive characters of a secret
//! is removed, so a secret split in two halves (in two fields, or around a
//! cut) is removed half by half. Shorter pieces are not: they would match
//! ordinary words.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

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
const REDACTED: &str = "[redacted]";

/// The shortest piece of a secret that is removed from text, and the
/// shortest secret looked for at all: a shorter value would match ordinary
/// words (a test token `t` would turn `not found` into `no[redacted]
/// found`), and a value this short is no real secret.
pub(crate) const FRAGMENT: usize = 8;

/// `Bearer <token>` as a sensitive header value (never printed by `Debug`),
/// or `None` if the token has bytes a header cannot carry.
pub(crate) fn bearer(token: &Secret) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose())).ok()?;
    value.set_sensitive(true);
    Some(value)
}

/// `bytes` (a body, before anything decodes or cuts it) with every secret
/// removed; see the [module docs](self). Bytes that are not UTF-8 are read
/// as `U+FFFD` when a secret is found.
pub(crate) fn scrub(bytes: &[u8], secrets: &[Secret]) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    match scrub_text(&text, secrets) {
        Cow::Borrowed(_) => bytes.to_vec(),
        Cow::Owned(scrubbed) => scrubbed.into_bytes(),
    }
}

/// `text` with every secret removed; see the [module docs](self).
pub(crate) fn scrub_text<'a>(text: &'a str, secrets: &[Secret]) -> Cow<'a, str> {
    let needles: Vec<Vec<char>> = secrets
        .iter()
        .map(|s| s.expose().chars().map(fold).collect::<Vec<_>>())
        .filter(|needle| needle.len() >= FRAGMENT)
        .collect();
    if needles.is_empty() || text.len() < FRAGMENT {
        return Cow::Borrowed(text);
    }
    let pieces: HashSet<&[char]> = needles.iter().flat_map(|n| n.windows(FRAGMENT)).collect();
    let units = read_units(text);
    let chars: Vec<char> = units.iter().map(|(c, _)| *c).collect();
    // Byte ranges of `text` to remove, merged where pieces overlap.
    let mut found: Vec<Range<usize>> = Vec::new();
    for (at, window) in chars.windows(FRAGMENT).enumerate() {
        if !pieces.contains(window) {
            continue;
        }
        let span = units[at].1.start..units[at + FRAGMENT - 1].1.end;
        match found.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => found.push(span),
        }
    }
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for span in found {
        out.push_str(&text[from..span.start]);
        out.push_str(REDACTED);
        from = span.end;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// A character as compared: lower case.
fn fold(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The characters a reader sees in `text` (escapes decoded, case folded),
/// each with the byte range of `text` it was written as.
fn read_units(text: &str) -> Vec<(char, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut units = Vec::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let (c, end) = match bytes[at] {
            b'\\' => unescape(bytes, at),
            b'%' => percent(bytes, at),
            _ => None,
        }
        .unwrap_or_else(|| {
            let c = text[at..].chars().next().unwrap_or('\u{FFFD}');
            (c, at + c.len_utf8())
        });
        units.push((fold(c), at..end));
        at = end;
    }
    units
}

/// A JSON escape starting at `at` (a run of backslashes: doubly escaped
/// text counts too): the character and where the escape ends.
fn unescape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let mut end = at;
    while bytes.get(end) == Some(&b'\\') {
        end += 1;
    }
    match bytes.get(end)? {
        b'u' => {
            let unit = hex(bytes.get(end + 1..end + 5)?)?;
            let end = end + 5;
            if (0xD800..0xDC00).contains(&unit) {
                // A high surrogate: its low half follows as another escape.
                let low =
                    unescape_unit(bytes, end).filter(|(low, _)| (0xDC00..0xE000).contains(low));
                if let Some((low, after)) = low {
                    let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    return Some((char::from_u32(code).unwrap_or('\u{FFFD}'), after));
                }
            }
            Some((char::from_u32(unit).unwrap_or('\u{FFFD}'), end))
        }
        b'"' | b'/' => Some((bytes[end] as char, end + 1)),
        // `\\`: one backslash, as JSON writes it.
        _ if end - at >= 2 => Some(('\\', end)),
        _ => None,
    }
}

/// The code unit of a `\uXXXX` escape at `at`, and where it ends.
fn unescape_unit(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let mut end = at;
    while bytes.get(end) == Some(&b'\\') {
        end += 1;
    }
    if end == at || bytes.get(end) != Some(&b'u') {
        return None;
    }
    Some((hex(bytes.get(end + 1..end + 5)?)?, end + 5))
}

/// `%XX` for an ASCII character at `at`, and where it ends.
fn percent(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let code = hex(bytes.get(at + 1..at + 3)?)?;
    (code < 0x80).then(|| (code as u8 as char, at + 3))
}

fn hex(digits: &[u8]) -> Option<u32> {
    let text = std::str::from_utf8(digits).ok()?;
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(text, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets() -> [Secret; 4] {
        [
            Secret::new("token-123-abc"),
            Secret::new(""),
            Secret::new("t"),
            Secret::new("secret-456-def"),
        ]
    }

    #[test]
    fn scrubs_every_occurrence() {
        assert_eq!(
            scrub_text(
                "a token-123-abc b token-123-abcsecret-456-def token-123-abc",
                &secrets()
            ),
            "a [redacted] b [redacted] [redacted]"
        );
        assert_eq!(scrub_text("not found", &secrets()), "not found");
    }

    #[test]
    fn scrubs_escaped_upper_cased_and_split_secrets() {
        for (text, expected) in [
            (
                r#"{"m":"bad to\u006Ben-123-abc"}"#,
                r#"{"m":"bad [redacted]"}"#,
            ),
            (r#"{"m":"TOKEN-123-ABC!"}"#, r#"{"m":"[redacted]!"}"#),
            (r#"{"m":"\\u0074oken-123-abc"}"#, r#"{"m":"[redacted]"}"#),
            ("token%2D123-abc", "[redacted]"),
            (
                r#"{"a":"token-12","b":"3-abc"}"#,
                r#"{"a":"[redacted]","b":"3-abc"}"#,
            ),
            ("secre t-45 6-def", "secre t-45 6-def"),
            ("ok \u{1F600} done", "ok \u{1F600} done"),
            (r"\ud83d\ude00 and \ud83d", r"\ud83d\ude00 and \ud83d"),
        ] {
            assert_eq!(scrub_text(text, &secrets()), expected, "{text}");
        }
        assert_eq!(
            scrub(b"\xff token-123-abc", &secrets()),
            "\u{FFFD} [redacted]".as_bytes()
        );
        assert_eq!(scrub(b"\xff clean", &secrets()), b"\xff clean");
    }
}
