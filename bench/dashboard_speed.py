"""Speed of the shared dashboard for a region of 1,000,000 inhabitants with ten years of data, beside the
same counts done with hand-written SQL in the same run.

    .venv/bin/python bench/dashboard_speed.py          # SQLite: var/bench-dashboard.sqlite3
    BENCH_DASHBOARD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bloei_bench_dashboard \\
        .venv/bin/python bench/dashboard_speed.py

The region: the demo generator on the Eindhoven buurten at BENCH_DASHBOARD_SCALE (default: the scale at
which the demo's activity matches 1,000,000 inhabitants, i.e. 1,000,000 / Eindhoven's CBS population)
over BENCH_DASHBOARD_YEARS years (default 10). Built once, reused on later runs.

What it measures, in one process, for the whole region and the last complete year, as the analyst:

1. cold: the dashboard page with no figures cached (the data version is raised before each request, as
   after any registration), BENCH_DASHBOARD_COLD_RUNS times (default 15); and the very first request of
   the process (nothing warmed at all);
2. warm: the same page again, figures from the cache, BENCH_DASHBOARD_RUNS times (default 40);
3. hand-written SQL: the same counts (every indicator of the framework for the year and the year before,
   the selected indicator's 24 months and its counts per wijk) written by hand as conditional
   aggregates, the same number of times as the cold page. `ratio` = cold median / SQL median.

Results: bench/results/dashboard_speed_<sqlite|postgres>.json. Exit status 1 when a target is missed
(p95 cold under 1 s, warm under 100 ms, ratio at most 3).
"""

# The hand-written SQL below is assembled from constant fragments of this file; every value is a parameter.
# ruff: noqa: S608

import json
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402 (bench/common.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench" / "results"))
INHABITANTS = 1_000_000
YEARS = int(os.environ.get("BENCH_DASHBOARD_YEARS", "10"))
COLD_RUNS = int(os.environ.get("BENCH_DASHBOARD_COLD_RUNS", "15"))
WARM_RUNS = int(os.environ.get("BENCH_DASHBOARD_RUNS", "40"))
TARGETS = {"cold_p95_ms": 1000.0, "warm_p95_ms": 100.0, "ratio": 3.0}


def setup() -> str:
    return common.setup("BENCH_DASHBOARD_DATABASE_URL", "bench-dashboard.sqlite3")


def prepare() -> dict:
    from django.core.management import call_command
    from django.db.models import Sum

    from bloei.geo.models import Buurt

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_areas", verbosity=0)
    population = Buurt.objects.aggregate(n=Sum("population"))["n"]
    scale = float(os.environ.get("BENCH_DASHBOARD_SCALE", "0") or 0) or round(INHABITANTS / population, 2)
    started = time.monotonic()
    call_command("demo_city", scale=scale, years=YEARS, if_empty=True, verbosity=1)
    built_s = round(time.monotonic() - started, 1)
    print(f"   region ready in {built_s} s (scale {scale:g}, {YEARS} years)")
    return {"scale": scale, "population_areas": population, "build_s": built_s}


percentile = common.percentile


def row_counts() -> dict[str, int]:
    from bloei.community.models import Activity, Network, NetworkMembership
    from bloei.matching.models import Match, SignUp
    from bloei.people.models import LadderAssessment, Resident, TalentScan
    from bloei.places.models import Place
    from bloei.trainings.models import Enrolment

    models = {
        "residents": Resident, "matches": Match, "sign_ups": SignUp, "talent_scans": TalentScan,
        "places": Place, "networks": Network, "network_memberships": NetworkMembership,
        "activities": Activity, "enrolments": Enrolment, "ladder_assessments": LadderAssessment,
    }
    return {name: model.objects.count() for name, model in models.items()}


# -- hand-written SQL -------------------------------------------------------------------------------------


def sql_statements(vendor: str, year: int, durable_days: int, match_ct: int) -> list[tuple[str, list]]:
    """The dashboard's counts as a person would write them: conditional aggregates over both years."""
    y0, y1 = date(year - 1, 1, 1), date(year, 12, 31)
    a, b = date(year - 1, 12, 31), date(year, 1, 1)  # end of last year, start of this year
    if vendor == "postgresql":
        plus_days = f"m.started_on + {durable_days}"
        month = "to_char(started_on, 'YYYY-MM')"
        minus = "(%s::date - {d})"
    else:
        plus_days = f"date(m.started_on, '+{durable_days} days')"
        month = "strftime('%%Y-%%m', started_on)"
        minus = "date(%s, '-{d} days')"
    both = [y0, y1]

    def two(column):  # counts for the previous and the current year of a date column
        return (
            f"SUM(CASE WHEN {column} <= %s THEN 1 ELSE 0 END), SUM(CASE WHEN {column} >= %s THEN 1 ELSE 0 END)",
            [a, b],
        )

    statements = []
    cols, params = two("started_on")
    statements.append(
        (f"SELECT kind, {cols} FROM matching_match WHERE started_on BETWEEN %s AND %s GROUP BY kind", params + both)
    )
    for start, end in ((y0, a), (b, y1)):
        lo, hi = minus.format(d=durable_days), minus.format(d=durable_days)
        statements.append(
            (
                f"SELECT m.kind, COUNT(*) FROM matching_match m WHERE m.started_on BETWEEN {lo} AND {hi} "
                f"AND (m.ended_on IS NULL OR m.ended_on >= {plus_days}) GROUP BY m.kind",
                [start, end],
            )
        )
        statements.append(
            (
                "SELECT COUNT(DISTINCT resident_id) FROM matching_signup WHERE kind = 'offer' AND opened_on <= %s "
                "AND (closed_on IS NULL OR closed_on > %s)",
                [end, end],
            )
        )
        statements.append(
            (
                "SELECT COUNT(DISTINCT resident_id) FROM community_networkmembership WHERE joined_on <= %s "
                "AND (left_on IS NULL OR left_on > %s)",
                [end, start],
            )
        )
        statements.append(
            (
                "SELECT COUNT(*), SUM(CASE WHEN started_on >= %s THEN 1 ELSE 0 END) FROM community_network "
                "WHERE started_on <= %s AND (ended_on IS NULL OR ended_on >= %s)",
                [start, end, start],
            )
        )
        statements.append(
            (
                "SELECT COUNT(*) FROM places_place WHERE added_on <= %s AND (removed_on IS NULL OR removed_on > %s)",
                [end, end],
            )
        )
        statements.append(
            (
                "SELECT COUNT(DISTINCT resident_a_id) FROM matching_match WHERE kind = 'resident_place' "
                "AND started_on <= %s AND (ended_on IS NULL OR ended_on >= %s)",
                [end, start],
            )
        )
        statements.append(
            (
                "SELECT COUNT(*) FROM community_activity WHERE is_facilitated AND starts_on <= %s "
                "AND ((ends_on IS NULL AND starts_on >= %s) OR ends_on >= %s)",
                [end, start, start],
            )
        )
        statements.append(
            (
                "SELECT COUNT(*) FROM core_ripplelink WHERE source_type_id = %s AND source_id IN "
                "(SELECT id FROM matching_match WHERE kind = 'resident_place') "
                "AND created_at >= %s AND created_at < %s",
                [match_ct, start, date(end.year + 1, 1, 1)],
            )
        )
        statements.append(
            (
                "SELECT COUNT(DISTINCT a.resident_id) FROM people_ladderassessment a "
                "JOIN people_ladderrung r ON r.id = a.rung_id WHERE a.assessed_on BETWEEN %s AND %s AND r.level > "
                "(SELECT r2.level FROM people_ladderassessment b JOIN people_ladderrung r2 ON r2.id = b.rung_id "
                "WHERE b.resident_id = a.resident_id AND b.assessed_on < a.assessed_on "
                "ORDER BY b.assessed_on DESC, b.id DESC LIMIT 1)",
                [start, end],
            )
        )
    cols, params = two("conducted_on")
    statements.append((f"SELECT {cols} FROM people_talentscan WHERE conducted_on BETWEEN %s AND %s", params + both))
    cols, params = two("added_on")
    statements.append((f"SELECT {cols} FROM places_place WHERE added_on BETWEEN %s AND %s", params + both))
    cols, params = two("e.starts_on")
    statements.append(
        (
            f"SELECT t.slug, {cols}, SUM(CASE WHEN en.benefit_status = 'participatiewet' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN en.completed THEN 1 ELSE 0 END) FROM trainings_enrolment en "
            "JOIN trainings_trainingedition e ON e.id = en.edition_id "
            "JOIN trainings_trainingtype t ON t.id = e.training_type_id "
            "WHERE e.cancelled_on IS NULL AND e.starts_on BETWEEN %s AND %s GROUP BY t.slug",
            params + both,
        )
    )
    cols, params = two("held_on")
    statements.append(
        (
            f"SELECT {cols}, SUM(COALESCE(homes_reached, 0)) FROM outreach_outreachround "
            "WHERE held_on BETWEEN %s AND %s",
            params + both,
        )
    )
    statements.append(
        (
            "SELECT COUNT(DISTINCT resident_id) FROM outreach_roundsignup WHERE signed_up_on BETWEEN %s AND %s",
            [b, y1],
        )
    )
    # The selected indicator (matches started): per month over both years, and per wijk for each year.
    statements.append(
        (f"SELECT {month}, COUNT(*) FROM matching_match WHERE started_on BETWEEN %s AND %s GROUP BY 1", both)
    )
    for start, end in ((y0, a), (b, y1)):
        statements.append(
            (
                "SELECT COALESCE(rb.neighbourhood_id, pb.neighbourhood_id), COUNT(*) FROM matching_match m "
                "LEFT JOIN people_resident r ON r.id = m.resident_a_id LEFT JOIN geo_buurt rb ON rb.id = r.buurt_id "
                "LEFT JOIN places_place p ON p.id = m.place_a_id LEFT JOIN geo_buurt pb ON pb.id = p.buurt_id "
                "WHERE m.started_on BETWEEN %s AND %s GROUP BY 1",
                [start, end],
            )
        )
    return statements


def run_sql(statements) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)
            cursor.fetchall()


# -- the measurement --------------------------------------------------------------------------------------


def analyst():
    from bloei.accounts.choices import Role
    from bloei.accounts.models import User

    user = User.objects.filter(memberships__role=Role.ANALYST).first()
    assert user is not None, "the demo city has an analyst"
    return user


def measure(database: str, info: dict) -> dict:
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bloei.matching.models import Match
    from bloei.monitoring import cache

    year = date.today().year - 1
    client = Client()
    client.force_login(analyst())
    url = f"/monitoring/?year={year}"

    def get() -> float:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.status_code
        return elapsed

    cache.bump()
    first_ms = get()
    cold = []
    for _ in range(COLD_RUNS):
        cache.bump()
        cold.append(get())
    cache.bump()
    with CaptureQueriesContext(connection) as captured:
        get()
    queries_cold = len(captured)  # now: every request starts a fresh query log

    warm = [get() for _ in range(WARM_RUNS)]
    with CaptureQueriesContext(connection) as captured:
        get()
    queries_warm = len(captured)

    statements = sql_statements(
        connection.vendor, year, settings.BLOEI_DURABLE_AFTER_DAYS, ContentType.objects.get_for_model(Match).pk
    )
    run_sql(statements)  # warm-up, as the page had its warm-up
    sql = []
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        run_sql(statements)
        sql.append((time.perf_counter() - started) * 1000)

    result = {
        "name": f"dashboard_speed_{database}",
        "database": database,
        "inhabitants": INHABITANTS,
        "years": YEARS,
        "year_shown": year,
        **info,
        "rows": row_counts(),
        "first_request_ms": round(first_ms, 1),
        "cold_median_ms": round(statistics.median(cold), 1),
        "cold_p95_ms": round(percentile(cold, 95), 1),
        "warm_median_ms": round(statistics.median(warm), 1),
        "warm_p95_ms": round(percentile(warm, 95), 1),
        "sql_median_ms": round(statistics.median(sql), 1),
        "sql_p95_ms": round(percentile(sql, 95), 1),
        "sql_statements": len(statements),
        "queries_cold": queries_cold,
        "queries_warm": queries_warm,
        "ratio": round(statistics.median(cold) / statistics.median(sql), 2),
        "targets": TARGETS,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
    }
    result["ok"] = (
        result["cold_p95_ms"] < TARGETS["cold_p95_ms"]
        and result["warm_p95_ms"] < TARGETS["warm_p95_ms"]
        and result["ratio"] <= TARGETS["ratio"]
    )
    return result


def main() -> int:
    database = setup()
    print(f"dashboard speed on {database}: a region of {INHABITANTS:,} inhabitants, {YEARS} years")
    info = prepare()
    result = measure(database, info)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"dashboard_speed_{database}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"   cold median {result['cold_median_ms']} ms, p95 {result['cold_p95_ms']} ms "
        f"(first {result['first_request_ms']} ms, {result['queries_cold']} queries); "
        f"warm median {result['warm_median_ms']} ms, p95 {result['warm_p95_ms']} ms "
        f"({result['queries_warm']} queries); hand-written SQL {result['sql_median_ms']} ms "
        f"({result['sql_statements']} statements), ratio {result['ratio']}"
    )
    print(f"   written to {path}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
