#!/usr/bin/env bash
# Renders scripts/icon.svg to images/icon.png (128×128, transparent) with headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat scripts/icon.svg)" > "$tmp/icon.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$tmp/icon.png" "file://$tmp/icon.html" >/dev/null 2>&1
mv "$tmp/icon.png" images/icon.png
echo "images/icon.png: $(stat -c %s images/icon.png) bytes"
