"""Benchmark the busiest pages on a demo city at scale 1 and 10. Run through `make bench` (bin/bench.sh).

For every scale (BENCH_SCALES, default "1 10") this script, in a child process bound to that scale's
database:

1. migrates, loads the areas and builds the demo city once (`demo_city --if-empty`; reused later);
2. logs in with Django's test Client as the connector with the biggest caseload and as their team lead;
3. requests each page BENCH_RUNS times (default 40) after a warm-up, timing the server side in-process,
   and counts SQL queries of one request with CaptureQueriesContext. Fragments a page loads itself
   with hx-trigger="load" are requested too and counted in its time;
4. times a trivial baseline in the same process: the login page, and a raw `SELECT 1` round trip.

Results go to bench/results/<name>.json (figures of the largest scale at the top, every scale under
"by_scale"). Databases: var/bench.sqlite3 for the largest scale and var/bench-scale<S>.sqlite3 for the
others; with DATABASE_URL set, that database for the largest scale and "<name>_scale<S>" for the others.
A page whose URL name does not exist yet, or that does not answer 200, is reported as missing or failed
and makes the run exit with status 1: nothing is skipped silently.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench" / "results"))
TARGET_P95_MS = 150.0
SEARCH_WORD = os.environ.get("BENCH_SEARCH", "tuin")


def scales() -> list[float]:
    return sorted(float(s) for s in os.environ.get("BENCH_SCALES", "1 10").split())


def scale_label(scale: float) -> str:
    return f"{scale:g}"


def database_url(scale: float, largest: float) -> str:
    """The database of one scale: the configured one (or var/bench.sqlite3) for the largest."""
    base = os.environ.get("DATABASE_URL")
    suffix = "" if scale == largest else f"_scale{scale_label(scale).replace('.', '_')}"
    if not base:
        name = "bench.sqlite3" if not suffix else f"bench-scale{scale_label(scale)}.sqlite3"
        return f"sqlite:///{ROOT / 'var' / name}"
    if not suffix:
        return base
    head, _, tail = base.rpartition("/")
    name, _, query = tail.partition("?")
    return f"{head}/{name}{suffix}" + (f"?{query}" if query else "")


def ensure_postgres_database(url: str) -> None:
    """Create a PostgreSQL database for a smaller scale when it does not exist yet."""
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    if "postgresql" not in cfg["ENGINE"]:
        return
    conninfo = {
        "host": cfg["HOST"] or None,
        "port": cfg["PORT"] or None,
        "user": cfg["USER"] or None,
        "password": cfg["PASSWORD"] or None,
        "dbname": "postgres",
    }
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


# -- child process: one scale ----------------------------------------------------------------------


def setup_django(url: str) -> None:
    warnings.filterwarnings("ignore", message="No directory at")  # whitenoise: no collectstatic needed here
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bloei.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare(scale: float) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_areas", verbosity=0)
    started = time.monotonic()
    call_command("demo_city", scale=scale, if_empty=True, verbosity=1)
    print(f"   demo city ready in {time.monotonic() - started:.1f} s")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


LAZY_TAG = re.compile(r"<[^>]*\bhx-trigger=\"[^\"]*\bload\b[^\"]*\"[^>]*>")
HX_GET = re.compile(r"\bhx-get=\"([^\"]+)\"")


def lazy_fragments(html: str) -> list[str]:
    """URLs of fragments the page loads itself (hx-trigger="load"), to count them in the page time."""
    urls = []
    for tag in LAZY_TAG.findall(html):
        found = HX_GET.search(tag)
        if found:
            urls.append(found.group(1).replace("&amp;", "&"))
    return urls


def measure(scale: float) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
    from django.db.models.functions import Coalesce
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse

    from bloei.accounts.choices import Role
    from bloei.accounts.models import Membership, User
    from bloei.community.models import NetworkMembership
    from bloei.matching.models import Match, SignUp
    from bloei.people.models import Assignment, Consent, ContactMoment, Resident, TalentScan

    runs = int(os.environ.get("BENCH_RUNS", "40"))
    backend = "django.contrib.auth.backends.ModelBackend"

    top = (
        Assignment.objects.filter(role="connector", ended_on__isnull=True)
        .values("user")
        .annotate(n=Count("id"))
        .order_by("-n", "user")[0]
    )
    connector = User.objects.get(pk=top["user"])
    team_id = Membership.objects.filter(user=connector, role=Role.CONNECTOR).values_list("team", flat=True)[0]
    team_lead = User.objects.filter(memberships__role=Role.TEAM_LEAD, memberships__team=team_id).first()

    def count(model, field: str):
        sub = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(c=Count("pk"))
        return Coalesce(Subquery(sub.values("c")[:1], output_field=IntegerField()), 0)

    # The longest history among residents whose page has every part filled (talent scan, match, sign-up,
    # network, referrer), so the query count compares like with like across scales: Django skips the
    # queries of empty relations. Conditions are dropped from the end when no resident meets them all.
    filled = [
        Exists(TalentScan.objects.filter(resident=OuterRef("pk"))),
        Exists(Match.objects.filter(resident_a=OuterRef("pk"))),
        Exists(SignUp.objects.filter(resident=OuterRef("pk"))),
        Exists(NetworkMembership.objects.filter(resident=OuterRef("pk"))),
        Q(referred_by__isnull=False),
    ]
    candidates = Resident.objects.filter(team_id=team_id)
    while filled and not candidates.filter(*filled).exists():
        filled.pop()
    resident = (
        candidates.filter(*filled)
        .annotate(
            records=count(ContactMoment, "resident")
            + count(TalentScan, "resident")
            + count(SignUp, "resident")
            + count(Match, "resident_a")
            + count(Match, "resident_b")
            + count(NetworkMembership, "resident")
            + count(Consent, "resident")
        )
        .order_by("-records", "pk")
        .first()
    )
    clients = {}
    for label, user in (("connector", connector), ("team lead", team_lead)):
        client = Client()
        client.force_login(user, backend=backend)
        clients[label] = client

    def url(name: str, query: str = "", **kwargs) -> str:
        return reverse(name, kwargs=kwargs or None) + (f"?{query}" if query else "")

    pages = [
        ("home_connector", "core:home", {}, "", "connector"),
        ("home_team_lead", "core:home", {}, "", "team lead"),
        ("resident_detail", "people:resident_detail", {"uuid": resident.uuid}, "", "connector"),
        ("search", "core:search", {}, f"q={SEARCH_WORD}", "connector"),
        ("resident_list", "people:resident_list", {}, "", "connector"),
        ("resident_list_team_lead", "people:resident_list", {}, "", "team lead"),
    ]

    def timed(client, path: str, fragments: list[str]) -> float:
        started = time.perf_counter()
        client.get(path)
        for fragment in fragments:
            client.get(fragment, headers={"HX-Request": "true"})
        return (time.perf_counter() - started) * 1000

    # Baselines in the same process: a trivial page through the whole middleware stack, and the database.
    anonymous = Client()
    login_path = reverse("accounts:login")
    for _ in range(3):
        anonymous.get(login_path)
    login_times = [timed(anonymous, login_path, []) for _ in range(runs)]
    with connection.cursor() as cursor:
        select_times = []
        for _ in range(runs * 5):
            started = time.perf_counter()
            cursor.execute("SELECT 1")
            cursor.fetchone()
            select_times.append((time.perf_counter() - started) * 1000)
    baseline = {
        "name": "login page (anonymous GET through the full middleware stack)",
        "median_ms": round(statistics.median(login_times), 2),
        "p95_ms": round(percentile(login_times, 95), 2),
        "select_1_median_ms": round(statistics.median(select_times), 4),
    }
    context = {
        "scale": scale,
        "residents": Resident.objects.count(),
        "matches": Match.objects.count(),
        "database": connection.vendor,
        "debug": settings.DEBUG,
        "connector_caseload": top["n"],
        "resident_records": resident.records,
        "resident_conditions_met": f"{len(filled)} of 5",
        "runs": runs,
        "baseline": baseline,
    }
    print(f"   baseline login page median {baseline['median_ms']} ms, SELECT 1 {baseline['select_1_median_ms']} ms")
    results = {}
    for name, url_name, kwargs, query, who in pages:
        entry = {"url_name": url_name, "as": who, **context}
        try:
            path = url(url_name, query, **kwargs)
        except NoReverseMatch:
            entry.update(status="missing", error=f"URL name {url_name} does not exist")
            results[name] = entry
            print(f"   {name:<24} MISSING: no URL named {url_name}")
            continue
        client = clients[who]
        first = client.get(path)
        if first.status_code != 200:
            entry.update(status="failed", error=f"{path} answered {first.status_code}", path=path)
            results[name] = entry
            print(f"   {name:<24} FAILED: {path} answered {first.status_code}")
            continue
        fragments = lazy_fragments(first.content.decode())
        for fragment in fragments:
            answer = client.get(fragment, headers={"HX-Request": "true"})
            if answer.status_code != 200:
                entry.update(status="failed", error=f"fragment {fragment} answered {answer.status_code}")
        if entry.get("status") == "failed":
            results[name] = entry
            print(f"   {name:<24} FAILED: {entry['error']}")
            continue
        for _ in range(2):
            timed(client, path, fragments)
        with CaptureQueriesContext(connection) as captured:
            timed(client, path, fragments)
        # Read now: the next request resets the query log.
        queries = len(captured.captured_queries)
        db_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]
        times = [timed(client, path, fragments) for _ in range(runs)]
        median = statistics.median(times)
        entry.update(
            status="ok",
            path=path,
            fragments=len(fragments),
            median_ms=round(median, 2),
            p95_ms=round(percentile(times, 95), 2),
            min_ms=round(min(times), 2),
            max_ms=round(max(times), 2),
            queries=queries,
            db_ms=round(db_ms, 1),
            slowest_queries=[{"ms": round(float(q["time"]) * 1000, 1), "sql": q["sql"][:300]} for q in slowest],
            ratio=round(median / baseline["median_ms"], 2) if baseline["median_ms"] else None,
        )
        results[name] = entry
        print(
            f"   {name:<24} median {entry['median_ms']:7.1f} ms  p95 {entry['p95_ms']:7.1f} ms  "
            f"queries {entry['queries']:3d} ({entry['db_ms']:.0f} ms in SQL)  ratio {entry['ratio']}"
        )
    return results


def child(scale: float, url: str) -> None:
    setup_django(url)
    print(f"== scale {scale_label(scale)}: {url.split('@')[-1]}")
    prepare(scale)
    results = measure(scale)
    out = ROOT / "var" / f"bench-results-scale{scale_label(scale)}.json"
    out.write_text(json.dumps(results, indent=2, default=str))


# -- parent: every scale, then the report -------------------------------------------------------------


def report(measured: dict[float, dict]) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    largest = max(measured)
    problems = 0
    names = list(dict.fromkeys(n for results in measured.values() for n in results))
    print(f"\n== results (largest scale first), written to {RESULTS}")
    for name in names:
        by_scale = {scale_label(s): measured[s].get(name) for s in sorted(measured)}
        top = measured[largest].get(name, {})
        queries = {k: v.get("queries") for k, v in by_scale.items() if v and v.get("status") == "ok"}
        doc = {
            "name": name,
            "scale": largest,
            "status": top.get("status"),
            "median_ms": top.get("median_ms"),
            "p95_ms": top.get("p95_ms"),
            "queries": top.get("queries"),
            "baseline_median_ms": (top.get("baseline") or {}).get("median_ms"),
            "ratio": top.get("ratio"),
            "queries_by_scale": queries,
            "queries_grow_with_data": len(set(queries.values())) > 1 if len(queries) > 1 else None,
            "target_p95_ms": TARGET_P95_MS,
            "meets_target": top.get("p95_ms") is not None and top["p95_ms"] < TARGET_P95_MS,
            "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "by_scale": by_scale,
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(doc, indent=2, default=str) + "\n")
        if doc["status"] != "ok":
            problems += 1
            print(f"   {name:<24} {doc['status'].upper()}: {top.get('error')}")
            continue
        flags = [] if doc["meets_target"] else [f"p95 above {TARGET_P95_MS:g} ms"]
        if doc["queries_grow_with_data"]:
            flags.append("query count grows with data")
        print(
            f"   {name:<24} p95 {doc['p95_ms']:7.1f} ms  median {doc['median_ms']:7.1f} ms  "
            f"queries {queries}  ratio {doc['ratio']}  {'; '.join(flags) or 'OK'}"
        )
    return 1 if problems else 0


def main() -> int:
    os.chdir(ROOT)
    (ROOT / "var").mkdir(exist_ok=True)
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(float(sys.argv[2]), sys.argv[3])
        return 0
    wanted = scales()
    largest = max(wanted)
    measured = {}
    for scale in wanted:
        url = database_url(scale, largest)
        if url.startswith("postgres"):
            ensure_postgres_database(url)
        subprocess.run([sys.executable, __file__, "--child", str(scale), url], check=True)  # noqa: S603
        measured[scale] = json.loads((ROOT / "var" / f"bench-results-scale{scale_label(scale)}.json").read_text())
    return report(measured)


if __name__ == "__main__":
    sys.exit(main())
