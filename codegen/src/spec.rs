//! The one model of an OpenAPI document that every part of the project
//! reads specs through: the build pipeline (`codegen/`), `xtask` and the
//! tests' helpers. It holds what "reading a spec" means here:
//! - the YAML reader (`parse`), which rejects duplicate keys;
//! - the HTTP methods of a path item and the iteration over operations;
//! - JSON pointers (`escape`, `unescape`, `pointer`) and local `$ref`
//!   resolution (`resolve`, `deref`);
//! - the parameters of a path template (`path_params`);
//! - which keys hold data rather than spec structure (`is_data_key`) and
//!   which hold maps of user-chosen names (`holds_names`).
//!
//! It depends on `serde_json` and `yaml_serde` only.

use serde_json::{Map, Number, Value};
use yaml_serde::Value as Yaml;

/// The HTTP methods of an OpenAPI path item, in the order the spec lists them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Whether `key` of a path item is an operation (an HTTP method).
pub fn is_method(key: &str) -> bool {
    METHODS.contains(&key)
}

/// Parses YAML text into JSON. `Err` carries a message with line and column,
/// or the JSON pointer of a duplicate key: a document that says one thing
/// twice has no single meaning.
pub fn parse(text: &str) -> Result<Value, String> {
    let yaml: Yaml = yaml_serde::from_str(text).map_err(|e| e.to_string())?;
    to_json(yaml, "")
}

fn to_json(yaml: Yaml, at: &str) -> Result<Value, String> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => number(&n).ok_or_else(|| format!("{at}: number {n} is not finite"))?,
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &format!("{at}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                // YAML keys may be other scalars (an unquoted `200:`
                // response code); JSON keys are their string form.
                let key = scalar_key(&key)
                    .ok_or_else(|| format!("{at}: a mapping key is not a scalar"))?;
                let child = to_json(value, &pointer(at, &key))?;
                if out.insert(key.clone(), child).is_some() {
                    return Err(format!("{at}: duplicate key `{key}`"));
                }
            }
            Value::Object(out)
        }
        Yaml::Tagged(tagged) => to_json(tagged.value, at)?,
    })
}

fn number(n: &yaml_serde::Number) -> Option<Value> {
    if let Some(i) = n.as_u64() {
        Some(Value::Number(i.into()))
    } else if let Some(i) = n.as_i64() {
        Some(Value::Number(i.into()))
    } else {
        n.as_f64().and_then(Number::from_f64).map(Value::Number)
    }
}

fn scalar_key(key: &Yaml) -> Option<String> {
    match key {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Number(n) => Some(n.to_string()),
        Yaml::Bool(b) => Some(b.to_string()),
        Yaml::Null => Some("null".to_owned()),
        _ => None,
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Undoes `escape`.
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// The pointer of `key` under `parent`.
pub fn pointer(parent: &str, key: &str) -> String {
    format!("{parent}/{}", escape(key))
}

/// The node a local reference (`#/components/...`) points at; `None` for a
/// reference that is not local or does not resolve.
pub fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    root.pointer(reference.strip_prefix('#')?)
}

/// The `$ref` of `value`, if it has one.
pub fn reference(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// Follows `value`'s `$ref`s (a bounded number of them, so a cycle ends) to
/// the node they lead to; a reference that does not resolve is left as is.
pub fn deref<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..16 {
        match reference(current).and_then(|r| resolve(root, r)) {
            Some(target) => current = target,
            None => break,
        }
    }
    current
}

/// The parameter names of a path template, in order
/// (`/v1/{a}/x/{b}` → `a`, `b`).
pub fn path_params(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
        .collect()
}

/// Keys whose values are data (example payloads, enum values, defaults,
/// constants, extensions), never spec structure: nothing inside them is a
/// schema or a reference. Only meaningful where `key` is a keyword, not a
/// name in a map of names (see `holds_names`): a property may be called
/// `default`.
pub fn is_data_key(key: &str) -> bool {
    matches!(key, "example" | "examples" | "enum" | "default" | "const") || key.starts_with("x-")
}

/// Keys whose values map user-chosen names (properties, paths, component
/// names, status codes, media types) to spec objects: a name there is never
/// a keyword, so `default` there is a response or a property, not data.
pub fn holds_names(key: &str) -> bool {
    matches!(
        key,
        "properties"
            | "paths"
            | "webhooks"
            | "schemas"
            | "responses"
            | "parameters"
            | "requestBodies"
            | "headers"
            | "securitySchemes"
            | "content"
            | "patternProperties"
            | "$defs"
    )
}

/// The names a schema's `required` list holds (none when it has no list).
pub fn required(schema: &Value) -> Vec<&str> {
    schema.get("required").map(strings).unwrap_or_default()
}

/// The strings of a list (none when `list` is not a list).
pub fn strings(list: &Value) -> Vec<&str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// One operation of a spec: where it is and what it says.
pub struct Operation<'a> {
    /// The path template (`/v2/customers/{customer_id}`).
    pub path: &'a str,
    /// The HTTP method, lower case as the spec writes it.
    pub method: &'a str,
    /// The operation object.
    pub op: &'a Map<String, Value>,
    /// The parameters the path item gives all its operations.
    pub shared_params: &'a [Value],
}

impl Operation<'_> {
    /// The operation's JSON pointer (`/paths/~1v2~1customers/get`).
    pub fn pointer(&self, section: &str) -> String {
        pointer(&pointer(&format!("/{section}"), self.path), self.method)
    }
}

/// The operations of `section` (`paths` or `webhooks`), in document order.
pub fn operations<'a>(spec: &'a Value, section: &str) -> Vec<Operation<'a>> {
    let mut out = Vec::new();
    for (path, item) in spec
        .get(section)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let Some(item) = item.as_object() else {
            continue;
        };
        let shared_params = item
            .get("parameters")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for (method, op) in item {
            if let (true, Some(op)) = (is_method(method), op.as_object()) {
                out.push(Operation {
                    path,
                    method,
                    op,
                    shared_params,
                });
            }
        }
    }
    out
}

/// (path, method, operation) of every operation in `paths`, to edit.
pub fn operations_mut(spec: &mut Value) -> Vec<(String, String, &mut Map<String, Value>)> {
    let mut out = Vec::new();
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            if let Some(item) = item.as_object_mut() {
                for (method, op) in item.iter_mut() {
                    if let (true, Some(op)) = (is_method(method), op.as_object_mut()) {
                        out.push((path.clone(), method.clone(), op));
                    }
                }
            }
        }
    }
    out
}

/// `components/schemas` of `spec`, to edit; made (empty) where the spec
/// has none or something else there.
pub fn schemas_mut(spec: &mut Value) -> &mut Map<String, Value> {
    let root = spec
        .as_object_mut()
        .expect("the spec root was checked to be a mapping");
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if !components.is_object() {
        *components = Value::Object(Map::new());
    }
    let schemas = components
        .as_object_mut()
        .expect("just made an object")
        .entry("schemas")
        .or_insert_with(|| Value::Object(Map::new()));
    if !schemas.is_object() {
        *schemas = Value::Object(Map::new());
    }
    schemas.as_object_mut().expect("just made an object")
}

/// The component name a schema refers to (`#/components/schemas/X` → `X`).
pub fn ref_name(schema: &Value) -> Option<&str> {
    reference(schema).and_then(|r| r.strip_prefix("#/components/schemas/"))
}
