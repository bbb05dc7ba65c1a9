//! A customer's associated parties, indexed once by id, so flattening looks
//! each party up in constant time and every item of a party shares one copy
//! of its email.

use std::collections::HashMap;
use std::sync::Arc;

use uuid::Uuid;

use crate::types::customers::AssociatedParty;
use crate::Decimal;

/// What the flattened items carry about a party.
#[derive(Clone, Debug, Default)]
pub(crate) struct PartyContact {
    /// The party's email, shared by every item that names the party.
    pub email: Option<Arc<str>>,
    /// The party's ownership share in percent.
    pub ownership_percent: Option<Decimal>,
}

/// The parties by id. When two entries share an id, the first one counts.
pub(crate) struct PartyIndex {
    by_id: HashMap<Uuid, PartyContact>,
}

impl PartyIndex {
    /// Indexes `parties`; entries without an id cannot be named and are left out.
    pub fn new(parties: &[AssociatedParty]) -> Self {
        let mut by_id = HashMap::with_capacity(parties.len());
        for party in parties {
            if let Some(id) = party.id {
                by_id.entry(id).or_insert_with(|| PartyContact {
                    email: party.email.as_deref().map(Arc::from),
                    ownership_percent: party.ownership_percent.clone(),
                });
            }
        }
        Self { by_id }
    }

    /// The party with this id, when there is an id and the list has it.
    pub fn get(&self, id: Option<Uuid>) -> Option<&PartyContact> {
        self.by_id.get(&id?)
    }
}
