//! The build pipeline as maintainers meet it: `cargo check` with
//! `FIN_API_SPEC` / `FIN_API_OVERLAY` pointing at broken inputs fails with a
//! message naming the file and the place; a no-op rebuild does not rerun
//! the generator. Runs real cargo processes in their own target directory.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn target_dir() -> PathBuf {
    support::repo().join("target").join("pipeline-tests")
}

/// `cargo check` of the library with the given environment; (success, stderr).
fn check(env: &[(&str, &Path)]) -> (bool, String) {
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(support::repo())
        .args([
            "check",
            "--lib",
            "--package",
            "fin-api",
            "--message-format",
            "short",
            "-v",
        ])
        .env("CARGO_TARGET_DIR", target_dir())
        .env_remove("FIN_API_SPEC")
        .env_remove("FIN_API_OVERLAY");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn assert_fails(env: &[(&str, &Path)], file: &Path, wanted: &[&str]) {
    let (ok, stderr) = check(env);
    assert!(!ok, "the build should fail for {}", file.display());
    let line = stderr
        .lines()
        .find(|l| l.contains("error: ") && l.contains(&*file.to_string_lossy()))
        .unwrap_or_else(|| panic!("no error line naming {}:\n{stderr}", file.display()));
    for part in wanted {
        assert!(line.contains(part), "`{part}` missing from: {line}");
    }
    assert!(!stderr.contains("panicked"), "no panic:\n{stderr}");
}

// One test, so that the cargo runs do not wait on each other's lock.
#[test]
fn broken_inputs_fail_with_file_and_location_and_noop_rebuilds_skip_the_generator() {
    let dir = std::env::temp_dir().join(format!("fin-api-pipeline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let vendored = std::fs::read_to_string(support::repo().join("openapi/fin.yaml")).expect("spec");
    let overlay = support::repo().join("openapi/overlay.yaml");

    // A schema whose `type` is not a type.
    let broken = vendored.replacen(
        "        first_name:\n          type: string",
        "        first_name:\n          type: strin",
        1,
    );
    assert_ne!(broken, vendored, "the spec has the line this test breaks");
    let spec = write(&dir, "broken-schema.yaml", &broken);
    assert_fails(
        &[("FIN_API_SPEC", &spec)],
        &spec,
        &["/components/schemas/IndividualCustomerDetailV2/properties/first_name"],
    );

    // A reference to a schema that does not exist.
    let dangling = vendored.replacen(
        "$ref: '#/components/schemas/BusinessCustomerDetailV2'",
        "$ref: '#/components/schemas/BusinessCustomerDetailV9'",
        1,
    );
    let spec = write(&dir, "dangling-ref.yaml", &dangling);
    assert_fails(
        &[("FIN_API_SPEC", &spec)],
        &spec,
        &[
            "/paths/~1v2~1customers~1{customer_id}/get/responses/200",
            "BusinessCustomerDetailV9",
            "does not resolve",
        ],
    );

    // An `allOf` whose members give one property two schemas.
    let conflict = vendored.replacen(
        "components:\n  schemas:\n",
        "components:\n  schemas:\n    Clash:\n      allOf:\n        - properties:\n            amount:\n              type: number\n        - properties:\n            amount:\n              type: string\n",
        1,
    );
    assert_ne!(conflict, vendored, "the spec has a components section");
    let spec = write(&dir, "allof-conflict.yaml", &conflict);
    assert_fails(
        &[("FIN_API_SPEC", &spec)],
        &spec,
        &["/components/schemas/Clash/properties/amount", "allOf"],
    );

    // A union whose members one value fits: no required key, tag or JSON
    // type sets them apart, so a decoder would silently take the first.
    let twins = vendored.replacen(
        "components:\n  schemas:\n",
        "components:\n  schemas:\n    Twins:\n      oneOf:\n        - title: Left\n          type: object\n          properties:\n            note:\n              type: string\n        - title: Right\n          type: object\n          properties:\n            note:\n              type: string\n            memo:\n              type: string\n",
        1,
    );
    let spec = write(&dir, "twins.yaml", &twins);
    assert_fails(
        &[("FIN_API_SPEC", &spec)],
        &spec,
        &[
            "/components/schemas/Twins",
            "cannot be told apart",
            "0 (`Left`) and 1 (`Right`)",
        ],
    );

    // Not YAML at all.
    let spec = write(&dir, "not-yaml.yaml", "openapi: 3.1.0\npaths: [unclosed\n");
    assert_fails(
        &[("FIN_API_SPEC", &spec)],
        &spec,
        &["not valid YAML", "line"],
    );

    // An overlay action without a reason, and one whose target is gone.
    let text = std::fs::read_to_string(&overlay).expect("overlay");
    let no_reason = write(
        &dir,
        "no-reason.yaml",
        &format!("{text}\n  - target: $.info\n    update:\n      title: x\n"),
    );
    let count = support::read_yaml(&overlay)["actions"]
        .as_array()
        .expect("actions")
        .len();
    assert_fails(
        &[("FIN_API_OVERLAY", &no_reason)],
        &no_reason,
        &[&format!("actions[{count}]"), "$.info", "description"],
    );
    let stale = write(
        &dir,
        "stale.yaml",
        &format!("{text}\n  - target: $.components.schemas.Gone\n    description: test\n    remove: true\n"),
    );
    assert_fails(
        &[("FIN_API_OVERLAY", &stale)],
        &stale,
        &[
            &format!("actions[{count}]"),
            "$.components.schemas.Gone",
            "matches nothing",
        ],
    );
    let bad_path = write(
        &dir,
        "bad-path.yaml",
        &format!("{text}\n  - target: $[?(\n    description: test\n    remove: true\n"),
    );
    assert_fails(
        &[("FIN_API_OVERLAY", &bad_path)],
        &bad_path,
        &["invalid JSONPath"],
    );

    // The vendored inputs build; a second run is a no-op.
    let (ok, stderr) = check(&[]);
    assert!(ok, "the vendored spec builds:\n{stderr}");
    let (ok, stderr) = check(&[]);
    assert!(ok);
    assert!(
        stderr.contains("Fresh fin-api"),
        "second build is fresh:\n{stderr}"
    );
    assert!(
        !stderr.contains("build-script-build`"),
        "the generator did not run again:\n{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
