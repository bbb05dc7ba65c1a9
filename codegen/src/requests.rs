//! Request builders: an operation with query parameters is called as
//! `client.list_customers_v2().per_page(50).send()`, each query parameter
//! set by name, so no two can be swapped unnoticed (`Some(1), Some(50)`
//! compiles either way round). The path parameters (one at most per
//! operation) and the body stay arguments of the method: their types tell
//! them apart. `send` goes through the same `execute` as every call, so
//! per-call options (`with_options`) apply.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::Analysis;
use crate::names::Registry;
use crate::open_types::type_name;
use crate::spec::path_params;
use crate::test_kit::Signature;

/// How one argument of a raw method is given.
pub enum Given {
    /// As an argument of the method (a path parameter or the body).
    Argument,
    /// By a setter.
    Setter {
        /// Whether the spec requires it (`send()` refuses the call without it).
        required: bool,
    },
}

/// How each argument of `signature` is given, or `None` for a method
/// without query parameters (called directly).
pub fn plan(signature: &Signature, path: &str) -> Option<Vec<Given>> {
    let in_path = path_params(path);
    let plan: Vec<Given> = signature
        .args
        .iter()
        .map(|(arg, ty)| {
            let name = arg.to_string();
            if name == "body"
                || in_path
                    .iter()
                    .any(|p| crate::multipart::field_ident(p) == name)
            {
                Given::Argument
            } else {
                Given::Setter {
                    required: option_inner(ty).is_none(),
                }
            }
        })
        .collect();
    plan.iter()
        .any(|g| matches!(g, Given::Setter { .. }))
        .then_some(plan)
}

/// `T` of an `Option<T>`.
pub fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(a) = &last.arguments else {
        return None;
    };
    match a.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// The method on `crate::Client` that starts the request, and the request
/// type (for `pub mod requests`).
pub fn builder(
    signature: &Signature,
    plan: &[Given],
    docs: &[&syn::Attribute],
    success: &syn::Type,
    paged: Option<&Paged>,
) -> (TokenStream, TokenStream) {
    let name = &signature.name;
    let operation = name.to_string();
    let request = format_ident!("{}", type_name(&operation));
    let Parts {
        params,
        fields,
        inits,
        setters,
        takes,
    } = parts(signature, plan);
    let stream = paged.map(stream);
    let args = signature.args.iter().map(|(arg, _)| arg);
    let struct_doc = format!(
        " A `{operation}` call: set its parameters by name, then [`send`]({request}::send) it."
    );
    let method = quote! {
        #(#docs)*
        ///
        /// Returns the request: set its parameters by name, then `send()` it.
        pub fn #name<'a>(&'a self, #( #params ),*) -> requests::#request<'a> {
            requests::#request { client: self, #( #inits ),* }
        }
    };
    let request_type = quote! {
        #[doc = #struct_doc]
        #[must_use = "a request does nothing until it is sent"]
        #[derive(Clone, Debug)]
        pub struct #request<'a> {
            // Set by `Client`'s method, read by `send`.
            pub(crate) client: &'a crate::Client,
            #( #fields ),*
        }

        impl<'a> #request<'a> {
            #( #setters )*

            #stream

            /// Sends the request (through the client's options, retries and
            /// deadline); a required parameter not set is
            /// `Error::InvalidRequest`, before anything is sent.
            pub async fn send(self) -> ::std::result::Result<#success, crate::Error> {
                #( #takes )*
                let client = self.client;
                client.execute(#operation, ::std::boxed::Box::pin(client.raw().#name(#( #args ),*))).await
            }
        }
    };
    (method, request_type)
}

/// A paged list's request: what `stream` needs.
pub struct Paged {
    /// The response type (it implements `paging::Page`).
    response: TokenStream,
    /// The setter of the page number (`current_page` or `page`).
    page_param: syn::Ident,
}

/// `operation`'s paging, if its response is a paged list.
pub fn paged(analysis: &Analysis, names: &Registry, operation: &str) -> Option<Paged> {
    let p = analysis.paged.iter().find(|p| p.operation == operation)?;
    Some(Paged {
        response: names.path(&p.response),
        page_param: crate::multipart::field_ident(&p.page_param),
    })
}

/// `stream()`: every item of the list, through `paging::items` (so with
/// its guards), asking for page 1, 2, … with the other parameters as set.
fn stream(paged: &Paged) -> TokenStream {
    let Paged {
        response,
        page_param,
    } = paged;
    quote! {
        /// Every item of the list, page after page from the first: one
        /// stream, as [`paging::items`](crate::paging::items) walks it (it
        /// stops after the last page, an empty page or a page that does not
        /// advance; the first error ends it). The other parameters apply
        /// to every page; collect with
        /// [`paging::try_collect`](crate::paging::try_collect).
        pub fn stream(self) -> impl crate::paging::Stream<
            Item = ::std::result::Result<<#response as crate::paging::Page>::Item, crate::Error>,
        > + 'a {
            crate::paging::items(move |page| self.clone().#page_param(page).send())
        }
    }
}

/// The pieces of a request type, one entry per argument.
#[derive(Default)]
struct Parts {
    /// The method's arguments.
    params: Vec<TokenStream>,
    /// The request's fields.
    fields: Vec<TokenStream>,
    /// The fields' initial values.
    inits: Vec<TokenStream>,
    /// One setter per query parameter.
    setters: Vec<TokenStream>,
    /// `send`'s reading of each field (a required one not set is an error).
    takes: Vec<TokenStream>,
}

fn parts(signature: &Signature, plan: &[Given]) -> Parts {
    let operation = signature.name.to_string();
    let mut p = Parts::default();
    for ((arg, ty), given) in signature.args.iter().zip(plan) {
        match given {
            Given::Argument => {
                p.params.push(quote!(#arg: #ty));
                p.fields.push(quote!(pub(crate) #arg: #ty));
                p.inits.push(quote!(#arg));
                p.takes.push(quote!(let #arg = self.#arg;));
            }
            Given::Setter { required } => {
                let inner = option_inner(ty).unwrap_or(ty);
                let key = arg.to_string();
                let key = key.trim_end_matches('_');
                let doc = format!(" Sets the `{key}` parameter.");
                p.fields
                    .push(quote!(pub(crate) #arg: ::std::option::Option<#inner>));
                p.inits.push(quote!(#arg: ::std::option::Option::None));
                p.setters.push(quote! {
                    #[doc = #doc]
                    pub fn #arg(mut self, value: #inner) -> Self {
                        self.#arg = ::std::option::Option::Some(value);
                        self
                    }
                });
                p.takes.push(if *required {
                    let missing = format!("{operation}: the required parameter `{key}` is not set");
                    quote! {
                        let ::std::option::Option::Some(#arg) = self.#arg else {
                            return ::std::result::Result::Err(crate::Error::InvalidRequest(#missing.to_owned()));
                        };
                    }
                } else {
                    quote!(let #arg = self.#arg;)
                });
            }
        }
    }
    p
}
