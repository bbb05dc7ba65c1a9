//! `$ref` checking, before the generator sees the spec: typify panics on a
//! reference that does not resolve, so we name the file, the place and the
//! missing target ourselves.

use std::path::Path;

use serde_json::Value;

use crate::codegen::error::{PipelineError, Result};
use crate::codegen::yaml::escape;

/// Fails on the first `$ref` that is not a local JSON pointer into `spec`
/// (in document order).
pub fn check(spec: &Value, file: &Path) -> Result<()> {
    walk(spec, spec, String::new(), file)
}

fn walk(root: &Value, value: &Value, pointer: String, file: &Path) -> Result<()> {
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
                // Examples are payloads: a `$ref` key there is data.
                if key == "example" || key == "examples" || key.starts_with("x-") {
                    continue;
                }
                walk(root, child, format!("{pointer}/{}", escape(key)), file)?;
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(root, item, format!("{pointer}/{i}"), file)?;
            }
        }
        _ => {}
    }
    Ok(())
}
