//! The Rust name of each schema's type: the words a person would pick
//! from where the schema sits, not the whole path to it.
//!
//! The passes name an inline schema after its place: `UpdateCustomerBody`,
//! then `BusinessCustomer`, then the `AssociatedPartyAttachments` item, and
//! so on; unique but long. Here each such schema is a chain of segments
//! under the nearest schema that was named by the spec, the overlay or the
//! operation it belongs to (its root), and its type takes the shortest of
//! the names its chain offers that no other type of the API has:
//!
//! - a list's item is the list's name in the singular (`files` → `File`);
//! - one word alone is too vague (`Side`, `Type`): it takes its parent's
//!   word too (`FileSide`), unless it is a union member's title (`Onramp`);
//! - two different schemas that would get one name both take another:
//!   a longer tail, a segment further up that tells them apart (`Bybit`),
//!   or the root's stem (`CreateIndividualCustomerV2`), names of at most
//!   40 characters first; two that are the same schema (the same JSON,
//!   with what they refer to, descriptions and examples aside) share one
//!   type.
//!
//! Roots keep their names; `x-rust-name` on a schema (set by the overlay,
//! with its reason) names it outright.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use serde_json::{Map, Value};

use super::areas::Refs;
use crate::open_types::type_name;
use crate::spec::ref_name;

/// The overlay's name for a schema's Rust type.
pub const RUST_NAME: &str = "x-rust-name";

/// Where a schema sits under its root: its parent and the segment that
/// names it there.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The schema whose inline part it was.
    pub parent: String,
    /// What the passes appended to the parent's name for it.
    pub segment: String,
}

/// How each schema's name was formed: `None` for a root.
pub fn origins(schemas: &Map<String, Value>, refs: &Refs) -> BTreeMap<String, Option<Origin>> {
    let mut referrers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, targets) in refs {
        for target in targets {
            referrers.entry(target.as_str()).or_default().push(name);
        }
    }
    schemas
        .iter()
        .map(|(name, schema)| {
            let named = schema.get(RUST_NAME).is_some();
            let parent = referrers
                .get(name.as_str())
                .into_iter()
                .flatten()
                .filter(|p| name.len() > p.len() && name.starts_with(**p) && !named)
                .max_by_key(|p| p.len());
            let origin = parent.map(|p| Origin {
                parent: (*p).to_owned(),
                segment: name[p.len()..].to_owned(),
            });
            (name.clone(), origin)
        })
        .collect()
}

/// The segment's own words: a list item (`FilesItem`) is the list's name
/// in the singular.
fn words_of(segment: &str) -> String {
    match segment.strip_suffix("Item") {
        Some(list) if !list.is_empty() => {
            let single = singular(list);
            if single == list {
                segment.to_owned()
            } else {
                single
            }
        }
        _ => segment.to_owned(),
    }
}

/// English singular of a CamelCase plural's last word, where the rule is
/// plain; otherwise the word unchanged.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["sses", "xes", "ches", "shes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

fn word_count(name: &str) -> usize {
    name.to_snake_case()
        .split('_')
        .filter(|w| !w.is_empty())
        .count()
}

/// One schema's chain: its root's name and its segments, root first.
struct Chain {
    root: String,
    segments: Vec<String>,
    /// Whether the last segment is a union member's title or tag.
    titled: bool,
}

fn chain(
    name: &str,
    origins: &BTreeMap<String, Option<Origin>>,
    members: &BTreeSet<String>,
) -> Chain {
    let mut segments = Vec::new();
    let mut current = name.to_owned();
    // A chain is as deep as the spec nests; bounded against a cycle.
    for _ in 0..64 {
        match origins.get(&current).cloned().flatten() {
            Some(origin) => {
                segments.push(origin.segment);
                current = origin.parent;
            }
            None => break,
        }
    }
    segments.reverse();
    let titled =
        members.contains(name) && segments.last().is_some_and(|s| !s.starts_with("Variant"));
    Chain {
        root: current,
        segments,
        titled,
    }
}

impl Chain {
    /// The names this schema may take, shortest first: tails of its chain
    /// that say enough on their own; then its root's stem (`UpdateCustomer`
    /// of `UpdateCustomerBody`) before each tail; last, the schema's own
    /// (unique) name.
    fn candidates(&self) -> Vec<String> {
        let n = self.segments.len();
        let tail =
            |k: usize| -> String { self.segments[n - k..].iter().map(|s| words_of(s)).collect() };
        // (segments it uses, kind, name): fewer segments first; then a
        // tail, a telling segment before a tail, the root's stem before it.
        let mut out: Vec<(usize, u8, String)> =
            (self.first_k()..=n).map(|k| (k, 0, tail(k))).collect();
        // A segment further up that tells this one apart (`Bybit` of
        // `Bybit`/`SettlementConfig`/…/`Currency`), before a tail.
        for k in 1..n {
            for word in self.segments[..n - k].iter().map(|s| words_of(s)) {
                if !GENERIC.contains(&word.as_str()) {
                    out.push((k + 1, 1, format!("{word}{}", tail(k))));
                }
            }
        }
        let stem = stem(&self.root);
        out.extend((1..=n).map(|k| (k + 1, 2, format!("{stem}{}", tail(k)))));
        // Any name of 40 characters or fewer before a longer one.
        out.sort_by_key(|(segments, kind, name)| {
            (name.len() > MAX_LEN, *segments, *kind, name.len())
        });
        // The schema's own name, unique, last of all.
        let own = (
            usize::MAX,
            3,
            format!("{}{}", self.root, self.segments.concat()),
        );
        let mut seen = BTreeSet::new();
        out.into_iter()
            .chain([own])
            .map(|(_, _, name)| type_name(&name))
            .filter(|name| seen.insert(name.clone()))
            .collect()
    }

    /// The shortest tail that says enough on its own.
    fn first_k(&self) -> usize {
        match self.segments.last() {
            Some(last) if !self.titled && word_count(&words_of(last)) < 2 => 2,
            _ => 1,
        }
    }
}

/// Past this many characters a name is too long to read in an error
/// message: a shorter candidate is taken first, however many segments it
/// uses.
const MAX_LEN: usize = 40;

/// Words that say nothing of a value on their own.
const GENERIC: [&str; 6] = ["Data", "Details", "Item", "Value", "Body", "Response"];

/// A root's name without the word that says what part of an operation it
/// is (`Body`, `Response`, `Response201`, `Item`, `Input`, `WebhookData`).
fn stem(root: &str) -> &str {
    let trimmed = root.trim_end_matches(|c: char| c.is_ascii_digit());
    for part in ["Body", "Response", "Item", "Input", "WebhookData"] {
        if let Some(stem) = trimmed.strip_suffix(part).filter(|s| !s.is_empty()) {
            return stem;
        }
    }
    root
}

/// The Rust name of every schema in `schemas`, and which share one type.
/// `members`: the schemas that are a union's members.
pub fn names(
    schemas: &Map<String, Value>,
    origins: &BTreeMap<String, Option<Origin>>,
    members: &BTreeSet<String>,
) -> BTreeMap<String, String> {
    // The names that are given, not chosen: the overlay's, and the roots'.
    let fixed: BTreeMap<&String, String> = schemas
        .iter()
        .filter_map(|(name, schema)| {
            let given = schema.get(RUST_NAME).and_then(Value::as_str);
            let root = origins.get(name).is_some_and(Option::is_none);
            match given {
                Some(given) => Some((name, given.to_owned())),
                None => root.then(|| (name, type_name(name))),
            }
        })
        .collect();
    let candidates: BTreeMap<&String, Vec<String>> = schemas
        .keys()
        .filter(|name| !fixed.contains_key(name))
        .map(|name| {
            let mut chain = chain(name, origins, members);
            // Parts of a root are named after the root's Rust name.
            if let Some(root) = fixed.get(&chain.root) {
                chain.root = root.clone();
            }
            (name, chain.candidates())
        })
        .collect();
    let mut k: BTreeMap<&String, usize> = candidates.keys().map(|name| (*name, 0)).collect();
    let mut same = Sameness::new(schemas);
    // Each round lengthens at least one name by a segment; names are
    // finite, so this ends (bounded all the same).
    for _ in 0..256 {
        let current: BTreeMap<&String, String> = schemas
            .keys()
            .map(|name| {
                let text = match fixed.get(name) {
                    Some(given) => given.clone(),
                    None => candidates[name][k[name]].clone(),
                };
                (name, text)
            })
            .collect();
        let mut by_name: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
        for (schema, text) in &current {
            by_name.entry(text).or_default().push(schema);
        }
        let mut changed = false;
        for group in by_name.values().filter(|g| g.len() > 1) {
            if same.all_same(group) {
                continue;
            }
            for schema in group {
                if let Some(depth) = k.get_mut(*schema) {
                    if *depth + 1 < candidates[*schema].len() {
                        *depth += 1;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            return current.into_iter().map(|(s, n)| (s.clone(), n)).collect();
        }
    }
    schemas.keys().map(|n| (n.clone(), type_name(n))).collect()
}

/// Keys that do not change what a schema accepts: two schemas that differ
/// only in them are one type (documented as the first).
const IGNORED: [&str; 4] = [RUST_NAME, "description", "example", "examples"];

/// Whether schemas are the same type: the same JSON once every `$ref` in
/// them is replaced by what it refers to (names of inline parts differ by
/// place, their contents need not).
struct Sameness<'a> {
    schemas: &'a Map<String, Value>,
    text: BTreeMap<String, String>,
}

impl<'a> Sameness<'a> {
    fn new(schemas: &'a Map<String, Value>) -> Self {
        Self {
            schemas,
            text: BTreeMap::new(),
        }
    }

    fn all_same(&mut self, group: &[&String]) -> bool {
        let first = self.content(group[0]);
        group[1..].iter().all(|s| self.content(s) == first)
    }

    fn content(&mut self, name: &str) -> String {
        if let Some(done) = self.text.get(name) {
            return done.clone();
        }
        let mut visiting = BTreeSet::new();
        let value = self.inline(name, &mut visiting);
        let text = value.to_string();
        self.text.insert(name.to_owned(), text.clone());
        text
    }

    fn inline(&self, name: &str, visiting: &mut BTreeSet<String>) -> Value {
        let Some(schema) = self.schemas.get(name) else {
            return Value::String(name.to_owned());
        };
        if !visiting.insert(name.to_owned()) {
            return Value::String(format!("cycle:{name}"));
        }
        let out = self.replace_refs(schema, visiting);
        visiting.remove(name);
        out
    }

    fn replace_refs(&self, value: &Value, visiting: &mut BTreeSet<String>) -> Value {
        if let Some(target) = ref_name(value) {
            return self.inline(target, visiting);
        }
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(k, _)| !IGNORED.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), self.replace_refs(v, visiting)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|v| self.replace_refs(v, visiting))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn named(schemas: Value, members: &[&str]) -> BTreeMap<String, String> {
        let members = members.iter().map(|s| s.to_string()).collect();
        let schemas = schemas.as_object().unwrap();
        let origins = origins(schemas, &super::super::areas::refs(schemas));
        names(schemas, &origins, &members)
    }

    #[test]
    fn children_of_a_referring_parent_are_short_and_distinct() {
        let names = named(
            json!({
                "UpdateBody": {"properties": {
                    "documents": {"type": "array", "items": {"$ref": "#/components/schemas/UpdateBodyDocumentsItem"}},
                    "postal_address": {"$ref": "#/components/schemas/UpdateBodyPostalAddress"},
                    "side": {"$ref": "#/components/schemas/UpdateBodySide"}
                }},
                "UpdateBodyDocumentsItem": {"properties": {"files": {"type": "array", "items": {"$ref": "#/components/schemas/UpdateBodyDocumentsItemFilesItem"}}}},
                "UpdateBodyDocumentsItemFilesItem": {"properties": {"side": {"$ref": "#/components/schemas/UpdateBodyDocumentsItemFilesItemSide"}}},
                "UpdateBodyDocumentsItemFilesItemSide": {"enum": ["FRONT", "BACK"]},
                "UpdateBodyPostalAddress": {"properties": {"line": {"type": "string"}}},
                "UpdateBodySide": {"enum": ["LEFT"]},
                "OtherBody": {"properties": {"postal_address": {"$ref": "#/components/schemas/OtherBodyPostalAddress"}}},
                "OtherBodyPostalAddress": {"properties": {"line": {"type": "string"}}}
            }),
            &[],
        );
        assert_eq!(
            names["UpdateBodyDocumentsItem"], "UpdateDocument",
            "one word takes its root's stem"
        );
        assert_eq!(names["UpdateBodyDocumentsItemFilesItem"], "DocumentFile");
        assert_eq!(names["UpdateBodyDocumentsItemFilesItemSide"], "FileSide");
        assert_eq!(names["UpdateBodySide"], "UpdateSide", "so does this one");
        assert_eq!(
            names["UpdateBodyPostalAddress"], "PostalAddress",
            "the same JSON: one type"
        );
        assert_eq!(names["OtherBodyPostalAddress"], "PostalAddress");
    }

    #[test]
    fn different_schemas_of_one_name_both_take_a_segment_more() {
        let names = named(
            json!({
                "ABody": {"properties": {"postal_address": {"$ref": "#/components/schemas/ABodyPostalAddress"}}},
                "ABodyPostalAddress": {"properties": {"line": {"type": "string"}}},
                "BBody": {"properties": {"postal_address": {"$ref": "#/components/schemas/BBodyPostalAddress"}}},
                "BBodyPostalAddress": {"properties": {"street": {"type": "string"}}},
                "Named": {"x-rust-name": "Short", "properties": {}}
            }),
            &[],
        );
        assert_eq!(names["ABodyPostalAddress"], "APostalAddress");
        assert_eq!(names["BBodyPostalAddress"], "BPostalAddress");
        assert_eq!(names["ABody"], "ABody");
        assert_eq!(names["Named"], "Short");
    }

    #[test]
    fn a_union_member_is_named_by_its_title_alone() {
        let names = named(
            json!({
                "TxData": {"oneOf": [{"$ref": "#/components/schemas/TxDataOnramp"}, {"$ref": "#/components/schemas/TxDataVariant1"}]},
                "TxDataOnramp": {"properties": {"a": {}}},
                "TxDataVariant1": {"properties": {"b": {}}}
            }),
            &["TxDataOnramp", "TxDataVariant1"],
        );
        assert_eq!(names["TxDataOnramp"], "Onramp");
        assert_eq!(names["TxDataVariant1"], "TxDataVariant1");
    }

    #[test]
    fn plurals_become_singular_where_the_rule_is_plain() {
        assert_eq!(singular("Files"), "File");
        assert_eq!(singular("Addresses"), "Address");
        assert_eq!(singular("Countries"), "Country");
        assert_eq!(singular("Status"), "Status");
        assert_eq!(singular("Data"), "Data");
    }
}
