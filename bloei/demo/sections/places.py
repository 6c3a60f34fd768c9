"""Development places and their openings, added over the years; some removed."""

import random
from collections import defaultdict
from datetime import date, timedelta

from django.utils.text import slugify

from bloei.demo.constants import BASE
from bloei.demo.data import names, texts
from bloei.demo.lifecycle import Weighted, apportion, between, demo_uuid
from bloei.places.models import Opening, Place

from .common import BATCH, Writer, day_parts


class PlacesMixin:
    # -- places ----------------------------------------------------------------------------------

    def _places(self) -> None:
        rng = self.rng("places")
        total = self.n(BASE["places"])
        # Most places existed before the history starts; a longer history adds its earlier years at the
        # rate of the oldest one (the three-year city keeps its figures exactly).
        earlier = [0.15] * (len(self.years) - 2)
        shares = apportion(total, [0.76, *earlier, 0.06, 0.03 * self.year_fraction])
        first = min(date(2015, 1, 1), self.start - timedelta(days=365))
        spans = [(first, self.start - timedelta(days=1))] + [self.year_span(y) for y in self.years]
        kind_choice = Weighted.from_dict(texts.PLACE_KIND_WEIGHTS)
        opening_kind = Weighted.from_dict(texts.OPENING_KIND_WEIGHTS)
        lang_codes = ["ar", "tr", "pl", "ti", "uk", "fa", "so"]
        places: list[Place] = []
        used_names: set[str] = set()
        for (span_start, span_end), count in zip(spans, shares, strict=True):
            for _ in range(count):
                kind = kind_choice.pick(rng)
                buurt = self.buurt_choice.pick(rng)
                wijk = buurt.neighbourhood.name
                name = rng.choice(texts.PLACE_NAMES[kind]).format(
                    x=rng.choice(texts.FANCY),
                    wijk=wijk,
                    buurt=buurt.name,
                    last=rng.choice(names.NL_LAST).split()[-1],
                    saint=rng.choice(texts.SAINTS),
                )
                if name in used_names:
                    name = (
                        f"{name} ({buurt.name})"
                        if f"{name} ({buurt.name})" not in used_names
                        else f"{name} {len(places)}"
                    )
                used_names.add(name)
                added = between(rng, span_start, span_end)
                removed = None
                if rng.random() < 0.06:
                    removed = between(rng, max(added + timedelta(days=30), self.start), self.today)
                    removed = removed if removed <= self.today else None
                street, number, postcode = self._address(rng, buurt)
                wheelchair = rng.random() < 0.65
                slug = slugify(name)[:40].strip("-") or "plek"
                places.append(
                    Place(
                        uuid=demo_uuid(rng),
                        name=name,
                        kind=kind,
                        description=texts.PLACE_DESCRIPTIONS[kind],
                        street=street,
                        house_number=number,
                        postcode=postcode,
                        buurt=buurt,
                        lat=(buurt.lat + rng.gauss(0, 0.002)) if buurt.lat else None,
                        lon=(buurt.lon + rng.gauss(0, 0.003)) if buurt.lon else None,
                        contact_name=f"{rng.choice(names.NL_FIRST)} {rng.choice(names.NL_LAST)}",
                        contact_email=f"info@{slug}.example",
                        contact_phone=f"040-{rng.randint(2000000, 2999999)}",
                        website=f"https://{slug}.example" if rng.random() < 0.6 else "",
                        wheelchair_accessible=wheelchair,
                        accessible_toilet=wheelchair and rng.random() < 0.6,
                        hearing_loop=rng.random() < 0.2,
                        accessibility_notes=rng.choice(texts.ACCESSIBILITY_NOTES),
                        opening_hours=rng.choice(texts.OPENING_HOURS),
                        added_on=added,
                        removed_on=removed,
                        last_verified_on=between(rng, max(added, self.today - timedelta(days=730)), self.today)
                        if rng.random() < 0.85
                        else None,
                    )
                )
        Place.objects.bulk_create(places, batch_size=BATCH)
        self.counts["places"] = len(places)
        place_langs = Writer(Place.languages.through, self.counts, "place languages")
        openings: list[Opening] = []
        opening_talents: list[tuple[Opening, list[str]]] = []
        for place in places:
            place_langs.add(Place.languages.through(place_id=place.pk, language_id=self.languages["nl"].pk))
            for code in ("en", *lang_codes):
                chance = 0.25 if code == "en" else 0.04
                if rng.random() < chance and code in self.languages:
                    place_langs.add(Place.languages.through(place_id=place.pk, language_id=self.languages[code].pk))
            fitting = [o for o in texts.OPENINGS if not o[3] or place.kind in o[3]]
            for _ in range(rng.choices([1, 2, 3], [40, 40, 20])[0]):
                wanted = opening_kind.pick(rng)
                candidates = [o for o in fitting if o[0] == wanted] or fitting
                kind, title, talent_slugs, _kinds = rng.choice(candidates)
                opened = between(rng, place.added_on, min(place.added_on + timedelta(days=90), self.today))
                closed = place.removed_on
                if closed is None and rng.random() < 0.15:
                    closed = between(rng, opened + timedelta(days=14), self.today)
                    closed = closed if closed <= self.today and closed >= opened else None
                if closed and closed < opened:
                    opened = place.added_on
                capacity = {"volunteer": (1, 6), "course": (6, 15), "meeting": (10, 30)}.get(kind, (1, 2))
                opening = Opening(
                    uuid=demo_uuid(rng),
                    place=place,
                    title=title,
                    kind=kind,
                    description=f"{title} bij {place.name}. {rng.choice(texts.ACTIVITY_DESCRIPTIONS)}".strip(),
                    capacity=rng.randint(*capacity),
                    availability=day_parts(rng, 1, 4),
                    opened_on=opened,
                    closed_on=closed,
                )
                openings.append(opening)
                opening_talents.append((opening, list(talent_slugs)))
        place_langs.flush()
        Opening.objects.bulk_create(openings, batch_size=BATCH)
        self.counts["openings"] = len(openings)
        through = Writer(Opening.talents.through, self.counts, "opening talents")
        for opening, slugs in opening_talents:
            for slug in slugs:
                if slug in self.talent_by_slug:
                    through.add(Opening.talents.through(opening_id=opening.pk, talent_id=self.talent_by_slug[slug].pk))
        through.flush()
        self.places = places
        self.team_places: dict[int, list[Place]] = defaultdict(list)
        for p in places:
            self.team_places[self.team_of_buurt[p.buurt_id].pk].append(p)
        self.opening_slugs = {o.pk: slugs for o, slugs in opening_talents}
        self.team_openings: dict[int, list[Opening]] = defaultdict(list)
        for o in openings:
            self.team_openings[self.team_of_buurt[o.place.buurt_id].pk].append(o)
        self.openings = openings

    @staticmethod
    def _place_active(place: Place, on: date) -> bool:
        return place.added_on <= on and (place.removed_on is None or place.removed_on > on)

    def pick_place(self, rng: random.Random, team_id: int | None, on: date, exclude=()) -> Place | None:
        pool = self.team_places.get(team_id) if team_id else None
        for candidates in ([pool] if pool else []) + [self.places]:
            for _ in range(20):
                p = rng.choice(candidates)
                if self._place_active(p, on) and p.pk not in exclude:
                    return p
        return None

    def pick_opening(self, rng: random.Random, team_id: int, on: date) -> Opening | None:
        pool = self.team_openings.get(team_id) if rng.random() < 0.75 else None
        for candidates in ([pool] if pool else []) + [self.openings]:
            for _ in range(25):
                o = rng.choice(candidates)
                if o.opened_on <= on and (o.closed_on is None or o.closed_on > on) and self._place_active(o.place, on):
                    return o
        return None
