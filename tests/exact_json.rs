//! JSON kept for the user keeps every number's exact text, never becomes
//! `null`, and a `Decimal` read from a string takes only JSON's number
//! forms: through the real client against a server on 127.0.0.1.

use fin_api::loopback::{Reply, Server};
use fin_api::types::customers::CustomerDetails;
use uuid::Uuid;

/// Serves `body` as the customer and returns what the client decoded.
async fn customer(body: String) -> Result<CustomerDetails, fin_api::Error> {
    let server = Server::start(move |_, _| Reply::new(200, "application/json", body.clone())).await;
    let client = fin_api::Client::builder()
        .base_url(server.url())
        .access_token("t")
        .max_retries(0)
        .build()
        .expect("client");
    let response = client.get_customer_details_v2(&Uuid::nil()).await?;
    Ok(response.into_inner().data.expect("data"))
}

/// A customer with one requested field carrying `extra` (JSON text of the
/// field's unknown keys).
fn with_field_extra(extra: &str) -> String {
    format!(
        r#"{{"data": {{"type": "INDIVIDUAL", "customer_id": "{}",
            "request_for_information": [{{"section": "proof_of_address", "categories": [{{
                "document_type": "UTILITY_BILL",
                "fields": [{{"field_name": "files", "status": "INVALID", {extra}}}]
            }}]}}]}}}}"#,
        Uuid::nil()
    )
}

#[tokio::test]
async fn rfi_extra_keeps_exact_huge_long_and_deep_values() {
    let long = format!("1{}.5", "0".repeat(10_000));
    let deep = format!("{}1{}", "[".repeat(250), "]".repeat(250));
    let values = [
        ("fx", "1234567890.123456789".to_owned()),
        ("huge", "1e400".to_owned()),
        ("long", long),
        ("deep", deep),
        ("side", r#""BACK""#.to_owned()),
    ];
    let extra: Vec<String> = values
        .iter()
        .map(|(key, value)| format!(r#""{key}": {value}"#))
        .collect();
    let customer = customer(with_field_extra(&extra.join(", ")))
        .await
        .expect("decodes");
    let items = customer.rfi_items();
    assert_eq!(items.len(), 1);
    for (key, value) in &values {
        let kept = items[0].extra.get(key).map(|v| v.as_str());
        assert_eq!(kept, Some(value.as_str()), "{key} kept as sent, never null");
    }
    assert_eq!(items[0].side().as_deref(), Some("BACK"));
    // A `serde_json::Value` cannot hold these: asking for one is an error,
    // not a `null`.
    assert!(items[0]
        .extra
        .get("huge")
        .expect("kept")
        .to_value()
        .is_err());
    assert!(items[0]
        .extra
        .get("deep")
        .expect("kept")
        .to_value()
        .is_err());
}

#[tokio::test]
async fn repeated_keys_in_kept_json_are_refused_like_the_api_path() {
    let error = customer(with_field_extra(r#""page": 1, "page": 2"#))
        .await
        .expect_err("a repeated key");
    assert!(
        error.to_string().contains("duplicate field `page`"),
        "{error}"
    );
}

/// An individual whose associated party owns `share` (JSON text).
fn with_share(share: &str) -> String {
    format!(
        r#"{{"data": {{"type": "BUSINESS", "customer_id": "{}",
            "associated_parties": [{{"type": "INDIVIDUAL", "ownership_percent": {share}}}]}}}}"#,
        Uuid::nil()
    )
}

#[tokio::test]
async fn decimal_strings_keep_negative_zero_and_refuse_forms_json_lacks() {
    for share in ["-0", r#""-0""#, "-0.0", r#""1e400""#] {
        let decoded = customer(with_share(share)).await.expect(share);
        let CustomerDetails::Business(business) = &decoded else {
            panic!("business")
        };
        let parties = business.associated_parties.as_ref().expect("parties");
        let value = parties[0].ownership_percent.as_ref().expect("share");
        let wire = fin_api::serde_json::to_string(value).expect("encodes");
        assert_eq!(wire, share, "written back as received, sign included");
    }
    for share in [
        r#""+5""#,
        r#""1_000""#,
        r#""007""#,
        r#""5.""#,
        r#"" 5""#,
        r#""0x10""#,
    ] {
        let error = customer(with_share(share)).await.expect_err(share);
        let text = error.to_string();
        assert!(
            text.contains("ownership_percent") && text.contains("as JSON writes it"),
            "{share}: {text}"
        );
    }
}
