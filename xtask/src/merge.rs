//! Merging the per-page OpenAPI documents into one.
//!
//! Each docs page repeats the shared parts (info, servers, tags, components)
//! and adds its own operation. Paths and webhooks are unioned per operation,
//! because one path's methods often come from different pages; everything
//! that appears on several pages must be identical, or we stop and name both
//! pages, since picking one silently would vendor a spec nobody published.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::codegen::spec::escape;
use crate::error::Error;

/// A parsed page: its path (for messages) and its OpenAPI document.
#[derive(Debug)]
pub struct PageDoc {
    pub page: String,
    pub doc: Value,
}

#[derive(Debug)]
pub struct Merged {
    pub doc: Value,
    /// Which page first supplied each operation, component and top-level key,
    /// by JSON pointer, so reports can say where a change comes from.
    pub owners: BTreeMap<String, String>,
}

use crate::codegen::spec::METHODS;
const TOP_ORDER: [&str; 10] = [
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "externalDocs",
    "paths",
    "webhooks",
    "components",
];
const COMPONENT_ORDER: [&str; 10] = [
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
];

/// What the pages hold, gathered by section, before it is put in order.
#[derive(Default)]
struct Gathered {
    top: Map<String, Value>,
    owners: BTreeMap<String, String>,
    paths: BTreeMap<String, Map<String, Value>>,
    webhooks: BTreeMap<String, Map<String, Value>>,
    components: BTreeMap<String, BTreeMap<String, Value>>,
}

impl Gathered {
    /// Adds `paths` or `webhooks` (`key`) of `page`, per operation.
    fn add_path_items(&mut self, key: &str, value: &Value, page: &str) -> Result<(), Error> {
        let target = if key == "paths" {
            &mut self.paths
        } else {
            &mut self.webhooks
        };
        let items = value
            .as_object()
            .ok_or_else(|| not_an_object(page, &format!("/{key}")))?;
        for (path, item) in items {
            let base = format!("/{key}/{}", escape(path));
            let item = item.as_object().ok_or_else(|| not_an_object(page, &base))?;
            let merged = target.entry(path.clone()).or_default();
            for (field, v) in item {
                let pointer = format!("{base}/{}", escape(field));
                insert_agreeing(merged, field, v, &pointer, page, &mut self.owners)?;
            }
        }
        Ok(())
    }

    /// Adds the `components` of `page`: a name two pages define must agree.
    fn add_components(&mut self, value: &Value, page: &str) -> Result<(), Error> {
        let sections = value
            .as_object()
            .ok_or_else(|| not_an_object(page, "/components"))?;
        for (section, entries) in sections {
            let base = format!("/components/{}", escape(section));
            let entries = entries
                .as_object()
                .ok_or_else(|| not_an_object(page, &base))?;
            let merged = self.components.entry(section.clone()).or_default();
            for (name, v) in entries {
                let pointer = format!("{base}/{}", escape(name));
                match merged.get(name) {
                    Some(existing) => agree(existing, v, &pointer, page, &self.owners)?,
                    None => {
                        merged.insert(name.clone(), v.clone());
                        self.owners.insert(pointer, page.to_owned());
                    }
                }
            }
        }
        Ok(())
    }
}

pub fn merge(pages: &[PageDoc]) -> Result<Merged, Error> {
    let mut gathered = Gathered::default();
    for PageDoc { page, doc } in pages {
        let Value::Object(doc) = doc else {
            return Err(not_an_object(page, ""));
        };
        for (key, value) in doc {
            match key.as_str() {
                "paths" | "webhooks" => gathered.add_path_items(key, value, page)?,
                "components" => gathered.add_components(value, page)?,
                _ => insert_agreeing(
                    &mut gathered.top,
                    key,
                    value,
                    &format!("/{}", escape(key)),
                    page,
                    &mut gathered.owners,
                )?,
            }
        }
    }
    let Gathered {
        top,
        owners,
        paths,
        webhooks,
        components,
    } = gathered;

    let mut out = Map::new();
    let mut rest = top;
    for key in TOP_ORDER {
        match key {
            "paths" if !paths.is_empty() => {
                out.insert(key.into(), path_items(paths.clone()));
            }
            "webhooks" if !webhooks.is_empty() => {
                out.insert(key.into(), path_items(webhooks.clone()));
            }
            "components" if !components.is_empty() => {
                out.insert(key.into(), ordered_components(components.clone()));
            }
            _ => {
                if let Some(v) = rest.shift_remove(key) {
                    out.insert(key.into(), v);
                }
            }
        }
    }
    // Keys we do not know (extensions) follow, in the order pages gave them.
    out.extend(rest);
    Ok(Merged {
        doc: Value::Object(out),
        owners,
    })
}

fn not_an_object(page: &str, pointer: &str) -> Error {
    Error::Page {
        page: page.to_owned(),
        url: String::new(),
        message: format!(
            "`{}` is not a mapping; not an OpenAPI document",
            if pointer.is_empty() { "/" } else { pointer }
        ),
    }
}

fn insert_agreeing(
    map: &mut Map<String, Value>,
    key: &str,
    value: &Value,
    pointer: &str,
    page: &str,
    owners: &mut BTreeMap<String, String>,
) -> Result<(), Error> {
    match map.get(key) {
        Some(existing) => agree(existing, value, pointer, page, owners),
        None => {
            map.insert(key.to_owned(), value.clone());
            owners.insert(pointer.to_owned(), page.to_owned());
            Ok(())
        }
    }
}

fn agree(
    existing: &Value,
    value: &Value,
    pointer: &str,
    page: &str,
    owners: &BTreeMap<String, String>,
) -> Result<(), Error> {
    if existing == value {
        return Ok(());
    }
    let (at, message) = first_difference(existing, value, pointer);
    Err(Error::Conflict {
        first: owners.get(pointer).cloned().unwrap_or_default(),
        second: page.to_owned(),
        pointer: at,
        message,
    })
}

/// The JSON pointer of the first place two unequal values differ, and how.
pub fn first_difference(a: &Value, b: &Value, pointer: &str) -> (String, String) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, va) in x {
                let child = format!("{pointer}/{}", escape(key));
                match y.get(key) {
                    None => return (child, "present on the first page only".into()),
                    Some(vb) if va != vb => return first_difference(va, vb, &child),
                    _ => {}
                }
            }
            if let Some(key) = y.keys().find(|k| !x.contains_key(*k)) {
                return (
                    format!("{pointer}/{}", escape(key)),
                    "present on the second page only".into(),
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                if va != vb {
                    return first_difference(va, vb, &format!("{pointer}/{i}"));
                }
            }
        }
        _ => {}
    }
    (
        pointer.to_owned(),
        format!("{} versus {}", brief(a), brief(b)),
    )
}

fn brief(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

/// Paths sorted, so the output does not depend on the order pages are read;
/// within a path item, shared fields first, then methods in the usual order.
fn path_items(items: BTreeMap<String, Map<String, Value>>) -> Value {
    let mut out = Map::new();
    for (path, mut item) in items {
        let mut ordered = Map::new();
        let mut methods = Map::new();
        for method in METHODS {
            if let Some(op) = item.shift_remove(method) {
                methods.insert(method.into(), op);
            }
        }
        let mut shared: Vec<_> = item.into_iter().collect();
        shared.sort_by(|a, b| a.0.cmp(&b.0));
        ordered.extend(shared);
        ordered.extend(methods);
        out.insert(path, Value::Object(ordered));
    }
    Value::Object(out)
}

fn ordered_components(mut sections: BTreeMap<String, BTreeMap<String, Value>>) -> Value {
    let mut out = Map::new();
    for name in COMPONENT_ORDER {
        if let Some(entries) = sections.remove(name) {
            out.insert(name.into(), Value::Object(entries.into_iter().collect()));
        }
    }
    for (name, entries) in sections {
        out.insert(name, Value::Object(entries.into_iter().collect()));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn page(name: &str, doc: Value) -> PageDoc {
        PageDoc {
            page: name.into(),
            doc,
        }
    }

    fn doc(path: &str, method: &str, schema: Value) -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "Fin", "version": "1"},
            "paths": {path: {method: {"summary": method}}},
            "components": {"schemas": {"Shared": schema}},
        })
    }

    #[test]
    fn methods_of_one_path_from_two_pages_are_unioned_in_order() {
        let merged = merge(&[
            page("b", doc("/x", "post", json!({"type": "object"}))),
            page("a", doc("/x", "get", json!({"type": "object"}))),
            page("c", doc("/a", "get", json!({"type": "object"}))),
        ])
        .unwrap();
        let paths = merged.doc["paths"].as_object().unwrap();
        assert_eq!(paths.keys().collect::<Vec<_>>(), ["/a", "/x"]);
        assert_eq!(
            paths["/x"].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["get", "post"]
        );
        assert_eq!(merged.owners["/paths/~1x/post"], "b");
        assert_eq!(merged.owners["/components/schemas/Shared"], "b");
        let keys: Vec<_> = merged.doc.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["openapi", "info", "paths", "components"]);
    }

    #[test]
    fn merge_is_independent_of_page_order() {
        let a = || page("a", doc("/x", "get", json!({"type": "object"})));
        let b = || page("b", doc("/y", "put", json!({"type": "object"})));
        let one = merge(&[a(), b()]).unwrap().doc;
        let two = merge(&[b(), a()]).unwrap().doc;
        assert_eq!(one.to_string(), two.to_string());
    }

    #[test]
    fn conflicting_component_names_both_pages_and_the_pointer() {
        let err = merge(&[
            page(
                "pages/one",
                doc(
                    "/x",
                    "get",
                    json!({"type": "object", "properties": {"id": {"type": "string"}}}),
                ),
            ),
            page(
                "pages/two",
                doc(
                    "/y",
                    "get",
                    json!({"type": "object", "properties": {"id": {"type": "integer"}}}),
                ),
            ),
        ])
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("pages/one") && err.contains("pages/two"),
            "{err}"
        );
        assert!(
            err.contains("/components/schemas/Shared/properties/id/type"),
            "{err}"
        );
    }

    #[test]
    fn same_operation_twice_or_different_info_is_a_conflict() {
        let mut other = doc("/x", "get", json!({}));
        other["info"]["version"] = json!("2");
        let err = merge(&[page("a", doc("/x", "get", json!({}))), page("b", other)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("/info/version"), "{err}");
        let mut other = doc("/x", "get", json!({}));
        other["paths"]["/x"]["get"]["summary"] = json!("other");
        let err = merge(&[page("a", doc("/x", "get", json!({}))), page("b", other)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("/paths/~1x/get/summary"), "{err}");
    }

    #[test]
    fn non_mapping_documents_are_rejected_with_the_page() {
        let err = merge(&[page("p", json!(["not", "a", "doc"]))])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("page p") && err.contains("not an OpenAPI document"),
            "{err}"
        );
        let err = merge(&[page("p", json!({"paths": 3}))])
            .unwrap_err()
            .to_string();
        assert!(err.contains("/paths"), "{err}");
    }
}
