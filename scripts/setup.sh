#!/usr/bin/env bash
# Source this: puts Node >= 22.12 on PATH and installs npm dependencies when they are missing or stale.
# npm ci fails against this registry (the lockfile names other platforms' optional builds it lacks);
# npm install with the committed lockfile works and leaves the lockfile unchanged.
_yb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$_yb_root/scripts/ensure-node.sh" || return 1 2>/dev/null || exit 1
export ASTRO_TELEMETRY_DISABLED=1
if [ ! -d "$_yb_root/node_modules/astro" ] || [ "$_yb_root/package-lock.json" -nt "$_yb_root/node_modules/.package-lock.json" ]; then
  (cd "$_yb_root" && npm install --no-audit --no-fund --loglevel=error) || return 1 2>/dev/null || exit 1
fi
