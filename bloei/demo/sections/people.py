"""Residents with consent, caseloads, talent scans and contact moments."""

import random
from bisect import bisect_right
from collections import defaultdict
from datetime import date, timedelta

from django.utils.text import slugify

from bloei.accounts.models import User
from bloei.demo.constants import BASE
from bloei.demo.data import names, texts
from bloei.demo.lifecycle import Weighted, between, demo_uuid
from bloei.people.choices import (
    AssignmentRole,
    ConsentPurpose,
    ContactKind,
    LawfulBasis,
    Mobility,
    ReferralSource,
)
from bloei.people.models import Assignment, Consent, ContactMoment, Resident, TalentScan

from .common import BATCH, Writer, day_parts

REFERRALS = Weighted.from_dict(
    {
        ReferralSource.DOOR_TO_DOOR: 15,
        ReferralSource.FLYER: 12,
        ReferralSource.GENERALIST: 14,
        ReferralSource.NEIGHBOUR: 13,
        ReferralSource.ACTIVITY: 12,
        ReferralSource.WALK_IN: 9,
        ReferralSource.CARGO_BIKE: 7,
        ReferralSource.PARTNER: 8,
        ReferralSource.FACEBOOK: 5,
        ReferralSource.AMBASSADOR: 4,
        ReferralSource.OTHER: 1,
    }
)
AGE_BANDS = Weighted([(18, 29), (30, 44), (45, 64), (65, 79), (80, 96)], [12, 20, 28, 25, 15])
MOBILITY_BY_AGE = {
    "young": Weighted.from_dict(
        {
            Mobility.FAR: 45,
            Mobility.NEIGHBOURHOOD: 45,
            Mobility.SHORT: 6,
            Mobility.WHEELCHAIR: 2,
            Mobility.ROLLATOR: 1,
            Mobility.HOMEBOUND: 1,
        }
    ),
    "senior": Weighted.from_dict(
        {
            Mobility.FAR: 20,
            Mobility.NEIGHBOURHOOD: 45,
            Mobility.SHORT: 20,
            Mobility.ROLLATOR: 10,
            Mobility.WHEELCHAIR: 3,
            Mobility.HOMEBOUND: 2,
        }
    ),
    "old": Weighted.from_dict(
        {
            Mobility.FAR: 2,
            Mobility.NEIGHBOURHOOD: 20,
            Mobility.SHORT: 25,
            Mobility.ROLLATOR: 35,
            Mobility.WHEELCHAIR: 8,
            Mobility.HOMEBOUND: 10,
        }
    ),
}
WALKING_METRES = {
    Mobility.FAR: (2000, 5000),
    Mobility.NEIGHBOURHOOD: (700, 1500),
    Mobility.SHORT: (300, 700),
    Mobility.ROLLATOR: (100, 400),
    Mobility.WHEELCHAIR: (500, 1500),
    Mobility.HOMEBOUND: (0, 50),
}
CONTACT_KINDS = Weighted.from_dict(
    {
        ContactKind.CONVERSATION: 35,
        ContactKind.PHONE: 25,
        ContactKind.HOME_VISIT: 15,
        ContactKind.WALK_IN: 12,
        ContactKind.MESSAGE: 13,
    }
)
SENIOR_TALENTS = {"gezelschap", "spelletjes", "handwerken", "lezen", "wandelen", "luisteren", "bakken"}
NEWCOMER_TALENTS = {"taal-nederlands", "vertalen", "koken", "werk-zoeken", "administratie"}


class ResidentPicker:
    """Residents per team, ordered by registration, to pick one who was registered on a date."""

    def __init__(self, residents: list[Resident]):
        self.by_team: dict[int, list[Resident]] = defaultdict(list)
        for r in sorted(residents, key=lambda r: (r.registered_on, r.pk)):
            self.by_team[r.team_id].append(r)
        self.dates = {t: [r.registered_on for r in rs] for t, rs in self.by_team.items()}

    def pick(self, rng: random.Random, team_id: int, on: date, exclude=()) -> Resident | None:
        residents = self.by_team.get(team_id, [])
        hi = bisect_right(self.dates.get(team_id, []), on)
        if not hi:
            return None
        for _ in range(15):
            r = residents[rng.randrange(hi)]
            if (r.closed_on is None or r.closed_on > on) and r.pk not in exclude:
                return r
        return None


class PeopleMixin:
    # -- residents -------------------------------------------------------------------------------

    def _residents(self) -> None:
        rng = self.rng("residents")
        total = self.n(BASE["residents"])
        first_language = Weighted.from_dict(
            {c: w for c, w in names.FIRST_LANGUAGE_WEIGHTS.items() if c in self.languages} or {"nl": 1}
        )
        before = min(date(2018, 1, 1), self.start - timedelta(days=3 * 365))
        residents: list[Resident] = []
        languages_of: list[list[str]] = []
        for _ in range(total):
            buurt = self.buurt_choice.pick(rng)
            team = self.team_of_buurt[buurt.pk]
            code = first_language.pick(rng)
            spoken = [code]
            if code != "nl" and rng.random() < names.ALSO_DUTCH.get(code, names.ALSO_DUTCH_DEFAULT):
                spoken.append("nl")
            if code in names.SECOND_LANGUAGE and rng.random() < 0.5:
                spoken.append(names.SECOND_LANGUAGE[code])
            if code not in ("nl", "en") and rng.random() < 0.2:
                spoken.append("en")
            if code == "nl" and rng.random() < 0.08:
                spoken.append(rng.choice(["en", "de", "fr"]))
            languages_of.append([c for c in dict.fromkeys(spoken) if c in self.languages])
            firsts, lasts = names.NAME_POOLS.get(code, names.INTL_POOL)
            first, last = rng.choice(firsts), rng.choice(lasts)
            low, high = AGE_BANDS.pick(rng)
            age = rng.randint(low, high)
            birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
            mobility = MOBILITY_BY_AGE["old" if age >= 80 else "senior" if age >= 65 else "young"].pick(rng)
            registered = (
                between(rng, before, self.start - timedelta(days=1))
                if rng.random() < 0.22
                else between(rng, self.start, self.today)
            )
            closed = None
            if rng.random() < 0.06:
                closed = registered + timedelta(days=rng.randint(60, 900))
                closed = closed if closed <= self.today else None
            street, number, postcode = self._address(rng, buurt)
            handle = slugify(f"{first} {last}").replace("-", ".") or "inwoner"
            exact_birth = rng.random() < 0.9
            residents.append(
                Resident(
                    uuid=demo_uuid(rng),
                    first_name=first,
                    last_name=last,
                    email=f"{handle}{rng.randint(1, 99)}@example.org" if rng.random() < 0.35 else "",
                    phone=f"06-{rng.randint(10000000, 99999999)}" if rng.random() < 0.7 else "",
                    street=street,
                    house_number=number,
                    postcode=postcode,
                    city=buurt.neighbourhood.district.municipality.name,
                    buurt=buurt,
                    team=team,
                    birth_date=birth if exact_birth else None,
                    birth_year=None if exact_birth else birth.year,
                    mobility=mobility,
                    walking_distance_m=rng.randint(*WALKING_METRES[mobility]) if rng.random() < 0.12 else None,
                    availability=day_parts(rng, 2, 7),
                    referral_source=REFERRALS.pick(rng),
                    is_key_figure=rng.random() < 0.015,
                    is_ambassador=rng.random() < 0.012,
                    registered_on=registered,
                    closed_on=closed,
                    created_by=self.connector_choice(team.pk).pick(rng),
                )
            )
        Resident.objects.bulk_create(residents, batch_size=BATCH)
        self.counts["residents"] = len(residents)
        self.residents = residents
        self.picker = ResidentPicker(residents)
        self.resident_talents: dict[int, list[str]] = {}

        self.resident_languages = {r.pk: codes for r, codes in zip(residents, languages_of, strict=True)}
        languages = Writer(Resident.languages.through, self.counts, "resident languages")
        for r, codes in zip(residents, languages_of, strict=True):
            for c in codes:
                languages.add(Resident.languages.through(resident_id=r.pk, language_id=self.languages[c].pk))
        languages.flush()
        self._referrals(rng)
        self._consents(rng)
        self._assignments(rng)

    def _referrals(self, rng: random.Random) -> None:
        """Residents who came in via an ambassador or key figure point to them."""
        ambassadors: dict[int, list[Resident]] = defaultdict(list)
        key_figures: dict[int, list[Resident]] = defaultdict(list)
        for r in self.residents:
            if r.is_ambassador:
                ambassadors[r.team_id].append(r)
            if r.is_key_figure:
                key_figures[r.team_id].append(r)
        changed = []
        for r in self.residents:
            pool = None
            if r.referral_source == ReferralSource.AMBASSADOR:
                pool = ambassadors[r.team_id] or key_figures[r.team_id]
            elif r.referral_source == ReferralSource.NEIGHBOUR and rng.random() < 0.25:
                pool = key_figures[r.team_id]
            candidates = [p for p in pool or [] if p.registered_on <= r.registered_on and p.pk != r.pk]
            if candidates:
                r.referred_by = rng.choice(candidates)
                changed.append(r)
        Resident.objects.bulk_update(changed, ["referred_by"], batch_size=BATCH)
        self.counts["residents referred by an ambassador or key figure"] = len(changed)

    def _consents(self, rng: random.Random) -> None:
        consents = Writer(Consent, self.counts, "consents")
        withdrawn = 0
        for r in self.residents:
            by = r.created_by
            public_task = rng.random() < 0.55
            consents.add(
                Consent(
                    resident_id=r.pk,
                    purpose=ConsentPurpose.REGISTRATION,
                    given_on=r.registered_on,
                    recorded_by=by,
                    lawful_basis=LawfulBasis.PUBLIC_TASK if public_task else LawfulBasis.CONSENT,
                )
            )
            if rng.random() < 0.75:
                consents.add(
                    Consent(resident_id=r.pk, purpose=ConsentPurpose.MATCHING, given_on=r.registered_on, recorded_by=by)
                )
            if rng.random() < 0.45:
                consents.add(
                    Consent(resident_id=r.pk, purpose=ConsentPurpose.RESEARCH, given_on=r.registered_on, recorded_by=by)
                )
            if rng.random() < 0.3:
                given = between(rng, r.registered_on, self.today)
                gone = between(rng, given, self.today) if rng.random() < 0.15 else None
                withdrawn += gone is not None
                consents.add(
                    Consent(
                        resident_id=r.pk,
                        purpose=ConsentPurpose.PHOTOS,
                        given_on=given,
                        recorded_by=by,
                        withdrawn_on=gone,
                        withdrawn_recorded_by=by if gone else None,
                        note="Wil niet meer op foto's in de nieuwsbrief." if gone else "",
                    )
                )
        consents.flush()
        self.counts["consents withdrawn (photos)"] = withdrawn

    def _assignments(self, rng: random.Random) -> None:
        """Caseloads: most residents have a connector, some a generalist (often the one who referred them)."""
        rows = Writer(Assignment, self.counts, "assignments")
        self.connector_of: dict[int, User] = {}
        self.generalist_of: dict[int, User] = {}
        for r in self.residents:
            end = r.closed_on
            if rng.random() < 0.85:
                first = self.connector_choice(r.team_id).pick(rng)
                started = r.registered_on
                if rng.random() < 0.07 and (self.today - started).days > 120:
                    handover = between(rng, started + timedelta(days=60), (end or self.today))
                    rows.add(
                        Assignment(
                            resident_id=r.pk,
                            user=first,
                            role=AssignmentRole.CONNECTOR,
                            started_on=started,
                            ended_on=handover,
                        )
                    )
                    others = [c for c in self.team_connectors[r.team_id] if c is not first] or [first]
                    first, started = rng.choice(others), handover
                rows.add(
                    Assignment(
                        resident_id=r.pk, user=first, role=AssignmentRole.CONNECTOR, started_on=started, ended_on=end
                    )
                )
                self.connector_of[r.pk] = first
            referred = r.referral_source == ReferralSource.GENERALIST
            if referred or rng.random() < 0.12:
                generalist = rng.choice(self.team_generalists[r.team_id])
                started = r.registered_on if referred else between(rng, r.registered_on, end or self.today)
                stop = end
                if stop is None and rng.random() < 0.4:
                    stop = between(rng, started + timedelta(days=30), self.today)
                    stop = stop if stop >= started and stop <= self.today else None
                rows.add(
                    Assignment(
                        resident_id=r.pk,
                        user=generalist,
                        role=AssignmentRole.GENERALIST,
                        started_on=started,
                        ended_on=stop,
                    )
                )
                self.generalist_of[r.pk] = generalist
        rows.flush()

    def staff_for(self, rng: random.Random, resident: Resident) -> User:
        """Who works with this resident: their connector, else one of the team."""
        return self.connector_of.get(resident.pk) or self.connector_choice(resident.team_id).pick(rng)

    # -- talent scans ----------------------------------------------------------------------------

    def _scan_talents(self, rng: random.Random, resident: Resident, languages_hint: bool) -> tuple[list, list]:
        age = resident.age(self.today) or 40
        weights = []
        for t in self.talents:
            w = 1.0
            if age >= 65 and t.slug in SENIOR_TALENTS:
                w = 3.0
            if languages_hint and t.slug in NEWCOMER_TALENTS:
                w = 3.0
            weights.append(w)
        talents = list(dict.fromkeys(rng.choices(self.talents, weights, k=rng.randint(1, 4))))
        interests = list(dict.fromkeys(rng.choices(self.talents, weights, k=rng.randint(1, 3))))
        return talents, interests

    def _scan_texts(self, rng: random.Random, resident: Resident, talents, interests) -> dict:
        skills = [texts.TALENT_PHRASES[t.slug][0] for t in talents if t.slug in texts.TALENT_PHRASES]
        learn = [texts.TALENT_PHRASES[t.slug][3] for t in interests if t.slug in texts.TALENT_PHRASES]
        good_at = f"Ik ben goed in {' en '.join(skills[:2])}." if skills else ""
        if len(skills) > 2:
            good_at += f" Ook {skills[2]}."
        return {
            "happy_with": " ".join(rng.sample(texts.HAPPY_WITH, rng.randint(1, 2))),
            "good_at": good_at,
            "wants_to_learn": f"Ik zou graag {learn[0]}." if learn else "",
            "wants_to_do": (
                f"Iets doen voor {rng.choice(texts.WANTS_TO_DO_FOR)}, bijvoorbeeld {skills[0]}." if skills else ""
            ),
            "needs": rng.choice(texts.NEEDS),
            "practical_limits": rng.choice(texts.PRACTICAL_LIMITS[resident.mobility]),
            "notes": rng.choice(texts.SCAN_NOTES),
        }

    def _talent_scans(self) -> None:
        rng = self.rng("talent_scans")
        target = self.n(BASE["talent_scans"])
        eligible = [r for r in self.residents if r.registered_on <= self.today - timedelta(days=7)]
        rng.shuffle(eligible)
        non_dutch = {pk for pk, codes in self.resident_languages.items() if codes and codes[0] != "nl"}
        scans: list[TalentScan] = []
        links: list[tuple[TalentScan, list, list]] = []
        for r in eligible:
            if len(scans) >= target:
                break
            last_day = r.closed_on or self.today
            on = between(rng, r.registered_on, min(r.registered_on + timedelta(days=120), last_day))
            talents, interests = self._scan_talents(rng, r, r.pk in non_dutch)
            # Some residents have a second or third version: their wishes changed over time.
            versions = 1 if rng.random() >= 0.2 else (2 if rng.random() >= 0.3 else 3)
            for version in range(1, versions + 1):
                if len(scans) >= target:
                    break
                if version > 1:
                    on = on + timedelta(days=rng.randint(120, 480))
                    if on > last_day:
                        break
                    talents = list(dict.fromkeys(talents[:2] + [rng.choice(self.talents)]))
                    interests = list(dict.fromkeys(interests[:1] + [rng.choice(self.talents)]))
                by = self.generalist_of.get(r.pk) if rng.random() < 0.3 else None
                scan = TalentScan(
                    resident_id=r.pk,
                    version=version,
                    conducted_on=on,
                    conducted_by=by or self.staff_for(rng, r),
                    **self._scan_texts(rng, r, talents, interests),
                )
                scans.append(scan)
                links.append((scan, talents, interests))
                self.resident_talents[r.pk] = [t.slug for t in talents]
        TalentScan.objects.bulk_create(scans, batch_size=BATCH)
        self.counts["talent scans"] = len(scans)
        talent_rows = Writer(TalentScan.talents.through, self.counts, "talent scan talents")
        interest_rows = Writer(TalentScan.interests.through, self.counts, "talent scan interests")
        for scan, talents, interests in links:
            for t in talents:
                talent_rows.add(TalentScan.talents.through(talentscan_id=scan.pk, talent_id=t.pk))
            for t in interests:
                interest_rows.add(TalentScan.interests.through(talentscan_id=scan.pk, talent_id=t.pk))
        talent_rows.flush()
        interest_rows.flush()

    # -- contact moments -------------------------------------------------------------------------

    def _contacts(self) -> None:
        rng = self.rng("contacts")
        rows = Writer(ContactMoment, self.counts, "contact moments")
        for r in self.residents:
            end = r.closed_on or self.today
            by = self.staff_for(rng, r)
            rows.add(
                ContactMoment(
                    resident_id=r.pk,
                    kind=CONTACT_KINDS.pick(rng),
                    occurred_on=r.registered_on,
                    by=by,
                    note=rng.choice(texts.CONTACT_NOTES[:2]),
                )
            )
            extra = rng.choices([0, 1, 2, 3, 4, 6, 9], [18, 22, 20, 15, 12, 8, 5])[0]
            if r.is_key_figure or r.is_ambassador:
                extra += rng.randint(12, 36)
            for _ in range(extra):
                rows.add(
                    ContactMoment(
                        resident_id=r.pk,
                        kind=CONTACT_KINDS.pick(rng),
                        occurred_on=between(rng, r.registered_on, end),
                        by=self.staff_for(rng, r) if rng.random() < 0.85 else by,
                        note=rng.choice(texts.CONTACT_NOTES),
                    )
                )
        for m in self.matches:
            if m.resident_a_id is None:
                continue
            by = m.created_by
            rows.add(
                ContactMoment(
                    resident_id=m.resident_a_id,
                    kind="phone",
                    occurred_on=m.proposed_on,
                    by=by,
                    note="Gesproken over de match.",
                )
            )
            if m.introduced_on:
                rows.add(
                    ContactMoment(
                        resident_id=m.resident_a_id,
                        kind="conversation",
                        occurred_on=m.introduced_on,
                        by=by,
                        note="Samen de eerste keer gegaan, kennisgemaakt.",
                    )
                )
        rows.flush()
