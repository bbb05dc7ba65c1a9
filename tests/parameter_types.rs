//! One parameter, one Rust type: a parameter that several operations take
//! (`customer_id`, `country_code`, …) is passed as the same type in each,
//! so a value one call returns is what the next takes. Optional or not is
//! the operation's business; the type inside `Option` is compared.
//!
//! Meaningful on the full spec (the vendored one has a single operation):
//! `FIN_API_SPEC=../shared/upstream/fin-openapi.yaml cargo test --test parameter_types -- --include-ignored`.
#![cfg_attr(not(fin_api_full_spec), allow(unused))]

use std::collections::BTreeMap;

/// Parameters that share a name with others but are another thing:
/// (operation, parameter, why).
const OTHER_MEANING: &[(&str, &str, &str)] = &[(
    "list_customer_transactions",
    "type",
    "a transaction type (ONRAMP, OFFRAMP, ...), where the other `type`s are a customer type",
)];

/// The type a parameter is passed as, without the `Option` of an optional one.
fn base_type(rust_type: &str) -> &str {
    rust_type
        .strip_prefix("core::option::Option<")
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(rust_type)
}

#[test]
#[cfg_attr(
    not(fin_api_full_spec),
    ignore = "several operations per parameter exist only in a build with FIN_API_SPEC=../shared/upstream/fin-openapi.yaml (.ci/run does)"
)]
fn each_parameter_has_one_rust_type_across_operations() {
    let mut by_name: BTreeMap<&str, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for (operation, name, rust_type) in fin_api::spec_table::parameters() {
        if OTHER_MEANING
            .iter()
            .any(|(op, param, _)| *op == operation && *param == name)
        {
            continue;
        }
        by_name
            .entry(name)
            .or_default()
            .entry(base_type(rust_type))
            .or_default()
            .push(operation);
    }
    let mixed: Vec<String> = by_name
        .iter()
        .filter(|(_, types)| types.len() > 1)
        .map(|(name, types)| format!("`{name}`: {types:?}"))
        .collect();
    assert!(
        mixed.is_empty(),
        "parameters typed differently by operation:\n{}",
        mixed.join("\n")
    );

    #[cfg(fin_api_full_spec)]
    {
        // The cases the spec got wrong, by name: each is now the one type.
        let customer_id = &by_name["customer_id"];
        assert_eq!(
            customer_id.keys().copied().collect::<Vec<_>>(),
            ["&uuid::Uuid"]
        );
        assert!(customer_id["&uuid::Uuid"].len() >= 16, "{customer_id:?}");
        assert!(customer_id["&uuid::Uuid"].contains(&"get_customer_wallets"));
        let country = &by_name["country_code"];
        assert_eq!(country.len(), 1, "{country:?}");
        assert!(country
            .values()
            .next()
            .unwrap()
            .contains(&"list_bank_identifiers"));
        // Every exception names a parameter that exists.
        for (operation, name, _) in OTHER_MEANING {
            assert!(
                fin_api::spec_table::parameters()
                    .iter()
                    .any(|(op, param, _)| op == operation && param == name),
                "{operation} has no parameter `{name}`"
            );
        }
    }
}
