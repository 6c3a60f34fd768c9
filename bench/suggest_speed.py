"""Speed of suggest() over 100,000+ candidates, beside a brute-force NumPy scoring of the same candidates.

    .venv/bin/python bench/suggest_speed.py          # SQLite: var/bench-suggest.sqlite3
    BENCH_SUGGEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bloei_bench_suggest \
        .venv/bin/python bench/suggest_speed.py

The database: BENCH_SUGGEST_DATABASE_URL, else DATABASE_URL, else var/bench-suggest.sqlite3 (a PostgreSQL
database is created when missing). It gets its own demo city, so do not point it at bench/run.py's database.

What it does, in one process:

1. migrates, loads the areas and builds the demo city at BENCH_SUGGEST_SCALE (default 16: 96,000 residents,
   14,356 openings, 8,000 places = 118,356 candidates) once; later runs reuse it. When the candidate
   index does not cover the city (a fresh city: the generator writes in bulk), it is rebuilt (timed);
2. picks 50 sources (15 open requests, 10 open offers, 15 residents with a talent scan, 10 open openings with room),
   each with a connector of the source's team as the user;
3. cold: the first suggest() of the process (loads the candidate arrays from the index table);
4. warm: every source BENCH_SUGGEST_ROUNDS times (default 4) - median and p95 of all calls, and the
   number of queries of one call;
5. brute force, in the same run: for the same 50 queries, every signal of every candidate computed the
   plain way (dense matrix product over the whole concept matrix, haversine to all, the same weights,
   a full sort) - the floor a ranking over these candidates costs in NumPy alone. `ratio` is the median
   of suggest() (with its queries, scoping, exclusions, explanations and model objects) over it.

Results: bench/results/suggest_speed_sqlite.json or suggest_speed_postgres.json. Exit status 1 when p95
is above the target (100 ms).
"""

import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402 (bench/common.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench" / "results"))
TARGET_P95_MS = 100.0
SCALE = float(os.environ.get("BENCH_SUGGEST_SCALE", "16"))
ROUNDS = int(os.environ.get("BENCH_SUGGEST_ROUNDS", "4"))
SOURCES = {"request": 15, "offer": 10, "resident": 15, "opening": 10}


def setup() -> str:
    return common.setup("BENCH_SUGGEST_DATABASE_URL", "bench-suggest.sqlite3")


def prepare() -> dict:
    from django.core.management import call_command

    from bloei.matching.models import CandidateIndexState, CandidateProfile
    from bloei.matching.suggestions.index import rebuild_candidates
    from bloei.people.models import Resident
    from bloei.places.models import Opening, Place

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_areas", verbosity=0)
    started = time.monotonic()
    call_command("demo_city", scale=SCALE, if_empty=True, verbosity=1)
    print(f"   demo city ready in {time.monotonic() - started:.1f} s")
    sources = Resident.objects.count() + Opening.objects.count() + Place.objects.count()
    indexed = CandidateProfile.objects.filter(deleted=False).count()
    info = {"rebuild_s": None}
    if not CandidateIndexState.objects.exists() or indexed != sources:
        started = time.monotonic()
        rebuild_candidates(log=lambda line: print(f"   index: {line}"))
        info["rebuild_s"] = round(time.monotonic() - started, 1)
        print(f"   candidate index rebuilt in {info['rebuild_s']} s")
    return info


def pick_sources() -> list[tuple[str, object, object]]:
    """(kind, source, user) for 50 sources spread over the city, the same on every run."""
    from django.db.models import Exists, OuterRef

    from bloei.accounts.choices import Role
    from bloei.accounts.models import Membership, Team, User
    from bloei.matching.models import SignUp
    from bloei.people.models import Resident, TalentScan
    from bloei.places.models import Opening
    from bloei.places.selectors import with_capacity

    def spread(queryset, count: int) -> list:
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        assert ids, f"no {queryset.model.__name__} to start from"
        step = max(1, len(ids) // count)
        chosen = ids[::step][:count]
        return list(queryset.filter(pk__in=chosen).order_by("pk"))

    connectors: dict[int, User] = {}
    for membership in Membership.objects.filter(role=Role.CONNECTOR).select_related("user").order_by("pk"):
        connectors.setdefault(membership.team_id, membership.user)
    any_connector = next(iter(connectors.values()))
    picked = []
    for kind in ("request", "offer"):
        for signup in spread(SignUp.objects.filter(status="open", kind=kind), SOURCES[kind]):
            picked.append((kind, signup, connectors[signup.team_id]))
    scanned = Resident.objects.filter(Exists(TalentScan.objects.filter(resident=OuterRef("pk"))), closed_on=None)
    for resident in spread(scanned, SOURCES["resident"]):
        picked.append(("resident", resident, connectors[resident.team_id]))
    open_with_room = with_capacity(Opening.objects.open().filter(place__removed_on=None)).filter(capacity_left__gt=0)
    team_of_wijk = dict(Team.neighbourhoods.through.objects.values_list("neighbourhood_id", "team_id"))
    for opening in spread(open_with_room.select_related("place__buurt"), SOURCES["opening"]):
        team_id = team_of_wijk.get(opening.place.buurt.neighbourhood_id)
        picked.append(("opening", opening, connectors.get(team_id, any_connector)))
    return picked


percentile = common.percentile


def bruteforce(q, store, matrix, weights) -> "object":
    """Every signal for every candidate the plain way, scored and fully sorted (no index tricks).

    `matrix`: the concepts as one row per candidate [N, 2W], as a plain table would hold them.
    """
    import numpy as np

    from bloei.matching.suggestions import signals as sig

    n, w = store.n, store.width
    query = np.zeros((2 * w, 3), dtype=np.float32)
    query[:w, 0], query[w:, 1] = q.want_vec, q.offer_vec
    query[w:, 2], query[:w, 2] = q.want_vec, q.offer_vec
    sums = matrix @ query
    totals = np.array([q.want_vec.sum(), q.offer_vec.sum(), q.want_vec.sum() + q.offer_vec.sum()]) + 1e-9
    shares = np.clip(sums / totals, 0, 1)
    fit = np.maximum(shares[:, 0], shares[:, 1])
    metres = sig.haversine_m(q.row.lat or 0.0, q.row.lon or 0.0, store.lat[:n], store.lon[:n]) * sig.DETOUR
    closeness = 1.0 / (1.0 + (metres / sig.HALF_CLOSENESS_M) ** 2)
    shared_lang = (store.lang[:n] & np.uint64(q.lang)) != 0
    avail = np.bitwise_count(store.avail[:n] & np.uint32(q.avail)) / np.maximum(np.bitwise_count(store.avail[:n]), 1)
    capacity = np.where(store.capacity_left[:n] < 0, 0.5, np.minimum(store.capacity_left[:n], 4) / 4)
    score = (
        weights["bias"]
        + weights["fit"] * fit
        + weights["shared"] * shares[:, 2]
        + weights["reciprocity"] * np.minimum(shares[:, 0], shares[:, 1])
        + weights["distance"] * closeness
        + weights["language"] * shared_lang
        + weights["availability"] * avail
        + weights["capacity"] * capacity
    )
    return np.argsort(-score)[:10]


def measure(database: str, info: dict) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    import numpy as np

    from bloei.matching.suggestions import current_weights, suggest
    from bloei.matching.suggestions import index as candidate_index
    from bloei.matching.suggestions.service import query_row, source_type
    from bloei.matching.suggestions.signals import build_query
    from bloei.matching.suggestions.text import reset_analyzer

    sources = pick_sources()
    candidate_index.reset_caches()
    reset_analyzer()
    kind, source, user = sources[0]
    started = time.perf_counter()
    suggest(user=user, source=source)
    cold_ms = (time.perf_counter() - started) * 1000
    cache = candidate_index.get_cache()
    print(f"   cold first call {cold_ms:.0f} ms (arrays loaded in {cache.last_sync['ms']:.0f} ms)")

    for _kind, source, user in sources:  # warm-up: every source once
        suggest(user=user, source=source)
    timings: list[float] = []
    by_kind: dict[str, list[float]] = {}
    for _round in range(ROUNDS):
        for kind, source, user in sources:
            started = time.perf_counter()
            found = suggest(user=user, source=source)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
            assert found, f"no suggestions for {kind} {source.pk}"
    queries = {}
    for kind, source, user in sources:
        if kind not in queries:
            with CaptureQueriesContext(connection) as captured:
                suggest(user=user, source=source)
            queries[kind] = len(captured)

    weights, _version = current_weights()
    store, analyzer = cache.sync()
    prepared = [
        build_query(query_row(source, source_type(source), store, analyzer), store, analyzer)
        for _kind, source, _user in sources
    ]
    matrix = np.ascontiguousarray(store.concepts[:, : store.n].T)
    brute: list[float] = []
    for _round in range(ROUNDS):
        for q in prepared:
            started = time.perf_counter()
            bruteforce(q, store, matrix, weights)
            brute.append((time.perf_counter() - started) * 1000)

    median_ms = statistics.median(timings)
    brute_ms = statistics.median(brute)
    result = {
        "name": f"suggest_speed_{database}",
        "database": database,
        "scale": SCALE,
        "candidates": int(store.n),
        "sources": len(sources),
        "calls": len(timings),
        "median_ms": round(median_ms, 1),
        "p95_ms": round(percentile(timings, 95), 1),
        "max_ms": round(max(timings), 1),
        "cold_ms": round(cold_ms, 1),
        "bruteforce_median_ms": round(brute_ms, 1),
        "bruteforce_p95_ms": round(percentile(brute, 95), 1),
        "ratio": round(median_ms / brute_ms, 2),
        "median_ms_by_source": {kind: round(statistics.median(values), 1) for kind, values in by_kind.items()},
        "queries_per_call": queries,
        "index_rebuild_s": info["rebuild_s"],
        "target_p95_ms": TARGET_P95_MS,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
    }
    result["ok"] = result["p95_ms"] < TARGET_P95_MS
    if result["candidates"] < 100_000:
        print(f"   note: only {result['candidates']:,} candidates - the issue asks for 100,000 (another city?)")
    return result


def main() -> int:
    database = setup()
    print(f"suggest() speed on {database}, demo city at scale {SCALE:g}")
    info = prepare()
    result = measure(database, info)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"suggest_speed_{database}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"   {result['candidates']:,} candidates, {result['calls']} calls: median {result['median_ms']} ms, "
        f"p95 {result['p95_ms']} ms (target < {TARGET_P95_MS:g}), cold {result['cold_ms']} ms; "
        f"brute-force NumPy {result['bruteforce_median_ms']} ms, ratio {result['ratio']}"
    )
    print(f"   written to {path.relative_to(ROOT)}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
