//! Token single flight: 256 concurrent calls of a client with credentials
//! and a cold token cache cause one token request, and take about as long
//! as a few single calls rather than 256 token round trips.
//!
//! Each iteration builds a new client (cold cache) against one keep-alive
//! loopback server and asserts that it made exactly one token request, so
//! `cargo test --benches` checks the single flight too. `cargo bench`
//! prints the wall time of 256 calls relative to one call.

use std::time::Duration;

use criterion::{criterion_group, BatchSize, Criterion};

#[path = "support/mod.rs"]
mod support;

use support::{Server, CUSTOMER_PATH, TOKEN_PATH};

/// How many calls start at once on the cold cache.
const CONCURRENT: usize = 256;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// A new client, hence a cold token cache.
fn cold_client(server: &Server) -> fin_api::Client {
    fin_api::Client::builder()
        .base_url(server.url())
        .credentials("bench-client", "bench-secret")
        .build()
        .expect("a valid configuration")
}

/// Runs `calls` concurrent calls on `client`, as separate tasks (as a
/// server handling requests would), and returns the token requests made.
async fn burst(server: &Server, client: fin_api::Client, calls: usize) -> usize {
    let before = server.count(TOKEN_PATH);
    let id = support::customer_id();
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .get_customer_details_v2(&id)
                    .await
                    .expect("the call succeeds")
                    .into_inner()
            })
        })
        .collect();
    for task in tasks {
        let customer = task.await.expect("the task completes");
        assert!(customer.data.is_some());
    }
    server.count(TOKEN_PATH) - before
}

fn single_flight(c: &mut Criterion) {
    let rt = runtime();
    let body = support::business_example().into();
    let token = support::token_body("bench-access-token").into();
    let server = rt.block_on(support::keep_alive_server(move |_, path| match path {
        TOKEN_PATH => support::json(200, &token),
        CUSTOMER_PATH => support::json(200, &body),
        _ => support::not_found(),
    }));

    // The property, checked in test mode as well as before measuring.
    let tokens = rt.block_on(burst(&server, cold_client(&server), CONCURRENT));
    assert_eq!(
        tokens, 1,
        "{CONCURRENT} calls on a cold cache made {tokens} token requests"
    );
    assert_eq!(server.count(CUSTOMER_PATH), CONCURRENT);

    let mut group = c.benchmark_group("token_single_flight");
    group.sample_size(10);
    for calls in [1, CONCURRENT] {
        group.bench_function(format!("cold_{calls}_calls"), |b| {
            // Building the client (TLS roots, connection pool) is setup,
            // not timed: the figure is the calls on a cold token cache.
            b.to_async(&rt).iter_batched(
                || cold_client(&server),
                |client| async {
                    let tokens = burst(&server, client, calls).await;
                    assert_eq!(tokens, 1, "{calls} calls made {tokens} token requests");
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = single_flight
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    if support::measuring() {
        support::report_ratio(
            "token_single_flight",
            &format!("cold_{CONCURRENT}_calls"),
            "cold_1_calls",
            f64::INFINITY,
        );
    }
}
