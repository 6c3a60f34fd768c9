#!/usr/bin/env bash
# The whole suite, as CI runs it: static checks, then every test including the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
echo "== database: ${DATABASE_URL:-sqlite (default)}"
$PY manage.py makemigrations --check --dry-run -v0 || { echo "Model changes without a migration: run makemigrations"; exit 1; }
bin/messages.sh --check
$PY manage.py check
DEBUG=false SECRET_KEY=check-deploy-only-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ \
  ALLOWED_HOSTS=bloei.example.org $PY manage.py check --deploy --fail-level WARNING
.venv/bin/ruff check .
$PY -m pytest "$@" -rs | tee var/pytest-last.log
if grep -E "^SKIPPED" var/pytest-last.log | grep -q .; then
  echo "Some tests were skipped; CI accepts no skipped tests."; exit 1
fi
