//! Rust code for the spec's object schemas: a `#[non_exhaustive]` struct
//! with a constructor and `with_*` setters, and `Deserialize`/`Serialize`
//! impls that read and write the object key by key through the crate's
//! `codec` helpers, keeping unknown keys as exact JSON text in `extra`.
//!
//! typify would derive these with `#[serde(flatten)]` for `extra`, which
//! buffers every value and hands numbers to `Decimal` as `f64`; these
//! impls let `Decimal` read the digits themselves. The generator plugs the
//! structs in with `with_replacement`, so the client's methods use them.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::discriminate;
use crate::model::Analysis;
use crate::multipart::field_ident;
use crate::names::Registry;
use crate::open_types::{json_schema, type_name};
use crate::spec::ref_name;
use crate::typing::is_untagged_union;
use crate::Options;

/// One object or untagged union schema the generator writes itself.
pub struct Object {
    /// The component schema name.
    pub name: String,
    description: Option<String>,
    shape: Shape,
}

enum Shape {
    /// An object's listed properties.
    Struct(Vec<Field>),
    /// The members of an untagged `oneOf`/`anyOf`, in the spec's order.
    Union(Vec<Variant>),
}

struct Variant {
    ident: syn::Ident,
    /// The Rust type of the member's value.
    ty: TokenStream,
    /// What the decoder checks before it decodes this variant
    /// (a `codec::Check`, see `discriminate`).
    check: TokenStream,
}

struct Field {
    /// The JSON key.
    key: String,
    ident: syn::Ident,
    /// The Rust type of the value as stored (`Option<…>` when optional or
    /// nullable).
    ty: TokenStream,
    /// The Rust type of a present, non-null value.
    inner: TokenStream,
    /// Whether the key must be present when decoding (and is a
    /// constructor argument).
    required: bool,
    description: Option<String>,
}

/// The object schemas of `components/schemas` whose properties all have a
/// Rust type this module can name (the others stay with typify), and
/// `names` with them registered as ours.
pub fn collect(spec: &Value, analysis: &Analysis, names: &Registry) -> (Vec<Object>, Registry) {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return (Vec::new(), names.clone());
    };
    // Which objects are ours does not depend on how `$ref`s are spelled:
    // find them first, then write their fields' types.
    let tagged = |name: &str| analysis.unions.iter().any(|u| u.name == name);
    let plain: BTreeSet<&str> = schemas
        .iter()
        .filter(|(name, schema)| {
            is_plain_object(schema) || (is_untagged_union(schema) && !tagged(name))
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let provisional = names.with_objects(plain.iter().copied());
    let ours: BTreeSet<&str> = plain
        .iter()
        .copied()
        .filter(|name| object(name, schemas, &provisional).is_some())
        .collect();
    let names = names.with_objects(ours.iter().copied());
    let objects = ours
        .iter()
        .filter_map(|name| object(name, schemas, &names))
        .collect();
    (objects, names)
}

impl Object {
    /// The variant names, in member order, when this is an untagged union.
    pub fn union_variants(&self) -> Option<Vec<String>> {
        match &self.shape {
            Shape::Union(variants) => Some(variants.iter().map(|v| v.ident.to_string()).collect()),
            Shape::Struct(_) => None,
        }
    }
}

/// An object with listed properties and nothing that combines schemas.
fn is_plain_object(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else {
        return false;
    };
    let free_extra = match map.get("additionalProperties") {
        None | Some(Value::Bool(_)) => true,
        Some(Value::Object(extra)) => extra.is_empty(),
        Some(_) => false,
    };
    map.get("properties").is_some_and(Value::is_object)
        && matches!(
            map.get("type").and_then(Value::as_str),
            None | Some("object")
        )
        && !["oneOf", "anyOf", "allOf", "enum"]
            .iter()
            .any(|k| map.contains_key(*k))
        && free_extra
}

fn object(name: &str, schemas: &Map<String, Value>, names: &Registry) -> Option<Object> {
    let schema = &schemas[name];
    let shape = if is_untagged_union(schema) {
        Shape::Union(variants(name, schemas, names)?)
    } else {
        Shape::Struct(fields(schema, names)?)
    };
    Some(Object {
        name: name.to_owned(),
        description: schema
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        shape,
    })
}

/// A union's variants, named by the member's `title` or tag value
/// (`discriminate::variant_names`), else after the member's component, or
/// after the JSON type for an inline scalar; each with what tells it apart.
fn variants(name: &str, schemas: &Map<String, Value>, names: &Registry) -> Option<Vec<Variant>> {
    let schema = &schemas[name];
    let members = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))?
        .as_array()?;
    let variant_names = discriminate::variant_names(schema, schemas, |i| {
        let member = &members[i];
        match (ref_name(member), member.get("type").and_then(Value::as_str)) {
            (Some(r), _) if r == format!("{name}Variant{i}") => format!("Variant{i}"),
            (Some(r), _) => names.ident(r).to_string(),
            (None, Some(json_type)) => type_name(json_type),
            (None, None) => format!("Variant{i}"),
        }
    });
    let checks = discriminate::variant_checks(schema, schemas);
    let mut out = Vec::new();
    for ((member, variant), check) in members.iter().zip(variant_names).zip(checks) {
        let (ty, nullable) = rust_type(member, names)?;
        let ty = if nullable {
            quote!(::std::option::Option<#ty>)
        } else {
            ty
        };
        out.push(Variant {
            ident: format_ident!("{}", variant),
            ty,
            check,
        });
    }
    Some(out)
}

fn fields(schema: &Value, names: &Registry) -> Option<Vec<Field>> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut fields = Vec::new();
    for (key, prop) in schema["properties"].as_object()? {
        let ident = field_ident(key);
        if ident == "extra" || fields.iter().any(|f: &Field| f.ident == ident) {
            return None;
        }
        let (inner, nullable) = rust_type(prop, names)?;
        let is_required = required.contains(&key.as_str());
        let ty = if nullable || !is_required {
            quote!(::std::option::Option<#inner>)
        } else {
            inner.clone()
        };
        fields.push(Field {
            key: key.clone(),
            ident,
            ty,
            inner,
            required: is_required,
            description: prop
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
    }
    Some(fields)
}

/// The Rust type of a property's value and whether it may be `null`;
/// `None` for a schema this module leaves to typify.
fn rust_type(schema: &Value, names: &Registry) -> Option<(TokenStream, bool)> {
    let map = schema.as_object()?;
    let nullable = map.get("nullable") == Some(&Value::Bool(true));
    if let Some(name) = ref_name(schema) {
        return Some((names.path(name), nullable));
    }
    if let Some([only]) = map
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        let (inner, inner_nullable) = rust_type(only, names)?;
        return Some((inner, nullable || inner_nullable));
    }
    if ["oneOf", "anyOf", "allOf", "enum", "properties"]
        .iter()
        .any(|k| map.contains_key(*k))
    {
        return None;
    }
    let ty = match map.get("type").and_then(Value::as_str) {
        None => quote!(crate::json::RawJson),
        Some("string") => match map.get("format").and_then(Value::as_str) {
            Some("uuid") => quote!(::uuid::Uuid),
            Some("date") => quote!(::chrono::naive::NaiveDate),
            _ => quote!(::std::string::String),
        },
        Some("integer") => match map.get("format").and_then(Value::as_str) {
            Some("int32") => quote!(i32),
            _ => quote!(i64),
        },
        Some("boolean") => quote!(bool),
        Some("array") => {
            let (item, item_nullable) = rust_type(map.get("items")?, names)?;
            if item_nullable {
                quote!(::std::vec::Vec<::std::option::Option<#item>>)
            } else {
                quote!(::std::vec::Vec<#item>)
            }
        }
        // A free-form object: its keys with their exact JSON.
        Some("object") => match map.get("additionalProperties") {
            None | Some(Value::Bool(true)) => quote!(crate::json::JsonMap),
            Some(Value::Object(extra)) if extra.is_empty() => quote!(crate::json::JsonMap),
            // A map of typed values (typify's type for it).
            Some(values @ Value::Object(_)) => {
                let (value, value_nullable) = rust_type(values, names)?;
                let value = if value_nullable {
                    quote!(::std::option::Option<#value>)
                } else {
                    value
                };
                quote!(::std::collections::HashMap<::std::string::String, #value>)
            }
            _ => return None,
        },
        _ => return None,
    };
    Some((ty, nullable))
}

fn docs(text: Option<&str>) -> TokenStream {
    let lines = text
        .into_iter()
        .flat_map(str::lines)
        .map(|l| format!(" {l}"));
    quote! { #( #[doc = #lines] )* }
}

/// The Rust code of an object or union schema.
pub fn generate(object: &Object, names: &Registry, options: &Options) -> TokenStream {
    let name = names.ident(&object.name);
    let doc = docs(Some(
        object
            .description
            .as_deref()
            .unwrap_or(&names.doc(&object.name)),
    ));
    match &object.shape {
        Shape::Struct(fields) => generate_struct(object, &name, doc, fields, options.schemars),
        Shape::Union(variants) => generate_union(object, &name, doc, variants, options),
    }
}

/// An open enum of the members, decoded by trying each in order from the
/// value's exact text (see `codec::untagged`).
fn generate_union(
    object: &Object,
    name: &syn::Ident,
    doc: TokenStream,
    variants: &[Variant],
    options: &Options,
) -> TokenStream {
    let union = &object.name;
    let idents: Vec<&syn::Ident> = variants.iter().map(|v| &v.ident).collect();
    let types: Vec<&TokenStream> = variants.iter().map(|v| &v.ty).collect();
    let checks = variants.iter().map(|v| &v.check);
    let variant_docs = idents.iter().map(|i| format!(" The `{i}` form."));
    let schema = json_schema(
        name,
        quote!(::schemars::json_schema!({
            "anyOf": [ #( generator.subschema_for::<#types>() ),* ]
        })),
        options,
    );
    quote! {
        #doc
        ///
        /// Decoding tries, in the spec's order, the variants whose required
        /// keys and tags the value has (no value has those of two), and
        /// takes the first that decodes from the JSON text. A value with a bad field
        /// that no variant accepts is an error naming the field; a shape
        /// none of them describes is `Unknown`, with its exact text.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        // The variants are the spec's objects, held as typify held them
        // (unboxed), so a match reads them directly.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #( #[doc = #variant_docs] #idents(#types), )*
            /// A value no variant accepts, kept as received.
            Unknown(crate::json::RawJson),
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                crate::codec::untagged(deserializer, #union, &[
                    #( (#checks, |raw| raw.decode().map(Self::#idents)), )*
                ], Self::Unknown)
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #( Self::#idents(value) => value.serialize(serializer), )*
                    Self::Unknown(raw) => raw.serialize(serializer),
                }
            }
        }

        #schema
    }
}

/// The struct, its constructor and setters, and its serde impls.
fn generate_struct(
    object: &Object,
    name: &syn::Ident,
    doc: TokenStream,
    fields: &[Field],
    // `JsonSchema` and its field attributes only with the `schemars` feature.
    schemars: bool,
) -> TokenStream {
    let declarations = fields.iter().map(|f| {
        let (ident, ty) = (&f.ident, &f.ty);
        let doc = docs(f.description.as_deref());
        let key = &f.key;
        let rename =
            (schemars && *ident != key.as_str()).then(|| quote!(#[schemars(rename = #key)]));
        quote! { #doc #rename pub #ident: #ty, }
    });
    let default = fields
        .iter()
        .all(|f| !f.required)
        .then(|| quote!(#[derive(Default)]));
    let derive_schema = schemars.then(|| quote!(#[derive(::schemars::JsonSchema)]));
    let flatten_schema = schemars.then(|| quote!(#[schemars(flatten)]));
    let constructor = constructor(name, fields);
    let serde = struct_serde(object, name, fields);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        #derive_schema
        #default
        #[non_exhaustive]
        pub struct #name {
            #( #declarations )*
            /// Keys the spec does not list, with their JSON as received.
            #flatten_schema
            pub extra: crate::json::JsonMap,
        }

        #constructor

        #serde
    }
}

/// `new` with the required fields, and a `with_*` setter per optional one.
fn constructor(name: &syn::Ident, fields: &[Field]) -> TokenStream {
    let (required, optional): (Vec<&Field>, Vec<&Field>) = fields.iter().partition(|f| f.required);
    // `impl Into<…>`: a `&str` for a `String`, a `Decimal` for an
    // `Option<Decimal>`, no `.to_owned()` at every call.
    let params = required.iter().map(|f| {
        let (ident, ty) = (&f.ident, &f.ty);
        quote!(#ident: impl ::std::convert::Into<#ty>)
    });
    let required_idents = required.iter().map(|f| {
        let ident = &f.ident;
        quote!(#ident: #ident.into())
    });
    let optional_idents = optional.iter().map(|f| &f.ident);
    let body = if required.is_empty() {
        quote!(Self::default())
    } else {
        quote! {
            Self {
                #( #required_idents, )*
                #( #optional_idents: ::std::option::Option::None, )*
                extra: crate::json::JsonMap::new(),
            }
        }
    };
    let setters = optional.iter().map(|f| {
        let ident = &f.ident;
        let setter = format_ident!("with_{}", ident.to_string().trim_start_matches("r#"));
        let inner = &f.inner;
        let doc = format!(" Sets `{}`.", f.key);
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #setter(mut self, value: impl ::std::convert::Into<#inner>) -> Self {
                self.#ident = ::std::option::Option::Some(value.into());
                self
            }
        }
    });
    let new_doc = if required.is_empty() {
        " An empty value: set fields with the `with_*` methods.".to_owned()
    } else {
        " A value with the required fields; set others with the `with_*` methods.".to_owned()
    };
    quote! {
        impl #name {
            #[doc = #new_doc]
            #[allow(clippy::too_many_arguments)]
            pub fn new(#( #params ),*) -> Self {
                #body
            }

            #( #setters )*
        }
    }
}

/// A struct's decoding key by key through `crate::codec` (unknown keys
/// kept in `extra`) and its encoding in the spec's key order.
fn struct_serde(object: &Object, name: &syn::Ident, fields: &[Field]) -> TokenStream {
    let expecting = format!("a {} object", object.name);
    let idents: Vec<&syn::Ident> = fields.iter().map(|f| &f.ident).collect();
    let keys: Vec<&String> = fields.iter().map(|f| &f.key).collect();
    let finish = fields.iter().map(|f| {
        let (ident, key) = (&f.ident, &f.key);
        if f.required {
            quote!(#ident: crate::codec::required(#ident, #key)?,)
        } else {
            quote!(#ident: #ident.flatten(),)
        }
    });
    let puts = fields.iter().map(|f| {
        let (ident, key) = (&f.ident, &f.key);
        if !f.required {
            quote!(crate::codec::put_some(&mut map, #key, &self.#ident)?;)
        } else {
            quote!(crate::codec::put(&mut map, #key, &self.#ident)?;)
        }
    });
    quote! {
        impl crate::codec::Object for #name {
            const EXPECTING: &'static str = #expecting;
            fn read<'de, A: ::serde::de::MapAccess<'de>>(map: &mut A) -> ::std::result::Result<Self, A::Error> {
                #( let mut #idents = ::std::option::Option::None; )*
                let extra = crate::codec::fields(map, |key, map| match key {
                    #( #keys => crate::codec::slot(map, &mut #idents, #keys), )*
                    _ => Ok(false),
                })?;
                Ok(Self { #( #finish )* extra })
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                crate::codec::object(deserializer)
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                #( #puts )*
                crate::codec::put_extra(&mut map, &self.extra)?;
                map.end()
            }
        }
    }
}
