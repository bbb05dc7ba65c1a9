//! Decode: the spec's Business example bytes into the generated
//! `GetCustomerDetailsV2Response` versus into `serde_json::Value`, with
//! throughput in bytes per second.
//!
//! Under `cargo test --benches` each runs once, and the bench asserts that
//! the typed decode keeps the example: it serialises back to the same JSON
//! value (the overlay's extra RFI and rejection fields included).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fin_api::types::GetCustomerDetailsV2Response;

#[path = "support/mod.rs"]
mod support;

fn decode(c: &mut Criterion) {
    let bytes = support::business_example();

    let typed: GetCustomerDetailsV2Response =
        serde_json::from_slice(&bytes).expect("the Business example decodes");
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON");
    assert!(typed.data.is_some(), "the Business example has data");
    // A `null` property and an absent one decode alike (both `None`), and
    // `None` is not serialised: compare without the example's nulls.
    assert_eq!(
        serde_json::to_value(&typed).expect("serialisable"),
        without_nulls(value),
        "the generated type loses or changes part of the Business example"
    );

    let mut group = c.benchmark_group("decode_business");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("generated_type", |b| {
        b.iter(|| {
            serde_json::from_slice::<GetCustomerDetailsV2Response>(std::hint::black_box(&bytes))
                .expect("decodes")
        })
    });
    group.bench_function("serde_json_value", |b| {
        b.iter(|| {
            serde_json::from_slice::<serde_json::Value>(std::hint::black_box(&bytes))
                .expect("decodes")
        })
    });
    group.finish();
}

/// `value` with every object property whose value is `null` removed.
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = decode
}
criterion_main!(benches);
