//! OpenAPI Overlay 1.0: our documented fixes to the upstream spec.
//!
//! An overlay is a list of actions, applied in order. Each has a JSONPath
//! (RFC 9535) `target`, a `description` (the reason for the fix; we require
//! one), and either `update` (merged into every matched node: objects merge
//! recursively, an array target gets the value appended, anything else is
//! replaced) or `remove: true` (every matched node is deleted).
//! A target that matches nothing is an error: a fix that silently stopped
//! applying would leave a silently wrong type. An action marked
//! `x-optional: true` may match nothing (a fix for a part of the full spec
//! that the vendored spec does not have yet).

use std::path::Path;

use serde_json::Value;
use serde_json_path::JsonPath;

use crate::codegen::error::{PipelineError, Result};

/// One parsed overlay action.
struct Action {
    index: usize,
    optional: bool,
    target: String,
    path: JsonPath,
    change: Change,
}

enum Change {
    Update(Value),
    Remove,
}

/// Applies the overlay document `overlay` (read from `file`) to `spec`.
pub fn apply(spec: &mut Value, overlay: &Value, file: &Path) -> Result<usize> {
    let actions = parse(overlay, file)?;
    for action in &actions {
        let pointers: Vec<String> = action
            .path
            .query_located(spec)
            .locations()
            .map(|p| p.to_json_pointer())
            .collect();
        let location = || format!("actions[{}] (target `{}`)", action.index, action.target);
        if pointers.is_empty() && action.optional {
            continue;
        }
        if pointers.is_empty() {
            return Err(PipelineError::new(
                file,
                location(),
                "the target matches nothing in the spec; remove the action or fix its target",
            ));
        }
        match &action.change {
            Change::Update(update) => {
                for pointer in &pointers {
                    let node = spec.pointer_mut(pointer).ok_or_else(|| {
                        PipelineError::new(file, location(), format!("{pointer} vanished"))
                    })?;
                    merge(node, update);
                }
            }
            // Back to front, so that removing an array item keeps the
            // indices of the items still to remove valid.
            Change::Remove => {
                for pointer in pointers.iter().rev() {
                    remove(spec, pointer);
                }
            }
        }
    }
    Ok(actions.len())
}

fn parse(overlay: &Value, file: &Path) -> Result<Vec<Action>> {
    let version = overlay.get("overlay").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("1.") {
        return Err(PipelineError::new(
            file,
            "/overlay",
            format!(
                "expected an OpenAPI Overlay 1.x document (`overlay: 1.0.0`), found `{version}`"
            ),
        ));
    }
    let Some(list) = overlay.get("actions").and_then(Value::as_array) else {
        return Err(PipelineError::new(
            file,
            "/actions",
            "expected a list of actions",
        ));
    };
    list.iter()
        .enumerate()
        .map(|(index, raw)| {
            let target = raw
                .get("target")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let at = format!("actions[{index}] (target `{target}`)");
            if target.is_empty() {
                return Err(PipelineError::new(
                    file,
                    at,
                    "expected a `target` JSONPath string",
                ));
            }
            let description = raw.get("description").and_then(Value::as_str).unwrap_or("");
            if description.trim().is_empty() {
                return Err(PipelineError::new(
                    file,
                    at,
                    "expected a `description` giving the reason for this fix",
                ));
            }
            let path = JsonPath::parse(target).map_err(|e| {
                PipelineError::new(file, at.clone(), format!("invalid JSONPath: {e}"))
            })?;
            let change = match (raw.get("update"), raw.get("remove")) {
                (None, Some(Value::Bool(true))) => Change::Remove,
                (Some(update), None | Some(Value::Bool(false))) => Change::Update(update.clone()),
                _ => {
                    return Err(PipelineError::new(
                        file,
                        at,
                        "expected exactly one of `update: <value>` or `remove: true`",
                    ))
                }
            };
            Ok(Action {
                index,
                optional: raw.get("x-optional") == Some(&Value::Bool(true)),
                target: target.to_owned(),
                path,
                change,
            })
        })
        .collect()
}

fn merge(node: &mut Value, update: &Value) {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            for (key, value) in update {
                match node.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge(existing, value)
                    }
                    _ => {
                        node.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(items), update) => items.push(update.clone()),
        (node, update) => *node = update.clone(),
    }
}

fn remove(spec: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        *spec = Value::Null;
        return;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match spec.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.shift_remove(&key);
        }
        Some(Value::Array(items)) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < items.len() {
                    items.remove(i);
                }
            }
        }
        _ => {}
    }
}
