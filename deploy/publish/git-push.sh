#!/bin/sh
# Publish step for a host that builds from git (Netlify, Cloudflare Pages, GitHub Pages): commit the
# approved comments (content/comments/*.json: no e-mail address is in them) and push; the host's
# build then shows them. The receiver's user needs push access (a deploy key with write access).
# Usage: COMMENTS_PUBLISH_COMMAND="sh deploy/publish/git-push.sh"
set -eu
git add --all content/comments
if git diff --cached --quiet -- content/comments; then
  echo "git-push: nothing to publish"
  exit 0
fi
git -c user.name="${GIT_AUTHOR_NAME:-Afaq comments}" -c user.email="${GIT_AUTHOR_EMAIL:-comments@localhost}" \
  commit --quiet -m "Comments: publish moderated comments (${COMMENTS_PUBLISHED_IDS:-})" -- content/comments
git pull --quiet --rebase
git push --quiet
echo "git-push: pushed"
