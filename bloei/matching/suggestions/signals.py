"""The signals. Each is a vectorised function of a query and the candidate store, one value per candidate.

Values lie in [0, 1]; 0.5 stands for "not known" where a side lacks the data (no location, no languages,
no day parts), so that missing data neither helps nor hurts much. Hard limits come back as boolean
arrays (True = this candidate is ruled out).

| signal          | value                                                                                     |
|-----------------|-------------------------------------------------------------------------------------------|
| fit             | share of what the query looks for (IDF-weighted concepts) that the candidate gives, or   |
|                 | of what the query gives that the candidate looks for - per the query's focus              |
| shared          | both look for, or both give, the same things ("both like gardening")                      |
| reciprocity     | value both ways: the lower of the two directions of fit                                    |
| words           | rare words outside the taxonomy both texts use (stems, IDF-weighted, saturating)           |
| distance        | closeness on foot: 1 / (1 + (d / 800 m)^2); hard limit: the resident's reach               |
| language        | a language in common (1 with a shared language besides Dutch, 0.8 with Dutch only)        |
| dutch_practice  | one side wants to practise Dutch and the other speaks it                                   |
| availability    | shared day parts / the fewer day parts of the two                                          |
| accessibility   | a step-free need met (1) or not present (0); a need not met is a hard limit               |
| capacity        | places left on an opening, up to 4 (0.5 for non-openings); none left is a hard limit       |
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .store import KIND_CODE, NL, CandidateStore, Row
from .text import Analyzer
from .types import OPENING, PLACE, RESIDENT

EARTH_RADIUS_M = 6_371_000.0
# Walking distance estimated from the straight line: streets are not straight.
DETOUR = 1.25
# Closeness is 1/2 at this walking distance.
HALF_CLOSENESS_M = 800.0
# Capacity counts up to this many places left.
CAPACITY_FULL_AT = 4
# Stems in more than this share of the candidates (or 10 of them) are too common to tell anything.
COMMON_STEM_SHARE = 0.05
# words = 1 - exp(-(sum of normalised IDF of shared rare words) / WORDS_SCALE)
WORDS_SCALE = 1.0
DUTCH_SLUG = "taal-nederlands"

RESIDENT_CODE, OPENING_CODE, PLACE_CODE = KIND_CODE[RESIDENT], KIND_CODE[OPENING], KIND_CODE[PLACE]


@dataclass
class Query:
    """The query side, prepared against one store (IDF weights, bit masks, column positions)."""

    row: Row
    kind: int
    want_vec: np.ndarray  # [W] IDF-weighted concepts the query looks for
    offer_vec: np.ndarray  # [W] ... and gives
    stem_weights: dict[int, float] = field(default_factory=dict)  # stem id -> normalised IDF
    lang: int = 0
    avail: int = 0
    dutch_col: int | None = None
    wants_dutch: bool = False

    @property
    def focus(self) -> str:
        return self.row.focus


def concept_idf(store: CandidateStore) -> np.ndarray:
    """log(1 + N / (1 + df)) per concept column: concepts many candidates share tell less."""
    n = max(int(store.alive[: store.n].sum()), 1)
    return np.log1p(n / (1.0 + store.df))


def build_query(row: Row, store: CandidateStore, analyzer: Analyzer) -> Query:
    idf = concept_idf(store)
    vectors = []
    for concepts in (row.wants, row.offers):
        vec = np.zeros(store.width, dtype=np.float32)
        for concept, weight in concepts.items():
            col = store.column(concept)
            if col is not None:
                vec[col] = weight * idf[col]
        vectors.append(vec)
    n = max(store.n, 1)
    common = max(COMMON_STEM_SHARE * n, 10)
    top = math.log1p(n)
    stem_weights = {}
    for sid in store.stems.ids_for(row.stems):
        df = store.stems.df(sid)
        if df <= common:
            stem_weights[sid] = math.log1p(n / (df + 1)) / top
    dutch = next((c.id for c in analyzer.concepts.values() if c.slug == DUTCH_SLUG), None)
    return Query(
        row=row,
        kind=KIND_CODE[row.kind],
        want_vec=vectors[0],
        offer_vec=vectors[1],
        stem_weights=stem_weights,
        lang=store.language_mask(row.languages),
        avail=store.daypart_mask(row.availability),
        dutch_col=store.column(dutch) if dutch is not None else None,
        wants_dutch=dutch is not None and dutch in row.wants,
    )


# --- talent and interest fit --------------------------------------------------------------------------


@dataclass
class ConceptFit:
    forward: np.ndarray  # the candidate gives what the query looks for
    backward: np.ndarray  # the query gives what the candidate looks for
    same: np.ndarray  # both look for, or both give, the same (two residents)


def concept_fit(q: Query, store: CandidateStore) -> ConceptFit:
    """Share of the query's IDF-weighted concepts the candidate covers, per direction.

    Two residents, and two places, are matched by direction: what one gives against what the other looks
    for. Between a resident and an opening or place, the place's offers and wants together are its topic
    (a garden club "offers gardening" and "looks for gardeners" alike): the resident's wishes and talents
    are matched against that topic.

    Only the lines of the query's own concepts are read: a few vector operations over all candidates.
    """
    n, w = store.n, store.width
    lines = store.concepts
    q_topic = np.maximum(q.want_vec, q.offer_vec)
    sums = {name: np.zeros(n, dtype=np.float32) for name in ("ow", "wo", "ww", "oo", "tw", "to", "pt_o", "pt_w")}
    query_is_resident = q.kind == RESIDENT_CODE
    for col in np.flatnonzero(q_topic):
        offers, wants = lines[col, :n], lines[w + col, :n]
        qw, qo = float(q.want_vec[col]), float(q.offer_vec[col])
        if qw:
            sums["ow"] += qw * offers
            sums["ww"] += qw * wants
        if qo:
            sums["wo"] += qo * wants
            sums["oo"] += qo * offers
        if query_is_resident:  # against the topic of openings and places
            topic = np.maximum(offers, wants)
            if qw:
                sums["tw"] += qw * topic
            if qo:
                sums["to"] += qo * topic
        else:  # the query's topic against residents' offers and wants
            sums["pt_o"] += float(q_topic[col]) * offers
            sums["pt_w"] += float(q_topic[col]) * wants
    wanted, offered, topic_total = float(q.want_vec.sum()), float(q.offer_vec.sum()), float(q_topic.sum())

    def share(name: str, of: float) -> np.ndarray:
        return np.clip(sums[name] / of, 0.0, 1.0) if of > 0 else np.zeros(n, dtype=np.float32)

    residents = store.kind[:n] == RESIDENT_CODE
    if query_is_resident:
        forward = np.where(residents, share("ow", wanted), share("tw", wanted))
        backward = np.where(residents, share("wo", offered), share("to", offered))
        same = np.where(residents, share("ww", wanted + offered) + share("oo", wanted + offered), 0.0)
    else:
        forward = np.where(residents, share("pt_o", topic_total), share("ow", wanted))
        backward = np.where(residents, share("pt_w", topic_total), share("wo", offered))
        same = np.zeros(n, dtype=np.float32)
    return ConceptFit(forward=forward, backward=backward, same=np.clip(same, 0.0, 1.0))


def fit_signal(q: Query, fit: ConceptFit) -> np.ndarray:
    """What the query is after: the forward fit for a request, backward for an offer, else the better one."""
    if q.focus == "wants":
        return fit.forward
    if q.focus == "offers":
        return fit.backward
    return np.maximum(fit.forward, fit.backward)


def shared_signal(fit: ConceptFit) -> np.ndarray:
    return fit.same


def reciprocity_signal(fit: ConceptFit) -> np.ndarray:
    """Each side gets something: the lower of the two directions."""
    return np.minimum(fit.forward, fit.backward)


def words_signal(q: Query, store: CandidateStore) -> np.ndarray:
    """Rare words outside the taxonomy that both sides use, saturating: one rare word ~0.63, two ~0.86."""
    if not q.stem_weights:
        return np.zeros(store.n, dtype=np.float32)
    total = store.stems.scores(q.stem_weights, store.n)
    return 1.0 - np.exp(-total / WORDS_SCALE)


# --- distance ----------------------------------------------------------------------------------------


def haversine_m(lat1, lon1, lat2, lon2):
    """Great-circle distance in metres (NumPy arrays or floats)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _haversine_to(lat: float, lon: float, store: CandidateStore) -> np.ndarray:
    """haversine_m from one point to every row, with the rows' radians and cosines computed beforehand."""
    n = store.n
    p1, l1 = math.radians(lat), math.radians(lon)
    a = (
        np.sin((store.lat_rad[:n] - p1) / 2) ** 2
        + math.cos(p1) * store.cos_lat[:n] * np.sin((store.lon_rad[:n] - l1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def walking_limit(q: Query, store: CandidateStore) -> np.ndarray:
    """How far the pair can be apart, in metres (NaN = no limit).

    A resident going to an opening or place may go as far as their reach; of two residents, the one who
    can go further visits the other (a homebound resident is visited).
    """
    n = store.n
    kind, reach = store.kind[:n], store.reach[:n].astype(np.float64)
    reach[reach < 0] = np.nan
    q_reach = q.row.reach_m if q.row.reach_m is not None else math.nan
    limit = np.full(n, np.nan)
    residents = kind == RESIDENT_CODE
    if q.kind == RESIDENT_CODE:
        limit[residents] = np.maximum(reach[residents], q_reach)  # NaN (no limit) when either has none
        limit[~residents] = q_reach
    else:
        limit[residents] = reach[residents]
    return limit


def distance_signal(q: Query, store: CandidateStore) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(closeness in [0, 1], walking metres (NaN unknown), too far: beyond the walking limit)."""
    n = store.n
    if q.row.lat is None or q.row.lon is None:
        metres = np.full(n, np.nan)
    else:
        metres = _haversine_to(q.row.lat, q.row.lon, store) * DETOUR
    known = ~np.isnan(metres)
    closeness = np.full(n, 0.5)
    closeness[known] = 1.0 / (1.0 + (metres[known] / HALF_CLOSENESS_M) ** 2)
    limit = walking_limit(q, store)
    with np.errstate(invalid="ignore"):
        too_far = known & ~np.isnan(limit) & (metres > limit)
    return closeness, metres, too_far


# --- language, availability, accessibility, capacity --------------------------------------------------


def language_signal(q: Query, store: CandidateStore) -> np.ndarray:
    """1 with a shared language besides Dutch, 0.8 with Dutch only, 0 with none; 0.5 when not known."""
    n = store.n
    lang = store.lang[:n]
    value = np.full(n, 0.5)
    if not q.lang:
        return value
    q_lang = np.uint64(q.lang)
    shared = lang & q_lang
    other = shared & ~np.uint64(1 << store.lang_bit[NL])
    known = lang != 0
    value[known] = np.where(shared[known] == 0, 0.0, np.where(other[known] != 0, 1.0, 0.8))
    return value


def dutch_practice_signal(q: Query, store: CandidateStore) -> np.ndarray:
    """1 where one side wants to practise Dutch (taxonomy concept) and the other speaks Dutch."""
    n = store.n
    nl_bit = np.uint64(1 << store.lang_bit[NL])
    cand_speaks = (store.lang[:n] & nl_bit) != 0
    value = np.zeros(n)
    if q.wants_dutch:
        value[cand_speaks] = 1.0
    if q.dutch_col is not None and q.lang & (1 << store.lang_bit[NL]):
        cand_wants = store.concepts[store.width + q.dutch_col, :n] > 0
        value[cand_wants] = 1.0
    return value


def availability_signal(q: Query, store: CandidateStore) -> np.ndarray:
    """Shared day parts divided by the fewer day parts of the two sides; 0.5 when a side gave none."""
    n = store.n
    value = np.full(n, 0.5)
    q_count = int(q.avail).bit_count()
    if not q_count:
        return value
    avail = store.avail[:n]
    counts = np.bitwise_count(avail)
    known = counts > 0
    both = np.bitwise_count(avail & np.uint32(q.avail))
    value[known] = both[known] / np.minimum(counts[known], q_count)
    return value


def accessibility_signal(q: Query, store: CandidateStore) -> tuple[np.ndarray, np.ndarray]:
    """(1 where a step-free need is met, blocked where it is not) - between a resident and a place."""
    n = store.n
    kind = store.kind[:n]
    value, blocked = np.zeros(n), np.zeros(n, dtype=bool)
    if q.kind == RESIDENT_CODE:
        if q.row.needs_step_free:
            places = kind != RESIDENT_CODE
            blocked = places & ~store.step_free[:n]
            value[places & store.step_free[:n]] = 1.0
    else:
        needing = (kind == RESIDENT_CODE) & store.needs_sf[:n]
        if q.row.step_free:
            value[needing] = 1.0
        else:
            blocked = needing
    return value, blocked


def capacity_signal(q: Query, store: CandidateStore) -> tuple[np.ndarray, np.ndarray]:
    """(places left on an opening up to CAPACITY_FULL_AT, scaled; 0.5 for others), and full openings."""
    n = store.n
    left = store.capacity_left[:n]
    value = np.where(left < 0, 0.5, np.minimum(left, CAPACITY_FULL_AT) / CAPACITY_FULL_AT)
    full = left == 0
    if q.row.capacity_left is not None and q.row.capacity_left <= 0:
        full = np.ones(n, dtype=bool)  # the query itself has no room: nobody can be matched to it
    return value, full
