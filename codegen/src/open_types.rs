//! Rust code for the types typify cannot make the way we need them:
//! open enums (unknown values kept, not rejected) and unions told apart by
//! a constant property (typify only tags inline variants). The generator
//! plugs them in with `with_replacement`, so every schema that refers to
//! them uses these types.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{OpenEnum, TaggedUnion};
use crate::names::Registry;
use crate::Options;

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

/// The open enums, each with the schema it is generated for. (A spec
/// repeats lists such as country codes; those the registry found to be
/// one schema under one name share a place, and the caller emits it once.)
pub fn open_enums(
    enums: &[OpenEnum],
    names: &Registry,
    options: &Options,
) -> Vec<(String, TokenStream)> {
    enums
        .iter()
        .map(|e| (e.name.clone(), open_enum(e, names, options)))
        .collect()
}

/// An open enum: one variant per listed value, plus `Unknown(String)`.
/// Everything but the variant ↔ position maps is `crate::open_enum`'s.
fn open_enum(e: &OpenEnum, names: &Registry, options: &Options) -> TokenStream {
    let name = names.ident(&e.name);
    let variants = variant_names(&e.values);
    let values = &e.values;
    let positions: Vec<_> = (0..values.len())
        .map(proc_macro2::Literal::usize_unsuffixed)
        .collect();
    let doc = docs(&e.description, names.doc(&e.name));
    let variant_docs = values.iter().map(|v| format!("`{v}`"));
    let schema = json_schema(
        &name,
        quote!(::schemars::json_schema!({ "type": "string" })),
        options,
    );
    let conversions = string_conversions(&name);
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
                crate::open_enum::as_str(self)
            }

            /// Whether the value is one the spec lists.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl crate::open_enum::OpenEnum for #name {
            const KNOWN: &'static [&'static str] = #name::KNOWN;

            fn from_parts(parts: Result<usize, String>) -> Self {
                match parts {
                    #( Ok(#positions) => Self::#variants, )*
                    other => Self::Unknown(crate::open_enum::unknown_text(Self::KNOWN, other)),
                }
            }

            fn parts(&self) -> Result<usize, &str> {
                match self {
                    #( Self::#variants => Ok(#positions), )*
                    Self::Unknown(other) => Err(other),
                }
            }
        }

        #conversions

        #schema
    }
}

/// An open enum's conversions from and to its text, and its serde impls:
/// all through `crate::open_enum`.
fn string_conversions(name: &syn::Ident) -> TokenStream {
    quote! {
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                crate::open_enum::parse(value)
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                crate::open_enum::parse_owned(value)
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(crate::open_enum::parse(value))
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
                crate::open_enum::deserialize(deserializer)
            }
        }

    }
}

/// A union of object types chosen by the value of one property, with an
/// `Unknown` variant that keeps the raw JSON of any other value.
pub fn tagged_union(u: &TaggedUnion, names: &Registry, options: &Options) -> TokenStream {
    let name = names.ident(&u.name);
    let name_str = name.to_string();
    let tag = &u.tag;
    let doc = docs(
        &u.description,
        format!(
            "{} One of several kinds, told apart by `{tag}`.",
            names.doc(&u.name)
        ),
    );
    let values: Vec<&String> = u.variants.iter().map(|v| &v.tag_value).collect();
    let variants: Vec<syn::Ident> = u
        .variants
        .iter()
        .map(|v| format_ident!("{}", v.name))
        .collect();
    let types: Vec<TokenStream> = u.variants.iter().map(|v| names.path(&v.schema)).collect();
    let variant_docs = values.iter().map(|v| format!("`{tag}: {v}`"));
    let schema = json_schema(
        &name,
        quote!(::schemars::json_schema!({
            "oneOf": [ #( generator.subschema_for::<#types>() ),* ]
        })),
        options,
    );
    quote! {
        #doc
        ///
        /// Chosen by its tag property; another value, or none, gives
        /// `Unknown` with the JSON as received.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#types), )*
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

        #schema
    }
}

/// `impl schemars::JsonSchema` with the schema `body` builds (it may use
/// `generator`); nothing without the `schemars` feature.
pub fn json_schema(name: &syn::Ident, body: TokenStream, options: &Options) -> TokenStream {
    if !options.schemars {
        return TokenStream::new();
    }
    let name_str = name.to_string();
    quote! {
        impl ::schemars::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name_str)
            }
            #[allow(unused_variables)] // only unions look into the generator
            fn json_schema(generator: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                #body
            }
        }
    }
}
