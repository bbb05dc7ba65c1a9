//! OpenAPI 3.1 → the 3.0 dialect that `openapiv3` and progenitor read.
//!
//! The upstream spec says `openapi: 3.1.0` but is written mostly in 3.0
//! style (`nullable`). These rewrites keep its meaning for a Rust client:
//! - `openapi: 3.1.x` → `3.0.3`;
//! - `type: [T, "null"]` → `type: T, nullable: true`; several non-null types
//!   become an `anyOf` of single types;
//! - `const: v` → `enum: [v]`;
//! - schema `examples: [..]` → `example: <first>`;
//! - `if`/`then`/`else` → dropped, after adding any property they mention to
//!   the base schema as optional (the conditions only tighten validation,
//!   which is the server's job; no field may be lost);
//!
//!
//! It also drops the keywords that only constrain values (`pattern`,
//! lengths, bounds, `uniqueItems`, ...): typify turns them into checked
//! newtypes and sets that reject or reorder what a server sends, and
//! checking values is the server's job, not a client's. `default` goes too:
//! it says what the server assumes, and typify would fill it in and send it.
//!
//! Example payloads, `enum` and `default` values and `x-` extensions are
//! data, not schemas: the walk never rewrites inside them.

use serde_json::{json, Map, Value};

use crate::spec::{holds_names, is_data_key};

/// Rewrites `spec` in place (the `webhooks` section too: the rules turn it
/// into event types later).
pub fn downgrade(spec: &mut Value) {
    if let Some(version) = spec.get_mut("openapi") {
        if version.as_str().is_some_and(|v| v.starts_with("3.1")) {
            *version = json!("3.0.3");
        }
    }
    walk(spec);
}

fn walk(value: &mut Value) {
    match value {
        Value::Object(map) => {
            rewrite_schema(map);
            for (key, child) in map.iter_mut() {
                if holds_names(key) && child.is_object() {
                    // Names are the user's, not keywords: a property may
                    // well be called `default`, and so is a response.
                    child
                        .as_object_mut()
                        .into_iter()
                        .flat_map(|p| p.values_mut())
                        .for_each(walk);
                } else if !is_data_key(key) {
                    walk(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(walk),
        _ => {}
    }
}

const VALUE_CONSTRAINTS: [&str; 14] = [
    // What the server assumes when a field is absent; a client that filled
    // it in would send (and round-trip) values nobody set.
    "default",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
];

/// `type: [T, "null"]` → `type: T, nullable: true`; several non-null
/// types → an `anyOf` of single types.
fn type_list(map: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = map.get("type").cloned() {
        let (nulls, others): (Vec<_>, Vec<_>) = types.into_iter().partition(|t| t == "null");
        if !nulls.is_empty() {
            map.insert("nullable".into(), json!(true));
        }
        map.shift_remove("type");
        match others.len() {
            0 => {}
            1 => {
                map.insert("type".into(), others[0].clone());
            }
            _ => {
                let variants: Vec<Value> = others.iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".into(), Value::Array(variants));
            }
        }
    }
}

/// Drops `if`/`then`/`else`, adding any typed property a branch mentions
/// that the base schema lacks, as optional.
fn drop_conditions(map: &mut Map<String, Value>) {
    let branches: Vec<Value> = ["if", "then", "else"]
        .iter()
        .filter_map(|k| map.shift_remove(*k))
        .collect();
    for branch in branches {
        if let Some(Value::Object(props)) = branch.get("properties") {
            let target = map
                .entry("properties")
                .or_insert_with(|| json!({}))
                .as_object_mut();
            if let Some(target) = target {
                for (name, schema) in props {
                    // A branch often only narrows a property (`const`,
                    // `minLength`); only add what the base lacks.
                    if !target.contains_key(name) && schema.get("type").is_some() {
                        target.insert(name.clone(), schema.clone());
                    }
                }
            }
        }
    }
}

fn rewrite_schema(map: &mut Map<String, Value>) {
    // Only in schemas: a map of names (paths, components) may well hold an
    // entry called `default` or `pattern`.
    let schema_keys = [
        "type",
        "properties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "enum",
        "format",
        "nullable",
    ];
    if schema_keys
        .iter()
        .any(|k| map.get(*k).is_some_and(|v| !v.is_object() || *k != "type"))
    {
        for key in VALUE_CONSTRAINTS {
            if map
                .get(key)
                .is_some_and(|v| key == "default" || !v.is_object())
            {
                map.shift_remove(key);
            }
        }
    }
    type_list(map);
    if let Some(constant) = map.shift_remove("const") {
        map.entry("enum").or_insert_with(|| json!([constant]));
    }
    // A schema's `examples` is a list; a media type's or parameter's is a
    // map of named examples and stays.
    if map.get("examples").is_some_and(Value::is_array) {
        if let Some(Value::Array(examples)) = map.shift_remove("examples") {
            if let Some(first) = examples.into_iter().next() {
                map.entry("example").or_insert(first);
            }
        }
    }
    for (key, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(limit) = map.get(key).filter(|v| v.is_number()).cloned() {
            map.insert(bound.into(), limit);
            map.insert(key.into(), json!(true));
        }
    }
    drop_conditions(map);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn downgraded(spec: Value) -> Value {
        let mut spec = spec;
        downgrade(&mut spec);
        spec
    }

    #[test]
    fn type_lists_become_nullable_or_any_of() {
        let spec = downgraded(json!({"openapi": "3.1.0", "components": {"schemas": {
            "A": {"type": ["string", "null"]},
            "B": {"type": ["string", "integer"]}
        }}}));
        assert_eq!(spec["openapi"], "3.0.3");
        assert_eq!(
            spec["components"]["schemas"]["A"],
            json!({"nullable": true, "type": "string"})
        );
        assert_eq!(
            spec["components"]["schemas"]["B"],
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn const_examples_and_constraints_are_rewritten_but_data_is_not() {
        let spec = downgraded(json!({"components": {"schemas": {"A": {
            "type": "string", "const": "X", "examples": ["a", "b"], "pattern": "^a",
            "default": "a", "x-data": {"type": ["string", "null"]}
        }}}}));
        assert_eq!(
            spec["components"]["schemas"]["A"],
            json!({"type": "string", "x-data": {"type": ["string", "null"]}, "enum": ["X"], "example": "a"})
        );
    }

    #[test]
    fn a_property_named_like_a_keyword_stays() {
        let schema = json!({"type": "object", "properties": {
            "default": {"type": "string"}, "pattern": {"type": "string"}
        }});
        let spec = downgraded(json!({"components": {"schemas": {"A": schema.clone()}}}));
        assert_eq!(spec["components"]["schemas"]["A"], schema);
    }

    #[test]
    fn conditional_branches_add_the_properties_they_mention() {
        let spec = downgraded(json!({"components": {"schemas": {"A": {
            "type": "object",
            "properties": {"kind": {"type": "string"}},
            "if": {"properties": {"kind": {"const": "B"}}},
            "then": {"properties": {"extra": {"type": "string"}}}
        }}}}));
        assert_eq!(
            spec["components"]["schemas"]["A"],
            json!({"type": "object", "properties": {"kind": {"type": "string"}, "extra": {"type": "string"}}})
        );
    }
}
