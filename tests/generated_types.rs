//! The generated surface against the spec's own examples and hostile
//! payloads: lossless decoding, open enums, the customer union, nulls,
//! readable names, method names, typed API errors.

mod support;

use fin_api::json::RawJson;
use fin_api::types::customers::{
    AssociatedParty, CustomerDetails, CustomerStatus, GetCustomerDetailsV2Response,
    RejectedDocument, RejectionReason, RequestForInformation, RfiCategory, RfiDataType, RfiField,
    RfiFieldStatus, RfiScope, VerificationStatus,
};
use serde_json::{json, Value};
use support::server::{Reply, Server};

fn example(name: &str) -> Value {
    support::response_examples(&support::spec())
        .into_iter()
        .find(|e| e.operation == "get_customer_details_v2" && e.name == name)
        .unwrap_or_else(|| panic!("the spec has no {name} example"))
        .value
}

/// A client of `server` with a fixed token and no retries.
fn client(server: &Server) -> fin_api::Client {
    fin_api::Client::builder()
        .base_url(server.url())
        .access_token("t")
        .max_retries(0)
        .build()
        .expect("client")
}

fn decode(value: &Value) -> GetCustomerDetailsV2Response {
    serde_json::from_value(value.clone()).expect("decodes")
}

// 1. Every response example in the spec round-trips without loss.
#[test]
fn every_response_example_round_trips_losslessly() {
    let examples = support::response_examples(&support::spec());
    assert!(
        examples.len() >= 2,
        "the spec has the Business and Individual examples"
    );
    let mut failures = Vec::new();
    for e in &examples {
        match fin_api::spec_table::roundtrip_response(&e.operation, &e.status, &e.value) {
            None => failures.push(format!(
                "{} {} {}: no type for this response",
                e.operation, e.status, e.name
            )),
            Some(Err(error)) => {
                failures.push(format!("{} {} {}: {error}", e.operation, e.status, e.name))
            }
            Some(Ok(back)) => {
                if let Err(diff) = support::lossless(&e.value, &back, "") {
                    failures.push(format!("{} {} {}: {diff}", e.operation, e.status, e.name));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "examples that did not round-trip:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_business_example_keeps_what_its_schema_omitted() {
    let back = serde_json::to_value(decode(&example("Business"))).expect("encodes");
    let data = &back["data"];
    let instant = |v: &Value| {
        chrono::DateTime::parse_from_rfc3339(v.as_str().expect("a string")).expect("a date-time")
    };
    assert_eq!(
        instant(&data["last_status_updated_at"]),
        instant(&json!("2026-05-04T12:32:34.47927Z"))
    );
    let rfi = &data["request_for_information"][0];
    assert_eq!(rfi["scope"], "ASSOCIATED_PARTY");
    assert_eq!(
        rfi["associated_party_id"],
        "2e719a54-cdef-43f9-a5ac-f6ef679ea1dc"
    );
    assert_eq!(rfi["categories"][0]["fields"][0]["options"], json!([]));
    let party = &data["rejection_reason"]["associated_parties"][0];
    assert_eq!(party["id"], "2e719a54-cdef-43f9-a5ac-f6ef679ea1dc");
    assert_eq!(
        party["applicant"]["reject_labels"],
        json!(["EXPIRATION_DATE"])
    );
    assert_eq!(party["documents"][0]["category"], "PROOF_OF_IDENTITY");
}

// Through the real client, against a real server serving the bytes.
#[tokio::test]
async fn examples_decode_through_the_client() {
    for name in ["Business", "Individual"] {
        let sent = example(name);
        let body = sent.clone();
        let server = Server::start(move |_, _| Reply::json(200, body.clone())).await;
        let client = fin_api::Client::builder()
            .base_url(server.url())
            .access_token("test-token")
            .build()
            .expect("client");
        let id =
            uuid::Uuid::parse_str(sent["data"]["customer_id"].as_str().expect("id")).expect("uuid");
        let response = client
            .get_customer_details_v2(&id)
            .await
            .expect("call succeeds");
        let back = serde_json::to_value(response.into_inner()).expect("encodes");
        support::lossless(&sent, &back, "").expect("lossless through the client");
        let seen = server.requests();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].path, format!("/v2/customers/{id}"));
    }
}

// 2. Error bodies decode into the one named error type.
#[tokio::test]
async fn error_responses_are_typed_api_errors() {
    let server = Server::start(|request, _| {
        if request.path.ends_with("0000000000a1") {
            Reply::json(404, json!({ "message": "Resource not found", "trace": "abc" }))
        } else if request.path.ends_with("0000000000a2") {
            Reply::json(
                422,
                json!({ "message": "The given data was invalid.", "errors": [{ "customer_id": "must be a uuid" }] }),
            )
        } else {
            Reply::text(404, "<html>not here</html>").header("content-type", "text/html")
        }
    })
    .await;
    let client = client(&server);

    let id = uuid::Uuid::parse_str("00000000-0000-0000-0000-0000000000a1").expect("uuid");
    let error = client.get_customer_details_v2(&id).await.expect_err("404");
    let body = error.api_error().expect("a typed API error");
    assert_eq!(body.message.as_deref(), Some("Resource not found"));
    assert_eq!(
        body.extra
            .get("trace")
            .map(|v| v.to_value().expect("a Value")),
        Some(json!("abc")),
        "other keys are kept"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));

    let id = uuid::Uuid::parse_str("00000000-0000-0000-0000-0000000000a2").expect("uuid");
    let error = client.get_customer_details_v2(&id).await.expect_err("422");
    let body = error.api_error().expect("a typed API error");
    assert_eq!(body.message.as_deref(), Some("The given data was invalid."));
    let errors = body.errors.as_ref().expect("field errors");
    assert_eq!(
        errors[0]
            .get("customer_id")
            .map(|v| v.to_value().expect("a Value")),
        Some(json!("must be a uuid"))
    );

    let id = uuid::Uuid::parse_str("00000000-0000-0000-0000-0000000000a3").expect("uuid");
    let error = client
        .get_customer_details_v2(&id)
        .await
        .expect_err("non-JSON 404");
    assert!(error.api_error().is_none());
    assert_eq!(
        error.status().map(|s| s.as_u16()),
        Some(404),
        "status kept: {error}"
    );
    assert!(
        error.to_string().contains("not here"),
        "body excerpt kept: {error}"
    );
}

#[test]
fn the_error_type_is_the_same_for_every_status() {
    // One type for 401, 404 and 422: a decode through the table for any
    // non-2xx status yields the same shape.
    for status in ["401", "404", "422"] {
        let back = fin_api::spec_table::roundtrip_response(
            "get_customer_details_v2",
            status,
            &json!({ "message": "m", "errors": [{ "a": "b" }], "code": 7 }),
        )
        .expect("error responses have a type")
        .expect("decodes");
        assert_eq!(
            back,
            json!({ "message": "m", "errors": [{ "a": "b" }], "code": 7 })
        );
    }
}

// 3. Individual vs Business is an enum chosen by `type`.
#[test]
fn customer_kind_is_chosen_by_type() {
    assert!(matches!(
        decode(&example("Business")).data,
        Some(CustomerDetails::Business(_))
    ));
    assert!(matches!(
        decode(&example("Individual")).data,
        Some(CustomerDetails::Individual(_))
    ));
    let trust =
        json!({ "data": { "type": "TRUST", "customer_id": "x", "trustee": { "name": "T" } } });
    let decoded = decode(&trust);
    match &decoded.data {
        Some(CustomerDetails::Unknown(raw)) => {
            assert_eq!(raw.to_value().expect("a Value")["trustee"]["name"], "T")
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), trust);
    // A known kind with a broken body is an error, not a silent Unknown.
    let broken = json!({ "data": { "type": "BUSINESS", "customer_id": 12 } });
    let error =
        serde_json::from_value::<GetCustomerDetailsV2Response>(broken).expect_err("rejected");
    assert!(error.to_string().contains("BUSINESS"), "{error}");
}

// 4. Enums are open: unknown values parse and serialize back unchanged.
#[test]
fn enums_keep_unknown_values() {
    let mut payload = example("Business");
    payload["data"]["customer_status"] = json!("FROZEN");
    payload["data"]["associated_parties"][0]["verification"]["status"] = json!("ESCALATED");
    payload["data"]["request_for_information"][0]["scope"] = json!("DIRECTOR");
    payload["data"]["request_for_information"][0]["categories"][0]["fields"][0]["data_type"] =
        json!("NUMBER");
    payload["data"]["request_for_information"][0]["categories"][0]["fields"][0]["status"] =
        json!("PENDING");
    let decoded = decode(&payload);
    let Some(CustomerDetails::Business(business)) = &decoded.data else {
        panic!("business")
    };
    assert_eq!(
        business.customer_status,
        Some(CustomerStatus::Unknown("FROZEN".into()))
    );
    let party = &business.associated_parties.as_ref().expect("parties")[0];
    let status = party.verification.as_ref().and_then(|v| v.status.clone());
    assert_eq!(
        status,
        Some(VerificationStatus::Unknown("ESCALATED".into()))
    );
    let rfi = &business.request_for_information.as_ref().expect("rfi")[0];
    assert_eq!(rfi.scope, Some(RfiScope::Unknown("DIRECTOR".into())));
    let field = &rfi.categories.as_ref().expect("categories")[0]
        .fields
        .as_ref()
        .expect("fields")[0];
    assert_eq!(field.data_type, Some(RfiDataType::Unknown("NUMBER".into())));
    assert_eq!(
        field.status,
        Some(RfiFieldStatus::Unknown("PENDING".into()))
    );
    let back = serde_json::to_value(&decoded).expect("encodes");
    support::lossless(&payload, &back, "").expect("unknown values serialize back unchanged");
    // Known values are ordinary variants.
    assert_eq!(
        CustomerStatus::from("ACTION_REQUIRED"),
        CustomerStatus::ActionRequired
    );
    assert_eq!(RfiScope::from("CUSTOMER"), RfiScope::Customer);
}

#[test]
fn open_enums_list_exactly_the_spec_values() {
    // Generated from the spec (after the overlay), not a hand-kept list:
    // the statuses the overlay names from upstream (`x-hoist`), the RFI
    // lists it defines itself.
    let spec = support::read_yaml(&support::spec_path());
    let overlay = support::read_yaml(&support::repo().join("openapi/overlay.yaml"));
    let enum_at = |doc: &Value, pointer: &str| -> Vec<String> {
        doc.pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("an enum at {pointer}"))
            .iter()
            .map(|v| v.as_str().expect("string").to_owned())
            .collect()
    };
    let business = "/components/schemas/BusinessCustomerDetailV2/properties";
    assert_eq!(
        CustomerStatus::KNOWN,
        enum_at(&spec, &format!("{business}/customer_status/enum")).as_slice()
    );
    assert_eq!(
        VerificationStatus::KNOWN,
        enum_at(
            &spec,
            &format!("{business}/associated_parties/items/properties/verification/properties/status/enum")
        )
        .as_slice()
    );
    let defined = overlay["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["update"].get("RfiScope").is_some())
        .expect("the action that defines the RFI schemas");
    let listed = |name: &str| enum_at(defined, &format!("/update/{name}/enum"));
    assert_eq!(RfiScope::KNOWN, listed("RfiScope").as_slice());
    assert_eq!(RfiDataType::KNOWN, listed("RfiDataType").as_slice());
    assert_eq!(RfiFieldStatus::KNOWN, listed("RfiFieldStatus").as_slice());
    for value in CustomerStatus::KNOWN {
        let parsed = CustomerStatus::from(*value);
        assert!(parsed.is_known());
        assert_eq!(parsed.as_str(), *value);
        assert_eq!(
            serde_json::to_value(&parsed).expect("encodes"),
            json!(value)
        );
    }
}

// 5. Optional properties accept null as well as absence; extra keys never fail.
#[test]
fn nulls_and_unknown_keys_are_accepted() {
    let business = json!({ "data": {
        "type": "BUSINESS",
        "customer_id": "671536f8-ddc5-4b1e-bd6f-27d0ed07a27c",
        "business_name": null,
        "associated_parties": null,
        "rejection_reason": { "applicant": null, "documents": null, "associated_parties": null },
        "request_for_information": [
            { "scope": null, "section": "s", "categories": null },
            { "scope": "CUSTOMER", "categories": [ { "document_type": null, "fields": [
                { "field_name": "files", "options": null, "reason": null, "side": "FRONT" }
            ] } ] }
        ],
        "brand_new_field": { "nested": [1, 2] }
    } });
    let decoded = decode(&business);
    let back = serde_json::to_value(&decoded).expect("encodes");
    support::lossless(&business, &back, "").expect("nothing lost");
    let Some(CustomerDetails::Business(b)) = &decoded.data else {
        panic!("business")
    };
    assert_eq!(
        b.extra.get("brand_new_field").map(RawJson::as_str),
        Some(r#"{"nested":[1,2]}"#)
    );
    let field = &b.request_for_information.as_ref().expect("rfi")[1]
        .categories
        .as_ref()
        .expect("c")[0]
        .fields
        .as_ref()
        .expect("f")[0];
    assert_eq!(
        field.extra.get("side").map(RawJson::as_str),
        Some(r#""FRONT""#)
    );

    let individual = json!({ "data": {
        "type": "INDIVIDUAL", "first_name": null, "request_for_information": null,
        "rejection_reason": null, "customer_status": null
    } });
    let decoded = decode(&individual);
    assert!(matches!(decoded.data, Some(CustomerDetails::Individual(_))));
    assert_eq!(decode(&json!({ "data": null })).data, None);
    assert_eq!(decode(&json!({})).data, None);
}

// 6. Shared sub-schemas have readable names, shared by both kinds.
#[test]
fn shared_types_have_names_and_are_shared() {
    fn rfi_of(details: &CustomerDetails) -> Option<&Vec<RequestForInformation>> {
        match details {
            CustomerDetails::Business(b) => b.request_for_information.as_ref(),
            CustomerDetails::Individual(i) => i.request_for_information.as_ref(),
            _ => None,
        }
    }
    fn status_of(details: &CustomerDetails) -> Option<&CustomerStatus> {
        match details {
            CustomerDetails::Business(b) => b.customer_status.as_ref(),
            CustomerDetails::Individual(i) => i.customer_status.as_ref(),
            _ => None,
        }
    }
    fn rejection_of(details: &CustomerDetails) -> Option<&RejectionReason> {
        match details {
            CustomerDetails::Business(b) => b.rejection_reason.as_ref(),
            CustomerDetails::Individual(i) => i.rejection_reason.as_ref(),
            _ => None,
        }
    }
    for name in ["Business", "Individual"] {
        let data = decode(&example(name)).data.expect("data");
        let rfi: &RequestForInformation = &rfi_of(&data).expect("rfi")[0];
        let category: &RfiCategory = &rfi.categories.as_ref().expect("categories")[0];
        let field: &RfiField = &category.fields.as_ref().expect("fields")[0];
        assert_eq!(field.status, Some(RfiFieldStatus::Invalid));
        assert_eq!(status_of(&data), Some(&CustomerStatus::ActionRequired));
        let documents: &Vec<RejectedDocument> = rejection_of(&data)
            .and_then(|r| r.documents.as_ref())
            .expect("documents");
        assert!(!documents.is_empty());
    }
    let Some(CustomerDetails::Business(b)) = decode(&example("Business")).data else {
        panic!()
    };
    let party: &AssociatedParty = &b.associated_parties.as_ref().expect("parties")[0];
    assert_eq!(party.email.as_deref(), Some("jane.smith@acmecorp.com"));
}

// 7. Method names follow the documented rule.
#[test]
fn operations_are_named_by_the_rule() {
    assert!(fin_api::spec_table::OPERATIONS.contains(&(
        "get_customer_details_v2",
        "GET",
        "/v2/customers/{customer_id}"
    )));
    let spec = support::spec();
    let mut names = std::collections::BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let name = support::operation_id(method, path);
            let expected = match op.get("operationId").and_then(Value::as_str) {
                // An existing operationId is kept, in Rust's snake_case.
                Some(id) => {
                    assert_eq!(name.replace('_', ""), id.to_ascii_lowercase(), "{id}");
                    name.clone()
                }
                None => snake(op["summary"].as_str().expect("summary")),
            };
            assert_eq!(name, expected);
            assert!(names.insert(expected), "method names are unique");
        }
    }
}

/// The documented rule, restated independently: words of the summary,
/// lower-cased, joined by `_`.
fn snake(summary: &str) -> String {
    summary
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("_")
}

/// The issue's money values, as JSON number text.
const MONEY: [&str; 4] = [
    "1234567890.123456789",
    "12345678901234567.89",
    "0.000000000123456789012",
    "33.333333333333333333",
];

fn json_reply(body: String) -> Reply {
    Reply::Respond {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.into(),
        delay: std::time::Duration::ZERO,
    }
}

/// A Business customer whose parties own the given shares (JSON text),
/// with unknown keys holding amounts too.
fn business_with_shares(shares: &[&str]) -> String {
    let parties: Vec<String> = shares
        .iter()
        .map(|share| format!(r#"{{"type": "INDIVIDUAL", "ownership_percent": {share}}}"#))
        .collect();
    format!(
        r#"{{"data": {{"type": "BUSINESS", "associated_parties": [{}],
            "fx_rate": {}, "limits": {{"daily": {}, "fee": {}}}, "quoted": "{}"}}}}"#,
        parties.join(","),
        MONEY[0],
        MONEY[1],
        MONEY[2],
        MONEY[3]
    )
}

async fn fetch(body: String) -> Result<GetCustomerDetailsV2Response, fin_api::Error> {
    let server = Server::start(move |_, _| json_reply(body.clone())).await;
    let client = client(&server);
    client
        .get_customer_details_v2(&uuid::Uuid::nil())
        .await
        .map(fin_api::ResponseValue::into_inner)
}

// 7. Numbers are exact both ways: through the client, in struct fields and
// in the kept unknown keys; a number sent as a string stays a string.
#[tokio::test]
async fn money_is_exact_through_the_client_and_back() {
    let mut shares: Vec<&str> = MONEY.to_vec();
    shares.push(r#""100.50""#);
    let decoded = fetch(business_with_shares(&shares)).await.expect("decodes");
    let Some(CustomerDetails::Business(business)) = &decoded.data else {
        panic!("business")
    };
    let parties = business.associated_parties.as_ref().expect("parties");
    for (party, text) in parties.iter().zip(&shares) {
        let share = party.ownership_percent.clone().expect("share");
        assert_eq!(share.to_string(), text.trim_matches('"'));
    }
    assert!(parties[4]
        .ownership_percent
        .as_ref()
        .expect("share")
        .is_quoted());
    assert_eq!(
        business.extra.get("fx_rate").map(RawJson::as_str),
        Some(MONEY[0])
    );
    let text = serde_json::to_string(&decoded).expect("encodes");
    for money in MONEY {
        assert!(text.contains(money), "{money} in {text}");
    }
    assert!(text.contains(r#""ownership_percent":"100.50""#), "{text}");
    assert!(
        text.contains(r#""quoted":"33.333333333333333333""#),
        "{text}"
    );
    assert!(!text.contains("e-10"), "no exponent form: {text}");
}

// 8. A valid JSON number is never refused and never rounded: one
// rust_decimal cannot hold keeps its text, goes back on the wire unchanged,
// and says so only when asked for arithmetic.
#[tokio::test]
async fn numbers_past_rust_decimal_are_kept_exactly_and_refused_only_for_arithmetic() {
    let long = format!("9{}.5", "0".repeat(10_000));
    let shares = [
        "2.220446049250313e-16",
        "1e40",
        "1e400",
        "-1e400",
        "0.12345678901234567890123456789",
        long.as_str(),
        "-0",
    ];
    let decoded = fetch(business_with_shares(&shares))
        .await
        .expect("every JSON number decodes");
    let Some(CustomerDetails::Business(business)) = &decoded.data else {
        panic!("business")
    };
    let parties = business.associated_parties.as_ref().expect("parties");
    for (party, text) in parties.iter().zip(&shares) {
        let share = party.ownership_percent.as_ref().expect("share");
        assert_eq!(share.to_string(), *text);
        if *text == "-0" {
            assert_eq!(
                share.to_rust_decimal(),
                Ok(fin_api::rust_decimal::Decimal::ZERO)
            );
            continue;
        }
        let error = share.to_rust_decimal().expect_err(text);
        assert!(
            matches!(error, fin_api::ArithmeticError::OutOfRange(_)),
            "{error}"
        );
        assert!(error.to_string().len() < 300, "a short error");
        assert!(share.checked_add(&fin_api::Decimal::from(1)).is_err());
    }
    let text = serde_json::to_string(&decoded).expect("encodes");
    for share in shares {
        assert!(
            text.contains(&format!(r#""ownership_percent":{share}}}"#)),
            "{} on the wire",
            &share[..share.len().min(40)]
        );
    }
}

// 9. An object that repeats a key is a decode error naming the key, for a
// listed field and for an unknown one.
#[test]
fn repeated_keys_are_decode_errors() {
    for (body, key) in [
        (
            r#"{"data": {"type": "BUSINESS", "email": "a@x", "email": "b@x"}}"#,
            "email",
        ),
        (
            r#"{"data": {"type": "BUSINESS", "fee": 1, "fee": 2}}"#,
            "fee",
        ),
        (r#"{"data": null, "data": null}"#, "data"),
    ] {
        let error =
            serde_json::from_str::<GetCustomerDetailsV2Response>(body).expect_err("a repeated key");
        assert!(
            error
                .to_string()
                .contains(&format!("duplicate field `{key}`")),
            "{body}: {error}"
        );
    }
}

// 10. Request bodies carry the exact digits on the wire (the full spec has
// operations with JSON bodies; the vendored one has none).
#[cfg(fin_api_full_spec)]
#[tokio::test]
async fn request_bodies_carry_exact_digits_on_the_wire() {
    use fin_api::types::fees_fx_rates::CalculateExchangeRatesBody;
    let server = Server::start(|_, _| json_reply(r#"{"data": {}}"#.to_owned())).await;
    let client = client(&server);
    for money in MONEY {
        let body = CalculateExchangeRatesBody::new()
            .with_source_amount(money.parse::<fin_api::Decimal>().expect("decimal"))
            .with_destination_amount(fin_api::Decimal::from(7).quoted());
        client
            .calculate_exchange_rates(&body)
            .await
            .expect("call succeeds");
    }
    let sent: Vec<String> = server
        .requests()
        .iter()
        .map(|r| String::from_utf8(r.body.clone()).expect("utf-8"))
        .collect();
    assert_eq!(sent.len(), MONEY.len());
    for (text, money) in sent.iter().zip(MONEY) {
        assert!(
            text.contains(&format!(r#""source_amount":{money}"#)),
            "{text}"
        );
        assert!(text.contains(r#""destination_amount":"7""#), "{text}");
    }
}

// 11. Unions (the full spec's transactions, beneficiary bodies) read the
// value's text once and decode the variant from it, so amounts and unknown
// keys inside them keep every digit.
#[cfg(fin_api_full_spec)]
#[test]
fn untagged_unions_keep_exact_digits() {
    use fin_api::types::transactions::{GetTransactionByIdV2Data, GetTransactionByIdV2Response};
    let text = format!(
        r#"{{"data":{{"transaction_type":"ONRAMP","fiat_details":{{"source_amount":{},"source_currency":"USD"}},"rebate":{}}}}}"#,
        MONEY[1], MONEY[2]
    );
    let decoded: GetTransactionByIdV2Response = serde_json::from_str(&text).expect("decodes");
    let GetTransactionByIdV2Data::Onramp(data) = &decoded.data else {
        panic!("expected an onramp, got {:?}", decoded.data);
    };
    let amount = data
        .fiat_details
        .as_ref()
        .and_then(|f| f.source_amount.as_ref())
        .expect("source_amount");
    assert_eq!(amount.to_string(), MONEY[1]);
    assert_eq!(
        data.extra.get("rebate").map(fin_api::json::RawJson::as_str),
        Some(MONEY[2])
    );
    assert_eq!(serde_json::to_string(&decoded).expect("encodes"), text);

    // A bad value of a listed key is an error naming it, not a fallback.
    let error = serde_json::from_str::<GetTransactionByIdV2Response>(
        r#"{"data":{"transaction_type":"OFFRAMP","customer_id":"not-a-uuid"}}"#,
    )
    .expect_err("a malformed id");
    let message = error.to_string();
    assert!(
        message.contains("customer_id") && message.contains("GetTransactionByIdV2Data"),
        "{message}"
    );
    // A value no variant describes is kept whole.
    let other: GetTransactionByIdV2Data =
        serde_json::from_str(r#"[1.000000000000000000001]"#).expect("kept");
    assert_eq!(
        serde_json::to_string(&other).expect("encodes"),
        "[1.000000000000000000001]"
    );
}

// 12. A union never takes a value for the wrong variant: the transaction
// kinds and the customer update bodies list the same optional keys (or
// none in common), and are told apart by `transaction_type` and by which
// keys are present.
#[cfg(fin_api_full_spec)]
#[test]
fn unions_choose_the_variant_the_value_is() {
    use fin_api::types::customers::UpdateCustomerBody;
    use fin_api::types::transactions::GetTransactionByIdV2Data;
    let withdrawal: GetTransactionByIdV2Data =
        serde_json::from_str(r#"{"transaction_type":"CRYPTO_WITHDRAWAL","hash":"0xab"}"#)
            .expect("decodes");
    assert!(
        matches!(withdrawal, GetTransactionByIdV2Data::CryptoWithdrawal(_)),
        "{withdrawal:?}"
    );
    let later: GetTransactionByIdV2Data =
        serde_json::from_str(r#"{"transaction_type":"CARD_PAYMENT"}"#).expect("decodes");
    assert!(
        matches!(later, GetTransactionByIdV2Data::Unknown(_)),
        "{later:?}"
    );

    let text = r#"{"formation_documents":[],"associated_party_attachments":[]}"#;
    let business: UpdateCustomerBody = serde_json::from_str(text).expect("decodes");
    match &business {
        UpdateCustomerBody::Business(body) => assert!(body.extra.is_empty(), "{body:?}"),
        other => panic!("expected the business body, got {other:?}"),
    }
    assert_eq!(serde_json::to_string(&business).expect("encodes"), text);
    let individual: UpdateCustomerBody =
        serde_json::from_str(r#"{"proof_of_address":{"country":"USA"}}"#).expect("decodes");
    assert!(
        matches!(individual, UpdateCustomerBody::Individual(_)),
        "{individual:?}"
    );
    let neither: UpdateCustomerBody = serde_json::from_str("{}").expect("decodes");
    assert!(
        matches!(neither, UpdateCustomerBody::Unknown(_)),
        "{neither:?}"
    );
}
