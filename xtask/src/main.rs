//! Maintainer tasks for fin-api. Run as `cargo xtask <command>`.
//!
//! Exit codes: 0 done (or no drift), 1 drift found by `--check`,
//! 2 could not run (bad arguments, network, HTTP status, bad page or file).

/// `println!` that ignores a closed stdout (`| head`) instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `print!` counterpart of `say!`.
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

/// The build pipeline, spec model included: the drift check generates the
/// client from both specs and compares the Rust APIs.
use fin_api_codegen as codegen;

mod api;
mod changelog;
mod diff;
mod emit;
mod error;
mod extract;
mod fetch;
mod judge;
mod merge;
mod sources;
mod sync;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use error::Error;

const USAGE: &str = "\
usage: cargo xtask sync-spec [--all] [--check [--json]] [--base-url URL] [--repo DIR]

  sync-spec            download the pages listed in openapi/sources.toml and
                       write openapi/fin.yaml
  --all                track every API-reference page listed in llms.txt
  --check              write nothing; exit 1 if the vendored spec has drifted.
                       Each upstream change is judged by Rust semver on the
                       API the build pipeline generates (none/patch/minor/major)
  --json               with --check: print one JSON object on stdout,
                       {bump, changes: [{page, pointer, effect, rust,
                       reason, what}]}; the report goes to stderr
  --base-url URL       read the docs from a mirror (default: FIN_DOCS_URL, then
                       base_url in openapi/sources.toml)
  --repo DIR           the repository to work on (default: FIN_REPO_DIR, then
                       the workspace this command runs in)

exit codes: 0 ok / no drift, 1 drift (--check), 2 could not run";

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub all: bool,
    pub check: bool,
    pub json: bool,
    pub base_url: Option<String>,
    pub repo: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = parse_args(&args).and_then(|options| match options {
        None => {
            say!("{USAGE}");
            Ok(0)
        }
        Some(options) => sync::run(&options, &repo_dir(&options)),
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// `Ok(None)` asks for help.
fn parse_args(args: &[String]) -> Result<Option<Options>, Error> {
    let usage = |message: String| Error::Usage(format!("{message}\n{USAGE}"));
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("sync-spec") => {}
        Some("-h" | "--help" | "help") => return Ok(None),
        Some(other) => return Err(usage(format!("unknown command `{other}`"))),
        None => return Err(usage("no command given".into())),
    }
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .filter(|v| !v.is_empty())
                .ok_or_else(|| usage(format!("{name} needs a value")))
        };
        match flag {
            "--all" => options.all = true,
            "--check" => options.check = true,
            "--json" => options.json = true,
            "--base-url" => options.base_url = Some(value("--base-url")?),
            "--repo" => options.repo = Some(PathBuf::from(value("--repo")?)),
            "-h" | "--help" => return Ok(None),
            other => return Err(usage(format!("unknown option `{other}`"))),
        }
    }
    if options.json && !options.check {
        return Err(usage("--json needs --check".into()));
    }
    Ok(Some(options))
}

/// `--repo`, then `FIN_REPO_DIR`, then the nearest directory above the
/// current one holding `openapi/`, then the workspace xtask was built in.
fn repo_dir(options: &Options) -> PathBuf {
    if let Some(dir) = &options.repo {
        return dir.clone();
    }
    if let Some(dir) = std::env::var_os("FIN_REPO_DIR").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    if let Ok(cwd) = std::env::current_dir() {
        if let Some(dir) = cwd
            .ancestors()
            .find(|d| d.join("openapi").is_dir() && d.join("Cargo.toml").is_file())
        {
            return dir.to_path_buf();
        }
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_parse_in_both_forms() {
        let options = parse_args(&args(&[
            "sync-spec",
            "--all",
            "--check",
            "--json",
            "--base-url=http://x",
            "--repo",
            "/r",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            options,
            Options {
                all: true,
                check: true,
                json: true,
                base_url: Some("http://x".into()),
                repo: Some("/r".into())
            }
        );
        assert_eq!(parse_args(&args(&["--help"])).unwrap(), None);
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        for (list, expected) in [
            (&["sync"][..], "unknown command `sync`"),
            (&[][..], "no command"),
            (&["sync-spec", "--base-url"][..], "--base-url needs a value"),
            (&["sync-spec", "--fast"][..], "unknown option `--fast`"),
            (&["sync-spec", "--json"][..], "--json needs --check"),
        ] {
            let err = parse_args(&args(list)).unwrap_err().to_string();
            assert!(err.contains(expected), "{list:?}: {err}");
        }
    }
}
