//! The ext helpers on large payloads: every item and rejection is there, with
//! its own party's details, and what items have in common is shared rather
//! than copied per item. (How the time grows is measured in `benches/ext.rs`;
//! no timing is asserted here.)

#[path = "support/large_customer.rs"]
mod large_customer;

use std::sync::Arc;

use fin_api::ext::RejectionLevel;
use fin_api::types::customers::{CustomerDetails, GetCustomerDetailsV2Response, RfiScope};
use large_customer::{business_with_parties, party_email, party_id};
use serde_json::json;

/// Enough parties that the former quadratic lookups and grouping took
/// minutes in a debug build; linear, this is a fraction of a second.
const PARTIES: usize = 10_000;

#[test]
fn a_large_customer_flattens_every_item_with_its_own_party() {
    let customer = business_with_parties(PARTIES);

    let items = customer.rfi_items();
    assert_eq!(items.len(), PARTIES);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(*item.scope, RfiScope::AssociatedParty);
        assert_eq!(item.associated_party_id, Some(party_id(i)));
        assert_eq!(
            item.associated_party_email.as_deref(),
            Some(party_email(i).as_str())
        );
        assert_eq!(
            item.associated_party_ownership_percent,
            Some(fin_api::Decimal::from((i % 100) as i64))
        );
        assert_eq!(
            item.reason.as_deref(),
            Some(format!("expired {i}").as_str())
        );
    }

    let rejections = customer.rejections();
    assert_eq!(rejections.len(), PARTIES);
    for (i, rejection) in rejections.iter().enumerate() {
        assert_eq!(rejection.level, RejectionLevel::Document);
        assert_eq!(rejection.associated_party_id, Some(party_id(i)));
        assert_eq!(
            rejection.associated_party_email.as_deref(),
            Some(party_email(i).as_str())
        );
        assert_eq!(
            rejection.document_uri.as_deref(),
            Some(format!("/doc{i}.png").as_str())
        );
    }
}

#[test]
fn a_large_checklist_has_one_group_per_party_in_order() {
    let text = business_with_parties(PARTIES).summary().to_string();
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  associated party "))
        .collect();
    assert_eq!(headers.len(), PARTIES);
    for (i, header) in headers.iter().enumerate() {
        let expected = format!(
            "  associated party {} ({}, owns {}%)",
            party_id(i),
            party_email(i),
            i % 100
        );
        assert_eq!(*header, expected);
    }
    assert_eq!(text.matches("      [ ] PASSPORT / files").count(), PARTIES);
    assert_eq!(text.matches("    identifying_documents\n").count(), PARTIES);
    assert_eq!(text.matches("    rejected\n").count(), PARTIES);
    assert!(!text.contains("  customer\n"), "the customer has nothing");
}

/// One request with a long section and document type, and many fields; one
/// party with a long email, named by every request.
fn shared_text_customer(fields: usize, repeat: usize) -> (CustomerDetails, String, String) {
    let section = "s".repeat(repeat);
    let document_type = "D".repeat(repeat);
    let email = format!("{}@example.com", "e".repeat(repeat));
    let party = party_id(0);
    let fields: Vec<_> = (0..fields)
        .map(|i| json!({"field_name": format!("f{i}")}))
        .collect();
    let body = json!({"data": {
        "type": "BUSINESS",
        "associated_parties": [{"id": party, "email": email}],
        "request_for_information": [
            {"associated_party_id": party, "section": section,
             "categories": [{"document_type": document_type, "fields": fields}]},
            {"associated_party_id": party, "section": "other",
             "categories": [{"document_type": "PASSPORT", "fields": [{"field_name": "files"}]}]}
        ],
        "rejection_reason": {"associated_parties": [
            {"id": party, "documents": [{"uri": "/a.png"}, {"uri": "/b.png"}]}
        ]}
    }});
    let response: GetCustomerDetailsV2Response = serde_json::from_value(body).expect("decodes");
    (response.data.expect("data"), section, document_type)
}

#[test]
fn items_share_their_request_text_instead_of_copying_it() {
    let fields = 2_000;
    let (customer, section, document_type) = shared_text_customer(fields, 64 * 1024);
    let items = customer.rfi_items();
    assert_eq!(items.len(), fields + 1);
    let first = &items[0];
    assert_eq!(first.section.as_deref(), Some(section.as_str()));
    assert_eq!(first.document_type.as_deref(), Some(document_type.as_str()));
    let email = first.associated_party_email.as_ref().expect("email");
    for (i, item) in items[..fields].iter().enumerate() {
        assert_eq!(item.field_name.as_deref(), Some(format!("f{i}").as_str()));
        // One copy of each text for the whole request, whatever its size.
        assert!(Arc::ptr_eq(&item.scope, &first.scope));
        assert!(Arc::ptr_eq(
            item.section.as_ref().expect("section"),
            first.section.as_ref().expect("section")
        ));
        assert!(Arc::ptr_eq(
            item.document_type.as_ref().expect("document type"),
            first.document_type.as_ref().expect("document type")
        ));
        assert!(Arc::ptr_eq(
            item.associated_party_email.as_ref().expect("email"),
            email
        ));
    }
    // The party's later request shares the same email too, and so do the
    // party's rejections among themselves.
    let last = items.last().expect("items");
    assert_eq!(last.section.as_deref(), Some("other"));
    assert!(Arc::ptr_eq(
        last.associated_party_email.as_ref().expect("email"),
        email
    ));
    let rejections = customer.rejections();
    assert_eq!(rejections.len(), 2);
    let emails: Vec<&Arc<str>> = rejections
        .iter()
        .map(|r| r.associated_party_email.as_ref().expect("email"))
        .collect();
    assert_eq!(**emails[0], **email);
    assert!(Arc::ptr_eq(emails[0], emails[1]));
}

#[test]
fn the_checklist_shows_a_long_document_type_cut_once_per_field() {
    let fields = 2_000;
    let repeat = 64 * 1024;
    let (customer, section, document_type) = shared_text_customer(fields, repeat);
    let text = customer.summary().to_string();
    // The section heads its group once, in full; the party heads once.
    assert_eq!(text.matches(section.as_str()).count(), 1);
    assert_eq!(text.matches("  associated party ").count(), 1);
    // The document type, repeated on each field, is cut.
    assert!(!text.contains(&document_type));
    let shown = format!("{}…", &document_type[..120]);
    assert_eq!(
        text.matches(&format!("      [ ] {shown} / f")).count(),
        fields
    );
    // So the output stays within a small multiple of the payload.
    let payload = 3 * repeat + fields * 20;
    assert!(text.len() < 4 * payload, "{} bytes", text.len());
}
