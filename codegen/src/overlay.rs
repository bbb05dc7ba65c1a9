//! OpenAPI Overlay 1.0: our documented fixes to the upstream spec.
//!
//! An overlay is a list of actions, applied in order. Each has a JSONPath
//! (RFC 9535) `target`, a `description` (the reason for the fix; we require
//! one), and one of:
//! - `update`: merged into every matched node (objects merge recursively,
//!   an array target gets the value appended, anything else is replaced);
//! - `remove: true`: every matched node is deleted;
//! - `x-hoist: {name: N, also: [JSONPath, ...]}` (our extension): the one
//!   matched node moves, as upstream wrote it, to `components/schemas/N`
//!   and a `$ref` to it takes its place, and the place of every node the
//!   `also` paths match. So a schema gets a name (and is shared) without
//!   the overlay copying it: an upstream change to it reaches the types.
//!
//! A target that matches nothing is an error: a fix that silently stopped
//! applying would leave a silently wrong type. An action marked
//! `x-optional: true` may match nothing (a fix for a part of the full spec
//! that the vendored spec does not have yet).
//!
//! Applying records what each action shadows: the upstream nodes it
//! removes or replaces (an `update` over an existing value, an `also`
//! place), so the drift check can say that an upstream change there does
//! not reach the generated code.

use std::path::Path;

use serde_json::{json, Map, Value};
use serde_json_path::JsonPath;

use crate::error::{PipelineError, Result};
use crate::spec::{pointer, unescape};

/// One parsed overlay action.
struct Action {
    index: usize,
    optional: bool,
    target: String,
    description: String,
    path: JsonPath,
    change: Change,
}

enum Change {
    Update(Value),
    Remove,
    Hoist(Hoist),
}

/// `x-hoist`: the name the matched schema gets, and the other places that
/// refer to it instead of their own content.
struct Hoist {
    name: String,
    also: Vec<JsonPath>,
}

/// An upstream node an overlay action removes or replaces.
#[derive(Clone, Debug, PartialEq)]
pub struct Shadow {
    /// The node's JSON pointer, in the spec as the action found it.
    pub pointer: String,
    /// The action's index in `actions`.
    pub action: usize,
    /// The action's target.
    pub target: String,
    /// The action's description: why it replaces upstream content.
    pub reason: String,
}

/// What applying an overlay did.
#[derive(Debug, Default)]
pub struct Applied {
    /// How many actions the overlay has.
    pub actions: usize,
    /// Every upstream node an action removed or replaced.
    pub shadows: Vec<Shadow>,
}

/// Applies the overlay document `overlay` (read from `file`) to `spec`.
pub fn apply(spec: &mut Value, overlay: &Value, file: &Path) -> Result<Applied> {
    let actions = parse(overlay, file)?;
    let mut applied = Applied {
        actions: actions.len(),
        shadows: Vec::new(),
    };
    for action in &actions {
        let location = || format!("actions[{}] (target `{}`)", action.index, action.target);
        let pointers = matches(spec, &action.path);
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
        let mut replaced = Vec::new();
        match &action.change {
            Change::Update(update) => {
                for pointer in &pointers {
                    let node = spec.pointer_mut(pointer).ok_or_else(|| {
                        PipelineError::new(file, location(), format!("{pointer} vanished"))
                    })?;
                    merge(node, update, pointer, &mut replaced);
                }
            }
            // Back to front, so that removing an array item keeps the
            // indices of the items still to remove valid.
            Change::Remove => {
                for pointer in pointers.iter().rev() {
                    remove(spec, pointer);
                    replaced.push(pointer.clone());
                }
            }
            Change::Hoist(hoist) => {
                replaced = hoist_named(spec, hoist, &pointers)
                    .map_err(|message| PipelineError::new(file, location(), message))?;
            }
        }
        applied
            .shadows
            .extend(replaced.into_iter().map(|pointer| Shadow {
                pointer,
                action: action.index,
                target: action.target.clone(),
                reason: action.description.clone(),
            }));
    }
    Ok(applied)
}

/// The JSON pointers of the nodes `path` matches in `spec`.
fn matches(spec: &Value, path: &JsonPath) -> Vec<String> {
    path.query_located(spec)
        .locations()
        .map(|p| p.to_json_pointer())
        .collect()
}

/// Moves the one node at `pointers` to `components/schemas/<name>`, and
/// points it and every `also` place at it; returns the `also` places,
/// whose upstream content the reference replaces.
fn hoist_named(
    spec: &mut Value,
    hoist: &Hoist,
    pointers: &[String],
) -> std::result::Result<Vec<String>, String> {
    let [at] = pointers else {
        return Err(format!(
            "`x-hoist` needs a target that matches one node; this one matches {}",
            pointers.len()
        ));
    };
    let reference = json!({ "$ref": format!("#/components/schemas/{}", hoist.name) });
    let schemas = schemas_of(spec).ok_or("the spec's `components/schemas` is not a map")?;
    if schemas.contains_key(&hoist.name) {
        return Err(format!(
            "`components/schemas/{}` exists already; `x-hoist` names a schema that has no name yet",
            hoist.name
        ));
    }
    let node = spec
        .pointer_mut(at)
        .ok_or_else(|| format!("{at} vanished"))?;
    let content = std::mem::replace(node, reference.clone());
    if let Some(schemas) = schemas_of(spec) {
        schemas.insert(hoist.name.clone(), content);
    }
    let mut replaced = Vec::new();
    for path in &hoist.also {
        let places = matches(spec, path);
        if places.is_empty() {
            return Err(format!(
                "`x-hoist.also` path `{path}` matches nothing in the spec"
            ));
        }
        for place in places {
            if let Some(node) = spec.pointer_mut(&place) {
                *node = reference.clone();
                replaced.push(place);
            }
        }
    }
    Ok(replaced)
}

/// `components/schemas`, created when the spec has none.
fn schemas_of(spec: &mut Value) -> Option<&mut Map<String, Value>> {
    let components = spec
        .as_object_mut()?
        .entry("components")
        .or_insert_with(|| json!({}));
    components
        .as_object_mut()?
        .entry("schemas")
        .or_insert_with(|| json!({}))
        .as_object_mut()
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
        .map(|(index, raw)| parse_action(index, raw, file))
        .collect()
}

fn parse_action(index: usize, raw: &Value, file: &Path) -> Result<Action> {
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
    let path = JsonPath::parse(target)
        .map_err(|e| PipelineError::new(file, at.clone(), format!("invalid JSONPath: {e}")))?;
    let change = parse_change(raw).map_err(|message| PipelineError::new(file, at, message))?;
    Ok(Action {
        index,
        optional: raw.get("x-optional") == Some(&Value::Bool(true)),
        target: target.to_owned(),
        description: description.split_whitespace().collect::<Vec<_>>().join(" "),
        path,
        change,
    })
}

fn parse_change(raw: &Value) -> std::result::Result<Change, String> {
    let remove = matches!(raw.get("remove"), Some(Value::Bool(true)));
    match (raw.get("update"), remove, raw.get("x-hoist")) {
        (Some(update), false, None) => Ok(Change::Update(update.clone())),
        (None, true, None) => Ok(Change::Remove),
        (None, false, Some(hoist)) => parse_hoist(hoist).map(Change::Hoist),
        _ => Err(
            "expected exactly one of `update: <value>`, `remove: true` or `x-hoist: {name: ...}`"
                .into(),
        ),
    }
}

fn parse_hoist(raw: &Value) -> std::result::Result<Hoist, String> {
    let name = raw.get("name").and_then(Value::as_str).unwrap_or_default();
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    if !valid {
        return Err(format!(
            "`x-hoist.name` must be a schema name in UpperCamelCase, found `{name}`"
        ));
    }
    let also = match raw.get("also") {
        None => Vec::new(),
        Some(list) => list
            .as_array()
            .ok_or("`x-hoist.also` must be a list of JSONPaths")?
            .iter()
            .map(|p| {
                let text = p
                    .as_str()
                    .ok_or("`x-hoist.also` must be a list of JSONPaths")?;
                JsonPath::parse(text).map_err(|e| format!("`x-hoist.also` `{text}`: {e}"))
            })
            .collect::<std::result::Result<_, String>>()?,
    };
    Ok(Hoist {
        name: name.to_owned(),
        also,
    })
}

/// Merges `update` into `node` (at `at`), noting in `replaced` every
/// existing value the update replaces.
fn merge(node: &mut Value, update: &Value, at: &str, replaced: &mut Vec<String>) {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            for (key, value) in update {
                let here = pointer(at, key);
                match node.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge(existing, value, &here, replaced)
                    }
                    existing => {
                        if existing.is_some() {
                            replaced.push(here);
                        }
                        node.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(items), update) => items.push(update.clone()),
        (node, update) => {
            replaced.push(at.to_owned());
            *node = update.clone();
        }
    }
}

fn remove(spec: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        *spec = Value::Null;
        return;
    };
    let key = unescape(last);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn overlay(actions: Value) -> Value {
        json!({"overlay": "1.0.0", "actions": actions})
    }

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {
                "status": {"type": "string", "enum": ["ON", "OFF"]},
                "note": {"type": "string"}
            }},
            "B": {"type": "object", "properties": {"status": {"type": "string"}}}
        }}})
    }

    #[test]
    fn hoist_moves_upstream_content_and_points_every_place_at_it() {
        let mut spec = spec();
        let applied = apply(
            &mut spec,
            &overlay(json!([{
                "target": "$.components.schemas.A.properties.status",
                "description": "one status type",
                "x-hoist": {"name": "Status", "also": ["$.components.schemas.B.properties.status"]}
            }])),
            Path::new("overlay.yaml"),
        )
        .unwrap();
        let reference = json!({"$ref": "#/components/schemas/Status"});
        assert_eq!(
            spec["components"]["schemas"]["Status"],
            json!({"type": "string", "enum": ["ON", "OFF"]})
        );
        assert_eq!(
            spec["components"]["schemas"]["A"]["properties"]["status"],
            reference
        );
        assert_eq!(
            spec["components"]["schemas"]["B"]["properties"]["status"],
            reference
        );
        // The hoisted node is upstream's; only the `also` place is replaced.
        assert_eq!(
            applied.shadows,
            vec![Shadow {
                pointer: "/components/schemas/B/properties/status".into(),
                action: 0,
                target: "$.components.schemas.A.properties.status".into(),
                reason: "one status type".into(),
            }]
        );
    }

    #[test]
    fn hoist_refuses_a_taken_name_and_a_target_of_many_nodes() {
        for (target, name, expected) in [
            (
                "$.components.schemas.A.properties.status",
                "B",
                "exists already",
            ),
            (
                "$.components.schemas.*.properties.status",
                "Status",
                "matches 2",
            ),
        ] {
            let err = apply(
                &mut spec(),
                &overlay(
                    json!([{"target": target, "description": "x", "x-hoist": {"name": name}}]),
                ),
                Path::new("overlay.yaml"),
            )
            .unwrap_err()
            .to_string();
            assert!(err.contains(expected), "{err}");
            assert!(err.starts_with("overlay.yaml: at actions[0]"), "{err}");
        }
    }

    #[test]
    fn updates_shadow_only_the_values_they_replace_and_removals_all_they_remove() {
        let mut spec = spec();
        let applied = apply(
            &mut spec,
            &overlay(json!([
                {"target": "$.components.schemas.A.properties.note", "description": "why",
                 "update": {"type": "integer", "description": "new key"}},
                {"target": "$.components.schemas.B", "description": "gone", "remove": true}
            ])),
            Path::new("overlay.yaml"),
        )
        .unwrap();
        let pointers: Vec<&str> = applied.shadows.iter().map(|s| s.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/components/schemas/A/properties/note/type",
                "/components/schemas/B"
            ]
        );
        assert_eq!(
            spec["components"]["schemas"]["A"]["properties"]["note"]["type"],
            "integer"
        );
        assert!(spec["components"]["schemas"].get("B").is_none());
    }

    #[test]
    fn an_action_needs_a_reason_and_one_change_and_a_target_that_matches() {
        for (action, expected) in [
            (
                json!({"target": "$.x", "remove": true}),
                "expected a `description`",
            ),
            (
                json!({"target": "$.x", "description": "d", "remove": true, "update": {}}),
                "exactly one of",
            ),
            (
                json!({"target": "$.nothing", "description": "d", "remove": true}),
                "matches nothing",
            ),
            (
                json!({"target": "$.components", "description": "d", "x-hoist": {"name": "lower"}}),
                "UpperCamelCase",
            ),
        ] {
            let err = apply(&mut spec(), &overlay(json!([action])), Path::new("o.yaml"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(expected), "{err}");
        }
    }

    #[test]
    fn an_optional_action_may_match_nothing() {
        let mut spec = spec();
        let before = spec.clone();
        let applied = apply(
            &mut spec,
            &overlay(json!([{"target": "$.nothing", "description": "d", "x-optional": true, "remove": true}])),
            Path::new("o.yaml"),
        )
        .unwrap();
        assert_eq!((applied.actions, spec), (1, before));
    }
}
