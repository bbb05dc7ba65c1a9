//! `sync-spec`: fetch the tracked pages, merge them, then write (or check)
//! `openapi/fin.yaml`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use crate::api::Bump;
use crate::codegen::spec;
use crate::error::Error;
use crate::extract;
use crate::fetch::{self, Fetcher, Progress};
use crate::judge::{self, Judgement, Pipeline};
use crate::merge::{self, PageDoc};
use crate::sources::{self, Sources};
use crate::{changelog, emit, Options};

/// A page fetched and parsed: its exact block text and the document.
struct Page {
    page: String,
    text: String,
    doc: Value,
}

/// What a page turned out to hold.
enum Fetched {
    Spec(Page),
    NoBlock { page: String, url: String },
}

/// The merged upstream spec and the text `sync-spec` would write for it.
struct Upstream {
    pages: Vec<String>,
    skipped: Vec<String>,
    merged: merge::Merged,
    text: String,
}

pub fn run(options: &Options, repo: &Path) -> Result<u8, Error> {
    let openapi = repo.join("openapi");
    let spec_path = openapi.join("fin.yaml");
    let sources = Sources::load(&openapi.join("sources.toml"))?;
    let base_url = base_url(options, &sources)?;
    let fetcher = Fetcher::new();

    let discovered = discovered_pages(options, &fetcher, &base_url, &sources)?;
    let tracked = discovered.as_ref().unwrap_or(&sources.pages);
    eprintln!("Fetching {} page(s) from {base_url}", tracked.len());
    let upstream = fetch_upstream(&fetcher, &base_url, tracked, options.all)?;
    if !upstream.skipped.is_empty() {
        eprintln!(
            "Skipped {} page(s) without an OpenAPI block: {}",
            upstream.skipped.len(),
            upstream.skipped.join(", ")
        );
    }

    let (vendored_text, vendored) = read_vendored(&spec_path, options.check)?;
    let judgement = match &vendored {
        Some(old) => match judge_drift(repo, &spec_path, old, &upstream) {
            Ok(judgement) => Some(judgement),
            Err(e) if options.check => return Err(e),
            // Vendoring must still be possible over a spec that is broken.
            Err(e) => {
                eprintln!("note: the drift cannot be judged: {e}");
                None
            }
        },
        None => None,
    };

    if options.check {
        return Ok(check(
            &fetcher,
            &base_url,
            &sources,
            options,
            &upstream,
            vendored_text.as_deref().unwrap_or_default(),
            judgement.as_ref(),
        ));
    }
    if vendored_text.as_deref() != Some(upstream.text.as_str()) {
        write_spec(&spec_path, &upstream.text, &upstream.merged.doc)?;
    }
    if options.all {
        track_pages(&openapi.join("sources.toml"), &sources, &upstream)?;
    }
    report_sync(repo, &spec_path, &upstream, judgement.as_ref())?;
    Ok(0)
}

/// With `--all`, every API-reference page `llms.txt` lists (an error if it
/// lists none); otherwise `None`: the tracked pages.
fn discovered_pages(
    options: &Options,
    fetcher: &Fetcher,
    base_url: &str,
    sources: &Sources,
) -> Result<Option<Vec<String>>, Error> {
    if !options.all {
        return Ok(None);
    }
    let pages = discover(fetcher, base_url, &sources.discover_prefix)?;
    if pages.is_empty() {
        return Err(Error::Page {
            page: "llms.txt".into(),
            url: sources::llms_url(base_url),
            message: format!("lists no `.md` page under `{}`", sources.discover_prefix),
        });
    }
    Ok(Some(pages))
}

/// The vendored spec's text and document; none when there is no file yet
/// (an error for `--check`, which needs one to compare with).
fn read_vendored(spec_path: &Path, check: bool) -> Result<(Option<String>, Option<Value>), Error> {
    let text = match std::fs::read_to_string(spec_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !check => return Ok((None, None)),
        Err(e) => return Err(Error::file(spec_path, e)),
    };
    let doc = spec::parse(&text).map_err(|e| {
        Error::file(
            spec_path,
            format!("the vendored spec is not valid YAML: {e}"),
        )
    })?;
    Ok((Some(text), Some(doc)))
}

/// `--all`: records the pages now tracked in `sources.toml`.
fn track_pages(sources_path: &Path, sources: &Sources, upstream: &Upstream) -> Result<(), Error> {
    let updated = Sources {
        pages: upstream.pages.clone(),
        ..sources.clone()
    };
    if updated != *sources {
        write_atomic(sources_path, &updated.render(), |_| Ok(()))?;
        eprintln!(
            "Updated {} ({} pages tracked)",
            sources_path.display(),
            updated.pages.len()
        );
    }
    Ok(())
}

/// Says what the sync wrote and its verdicts, and records them in the changelog.
fn report_sync(
    repo: &Path,
    spec_path: &Path,
    upstream: &Upstream,
    judgement: Option<&Judgement>,
) -> Result<(), Error> {
    let (operations, webhooks) = counts(&upstream.merged.doc);
    say!(
        "Wrote {} from {} page(s): {operations} operation(s), {webhooks} webhook(s)",
        spec_path.display(),
        upstream.pages.len()
    );
    match judgement {
        None => say!("(no previous spec to compare with)"),
        Some(j) if j.bump == Bump::None => say!("No semantic change."),
        Some(j) => {
            say_raw!("{}", j.report());
            let log = repo.join("CHANGELOG.md");
            if changelog::record(&log, upstream.pages.len(), j)? {
                say!("Recorded the sync in {}", log.display());
            }
        }
    }
    Ok(())
}

/// Prints a line for people: on stdout, or on stderr when stdout carries
/// the `--json` object.
fn tell(options: &Options, line: &str) {
    if options.json {
        eprintln!("{line}");
    } else {
        say!("{line}");
    }
}

fn check(
    fetcher: &Fetcher,
    base_url: &str,
    sources: &Sources,
    options: &Options,
    upstream: &Upstream,
    vendored_text: &str,
    judgement: Option<&Judgement>,
) -> u8 {
    tell(
        options,
        &format!(
            "Checked {} tracked page(s) from {base_url} against openapi/fin.yaml",
            upstream.pages.len()
        ),
    );
    if !options.all {
        // Information only: a failure here must not turn a clean check red.
        match discover(fetcher, base_url, &sources.discover_prefix) {
            Ok(listed) => {
                let untracked: Vec<&String> = listed
                    .iter()
                    .filter(|p| !sources.pages.contains(p))
                    .collect();
                if !untracked.is_empty() {
                    tell(options, &format!(
                        "note: {} page(s) in llms.txt are not tracked (add them to openapi/sources.toml or run `cargo xtask sync-spec --all`):",
                        untracked.len()
                    ));
                    for page in untracked {
                        tell(options, &format!("  {page}"));
                    }
                }
            }
            Err(e) => tell(options, &format!("note: untracked pages not listed: {e}")),
        }
    }
    let empty = Judgement {
        bump: Bump::None,
        verdicts: Vec::new(),
    };
    let judgement = judgement.unwrap_or(&empty);
    if options.json {
        say!("{}", judgement.to_json());
    }
    if judgement.bump == Bump::None {
        if vendored_text != upstream.text {
            tell(options,
                "note: openapi/fin.yaml differs from upstream in formatting only (same document); `cargo xtask sync-spec` rewrites it"
            );
        }
        tell(options, "No drift.");
        return 0;
    }
    tell(
        options,
        "Drift: upstream no longer matches openapi/fin.yaml.",
    );
    tell(options, judgement.report().trim_end());
    tell(
        options,
        "Run `cargo xtask sync-spec` to vendor the new spec, and record the bump in CHANGELOG.md.",
    );
    1
}

/// Judges the drift from the vendored spec to upstream by the Rust API the
/// build pipeline generates from each (with the repo's overlay).
fn judge_drift(
    repo: &Path,
    spec_path: &Path,
    vendored: &Value,
    upstream: &Upstream,
) -> Result<Judgement, Error> {
    let overlay_path = repo.join("openapi/overlay.yaml");
    let overlay = match std::fs::read_to_string(&overlay_path) {
        Ok(text) => spec::parse(&text)
            .map_err(|e| Error::file(&overlay_path, format!("not valid YAML: {e}")))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "note: {} is missing; judging the drift without an overlay",
                overlay_path.display()
            );
            serde_json::json!({"overlay": "1.0.0", "actions": []})
        }
        Err(e) => return Err(Error::file(&overlay_path, e)),
    };
    let pipeline = Pipeline {
        overlay: &overlay,
        overlay_path: &overlay_path,
        spec_path,
    };
    judge::judge(
        vendored,
        &upstream.merged.doc,
        &pipeline,
        &upstream.merged.owners,
    )
}

fn base_url(options: &Options, sources: &Sources) -> Result<String, Error> {
    let url = options
        .base_url
        .clone()
        .or_else(|| std::env::var("FIN_DOCS_URL").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| sources.base_url.clone());
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(Error::Usage(format!(
            "base URL `{url}` must start with http:// or https://"
        )));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

fn discover(fetcher: &Fetcher, base_url: &str, prefix: &str) -> Result<Vec<String>, Error> {
    let text = fetcher.get("llms.txt", &sources::llms_url(base_url))?;
    Ok(sources::discover(&text, base_url, prefix))
}

fn fetch_upstream(
    fetcher: &Fetcher,
    base_url: &str,
    pages: &[String],
    skip_empty: bool,
) -> Result<Upstream, Error> {
    let progress = Progress::new(pages.len());
    // A site that cannot be reached fails every page the same way, each after
    // all its retries: stop starting new pages once one could not connect.
    let unreachable = AtomicBool::new(false);
    let results = fetch::parallel_map(pages, fetch::WORKERS, |page| {
        if unreachable.load(Ordering::Relaxed) {
            progress.finished(page, "not fetched (site unreachable)");
            return None;
        }
        let result = fetch_page(fetcher, base_url, page);
        let outcome = match &result {
            Ok(Fetched::Spec(p)) => format!("ok ({} bytes)", p.text.len()),
            Ok(Fetched::NoBlock { .. }) => "no OpenAPI block".to_owned(),
            Err(e) => {
                if matches!(e, Error::Network { .. }) {
                    unreachable.store(true, Ordering::Relaxed);
                }
                "failed".to_owned()
            }
        };
        progress.finished(page, &outcome);
        Some(result)
    });

    let not_fetched = results.iter().filter(|r| r.is_none()).count();
    let (docs, skipped) = sort_pages(results.into_iter().flatten(), skip_empty, not_fetched)?;
    if docs.is_empty() {
        return Err(Error::Internal(format!(
            "none of the {} page(s) has an OpenAPI block; nothing to vendor",
            pages.len()
        )));
    }

    let page_docs: Vec<PageDoc> = docs
        .iter()
        .map(|p| PageDoc {
            page: p.page.clone(),
            doc: p.doc.clone(),
        })
        .collect();
    let merged = merge::merge(&page_docs)?;
    // One page is vendored exactly as published; several are re-rendered.
    let text = match docs.as_slice() {
        [only] => only.text.clone(),
        _ => emit::to_yaml(&merged.doc),
    };
    Ok(Upstream {
        pages: docs.into_iter().map(|p| p.page).collect(),
        skipped,
        merged,
        text,
    })
}

/// The pages with a spec, and those skipped for having none; or every
/// failure at once (fixing them one CI run at a time is slow).
fn sort_pages(
    results: impl Iterator<Item = Result<Fetched, Error>>,
    skip_empty: bool,
    not_fetched: usize,
) -> Result<(Vec<Page>, Vec<String>), Error> {
    let mut errors = Vec::new();
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for result in results {
        match result {
            Ok(Fetched::Spec(page)) => docs.push(page),
            Ok(Fetched::NoBlock { page, .. }) if skip_empty => skipped.push(page),
            Ok(Fetched::NoBlock { page, url }) => errors.push(Error::NoBlock { page, url }),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        return Ok((docs, skipped));
    }
    let count = errors.len();
    let mut list: Vec<String> = errors.iter().map(ToString::to_string).collect();
    if not_fetched > 0 {
        list.push(format!(
            "{not_fetched} more page(s) not fetched: the site is unreachable"
        ));
    }
    Err(match (list.len(), errors.pop()) {
        (1, Some(only)) => only,
        _ => Error::Internal(format!("{count} page(s) failed:\n  {}", list.join("\n  "))),
    })
}

fn fetch_page(fetcher: &Fetcher, base_url: &str, page: &str) -> Result<Fetched, Error> {
    let url = sources::page_url(base_url, page);
    let markdown = fetcher.get(&format!("page {page}"), &url)?;
    let page_error = |message: String| Error::Page {
        page: page.to_owned(),
        url: url.clone(),
        message,
    };
    let Some(block) = extract::openapi_block(&markdown).map_err(page_error)? else {
        return Ok(Fetched::NoBlock {
            page: page.to_owned(),
            url,
        });
    };
    let doc = spec::parse(&block.text).map_err(|e| {
        page_error(format!(
            "malformed YAML in the OpenAPI block `{}`: {e} ({})",
            block.header,
            page_line(&e, block.first_line)
        ))
    })?;
    if !doc.get("openapi").is_some_and(Value::is_string) {
        return Err(page_error(format!(
            "the block `{}` is not an OpenAPI document (no `openapi` version key)",
            block.header
        )));
    }
    Ok(Fetched::Spec(Page {
        page: page.to_owned(),
        text: block.text,
        doc,
    }))
}

/// Where a YAML error is on the page: parser messages count lines from the
/// block's first line, people look at the page.
fn page_line(message: &str, first_line: usize) -> String {
    let line = message
        .split("at line ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse::<usize>().ok());
    match line {
        Some(n) if n > 0 => format!("block line {n} is line {} of the page", n + first_line - 1),
        _ => format!("the block starts on line {first_line} of the page"),
    }
}

fn counts(doc: &Value) -> (usize, usize) {
    (
        spec::operations(doc, "paths").len(),
        spec::operations(doc, "webhooks").len(),
    )
}

/// Writes the spec so that `openapi/fin.yaml` is always a whole, valid
/// document: the new text goes to a temporary file, which must read back as
/// the merged document before it replaces the old one.
fn write_spec(path: &Path, text: &str, expected: &Value) -> Result<(), Error> {
    write_atomic(path, text, |written| {
        let parsed =
            spec::parse(written).map_err(|e| format!("the new spec does not parse: {e}"))?;
        if &parsed != expected {
            return Err("the new spec does not read back as the merged document".into());
        }
        Ok(())
    })
}

fn write_atomic(
    path: &Path,
    text: &str,
    validate: impl Fn(&str) -> Result<(), String>,
) -> Result<(), Error> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("spec");
    // Same directory, so the rename cannot cross file systems.
    let temp: PathBuf = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        std::fs::write(&temp, text).map_err(|e| Error::file(&temp, e))?;
        let written = std::fs::read_to_string(&temp).map_err(|e| Error::file(&temp, e))?;
        validate(&written).map_err(|message| Error::file(path, message))?;
        std::fs::rename(&temp, path).map_err(|e| Error::file(path, format!("replacing it: {e}")))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_keeps_the_old_file_when_validation_fails() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fin.yaml");
        std::fs::write(&path, "old: 1\n").unwrap();
        let err = write_atomic(&path, "new: [", |t| spec::parse(t).map(|_| ())).unwrap_err();
        assert!(err.to_string().contains("fin.yaml"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old: 1\n");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "temp file left behind"
        );
        write_atomic(&path, "new: 2\n", |t| spec::parse(t).map(|_| ())).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new: 2\n");
    }

    #[test]
    fn yaml_error_lines_are_placed_on_the_page() {
        let msg = "did not find expected ',' at line 4 column 10, while parsing at line 3 column 1";
        assert_eq!(page_line(msg, 17), "block line 4 is line 20 of the page");
        assert_eq!(
            page_line("no location", 17),
            "the block starts on line 17 of the page"
        );
    }

    #[test]
    fn operations_and_webhooks_are_counted() {
        let doc = serde_json::json!({
            "paths": {"/a": {"get": {}, "post": {}, "parameters": []}, "/b": {"put": {}}},
            "webhooks": {"x": {"post": {}}}
        });
        assert_eq!(counts(&doc), (3, 1));
    }
}
