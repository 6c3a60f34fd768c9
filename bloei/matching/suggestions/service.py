"""suggest(): the ranked, explained counterparts for a request, offer, resident, opening or place.

Runs the signals over this process's candidate arrays (index.IndexCache), masks what may not be
suggested (hard limits, inactive, already matched, ended for lack of a click, out of the user's scope),
takes the best `limit` and loads only those as model objects. A fixed number of queries, whatever the
number of candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone

import numpy as np

from bloei.accounts.choices import Role
from bloei.core import access

from . import explain, sync
from .index import BUILDERS, get_cache
from .ranking import SIGNALS, current_weights, evaluate, linear_score
from .signals import build_query
from .store import KIND_CODE, TEXT_WEIGHT, CandidateStore, Row, merge_concepts
from .text import Analyzer
from .types import OPENING, PLACE, RESIDENT, Suggestion

RR, RP, PP = "resident_resident", "resident_place", "place_place"

# Per source type: the kinds of match it starts, and for each the kind of candidate.
SOURCE_MATCHES: dict[str, dict[str, str]] = {
    "signup": {RR: RESIDENT, RP: OPENING},
    "resident": {RR: RESIDENT, RP: OPENING},
    "opening": {RP: RESIDENT},
    "place": {PP: PLACE},
}
# A request's or offer's resident: their other wishes (or talents) still count, a little.
SIGNUP_CONTEXT_WEIGHT = 0.3


def source_type(source) -> str:
    from bloei.matching.models import SignUp
    from bloei.people.models import Resident
    from bloei.places.models import Opening, Place

    for name, model in (("signup", SignUp), ("resident", Resident), ("opening", Opening), ("place", Place)):
        if isinstance(source, model):
            return name
    raise TypeError(f"Suggestions start from a sign-up, resident, opening or place, not {type(source).__name__}")


def match_kinds_for(kind_of_source: str, kinds: Sequence[str] | None) -> dict[str, str]:
    """The match kinds (-> candidate kind) to suggest; `kinds` may name match kinds or candidate kinds."""
    available = SOURCE_MATCHES[kind_of_source]
    if not kinds:
        return dict(available)
    wanted = set(kinds)
    return {mk: ck for mk, ck in available.items() if mk in wanted or ck in wanted}


def _indexed_row(kind: str, pk: int, store: CandidateStore, analyzer: Analyzer) -> Row | None:
    r = store.index.get(f"{kind}:{pk}")
    if r is not None and store.alive[r]:
        return store.row(r)
    rows = BUILDERS[kind]([pk], analyzer)  # not in the index (yet): compute it
    return rows[0] if rows else None


def query_row(source, kind_of_source: str, store: CandidateStore, analyzer: Analyzer) -> Row:
    """The query side: the source's index row; for a sign-up, its resident's row focused on the sign-up."""
    from bloei.matching.choices import SignUpKind
    from bloei.matching.models import SignUp

    if kind_of_source != "signup":
        kind = {"resident": RESIDENT, "opening": OPENING, "place": PLACE}[kind_of_source]
        row = _indexed_row(kind, source.pk, store, analyzer)
        if row is None:
            raise PermissionDenied
        return row
    row = _indexed_row(RESIDENT, source.resident_id, store, analyzer) or Row(
        key=f"resident:{source.resident_id}", kind=RESIDENT
    )
    own = merge_concepts(
        {}, SignUp.talents.through.objects.filter(signup=source).values_list("talent_id", flat=True), 1.0
    )
    found = analyzer.analyze(f"{source.title}\n{source.description}")
    merge_concepts(own, found.concepts, TEXT_WEIGHT)
    # The sign-up is what counts; the resident's other wishes (for a request) or talents (for an offer)
    # weigh a little, and the other side stays as it is, for value both ways.
    if source.kind == SignUpKind.REQUEST:
        context = {c: w * SIGNUP_CONTEXT_WEIGHT for c, w in row.wants.items() if c not in own}
        row.wants, row.focus = {**context, **own}, "wants"
    else:
        context = {c: w * SIGNUP_CONTEXT_WEIGHT for c, w in row.offers.items() if c not in own}
        row.offers, row.focus = {**context, **own}, "offers"
    row.stems = dict(found.stems)
    return row


def _excluded(source, kind_of_source: str) -> set[str]:
    """Counterparts already in a match that has not ended, or in one that ended for lack of a click."""
    from bloei.matching.choices import OPEN_STATUSES, EndReason, MatchStatus
    from bloei.matching.models import Match

    blocking = Q(status__in=OPEN_STATUSES) | Q(status=MatchStatus.ENDED, end_reason=EndReason.NO_CLICK)
    keys: set[str] = set()
    if kind_of_source in ("signup", "resident"):
        resident_id = source.resident_id if kind_of_source == "signup" else source.pk
        keys.add(f"resident:{resident_id}")
        for a, b, opening in (
            Match.objects.filter(blocking)
            .filter(Q(resident_a_id=resident_id) | Q(resident_b_id=resident_id))
            .values_list("resident_a_id", "resident_b_id", "opening_id")
        ):
            other = b if a == resident_id else a
            if other:
                keys.add(f"resident:{other}")
            if opening:
                keys.add(f"opening:{opening}")
    elif kind_of_source == "opening":
        keys.update(
            f"resident:{pk}"
            for pk in Match.objects.filter(blocking, opening=source).values_list("resident_a_id", flat=True)
        )
    else:
        keys.add(f"place:{source.pk}")
        for a, b in (
            Match.objects.filter(blocking)
            .filter(Q(place_a=source) | Q(place_b=source), place_b__isnull=False)
            .values_list("place_a_id", "place_b_id")
        ):
            keys.add(f"place:{b if a == source.pk else a}")
    return keys


def _visible_residents(user) -> tuple[frozenset[int], list[int]]:
    """(teams whose residents the user sees, residents assigned to the user) - as access.resident_scope."""
    from bloei.people.models import Assignment

    today = timezone.localdate()
    teams = access.team_ids(user, Role.CONNECTOR, Role.TEAM_LEAD)
    assigned = list(
        Assignment.objects.filter(user=user, started_on__lte=today)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
        .values_list("resident_id", flat=True)
    )
    return teams, assigned


def _check_source_visible(row: Row, teams: frozenset[int], assigned: list[int]) -> None:
    """A resident (or a resident's sign-up) outside the user's scope is refused, as access.resident_scope."""
    if row.kind == RESIDENT and row.team_id not in teams and row.object_id not in assigned:
        raise PermissionDenied


def _mask(
    store: CandidateStore,
    *,
    on: date,
    candidate_kinds: set[str],
    teams: frozenset[int],
    assigned: list[int],
    excluded: set[str],
) -> np.ndarray:
    n = store.n
    kind = store.kind[:n]
    mask = store.active(on) & np.isin(kind, [KIND_CODE[k] for k in candidate_kinds])
    residents = kind == KIND_CODE[RESIDENT]
    visible = ~residents | np.isin(store.team[:n], list(teams)) | (residents & np.isin(store.object_id[:n], assigned))
    mask &= visible
    for key in excluded:
        r = store.index.get(key)
        if r is not None and r < n:
            mask[r] = False
    return mask


def _top(scores: np.ndarray, mask: np.ndarray, limit: int) -> np.ndarray:
    rows = np.flatnonzero(mask)
    if len(rows) > limit:
        rows = rows[np.argpartition(-scores[rows], limit - 1)[:limit]]
    return rows[np.lexsort((rows, -scores[rows]))]


def _load(kind: str, ids: list[int], user) -> dict[int, object]:
    """The picked candidates as objects, read through the access scopes once more (defence in depth:
    the array mask already mirrors access.resident_scope; a candidate it let through by mistake is dropped)."""
    from bloei.people.models import Resident
    from bloei.places.models import Opening, Place

    if not ids:
        return {}
    queryset = {
        RESIDENT: Resident.objects.visible_to(user).select_related("buurt"),
        OPENING: Opening.objects.visible_to(user).select_related("place", "place__buurt"),
        PLACE: Place.objects.visible_to(user).select_related("buurt"),
    }[kind]
    return {obj.pk: obj for obj in queryset.filter(pk__in=ids)}


def suggest(*, user, source, kinds: Sequence[str] | None = None, limit: int = 10) -> list[Suggestion]:
    """The best counterparts for `source` (a SignUp, Resident, Opening or Place the user may see), best first.

    `kinds`: MatchKind values (or candidate kinds "resident", "opening", "place") to limit the list to.
    Residents outside the user's scope are never suggested. Raises PermissionDenied for a user without
    casework or a resident source outside their scope.
    """
    access.require(user, "matches.view")
    kind_of_source = source_type(source)
    wanted = match_kinds_for(kind_of_source, kinds)
    if not wanted or limit <= 0:
        return []
    cache = get_cache()
    sync.flush_pending(cache.alias)
    teams, assigned = _visible_residents(user)
    excluded = _excluded(source, kind_of_source)
    weights, version = current_weights()
    match_kind_of = {candidate: match_kind for match_kind, candidate in wanted.items()}
    with cache.lock:
        store, analyzer = cache.sync()
        row = query_row(source, kind_of_source, store, analyzer)
        _check_source_visible(row, teams, assigned)
        q = build_query(row, store, analyzer)
        ev = evaluate(q, store)
        scores = linear_score(ev.features, weights)
        mask = _mask(
            store,
            on=timezone.localdate(),
            candidate_kinds=set(wanted.values()),
            teams=teams,
            assigned=assigned,
            excluded=excluded,
        )
        mask &= ~ev.blocked
        top = _top(scores, mask, limit)
        picked = [
            (
                store.keys[r],
                float(scores[r]),
                {name: round(float(ev.features[name][r]), 6) for name in SIGNALS},
                explain.reasons_for(q, store, int(r), ev, weights, analyzer),
            )
            for r in top
        ]
    by_kind: dict[str, list[int]] = {}
    for key, *_ in picked:
        kind, _, pk = key.partition(":")
        by_kind.setdefault(kind, []).append(int(pk))
    objects = {kind: _load(kind, ids, user) for kind, ids in by_kind.items()}
    found = []
    for key, score, features, reasons in picked:
        kind, _, pk = key.partition(":")
        candidate = objects[kind].get(int(pk))
        if candidate is None:  # deleted since the arrays were read, or out of scope
            continue
        texts = explain.render(reasons)
        found.append(
            Suggestion(
                candidate=candidate,
                match_kind=match_kind_of[kind],
                score=round(score, 6),
                rank=len(found) + 1,
                features=features,
                reasons=texts,
                explanation=" · ".join(texts),
                weights_version=version,
            )
        )
    return found
