#!/usr/bin/env bash
# Run one of the project's commands with Node >= 22.12, whatever Node the terminal has:
#   bash scripts/run-node.sh astro dev
# The npm scripts go through it (`npm run dev`, `npm run build`, `npm run check`, …), so a staff terminal
# whose Node is 20 works without knowing about scripts/ensure-node.sh: npm itself runs on Node 20, this
# puts Node 24 first on PATH (installing it once) and runs the command under it. npm has put
# node_modules/.bin on PATH already; the tools there start with `#!/usr/bin/env node`, so they get Node 24.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
exec "$@"
