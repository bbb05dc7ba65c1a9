//! Rejection reasons, flattened: one [`Rejection`] per applicant-level or
//! document-level rejection, for the customer and each associated party.

use std::sync::Arc;

use serde::Serialize;
use uuid::Uuid;

use super::party::PartyIndex;
use crate::json::JsonMap;
use crate::types::customers::{
    ApplicantRejection, AssociatedParty, RejectedDocument, RejectionReason, RfiScope,
};

/// Whether a rejection concerns the applicant as a whole or one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum RejectionLevel {
    /// The applicant (the customer, or an associated party) as a whole.
    Applicant,
    /// One uploaded document.
    Document,
}

impl RejectionLevel {
    /// `APPLICANT` or `DOCUMENT`.
    pub fn as_str(self) -> &'static str {
        match self {
            RejectionLevel::Applicant => "APPLICANT",
            RejectionLevel::Document => "DOCUMENT",
        }
    }
}

impl std::fmt::Display for RejectionLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One rejection: of the customer or an associated party, at applicant or
/// document level.
///
/// Serializes with the keys `scope`, `associated_party_id`, `level`,
/// `document_uri`, `category`, `labels`, `comment` (absent values as
/// `null`). `associated_party_email` and `extra` are not in that form.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Rejection {
    /// `CUSTOMER`, or `ASSOCIATED_PARTY` for an entry of
    /// `rejection_reason.associated_parties`.
    pub scope: RfiScope,
    /// The associated party, when the rejection is one of theirs.
    pub associated_party_id: Option<Uuid>,
    /// The party's email, looked up in the customer's `associated_parties`.
    /// Shared by every rejection of the party (see [`RfiItem`](super::RfiItem)).
    #[serde(skip)]
    pub associated_party_email: Option<Arc<str>>,
    /// Applicant or document level.
    pub level: RejectionLevel,
    /// The rejected document's URI (document level only).
    pub document_uri: Option<String>,
    /// The rejected document's category, e.g. `PROOF_OF_IDENTITY`.
    pub category: Option<String>,
    /// The reject labels, e.g. `EXPIRATION_DATE`, as sent.
    pub labels: Option<Vec<String>>,
    /// The moderator's comment, as sent (often empty at applicant level).
    pub comment: Option<String>,
    /// Keys of the rejection this version of the crate does not know.
    /// Each value's exact JSON text.
    #[serde(skip)]
    pub extra: JsonMap,
}

/// Flattens a `rejection_reason`: the customer's applicant-level rejection,
/// then its documents, then for each associated party (in payload order) its
/// applicant-level rejection and its documents. An applicant entry with no
/// labels, no comment and no other keys carries nothing and is skipped.
/// `parties` supplies each party's email, looked up once per party through
/// an index, so time and memory are linear in the input.
pub fn flatten(reason: &RejectionReason, parties: &[AssociatedParty]) -> Vec<Rejection> {
    let parties = PartyIndex::new(parties);
    let mut out = Vec::new();
    push_one(
        &mut out,
        RfiScope::Customer,
        None,
        None,
        reason.applicant.as_ref(),
        reason.documents.as_deref(),
    );
    for party in reason.associated_parties.iter().flatten() {
        let email = parties.get(party.id).and_then(|p| p.email.clone());
        push_one(
            &mut out,
            RfiScope::AssociatedParty,
            party.id,
            email,
            party.applicant.as_ref(),
            party.documents.as_deref(),
        );
    }
    out
}

fn push_one(
    out: &mut Vec<Rejection>,
    scope: RfiScope,
    party_id: Option<Uuid>,
    email: Option<Arc<str>>,
    applicant: Option<&ApplicantRejection>,
    documents: Option<&[RejectedDocument]>,
) {
    if let Some(applicant) = applicant.filter(|a| !is_empty(a)) {
        out.push(Rejection {
            scope: scope.clone(),
            associated_party_id: party_id,
            associated_party_email: email.clone(),
            level: RejectionLevel::Applicant,
            document_uri: None,
            category: None,
            labels: applicant.reject_labels.clone(),
            comment: applicant.moderation_comment.clone(),
            extra: applicant.extra.clone(),
        });
    }
    for document in documents.into_iter().flatten() {
        out.push(Rejection {
            scope: scope.clone(),
            associated_party_id: party_id,
            associated_party_email: email.clone(),
            level: RejectionLevel::Document,
            document_uri: document.uri.clone(),
            category: document.category.clone(),
            labels: document.reject_labels.clone(),
            comment: document.moderation_comment.clone(),
            extra: document.extra.clone(),
        });
    }
}

/// An applicant entry that says nothing: no labels, no comment, no other key.
fn is_empty(applicant: &ApplicantRejection) -> bool {
    applicant.reject_labels.as_ref().is_none_or(Vec::is_empty)
        && applicant
            .moderation_comment
            .as_deref()
            .is_none_or(|c| c.trim().is_empty())
        && applicant.extra.is_empty()
}
