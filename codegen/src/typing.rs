//! The rules that decide Rust types, run on any spec after the overlay:
//! inline string enums and tagged `oneOf`s get names (so they can become
//! open types), numbers and date-times point at the crate's `Decimal` and
//! `Timestamp`, optional properties accept `null`, objects keep unknown
//! keys; then the open enums and unions are collected for the generator.

use std::path::Path;

use heck::ToUpperCamelCase;
use serde_json::{json, Map, Value};

use crate::discriminate;
use crate::error::{PipelineError, Result};
use crate::model::{Analysis, OpenEnum, TaggedUnion, UnionVariant};
use crate::spec::{operations_mut, ref_name, schemas_mut};

fn is_string_enum(schema: &Value) -> bool {
    let Some(values) = schema.get("enum").and_then(Value::as_array) else {
        return false;
    };
    let typed_string = matches!(
        schema.get("type").and_then(Value::as_str),
        None | Some("string")
    );
    typed_string
        && values.iter().any(Value::is_string)
        && values.iter().all(|v| v.is_string() || v.is_null())
}

/// Follows `$ref`s and one-element `allOf`s (how a hoisted, nullable
/// property is written) to the schema that says what a value is.
pub(crate) fn resolve<'a>(schema: &'a Value, schemas: &'a Map<String, Value>) -> &'a Value {
    let mut current = schema;
    for _ in 0..8 {
        if let Some(target) = ref_name(current).and_then(|n| schemas.get(n)) {
            current = target;
        } else if let Some([only]) = current
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            current = only;
        } else {
            break;
        }
    }
    current
}

/// The constant-property tag shared by every variant of a `oneOf`, if any.
fn union_tag(
    schema: &Value,
    schemas: &Map<String, Value>,
) -> Option<(String, Vec<(String, String)>)> {
    let variants = schema.get("oneOf")?.as_array()?;
    if variants.len() < 2 || schema.get("properties").is_some() {
        return None;
    }
    let mut tag: Option<String> = None;
    let mut out = Vec::new();
    for variant in variants {
        let name = ref_name(variant)?;
        let props = schemas.get(name)?.get("properties")?.as_object()?;
        let constant = |(key, prop): (&String, &Value)| {
            let values = resolve(prop, schemas).get("enum")?.as_array()?;
            match values.as_slice() {
                [Value::String(v)] => Some((key.clone(), v.clone())),
                _ => None,
            }
        };
        let found = match &tag {
            Some(t) => props.get_key_value(t).and_then(constant),
            None => props.iter().find_map(constant),
        }?;
        tag = Some(found.0);
        if out.iter().any(|(v, _): &(String, String)| v == &found.1) {
            return None;
        }
        out.push((found.1, name.to_owned()));
    }
    Some((tag?, out))
}

/// Moves inline object schemas (with `properties`) of properties, array
/// items and map values to named components (`<Parent><Property>`, as
/// typify names them), until none is left, so the object generator can
/// name every object's type; untagged unions and their object members
/// too (the members as `<Union><Title>`, or `<Union>Variant<i>`).
pub(crate) fn hoist_objects(spec: &mut Value) {
    // Each pass hoists one level of nesting; specs nest a few levels.
    for _ in 0..16 {
        let schemas = schemas_mut(spec);
        let mut taken: Vec<String> = schemas.keys().cloned().collect();
        let mut hoisted: Vec<(String, Value)> = Vec::new();
        for (name, schema) in schemas.iter_mut() {
            hoist_nested_objects(schema, name, &mut taken, &mut hoisted);
        }
        if hoisted.is_empty() {
            return;
        }
        for (name, schema) in hoisted {
            schemas.insert(name, schema);
        }
    }
}

fn hoist_nested_objects(
    schema: &mut Value,
    name: &str,
    taken: &mut Vec<String>,
    hoisted: &mut Vec<(String, Value)>,
) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    let mut children: Vec<(String, &mut Value)> = Vec::new();
    for (key, child) in map.iter_mut() {
        match (key.as_str(), child) {
            ("properties", Value::Object(props)) => {
                for (prop, child) in props.iter_mut() {
                    children.push((format!("{name}{}", prop.to_upper_camel_case()), child));
                }
            }
            ("items", items) => children.push((format!("{name}Item"), items)),
            ("additionalProperties", extra) if extra.is_object() => {
                children.push((format!("{name}Value"), extra))
            }
            // The object members of an untagged union get their own
            // names, so the union's variants are generated structs.
            ("oneOf" | "anyOf", Value::Array(members)) => {
                for (i, member) in members.iter_mut().enumerate() {
                    children.push((discriminate::member_name(name, i, member), member));
                }
            }
            _ => {}
        }
    }
    for (child_name, child) in children {
        let is_object = child.get("properties").is_some_and(Value::is_object)
            && !["oneOf", "anyOf", "allOf", "enum"]
                .iter()
                .any(|k| child.get(*k).is_some());
        if is_object || is_untagged_union(child) {
            hoist_named(child, child_name, taken, hoisted);
        } else if child.get("type").and_then(Value::as_str) == Some("array") {
            hoist_nested_objects(child, &child_name, taken, hoisted);
        }
    }
}

/// A `oneOf`/`anyOf` of two or more schemas that is not an object itself
/// (tagged unions were hoisted and named before this is asked).
pub(crate) fn is_untagged_union(schema: &Value) -> bool {
    let members = ["oneOf", "anyOf"]
        .iter()
        .find_map(|k| schema.get(*k).and_then(Value::as_array));
    members.is_some_and(|m| m.len() >= 2)
        && !["properties", "allOf", "enum"]
            .iter()
            .any(|k| schema.get(*k).is_some())
}

/// Moves inline string enums and tagged unions to named components.
pub(crate) fn hoist_inline(spec: &mut Value) {
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    let snapshot = spec
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let snapshot = snapshot.as_object().cloned().unwrap_or_default();
    let mut taken: Vec<String> = snapshot.keys().cloned().collect();
    let names: Vec<String> = snapshot.keys().cloned().collect();
    {
        let schemas = schemas_mut(spec);
        for name in &names {
            if let Some(schema) = schemas.get_mut(name) {
                for_each_child(schema, name, &mut |child, child_name| {
                    hoist_if_open(child, child_name, &snapshot, &mut taken, &mut hoisted)
                });
            }
        }
    }
    for (_, _, op) in operations_mut(spec) {
        let stem = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_upper_camel_case();
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            for param in params {
                let pname = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                if let Some(schema) = param.get_mut("schema") {
                    let name = format!("{stem}{}", pname.to_upper_camel_case());
                    hoist_if_open(schema, name, &snapshot, &mut taken, &mut hoisted);
                }
            }
        }
    }
    let schemas = schemas_mut(spec);
    for (name, schema) in hoisted {
        schemas.insert(name, schema);
    }
}

/// Calls `f` on every inline sub-schema of `schema` (not through `$ref`),
/// depth first, with the name a hoisted copy would get.
fn for_each_child(schema: &mut Value, name: &str, f: &mut dyn FnMut(&mut Value, String) -> bool) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    if let Some(props) = map.get_mut("properties").and_then(Value::as_object_mut) {
        for (prop, child) in props.iter_mut() {
            let child_name = format!("{name}{}", prop.to_upper_camel_case());
            if !f(child, child_name.clone()) {
                for_each_child(child, &child_name, f);
            }
        }
    }
    if let Some(items) = map.get_mut("items") {
        let child_name = format!("{name}Item");
        if !f(items, child_name.clone()) {
            for_each_child(items, &child_name, f);
        }
    }
    if let Some(extra) = map
        .get_mut("additionalProperties")
        .filter(|v| v.is_object())
    {
        let child_name = format!("{name}Value");
        if !f(extra, child_name.clone()) {
            for_each_child(extra, &child_name, f);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = map.get_mut(key).and_then(Value::as_array_mut) {
            for (i, child) in list.iter_mut().enumerate() {
                let child_name = discriminate::member_name(name, i, child);
                if !f(child, child_name.clone()) {
                    for_each_child(child, &child_name, f);
                }
            }
        }
    }
}

/// Hoists `schema` if it is an inline string enum or tagged union; says
/// whether it did.
fn hoist_if_open(
    schema: &mut Value,
    name: String,
    schemas: &Map<String, Value>,
    taken: &mut Vec<String>,
    hoisted: &mut Vec<(String, Value)>,
) -> bool {
    if ref_name(schema).is_some()
        || !(is_string_enum(schema) || union_tag(schema, schemas).is_some())
    {
        return false;
    }
    hoist_named(schema, name, taken, hoisted);
    true
}

/// Moves `schema` to a component named `name` (or `name2`, … if taken),
/// leaving a `$ref` (nullable where the schema was) in its place.
fn hoist_named(
    schema: &mut Value,
    name: String,
    taken: &mut Vec<String>,
    hoisted: &mut Vec<(String, Value)>,
) {
    let mut unique = name.clone();
    let mut n = 2;
    while taken.contains(&unique) {
        unique = format!("{name}{n}");
        n += 1;
    }
    taken.push(unique.clone());
    let mut moved = std::mem::take(schema);
    // Nullability belongs to the place of use, not to the named type.
    let nullable = moved
        .as_object_mut()
        .and_then(|m| m.shift_remove("nullable"))
        .is_some_and(|v| v == json!(true))
        || moved
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|vs| vs.iter().any(Value::is_null));
    if let Some(values) = moved.get_mut("enum").and_then(Value::as_array_mut) {
        values.retain(|v| !v.is_null());
    }
    let reference = json!({ "$ref": format!("#/components/schemas/{unique}") });
    *schema = if nullable {
        json!({ "allOf": [reference], "nullable": true })
    } else {
        reference
    };
    hoisted.push((unique, moved));
}

/// The crate's own scalar types: schema name and the schema it stands for.
pub const SCALARS: [(&str, &str); 2] = [("Decimal", "number"), ("Timestamp", "date-time")];

fn scalar_of(schema: &Value) -> Option<&'static str> {
    let map = schema.as_object()?;
    if map.contains_key("enum") || map.contains_key("$ref") {
        return None;
    }
    match (
        map.get("type").and_then(Value::as_str),
        map.get("format").and_then(Value::as_str),
    ) {
        (Some("number"), _) => Some("Decimal"),
        (Some("string"), Some("date-time")) => Some("Timestamp"),
        _ => None,
    }
}

fn scalar_schema(kind: &str) -> Value {
    match kind {
        "number" => json!({ "type": "number", "description": "An exact decimal number." }),
        _ => {
            json!({ "type": "string", "format": "date-time", "description": "A point in time as the API sent it." })
        }
    }
}

/// Points every number and date-time schema at `Decimal` / `Timestamp`.
pub(crate) fn scalar_types(spec: &mut Value, file: &Path) -> Result<()> {
    let replace = |schema: &mut Value, _: String| -> bool {
        let Some(name) = scalar_of(schema) else {
            return false;
        };
        let nullable = schema.get("nullable") == Some(&json!(true));
        let description = schema.get("description").cloned();
        let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
        *schema = if nullable {
            json!({ "allOf": [reference], "nullable": true })
        } else {
            reference
        };
        if let (Some(d), Some(map)) = (description, schema.as_object_mut()) {
            if map.contains_key("allOf") {
                map.insert("description".into(), d);
            }
        }
        true
    };
    let mut replace = replace;
    let schemas = schemas_mut(spec);
    for (name, kind) in SCALARS {
        let own = scalar_schema(kind);
        if schemas.get(name).is_some_and(|existing| existing != &own) {
            return Err(PipelineError::new(
                file,
                format!("/components/schemas/{name}"),
                "this name is reserved for the crate's own scalar type; rename the schema in the overlay",
            ));
        }
    }
    let names: Vec<String> = schemas.keys().cloned().collect();
    for name in &names {
        if let Some(schema) = schemas.get_mut(name) {
            // A component that is itself a number or date-time becomes an
            // alias of the scalar type.
            if scalar_of(schema).is_some() {
                let mut wrapped = json!({ "allOf": [schema.clone()] });
                replace(&mut wrapped["allOf"][0], String::new());
                *schema = wrapped;
            } else {
                for_each_child(schema, name, &mut replace);
            }
        }
    }
    for (name, kind) in SCALARS {
        let own = scalar_schema(kind);
        schemas.insert(name.into(), own);
    }
    for (_, _, op) in operations_mut(spec) {
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            for param in params {
                if let Some(schema) = param.get_mut("schema") {
                    replace(schema, String::new());
                }
            }
        }
    }
    Ok(())
}

/// Marks every property that is not `required` as nullable, and keeps
/// unlisted keys of every object.
pub(crate) fn accept_nulls(spec: &mut Value) {
    let schemas = schemas_mut(spec);
    let names: Vec<String> = schemas.keys().cloned().collect();
    for name in names {
        if let Some(schema) = schemas.get_mut(&name) {
            nullable_optionals(schema);
        }
    }
}

fn nullable_optionals(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    let required: Vec<String> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    // Keys the spec does not list are kept (typify flattens an `extra` map
    // for `additionalProperties: {}`), so a payload survives a round trip.
    if map.contains_key("properties")
        && matches!(
            map.get("additionalProperties"),
            None | Some(Value::Bool(true))
        )
    {
        map.insert("additionalProperties".into(), json!({}));
    }
    if let Some(props) = map.get_mut("properties").and_then(Value::as_object_mut) {
        for (prop, child) in props.iter_mut() {
            if !required.contains(prop) {
                make_nullable(child);
            }
            nullable_optionals(child);
        }
    }
    if let Some(items) = map.get_mut("items") {
        nullable_optionals(items);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = map.get_mut(key).and_then(Value::as_array_mut) {
            list.iter_mut().for_each(nullable_optionals);
        }
    }
}

fn make_nullable(schema: &mut Value) {
    if ref_name(schema).is_some() {
        let reference = std::mem::take(schema);
        *schema = json!({ "allOf": [reference], "nullable": true });
    } else if let Some(map) = schema.as_object_mut() {
        map.insert("nullable".into(), json!(true));
    }
}

pub(crate) fn collect_open_types(spec: &Value, analysis: &mut Analysis) {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    let description = |s: &Value| {
        s.get("description")
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    for (name, schema) in schemas {
        if is_string_enum(schema) {
            let values = schema["enum"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            analysis.open_enums.push(OpenEnum {
                name: name.clone(),
                description: description(schema),
                values,
            });
        } else if let Some((tag, variants)) = union_tag(schema, schemas) {
            let names = discriminate::variant_names(schema, schemas, |i| {
                variants[i].1.to_upper_camel_case()
            });
            let variants = variants
                .into_iter()
                .zip(names)
                .map(|((tag_value, schema), name)| UnionVariant {
                    tag_value,
                    name,
                    schema,
                })
                .collect();
            analysis.unions.push(TaggedUnion {
                name: name.clone(),
                description: description(schema),
                tag,
                variants,
            });
        }
    }
}

/// Merges every `allOf` of objects into one object schema, so the object
/// generator writes it: properties and `required` are unioned, a property
/// two members give different schemas is an error naming it. An `allOf`
/// of objects and one untagged `oneOf`/`anyOf` of objects becomes the
/// `oneOf` of the objects merged with each member. Members that only
/// constrain (`if`/`then`/`else`/`not`) add no field and are dropped.
/// A one-member `allOf` (a nullable `$ref`) stays as it is.
pub(crate) fn merge_all_of(spec: &mut Value, file: &Path) -> Result<()> {
    let schemas = schemas_mut(spec);
    let snapshot = schemas.clone();
    for (name, schema) in schemas.iter_mut() {
        let pointer = format!("/components/schemas/{}", crate::spec::escape(name));
        merge_in(schema, &pointer, &snapshot, file)?;
    }
    Ok(())
}

/// Merges the `allOf`s in `schema` and everything under it.
fn merge_in(
    schema: &mut Value,
    pointer: &str,
    schemas: &Map<String, Value>,
    file: &Path,
) -> Result<()> {
    if let Some(merged) = merged(schema, pointer, schemas, file)? {
        *schema = merged;
    }
    match schema {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let pointer = format!("{pointer}/{}", crate::spec::escape(key));
                merge_in(child, &pointer, schemas, file)?;
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter_mut().enumerate() {
                merge_in(child, &format!("{pointer}/{i}"), schemas, file)?;
            }
        }
        _ => {}
    }
    Ok(())
}

const CONSTRAINTS: [&str; 4] = ["if", "then", "else", "not"];

/// The merged form of an `allOf` of two or more schemas (or of an object
/// with `allOf` constraints), or `None` to leave it as it is.
fn merged(
    schema: &Value,
    pointer: &str,
    schemas: &Map<String, Value>,
    file: &Path,
) -> Result<Option<Value>> {
    let Some(map) = schema.as_object() else {
        return Ok(None);
    };
    let Some(members) = map.get("allOf").and_then(Value::as_array) else {
        return Ok(None);
    };
    let own = map.contains_key("properties");
    if members.len() + usize::from(own) < 2 {
        return Ok(None);
    }
    let mut objects: Vec<&Value> = Vec::new();
    let mut union: Option<(String, &str, &Vec<Value>)> = None;
    for (j, member) in members.iter().enumerate() {
        let member = resolve(member, schemas);
        let keys: Vec<&String> = member
            .as_object()
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        if keys.iter().all(|k| CONSTRAINTS.contains(&k.as_str())) {
            continue;
        }
        if member.get("allOf").is_some() {
            return Ok(None);
        }
        if is_untagged_union(member) {
            let kind = if member.get("oneOf").is_some() {
                "oneOf"
            } else {
                "anyOf"
            };
            match (&union, member[kind].as_array()) {
                (None, Some(list)) => {
                    union = Some((format!("{pointer}/allOf/{j}/{kind}"), kind, list))
                }
                _ => return Ok(None),
            }
        } else if member.get("properties").is_some_and(Value::is_object) {
            objects.push(member);
        } else {
            return Ok(None);
        }
    }
    let mut base = map.clone();
    base.shift_remove("allOf");
    for member in objects {
        merge_object(&mut base, member, pointer, file)?;
    }
    let Some((at, kind, list)) = union else {
        return Ok(Some(Value::Object(base)));
    };
    let mut variants = Vec::new();
    for (i, member) in list.iter().enumerate() {
        let member = resolve(member, schemas);
        if !member.get("properties").is_some_and(Value::is_object) {
            return Ok(None);
        }
        variants.push(merged_variant(&base, member, &format!("{at}/{i}"), file)?);
    }
    let mut out = Map::new();
    for key in ["description", "nullable"] {
        if let Some(v) = map.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    out.insert(kind.into(), Value::Array(variants));
    Ok(Some(Value::Object(out)))
}

/// One member of an untagged union inside an `allOf`, merged with the
/// `allOf`'s objects. The description and nullability belong to the
/// union; the member's title names its variant.
fn merged_variant(
    base: &Map<String, Value>,
    member: &Value,
    pointer: &str,
    file: &Path,
) -> Result<Value> {
    let mut variant = base.clone();
    for key in ["description", "nullable", "title"] {
        variant.shift_remove(key);
    }
    if let Some(title) = member.get("title") {
        variant.insert("title".into(), title.clone());
    }
    merge_object(&mut variant, member, pointer, file)?;
    Ok(Value::Object(variant))
}

/// Adds the properties and `required` of `member` to the object `into`.
fn merge_object(
    into: &mut Map<String, Value>,
    member: &Value,
    pointer: &str,
    file: &Path,
) -> Result<()> {
    into.entry("type").or_insert_with(|| json!("object"));
    let props = into
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or_else(|| PipelineError::new(file, pointer, "`properties` is not an object"))?;
    for (key, prop) in member["properties"].as_object().into_iter().flatten() {
        match props.get(key) {
            Some(existing) if existing != prop => {
                return Err(PipelineError::new(
                    file,
                    format!("{pointer}/properties/{}", crate::spec::escape(key)),
                    format!("`allOf` members give property `{key}` different schemas; make them agree in the overlay"),
                ))
            }
            Some(_) => {}
            None => {
                props.insert(key.clone(), prop.clone());
            }
        }
    }
    if let Some(required) = member.get("required").and_then(Value::as_array) {
        let list = into
            .entry("required")
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .ok_or_else(|| PipelineError::new(file, pointer, "`required` is not a list"))?;
        for key in required {
            if !list.contains(key) {
                list.push(key.clone());
            }
        }
    }
    Ok(())
}
