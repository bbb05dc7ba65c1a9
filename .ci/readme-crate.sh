#!/usr/bin/env bash
# Builds the README's programs as a new user would: in a fresh crate whose
# Cargo.toml has exactly the README's `[dependencies]` and
# `[dev-dependencies]` blocks (fin-api pointed at this checkout), so the
# README cannot use a crate it does not list. A program (a ```rust block
# with `fn main`) that uses `fin_api::mock` is built as an example (it may
# use the dev-dependencies); the others as binaries (dependencies only).
# Builds only: the programs talk to the API. Shares the checkout's target
# dir and lock file, so it compiles little more than the programs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
crate=$(mktemp -d)
trap 'rm -rf "$crate"' EXIT

# The toml block that starts with `[$1]`, fin-api's version replaced by the
# checkout's path.
block() {
    awk -v table="[$1]" '
        /^```toml$/ { inside = 1; first = 1; next }
        /^```$/ { if (keep) exit; inside = 0; next }
        inside && first { first = 0; keep = ($0 == table) }
        inside && keep { print }
    ' README.md |
        sed -E "s|^fin-api = \"[^\"]*\"|fin-api = { path = \"$root\" }|;
                s|^(fin-api = \{ *)version = \"[^\"]*\"|\1path = \"$root\"|"
}
dependencies=$(block dependencies)
dev_dependencies=$(block dev-dependencies)
if [[ -z "$dependencies" ]]; then
    echo ".ci/readme-crate.sh: README.md has no \`\`\`toml block starting with [dependencies]" >&2
    exit 1
fi

cat >"$crate/Cargo.toml" <<EOF
[package]
name = "readme-programs"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

$dependencies

$dev_dependencies
EOF
cp Cargo.lock "$crate/Cargo.lock"
mkdir -p "$crate/src/bin" "$crate/examples"

# Each ```rust block with `fn main`, rustdoc's hidden-line markers removed.
awk -v bins="$crate/src/bin" -v examples="$crate/examples" '
    /^```rust/ { inside = 1; text = ""; next }
    inside && /^```$/ {
        inside = 0
        if (text ~ /fn main/) {
            n++
            dir = (text ~ /fin_api::mock/) ? examples : bins
            file = dir "/readme_" n ".rs"
            printf "%s", text > file
            close(file)
        }
        next
    }
    inside {
        if ($0 == "#") $0 = ""
        else sub(/^# /, "")
        text = text $0 "\n"
    }
' README.md
programs=$(find "$crate/src/bin" "$crate/examples" -name '*.rs' | wc -l)
if [[ "$programs" -eq 0 ]]; then
    echo ".ci/readme-crate.sh: no program (\`\`\`rust block with fn main) in README.md" >&2
    exit 1
fi

CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}" \
    cargo build --manifest-path "$crate/Cargo.toml" --bins --examples
echo "README programs: $programs built against its dependency blocks"
