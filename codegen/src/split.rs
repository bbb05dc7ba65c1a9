//! The generated source as files: each area module of `model` in a file of
//! its own (`model/customers.rs`), included from `codegen.rs`, so rustc's
//! messages and rustdoc's source pages name the area instead of a line
//! tens of thousands deep in one file.

use crate::error::{PipelineError, Result};

/// One file to write under `$OUT_DIR`.
pub struct GeneratedFile {
    /// Its path relative to `$OUT_DIR` (`codegen.rs`, `model/customers.rs`).
    pub path: String,
    /// Its Rust source.
    pub source: String,
}

/// `source` (the whole generated file) as `codegen.rs` plus one file per
/// area module, which `codegen.rs` includes from `$OUT_DIR`.
pub fn split(source: &str) -> Result<Vec<GeneratedFile>> {
    let invalid = |e: syn::Error| {
        PipelineError::new(
            std::path::Path::new("codegen.rs"),
            "",
            format!("generated code does not parse: {e}"),
        )
    };
    let mut file = syn::parse_file(source).map_err(invalid)?;
    let mut files = Vec::new();
    for item in &mut file.items {
        let syn::Item::Mod(model) = item else {
            continue;
        };
        if model.ident != "model" {
            continue;
        }
        for area in model.content.iter_mut().flat_map(|(_, items)| items) {
            let syn::Item::Mod(area) = area else { continue };
            let Some((_, items)) = area.content.as_mut() else {
                continue;
            };
            let path = format!("model/{}.rs", area.ident);
            let mut own = syn::parse_file("").map_err(invalid)?;
            own.items = std::mem::take(items);
            files.push(GeneratedFile {
                path: path.clone(),
                source: prettyplease::unparse(&own),
            });
            let include = format!("/{path}");
            items.push(syn::parse_quote!(include!(concat!(env!("OUT_DIR"), #include));));
        }
    }
    files.insert(
        0,
        GeneratedFile {
            path: "codegen.rs".to_owned(),
            source: prettyplease::unparse(&file),
        },
    );
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_area_module_is_its_own_file_included_by_the_main_one() {
        let source = "pub struct Client;\npub mod model {\n    /// Customers.\n    pub mod customers {\n        pub struct A;\n    }\n    pub mod shared {\n        pub struct B;\n    }\n}\n";
        let files = split(source).expect("splits");
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            ["codegen.rs", "model/customers.rs", "model/shared.rs"]
        );
        assert!(files[1].source.contains("pub struct A;"));
        assert!(
            files[0].source.contains("/// Customers."),
            "the module's doc stays: {}",
            files[0].source
        );
        assert!(
            files[0]
                .source
                .contains(r#"include!(concat!(env!("OUT_DIR"), "/model/customers.rs"));"#),
            "{}",
            files[0].source
        );
        assert!(!files[0].source.contains("pub struct A;"));
    }

    #[test]
    fn source_that_does_not_parse_is_an_error() {
        assert!(split("pub mod {").is_err());
    }
}
