//! From the prepared spec to Rust source: progenitor for the types and the
//! raw client, our own code for open enums, tagged unions, the typed facade
//! on `crate::Client`, and a table of the spec's operations and types.

use std::path::Path;

use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::codegen::error::{PipelineError, Result};
use crate::codegen::multipart;
use crate::codegen::open_types::{self, type_name};
use crate::codegen::rules::Analysis;

/// Where the hand-written runtime state of a client lives (progenitor's
/// "inner type", handed to every hook).
const INNER_TYPE: &str = "crate::client::Runtime";

/// Generates the source of `$OUT_DIR/codegen.rs`.
pub fn generate(spec: &Value, analysis: &Analysis, file: &Path) -> Result<String> {
    let openapi: openapiv3::OpenAPI = serde_path_to_error::deserialize(spec).map_err(|e| {
        let pointer = format!("/{}", e.path().to_string().replace('.', "/"));
        PipelineError::new(
            file,
            pointer,
            format!("not a valid OpenAPI 3.0 document here: {}", e.inner()),
        )
    })?;

    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_inner_type(INNER_TYPE.parse().expect("a valid type path"))
        .with_derive("::schemars::JsonSchema")
        .with_derive("PartialEq");
    for e in &analysis.open_enums {
        let name = type_name(&e.name);
        settings.with_replacement(
            &name,
            format!("crate::generated::open_types::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for (name, _) in crate::codegen::rules::SCALARS {
        settings.with_replacement(name, format!("crate::{name}"), [TypeImpl::Display, TypeImpl::FromStr].into_iter());
    }
    for u in &analysis.unions {
        let name = type_name(&u.name);
        settings.with_replacement(
            &name,
            format!("crate::generated::open_types::{name}"),
            [].into_iter(),
        );
    }

    // typify and progenitor panic on some inputs they do not support; the
    // checks before this aim to catch those first, this is the last guard.
    // Silence the default panic message: the error below reports it.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let raw = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(&openapi)
    });
    std::panic::set_hook(previous_hook);
    let raw = raw
        .map_err(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            PipelineError::new(file, "", format!("the generator panicked: {message}"))
        })?
        .map_err(|e| {
            PipelineError::new(
                file,
                "",
                format!("progenitor could not generate the client: {e}"),
            )
        })?;

    let (forms, uploads) = multipart::generate(&analysis.multipart);
    let raw = quote! { #raw #uploads };
    let raw_file: syn::File = syn::parse2(raw.clone())
        .map_err(|e| PipelineError::new(file, "", format!("generated code does not parse: {e}")))?;
    let facade = facade(&raw_file);
    let enums = analysis.open_enums.iter().map(open_types::open_enum);
    let unions = analysis.unions.iter().map(open_types::tagged_union);
    let table = spec_table(analysis);
    let webhooks = webhook_events(analysis);

    let all = quote! {
        #raw

        /// Open enums and tagged unions, generated from the spec's lists.
        pub mod open_types {
            #( #enums )*
            #( #unions )*
        }

        #forms

        #webhooks

        #facade

        #table
    };
    let formatted: syn::File = syn::parse2(all)
        .map_err(|e| PipelineError::new(file, "", format!("generated code does not parse: {e}")))?;
    Ok(prettyplease::unparse(&formatted))
}

/// One method on `crate::Client` per generated method, with the same
/// signature and docs, returning the crate's own error type. Derived from
/// progenitor's own output, so parameter names and types always agree.
fn facade(raw: &syn::File) -> TokenStream {
    let mut methods = Vec::new();
    for item in &raw.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let is_client = matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client || block.trait_.is_some() {
            continue;
        }
        for member in &block.items {
            let syn::ImplItem::Fn(method) = member else {
                continue;
            };
            if method.sig.asyncness.is_none() || !matches!(method.vis, syn::Visibility::Public(_)) {
                continue;
            }
            let Some(success) = success_type(&method.sig.output) else {
                continue;
            };
            let docs = method.attrs.iter().filter(|a| a.path().is_ident("doc"));
            let name = &method.sig.ident;
            let generics = &method.sig.generics;
            let inputs = &method.sig.inputs;
            let args: Vec<&syn::Pat> = inputs
                .iter()
                .filter_map(|arg| match arg {
                    syn::FnArg::Typed(t) => Some(&*t.pat),
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            let operation = name.to_string();
            methods.push(quote! {
                #(#docs)*
                pub async fn #name #generics (#inputs) -> ::std::result::Result<#success, crate::Error> {
                    self.execute(#operation, self.raw().#name(#(#args),*)).await
                }
            });
        }
    }
    quote! {
        impl crate::Client {
            #( #methods )*
        }
    }
}

/// `ResponseValue<T>` out of `Result<ResponseValue<T>, Error<E>>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let syn::Type::Path(path) = &**ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    }
}

/// The spec's operations and the Rust types of their JSON bodies, so tests
/// and the mock server can walk the spec's examples generically.
fn spec_table(analysis: &Analysis) -> TokenStream {
    let servers = &analysis.servers;
    let replaced: Vec<String> = analysis
        .open_enums
        .iter()
        .map(|e| type_name(&e.name))
        .chain(analysis.unions.iter().map(|u| type_name(&u.name)))
        .collect();
    let path_of = |schema: &str| {
        let name = format_ident!("{}", type_name(schema));
        if replaced.contains(&name.to_string()) {
            quote!(super::open_types::#name)
        } else {
            quote!(super::types::#name)
        }
    };
    let ops = analysis
        .operations
        .iter()
        .map(|(id, method, path)| quote!((#id, #method, #path)));
    let responses = analysis.responses.iter().map(|(id, status, schema)| {
        let ty = path_of(schema);
        quote!((#id, #status) => Some(roundtrip::<#ty>(json)))
    });
    let webhooks = analysis.webhooks.iter().map(|(event, schema)| {
        let ty = path_of(schema);
        quote!(#event => Some(roundtrip::<#ty>(json)))
    });
    let bodies = analysis.bodies.iter().map(|(id, schema)| {
        let ty = path_of(schema);
        quote!(#id => Some(roundtrip::<#ty>(json)))
    });
    quote! {
        /// The spec's operations and the types of their bodies.
        pub mod spec_table {
            /// The spec's `servers` URLs, in its order.
            pub const SERVERS: &[&str] = &[ #(#servers),* ];

            /// Every operation: (method name, HTTP method, path template).
            pub const OPERATIONS: &[(&str, &str, &str)] = &[ #(#ops),* ];

            fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
                json: &::serde_json::Value,
            ) -> ::std::result::Result<::serde_json::Value, String> {
                let typed: T = ::serde_json::from_value(json.clone()).map_err(|e| e.to_string())?;
                ::serde_json::to_value(&typed).map_err(|e| e.to_string())
            }

            /// Decodes `json` as the success response `status` of
            /// `operation` and encodes it again; `None` if the spec has no
            /// JSON body there.
            pub fn roundtrip_response(
                operation: &str,
                status: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                match (operation, status) {
                    #(#responses,)*
                    (_, status) if !status.starts_with('2') && OPERATIONS.iter().any(|op| op.0 == operation) => {
                        Some(roundtrip::<super::types::ApiError>(json))
                    }
                    _ => None,
                }
            }

            /// Decodes `json` as the payload of webhook `event` and encodes it
            /// again; `None` if the spec has no such webhook.
            #[allow(unused_variables)] // a spec without webhooks leaves `json` unused
            pub fn roundtrip_webhook(
                event: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                match event {
                    #(#webhooks,)*
                    _ => None,
                }
            }

            /// Decodes `json` as the request body of `operation` and encodes
            /// it again; `None` if the operation takes no JSON body.
            #[allow(unused_variables)] // a spec without JSON bodies leaves `json` unused
            pub fn roundtrip_body(
                operation: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                match operation {
                    #(#bodies,)*
                    _ => None,
                }
            }
        }
    }
}

/// The payload types of the spec's webhooks, chosen by event type.
fn webhook_events(analysis: &Analysis) -> TokenStream {
    let events: Vec<&String> = analysis.webhooks.iter().map(|(e, _)| e).collect();
    let variants: Vec<syn::Ident> = analysis
        .webhooks
        .iter()
        .map(|(event, _)| {
            let words: Vec<&str> = event.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            format_ident!("{}", type_name(&words.join("_")))
        })
        .collect();
    let types: Vec<syn::Ident> = analysis
        .webhooks
        .iter()
        .map(|(_, schema)| format_ident!("{}", type_name(schema)))
        .collect();
    let docs = events.iter().map(|e| format!(" A `{e}` event."));
    quote! {
        /// Webhook payloads, generated from the spec's `webhooks` section.
        pub mod webhook_events {
            /// A webhook payload (`event` envelope and `data`), typed by its
            /// event type.
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub enum WebhookPayload {
                #( #[doc = #docs] #variants(super::types::#types), )*
                /// An event type this version of the crate does not know,
                /// kept as received.
                Unknown(::serde_json::Value),
            }

            impl WebhookPayload {
                /// Every event type the spec documents.
                pub const EVENT_TYPES: &'static [&'static str] = &[ #(#events),* ];

                /// Decodes a payload whose envelope says `event_type`. A known
                /// type that does not decode is an error; an unknown type is
                /// `Unknown`.
                pub fn decode(event_type: &str, json: ::serde_json::Value) -> ::std::result::Result<Self, ::serde_json::Error> {
                    match event_type {
                        #( #events => ::serde_json::from_value(json).map(Self::#variants), )*
                        _ => Ok(Self::Unknown(json)),
                    }
                }

                /// The event type of a known payload.
                pub fn event_type(&self) -> Option<&'static str> {
                    match self {
                        #( Self::#variants(_) => Some(#events), )*
                        Self::Unknown(_) => None,
                    }
                }
            }

            impl ::serde::Serialize for WebhookPayload {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        #( Self::#variants(inner) => inner.serialize(serializer), )*
                        Self::Unknown(raw) => raw.serialize(serializer),
                    }
                }
            }
        }
    }
}
