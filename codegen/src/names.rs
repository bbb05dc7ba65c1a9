//! The one registry of where each component schema's Rust type lives and
//! what it is called. Every emitter asks it; progenitor is told the same
//! through `with_replacement`, so typify's references agree.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::Analysis;
use crate::open_types::type_name;
use crate::typing::SCALARS;

/// The module a schema's Rust type is generated in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Home {
    /// The crate's own scalars (`crate::Decimal`, `crate::Timestamp`).
    Scalar,
    /// Our open enums (`generated::open_types`).
    OpenEnum,
    /// Our tagged unions (`generated::open_types`).
    TaggedUnion,
    /// Our structs and untagged unions (`generated::objects`).
    Object,
    /// typify's (`generated::types`): every other schema.
    Typify,
}

/// Where each schema's type lives; a schema not registered is typify's.
#[derive(Clone)]
pub struct Registry {
    homes: BTreeMap<String, Home>,
}

impl Registry {
    /// The scalars, open enums and tagged unions the passes found.
    pub fn new(analysis: &Analysis) -> Self {
        let mut homes = BTreeMap::new();
        for (name, _) in SCALARS {
            homes.insert(name.to_owned(), Home::Scalar);
        }
        for e in &analysis.open_enums {
            homes.insert(e.name.clone(), Home::OpenEnum);
        }
        for u in &analysis.unions {
            homes.insert(u.name.clone(), Home::TaggedUnion);
        }
        Self { homes }
    }

    /// This registry with `objects` generated as ours.
    pub fn with_objects<'a>(&self, objects: impl IntoIterator<Item = &'a str>) -> Self {
        let mut next = self.clone();
        for name in objects {
            next.homes.entry(name.to_owned()).or_insert(Home::Object);
        }
        next
    }

    /// Where the type of schema `name` lives.
    pub fn home(&self, name: &str) -> Home {
        self.homes.get(name).copied().unwrap_or(Home::Typify)
    }

    /// The Rust path of the type of schema `name`.
    pub fn path(&self, name: &str) -> TokenStream {
        let ident = format_ident!("{}", type_name(name));
        match self.home(name) {
            Home::Scalar => quote!(crate::#ident),
            Home::OpenEnum | Home::TaggedUnion => quote!(crate::generated::open_types::#ident),
            Home::Object => quote!(crate::generated::objects::#ident),
            Home::Typify => quote!(crate::generated::types::#ident),
        }
    }

    /// Every type that is not typify's, in the order progenitor is told of
    /// them: (schema name, its Rust path as text, home).
    pub fn replacements(&self) -> Vec<(String, String, Home)> {
        let order = [
            Home::OpenEnum,
            Home::Scalar,
            Home::TaggedUnion,
            Home::Object,
        ];
        order
            .iter()
            .flat_map(|home| {
                self.homes
                    .iter()
                    .filter(move |(_, h)| *h == home)
                    .map(|(name, h)| {
                        let path = self.path(name).to_string().replace(' ', "");
                        (name.clone(), path, *h)
                    })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::OpenEnum;

    #[test]
    fn each_schema_has_one_home_and_path() {
        let analysis = Analysis {
            open_enums: vec![OpenEnum {
                name: "card_state".into(),
                description: None,
                values: vec!["A".into()],
            }],
            ..Analysis::default()
        };
        let names = Registry::new(&analysis).with_objects(["Card", "card_state"]);
        assert_eq!(
            names.home("card_state"),
            Home::OpenEnum,
            "an enum stays an enum"
        );
        assert_eq!(names.home("Card"), Home::Object);
        assert_eq!(names.home("Other"), Home::Typify);
        assert_eq!(
            names.path("card_state").to_string(),
            quote!(crate::generated::open_types::CardState).to_string()
        );
        assert_eq!(
            names.path("Decimal").to_string(),
            quote!(crate::Decimal).to_string()
        );
    }
}
