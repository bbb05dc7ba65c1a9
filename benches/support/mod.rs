//! What the benches share: the spec's Business example, and the crate's
//! loopback HTTP/1.1 server (`fin_api::loopback`), which keeps each
//! connection open and answers requests on it in turn, as the real API's
//! load balancer does: a new TCP connection per call would swamp the
//! client's own overhead.
#![allow(dead_code)] // each bench uses part of it

/// The project's one model of a spec (the build pipeline's own).
use fin_api_codegen::spec;

/// The customer the benches ask for.
pub const CUSTOMER_ID: &str = "6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
/// Its path.
pub const CUSTOMER_PATH: &str = "/v2/customers/6f1c1a57-5d9e-4a43-9a43-3c1e6b1f0a11";
/// The token endpoint (not in the vendored spec; see `src/auth.rs`).
pub const TOKEN_PATH: &str = "/v1/oauth/token";

/// The customer id as the generated method takes it.
pub fn customer_id() -> uuid::Uuid {
    CUSTOMER_ID.parse().expect("a UUID")
}

/// The body of the spec's `Business` example of `GET /v2/customers/{id}`
/// (200), as compact JSON: read from the vendored spec, so the bench follows
/// the spec rather than a copy of it.
pub fn business_example() -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/fin.yaml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let spec = spec::parse(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"));
    let pointer = "/paths/~1v2~1customers~1{customer_id}/get/responses/200/content\
                   /application~1json/examples/Business/value";
    let value = spec
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{path} has no {pointer}"));
    serde_json::to_vec(value).expect("JSON values serialise")
}

pub use fin_api::loopback::{Reply, Server};

/// The crate's loopback server, keeping connections open, counting
/// requests but keeping no copies (benchmarks send millions), answering
/// `route(method, path)`.
pub async fn keep_alive_server(
    route: impl Fn(&str, &str) -> Reply + Send + Sync + 'static,
) -> Server {
    Server::builder()
        .unrecorded()
        .start(move |request, _| route(&request.method, &request.path))
        .await
        .expect("bind loopback")
}

/// A JSON reply with a body encoded once (cloning `Bytes` copies no data).
pub fn json(status: u16, body: &bytes::Bytes) -> Reply {
    Reply::new(status, "application/json", body.clone())
}

/// The body of a 404.
pub fn not_found() -> Reply {
    Reply::json(404, serde_json::json!({"message": "not found"}))
}

/// A token response valid for an hour by the server's clock.
pub fn token_body(access_token: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "access_token": access_token,
        "access_token_ttl": "2030-01-01 01:00:00+00",
        "refresh_token": "refresh-token",
        "refresh_token_ttl": "2030-01-01 02:00:00+00",
        "current_time": "2030-01-01 00:00:00+00",
    }))
    .expect("JSON values serialise")
}

/// The benches' criterion settings: short runs (1 s warm-up, 3 s measured).
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3))
}

/// True when criterion runs for measurements (`cargo bench`), false when it
/// runs each benchmark once as a test (`cargo test --benches`).
pub fn measuring() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test")
}

/// Where criterion writes its results, found the way criterion finds it.
fn criterion_dir() -> std::path::PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/target").into());
    target.join("criterion")
}

/// Criterion's mean and median estimate (ns) of `group/function` from the
/// run that just finished.
pub fn estimates(group: &str, function: &str) -> Option<(f64, f64)> {
    let path = criterion_dir()
        .join(group)
        .join(function)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let point = |name: &str| json[name]["point_estimate"].as_f64();
    Some((point("mean")?, point("median")?))
}

/// Prints `group/numerator` over `group/denominator` (mean and median),
/// flagging a mean ratio above `limit`.
pub fn report_ratio(group: &str, numerator: &str, denominator: &str, limit: f64) {
    match (estimates(group, numerator), estimates(group, denominator)) {
        (Some((num_mean, num_median)), Some((den_mean, den_median))) => {
            let (mean, median) = (num_mean / den_mean, num_median / den_median);
            println!(
                "{group}: {numerator} / {denominator} = {mean:.3}x (mean), {median:.3}x (median){}",
                if mean > limit {
                    format!("  -- above {limit}x")
                } else {
                    String::new()
                }
            );
        }
        _ => println!(
            "{group}: no estimates for {numerator} and {denominator} under {} (filtered out?)",
            criterion_dir().display()
        ),
    }
}
