//! The mock kit's example routes (`crate::mock`), collected at build time
//! from the spec the crate is built from, so the mock reads no spec at run
//! time: every JSON example of every 2xx response, at the concrete path its
//! body names (the path parameter's key, or the resource's own `id`).

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::spec;

/// One example route: HTTP method, concrete path, status, JSON body.
pub struct MockExample {
    method: String,
    path: String,
    status: u16,
    body: String,
}

/// Every 2xx JSON example of `spec` (after the overlay), in spec order.
/// An example whose body does not name every path parameter is skipped:
/// there is no path to serve it at.
pub fn collect(spec: &Value) -> Vec<MockExample> {
    let mut out = Vec::new();
    for operation in spec::operations(spec, "paths") {
        let responses = operation.op.get("responses").and_then(Value::as_object);
        for (status, response) in responses.into_iter().flatten() {
            let Some(status) = status
                .parse::<u16>()
                .ok()
                .filter(|s| (200..300).contains(s))
            else {
                continue;
            };
            let media = spec::deref(spec, response).pointer("/content/application~1json");
            for body in media.into_iter().flat_map(|m| examples(spec, m)) {
                if let Some(path) = concrete_path(operation.path, body) {
                    out.push(MockExample {
                        method: operation.method.to_ascii_uppercase(),
                        path,
                        status,
                        body: body.to_string(),
                    });
                }
            }
        }
    }
    out
}

/// `mock_examples::EXAMPLES`, compiled with the `mock` feature only.
pub fn module(examples: &[MockExample]) -> TokenStream {
    let rows = examples.iter().map(|e| {
        let (method, path, status, body) = (&e.method, &e.path, e.status, &e.body);
        quote!((#method, #path, #status, #body))
    });
    quote! {
        /// The spec's 2xx JSON examples, for the mock kit.
        #[cfg(feature = "mock")]
        pub mod mock_examples {
            /// (HTTP method, concrete path, status, JSON body), in spec order.
            pub const EXAMPLES: &[(&str, &str, u16, &str)] = &[ #(#rows),* ];
        }
    }
}

/// A media type's example values: the `examples` map, or the single
/// `example`.
fn examples<'a>(spec: &'a Value, media: &'a Value) -> Vec<&'a Value> {
    match media.get("examples").and_then(Value::as_object) {
        Some(map) => map
            .values()
            .filter_map(|e| spec::deref(spec, e).get("value"))
            .collect(),
        None => media.get("example").into_iter().collect(),
    }
}

/// `template` with each `{name}` replaced by the first string or number
/// found under key `name` in `body`, or, for the last segment, by the
/// resource's own `id` (`GET /v2/transactions/{transaction_id}` answers
/// `{"data": {"id": …}}`); `None` if one is not found.
fn concrete_path(template: &str, body: &Value) -> Option<String> {
    let mut path = template.to_owned();
    for name in spec::path_params(template) {
        let placeholder = format!("{{{name}}}");
        let last = || {
            template
                .ends_with(&placeholder)
                .then(|| own_id(body))
                .flatten()
        };
        let value = find_key(body, name).or_else(last)?;
        path = path.replacen(&placeholder, &value, 1);
    }
    Some(path)
}

/// The `id` of the resource a body describes: its `data` object's, or its own.
fn own_id(body: &Value) -> Option<String> {
    let resource = body.get("data").filter(|d| d.is_object()).unwrap_or(body);
    resource
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn find_key(value: &Value, key: &str) -> Option<String> {
    match value {
        Value::Object(map) => {
            match map.get(key) {
                Some(Value::String(s)) => return Some(s.clone()),
                Some(Value::Number(n)) => return Some(n.to_string()),
                _ => {}
            }
            map.values().find_map(|v| find_key(v, key))
        }
        Value::Array(list) => list.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}
