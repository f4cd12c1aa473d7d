#!/usr/bin/env bash
# HTML validity: the Nu HTML checker (vnu-jar from npm, on Java ≥ 11) over every built page, errors only.
# Usage: scripts/validate-html.sh [dir…]   (default: dist/ and dist-subpath/ where they exist)
set -uo pipefail
cd "$(dirname "$0")/.."
jar=node_modules/vnu-jar/build/dist/vnu.jar
if ! command -v java >/dev/null; then
  echo "validate-html: java not found (apt-get install -y default-jre-headless)"
  exit 1
fi
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  for d in dist dist-subpath; do [ -d "$d" ] && dirs+=("$d"); done
fi
if [ ${#dirs[@]} -eq 0 ]; then
  echo "validate-html: nothing to check (build first)"
  exit 1
fi
pages=$(find "${dirs[@]}" -name '*.html' | wc -l)
if java -Xss4m -jar "$jar" --errors-only --skip-non-html --format gnu "${dirs[@]}"; then
  echo "validate-html: $pages pages in ${dirs[*]}, no errors"
else
  echo "validate-html: errors above (in ${dirs[*]})"
  exit 1
fi
