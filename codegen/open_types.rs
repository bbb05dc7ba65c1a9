//! Rust code for the types typify cannot make the way we need them:
//! open enums (unknown values kept, not rejected) and unions told apart by
//! a constant property (typify only tags inline variants). The generator
//! plugs them in with `with_replacement`, so every schema that refers to
//! them uses these types.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::codegen::rules::{OpenEnum, TaggedUnion};

/// The Rust type name typify gives a component schema name.
pub fn type_name(schema_name: &str) -> String {
    let cleaned: String = schema_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = cleaned.to_upper_camel_case();
    match name.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("X{name}"),
        None => "X".to_owned(),
        // The one Rust keyword that is PascalCase.
        _ if name == "Self" => "Self_".to_owned(),
        _ => name,
    }
}

fn variant_names(values: &[String]) -> Vec<syn::Ident> {
    let mut used = BTreeSet::from(["Unknown".to_owned()]);
    values
        .iter()
        .map(|value| {
            let base = match type_name(value) {
                n if n == "X" => "Empty".to_owned(),
                n if n == "Unknown" => "UnknownValue".to_owned(),
                n => n,
            };
            let mut name = base.clone();
            let mut i = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}{i}");
                i += 1;
            }
            format_ident!("{}", name)
        })
        .collect()
}

fn docs(description: &Option<String>, fallback: String) -> TokenStream {
    let text = description.clone().unwrap_or(fallback);
    let lines = text.lines().map(|l| format!(" {l}"));
    quote! { #( #[doc = #lines] )* }
}

/// An open enum: one variant per listed value, plus `Unknown(String)`.
pub fn open_enum(e: &OpenEnum) -> TokenStream {
    let name = format_ident!("{}", type_name(&e.name));
    let variants = variant_names(&e.values);
    let values = &e.values;
    let doc = docs(&e.description, format!("`{}` values.", e.name));
    let variant_docs = values.iter().map(|v| format!("`{v}`"));
    let name_str = name.to_string();
    quote! {
        #doc
        ///
        /// Open: a value the spec does not list yet parses as `Unknown`
        /// and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the crate does not know, kept as sent.
            Unknown(String),
        }

        impl #name {
            /// Every value the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[ #(#values),* ];

            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(other) => other.as_str(),
                }
            }

            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }

        impl ::schemars::JsonSchema for #name {
            fn schema_name() -> String {
                #name_str.to_owned()
            }
            fn json_schema(_: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
                ::schemars::schema::SchemaObject {
                    instance_type: Some(::schemars::schema::InstanceType::String.into()),
                    ..Default::default()
                }
                .into()
            }
        }
    }
}

/// A union of object types chosen by the value of one property, with an
/// `Unknown` variant that keeps the raw JSON of any other value.
pub fn tagged_union(u: &TaggedUnion) -> TokenStream {
    let name = format_ident!("{}", type_name(&u.name));
    let name_str = name.to_string();
    let tag = &u.tag;
    let doc = docs(
        &u.description,
        format!("One of several kinds, told apart by `{tag}`."),
    );
    let values: Vec<&String> = u.variants.iter().map(|(v, _, _)| v).collect();
    let variants: Vec<syn::Ident> = u
        .variants
        .iter()
        .map(|(_, v, _)| format_ident!("{}", v))
        .collect();
    let types: Vec<syn::Ident> = u
        .variants
        .iter()
        .map(|(_, _, s)| format_ident!("{}", type_name(s)))
        .collect();
    let variant_docs = values.iter().map(|v| format!("`{tag}: {v}`"));
    quote! {
        #doc
        ///
        /// Chosen by the `#tag` property; another value, or none, gives
        /// `Unknown` with the JSON as received.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(crate::types::#types), )*
            /// A kind this version of the crate does not know, kept as sent.
            Unknown(crate::json::RawJson),
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( Self::#variants(inner) => inner.serialize(serializer), )*
                    Self::Unknown(raw) => raw.serialize(serializer),
                }
            }
        }

        // The object is kept as text, its tag found by a skipping scan, and
        // the chosen variant decoded from the text: no `Value` is built.
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::codec::tagged(deserializer, #name_str, #tag, |tag, raw| Ok(match tag {
                    #( Some(#values) => Self::#variants(raw.decode()?), )*
                    _ => Self::Unknown(raw.decode()?),
                }))
            }
        }

        impl ::schemars::JsonSchema for #name {
            fn schema_name() -> String {
                #name_str.to_owned()
            }
            fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
                ::schemars::schema::SchemaObject {
                    subschemas: Some(Box::new(::schemars::schema::SubschemaValidation {
                        one_of: Some(vec![ #( gen.subschema_for::<crate::types::#types>(), )* ]),
                        ..Default::default()
                    })),
                    ..Default::default()
                }
                .into()
            }
        }
    }
}
