"""Outreach rounds of every team: door to door, the cargo bike, the bus, walk-in hours, floor conversations.

About 450 rounds a year at scale 1 (38 connectors, a round every few weeks each): 360 planned ones, and the
rounds that brought residents in. Residents who came in by door to door, the cargo bike or a walk-in hour
are linked, as sign-ups, to a round of their team held in the month before they registered. Floor
conversations follow the evaluation: "5 floors, 25 of 58 homes reached".
"""

import random
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta

from django.db.models.functions import Lower

from bloei.demo.data import fieldwork, streets
from bloei.demo.lifecycle import Weighted, between, demo_uuid
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp, RoundWish, WishTag
from bloei.people.choices import ReferralSource

from .common import BATCH, Writer

ROUNDS_PER_YEAR = 360  # planned; rounds that brought residents in come on top
KINDS = Weighted.from_dict(
    {
        RoundKind.DOOR_TO_DOOR: 28,
        RoundKind.WALK_IN: 24,
        RoundKind.CARGO_BIKE: 18,
        RoundKind.FLOOR_CONVERSATIONS: 9,
        RoundKind.SCHOOL_COFFEE: 7,
        RoundKind.BUS: 5,
        RoundKind.OTHER: 9,
    }
)
# How a resident found us -> the rounds that brought them in.
SOURCE_KINDS = {
    ReferralSource.DOOR_TO_DOOR: (RoundKind.DOOR_TO_DOOR, RoundKind.FLOOR_CONVERSATIONS),
    ReferralSource.CARGO_BIKE: (RoundKind.CARGO_BIKE, RoundKind.BUS),
    ReferralSource.WALK_IN: (RoundKind.WALK_IN, RoundKind.SCHOOL_COFFEE),
}
SIGN_UP_WITHIN_DAYS = 30
OUTDOOR = (RoundKind.CARGO_BIKE, RoundKind.BUS, RoundKind.OTHER)
WISH_COUNTS = {
    RoundKind.DOOR_TO_DOOR: (0, 4),
    RoundKind.FLOOR_CONVERSATIONS: (2, 5),
    RoundKind.CARGO_BIKE: (0, 3),
    RoundKind.BUS: (0, 2),
    RoundKind.SCHOOL_COFFEE: (0, 3),
    RoundKind.WALK_IN: (0, 1),
    RoundKind.OTHER: (0, 2),
}


class OutreachMixin:
    # -- outreach ----------------------------------------------------------------------------------

    def _outreach(self) -> None:
        rng = self.rng("outreach")
        wishes = self._wish_tags()
        self._wish_choice = Weighted(wishes, [len(wishes) - i for i in range(len(wishes))])  # most heard first
        made: list[tuple[OutreachRound, list, list[tuple[WishTag, int]]]] = []
        for index, year in enumerate(self.years):
            span_start, span_end = self.year_span(year)
            for _ in range(self.year_quota(index, ROUNDS_PER_YEAR)):
                team = self.team_choice.pick(rng)
                if team.pk not in self.team_buurt_choice:
                    continue
                kind = KINDS.pick(rng)
                made.append(self._round(rng, team, kind, self._round_day(rng, kind, span_start, span_end)))
        signups = self._round_sign_ups(made)
        made.sort(key=lambda row: (row[0].held_on, str(row[0].uuid)))
        OutreachRound.objects.bulk_create([r for r, _s, _w in made], batch_size=BATCH)
        self.counts["outreach rounds"] = len(made)
        through = Writer(OutreachRound.staff.through, self.counts, "outreach round staff")
        wish_rows = Writer(RoundWish, self.counts, "wishes heard")
        self.round_staff: dict[int, list[tuple[date, int]]] = defaultdict(list)  # user -> (day, team)
        for outreach_round, staff, mentions in made:
            for user in staff:
                through.add(OutreachRound.staff.through(outreachround_id=outreach_round.pk, user_id=user.pk))
                self.round_staff[user.pk].append((outreach_round.held_on, outreach_round.team_id))
            for wish, times in mentions:
                wish_rows.add(RoundWish(outreach_round=outreach_round, wish=wish, mentions=times))
        through.flush()
        wish_rows.flush()
        RoundSignUp.objects.bulk_create(signups, batch_size=BATCH)
        self.counts["sign-ups after outreach"] = len(signups)

    def _wish_tags(self) -> list[WishTag]:
        """The wishes of the word list; names are unique whatever the case, so existing ones are reused."""
        existing = {w.name.lower(): w for w in WishTag.objects.annotate(low=Lower("name"))}
        missing = [WishTag(name=name) for name in fieldwork.WISHES if name.lower() not in existing]
        WishTag.objects.bulk_create(missing, batch_size=BATCH)
        existing.update({w.name.lower(): w for w in missing})
        return [existing[name.lower()] for name in fieldwork.WISHES]

    @staticmethod
    def _round_day(rng: random.Random, kind: str, start: date, end: date) -> date:
        """A weekday; the cargo bike and the bus go out from April to October."""
        day = between(rng, start, end)
        for _ in range(10):
            if kind not in OUTDOOR or 4 <= day.month <= 10:
                break
            day = between(rng, start, end)
        if day.weekday() >= 5 and kind != RoundKind.OTHER:  # a market or a fair can be on a Saturday
            day -= timedelta(days=day.weekday() - 4)
        return max(day, start)

    def _round(self, rng: random.Random, team, kind: str, held: date, buurt=None) -> tuple[OutreachRound, list, list]:
        """A round with the staff who went and the wishes heard (wish, times)."""
        buurt = buurt or self.team_buurt_choice[team.pk].pick(rng)
        street = rng.choice(self.buurt_streets[buurt.pk])[0]
        floors = approached = reached = None
        last_day = None
        if kind == RoundKind.DOOR_TO_DOOR:
            where = street
            approached = rng.randint(25, 110)
            reached = round(approached * rng.uniform(0.3, 0.55))
            conversations = round(reached * rng.uniform(0.6, 1.0))
            if rng.random() < 0.12:
                last_day = held + timedelta(days=rng.randint(1, 3))
        elif kind == RoundKind.FLOOR_CONVERSATIONS:
            where = f"Flat {rng.choice(streets.FLAT_NAMES)}, {street}"
            floors = rng.randint(3, 9)
            approached = floors * rng.randint(6, 14)
            reached = round(approached * rng.uniform(0.35, 0.55))  # 25 of 58 homes in the evaluation
            conversations = reached + rng.randint(0, 4)
            if rng.random() < 0.3:
                last_day = held + timedelta(days=rng.randint(1, 2))
        elif kind == RoundKind.WALK_IN:
            where = self._training_venue(rng, team.pk, held, buurt.neighbourhood.name)
            conversations = rng.randint(3, 15)
        elif kind == RoundKind.SCHOOL_COFFEE:
            schools = self.places_of_kind(team.pk, ("school",), held)
            where = rng.choice(schools).name if schools else f"Basisschool in {buurt.name}"
            conversations = rng.randint(5, 20)
        else:
            spot = rng.choice(fieldwork.ROUND_SPOTS[kind])
            where = f"{spot.capitalize()}, {street}"
            conversations = rng.randint(6, 35) if kind == RoundKind.CARGO_BIKE else rng.randint(8, 40)
        if last_day and last_day > self.today:
            last_day = None
        connectors = self.team_connectors[team.pk]
        wanted = (
            rng.randint(2, 3) if kind in (RoundKind.DOOR_TO_DOOR, RoundKind.FLOOR_CONVERSATIONS) else rng.randint(1, 2)
        )
        staff = [self.connector_choice(team.pk).pick(rng)]
        others = [c for c in connectors if c is not staff[0]]
        staff += rng.sample(others, min(len(others), wanted - 1))
        if kind == RoundKind.WALK_IN and rng.random() < 0.2:
            staff.append(rng.choice(self.team_generalists[team.pk]))
        outreach_round = OutreachRound(
            uuid=demo_uuid(rng),
            team=team,
            kind=kind,
            held_on=held,
            last_day=last_day,
            buurt=buurt,
            street_or_building=where[:120],
            floors=floors,
            homes_approached=approached,
            homes_reached=reached,
            conversations=conversations,
            notes=rng.choice(fieldwork.ROUND_NOTES[kind]),
            created_by=staff[0],
        )
        low, high = WISH_COUNTS[kind]
        most = 8 if kind == RoundKind.FLOOR_CONVERSATIONS else 5
        wanted, heard = rng.randint(low, high), []
        for _ in range(wanted * 3):  # distinct wishes, the common ones most often
            wish = self._wish_choice.pick(rng)
            if len(heard) < wanted and wish not in heard:
                heard.append(wish)
        return outreach_round, staff, [(w, rng.randint(1, most)) for w in heard]

    def _round_sign_ups(self, made: list) -> list[RoundSignUp]:
        """Residents who found us at the door, at the cargo bike or at a walk-in hour signed up after a round.

        Each is linked to a round of that kind held by their team in the month before, in their own buurt
        when there was one; where no round was recorded, there was one (in their buurt, days before).
        """
        rng = self.rng("outreach sign-ups")
        index: dict[tuple[int, str], list[OutreachRound]] = defaultdict(list)
        for r, _staff, _wishes in sorted(made, key=lambda row: (row[0].held_on, str(row[0].uuid))):
            for source, kinds in SOURCE_KINDS.items():
                if r.kind in kinds:
                    index[(r.team_id, source)].append(r)
        dates = {key: [r.held_on for r in rs] for key, rs in index.items()}
        signups: list[RoundSignUp] = []
        for resident in sorted(self.residents, key=lambda r: (r.registered_on, r.pk)):
            source, on = resident.referral_source, resident.registered_on
            if source not in SOURCE_KINDS or on < self.start or resident.buurt_id is None:
                continue
            key = (resident.team_id, source)
            rounds, days = index[key], dates.setdefault(key, [])
            pool = rounds[bisect_left(days, on - timedelta(days=SIGN_UP_WITHIN_DAYS)) : bisect_right(days, on)]
            near = [r for r in pool if r.buurt_id == resident.buurt_id] or pool
            if near:
                outreach_round = near[-1] if rng.random() < 0.6 else rng.choice(near)
            else:
                kind = SOURCE_KINDS[source][0] if rng.random() < 0.8 else SOURCE_KINDS[source][1]
                held = max(self.start, on - timedelta(days=rng.randint(0, 14)))
                if held.weekday() >= 5:
                    held = max(self.start, held - timedelta(days=held.weekday() - 4))
                row = self._round(rng, resident.team, kind, held, buurt=resident.buurt)
                made.append(row)
                outreach_round = row[0]
                at = bisect_right(days, held)
                days.insert(at, held)
                rounds.insert(at, outreach_round)
            signups.append(
                RoundSignUp(
                    outreach_round=outreach_round,
                    resident_id=resident.pk,
                    signed_up_on=on,
                    created_by=resident.created_by,
                )
            )
        return signups
