#!/usr/bin/env bash
# Performance benchmark (docs/demo.md): demo cities at scale 1 and 10 (built once, then reused),
# server time and SQL queries of the busiest pages. Results in bench/results/*.json.
# Uses var/bench.sqlite3 (and var/bench-scale1.sqlite3), or DATABASE_URL when set.
set -euo pipefail
cd "$(dirname "$0")/.."
# Measure as in production: no DEBUG (no query logging, no debug templates), plain static storage.
export DEBUG=false
export SECRET_KEY="${BENCH_SECRET_KEY:-bench-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz}"
export ALLOWED_HOSTS="testserver,localhost"
export SECURE_SSL_REDIRECT=false
export STATIC_MANIFEST=false
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
exec .venv/bin/python bench/run.py "$@"
