//! Writing the merged spec as YAML that every reader takes the same way.
//!
//! serde_yaml's emitter (and its forks) leaves strings such as `0x1b57…` (too long for an integer)
//! or `2026-01-08T16:57:20Z` unquoted: it reads them back as strings, but
//! YAML 1.1 readers and other tools (Prism, Python, JavaScript) see numbers
//! and timestamps. Here a string is plain only when it cannot be mistaken
//! for anything else, multi-line prose becomes a literal block so diffs stay
//! readable, and everything else is double-quoted (JSON escapes are valid
//! YAML escapes). The caller checks that the text reads back as the value.

use serde_json::{Map, Value};

pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => mapping(map, 0, &mut out),
        Value::Array(items) if !items.is_empty() => sequence(items, 0, &mut out),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

fn mapping(map: &Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in map {
        out.push_str(&" ".repeat(indent));
        out.push_str(&string(key));
        out.push(':');
        node_after_indicator(value, indent, out);
    }
}

fn sequence(items: &[Value], indent: usize, out: &mut String) {
    for item in items {
        match item {
            // A collection starts on the dash's line: render it two deeper
            // and put the dash in place of its first indentation.
            Value::Object(map) if !map.is_empty() => {
                let mut inner = String::new();
                mapping(map, indent + 2, &mut inner);
                out.push_str(&" ".repeat(indent));
                out.push_str("- ");
                out.push_str(&inner[indent + 2..]);
            }
            Value::Array(list) if !list.is_empty() => {
                let mut inner = String::new();
                sequence(list, indent + 2, &mut inner);
                out.push_str(&" ".repeat(indent));
                out.push_str("- ");
                out.push_str(&inner[indent + 2..]);
            }
            _ => {
                out.push_str(&" ".repeat(indent));
                out.push('-');
                node_after_indicator(item, indent, out);
            }
        }
    }
}

/// The value after `key:` or `-` at `indent`.
fn node_after_indicator(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            mapping(map, indent + 2, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            sequence(items, indent + 2, out);
        }
        Value::String(s) if literal_ok(s) => {
            let body = s.strip_suffix('\n');
            out.push_str(if body.is_some() { " |\n" } else { " |-\n" });
            for line in body.unwrap_or(s).split('\n') {
                if !line.is_empty() {
                    out.push_str(&" ".repeat(indent + 2));
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => string(s),
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
        // null, booleans and numbers are written as in JSON, which YAML reads alike.
        other => other.to_string(),
    }
}

/// Multi-line text that a literal block (`|` or `|-`) keeps exactly.
fn literal_ok(s: &str) -> bool {
    let body = s.strip_suffix('\n').unwrap_or(s);
    body.contains('\n')
        && !body.ends_with('\n')
        && !body.starts_with([' ', '\t', '\n'])
        && body
            .split('\n')
            .all(|line| !line.ends_with([' ', '\t']) && !line.chars().any(needs_escape))
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

fn string(s: &str) -> String {
    if plain_ok(s) {
        s.to_owned()
    } else {
        // JSON string syntax is a valid YAML double-quoted scalar.
        Value::String(s.to_owned()).to_string()
    }
}

/// Plain only when no YAML 1.1 or 1.2 reader can take it for anything but
/// this string.
fn plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() || "-+.?:,[]{}#&*!|>'\"%@`~<= \t".contains(first) {
        return false;
    }
    const WORDS: [&str; 11] = [
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf",
    ];
    if WORDS.iter().any(|w| w.eq_ignore_ascii_case(s)) {
        return false;
    }
    !(s.ends_with([' ', '\t', ':'])
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(":\t")
        || s.chars()
            .any(|c| c == '\n' || c == '\r' || c == '\t' || needs_escape(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::spec as yaml;
    use serde_json::json;

    fn round_trip(value: Value) -> String {
        let text = to_yaml(&value);
        assert_eq!(
            yaml::parse(&text).unwrap(),
            value,
            "did not round-trip:\n{text}"
        );
        text
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        let text = round_trip(json!({
            "hex": "0x1b577931C1cC2765024bFbafad97bCe14FF2e87F",
            "when": "2026-01-08T16:57:20.266158Z",
            "words": ["yes", "No", "null", "~", "", "1.0", "-1", ".inf", "a: b", "x #y", "*ref"],
            "200": {"description": "OK"},
            "path": "/v2/customers/{customer_id}",
            "plain": "Fin.com API",
        }));
        assert!(text.contains("hex: \"0x1b57"), "{text}");
        assert!(text.contains("when: \"2026-01-08"), "{text}");
        assert!(text.contains("\"200\":\n"), "{text}");
        assert!(
            text.contains("path: /v2/customers/{customer_id}\n"),
            "{text}"
        );
        assert!(text.contains("plain: Fin.com API\n"), "{text}");
    }

    #[test]
    fn prose_becomes_literal_blocks_and_odd_text_is_quoted() {
        let text = round_trip(json!({
            "a": "line one\n\nline three\n",
            "b": "no final newline\nsecond",
            "c": "  leading space\nx",
            "d": "trailing \nx",
            "e": "two newlines\n\n",
            "list": ["x\ny\n", {"k": "v", "n": [1, 2.5, null, true]}, [], {}, [["deep"]]],
            "tab\tkey": "é ü 日本",
        }));
        assert!(
            text.contains("a: |\n  line one\n\n  line three\n"),
            "{text}"
        );
        assert!(
            text.contains("b: |-\n  no final newline\n  second\n"),
            "{text}"
        );
        // `n` alone is a YAML 1.1 boolean.
        assert!(text.contains("- k: v\n    \"n\":\n      - 1\n"), "{text}");
    }

    #[test]
    fn scalars_and_empty_documents() {
        round_trip(json!({}));
        round_trip(json!([]));
        round_trip(json!("text"));
        round_trip(json!(3));
    }
}
