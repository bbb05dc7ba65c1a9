//! The `schemars` feature: JSON Schemas of the generated types, the open
//! types and the scalars, on schemars 1.x. Without the feature the crate
//! has no `JsonSchema` impls and this file is empty.
#![cfg(feature = "schemars")]

use fin_api::types::customers::GetCustomerDetailsV2Response;
use serde_json::Value;

fn definition<'a>(schema: &'a Value, name: &str) -> &'a Value {
    schema
        .pointer(&format!("/$defs/{name}"))
        .unwrap_or_else(|| panic!("the schema defines no {name}: {schema:#}"))
}

#[test]
fn the_customer_response_has_a_schema_with_its_union_open_enum_and_scalars() {
    let schema = serde_json::to_value(schemars::schema_for!(GetCustomerDetailsV2Response))
        .expect("a schema serializes");
    assert_eq!(schema["title"], "GetCustomerDetailsV2Response");
    assert_eq!(
        schema.pointer("/properties/data/anyOf/0/$ref"),
        Some(&Value::from("#/$defs/CustomerDetails")),
        "{schema:#}"
    );

    // The tagged union: one subschema per kind, each a reference to its struct.
    let union = definition(&schema, "CustomerDetails");
    let kinds: Vec<&str> = union["oneOf"]
        .as_array()
        .expect("oneOf")
        .iter()
        .filter_map(|kind| kind["$ref"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "#/$defs/IndividualCustomerDetailV2",
            "#/$defs/BusinessCustomerDetailV2"
        ]
    );

    // An open enum is any string: unknown values are accepted.
    let status = definition(&schema, "CustomerStatus");
    assert_eq!(status["type"], "string");
    assert!(status.get("enum").is_none(), "{status:#}");

    // The scalars keep their own schemas.
    let individual = definition(&schema, "IndividualCustomerDetailV2");
    assert_eq!(
        individual.pointer("/properties/created_at/anyOf/0/$ref"),
        Some(&Value::from("#/$defs/Timestamp")),
        "{individual:#}"
    );
    assert_eq!(
        definition(&schema, "Timestamp"),
        &serde_json::json!({ "type": "string", "format": "date-time" })
    );
}
