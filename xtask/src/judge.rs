//! Verdicts by Rust semver: each upstream change is applied to the vendored
//! spec in turn, the whole build pipeline (`codegen::generate_documents`:
//! normalise, overlay, rules, generation) runs on the result, and the
//! public Rust API it generates is compared with the one before the change
//! (`api`). So a verdict follows the generated code, whatever the pipeline
//! does with a spec detail.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::api::{Api, Bump, ItemChange};
use crate::codegen;
use crate::codegen::overlay::Shadow;
use crate::diff::{self, Change};
use crate::error::Error;

/// Rust items listed per change in the report for people (a new schema
/// brings a type, its fields and a dozen trait impls).
const MAX_ITEMS: usize = 8;

/// The verdict on one upstream change.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The docs page the changed part comes from, when known.
    pub page: Option<String>,
    pub change: Change,
    pub bump: Bump,
    /// The Rust items the change adds, removes or alters.
    pub rust: Vec<String>,
    pub reason: String,
}

/// All verdicts, and the bump they imply together.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub bump: Bump,
    pub verdicts: Vec<Verdict>,
}

/// The pipeline's fixed inputs: the overlay, and names for messages.
pub struct Pipeline<'a> {
    pub overlay: &'a Value,
    pub overlay_path: &'a Path,
    pub spec_path: &'a Path,
}

impl Pipeline<'_> {
    /// The public API generated from `spec`.
    fn api(&self, spec: &Value) -> Result<Api, String> {
        let output = codegen::generate_documents(
            spec.clone(),
            self.spec_path,
            self.overlay,
            self.overlay_path,
            // What a user gets by default: no optional features.
            &codegen::Options::default(),
        )
        .map_err(|e| e.to_string())?;
        Api::of(&output.source)
    }

    /// The upstream nodes the overlay removes or replaces in `old` or in
    /// `new` (a spec the overlay fails on shadows nothing: the pipeline's
    /// verdict on it says why).
    fn shadows(&self, old: &Value, new: &Value) -> Vec<Shadow> {
        let mut all = Vec::new();
        for spec in [old, new] {
            if let Ok(found) = codegen::shadows(spec.clone(), self.overlay, self.overlay_path) {
                for shadow in found {
                    if !all.contains(&shadow) {
                        all.push(shadow);
                    }
                }
            }
        }
        all
    }
}

/// Judges the changes from `old` (vendored) to `new` (upstream).
pub fn judge(
    old: &Value,
    new: &Value,
    pipeline: &Pipeline,
    owners: &BTreeMap<String, String>,
) -> Result<Judgement, Error> {
    let changes = diff::diff(old, new);
    if changes.is_empty() {
        return Ok(Judgement {
            bump: Bump::None,
            verdicts: Vec::new(),
        });
    }
    let mut previous = pipeline.api(old).map_err(|e| {
        Error::Internal(format!(
            "the build pipeline fails on the vendored spec, so nothing can be compared: {e}"
        ))
    })?;
    let mut current = old.clone();
    let mut verdicts = Vec::new();
    // Changes that do not build on their own (a reference to a schema a
    // later change adds): judged together with the next one that builds.
    let mut waiting: Vec<Change> = Vec::new();
    let mut last_error = String::new();
    for change in changes {
        let applied = diff::apply(&mut current, &change.edits);
        waiting.push(change);
        let api = match applied.and_then(|()| pipeline.api(&current)) {
            Ok(api) => api,
            Err(e) => {
                last_error = e;
                continue;
            }
        };
        let items = previous.diff(&api);
        previous = api;
        verdicts.extend(group(std::mem::take(&mut waiting), &items, owners));
    }
    for change in waiting {
        verdicts.push(Verdict {
            page: owner_of(&change.pointer, owners),
            change,
            bump: Bump::Major,
            rust: Vec::new(),
            reason: format!(
                "the build pipeline fails on the spec with this change, so the crate would not build from it: {last_error}"
            ),
        });
    }
    // The edits rebuild the upstream document up to what cannot matter
    // (the order of a `required` list); should they not, say so.
    if &current != new {
        if let (Ok(rebuilt), Ok(upstream)) = (pipeline.api(&current), pipeline.api(new)) {
            let rest = rebuilt.diff(&upstream);
            if !rest.is_empty() {
                let change = Change {
                    pointer: String::new(),
                    what: "other differences (not attributed to one change)".into(),
                    edits: Vec::new(),
                };
                verdicts.extend(group(vec![change], &rest, owners));
            }
        }
    }
    let shadows = pipeline.shadows(old, new);
    for verdict in &mut verdicts {
        mark_shadowed(verdict, &shadows);
    }
    let bump = verdicts.iter().map(|v| v.bump).max().unwrap_or(Bump::None);
    Ok(Judgement { bump, verdicts })
}

/// A change under a node an overlay action replaces does not reach the
/// generated code as upstream meant it: at least minor, so a maintainer
/// looks, with the action and its reason named.
fn mark_shadowed(verdict: &mut Verdict, shadows: &[Shadow]) {
    let at = &verdict.change.pointer;
    let under = |s: &&Shadow| {
        at == &s.pointer
            || at
                .strip_prefix(s.pointer.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
    };
    let Some(shadow) = shadows.iter().find(under) else {
        return;
    };
    verdict.bump = verdict.bump.max(Bump::Minor);
    verdict.reason = format!(
        "shadowed by overlay action {} (target `{}`), which replaces upstream content here ({}); \
         the overlay may need to follow this change. Generated code: {}",
        shadow.action, shadow.target, shadow.reason, verdict.reason
    );
}

/// Verdicts for changes that were applied together and made `items`.
fn group(
    changes: Vec<Change>,
    items: &[ItemChange],
    owners: &BTreeMap<String, String>,
) -> Vec<Verdict> {
    let heaviest = items.iter().max_by_key(|i| i.bump);
    let bump = heaviest.map_or(Bump::Patch, |i| i.bump);
    let reason = match heaviest {
        Some(item) => item.reason.clone(),
        None => "no Rust item changes: the generated API is the same".into(),
    };
    let count = changes.len();
    let last = changes
        .last()
        .map(|c| c.pointer.clone())
        .unwrap_or_default();
    changes
        .into_iter()
        .enumerate()
        .map(|(i, change)| {
            let together = i + 1 < count;
            Verdict {
                page: owner_of(&change.pointer, owners),
                bump,
                rust: if together {
                    Vec::new()
                } else {
                    items.iter().map(|i| i.item.clone()).collect()
                },
                reason: if together {
                    format!("does not build alone; judged with the change at {last}: {reason}")
                } else {
                    reason.clone()
                },
                change,
            }
        })
        .collect()
}

/// The page a change comes from: the one that supplies its part of the
/// upstream spec, or for a part upstream no longer has, the only page when
/// there is one.
fn owner_of(pointer: &str, owners: &BTreeMap<String, String>) -> Option<String> {
    let mut p = pointer;
    loop {
        if let Some(page) = owners.get(p) {
            return Some(page.clone());
        }
        match p.rfind('/') {
            Some(i) => p = &p[..i],
            None => break,
        }
    }
    let mut pages = owners.values();
    let first = pages.next()?;
    pages.all(|p| p == first).then(|| first.clone())
}

impl Judgement {
    /// How many verdicts weigh `bump`.
    pub fn count(&self, bump: Bump) -> usize {
        self.verdicts.iter().filter(|v| v.bump == bump).count()
    }

    /// The report for people: one entry per upstream change, heaviest
    /// first, each with its page, pointer and Rust items.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} upstream change(s): {} major, {} minor, {} patch",
            self.verdicts.len(),
            self.count(Bump::Major),
            self.count(Bump::Minor),
            self.count(Bump::Patch)
        );
        let mut sorted: Vec<&Verdict> = self.verdicts.iter().collect();
        sorted.sort_by_key(|v| std::cmp::Reverse(v.bump));
        for v in sorted {
            let page = v
                .page
                .as_ref()
                .map(|p| format!("; page {p}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<6} {}  ({}{page})",
                v.bump.label(),
                v.change.what,
                v.change.pointer
            );
            for item in v.rust.iter().take(MAX_ITEMS) {
                let _ = writeln!(out, "           rust: {item}");
            }
            if v.rust.len() > MAX_ITEMS {
                let _ = writeln!(
                    out,
                    "           rust: … and {} more (all in --json)",
                    v.rust.len() - MAX_ITEMS
                );
            }
            let _ = writeln!(out, "           why: {}", v.reason);
        }
        let _ = writeln!(
            out,
            "Implied version bump: {}{}",
            self.bump.label(),
            if self.bump == Bump::Major {
                " (while fin-api is 0.x, that is the minor number: 0.N -> 0.N+1)"
            } else {
                ""
            }
        );
        out
    }

    /// The machine-readable form (`--json`).
    pub fn to_json(&self) -> Value {
        let changes: Vec<Value> = self
            .verdicts
            .iter()
            .map(|v| {
                serde_json::json!({
                    "page": v.page,
                    "pointer": v.change.pointer,
                    "what": v.change.what,
                    "effect": v.bump.label(),
                    "rust": v.rust,
                    "reason": v.reason,
                })
            })
            .collect();
        serde_json::json!({ "bump": self.bump.label(), "changes": changes })
    }
}
