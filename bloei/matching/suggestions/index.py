"""The candidate index: rows computed from residents, openings and places, stored in CandidateProfile,
and held per process as NumPy arrays that follow every change.

    refresh_candidates(residents=[...], openings=[...], places=[...])  # recompute these rows now
    rebuild_candidates()                                               # everything, in bulk (a new build)
    get_index()                                                        # this process's arrays, brought up to date

How the arrays follow changes: every write of a CandidateProfile row stamps its `revision` (microseconds
since 1970, indexed). Each call of `IndexCache.sync()` reads the index state (one row: the build token
and the taxonomy version) and the rows with a revision after its previous look, less an overlap of
OVERLAP (for transactions that committed late), and writes them into the arrays in place. A different
build token means a rebuild happened: the arrays are loaded afresh. Rows of a rebuild, and of a refresh
of more than BULK_REFRESH rows, are stamped a day back and come with a new build token, so that they never
count as recent changes that every call would read again.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import timedelta

from django.db import connections, router, transaction
from django.db.models import Count
from django.utils import timezone

import numpy as np

from bloei.people.choices import MOBILITY_DEFAULT_METRES, Mobility

from .models import CandidateIndexState, CandidateProfile
from .store import FAR_FUTURE, TEXT_WEIGHT, CandidateStore, Row, concept_width, merge_concepts
from .text import Analyzer, TextFeatures, get_analyzer, reset_analyzer, stem_nl
from .types import OPENING, PLACE, RESIDENT

OVERLAP = timedelta(seconds=30)
OVERLAP_US = int(OVERLAP.total_seconds() * 1_000_000)
REBUILD_BACKDATE = timedelta(days=1)
# A refresh of more rows than this counts as a new build: every process loads the arrays afresh once,
# instead of reading the same thousands of rows again on every call within the overlap.
BULK_REFRESH = 2000
CHUNK = 2000
# Concepts from what a resident says makes them happy count as a mild interest.
HAPPY_WEIGHT = 0.5
# Words of a place's name (e.g. "Volkstuinvereniging") count a little for its openings.
PLACE_NAME_WEIGHT = 0.5
STEP_FREE_NEEDED = (Mobility.WHEELCHAIR, Mobility.ROLLATOR)

# The columns read back from the index, in this order (raw SQL: no per-value converters).
COLUMNS = (
    "kind",
    "object_id",
    "team_id",
    "lat",
    "lon",
    "reach_m",
    "languages",
    "availability",
    "needs_step_free",
    "step_free",
    "capacity_left",
    "offers",
    "wants",
    "words",
    "active_from",
    "active_until",
    "deleted",
    "revision",
)


# --- rows from the domain models ---------------------------------------------------------------------------


def _day(value) -> int | None:
    return value.toordinal() if value is not None else None


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _add_text(analyzer: Analyzer, texts: Iterable[str], concepts: dict[int, float], stems: dict, weight: float):
    for text in texts:
        if text:
            found: TextFeatures = analyzer.analyze(text)
            merge_concepts(concepts, found.concepts, weight)
            for stem, word in found.stems.items():
                stems.setdefault(stem, word)


def _pairs(through, left: str, right: str, ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for a, b in through.objects.filter(**{f"{left}__in": ids}).values_list(left, right):
        found[a].append(b)
    return found


def _team_of_neighbourhood() -> dict[int, int]:
    from bloei.accounts.models import Team

    found: dict[int, int] = {}
    for team_id, nb_id in Team.neighbourhoods.through.objects.order_by("team_id").values_list(
        "team_id", "neighbourhood_id"
    ):
        found.setdefault(nb_id, team_id)
    return found


def resident_rows(ids: list[int], analyzer: Analyzer) -> list[Row]:
    """Rows of these residents (those that exist): latest talent scan, open sign-ups, languages, buurt."""
    from bloei.core.models import Language
    from bloei.matching.choices import SignUpKind, SignUpStatus
    from bloei.matching.models import SignUp
    from bloei.people.models import Resident, TalentScan

    rows = []
    for chunk in _chunks(ids):
        residents = list(
            Resident.objects.filter(pk__in=chunk).values_list(
                "pk",
                "team_id",
                "buurt__lat",
                "buurt__lon",
                "mobility",
                "walking_distance_m",
                "availability",
                "registered_on",
                "closed_on",
            )
        )
        if not residents:
            continue
        codes = dict(Language.objects.values_list("pk", "code"))
        languages = _pairs(Resident.languages.through, "resident_id", "language_id", chunk)
        latest: dict[int, tuple] = {}
        for scan in (
            TalentScan.objects.filter(resident_id__in=chunk)
            .order_by("resident_id", "-version")
            .values_list("resident_id", "pk", "good_at", "wants_to_do", "wants_to_learn", "needs", "happy_with")
        ):
            latest.setdefault(scan[0], scan)
        scan_ids = [scan[1] for scan in latest.values()]
        scan_talents = _pairs(TalentScan.talents.through, "talentscan_id", "talent_id", scan_ids)
        scan_interests = _pairs(TalentScan.interests.through, "talentscan_id", "talent_id", scan_ids)
        signups: dict[int, list[tuple]] = defaultdict(list)
        for signup in SignUp.objects.filter(resident_id__in=chunk, status=SignUpStatus.OPEN).values_list(
            "resident_id", "pk", "kind", "title", "description"
        ):
            signups[signup[0]].append(signup)
        signup_talents = _pairs(
            SignUp.talents.through, "signup_id", "talent_id", [s[1] for group in signups.values() for s in group]
        )
        for pk, team_id, lat, lon, mobility, walking, availability, registered, closed in residents:
            offers: dict[int, float] = {}
            wants: dict[int, float] = {}
            stems: dict[str, str] = {}
            scan = latest.get(pk)
            if scan:
                _, scan_id, good_at, wants_to_do, wants_to_learn, needs, happy_with = scan
                merge_concepts(offers, scan_talents.get(scan_id, ()), 1.0)
                merge_concepts(wants, scan_interests.get(scan_id, ()), 1.0)
                _add_text(analyzer, (good_at, wants_to_do), offers, stems, TEXT_WEIGHT)
                _add_text(analyzer, (wants_to_learn, needs), wants, stems, TEXT_WEIGHT)
                _add_text(analyzer, (happy_with,), wants, stems, HAPPY_WEIGHT)
            for _, signup_id, kind, title, description in signups.get(pk, ()):
                side = offers if kind == SignUpKind.OFFER else wants
                merge_concepts(side, signup_talents.get(signup_id, ()), 1.0)
                _add_text(analyzer, (title, description), side, stems, TEXT_WEIGHT)
            reach = walking if walking is not None else MOBILITY_DEFAULT_METRES.get(mobility)
            rows.append(
                Row(
                    key=f"{RESIDENT}:{pk}",
                    kind=RESIDENT,
                    object_id=pk,
                    team_id=team_id,
                    lat=lat,
                    lon=lon,
                    reach_m=reach,
                    languages=tuple(sorted(codes[i] for i in languages.get(pk, ()) if i in codes)),
                    availability=tuple(availability or ()),
                    needs_step_free=mobility in STEP_FREE_NEEDED,
                    step_free=True,
                    offers=offers,
                    wants=wants,
                    stems=stems,
                    active_from=_day(registered),
                    active_until=_day(closed),
                )
            )
    return rows


def opening_rows(ids: list[int], analyzer: Analyzer) -> list[Row]:
    """Rows of these openings: talents asked, title and description, place, capacity left."""
    from bloei.core.models import Language
    from bloei.matching.choices import OPEN_STATUSES
    from bloei.matching.models import Match
    from bloei.places.models import Opening, Place

    rows = []
    teams = None
    for chunk in _chunks(ids):
        openings = list(
            Opening.objects.filter(pk__in=chunk).values_list(
                "pk",
                "place_id",
                "title",
                "description",
                "capacity",
                "availability",
                "opened_on",
                "closed_on",
                "place__name",
                "place__lat",
                "place__lon",
                "place__buurt__lat",
                "place__buurt__lon",
                "place__buurt__neighbourhood_id",
                "place__wheelchair_accessible",
                "place__added_on",
                "place__removed_on",
            )
        )
        if not openings:
            continue
        teams = teams if teams is not None else _team_of_neighbourhood()
        codes = dict(Language.objects.values_list("pk", "code"))
        talents = _pairs(Opening.talents.through, "opening_id", "talent_id", chunk)
        place_languages = _pairs(Place.languages.through, "place_id", "language_id", [o[1] for o in openings])
        taken = dict(
            Match.objects.filter(opening_id__in=chunk, status__in=OPEN_STATUSES)
            .order_by()
            .values("opening_id")
            .annotate(n=Count("pk"))
            .values_list("opening_id", "n")
        )
        for (
            pk,
            place_id,
            title,
            description,
            capacity,
            availability,
            opened_on,
            closed_on,
            place_name,
            lat,
            lon,
            buurt_lat,
            buurt_lon,
            neighbourhood_id,
            wheelchair,
            added_on,
            removed_on,
        ) in openings:
            topic = merge_concepts({}, talents.get(pk, ()), 1.0)
            stems: dict[str, str] = {}
            _add_text(analyzer, (title, description), topic, stems, TEXT_WEIGHT)
            _add_text(analyzer, (place_name,), topic, {}, PLACE_NAME_WEIGHT)
            ends = [d for d in (closed_on, removed_on) if d is not None]
            rows.append(
                Row(
                    key=f"{OPENING}:{pk}",
                    kind=OPENING,
                    object_id=pk,
                    team_id=teams.get(neighbourhood_id),
                    lat=lat if lat is not None else buurt_lat,
                    lon=lon if lon is not None else buurt_lon,
                    languages=tuple(sorted(codes[i] for i in place_languages.get(place_id, ()) if i in codes)),
                    availability=tuple(availability or ()),
                    step_free=bool(wheelchair),
                    capacity_left=max(capacity - taken.get(pk, 0), 0),
                    offers=topic,
                    wants=dict(topic),
                    stems=stems,
                    active_from=_day(max(opened_on, added_on)),
                    active_until=_day(min(ends)) if ends else None,
                )
            )
    return rows


def place_rows(ids: list[int], analyzer: Analyzer) -> list[Row]:
    """Rows of these places: name, description, what their openings are about."""
    from bloei.core.models import Language
    from bloei.places.models import Opening, Place

    rows = []
    teams = None
    for chunk in _chunks(ids):
        places = list(
            Place.objects.filter(pk__in=chunk).values_list(
                "pk",
                "name",
                "description",
                "lat",
                "lon",
                "buurt__lat",
                "buurt__lon",
                "buurt__neighbourhood_id",
                "wheelchair_accessible",
                "added_on",
                "removed_on",
            )
        )
        if not places:
            continue
        teams = teams if teams is not None else _team_of_neighbourhood()
        codes = dict(Language.objects.values_list("pk", "code"))
        languages = _pairs(Place.languages.through, "place_id", "language_id", chunk)
        openings: dict[int, list[tuple]] = defaultdict(list)
        for opening in Opening.objects.filter(place_id__in=chunk).values_list("place_id", "pk", "title"):
            openings[opening[0]].append(opening)
        talents = _pairs(
            Opening.talents.through, "opening_id", "talent_id", [o[1] for g in openings.values() for o in g]
        )
        for pk, name, description, lat, lon, buurt_lat, buurt_lon, nb_id, wheelchair, added_on, removed_on in places:
            topic: dict[int, float] = {}
            stems: dict[str, str] = {}
            for _, opening_id, title in openings.get(pk, ()):
                merge_concepts(topic, talents.get(opening_id, ()), 1.0)
                _add_text(analyzer, (title,), topic, stems, TEXT_WEIGHT)
            _add_text(analyzer, (name, description), topic, stems, TEXT_WEIGHT)
            rows.append(
                Row(
                    key=f"{PLACE}:{pk}",
                    kind=PLACE,
                    object_id=pk,
                    team_id=teams.get(nb_id),
                    lat=lat if lat is not None else buurt_lat,
                    lon=lon if lon is not None else buurt_lon,
                    languages=tuple(sorted(codes[i] for i in languages.get(pk, ()) if i in codes)),
                    step_free=bool(wheelchair),
                    offers=topic,
                    wants=dict(topic),
                    stems=stems,
                    active_from=_day(added_on),
                    active_until=_day(removed_on),
                )
            )
    return rows


BUILDERS = {RESIDENT: resident_rows, OPENING: opening_rows, PLACE: place_rows}


# --- rows <-> CandidateProfile ---------------------------------------------------------------------------------


def revision_now() -> int:
    """A revision stamp: microseconds since 1970 by this server's clock."""
    return int(timezone.now().timestamp() * 1_000_000)


def _concepts_text(concepts: dict[int, float]) -> str:
    return " ".join(f"{c}:{round(w, 3):g}" for c, w in sorted(concepts.items()))


def _concepts(text: str) -> dict[int, float]:
    found = {}
    for item in text.split():
        concept, _, weight = item.partition(":")
        found[int(concept)] = float(weight)
    return found


def to_model(row: Row, revision: int) -> CandidateProfile:
    return CandidateProfile(
        kind=row.kind,
        object_id=row.object_id,
        team_id=row.team_id,
        lat=row.lat,
        lon=row.lon,
        reach_m=row.reach_m,
        languages=" ".join(row.languages),
        availability=" ".join(row.availability),
        needs_step_free=row.needs_step_free,
        step_free=row.step_free,
        capacity_left=row.capacity_left,
        offers=_concepts_text(row.offers),
        wants=_concepts_text(row.wants),
        words=" ".join(sorted(set(row.stems.values()))),
        active_from=row.active_from,
        active_until=row.active_until,
        deleted=False,
        revision=revision,
    )


def from_values(values: tuple) -> Row:
    """A Row from the COLUMNS of one index row."""
    (kind, object_id, team_id, lat, lon, reach, languages, availability, needs_sf, step_free, capacity, offers,
     wants, words, active_from, active_until, deleted, _revision) = values  # fmt: skip
    return Row(
        key=f"{kind}:{object_id}",
        kind=kind,
        object_id=object_id,
        team_id=team_id,
        lat=lat,
        lon=lon,
        reach_m=reach,
        languages=tuple(languages.split()) if languages else (),
        availability=tuple(availability.split()) if availability else (),
        needs_step_free=bool(needs_sf),
        step_free=bool(step_free),
        capacity_left=capacity,
        offers=_concepts(offers) if offers else {},
        wants=_concepts(wants) if wants else {},
        stems={stem_nl(word): word for word in words.split()} if words else {},
        active_from=active_from,
        active_until=active_until,
        deleted=bool(deleted),
    )


UPDATE_FIELDS = [f for f in COLUMNS if f not in ("kind", "object_id")]


def _write(profiles: list[CandidateProfile], using: str) -> None:
    CandidateProfile.objects.using(using).bulk_create(
        profiles,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=UPDATE_FIELDS,
    )


def refresh_candidates(
    *,
    residents: Iterable[int] = (),
    openings: Iterable[int] = (),
    places: Iterable[int] = (),
    using: str | None = None,
) -> int:
    """Recompute the index rows of these residents, openings and places (ids) now; rows of objects that no
    longer exist become tombstones. Returns the number of rows written.

    Bulk writes that bypass model signals (bulk_create, queryset.update) should call this, or
    rebuild_candidates(), afterwards. More than BULK_REFRESH rows count as a new build (see the module).
    """
    using = using or router.db_for_write(CandidateProfile)
    analyzer = get_analyzer()
    wanted = {
        kind: sorted({int(i) for i in ids})
        for kind, ids in ((RESIDENT, residents), (OPENING, openings), (PLACE, places))
    }
    bulk = sum(len(ids) for ids in wanted.values()) > BULK_REFRESH
    revision = revision_now() - (int(REBUILD_BACKDATE.total_seconds() * 1_000_000) if bulk else 0)
    written = 0
    for kind, ids in wanted.items():
        if not ids:
            continue
        rows = BUILDERS[kind](ids, analyzer)
        _write([to_model(row, revision) for row in rows], using)
        gone = set(ids) - {row.object_id for row in rows}
        if gone:
            # A tombstone keeps nothing of what the row said about the person or place.
            CandidateProfile.objects.using(using).filter(kind=kind, object_id__in=gone).update(
                deleted=True,
                revision=revision,
                team_id=None,
                lat=None,
                lon=None,
                languages="",
                availability="",
                offers="",
                wants="",
                words="",
            )
        written += len(rows)
    if bulk:
        CandidateIndexState.objects.using(using).update(token=uuid.uuid4().hex)
        analyze_table(using)
    return written


def _all_ids(kind: str, using: str) -> list[int]:
    from bloei.people.models import Resident
    from bloei.places.models import Opening, Place

    model = {RESIDENT: Resident, OPENING: Opening, PLACE: Place}[kind]
    return list(model.objects.using(using).order_by("pk").values_list("pk", flat=True))


def rebuild_candidates(*, using: str | None = None, log=None) -> int:
    """Compute every row again from the domain models, in one transaction, as a new build.

    Run after bulk loads that bypass the model signals (manage.py demo_city, import_records) and after
    changes to the taxonomy (`manage.py rebuild_candidates`). Returns the number of rows.
    """
    from . import sync

    using = using or router.db_for_write(CandidateProfile)
    reset_analyzer()
    analyzer = get_analyzer()
    revision = revision_now() - int(REBUILD_BACKDATE.total_seconds() * 1_000_000)
    total = 0
    with transaction.atomic(using=using):
        state = CandidateIndexState.objects.using(using).select_for_update().order_by("pk").first()
        CandidateProfile.objects.using(using).all().delete()
        for kind, build in BUILDERS.items():
            started = time.monotonic()
            ids = _all_ids(kind, using)
            for chunk in _chunks(ids):
                rows = build(chunk, analyzer)
                CandidateProfile.objects.using(using).bulk_create(
                    [to_model(r, revision) for r in rows], batch_size=1000
                )
                total += len(rows)
            if log:
                log(f"{kind}s: {len(ids)} in {time.monotonic() - started:.1f} s")
        version = (state.taxonomy_version + 1) if state else 1
        CandidateIndexState.objects.using(using).all().delete()
        CandidateIndexState.objects.using(using).create(
            token=uuid.uuid4().hex, taxonomy_version=version, built_at=timezone.now()
        )
    sync.discard_pending(using)
    analyze_table(using)
    return total


def analyze_table(using: str) -> None:
    """Fresh planner statistics after a bulk write: without them PostgreSQL scans the whole table for the
    few rows changed since a process last looked, instead of using the index on `revision`."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {CandidateProfile._meta.db_table}")


# --- the arrays of this process -------------------------------------------------------------------------------


class IndexCache:
    """The NumPy arrays of one database's index in this process."""

    def __init__(self, alias: str):
        self.alias = alias
        self.token: str | None = None
        self.taxonomy_version: int | None = None
        self.store: CandidateStore | None = None
        self.synced_at: int = 0
        self.lock = threading.RLock()
        self.last_sync: dict = {}

    def sync(self) -> tuple[CandidateStore, Analyzer]:
        """Bring the arrays up to date (two queries when nothing was rebuilt). Call with `lock` held."""
        state = (
            CandidateIndexState.objects.using(self.alias)
            .order_by("pk")
            .values_list("token", "taxonomy_version")
            .first()
        )
        if state is None:
            rebuild_candidates(using=self.alias)
            state = CandidateIndexState.objects.using(self.alias).values_list("token", "taxonomy_version").first()
        token, version = state
        if version != self.taxonomy_version:
            reset_analyzer()
        analyzer = get_analyzer(version)
        started = time.monotonic()
        if token != self.token or self.store is None:
            loaded = self._load_all()
            self.last_sync = {"full": True, "rows": loaded}
        else:
            changed = self._load_changes()
            self.last_sync = {"full": False, "rows": changed}
        self.last_sync["ms"] = (time.monotonic() - started) * 1000
        self.token, self.taxonomy_version = token, version
        return self.store, analyzer

    def _select(self, where: str, params: list) -> list[tuple]:
        table = CandidateProfile._meta.db_table
        columns = ", ".join(COLUMNS)
        with connections[self.alias].cursor() as cursor:
            cursor.execute(f"SELECT {columns} FROM {table} WHERE {where}", params)  # noqa: S608 (no user input)
            return cursor.fetchall()

    def _load_all(self) -> int:
        started = revision_now()
        values = self._select("deleted = %s ORDER BY kind, object_id", [False])
        self.store = store_from_values(values)
        self.synced_at = started
        return len(values)

    def _load_changes(self) -> int:
        started = revision_now()
        values = self._select("revision > %s", [self.synced_at - OVERLAP_US])
        store = self.store
        fresh = []
        for value in values:
            r = store.index.get(f"{value[0]}:{value[1]}")
            if r is None or store.stamp[r] != float(value[-1]):
                fresh.append(value)
        for value in fresh:
            store.upsert([from_values(value)], float(value[-1]))
        self.synced_at = started
        return len(fresh)


def _parse_concepts(texts: list[str], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ "12:1 5:0.8" per row -> (row numbers, concept ids, weights), parsed in bulk."""
    counts = np.fromiter((t.count(":") if t else 0 for t in texts), dtype=np.int64, count=n)
    flat = " ".join(t for t in texts if t).replace(":", " ").split()
    pairs = np.array(flat, dtype=np.float64).reshape(-1, 2) if flat else np.zeros((0, 2))
    return np.repeat(np.arange(n), counts), pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.float32)


def store_from_values(values: list[tuple]) -> CandidateStore:
    """A store of index rows (COLUMNS), filled column by column: the cold start of a process."""
    n = len(values)
    columns = list(zip(*values, strict=True)) if values else [()] * len(COLUMNS)
    (kind, object_id, team_id, lat, lon, reach, languages, availability, needs_sf, step_free, capacity, offers,
     wants, words, active_from, active_until, _deleted, revision) = columns  # fmt: skip
    offer_rows, offer_ids, offer_weights = _parse_concepts(offers, n)
    want_rows, want_ids, want_weights = _parse_concepts(wants, n)
    concept_ids = sorted(set(offer_ids.tolist()) | set(want_ids.tolist()))
    store = CandidateStore(capacity=n + max(1024, n // 20), width=concept_width(len(concept_ids)))
    store.n = n
    store.keys = [f"{k}:{o}" for k, o in zip(kind, object_id, strict=True)]
    store.index = {key: r for r, key in enumerate(store.keys)}
    for concept in concept_ids:
        store.column(concept, add=True)

    def fill(name: str, items, default=None) -> None:
        array = getattr(store, name)
        if default is not None:
            items = (default if item is None else item for item in items)
        array[:n] = np.fromiter(items, dtype=array.dtype, count=n)

    codes = {"resident": 0, "opening": 1, "place": 2}
    fill("kind", (codes[k] for k in kind))
    fill("object_id", object_id)
    fill("team", team_id, -1)
    fill("lat", lat, np.nan)
    fill("lon", lon, np.nan)
    fill("reach", reach, -1)
    lang_masks: dict[str, int] = {}
    day_masks: dict[str, int] = {}
    fill(
        "lang",
        (lang_masks.get(t) or lang_masks.setdefault(t, store.language_mask(t.split(), add=True)) for t in languages),
    )
    fill("avail", (day_masks.get(t) or day_masks.setdefault(t, store.daypart_mask(t.split())) for t in availability))
    fill("needs_sf", (bool(v) for v in needs_sf))
    fill("step_free", (bool(v) for v in step_free))
    fill("capacity_left", capacity, -1)
    fill("valid_from", active_from, 0)
    fill("valid_until", active_until, FAR_FUTURE)
    fill("stamp", (float(r) for r in revision))
    store.alive[:n] = True
    col = np.zeros(max(concept_ids, default=0) + 1, dtype=np.int64)
    for concept in concept_ids:
        col[concept] = store.col[concept]
    store.concepts[col[offer_ids], offer_rows] = offer_weights
    store.concepts[store.width + col[want_ids], want_rows] = want_weights
    w = store.width
    store.df = ((store.concepts[:w, :n] > 0) | (store.concepts[w:, :n] > 0)).sum(axis=1).astype(np.float64)
    store.refresh_geometry()
    stem_ids: dict[str, tuple[int, ...]] = {}
    for r, text in enumerate(words):
        if text:
            ids = stem_ids.get(text)
            if ids is None:
                ids = stem_ids[text] = store.stems.ids_for({stem_nl(word): word for word in text.split()}, add=True)
            store.stems.overlay[r] = ids
    store.stems.build(n)
    return store


_caches: dict[str, IndexCache] = {}
_caches_lock = threading.Lock()


def get_cache(using: str | None = None) -> IndexCache:
    alias = using or router.db_for_read(CandidateProfile)
    key = f"{alias}:{connections[alias].settings_dict.get('NAME')}"
    with _caches_lock:
        cache = _caches.get(key)
        if cache is None:
            cache = _caches[key] = IndexCache(alias)
        return cache


def reset_caches() -> None:
    """Forget the arrays of every database (tests)."""
    with _caches_lock:
        _caches.clear()
