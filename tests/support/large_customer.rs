//! A generated Business customer of any size, for the ext helpers' scaling
//! test (`tests/ext_large.rs`) and bench (`benches/ext.rs`).
#![allow(dead_code)] // each includer uses part of it

use fin_api::types::customers::GetCustomerDetailsV2Response;
use serde_json::json;
use uuid::Uuid;

/// The id of party `i` (from 0): distinct, never nil.
pub fn party_id(i: usize) -> Uuid {
    Uuid::from_u128(0x5eed_0000_0000_0000 + i as u128 + 1)
}

/// The email of party `i`.
pub fn party_email(i: usize) -> String {
    format!("party{i}@example.com")
}

/// A Business customer with `parties` associated parties, listed in reverse
/// order (so a linear lookup scans half the list on average), and one
/// request for information per party, in order, with one field each; its
/// `rejection_reason` rejects one document per party. So it flattens to
/// `parties` RFI items and `parties` rejections, item `i` and rejection `i`
/// for party `i`.
pub fn business_with_parties(parties: usize) -> fin_api::types::customers::CustomerDetails {
    let associated: Vec<_> = (0..parties)
        .rev()
        .map(|i| {
            json!({
                "id": party_id(i),
                "email": party_email(i),
                "ownership_percent": (i % 100) as u64,
                "type": "INDIVIDUAL",
            })
        })
        .collect();
    let requests: Vec<_> = (0..parties)
        .map(|i| {
            json!({
                "scope": "ASSOCIATED_PARTY",
                "associated_party_id": party_id(i),
                "section": "identifying_documents",
                "categories": [{"document_type": "PASSPORT", "fields": [
                    {"field_name": "files", "data_type": "URI", "status": "EXPIRED", "reason": format!("expired {i}")}
                ]}]
            })
        })
        .collect();
    let rejected: Vec<_> = (0..parties)
        .map(|i| {
            json!({
                "id": party_id(i),
                "documents": [{"uri": format!("/doc{i}.png"), "category": "PROOF_OF_IDENTITY", "reject_labels": ["EXPIRATION_DATE"]}]
            })
        })
        .collect();
    let body = json!({"data": {
        "customer_id": "671536f8-ddc5-4b1e-bd6f-27d0ed07a27c",
        "type": "BUSINESS",
        "business_name": "Generated Ltd",
        "customer_status": "ACTION_REQUIRED",
        "associated_parties": associated,
        "request_for_information": requests,
        "rejection_reason": {"associated_parties": rejected},
    }});
    let response: GetCustomerDetailsV2Response =
        serde_json::from_value(body).expect("the generated customer decodes");
    response.data.expect("the generated body has data")
}
