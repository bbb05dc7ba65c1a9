//! Recording spec syncs in CHANGELOG.md, with the bump the drift implied,
//! so a release does not have to rediscover what upstream changed.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::api::Bump;
use crate::error::Error;
use crate::judge::Judgement;

const UNRELEASED: &str = "## [Unreleased]";
/// Past this, an entry lists counts only; the full report is in the CI log.
const MAX_ITEMS: usize = 30;

/// Adds an entry under `## [Unreleased]` when the file exists (tests work on
/// bare `openapi/` copies without one), with the verdicts `--check` gives.
pub fn record(path: &Path, pages: usize, judgement: &Judgement) -> Result<bool, Error> {
    if judgement.bump == Bump::None {
        return Ok(false);
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(Error::file(path, e)),
    };
    let entry = entry(&today(), pages, judgement);
    std::fs::write(path, insert(&text, &entry)).map_err(|e| Error::file(path, e))?;
    Ok(true)
}

fn entry(date: &str, pages: usize, judgement: &Judgement) -> String {
    let mut out = format!(
        "- Spec sync {date} ({pages} page{}): {} major, {} minor, {} patch change(s) by Rust semver; implies a {} bump.\n",
        if pages == 1 { "" } else { "s" },
        judgement.count(Bump::Major),
        judgement.count(Bump::Minor),
        judgement.count(Bump::Patch),
        judgement.bump.label()
    );
    let mut notable: Vec<_> = judgement
        .verdicts
        .iter()
        .filter(|v| v.bump > Bump::Patch)
        .collect();
    notable.sort_by_key(|v| std::cmp::Reverse(v.bump));
    for verdict in notable.iter().take(MAX_ITEMS) {
        let rust = if verdict.rust.is_empty() {
            String::new()
        } else {
            format!(": {}", verdict.rust.join("; "))
        };
        out.push_str(&format!(
            "  - {}: {} (`{}`){rust}\n",
            verdict.bump.label(),
            verdict.change.what,
            verdict.change.pointer
        ));
    }
    if notable.len() > MAX_ITEMS {
        out.push_str(&format!("  - … and {} more\n", notable.len() - MAX_ITEMS));
    }
    out
}

fn insert(text: &str, entry: &str) -> String {
    if let Some(at) = text.find(UNRELEASED) {
        let after = at + UNRELEASED.len();
        let line_end = text[after..]
            .find('\n')
            .map_or(text.len(), |i| after + i + 1);
        let mut out = text[..line_end].to_owned();
        if !text[..line_end].ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
        out.push_str(entry);
        let rest = text[line_end..].trim_start_matches('\n');
        if !rest.is_empty() {
            out.push('\n');
            out.push_str(rest);
        }
        return out;
    }
    let section = format!("{UNRELEASED}\n\n{entry}\n");
    match text.find("\n## ") {
        Some(at) => format!("{}{section}{}", &text[..at + 1], &text[at + 1..]),
        None => format!("{}\n\n{section}", text.trim_end()),
    }
}

/// Today's UTC date without a date crate (days-from-civil, inverted).
fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Change;
    use crate::judge::Verdict;

    fn verdict(bump: Bump, what: &str, rust: &[&str]) -> Verdict {
        Verdict {
            page: None,
            change: Change {
                pointer: "/p".into(),
                what: what.into(),
                edits: Vec::new(),
            },
            bump,
            rust: rust.iter().map(|r| r.to_string()).collect(),
            reason: String::new(),
        }
    }

    #[test]
    fn entry_goes_under_unreleased_newest_first() {
        let text = "# Changelog\n\n## [Unreleased]\n\n- older entry\n\n## [0.1.0]\n";
        let judgement = Judgement {
            bump: Bump::Minor,
            verdicts: vec![
                verdict(Bump::Minor, "schema added: X", &["struct types::X added"]),
                verdict(Bump::Patch, "summary changed", &[]),
            ],
        };
        let e = entry("2026-07-20", 1, &judgement);
        let out = insert(text, &e);
        assert_eq!(
            out,
            "# Changelog\n\n## [Unreleased]\n\n- Spec sync 2026-07-20 (1 page): 0 major, 1 minor, 1 patch change(s) by Rust semver; implies a minor bump.\n  - minor: schema added: X (`/p`): struct types::X added\n\n- older entry\n\n## [0.1.0]\n"
        );
    }

    #[test]
    fn unreleased_section_is_created_when_missing() {
        let out = insert("# Changelog\n\n## [0.1.0]\n- x\n", "- e\n");
        assert_eq!(
            out,
            "# Changelog\n\n## [Unreleased]\n\n- e\n\n## [0.1.0]\n- x\n"
        );
        assert_eq!(
            insert("# Changelog\n", "- e\n"),
            "# Changelog\n\n## [Unreleased]\n\n- e\n\n"
        );
    }

    #[test]
    fn today_is_a_plausible_date() {
        let d = today();
        assert_eq!(d.len(), 10, "{d}");
        assert!(d.as_str() >= "2024-01-01", "{d}");
    }
}
