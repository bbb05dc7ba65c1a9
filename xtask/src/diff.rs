//! What changed between two OpenAPI documents, as a list of upstream
//! changes: one entry per thing an editor of the spec changed (an operation
//! or a schema added, a property removed, a keyword changed, an enum's
//! values changed), each with its JSON pointer, a description, and the
//! edits that make it, so `judge` can apply them one at a time.
//!
//! The walk follows the spec model: names in maps of names are never
//! keywords, and values under data keys (examples, enum values, defaults)
//! are compared whole, never walked into.

use serde_json::{Map, Value};

use crate::codegen::spec::{holds_names, is_data_key, is_method, pointer, strings, unescape};

/// One edit of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Sets the node at the pointer (its parent exists).
    Set(String, Value),
    /// Removes the node at the pointer.
    Remove(String),
    /// Adds a name to (`true`), or removes it from, the `required` list
    /// at the pointer; a list left empty goes unless `keep`.
    Require {
        list: String,
        name: String,
        add: bool,
        keep: bool,
    },
}

/// One upstream change.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Where in the (new, or for removals old) document.
    pub pointer: String,
    /// What changed, for people.
    pub what: String,
    /// The edits that turn the old document into one with this change.
    pub edits: Vec<Edit>,
}

/// The changes from `old` (vendored) to `new` (upstream), components first
/// (a schema must exist before something can refer to it), removals after
/// the rest (an operation that moves to another path is added before the
/// old one goes, so its types, placed by the operations that use them, are
/// judged as staying where they are), otherwise in document order.
pub fn diff(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    walk(Some(old), Some(new), "", false, &mut changes);
    changes.sort_by_key(|c| {
        (
            !c.pointer.starts_with("/components/"),
            c.edits.iter().all(|e| matches!(e, Edit::Remove(_))),
        )
    });
    changes
}

fn walk(a: Option<&Value>, b: Option<&Value>, at: &str, names: bool, out: &mut Vec<Change>) {
    match (a, b) {
        (Some(x), Some(y)) if x == y => {}
        (Some(Value::Object(x)), Some(Value::Object(y))) => object(x, y, at, names, out),
        (Some(Value::Array(x)), Some(Value::Array(y))) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                walk(Some(p), Some(q), &format!("{at}/{i}"), false, out);
            }
        }
        (None, None) => {}
        _ => whole(a, b, at, out),
    }
}

fn object(
    x: &Map<String, Value>,
    y: &Map<String, Value>,
    at: &str,
    names: bool,
    out: &mut Vec<Change>,
) {
    let start = out.len();
    let mut keys: Vec<&String> = x.keys().collect();
    keys.extend(y.keys().filter(|k| !x.contains_key(*k)));
    for key in keys {
        // A schema's `required` list goes with its properties (below).
        if !names && key == "required" && is_name_list(x.get(key)) && is_name_list(y.get(key)) {
            continue;
        }
        let here = pointer(at, key);
        let (p, q) = (x.get(key), y.get(key));
        if !names && is_data_key(key) {
            if p != q {
                whole(p, q, &here, out);
            }
        } else {
            let child_names = !names && holds_names(key);
            walk(p, q, &here, child_names, out);
        }
    }
    if !names {
        required(x, y, at, start, out);
    }
}

/// A value compared whole: one change, set or removed.
fn whole(a: Option<&Value>, b: Option<&Value>, at: &str, out: &mut Vec<Change>) {
    let edit = match b {
        Some(v) => Edit::Set(at.to_owned(), v.clone()),
        None => Edit::Remove(at.to_owned()),
    };
    out.push(Change {
        pointer: at.to_owned(),
        what: describe(at, a, b),
        edits: vec![edit],
    });
}

fn required_of(map: &Map<String, Value>) -> Vec<&str> {
    map.get("required").map(strings).unwrap_or_default()
}

fn is_name_list(v: Option<&Value>) -> bool {
    v.is_none_or(|v| v.as_array().is_some_and(|l| l.iter().all(Value::is_string)))
}

/// Names added to or removed from `required`: with the property when the
/// property itself was added or removed (one change: "required property
/// added"), else a change of their own.
fn required(
    x: &Map<String, Value>,
    y: &Map<String, Value>,
    at: &str,
    start: usize,
    out: &mut Vec<Change>,
) {
    let (before, after) = (required_of(x), required_of(y));
    let list = pointer(at, "required");
    let flips = before
        .iter()
        .filter(|n| !after.contains(n))
        .map(|n| (*n, false))
        .chain(
            after
                .iter()
                .filter(|n| !before.contains(n))
                .map(|n| (*n, true)),
        );
    for (name, now) in flips {
        let edit = Edit::Require {
            list: list.clone(),
            name: name.to_owned(),
            add: now,
            keep: y.contains_key("required"),
        };
        let property = pointer(&pointer(at, "properties"), name);
        match out[start..].iter_mut().find(|c| c.pointer == property) {
            Some(change) => {
                change.edits.push(edit);
                if now {
                    change.what = change
                        .what
                        .replacen("optional property", "required property", 1);
                }
            }
            None => out.push(Change {
                pointer: list.clone(),
                what: format!(
                    "property {name} became {}",
                    if now { "required" } else { "optional" }
                ),
                edits: vec![edit],
            }),
        }
    }
}

fn last(at: &str) -> Option<String> {
    at.rsplit_once('/').map(|(_, k)| unescape(k))
}

fn parent(at: &str) -> &str {
    at.rsplit_once('/').map_or("", |(p, _)| p)
}

fn brief(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

/// A sentence for a change at `at`, from what is there before and after.
fn describe(at: &str, a: Option<&Value>, b: Option<&Value>) -> String {
    let segments: Vec<String> = at.split('/').skip(1).map(unescape).collect();
    let key = segments.last().cloned().unwrap_or_default();
    let added = if b.is_some() { "added" } else { "removed" };
    let whole = a.is_none() || b.is_none();
    let kind = |section: &str| {
        if section == "paths" {
            "operation"
        } else {
            "webhook"
        }
    };
    match segments
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [section @ ("paths" | "webhooks")] if whole => {
            let methods: Vec<String> = b
                .or(a)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .flat_map(|(path, item)| methods_of(item, path))
                .collect();
            format!("{}(s) {added}: {}", kind(section), methods.join(", "))
        }
        ["paths" | "webhooks", path] if whole => {
            let methods = b
                .or(a)
                .map(|item| methods_of(item, path))
                .unwrap_or_default();
            format!("{} {added}: {}", kind(&segments[0]), methods.join(", "))
        }
        ["paths" | "webhooks", path] => format!("path item {path} changed"),
        ["paths" | "webhooks", path, method] if is_method(method) && whole => {
            format!(
                "{} {added}: {} {path}",
                kind(&segments[0]),
                method.to_uppercase()
            )
        }
        ["components", section, name] if whole => {
            format!("{} {added}: {name}", section.trim_end_matches('s'))
        }
        [.., "properties", name] if whole => {
            if b.is_some() {
                format!("optional property added: {name}")
            } else {
                format!("property removed: {name}")
            }
        }
        ["info", field] => format!(
            "info.{field} changed from {} to {}",
            a.map_or("nothing".into(), brief),
            b.map_or("nothing".into(), brief)
        ),
        [.., "enum"] => enum_change(a, b),
        [.., "type"] if !whole => format!(
            "type changed from {} to {}",
            a.map(brief).unwrap_or_default(),
            b.map(brief).unwrap_or_default()
        ),
        _ => match (a, b) {
            (None, Some(v)) => format!("`{key}: {}` added", brief(v)),
            (Some(_), None) => format!("`{key}` removed"),
            (Some(x), Some(y)) => format!("`{key}` changed from {} to {}", brief(x), brief(y)),
            (None, None) => String::new(),
        },
    }
}

/// `GET /path` for each operation of the path item `item`.
fn methods_of(item: &Value, path: &str) -> Vec<String> {
    item.as_object()
        .into_iter()
        .flatten()
        .filter(|(m, _)| is_method(m))
        .map(|(m, _)| format!("{} {path}", m.to_uppercase()))
        .collect()
}

fn enum_change(a: Option<&Value>, b: Option<&Value>) -> String {
    let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (before, after) = (list(a), list(b));
    let mut parts: Vec<String> = after
        .iter()
        .filter(|v| !before.contains(v))
        .map(|v| format!("enum value added: {v}"))
        .collect();
    parts.extend(
        before
            .iter()
            .filter(|v| !after.contains(v))
            .map(|v| format!("enum value removed: {v}")),
    );
    if parts.is_empty() {
        "enum values reordered".into()
    } else {
        parts.join("; ")
    }
}

/// Applies `edits` to `doc`; `Err` names an edit whose place is gone.
pub fn apply(doc: &mut Value, edits: &[Edit]) -> Result<(), String> {
    for edit in edits {
        match edit {
            Edit::Set(at, value) => *slot(doc, at)? = value.clone(),
            Edit::Remove(at) => remove(doc, at)?,
            Edit::Require {
                list,
                name,
                add,
                keep,
            } => {
                let node = slot(doc, list)?;
                if !node.is_array() {
                    *node = Value::Array(Vec::new());
                }
                let items = node.as_array_mut().expect("just made a list");
                items.retain(|v| v.as_str() != Some(name));
                if *add {
                    items.push(Value::String(name.clone()));
                } else if items.is_empty() && !keep {
                    remove(doc, list)?;
                }
            }
        }
    }
    Ok(())
}

fn remove(doc: &mut Value, at: &str) -> Result<(), String> {
    let key = last(at).unwrap_or_default();
    match doc.pointer_mut(parent(at)) {
        Some(Value::Object(map)) => {
            map.shift_remove(&key);
        }
        Some(Value::Array(items)) => {
            if let Some(i) = key.parse::<usize>().ok().filter(|i| *i < items.len()) {
                items.remove(i);
            }
        }
        _ => return Err(format!("{at}: nothing to remove")),
    }
    Ok(())
}

/// The node at `at`, made (as `null`) in its parent object if missing.
fn slot<'a>(doc: &'a mut Value, at: &str) -> Result<&'a mut Value, String> {
    if at.is_empty() {
        return Ok(doc);
    }
    let key = last(at).unwrap_or_default();
    match doc.pointer_mut(parent(at)) {
        Some(Value::Object(map)) => Ok(map.entry(key).or_insert(Value::Null)),
        Some(Value::Array(items)) => key
            .parse::<usize>()
            .ok()
            .and_then(|i| items.get_mut(i))
            .ok_or_else(|| format!("{at}: no such item")),
        _ => Err(format!("{at}: its parent is gone")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "Fin", "version": "1.0.0"},
            "paths": {"/c/{id}": {"get": {"responses": {"default": {"description": "x"}}}}},
            "components": {"schemas": {"C": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "example": {"type": "string", "example": "a"},
                    "status": {"type": "string", "enum": ["A", "B"]}
                }
            }}}
        })
    }

    fn replay(old: &Value, new: &Value) -> Vec<Change> {
        let changes = diff(old, new);
        let mut doc = old.clone();
        for change in &changes {
            apply(&mut doc, &change.edits).unwrap();
        }
        assert_eq!(&doc, new, "the edits do not rebuild the new document");
        changes
    }

    #[test]
    fn one_change_per_upstream_edit_and_the_edits_rebuild_it() {
        let old = spec();
        let mut new = spec();
        let c = &mut new["components"]["schemas"]["C"];
        c["properties"]["nick"] = json!({"type": "string"});
        c["properties"]["age"] = json!({"type": "integer"});
        c["required"] = json!(["id", "age"]);
        c["properties"]["status"]["enum"] = json!(["A", "B", "C"]);
        c["properties"]["example"]["example"] = json!("b");
        c["properties"]["id"]["minLength"] = json!(3);
        new["info"]["version"] = json!("1.1.0");
        new["paths"]["/c/{id}"]["get"]["responses"]["default"]["description"] = json!("y");
        let whats: Vec<String> = replay(&old, &new).into_iter().map(|c| c.what).collect();
        assert_eq!(
            whats,
            [
                "`minLength: 3` added",
                "`example` changed from a to b",
                "enum value added: \"C\"",
                "optional property added: nick",
                "required property added: age",
                "info.version changed from 1.0.0 to 1.1.0",
                "`description` changed from x to y",
            ]
        );
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn removals_and_requirement_flips() {
        let old = spec();
        let mut new = spec();
        new["paths"]
            .as_object_mut()
            .unwrap()
            .shift_remove("/c/{id}");
        new["components"]["schemas"]["C"]["required"] = json!([]);
        let changes = replay(&old, &new);
        let whats: Vec<&str> = changes.iter().map(|c| c.what.as_str()).collect();
        assert_eq!(
            whats,
            [
                "property id became optional",
                "operation removed: GET /c/{id}"
            ]
        );
        assert_eq!(changes[1].pointer, "/paths/~1c~1{id}");
    }
}
