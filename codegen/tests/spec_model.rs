//! The spec model's reader and helpers (`fin_api_codegen::spec`), which the
//! build pipeline, xtask and the tests all read specs through.

use fin_api_codegen::spec::*;
use serde_json::json;

#[test]
fn duplicate_keys_are_rejected_with_their_place() {
    let err = parse("paths:\n  /a:\n    get: {}\n    get: {}\n").unwrap_err();
    assert!(err.contains("duplicate"), "{err}");
    assert!(err.contains("get"), "{err}");
}

#[test]
fn scalar_keys_become_strings() {
    assert_eq!(
        parse("200: ok\ntrue: 1\n").unwrap(),
        json!({"200": "ok", "true": 1})
    );
    assert!(parse("a: [1\n").unwrap_err().contains("line"));
}

#[test]
fn pointers_and_references() {
    assert_eq!(escape("/a~b"), "~1a~0b");
    assert_eq!(unescape(&escape("/a~b")), "/a~b");
    let spec = json!({"components": {"schemas": {
        "A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}
    }}});
    let a = resolve(&spec, "#/components/schemas/A").unwrap();
    assert_eq!(deref(&spec, a), &json!({"type": "string"}));
    assert_eq!(resolve(&spec, "other.yaml#/x"), None);
    assert_eq!(path_params("/v1/{a}/x/{b_c}"), ["a", "b_c"]);
}

#[test]
fn operations_are_the_method_keys() {
    let spec = json!({"paths": {"/x/{id}": {"parameters": [{"name": "id"}], "get": {}, "summary": "s", "post": {}}}});
    let ops = operations(&spec, "paths");
    assert_eq!(ops.len(), 2);
    assert_eq!(ops[1].pointer("paths"), "/paths/~1x~1{id}/post");
    assert_eq!(ops[0].shared_params.len(), 1);
}
