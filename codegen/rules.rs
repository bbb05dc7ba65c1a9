//! Pipeline rules: what every spec needs before progenitor sees it.
//!
//! They run after the overlay, on any spec file, and are the general fixes
//! (the overlay holds the specific ones):
//! - **Method names**: an operation keeps its `operationId`; one without gets
//!   the words of its `summary`, lower-cased and joined with `_` ("Get
//!   Customer Details V2" → `get_customer_details_v2`). Duplicates are an
//!   error naming both operations.
//! - **Named bodies**: inline JSON request and 2xx response schemas move to
//!   `components/schemas` as `<Operation>Body` / `<Operation>Response`, so
//!   their Rust types have predictable names.
//! - **One error type**: every non-2xx JSON response is `ApiError`
//!   (`message`, `errors`, other keys kept). progenitor allows one error type
//!   per operation, and typify reuses the first type of a repeated name, so
//!   inline error schemas would otherwise decode as the wrong type.
//! - **Open enums**: inline string enums and tagged `oneOf`s move to
//!   `components/schemas` (named after where they stand) so the pipeline can
//!   replace them with types that keep unknown values.
//! - **Nulls**: a property that is not `required` also accepts `null`
//!   (servers send `"associated_parties": null`).
//! - **Lossless objects**: every object keeps the keys its schema does not
//!   list, in an `extra` map, so nothing a server sends is dropped.

use std::collections::BTreeMap;
use std::path::Path;

use heck::ToUpperCamelCase;
use serde_json::{json, Map, Value};

use crate::codegen::error::{PipelineError, Result};
use crate::codegen::yaml::escape;

/// The name of the schema every error response decodes into.
pub const API_ERROR: &str = "ApiError";

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// What the rules learned about the spec, for the generator.
#[derive(Default)]
pub struct Analysis {
    /// String enums in `components/schemas`: generated as open enums.
    pub open_enums: Vec<OpenEnum>,
    /// `oneOf`s of objects told apart by a constant property.
    pub unions: Vec<TaggedUnion>,
    /// (operation id, status, schema name) of each JSON success response.
    pub responses: Vec<(String, String, String)>,
    /// (operation id, schema name) of each JSON request body.
    pub bodies: Vec<(String, String)>,
    /// (operation id, HTTP method, path) of every operation.
    pub operations: Vec<(String, String, String)>,
    /// The `servers` URLs.
    pub servers: Vec<String>,
}

/// A string enum that keeps values the spec does not list.
pub struct OpenEnum {
    pub name: String,
    pub description: Option<String>,
    pub values: Vec<String>,
}

/// A `oneOf` of object schemas, each fixing `tag` to one value.
pub struct TaggedUnion {
    pub name: String,
    pub description: Option<String>,
    pub tag: String,
    /// (tag value, variant name, schema name)
    pub variants: Vec<(String, String, String)>,
}

/// Runs every rule on `spec` (read from `file`), in order.
pub fn apply(spec: &mut Value, file: &Path) -> Result<Analysis> {
    let mut analysis = Analysis::default();
    analysis.servers = spec
        .get("servers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.get("url").and_then(Value::as_str).map(str::to_owned))
        .collect();
    name_operations(spec, file, &mut analysis)?;
    add_api_error(spec, file)?;
    name_bodies(spec, &mut analysis);
    unify_error_responses(spec);
    hoist_inline(spec);
    accept_nulls(spec);
    collect_open_types(spec, &mut analysis);
    Ok(analysis)
}

fn operations_mut(spec: &mut Value) -> Vec<(String, String, &mut Map<String, Value>)> {
    let mut out = Vec::new();
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            if let Some(item) = item.as_object_mut() {
                for (method, op) in item.iter_mut() {
                    if let (true, Some(op)) =
                        (METHODS.contains(&method.as_str()), op.as_object_mut())
                    {
                        out.push((path.clone(), method.clone(), op));
                    }
                }
            }
        }
    }
    out
}

fn name_operations(spec: &mut Value, file: &Path, analysis: &mut Analysis) -> Result<()> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (path, method, op) in operations_mut(spec) {
        let pointer = format!("/paths/{}/{method}", escape(&path));
        let id = match op.get("operationId").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            None => {
                let summary = op.get("summary").and_then(Value::as_str).unwrap_or("");
                let id = method_name(summary);
                if id.is_empty() {
                    return Err(PipelineError::new(
                        file,
                        pointer,
                        "expected an `operationId` or a `summary` to name the client method",
                    ));
                }
                op.insert("operationId".into(), json!(id));
                id
            }
        };
        if let Some(other) = seen.insert(id.clone(), pointer.clone()) {
            return Err(PipelineError::new(
                file,
                pointer,
                format!("method name `{id}` is also the name of {other}; give one an `operationId` in the overlay"),
            ));
        }
        analysis.operations.push((id, method.to_uppercase(), path));
    }
    Ok(())
}

/// The method-name rule: the words of the summary (split at anything that
/// is not an ASCII letter or digit), lower-cased, joined with `_`; a name
/// that would start with a digit gets an `op_` prefix.
pub fn method_name(summary: &str) -> String {
    let name = summary
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("_");
    match name.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("op_{name}"),
        _ => name,
    }
}

fn schemas_mut(spec: &mut Value) -> &mut Map<String, Value> {
    let root = spec
        .as_object_mut()
        .expect("the spec root was checked to be a mapping");
    let components = root.entry("components").or_insert_with(|| json!({}));
    if !components.is_object() {
        *components = json!({});
    }
    let schemas = components
        .as_object_mut()
        .expect("just made an object")
        .entry("schemas")
        .or_insert_with(|| json!({}));
    if !schemas.is_object() {
        *schemas = json!({});
    }
    schemas.as_object_mut().expect("just made an object")
}

fn add_api_error(spec: &mut Value, file: &Path) -> Result<()> {
    let schema = json!({
        "type": "object",
        "description": "The body of an error response: a message, and for validation errors (422) the list of field errors. Keys this version does not know are kept in `extra`.",
        "properties": {
            "message": { "type": "string", "description": "What went wrong, as the API says it." },
            "errors": {
                "type": "array",
                "description": "Field errors of a validation failure, each mapping a field to its problem.",
                "items": { "type": "object", "additionalProperties": true }
            }
        },
        "additionalProperties": true
    });
    let schemas = schemas_mut(spec);
    match schemas.get(API_ERROR) {
        Some(existing) if existing != &schema => Err(PipelineError::new(
            file,
            format!("/components/schemas/{API_ERROR}"),
            "this name is reserved for the pipeline's error type; rename the schema in the overlay",
        )),
        _ => {
            schemas.insert(API_ERROR.into(), schema);
            Ok(())
        }
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

fn name_bodies(spec: &mut Value, analysis: &mut Analysis) {
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    for (_, _, op) in operations_mut(spec) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let stem = id.to_upper_camel_case();
        if let Some(content) = op
            .get_mut("requestBody")
            .and_then(|b| b.get_mut("content"))
            .and_then(Value::as_object_mut)
        {
            for (media, body) in content.iter_mut() {
                if let (true, Some(schema)) = (is_json(media), body.get_mut("schema")) {
                    let name = hoist(schema, format!("{stem}Body"), &mut hoisted);
                    analysis.bodies.push((id.clone(), name));
                }
            }
        }
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        let successes = responses.keys().filter(|s| is_success(s)).count();
        for (status, response) in responses.iter_mut() {
            if !is_success(status) {
                continue;
            }
            let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
                continue;
            };
            for (media, body) in content.iter_mut() {
                if let (true, Some(schema)) = (is_json(media), body.get_mut("schema")) {
                    let name = if successes == 1 {
                        format!("{stem}Response")
                    } else {
                        format!("{stem}Response{status}")
                    };
                    let name = hoist(schema, name, &mut hoisted);
                    analysis.responses.push((id.clone(), status.clone(), name));
                }
            }
        }
    }
    let schemas = schemas_mut(spec);
    for (name, schema) in hoisted {
        schemas.insert(name, schema);
    }
}

/// Moves an inline schema out (to be stored under `name`) and leaves a
/// `$ref` in its place; returns the name it is known by.
fn hoist(schema: &mut Value, name: String, hoisted: &mut Vec<(String, Value)>) -> String {
    if let Some(existing) = ref_name(schema) {
        return existing.to_owned();
    }
    let taken = std::mem::replace(
        schema,
        json!({ "$ref": format!("#/components/schemas/{name}") }),
    );
    hoisted.push((name.clone(), taken));
    name
}

fn unify_error_responses(spec: &mut Value) {
    let error_ref = json!({ "$ref": format!("#/components/schemas/{API_ERROR}") });
    let mut shared = Vec::new();
    for (_, _, op) in operations_mut(spec) {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        for (status, response) in responses.iter_mut() {
            if is_success(status) {
                continue;
            }
            if let Some(name) = response
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/responses/"))
            {
                shared.push(name.to_owned());
            } else {
                set_json_schemas(response, &error_ref);
            }
        }
    }
    if let Some(responses) = spec
        .pointer_mut("/components/responses")
        .and_then(Value::as_object_mut)
    {
        for name in shared {
            if let Some(response) = responses.get_mut(&name) {
                set_json_schemas(response, &error_ref);
            }
        }
    }
}

fn set_json_schemas(response: &mut Value, schema: &Value) {
    if let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) {
        for (media, body) in content.iter_mut() {
            if is_json(media) {
                if let Some(body) = body.as_object_mut() {
                    body.insert("schema".into(), schema.clone());
                }
            }
        }
    }
}

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
fn resolve<'a>(schema: &'a Value, schemas: &'a Map<String, Value>) -> &'a Value {
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

/// Moves inline string enums and tagged unions to named components.
fn hoist_inline(spec: &mut Value) {
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
                let child_name = format!("{name}Variant{i}");
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
    true
}

/// Marks every property that is not `required` as nullable, and keeps
/// unlisted keys of every object.
fn accept_nulls(spec: &mut Value) {
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

fn collect_open_types(spec: &Value, analysis: &mut Analysis) {
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
            let variants = variants
                .into_iter()
                .map(|(value, schema_name)| {
                    let title = schemas[&schema_name]
                        .get("title")
                        .and_then(Value::as_str)
                        .unwrap_or(&schema_name);
                    (value, title.to_upper_camel_case(), schema_name)
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
