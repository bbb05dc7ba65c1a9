//! Golden outputs: the Rust generated from each spec under `tests/specs/`
//! (and from the vendored spec with its overlay) is compared with the file
//! of the same name under `tests/output/`: `.rs` for generated code, `.txt`
//! for the error a spec must fail with. After an intended generator change,
//! `UPDATE_GOLDEN=1 cargo test -p fin-api-codegen` rewrites them, and the
//! diff of `tests/output/` is what a reviewer reads.

use std::path::{Path, PathBuf};

use fin_api_codegen::{generate_documents, read, Options};

/// The overlay of a spec that needs none.
const NO_OVERLAY: &str = "overlay: 1.0.0\ninfo: {title: none, version: 1.0.0}\nactions: []\n";

/// Generates from `spec` (and `overlay`, or none), paths relative to the
/// crate so that error texts are the same on every machine; the expected
/// file's extension says whether code or an error is expected.
fn generated(spec: &Path, overlay: Option<&Path>) -> (String, &'static str) {
    let document = read(spec).unwrap_or_else(|e| panic!("{e}"));
    let (overlay_doc, overlay_path) = match overlay {
        Some(path) => (read(path).unwrap_or_else(|e| panic!("{e}")), path),
        None => (
            fin_api_codegen::spec::parse(NO_OVERLAY).expect("the empty overlay parses"),
            Path::new("(no overlay)"),
        ),
    };
    match generate_documents(
        document,
        spec,
        &overlay_doc,
        overlay_path,
        &Options::default(),
    ) {
        Ok(output) => (output.source, "rs"),
        Err(error) => (format!("{error}\n"), "txt"),
    }
}

/// Compares `actual` with `tests/output/<name>.<ext>`, or writes it there
/// when `UPDATE_GOLDEN` is set. The file of the other extension (code that
/// became an error, or the reverse) must not exist.
fn check(name: &str, actual: &str, ext: &str) {
    let expected_path = PathBuf::from(format!("tests/output/{name}.{ext}"));
    let other = PathBuf::from(format!(
        "tests/output/{name}.{}",
        if ext == "rs" { "txt" } else { "rs" }
    ));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, actual).expect("writing the expected file");
        let _ = std::fs::remove_file(&other);
        return;
    }
    assert!(
        !other.exists(),
        "{name}: expected {}, but the generator now gives {}; \
         run `UPDATE_GOLDEN=1 cargo test -p fin-api-codegen` if that is intended",
        other.display(),
        expected_path.display()
    );
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `UPDATE_GOLDEN=1 cargo test -p fin-api-codegen` to create it",
            expected_path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name}: the generated code differs from {} from line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             run `UPDATE_GOLDEN=1 cargo test -p fin-api-codegen` and review the diff if the change is intended",
            expected_path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("(end of file)"),
            actual.lines().nth(line).unwrap_or("(end of file)"),
        );
    }
}

fn golden(name: &str) {
    let spec = PathBuf::from(format!("tests/specs/{name}.yaml"));
    let (actual, ext) = generated(&spec, None);
    let actual = if ext == "rs" {
        own_items(&actual)
    } else {
        actual
    };
    check(name, &actual, ext);
}

/// `source` without the client glue every spec generates alike
/// (progenitor's `Client` struct, constructor and hook impls, its
/// conversion error, the imports and the prelude), so each spec's golden
/// file shows what that spec makes. The vendored spec's golden keeps it
/// all, so a change to the glue shows there.
fn own_items(source: &str) -> String {
    let mut file = syn::parse_file(source).expect("the generated code parses");
    fn is_client(ty: &syn::Type) -> bool {
        match ty {
            syn::Type::Path(p) => p.path.is_ident("Client"),
            syn::Type::Reference(r) => is_client(&r.elem),
            _ => false,
        }
    }
    let items = std::mem::take(&mut file.items)
        .into_iter()
        .filter_map(|item| match item {
            syn::Item::Use(_) => None,
            syn::Item::Struct(s) if s.ident == "Client" => None,
            syn::Item::Mod(m) if m.ident == "prelude" => None,
            syn::Item::Mod(mut m) if m.ident == "types" => {
                let (_, inner) = m.content.as_mut()?;
                inner.retain(|i| !matches!(i, syn::Item::Mod(e) if e.ident == "error"));
                (!inner.is_empty()).then_some(syn::Item::Mod(m))
            }
            syn::Item::Impl(block) if is_client(&block.self_ty) => {
                let constructor = block
                    .items
                    .iter()
                    .any(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new_with_client"));
                let glue = block.trait_.is_some() || constructor || block.items.is_empty();
                (!glue).then_some(syn::Item::Impl(block))
            }
            other => Some(other),
        })
        .collect();
    file.items = items;
    prettyplease::unparse(&file)
}

macro_rules! golden_tests {
    ($($name:ident),* $(,)?) => {
        $( #[test] fn $name() { golden(stringify!($name)); } )*

        /// Every spec under `tests/specs/` has its test above.
        #[test]
        fn every_spec_has_a_test() {
            let known = [$(stringify!($name)),*];
            for entry in std::fs::read_dir("tests/specs").expect("tests/specs") {
                let path = entry.expect("a directory entry").path();
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
                assert!(known.contains(&stem.as_str()), "{} has no golden test", path.display());
            }
        }
    };
}

golden_tests!(
    object_fields,
    all_of,
    tagged_union,
    untagged_union,
    open_enum,
    error_responses,
    multipart,
    webhooks,
    paged_list,
    keywords,
    dangling_ref,
    ambiguous_union,
    type_names,
);

/// The vendored spec with the project's overlay: what the crate is built from.
#[test]
fn vendored() {
    let (actual, ext) = generated(
        Path::new("../openapi/fin.yaml"),
        Some(Path::new("../openapi/overlay.yaml")),
    );
    assert_eq!(ext, "rs", "the vendored spec must generate: {actual}");
    check("vendored", &actual, ext);
}
