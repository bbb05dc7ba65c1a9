//! `spec_table::UNIONS`: every union of the spec with, for each variant,
//! its own values: its example, the spec's body examples named after it,
//! and values made from its schema (the fewest keys that tell it apart,
//! every key it lists), so a test can check that each decodes as that
//! variant and not as another.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::discriminate::{shapes, Shape};
use crate::examples::synthesize;
use crate::model::Analysis;
use crate::objects::Object;
use crate::spec::{deref, operations, ref_name};
use crate::typing::resolve;

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
            u.variants.iter().map(|v| v.name.clone()).collect(),
        )
    });
    let untagged = objects
        .iter()
        .filter_map(|o| Some((o.name.as_str(), o.union_variants()?)));
    let mut all: Vec<(&str, Vec<String>)> = tagged.chain(untagged).collect();
    all.sort();
    let examples = named_examples(spec, schemas);
    let cases = all.iter().filter_map(|(name, variants)| {
        let union = schemas.get(*name)?;
        let examples: Vec<&(String, String, Value)> =
            examples.iter().filter(|e| e.0 == *name).collect();
        Some(case(
            name,
            union,
            variants,
            &examples,
            spec,
            schemas,
            &path_of(name),
        ))
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

/// The spec's named examples of JSON bodies (request and success
/// response) that are a schema or whose `data` is one: (schema name,
/// example name, value).
fn named_examples(spec: &Value, schemas: &Map<String, Value>) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for operation in operations(spec, "paths") {
        let bodies = operation.op.get("requestBody").into_iter().chain(
            operation
                .op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(status, _)| status.starts_with('2'))
                .map(|(_, response)| response),
        );
        for body in bodies {
            let body = deref(spec, body);
            let Some(media) = body.pointer("/content/application~1json") else {
                continue;
            };
            let Some(schema) = media.get("schema").and_then(ref_name) else {
                continue;
            };
            let data = schemas
                .get(schema)
                .and_then(|s| s.pointer("/properties/data"))
                .and_then(|d| ref_name(d).or_else(|| ref_name(d.pointer("/allOf/0")?)));
            let examples = media.get("examples").and_then(Value::as_object);
            for (name, example) in examples.into_iter().flatten() {
                let Some(value) = deref(spec, example).get("value") else {
                    continue;
                };
                out.push((schema.to_owned(), name.clone(), value.clone()));
                if let (Some(data), Some(inner)) = (data, value.get("data")) {
                    out.push((data.to_owned(), name.clone(), inner.clone()));
                }
            }
        }
    }
    out
}

fn case(
    name: &str,
    union: &Value,
    variants: &[String],
    examples: &[&(String, String, Value)],
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
            let samples = samples(variant, member, shape, examples, spec);
            let (whats, texts): (Vec<String>, Vec<String>) = samples.into_iter().unzip();
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

/// A variant's values: (what it is, JSON text).
fn samples(
    variant: &str,
    member: &Value,
    shape: &Shape,
    examples: &[&(String, String, Value)],
    spec: &Value,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(example) = member.get("example") {
        out.push(("its example".to_owned(), example.to_string()));
    }
    // The body's examples named after this variant.
    let title = member
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or(variant);
    for (_, example, value) in examples {
        let named = example.to_upper_camel_case();
        if named == variant || named == title.to_upper_camel_case() {
            out.push((format!("the spec's example `{example}`"), value.to_string()));
        }
    }
    let Some(props) = member.get("properties").and_then(Value::as_object) else {
        let made = synthesize(member, spec, 1).to_string();
        out.push(("made from its schema".to_owned(), made));
        return out;
    };
    let value = |keys: &mut dyn Iterator<Item = (&String, &Value)>| {
        let map: Map<String, Value> = keys
            .map(|(key, prop)| (key.clone(), synthesize(prop, spec, 1)))
            .collect();
        Value::Object(map).to_string()
    };
    let telling = props
        .iter()
        .filter(|(key, _)| shape.required.contains(*key) || shape.tags.contains_key(*key));
    // `minProperties`: the first listed keys make up the count.
    let counted = props.iter().take(shape.min_properties);
    out.push((
        "the fewest keys".to_owned(),
        value(&mut telling.chain(counted)),
    ));
    out.push(("every key".to_owned(), value(&mut props.iter())));
    out
}
