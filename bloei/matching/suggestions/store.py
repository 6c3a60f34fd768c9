"""Candidates as arrays built for ranking: one row per resident, opening or place.

A `Row` is the analysed form of one party (concept weights, stems, place, reach, languages, day parts,
accessibility, capacity, validity dates). The `CandidateStore` keeps rows as NumPy columns so that every
signal is one vectorised operation over all candidates:

    concepts  float32 [2W, N]   concept weights: what a row offers (first W lines), what it wants (last W);
                                stored concept by concept, so a query reads only its own concepts' lines
    lat, lon  float64 [N]       NaN when unknown
    reach     int32   [N]       metres the resident can go; -1 = no limit
    lang      uint64  [N]       language bit mask (bit 0 is Dutch)
    avail     uint32  [N]       day-part bit mask (people.choices.DayPart, in order)
    needs_sf, step_free bool    accessibility
    capacity  int32   [N]       places left on an opening; -1 = not applicable
    team      int32   [N]       -1 = none
    valid_from, valid_until int32 [N]  day ordinals (active on d when valid_from <= d < valid_until)
    alive     bool    [N]       False for deleted rows

Stems of words outside the taxonomy live in a `StemIndex` (an inverted index with an overlay for rows
changed since it was built). Rows are updated in place, so the index can follow changes incrementally.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from bloei.people.choices import DayPart

from .text import Analyzer
from .types import KINDS, Profile

KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
FOCUS_CODE = {"": 0, "wants": 1, "offers": 2}
DAYPART_BIT = {code: i for i, code in enumerate(DayPart.values)}
NL = "nl"
FAR_FUTURE = date.max.toordinal()

# Concepts found in free text count a little less than talents chosen from the taxonomy.
TEXT_WEIGHT = 0.8


def concept_width(concepts: int) -> int:
    """Concept lines to allocate: the taxonomy and some room for new talents, a multiple of 8."""
    return max(16, (concepts + 8 + 7) // 8 * 8)


@dataclass
class Row:
    key: str
    kind: str
    object_id: int | None = None
    team_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    reach_m: int | None = None
    languages: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()
    needs_step_free: bool = False
    step_free: bool = True
    capacity_left: int | None = None
    offers: dict[int, float] = field(default_factory=dict)
    wants: dict[int, float] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)  # stem -> a word it came from
    focus: str = ""
    active_from: int | None = None  # day number (date.toordinal()) from which the party is active
    active_until: int | None = None  # day number from which it no longer is
    deleted: bool = False
    label: str = ""


def merge_concepts(into: dict[int, float], ids: Iterable[int], weight: float) -> dict[int, float]:
    for concept in ids:
        if into.get(concept, 0.0) < weight:
            into[concept] = weight
    return into


def row_from_profile(profile: Profile, analyzer: Analyzer) -> Row:
    """Analyse a profile's texts and taxonomy ids into a Row.

    Talents given as ids weigh 1, concepts found in text TEXT_WEIGHT.
    """
    offers_text, wants_text = analyzer.analyze(profile.offers_text), analyzer.analyze(profile.wants_text)
    offers = merge_concepts(dict.fromkeys(profile.offers, 1.0), offers_text.concepts, TEXT_WEIGHT)
    wants = merge_concepts(dict.fromkeys(profile.wants, 1.0), wants_text.concepts, TEXT_WEIGHT)
    object_id = None
    head, _, tail = profile.key.partition(":")
    if head == profile.kind and tail.isdigit():
        object_id = int(tail)
    return Row(
        key=profile.key,
        kind=profile.kind,
        object_id=object_id,
        team_id=profile.team_id,
        lat=profile.lat,
        lon=profile.lon,
        reach_m=profile.reach_m,
        languages=tuple(sorted(profile.languages)),
        availability=tuple(sorted(profile.availability)),
        needs_step_free=profile.needs_step_free,
        step_free=profile.step_free,
        capacity_left=profile.capacity_left,
        offers=offers,
        wants=wants,
        stems={**wants_text.stems, **offers_text.stems},
        focus=profile.focus or "",
        label=profile.label,
    )


class StemIndex:
    """Which rows contain which stem: postings built in bulk, plus an overlay of rows changed since."""

    COMPACT_AT = 1000

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.words: list[str] = []  # the stem of each id
        self.surface: list[str] = []  # a word each stem was first seen in
        self.base_ptr = np.zeros(1, dtype=np.int64)  # CSR by row over base_ids
        self.base_ids = np.zeros(0, dtype=np.int32)
        self.post_ptr = np.zeros(1, dtype=np.int64)  # CSR by stem over post_rows
        self.post_rows = np.zeros(0, dtype=np.int32)
        self.overlay: dict[int, tuple[int, ...]] = {}
        self._overlay_rows: np.ndarray | None = None

    def ids_for(self, stems: Iterable[str] | dict[str, str], *, add: bool = False) -> tuple[int, ...]:
        """Ids of stems (a dict stem -> word also records the word for new stems)."""
        ids = []
        for stem in stems:
            sid = self.vocab.get(stem)
            if sid is None and add:
                sid = self.vocab[stem] = len(self.words)
                self.words.append(stem)
                self.surface.append(stems[stem] if isinstance(stems, dict) else stem)
            if sid is not None:
                ids.append(sid)
        return tuple(sorted(set(ids)))

    def set(self, row: int, stems: Iterable[str] | dict[str, str]) -> None:
        self.overlay[row] = self.ids_for(stems, add=True)
        self._overlay_rows = None

    def get(self, row: int) -> tuple[int, ...]:
        if row in self.overlay:
            return self.overlay[row]
        if row + 1 < len(self.base_ptr):
            return tuple(self.base_ids[self.base_ptr[row] : self.base_ptr[row + 1]].tolist())
        return ()

    def stems_of(self, row: int) -> list[str]:
        return [self.words[i] for i in self.get(row)]

    def build(self, rows: int) -> None:
        """Fold the overlay into the postings (rows 0..rows-1)."""
        per_row = [self.get(r) for r in range(rows)]
        lengths = np.fromiter((len(ids) for ids in per_row), dtype=np.int64, count=rows)
        self.base_ptr = np.concatenate(([0], np.cumsum(lengths)))
        flat = [i for ids in per_row for i in ids]
        self.base_ids = np.asarray(flat, dtype=np.int32)
        order = np.argsort(self.base_ids, kind="stable")
        self.post_rows = np.repeat(np.arange(rows, dtype=np.int32), lengths)[order]
        counts = np.bincount(self.base_ids, minlength=len(self.words))
        self.post_ptr = np.concatenate(([0], np.cumsum(counts)))
        self.overlay = {}
        self._overlay_rows = None

    def maybe_compact(self, rows: int) -> None:
        if len(self.overlay) > max(self.COMPACT_AT, rows // 50):
            self.build(rows)

    def df(self, sid: int) -> int:
        if sid + 1 < len(self.post_ptr):
            return int(self.post_ptr[sid + 1] - self.post_ptr[sid])
        return 0

    def scores(self, weights: dict[int, float], rows: int) -> np.ndarray:
        """Sum of the weights of the query stems each row contains."""
        acc = np.zeros(rows, dtype=np.float32)
        for sid, weight in weights.items():
            if sid + 1 < len(self.post_ptr):
                posting = self.post_rows[self.post_ptr[sid] : self.post_ptr[sid + 1]]
                acc[posting[posting < rows]] += weight
        if self.overlay:
            if self._overlay_rows is None:
                self._overlay_rows = np.fromiter(self.overlay, dtype=np.int64, count=len(self.overlay))
            values = np.fromiter(
                (sum(weights.get(i, 0.0) for i in ids) for ids in self.overlay.values()),
                dtype=np.float32,
                count=len(self.overlay),
            )
            inside = self._overlay_rows < rows
            acc[self._overlay_rows[inside]] = values[inside]
        return acc


class CandidateStore:
    """Columns of candidate rows; see the module docstring."""

    def __init__(self, capacity: int = 256, width: int = 64) -> None:
        self.n = 0
        self.index: dict[str, int] = {}
        self.keys: list[str] = []
        self.col: dict[int, int] = {}
        self.concept_ids: list[int] = []
        self.lang_bit: dict[str, int] = {NL: 0}
        self.stems = StemIndex()
        self._allocate(max(capacity, 16), width)

    # -- storage ---------------------------------------------------------------------------------------

    def _allocate(self, capacity: int, width: int) -> None:
        self.capacity, self.width = capacity, width
        self.kind = np.zeros(capacity, dtype=np.int8)
        self.object_id = np.zeros(capacity, dtype=np.int64)
        self.team = np.full(capacity, -1, dtype=np.int32)
        self.lat = np.full(capacity, np.nan)
        self.lon = np.full(capacity, np.nan)
        self.reach = np.full(capacity, -1, dtype=np.int32)
        self.lang = np.zeros(capacity, dtype=np.uint64)
        self.avail = np.zeros(capacity, dtype=np.uint32)
        self.needs_sf = np.zeros(capacity, dtype=bool)
        self.step_free = np.ones(capacity, dtype=bool)
        self.capacity_left = np.full(capacity, -1, dtype=np.int32)
        self.focus = np.zeros(capacity, dtype=np.int8)
        self.valid_from = np.zeros(capacity, dtype=np.int32)
        self.valid_until = np.full(capacity, FAR_FUTURE, dtype=np.int32)
        self.alive = np.zeros(capacity, dtype=bool)
        self.stamp = np.zeros(capacity, dtype=np.float64)
        self.concepts = np.zeros((2 * width, capacity), dtype=np.float32)
        self.df = np.zeros(width, dtype=np.float64)
        self.lat_rad = np.zeros(capacity)
        self.lon_rad = np.zeros(capacity)
        self.cos_lat = np.zeros(capacity)

    _COLUMNS = (
        "kind object_id team lat lon reach lang avail needs_sf step_free capacity_left focus "
        "valid_from valid_until alive stamp lat_rad lon_rad cos_lat"
    ).split()

    def _grow(self, capacity: int) -> None:
        old = {name: getattr(self, name) for name in self._COLUMNS}
        concepts, df, width = self.concepts, self.df, self.width
        self._allocate(capacity, width)
        for name, values in old.items():
            getattr(self, name)[: len(values)] = values
        self.concepts[:, : concepts.shape[1]] = concepts
        self.refresh_geometry()
        self.df = df

    def _widen(self, width: int) -> None:
        old, w = self.concepts, self.width
        self.concepts = np.zeros((2 * width, self.capacity), dtype=np.float32)
        self.concepts[:w] = old[:w]
        self.concepts[width : width + w] = old[w:]
        self.df = np.concatenate((self.df, np.zeros(width - w)))
        self.width = width

    def refresh_geometry(self, r: int | None = None) -> None:
        """Radians and cosines of the latitudes and longitudes (all rows, or row r) for the haversine."""
        where = slice(None) if r is None else slice(r, r + 1)
        self.lat_rad[where] = np.radians(self.lat[where])
        self.lon_rad[where] = np.radians(self.lon[where])
        self.cos_lat[where] = np.cos(self.lat_rad[where])

    def column(self, concept_id: int, *, add: bool = False) -> int | None:
        col = self.col.get(concept_id)
        if col is None and add:
            col = self.col[concept_id] = len(self.concept_ids)
            self.concept_ids.append(concept_id)
            if col >= self.width:
                self._widen(concept_width(len(self.concept_ids)))
        return col

    def language_bit(self, code: str, *, add: bool = False) -> int | None:
        bit = self.lang_bit.get(code)
        if bit is None and add:
            bit = self.lang_bit[code] = min(len(self.lang_bit), 63)  # beyond 63 languages they share a bit
        return bit

    def language_mask(self, codes: Iterable[str], *, add: bool = False) -> int:
        mask = 0
        for code in codes:
            bit = self.language_bit(code, add=add)
            if bit is not None:
                mask |= 1 << bit
        return mask

    def languages_of(self, mask: int) -> list[str]:
        return [code for code, bit in self.lang_bit.items() if mask >> bit & 1]

    @staticmethod
    def daypart_mask(codes: Iterable[str]) -> int:
        mask = 0
        for code in codes:
            if code in DAYPART_BIT:
                mask |= 1 << DAYPART_BIT[code]
        return mask

    # -- writing ---------------------------------------------------------------------------------------

    def upsert(self, rows: Iterable[Row], stamp: float = 0.0) -> int:
        """Add or overwrite rows by key (a deleted row is marked dead). Returns how many were written."""
        written = 0
        for row in rows:
            r = self.index.get(row.key)
            if r is None:
                if row.deleted:
                    continue
                if self.n == self.capacity:
                    self._grow(self.capacity * 2)
                r = self.index[row.key] = self.n
                self.keys.append(row.key)
                self.n += 1
            self._write(r, row, stamp)
            written += 1
        self.stems.maybe_compact(self.n)
        return written

    def _presence(self, r: int) -> np.ndarray:
        w = self.width
        return (self.concepts[:w, r] > 0) | (self.concepts[w:, r] > 0)

    def _write(self, r: int, row: Row, stamp: float) -> None:
        if self.alive[r]:
            self.df -= self._presence(r)
        self.concepts[:, r] = 0.0
        self.stamp[r] = stamp
        self.alive[r] = not row.deleted
        if row.deleted:
            self.stems.set(r, ())
            return
        self.kind[r] = KIND_CODE[row.kind]
        self.object_id[r] = row.object_id or 0
        self.team[r] = row.team_id if row.team_id is not None else -1
        self.lat[r] = row.lat if row.lat is not None else math.nan
        self.lon[r] = row.lon if row.lon is not None else math.nan
        self.refresh_geometry(r)
        self.reach[r] = row.reach_m if row.reach_m is not None else -1
        self.lang[r] = self.language_mask(row.languages, add=True)
        self.avail[r] = self.daypart_mask(row.availability)
        self.needs_sf[r] = row.needs_step_free
        self.step_free[r] = row.step_free
        self.capacity_left[r] = row.capacity_left if row.capacity_left is not None else -1
        self.focus[r] = FOCUS_CODE.get(row.focus, 0)
        self.valid_from[r] = row.active_from or 0
        self.valid_until[r] = row.active_until or FAR_FUTURE
        # Columns first: adding one may widen (reallocate) the concept lines.
        offers = [(self.column(concept, add=True), weight) for concept, weight in row.offers.items()]
        wants = [(self.column(concept, add=True), weight) for concept, weight in row.wants.items()]
        for col, weight in offers:
            self.concepts[col, r] = weight
        for col, weight in wants:
            self.concepts[self.width + col, r] = weight
        self.df += self._presence(r)
        self.stems.set(r, row.stems)

    @classmethod
    def from_rows(cls, rows: Sequence[Row], stamps: Sequence[float] | None = None, spare: int = 16) -> CandidateStore:
        """A store of `rows` (the last of a key wins; deleted rows are left out), built column by column."""
        latest: dict[str, int] = {}
        for i, row in enumerate(rows):
            latest[row.key] = i
        picked = [i for i in latest.values() if not rows[i].deleted]
        rows = [rows[i] for i in picked]
        stamps = [stamps[i] for i in picked] if stamps is not None else [0.0] * len(rows)
        concept_ids = sorted({c for row in rows for c in (*row.offers, *row.wants)})
        store = cls(capacity=len(rows) + spare, width=concept_width(len(concept_ids)))
        n = store.n = len(rows)
        store.keys = [row.key for row in rows]
        store.index = {key: r for r, key in enumerate(store.keys)}
        for concept in concept_ids:
            store.column(concept, add=True)

        def fill(name: str, values) -> None:
            getattr(store, name)[:n] = np.fromiter(values, dtype=getattr(store, name).dtype, count=n)

        fill("kind", (KIND_CODE[row.kind] for row in rows))
        fill("object_id", (row.object_id or 0 for row in rows))
        fill("team", (-1 if row.team_id is None else row.team_id for row in rows))
        fill("lat", (math.nan if row.lat is None else row.lat for row in rows))
        fill("lon", (math.nan if row.lon is None else row.lon for row in rows))
        fill("reach", (-1 if row.reach_m is None else row.reach_m for row in rows))
        fill("lang", (store.language_mask(row.languages, add=True) for row in rows))
        fill("avail", (store.daypart_mask(row.availability) for row in rows))
        fill("needs_sf", (row.needs_step_free for row in rows))
        fill("step_free", (row.step_free for row in rows))
        fill("capacity_left", (-1 if row.capacity_left is None else row.capacity_left for row in rows))
        fill("focus", (FOCUS_CODE.get(row.focus, 0) for row in rows))
        fill("valid_from", (row.active_from or 0 for row in rows))
        fill("valid_until", (row.active_until or FAR_FUTURE for row in rows))
        fill("stamp", stamps)
        store.alive[:n] = True
        w, col = store.width, store.col
        for side, offset in (("offers", 0), ("wants", w)):
            cells = [(r, col[c], weight) for r, row in enumerate(rows) for c, weight in getattr(row, side).items()]
            if cells:
                at_row, at_col, weights = zip(*cells, strict=True)
                store.concepts[np.array(at_col) + offset, np.array(at_row)] = np.array(weights, dtype=np.float32)
        store.df = ((store.concepts[:w, :n] > 0) | (store.concepts[w:, :n] > 0)).sum(axis=1).astype(np.float64)
        store.refresh_geometry()
        for r, row in enumerate(rows):
            store.stems.overlay[r] = store.stems.ids_for(row.stems, add=True)
        store.stems.build(n)
        return store

    # -- reading ---------------------------------------------------------------------------------------

    def row_concepts(self, r: int) -> tuple[dict[int, float], dict[int, float]]:
        """(offers, wants) of row r as {concept id: weight}."""
        w = self.width
        offers = {self.concept_ids[c]: float(self.concepts[c, r]) for c in np.flatnonzero(self.concepts[:w, r])}
        wants = {self.concept_ids[c]: float(self.concepts[w + c, r]) for c in np.flatnonzero(self.concepts[w:, r])}
        return offers, wants

    def row(self, r: int) -> Row:
        """Row r as a Row again (stems without the words they came from)."""
        offers, wants = self.row_concepts(r)
        lat, lon = float(self.lat[r]), float(self.lon[r])
        return Row(
            key=self.keys[r],
            kind=KINDS[self.kind[r]],
            object_id=int(self.object_id[r]) or None,
            team_id=int(self.team[r]) if self.team[r] >= 0 else None,
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            reach_m=int(self.reach[r]) if self.reach[r] >= 0 else None,
            languages=tuple(self.languages_of(int(self.lang[r]))),
            availability=tuple(code for code, bit in DAYPART_BIT.items() if int(self.avail[r]) >> bit & 1),
            needs_step_free=bool(self.needs_sf[r]),
            step_free=bool(self.step_free[r]),
            capacity_left=int(self.capacity_left[r]) if self.capacity_left[r] >= 0 else None,
            offers=offers,
            wants=wants,
            stems={self.stems.words[i]: self.stems.surface[i] for i in self.stems.get(r)},
            focus=next(f for f, c in FOCUS_CODE.items() if c == self.focus[r]),
            active_from=int(self.valid_from[r]) or None,
            active_until=int(self.valid_until[r]) if self.valid_until[r] < FAR_FUTURE else None,
            deleted=not self.alive[r],
        )

    def active(self, on: date) -> np.ndarray:
        """Rows alive and valid on `on`."""
        day = on.toordinal()
        n = self.n
        return self.alive[:n] & (self.valid_from[:n] <= day) & (day < self.valid_until[:n])
