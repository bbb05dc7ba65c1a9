//! How the members of an untagged `oneOf`/`anyOf` are told apart.
//!
//! A decoder that tries members in order and takes the first that decodes
//! picks the wrong one whenever an earlier member also accepts the value
//! (all-optional objects accept any object). So every union must say what
//! sets its members apart, and the decoder checks exactly that before it
//! decodes a member:
//! - **JSON type**: a string member and an integer member;
//! - **required properties**: a member requires a key another does not list;
//! - **tags**: a property fixed to one value (`const`, a one-value `enum`,
//!   or the union's `discriminator`), or string enums whose values two
//!   members do not share;
//! - **`minProperties`**: members that share no property, each asking for
//!   at least one of its own (the decoder counts only the keys a member
//!   lists).
//!
//! [`check`] refuses a spec whose union has two members one value could
//! satisfy (naming the union's JSON pointer): the overlay gives it a tag,
//! or `x-one-type: true` when the members are the same shape, which
//! [`one_type`] turns into one object. [`variant_checks`] gives the
//! generator what the decoder checks, and [`variant_names`] the names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use heck::ToUpperCamelCase;
use serde_json::{json, Map, Value};

use crate::error::{PipelineError, Result};
use crate::spec::ref_name;
use crate::spec::{escape, is_data_key};
use crate::typing::resolve;

/// The overlay's mark on a union whose members are one shape.
pub const ONE_TYPE: &str = "x-one-type";

/// What a value must look like to be one member of a union.
#[derive(Debug, Default, PartialEq)]
pub struct Shape {
    /// JSON types the member accepts; empty for any.
    pub kinds: BTreeSet<String>,
    /// The properties it lists.
    pub properties: BTreeSet<String>,
    /// The keys it requires.
    pub required: BTreeSet<String>,
    /// String properties whose values tell the members apart: each with
    /// the values this member allows (one for a `const` or a
    /// `discriminator`).
    pub tags: BTreeMap<String, BTreeSet<String>>,
    /// Every string-enum property, with its values.
    enums: BTreeMap<String, BTreeSet<String>>,
    /// How many of its listed properties a value must have.
    pub min_properties: usize,
}

impl Shape {
    /// Whether the decoder checks keys for this member (it is an object).
    pub fn is_object(&self) -> bool {
        self.kinds.is_empty() || self.kinds.contains("object")
    }
}

/// The members of a union schema, with the key (`oneOf`/`anyOf`) they are under.
fn members(schema: &Value) -> Option<(&'static str, &Vec<Value>)> {
    ["oneOf", "anyOf"].into_iter().find_map(|key| {
        let list = schema.get(key)?.as_array()?;
        (list.len() >= 2).then_some((key, list))
    })
}

/// The shape of each member of `union`, tags of its `discriminator` included.
pub fn shapes(union: &Value, schemas: &Map<String, Value>) -> Vec<Shape> {
    let Some((_, list)) = members(union) else {
        return Vec::new();
    };
    let discriminator = union.get("discriminator");
    let mut shapes: Vec<Shape> = list
        .iter()
        .map(|member| {
            let mut shape = shape(member, schemas, 0);
            if let Some((key, value)) = discriminator.and_then(|d| discriminator_tag(d, member)) {
                shape.properties.insert(key.clone());
                shape.enums.insert(key, BTreeSet::from([value]));
            }
            shape
        })
        .collect();
    // A tag: a property fixed to one value in some member, or whose values
    // in two members have none in common.
    let mut keys = BTreeSet::new();
    for (i, a) in shapes.iter().enumerate() {
        for (key, values) in &a.enums {
            let disjoint = shapes[i + 1..]
                .iter()
                .any(|b| b.enums.get(key).is_some_and(|w| w.is_disjoint(values)));
            if values.len() == 1 || disjoint {
                keys.insert(key.clone());
            }
        }
    }
    for shape in &mut shapes {
        shape.tags = shape
            .enums
            .iter()
            .filter(|(key, _)| keys.contains(*key))
            .map(|(key, values)| (key.clone(), values.clone()))
            .collect();
    }
    shapes
}

/// The tag a `discriminator` gives a `$ref` member: the `mapping` key
/// that names it, or the schema's own name.
fn discriminator_tag(discriminator: &Value, member: &Value) -> Option<(String, String)> {
    let key = discriminator.get("propertyName")?.as_str()?.to_owned();
    let name = ref_name(member)?;
    let mapped = discriminator
        .get("mapping")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .find(|(_, target)| {
            target
                .as_str()
                .is_some_and(|t| t == name || t.ends_with(&format!("/{name}")))
        })
        .map(|(value, _)| value.clone());
    Some((key, mapped.unwrap_or_else(|| name.to_owned())))
}

fn shape(member: &Value, schemas: &Map<String, Value>, depth: usize) -> Shape {
    let schema = resolve(member, schemas);
    let mut out = Shape::default();
    if depth < 8 {
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let inner = shape(part, schemas, depth + 1);
            out.kinds.extend(inner.kinds);
            out.properties.extend(inner.properties);
            out.required.extend(inner.required);
            out.enums.extend(inner.enums);
            out.min_properties = out.min_properties.max(inner.min_properties);
        }
    }
    let props = schema.get("properties").and_then(Value::as_object);
    match schema.get("type").and_then(Value::as_str) {
        Some(kind) => {
            out.kinds.insert(kind.to_owned());
        }
        None if props.is_some() => {
            out.kinds.insert("object".to_owned());
        }
        None => {}
    }
    for (key, prop) in props.into_iter().flatten() {
        out.properties.insert(key.clone());
        let values = resolve(prop, schemas).get("enum").and_then(Value::as_array);
        let strings: BTreeSet<String> = values
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        if !strings.is_empty() {
            out.enums.insert(key.clone(), strings);
        }
    }
    let required = schema.get("required").and_then(Value::as_array);
    out.required.extend(
        required
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned),
    );
    if let Some(min) = schema.get("minProperties").and_then(Value::as_u64) {
        out.min_properties = out.min_properties.max(min as usize);
    }
    out
}

/// Whether one value could pass the decoder's checks for both members
/// (assuming a value carries only keys its member lists).
pub fn overlap(a: &Shape, b: &Shape) -> bool {
    // An integer is also a number.
    let kinds = |s: &Shape| -> BTreeSet<String> {
        s.kinds
            .iter()
            .map(|k| {
                if k == "integer" {
                    "number".to_owned()
                } else {
                    k.clone()
                }
            })
            .collect()
    };
    let (kinds_a, kinds_b) = (kinds(a), kinds(b));
    let shared: Vec<&String> = match (kinds_a.is_empty(), kinds_b.is_empty()) {
        // Both accept anything.
        (true, true) => return true,
        (true, false) => kinds_b.iter().collect(),
        (false, true) => kinds_a.iter().collect(),
        (false, false) => kinds_a.intersection(&kinds_b).collect(),
    };
    if shared.is_empty() {
        return false;
    }
    if shared.iter().any(|k| *k != "object") {
        // A scalar or a list both accept.
        return true;
    }
    if a.tags
        .iter()
        .any(|(k, v)| b.tags.get(k).is_some_and(|w| w.is_disjoint(v)))
    {
        return false;
    }
    let common: BTreeSet<&String> = a.properties.intersection(&b.properties).collect();
    let fits = [a, b]
        .into_iter()
        .flat_map(|s| s.required.iter().chain(s.tags.keys()))
        .all(|k| common.contains(k));
    fits && common.len() >= a.min_properties.max(b.min_properties)
}

/// The first pair of members (by index) one value could satisfy.
fn ambiguous_pair(shapes: &[Shape]) -> Option<(usize, usize)> {
    (0..shapes.len()).find_map(|i| {
        ((i + 1)..shapes.len())
            .find(|&j| overlap(&shapes[i], &shapes[j]))
            .map(|j| (i, j))
    })
}

/// Refuses a union whose members the decoder could not tell apart,
/// anywhere in `spec` (as the overlay left it), naming its pointer in `file`.
pub fn check(spec: &Value, file: &Path) -> Result<()> {
    let empty = Map::new();
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut problem = None;
    walk(spec, "", &mut |node, pointer| {
        if problem.is_some() {
            return;
        }
        let Some((key, list)) = members(node) else {
            return;
        };
        if let Some((i, j)) = ambiguous_pair(&shapes(node, schemas)) {
            let name = |n: usize| match list[n].get("title").and_then(Value::as_str) {
                Some(title) => format!("{n} (`{title}`)"),
                None => n.to_string(),
            };
            problem = Some(PipelineError::new(
                file,
                pointer,
                format!(
                    "the `{key}` members {} and {} cannot be told apart: one value fits both; \
                     give them different required properties, a `const` tag or a \
                     `discriminator` in the overlay, or `{ONE_TYPE}: true` if they are one shape",
                    name(i),
                    name(j)
                ),
            ));
        }
    });
    problem.map_or(Ok(()), Err)
}

/// Calls `f` on every object of the document with its JSON pointer, except
/// inside examples and extensions (data, not schemas).
fn walk(node: &Value, pointer: &str, f: &mut dyn FnMut(&Value, &str)) {
    match node {
        Value::Object(map) => {
            f(node, pointer);
            for (key, child) in map {
                if !is_data_key(key) {
                    walk(child, &format!("{pointer}/{}", escape(key)), f);
                }
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                walk(child, &format!("{pointer}/{i}"), f);
            }
        }
        _ => {}
    }
}

/// Replaces every union the overlay marked `x-one-type: true` by one
/// object: the members' properties (objects merged key by key; any other
/// property must have the same schema, docs aside, in every member that
/// lists it) and the keys every member requires.
pub fn one_type(spec: &mut Value, file: &Path) -> Result<()> {
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut marked = Vec::new();
    walk(spec, "", &mut |node, pointer| {
        if node.get(ONE_TYPE) == Some(&Value::Bool(true)) {
            marked.push(pointer.to_owned());
        }
    });
    for pointer in marked {
        let Some(node) = spec.pointer_mut(&pointer) else {
            continue;
        };
        let Some((key, list)) = members(node) else {
            return Err(PipelineError::new(
                file,
                &pointer,
                format!("`{ONE_TYPE}` marks a schema that is not a `oneOf`/`anyOf` of two or more"),
            ));
        };
        let list: Vec<Value> = list.iter().map(|m| resolve(m, &schemas).clone()).collect();
        let mut merged = list[0].clone();
        for (i, member) in list.iter().enumerate().skip(1) {
            merged = merge(&merged, member, &format!("{pointer}/{key}/{i}"), file)?;
        }
        let map = node.as_object_mut().expect("a union is an object");
        map.shift_remove(key);
        map.shift_remove(ONE_TYPE);
        map.shift_remove("title");
        if let Value::Object(fields) = merged {
            for (k, v) in fields {
                if !matches!(k.as_str(), "title" | "description" | "example") {
                    map.entry(k).or_insert(v);
                }
            }
        }
    }
    Ok(())
}

/// Two object schemas as one (see [`one_type`]).
fn merge(a: &Value, b: &Value, pointer: &str, file: &Path) -> Result<Value> {
    let (Some(pa), Some(pb)) = (
        a.get("properties").and_then(Value::as_object),
        b.get("properties").and_then(Value::as_object),
    ) else {
        if docs_aside(a) == docs_aside(b) {
            return Ok(a.clone());
        }
        return Err(PipelineError::new(
            file,
            pointer,
            format!("`{ONE_TYPE}`: this member differs from the first in more than its properties"),
        ));
    };
    let mut properties = pa.clone();
    for (key, prop) in pb {
        let at = format!("{pointer}/properties/{}", escape(key));
        let value = match pa.get(key) {
            Some(existing) => merge(existing, prop, &at, file)?,
            None => prop.clone(),
        };
        properties.insert(key.clone(), value);
    }
    let required_a: Vec<&Value> = a
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .collect();
    let required: Vec<Value> = b
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|k| required_a.contains(k))
        .cloned()
        .collect();
    let mut out = a.as_object().cloned().unwrap_or_default();
    out.insert("type".into(), json!("object"));
    out.insert("properties".into(), Value::Object(properties));
    if required.is_empty() {
        out.shift_remove("required");
    } else {
        out.insert("required".into(), Value::Array(required));
    }
    Ok(Value::Object(out))
}

/// A schema without the keys that only document it.
fn docs_aside(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !matches!(k.as_str(), "title" | "description" | "example" | "examples")
                })
                .map(|(k, v)| (k.clone(), docs_aside(v)))
                .collect(),
        ),
        Value::Array(list) => Value::Array(list.iter().map(docs_aside).collect()),
        other => other.clone(),
    }
}

/// The name a union member's schema gets when it is moved to the
/// components: the union's name and the member's title
/// (`CreateBeneficiaryBodyBankAccount`), else its one inline tag's value
/// (`ListCustomersItemIndividual`), else `<Union>Variant<i>`.
pub fn member_name(union: &str, i: usize, member: &Value) -> String {
    let title = member
        .get("title")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let tag = || {
        let props = member.get("properties")?.as_object()?;
        let mut tags = props
            .values()
            .filter_map(|p| match p.get("enum")?.as_array()?.as_slice() {
                [Value::String(value)] => Some(value.to_lowercase()),
                _ => None,
            });
        let first = tags.next();
        first.filter(|_| tags.next().is_none())
    };
    match title.or_else(tag).map(|t| t.to_upper_camel_case()) {
        Some(name) if !name.is_empty() => format!("{union}{name}"),
        _ => format!("{union}Variant{i}"),
    }
}

/// The Rust names of a union's variants, from each member's `title`, else
/// its one tag's value, else `fallback(i)`; a word every name ends with
/// (`IndividualCustomer`, `BusinessCustomer`) is dropped, and a repeated
/// name gets a number.
pub fn variant_names(
    union: &Value,
    schemas: &Map<String, Value>,
    fallback: impl Fn(usize) -> String,
) -> Vec<String> {
    let Some((_, list)) = members(union) else {
        return Vec::new();
    };
    let shapes = shapes(union, schemas);
    let mut names: Vec<String> = list
        .iter()
        .enumerate()
        .map(|(i, member)| {
            let title = resolve(member, schemas)
                .get("title")
                .and_then(Value::as_str);
            let single: Vec<&String> = shapes[i]
                .tags
                .values()
                .filter_map(|values| values.iter().next().filter(|_| values.len() == 1))
                .collect();
            let tag = match single.as_slice() {
                [only] => Some(only.to_lowercase()),
                _ => None,
            };
            match title.map(str::to_owned).or(tag) {
                Some(text) => text.to_upper_camel_case(),
                None => fallback(i),
            }
        })
        .collect();
    drop_common_last_word(&mut names);
    let mut used = BTreeSet::from(["Unknown".to_owned()]);
    for name in &mut names {
        let base = name.clone();
        let mut n = 2;
        while !used.insert(name.clone()) {
            *name = format!("{base}{n}");
            n += 1;
        }
    }
    names
}

fn drop_common_last_word(names: &mut [String]) {
    let last_word = |name: &str| {
        let start = name.rfind(|c: char| c.is_ascii_uppercase()).unwrap_or(0);
        name[start..].to_owned()
    };
    let Some(first) = names.first().map(|n| last_word(n)) else {
        return;
    };
    let shared = names.len() >= 2
        && names
            .iter()
            .all(|n| n.len() > first.len() && last_word(n) == first);
    if shared {
        for name in names.iter_mut() {
            name.truncate(name.len() - first.len());
        }
    }
}

/// What the decoder checks before it decodes each member of a union:
/// `crate::codec::Check` values, in member order.
pub fn variant_checks(
    union: &Value,
    schemas: &Map<String, Value>,
) -> Vec<proc_macro2::TokenStream> {
    shapes(union, schemas)
        .iter()
        .map(|shape| {
            if !shape.is_object() {
                return quote::quote!(crate::codec::Check::ANY);
            }
            let required = shape.required.iter();
            let tag_keys = shape.tags.keys();
            let tag_values = shape.tags.values().map(|values| {
                let values = values.iter();
                quote::quote!(&[ #(#values),* ])
            });
            let min = shape.min_properties;
            let listed: Vec<&String> = if min > 0 {
                shape.properties.iter().collect()
            } else {
                Vec::new()
            };
            quote::quote!(crate::codec::Check {
                object: true,
                required: &[ #(#required),* ],
                tags: &[ #((#tag_keys, #tag_values)),* ],
                listed: &[ #(#listed),* ],
                min_listed: #min,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_text(spec: Value) -> std::result::Result<(), String> {
        check(&spec, Path::new("spec.yaml")).map_err(|e| e.to_string())
    }

    #[test]
    fn members_alike_are_refused_naming_the_union() {
        let spec = json!({"components": {"schemas": {"Twins": {"oneOf": [
            {"title": "Left", "type": "object", "properties": {"a": {"type": "string"}}},
            {"title": "Right", "type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}
        ]}}}});
        let error = check_text(spec).expect_err("the members overlap");
        assert!(
            error.contains("spec.yaml: at /components/schemas/Twins:"),
            "{error}"
        );
        assert!(error.contains("0 (`Left`) and 1 (`Right`)"), "{error}");
    }

    #[test]
    fn required_keys_tags_types_and_min_properties_tell_members_apart() {
        let member = |props: Value, extra: Value| {
            let mut m = json!({"type": "object", "properties": props});
            m.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            m
        };
        let string = json!({"type": "string"});
        let cases = [
            // Required keys the other does not list.
            json!([
                member(json!({"a": string}), json!({"required": ["a"]})),
                member(json!({"b": string}), json!({"required": ["b"]}))
            ]),
            // One-value enums.
            json!([
                member(json!({"k": {"enum": ["A"]}}), json!({})),
                member(json!({"k": {"enum": ["B"]}}), json!({}))
            ]),
            // JSON types.
            json!([{"type": "string"}, {"type": "integer"}]),
            // No shared property, each asking for one of its own.
            json!([
                member(json!({"a": string}), json!({"minProperties": 1})),
                member(json!({"b": string}), json!({"minProperties": 1}))
            ]),
        ];
        for members in cases {
            let spec = json!({"components": {"schemas": {"U": {"oneOf": members}}}});
            check_text(spec.clone()).unwrap_or_else(|e| panic!("{members}: {e}"));
        }
        // Enums whose values two members do not share.
        let spec = json!({"components": {"schemas": {"U": {"oneOf": [
            member(json!({"type": {"enum": ["INDIVIDUAL", "JOINT"]}}), json!({})),
            member(json!({"type": {"enum": ["BUSINESS"]}}), json!({}))
        ]}}}});
        check_text(spec.clone()).expect("told apart by `type`");
        let schemas = spec["components"]["schemas"].as_object().unwrap();
        assert_eq!(shapes(&schemas["U"], schemas)[0].tags["type"].len(), 2);
        // A required key the other member also lists is no help.
        let spec = json!({"components": {"schemas": {"U": {"anyOf": [
            member(json!({"a": string}), json!({"required": ["a"]})),
            member(json!({"a": string, "b": string}), json!({}))
        ]}}}});
        assert!(check_text(spec).is_err());
    }

    #[test]
    fn a_discriminator_tags_ref_members() {
        let spec = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"x": {"type": "string"}}},
            "B": {"type": "object", "properties": {"x": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
                  "discriminator": {"propertyName": "kind", "mapping": {"a-kind": "#/components/schemas/A"}}}
        }}});
        check_text(spec.clone()).expect("told apart by `kind`");
        let schemas = spec["components"]["schemas"].as_object().unwrap();
        let shapes = shapes(&schemas["U"], schemas);
        assert_eq!(
            shapes[0].tags["kind"],
            BTreeSet::from(["a-kind".to_owned()])
        );
        assert_eq!(shapes[1].tags["kind"], BTreeSet::from(["B".to_owned()]));
    }

    #[test]
    fn one_type_merges_members_of_one_shape() {
        let mut spec = json!({"paths": {"U": {"x-one-type": true, "oneOf": [
            {"title": "A", "type": "object", "required": ["d"], "properties": {"d": {"type": "object", "properties": {"p": {"type": "string"}}}}},
            {"title": "B", "type": "object", "required": ["d"], "properties": {"d": {"type": "object", "properties": {"p": {"type": "string", "example": "x"}, "q": {"type": "string"}}}}}
        ]}}});
        one_type(&mut spec, Path::new("overlay.yaml")).expect("one shape");
        let merged = &spec["paths"]["U"];
        assert_eq!(merged["required"], json!(["d"]));
        assert_eq!(
            merged["properties"]["d"]["properties"]
                .as_object()
                .unwrap()
                .len(),
            2
        );
        assert!(merged.get("oneOf").is_none() && merged.get("x-one-type").is_none());

        let mut spec = json!({"paths": {"U": {"x-one-type": true, "oneOf": [
            {"type": "object", "properties": {"p": {"type": "string"}}},
            {"type": "object", "properties": {"p": {"type": "integer"}}}
        ]}}});
        let error = one_type(&mut spec, Path::new("overlay.yaml")).expect_err("two shapes");
        assert!(
            error.to_string().contains("/paths/U/oneOf/1/properties/p"),
            "{error}"
        );
    }

    #[test]
    fn moved_members_are_named_by_title_or_tag() {
        let titled = json!({"title": "E Wallet", "properties": {}});
        assert_eq!(member_name("Body", 1, &titled), "BodyEWallet");
        let tagged = json!({"properties": {"type": {"enum": ["INDIVIDUAL"]}}});
        assert_eq!(member_name("Item", 0, &tagged), "ItemIndividual");
        assert_eq!(
            member_name("Item", 2, &json!({"type": "object"})),
            "ItemVariant2"
        );
    }

    #[test]
    fn variants_are_named_by_title_or_tag() {
        let schemas = Map::new();
        let union = json!({"oneOf": [
            {"title": "Individual Customer", "properties": {}},
            {"title": "Business Customer", "properties": {}}
        ]});
        assert_eq!(
            variant_names(&union, &schemas, |i| format!("V{i}")),
            ["Individual", "Business"]
        );
        let union = json!({"oneOf": [
            {"properties": {"t": {"enum": ["CRYPTO_WITHDRAWAL"]}}},
            {"properties": {"t": {"enum": ["ONRAMP"]}}},
            {"type": "string"}
        ]});
        assert_eq!(
            variant_names(&union, &schemas, |i| format!("V{i}")),
            ["CryptoWithdrawal", "Onramp", "V2"]
        );
    }
}
