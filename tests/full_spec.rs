//! Every example of the full upstream spec (responses, request bodies and
//! webhooks) round-trips losslessly through the generated types.
//!
//! Needs the crate built from the full spec:
//! `FIN_API_SPEC=../shared/upstream/fin-openapi.yaml cargo test --test full_spec -- --include-ignored`
//! (`.ci/run` does this). Examples that contradict their own schema are
//! listed in `KNOWN_BAD` with the reason, and must fail for that reason.

mod support;

use fin_api::spec_table::{self, WithType};
use serde_json::Value;

/// An example that contradicts its own schema: where it is
/// (`response <method> <status>`, `body <method>` or `webhook <event>`), its
/// name, the edits (JSON pointer, JSON value) that make it right, and why.
/// The test checks that the example fails as published and passes once
/// edited, so an entry cannot hide another failure.
struct KnownBad {
    place: &'static str,
    name: &'static str,
    fixes: &'static [(&'static str, &'static str)],
    reason: &'static str,
}

const PAYMENT_ID: (&str, &str) = (
    "/data/payment_id",
    r#""0b6c3f1e-6c1a-4a53-9c55-2f7a0a51c0de""#,
);
const EVENT_REFERENCE: (&str, &str) = (
    "/event/event_reference_id",
    r#""0b6c3f1e-6c1a-4a53-9c55-2f7a0a51c0de""#,
);
const CUSTOMER_ID: (&str, &str) = (
    "/data/customer_id",
    r#""0b6c3f1e-6c1a-4a53-9c55-2f7a0a51c0de""#,
);
const PLACEHOLDER: &str = "a placeholder where the schema says `format: uuid`";

const KNOWN_BAD: &[KnownBad] = &[
    KnownBad {
        place: "response execute_batch_transfer 201",
        name: "With source amount",
        fixes: &[("/data/id", r#""3b1d73c0-0000-0000-0000-0000051aa246""#)],
        reason: "`data.id` has 10 digits in its last group, not a UUID",
    },
    KnownBad {
        place: "response execute_batch_transfer 201",
        name: "With destination amount",
        fixes: &[("/data/id", r#""3b1d73c0-0000-0000-0000-0000051aa246""#)],
        reason: "`data.id` has 10 digits in its last group, not a UUID",
    },
    KnownBad {
        place: "response fetch_a_payment 200",
        name: "paymentInitiated",
        fixes: &[PAYMENT_ID],
        reason: PLACEHOLDER,
    },
    KnownBad {
        place: "response fetch_a_payment 200",
        name: "paymentSettled",
        fixes: &[PAYMENT_ID],
        reason: PLACEHOLDER,
    },
    KnownBad {
        place: "body create_beneficiary_v3",
        name: "External Crypto Wallet",
        fixes: &[("/customer_id", r#""6fa1ccd4-ffbd-4b20-a113-ccc286b35443""#)],
        reason: "`customer_id` is the template text `{{customer_id}}`",
    },
    KnownBad {
        place: "webhook transit.payment.status",
        name: "paymentInitiated",
        fixes: &[PAYMENT_ID, EVENT_REFERENCE],
        reason: PLACEHOLDER,
    },
    KnownBad {
        place: "webhook transit.payment.status",
        name: "settlementSuccess",
        fixes: &[PAYMENT_ID, EVENT_REFERENCE],
        reason: PLACEHOLDER,
    },
    KnownBad {
        place: "webhook customer.rfi",
        name: "individual",
        fixes: &[CUSTOMER_ID, EVENT_REFERENCE],
        reason: "`cust-uuid-1234` where the schema says `format: uuid`",
    },
    KnownBad {
        place: "webhook customer.rfi",
        name: "businessV1",
        fixes: &[CUSTOMER_ID, EVENT_REFERENCE],
        reason: "`biz-uuid-5678` where the schema says `format: uuid`",
    },
    KnownBad {
        place: "webhook customer.rfi",
        name: "businessV2",
        fixes: &[CUSTOMER_ID, EVENT_REFERENCE],
        reason: "`biz-uuid-9999` where the schema says `format: uuid`",
    },
    KnownBad {
        place: "webhook beneficiary.status",
        name: "active",
        fixes: &[("/event/id", r#""50072668-a236-5c40-08e7-d27b1a2341d2""#)],
        reason: "`event.id` has a `g`, not a hex digit",
    },
    KnownBad {
        place: "webhook beneficiary.status",
        name: "inactive",
        fixes: &[("/event/id", r#""60083779-b347-6d51-19f8-e38c2a3452e3""#)],
        reason: "`event.id` has an `h`, not a hex digit",
    },
    KnownBad {
        place: "webhook beneficiary.status",
        name: "rejected",
        fixes: &[("/event/id", r#""70094880-c458-7e62-20a9-f49d3a4563f4""#)],
        reason: "`event.id` has `g` and `i`, not hex digits",
    },
];

/// Applies a known-bad example's corrections; `Err` names a parent
/// object the value lacks.
fn apply_fixes(value: &mut Value, fixes: &[(&str, &str)]) -> Result<(), String> {
    for (pointer, replacement) in fixes {
        let replacement: Value = serde_json::from_str(replacement).expect("fix is JSON");
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        match value.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.insert(key.to_owned(), replacement);
            }
            _ => return Err(parent.to_owned()),
        }
    }
    Ok(())
}

struct Case {
    place: String,
    name: String,
    value: Value,
}

/// Decodes JSON text as a type named at run time and encodes it again.
struct TextRoundtrip<'a>(&'a str);

impl WithType for TextRoundtrip<'_> {
    type Output = Result<String, String>;
    fn with<T: serde::de::DeserializeOwned + serde::Serialize + 'static>(self) -> Self::Output {
        let typed: T = serde_json::from_str(self.0).map_err(|e| e.to_string())?;
        serde_json::to_string(&typed).map_err(|e| e.to_string())
    }
}

/// Decodes and re-encodes `value` at `place` as text, and compares the
/// texts exactly (numbers by their digits).
fn round_trip(place: &str, value: &Value) -> Result<(), String> {
    let sent = value.to_string();
    let action = TextRoundtrip(&sent);
    let (kind, rest) = place.split_once(' ').unwrap_or((place, ""));
    let result = match kind {
        "response" => {
            let (operation, status) = rest.split_once(' ').unwrap_or((rest, ""));
            spec_table::response_type(operation, status, action)
        }
        "body" => spec_table::body_type(rest, action),
        _ => spec_table::webhook_type(rest, action),
    };
    match result {
        None => Err("no generated type for this place".to_owned()),
        Some(Err(e)) => Err(e),
        Some(Ok(back)) => support::same_json(&sent, &back),
    }
}

fn cases(spec: &Value) -> Vec<Case> {
    let mut out = Vec::new();
    for e in support::response_examples(spec) {
        out.push(Case {
            place: format!("response {} {}", e.operation, e.status),
            name: e.name,
            value: e.value,
        });
    }
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let Some(media) = op.pointer("/requestBody/content/application~1json") else {
                continue;
            };
            let operation = support::operation_id(method, path);
            for (name, value) in support::named_examples(spec, media) {
                out.push(Case {
                    place: format!("body {operation}"),
                    name,
                    value,
                });
            }
        }
    }
    for (event, item) in spec["webhooks"].as_object().into_iter().flatten() {
        let Some(media) = item.pointer("/post/requestBody/content/application~1json") else {
            continue;
        };
        for (name, value) in support::named_examples(spec, media) {
            out.push(Case {
                place: format!("webhook {event}"),
                name,
                value,
            });
        }
    }
    out
}

#[test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "needs the crate built with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
fn every_example_of_the_full_spec_round_trips() {
    let spec = support::spec();
    let cases = cases(&spec);
    let (mut passed, mut known_bad, mut failures) = (0, 0, Vec::new());
    for case in &cases {
        let known = KNOWN_BAD
            .iter()
            .find(|k| k.place == case.place && k.name == case.name);
        let outcome = round_trip(&case.place, &case.value);
        match (outcome, known) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => failures.push(format!(
                "{} {}: listed as known-bad but passes; remove it from KNOWN_BAD",
                case.place, case.name
            )),
            (Err(_), Some(k)) => {
                let mut fixed = case.value.clone();
                if let Err(parent) = apply_fixes(&mut fixed, k.fixes) {
                    panic!("{} {}: no object at {parent}", case.place, case.name);
                }
                match round_trip(&case.place, &fixed) {
                    Ok(()) => known_bad += 1,
                    Err(e) => failures.push(format!(
                        "{} {}: still fails once corrected ({}): {e}",
                        case.place, case.name, k.reason
                    )),
                }
            }
            (Err(e), None) => failures.push(format!("{} {}: {e}", case.place, case.name)),
        }
    }
    for k in KNOWN_BAD {
        assert!(
            cases.iter().any(|c| c.place == k.place && c.name == k.name),
            "KNOWN_BAD names an example the spec no longer has: {} {}",
            k.place,
            k.name
        );
    }
    println!(
        "examples tried: {}, passed: {passed}, known-bad: {known_bad}, failed: {}",
        cases.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(passed + known_bad, cases.len());
    assert!(
        cases.len() >= 80,
        "the full spec has over 80 examples, found {}",
        cases.len()
    );
}

#[test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "needs the crate built with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
fn every_webhook_example_parses_as_its_typed_event() {
    use fin_api::webhook::WebhookEvent;
    let spec = support::spec();
    let mut typed = 0;
    for (event, item) in spec["webhooks"].as_object().expect("webhooks") {
        let media = &item["post"]["requestBody"]["content"]["application/json"];
        for (name, value) in support::named_examples(&spec, media) {
            let place = format!("webhook {event}");
            if KNOWN_BAD.iter().any(|k| k.place == place && k.name == name) {
                continue;
            }
            let body = serde_json::to_vec(&value).expect("encodes");
            match WebhookEvent::parse(&body).unwrap_or_else(|e| panic!("{event} {name}: {e}")) {
                WebhookEvent::CustomerRfi { .. } => assert_eq!(event, "customer.rfi"),
                WebhookEvent::Typed { payload, .. } => {
                    assert_eq!(payload.event_type(), Some(event.as_str()), "{name}");
                    typed += 1;
                }
                other => panic!("{event} {name}: not typed: {other:?}"),
            }
        }
    }
    assert!(typed >= 10, "typed events parsed: {typed}");
}

#[test]
fn the_exact_comparison_sees_digits_and_ignores_key_order() {
    assert_eq!(
        support::same_json(r#"{"a": 1.10, "b": [1, "x"]}"#, r#"{"b":[1,"x"],"a":1.10}"#),
        Ok(())
    );
    // What `serde_json::Value` would call equal (both are the same f64).
    let lost = support::same_json(
        r#"{"fx": 1234567890.123456789}"#,
        r#"{"fx": 1234567890.1234567}"#,
    );
    assert_eq!(
        lost,
        Err("/fx: 1234567890.123456789 became 1234567890.1234567".to_owned())
    );
    assert!(support::same_json(r#"{"a": 60}"#, r#"{"a": 60.0}"#).is_err());
    assert!(support::same_json(r#"{"a": "\u0041"}"#, r#"{"a": "A"}"#).is_ok());
    assert!(support::same_json(r#"{"a": null, "b": []}"#, "{}").is_ok());
    assert!(support::same_json("{}", r#"{"c": 1}"#).is_err());
    assert!(support::same_json("[1, 2]", "[2, 1]").is_err());
}

/// A union sample that is one of the spec's known-bad examples, with the
/// corrections `KNOWN_BAD` lists for it (those that apply at the union's
/// place); any other sample as it is.
fn corrected(what: &str, text: &str) -> String {
    let name = what
        .strip_prefix("the spec's example `")
        .and_then(|rest| rest.strip_suffix('`'));
    let Some(known) = name.and_then(|n| KNOWN_BAD.iter().find(|k| k.name == n)) else {
        return text.to_owned();
    };
    let mut value: Value = serde_json::from_str(text).expect("a sample is JSON");
    for fix in known.fixes {
        // A correction of a place this sample does not have (the union
        // being the body's `data`) does not apply.
        let _ = apply_fixes(&mut value, std::slice::from_ref(fix));
    }
    value.to_string()
}

/// Every union of the spec (the vendored one has the customer; the full
/// one all of them): each variant's example, its fewest telling keys and
/// every key it lists, made from that variant's own schema, decode as that
/// variant, never as another or as `Unknown`.
#[test]
fn every_union_variant_decodes_as_itself() {
    let mut tried = 0;
    let mut failures = Vec::new();
    for union in spec_table::UNIONS {
        assert!(
            union.variants.len() >= 2,
            "{}: fewer than two variants",
            union.name
        );
        for variant in union.variants {
            assert!(
                !variant.samples.is_empty(),
                "{}::{}: no sample",
                union.name,
                variant.name
            );
            for (what, text) in variant.samples {
                tried += 1;
                let text = corrected(what, text);
                match (union.decode)(&text) {
                    Ok(chosen) if chosen == variant.name => {}
                    Ok(chosen) => failures.push(format!(
                        "{}::{} ({what}) decoded as {chosen}: {text}",
                        union.name, variant.name
                    )),
                    Err(e) => failures.push(format!(
                        "{}::{} ({what}) does not decode: {e}: {text}",
                        union.name, variant.name
                    )),
                }
            }
        }
    }
    println!(
        "unions: {}, values tried: {tried}",
        spec_table::UNIONS.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(spec_table::UNIONS
        .iter()
        .any(|u| u.name == "CustomerDetails"));
    if cfg!(fin_api_full_spec) {
        // The full spec's unions (16 in its text; the beneficiary account
        // holders repeat in each merged body kind), as the pipeline writes them.
        assert!(
            spec_table::UNIONS.len() >= 17,
            "{}",
            spec_table::UNIONS.len()
        );
    }
}
