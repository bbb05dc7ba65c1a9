//! The one registry of where each component schema's Rust type lives and
//! what it is called. Every emitter asks it; progenitor is told the same
//! through `with_replacement`, so typify's references agree.
//!
//! - [`areas`]: which module (API area) a type lives in;
//! - [`short`]: its name, from where it sits in the spec;
//! - [`docs`]: what its doc says when the spec has no description.

pub mod areas;
pub mod docs;
pub mod short;

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::model::Analysis;
use crate::open_types::type_name;
use crate::typing::SCALARS;

/// Where a type is declared: its module under `types` and its name there.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The module: an API area, `shared` or `webhooks`.
    pub module: String,
    /// The type's name.
    pub ident: String,
}

/// Which generator writes a schema's Rust type (ours are placed in the
/// area modules of `generated::model`, see [`Place`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Home {
    /// The crate's own scalars (`crate::Decimal`, `crate::Timestamp`).
    Scalar,
    /// Our open enums (`open_types`).
    OpenEnum,
    /// Our tagged unions (`open_types`).
    TaggedUnion,
    /// Our structs and untagged unions (`objects`).
    Object,
    /// typify's (`generated::types`): every other schema.
    Typify,
}

/// Where each schema's type lives; a schema not registered is typify's.
#[derive(Clone, Default)]
pub struct Registry {
    homes: BTreeMap<String, Home>,
    places: BTreeMap<String, Place>,
    docs: BTreeMap<String, String>,
    /// Per area module, the schemas its operations use.
    used: BTreeMap<String, BTreeSet<String>>,
}

impl Registry {
    /// The scalars, open enums and tagged unions the passes found, and the
    /// place and name of every schema of `spec`.
    pub fn new(spec: &Value, analysis: &Analysis) -> Self {
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
        let empty = Map::new();
        let schemas = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut registry = Self {
            homes,
            ..Self::default()
        };
        registry.place(schemas, analysis, spec);
        registry
    }

    /// Names every schema, puts it in its area's module (a merged type in
    /// the module of all its schemas' areas) and writes its fallback doc.
    fn place(&mut self, schemas: &Map<String, Value>, analysis: &Analysis, spec: &Value) {
        let refs = areas::refs(schemas);
        let reach = areas::reach(spec, analysis, &refs);
        let origins = short::origins(schemas, &refs);
        let idents = short::names(schemas, &origins, &union_members(schemas));
        // A type several schemas share: the areas of all, and its first
        // schema (by name), which decides the module.
        let mut by_type: BTreeMap<&String, (&String, BTreeSet<String>)> = BTreeMap::new();
        for (schema, ident) in &idents {
            let (_, areas) = by_type.entry(ident).or_insert((schema, BTreeSet::new()));
            areas.extend(reach.get(schema).into_iter().flatten().cloned());
        }
        for (schema, ident) in &idents {
            let (first, areas) = &by_type[ident];
            let module = areas::module_of(first, areas);
            for area in areas {
                self.used
                    .entry(area.clone())
                    .or_default()
                    .insert(schema.clone());
            }
            let place = Place {
                module,
                ident: ident.clone(),
            };
            self.places.insert(schema.clone(), place);
        }
        let link = |schema: &str| self.link(schema);
        let docs = docs::appearances(spec, schemas, analysis, &refs, &origins, &link);
        self.docs = docs;
    }

    /// A rustdoc link to the type of `schema`, as its doc text shows it.
    pub fn link(&self, schema: &str) -> String {
        match self.places.get(schema) {
            Some(p) => format!("[`{}`](crate::types::{}::{})", p.ident, p.module, p.ident),
            None => format!("`{}`", type_name(schema)),
        }
    }

    /// What the doc of `schema`'s type says when the spec does not describe
    /// it: where it appears.
    pub fn doc(&self, schema: &str) -> String {
        self.docs
            .get(schema)
            .cloned()
            .unwrap_or_else(|| format!("The `{schema}` schema of the spec."))
    }

    /// The place of `schema`'s type (a scalar has none).
    pub fn place_of(&self, schema: &str) -> Option<&Place> {
        match self.home(schema) {
            Home::Scalar => None,
            _ => self.places.get(schema),
        }
    }

    /// The identifier of `schema`'s type.
    pub fn ident(&self, schema: &str) -> syn::Ident {
        match (self.home(schema), self.places.get(schema)) {
            (Home::Scalar | Home::Typify, _) | (_, None) => format_ident!("{}", type_name(schema)),
            (_, Some(place)) => format_ident!("{}", place.ident),
        }
    }

    /// Each area module with the schemas its operations use.
    pub fn used(&self) -> &BTreeMap<String, BTreeSet<String>> {
        &self.used
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
        let ident = self.ident(name);
        match (self.home(name), self.places.get(name)) {
            (Home::Scalar, _) => quote!(crate::#ident),
            (Home::Typify, _) | (_, None) => quote!(crate::generated::types::#ident),
            (_, Some(place)) => {
                let module = format_ident!("{}", place.module);
                quote!(crate::generated::model::#module::#ident)
            }
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

/// The schemas that are a `oneOf`/`anyOf` member of another (named by
/// their title or tag).
fn union_members(schemas: &Map<String, Value>) -> BTreeSet<String> {
    schemas
        .values()
        .flat_map(|s| ["oneOf", "anyOf"].map(|k| s.get(k).and_then(Value::as_array)))
        .flatten()
        .flatten()
        .filter_map(crate::spec::ref_name)
        .map(str::to_owned)
        .collect()
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
        let spec = serde_json::json!({"components": {"schemas": {
            "card_state": {"enum": ["A"]},
            "Card": {"properties": {"state": {"$ref": "#/components/schemas/card_state"}}}
        }}});
        let names = Registry::new(&spec, &analysis).with_objects(["Card", "card_state"]);
        assert_eq!(
            names.home("card_state"),
            Home::OpenEnum,
            "an enum stays an enum"
        );
        assert_eq!(names.home("Card"), Home::Object);
        assert_eq!(names.home("Other"), Home::Typify);
        assert_eq!(
            names.path("card_state").to_string(),
            quote!(crate::generated::model::shared::CardState).to_string()
        );
        assert_eq!(
            names.path("Decimal").to_string(),
            quote!(crate::Decimal).to_string()
        );
    }
}
