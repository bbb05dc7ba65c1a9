//! The generated surface of Fin.com's whole API, as a Rust engineer meets
//! it: types in modules by area, short names, no numbered variants, docs
//! that say what a type is, no alias under another schema's name, no
//! positional `Option`s, no setter that takes a plain `String`.
//!
//! Reads the full spec from `../shared/upstream` (test data, not in the
//! repository), so it is ignored by default; `.ci/run` runs it:
//! `cargo test -p fin-api-codegen --test full_spec_surface -- --include-ignored --nocapture`.

use std::collections::BTreeMap;
use std::path::Path;

use fin_api_codegen::{run, Options};

const SPEC: &str = "../../shared/upstream/fin-openapi.yaml";
const OVERLAY: &str = "../openapi/overlay.yaml";

/// Every type declared in the `model` modules: (module, name, its docs).
fn model_types(file: &syn::File) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Mod(model) = item else {
            continue;
        };
        if model.ident != "model" {
            continue;
        }
        for area in model.content.iter().flat_map(|(_, items)| items) {
            let syn::Item::Mod(area) = area else { continue };
            for inner in area.content.iter().flat_map(|(_, items)| items) {
                let (ident, attrs) = match inner {
                    syn::Item::Struct(s) => (&s.ident, &s.attrs),
                    syn::Item::Enum(e) => (&e.ident, &e.attrs),
                    syn::Item::Type(t) => (&t.ident, &t.attrs),
                    _ => continue,
                };
                out.push((area.ident.to_string(), ident.to_string(), doc(attrs)));
            }
        }
    }
    out
}

fn doc(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `name` is numbered (`Variant0`, `…Variant2Type`).
fn numbered(name: &str) -> bool {
    name.match_indices("Variant")
        .any(|(i, w)| name[i + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

fn generated() -> syn::File {
    let spec = Path::new(SPEC);
    assert!(
        spec.exists(),
        "{SPEC} is missing: this test reads the full upstream spec"
    );
    let output =
        run(spec, Path::new(OVERLAY), &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    syn::parse_file(&output.source).expect("the generated code parses")
}

#[test]
#[ignore = "reads the full upstream spec from ../shared (.ci/run runs it)"]
fn the_whole_api_has_short_names_in_area_modules() {
    let file = generated();
    let types = model_types(&file);
    let mut per_module: BTreeMap<&str, usize> = BTreeMap::new();
    for (module, _, _) in &types {
        *per_module.entry(module).or_default() += 1;
    }
    let longest = types
        .iter()
        .map(|(_, n, _)| n)
        .max_by_key(|n| n.len())
        .expect("types");
    println!("public types: {}", types.len());
    println!("per module: {per_module:?}");
    println!("longest name: {longest} ({} characters)", longest.len());
    for area in [
        "customers",
        "transactions",
        "beneficiaries",
        "virtual_accounts",
        "shared",
    ] {
        assert!(
            per_module.contains_key(area),
            "no module `{area}`: {per_module:?}"
        );
    }
    let long: Vec<&String> = types
        .iter()
        .map(|(_, n, _)| n)
        .filter(|n| n.len() > 40)
        .collect();
    assert!(long.is_empty(), "names over 40 characters: {long:?}");
    let aliases: Vec<_> = file_aliases(&file);
    assert!(
        aliases.is_empty(),
        "type aliases shown under another schema's name: {aliases:?}"
    );
    // Each type's doc says what it is: not empty, not only its own name.
    let bare: Vec<&String> = types
        .iter()
        .filter(|(_, name, doc)| {
            let first = doc.lines().next().unwrap_or("").trim();
            first.is_empty() || first.trim_matches('`') == name.as_str()
        })
        .map(|(_, n, _)| n)
        .collect();
    assert!(
        bare.is_empty(),
        "types whose doc is only their name: {bare:?}"
    );
}

/// `pub type` items in the model modules (an alias shows in rustc's
/// messages and rustdoc under its target's name).
fn file_aliases(file: &syn::File) -> Vec<String> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Mod(model) = item else {
            continue;
        };
        if model.ident != "model" {
            continue;
        }
        let items = model.content.as_ref().map_or(&[][..], |(_, items)| items);
        visit(items, &mut |item| {
            if let syn::Item::Type(t) = item {
                out.push(t.ident.to_string());
            }
        });
    }
    out
}

#[test]
#[ignore = "reads the full upstream spec from ../shared (.ci/run runs it)"]
fn no_numbered_variants_positional_options_or_plain_string_setters() {
    let file = generated();
    let source = prettyplease::unparse(&file);
    let mut numbered_idents = Vec::new();
    let mut positional = Vec::new();
    let mut string_setters = Vec::new();
    visit(&file.items, &mut |item| match item {
        syn::Item::Enum(e) => {
            numbered_idents.extend(
                e.variants
                    .iter()
                    .map(|v| v.ident.to_string())
                    .chain([e.ident.to_string()])
                    .filter(|n| numbered(n)),
            );
        }
        syn::Item::Struct(s) if numbered(&s.ident.to_string()) => {
            numbered_idents.push(s.ident.to_string())
        }
        syn::Item::Impl(block) => {
            let facade = matches!(&*block.self_ty, syn::Type::Path(p) if p.path.segments.len() == 2 && p.path.segments[0].ident == "crate" && p.path.segments[1].ident == "Client");
            for member in &block.items {
                let syn::ImplItem::Fn(f) = member else {
                    continue;
                };
                if !matches!(f.vis, syn::Visibility::Public(_)) {
                    continue;
                }
                for arg in f.sig.inputs.iter().filter_map(|a| match a {
                    syn::FnArg::Typed(t) => Some(t),
                    _ => None,
                }) {
                    let ty = quote::ToTokens::to_token_stream(&*arg.ty)
                        .to_string()
                        .replace(' ', "");
                    if facade && ty.contains("Option<") {
                        positional.push(f.sig.ident.to_string());
                    }
                    let plain = ty == "String"
                        || ty == "::std::string::String"
                        || ty == "std::string::String";
                    if plain && f.sig.inputs.len() == 2 {
                        string_setters.push(f.sig.ident.to_string());
                    }
                }
            }
        }
        _ => {}
    });
    println!("numbered variants: {}", numbered_idents.len());
    println!(
        "client methods with positional Options: {}",
        positional.len()
    );
    println!("setters taking a plain String: {}", string_setters.len());
    assert!(
        numbered_idents.is_empty(),
        "numbered names: {numbered_idents:?}"
    );
    assert!(positional.is_empty(), "positional Options: {positional:?}");
    assert!(
        string_setters.is_empty(),
        "setters taking String: {string_setters:?}"
    );
    assert!(
        source.contains("pub mod model"),
        "the model modules are generated"
    );
}

/// Calls `f` on every item, in every module.
fn visit(items: &[syn::Item], f: &mut dyn FnMut(&syn::Item)) {
    for item in items {
        f(item);
        if let syn::Item::Mod(m) = item {
            if let Some((_, inner)) = &m.content {
                visit(inner, f);
            }
        }
    }
}
