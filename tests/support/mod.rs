//! Shared test helpers: the spec and its examples, JSON comparison, and a
//! real HTTP server on 127.0.0.1 (`server`, with the Fin-like token and API
//! scripting of the client tests in `fin`).
#![allow(dead_code)] // each test file uses a different part

pub mod fin;
pub mod log;
pub mod server;
/// The project's one model of a spec (the build pipeline's own).
pub use fin_api_codegen::spec;

use serde_json::Value;

/// The repository root.
pub fn repo() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads a YAML file as JSON.
pub fn read_yaml(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    spec::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The spec the crate was built from: the vendored one, or `FIN_API_SPEC`.
pub fn spec_path() -> std::path::PathBuf {
    match option_env!("FIN_API_SPEC") {
        Some(p) => repo().join(p),
        None => repo().join("openapi/fin.yaml"),
    }
}

/// The spec the crate was built from, as JSON.
pub fn spec() -> Value {
    read_yaml(&spec_path())
}

/// A named example of a response: (method name, status, example name, value).
pub struct Example {
    pub operation: String,
    pub status: String,
    pub name: String,
    pub value: Value,
}

/// The method name the crate gives an operation (from its table).
pub fn operation_id(method: &str, path: &str) -> String {
    fin_api::spec_table::OPERATIONS
        .iter()
        .find(|(_, m, p)| m.eq_ignore_ascii_case(method) && *p == path)
        .map(|(id, _, _)| (*id).to_owned())
        .unwrap_or_else(|| panic!("{method} {path} has no generated method"))
}

/// Every named example of every JSON response in `spec`.
pub fn response_examples(spec: &Value) -> Vec<Example> {
    let mut out = Vec::new();
    for operation in spec::operations(spec, "paths") {
        let Some(responses) = operation.op.get("responses").and_then(Value::as_object) else {
            continue;
        };
        for (status, response) in responses {
            let response = spec::deref(spec, response);
            let Some(content) = response.get("content").and_then(Value::as_object) else {
                continue;
            };
            for (media, body) in content {
                if !media.contains("json") {
                    continue;
                }
                for (name, value) in named_examples(spec, body) {
                    out.push(Example {
                        operation: operation_id(operation.method, operation.path),
                        status: status.clone(),
                        name,
                        value,
                    });
                }
            }
        }
    }
    out
}

/// A media type's examples: the `examples` map, or the single `example`.
pub fn named_examples(spec: &Value, media: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(map) = media.get("examples").and_then(Value::as_object) {
        for (name, example) in map {
            let example = spec::deref(spec, example);
            if let Some(value) = example.get("value") {
                out.push((name.clone(), value.clone()));
            }
        }
    } else if let Some(value) = media.get("example") {
        out.push(("example".to_owned(), value.clone()));
    }
    out
}

/// Compares what the API sent with what the crate gives back. Numbers
/// compare by value (`60` = `60.0`), date-times as instants, and a `null`
/// or empty list may come back as absent. Returns the first difference.
pub fn lossless(sent: &Value, back: &Value, at: &str) -> Result<(), String> {
    match (sent, back) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{at}/{key}");
                match b.get(key) {
                    Some(other) => lossless(value, other, &here)?,
                    None if is_empty(value) => {}
                    None => return Err(format!("{here}: lost (was {value})")),
                }
            }
            for (key, value) in b {
                if !a.contains_key(key) && !is_empty(value) {
                    return Err(format!("{at}/{key}: added {value}"));
                }
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Err(format!("{at}: {} items became {}", a.len(), b.len()));
            }
            a.iter()
                .zip(b)
                .enumerate()
                .try_for_each(|(i, (x, y))| lossless(x, y, &format!("{at}/{i}")))
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => Ok(()),
        (Value::String(a), Value::String(b)) if a == b || same_instant(a, b) => Ok(()),
        (a, b) if a == b => Ok(()),
        (a, b) => Err(format!("{at}: {a} became {b}")),
    }
}

/// Compares JSON texts exactly: numbers by their digits (`1.10` is not
/// `1.1`, and no `f64` hides a lost digit), strings and literals as
/// written, objects by their keys in any order. A `null` or empty list may
/// come back absent (optional fields are not sent when unset). Returns the
/// first difference, with its JSON pointer.
pub fn same_json(sent: &str, back: &str) -> Result<(), String> {
    exact(sent, back, "")
}

fn exact(sent: &str, back: &str, at: &str) -> Result<(), String> {
    use serde_json::value::RawValue;
    let (sent, back) = (sent.trim(), back.trim());
    let kind = |text: &str| text.as_bytes().first().copied().unwrap_or(b' ');
    match (kind(sent), kind(back)) {
        (b'{', b'{') => {
            let parse = |text| -> Result<Vec<(String, &RawValue)>, String> {
                let map: entries::Entries =
                    serde_json::from_str(text).map_err(|e| format!("{at}: {e}"))?;
                Ok(map.0)
            };
            let (a, b) = (parse(sent)?, parse(back)?);
            for (key, value) in &a {
                let here = format!("{at}/{key}");
                match b.iter().find(|(k, _)| k == key) {
                    Some((_, other)) => exact(value.get(), other.get(), &here)?,
                    None if is_empty_text(value.get()) => {}
                    None => return Err(format!("{here}: lost (was {})", value.get())),
                }
            }
            for (key, value) in &b {
                if !a.iter().any(|(k, _)| k == key) && !is_empty_text(value.get()) {
                    return Err(format!("{at}/{key}: added {}", value.get()));
                }
            }
            Ok(())
        }
        (b'[', b'[') => {
            let parse = |text| -> Result<Vec<&RawValue>, String> {
                serde_json::from_str(text).map_err(|e| format!("{at}: {e}"))
            };
            let (a, b) = (parse(sent)?, parse(back)?);
            if a.len() != b.len() {
                return Err(format!("{at}: {} items became {}", a.len(), b.len()));
            }
            a.iter()
                .zip(&b)
                .enumerate()
                .try_for_each(|(i, (x, y))| exact(x.get(), y.get(), &format!("{at}/{i}")))
        }
        (b'"', b'"') => {
            let parse = |text| -> Result<String, String> {
                serde_json::from_str(text).map_err(|e| format!("{at}: {e}"))
            };
            if parse(sent)? == parse(back)? {
                Ok(())
            } else {
                Err(format!("{at}: {sent} became {back}"))
            }
        }
        // Numbers and literals: the same characters.
        _ if sent == back => Ok(()),
        _ => Err(format!("{at}: {sent} became {back}")),
    }
}

/// An object's entries as written (each value's exact text).
mod entries {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde_json::value::RawValue;

    pub struct Entries<'a>(pub Vec<(String, &'a RawValue)>);

    impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct EntriesVisitor;
            impl<'de> Visitor<'de> for EntriesVisitor {
                type Value = Entries<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        out.push(entry);
                    }
                    Ok(Entries(out))
                }
            }
            deserializer.deserialize_map(EntriesVisitor)
        }
    }
}

fn is_empty_text(text: &str) -> bool {
    let text = text.trim();
    text == "null" || (text.starts_with('[') && text[1..].trim() == "]")
}

fn is_empty(value: &Value) -> bool {
    value.is_null() || value.as_array().is_some_and(Vec::is_empty)
}

fn same_instant(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// The named example body of Get Customer Details V2 in the spec.
pub fn example_json(name: &str) -> Value {
    let spec = spec();
    let pointer = format!(
        "/paths/~1v2~1customers~1{{customer_id}}/get/responses/200/content/application~1json/examples/{name}/value"
    );
    spec.pointer(&pointer)
        .unwrap_or_else(|| panic!("no example at {pointer}"))
        .clone()
}

/// The example's `data`, decoded.
pub fn example_customer(name: &str) -> fin_api::types::customers::CustomerDetails {
    customer(example_json(name))
}

/// A response body's `data`, decoded.
pub fn customer(body: Value) -> fin_api::types::customers::CustomerDetails {
    let response: fin_api::types::customers::GetCustomerDetailsV2Response =
        serde_json::from_value(body).unwrap_or_else(|e| panic!("does not decode: {e}"));
    response.data.expect("the body has data")
}

/// The keys of a JSON object in the order written (a `serde_json::Value`
/// keeps them sorted).
pub fn keys(object: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        keys.push(key);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visitor)
        }
    }
    serde_json::from_str::<Keys>(object).expect("an object").0
}

/// The items of the list under `key` of a JSON object, as their text.
pub fn list(object: &str, key: &str) -> Vec<Box<serde_json::value::RawValue>> {
    let fields: std::collections::HashMap<String, Box<serde_json::value::RawValue>> =
        serde_json::from_str(object).expect("an object");
    serde_json::from_str(fields[key].get()).expect("a list")
}
