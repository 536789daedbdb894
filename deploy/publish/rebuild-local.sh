#!/bin/sh
# Publish step for a single server (nginx serves <root>/current): build the site into a new release
# folder, then switch the `current` link to it in one rename, so readers never see a half-built site.
# Keeps the three newest releases. Usage: COMMENTS_PUBLISH_COMMAND="sh deploy/publish/rebuild-local.sh /srv/afaq"
set -eu
root="${1:?usage: rebuild-local.sh ROOT (the folder holding current/ and releases/)}"
release="$root/releases/$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$root/releases"
OUT_DIR="$release" npm run build
# The nginx configuration is generated from _headers: a build that changed it needs a new one.
if [ -f "$root/nginx.conf" ] && ! npm run --silent deploy:nginx -- --dist "$release" --root "$root/current" --check "$root/nginx.conf"; then
  echo "rebuild-local: the CSP or caching rules changed: regenerate $root/nginx.conf (npm run deploy:nginx) and reload nginx" >&2
fi
ln -sfn "$release" "$root/current.next"
mv -T "$root/current.next" "$root/current"
ls -1dt "$root"/releases/* | tail -n +4 | xargs -r rm -rf
echo "published $release"
