//! `spec_table::UNIONS`: every union of the spec with, for each variant,
//! values made from that variant's own schema (its example, the fewest
//! keys that tell it apart, every key it lists), so a test can check that
//! each decodes as that variant and not as another.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::codegen::discriminate::shapes;
use crate::codegen::examples::synthesize;
use crate::codegen::objects::Object;
use crate::codegen::rules::Analysis;
use crate::codegen::typing::resolve;

/// The table's items, for the generated `spec_table` module; `path_of`
/// gives the Rust path of a component's type.
pub fn table(
    spec: &Value,
    analysis: &Analysis,
    objects: &[Object],
    path_of: &dyn Fn(&str) -> TokenStream,
) -> TokenStream {
    let empty = Map::new();
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let tagged = analysis.unions.iter().map(|u| {
        (
            u.name.as_str(),
            u.variants.iter().map(|v| v.1.clone()).collect(),
        )
    });
    let untagged = objects
        .iter()
        .filter_map(|o| Some((o.name.as_str(), o.union_variants()?)));
    let mut all: Vec<(&str, Vec<String>)> = tagged.chain(untagged).collect();
    all.sort();
    let cases = all.iter().filter_map(|(name, variants)| {
        let union = schemas.get(*name)?;
        Some(case(name, union, variants, spec, schemas, &path_of(name)))
    });
    quote! {
        /// A union of the spec and its variants.
        pub struct UnionCase {
            /// The union's schema name.
            pub name: &'static str,
            /// Its variants, in the spec's order.
            pub variants: &'static [VariantCase],
            /// Decodes JSON text as the union: the name of the variant chosen.
            pub decode: fn(&str) -> ::std::result::Result<&'static str, String>,
        }

        /// A variant of a union, and JSON values made from its schema.
        pub struct VariantCase {
            /// The Rust variant's name.
            pub name: &'static str,
            /// (what the value is, its JSON text).
            pub samples: &'static [(&'static str, &'static str)],
        }

        /// Every union of the spec, tagged or not.
        pub const UNIONS: &[UnionCase] = &[ #(#cases),* ];
    }
}

fn case(
    name: &str,
    union: &Value,
    variants: &[String],
    spec: &Value,
    schemas: &Map<String, Value>,
    path: &TokenStream,
) -> TokenStream {
    let members = ["oneOf", "anyOf"]
        .iter()
        .find_map(|k| union.get(*k).and_then(Value::as_array))
        .cloned()
        .unwrap_or_default();
    let shapes = shapes(union, schemas);
    let entries = variants
        .iter()
        .zip(&members)
        .zip(&shapes)
        .map(|((variant, member), shape)| {
            let member = resolve(member, schemas);
            let mut samples: Vec<(&str, String)> = Vec::new();
            if let Some(example) = member.get("example") {
                samples.push(("its example", example.to_string()));
            }
            match member.get("properties").and_then(Value::as_object) {
                Some(props) => {
                    let fewest = props.iter().filter(|(key, _)| {
                        shape.required.contains(*key) || shape.tags.contains_key(*key)
                    });
                    // `minProperties`: the first listed keys make up the count.
                    let counted = props.iter().take(shape.min_properties);
                    let fewest: Map<String, Value> = fewest
                        .chain(counted)
                        .map(|(key, prop)| (key.clone(), synthesize(prop, spec, 1)))
                        .collect();
                    samples.push(("the fewest keys", Value::Object(fewest).to_string()));
                    let every: Map<String, Value> = props
                        .iter()
                        .map(|(key, prop)| (key.clone(), synthesize(prop, spec, 1)))
                        .collect();
                    samples.push(("every key", Value::Object(every).to_string()));
                }
                None => samples.push((
                    "made from its schema",
                    synthesize(member, spec, 1).to_string(),
                )),
            }
            let (whats, texts): (Vec<&str>, Vec<String>) = samples.into_iter().unzip();
            quote!(VariantCase { name: #variant, samples: &[ #((#whats, #texts)),* ] })
        });
    let idents: Vec<syn::Ident> = variants.iter().map(|v| format_ident!("{}", v)).collect();
    quote! {
        UnionCase {
            name: #name,
            variants: &[ #(#entries),* ],
            decode: |text| {
                let value: #path = ::serde_json::from_str(text).map_err(|e| e.to_string())?;
                Ok(match value {
                    #( #path::#idents(_) => #variants, )*
                    #path::Unknown(_) => "Unknown",
                })
            },
        }
    }
}
