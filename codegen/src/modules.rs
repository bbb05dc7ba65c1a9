//! The public type modules (`types::customers`, `types::shared`, …): each
//! generated type in the module the registry places it in, once, and in
//! each area's module the types its operations use that live elsewhere.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::model::Analysis;
use crate::multipart::form_name;
use crate::names::areas::{area_of, SHARED, WEBHOOKS};
use crate::names::{Home, Registry};
use crate::open_types::type_name;

/// The `model` module: `items` (schema, its type's code) placed by
/// `names`; `typify` the names typify declared in its own module.
pub fn model(
    spec: &Value,
    analysis: &Analysis,
    names: &Registry,
    items: Vec<(String, TokenStream)>,
    typify: &BTreeSet<String>,
) -> TokenStream {
    let mut modules: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
    modules.entry(SHARED.to_owned()).or_default();
    let mut declared: BTreeSet<(String, String)> = BTreeSet::new();
    for (schema, code) in items {
        let Some(place) = names.place_of(&schema) else {
            continue;
        };
        // Schemas the registry found to be one type share a place.
        if declared.insert((place.module.clone(), place.ident.clone())) {
            modules.entry(place.module.clone()).or_default().push(code);
        }
    }
    for (area, schemas) in names.used() {
        let mut seen = BTreeSet::new();
        for schema in schemas {
            let Some(path) = reexport(names, schema, area, &declared, typify) else {
                continue;
            };
            if seen.insert(path.to_string()) {
                modules
                    .entry(area.clone())
                    .or_default()
                    .push(quote!(pub use #path;));
            }
        }
    }
    for upload in &analysis.multipart {
        let form = form_name(upload);
        let area = area_of(analysis, &upload.id);
        let code = quote!(pub use crate::generated::forms::#form;);
        modules.entry(area).or_default().push(code);
    }
    let tags = tag_docs(spec);
    let modules = modules.into_iter().map(|(module, items)| {
        let doc = module_doc(&module, &tags);
        let ident = format_ident!("{}", module);
        quote! {
            #[doc = #doc]
            pub mod #ident {
                #( #items )*
            }
        }
    });
    quote! {
        /// The API's types, by area.
        pub mod model {
            #( #modules )*
        }
    }
}

/// The path an area's module re-exports `schema` by, if its type is
/// declared elsewhere.
fn reexport(
    names: &Registry,
    schema: &str,
    area: &str,
    declared: &BTreeSet<(String, String)>,
    typify: &BTreeSet<String>,
) -> Option<TokenStream> {
    match names.home(schema) {
        Home::Scalar => None,
        Home::Typify => {
            let ident = type_name(schema);
            typify.contains(&ident).then(|| names.path(schema))
        }
        _ => {
            let place = names.place_of(schema)?;
            let elsewhere = place.module != area;
            let exists = declared.contains(&(place.module.clone(), place.ident.clone()));
            (elsewhere && exists).then(|| names.path(schema))
        }
    }
}

/// Each area module's tag: (name as the spec writes it, description).
fn tag_docs(spec: &Value) -> BTreeMap<String, (String, Option<String>)> {
    spec.get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| {
            let name = t.get("name")?.as_str()?;
            let description = t.get("description").and_then(Value::as_str);
            let area = crate::rules::area_name(name);
            Some((area, (name.to_owned(), description.map(str::to_owned))))
        })
        .collect()
}

fn module_doc(module: &str, tags: &BTreeMap<String, (String, Option<String>)>) -> String {
    match (module, tags.get(module)) {
        (SHARED, _) => " Types used by operations of several areas (each area's module \
            re-exports those it uses), and the error every operation answers with."
            .to_owned(),
        (WEBHOOKS, _) => " Types only webhook payloads carry.".to_owned(),
        (_, Some((tag, description))) => {
            let about = description
                .as_deref()
                .map(|d| format!(": {}", d.trim().trim_end_matches('.')))
                .unwrap_or_default();
            format!(
                " The types of the *{tag}* operations{about}. Types these share with other \
                 areas are re-exported here from `shared`."
            )
        }
        (_, None) => format!(" The types of the `{module}` operations."),
    }
}
