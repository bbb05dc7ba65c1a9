//! From the prepared spec to Rust source: progenitor for the types and the
//! raw client, our own code for open enums, tagged unions, the typed facade
//! on `crate::Client`, and a table of the spec's operations and types.

use std::path::Path;

use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::multipart::{self, field_ident};
use crate::objects;
use crate::open_types::{self, type_name};
use crate::rules::Analysis;
use crate::spec::path_params;
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

    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_inner_type(INNER_TYPE.parse().expect("a valid type path"))
        .with_derive("PartialEq");
    if options.schemars {
        settings.with_derive("::schemars::JsonSchema");
    }
    for e in &analysis.open_enums {
        let name = type_name(&e.name);
        settings.with_replacement(
            &name,
            format!("crate::generated::open_types::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for (name, _) in crate::rules::SCALARS {
        settings.with_replacement(
            name,
            format!("crate::{name}"),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for u in &analysis.unions {
        let name = type_name(&u.name);
        settings.with_replacement(
            &name,
            format!("crate::generated::open_types::{name}"),
            [].into_iter(),
        );
    }
    let objects = objects::collect(spec, analysis);
    for object in &objects {
        let name = type_name(&object.name);
        settings.with_replacement(
            &name,
            format!("crate::generated::objects::{name}"),
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
    let (facade, signatures) = facade(&raw_file);
    let probe = example_calls(analysis, &signatures);
    let enums = open_types::open_enums(&analysis.open_enums, options);
    let unions = analysis
        .unions
        .iter()
        .map(|u| open_types::tagged_union(u, options));
    let structs = objects.iter().map(|o| objects::generate(o, options));
    let table = spec_table(spec, analysis, &objects, probe);
    let webhooks = webhook_events(analysis, &objects);
    let paging = paging_impls(analysis, &objects);
    let expectations = mock_expectations(analysis, &objects, &signatures);

    let all = quote! {
        #raw

        /// Open enums and tagged unions, generated from the spec's lists.
        pub mod open_types {
            #enums
            #( #unions )*
        }

        /// The spec's object types, with their own decoding (exact
        /// numbers, unknown keys kept as received, repeated keys refused).
        pub mod objects {
            #( #structs )*
        }

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

/// One method on `crate::Client` per generated method, with the same
/// signature and docs, returning the crate's own error type. Derived from
/// progenitor's own output, so parameter names and types always agree.
fn facade(raw: &syn::File) -> (TokenStream, Vec<Signature>) {
    let mut methods = Vec::new();
    let mut signatures = Vec::new();
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
            signatures.push(Signature {
                name: name.clone(),
                generics: generics.clone(),
                args: inputs
                    .iter()
                    .filter_map(|arg| match arg {
                        syn::FnArg::Typed(t) => match &*t.pat {
                            syn::Pat::Ident(i) => Some((i.ident.clone(), (*t.ty).clone())),
                            _ => None,
                        },
                        syn::FnArg::Receiver(_) => None,
                    })
                    .collect(),
            });
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
    }
    let facade = quote! {
        // The signatures are progenitor's, lifetimes included.
        #[allow(clippy::needless_lifetimes)]
        impl crate::Client {
            #( #methods )*
        }
    };
    (facade, signatures)
}

/// A generated method: its name and its (argument, type) list.
struct Signature {
    name: syn::Ident,
    generics: syn::Generics,
    args: Vec<(syn::Ident, syn::Type)>,
}

/// The owned type to build an argument of type `ty` from JSON, and how to
/// pass it: `&'a T` → `T` by reference, `Option<&'a T>` → `Option<T>` with
/// `as_deref`/`as_ref`, `&'a str` → `String`.
fn owned_arg(ty: &syn::Type, value: &syn::Ident) -> (TokenStream, TokenStream) {
    if let syn::Type::Reference(r) = ty {
        let inner = &*r.elem;
        if quote!(#inner).to_string() == "str" {
            return (quote!(::std::string::String), quote!(#value.as_str()));
        }
        return (quote!(#inner), quote!(&#value));
    }
    if let syn::Type::Path(p) = ty {
        if let Some(last) = p.path.segments.last() {
            if last.ident == "Option" {
                if let syn::PathArguments::AngleBracketed(a) = &last.arguments {
                    if let Some(syn::GenericArgument::Type(syn::Type::Reference(r))) =
                        a.args.first()
                    {
                        let inner = &*r.elem;
                        if quote!(#inner).to_string() == "str" {
                            return (
                                quote!(::std::option::Option<::std::string::String>),
                                quote!(#value.as_deref()),
                            );
                        }
                        return (
                            quote!(::std::option::Option<#inner>),
                            quote!(#value.as_ref()),
                        );
                    }
                }
            }
        }
    }
    (quote!(#ty), quote!(#value))
}

/// `spec_table::call_example`: calls an operation with the spec's example
/// arguments. Used to run the whole API against an independent mock server.
fn example_calls(analysis: &Analysis, signatures: &[Signature]) -> TokenStream {
    let mut arms = Vec::new();
    for signature in signatures {
        let name = &signature.name;
        let id = name.to_string();
        let Some(example) = analysis.examples.iter().find(|e| e.id == id) else {
            continue;
        };
        let upload = analysis.multipart.iter().find(|m| m.id == id);
        let mut lets = Vec::new();
        let mut pass = Vec::new();
        let mut missing = None;
        for (i, (arg, ty)) in signature.args.iter().enumerate() {
            let value = format_ident!("arg{}", i);
            let arg_name = arg.to_string();
            if let (Some(upload), "body") = (upload, arg_name.as_str()) {
                let form = format_ident!("{}Form", type_name(&upload.id));
                let fields = upload.fields.iter().map(|(field, binary, required, _)| {
                    let ident = field_ident(field);
                    let part = if *binary {
                        quote!(
                            crate::FilePart::new("example.pdf", &b"%PDF-1.4 example"[..])
                                .with_content_type("application/pdf")
                        )
                    } else {
                        let text = upload
                            .field_examples
                            .iter()
                            .find(|(name, _)| name == field)
                            .map(|(_, text)| text.clone())
                            .unwrap_or_default();
                        quote!(#text.to_owned())
                    };
                    if *required {
                        quote!(#ident: #part,)
                    } else {
                        quote!(#ident: Some(#part),)
                    }
                });
                lets.push(quote! { let #value = super::forms::#form { #( #fields )* }; });
                pass.push(quote!(&#value));
                continue;
            }
            let json = if arg_name == "body" {
                example.body.clone()
            } else {
                example
                    .params
                    .iter()
                    .find(|(p, _, _)| *p == arg_name)
                    .map(|(_, v, _)| v.clone())
            };
            let Some(json) = json else {
                missing = Some(format!("the spec has no example for `{arg_name}`"));
                break;
            };
            let text = json.to_string();
            let (owned, passed) = owned_arg(ty, &value);
            lets.push(quote! {
                let #value: #owned = ::serde_json::from_str(#text)
                    .map_err(|e| format!("example for `{}` does not decode: {}", #arg_name, e))?;
            });
            pass.push(passed);
        }
        let arm = match missing {
            Some(reason) => quote!(#id => Some(Err(#reason.to_owned())),),
            None => quote! {
                #id => Some(Ok(Box::pin(async move {
                    #( #lets )*
                    let response = client.#name(#( #pass ),*).await.map_err(|e| format!("{e}"))?;
                    let status = response.status().as_u16();
                    ::serde_json::to_value(response.into_inner())
                        .map(|body| (status, body))
                        .map_err(|e| e.to_string())
                }))),
            },
        };
        arms.push(arm);
    }
    quote! {
        /// A pending example call: the status and re-encoded body, or why it failed.
        pub type ExampleCall<'a> = ::std::pin::Pin<Box<dyn ::std::future::Future<
            Output = ::std::result::Result<(u16, ::serde_json::Value), String>> + Send + 'a>>;

        /// Calls `operation` with the spec's example arguments; `None` for
        /// an unknown operation, `Some(Err(why))` when the spec gives no
        /// example to call it with.
        pub fn call_example<'a>(
            client: &'a crate::Client,
            operation: &str,
        ) -> Option<::std::result::Result<ExampleCall<'a>, String>> {
            match operation {
                #( #arms )*
                _ => None,
            }
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

/// The path of the Rust type of a component schema: ours for the open
/// enums, unions and objects, typify's otherwise.
fn type_path(analysis: &Analysis, objects: &[objects::Object], schema: &str) -> TokenStream {
    let name = type_name(schema);
    let ident = format_ident!("{}", name);
    let ours = analysis
        .open_enums
        .iter()
        .any(|e| type_name(&e.name) == name)
        || analysis.unions.iter().any(|u| type_name(&u.name) == name);
    if ours {
        quote!(crate::generated::open_types::#ident)
    } else if objects.iter().any(|o| type_name(&o.name) == name) {
        quote!(crate::generated::objects::#ident)
    } else {
        quote!(crate::generated::types::#ident)
    }
}

/// The spec's operations and the Rust types of their JSON bodies, so tests
/// and the mock server can walk the spec's examples generically.
fn spec_table(
    spec: &Value,
    analysis: &Analysis,
    objects: &[objects::Object],
    probe: TokenStream,
) -> TokenStream {
    let servers = &analysis.servers;
    let path_of = |schema: &str| type_path(analysis, objects, schema);
    let unions = crate::union_cases::table(spec, analysis, objects, &path_of);
    let ops = analysis
        .operations
        .iter()
        .map(|(id, method, path)| quote!((#id, #method, #path)));
    let responses = analysis.responses.iter().map(|(id, status, schema)| {
        let ty = path_of(schema);
        quote!((#id, #status) => Some(action.with::<#ty>()))
    });
    let api_error = path_of(crate::rules::API_ERROR);
    let bodies_and_webhooks = body_and_webhook_types(analysis, &path_of);
    quote! {
        /// The spec's `servers` URLs, in its order.
        pub const SERVERS: &[&str] = &[ #(#servers),* ];

        /// The spec's operations and the types of their bodies. Only tests
        /// and the test kit walk it, so only the `mock` feature (which the
        /// crate's own tests turn on) compiles it: its round-trip and
        /// example-call arms instantiate serde code for every body type.
        #[cfg(feature = "mock")]
        pub mod spec_table {
            #[allow(unused_imports)] // the example calls name types as the methods do
            use super::types;

            #probe

            pub use super::SERVERS;

            /// Every operation: (method name, HTTP method, path template).
            pub const OPERATIONS: &[(&str, &str, &str)] = &[ #(#ops),* ];

            fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
                json: &::serde_json::Value,
            ) -> ::std::result::Result<::serde_json::Value, String> {
                // Through JSON text, the way the client reads and writes.
                let typed: T = ::serde_json::from_str(&json.to_string()).map_err(|e| e.to_string())?;
                let text = ::serde_json::to_string(&typed).map_err(|e| e.to_string())?;
                ::serde_json::from_str(&text).map_err(|e| e.to_string())
            }

            /// Something to do with a Rust type named at run time (see
            /// [`response_type`]).
            pub trait WithType {
                /// What it gives.
                type Output;
                /// Does it with the type `T`.
                fn with<T: ::serde::de::DeserializeOwned + ::serde::Serialize + 'static>(self) -> Self::Output;
            }

            /// Calls `action` with the type of the success response
            /// `status` of `operation` (`ApiError` for an error status);
            /// `None` if the spec has no JSON body there.
            pub fn response_type<W: WithType>(
                operation: &str,
                status: &str,
                action: W,
            ) -> Option<W::Output> {
                match (operation, status) {
                    #(#responses,)*
                    (_, status) if !status.starts_with('2') && OPERATIONS.iter().any(|op| op.0 == operation) => {
                        Some(action.with::<#api_error>())
                    }
                    _ => None,
                }
            }

            struct Roundtrip<'a>(&'a ::serde_json::Value);

            impl WithType for Roundtrip<'_> {
                type Output = ::std::result::Result<::serde_json::Value, String>;
                fn with<T: ::serde::de::DeserializeOwned + ::serde::Serialize + 'static>(self) -> Self::Output {
                    roundtrip::<T>(self.0)
                }
            }

            /// Decodes `json` as the success response `status` of
            /// `operation` and encodes it again; `None` if the spec has no
            /// JSON body there.
            pub fn roundtrip_response(
                operation: &str,
                status: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                response_type(operation, status, Roundtrip(json))
            }

            #bodies_and_webhooks

            #unions
        }
    }
}

/// `spec_table`'s functions that name the request body and webhook
/// payload types at run time, and the round trips through them.
fn body_and_webhook_types(
    analysis: &Analysis,
    path_of: &dyn Fn(&str) -> TokenStream,
) -> TokenStream {
    let webhooks = analysis.webhooks.iter().map(|(event, schema)| {
        let ty = path_of(schema);
        quote!(#event => Some(action.with::<#ty>()))
    });
    let bodies = analysis.bodies.iter().map(|(id, schema)| {
        let ty = path_of(schema);
        quote!(#id => Some(action.with::<#ty>()))
    });
    quote! {
            /// Calls `action` with the payload type of webhook `event`;
            /// `None` if the spec has no such webhook.
            // A spec without webhooks leaves a match with only `_`.
            #[allow(unused_variables, clippy::match_single_binding)]
            pub fn webhook_type<W: WithType>(event: &str, action: W) -> Option<W::Output> {
                match event {
                    #(#webhooks,)*
                    _ => None,
                }
            }

            /// Calls `action` with the request body type of `operation`;
            /// `None` if the operation takes no JSON body.
            // A spec without JSON bodies leaves a match with only `_`.
            #[allow(unused_variables, clippy::match_single_binding)]
            pub fn body_type<W: WithType>(operation: &str, action: W) -> Option<W::Output> {
                match operation {
                    #(#bodies,)*
                    _ => None,
                }
            }

            /// Decodes `json` as the payload of webhook `event` and encodes it
            /// again; `None` if the spec has no such webhook.
            pub fn roundtrip_webhook(
                event: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                webhook_type(event, Roundtrip(json))
            }

            /// Decodes `json` as the request body of `operation` and encodes
            /// it again; `None` if the operation takes no JSON body.
            pub fn roundtrip_body(
                operation: &str,
                json: &::serde_json::Value,
            ) -> Option<::std::result::Result<::serde_json::Value, String>> {
                body_type(operation, Roundtrip(json))
            }
    }
}

/// The payload types of the spec's webhooks, chosen by event type.
fn webhook_events(analysis: &Analysis, objects: &[objects::Object]) -> TokenStream {
    let events: Vec<&String> = analysis.webhooks.iter().map(|(e, _)| e).collect();
    let variants: Vec<syn::Ident> = analysis
        .webhooks
        .iter()
        .map(|(event, _)| {
            let words: Vec<&str> = event.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            format_ident!("{}", type_name(&words.join("_")))
        })
        .collect();
    let types: Vec<TokenStream> = analysis
        .webhooks
        .iter()
        .map(|(_, schema)| type_path(analysis, objects, schema))
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
fn paging_impls(analysis: &Analysis, objects: &[objects::Object]) -> TokenStream {
    let impls = analysis.paged.iter().map(|p| {
        let response = type_path(analysis, objects, &p.response);
        let item = type_path(analysis, objects, &p.item);
        let items = field_ident(&p.items);
        let info = ["current_page", "per_page", "total_page", "total"].iter().map(|f| {
            let ident = format_ident!("{}", f);
            if p.fields.iter().any(|x| x == f) {
                quote!(#ident: p.#ident)
            } else {
                quote!(#ident: None)
            }
        });
        quote! {
            impl crate::paging::Page for #response {
                type Item = #item;
                fn into_parts(self) -> (::std::vec::Vec<Self::Item>, ::std::option::Option<crate::paging::PageInfo>) {
                    let Some(data) = self.data else { return (::std::vec::Vec::new(), None) };
                    let info = data.pagination.map(|p| crate::paging::PageInfo { #( #info ),* });
                    (data.#items.unwrap_or_default(), info)
                }
            }
        }
    });
    quote! { #( #impls )* }
}

/// Typed expectations on the test kit's server, one per operation:
/// `server.on_<method>(<path parameters>)` then `.ok(&body)` /
/// `.error(status, &ApiError)` / `.respond(reply)`. The path parameters
/// have the client method's names and types (`&Uuid` for an id), and are
/// encoded into the path as the client encodes them.
fn mock_expectations(
    analysis: &Analysis,
    objects: &[objects::Object],
    signatures: &[Signature],
) -> TokenStream {
    let methods = analysis.operations.iter().map(|(id, method, path)| {
        let name = format_ident!("on_{}", id);
        let signature = signatures.iter().find(|s| s.name == id.as_str());
        let names = path_params(path);
        let params: Vec<syn::Ident> = names.iter().map(|p| field_ident(p)).collect();
        let types = params.iter().map(|param| {
            let ty = signature.and_then(|s| s.args.iter().find(|(arg, _)| arg == param));
            match ty {
                Some((_, ty)) => quote!(#ty),
                None => quote!(impl ::std::fmt::Display),
            }
        });
        let generics = signature.map(|s| &s.generics);
        let mut template = path.clone();
        for (i, raw) in names.iter().enumerate() {
            template = template.replacen(&format!("{{{raw}}}"), &format!("{{{i}}}"), 1);
        }
        let success = analysis.responses.iter().find(|(op, _, _)| op == id);
        let (status, body) = match success {
            Some((_, status, schema)) => (status.parse::<u16>().unwrap_or(200), type_path(analysis, objects, schema)),
            None => (200, quote!(())),
        };
        let doc = format!(" Answers `{method} {path}` for these path parameters.");
        let path_expr = if params.is_empty() {
            quote!(::std::string::String::from(#template))
        } else {
            quote!(format!(#template, #( ::progenitor_client::encode_path(&#params.to_string()) ),*))
        };
        quote! {
            #[doc = #doc]
            pub fn #name #generics (&self, #( #params: #types ),*) -> crate::mock::Expectation<'_, #body> {
                crate::mock::Expectation::new(self, #method, #path_expr, #status)
            }
        }
    });
    quote! {
        /// Typed expectations of the test kit, generated per operation.
        #[cfg(feature = "mock")]
        mod mock_expectations {
            #[allow(unused_imports)] // the parameter types name types as the methods do
            use super::types;

            // The signatures are the client methods', lifetimes included.
            #[allow(clippy::needless_lifetimes, clippy::extra_unused_lifetimes)]
            impl crate::mock::MockServer {
                #( #methods )*
            }
        }
    }
}
