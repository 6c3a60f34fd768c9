"""What the benchmark scripts share: production-like settings, their own database, percentiles."""

import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(database_variable: str, sqlite_name: str) -> str:
    """Settings as in production (bin/bench.sh) and the benchmark's own database: `database_variable`,
    else DATABASE_URL, else var/<sqlite_name>; a PostgreSQL database is created when missing.
    Returns "sqlite" or "postgres"."""
    warnings.filterwarnings("ignore", message="No directory at")
    os.environ["DATABASE_URL"] = os.environ.get(database_variable) or os.environ.get(
        "DATABASE_URL", f"sqlite:///{ROOT / 'var' / sqlite_name}"
    )
    os.environ["DEBUG"] = "false"
    os.environ.setdefault(
        "SECRET_KEY", os.environ.get("BENCH_SECRET_KEY", "bench-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz")
    )
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("STATIC_MANIFEST", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bloei.settings")
    url = os.environ["DATABASE_URL"]
    if url.startswith("postgres"):
        ensure_postgres_database(url)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return "postgres" if url.startswith("postgres") else "sqlite"


def ensure_postgres_database(url: str) -> None:
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    conninfo = {"host": cfg["HOST"], "port": cfg["PORT"], "user": cfg["USER"], "password": cfg["PASSWORD"]}
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}, dbname="postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]
