//! Client methods for `multipart/form-data` uploads, which progenitor 0.15
//! refuses. Written in progenitor's own shape (same hooks, same
//! `OperationInfo`, same error type), so the runtime and the typed facade
//! treat them like every other operation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::MultipartOp;
use crate::names::Registry;
use crate::open_types::type_name;
use crate::rules::API_ERROR;

/// The form structs (module `forms`) and an `impl Client` with the methods.
pub fn generate(ops: &[MultipartOp], names: &Registry) -> (TokenStream, TokenStream) {
    let forms = ops.iter().map(form_struct);
    let methods = ops.iter().map(|op| method(op, names));
    (
        quote! {
            /// Forms of the upload operations (`multipart/form-data` bodies).
            pub mod forms {
                #( #forms )*
            }
        },
        quote! {
            impl Client {
                #( #methods )*
            }
        },
    )
}

/// The name of an upload's form type (`<Method>Form`).
pub fn form_name(op: &MultipartOp) -> syn::Ident {
    format_ident!("{}Form", type_name(&op.id))
}

/// The Rust identifier of a property or parameter name: lower-cased, other
/// characters as `_`, a keyword with a `_` (`type_`, as typify and
/// progenitor spell it).
pub fn field_ident(name: &str) -> syn::Ident {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    match cleaned.chars().next() {
        // A keyword (`type`, `ref`, ...) gets a `_`, as typify spells it.
        Some(c) if c.is_ascii_alphabetic() => match syn::parse_str::<syn::Ident>(&cleaned) {
            Ok(ident) => ident,
            Err(_) => format_ident!("{}_", cleaned),
        },
        _ => format_ident!("f_{}", cleaned),
    }
}

fn form_struct(op: &MultipartOp) -> TokenStream {
    let name = form_name(op);
    let doc = format!(
        " The form of `{}` (`{} {}`).",
        op.id,
        op.method.to_uppercase(),
        op.path
    );
    let mut fields = Vec::new();
    let mut parts = Vec::new();
    for f in &op.fields {
        let (field, binary, required) = (&f.name, &f.file, &f.required);
        let ident = field_ident(field);
        let ty = if *binary {
            quote!(crate::FilePart)
        } else {
            quote!(::std::string::String)
        };
        let ty = if *required {
            ty
        } else {
            quote!(::std::option::Option<#ty>)
        };
        let text = f.description.clone().unwrap_or_else(|| {
            if *binary {
                format!("The file sent as `{field}`.")
            } else {
                format!("The value sent as `{field}`.")
            }
        });
        let doc = format!(" {text}");
        fields.push(quote! { #[doc = #doc] pub #ident: #ty, });
        let add = if *binary {
            quote!(form.file(#field, value))
        } else {
            quote!(form.text(#field, value))
        };
        parts.push(if *required {
            quote! { { let value = &self.#ident; #add; } }
        } else {
            quote! { if let Some(value) = &self.#ident { #add; } }
        });
    }
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, Default)]
        pub struct #name {
            #( #fields )*
        }

        impl #name {
            /// The body and its `Content-Type` header value.
            pub fn encode(&self) -> (::std::string::String, ::std::vec::Vec<u8>) {
                let mut form = crate::multipart::Encoder::new();
                #( #parts )*
                form.finish()
            }
        }
    }
}

fn method(op: &MultipartOp, names: &Registry) -> TokenStream {
    let name = format_ident!("{}", op.id);
    let id = &op.id;
    let form = form_name(op);
    let method = format_ident!("{}", op.method.to_lowercase());
    let mut doc = String::new();
    if let Some(summary) = &op.summary {
        doc.push_str(&format!("{summary}\n\n"));
    }
    if let Some(description) = &op.description {
        doc.push_str(&format!("{description}\n\n"));
    }
    doc.push_str(&format!(
        "Sends a `{}` request to `{}` with a `multipart/form-data` body.",
        op.method.to_uppercase(),
        op.path
    ));
    let params = op.path_params.iter().map(|param| {
        let ident = field_ident(&param.name);
        if param.uuid {
            quote!(#ident: &'a ::uuid::Uuid,)
        } else {
            quote!(#ident: &'a str,)
        }
    });
    let mut template = op.path.clone();
    let mut args = Vec::new();
    for param in &op.path_params {
        template = template.replace(&format!("{{{}}}", param.name), "{}");
        let ident = field_ident(&param.name);
        args.push(quote!(encode_path(&#ident.to_string())));
    }
    let template = format!("{{}}{template}");
    let api_error = names.path(API_ERROR);
    let success = match op.successes.first() {
        Some(success) => names.path(&success.schema),
        None => quote!(()),
    };
    let success_arms = op.successes.iter().map(|success| {
        let code: u16 = success.status.parse().unwrap_or(200);
        quote!(#code => ResponseValue::from_response(response).await,)
    });
    let error_arms = op.errors.iter().filter_map(|status| status.parse::<u16>().ok()).map(|code| {
        quote!(#code => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),)
    });
    quote! {
        #[doc = #doc]
        pub async fn #name<'a>(
            &'a self,
            #( #params )*
            body: &'a forms::#form,
        ) -> Result<ResponseValue<#success>, Error<#api_error>> {
            let url = format!(#template, self.baseurl, #( #args ),*);
            let (content_type, bytes) = body.encode();
            #[allow(unused_mut)]
            let mut request = self
                .client
                .#method(url)
                .header(::reqwest::header::ACCEPT, ::reqwest::header::HeaderValue::from_static("application/json"))
                .header(::reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes)
                .build()?;
            let info = OperationInfo { operation_id: #id };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                #( #success_arms )*
                #( #error_arms )*
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
