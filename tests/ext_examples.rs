//! The ext helpers on the spec's own examples (read from openapi/fin.yaml).

mod support;

use fin_api::ext::{CustomerKind, RejectionLevel};
use fin_api::types::customers::{CustomerStatus, RfiDataType, RfiFieldStatus, RfiScope};
use uuid::{uuid, Uuid};

const JANE: Uuid = uuid!("2e719a54-cdef-43f9-a5ac-f6ef679ea1dc");

#[test]
fn business_example_status_helpers() {
    let c = support::example_customer("Business");
    assert_eq!(
        c.customer_id(),
        Some(uuid!("671536f8-ddc5-4b1e-bd6f-27d0ed07a27c"))
    );
    assert_eq!(c.kind(), CustomerKind::Business);
    assert_eq!(c.display_name().as_deref(), Some("Fin.com"));
    assert_eq!(c.status(), Some(CustomerStatus::ActionRequired));
    assert!(c.is_action_required());
    assert!(c.has_open_requests());
    assert!(!c.is_approved() && !c.is_rejected() && !c.is_in_progress());
}

#[test]
fn business_example_yields_ten_rfi_items_party_first() {
    let items = support::example_customer("Business").rfi_items();
    assert_eq!(items.len(), 10);
    for item in &items[..4] {
        assert_eq!(*item.scope, RfiScope::AssociatedParty);
        assert_eq!(item.associated_party_id, Some(JANE));
        assert_eq!(
            item.associated_party_email.as_deref(),
            Some("jane.smith@acmecorp.com")
        );
        assert_eq!(
            item.associated_party_ownership_percent,
            Some(fin_api::Decimal::from(60))
        );
        assert_eq!(item.section.as_deref(), Some("identifying_documents"));
        assert_eq!(item.document_type.as_deref(), Some("PASSPORT"));
    }
    let fields: Vec<_> = items[..4].iter().map(|i| i.field_name.as_deref()).collect();
    assert_eq!(
        fields,
        [
            Some("type"),
            Some("expiry_date"),
            Some("issue_date"),
            Some("files")
        ]
    );
    assert_eq!(items[3].data_type, Some(RfiDataType::Uri));
    assert_eq!(items[3].status, Some(RfiFieldStatus::Invalid));
    assert!(items[3]
        .reason
        .as_deref()
        .is_some_and(|r| r.contains("2 month(s)")));
    for item in &items[4..] {
        assert_eq!(*item.scope, RfiScope::Customer);
        assert_eq!(item.associated_party_id, None);
        assert_eq!(item.associated_party_email, None);
    }
    let sections: Vec<_> = items[4..]
        .iter()
        .map(|i| i.section.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        sections,
        [
            "formation_documents",
            "formation_documents",
            "supporting_documents",
            "supporting_documents",
            "ownership_documents",
            "ownership_documents"
        ]
    );
    assert_eq!(
        items[9].reason.as_deref(),
        Some("Document appears to be corrupted")
    );
    assert_eq!(items[9].options, Some(vec![]));
}

#[test]
fn individual_example_yields_four_customer_items() {
    let c = support::example_customer("Individual");
    assert_eq!(c.kind(), CustomerKind::Individual);
    assert_eq!(c.display_name().as_deref(), Some("John Doe"));
    assert!(c.is_action_required());
    let items = c.rfi_items();
    assert_eq!(items.len(), 4);
    assert!(items.iter().all(|i| *i.scope == RfiScope::Customer
        && i.associated_party_id.is_none()
        && i.section.as_deref() == Some("proof_of_identity")));
    assert_eq!(
        items[3].reason.as_deref(),
        Some("Expired Identity document. A new document has been requested.")
    );
}

#[test]
fn business_rejections_are_flattened_with_labels_and_comments() {
    let rejections = support::example_customer("Business").rejections();
    assert_eq!(rejections.len(), 7);
    let applicant = &rejections[0];
    assert_eq!(applicant.scope, RfiScope::Customer);
    assert_eq!(applicant.level, RejectionLevel::Applicant);
    assert_eq!(
        applicant.labels.as_deref(),
        Some(
            &[
                "LOW_QUALITY",
                "UNFILLED_ID",
                "DOCUMENT_TEMPLATE",
                "NOT_DOCUMENT"
            ]
            .map(String::from)[..]
        )
    );
    let docs = &rejections[1..5];
    assert!(docs.iter().all(|r| r.level == RejectionLevel::Document
        && r.scope == RfiScope::Customer
        && r.document_uri.as_deref() == Some("/ZuyUaH3a_testdoc1.png")));
    assert_eq!(docs[0].category.as_deref(), Some("SUPPORTING_DOCUMENTS"));
    assert_eq!(docs[1].labels, Some(vec!["UNFILLED_ID".to_owned()]));
    assert!(docs[1]
        .comment
        .as_deref()
        .is_some_and(|c| c.contains("not authentic")));

    let party: Vec<_> = rejections[5..].iter().collect();
    assert!(party.iter().all(|r| r.scope == RfiScope::AssociatedParty
        && r.associated_party_id == Some(JANE)
        && r.associated_party_email.as_deref() == Some("jane.smith@acmecorp.com")));
    assert_eq!(party[0].level, RejectionLevel::Applicant);
    assert_eq!(party[0].labels, Some(vec!["EXPIRATION_DATE".to_owned()]));
    assert_eq!(party[1].level, RejectionLevel::Document);
    assert_eq!(party[1].category.as_deref(), Some("PROOF_OF_IDENTITY"));
    assert_eq!(
        party[1].document_uri.as_deref(),
        Some("/OUkUie0z_approved_passport_sumsub.jpg")
    );
    assert!(party[1]
        .comment
        .as_deref()
        .is_some_and(|c| c.contains("valid for at")));
}

#[test]
fn individual_rejections_are_flattened() {
    let rejections = support::example_customer("Individual").rejections();
    assert_eq!(rejections.len(), 2);
    assert_eq!(rejections[0].level, RejectionLevel::Applicant);
    assert_eq!(
        rejections[0].labels,
        Some(vec![
            "EXPIRATION_DATE".to_owned(),
            "PROBLEMATIC_APPLICANT_DATA".to_owned()
        ])
    );
    assert_eq!(rejections[0].comment.as_deref(), Some(""));
    assert_eq!(rejections[1].level, RejectionLevel::Document);
    assert_eq!(
        rejections[1].document_uri.as_deref(),
        Some("/SuElNZpi_approved_passport_sumsub.jpg")
    );
    assert!(rejections[1]
        .comment
        .as_deref()
        .is_some_and(|c| c.contains("has expired")));
}

#[test]
fn summary_serializes_with_the_documented_keys() {
    let summary = support::example_customer("Business").summary();
    let text = serde_json::to_string(&summary).expect("serializes");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        support::keys(&text),
        [
            "customer_id",
            "type",
            "name",
            "status",
            "action_required",
            "rfi",
            "rejections"
        ]
    );
    assert_eq!(json["type"], "BUSINESS");
    assert_eq!(json["status"], "ACTION_REQUIRED");
    assert_eq!(json["action_required"], true);
    assert_eq!(
        support::keys(support::list(&text, "rfi")[0].get()),
        [
            "scope",
            "associated_party_id",
            "associated_party_email",
            "section",
            "document_type",
            "field_name",
            "data_type",
            "status",
            "reason",
            "options"
        ]
    );
    assert_eq!(json["rfi"][0]["scope"], "ASSOCIATED_PARTY");
    assert_eq!(json["rfi"][4]["scope"], "CUSTOMER");
    assert_eq!(
        json["rfi"][4]["associated_party_id"],
        serde_json::Value::Null
    );
    assert_eq!(
        support::keys(support::list(&text, "rejections")[0].get()),
        [
            "scope",
            "associated_party_id",
            "level",
            "document_uri",
            "category",
            "labels",
            "comment"
        ]
    );
    assert_eq!(json["rejections"][0]["level"], "APPLICANT");
    assert_eq!(json["rejections"][1]["level"], "DOCUMENT");
    assert_eq!(
        json["rejections"][0]["document_uri"],
        serde_json::Value::Null
    );
}

#[test]
fn summary_displays_a_checklist_grouped_by_party_then_section() {
    let text = support::example_customer("Business").summary().to_string();
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("`{needle}` missing from:\n{text}"))
    };
    assert!(text
        .starts_with("Fin.com (BUSINESS, 671536f8-ddc5-4b1e-bd6f-27d0ed07a27c): ACTION_REQUIRED"));
    // The customer first, then the party; each party's sections in payload order.
    assert!(at("  customer") < at("formation_documents"));
    assert!(at("formation_documents") < at("supporting_documents"));
    assert!(at("supporting_documents") < at("ownership_documents"));
    assert!(at("ownership_documents") < at("associated party 2e719a54"));
    assert!(at("associated party 2e719a54") < at("identifying_documents"));
    assert!(text.contains("jane.smith@acmecorp.com"));
    assert!(text.contains("[ ] PASSPORT / files (URI): INVALID: User identity document"));
    assert!(text.contains("- applicant: LOW_QUALITY, UNFILLED_ID, DOCUMENT_TEMPLATE, NOT_DOCUMENT"));
    // Ten unchecked boxes, one per item.
    assert_eq!(text.matches("[ ]").count(), 10);
}
