//! Requests for information, flattened: one [`RfiItem`] per requested field.

use std::sync::Arc;

use serde::Serialize;
use uuid::Uuid;

use super::party::PartyIndex;
use crate::json::JsonMap;
use crate::types::customers::{
    AssociatedParty, RequestForInformation, RfiDataType, RfiFieldStatus, RfiScope,
};

/// One field a customer (or one of its associated parties) must provide or
/// fix: a leaf of `request_for_information → categories → fields`, with the
/// context of its request.
///
/// Serializes with the keys `scope`, `associated_party_id`,
/// `associated_party_email`, `section`, `document_type`, `field_name`,
/// `data_type`, `status`, `reason`, `options` (absent values as `null`, enum
/// values spelled as the API spells them). `associated_party_ownership_percent`
/// and `extra` are kept in the struct but not in that form.
///
/// What the items of one request (or one category) have in common, `scope`,
/// `section`, `document_type` and the party's email, is shared between them
/// through an [`Arc`]: cloning an item copies no text, and a payload with many
/// fields takes memory in proportion to its size. Read them with `as_deref()`
/// (`item.section.as_deref() == Some("proof_of_identity")`) and `*item.scope`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RfiItem {
    /// Whom the request concerns. When the payload has no `scope` (the
    /// `customer.rfi` webhook examples omit it), it is `ASSOCIATED_PARTY` if
    /// the request names an `associated_party_id`, else `CUSTOMER`.
    pub scope: Arc<RfiScope>,
    /// The associated party concerned, when the request names one.
    pub associated_party_id: Option<Uuid>,
    /// The party's email, looked up in the customer's `associated_parties`.
    pub associated_party_email: Option<Arc<str>>,
    /// The party's ownership share in percent, looked up like the email.
    #[serde(skip)]
    pub associated_party_ownership_percent: Option<crate::Decimal>,
    /// The document section, e.g. `proof_of_identity`.
    pub section: Option<Arc<str>>,
    /// The document type, e.g. `PASSPORT`.
    pub document_type: Option<Arc<str>>,
    /// The field, e.g. `files` or `expiry_date`.
    pub field_name: Option<String>,
    /// The kind of value the field takes.
    pub data_type: Option<RfiDataType>,
    /// What is wrong with the field: missing, expired, invalid.
    pub status: Option<RfiFieldStatus>,
    /// Why the field was not accepted, when the API says.
    pub reason: Option<String>,
    /// Accepted values, for `ENUM` fields.
    pub options: Option<Vec<String>>,
    /// Keys of the field this version of the crate does not know (e.g.
    /// `side`), each value's exact JSON text.
    #[serde(skip)]
    pub extra: JsonMap,
}

impl RfiItem {
    /// Whether the item concerns an associated party rather than the customer.
    pub fn is_for_associated_party(&self) -> bool {
        *self.scope == RfiScope::AssociatedParty
    }

    /// The `side` of the document concerned (`FRONT`, `BACK`), which real
    /// payloads carry on file fields although the spec does not list it.
    pub fn side(&self) -> Option<String> {
        self.extra.get("side").and_then(|v| v.decode().ok())
    }
}

/// Flattens requests for information into one [`RfiItem`] per field, in
/// payload order. `parties` (the customer's `associated_parties`, empty for
/// individuals and webhook payloads) supplies each party's email and
/// ownership share; a party absent from it keeps its id and gets `None` there.
///
/// Nothing is dropped: a request without categories yields one item with no
/// `document_type` and no `field_name`, and a category without fields one
/// item with no `field_name`, so a request the API sent is never lost.
///
/// Time and memory are linear in the input: the parties are indexed once,
/// and the items of one request (or category) share its scope, section,
/// document type and party email instead of copying them.
pub fn flatten(requests: &[RequestForInformation], parties: &[AssociatedParty]) -> Vec<RfiItem> {
    let parties = PartyIndex::new(parties);
    let mut items = Vec::new();
    for request in requests {
        let scope = Arc::new(match (&request.scope, request.associated_party_id) {
            (Some(scope), _) => scope.clone(),
            (None, Some(_)) => RfiScope::AssociatedParty,
            (None, None) => RfiScope::Customer,
        });
        let party = parties
            .get(request.associated_party_id)
            .cloned()
            .unwrap_or_default();
        let base = RfiItem {
            scope,
            associated_party_id: request.associated_party_id,
            associated_party_email: party.email,
            associated_party_ownership_percent: party.ownership_percent,
            section: request.section.as_deref().map(Arc::from),
            document_type: None,
            field_name: None,
            data_type: None,
            status: None,
            reason: None,
            options: None,
            extra: JsonMap::new(),
        };
        let categories = request.categories.as_deref().unwrap_or_default();
        if categories.is_empty() {
            items.push(base);
            continue;
        }
        for category in categories {
            // Cloning `base` copies reference counts, not text.
            let base = RfiItem {
                document_type: category.document_type.as_deref().map(Arc::from),
                ..base.clone()
            };
            let fields = category.fields.as_deref().unwrap_or_default();
            if fields.is_empty() {
                items.push(base);
                continue;
            }
            for field in fields {
                items.push(RfiItem {
                    field_name: field.field_name.clone(),
                    data_type: field.data_type.clone(),
                    status: field.status.clone(),
                    reason: field.reason.clone(),
                    options: field.options.clone(),
                    extra: field.extra.clone(),
                    ..base.clone()
                });
            }
        }
    }
    items
}
