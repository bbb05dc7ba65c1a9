//! The ext helpers on generated Business customers with 1k, 16k and 64k
//! associated parties (one RFI item and one rejection per party):
//! `rfi_items()`, `rejections()` and `summary().to_string()` (the
//! checklist). Linear helpers take about the same time per party at every
//! size: `cargo bench --bench ext` prints the time ratios 16k / 1k (16 when
//! linear) and 64k / 16k (4 when linear).
//!
//! Under `cargo test --benches` each runs once on 1k parties, and the bench
//! asserts that every party's item and rejection is there.

use criterion::{BenchmarkId, Criterion, Throughput};
use fin_api::types::CustomerDetails;

#[path = "support/mod.rs"]
mod support;

#[path = "../tests/support/large_customer.rs"]
mod large_customer;

/// A helper measured: it returns a size so the work is not optimised away.
type Helper = fn(&CustomerDetails) -> usize;

/// The helpers measured: criterion group name and the call.
const HELPERS: [(&str, Helper); 3] = [
    ("ext_rfi_items", |c| c.rfi_items().len()),
    ("ext_rejections", |c| c.rejections().len()),
    ("ext_summary_display", |c| c.summary().to_string().len()),
];

/// The sizes: all three when measuring, the smallest as a test.
fn sizes() -> &'static [usize] {
    if support::measuring() {
        &[1_000, 16_000, 64_000]
    } else {
        &[1_000]
    }
}

fn ext(c: &mut Criterion) {
    for &parties in sizes() {
        let customer = large_customer::business_with_parties(parties);
        assert_eq!(customer.rfi_items().len(), parties);
        assert_eq!(customer.rejections().len(), parties);
        let checklist = customer.summary().to_string();
        assert_eq!(
            checklist.matches("  associated party ").count(),
            parties,
            "one checklist group per party"
        );
        for (group_name, helper) in HELPERS {
            let mut group = c.benchmark_group(group_name);
            group.sample_size(10);
            group.throughput(Throughput::Elements(parties as u64));
            group.bench_with_input(
                BenchmarkId::from_parameter(parties),
                &customer,
                |b, customer| b.iter(|| helper(std::hint::black_box(customer))),
            );
            group.finish();
        }
    }
}

fn main() {
    let mut criterion = support::criterion().configure_from_args();
    ext(&mut criterion);
    criterion.final_summary();
    if support::measuring() {
        // 16x and 4x the input: linear is 16x and 4x the time; allow a
        // quarter more for noise and cache effects before flagging.
        for (group, _) in HELPERS {
            support::report_ratio(group, "16000", "1000", 16.0 * 1.25);
            support::report_ratio(group, "64000", "16000", 4.0 * 1.25);
        }
    }
}
