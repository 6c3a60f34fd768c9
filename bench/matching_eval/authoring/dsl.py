# ruff: noqa: E501
"""Small helpers to write evaluation profiles and cases compactly (see ../README.md).

R(...) a resident, P(...) a place (ontwikkelplaats), O(...) an opening of a place, C(...) a case.
Positions are a real Eindhoven buurt (name or CBS code) plus an offset in metres (east, north).
Fields the engine sees follow bloei.matching.suggestions.Profile; `topics_offer` / `topics_want`
are hidden labels used only by build.py to choose and explain distractors.
"""

import csv
import hashlib
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BUURTEN_CSV = ROOT / "bloei" / "geo" / "data" / "eindhoven" / "buurten.csv"
TALENTS_CSV = ROOT / "bloei" / "people" / "data" / "talents.csv"

# Mirrors bloei.people.choices.MOBILITY_DEFAULT_METRES (kept here so building needs no Django).
MOBILITY_METRES = {
    "far": 2500,
    "neighbourhood": 1000,
    "short": 500,
    "rollator": 250,
    "wheelchair": 1000,
    "homebound": 0,
}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("am", "pm", "ev")
ALL_DAYPARTS = tuple(f"{d}_{p}" for d in DAYS for p in PARTS)


def _load_buurten():
    by_name, by_code = {}, {}
    with BUURTEN_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rec = (row["buurt_code"], float(row["lat"]), float(row["lon"]), row["buurt_name"])
            by_code[row["buurt_code"]] = rec
            by_name[row["buurt_name"].lower()] = rec
            by_name[row["buurt_name"].split(",")[0].lower()] = rec
    return by_name, by_code


BUURT_BY_NAME, BUURT_BY_CODE = _load_buurten()
TALENT_SLUGS = set()
TALENT_NAMES = {}
with TALENTS_CSV.open(encoding="utf-8") as _fh:
    for _row in csv.DictReader(_fh):
        TALENT_SLUGS.add(_row["slug"])
        TALENT_NAMES[_row["slug"]] = _row["name_nl"].lower()

# Hidden topic labels beyond the taxonomy (only for choosing distractors; the engine never sees them).
EXTRA_TOPICS = {
    "rouw": "rouw en verlies",
    "ruimte": "een ruimte of locatie",
    "voedsel": "voedsel en overschotten",
    "werkervaring": "werkervaring en stage",
    "vrijwilligers": "vrijwilligers vinden",
    "jongeren": "jongerenwerk",
    "ouders": "ouders en opvoeding",
    "gezondheid": "gezondheid en herstel",
    "materiaal": "materialen en spullen",
    "publiek": "deelnemers en publiek bereiken",
}
TOPICS = TALENT_SLUGS | set(EXTRA_TOPICS)


def topic_name(t: str) -> str:
    return TALENT_NAMES.get(t) or EXTRA_TOPICS[t]


def buurt(name_or_code: str):
    key = name_or_code.strip()
    rec = BUURT_BY_CODE.get(key) or BUURT_BY_NAME.get(key.lower())
    if rec is None:
        raise KeyError(f"unknown buurt {name_or_code!r}")
    return rec


def position(b: str, dx: float, dy: float):
    code, lat0, lon0, _ = buurt(b)
    lat = lat0 + dy / 111_320.0
    lon = lon0 + dx / (111_320.0 * math.cos(math.radians(lat0)))
    return code, round(lat, 6), round(lon, 6)


def _auto_offset(key: str, spread: int = 260):
    h = hashlib.sha256(key.encode()).digest()
    return (h[0] / 255 * 2 - 1) * spread, (h[1] / 255 * 2 - 1) * spread


def avail(spec: str) -> list[str]:
    """'am pm ev' = weekday mornings/afternoons/evenings, 'we' = weekend daytime, 'we_ev', or DayPart codes."""
    out = []
    for tok in spec.split():
        if tok in PARTS:
            out += [f"{d}_{tok}" for d in DAYS[:5]]
        elif tok == "we":
            out += ["sat_am", "sat_pm", "sun_am", "sun_pm"]
        elif tok == "we_ev":
            out += ["sat_ev", "sun_ev"]
        elif tok == "all":
            out += list(ALL_DAYPARTS)
        elif tok in ALL_DAYPARTS:
            out.append(tok)
        elif tok in DAYS:  # a whole day
            out += [f"{tok}_{p}" for p in PARTS]
        else:
            raise ValueError(f"unknown availability token {tok!r}")
    return sorted(set(out), key=ALL_DAYPARTS.index)


def _slugs(s: str) -> list[str]:
    out = s.split()
    for x in out:
        if x not in TALENT_SLUGS:
            raise ValueError(f"unknown talent slug {x!r}")
    return out


def _topics(s: str) -> list[str]:
    out = s.split()
    for x in out:
        if x not in TOPICS:
            raise ValueError(f"unknown topic {x!r}")
    return out


def _base(key, kind, label, b, dx, dy, offers, wants, o, w, lang, av, to, tw):
    if dx is None or dy is None:
        dx, dy = _auto_offset(key or label)
    code, lat, lon = position(b, dx, dy)
    o_s, w_s = _slugs(o), _slugs(w)
    return {
        "key": key,
        "kind": kind,
        "label": label,
        "offers_text": offers.strip(),
        "wants_text": wants.strip(),
        "offers": o_s,
        "wants": w_s,
        "buurt": code,
        "lat": lat,
        "lon": lon,
        "languages": lang.split(),
        "availability": avail(av),
        # hidden labels for build.py (default: the visible slugs)
        "topics_offer": _topics(to) if to is not None else list(o_s),
        "topics_want": _topics(tw) if tw is not None else list(w_s),
    }


def R(
    key,
    label,
    b,
    dx=None,
    dy=None,
    *,
    offers="",
    wants="",
    o="",
    w="",
    age=None,
    mob="neighbourhood",
    reach=None,
    lang="nl",
    av="",
    to=None,
    tw=None,
):
    """A resident. mob: far | neighbourhood | short | rollator | wheelchair | homebound."""
    p = _base(key, "resident", label, b, dx, dy, offers, wants, o, w, lang, av, to, tw)
    if mob not in MOBILITY_METRES:
        raise ValueError(mob)
    p.update(
        mobility=mob,
        reach_m=reach if reach is not None else MOBILITY_METRES[mob],
        needs_step_free=mob in ("wheelchair", "rollator"),
        step_free=True,
        capacity_left=None,
        age=age,
    )
    return p


PLACES = {}


def P(
    key,
    label,
    b,
    dx=None,
    dy=None,
    *,
    offers="",
    wants="",
    o="",
    w="",
    lang="nl",
    av="",
    step=True,
    to=None,
    tw=None,
    pk="community_centre",
    needs_step_free=False,
):
    """A place. offers: what the place can give (room, activities, ...); wants: what it looks for."""
    p = _base(key, "place", label, b, dx, dy, offers, wants, o, w, lang, av, to, tw)
    p.update(
        mobility=None,
        reach_m=None,
        needs_step_free=needs_step_free,
        step_free=step,
        capacity_left=None,
        age=None,
        place_kind=pk,
    )
    if key:
        PLACES[key] = p
    return p


def O(  # noqa: E743 (one-letter helpers keep the case files readable)
    key,
    label,
    place,
    *,
    offers="",
    wants="",
    o="",
    cap=1,
    av="",
    lang=None,
    step=None,
    to=None,
    b=None,
    dx=None,
    dy=None,
):
    """An opening of a place (a pool place key, or a place dict). offers: the role and what it asks for
    (interface: 'opening asks for' goes to offers_text); wants: the description of who/what it is for."""
    pl = place if isinstance(place, dict) else PLACES[place]
    if b is None:
        lat, lon, code = pl["lat"], pl["lon"], pl["buurt"]
    else:
        code, lat, lon = position(b, dx or 0, dy or 0)
    p = {
        "key": key,
        "kind": "opening",
        "label": f"{label} ({pl['label']})",
        "offers_text": offers.strip(),
        "wants_text": wants.strip(),
        "offers": _slugs(o),
        "wants": [],
        "buurt": code,
        "lat": lat,
        "lon": lon,
        "languages": (lang or " ".join(pl["languages"])).split(),
        "availability": avail(av) if av else list(pl["availability"]),
        "topics_offer": _topics(to) if to is not None else _slugs(o),
        "topics_want": [],
        "mobility": None,
        "reach_m": None,
        "needs_step_free": False,
        "step_free": pl["step_free"] if step is None else step,
        "capacity_left": cap,
        "age": None,
        "place": pl["key"],
    }
    return p


def X(profile, why, kind="onderwerp"):
    """A hand-written distractor with the reason it is wrong. kind: afstand | toegang | plek | tijd | taal
    (checked by build.py) or richting | onderwerp | anders (trusted)."""
    return {"profile": profile, "why": why, "kind": kind}


CASES = []


def C(
    cid,
    *,
    cat,
    kind,
    title,
    q,
    rel,
    traps=(),
    need,
    dir="offer",
    avoid="",
    checks=None,
    tags="",
    n=60,
    note="",
    max_constraint=10,
    max_direction=4,
):
    """A case. kind: rr | rp | pp (match kind). rel: right counterparts (profiles or pool keys).
    need: topics a counterpart must cover (in direction `dir`: offer | want | any); avoid: topics whose
    pool profiles are too arguable to serve as filler. checks: constraints that rule candidates out."""
    CASES.append(
        {
            "id": cid,
            "category": cat,
            "match_kind": {"rr": "resident_resident", "rp": "resident_place", "pp": "place_place"}[kind],
            "title": title,
            "query": q,
            "relevant": list(rel),
            "traps": list(traps),
            "need": _topics(need),
            "dir": dir,
            "avoid": _topics(avoid),
            "checks": checks,
            "tags": tags.split(),
            "n": n,
            "note": note,
            "max_constraint": max_constraint,
            "max_direction": max_direction,
        }
    )
