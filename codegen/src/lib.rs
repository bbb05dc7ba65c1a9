//! The code-generation pipeline behind `fin-api`, run by its `build.rs`:
//!
//! 1. read the spec (`spec`, the one model of a spec the project has) and
//!    check it (`validate`), so a broken spec gets an error naming the place;
//! 2. 3.1 to 3.0 (`normalise`), then our fixes (`overlay`); every union's
//!    members told apart, or the build refused (`discriminate`);
//! 3. the passes: `rules` for operations and bodies, `typing` for names and
//!    Rust types, `examples` for example arguments; what they find is one
//!    typed model (`model::Analysis`);
//! 4. `names`: the one registry of where each schema's type lives (the
//!    module of its API area, `names::areas`), what it is called
//!    (`names::short`) and what its doc says when the spec is silent
//!    (`names::docs`);
//! 5. the emitters, one per kind of type: progenitor for the raw client and
//!    typify's types, `objects` (structs, untagged unions), `open_types`
//!    (open enums, tagged unions), `multipart` (uploads), `modules` (the
//!    area modules the types are placed in), `generate` (the facade on
//!    `crate::Client`, webhook events, paging), `test_kit` (the spec table
//!    and mock expectations, every union's variants with sample values in
//!    `union_cases`) and `mock_table` (the mock's example routes).

#![warn(missing_docs)]

pub mod discriminate;
pub mod error;
pub mod examples;
pub mod generate;
pub mod mock_table;
pub mod model;
pub mod modules;
pub mod multipart;
pub mod names;
pub mod normalise;
pub mod objects;
pub mod open_types;
pub mod overlay;
pub mod requests;
pub mod rules;
pub mod spec;
pub mod split;
pub mod test_kit;
pub mod typing;
pub mod union_cases;
pub mod validate;

use std::path::Path;

use error::{PipelineError, Result};

/// What one run produced, for the build script's report.
pub struct Output {
    /// The generated Rust source.
    pub source: String,
    /// How many operations the client has.
    pub operations: usize,
    /// How many overlay actions were applied.
    pub overlay_actions: usize,
    /// Whether the spec had a `webhooks` section.
    pub has_webhooks: bool,
}

/// What the build asks of the generated code.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Derive and implement `schemars::JsonSchema` (the `schemars` feature).
    pub schemars: bool,
    /// Also write the spec as handed to progenitor (JSON) to this file, so
    /// other generators can be measured on the same input.
    pub dump_normalised: Option<std::path::PathBuf>,
}

/// Runs the whole pipeline on the spec and overlay files.
pub fn run(spec_path: &Path, overlay_path: &Path, options: &Options) -> Result<Output> {
    let spec = read(spec_path)?;
    let overlay = read(overlay_path)?;
    generate_documents(spec, spec_path, &overlay, overlay_path, options)
}

/// Runs the whole pipeline on documents already read (`xtask` judges
/// upstream changes by what this generates); the paths name them in errors.
pub fn generate_documents(
    mut spec: serde_json::Value,
    spec_path: &Path,
    overlay: &serde_json::Value,
    overlay_path: &Path,
    options: &Options,
) -> Result<Output> {
    if !spec.is_object() || spec.get("openapi").and_then(|v| v.as_str()).is_none() {
        return Err(PipelineError::new(
            spec_path,
            "/openapi",
            "expected an OpenAPI document with an `openapi` version",
        ));
    }
    validate::references(&spec, spec_path)?;
    validate::schemas(&spec, spec_path)?;
    normalise::downgrade(&mut spec);
    let overlay_actions = overlay::apply(&mut spec, overlay, overlay_path)?.actions;
    // What the overlay added is checked as the overlay's.
    validate::references(&spec, overlay_path)?;
    validate::schemas(&spec, overlay_path)?;
    // Every union's members can be told apart (pointers as in the file).
    discriminate::one_type(&mut spec, overlay_path)?;
    discriminate::check(&spec, spec_path)?;
    // The examples as the spec (with the overlay) has them, before the
    // rules rewrite responses for the generator.
    let mock_examples = mock_table::collect(&spec);
    let analysis = rules::apply(&mut spec, spec_path)?;
    if let Some(path) = &options.dump_normalised {
        // Written aside and renamed, so a reader never sees half a file.
        let text = serde_json::to_string_pretty(&spec).expect("a JSON value serializes");
        let partial = path.with_extension("partial");
        std::fs::write(&partial, text)
            .and_then(|()| std::fs::rename(&partial, path))
            .map_err(|e| PipelineError::new(path, "", format!("cannot write the file: {e}")))?;
    }
    let mut source = generate::generate(&spec, &analysis, options, spec_path)?;
    let mock_module: syn::File = syn::parse2(mock_table::module(&mock_examples)).map_err(|e| {
        PipelineError::new(spec_path, "", format!("generated code does not parse: {e}"))
    })?;
    source.push_str(&prettyplease::unparse(&mock_module));
    Ok(Output {
        source,
        operations: analysis.operations.len(),
        overlay_actions,
        has_webhooks: !analysis.webhooks.is_empty(),
    })
}

/// The upstream nodes the overlay removes or replaces in `spec` (as read,
/// before normalising): an upstream change under one of them does not reach
/// the generated code as such, so the drift check names the action.
pub fn shadows(
    mut spec: serde_json::Value,
    overlay: &serde_json::Value,
    overlay_path: &Path,
) -> Result<Vec<overlay::Shadow>> {
    normalise::downgrade(&mut spec);
    Ok(overlay::apply(&mut spec, overlay, overlay_path)?.shadows)
}

/// Reads a YAML file (spec or overlay) through the spec model.
pub fn read(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| PipelineError::new(path, "", format!("cannot read the file: {e}")))?;
    spec::parse(&text).map_err(|e| PipelineError::new(path, "", format!("not valid YAML: {e}")))
}
