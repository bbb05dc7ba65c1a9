//! Webhook signature checks and event parsing.

mod support;

use fin_api::types::customers::{RfiDataType, RfiFieldStatus, RfiScope};
use fin_api::webhook::{
    sign, verify_signature, SecretError, SignatureError, WebhookError, WebhookEvent,
    WebhookVerifier, ALGORITHM_HEADER, SIGNATURE_HEADER,
};
use serde_json::json;

const SECRET: &str = "whsec_test_0123456789";

fn verifier() -> WebhookVerifier {
    WebhookVerifier::new(SECRET).expect("a non-empty secret")
}

fn rfi_body() -> Vec<u8> {
    json!({
        "event": {
            "id": "60bef15c-4e30-4eb4-bc4d-aa697a7e0857",
            "event_reference_id": "c3309534-1517-4d15-b244-be8f943c3823",
            "type": "customer.rfi",
            "created_at": "2025-11-30T07:40:06.853938Z",
            "sandbox_mode": true
        },
        "data": {
            "customer_id": "c3309534-1517-4d15-b244-be8f943c3823",
            "request_for_information": [{
                "scope": "ASSOCIATED_PARTY",
                "associated_party_id": "2e719a54-cdef-43f9-a5ac-f6ef679ea1dc",
                "section": "identifying_documents",
                "categories": [{"document_type": "PASSPORT", "fields": [
                    {"field_name": "files", "data_type": "URI", "status": "EXPIRED", "reason": "Expired", "side": "FRONT"}
                ]}]
            }]
        }
    })
    .to_string()
    .into_bytes()
}

#[test]
fn a_valid_signature_passes() {
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    assert_eq!(signature.len(), 64);
    assert!(signature
        .chars()
        .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
    let verifier = verifier();
    assert_eq!(verifier.verify(&body, Some(&signature), None), Ok(()));
    assert_eq!(
        verifier.verify(&body, Some(&signature), Some("sha256")),
        Ok(())
    );
    assert_eq!(
        verifier.verify(&body, Some(&signature), Some("SHA256")),
        Ok(())
    );
    assert_eq!(
        verifier.verify(&body, Some(&signature.to_uppercase()), None),
        Ok(())
    );
}

#[test]
fn a_known_vector_matches() {
    // RFC 4231 test case 2: HMAC-SHA256 of "what do ya want for nothing?" keyed "Jefe".
    let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assert_eq!(sign(b"Jefe", b"what do ya want for nothing?"), expected);
    assert_eq!(
        verify_signature(
            b"Jefe",
            b"what do ya want for nothing?",
            Some(expected),
            None
        ),
        Ok(())
    );
}

#[test]
fn a_flipped_byte_in_the_body_fails() {
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let mut tampered = body.clone();
    let last = tampered.len() - 2;
    tampered[last] ^= 0x01;
    let verifier = verifier();
    assert_eq!(
        verifier.verify(&tampered, Some(&signature), None),
        Err(SignatureError::Mismatch)
    );
}

#[test]
fn a_wrong_secret_fails() {
    let body = rfi_body();
    let signature = sign(b"another secret", &body);
    assert_eq!(
        verifier().verify(&body, Some(&signature), None),
        Err(SignatureError::Mismatch)
    );
}

#[test]
fn a_missing_signature_fails() {
    let body = rfi_body();
    let verifier = verifier();
    assert_eq!(
        verifier.verify(&body, None, None),
        Err(SignatureError::MissingSignature)
    );
    assert_eq!(
        verifier.verify(&body, Some("  "), None),
        Err(SignatureError::MissingSignature)
    );
    let headers = reqwest::header::HeaderMap::new();
    assert_eq!(
        verifier.verify_headers(&body, &headers),
        Err(SignatureError::MissingSignature)
    );
}

#[test]
fn an_unknown_algorithm_fails_even_with_a_valid_signature() {
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let verifier = verifier();
    for algorithm in ["md5", "sha1", "sha512", "none", ""] {
        assert_eq!(
            verifier.verify(&body, Some(&signature), Some(algorithm)),
            Err(SignatureError::UnsupportedAlgorithm(algorithm.to_owned())),
            "{algorithm}"
        );
    }
}

#[test]
fn malformed_signatures_fail() {
    let body = rfi_body();
    let verifier = verifier();
    let signature = sign(SECRET.as_bytes(), &body);
    for bad in [
        "abc".to_owned(),
        format!("sha256={signature}"),
        "z".repeat(64),
        signature[..62].to_owned(),
    ] {
        assert!(
            matches!(
                verifier.verify(&body, Some(&bad), None),
                Err(SignatureError::MalformedSignature(_))
            ),
            "{bad}"
        );
    }
}

#[test]
fn the_four_failures_are_distinct_errors() {
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let verifier = verifier();
    let mut tampered = body.clone();
    tampered[10] ^= 0x20;
    let errors = [
        verifier.verify(&tampered, Some(&signature), None),
        verifier.verify(&body, None, None),
        verifier.verify(&body, Some(&signature), Some("md5")),
        verifier.verify(&body, Some("xyz"), None),
    ]
    .map(|r| r.expect_err("must fail").to_string());
    for (i, a) in errors.iter().enumerate() {
        for b in &errors[i + 1..] {
            assert_ne!(a, b);
        }
    }
    assert!(errors[0].contains("mismatch"));
    assert!(errors[1].contains("x-fin-signature"));
    assert!(errors[2].contains("md5"));
}

#[test]
fn headers_are_read_from_a_header_map() {
    let body = rfi_body();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        SIGNATURE_HEADER,
        sign(SECRET.as_bytes(), &body)
            .parse()
            .expect("header value"),
    );
    let verifier = verifier();
    assert_eq!(verifier.verify_headers(&body, &headers), Ok(()));
    headers.insert(ALGORITHM_HEADER, "sha3-256".parse().expect("header value"));
    assert_eq!(
        verifier.verify_headers(&body, &headers),
        Err(SignatureError::UnsupportedAlgorithm("sha3-256".into()))
    );
    headers.insert(
        ALGORITHM_HEADER,
        reqwest::header::HeaderValue::from_bytes(b"sha\xff").expect("header value"),
    );
    assert_eq!(
        verifier.verify_headers(&body, &headers),
        Err(SignatureError::HeaderNotText(ALGORITHM_HEADER))
    );
}

#[test]
fn a_customer_rfi_event_parses_into_rfi_items() {
    let body = rfi_body();
    let signature = sign(SECRET.as_bytes(), &body);
    let event = verifier()
        .verify_and_parse(&body, Some(&signature), None)
        .expect("valid");
    assert_eq!(event.id(), "60bef15c-4e30-4eb4-bc4d-aa697a7e0857");
    let WebhookEvent::CustomerRfi { event, data } = event else {
        panic!("not a customer.rfi event");
    };
    assert_eq!(event.event_type, "customer.rfi");
    assert_eq!(event.sandbox_mode, Some(true));
    assert_eq!(
        event.created_at.as_ref().map(|t| t.as_str()),
        Some("2025-11-30T07:40:06.853938Z")
    );
    assert!(data.customer_uuid().is_some());
    let items = data.rfi_items();
    assert_eq!(items.len(), 1);
    assert_eq!(*items[0].scope, RfiScope::AssociatedParty);
    assert_eq!(items[0].status, Some(RfiFieldStatus::Expired));
    assert_eq!(items[0].side().as_deref(), Some("FRONT"));
}

#[test]
fn other_event_types_are_unknown_with_the_raw_json() {
    let body = json!({
        "event": {"id": "e1", "type": "payout.reversed", "created_at": "2026-01-01T00:00:00Z", "sandbox_mode": false},
        "data": {"transaction_id": "t1", "status": "COMPLETED"}
    })
    .to_string();
    match WebhookEvent::parse(body.as_bytes()).expect("parses") {
        WebhookEvent::Unknown { event, raw } => {
            assert_eq!(event.event_type, "payout.reversed");
            assert_eq!(
                raw.to_value().expect("a Value")["data"]["status"],
                "COMPLETED"
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn bodies_that_are_not_events_fail_with_a_reason() {
    for (body, needle) in [
        (&b"not json"[..], "not JSON"),
        (br#"{"data": {}}"#, "no `event`"),
        (br#"{"event": {"type": "customer.rfi"}}"#, "`event`"),
        (
            br#"{"event": {"id": "1", "type": "customer.rfi"}}"#,
            "without `data`",
        ),
        (
            br#"{"event": {"id": "1", "type": "customer.rfi"}, "data": {}}"#,
            "customer_id",
        ),
    ] {
        match WebhookEvent::parse(body) {
            Err(WebhookError::Parse(reason)) => assert!(reason.contains(needle), "{reason}"),
            other => panic!("unexpected {other:?}"),
        }
    }
    // Null lists are empty lists.
    let body = br#"{"event": {"id": "1", "type": "customer.rfi"}, "data": {"customer_id": "c", "request_for_information": null}}"#;
    match WebhookEvent::parse(body) {
        Ok(WebhookEvent::CustomerRfi { data, .. }) => assert!(data.rfi_items().is_empty()),
        other => panic!("unexpected {other:?}"),
    }
}

/// The full spec's customer.rfi examples, signed, verified and flattened.
#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn the_upstream_customer_rfi_examples_flatten() {
    let spec = support::read_yaml(&support::repo().join("../shared/upstream/fin-openapi.yaml"));
    let examples = spec
        .pointer("/webhooks/customer.rfi/post/requestBody/content/application~1json/examples")
        .and_then(serde_json::Value::as_object)
        .expect("customer.rfi examples");
    assert!(examples.len() >= 3);
    let verifier = verifier();
    for (name, example) in examples {
        let value = &example["value"];
        let body = serde_json::to_vec(value).expect("serializes");
        let signature = sign(SECRET.as_bytes(), &body);
        let event = verifier
            .verify_and_parse(&body, Some(&signature), None)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let WebhookEvent::CustomerRfi { event, data } = event else {
            panic!("{name}: not a customer.rfi event");
        };
        assert_eq!(event.id, value["event"]["id"].as_str().expect("id"));
        assert_eq!(
            data.customer_id,
            value["data"]["customer_id"].as_str().expect("id")
        );
        // One item per field of the payload, in order.
        let fields: Vec<&serde_json::Value> = value["data"]["request_for_information"]
            .as_array()
            .expect("list")
            .iter()
            .flat_map(|r| r["categories"].as_array().expect("categories"))
            .flat_map(|c| c["fields"].as_array().expect("fields"))
            .collect();
        let items = data.rfi_items();
        assert_eq!(items.len(), fields.len(), "{name}");
        for (item, field) in items.iter().zip(&fields) {
            assert_eq!(
                item.field_name.as_deref(),
                field["field_name"].as_str(),
                "{name}"
            );
            assert_eq!(item.reason.as_deref(), field["reason"].as_str(), "{name}");
            assert_eq!(item.side().as_deref(), field["side"].as_str(), "{name}");
            assert_eq!(
                *item.scope,
                RfiScope::Customer,
                "{name}: no scope, no party id"
            );
        }
    }

    let individual = &examples["individual"]["value"];
    let body = serde_json::to_vec(individual).expect("serializes");
    let Ok(WebhookEvent::CustomerRfi { event, data }) = WebhookEvent::parse(&body) else {
        panic!("individual example does not parse");
    };
    assert_eq!(event.id, "a1b2c3d4-e5f6-7890-abcd-ef1234567890");
    assert_eq!(event.sandbox_mode, Some(false));
    assert_eq!(
        event.created_at.map(|t| t.instant().timestamp()),
        Some(
            chrono::DateTime::parse_from_rfc3339("2026-04-04T10:00:00Z")
                .expect("time")
                .timestamp()
        )
    );
    assert_eq!(data.customer_id, "cust-uuid-1234");
    assert_eq!(data.customer_uuid(), None, "the example's id is not a UUID");
    let items = data.rfi_items();
    assert_eq!(items.len(), 7);
    assert_eq!(items[0].section.as_deref(), Some("proof_of_identity"));
    assert_eq!(items[0].document_type.as_deref(), Some("GOVERNMENT_ID"));
    assert_eq!(items[0].data_type, Some(RfiDataType::Uri));
    assert_eq!(items[0].status, Some(RfiFieldStatus::Expired));
    assert_eq!(items[0].side().as_deref(), Some("FRONT"));
    assert_eq!(items[1].side().as_deref(), Some("BACK"));
    assert_eq!(items[2].reason, None);
    assert_eq!(items[6].section.as_deref(), Some("tos_policies_value"));
}

#[test]
fn an_empty_webhook_secret_is_rejected_at_construction() {
    for empty in ["", " ", "\n\t"] {
        assert_eq!(
            WebhookVerifier::new(empty).map(|_| ()),
            Err(SecretError::Empty),
            "{empty:?}"
        );
    }
    // A forgery signed with the empty key is refused by the free function too.
    let body = rfi_body();
    let forged = sign(b"", &body);
    assert_eq!(
        verify_signature(b"", &body, Some(&forged), None),
        Err(SignatureError::EmptySecret)
    );
    assert_eq!(
        verifier().verify(&body, Some(&forged), None),
        Err(SignatureError::Mismatch)
    );
    assert!(SecretError::Empty.to_string().contains("empty"));
}

#[test]
fn the_verifier_debug_output_hides_the_secret() {
    let printed = format!("{:?}", verifier());
    assert!(!printed.contains(SECRET), "{printed}");
}

#[test]
fn created_at_accepts_the_api_form_and_rfc3339() {
    let event_at = |created_at: &str| {
        json!({
            "event": {"id": "e1", "type": "payout.reversed", "created_at": created_at},
            "data": {}
        })
        .to_string()
    };
    let expected = chrono::DateTime::parse_from_rfc3339("2025-12-28T10:34:45Z")
        .expect("time")
        .to_utc();
    for text in [
        "2025-12-28 10:34:45+00",
        "2025-12-28T10:34:45Z",
        "2025-12-28T12:34:45+02:00",
    ] {
        let event = WebhookEvent::parse(event_at(text).as_bytes()).expect(text);
        let created_at = event.info().created_at.as_ref().expect(text);
        assert_eq!(created_at.instant(), expected, "{text}");
        // Kept as sent, so the envelope serializes back unchanged.
        assert_eq!(created_at.as_str(), text);
        let again = serde_json::to_value(event.info()).expect("serializes");
        assert_eq!(again["created_at"], text);
    }
    match WebhookEvent::parse(event_at("yesterday").as_bytes()) {
        Err(WebhookError::Parse(reason)) => {
            assert!(
                reason.contains("`event.created_at`") && reason.contains("date-time"),
                "{reason}"
            )
        }
        other => panic!("unexpected {other:?}"),
    }
}
