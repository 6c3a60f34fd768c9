#!/usr/bin/env bash
# Migrate, load the Eindhoven areas, generate the demo city (once), print the logins and serve.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
$PY manage.py migrate --no-input -v0
$PY manage.py load_areas
$PY manage.py demo_city --if-empty
# Example neighbourhood figures (made up, labelled as such) for the need-and-effort page.
$PY manage.py load_area_figures bloei/geo/data/eindhoven/area_figures_example.csv
$PY manage.py demo_logins
exec $PY manage.py runserver "${BLOEI_ADDR:-127.0.0.1:8000}"
