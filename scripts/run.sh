#!/bin/sh
# Runs one of the project's Node programs (.mjs or .ts) the way every one runs (see node-options.mjs):
# Node >= 22.12 (node22.sh), types stripped, extensionless imports resolved like Vite (register-ts.mjs).
# Usage: sh scripts/run.sh <file> [args...]     (package.json's scripts use it)
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
exec sh "$root/scripts/node22.sh" node --experimental-strip-types --disable-warning=ExperimentalWarning --import "$root/scripts/register-ts.mjs" "$@"
