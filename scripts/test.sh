#!/usr/bin/env bash
# The whole test suite: content check, types, site build, unit/build tests (Vitest), end-to-end
# (Playwright + nginx), HTML validity (vnu), determinism, formatting (prettier --check) and lint.
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

counted() { # counted <name> <node expression printing "passed failed" from report r> <command…>: a runner's own totals
  local name=$1 expr=$2; shift 2
  echo "::: $name"
  local report status p f
  report=$(mktemp)
  REPORT_FILE="$report" "$@"
  status=$?
  read -r p f < <(node -e "const r=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));const [p,f]=$expr;console.log(p,f)" "$report" 2>/dev/null || echo "0 1")
  rm -f "$report"
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  results+=("$( [ "$f" -eq 0 ] && echo 'ok  ' || echo 'FAIL') $name: $p passed, $f failed")
}

vitest_run() { npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORT_FILE"; }
e2e_run() { E2E_REUSE_DIST=1 PLAYWRIGHT_JSON_OUTPUT_FILE="$REPORT_FILE" npx playwright test --reporter=list,json; }

counted "vitest (unit and build tests)" '[r.numPassedTests, r.numFailedTests]' vitest_run
# End-to-end: the built dist/ (reused) and a /yearbook/ build, served by nginx, in Chromium.
counted "playwright (desktop, subpath, no-js, phone)" '[r.stats.expected + r.stats.flaky, r.stats.unexpected]' e2e_run

step "HTML validity (vnu, dist/ and dist-subpath/)" bash scripts/validate-html.sh dist dist-subpath
step "determinism (two clean builds)" bash scripts/determinism.sh
step "lint (eslint --max-warnings 0)" npx eslint --max-warnings 0 .
step "formatting (prettier --check)" npx prettier --check .

echo
printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
