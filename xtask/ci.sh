#!/usr/bin/env bash
# What CI runs for xtask: its tests (the end-to-end ones serve the docs-site
# mirror in ../shared/upstream on 127.0.0.1 themselves), then the real
# command against that mirror served by python3, as a maintainer would run it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
site="$root/../shared/upstream/site"
if [[ ! -f "$site/llms.txt" ]]; then
    echo "xtask/ci.sh: $site/llms.txt is missing; the end-to-end checks need ../shared/upstream" >&2
    exit 1
fi

cargo test -p xtask -- --include-ignored

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
down=$(free_port) # nothing listens there: "server down"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/llms.txt" >/dev/null 2>&1 && break
    sleep 0.1
done

# A throwaway copy of openapi/: the checks must never touch the repo.
cp -R "$root/openapi" "$work/openapi"
before=$(sha256sum "$root/openapi/fin.yaml")
run() { cargo xtask sync-spec --repo "$work" --base-url "http://127.0.0.1:$port" "$@"; }

echo "== sync-spec --check (vendored spec against the mirror): expect exit 0"
run --check
echo "== sync-spec: expect openapi/fin.yaml reproduced byte for byte"
run
cmp "$work/openapi/fin.yaml" "$root/openapi/fin.yaml"
echo "== sync-spec --all: every API page of llms.txt"
run --all
run --check
echo "== sync-spec --check against a server that is down: expect exit 2"
set +e
cargo xtask sync-spec --repo "$work" --base-url "http://127.0.0.1:$down" --check >/dev/null 2>&1
code=$?
set -e
[[ $code -eq 2 ]] || { echo "expected exit 2, got $code" >&2; exit 1; }
[[ "$(sha256sum "$root/openapi/fin.yaml")" == "$before" ]] || { echo "openapi/fin.yaml changed" >&2; exit 1; }
echo "xtask end-to-end: 5 passed, 0 failed"
