//! Status helpers and the summary of a fetched customer, for Business and
//! Individual customers alike (and, as far as the JSON allows, for a kind
//! this version of the crate does not know).

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};
use uuid::Uuid;

use crate::json::{JsonMap, RawJson};

use super::{rejection, rfi, Rejection, RfiItem};
use crate::types::customers::{
    AssociatedParty, CustomerDetails, CustomerStatus, RejectionReason, RequestForInformation,
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
            CustomerDetails::Unknown(raw) => unknown_key(raw, "customer_id"),
        }
    }

    /// Individual or Business (or the unknown `type` as sent).
    pub fn kind(&self) -> CustomerKind {
        match self {
            CustomerDetails::Individual(_) => CustomerKind::Individual,
            CustomerDetails::Business(_) => CustomerKind::Business,
            CustomerDetails::Unknown(raw) => {
                CustomerKind::Unknown(unknown_key(raw, "type").unwrap_or_default())
            }
        }
    }

    /// The business name, or the first and last name; `None` when the
    /// payload has neither.
    pub fn display_name(&self) -> Option<String> {
        let (business, first, last) = match self {
            CustomerDetails::Individual(c) => (None, c.first_name.clone(), c.last_name.clone()),
            CustomerDetails::Business(c) => (c.business_name.clone(), None, None),
            CustomerDetails::Unknown(raw) => (
                unknown_key(raw, "business_name"),
                unknown_key(raw, "first_name"),
                unknown_key(raw, "last_name"),
            ),
        };
        let (business, first, last) = (business.as_deref(), first.as_deref(), last.as_deref());
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
            CustomerDetails::Unknown(raw) => unknown_key(raw, "customer_status"),
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
            CustomerDetails::Unknown(raw) => unknown_key(raw, "rejection_reason").map(Cow::Owned),
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
fn lenient_list<T: serde::de::DeserializeOwned>(raw: &RawJson, key: &str) -> Vec<T> {
    unknown_key::<Vec<RawJson>>(raw, key)
        .unwrap_or_default()
        .iter()
        .filter_map(|item| item.decode().ok())
        .collect()
}

/// The value of `key` in an unknown kind's object, decoded from its exact
/// text; `None` when absent or not a `T`.
fn unknown_key<T: serde::de::DeserializeOwned>(raw: &RawJson, key: &str) -> Option<T> {
    raw.decode::<JsonMap>().ok()?.get(key)?.decode().ok()
}

/// A customer's state and everything outstanding: what [`CustomerDetails::summary`]
/// returns.
///
/// Serializes as an object with the keys `customer_id`, `type`, `name`,
/// `status`, `action_required`, `rfi` (a list of [`RfiItem`]) and
/// `rejections` (a list of [`Rejection`]); absent values are `null`, enum
/// values as the API spells them. `Display` renders a checklist grouped by
/// party, then section (in time linear in the summary; a document type, which
/// repeats on each of its fields, is shown up to 120 characters).
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
