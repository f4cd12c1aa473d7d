#!/usr/bin/env bash
# Determinism: two clean builds (fresh out and cache dirs) must produce byte-identical output — the same
# file list and the same sha256 of every file. Exceptions go in EXCEPTIONS below, one path regex a line,
# each with its reason; at present there are none.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh || exit 1
export TZ=UTC ASTRO_TELEMETRY_DISABLED=1

# path regex (relative to the build root)  # reason
EXCEPTIONS=(
)

work=$(mktemp -d "${TMPDIR:-/tmp}/yearbook-determinism.XXXXXX")
trap 'rm -rf "$work"' EXIT

for run in a b; do
  if ! YEARBOOK_OUT_DIR="$work/$run/dist" YEARBOOK_CACHE_DIR="$work/$run/cache" \
    npx astro build --silent >"$work/$run.log" 2>&1; then
    cat "$work/$run.log"
    echo "determinism: build $run failed"
    exit 1
  fi
  (cd "$work/$run/dist" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/$run.sums"
done

filter() {
  if [ ${#EXCEPTIONS[@]} -eq 0 ]; then cat; else grep -Ev "$(IFS='|'; echo "${EXCEPTIONS[*]}")"; fi
}
files=$(wc -l <"$work/a.sums")
if diff <(filter <"$work/a.sums") <(filter <"$work/b.sums") >"$work/diff"; then
  echo "determinism: two clean builds are byte-identical ($files files)"
else
  echo "determinism: the two builds differ (< first build, > second build):"
  cat "$work/diff"
  exit 1
fi
