"""Quality of the matching suggestions on the labelled evaluation set (issue 3). Standalone:

    DEBUG=true .venv/bin/python bench/matching_quality.py            # engine + baselines, writes the result
    DEBUG=true .venv/bin/python bench/matching_quality.py --split tuning --no-write   # the tuning set
    DEBUG=true .venv/bin/python bench/matching_quality.py --split holdout --no-write  # only the holdout set
    DEBUG=true .venv/bin/python bench/matching_quality.py --baselines-only --no-write  # without the engine

Data: bench/matching_eval/{profiles,evaluation,tuning,holdout}.json (see bench/matching_eval/README.md). Every case has
a query profile and at least 50 candidates, of which 1-3 are the right counterparts. Three rankers are scored
on the same candidate lists, passed in the same (shuffled) order:

- engine:  bloei.matching.suggestions.score_candidates(query, candidates, match_kind=...) with its default
           weights; a right counterpart the engine drops (a hard limit) counts as a miss;
- random:  a seeded shuffle, averaged over 20 seeds;
- keyword: the number of distinct words shared by the query's text and the candidate's text (lowercased,
           split on non-letters, Dutch/English stop words removed; no stemming, no taxonomy, no constraints);
           ties in random order, averaged over the same 20 seeds.
- keyword+limits (diagnostic, not a target): keyword after dropping what the interface's hard limits drop
           (reach, no room, step-free), to see how much of the engine's lead is text understanding.

Metrics (binary relevance, averaged over cases): recall@5, MRR, nDCG@10; overall, per category and per tag.
Django is set up on a temporary SQLite database (migrated, so the talent taxonomy is loaded and slugs map to
Talent ids); the demo database is not used. The result goes to bench/results/matching_quality.json; a run on the
evaluation split also scores the holdout split (written after the engine, never tuned on) under "holdout".
If the engine cannot be imported the script says so and exits with status 2 without writing a result.
"""

import argparse
import dataclasses
import json
import math
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "matching_eval"
RESULT = ROOT / "bench" / "results" / "matching_quality.json"
SEEDS = 20
TARGET_RECALL_AT_5 = 0.8
TARGET_MRR_VS_KEYWORD = 1.5

# Profile fields of the engine interface (docs: /work/notes/suggestions_interface.md); used when the engine
# is not importable (tests, --baselines-only).
PROFILE_FIELDS = (
    "key", "kind", "label", "offers_text", "wants_text", "offers", "wants", "lat", "lon", "reach_m", "languages",
    "availability", "needs_step_free", "step_free", "capacity_left", "team_id", "age",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class EvalProfile:
    key: str
    kind: str
    label: str
    offers_text: str = ""
    wants_text: str = ""
    offers: frozenset = frozenset()
    wants: frozenset = frozenset()
    lat: float | None = None
    lon: float | None = None
    reach_m: int | None = None
    languages: frozenset = frozenset()
    availability: frozenset = frozenset()
    needs_step_free: bool = False
    step_free: bool = True
    capacity_left: int | None = None
    team_id: int | None = None
    age: int | None = None


@dataclasses.dataclass
class Case:
    id: str
    split: str
    category: str
    match_kind: str
    title: str
    tags: list[str]
    query: object
    candidates: list  # profiles, in the order given to every ranker
    relevant: set[str]
    why: dict[str, str]  # candidate key -> why it is wrong ("" for the right ones)


# -- Django and data -----------------------------------------------------------------------------------------


def setup_django() -> None:
    """Configure Django on a fresh temporary SQLite database and migrate it (loads the talent taxonomy)."""
    os.environ.setdefault("DEBUG", "true")
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='bloei-quality-')}/quality.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bloei.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def talent_ids() -> dict[str, int]:
    from bloei.people.models import Talent

    return dict(Talent.objects.values_list("slug", "id"))


def engine_profile_class():
    """The engine's Profile dataclass, or None when the engine is not importable."""
    try:
        from bloei.matching.suggestions import Profile
    except ImportError:
        return None
    return Profile


def build_profile(d: dict, slugs: dict[str, int], cls=EvalProfile):
    unknown = [s for s in d["offers"] + d["wants"] if s not in slugs]
    if unknown:
        raise ValueError(f"{d['key']}: unknown talent slugs {unknown}")
    values = {
        "key": d["key"],
        "kind": d["kind"],
        "label": d["label"],
        "offers_text": d["offers_text"],
        "wants_text": d["wants_text"],
        "offers": frozenset(slugs[s] for s in d["offers"]),
        "wants": frozenset(slugs[s] for s in d["wants"]),
        "lat": d["lat"],
        "lon": d["lon"],
        "reach_m": d["reach_m"],
        "languages": frozenset(d["languages"]),
        "availability": frozenset(d["availability"]),
        "needs_step_free": d["needs_step_free"],
        "step_free": d["step_free"],
        "capacity_left": d["capacity_left"],
        "team_id": None,
        "age": d["age"],
    }
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names})


def load_cases(split: str, slugs: dict[str, int], cls=EvalProfile, data: Path = DATA) -> list[Case]:
    pool = {p["key"]: p for p in json.loads((data / "profiles.json").read_text(encoding="utf-8"))["profiles"]}
    raw = json.loads((data / f"{split}.json").read_text(encoding="utf-8"))
    built: dict[str, object] = {}

    def profile(key: str, inline: dict):
        if key not in built:
            built[key] = build_profile(inline.get(key) or pool[key], slugs, cls)
        return built[key]

    cases = []
    for c in raw["cases"]:
        inline = c["profiles"]
        cands = [profile(x["key"], inline) for x in c["candidates"]]
        cases.append(
            Case(
                id=c["id"],
                split=c["split"],
                category=c["category"],
                match_kind=c["match_kind"],
                title=c["title"],
                tags=c["tags"],
                query=build_profile(c["query"], slugs, cls),
                candidates=cands,
                relevant={x["key"] for x in c["candidates"] if x["relevant"]},
                why={x["key"]: x["why"] for x in c["candidates"]},
            )
        )
    return cases


# -- rankers -------------------------------------------------------------------------------------------------

Ranker = Callable[[object, Sequence, str], list[str]]  # (query, candidates, match_kind) -> keys, best first

STOPWORDS = set(
    """aan al als alle alleen allebei ander andere bij ben bent dan dat de deze die dit doen doet door dus een eens en
    er ge geen graag haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij kan kom komen
    kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over te tot u uit
    van veel voor want was wat we wel werd wie wil willen wordt zal ze zelf zich zij zijn zo zou zoals zoekt zoek
    a an and are as at be by for from has have i in is it its of on or that the this to was we with you your""".split()
)


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) > 1 and w not in STOPWORDS}


def keyword_scores(query, candidates) -> dict[str, int]:
    q = words(f"{query.offers_text} {query.wants_text}")
    return {c.key: len(q & words(f"{c.offers_text} {c.wants_text}")) for c in candidates}


def rank_keyword(query, candidates, match_kind, *, seed: int = 0) -> list[str]:
    scores = keyword_scores(query, candidates)
    tiebreak = random.Random(seed)
    order = {c.key: tiebreak.random() for c in candidates}
    return sorted(scores, key=lambda k: (-scores[k], order[k]))


def metres(a, b) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6_371_000.0 * math.asin(math.sqrt(h))


def out_of_bounds(query, cand) -> bool:
    """The interface's hard limits, plainly: beyond the resident's reach (straight line; of two residents the
    one who can go furthest), an opening without room, a step-free need not met."""
    if cand.capacity_left == 0 or query.capacity_left == 0:
        return True
    if (query.needs_step_free and not cand.step_free) or (cand.needs_step_free and not query.step_free):
        return True
    reaches = [p.reach_m for p in (query, cand) if p.kind == "resident"]
    d = metres(query, cand)
    if d is None or not reaches or any(r is None for r in reaches):
        return False
    return d > max(reaches)


def rank_keyword_limits(query, candidates, match_kind, *, seed: int = 0) -> list[str]:
    """Diagnostic baseline (not part of the targets): keyword overlap after dropping what the hard limits drop.
    It shows how much of the engine's lead comes from understanding the text rather than from the limits."""
    return rank_keyword(query, [c for c in candidates if not out_of_bounds(query, c)], match_kind, seed=seed)


def rank_random(query, candidates, match_kind, *, seed: int = 0) -> list[str]:
    keys = [c.key for c in candidates]
    random.Random(seed).shuffle(keys)
    return keys


def rank_engine(query, candidates, match_kind) -> list[str]:
    from bloei.matching.suggestions import score_candidates

    return [s.profile.key for s in score_candidates(query, candidates, match_kind=match_kind)]


# -- metrics -------------------------------------------------------------------------------------------------


def case_metrics(ranking: Sequence[str], relevant: set[str]) -> dict[str, float]:
    """recall@5, reciprocal rank and nDCG@10 of one ranked list (binary relevance). A right counterpart that is
    not in the ranking at all (dropped) counts as not found."""
    pos = {k: i for i, k in enumerate(ranking, 1)}
    ranks = sorted(pos[k] for k in relevant if k in pos)
    recall5 = sum(1 for r in ranks if r <= 5) / len(relevant)
    rr = 1.0 / ranks[0] if ranks else 0.0
    dcg = sum(1.0 / math.log2(r + 1) for r in ranks if r <= 10)
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), 10) + 1))
    return {"recall_at_5": recall5, "mrr": rr, "ndcg_at_10": dcg / idcg}


METRICS = ("recall_at_5", "mrr", "ndcg_at_10")


def mean_metrics(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: round(statistics.fmean(r[m] for r in rows), 4) for m in METRICS} if rows else {}


def evaluate(cases: list[Case], ranker: Ranker, *, seeds: Sequence[int] | None = None) -> dict:
    """Score a ranker on the cases. With seeds, the ranker takes seed= and per-case metrics are averaged over
    the seeds. Returns overall/by_category/by_tag means and the per-case details."""
    per_case = {}
    timings = []
    for case in cases:
        if seeds:
            runs = [case_metrics(ranker(case.query, case.candidates, case.match_kind, seed=s), case.relevant)
                    for s in seeds]  # fmt: skip
            per_case[case.id] = {"metrics": mean_metrics(runs)}
            continue
        t0 = time.perf_counter()
        ranking = ranker(case.query, case.candidates, case.match_kind)
        timings.append((time.perf_counter() - t0) * 1000)
        pos = {k: i for i, k in enumerate(ranking, 1)}
        per_case[case.id] = {
            "metrics": case_metrics(ranking, case.relevant),
            "ranking": ranking,
            "ranks": {k: pos.get(k) for k in sorted(case.relevant)},
            "dropped": len(case.candidates) - len(ranking),
        }
    by_cat, by_tag = defaultdict(list), defaultdict(list)
    for case in cases:
        m = per_case[case.id]["metrics"]
        by_cat[case.category].append(m)
        for t in case.tags:
            by_tag[t].append(m)
    out = {
        "overall": mean_metrics([v["metrics"] for v in per_case.values()]),
        **(
            {"candidates_dropped_mean": round(statistics.fmean(v["dropped"] for v in per_case.values()), 1)}
            if not seeds
            else {}
        ),
        "by_category": {k: {"cases": len(v), **mean_metrics(v)} for k, v in sorted(by_cat.items())},
        "by_tag": {k: {"cases": len(v), **mean_metrics(v)} for k, v in sorted(by_tag.items())},
        "cases": per_case,
    }
    if timings:
        out["ms_per_case"] = {
            "median": round(statistics.median(timings), 2),
            "p95": round(sorted(timings)[max(0, math.ceil(0.95 * len(timings)) - 1)], 2),
        }
    return out


# -- reporting -----------------------------------------------------------------------------------------------


def misses(cases: list[Case], result: dict, limit: int) -> list[dict]:
    """The engine's worst cases, worst first: right counterparts dropped or outside the top 5 first, then those
    where something else came first; with what it ranked on top and why the labels say that is wrong."""
    rows = []
    for case in cases:
        info = result["cases"][case.id]
        ranks = info["ranks"]
        best = min((r for r in ranks.values() if r), default=None)
        if best == 1 and info["metrics"]["recall_at_5"] == 1.0:
            continue
        labels = {c.key: c.label for c in case.candidates}
        rows.append({
            "case": case.id,
            "category": case.category,
            "title": case.title,
            "tags": case.tags,
            "query": case.query.label,
            "right": [{"key": k, "label": labels[k], "rank": r, "dropped": r is None} for k, r in ranks.items()],
            "ranked_above": [{"key": k, "label": labels[k], "why_wrong": case.why.get(k, "")}
                             for k in info["ranking"][:3] if k not in case.relevant],
        })  # fmt: skip

    def badness(row):
        ranks = [x["rank"] or 10_000 for x in row["right"]]
        return (-sum(1 for r in ranks if r > 5) / len(ranks), -min(ranks), -max(ranks), row["case"])

    rows.sort(key=badness)
    return rows[:limit]


def print_table(methods: dict[str, dict], cases: list[Case]) -> None:
    names = list(methods)
    print(
        f"\n{len(cases)} cases, {sum(len(c.candidates) for c in cases) / len(cases):.1f} candidates per case on average"
    )
    print(f"{'':28}" + "".join(f"{n:>30}" for n in names))
    print(f"{'':28}" + "".join(f"{'R@5   MRR   nDCG@10':>30}" for _ in names))

    def row(label, get):
        cells = []
        for n in names:
            m = get(methods[n])
            cells.append(f"{m['recall_at_5']:.3f} {m['mrr']:.3f} {m['ndcg_at_10']:.3f}" if m else "-")
        print(f"{label:28}" + "".join(f"{c:>30}" for c in cells))

    row("ALL", lambda r: r["overall"])
    for cat in sorted({c.category for c in cases}):
        n = sum(1 for c in cases if c.category == cat)
        row(f"  {cat} ({n})", lambda r, cat=cat: r["by_category"].get(cat))
    print("by tag:")
    for tag in sorted({t for c in cases for t in c.tags}):
        n = sum(1 for c in cases if tag in c.tags)
        row(f"  {tag} ({n})", lambda r, tag=tag: r["by_tag"].get(tag))


def measure(split: str, slugs: dict[str, int], cls, args) -> dict:
    """Score every method on one split, print the table, targets and engine misses; return the result fields."""
    cases = load_cases(split, slugs, cls or EvalProfile)
    seeds = list(range(SEEDS))
    methods = {}
    if not args.baselines_only:
        methods["engine"] = evaluate(cases, rank_engine)
    methods["random"] = evaluate(cases, rank_random, seeds=seeds)
    methods["keyword"] = evaluate(cases, rank_keyword, seeds=seeds)
    methods["keyword+limits"] = evaluate(cases, rank_keyword_limits, seeds=seeds)
    print_table(methods, cases)

    result = {
        "cases": len(cases),
        "candidates_per_case": {
            "min": min(len(c.candidates) for c in cases),
            "mean": round(statistics.fmean(len(c.candidates) for c in cases), 1),
        },
        "relevant_per_case_mean": round(statistics.fmean(len(c.relevant) for c in cases), 2),
        "methods": {n: {k: v for k, v in r.items() if k != "cases"} for n, r in methods.items()},
    }
    if "engine" in methods:
        eng, kw = methods["engine"]["overall"], methods["keyword"]["overall"]
        ratio = eng["mrr"] / kw["mrr"] if kw["mrr"] else None
        result["targets"] = {
            "recall_at_5": TARGET_RECALL_AT_5,
            "mrr_vs_keyword": TARGET_MRR_VS_KEYWORD,
            "engine_mrr_over_keyword_mrr": round(ratio, 3) if ratio else None,
            "recall_at_5_met": eng["recall_at_5"] >= TARGET_RECALL_AT_5,
            "mrr_vs_keyword_met": bool(ratio and ratio >= TARGET_MRR_VS_KEYWORD),
        }
        result["targets"]["met"] = result["targets"]["recall_at_5_met"] and result["targets"]["mrr_vs_keyword_met"]
        result["dropped_right_counterparts"] = sum(
            1 for c in cases for r in methods["engine"]["cases"][c.id]["ranks"].values() if r is None
        )
        result["engine_misses"] = misses(cases, methods["engine"], args.misses)
        t = result["targets"]
        print(
            f"\ntargets: recall@5 {eng['recall_at_5']:.3f} (>= {TARGET_RECALL_AT_5}: {t['recall_at_5_met']}), "
            f"MRR {eng['mrr']:.3f} = {t['engine_mrr_over_keyword_mrr']} x keyword (>= {TARGET_MRR_VS_KEYWORD}: "
            f"{t['mrr_vs_keyword_met']}); right counterparts dropped by hard limits: "
            f"{result['dropped_right_counterparts']}"
        )
        if result["engine_misses"]:
            print(f"\nengine misses (worst {len(result['engine_misses'])}):")
            for m in result["engine_misses"]:
                right = ", ".join(f"{r['label']} @{r['rank'] or 'dropped'}" for r in m["right"])
                print(f"  {m['case']}: {m['title']} | right: {right}")
                for a in m["ranked_above"]:
                    print(f"      above: {a['label']} - {a['why_wrong']}")
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="evaluation", choices=["evaluation", "tuning", "holdout"])
    parser.add_argument("--misses", type=int, default=10, help="how many engine misses to report")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results/matching_quality.json")
    parser.add_argument("--baselines-only", action="store_true", help="only the baselines (no engine needed)")
    args = parser.parse_args(argv)

    setup_django()
    cls = engine_profile_class()
    if cls is None and not args.baselines_only:
        print("The engine is not importable yet (bloei.matching.suggestions.score_candidates); no numbers written.")
        return 2
    slugs = talent_ids()
    result = {
        "name": "matching_quality",
        "split": args.split,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **measure(args.split, slugs, cls, args),
    }
    if args.split == "evaluation" and not args.baselines_only and (DATA / "holdout.json").exists():
        # the holdout split, written after the engine and never used for tuning (see the README)
        print("\n== holdout split ==")
        result["holdout"] = measure("holdout", slugs, cls, args)
    if not args.no_write:
        if "targets" not in result:  # the engine did not run
            print("not written: the result needs the engine (use --no-write with --baselines-only)")
            return 2
        RESULT.parent.mkdir(parents=True, exist_ok=True)
        RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {RESULT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
