//! What a type is, for the docs of a schema the spec leaves undescribed:
//! where it appears (the `data` of a response, an item of a list, the body
//! of an operation), so no type's doc is only its own name.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use serde_json::{Map, Value};

use super::areas::Refs;
use super::short::Origin;
use crate::model::Analysis;
use crate::spec::ref_name;

/// How to link to another schema's type in a doc.
pub type Link<'a> = dyn Fn(&str) -> String + 'a;

/// The "where it appears" sentence of every schema it can say one for.
pub fn appearances(
    spec: &Value,
    schemas: &Map<String, Value>,
    analysis: &Analysis,
    refs: &Refs,
    origins: &BTreeMap<String, Option<Origin>>,
    link: &Link,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (name, text) in operation_roots(analysis) {
        out.insert(name, text);
    }
    for (name, text) in parameter_types(spec, analysis) {
        out.entry(name).or_insert(text);
    }
    for (name, origin) in origins {
        if out.contains_key(name) {
            continue;
        }
        let referrer = match origin {
            Some(origin) => Some(origin.parent.clone()),
            None => first_referrer(refs, name),
        };
        let text = match referrer {
            Some(parent) => inside(&schemas[&parent], name, &link(&parent)),
            None => format!("The `{name}` schema of the spec (no operation uses it)."),
        };
        out.insert(name.clone(), text);
    }
    out
}

/// The sentences of the schemas the passes named after an operation or a
/// webhook.
fn operation_roots(analysis: &Analysis) -> Vec<(String, String)> {
    let call = |id: &str| {
        let summary = analysis
            .operations
            .iter()
            .find(|o| o.id == id)
            .and_then(|o| o.summary.clone());
        match summary {
            Some(s) => format!("*{}* (`{id}`)", s.trim()),
            None => format!("`{id}`"),
        }
    };
    let mut out = Vec::new();
    for body in &analysis.bodies {
        let text = format!("The request body of {}.", call(&body.operation));
        out.push((body.schema.clone(), text));
    }
    for response in &analysis.responses {
        let text = format!(
            "What {} answers (status {}).",
            call(&response.operation),
            response.status
        );
        out.push((response.schema.clone(), text));
    }
    for page in &analysis.paged {
        let text = format!(
            "One item of the list {} pages through.",
            call(&page.operation)
        );
        out.push((page.item.clone(), text));
    }
    for hook in &analysis.webhooks {
        let text = format!("The payload of the `{}` webhook.", hook.event);
        out.push((hook.schema.clone(), text));
    }
    for example in &analysis.examples {
        let stem = example.id.to_upper_camel_case();
        for param in &example.params {
            let name = format!("{stem}{}", param.name.to_upper_camel_case());
            let text = format!(
                "The values of the `{}` parameter of {}.",
                param.name,
                call(&example.id)
            );
            out.push((name, text));
        }
    }
    out
}

/// The schemas operations' parameters refer to: "the type of the `type`
/// parameter of *List Customers* (`list_customers`) and 5 more operations".
fn parameter_types(spec: &Value, analysis: &Analysis) -> Vec<(String, String)> {
    let mut uses: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for item in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(_, v)| v)
    {
        for op in item.as_object().into_iter().flat_map(|m| m.values()) {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            for param in op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let schema = param.get("schema");
                let target = schema.and_then(|s| ref_name(s).or_else(|| single_all_of(s)));
                let name = param.get("name").and_then(Value::as_str);
                if let (Some(target), Some(name)) = (target, name) {
                    let entry = uses.entry(target.to_owned()).or_default();
                    entry.push((name.to_owned(), id.to_owned()));
                }
            }
        }
    }
    uses.into_iter()
        .map(|(schema, places)| {
            let (param, id) = &places[0];
            let summary = analysis
                .operations
                .iter()
                .find(|o| &o.id == id)
                .and_then(|o| o.summary.clone());
            let call = match summary {
                Some(s) => format!("*{}* (`{id}`)", s.trim()),
                None => format!("`{id}`"),
            };
            let more = match places.len() - 1 {
                0 => String::new(),
                1 => " and one more operation".to_owned(),
                n => format!(" and {n} more operations"),
            };
            (
                schema,
                format!("The type of the `{param}` parameter of {call}{more}."),
            )
        })
        .collect()
}

/// The first schema (by name) that refers to `name`.
fn first_referrer(refs: &Refs, name: &str) -> Option<String> {
    refs.iter()
        .find(|(other, targets)| other.as_str() != name && targets.contains(name))
        .map(|(other, _)| other.clone())
}

/// Where `name` sits inside `parent` (linked as `parent_link`).
fn inside(parent: &Value, name: &str, parent_link: &str) -> String {
    let is = |v: &Value| ref_name(v) == Some(name) || single_all_of(v) == Some(name);
    if let Some(props) = parent.get("properties").and_then(Value::as_object) {
        for (key, prop) in props {
            if is(prop) {
                return format!("The `{key}` of {parent_link}.");
            }
            if prop.get("items").is_some_and(is) {
                return format!("One item of the `{key}` list of {parent_link}.");
            }
            if prop.get("additionalProperties").is_some_and(is) {
                return format!("A value of the `{key}` map of {parent_link}.");
            }
        }
    }
    for key in ["oneOf", "anyOf"] {
        let members = parent.get(key).and_then(Value::as_array);
        if members.is_some_and(|m| m.iter().any(is)) {
            return format!("One of the forms of {parent_link}.");
        }
    }
    if parent.get("items").is_some_and(is) {
        return format!("One item of {parent_link}.");
    }
    if parent.get("additionalProperties").is_some_and(is) {
        return format!("A value of {parent_link}.");
    }
    format!("A part of {parent_link}.")
}

fn single_all_of(value: &Value) -> Option<&str> {
    match value.get("allOf")?.as_array()?.as_slice() {
        [only] => ref_name(only),
        _ => None,
    }
}
