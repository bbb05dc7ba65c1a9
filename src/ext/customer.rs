//! Status helpers and the summary of a fetched customer, for Business and
//! Individual customers alike (and, as far as the JSON allows, for a kind
//! this version of the crate does not know).

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};
use uuid::Uuid;

use super::{rejection, rfi, Rejection, RejectionLevel, RfiItem};
use crate::types::{
    AssociatedParty, CustomerDetails, CustomerStatus, RejectionReason, RequestForInformation,
    RfiScope,
};

/// Whether a customer is a person or a company.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomerKind {
    /// `INDIVIDUAL`: a person.
    Individual,
    /// `BUSINESS`: a company.
    Business,
    /// A `type` this version of the crate does not know, as sent (empty when
    /// the payload has none).
    Unknown(String),
}

impl CustomerKind {
    /// The kind as the API spells it.
    pub fn as_str(&self) -> &str {
        match self {
            CustomerKind::Individual => "INDIVIDUAL",
            CustomerKind::Business => "BUSINESS",
            CustomerKind::Unknown(other) => other,
        }
    }
}

impl fmt::Display for CustomerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// As the API spells it; an unknown kind without a `type` as `null`.
impl Serialize for CustomerKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CustomerKind::Unknown(other) if other.is_empty() => serializer.serialize_none(),
            other => serializer.serialize_str(other.as_str()),
        }
    }
}

impl CustomerDetails {
    /// The customer's id.
    pub fn customer_id(&self) -> Option<Uuid> {
        match self {
            CustomerDetails::Individual(c) => c.customer_id,
            CustomerDetails::Business(c) => c.customer_id,
            CustomerDetails::Unknown(raw) => raw
                .get("customer_id")
                .and_then(serde_json::Value::as_str)
                .and_then(|s| s.parse().ok()),
        }
    }

    /// Individual or Business (or the unknown `type` as sent).
    pub fn kind(&self) -> CustomerKind {
        match self {
            CustomerDetails::Individual(_) => CustomerKind::Individual,
            CustomerDetails::Business(_) => CustomerKind::Business,
            CustomerDetails::Unknown(raw) => CustomerKind::Unknown(
                raw.get("type")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            ),
        }
    }

    /// The business name, or the first and last name; `None` when the
    /// payload has neither.
    pub fn display_name(&self) -> Option<String> {
        let (business, first, last) = match self {
            CustomerDetails::Individual(c) => {
                (None, c.first_name.as_deref(), c.last_name.as_deref())
            }
            CustomerDetails::Business(c) => (c.business_name.as_deref(), None, None),
            CustomerDetails::Unknown(raw) => {
                let text = |key: &str| raw.get(key).and_then(serde_json::Value::as_str);
                (text("business_name"), text("first_name"), text("last_name"))
            }
        };
        if let Some(name) = business.map(str::trim).filter(|n| !n.is_empty()) {
            return Some(name.to_owned());
        }
        let name = [first, last]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        (!name.is_empty()).then_some(name)
    }

    /// The customer's status (an open enum: a status the crate does not know
    /// yet is [`CustomerStatus::Unknown`]).
    pub fn status(&self) -> Option<CustomerStatus> {
        match self {
            CustomerDetails::Individual(c) => c.customer_status.clone(),
            CustomerDetails::Business(c) => c.customer_status.clone(),
            CustomerDetails::Unknown(raw) => raw
                .get("customer_status")
                .and_then(serde_json::Value::as_str)
                .map(CustomerStatus::from),
        }
    }

    /// Exactly: the status is `ACTION_REQUIRED`. An approved customer can
    /// still have open requests: see [`has_open_requests`](Self::has_open_requests).
    pub fn is_action_required(&self) -> bool {
        self.status() == Some(CustomerStatus::ActionRequired)
    }

    /// Whether any request for information is open, whatever the status (an
    /// approved customer can receive one).
    pub fn has_open_requests(&self) -> bool {
        !self.request_for_information().is_empty()
    }

    /// The status is `APPROVED`.
    pub fn is_approved(&self) -> bool {
        self.status() == Some(CustomerStatus::Approved)
    }

    /// The status is `REJECTED`.
    pub fn is_rejected(&self) -> bool {
        self.status() == Some(CustomerStatus::Rejected)
    }

    /// The status is one that still moves without the customer acting:
    /// `INCOMPLETE`, `PROCESSING`, `REVIEWING`, `ASSOCIATED_PARTIES_REMAINING`
    /// or `IN_COMPLIANCE`. False for `APPROVED`, `REJECTED`,
    /// `ACTION_REQUIRED`, an unknown status, or none.
    pub fn is_in_progress(&self) -> bool {
        matches!(
            self.status(),
            Some(
                CustomerStatus::Incomplete
                    | CustomerStatus::Processing
                    | CustomerStatus::Reviewing
                    | CustomerStatus::AssociatedPartiesRemaining
                    | CustomerStatus::InCompliance
            )
        )
    }

    /// The customer's `request_for_information` entries (empty when absent
    /// or `null`). For an unknown kind, the entries that decode.
    pub fn request_for_information(&self) -> Cow<'_, [RequestForInformation]> {
        match self {
            CustomerDetails::Individual(c) => borrowed(c.request_for_information.as_deref()),
            CustomerDetails::Business(c) => borrowed(c.request_for_information.as_deref()),
            CustomerDetails::Unknown(raw) => {
                Cow::Owned(lenient_list(raw, "request_for_information"))
            }
        }
    }

    /// The customer's associated parties (empty for individuals, or when
    /// absent). For an unknown kind, the entries that decode.
    pub fn associated_parties(&self) -> Cow<'_, [AssociatedParty]> {
        match self {
            CustomerDetails::Individual(_) => Cow::Borrowed(&[]),
            CustomerDetails::Business(c) => borrowed(c.associated_parties.as_deref()),
            CustomerDetails::Unknown(raw) => Cow::Owned(lenient_list(raw, "associated_parties")),
        }
    }

    /// The customer's `rejection_reason`, when it has one.
    pub fn rejection_reason(&self) -> Option<Cow<'_, RejectionReason>> {
        match self {
            CustomerDetails::Individual(c) => c.rejection_reason.as_ref().map(Cow::Borrowed),
            CustomerDetails::Business(c) => c.rejection_reason.as_ref().map(Cow::Borrowed),
            CustomerDetails::Unknown(raw) => raw
                .get("rejection_reason")
                .and_then(|v| serde_json::from_value(v.clone()).ok())
                .map(Cow::Owned),
        }
    }

    /// Every requested field, flattened in payload order, with its party's
    /// email and ownership share looked up; see [`rfi::flatten`].
    pub fn rfi_items(&self) -> Vec<RfiItem> {
        rfi::flatten(&self.request_for_information(), &self.associated_parties())
    }

    /// Every applicant-level and document-level rejection, for the customer
    /// then each associated party; see [`rejection::flatten`].
    pub fn rejections(&self) -> Vec<Rejection> {
        match self.rejection_reason() {
            Some(reason) => rejection::flatten(&reason, &self.associated_parties()),
            None => Vec::new(),
        }
    }

    /// What is outstanding, in one value: serializable, and displayed as a
    /// checklist.
    pub fn summary(&self) -> CustomerSummary {
        CustomerSummary {
            customer_id: self.customer_id(),
            kind: self.kind(),
            name: self.display_name(),
            status: self.status(),
            action_required: self.is_action_required(),
            rfi: self.rfi_items(),
            rejections: self.rejections(),
        }
    }
}

fn borrowed<T: Clone>(list: Option<&[T]>) -> Cow<'_, [T]> {
    Cow::Borrowed(list.unwrap_or_default())
}

/// The entries of `raw[key]` that decode as `T`, the others skipped.
fn lenient_list<T: serde::de::DeserializeOwned>(raw: &serde_json::Value, key: &str) -> Vec<T> {
    raw.get(key)
        .and_then(serde_json::Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|v| serde_json::from_value(v.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// A customer's state and everything outstanding: what [`CustomerDetails::summary`]
/// returns.
///
/// Serializes as an object with the keys `customer_id`, `type`, `name`,
/// `status`, `action_required`, `rfi` (a list of [`RfiItem`]) and
/// `rejections` (a list of [`Rejection`]); absent values are `null`, enum
/// values as the API spells them. `Display` renders a checklist grouped by
/// party, then section.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomerSummary {
    /// The customer's id.
    pub customer_id: Option<Uuid>,
    /// Individual or Business.
    #[serde(rename = "type")]
    pub kind: CustomerKind,
    /// The business name, or first and last name.
    pub name: Option<String>,
    /// The customer's status.
    pub status: Option<CustomerStatus>,
    /// Whether the status is `ACTION_REQUIRED`.
    pub action_required: bool,
    /// Every requested field.
    pub rfi: Vec<RfiItem>,
    /// Every rejection.
    pub rejections: Vec<Rejection>,
}

/// A party of a customer, as the checklist groups them.
#[derive(PartialEq)]
struct PartyKey<'a> {
    scope: &'a RfiScope,
    id: Option<Uuid>,
}

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

        // Parties in order of appearance, the customer first.
        let mut parties: Vec<PartyKey<'_>> = vec![PartyKey {
            scope: &RfiScope::Customer,
            id: None,
        }];
        let keys = self
            .rfi
            .iter()
            .map(|i| PartyKey {
                scope: &i.scope,
                id: i.associated_party_id,
            })
            .chain(self.rejections.iter().map(|r| PartyKey {
                scope: &r.scope,
                id: r.associated_party_id,
            }));
        for key in keys {
            if !parties.contains(&key) {
                parties.push(key);
            }
        }

        for party in &parties {
            let items: Vec<&RfiItem> = self
                .rfi
                .iter()
                .filter(|i| i.scope == *party.scope && i.associated_party_id == party.id)
                .collect();
            let rejections: Vec<&Rejection> = self
                .rejections
                .iter()
                .filter(|r| r.scope == *party.scope && r.associated_party_id == party.id)
                .collect();
            if items.is_empty() && rejections.is_empty() {
                continue;
            }
            write_party_header(f, party, &items, &rejections)?;

            let mut sections: Vec<Option<&str>> = Vec::new();
            for item in &items {
                if !sections.contains(&item.section.as_deref()) {
                    sections.push(item.section.as_deref());
                }
            }
            for section in sections {
                writeln!(f, "    {}", section.unwrap_or("(no section)"))?;
                for item in items.iter().filter(|i| i.section.as_deref() == section) {
                    write_item(f, item)?;
                }
            }
            if !rejections.is_empty() {
                writeln!(f, "    rejected")?;
                for rejection in rejections {
                    write_rejection(f, rejection)?;
                }
            }
        }
        Ok(())
    }
}

fn write_party_header(
    f: &mut fmt::Formatter<'_>,
    party: &PartyKey<'_>,
    items: &[&RfiItem],
    rejections: &[&Rejection],
) -> fmt::Result {
    match party.scope {
        RfiScope::Customer => writeln!(f, "  customer"),
        scope => {
            let label = match scope {
                RfiScope::AssociatedParty => "associated party".to_owned(),
                other => format!("{} party", other.as_str()),
            };
            let id = party
                .id
                .map(|id| id.to_string())
                .unwrap_or_else(|| "(no id)".into());
            let email = items
                .iter()
                .find_map(|i| i.associated_party_email.as_deref())
                .or_else(|| {
                    rejections
                        .iter()
                        .find_map(|r| r.associated_party_email.as_deref())
                });
            let share = items
                .iter()
                .find_map(|i| i.associated_party_ownership_percent);
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
    }
}

fn write_item(f: &mut fmt::Formatter<'_>, item: &RfiItem) -> fmt::Result {
    let what = match (item.document_type.as_deref(), item.field_name.as_deref()) {
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
    if let Some(reason) = item
        .reason
        .as_deref()
        .map(one_line)
        .filter(|r| !r.is_empty())
    {
        write!(f, ": {reason}")?;
    }
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
    if let Some(comment) = rejection
        .comment
        .as_deref()
        .map(one_line)
        .filter(|c| !c.is_empty())
    {
        write!(f, ": {comment}")?;
    }
    writeln!(f)
}

/// Text on one line, runs of whitespace as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
