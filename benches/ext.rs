//! The ext helpers on generated Business customers with 1k, 16k and 64k
//! associated parties (one RFI item and one rejection per party):
//! `rfi_items()`, `rejections()` and `summary().to_string()` (the
//! checklist). Linear helpers take about the same time per party at every
//! size: `cargo bench --bench ext` prints the time ratios 16k / 1k (16 when
//! linear) and 64k / 16k (4 when linear), then measures every doubling from
//! 1k to 64k again in interleaved rounds (2 per doubling when linear).
//!
//! Under `cargo test --benches` each runs once on 1k parties, and the bench
//! asserts that every party's item, rejection and checklist group is there.

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use fin_api::types::customers::CustomerDetails;

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

/// The sizes criterion measures: all three when measuring, the smallest as
/// a test.
fn sizes() -> &'static [usize] {
    if support::measuring() {
        &[1_000, 16_000, 64_000]
    } else {
        &[1_000]
    }
}

/// The sizes of the interleaved doubling run (measuring only).
const DOUBLING: [usize; 7] = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000];

/// A generated customer of `parties` parties, checked: every party's item,
/// rejection and checklist group is there.
fn customer(parties: usize) -> CustomerDetails {
    let customer = large_customer::business_with_parties(parties);
    assert_eq!(customer.rfi_items().len(), parties);
    assert_eq!(customer.rejections().len(), parties);
    let checklist = customer.summary().to_string();
    assert_eq!(
        checklist.matches("  associated party ").count(),
        parties,
        "one checklist group per party"
    );
    customer
}

fn ext(c: &mut Criterion, customers: &[(usize, CustomerDetails)]) {
    for (parties, customer) in customers {
        if !sizes().contains(parties) {
            continue;
        }
        for (group_name, helper) in HELPERS {
            let mut group = c.benchmark_group(group_name);
            // Flat sampling: ten samples of equal iteration counts, so a slow
            // (quadratic) build still finishes in minutes.
            group.sample_size(10);
            group.sampling_mode(SamplingMode::Flat);
            group.throughput(Throughput::Elements(*parties as u64));
            group.bench_with_input(
                BenchmarkId::from_parameter(parties),
                customer,
                |b, customer| b.iter(|| helper(std::hint::black_box(customer))),
            );
            group.finish();
        }
    }
}

/// Each helper at every size of [`DOUBLING`], one call per size per round,
/// the sizes taken in turn within each round, so load from elsewhere on a
/// shared machine hits every size alike; the median of the rounds. Prints
/// the time per party and the time ratio to the size before (2 when linear).
fn doubling(customers: &[(usize, CustomerDetails)]) {
    const ROUNDS: usize = 7;
    for (name, helper) in HELPERS {
        let mut times = vec![Vec::new(); customers.len()];
        for _ in 0..ROUNDS {
            for ((_, customer), times) in customers.iter().zip(&mut times) {
                let started = std::time::Instant::now();
                std::hint::black_box(helper(std::hint::black_box(customer)));
                times.push(started.elapsed().as_secs_f64());
            }
        }
        let mut previous: Option<f64> = None;
        for ((parties, _), times) in customers.iter().zip(&mut times) {
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            let ratio = previous.map_or(String::new(), |p| format!(", x{:.2} for x2", median / p));
            println!(
                "{name} (interleaved, {ROUNDS} rounds) {parties:>6} parties: {:>9.3} ms, {:>6.0} ns/party{ratio}",
                median * 1e3,
                median * 1e9 / *parties as f64,
            );
            previous = Some(median);
        }
    }
}

fn main() {
    let measuring = support::measuring();
    let all: &[usize] = if measuring { &DOUBLING } else { sizes() };
    let customers: Vec<(usize, CustomerDetails)> = all.iter().map(|&n| (n, customer(n))).collect();
    let mut criterion = support::criterion().configure_from_args();
    ext(&mut criterion, &customers);
    criterion.final_summary();
    if measuring {
        // 16x and 4x the input: linear is 16x and 4x the time; allow a
        // quarter more for noise and cache effects before flagging.
        for (group, _) in HELPERS {
            support::report_ratio(group, "16000", "1000", 16.0 * 1.25);
            support::report_ratio(group, "64000", "16000", 4.0 * 1.25);
        }
        doubling(&customers);
    }
}
