#!/usr/bin/env bash
# Cross-checks the verdicts of `cargo xtask sync-spec --check --json` with
# cargo-semver-checks: for a few one-change copies of the vendored spec, the
# drift check judges the change, fin-api is built from the vendored spec and
# from the changed one (FIN_API_SPEC, rustdoc JSON), and cargo-semver-checks
# says which bump the API difference needs. The two must agree.
#
# Needs cargo-semver-checks on PATH (`cargo install cargo-semver-checks
# --locked`) and python3 (serves the one-page docs site on 127.0.0.1).
# Run by .github/workflows/spec-drift.yml; each build takes minutes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
work=$(mktemp -d)
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

page=api-reference/customers/get-customer-details-v2
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/site/$(dirname "$page")"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
    sleep 0.1
done

# One target directory for every build: only the build script and fin-api
# itself are redone when FIN_API_SPEC changes (SEMVER_TARGET_DIR keeps it).
target="${SEMVER_TARGET_DIR:-$work/target}"

# rustdoc JSON of fin-api built from the spec file $1, written to $2.
rustdoc_json() {
    FIN_API_SPEC="$1" CARGO_TARGET_DIR="$target" RUSTC_BOOTSTRAP=1 \
        cargo rustdoc --quiet -p fin-api --lib --features mock -- \
        -Z unstable-options --output-format json
    cp "$target/doc/fin_api.json" "$2"
}

rustdoc_json "$root/openapi/fin.yaml" "$work/baseline.json"

# name | text in openapi/fin.yaml | replacement
cases=(
    "minLength on business_name|        business_name:\n          type: string\n|        business_name:\n          type: string\n          minLength: 3\n"
    "optional property added|          example: Fin.com\n|          example: Fin.com\n        risk_level:\n          type: string\n"
    "property removed|        first_name:\n          type: string\n          example: John\n|"
    "enum value added to a union tag|            - INDIVIDUAL\n|            - INDIVIDUAL\n            - JOINT\n"
    "info.version bump|  version: 1.0.0\n|  version: 1.1.0\n"
)
failed=0
for case in "${cases[@]}"; do
    IFS='|' read -r name from to <<<"$case"
    spec="$work/$(echo "$name" | tr -c 'a-z' '-').yaml"
    python3 - "$root/openapi/fin.yaml" "$spec" "$from" "$to" <<'PY'
import sys
source, target, old, new = sys.argv[1:5]
old, new = old.encode().decode("unicode_escape"), new.encode().decode("unicode_escape")
text = open(source).read()
assert text.count(old) == 1, f"{old!r} must occur once"
open(target, "w").write(text.replace(old, new))
PY
    { printf '# %s\n\n````yaml GET /v2/customers/{customer_id}\n' "$name"; cat "$spec"; printf '````\n'; } \
        >"$work/site/$page.md"
    rm -rf "$work/repo" && mkdir -p "$work/repo" && cp -R "$root/openapi" "$work/repo/openapi"
    printf 'base_url = "https://developer.fin.com"\npages = [\n    "%s",\n]\n' "$page" \
        >"$work/repo/openapi/sources.toml"
    set +e
    verdict=$(cargo xtask sync-spec --check --json --repo "$work/repo" \
        --base-url "http://127.0.0.1:$port" 2>/dev/null |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["bump"])')
    set -e

    rustdoc_json "$spec" "$work/current.json"
    set +e
    report=$(cargo semver-checks --baseline-rustdoc "$work/baseline.json" \
        --current-rustdoc "$work/current.json" 2>&1)
    set -e
    if grep -q "requires new major version" <<<"$report"; then
        semver=major
    elif grep -q "requires new minor version" <<<"$report"; then
        semver=minor
    else
        semver="patch or none"
    fi
    echo "== $name: drift check says $verdict; cargo-semver-checks says $semver"
    grep -E "^--- failure|Summary" <<<"$report" || true
    # cargo-semver-checks lints what breaks (and a few minor-level things);
    # additions it does not report, so only "major or not" must agree.
    case "$verdict/$semver" in
        major/major | minor/minor | minor/"patch or none" | patch/"patch or none") ;;
        *)
            echo "$report"
            failed=$((failed + 1))
            ;;
    esac
done
[[ $failed -eq 0 ]] || { echo "$failed case(s) disagree" >&2; exit 1; }
echo "semver cross-check: ${#cases[@]} case(s) agree"
