//! Maintainer tasks for fin-api. Run as `cargo xtask <command>`.

fn main() {
    eprintln!("usage: cargo xtask sync-spec [--all] [--check] [--base-url URL]");
    std::process::exit(2);
}
