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
.venv/bin/python bench/run.py "$@"
# Suggestion quality on the labelled evaluation set (recall@5, MRR, nDCG@10 against random and keyword baselines).
.venv/bin/python bench/matching_quality.py
# One suggestion list over 100,000+ candidates (demo city at scale 16), on SQLite and on PostgreSQL,
# against brute-force NumPy scoring of the same candidates in the same run.
.venv/bin/python bench/suggest_speed.py
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  BENCH_SUGGEST_DATABASE_URL="${BENCH_SUGGEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/bloei_bench_suggest}" \
    .venv/bin/python bench/suggest_speed.py
fi
# The shared dashboard for a region of 1,000,000 inhabitants with ten years of data, cold and warm, against
# hand-written SQL for the same counts in the same run (SQLite, then PostgreSQL when it runs).
.venv/bin/python bench/dashboard_speed.py
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  BENCH_DASHBOARD_DATABASE_URL="${BENCH_DASHBOARD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/bloei_bench_dashboard}" \
    .venv/bin/python bench/dashboard_speed.py
fi
