#!/usr/bin/env bash
# The whole test suite: content check, types, site build, unit/build tests (Vitest), end-to-end
# (Playwright + nginx), HTML validity (vnu), determinism and lint. `prettier --check` is not run yet.
# Prints one closing line "N passed, N failed" with the totals of all suites.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
export TZ=UTC
passed=0
failed=0
results=()
step() { # step <name> <command…>: a suite that counts as one test
  local name=$1; shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); results+=("ok    $name"); else failed=$((failed + 1)); results+=("FAIL  $name"); fi
}

step "content check (npm run check)" npx tsx scripts/check.ts
step "types (astro check)" npx astro check --minimumSeverity warning
step "site build (astro build)" npx astro build
step "page budgets (bench:size)" npx tsx scripts/bench-size.ts

echo "::: unit and build tests (vitest)"
report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_status=$?
read -r vp vf < <(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests===0 ? 1 : 0))' "$report" 2>/dev/null || echo "0 1")
rm -f "$report"
if [ "$vitest_status" -ne 0 ] && [ "$vf" -eq 0 ]; then vf=1; fi
passed=$((passed + vp)); failed=$((failed + vf))
results+=("$( [ "$vf" -eq 0 ] && echo 'ok  ' || echo 'FAIL') vitest: $vp passed, $vf failed")

# End-to-end: the built dist/ (reused) and a /yearbook/ build, served by nginx, in Chromium.
echo "::: end-to-end (playwright: desktop, subpath, no-js, phone)"
report=$(mktemp)
E2E_REUSE_DIST=1 PLAYWRIGHT_JSON_OUTPUT_FILE="$report" npx playwright test --reporter=list,json
e2e_status=$?
read -r ep ef < <(node -e 'const s=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).stats;console.log(s.expected + s.flaky, s.unexpected)' "$report" 2>/dev/null || echo "0 1")
rm -f "$report"
if [ "$e2e_status" -ne 0 ] && [ "$ef" -eq 0 ]; then ef=1; fi
passed=$((passed + ep)); failed=$((failed + ef))
results+=("$( [ "$ef" -eq 0 ] && echo 'ok  ' || echo 'FAIL') playwright: $ep passed, $ef failed")

step "HTML validity (vnu, dist/ and dist-subpath/)" bash scripts/validate-html.sh dist dist-subpath
step "determinism (two clean builds)" bash scripts/determinism.sh
step "lint (eslint --max-warnings 0)" npx eslint --max-warnings 0 .

echo
printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
