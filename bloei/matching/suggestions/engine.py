"""score_candidates(): rank given profiles against a query, without the database (the evaluation harness
and the tests use it; suggest() runs the same signals over the candidate index)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import explain
from .ranking import SIGNALS, complete, evaluate, linear_score
from .signals import build_query
from .store import KIND_CODE, CandidateStore, row_from_profile
from .text import get_analyzer
from .types import KINDS, OPENING, PLACE, RESIDENT, Profile, Scored

# Which kinds of candidate can take part in a match of a kind, by the kind of the query.
CANDIDATE_KINDS: dict[tuple[str, str], frozenset[str]] = {
    (RESIDENT, "resident_resident"): frozenset({RESIDENT}),
    (RESIDENT, "resident_place"): frozenset({OPENING, PLACE}),
    (OPENING, "resident_place"): frozenset({RESIDENT}),
    (PLACE, "resident_place"): frozenset({RESIDENT}),
    (PLACE, "place_place"): frozenset({PLACE, OPENING}),
    (OPENING, "place_place"): frozenset({PLACE, OPENING}),
}


def candidate_kinds(query_kind: str, match_kind: str) -> frozenset[str]:
    """Kinds of candidate a `match_kind` match with a `query_kind` query can have (all, if not known)."""
    return CANDIDATE_KINDS.get((query_kind, match_kind), frozenset(KINDS))


def score_candidates(
    query: Profile,
    candidates: Sequence[Profile],
    *,
    match_kind: str,
    weights: dict[str, float] | None = None,
    exclude: set[str] | frozenset[str] = frozenset(),
    limit: int | None = None,
) -> list[Scored]:
    """Rank `candidates` for `query`, best first. Pure: reads no database (beyond the taxonomy, once).

    Hard limits drop a candidate: beyond the resident's reach, a step-free need not met, an opening
    without room, a key in `exclude`, the query itself, a kind that cannot take part in `match_kind`.
    """
    analyzer = get_analyzer()
    profiles = {p.key: p for p in candidates}
    store = CandidateStore.from_rows([row_from_profile(p, analyzer) for p in profiles.values()])
    q = build_query(row_from_profile(query, analyzer), store, analyzer)
    ev = evaluate(q, store)
    weights = complete(weights)
    scores = linear_score(ev.features, weights)
    n = store.n
    allowed = np.isin(store.kind[:n], [KIND_CODE[k] for k in candidate_kinds(query.kind, match_kind)])
    dropped = set(exclude) | {query.key}
    keep = allowed & ~ev.blocked & np.array([key not in dropped for key in store.keys[:n]], dtype=bool)
    rows = np.flatnonzero(keep)
    rows = rows[np.argsort(-scores[rows], kind="stable")]
    if limit is not None:
        rows = rows[:limit]
    return [
        Scored(
            profile=profiles[store.keys[r]],
            score=float(scores[r]),
            features={name: float(ev.features[name][r]) for name in SIGNALS},
            reasons=explain.render(explain.reasons_for(q, store, int(r), ev, weights, analyzer)),
        )
        for r in rows
    ]
