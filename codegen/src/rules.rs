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
//!   (`message`, `errors`, other keys kept); an operation that lists no
//!   error response gets a `4XX` one. progenitor allows one error type
//!   per operation, and typify reuses the first type of a repeated name, so
//!   inline error schemas would otherwise decode as the wrong type.
//! - **Open enums**: inline string enums and tagged `oneOf`s move to
//!   `components/schemas` (named after where they stand) so the pipeline can
//!   replace them with types that keep unknown values.
//! - **Combined schemas**: an `allOf` of objects is merged into one object
//!   (a property two members define differently is an error naming it);
//!   untagged `oneOf`/`anyOf`s and their inline objects move to
//!   `components/schemas`, so the object generator writes them all.
//! - **Scalars**: every `type: number` is `Decimal` (money must not go
//!   through binary floating point) and every `format: date-time` is
//!   `Timestamp` (the API also sends `YYYY-MM-DD HH:MM:SS+00`); both are
//!   the crate's own types, plugged in like the open enums.
//! - **Nulls**: a property that is not `required` also accepts `null`
//!   (servers send `"associated_parties": null`).
//! - **Lossless objects**: every object keeps the keys its schema does not
//!   list, in an `extra` map, so nothing a server sends is dropped.

use std::collections::BTreeMap;
use std::path::Path;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{json, Map, Value};

use crate::error::{PipelineError, Result};
use crate::examples::{operation_example, synthesize};
use crate::model::{
    Analysis, FormField, JsonBody, JsonResponse, MultipartOp, OperationRoute, PagedResponse,
    PathParam, StatusSchema, Webhook,
};
use crate::spec::{
    self, deref, escape, is_method, operations_mut, path_params, ref_name, schemas_mut,
};
pub use crate::typing::SCALARS;
use crate::typing::{self, resolve};

/// The name of the schema every error response decodes into.
pub const API_ERROR: &str = "ApiError";

/// Runs every rule on `spec` (read from `file`), in order.
pub fn apply(spec: &mut Value, file: &Path) -> Result<Analysis> {
    let mut analysis = Analysis {
        servers: spec
            .get("servers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|s| s.get("url").and_then(Value::as_str).map(str::to_owned))
            .collect(),
        ..Analysis::default()
    };
    name_operations(spec, file, &mut analysis)?;
    add_api_error(spec, file)?;
    name_bodies(spec, &mut analysis);
    name_webhooks(spec, &mut analysis);
    find_pages(spec, &mut analysis);
    unify_error_responses(spec);
    set_aside_multipart(spec, &mut analysis);
    typing::merge_all_of(spec, file)?;
    typing::hoist_inline(spec);
    typing::hoist_objects(spec);
    typing::scalar_types(spec, file)?;
    typing::accept_nulls(spec);
    typing::collect_open_types(spec, &mut analysis);
    Ok(analysis)
}

fn name_operations(spec: &mut Value, file: &Path, analysis: &mut Analysis) -> Result<()> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let shared_params: BTreeMap<String, Vec<Value>> = spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(path, item)| {
            Some((path.clone(), item.get("parameters")?.as_array()?.clone()))
        })
        .collect();
    let snapshot = spec.clone();
    for (path, method, op) in operations_mut(spec) {
        let pointer = format!("/paths/{}/{method}", escape(&path));
        // An existing operationId is kept; the Rust method is its
        // snake_case, as progenitor spells it.
        let id = match op.get("operationId").and_then(Value::as_str) {
            Some(id) => id.to_snake_case(),
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
        // Everything downstream (tables, uploads, progenitor) names the
        // operation by its method name.
        op.insert("operationId".into(), json!(id));
        if let Some(other) = seen.insert(id.clone(), pointer.clone()) {
            return Err(PipelineError::new(
                file,
                pointer,
                format!("method name `{id}` is also the name of {other}; give one an `operationId` in the overlay"),
            ));
        }
        analysis.examples.push(operation_example(
            &id,
            op,
            shared_params.get(&path),
            &snapshot,
        ));
        let area = op
            .get("tags")
            .and_then(|t| t.get(0))
            .and_then(Value::as_str)
            .map_or_else(|| "general".to_owned(), area_name);
        let summary = op.get("summary").and_then(Value::as_str).map(str::to_owned);
        analysis.operations.push(OperationRoute {
            id,
            method: method.to_uppercase(),
            path,
            area,
            summary,
        });
    }
    Ok(())
}

/// The module of a tag: its words, snake_case (`Fees & FX Rates` →
/// `fees_fx_rates`), `area_` first where that would start with a digit.
pub fn area_name(tag: &str) -> String {
    let name = tag.to_snake_case();
    match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() && syn::parse_str::<syn::Ident>(&name).is_ok() => name,
        _ => format!("area_{name}"),
    }
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
                    analysis.bodies.push(JsonBody {
                        operation: id.clone(),
                        schema: name,
                    });
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
                    analysis.responses.push(JsonResponse {
                        operation: id.clone(),
                        status: status.clone(),
                        schema: name,
                    });
                }
            }
        }
    }
    let schemas = schemas_mut(spec);
    for (name, schema) in hoisted {
        schemas.insert(name, schema);
    }
}

/// The operations that take a page number, with its parameter: both ways
/// the API asks for a page, `current_page`/`per_page` and `page`/`limit`
/// (their responses carry the same `pagination`).
fn page_parameters(analysis: &Analysis) -> Vec<(String, String)> {
    analysis
        .examples
        .iter()
        .filter_map(|e| {
            let param = e
                .params
                .iter()
                .find(|p| p.name == "current_page" || p.name == "page")?;
            Some((e.id.clone(), param.name.clone()))
        })
        .collect()
}

/// Finds the paged list responses and names their item schemas
/// (`<Method>Item`), so the generator can implement `paging::Page`.
fn find_pages(spec: &mut Value, analysis: &mut Analysis) {
    let paged_ops = page_parameters(analysis);
    let mut hoisted = Vec::new();
    let snapshot = spec.clone();
    let schemas = schemas_mut(spec);
    for found in &analysis.responses {
        let (id, response) = (&found.operation, &found.schema);
        let Some((_, page_param)) = paged_ops.iter().find(|(op, _)| op == id) else {
            continue;
        };
        if found.status != "200" {
            continue;
        }
        let data_required = schemas
            .get(response)
            .and_then(|r| r.get("required"))
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|k| k == "data"));
        let Some(data) = schemas
            .get_mut(response)
            .and_then(|r| r.pointer_mut("/properties/data/properties"))
        else {
            continue;
        };
        let Some(pagination) = data.get("pagination") else {
            continue;
        };
        let pagination = resolve(
            pagination,
            snapshot
                .pointer("/components/schemas")
                .and_then(Value::as_object)
                .unwrap_or(&Map::new()),
        )
        .clone();
        let fields: Vec<String> = ["current_page", "per_page", "total_page", "total"]
            .iter()
            .filter(|f| pagination.pointer(&format!("/properties/{f}")).is_some())
            .map(|f| (*f).to_owned())
            .collect();
        if !(fields.iter().any(|f| f == "current_page") && fields.iter().any(|f| f == "total_page"))
        {
            continue;
        }
        let lists: Vec<String> = data
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| v.get("type").and_then(Value::as_str) == Some("array"))
            .map(|(k, _)| k.clone())
            .collect();
        let [items] = lists.as_slice() else { continue };
        let Some(item_schema) = data.get_mut(items).and_then(|l| l.get_mut("items")) else {
            continue;
        };
        let item = hoist(
            item_schema,
            format!("{}Item", id.to_upper_camel_case()),
            &mut hoisted,
        );
        analysis.paged.push(PagedResponse {
            operation: id.clone(),
            page_param: page_param.clone(),
            response: response.clone(),
            data_required,
            items: items.clone(),
            item,
            fields,
        });
    }
    for (name, schema) in hoisted {
        schemas.insert(name, schema);
    }
}

/// Moves each webhook's payload schema to `<Event>Webhook` (`customer.rfi`
/// → `CustomerRfiWebhook`) and takes the `webhooks` section out of the spec
/// (openapiv3 does not read it; the generator makes event types instead).
fn name_webhooks(spec: &mut Value, analysis: &mut Analysis) {
    let Some(Value::Object(webhooks)) = spec
        .as_object_mut()
        .and_then(|root| root.shift_remove("webhooks"))
    else {
        return;
    };
    let mut hoisted = Vec::new();
    for (event, mut item) in webhooks {
        let stem = event
            .split(|c: char| !c.is_ascii_alphanumeric())
            .collect::<Vec<_>>()
            .join("_")
            .to_upper_camel_case();
        let Some(schema) = item
            .get_mut("post")
            .and_then(|op| op.pointer_mut("/requestBody/content/application~1json/schema"))
        else {
            continue;
        };
        let name = hoist(schema, format!("{stem}Webhook"), &mut hoisted);
        analysis.webhooks.push(Webhook {
            event,
            schema: name,
        });
    }
    let schemas = schemas_mut(spec);
    for (name, schema) in hoisted {
        schemas.insert(name, schema);
    }
}

/// Moves an inline schema out (to be stored under `name`) and leaves a
/// `$ref` in its place; returns the name it is known by.
pub(crate) fn hoist(
    schema: &mut Value,
    name: String,
    hoisted: &mut Vec<(String, Value)>,
) -> String {
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

/// Takes `multipart/form-data` operations out of `paths` (progenitor 0.15
/// stops at them) and records what our generator needs to write them.
fn set_aside_multipart(spec: &mut Value, analysis: &mut Analysis) {
    // Responses may be shared (`$ref`); resolved against the spec as it was.
    let snapshot = spec.clone();
    let mut taken = Vec::new();
    for (path, method, op) in operations_mut(spec) {
        let Some(form) = op
            .get("requestBody")
            .and_then(|b| b.pointer("/content/multipart~1form-data/schema"))
        else {
            continue;
        };
        let (successes, errors) = json_outcomes(op, &snapshot);
        let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_owned);
        analysis.multipart.push(MultipartOp {
            id: text("operationId").unwrap_or_default().to_snake_case(),
            method: method.clone(),
            path: path.clone(),
            summary: text("summary"),
            description: text("description"),
            path_params: upload_path_params(&path, op),
            fields: form_fields(form),
            successes,
            errors,
        });
        taken.push((path, method));
    }
    remove_operations(spec, taken);
}

/// The fields of a form schema, with the text an example call sends.
fn form_fields(form: &Value) -> Vec<FormField> {
    let required = spec::required(form);
    form.get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, schema)| FormField {
            name: name.clone(),
            file: schema.get("format").and_then(Value::as_str) == Some("binary"),
            required: required.contains(&name.as_str()),
            description: schema
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
            example: match synthesize(schema, &Value::Null, 0) {
                Value::String(s) => s,
                other => other.to_string(),
            },
        })
        .collect()
}

/// The path parameters of `path`, each a UUID when `op` declares so.
fn upload_path_params(path: &str, op: &Map<String, Value>) -> Vec<PathParam> {
    path_params(path)
        .into_iter()
        .map(|name| PathParam {
            name: name.to_owned(),
            uuid: op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
                .and_then(|p| p.pointer("/schema/format"))
                .and_then(Value::as_str)
                == Some("uuid"),
        })
        .collect()
}

/// An operation's JSON success responses and its JSON error statuses.
fn json_outcomes(op: &Map<String, Value>, spec: &Value) -> (Vec<StatusSchema>, Vec<String>) {
    let mut successes = Vec::new();
    let mut errors = Vec::new();
    for (status, response) in op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let response = deref(spec, response);
        let schema = response.pointer("/content/application~1json/schema");
        match (is_success(status), schema.and_then(ref_name)) {
            (true, Some(name)) => successes.push(StatusSchema {
                status: status.clone(),
                schema: name.to_owned(),
            }),
            (false, Some(_)) => errors.push(status.clone()),
            _ => {}
        }
    }
    (successes, errors)
}

/// Removes the (path, method) operations, and a path item left without any.
fn remove_operations(spec: &mut Value, taken: Vec<(String, String)>) {
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, method) in taken {
        let empty = paths
            .get_mut(&path)
            .and_then(Value::as_object_mut)
            .map(|item| {
                item.shift_remove(&method);
                !item.keys().any(|k| is_method(k))
            })
            .unwrap_or(false);
        if empty {
            paths.shift_remove(&path);
        }
    }
}

fn unify_error_responses(spec: &mut Value) {
    let error_ref = json!({ "$ref": format!("#/components/schemas/{API_ERROR}") });
    let mut shared = Vec::new();
    for (_, _, op) in operations_mut(spec) {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        // An operation that lists no error response still gets `ApiError`
        // for its errors: the client's methods all share that error type.
        if responses.keys().all(|status| is_success(status)) {
            responses.insert(
                "4XX".into(),
                json!({
                    "description": "An error (the spec lists none for this operation)",
                    "content": { "application/json": { "schema": error_ref.clone() } }
                }),
            );
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_with(paths: Value, schemas: Value) -> Value {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
               "paths": paths, "components": {"schemas": schemas}})
    }

    fn get(response: Value) -> Value {
        json!({"get": {"operationId": "get_it", "responses": {"200": {
            "description": "ok", "content": {"application/json": {"schema": response}}}}}})
    }

    #[test]
    fn methods_are_named_from_summaries_and_duplicates_name_both_places() {
        assert_eq!(
            method_name("Get Customer Details V2"),
            "get_customer_details_v2"
        );
        assert_eq!(method_name("3DS check"), "op_3ds_check");
        let mut spec = spec_with(
            json!({
                "/a": {"get": {"summary": "Get thing", "responses": {"204": {"description": "ok"}}}},
                "/b": {"get": {"summary": "Get  thing!", "responses": {"204": {"description": "ok"}}}}
            }),
            json!({}),
        );
        let err = apply(&mut spec, Path::new("s.yaml"))
            .err()
            .expect("an error")
            .to_string();
        assert!(err.contains("s.yaml: at /paths/~1b/get"), "{err}");
        assert!(
            err.contains("`get_thing` is also the name of /paths/~1a/get"),
            "{err}"
        );
    }

    #[test]
    fn numbers_and_date_times_become_the_crates_scalars_and_optionals_accept_null() {
        let mut spec = spec_with(
            json!({"/a": get(json!({"$ref": "#/components/schemas/A"}))}),
            json!({"A": {"type": "object", "required": ["amount"], "properties": {
                "amount": {"type": "number"},
                "at": {"type": "string", "format": "date-time"}
            }}}),
        );
        apply(&mut spec, Path::new("s.yaml")).unwrap();
        let props = &spec["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            props["amount"],
            json!({"$ref": "#/components/schemas/Decimal"})
        );
        assert_eq!(props["at"]["nullable"], true, "{props}");
        assert!(
            props["at"]
                .to_string()
                .contains("#/components/schemas/Timestamp"),
            "{props}"
        );
    }

    #[test]
    fn inline_enums_are_named_after_their_place_and_collected_as_open_enums() {
        let mut spec = spec_with(
            json!({"/a": get(json!({"$ref": "#/components/schemas/Card"}))}),
            json!({"Card": {"type": "object", "properties": {
                "state": {"type": "string", "enum": ["ACTIVE", "FROZEN"]}
            }}}),
        );
        let analysis = apply(&mut spec, Path::new("s.yaml")).unwrap();
        let names: Vec<&str> = analysis
            .open_enums
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, ["CardState"]);
        assert_eq!(analysis.open_enums[0].values, ["ACTIVE", "FROZEN"]);
    }

    #[test]
    fn all_of_members_that_disagree_on_a_property_are_an_error_naming_it() {
        let mut spec = spec_with(
            json!({"/a": get(json!({"$ref": "#/components/schemas/C"}))}),
            json!({
                "A": {"type": "object", "properties": {"id": {"type": "string"}}},
                "B": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "C": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
            }),
        );
        let err = apply(&mut spec, Path::new("s.yaml"))
            .err()
            .expect("an error")
            .to_string();
        assert!(err.contains("`id`"), "{err}");
        assert!(err.contains("/components/schemas/C"), "{err}");
    }

    #[test]
    fn error_responses_all_decode_as_api_error() {
        let mut paths = get(json!({"type": "object"}));
        paths["get"]["responses"]["404"] = json!({"description": "no", "content": {
            "application/json": {"schema": {"type": "object", "properties": {"code": {"type": "integer"}}}}}});
        let mut spec = spec_with(json!({"/a": paths}), json!({}));
        apply(&mut spec, Path::new("s.yaml")).unwrap();
        let responses = &spec["paths"]["/a"]["get"]["responses"];
        let api_error = json!({"$ref": format!("#/components/schemas/{API_ERROR}")});
        assert_eq!(
            responses["404"]["content"]["application/json"]["schema"],
            api_error
        );
        assert!(spec["components"]["schemas"].get(API_ERROR).is_some());
    }
}
