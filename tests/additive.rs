//! Upstream additions stay additive: a small downstream crate, written
//! against the vendored spec, still compiles after the spec gains an
//! optional field, an enum value and an operation. Both versions are
//! generated from `openapi/fin.yaml` and `openapi/overlay.yaml` (which
//! names upstream's enums, so the enum value is added to the spec); the same
//! user code is checked against each through `FIN_API_SPEC` and
//! `FIN_API_OVERLAY`, with real cargo processes.
//!
//! Slow (a `cargo check` of the crate and its dependencies the first time),
//! so ignored by default: `cargo test --test additive -- --ignored`.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

/// What a user writes: constructors and setters instead of struct
/// literals, `_` arms in matches, a client call, field reads.
const USER_CODE: &str = r#"
use fin_api::types::customers::{
    AssociatedParty, BusinessCustomerDetailV2, BusinessCustomerDetailV2Type, CustomerDetails,
    CustomerStatus,
};

pub fn status_word(status: &CustomerStatus) -> &'static str {
    match status {
        CustomerStatus::Approved => "approved",
        CustomerStatus::Unknown(_) => "unknown",
        _ => "other",
    }
}

pub fn kind_word(kind: &BusinessCustomerDetailV2Type) -> &'static str {
    match kind {
        BusinessCustomerDetailV2Type::Business => "business",
        _ => "other",
    }
}

pub fn sample() -> BusinessCustomerDetailV2 {
    let party = AssociatedParty::new()
        .with_email("jane@example.com")
        .with_ownership_percent("33.333333333333333333".parse::<fin_api::Decimal>().expect("decimal"));
    BusinessCustomerDetailV2::new()
        .with_business_name("Fin.com")
        .with_associated_parties(vec![party])
}

pub async fn name_of(client: &fin_api::Client, id: &uuid::Uuid) -> Result<String, fin_api::Error> {
    let details = client.get_customer_details_v2(id).await?.into_inner();
    Ok(match details.data {
        Some(CustomerDetails::Business(business)) => business.business_name.unwrap_or_default(),
        Some(CustomerDetails::Individual(person)) => person.first_name.unwrap_or_default(),
        _ => String::new(),
    })
}
"#;

/// The vendored spec plus an optional field and an operation.
fn grown(mut spec: Value) -> Value {
    let business = &mut spec["components"]["schemas"]["BusinessCustomerDetailV2"];
    business["properties"]["trade_name"] = json!({ "type": "string" });
    spec["paths"]["/v2/customers/{customer_id}/notes"] = json!({
        "get": {
            "summary": "List Customer Notes",
            "parameters": [{
                "name": "customer_id", "in": "path", "required": true,
                "schema": { "type": "string", "format": "uuid" }
            }],
            "responses": { "200": {
                "description": "The notes",
                "content": { "application/json": { "schema": {
                    "type": "object",
                    "properties": { "notes": { "type": "array", "items": { "type": "string" } } }
                } } }
            } }
        }
    });
    spec
}

/// Upstream's Business `customer_status` list with one more value: the
/// overlay names that list `CustomerStatus` (it does not copy it), so the
/// value reaches the generated enum.
fn grown_status(mut spec: Value) -> Value {
    let status = spec
        .pointer_mut("/components/schemas/BusinessCustomerDetailV2/properties/customer_status/enum")
        .and_then(Value::as_array_mut)
        .expect("upstream lists the Business customer statuses");
    status.push(json!("SUSPENDED"));
    spec
}

/// `cargo check` of the downstream crate against `spec`; (success, stderr).
fn check(crate_dir: &Path, spec: &Path, overlay: &Path) -> (bool, String) {
    // The pipeline tests' target directory: its dependencies are checked
    // with the same features already, so only fin-api and the user code
    // are checked again.
    let target = support::repo().join("target").join("pipeline-tests");
    let output = Command::new(env!("CARGO"))
        .current_dir(crate_dir)
        .args(["check", "--offline", "--message-format", "short"])
        .env("CARGO_TARGET_DIR", target)
        .env("FIN_API_SPEC", spec)
        .env("FIN_API_OVERLAY", overlay)
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

#[test]
#[ignore = "slow: real cargo builds; run with --ignored (.ci/run does)"]
fn user_code_compiles_against_the_grown_spec() {
    let repo = support::repo();
    let dir: PathBuf =
        std::env::temp_dir().join(format!("fin-api-additive-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let crate_dir = dir.join("downstream");
    write(
        &crate_dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nfin-api = {{ path = {:?} }}\nuuid = \"1\"\n\n[workspace]\n",
            repo.display().to_string()
        ),
    );
    // The repository's lock file: the same dependency versions, offline.
    std::fs::copy(repo.join("Cargo.lock"), crate_dir.join("Cargo.lock")).expect("lock file");
    write(&crate_dir.join("src/lib.rs"), USER_CODE);

    let spec = support::read_yaml(&repo.join("openapi/fin.yaml"));
    let overlay = support::read_yaml(&repo.join("openapi/overlay.yaml"));
    let before = (dir.join("fin-before.json"), dir.join("overlay-before.json"));
    let after = (dir.join("fin-after.json"), dir.join("overlay-after.json"));
    write(&before.0, &spec.to_string());
    write(&before.1, &overlay.to_string());
    write(&after.0, &grown_status(grown(spec)).to_string());
    write(&after.1, &overlay.to_string());

    let (ok, stderr) = check(&crate_dir, &before.0, &before.1);
    assert!(
        ok,
        "the user code compiles against the vendored spec:\n{stderr}"
    );
    let (ok, stderr) = check(&crate_dir, &after.0, &after.1);
    assert!(
        ok,
        "the user code still compiles after the spec grew:\n{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
