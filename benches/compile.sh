#!/usr/bin/env bash
# Compile time of the full-spec client against its peers, built from the
# same spec (the one fin-api's pipeline hands to progenitor):
#   fin-api                  this crate (default features)
#   progenitor               plain progenitor 0.15, default settings, in a build script
#   openapi-generator        openapi-generator's `rust` client (reqwest, rustls)
# Crate-only builds with dependencies prebuilt, in alternating order, N runs
# each; prints the medians and the ratios to fin-api as a Markdown table.
#
#   bash benches/compile.sh [RUNS]          (default 5)
#
# Needs: cargo, GNU time (/usr/bin/time), python3, java 11+ and
# `pip install openapi-generator-cli` (or OPENAPI_GENERATOR=<command>).
# Writes only outside the repo: PEERS_DIR (default ../peers) for the
# peers' crates, COMPILE_TARGET (default $PEERS_DIR/target) for builds.
# FIN_API_SPEC: the full spec (default ../shared/upstream/fin-openapi.yaml).
# BASELINE_DIR: another checkout of fin-api (e.g. `git worktree add
# ../fin-api-main main`), measured alongside as `baseline`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
runs=${1:-5}
peers=$(realpath -m "${PEERS_DIR:-$root/../peers}")
target=$(realpath -m "${COMPILE_TARGET:-$peers/target}")
upstream=$(realpath "${FIN_API_SPEC:-$root/../shared/upstream/fin-openapi.yaml}")
generator=${OPENAPI_GENERATOR:-openapi-generator-cli}
mkdir -p "$peers"
log="$peers/compile.log"
: >"$log"

# Our own copy of the spec: touching it must not rebuild anyone else's crate.
spec="$peers/fin-openapi.yaml"
cp "$upstream" "$spec"
normalised="$peers/normalised.json"

fin() { # checkout, cargo command...: fin-api on the full spec
    local dir=$1 name=fin-api
    shift
    [[ $dir == "$root" ]] || name=baseline
    (cd "$dir" && CARGO_TARGET_DIR="$target/$name" FIN_API_SPEC="$spec" cargo "$@" -p fin-api --lib)
}
export root target spec peers
crates=(fin-api progenitor openapi-generator)
if [[ -n ${BASELINE_DIR:-} ]]; then
    baseline=$(realpath "$BASELINE_DIR")
    export baseline
    crates+=(baseline)
fi

echo "== the spec as the pipeline normalises it -> $normalised" >&2
FIN_API_DUMP_NORMALISED="$normalised" fin "$root" check >>"$log" 2>&1

echo "== peer: plain progenitor -> $peers/progenitor" >&2
mkdir -p "$peers/progenitor/src"
cp "$normalised" "$peers/progenitor/spec.json"
cp "$root/Cargo.lock" "$peers/progenitor/Cargo.lock" # the same dependency versions
cat >"$peers/progenitor/Cargo.toml" <<'EOF'
[package]
name = "peer-progenitor"
version = "0.1.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
progenitor-client = "0.15"
reqwest = { version = "0.13", default-features = false, features = ["json", "query", "stream", "http2", "rustls"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
chrono = { version = "0.4", default-features = false, features = ["serde", "std", "clock"] }
uuid = { version = "1", features = ["serde", "v4"] }
futures = "0.3"
bytes = "1"
regress = "0.10"

[build-dependencies]
progenitor-impl = "0.15"
openapiv3 = "2"
serde_json = "1"
prettyplease = "0.2"
syn = { version = "2", features = ["full"] }
EOF
cat >"$peers/progenitor/build.rs" <<'EOF'
// Plain progenitor with its default settings, on spec.json.
fn main() {
    println!("cargo::rerun-if-changed=spec.json");
    let text = std::fs::read_to_string("spec.json").expect("spec.json");
    let spec: openapiv3::OpenAPI = serde_json::from_str(&text).expect("OpenAPI 3.0");
    let tokens = progenitor_impl::Generator::default().generate_tokens(&spec).expect("generates");
    let file: syn::File = syn::parse2(tokens).expect("parses");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("codegen.rs");
    std::fs::write(out, prettyplease::unparse(&file)).expect("writes");
}
EOF
echo 'include!(concat!(env!("OUT_DIR"), "/codegen.rs"));' >"$peers/progenitor/src/lib.rs"

echo "== peer: openapi-generator's rust client -> $peers/openapi-generator" >&2
rm -rf "$peers/openapi-generator"
$generator generate -i "$normalised" -g rust -o "$peers/openapi-generator" \
    --additional-properties=packageName=peer-openapi-generator,supportAsync=true >>"$log" 2>&1
printf '\n[workspace]\n' >>"$peers/openapi-generator/Cargo.toml"
cp "$root/Cargo.lock" "$peers/openapi-generator/Cargo.lock"

peer() { # name, cargo command...
    local name=$1
    shift
    local features=()
    [[ $name == openapi-generator ]] && features=(--no-default-features --features rustls)
    (cd "$peers/$name" && CARGO_TARGET_DIR="$target/$name" cargo "$@" --lib "${features[@]}")
}

# One timed build: appends "<what> <crate> <seconds> <max RSS KiB>" to $results.
# GNU time's maximum RSS covers cargo's children: the largest is rustc.
results="$peers/compile-results.txt"
: >"$results"
timed() { # what, crate, cargo args...: times `build crate args...`
    local what=$1 name=$2
    shift 2
    # GNU time runs programs, not shell functions: a child bash runs `build`.
    /usr/bin/time -f '%e %M' -o "$peers/time.txt" \
        bash -c "$(declare -f fin peer build); build \"\$@\"" build "$name" "$@" >>"$log" 2>&1
    echo "$what $name $(cat "$peers/time.txt")" >>"$results"
}
touch_lib() { # crate
    case $1 in
    fin-api) touch "$root/src/lib.rs" ;;
    baseline) touch "$baseline/src/lib.rs" ;;
    *) touch "$peers/$1/src/lib.rs" ;;
    esac
}
touch_spec() { # crate (fin-api and baseline share the spec copy)
    case $1 in
    fin-api | baseline) touch "$spec" ;;
    progenitor) touch "$peers/progenitor/spec.json" ;;
    esac
}
build() { # crate, cargo args...
    local name=$1
    shift
    case $name in
    fin-api) fin "$root" build "$@" ;;
    baseline) fin "$baseline" build "$@" ;;
    *) peer "$name" build "$@" ;;
    esac
}
with_spec=()
for name in "${crates[@]}"; do
    [[ $name == openapi-generator ]] || with_spec+=("$name")
done

echo "== dependencies (release and debug, untimed)" >&2
for name in "${crates[@]}"; do
    build "$name" --release >>"$log" 2>&1
done
for name in "${with_spec[@]}"; do
    build "$name" >>"$log" 2>&1
done

# rounds <what> <touch function> <cargo args> <crates...>: $runs rounds, the
# order rotated each round so no crate always goes first.
rounds() {
    local what=$1 touch=$2 args=$3 round shift_by name
    shift 3
    local list=("$@")
    echo "== $what: $runs alternating rounds" >&2
    for ((round = 0; round < runs; round++)); do
        shift_by=$((round % ${#list[@]}))
        for name in "${list[@]:shift_by}" "${list[@]:0:shift_by}"; do
            "$touch" "$name"
            # shellcheck disable=SC2086 # $args is a word list on purpose
            timed "$what" "$name" $args
        done
    done
}
# All release rounds first: a touched spec would add the generator's run
# to the next release build of the crates that read it.
rounds release touch_lib --release "${crates[@]}"
rounds debug-touch-spec touch_spec "" "${with_spec[@]}"

python3 - "$results" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    what, name, secs, kib = line.split()
    rows.setdefault((what, name), []).append((float(secs), int(kib)))
def median(what, name, i):
    values = [r[i] for r in rows.get((what, name), [])]
    return statistics.median(values) if values else None
ours = {w: median(w, "fin-api", 0) for w in ("release", "debug-touch-spec")}
print("| crate | release (median s) | fin-api ÷ this | peak RSS (median MiB) "
      "| debug touch-spec (median s) | fin-api ÷ this |")
print("| --- | --- | --- | --- | --- | --- |")
for name in ("fin-api", "baseline", "progenitor", "openapi-generator"):
    rel, rss = median("release", name, 0), median("release", name, 1)
    if rel is None:
        continue
    dbg = median("debug-touch-spec", name, 0)
    cells = [name, f"{rel:.1f}", f"{ours['release'] / rel:.2f}", f"{rss / 1024:.0f}"]
    cells += [f"{dbg:.1f}", f"{ours['debug-touch-spec'] / dbg:.2f}"] if dbg else ["n/a (no spec at build time)", ""]
    print("| " + " | ".join(cells) + " |")
n = len(rows[("release", "fin-api")])
print(f"\n{n} alternating runs each; raw figures in {sys.argv[1]}")
EOF
