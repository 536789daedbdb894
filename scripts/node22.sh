#!/bin/sh
# Runs a command with Node.js >= 22.12 (Astro 7 needs it).
# Where the system Node is older, installs the npm package `node@22` into .tools/ (git-ignored)
# once, and puts its bin folder first on PATH. Usage: sh scripts/node22.sh <command> [args...]
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"

node_is_recent() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! command -v node >/dev/null 2>&1 || ! node_is_recent node; then
  if [ ! -x "$tools/node_modules/.bin/node" ] || ! node_is_recent "$tools/node_modules/.bin/node"; then
    echo "node22: system Node is $(node --version 2>/dev/null || echo missing); installing node@22 into .tools/" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  PATH="$tools/node_modules/.bin:$PATH"
  export PATH
fi
[ $# -eq 0 ] && exec node --version
exec "$@"
