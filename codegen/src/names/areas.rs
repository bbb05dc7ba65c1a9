//! Which API areas use each schema, and so the module its type lives in.
//!
//! An area is an operation tag (`customers`, `transactions`, …). A type
//! used by the operations of one area lives in that area's module; one used
//! by several lives in `shared`, and each area's module re-exports it, so
//! "everything the customers operations use is in `types::customers`" holds
//! whatever else uses a type (and keeps holding when the spec adds an
//! operation elsewhere). Types only webhooks carry live in `webhooks`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::model::Analysis;
use crate::rules::API_ERROR;
use crate::spec::{escape, ref_name};

/// The module of types several areas use (and of the error every
/// operation answers with).
pub const SHARED: &str = "shared";
/// The module of types only webhook payloads use.
pub const WEBHOOKS: &str = "webhooks";

/// The schemas each component schema refers to (anywhere inside it).
pub type Refs = BTreeMap<String, BTreeSet<String>>;

/// [`Refs`] of `schemas`: walked once, asked by every part of the registry.
pub fn refs(schemas: &Map<String, Value>) -> Refs {
    schemas
        .iter()
        .map(|(name, schema)| {
            let mut out = BTreeSet::new();
            collect_refs(schema, &mut out);
            (name.clone(), out)
        })
        .collect()
}

/// Every schema reached from an operation or a webhook, with the areas that
/// reach it (`webhooks` for a webhook payload).
pub fn reach(spec: &Value, analysis: &Analysis, refs: &Refs) -> Refs {
    let mut roots: Vec<(String, String)> = Vec::new();
    for (path, item) in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for op in item.as_object().into_iter().flat_map(|m| m.values()) {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let Some(route) = analysis.operations.iter().find(|r| r.id == id) else {
                continue;
            };
            let mut found = BTreeSet::new();
            collect_refs(op, &mut found);
            if let Some(shared) = spec.pointer(&format!("/paths/{}/parameters", escape(path))) {
                collect_refs(shared, &mut found);
            }
            roots.extend(found.into_iter().map(|r| (r, route.area.clone())));
        }
    }
    for upload in &analysis.multipart {
        let area = area_of(analysis, &upload.id);
        for success in &upload.successes {
            roots.push((success.schema.clone(), area.clone()));
        }
    }
    for hook in &analysis.webhooks {
        roots.push((hook.schema.clone(), WEBHOOKS.to_owned()));
    }
    let mut reached: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (root, area) in roots {
        let mut stack = vec![root];
        while let Some(name) = stack.pop() {
            let areas = reached.entry(name.clone()).or_default();
            if areas.insert(area.clone()) {
                stack.extend(refs.get(&name).into_iter().flatten().cloned());
            }
        }
    }
    reached
}

/// The area of operation `id` (`general` if it is unknown).
pub fn area_of(analysis: &Analysis, id: &str) -> String {
    analysis
        .operations
        .iter()
        .find(|r| r.id == id)
        .map_or_else(|| "general".to_owned(), |r| r.area.clone())
}

/// The module a type used by `areas` lives in.
pub fn module_of(schema: &str, areas: &BTreeSet<String>) -> String {
    if schema == API_ERROR {
        return SHARED.to_owned();
    }
    let operations: Vec<&String> = areas.iter().filter(|a| *a != WEBHOOKS).collect();
    match operations.as_slice() {
        [one] => (*one).clone(),
        [] if areas.contains(WEBHOOKS) => WEBHOOKS.to_owned(),
        _ => SHARED.to_owned(),
    }
}

/// The names of the component schemas `value` refers to, anywhere in it.
pub fn collect_refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = ref_name(value) {
                out.insert(name.to_owned());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_of_one_area_lives_there_and_one_of_several_is_shared() {
        let areas = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        assert_eq!(module_of("A", &areas(&["customers"])), "customers");
        assert_eq!(
            module_of("A", &areas(&["customers", WEBHOOKS])),
            "customers"
        );
        assert_eq!(module_of("A", &areas(&[WEBHOOKS])), WEBHOOKS);
        assert_eq!(
            module_of("A", &areas(&["customers", "transactions"])),
            SHARED
        );
        assert_eq!(module_of(API_ERROR, &areas(&["customers"])), SHARED);
        assert_eq!(module_of("Unused", &areas(&[])), SHARED);
    }
}
