//! The generated source as files: each area module of `model` in a file of
//! its own (`model/customers.rs`), included from `codegen.rs`, so rustc's
//! messages and rustdoc's source pages name the area instead of a line
//! tens of thousands deep in one file.

/// One file to write under `$OUT_DIR`.
pub struct GeneratedFile {
    /// Its path relative to `$OUT_DIR` (`codegen.rs`, `model/customers.rs`).
    pub path: String,
    /// Its Rust source.
    pub source: String,
}

/// `source` (the whole generated file, as prettyplease writes it) as
/// `codegen.rs` plus one file per area module, which `codegen.rs` includes
/// from `$OUT_DIR`.
///
/// The split is by lines, not by parsing: the build script runs unoptimised,
/// and parsing and printing the whole file again cost a second of every
/// rebuild. prettyplease puts each area module at four spaces inside
/// `pub mod model {`, its closing brace alone on a line at four spaces, and
/// its contents deeper (string literals never span lines: newlines in them
/// are escaped). Anything else leaves the file whole.
pub fn split(source: &str) -> Vec<GeneratedFile> {
    let whole = || {
        vec![GeneratedFile {
            path: "codegen.rs".to_owned(),
            source: source.to_owned(),
        }]
    };
    let mut main = String::with_capacity(source.len() / 4);
    let mut files = Vec::new();
    let mut in_model = false;
    let mut area: Option<(String, String)> = None;
    for line in source.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if let Some((name, text)) = area.as_mut() {
            if bare == "    }" {
                let path = format!("model/{name}.rs");
                main.push_str(&format!(
                    "        include!(concat!(env!(\"OUT_DIR\"), \"/{path}\"));\n"
                ));
                main.push_str(line);
                files.push(GeneratedFile {
                    path,
                    source: std::mem::take(text),
                });
                area = None;
            } else {
                text.push_str(line);
            }
            continue;
        }
        main.push_str(line);
        if bare == "pub mod model {" {
            in_model = true;
        } else if in_model && bare == "}" {
            in_model = false;
        } else if in_model {
            let name = bare
                .strip_prefix("    pub mod ")
                .and_then(|rest| rest.strip_suffix(" {"));
            if let Some(name) =
                name.filter(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            {
                area = Some((name.to_owned(), String::new()));
            }
        }
    }
    if area.is_some() || in_model {
        return whole();
    }
    files.insert(
        0,
        GeneratedFile {
            path: "codegen.rs".to_owned(),
            source: main,
        },
    );
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_area_module_is_its_own_file_included_by_the_main_one() {
        let source = "pub struct Client;\npub mod model {\n    /// Customers.\n    pub mod customers {\n        pub struct A;\n    }\n    pub mod shared {\n        pub struct B;\n    }\n}\n";
        let files = split(source);
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
    fn source_of_another_shape_stays_whole() {
        let unclosed = "pub mod model {\n    pub mod customers {\n        pub struct A;\n";
        let files = split(unclosed);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].source, unclosed);
    }
}
