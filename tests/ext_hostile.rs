//! The ext helpers on payloads the spec does not promise: unknown values,
//! nulls, empty lists, dangling party ids, extra keys, an unknown kind.

mod support;

use fin_api::ext::{CustomerKind, RejectionLevel};
use fin_api::types::customers::{CustomerStatus, RfiDataType, RfiFieldStatus, RfiScope};
use serde_json::json;

const PARTY: &str = "0b6f8b1e-8d37-4f0e-9a52-1c1f3f2f2a10";

fn business(data: serde_json::Value) -> fin_api::types::customers::CustomerDetails {
    let mut data = data;
    data["type"] = json!("BUSINESS");
    support::customer(json!({ "data": data }))
}

#[test]
fn unknown_status_values_are_kept_and_false_for_every_helper() {
    let c = business(json!({"customer_status": "FROZEN_FOR_AUDIT"}));
    assert_eq!(
        c.status(),
        Some(CustomerStatus::Unknown("FROZEN_FOR_AUDIT".into()))
    );
    assert!(!c.is_action_required() && !c.is_approved() && !c.is_rejected() && !c.is_in_progress());
    let json = serde_json::to_value(c.summary()).expect("serializes");
    assert_eq!(json["status"], "FROZEN_FOR_AUDIT");
    assert_eq!(json["action_required"], false);
}

#[test]
fn in_progress_covers_the_moving_statuses_only() {
    for (status, moving) in [
        ("INCOMPLETE", true),
        ("PROCESSING", true),
        ("REVIEWING", true),
        ("ASSOCIATED_PARTIES_REMAINING", true),
        ("IN_COMPLIANCE", true),
        ("ACTION_REQUIRED", false),
        ("APPROVED", false),
        ("REJECTED", false),
    ] {
        let c = business(json!({ "customer_status": status }));
        assert_eq!(c.is_in_progress(), moving, "{status}");
        assert_eq!(
            c.is_action_required(),
            status == "ACTION_REQUIRED",
            "{status}"
        );
        assert_eq!(c.is_approved(), status == "APPROVED", "{status}");
        assert_eq!(c.is_rejected(), status == "REJECTED", "{status}");
    }
}

#[test]
fn unknown_enum_values_inside_items_are_kept_as_sent() {
    let c = business(json!({
        "request_for_information": [{
            "scope": "BENEFICIAL_OWNER",
            "section": "s",
            "categories": [{"document_type": "D", "fields": [
                {"field_name": "f", "data_type": "BLOB", "status": "STOLEN"}
            ]}]
        }]
    }));
    let items = c.rfi_items();
    assert_eq!(items.len(), 1);
    assert_eq!(
        *items[0].scope,
        RfiScope::Unknown("BENEFICIAL_OWNER".into())
    );
    assert_eq!(
        items[0].data_type,
        Some(RfiDataType::Unknown("BLOB".into()))
    );
    assert_eq!(
        items[0].status,
        Some(RfiFieldStatus::Unknown("STOLEN".into()))
    );
    let json = serde_json::to_value(&items[0]).expect("serializes");
    assert_eq!(json["scope"], "BENEFICIAL_OWNER");
    assert_eq!(json["data_type"], "BLOB");
    assert_eq!(json["status"], "STOLEN");
    // The checklist shows them too.
    let text = c.summary().to_string();
    assert!(text.contains("BENEFICIAL_OWNER party"), "{text}");
    assert!(text.contains("(BLOB): STOLEN"), "{text}");
}

#[test]
fn nulls_where_lists_or_objects_are_expected() {
    let c = business(json!({
        "customer_id": null,
        "business_name": null,
        "customer_status": null,
        "associated_parties": null,
        "rejection_reason": null,
        "request_for_information": null
    }));
    assert_eq!(c.customer_id(), None);
    assert_eq!(c.display_name(), None);
    assert_eq!(c.status(), None);
    assert!(!c.has_open_requests());
    assert!(c.rfi_items().is_empty());
    assert!(c.rejections().is_empty());
    let summary = c.summary();
    assert!(summary.to_string().contains("nothing outstanding"));
    let json = serde_json::to_value(&summary).expect("serializes");
    assert_eq!(json["customer_id"], serde_json::Value::Null);
    assert_eq!(json["name"], serde_json::Value::Null);

    let c = business(json!({
        "rejection_reason": {"applicant": null, "documents": null, "associated_parties": null}
    }));
    assert!(c.rejections().is_empty());
}

#[test]
fn nulls_inside_requests_keep_every_request() {
    let c = business(json!({
        "request_for_information": [
            {"scope": "CUSTOMER", "section": "a", "categories": null},
            {"scope": "CUSTOMER", "section": "b", "categories": [{"document_type": "B", "fields": null}]},
            {"scope": null, "section": null, "categories": [{"document_type": null, "fields": [
                {"field_name": null, "data_type": null, "status": null, "reason": null, "options": null}
            ]}]}
        ]
    }));
    let items = c.rfi_items();
    assert_eq!(items.len(), 3, "{items:#?}");
    assert_eq!(items[0].section.as_deref(), Some("a"));
    assert_eq!(items[0].document_type, None);
    assert_eq!(items[1].document_type.as_deref(), Some("B"));
    assert_eq!(items[1].field_name, None);
    assert_eq!(*items[2].scope, RfiScope::Customer);
    assert_eq!(items[2].options, None);
    assert!(c.has_open_requests());
    let text = c.summary().to_string();
    assert_eq!(text.matches("[ ]").count(), 3, "{text}");
}

#[test]
fn empty_rfi_and_rejection_lists() {
    let c = business(json!({
        "customer_status": "APPROVED",
        "request_for_information": [],
        "rejection_reason": {"applicant": {"moderation_comment": "", "reject_labels": []}, "documents": []}
    }));
    assert!(c.is_approved());
    assert!(!c.has_open_requests());
    assert!(c.rfi_items().is_empty());
    assert!(
        c.rejections().is_empty(),
        "an applicant entry that says nothing is no rejection"
    );
}

#[test]
fn approved_customer_with_an_rfi_has_open_requests() {
    let c = business(json!({
        "customer_status": "APPROVED",
        "request_for_information": [{"section": "tax_info", "categories": [
            {"document_type": "TAX_ID", "fields": [{"field_name": "files", "status": "EXPIRED"}]}
        ]}]
    }));
    assert!(c.is_approved());
    assert!(!c.is_action_required());
    assert!(c.has_open_requests());
    assert_eq!(c.rfi_items().len(), 1);
}

#[test]
fn rfi_for_a_party_absent_from_associated_parties_keeps_its_id() {
    let c = business(json!({
        "associated_parties": [{"id": "4ef045ea-c7a7-46dc-84a0-9a3d83186971", "email": "other@x.com"}],
        "request_for_information": [{
            "scope": "ASSOCIATED_PARTY", "associated_party_id": PARTY, "section": "tax_info",
            "categories": [{"document_type": "TAX_ID", "fields": [{"field_name": "files"}]}]
        }],
        "rejection_reason": {"associated_parties": [
            {"id": PARTY, "documents": [{"uri": "/x.png", "reject_labels": ["BLURRY"]}]},
            {"id": null, "applicant": {"reject_labels": ["X"]}}
        ]}
    }));
    let items = c.rfi_items();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].associated_party_id,
        Some(PARTY.parse().expect("uuid"))
    );
    assert_eq!(items[0].associated_party_email, None);
    let rejections = c.rejections();
    assert_eq!(rejections.len(), 2);
    assert_eq!(
        rejections[0].associated_party_id,
        Some(PARTY.parse().expect("uuid"))
    );
    assert_eq!(rejections[0].level, RejectionLevel::Document);
    assert_eq!(rejections[1].associated_party_id, None);
    assert_eq!(rejections[1].scope, RfiScope::AssociatedParty);
    let text = c.summary().to_string();
    assert!(
        text.contains(&format!("associated party {PARTY}")),
        "{text}"
    );
    assert!(text.contains("associated party (no id)"), "{text}");
}

#[test]
fn scope_is_inferred_when_absent() {
    let c = business(json!({
        "request_for_information": [
            {"associated_party_id": PARTY, "section": "a", "categories": [{"fields": [{"field_name": "f"}]}]},
            {"section": "b", "categories": [{"fields": [{"field_name": "g"}]}]}
        ]
    }));
    let items = c.rfi_items();
    assert_eq!(*items[0].scope, RfiScope::AssociatedParty);
    assert_eq!(*items[1].scope, RfiScope::Customer);
}

#[test]
fn extra_keys_are_kept_on_items_and_do_not_break_decoding() {
    let c = business(json!({
        "brand_new_top_level": {"x": 1},
        "request_for_information": [{
            "scope": "CUSTOMER", "section": "proof_of_identity", "priority": "HIGH",
            "categories": [{"document_type": "GOVERNMENT_ID", "hint": "both sides", "fields": [
                {"field_name": "files", "data_type": "URI", "status": "INVALID", "side": "BACK", "page": 2}
            ]}]
        }],
        "rejection_reason": {"documents": [{"uri": "/a", "reject_labels": ["L"], "sub_label": "S"}]}
    }));
    let items = c.rfi_items();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].side().as_deref(), Some("BACK"));
    assert_eq!(items[0].extra.get("page").map(|v| v.as_str()), Some("2"));
    assert!(c.summary().to_string().contains("[BACK]"));
    let rejections = c.rejections();
    assert_eq!(
        rejections[0].extra.get("sub_label").map(|v| v.as_str()),
        Some("\"S\"")
    );
}

#[test]
fn an_unknown_customer_kind_still_answers_from_its_json() {
    let c = support::customer(json!({"data": {
        "type": "TRUST",
        "customer_id": "8a3f0a4c-2d56-4a44-8d0b-3e2a5f6c7d8e",
        "business_name": "Family Trust",
        "customer_status": "ACTION_REQUIRED",
        "request_for_information": [
            {"scope": "CUSTOMER", "section": "deeds", "categories": [{"document_type": "DEED", "fields": [{"field_name": "files"}]}]},
            "garbage",
            {"scope": "CUSTOMER", "section": "more", "categories": []}
        ],
        "rejection_reason": {"applicant": {"reject_labels": ["X"]}}
    }}));
    assert_eq!(c.kind(), CustomerKind::Unknown("TRUST".into()));
    assert!(c.customer_id().is_some());
    assert_eq!(c.display_name().as_deref(), Some("Family Trust"));
    assert!(c.is_action_required());
    assert_eq!(c.rfi_items().len(), 2, "the entries that decode are kept");
    assert_eq!(c.rejections().len(), 1);
    let json = serde_json::to_value(c.summary()).expect("serializes");
    assert_eq!(json["type"], "TRUST");

    let c = support::customer(json!({"data": {"no_type": true}}));
    assert_eq!(c.kind(), CustomerKind::Unknown(String::new()));
    let json = serde_json::to_value(c.summary()).expect("serializes");
    assert_eq!(json["type"], serde_json::Value::Null);
    assert!(c.summary().to_string().contains("unknown kind"));
}

#[test]
fn individual_names_are_joined_and_trimmed() {
    let name = |data: serde_json::Value| {
        let mut data = data;
        data["type"] = json!("INDIVIDUAL");
        support::customer(json!({ "data": data })).display_name()
    };
    assert_eq!(
        name(json!({"first_name": " Ada ", "last_name": "Lovelace"})).as_deref(),
        Some("Ada Lovelace")
    );
    assert_eq!(
        name(json!({"first_name": null, "last_name": "Lovelace"})).as_deref(),
        Some("Lovelace")
    );
    assert_eq!(name(json!({"first_name": "", "last_name": "  "})), None);
}
