#!/bin/sh
# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
# Installs it with apt when it is missing and we are root; otherwise says how to.
set -e
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium package for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: $chromium_path not found. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
