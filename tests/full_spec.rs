//! Every example of the full upstream spec (responses, request bodies and
//! webhooks) round-trips losslessly through the generated types.
//!
//! Needs the crate built from the full spec:
//! `FIN_API_SPEC=../shared/upstream/fin-openapi.yaml cargo test --test full_spec -- --include-ignored`
//! (`.ci/run` does this). Examples that contradict their own schema are
//! listed in `KNOWN_BAD` with the reason, and must fail for that reason.

mod support;

use serde_json::Value;

/// (where, example name, text the decode error must contain, why the
/// example is wrong). `where` is `response <method> <status>`,
/// `body <method>` or `webhook <event>`.
const KNOWN_BAD: &[(&str, &str, &str, &str)] = &[];

struct Case {
    place: String,
    name: String,
    result: Option<Result<Value, String>>,
    value: Value,
}

fn cases(spec: &Value) -> Vec<Case> {
    let mut out = Vec::new();
    for e in support::response_examples(spec) {
        out.push(Case {
            place: format!("response {} {}", e.operation, e.status),
            name: e.name,
            result: fin_api::spec_table::roundtrip_response(&e.operation, &e.status, &e.value),
            value: e.value,
        });
    }
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let Some(media) = op.pointer("/requestBody/content/application~1json") else { continue };
            let operation = support::operation_id(method, path);
            for (name, value) in support::named_examples(spec, media) {
                out.push(Case {
                    place: format!("body {operation}"),
                    name,
                    result: fin_api::spec_table::roundtrip_body(&operation, &value),
                    value,
                });
            }
        }
    }
    for (event, item) in spec["webhooks"].as_object().into_iter().flatten() {
        let Some(media) = item.pointer("/post/requestBody/content/application~1json") else { continue };
        for (name, value) in support::named_examples(spec, media) {
            out.push(Case {
                place: format!("webhook {event}"),
                name,
                result: fin_api::spec_table::roundtrip_webhook(event, &value),
                value,
            });
        }
    }
    out
}

#[test]
#[cfg_attr(
    not(fin_api_webhooks),
    ignore = "needs the crate built with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
fn every_example_of_the_full_spec_round_trips() {
    let spec = support::spec();
    let cases = cases(&spec);
    let (mut passed, mut known_bad, mut failures) = (0, 0, Vec::new());
    for case in &cases {
        let known = KNOWN_BAD.iter().find(|(place, name, _, _)| *place == case.place && *name == case.name);
        let outcome = match &case.result {
            None => Err("no generated type for this place".to_owned()),
            Some(Err(e)) => Err(e.clone()),
            Some(Ok(back)) => support::lossless(&case.value, back, ""),
        };
        match (outcome, known) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => failures.push(format!("{} {}: listed as known-bad but passes; remove it from KNOWN_BAD", case.place, case.name)),
            (Err(e), Some((_, _, expected, _))) if e.contains(expected) => known_bad += 1,
            (Err(e), Some((_, _, expected, _))) => failures.push(format!("{} {}: fails, but not with `{expected}`: {e}", case.place, case.name)),
            (Err(e), None) => failures.push(format!("{} {}: {e}", case.place, case.name)),
        }
    }
    println!("examples tried: {}, passed: {passed}, known-bad: {known_bad}, failed: {}", cases.len(), failures.len());
    assert!(failures.is_empty(), "{} examples failed:\n{}", failures.len(), failures.join("\n"));
    assert_eq!(passed + known_bad, cases.len());
    assert!(cases.len() > 100, "the full spec has well over 100 examples");
}
