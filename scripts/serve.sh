#!/usr/bin/env bash
# Build the site and serve it at http://127.0.0.1:4321/ (set PORT to change; BASE_PATH/SITE_URL as in README).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
npx astro build
exec npx astro preview --host 127.0.0.1 --port "${PORT:-4321}"
