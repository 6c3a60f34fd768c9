#!/usr/bin/env bash
# Install the front-end packages from package-lock.json and copy their prebuilt files
# into bloei/static/vendor/. No bundler; nothing third-party is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.bloei-vendor-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
out=bloei/static/vendor
rm -rf "$out"
mkdir -p "$out/htmx" "$out/leaflet" "$out/utrecht" "$out/axe-core"
cp node_modules/htmx.org/dist/htmx.min.js "$out/htmx/"
cp node_modules/htmx.org/LICENSE "$out/htmx/" 2>/dev/null || true
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$out/leaflet/"
cp -r node_modules/leaflet/dist/images "$out/leaflet/"
cp node_modules/leaflet/LICENSE "$out/leaflet/"
cp node_modules/@utrecht/component-library-css/dist/index.css "$out/utrecht/component-library.css"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css "$out/utrecht/voorbeeld-theme.css"
cp node_modules/axe-core/axe.min.js "$out/axe-core/"
