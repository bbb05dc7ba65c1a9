//! Request overhead: `get_customer_details_v2` through [`fin_api::Client`]
//! versus a bare `reqwest` GET + `serde_json::from_slice` of the same bytes,
//! both against one keep-alive loopback server serving the spec's Business
//! example, in one run.
//!
//! `cargo bench --bench overhead` prints the ratio client / bare from
//! criterion's estimates; target 1.02×, above 1.05× is a defect. Under
//! `cargo test --benches` each side runs once. Before measuring, the bench
//! asserts that both decode to the same value, and that each side reuses
//! its connection: over 200 sequential calls (1,000 when measuring), on a
//! server of its own, it opens at most [`MAX_CONNECTIONS`] (see
//! [`connections_opened`]).

use std::time::Duration;

use criterion::{criterion_group, Criterion};
use fin_api::types::customers::GetCustomerDetailsV2Response;
use reqwest::header::{ACCEPT, AUTHORIZATION, USER_AGENT};

#[path = "support/mod.rs"]
mod support;

use support::{Server, CUSTOMER_PATH};

const TOKEN: &str = "bench-access-token";

/// The two sides, sharing one server.
struct Sides {
    server: Server,
    client: fin_api::Client,
    bare: reqwest::Client,
    url: String,
    user_agent: String,
    bearer: String,
}

impl Sides {
    async fn new() -> Sides {
        let body = support::business_example().into();
        let server = support::keep_alive_server(move |method, path| match (method, path) {
            ("GET", CUSTOMER_PATH) => support::json(200, &body),
            _ => support::not_found(),
        })
        .await;
        let client = fin_api::Client::builder()
            .base_url(server.url())
            .access_token(TOKEN)
            .build()
            .expect("a valid configuration");
        let user_agent = format!("fin-api-rust/{}", env!("CARGO_PKG_VERSION"));
        Sides {
            url: format!("{}{CUSTOMER_PATH}", server.url()),
            server,
            client,
            bare: reqwest::Client::new(),
            user_agent,
            bearer: format!("Bearer {TOKEN}"),
        }
    }

    /// One call through the crate's client.
    async fn client(&self, id: &uuid::Uuid) -> GetCustomerDetailsV2Response {
        self.client
            .get_customer_details_v2(id)
            .await
            .expect("the client call succeeds")
            .into_inner()
    }

    /// The same request by hand: same headers on the wire (so the server
    /// does the same work), no hooks, no retry loop, no tracing.
    async fn bare(&self) -> GetCustomerDetailsV2Response {
        let response = self
            .bare
            .get(&self.url)
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, &self.user_agent)
            .header(AUTHORIZATION, &self.bearer)
            .send()
            .await
            .expect("the bare request succeeds");
        assert_eq!(response.status(), 200);
        let bytes = response.bytes().await.expect("a body");
        serde_json::from_slice(&bytes).expect("the body decodes")
    }
}

/// Sequential calls per side in the connection-reuse check: 200 under
/// `cargo test --benches` (a debug build: 1–3 ms a call on a loaded
/// machine), 1,000 when measuring.
fn reuse_calls() -> usize {
    if support::measuring() {
        1000
    } else {
        200
    }
}

/// The most connections a side may open over [`reuse_calls`] sequential
/// calls; one per call would be 200 or 1,000. Not 1: hyper hands a
/// connection back to its pool from a task of its own once the response
/// body has been read, so the next call can find the pool empty; it then
/// starts a new connection, takes whichever of the two is ready first, and
/// the other joins the pool. Each further connection needs every pooled one
/// to be on its way back at once, so the count levels off: 2–3 per 1,000
/// calls, up to 5 per 200 in a debug build on a loaded machine (see
/// BENCHMARKS.md).
const MAX_CONNECTIONS: usize = 10;

/// Which side a call goes through.
#[derive(Clone, Copy)]
enum Side {
    Client,
    Bare,
}

/// How many connections `side` opens over `calls` sequential calls, on a
/// server of its own (so the other side's connections are not counted).
async fn connections_opened(side: Side, calls: usize) -> usize {
    let sides = Sides::new().await;
    let id = support::customer_id();
    for _ in 0..calls {
        match side {
            Side::Client => drop(sides.client(&id).await),
            Side::Bare => drop(sides.bare().await),
        }
    }
    assert_eq!(sides.server.count(CUSTOMER_PATH), calls);
    sides.server.connections()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

fn overhead(c: &mut Criterion) {
    let rt = runtime();
    let sides = rt.block_on(Sides::new());
    let id = support::customer_id();

    // What must hold whatever the timings: both paths decode the same bytes
    // to the same value, and both reuse their connection.
    rt.block_on(async {
        let through_client = sides.client(&id).await;
        let bare = sides.bare().await;
        assert_eq!(
            serde_json::to_value(&through_client).expect("serialisable"),
            serde_json::to_value(&bare).expect("serialisable"),
            "the client and the bare request decode to different values"
        );
        assert!(
            through_client.data.is_some(),
            "the Business example has data"
        );
        let calls = reuse_calls();
        let client = connections_opened(Side::Client, calls).await;
        let bare = connections_opened(Side::Bare, calls).await;
        println!(
            "connections opened over {calls} sequential calls: client {client}, bare reqwest {bare}"
        );
        for (side, opened) in [("the client", client), ("bare reqwest", bare)] {
            assert!(
                opened <= MAX_CONNECTIONS,
                "{side} opened {opened} connections over {calls} sequential calls; \
                 reused connections mean at most {MAX_CONNECTIONS}"
            );
        }
    });

    let mut group = c.benchmark_group("overhead");
    group.bench_function("bare_reqwest", |b| {
        b.to_async(&rt).iter(|| sides.bare());
    });
    group.bench_function("client", |b| {
        b.to_async(&rt).iter(|| sides.client(&id));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = overhead
}

/// The ratio client / bare again, measured in alternating rounds so that
/// load from elsewhere on a shared machine hits both sides alike: `ROUNDS`
/// rounds of `CALLS` calls per side, the order swapped every round; the
/// median of the per-round ratios.
fn interleaved_ratio() {
    const ROUNDS: usize = 30;
    const CALLS: u32 = 200;
    let rt = runtime();
    let sides = rt.block_on(Sides::new());
    let id = support::customer_id();
    let (mut ratios, mut client_ns, mut bare_ns) = (Vec::new(), Vec::new(), Vec::new());
    rt.block_on(async {
        for _ in 0..CALLS {
            sides.client(&id).await;
            sides.bare().await;
        }
        for round in 0..ROUNDS {
            let mut per_call = [0.0f64; 2];
            for step in 0..2 {
                let client_side = (round + step) % 2 == 0;
                let started = std::time::Instant::now();
                for _ in 0..CALLS {
                    if client_side {
                        std::hint::black_box(sides.client(&id).await);
                    } else {
                        std::hint::black_box(sides.bare().await);
                    }
                }
                per_call[usize::from(!client_side)] =
                    started.elapsed().as_nanos() as f64 / f64::from(CALLS);
            }
            client_ns.push(per_call[0]);
            bare_ns.push(per_call[1]);
            ratios.push(per_call[0] / per_call[1]);
        }
    });
    let median = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    println!(
        "overhead (interleaved, {ROUNDS} rounds x {CALLS} calls): client {:.1} us, bare {:.1} us per call; \
         client / bare = {:.3}x (median of rounds)",
        median(&mut client_ns) / 1000.0,
        median(&mut bare_ns) / 1000.0,
        median(&mut ratios),
    );
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    if support::measuring() {
        support::report_ratio("overhead", "client", "bare_reqwest", 1.05);
        interleaved_ratio();
    }
}
