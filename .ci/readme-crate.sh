#!/usr/bin/env bash
# Builds every ```rust block of the README as a new user would paste it:
# in fresh crates whose Cargo.toml has exactly the README's dependency
# blocks (fin-api pointed at this checkout), so the README cannot use a
# crate or a feature it does not list.
#
# - A block with `fn main` is a program; any other block is a fragment and
#   is built inside a function (as rustdoc does), so fragments are checked
#   too. rustdoc's hidden-line markers (`# `) are removed.
# - A block that uses `axum` is built in a crate with the README's axum
#   `[dependencies]` block (the second one); its `feature = "axum"` gate,
#   which rustdoc evaluates inside fin-api, is turned on there.
# - A block that uses `fin_api::mock` is built as an example of the main
#   crate, so it may use the `[dev-dependencies]` block; the others as
#   binaries (dependencies only).
# - A block gated on `fin_api_full_spec` (operations only the full spec
#   has) is built, without its gate, in a crate whose fin-api is generated
#   from the full upstream spec (FIN_API_SPEC, default
#   ../shared/upstream/fin-openapi.yaml), in target/full as CI's full-spec
#   builds.
# Builds only: the programs talk to the API. Shares the checkout's target
# dir and lock file, so it compiles little more than the snippets.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The toml block number $2 (from 1) that starts with `[$1]`, fin-api's
# version replaced by the checkout's path.
block() {
    awk -v table="[$1]" -v wanted="${2:-1}" '
        /^```toml$/ { inside = 1; first = 1; next }
        /^```$/ { if (keep) exit; inside = 0; next }
        inside && first { first = 0; if ($0 == table) seen++; keep = ($0 == table && seen == wanted) }
        inside && keep { print }
    ' README.md |
        sed -E "s|^fin-api = \"[^\"]*\"|fin-api = { path = \"$root\" }|;
                s|^(fin-api = \{ *)version = \"[^\"]*\"|\1path = \"$root\"|"
}

# Writes a crate's manifest: $1 directory, $2 name, $3 extra tables, then
# the dependency blocks.
manifest() {
    mkdir -p "$1/src/bin" "$1/examples"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "$2"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

$3

$4
EOF
    cp Cargo.lock "$1/Cargo.lock"
}

dependencies=$(block dependencies 1)
axum_dependencies=$(block dependencies 2)
dev_dependencies=$(block dev-dependencies 1)
for table in dependencies axum_dependencies dev_dependencies; do
    if [[ -z "${!table}" ]]; then
        echo ".ci/readme-crate.sh: README.md lacks the \`\`\`toml block for $table" >&2
        exit 1
    fi
done
main="$work/readme-snippets"
axum="$work/readme-axum"
full="$work/readme-full"
manifest "$main" readme-snippets "" "$dependencies

$dev_dependencies"
manifest "$full" readme-full "" "$dependencies"
manifest "$axum" readme-axum '[features]
# The snippet is gated on `feature = "axum"` (fin-api'"'"'s, under rustdoc).
default = ["axum"]
axum = []' "$axum_dependencies"

# Each ```rust block (also indented ones, in lists), hidden-line markers
# removed; fragments wrapped in a function.
kinds=$(awk -v main="$main" -v axum="$axum" -v full="$full" '
    match($0, /^ *```rust/) { inside = 1; indent = RLENGTH - 7; text = ""; next }
    inside && $0 ~ /^ *```$/ {
        inside = 0
        n++
        crate = (text ~ /axum/) ? axum : main
        if (text ~ /#\[cfg\(fin_api_full_spec\)\]/) {
            crate = full
            gsub(/#\[cfg\(fin_api_full_spec\)\][^\n]*\n/, "", text)
        }
        dir = (text ~ /fin_api::mock/) ? crate "/examples" : crate "/src/bin"
        file = dir "/readme_" n ".rs"
        if (text ~ /fn main/) {
            printf "%s", text > file
            print "program"
        } else {
            print "fragment"
            printf "#![allow(unused)]\nfn main() {\n    let _ = (|| {\n%s    })();\n}\n", text > file
        }
        close(file)
        next
    }
    inside {
        line = substr($0, indent + 1)
        if (line == "#") line = ""
        else sub(/^# /, "", line)
        text = text line "\n"
    }
' README.md)
snippets=$(grep -c . <<<"$kinds" || true)
fragments=$(grep -c fragment <<<"$kinds" || true)
if [[ "$snippets" -eq 0 ]]; then
    echo ".ci/readme-crate.sh: no \`\`\`rust block in README.md" >&2
    exit 1
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --manifest-path "$main/Cargo.toml" --bins --examples
cargo build --manifest-path "$axum/Cargo.toml" --bins --examples
full_spec=$(realpath -m "${FIN_API_SPEC:-$root/../shared/upstream/fin-openapi.yaml}")
with_full=$(find "$full/src/bin" -name '*.rs' | wc -l)
if [[ "$with_full" -gt 0 ]]; then
    if [[ ! -f "$full_spec" ]]; then
        echo ".ci/readme-crate.sh: $with_full snippet(s) need the full spec, missing at $full_spec" >&2
        exit 1
    fi
    FIN_API_SPEC="$full_spec" CARGO_TARGET_DIR="$root/target/full" cargo build --manifest-path "$full/Cargo.toml" --bins
fi
echo "README snippets: $snippets built ($((snippets - fragments)) programs, $fragments fragments inside a function, $with_full of them against the full spec) against its dependency blocks"
