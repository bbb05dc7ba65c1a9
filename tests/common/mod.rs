//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use fin_api::types::{CustomerDetails, GetCustomerDetailsV2Response};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A YAML file as JSON.
pub fn yaml(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The named example body of Get Customer Details V2 in `openapi/fin.yaml`.
pub fn example_json(name: &str) -> serde_json::Value {
    let spec = yaml(&repo().join("openapi/fin.yaml"));
    let pointer = format!(
        "/paths/~1v2~1customers~1{{customer_id}}/get/responses/200/content/application~1json/examples/{name}/value"
    );
    spec.pointer(&pointer)
        .unwrap_or_else(|| panic!("no example at {pointer}"))
        .clone()
}

/// The example's `data`, decoded.
pub fn example_customer(name: &str) -> CustomerDetails {
    customer(example_json(name))
}

/// A response body's `data`, decoded.
pub fn customer(body: serde_json::Value) -> CustomerDetails {
    let response: GetCustomerDetailsV2Response =
        serde_json::from_value(body).unwrap_or_else(|e| panic!("does not decode: {e}"));
    response.data.expect("the body has data")
}
