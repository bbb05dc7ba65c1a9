//! Example arguments for every operation, for `spec_table::call_example`
//! (which runs the whole API against an independent mock server): the
//! spec's own parameter and body examples, or values made from the schema
//! where it gives none.

use heck::ToSnakeCase;
use serde_json::{json, Map, Value};

use crate::spec::{deref, reference, required, resolve};

/// What the spec offers to call an operation with.
pub struct OperationExample {
    /// The operation's method name.
    pub id: String,
    /// The parameters (headers aside), in the order progenitor takes them.
    pub params: Vec<ParamExample>,
    /// The first example of the JSON request body, if any.
    pub body: Option<Value>,
}

/// A parameter and the value to call with.
pub struct ParamExample {
    /// The argument's name as progenitor spells it.
    pub name: String,
    /// The spec's example, or a value made from the schema.
    pub value: Value,
    /// Whether the operation requires the parameter.
    pub required: bool,
}

/// Rust keywords progenitor suffixes with `_` in argument names.
const KEYWORDS: [&str; 12] = [
    "type", "match", "ref", "self", "struct", "enum", "fn", "impl", "mod", "move", "use", "where",
];

/// The example value of a parameter: its `example`, the first of its
/// `examples`, or one made from its schema.
fn param_example(param: &Value, spec: &Value) -> Value {
    if let Some(example) = param.get("example") {
        return example.clone();
    }
    if let Some(first) = param
        .get("examples")
        .and_then(Value::as_object)
        .and_then(|m| m.values().next())
    {
        if let Some(value) = first.get("value") {
            return value.clone();
        }
    }
    synthesize(param.get("schema").unwrap_or(&Value::Null), spec, 0)
}

/// A value that fits `schema`: its example where it has one, else one made
/// from its type (required properties, one item per list).
pub fn synthesize(schema: &Value, spec: &Value, depth: usize) -> Value {
    if depth > 12 {
        return Value::Null;
    }
    if let Some(target) = reference(schema) {
        let resolved = resolve(spec, target).unwrap_or(&Value::Null);
        return synthesize(resolved, spec, depth + 1);
    }
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return first.clone();
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        // A one-part `allOf` (a nullable `$ref`) is its part, object or not.
        if let [only] = parts.as_slice() {
            return synthesize(only, spec, depth + 1);
        }
        let mut merged = Map::new();
        for part in parts {
            if let Value::Object(fields) = synthesize(part, spec, depth + 1) {
                merged.extend(fields);
            }
        }
        return Value::Object(merged);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema
            .get(key)
            .and_then(Value::as_array)
            .and_then(|v| v.first())
        {
            return synthesize(first, spec, depth + 1);
        }
    }
    let kind = schema.get("type").and_then(Value::as_str);
    if kind == Some("object") || schema.get("properties").is_some() {
        let required = required(schema);
        let mut out = Map::new();
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if required.contains(&name.as_str()) {
                out.insert(name.clone(), synthesize(prop, spec, depth + 1));
            }
        }
        return Value::Object(out);
    }
    match (kind, schema.get("format").and_then(Value::as_str)) {
        (Some("array"), _) => json!([synthesize(
            schema.get("items").unwrap_or(&Value::Null),
            spec,
            depth + 1
        )]),
        (Some("integer"), _) => json!(1),
        (Some("number"), _) => json!(1.5),
        (Some("boolean"), _) => json!(true),
        (_, Some("uuid")) => json!("0b6c3f1e-6c1a-4a53-9c55-2f7a0a51c0de"),
        (_, Some("date")) => json!("2026-01-31"),
        (_, Some("date-time")) => json!("2026-01-31T12:00:00Z"),
        (_, Some("email")) => json!("someone@example.com"),
        (_, Some("uri")) => json!("https://example.com/"),
        _ => json!("example"),
    }
}

/// What the spec offers to call operation `id` with: its parameters
/// (`shared` are its path item's) and body, each with an example value.
pub fn operation_example(
    id: &str,
    op: &Map<String, Value>,
    shared: Option<&Vec<Value>>,
    spec: &Value,
) -> OperationExample {
    let params = shared
        .into_iter()
        .flatten()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| deref(spec, p))
        .filter(|p| p.get("in").and_then(Value::as_str) != Some("header"))
        .filter_map(|p| {
            let p = &p;
            let name = p.get("name").and_then(Value::as_str)?;
            let required = p.get("required") == Some(&Value::Bool(true));
            let mut arg = name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '_' })
                .collect::<String>()
                .to_snake_case();
            if KEYWORDS.contains(&arg.as_str()) {
                arg.push('_');
            }
            Some(ParamExample {
                name: arg,
                value: param_example(p, spec),
                required,
            })
        })
        .collect();
    let body = op
        .get("requestBody")
        .and_then(|b| b.get("content"))
        .and_then(|c| c.get("application/json"))
        .and_then(|media| {
            let named = media
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|m| m.values().next())
                .and_then(|e| e.get("value"));
            named.or_else(|| media.get("example")).cloned().or_else(|| {
                media
                    .get("schema")
                    .map(|schema| synthesize(schema, spec, 0))
            })
        });
    OperationExample {
        id: id.to_owned(),
        params,
        body,
    }
}
