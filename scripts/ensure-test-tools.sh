#!/bin/sh
# What the tests need from Debian (never a browser or server downloaded by a test tool): Chromium for
# the browser tests, nginx for the deployment test (tests/e2e/nginx.test.ts). Installs what is missing
# with apt when we are root; otherwise says how to. .ci/run does the same on a fresh machine.
set -e
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
missing=""
[ -x "$chromium_path" ] || missing="$missing chromium"
[ -x "$nginx_path" ] || missing="$missing nginx"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: installing Debian's$missing for the tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The nginx package would start a system nginx on port 80: the tests run their own.
  policy=/usr/sbin/policy-rc.d
  created=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created=1; fi
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
  [ -z "$created" ] || rm -f "$policy"
  exit 0
fi
echo "ensure-test-tools: missing:$missing. Install (sudo apt-get install -y$missing) or set CHROMIUM_PATH / NGINX_PATH." >&2
exit 1
