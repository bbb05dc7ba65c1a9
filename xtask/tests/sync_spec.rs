//! End-to-end tests: the real `xtask` binary against docs sites served over
//! HTTP on 127.0.0.1, each on a temporary copy of the repo's `openapi/`.
//!
//! Tests marked `#[ignore]` read the docs-site mirror in `../shared/upstream`
//! (test data that must not be copied into the repo); CI runs them with
//! `--include-ignored`. The others build a one-page site from the vendored
//! spec itself, which is the seed page's block byte for byte.

use codegen::spec;
/// The build pipeline, to read what the generated code says of a type.
use fin_api_codegen as codegen;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use fin_api::loopback::Reply;
use serde_json::Value;
use tempfile::TempDir;

const NEEDS_UPSTREAM: &str = "needs ../shared/upstream (run with --include-ignored)";
const SEED_PAGE: &str = "api-reference/customers/get-customer-details-v2";
const V1_PAGE: &str = "api-reference/customers/get-customer-details";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn upstream() -> PathBuf {
    let dir = repo_root().join("../shared/upstream");
    assert!(
        dir.join("site/llms.txt").is_file(),
        "{NEEDS_UPSTREAM}: {} is missing",
        dir.display()
    );
    dir
}

fn vendored_spec() -> String {
    std::fs::read_to_string(repo_root().join("openapi/fin.yaml")).expect("openapi/fin.yaml")
}

// ---------------------------------------------------------------- server

/// A static file server on 127.0.0.1 (the crate's loopback server, on a
/// runtime of its own: the tests themselves are synchronous) that can be
/// told to answer 500 for chosen paths; it counts requests per path and
/// stops when dropped.
struct Server {
    // Declared first, so it stops before its runtime does.
    inner: fin_api::loopback::Server,
    failing: Arc<Mutex<BTreeSet<String>>>,
    _runtime: tokio::runtime::Runtime,
}

impl Server {
    fn serve(root: &Path) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let failing = Arc::new(Mutex::new(BTreeSet::new()));
        let (root, fails) = (root.to_path_buf(), failing.clone());
        let inner = runtime.block_on(fin_api::loopback::Server::start(move |request, _| {
            answer(&request.path, &root, &fails)
        }));
        Server {
            inner,
            failing,
            _runtime: runtime,
        }
    }

    fn url(&self) -> String {
        self.inner.url()
    }

    fn fail(&self, path: &str) {
        self.failing.lock().unwrap().insert(path.to_owned());
    }

    fn hits(&self, path: &str) -> usize {
        self.inner.count(path)
    }
}

fn answer(path: &str, root: &Path, failing: &Mutex<BTreeSet<String>>) -> Reply {
    let text = |status, body: Vec<u8>| Reply::new(status, "text/plain; charset=utf-8", body);
    if failing.lock().unwrap().contains(path) {
        return text(500, b"boom".to_vec());
    }
    if path.contains("..") {
        return text(403, Vec::new());
    }
    match std::fs::read(root.join(path.trim_start_matches('/'))) {
        Ok(body) => text(200, body),
        Err(_) => text(404, b"not found".to_vec()),
    }
}

// ---------------------------------------------------------------- fixtures

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the real docs-site mirror, free to be rewritten by a test.
fn mirror() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&upstream().join("site"), dir.path());
    dir
}

/// A one-page site whose page carries the vendored spec as its block.
fn seed_site() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join(format!("{SEED_PAGE}.md"));
    std::fs::create_dir_all(page.parent().unwrap()).unwrap();
    let markdown = format!(
        "# Get Customer Details V2\n\n```yaml\nnot: the spec\n```\n\n## OpenAPI\n\n````yaml GET /v2/customers/{{customer_id}}\n{}````\n",
        vendored_spec()
    );
    std::fs::write(&page, markdown).unwrap();
    std::fs::write(
        dir.path().join("llms.txt"),
        format!("# Fin.com\n\n- [Get Customer Details V2](https://developer.fin.com/{SEED_PAGE}.md): x\n- [openapi](https://developer.fin.com/api-reference/openapi.yaml)\n"),
    )
    .unwrap();
    dir
}

/// A temporary repo: `openapi/` with the given pages tracked and the
/// vendored spec copied from the real repo.
fn repo(pages: &[&str]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let openapi = dir.path().join("openapi");
    std::fs::create_dir_all(&openapi).unwrap();
    std::fs::write(openapi.join("fin.yaml"), vendored_spec()).unwrap();
    std::fs::copy(
        repo_root().join("openapi/overlay.yaml"),
        openapi.join("overlay.yaml"),
    )
    .unwrap();
    let list: String = pages.iter().map(|p| format!("    \"{p}\",\n")).collect();
    std::fs::write(
        openapi.join("sources.toml"),
        format!("base_url = \"https://developer.fin.com\"\npages = [\n{list}]\n"),
    )
    .unwrap();
    dir
}

/// Replaces the one occurrence of `from` in a site page.
fn rewrite(site: &Path, page: &str, from: &str, to: &str) {
    let path = site.join(format!("{page}.md"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} must occur once in {page}"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn xtask(repo: &Path, base_url: &str, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("sync-spec")
        .args(args)
        .arg("--repo")
        .arg(repo)
        .arg("--base-url")
        .arg(base_url)
        .env_remove("FIN_DOCS_URL")
        .env_remove("FIN_REPO_DIR")
        .env("FIN_SYNC_BACKOFF_MS", "10")
        .output()
        .expect("run xtask");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "xtask panicked:\n{}",
        run.stderr
    );
    run
}

fn spec_of(repo: &Path) -> String {
    std::fs::read_to_string(repo.join("openapi/fin.yaml")).unwrap()
}

/// The line of the report that mentions `what`.
fn line<'a>(report: &'a str, what: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.contains(what))
        .unwrap_or_else(|| panic!("no line mentions {what:?} in:\n{report}"))
}

/// Runs a failing scenario in write and check mode: exit 2, the message
/// names the page, and the vendored spec is byte-for-byte unchanged.
fn assert_cannot_run(repo: &Path, base_url: &str, expected: &[&str]) {
    let before = spec_of(repo);
    for args in [&[][..], &["--check"][..]] {
        let run = xtask(repo, base_url, args);
        assert_eq!(
            run.code, 2,
            "{args:?}\nstdout:\n{}\nstderr:\n{}",
            run.stdout, run.stderr
        );
        for text in expected {
            assert!(
                run.stderr.contains(text),
                "{args:?}: stderr lacks {text:?}:\n{}",
                run.stderr
            );
        }
        assert_eq!(spec_of(repo), before, "{args:?} changed openapi/fin.yaml");
        let leftovers: Vec<_> = std::fs::read_dir(repo.join("openapi"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    }
}

// ------------------------------------------- tests on the seed page alone

#[test]
fn seed_page_sync_reproduces_spec_and_check_passes() {
    let site = seed_site();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    std::fs::write(repo.path().join("openapi/fin.yaml"), "stale: true\n").unwrap();

    let run = xtask(repo.path(), &server.url(), &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        spec_of(repo.path()),
        vendored_spec(),
        "not the block as published"
    );
    assert!(
        run.stderr.contains(&format!("[1/1] {SEED_PAGE}: ok")),
        "{}",
        run.stderr
    );

    let check = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.contains("No drift."), "{}", check.stdout);
}

#[test]
fn server_down_is_exit_2_naming_the_page() {
    // A port nobody listens on: bind, note it, close.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let repo = repo(&[SEED_PAGE]);
    assert_cannot_run(
        repo.path(),
        &format!("http://127.0.0.1:{port}"),
        &[SEED_PAGE, "after 3 attempts"],
    );
}

#[test]
fn http_500_is_exit_2_after_retries() {
    let site = seed_site();
    let server = Server::serve(site.path());
    let path = format!("/{SEED_PAGE}.md");
    server.fail(&path);
    let repo = repo(&[SEED_PAGE]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &[SEED_PAGE, &path, "HTTP status 500"],
    );
    assert_eq!(server.hits(&path), 6, "3 attempts per run, 2 runs");
}

#[test]
fn http_404_is_exit_2_and_not_retried() {
    let site = seed_site();
    let server = Server::serve(site.path());
    let repo = repo(&["api-reference/customers/no-such-page"]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &["no-such-page", "HTTP status 404"],
    );
    assert_eq!(server.hits("/api-reference/customers/no-such-page.md"), 2);
}

#[test]
fn page_without_openapi_block_is_exit_2() {
    let site = seed_site();
    rewrite(
        site.path(),
        SEED_PAGE,
        "````yaml GET /v2/customers/{customer_id}\n",
        "````\n",
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &[SEED_PAGE, "no ````yaml OpenAPI block"],
    );
}

#[test]
fn malformed_yaml_is_exit_2() {
    let site = seed_site();
    rewrite(
        site.path(),
        SEED_PAGE,
        "  title: Fin.com API\n",
        "  title: [Fin.com API\n",
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &[
            SEED_PAGE,
            "malformed YAML",
            "block line 4 is line 13 of the page",
        ],
    );
}

#[test]
fn block_that_is_not_openapi_is_exit_2() {
    let site = seed_site();
    rewrite(
        site.path(),
        SEED_PAGE,
        "openapi: 3.1.0\n",
        "swagger: '2.0'\n",
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &[SEED_PAGE, "not an OpenAPI document"],
    );
}

#[test]
fn bad_sources_toml_is_exit_2_naming_the_file() {
    let site = seed_site();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    std::fs::write(
        repo.path().join("openapi/sources.toml"),
        "pages = [\"x.md\"]\n",
    )
    .unwrap();
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &["sources.toml", "without `.md`"],
    );
}

/// Changes the seed page the way upstream might: on
/// IndividualCustomerDetailV2 an enum value added and a property removed,
/// on BusinessCustomerDetailV2 `business_name` becomes `new_type`.
fn seed_drift(site: &Path, new_type: &str) {
    rewrite(
        site,
        SEED_PAGE,
        "            - INDIVIDUAL\n",
        "            - INDIVIDUAL\n            - JOINT\n",
    );
    rewrite(
        site,
        SEED_PAGE,
        "        first_name:\n          type: string\n          example: John\n",
        "",
    );
    rewrite(
        site,
        SEED_PAGE,
        "        business_name:\n          type: string\n",
        &format!("        business_name:\n          type: {new_type}\n"),
    );
}

#[test]
fn seed_page_drift_is_classified() {
    let site = seed_site();
    seed_drift(site.path(), "integer");
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    let before = spec_of(repo.path());

    let run = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = &run.stdout;
    assert!(
        line(report, "enum value added: \"JOINT\"").contains("minor"),
        "{report}"
    );
    let removed = line(report, "property removed: first_name");
    assert!(removed.trim_start().starts_with("major"), "{removed}");
    assert!(
        removed.contains("/components/schemas/IndividualCustomerDetailV2/properties/first_name")
    );
    assert!(removed.contains(&format!("page {SEED_PAGE}")), "{removed}");
    let retyped = line(report, "type changed from string to integer");
    assert!(retyped.trim_start().starts_with("major"), "{retyped}");
    assert!(
        report
            .contains("BusinessCustomerDetailV2::business_name: Option<String> became Option<i64>"),
        "{report}"
    );
    assert!(
        retyped.contains("BusinessCustomerDetailV2/properties/business_name"),
        "{retyped}"
    );
    assert!(report.contains("Implied version bump: major"), "{report}");
    assert_eq!(spec_of(repo.path()), before, "--check wrote the spec");
}

#[test]
fn formatting_only_difference_passes_with_a_note() {
    let site = seed_site();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    let reformatted = format!(
        "# vendored by hand\n{}",
        vendored_spec().replace("version: 1.0.0", "version: \"1.0.0\"")
    );
    std::fs::write(repo.path().join("openapi/fin.yaml"), reformatted).unwrap();
    let run = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("formatting only"), "{}", run.stdout);
}

#[test]
fn sync_reports_changes_and_records_them_in_the_changelog() {
    let site = seed_site();
    rewrite(
        site.path(),
        SEED_PAGE,
        "            - INDIVIDUAL\n",
        "            - INDIVIDUAL\n            - JOINT\n",
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    let log = repo.path().join("CHANGELOG.md");
    std::fs::write(
        &log,
        "# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n\n- First release.\n",
    )
    .unwrap();

    let run = xtask(repo.path(), &server.url(), &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // The tag of the CustomerDetails union gains a value: no longer a
    // union of constant tags, it is decoded otherwise, but its variants keep
    // their names and types (see the verdict tests): minor.
    let member = "minor";
    assert!(line(&run.stdout, "enum value added: \"JOINT\"").contains(member));
    assert!(spec_of(repo.path()).contains("- JOINT"));
    let log = std::fs::read_to_string(&log).unwrap();
    let entry = line(&log, "Spec sync");
    assert!(
        entry.contains(&format!("1 {member}"))
            && entry.contains(&format!("implies a {member} bump")),
        "{log}"
    );
    assert!(
        log.contains(&format!("  - {member}: enum value added: \"JOINT\"")),
        "{log}"
    );
    assert!(
        line(&log, "enum value added").contains("IndividualCustomerDetailV2Type::Joint"),
        "{log}"
    );
    assert!(log.find("Spec sync") < log.find("## [0.1.0]"), "{log}");

    let again = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
}

#[test]
fn all_skips_and_counts_pages_without_a_block() {
    let site = seed_site();
    let guide = site.path().join("api-reference/guides/no-block.md");
    std::fs::create_dir_all(guide.parent().unwrap()).unwrap();
    std::fs::write(&guide, "# A guide\n\n```yaml\nexample: only\n```\n").unwrap();
    let llms = site.path().join("llms.txt");
    let mut index = std::fs::read_to_string(&llms).unwrap();
    index.push_str("- [Guide](https://developer.fin.com/api-reference/guides/no-block.md)\n");
    std::fs::write(&llms, index).unwrap();
    let server = Server::serve(site.path());
    let repo = repo(&["api-reference/customers/get-customer-details"]);

    let run = xtask(repo.path(), &server.url(), &["--all"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("Skipped 1 page(s) without an OpenAPI block: api-reference/guides/no-block"),
        "{}",
        run.stderr
    );
    assert_eq!(spec_of(repo.path()), vendored_spec());
    let sources = std::fs::read_to_string(repo.path().join("openapi/sources.toml")).unwrap();
    assert!(
        sources.contains(&format!("pages = [\n    \"{SEED_PAGE}\",\n]\n")),
        "{sources}"
    );
}

// ------------------------------- verdicts by Rust semver, one change each

/// Whether the code generated from the vendored spec marks `name` (a struct
/// or enum) `#[non_exhaustive]`: the verdict on a new field or variant
/// follows it (minor if so, major if not).
fn generated_non_exhaustive(name: &str) -> bool {
    let source = generated_source();
    let at = [format!("pub struct {name} "), format!("pub enum {name} ")]
        .iter()
        .find_map(|decl| source.find(decl.as_str()))
        .unwrap_or_else(|| panic!("no type {name} in the generated code"));
    let start = source[..at].rfind("}\n").unwrap_or(0);
    source[start..at].contains("#[non_exhaustive]")
}

/// The code the build pipeline generates from the vendored spec.
fn generated_source() -> String {
    codegen::run(
        &repo_root().join("openapi/fin.yaml"),
        &repo_root().join("openapi/overlay.yaml"),
        &codegen::Options::default(),
    )
    .expect("the vendored spec generates")
    .source
}

/// The verdict on a member added to the generated type `name`.
fn member_bump(name: &str) -> &'static str {
    if generated_non_exhaustive(name) {
        "minor"
    } else {
        "major"
    }
}

/// `--check --json` on the seed page after `edit`: the exit code and the
/// one JSON object on stdout.
fn judge_seed(edit: impl FnOnce(&Path)) -> (i32, Value) {
    judge_seed_against(&vendored_spec(), edit)
}

/// `judge_seed` with `vendored` as the repo's spec.
fn judge_seed_against(vendored: &str, edit: impl FnOnce(&Path)) -> (i32, Value) {
    let site = seed_site();
    edit(site.path());
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    std::fs::write(repo.path().join("openapi/fin.yaml"), vendored).unwrap();
    let run = xtask(repo.path(), &server.url(), &["--check", "--json"]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}):\n{}\nstderr:\n{}",
            run.stdout, run.stderr
        )
    });
    (run.code, json)
}

/// Asserts one change with `effect` (also the bump), at `pointer`, whose
/// Rust items include one containing each of `rust`; none if `rust` is empty.
fn assert_one_change(json: &Value, effect: &str, pointer: &str, rust: &[&str]) {
    let changes = json["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 1, "one upstream change, one entry: {json:#}");
    let change = &changes[0];
    assert_eq!(change["effect"], effect, "{json:#}");
    assert_eq!(json["bump"], effect, "{json:#}");
    assert_eq!(change["pointer"], pointer, "{json:#}");
    assert_eq!(change["page"], SEED_PAGE, "{json:#}");
    let items: Vec<&str> = change["rust"]
        .as_array()
        .expect("rust")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    if rust.is_empty() {
        assert!(items.is_empty(), "no Rust item changes: {json:#}");
    }
    for expected in rust {
        assert!(
            items.iter().any(|item| item.contains(expected)),
            "no Rust item mentions {expected:?}: {json:#}"
        );
    }
    assert!(change["reason"].as_str().is_some_and(|r| !r.is_empty()));
}

const BUSINESS: &str = "/components/schemas/BusinessCustomerDetailV2";
const BUSINESS_NAME: &str = "        business_name:\n          type: string\n";

#[test]
fn verdict_none_when_nothing_changed() {
    let (code, json) = judge_seed(|_| {});
    assert_eq!(code, 0, "{json:#}");
    assert_eq!(json, serde_json::json!({"bump": "none", "changes": []}));
}

#[test]
fn verdict_value_constraints_change_no_rust_item() {
    for (keyword, line) in [
        ("minLength", "          minLength: 3\n"),
        ("pattern", "          pattern: '^[A-Za-z0-9 .]+$'\n"),
    ] {
        let (code, json) = judge_seed(|site| {
            rewrite(
                site,
                SEED_PAGE,
                BUSINESS_NAME,
                &format!("{BUSINESS_NAME}{line}"),
            )
        });
        assert_eq!(code, 1, "{keyword}: {json:#}");
        let pointer = format!("{BUSINESS}/properties/business_name/{keyword}");
        assert_one_change(&json, "patch", &pointer, &[]);
    }
}

#[test]
fn verdict_info_version_changes_no_rust_item() {
    // The client sends no api-version header; progenitor only names the
    // version in the client's doc comment.
    let (code, json) =
        judge_seed(|site| rewrite(site, SEED_PAGE, "  version: 1.0.0\n", "  version: 1.1.0\n"));
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "patch",
        "/info/version",
        &["Client: doc comment changed"],
    );
}

#[test]
fn verdict_nullable_on_an_optional_property_changes_no_rust_item() {
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            BUSINESS_NAME,
            &format!("{BUSINESS_NAME}          nullable: true\n"),
        )
    });
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "patch",
        &format!("{BUSINESS}/properties/business_name/nullable"),
        &[],
    );
}

#[test]
fn verdict_title_and_example_changes_follow_the_generated_code() {
    // The API's title is only documentation...
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "  title: Fin.com API\n",
            "  title: Fin.com REST API\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    assert_eq!(json["bump"], "patch", "{json:#}");
    assert_eq!(json["changes"].as_array().unwrap().len(), 1, "{json:#}");
    assert_eq!(json["changes"][0]["pointer"], "/info/title");

    // ...but a customer kind's title names its variant of the generated
    // CustomerDetails union: renaming it renames a Rust variant.
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "      title: Business\n",
            "      title: Company\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    // (Today the union's variants take their names from the titles.)
    assert_one_change(
        &json,
        "major",
        &format!("{BUSINESS}/title"),
        &["CustomerDetails::Business", "CustomerDetails::Company"],
    );

    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "          example: Fin.com\n",
            "          example: Fin Inc.\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "patch",
        &format!("{BUSINESS}/properties/business_name/example"),
        &[],
    );
}

#[test]
fn verdict_enum_value_added_follows_the_generated_code() {
    // The seed's only enums the overlay leaves alone are the `type` tags of
    // the two customer kinds; a second value on one means the CustomerDetails
    // `oneOf` is no longer told apart by a constant tag, so it is decoded
    // another way; its variants are named by the members' titles either way
    // and keep their types, and the tag enum is #[non_exhaustive]: minor.
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "            - INDIVIDUAL\n",
            "            - INDIVIDUAL\n            - JOINT\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{json:#}");
    let change = &changes[0];
    assert_eq!(change["what"], "enum value added: \"JOINT\"");
    assert_eq!(
        change["pointer"],
        "/components/schemas/IndividualCustomerDetailV2/properties/type/enum"
    );
    assert_eq!(change["effect"], "minor", "{json:#}");
    let rust: Vec<&str> = change["rust"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        rust.iter()
            .any(|r| r.ends_with("IndividualCustomerDetailV2Type::Joint added")),
        "{json:#}"
    );
    assert!(
        rust.iter()
            .any(|r| r.contains("CustomerDetails") && !r.contains("Joint")),
        "the union's change is named: {json:#}"
    );
}

#[test]
fn verdict_optional_property_added_follows_the_generated_struct() {
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "          example: Fin.com\n",
            "          example: Fin.com\n        risk_level:\n          type: string\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        member_bump("BusinessCustomerDetailV2"),
        &format!("{BUSINESS}/properties/risk_level"),
        &["BusinessCustomerDetailV2::risk_level: Option<String> added"],
    );
}

#[test]
fn verdict_required_property_added_is_one_change() {
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "      title: Business\n      type: object\n      properties:\n",
            "      title: Business\n      type: object\n      required:\n        - risk_level\n      properties:\n        risk_level:\n          type: string\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    // Major whether or not the struct is #[non_exhaustive]: its constructor
    // takes the new required value, so every call of `new` breaks.
    assert_one_change(
        &json,
        "major",
        &format!("{BUSINESS}/properties/risk_level"),
        &["BusinessCustomerDetailV2::risk_level: String added"],
    );
    assert_eq!(
        json["changes"][0]["what"], "required property added: risk_level",
        "property and `required` are one change"
    );
}

#[test]
fn verdict_removed_property_and_operation_are_major() {
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "        first_name:\n          type: string\n          example: John\n",
            "",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "major",
        "/components/schemas/IndividualCustomerDetailV2/properties/first_name",
        &["IndividualCustomerDetailV2::first_name: Option<String> removed"],
    );

    // The vendored spec has a second operation that upstream no longer has.
    let extra = "paths:\n  /v2/customers/{customer_id}/status:\n    get:\n      operationId: get_customer_status\n      parameters:\n        - name: customer_id\n          in: path\n          required: true\n          schema:\n            type: string\n            format: uuid\n      responses:\n        '200':\n          description: ok\n";
    let vendored = vendored_spec().replacen("paths:\n", extra, 1);
    let (code, json) = judge_seed_against(&vendored, |_| {});
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "major",
        "/paths/~1v2~1customers~1{customer_id}~1status",
        &["crate::Client::get_customer_status: "],
    );
    assert_eq!(
        json["changes"][0]["what"],
        "operation removed: GET /v2/customers/{customer_id}/status"
    );
}

#[test]
fn human_report_says_what_the_json_says() {
    let site = seed_site();
    rewrite(
        site.path(),
        SEED_PAGE,
        BUSINESS_NAME,
        &format!("{BUSINESS_NAME}          minLength: 3\n"),
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    let run = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let entry = line(&run.stdout, "`minLength: 3` added");
    assert!(entry.trim_start().starts_with("patch"), "{}", run.stdout);
    assert!(entry.contains(&format!("page {SEED_PAGE}")), "{entry}");
    assert!(
        run.stdout.contains("why: no Rust item changes"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Implied version bump: patch"),
        "{}",
        run.stdout
    );
}

// ------------------------------------- tests against the docs-site mirror

#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn mirror_sync_reproduces_vendored_spec_byte_for_byte() {
    let site = mirror();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);
    std::fs::remove_file(repo.path().join("openapi/fin.yaml")).unwrap();

    let run = xtask(repo.path(), &server.url(), &[]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(spec_of(repo.path()), vendored_spec());

    let check = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.contains("No drift."), "{}", check.stdout);
    // New upstream pages are listed for information, not as a failure.
    assert!(
        check
            .stdout
            .contains("74 page(s) in llms.txt are not tracked"),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("  api-reference/webhooks/customer-rfi\n"),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("openapi.yaml"), "{}", check.stdout);
}

/// The document without the docs-only `x-mint` keys.
fn without_x_mint(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| k.as_str() != "x-mint")
                .map(|(k, v)| (k.clone(), without_x_mint(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_x_mint).collect()),
        other => other.clone(),
    }
}

fn count_operations(doc: &Value, key: &str) -> usize {
    spec::operations(doc, key).len()
}

#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn mirror_all_vendors_the_full_spec() {
    let site = mirror();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE]);

    let run = xtask(repo.path(), &server.url(), &["--all"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("75 page(s): 62 operation(s), 13 webhook(s)"),
        "{}",
        run.stdout
    );
    // Only .md pages under api-reference/ were fetched: not the raw spec,
    // scratch files, guides or other hosts.
    assert_eq!(server.hits("/api-reference/openapi.yaml"), 0);
    assert_eq!(server.hits("/guides/funding-your-balance.md"), 0);

    let vendored = spec::parse(&spec_of(repo.path())).expect("vendored spec parses");
    let full = spec::parse(&std::fs::read_to_string(upstream().join("fin-openapi.yaml")).unwrap())
        .unwrap();
    let (vendored, full) = (without_x_mint(&vendored), without_x_mint(&full));
    assert_eq!(count_operations(&vendored, "paths"), 62);
    assert_eq!(count_operations(&vendored, "webhooks"), 13);
    for key in ["paths", "webhooks", "components"] {
        assert!(
            vendored[key] == full[key],
            "{key} differ from fin-openapi.yaml"
        );
    }

    let sources = std::fs::read_to_string(repo.path().join("openapi/sources.toml")).unwrap();
    assert_eq!(
        sources.matches("\n    \"api-reference/").count(),
        75,
        "{sources}"
    );
    assert!(
        sources.contains("base_url = \"https://developer.fin.com\""),
        "mirror URL leaked: {sources}"
    );

    // Deterministic: the same inputs give the same bytes.
    let first = spec_of(repo.path());
    let again = xtask(repo.path(), &server.url(), &["--all"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert_eq!(spec_of(repo.path()), first);
    assert!(
        again.stdout.contains("No semantic change."),
        "{}",
        again.stdout
    );

    let check = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(!check.stdout.contains("not tracked"), "{}", check.stdout);
}

#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn mirror_drift_is_reported_and_removals_are_breaking() {
    let site = mirror();
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE, V1_PAGE]);
    let sync = xtask(repo.path(), &server.url(), &[]);
    assert_eq!(sync.code, 0, "{}{}", sync.stdout, sync.stderr);
    let vendored = spec_of(repo.path());

    seed_drift(site.path(), "boolean");
    // The v1 operation moves: GET /v1/customers/{id} is gone upstream.
    rewrite(
        site.path(),
        V1_PAGE,
        "  /v1/customers/{customer_id}:\n",
        "  /v1/clients/{customer_id}:\n",
    );

    let run = xtask(repo.path(), &server.url(), &["--check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = &run.stdout;
    assert!(
        line(report, "enum value added: \"JOINT\"").contains("minor"),
        "{report}"
    );
    for removal in [
        "property removed: first_name",
        "type changed from string to boolean",
    ] {
        assert!(
            line(report, removal).trim_start().starts_with("major"),
            "{removal}: {report}"
        );
    }
    // The operation moves to another path under the same method name: the
    // new path is judged first (with the old one, as two operations of one
    // name do not build), the method and its types stay, and only the docs
    // change.
    for moved in [
        "operation added: GET /v1/clients/{customer_id}",
        "operation removed: GET /v1/customers/{customer_id}",
    ] {
        assert!(
            line(report, moved).trim_start().starts_with("patch"),
            "{moved}: {report}"
        );
    }
    assert!(report.contains("Implied version bump: major"), "{report}");
    assert_eq!(spec_of(repo.path()), vendored, "--check wrote the spec");
}

#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn mirror_conflicting_components_are_exit_2_naming_both_pages() {
    let site = mirror();
    // Both pages carry components/responses/AuthenticationError; change it on one.
    let text = std::fs::read_to_string(site.path().join(format!("{V1_PAGE}.md"))).unwrap();
    let from = "    AuthenticationError:\n      description: ";
    assert!(text.contains(from), "fixture moved");
    rewrite(
        site.path(),
        V1_PAGE,
        from,
        "    AuthenticationError:\n      description: Changed. ",
    );
    let server = Server::serve(site.path());
    let repo = repo(&[SEED_PAGE, V1_PAGE]);
    assert_cannot_run(
        repo.path(),
        &server.url(),
        &[
            SEED_PAGE,
            V1_PAGE,
            "/components/responses/AuthenticationError/description",
        ],
    );
}

#[test]
#[ignore = "needs ../shared/upstream (run with --include-ignored)"]
fn mirror_http_500_on_one_of_many_pages_is_exit_2() {
    let site = mirror();
    let server = Server::serve(site.path());
    server.fail(&format!("/{V1_PAGE}.md"));
    let repo = repo(&[SEED_PAGE, V1_PAGE]);
    assert_cannot_run(repo.path(), &server.url(), &[V1_PAGE, "HTTP status 500"]);
}

#[test]
fn verdict_customer_status_value_added_reaches_the_generated_enum() {
    // The overlay names the customer status by hoisting upstream's inline
    // enum, so a value upstream adds is a variant of `CustomerStatus`, a
    // `#[non_exhaustive]` enum: minor.
    let (from, to) = (
        "            - REJECTED\n          example: IN_COMPLIANCE\n",
        "            - REJECTED\n            - SUSPENDED\n          example: IN_COMPLIANCE\n",
    );
    let (code, json) = judge_seed(|site| rewrite(site, SEED_PAGE, from, to));
    assert_eq!(code, 1, "{json:#}");
    assert_one_change(
        &json,
        "minor",
        &format!("{BUSINESS}/properties/customer_status/enum"),
        &["CustomerStatus::Suspended added"],
    );
    // The code generated from the changed spec has the variant.
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("fin.yaml");
    let text = vendored_spec();
    assert_eq!(text.matches(from).count(), 1);
    std::fs::write(&spec, text.replacen(from, to, 1)).unwrap();
    let source = codegen::run(
        &spec,
        &repo_root().join("openapi/overlay.yaml"),
        &codegen::Options::default(),
    )
    .expect("the changed spec generates")
    .source;
    let start = source
        .find("pub enum CustomerStatus {")
        .expect("CustomerStatus");
    let body = &source[start..start + source[start..].find('}').unwrap()];
    assert!(body.contains("Suspended,"), "{body}");
    assert!(generated_non_exhaustive("CustomerStatus"));
}

#[test]
fn verdict_change_under_a_node_the_overlay_replaces_is_shadowed() {
    // The overlay replaces the inline RFI copies with its own schema, so an
    // upstream change there reaches no Rust item; the check still says so,
    // naming the action and its reason, and weighs it at least minor.
    let (code, json) = judge_seed(|site| {
        rewrite(
            site,
            SEED_PAGE,
            "              section:\n                type: string\n                example: proof_of_identity\n",
            "              section:\n                type: string\n                example: proof_of_identity\n              priority:\n                type: string\n",
        )
    });
    assert_eq!(code, 1, "{json:#}");
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{json:#}");
    let change = &changes[0];
    assert_eq!(
        change["pointer"],
        "/components/schemas/IndividualCustomerDetailV2/properties/request_for_information/items/properties/priority"
    );
    assert_eq!(change["effect"], "minor", "{json:#}");
    let reason = change["reason"].as_str().unwrap();
    assert!(reason.contains("shadowed by overlay action"), "{reason}");
    assert!(
        reason.contains("Inline copies of RequestForInformation and RejectionReason"),
        "the action's reason is named: {reason}"
    );
}
