//! Memory and time of one call whose response body never ends or is huge,
//! with the default limits: it must end with a typed error, early, in
//! bounded memory. Scenarios: `endless` (200, no length, never ends),
//! `huge` (200, 2 GiB, no length), `huge-error` (500, 1 GiB page).
//!
//! Measure one with `/usr/bin/time -v` (peak RSS, wall time):
//! `cargo bench --bench body_limits --no-run`, then run the printed binary
//! with the scenario's name. Without a name (as under `cargo test
//! --benches`) it runs all three and checks their errors.

use std::time::{Duration, Instant};

use fin_api::loopback::{Reply, Server};

const CUSTOMER_ID: &str = "6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
const PIECE: usize = 64 * 1024;

fn reply(scenario: &str) -> Reply {
    match scenario {
        "endless" => Reply::endless(200),
        "huge" => Reply::stream(200, None, &[b' '; PIECE], (2 << 30) / PIECE),
        "huge-error" => Reply::stream(500, None, &[b'x'; PIECE], (1 << 30) / PIECE),
        other => panic!("unknown scenario `{other}`: endless, huge or huge-error"),
    }
}

#[tokio::main]
async fn main() {
    let named: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let scenarios = if named.is_empty() {
        vec!["endless".to_owned(), "huge".into(), "huge-error".into()]
    } else {
        named
    };
    for scenario in scenarios {
        let body = reply(&scenario);
        let server = Server::start(move |_, _| body.clone()).await;
        let client = fin_api::Client::builder()
            .base_url(server.url())
            .access_token("bench-token")
            .max_retries(0)
            .deadline(Duration::from_secs(30))
            .build()
            .expect("a valid configuration");
        let started = Instant::now();
        let error = client
            .get_customer_details_v2(&CUSTOMER_ID.parse().unwrap())
            .await
            .expect_err("no body of this kind is accepted");
        let spent = started.elapsed();
        println!("{scenario}: {spent:?}: {}", fin_api_error_head(&error));
        let expected = match scenario.as_str() {
            "huge-error" => error.status().map(|s| s.as_u16()) == Some(500),
            _ => matches!(error, fin_api::Error::ResponseTooLarge { .. }),
        };
        assert!(expected, "{scenario}: {error:?}");
    }
}

/// The start of an error's message (an excerpt of a page can be long).
fn fin_api_error_head(error: &fin_api::Error) -> String {
    error.to_string().chars().take(120).collect()
}
