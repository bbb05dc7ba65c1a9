//! Generates the client from the vendored spec. The pipeline itself is the
//! `fin-api-codegen` crate (`codegen/`); this file only finds the inputs,
//! tells cargo when to rerun, and writes `$OUT_DIR/codegen.rs` (with one
//! `$OUT_DIR/model/<area>.rs` per area module of the types).

use fin_api_codegen as codegen;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=FIN_API_SPEC");
    println!("cargo::rerun-if-env-changed=FIN_API_OVERLAY");
    println!("cargo::rerun-if-changed=build.rs");

    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let spec = match std::env::var_os("FIN_API_SPEC") {
        Some(path) => manifest.join(path),
        None => manifest.join("openapi/fin.yaml"),
    };
    println!("cargo::rerun-if-changed={}", spec.display());
    let overlay = match std::env::var_os("FIN_API_OVERLAY") {
        Some(path) => manifest.join(path),
        None => manifest.join("openapi/overlay.yaml"),
    };
    println!("cargo::rerun-if-changed={}", overlay.display());

    println!("cargo::rerun-if-env-changed=FIN_API_DUMP_NORMALISED");
    let options = codegen::Options {
        // cargo tells a build script its package's features this way.
        schemars: std::env::var_os("CARGO_FEATURE_SCHEMARS").is_some(),
        // For benches/compile.sh: the peers are generated from this file.
        dump_normalised: std::env::var_os("FIN_API_DUMP_NORMALISED").map(|p| manifest.join(p)),
    };

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    match codegen::run(&spec, &overlay, &options) {
        Ok(output) => {
            // One file per area module, so compiler messages name the area.
            for file in codegen::split::split(&output.source) {
                write(&out.join(&file.path), &file.source);
            }
            // `fin_api_full_spec`: built from a spec of the whole API, as
            // `FIN_API_SPEC=../shared/upstream/fin-openapi.yaml` is; what
            // tells it from the vendored pages is its `webhooks` section.
            // Tests of operations the vendored spec lacks run only then.
            println!("cargo::rustc-check-cfg=cfg(fin_api_full_spec)");
            if output.has_webhooks {
                println!("cargo::rustc-cfg=fin_api_full_spec");
            }
            eprintln!(
                "fin-api: generated {} operations from {} ({} overlay actions)",
                output.operations,
                spec.display(),
                output.overlay_actions
            );
        }
        Err(error) => {
            // cargo shows stderr of a failed build script; one line per
            // problem, naming the file and the place.
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    }
}

fn write(path: &Path, source: &str) {
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, source));
    if let Err(e) = written {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
