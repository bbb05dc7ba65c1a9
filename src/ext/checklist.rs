//! [`CustomerSummary`]'s `Display`: a checklist grouped by party, then
//! section.
//!
//! Grouping is linear in the summary: each party and section is looked up in
//! a hash map, and a run of items from one request (which share their
//! scope's and section's `Arc`) is recognised by pointer, so a long shared
//! text is hashed once per request, not once per item.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::sync::Arc;

use uuid::Uuid;

use super::{CustomerSummary, Rejection, RejectionLevel, RfiItem};
use crate::text::cut;
use crate::types::customers::RfiScope;

/// At most this many characters of a document type are shown: it repeats on
/// every field of its category, so an absurdly long one must not multiply
/// the output. The summary's fields keep it whole.
const DOCUMENT_TYPE_SHOWN: usize = 120;

impl fmt::Display for CustomerSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.name.as_deref().unwrap_or("(no name)");
        let id = self
            .customer_id
            .map(|id| id.to_string())
            .unwrap_or_else(|| "no id".into());
        let kind = match self.kind.as_str() {
            "" => "unknown kind",
            kind => kind,
        };
        let status = self.status.as_ref().map_or("no status", |s| s.as_str());
        write!(f, "{name} ({kind}, {id}): {status}")?;
        if self.action_required {
            f.write_str(", action required")?;
        }
        writeln!(f)?;
        if self.rfi.is_empty() && self.rejections.is_empty() {
            return writeln!(f, "  nothing outstanding");
        }

        for party in parties(self) {
            if party.items.is_empty() && party.rejections.is_empty() {
                continue;
            }
            write_party_header(f, &party)?;
            for (section, items) in sections(&party.items) {
                writeln!(f, "    {}", section.unwrap_or("(no section)"))?;
                for item in items {
                    write_item(f, item)?;
                }
            }
            if !party.rejections.is_empty() {
                writeln!(f, "    rejected")?;
                for rejection in &party.rejections {
                    write_rejection(f, rejection)?;
                }
            }
        }
        Ok(())
    }
}

/// A party of a customer and what concerns it, as the checklist groups them.
struct Party<'a> {
    scope: &'a RfiScope,
    id: Option<Uuid>,
    items: Vec<&'a RfiItem>,
    rejections: Vec<&'a Rejection>,
}

impl<'a> Party<'a> {
    fn new(scope: &'a RfiScope, id: Option<Uuid>) -> Self {
        Self {
            scope,
            id,
            items: Vec::new(),
            rejections: Vec::new(),
        }
    }
}

/// The parties in order of appearance, the customer first (possibly with
/// nothing), each with its items and rejections in order.
fn parties(summary: &CustomerSummary) -> Vec<Party<'_>> {
    let mut groups = Groups::default();
    groups.slot((&RfiScope::Customer, None), || {
        Party::new(&RfiScope::Customer, None)
    });
    let mut previous: Option<(&RfiItem, usize)> = None;
    for item in &summary.rfi {
        let slot = match previous {
            Some((last, slot))
                if Arc::ptr_eq(&last.scope, &item.scope)
                    && last.associated_party_id == item.associated_party_id =>
            {
                slot
            }
            _ => groups.slot((&*item.scope, item.associated_party_id), || {
                Party::new(&item.scope, item.associated_party_id)
            }),
        };
        groups.entries[slot].items.push(item);
        previous = Some((item, slot));
    }
    for rejection in &summary.rejections {
        let slot = groups.slot((&rejection.scope, rejection.associated_party_id), || {
            Party::new(&rejection.scope, rejection.associated_party_id)
        });
        groups.entries[slot].rejections.push(rejection);
    }
    groups.entries
}

/// A party's items by section, sections in order of appearance.
fn sections<'a>(items: &[&'a RfiItem]) -> Vec<(Option<&'a str>, Vec<&'a RfiItem>)> {
    let mut groups = Groups::default();
    let mut previous: Option<(&RfiItem, usize)> = None;
    for &item in items {
        let slot = match previous {
            Some((last, slot)) if same_text(&last.section, &item.section) => slot,
            _ => {
                let section = item.section.as_deref();
                groups.slot(section, || (section, Vec::new()))
            }
        };
        groups.entries[slot].1.push(item);
        previous = Some((item, slot));
    }
    groups.entries
}

/// The same shared text (one `Arc`), or both absent: a constant-time check.
fn same_text(a: &Option<Arc<str>>, b: &Option<Arc<str>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Entries grouped by key, in order of first appearance.
struct Groups<K, G> {
    index: HashMap<K, usize>,
    entries: Vec<G>,
}

impl<K, G> Default for Groups<K, G> {
    fn default() -> Self {
        Self {
            index: HashMap::new(),
            entries: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, G> Groups<K, G> {
    /// The position of `key`'s group, made with `new` when it is the first.
    fn slot(&mut self, key: K, new: impl FnOnce() -> G) -> usize {
        let entries = &mut self.entries;
        *self.index.entry(key).or_insert_with(|| {
            entries.push(new());
            entries.len() - 1
        })
    }
}

fn write_party_header(f: &mut fmt::Formatter<'_>, party: &Party<'_>) -> fmt::Result {
    let label = match party.scope {
        RfiScope::Customer => return writeln!(f, "  customer"),
        RfiScope::AssociatedParty => Cow::Borrowed("associated party"),
        other => Cow::Owned(format!("{} party", other.as_str())),
    };
    let id = party
        .id
        .map(|id| id.to_string())
        .unwrap_or_else(|| "(no id)".into());
    let email = party
        .items
        .iter()
        .find_map(|i| i.associated_party_email.as_deref())
        .or_else(|| {
            party
                .rejections
                .iter()
                .find_map(|r| r.associated_party_email.as_deref())
        });
    let share = party
        .items
        .iter()
        .find_map(|i| i.associated_party_ownership_percent.clone());
    let details: Vec<String> = email
        .map(str::to_owned)
        .into_iter()
        .chain(share.map(|p| format!("owns {p}%")))
        .collect();
    if details.is_empty() {
        writeln!(f, "  {label} {id}")
    } else {
        writeln!(f, "  {label} {id} ({})", details.join(", "))
    }
}

fn write_item(f: &mut fmt::Formatter<'_>, item: &RfiItem) -> fmt::Result {
    let document_type = item
        .document_type
        .as_deref()
        .map(|doc| cut(doc, DOCUMENT_TYPE_SHOWN));
    let what = match (document_type.as_deref(), item.field_name.as_deref()) {
        (Some(doc), Some(field)) => format!("{doc} / {field}"),
        (Some(doc), None) => doc.to_owned(),
        (None, Some(field)) => field.to_owned(),
        (None, None) => "(whole section)".to_owned(),
    };
    write!(f, "      [ ] {what}")?;
    if let Some(side) = item.side() {
        write!(f, " [{side}]")?;
    }
    if let Some(data_type) = &item.data_type {
        write!(f, " ({data_type})")?;
    }
    if let Some(status) = &item.status {
        write!(f, ": {status}")?;
    }
    write_note(f, item.reason.as_deref())?;
    if let Some(options) = item.options.as_ref().filter(|o| !o.is_empty()) {
        write!(f, " (one of: {})", options.join(", "))?;
    }
    writeln!(f)
}

fn write_rejection(f: &mut fmt::Formatter<'_>, rejection: &Rejection) -> fmt::Result {
    match rejection.level {
        RejectionLevel::Applicant => write!(f, "      - applicant")?,
        RejectionLevel::Document => {
            write!(
                f,
                "      - document {}",
                rejection.document_uri.as_deref().unwrap_or("(no uri)")
            )?;
            if let Some(category) = &rejection.category {
                write!(f, " ({category})")?;
            }
        }
    }
    if let Some(labels) = rejection.labels.as_ref().filter(|l| !l.is_empty()) {
        write!(f, ": {}", labels.join(", "))?;
    }
    write_note(f, rejection.comment.as_deref())?;
    writeln!(f)
}

/// `: ` and the text on one line (runs of whitespace as one space), when
/// there is any text.
fn write_note(f: &mut fmt::Formatter<'_>, text: Option<&str>) -> fmt::Result {
    let line = text.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    match line.filter(|l| !l.is_empty()) {
        Some(line) => write!(f, ": {line}"),
        None => Ok(()),
    }
}
