//! Reading YAML documents (specs, overlays) into `serde_json::Value`.
//!
//! Shared by `build.rs` and `xtask`, so both read a spec the same way.
//! YAML mapping keys that are scalars other than strings (e.g. an unquoted
//! `200:` response code) become their string form, as JSON requires.

use serde_json::{Map, Number, Value};
use serde_yaml_ng::Value as Yaml;

/// Parses YAML text into JSON. `Err` carries a message with line and column.
pub fn parse(text: &str) -> Result<Value, String> {
    let yaml: Yaml = serde_yaml_ng::from_str(text).map_err(|e| e.to_string())?;
    to_json(yaml, "")
}

/// Renders a JSON value as YAML text.
#[allow(dead_code)] // used by xtask only
pub fn render(value: &Value) -> Result<String, String> {
    serde_yaml_ng::to_string(value).map_err(|e| e.to_string())
}

fn to_json(yaml: Yaml, pointer: &str) -> Result<Value, String> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => {
            number(&n).ok_or_else(|| format!("{pointer}: number {n} is not finite"))?
        }
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &format!("{pointer}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let key = scalar_key(&key)
                    .ok_or_else(|| format!("{pointer}: a mapping key is not a scalar"))?;
                let child = to_json(value, &format!("{pointer}/{}", escape(&key)))?;
                if out.insert(key.clone(), child).is_some() {
                    return Err(format!("{pointer}: duplicate key `{key}`"));
                }
            }
            Value::Object(out)
        }
        Yaml::Tagged(tagged) => to_json(tagged.value, pointer)?,
    })
}

fn number(n: &serde_yaml_ng::Number) -> Option<Value> {
    if let Some(i) = n.as_u64() {
        Some(Value::Number(i.into()))
    } else if let Some(i) = n.as_i64() {
        Some(Value::Number(i.into()))
    } else {
        n.as_f64().and_then(Number::from_f64).map(Value::Number)
    }
}

fn scalar_key(key: &Yaml) -> Option<String> {
    match key {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Number(n) => Some(n.to_string()),
        Yaml::Bool(b) => Some(b.to_string()),
        Yaml::Null => Some("null".to_owned()),
        _ => None,
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
