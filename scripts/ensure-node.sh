#!/usr/bin/env bash
# Source this file (". scripts/ensure-node.sh") to get Node >= 22.12 first on PATH.
# Astro 7 needs Node >= 22.12. When the system Node is older, install Node 24 from the npm
# registry package node-<platform>-<arch>@24 (it ships a real node binary) into a cache folder,
# because this machine and CI reach the npm registry but no other download site.
# npm itself is plain JavaScript, so the system npm keeps working under the newer node.

_yb_need_major=22
_yb_need_minor=12

_yb_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
  [ "$major" -gt "$_yb_need_major" ] || { [ "$major" -eq "$_yb_need_major" ] && [ "$minor" -ge "$_yb_need_minor" ]; }
}

if ! _yb_node_ok; then
  _yb_os=$(uname -s | tr '[:upper:]' '[:lower:]')
  case "$(uname -m)" in
    x86_64|amd64) _yb_arch=x64 ;;
    aarch64|arm64) _yb_arch=arm64 ;;
    *) echo "ensure-node: unsupported CPU $(uname -m); install Node >= 22.12 yourself" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  _yb_pkg="node-${_yb_os}-${_yb_arch}"
  _yb_cache="${YEARBOOK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/library-yearbook/node24}"
  _yb_bin="$_yb_cache/node_modules/$_yb_pkg/bin"
  if [ ! -x "$_yb_bin/node" ]; then
    echo "ensure-node: system Node is $(node -v 2>/dev/null || echo missing); installing ${_yb_pkg}@24 into $_yb_cache" >&2
    mkdir -p "$_yb_cache"
    npm install --prefix "$_yb_cache" --no-save --no-package-lock --loglevel=error "${_yb_pkg}@24" >&2 \
      || { echo "ensure-node: could not install ${_yb_pkg}@24 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_yb_bin:$PATH"
  hash -r 2>/dev/null || true
  _yb_node_ok || { echo "ensure-node: $_yb_bin/node is not usable" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f _yb_node_ok
