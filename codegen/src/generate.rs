//! From the prepared spec to Rust source: progenitor for the types and the
//! raw client, our own code for open enums, tagged unions, objects, webhook
//! events, paging and the typed facade on `crate::Client`; the test kit's
//! tables come from `test_kit`.

use std::collections::BTreeSet;
use std::path::Path;

use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::model::Analysis;
use crate::modules;
use crate::multipart::{self, field_ident};
use crate::names::{Home, Registry};
use crate::objects;
use crate::open_types::{self, type_name};
use crate::requests;
use crate::test_kit::{self, Signature};
use crate::Options;

/// Where the hand-written runtime state of a client lives (progenitor's
/// "inner type", handed to every hook).
const INNER_TYPE: &str = "crate::client::Runtime";

/// Generates the source of `$OUT_DIR/codegen.rs`.
pub fn generate(
    spec: &Value,
    analysis: &Analysis,
    options: &Options,
    file: &Path,
) -> Result<String> {
    let openapi: openapiv3::OpenAPI = serde_path_to_error::deserialize(spec).map_err(|e| {
        let pointer = format!("/{}", e.path().to_string().replace('.', "/"));
        PipelineError::new(
            file,
            pointer,
            format!("not a valid OpenAPI 3.0 document here: {}", e.inner()),
        )
    })?;
    let (objects, names) = objects::collect(spec, analysis, &Registry::new(spec, analysis));
    let raw = progenitor(&openapi, settings(&names, options), file)?;

    let (forms, uploads) = multipart::generate(&analysis.multipart, &names);
    let raw = quote! { #raw #uploads };
    let raw_file: syn::File = syn::parse2(raw.clone())
        .map_err(|e| PipelineError::new(file, "", format!("generated code does not parse: {e}")))?;
    let (facade, signatures) = facade(&raw_file, analysis, &names);
    let mut items = open_types::open_enums(&analysis.open_enums, &names, options);
    items.extend(
        analysis
            .unions
            .iter()
            .map(|u| (u.name.clone(), open_types::tagged_union(u, &names, options))),
    );
    items.extend(
        objects
            .iter()
            .map(|o| (o.name.clone(), objects::generate(o, &names, options))),
    );
    let model = modules::model(spec, analysis, &names, items, &typify_types(&raw_file));
    let table = test_kit::spec_table(spec, analysis, &names, &signatures, &objects);
    let webhooks = webhook_events(analysis, &names);
    let paging = paging_impls(analysis, &names);
    let expectations = test_kit::mock_expectations(analysis, &names, &signatures);

    let all = quote! {
        #raw

        #model

        #forms

        #webhooks

        #facade

        #paging

        #expectations

        #table
    };
    let formatted: syn::File = syn::parse2(all)
        .map_err(|e| PipelineError::new(file, "", format!("generated code does not parse: {e}")))?;
    Ok(prettyplease::unparse(&formatted))
}

/// The names of the types typify declared in progenitor's `types` module.
fn typify_types(raw: &syn::File) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in &raw.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.ident != "types" {
            continue;
        }
        for inner in module.content.iter().flat_map(|(_, items)| items) {
            match inner {
                syn::Item::Struct(s) => out.insert(s.ident.to_string()),
                syn::Item::Enum(e) => out.insert(e.ident.to_string()),
                syn::Item::Type(t) => out.insert(t.ident.to_string()),
                _ => false,
            };
        }
    }
    out
}

/// progenitor's settings: our interface style, and every type the
/// registry places outside typify's module plugged in by its path.
fn settings(names: &Registry, options: &Options) -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_inner_type(INNER_TYPE.parse().expect("a valid type path"))
        .with_derive("PartialEq");
    if options.schemars {
        settings.with_derive("::schemars::JsonSchema");
    }
    for (schema, path, home) in names.replacements() {
        // Open enums and scalars parse from and print as strings.
        let impls = match home {
            Home::Scalar | Home::OpenEnum => vec![TypeImpl::Display, TypeImpl::FromStr],
            _ => Vec::new(),
        };
        settings.with_replacement(type_name(&schema), path, impls.into_iter());
    }
    settings
}

/// Runs progenitor. typify and progenitor panic on some inputs they do not
/// support; the checks before this aim to catch those first, this is the
/// last guard. The default panic message is silenced: the error reports it.
fn progenitor(
    openapi: &openapiv3::OpenAPI,
    settings: GenerationSettings,
    file: &Path,
) -> Result<TokenStream> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let raw = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(openapi)
    });
    std::panic::set_hook(previous_hook);
    raw.map_err(|panic| {
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
    })
}

/// One method on `crate::Client` per generated method, with its docs,
/// returning the crate's own error type: with the same signature, or for
/// an operation with query parameters a request builder (`requests`).
/// Derived from progenitor's own output, so parameter names and types
/// always agree.
fn facade(raw: &syn::File, analysis: &Analysis, names: &Registry) -> (TokenStream, Vec<Signature>) {
    let mut methods = Vec::new();
    let mut signatures = Vec::new();
    let mut request_types = Vec::new();
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
            let docs: Vec<&syn::Attribute> = method
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .collect();
            let name = &method.sig.ident;
            let generics = &method.sig.generics;
            let inputs = &method.sig.inputs;
            let operation = name.to_string();
            let signature = signature_of(&method.sig);
            let args = signature.args.iter().map(|(arg, _)| arg);
            let plan = analysis
                .operations
                .iter()
                .find(|op| op.id == operation)
                .and_then(|op| requests::plan(&signature, &op.path));
            if let Some(plan) = plan {
                let paged = requests::paged(analysis, names, &operation);
                let (method, request) =
                    requests::builder(&signature, &plan, &docs, &success, paged.as_ref());
                methods.push(method);
                request_types.push(request);
            } else {
                // The raw call's future holds progenitor's request building, the
                // hooks' attempt loop and reqwest's pending response: kilobytes.
                // Boxed here, it is written once to the heap; unboxed, every layer
                // of `execute` (task-local scope, deadline, tracing span) moved it
                // again, which measured as ~20k instructions of memcpy per call
                // (see BENCHMARKS.md).
                methods.push(quote! {
                #(#docs)*
                pub async fn #name #generics (#inputs) -> ::std::result::Result<#success, crate::Error> {
                    self.execute(#operation, ::std::boxed::Box::pin(self.raw().#name(#(#args),*))).await
                }
            });
            }
            signatures.push(signature);
        }
    }
    let facade = quote! {
        // The signatures are progenitor's, lifetimes included.
        #[allow(clippy::needless_lifetimes)]
        impl crate::Client {
            #( #methods )*
        }

        /// Calls of operations with query parameters, being built: set the
        /// parameters by name, then `send()`.
        pub mod requests {
            // The argument types are progenitor's, named from the parent.
            #[allow(unused_imports)]
            use super::*;

            #( #request_types )*
        }
    };
    (facade, signatures)
}

/// A raw method's name, generics and named arguments.
fn signature_of(sig: &syn::Signature) -> Signature {
    Signature {
        name: sig.ident.clone(),
        generics: sig.generics.clone(),
        args: sig
            .inputs
            .iter()
            .filter_map(|arg| match arg {
                syn::FnArg::Typed(t) => match &*t.pat {
                    syn::Pat::Ident(i) => Some((i.ident.clone(), (*t.ty).clone())),
                    _ => None,
                },
                syn::FnArg::Receiver(_) => None,
            })
            .collect(),
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

/// The payload types of the spec's webhooks, chosen by event type.
fn webhook_events(analysis: &Analysis, names: &Registry) -> TokenStream {
    let events: Vec<&String> = analysis.webhooks.iter().map(|w| &w.event).collect();
    let variants: Vec<syn::Ident> = analysis
        .webhooks
        .iter()
        .map(|w| {
            let words: Vec<&str> = w
                .event
                .split(|c: char| !c.is_ascii_alphanumeric())
                .collect();
            format_ident!("{}", type_name(&words.join("_")))
        })
        .collect();
    let types: Vec<TokenStream> = analysis
        .webhooks
        .iter()
        .map(|w| names.path(&w.schema))
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
                #( #[doc = #docs] #variants(#types), )*
                /// An event type this version of the crate does not know,
                /// kept as received (its exact text).
                Unknown(crate::json::RawJson),
            }

            impl WebhookPayload {
                /// Every event type the spec documents.
                pub const EVENT_TYPES: &'static [&'static str] = &[ #(#events),* ];

                /// Decodes the body of a delivery whose envelope says
                /// `event_type`, from its bytes (so amounts keep every digit).
                /// A known type that does not decode is an error; an unknown
                /// type is `Unknown`.
                #[allow(clippy::match_single_binding)] // no arms for a spec without webhooks
                pub fn decode(event_type: &str, body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                    match event_type {
                        #( #events => ::serde_json::from_slice(body).map(Self::#variants), )*
                        _ => ::serde_json::from_slice(body).map(Self::Unknown),
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

/// `paging::Page` for every paged list response, so `paging::items` can
/// walk all its pages.
fn paging_impls(analysis: &Analysis, names: &Registry) -> TokenStream {
    let impls = analysis.paged.iter().map(|p| {
        let response = names.path(&p.response);
        let item = names.path(&p.item);
        let items = field_ident(&p.items);
        let info = ["current_page", "per_page", "total_page", "total"].iter().map(|f| {
            let ident = format_ident!("{}", f);
            if p.fields.iter().any(|x| x == f) {
                quote!(#ident: p.#ident)
            } else {
                quote!(#ident: None)
            }
        });
        let data = if p.data_required {
            quote!(let data = self.data;)
        } else {
            quote!(let Some(data) = self.data else { return (::std::vec::Vec::new(), None) };)
        };
        quote! {
            impl crate::paging::Page for #response {
                type Item = #item;
                fn into_parts(self) -> (::std::vec::Vec<Self::Item>, ::std::option::Option<crate::paging::PageInfo>) {
                    #data
                    let info = data.pagination.map(|p| crate::paging::PageInfo { #( #info ),* });
                    (data.#items.unwrap_or_default(), info)
                }
            }
        }
    });
    quote! { #( #impls )* }
}
