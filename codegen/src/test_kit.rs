//! The test kit's generated tables, apart from the client: `spec_table`
//! (the spec's operations and body types, and `call_example`, which calls
//! each operation with the spec's example arguments) and the mock server's
//! typed expectations; in `spec_table`, every union with sample values of
//! each variant (`union_cases`). Both compile only with the `mock` feature.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::model::{Analysis, MultipartOp};
use crate::multipart::field_ident;
use crate::names::Registry;
use crate::objects::Object;
use crate::open_types::type_name;
use crate::requests::{self, Given};
use crate::spec::path_params;
use crate::union_cases;

/// A generated client method: its name, generics and (argument, type) list.
pub struct Signature {
    /// The method's name.
    pub name: syn::Ident,
    /// Its generics (lifetimes), as progenitor wrote them.
    pub generics: syn::Generics,
    /// Its named arguments with their types.
    pub args: Vec<(syn::Ident, syn::Type)>,
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
    let arms = signatures.iter().filter_map(|s| example_arm(analysis, s));
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

/// The `call_example` arm of one method; `None` for an operation the spec
/// has no examples of.
fn example_arm(analysis: &Analysis, signature: &Signature) -> Option<TokenStream> {
    let name = &signature.name;
    let id = name.to_string();
    let example = analysis.examples.iter().find(|e| e.id == id)?;
    let upload = analysis.multipart.iter().find(|m| m.id == id);
    let mut lets = Vec::new();
    let mut pass = Vec::new();
    for (i, (arg, ty)) in signature.args.iter().enumerate() {
        let value = format_ident!("arg{}", i);
        let arg_name = arg.to_string();
        if let (Some(upload), "body") = (upload, arg_name.as_str()) {
            let form = example_form(upload);
            lets.push(quote! { let #value = #form; });
            pass.push(quote!(&#value));
            continue;
        }
        let json = if arg_name == "body" {
            example.body.clone()
        } else {
            example
                .params
                .iter()
                .find(|p| p.name == arg_name)
                .map(|p| p.value.clone())
        };
        let Some(json) = json else {
            let reason = format!("the spec has no example for `{arg_name}`");
            return Some(quote!(#id => Some(Err(#reason.to_owned())),));
        };
        let text = json.to_string();
        let (owned, passed) = owned_arg(ty, &value);
        lets.push(quote! {
            let #value: #owned = ::serde_json::from_str(#text)
                .map_err(|e| format!("example for `{}` does not decode: {}", #arg_name, e))?;
        });
        pass.push(passed);
    }
    let call = example_call(analysis, signature, &pass);
    Some(quote! {
        #id => Some(Ok(Box::pin(async move {
            #( #lets )*
            let response = #call.await.map_err(|e| format!("{e}"))?;
            let status = response.status().as_u16();
            ::serde_json::to_value(response.into_inner())
                .map(|body| (status, body))
                .map_err(|e| e.to_string())
        }))),
    })
}

/// The call of `signature` with the arguments `pass`: direct, or through
/// its request builder (a setter per query parameter, an optional one only
/// when it has a value).
fn example_call(analysis: &Analysis, signature: &Signature, pass: &[TokenStream]) -> TokenStream {
    let name = &signature.name;
    let plan = analysis
        .operations
        .iter()
        .find(|op| *name == op.id)
        .and_then(|op| requests::plan(signature, &op.path));
    let Some(plan) = plan else {
        return quote!(client.#name(#( #pass ),*));
    };
    let mut arguments = Vec::new();
    let mut setters = Vec::new();
    for (((arg, _), given), value) in signature.args.iter().zip(&plan).zip(pass) {
        match given {
            Given::Argument => arguments.push(value),
            Given::Setter { required: true } => setters.push(quote!(let call = call.#arg(#value);)),
            Given::Setter { required: false } => setters.push(quote! {
                let call = match #value { Some(value) => call.#arg(value), None => call };
            }),
        }
    }
    quote!({
        let call = client.#name(#( #arguments ),*);
        #( #setters )*
        call.send()
    })
}

/// The example form of an upload: a small PDF for each file, the example
/// text for each text field.
fn example_form(upload: &MultipartOp) -> TokenStream {
    let form = format_ident!("{}Form", type_name(&upload.id));
    let fields = upload.fields.iter().map(|field| {
        let ident = field_ident(&field.name);
        let part = if field.file {
            quote!(
                crate::FilePart::new("example.pdf", &b"%PDF-1.4 example"[..])
                    .with_content_type("application/pdf")
            )
        } else {
            let text = &field.example;
            quote!(#text.to_owned())
        };
        if field.required {
            quote!(#ident: #part,)
        } else {
            quote!(#ident: Some(#part),)
        }
    });
    quote!(super::forms::#form { #( #fields )* })
}

/// `spec_table::parameters`: each method's arguments other than its body,
/// with the Rust type each is passed as (by `std::any::type_name`, so an
/// alias shows as the type it names), for tests that compare one
/// parameter across operations.
fn parameter_types(signatures: &[Signature]) -> TokenStream {
    let rows = signatures.iter().flat_map(|s| {
        let operation = s.name.to_string();
        s.args
            .iter()
            .filter(|(arg, _)| arg != "body")
            .map(move |(arg, ty)| {
                let name = arg.to_string();
                let name = name.trim_start_matches("r#").trim_end_matches('_');
                // The methods' lifetimes are their own; `type_name` needs a
                // type without free lifetimes.
                let ty: TokenStream = quote!(#ty)
                    .to_string()
                    .replace("'a", "'static")
                    .parse()
                    .expect("a type with its lifetimes renamed is a type");
                quote!((#operation, #name, ::std::any::type_name::<#ty>()))
            })
    });
    quote! {
        /// Every method's arguments other than its body: (method name,
        /// parameter name (a keyword without its trailing `_`), Rust type as
        /// passed).
        pub fn parameters() -> ::std::vec::Vec<(&'static str, &'static str, &'static str)> {
            ::std::vec::Vec::from([ #(#rows),* ])
        }
    }
}

/// The spec's operations and the Rust types of their JSON bodies, so tests
/// and the mock server can walk the spec's examples generically.
pub fn spec_table(
    spec: &Value,
    analysis: &Analysis,
    names: &Registry,
    signatures: &[Signature],
    objects: &[Object],
) -> TokenStream {
    let servers = &analysis.servers;
    let probe = example_calls(analysis, signatures);
    let path_of = |schema: &str| names.path(schema);
    let ops = analysis.operations.iter().map(|op| {
        let (id, method, path) = (&op.id, &op.method, &op.path);
        quote!((#id, #method, #path))
    });
    let response_types = response_types(analysis, names);
    let bodies_and_webhooks = body_and_webhook_types(analysis, names);
    let unions = union_cases::table(spec, analysis, objects, &path_of);
    let roundtrips = roundtrips();
    let parameters = parameter_types(signatures);
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

            #parameters

            #roundtrips

            #response_types

            #bodies_and_webhooks

            #unions
        }
    }
}

/// `spec_table`'s functions that name the request body and webhook
/// payload types at run time, and the round trips through them.
fn body_and_webhook_types(analysis: &Analysis, names: &Registry) -> TokenStream {
    let webhooks = analysis.webhooks.iter().map(|w| {
        let (event, ty) = (&w.event, names.path(&w.schema));
        quote!(#event => Some(action.with::<#ty>()))
    });
    let bodies = analysis.bodies.iter().map(|b| {
        let (id, ty) = (&b.operation, names.path(&b.schema));
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

/// `spec_table::response_type` (the Rust type of each JSON response, by
/// operation and status) and `roundtrip_response` through it.
fn response_types(analysis: &Analysis, names: &Registry) -> TokenStream {
    let responses = analysis.responses.iter().map(|r| {
        let (id, status, ty) = (&r.operation, &r.status, names.path(&r.schema));
        quote!((#id, #status) => Some(action.with::<#ty>()))
    });
    let api_error = names.path(crate::rules::API_ERROR);
    quote! {
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

    }
}

/// The part of `spec_table` that is the same for every spec: the
/// round-trip through JSON text and the trait that names a type at run time.
fn roundtrips() -> TokenStream {
    quote! {
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

    }
}

/// Typed expectations on the test kit's server, one per operation:
/// `server.on_<method>(<path parameters>)` then `.ok(&body)` /
/// `.error(status, &ApiError)` / `.respond(reply)`. The path parameters
/// have the client method's names and types (`&Uuid` for an id), and are
/// encoded into the path as the client encodes them.
pub fn mock_expectations(
    analysis: &Analysis,
    names: &Registry,
    signatures: &[Signature],
) -> TokenStream {
    let methods = analysis.operations.iter().map(|op| {
        let (id, method, path) = (&op.id, &op.method, &op.path);
        let name = format_ident!("on_{}", id);
        let signature = signatures.iter().find(|s| s.name == id.as_str());
        let raw_params = path_params(path);
        let params: Vec<syn::Ident> = raw_params.iter().map(|p| field_ident(p)).collect();
        let types = params.iter().map(|param| {
            let ty = signature.and_then(|s| s.args.iter().find(|(arg, _)| arg == param));
            match ty {
                Some((_, ty)) => quote!(#ty),
                None => quote!(impl ::std::fmt::Display),
            }
        });
        let generics = signature.map(|s| &s.generics);
        let mut template = path.clone();
        for (i, raw) in raw_params.iter().enumerate() {
            template = template.replacen(&format!("{{{raw}}}"), &format!("{{{i}}}"), 1);
        }
        let success = analysis.responses.iter().find(|r| &r.operation == id);
        let (status, body) = match success {
            Some(r) => (r.status.parse::<u16>().unwrap_or(200), names.path(&r.schema)),
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
