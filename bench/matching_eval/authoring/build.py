"""Build the frozen evaluation data from the authoring sources in this folder.

    .venv/bin/python bench/matching_eval/authoring/build.py

Writes ../profiles.json (the shared pool), ../evaluation.json, ../tuning.json and ../holdout.json (the cases,
each with its full, labelled candidate list and the reason every wrong candidate is wrong). The holdout split
(cases_holdout.py, pool_holdout.py) was written after the engine; its extra pool profiles are appended to
profiles.json but only ever used for holdout candidate lists, so evaluation.json and tuning.json do not change.
The JSON files are what the benchmark reads; rebuild after editing a source. How candidates are chosen is
described in ../README.md.
"""

import importlib
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dsl  # noqa: E402

OUT = HERE.parent
POOL_MODULES = ["pool_residents", "pool_places"]
EVAL_MODULES = [
    "cases_ouderen",
    "cases_jongeren",
    "cases_nieuwkomers",
    "cases_ouders",
    "cases_verlies",
    "cases_werk",
    "cases_creatief",
    "cases_praktisch",
    "cases_eten",
    "cases_plek_zoekt",
    "cases_plaats_plaats",
]
TUNING_MODULES = ["cases_tuning"]
HOLDOUT_POOL_MODULES = ["pool_holdout"]
HOLDOUT_MODULES = ["cases_holdout"]
VERIFIED = {"afstand", "toegang", "plek", "tijd", "taal"}
DEFAULT_CHECKS = {
    "resident_resident": ["afstand", "taal", "tijd"],
    "resident_place": ["afstand", "toegang", "plek", "tijd"],
    "place_place": ["plek", "tijd", "toegang"],
}
DAYNAMES = {"mon": "ma", "tue": "di", "wed": "wo", "thu": "do", "fri": "vr", "sat": "za", "sun": "zo"}
PARTNAMES = {"am": "ochtend", "pm": "middag", "ev": "avond"}
LANGNAMES = {}
with (dsl.ROOT / "bloei" / "core" / "data" / "languages.csv").open(encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        code, nl, _en = line.rstrip("\n").split(",", 2)
        LANGNAMES[code] = nl


def metres(a, b) -> float:
    r = 6_371_000.0
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp, dl = p2 - p1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def km(m: float) -> str:
    return f"{m / 1000:.1f} km".replace(".", ",") if m >= 1000 else f"{int(round(m, -1))} m"


def when(av: list[str]) -> str:
    parts = sorted({p.split("_")[1] for p in av}, key=list(PARTNAMES).index)
    days = [d for d in DAYNAMES if any(p.startswith(d) for p in av)]
    if len(av) <= 3:
        return ", ".join(f"{DAYNAMES[p.split('_')[0]]}{PARTNAMES[p.split('_')[1]]}" for p in av)
    span = f"{DAYNAMES[days[0]]}-{DAYNAMES[days[-1]]}" if len(days) > 1 else DAYNAMES[days[0]]
    return f"{'/'.join(PARTNAMES[p] for p in parts)}en ({span})"


def langs(codes) -> str:
    return ", ".join(LANGNAMES.get(c, c) for c in codes)


MOBNAMES = {
    "far": "fietst of loopt ver",
    "neighbourhood": "blijft in de wijk",
    "short": "alleen korte stukjes",
    "rollator": "loopt met rollator",
    "wheelchair": "rolstoel",
    "homebound": "komt nauwelijks de deur uit",
}


def feasibility(q, c, match_kind, checks):
    """(status, reasons): status 'ok', 'edge' (too close to a limit to label) or 'no' (ruled out)."""
    status, reasons = "ok", []

    def bad(kind, text):
        nonlocal status
        status = "no"
        reasons.append((kind, text))

    if "afstand" in checks:
        d = metres(q, c)
        if match_kind == "resident_resident":
            lims = [p["reach_m"] for p in (q, c)]
            lim = max(lims)
            who = "voor allebei"
        else:
            res = [p for p in (q, c) if p["kind"] == "resident"]
            lim = res[0]["reach_m"] if res and res[0]["reach_m"] is not None else None
            who = f"{res[0]['label'].split(',')[0]} {MOBNAMES[res[0]['mobility']]}" if res else ""
        if lim is not None:
            # d is the straight line; on foot it is further (streets). Label only clear cases: out of reach
            # when even the straight line is beyond the reach, within reach when a detour of a third still fits.
            if d > lim * 1.1 + 50:
                bad("afstand", f"te ver: {km(d)} hemelsbreed, {who} (max {km(lim)})")
            elif d > lim * 0.75 and status == "ok":
                status = "edge"
    if "toegang" in checks:
        for a, b in ((q, c), (c, q)):
            if a["needs_step_free"] and not b["step_free"]:
                bad("toegang", "niet drempelvrij/rolstoeltoegankelijk, terwijl dat nodig is")
    if "plek" in checks:
        for p in (c, q):
            if p["capacity_left"] == 0:
                bad("plek", "geen plek meer (vol)")
    if "tijd" in checks:
        if q["availability"] and c["availability"] and not set(q["availability"]) & set(c["availability"]):
            bad("tijd", f"andere tijden: kan {when(c['availability'])}, de vraag is voor {when(q['availability'])}")
    if "taal" in checks:
        if q["languages"] and c["languages"] and not set(q["languages"]) & set(c["languages"]):
            bad("taal", f"geen gedeelde taal ({langs(c['languages'])} / {langs(q['languages'])})")
    return status, reasons


def candidate_kinds(case):
    mk, qk = case["match_kind"], case["query"]["kind"]
    if mk == "resident_resident":
        return {"resident"}
    if mk == "place_place":
        return {"place"}
    return {"opening", "place"} if qk == "resident" else {"resident"}


def topical(p, topics, direction):
    offer, want = set(p["topics_offer"]) & topics, set(p["topics_want"]) & topics
    if direction == "offer":
        return offer
    if direction == "want":
        return want
    return offer | want


def off_topic_reason(p):
    ts = list(dict.fromkeys(p["topics_offer"] + p["topics_want"]))
    if not ts:
        return "ander onderwerp"
    return "ander onderwerp: " + ", ".join(dsl.topic_name(t) for t in ts[:3])


def resolve(case, pool, split):
    cid = case["id"]
    q = dict(case["query"])
    q["key"] = q["key"] or f"{cid}:q"
    mk = case["match_kind"]
    checks = case["checks"] if case["checks"] is not None else DEFAULT_CHECKS[mk]
    kinds = candidate_kinds(case)
    inline, cands, errors = {}, [], []

    def add(p, relevant, why):
        if p["kind"] not in kinds:
            errors.append(f"{cid}: candidate {p['key']} has kind {p['kind']}, expected {sorted(kinds)}")
        cands.append({"key": p["key"], "relevant": relevant, "why": why})

    rel_keys = set()
    for i, r in enumerate(case["relevant"], 1):
        if isinstance(r, str):
            p = pool[r]
        else:
            p = dict(r)
            p["key"] = p["key"] or f"{cid}:a{i}"
            inline[p["key"]] = p
        status, reasons = feasibility(q, p, mk, checks)
        if status != "ok":
            errors.append(f"{cid}: relevant {p['key']} is not clearly feasible: {status} {reasons}")
        rel_keys.add(p["key"])
        add(p, True, "")
    if not 1 <= len(rel_keys) <= 3:
        errors.append(f"{cid}: {len(rel_keys)} relevant")

    for i, t in enumerate(case["traps"], 1):
        p = dict(t["profile"]) if not isinstance(t["profile"], str) else pool[t["profile"]]
        if not isinstance(t["profile"], str):
            p["key"] = p["key"] or f"{cid}:x{i}"
            inline[p["key"]] = p
        if t["kind"] in VERIFIED:
            status, reasons = feasibility(q, p, mk, [t["kind"]])
            if status != "no":
                errors.append(f"{cid}: trap {p['key']} is said to fail on {t['kind']} but does not")
        said = re.search(r"(\d+(?:,\d)?) km", t["why"])
        if said:  # a distance written in the reason must be about right (straight line, rounded)
            d = metres(q, p) / 1000
            if abs(float(said.group(1).replace(",", ".")) - d) > max(0.6, 0.3 * d):
                errors.append(f"{cid}: trap {p['key']} says {said.group(0)}, but it is {d:.1f} km")
        add(p, False, t["why"])

    blocked = set(rel_keys) | {q["key"]} | {c["key"] for c in cands}
    # the place of a relevant opening (and the openings of a relevant place) would be arguable: leave out
    for k in list(rel_keys):
        p = pool.get(k) or inline.get(k)
        if p and p.get("place"):
            blocked.add(p["place"])
        if p and p["kind"] == "place":
            blocked |= {o["key"] for o in pool.values() if o.get("place") == p["key"]}
    need, avoid = set(case["need"]), set(case["avoid"])
    hard, filler = [], []
    opposite = {"offer": "want", "want": "offer"}.get(case["dir"])
    for p in pool.values():
        if p["kind"] not in kinds or p["key"] in blocked:
            continue
        on = topical(p, need | avoid, case["dir"])
        status, reasons = feasibility(q, p, mk, checks)
        if on:
            if status == "no":
                why = f"doet/biedt ook {dsl.topic_name(sorted(on)[0])}, maar " + "; ".join(r[1] for r in reasons)
                hard.append((p, why, "con"))
            continue  # feasible and on topic: arguably right, so not in the candidate list
        if opposite and topical(p, need, opposite):
            t = dsl.topic_name(sorted(topical(p, need, opposite))[0])
            if opposite == "want":
                why = f"zoekt zelf ook {t}, biedt het niet aan"
            else:
                why = f"biedt zelf ook {t}, zoekt het niet"
            hard.append((p, why, "dir"))
            continue
        if opposite and topical(p, avoid, opposite):
            continue
        if topical(p, need | avoid, "any"):
            continue
        filler.append((metres(q, p), p))
    # keep the list balanced: the nearest few ruled out by a constraint and a few that ask instead of give
    hard_con = sorted((h for h in hard if h[2] == "con"), key=lambda h: (metres(q, h[0]), h[0]["key"]))
    hard_dir = sorted((h for h in hard if h[2] == "dir"), key=lambda h: (metres(q, h[0]), h[0]["key"]))
    for p, why, _k in hard_con[: case["max_constraint"]] + hard_dir[: case["max_direction"]]:
        add(p, False, why)
    filler.sort(key=lambda x: (x[0], x[1]["key"]))
    for _d, p in filler:
        if len(cands) >= case["n"]:
            break
        add(p, False, off_topic_reason(p))
    if len(cands) < 50:
        errors.append(f"{cid}: only {len(cands)} candidates")
    keys = [c["key"] for c in cands]
    if len(keys) != len(set(keys)):
        errors.append(f"{cid}: duplicate candidates")
    random.Random(cid).shuffle(cands)
    out = {
        "id": cid,
        "split": split,
        "category": case["category"],
        "match_kind": mk,
        "title": case["title"],
        "tags": case["tags"],
        "note": case["note"],
        "checks": checks,
        "query": q,
        "profiles": inline,
        "candidates": cands,
    }
    return out, errors


def line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def case_json(case: dict) -> str:
    """One case, readable in a diff: one field, profile or candidate per line."""
    out = ["{"]
    for k, v in case.items():
        if k == "profiles":
            items = [f"  {line(key)}: {line(p)}" for key, p in v.items()]
            out.append(' "profiles": {' + ("\n" + ",\n".join(items) + "\n " if items else "") + "},")
        elif k == "candidates":
            out.append(' "candidates": [\n' + ",\n".join(f"  {line(c)}" for c in v) + "\n ]")
        else:
            out.append(f" {line(k)}: {line(v)},")
    out.append("}")
    return "\n".join(out)


def main() -> int:
    pool = {}
    for m in POOL_MODULES:
        mod = importlib.import_module(m)
        for p in mod.PROFILES:
            if p["key"] in pool:
                print(f"duplicate pool key {p['key']}")
                return 1
            pool[p["key"]] = p
    holdout_pool = dict(pool)
    for m in HOLDOUT_POOL_MODULES:
        for p in importlib.import_module(m).PROFILES:
            if p["key"] in holdout_pool:
                print(f"duplicate pool key {p['key']}")
                return 1
            holdout_pool[p["key"]] = p
    splits = {}
    for split, mods in (("evaluation", EVAL_MODULES), ("tuning", TUNING_MODULES), ("holdout", HOLDOUT_MODULES)):
        start = len(dsl.CASES)
        for m in mods:
            if not (HERE / f"{m}.py").exists():
                print(f"note: {m}.py not written yet")
                continue
            importlib.import_module(m)
        splits[split] = dsl.CASES[start:]
    errors, built = [], {}
    ids = [c["id"] for c in dsl.CASES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate case ids")
    for split, cases in splits.items():
        built[split] = []
        for case in cases:
            out, errs = resolve(case, holdout_pool if split == "holdout" else pool, split)
            if split == "holdout":  # fresh: no right counterpart from the pool the engine was written beside
                errs += [f"{case['id']}: relevant {r} is in the main pool" for r in case["relevant"]
                         if isinstance(r, str) and r in pool]  # fmt: skip
            built[split].append(out)
            errors += errs
    for e in errors:
        print("ERROR", e)
    if errors:
        return 1
    (OUT / "profiles.json").write_text(
        '{"profiles": [\n' + ",\n".join(line(p) for p in holdout_pool.values()) + "\n]}\n", encoding="utf-8"
    )
    for split, cases in built.items():
        (OUT / f"{split}.json").write_text(
            f'{{"split": {line(split)}, "cases": [\n' + ",\n".join(case_json(c) for c in cases) + "\n]}\n",
            encoding="utf-8",
        )
        n = [len(c["candidates"]) for c in cases]
        print(f"{split}: {len(cases)} cases, candidates min {min(n) if n else 0} max {max(n) if n else 0}")
    print(f"pool: {len(pool)} profiles (+{len(holdout_pool) - len(pool)} for the holdout split)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
