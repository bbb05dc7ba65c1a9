//! `examples/customer_status.rs`, built and run as a process against a
//! loopback server (the crate's mock).

mod support;

use std::path::PathBuf;
use std::process::Output;
use std::sync::OnceLock;

use fin_api::mock::MockServer;
use serde_json::json;
use uuid::{uuid, Uuid};

const BUSINESS: Uuid = uuid!("671536f8-ddc5-4b1e-bd6f-27d0ed07a27c");
const INDIVIDUAL: Uuid = uuid!("1f45e58d-0420-4ad8-a790-413169bfab28");
const FIN_VARIABLES: [&str; 5] = [
    "FIN_BASE_URL",
    "FIN_ENVIRONMENT",
    "FIN_ACCESS_TOKEN",
    "FIN_CLIENT_ID",
    "FIN_CLIENT_SECRET",
];

/// Builds the example once (default features) and returns its path.
fn example() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let status = std::process::Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "customer_status",
                "--manifest-path",
            ])
            .arg(manifest.join("Cargo.toml"))
            .status()
            .expect("cargo runs");
        assert!(
            status.success(),
            "cargo build --example customer_status failed"
        );
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest.join("target"));
        let path = target
            .join("debug/examples/customer_status")
            .with_extension(std::env::consts::EXE_EXTENSION);
        assert!(path.exists(), "{} missing", path.display());
        path
    })
}

/// Runs the example with `args`, and the FIN_* variables set to `env` only.
async fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = tokio::process::Command::new(example());
    command.args(args);
    for name in FIN_VARIABLES {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().await.expect("the example runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn no_arguments_uses_the_embedded_mock() {
    let out = run(&[], &[]).await;
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("mock"), "{stderr}");
    assert!(
        stdout.contains(&format!("Fin.com (BUSINESS, {BUSINESS}): ACTION_REQUIRED")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "John Doe (INDIVIDUAL, {INDIVIDUAL}): ACTION_REQUIRED"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("jane.smith@acmecorp.com"));
    assert_eq!(stdout.matches("[ ]").count(), 14, "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn json_lines_have_the_documented_keys() {
    let server = MockServer::start().await.expect("mock");
    let url = server.url();
    let env = [
        ("FIN_BASE_URL", url.as_str()),
        ("FIN_ACCESS_TOKEN", "t0ken"),
    ];
    let business = BUSINESS.to_string();
    let individual = INDIVIDUAL.to_string();
    let out = run(&["--json", &business, &individual], &env).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for line in stdout.lines() {
        assert_eq!(
            support::keys(line),
            [
                "customer_id",
                "type",
                "name",
                "status",
                "action_required",
                "rfi",
                "rejections"
            ]
        );
        for item in support::list(line, "rfi") {
            assert_eq!(
                support::keys(item.get()),
                [
                    "scope",
                    "associated_party_id",
                    "associated_party_email",
                    "section",
                    "document_type",
                    "field_name",
                    "data_type",
                    "status",
                    "reason",
                    "options"
                ]
            );
        }
        for rejection in support::list(line, "rejections") {
            assert_eq!(
                support::keys(rejection.get()),
                [
                    "scope",
                    "associated_party_id",
                    "level",
                    "document_uri",
                    "category",
                    "labels",
                    "comment"
                ]
            );
        }
    }
    assert_eq!(lines[0]["customer_id"], json!(business));
    assert_eq!(lines[0]["type"], "BUSINESS");
    assert_eq!(lines[0]["rfi"].as_array().map(Vec::len), Some(10));
    assert_eq!(
        lines[0]["rfi"][0]["associated_party_email"],
        "jane.smith@acmecorp.com"
    );
    assert_eq!(
        lines[0]["rfi"][4]["associated_party_email"],
        serde_json::Value::Null
    );
    assert_eq!(lines[1]["name"], "John Doe");
    assert_eq!(lines[1]["rfi"].as_array().map(Vec::len), Some(4));
    // The example authenticated with the token from the environment.
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("authorization"), Some("Bearer t0ken"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_404_is_reported_and_the_other_ids_still_run() {
    let server = MockServer::start().await.expect("mock");
    let url = server.url();
    let env = [("FIN_BASE_URL", url.as_str()), ("FIN_ACCESS_TOKEN", "t")];
    let missing = Uuid::nil().to_string();
    let broken = uuid!("00000000-0000-0000-0000-000000000001");
    server.on_get_customer_details_v2(&Uuid::nil()).error(
        404,
        &fin_api::ApiError::new().with_message("Resource not found"),
    );
    server.respond(
        "GET",
        &format!("/v2/customers/{broken}"),
        fin_api::mock::MockResponse::raw(200, "application/json", "{not json"),
    );
    let individual = INDIVIDUAL.to_string();
    let broken_text = broken.to_string();
    let out = run(&["--json", &missing, &broken_text, &individual], &env).await;
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("error: {missing}: 404 Resource not found")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("error: {broken}: ")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(lines[0].contains(&individual));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_id_is_a_usage_error_and_sends_nothing() {
    let server = MockServer::start().await.expect("mock");
    let url = server.url();
    let env = [("FIN_BASE_URL", url.as_str()), ("FIN_ACCESS_TOKEN", "t")];
    let business = BUSINESS.to_string();
    let out = run(&[&business, "not-a-uuid"], &env).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not-a-uuid"), "{stderr}");
    assert!(stderr.contains("usage:"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(server.requests().is_empty(), "no request may be sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn ids_without_configuration_name_the_missing_variable() {
    let business = BUSINESS.to_string();
    let out = run(&[&business], &[]).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("FIN_ACCESS_TOKEN"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_server_is_an_error_per_id() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let env = [("FIN_BASE_URL", url.as_str()), ("FIN_ACCESS_TOKEN", "t")];
    let business = BUSINESS.to_string();
    let out = run(&[&business], &env).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("error: {business}: ")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
