//! Checks of the spec before the generator sees it: typify panics on a
//! `$ref` that does not resolve and on schema keywords of the wrong shape,
//! so we name the file, the JSON pointer and what was expected ourselves.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{PipelineError, Result};
use crate::spec::{escape, holds_names, is_data_key};

const TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

/// Fails on the first `$ref` that is not a local JSON pointer into `spec`
/// (in document order).
pub fn references(spec: &Value, file: &Path) -> Result<()> {
    walk_refs(spec, spec, String::new(), file)
}

fn walk_refs(root: &Value, value: &Value, pointer: String, file: &Path) -> Result<()> {
    match value {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref") {
                let at = format!("{pointer}/$ref");
                let Some(target) = target.as_str() else {
                    return Err(PipelineError::new(
                        file,
                        at,
                        "expected `$ref` to be a string",
                    ));
                };
                let Some(local) = target.strip_prefix('#') else {
                    return Err(PipelineError::new(
                        file,
                        at,
                        format!("`{target}` is not a local reference (`#/...`); only local references are supported"),
                    ));
                };
                if root.pointer(local).is_none() {
                    return Err(PipelineError::new(
                        file,
                        at,
                        format!("`{target}` does not resolve: nothing in the spec at {local}"),
                    ));
                }
            }
            for (key, child) in map {
                // Example payloads are data: a `$ref` key there is not a reference.
                if is_data_key(key) {
                    continue;
                }
                let child_pointer = format!("{pointer}/{}", escape(key));
                if holds_names(key) && child.is_object() {
                    // Names are not keywords: a property may be called `example`.
                    for (name, entry) in child.as_object().into_iter().flatten() {
                        walk_refs(
                            root,
                            entry,
                            format!("{child_pointer}/{}", escape(name)),
                            file,
                        )?;
                    }
                } else {
                    walk_refs(root, child, child_pointer, file)?;
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_refs(root, item, format!("{pointer}/{i}"), file)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Checks the shape of every schema the spec holds (components, parameters,
/// bodies, responses, webhooks).
pub fn schemas(spec: &Value, file: &Path) -> Result<()> {
    let mut found = Vec::new();
    collect_schemas(spec, String::new(), &mut found);
    for (pointer, schema) in found {
        schema_shape(schema, &pointer, file)?;
    }
    Ok(())
}

/// Finds the top-level schemas: `components/schemas/*` and every `schema`
/// key outside example payloads.
fn collect_schemas<'a>(value: &'a Value, pointer: String, out: &mut Vec<(String, &'a Value)>) {
    let Value::Object(map) = value else {
        if let Value::Array(items) = value {
            for (i, item) in items.iter().enumerate() {
                collect_schemas(item, format!("{pointer}/{i}"), out);
            }
        }
        return;
    };
    for (key, child) in map {
        let here = format!("{pointer}/{}", escape(key));
        if is_data_key(key) {
            continue;
        }
        if key == "schema" {
            out.push((here, child));
        } else if key == "schemas" && pointer == "/components" {
            if let Value::Object(schemas) = child {
                for (name, schema) in schemas {
                    out.push((format!("{here}/{}", escape(name)), schema));
                }
            }
        } else if holds_names(key) && child.is_object() {
            // Names are not keywords: `responses/default` is a response.
            for (name, entry) in child.as_object().into_iter().flatten() {
                collect_schemas(entry, format!("{here}/{}", escape(name)), out);
            }
        } else {
            collect_schemas(child, here, out);
        }
    }
}

fn schema_shape(schema: &Value, pointer: &str, file: &Path) -> Result<()> {
    let fail = |key: &str, expected: &str, found: &Value| {
        Err(PipelineError::new(
            file,
            format!("{pointer}/{key}"),
            format!("expected {expected}, found {found}"),
        ))
    };
    let Value::Object(map) = schema else {
        if schema.is_boolean() {
            return Ok(());
        }
        return Err(PipelineError::new(
            file,
            pointer,
            format!("expected a schema object, found {schema}"),
        ));
    };
    if map.contains_key("$ref") {
        return Ok(());
    }
    match map.get("type") {
        None => {}
        Some(Value::String(t)) if TYPES.contains(&t.as_str()) => {}
        Some(Value::Array(ts))
            if ts
                .iter()
                .all(|t| t.as_str().is_some_and(|t| TYPES.contains(&t))) => {}
        Some(other) => {
            return fail(
                "type",
                "one of string, number, integer, boolean, array, object",
                other,
            )
        }
    }
    for (key, expected) in [
        ("properties", "a mapping of property schemas"),
        ("required", "a list of property names"),
        ("enum", "a list of values"),
        ("items", "a schema"),
        ("format", "a string"),
        ("nullable", "true or false"),
    ] {
        let Some(value) = map.get(key) else { continue };
        let ok = match key {
            "properties" | "items" => value.is_object(),
            "required" => value
                .as_array()
                .is_some_and(|r| r.iter().all(Value::is_string)),
            "enum" => value.is_array(),
            "format" => value.is_string(),
            _ => value.is_boolean(),
        };
        if !ok {
            return fail(key, expected, value);
        }
    }
    children(map, pointer, file)
}

fn children(map: &Map<String, Value>, pointer: &str, file: &Path) -> Result<()> {
    if let Some(Value::Object(props)) = map.get("properties") {
        for (name, prop) in props {
            schema_shape(
                prop,
                &format!("{pointer}/properties/{}", escape(name)),
                file,
            )?;
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child @ Value::Object(_)) = map.get(key) {
            schema_shape(child, &format!("{pointer}/{key}"), file)?;
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        match map.get(key) {
            None => {}
            Some(Value::Array(list)) => {
                for (i, child) in list.iter().enumerate() {
                    schema_shape(child, &format!("{pointer}/{key}/{i}"), file)?;
                }
            }
            Some(other) => {
                return Err(PipelineError::new(
                    file,
                    format!("{pointer}/{key}"),
                    format!("expected a list of schemas, found {other}"),
                ))
            }
        }
    }
    Ok(())
}
