//! Decode: the spec's Business example bytes into the generated
//! `GetCustomerDetailsV2Response` versus into `serde_json::Value`, with
//! throughput in bytes per second; then every response example of the spec
//! the crate was built from (`FIN_API_SPEC`), typed versus `Value`, one
//! group per example (`decode_example/<operation> <status> <name>`).
//!
//! Under `cargo test --benches` each runs once, and the bench asserts that
//! the typed decode keeps the example: it serialises back to the same JSON
//! value (the overlay's extra RFI and rejection fields included).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fin_api::types::customers::GetCustomerDetailsV2Response;

/// The spec's examples, as the tests read them.
#[path = "../tests/support/mod.rs"]
mod spec_examples;

fn decode(c: &mut Criterion) {
    let bytes = serde_json::to_vec(&spec_examples::example_json("Business")).expect("JSON");

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

/// Times one example's typed decode (the type picked by the spec table).
struct TimeTyped<'a, 'c> {
    group: &'a mut criterion::BenchmarkGroup<'c, criterion::measurement::WallTime>,
    bytes: &'a [u8],
}

impl fin_api::spec_table::WithType for TimeTyped<'_, '_> {
    type Output = ();
    fn with<T: serde::de::DeserializeOwned + serde::Serialize + 'static>(self) {
        let bytes = self.bytes;
        serde_json::from_slice::<T>(bytes).expect("the example decodes");
        let name = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .unwrap_or("?");
        self.group.bench_function(format!("typed {name}"), |b| {
            b.iter(|| serde_json::from_slice::<T>(std::hint::black_box(bytes)).expect("decodes"))
        });
    }
}

fn decode_every_example(c: &mut Criterion) {
    let spec = spec_examples::spec();
    for example in spec_examples::response_examples(&spec) {
        let bytes = serde_json::to_vec(&example.value).expect("JSON values serialise");
        let decodes = matches!(
            fin_api::spec_table::roundtrip_response(
                &example.operation,
                &example.status,
                &example.value
            ),
            Some(Ok(_))
        );
        if !decodes {
            continue; // a known-bad example (tests/full_spec.rs lists them)
        }
        let mut group = c.benchmark_group(format!(
            "decode_example/{} {} {}",
            example.operation, example.status, example.name
        ));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let timed = TimeTyped {
            group: &mut group,
            bytes: &bytes,
        };
        fin_api::spec_table::response_type(&example.operation, &example.status, timed);
        group.bench_function("serde_json_value", |b| {
            b.iter(|| {
                serde_json::from_slice::<serde_json::Value>(std::hint::black_box(&bytes))
                    .expect("decodes")
            })
        });
        group.finish();
    }
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
criterion_group! {
    name = examples;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    targets = decode_every_example
}
criterion_main!(benches, examples);
