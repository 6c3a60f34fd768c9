"""The reference dataset: registrations whose 2023 and 2024 figures are exactly those of the evaluation.

`manage.py load_reference_figures` builds, on an empty database, a city on the real Eindhoven buurten
whose registrations give, counted by the measures of bloei.monitoring.measures for Period.year(2023)
and Period.year(2024), city-wide, exactly the figures of the 2025 evaluation of Buurt in Bloei
(seeds/003; DOMAIN.md, "Reference figures from 003"). It is for checking that the dashboard and the
yearly report of 2024 show the evaluation's figures (docs/reference-figures.md).

The registrations are realistic, not magic rows: staff per team, residents with consent and a
connector, talent scans (with second versions), development places with openings, matches with
proposals, introductions, endings with reasons and follow-ups, sign-ups on the WIJ match list that
are matched or withdrawn, resident networks with members joining and leaving, activities, and
training editions with meetings, participants, attendance and completion. The history runs from
mid 2020 until CUTOFF (31 March 2025, when the 2024 figures were drawn up); nothing is dated later
except a recurring activity's planned last date.

Every figure is hit by construction: the records that decide a figure are planned per category
("counts in 2023 and 2024", "in 2023 only", ...) with counts derived from the figures, and the dates
avoid the boundaries. `check()` counts every figure again through the measures.

Deterministic: the same seed on the same database gives the same records. Rows are written with
bulk_create in batches (the database constraints apply; no audit events for the generated history, as in
the demo city); training editions are created, given their place visits, stopped, cancelled and finished
through the trainings services.
"""

import random
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as dtime

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils.text import slugify

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team, User
from bloei.community.choices import NetworkPhase, Recurrence
from bloei.community.models import Activity, Network, NetworkMembership
from bloei.core.models import Language
from bloei.demo.data import names, streets, texts
from bloei.demo.lifecycle import EARLY_REASONS, LONG_REASONS, SHORT_REASONS, Weighted, apportion, between, demo_uuid
from bloei.geo.models import Buurt
from bloei.matching.choices import FollowUpOutcome, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp, Match, MatchStatusChange, SignUp
from bloei.people.choices import AssignmentRole, ConsentPurpose, LawfulBasis, Mobility, ReferralSource
from bloei.people.models import Assignment, Consent, Resident, Talent, TalentScan
from bloei.places.models import Opening, Place
from bloei.trainings import services as trainings
from bloei.trainings.choices import AttendanceStatus, BenefitPurpose, BenefitStatus, EnrolmentEnd, OutcomeKind
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)

from . import measures
from .measures import Period

YEARS = (2023, 2024)
# The registrations as they stood when the 2024 figures were drawn up: nothing happens after this day.
CUTOFF = date(2025, 3, 31)
HISTORY_START = date(2020, 6, 1)
BATCH = 2000


# --- the figures ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure of the evaluation and the measure that counts it (summed over `parameters` if given)."""

    key: str
    label: str
    code: str
    y2023: int
    y2024: int
    parameters: tuple[str, ...] = ()
    # False: the evaluation has no 2023 value ("–"); ours is a plausible one, hit exactly all the same.
    in_evaluation_2023: bool = True

    def target(self, year: int) -> int:
        return {2023: self.y2023, 2024: self.y2024}[year]

    def value(self, year: int) -> int:
        period = Period.year(year)
        measure = measures.get(self.code)
        if not self.parameters:
            return measure.value(period)
        return sum(measure.value(period, parameter=p) for p in self.parameters)


# Training types besides the evaluation's two, with their participants per year ("other trainings").
OTHER_TRAININGS = {
    "taal-en-talent": {
        "name_nl": "Taal en Talent",
        "name_en": "Language and Talent",
        "purpose_nl": "Talenten ontdekken in eenvoudig Nederlands, voor nieuwkomers",
        "purpose_en": "Discovering talents in plain Dutch, for newcomers",
        "default_meetings": 6,
    },
    "startklaar-vrijwilliger": {
        "name_nl": "Startklaar als vrijwilliger",
        "name_en": "Ready to volunteer",
        "purpose_nl": "Voorbereiden op vrijwilligerswerk bij een ontwikkelplaats",
        "purpose_en": "Getting ready for volunteer work at a development place",
        "default_meetings": 3,
    },
    # The English edition of De Wijk Werkt! the evaluation mentions (as the demo city has it).
    "de-wijk-werkt-english": {
        "name_nl": "De Wijk Werkt! in het Engels",
        "name_en": "De Wijk Werkt! in English",
        "purpose_nl": "Stappen richting (vrijwilligers)werk, voor wie nog geen Nederlands spreekt",
        "purpose_en": "Steps towards (volunteer) work, for those who do not speak Dutch yet",
        "default_meetings": 10,
    },
}
OTHER_TRAINING_SLUGS = tuple(OTHER_TRAININGS)
# Participants of the other trainings per year; they add up to the evaluation's "other trainings".
OTHER_PARTICIPANTS = {
    2023: {"taal-en-talent": 29, "startklaar-vrijwilliger": 24},
    2024: {"de-wijk-werkt-english": 9},
}
# Types no longer given after 2023.
DISCONTINUED = ("taal-en-talent", "startklaar-vrijwilliger")

FIGURES = (
    Figure("activities", "Facilitated activities", "activities_facilitated", 131, 145, in_evaluation_2023=False),
    Figure("talent_scans", "Talent scans", "talent_scans", 2164, 2397, in_evaluation_2023=False),
    Figure(
        "kom_tot_bloei",
        "Training participants, Kom tot Bloei!",
        "training_participants",
        40,
        34,
        parameters=("kom-tot-bloei",),
    ),
    Figure(
        "de_wijk_werkt",
        "Training participants, De Wijk Werkt!",
        "training_participants",
        45,
        76,
        parameters=("de-wijk-werkt",),
    ),
    Figure(
        "other_trainings",
        "Training participants, other trainings",
        "training_participants",
        53,
        9,
        parameters=OTHER_TRAINING_SLUGS,
    ),
    Figure("training_participants", "Training participants, total", "training_participants", 138, 119),
    Figure("networks_total", "Resident networks", "networks_total", 44, 63),
    Figure("network_participants", "Network participants (unique residents)", "network_participants", 366, 475),
    Figure("networks_new", "New resident networks", "networks_new", 11, 19),
    Figure(
        "offers_waiting",
        "WIJ match sign-ups (offers waiting at year end)",
        "offers_waiting",
        71,
        82,
        in_evaluation_2023=False,
    ),
    Figure("matches", "Matches", "matches_started", 1119, 948),
    Figure("matches_rr", "Matches, resident – resident", "matches_started_resident_resident", 413, 392),
    Figure("matches_rp", "Matches, resident – place", "matches_started_resident_place", 653, 458),
    Figure("matches_pp", "Matches, place – place", "matches_started_place_place", 53, 98),
    Figure("places", "Development places (at year end)", "places_total", 452, 490, in_evaluation_2023=False),
)
FIGURE_BY_KEY = {f.key: f for f in FIGURES}
# Participants with a Participatiewet benefit, as the evaluation gives them (003, "Meedoen"); others plausible.
PARTICIPATIEWET = {
    2023: {"kom-tot-bloei": 13, "de-wijk-werkt": 20, "taal-en-talent": 6, "startklaar-vrijwilliger": 4},
    2024: {"kom-tot-bloei": 12, "de-wijk-werkt": 40, "de-wijk-werkt-english": 2},
}


def target(key: str, year: int) -> int:
    return FIGURE_BY_KEY[key].target(year)


def figures_table() -> list[dict]:
    """Every figure: its targets and what the measures count now (city-wide, per year)."""
    rows = []
    for f in FIGURES:
        row = {"figure": f, "label": f.label}
        for year in YEARS:
            row[year] = {"target": f.target(year), "value": f.value(year)}
        rows.append(row)
    return rows


def mismatches(rows: list[dict] | None = None) -> list[str]:
    rows = rows if rows is not None else figures_table()
    return [
        f"{row['label']} {year}: expected {row[year]['target']}, counted {row[year]['value']}"
        for row in rows
        for year in YEARS
        if row[year]["value"] != row[year]["target"]
    ]


# --- plans that are not figures (history before 2023 and after 2024) -------------------------------------

# Residents registered per period (first day, last day, count).
REGISTRATIONS = (
    (HISTORY_START, date(2020, 12, 31), 250),
    (date(2021, 1, 1), date(2021, 12, 31), 500),
    (date(2022, 1, 1), date(2022, 12, 31), 900),
    (date(2023, 1, 1), date(2023, 12, 31), 1900),
    (date(2024, 1, 1), date(2024, 12, 31), 2000),
    (date(2025, 1, 1), CUTOFF, 300),
)
# Talent scans in the years around the reference years.
SCANS_OTHER_YEARS = {2021: 150, 2022: 700, 2025: 350}
# Matches started in the years around the reference years.
MATCHES_OTHER_YEARS = {
    2022: {MatchKind.RESIDENT_RESIDENT: 330, MatchKind.RESIDENT_PLACE: 470, MatchKind.PLACE_PLACE: 30},
    2025: {MatchKind.RESIDENT_RESIDENT: 95, MatchKind.RESIDENT_PLACE: 120, MatchKind.PLACE_PLACE: 22},
}
# Share of proposed matches that ended before they started (these never count as started).
NEVER_STARTED = {MatchKind.RESIDENT_RESIDENT: 0.12, MatchKind.RESIDENT_PLACE: 0.15, MatchKind.PLACE_PLACE: 0.08}
# Places: removed in 2024 (active at the end of 2023 only), removed before 2024, added after 2024.
PLACES_REMOVED_IN_2024 = 14
PLACES_REMOVED_BEFORE = 30
PLACES_ADDED_2025 = 8
PLACES_REMOVED_2025 = 4
# Networks that ended before 2023, that will end in 2024 or early 2025, and that started in 2025.
NETWORKS_ENDED_BEFORE = 6
NETWORKS_ENDING_2024 = 4
NETWORKS_ENDING_2025 = 2
NETWORKS_2025 = 3
# Network members who left during 2023 (counted in 2023 only), and members of neither year.
MEMBERS_LEFT_IN_2023 = 76
MEMBERS_NEITHER_YEAR = 60
# Facilitated recurring activities that ran in both years (at least).
ACTIVITIES_BOTH_YEARS = 30
# Training editions outside the reference years: (slug, year, group sizes).
TRAININGS_OTHER_YEARS = (
    ("kom-tot-bloei", 2022, (9, 10)),
    ("de-wijk-werkt", 2022, (11,)),
    ("kom-tot-bloei", 2025, (8,)),
)
GROUP_SIZE = {
    "kom-tot-bloei": 10,
    "de-wijk-werkt": 12,
    "taal-en-talent": 10,
    "startklaar-vrijwilliger": 8,
    "de-wijk-werkt-english": 9,
}

AGE_BANDS = Weighted([(18, 29), (30, 44), (45, 64), (65, 79), (80, 95)], [12, 20, 28, 25, 15])
MOBILITY = {
    "young": Weighted.from_dict(
        {Mobility.FAR: 45, Mobility.NEIGHBOURHOOD: 45, Mobility.SHORT: 7, Mobility.WHEELCHAIR: 2, Mobility.ROLLATOR: 1}
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
            Mobility.NEIGHBOURHOOD: 22,
            Mobility.SHORT: 25,
            Mobility.ROLLATOR: 35,
            Mobility.WHEELCHAIR: 8,
            Mobility.HOMEBOUND: 10,
        }
    ),
}
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
FOLLOW_UP_OUTCOMES = Weighted.from_dict(
    {FollowUpOutcome.GOING_WELL: 74, FollowUpOutcome.NEEDS_ATTENTION: 18, FollowUpOutcome.UNREACHABLE: 8}
)
BENEFIT_OTHERS = Weighted.from_dict(
    {BenefitStatus.OTHER_BENEFIT: 20, BenefitStatus.NONE: 45, BenefitStatus.UNKNOWN: 15, "": 20}
)
TOPICS = {
    "kom-tot-bloei": (
        "Kennismaken: wat maakt je blij?",
        "Je talenten ontdekken",
        "Wat wil je doen, en voor wie?",
        "Je volgende stap",
    ),
    "de-wijk-werkt": (
        "Kennismaken en verwachtingen",
        "Het kwaliteitenspel",
        "Wat kan ik al?",
        "Bezoek aan een ontwikkelplaats",
        "Je eigen verhaal",
        "Solliciteren en je cv",
        "Netwerken in de wijk",
        "Bezoek aan een ontwikkelplaats",
        "Omgaan met tegenslag",
        "Presenteren voor de groep",
        "Teamdag",
        "Afsluiting en je volgende stap",
    ),
    "de-wijk-werkt-english": (
        "Getting to know each other",
        "The qualities game",
        "What can I already do?",
        "Visit to a place",
        "Telling your story",
        "Applying and your CV",
        "Networking in the neighbourhood",
        "Working in the Netherlands",
        "Presenting to the group",
        "Closing and your next step",
    ),
    "taal-en-talent": (
        "Kennismaken",
        "Wat kan ik?",
        "Mijn talenten in het Nederlands",
        "Op bezoek in de wijk",
        "Wat wil ik leren?",
        "Afsluiting",
    ),
    "startklaar-vrijwilliger": ("Wat is vrijwilligerswerk?", "Plekken in de wijk", "Je eerste stap"),
}
PLACE_VISITS = {"de-wijk-werkt": (4, 8), "de-wijk-werkt-english": (4,)}


class ReferenceDataError(Exception):
    """The reference dataset cannot be built here (for instance: no teams with areas)."""


# --- helpers ----------------------------------------------------------------------------------------------


def workday(rng: random.Random, start: date, end: date) -> date:
    """A day from start to end inclusive, a weekday when one can be drawn."""
    day = between(rng, start, end)
    for _ in range(10):
        if day.weekday() < 5:
            return day
        day = between(rng, start, end)
    return day


def overlaps(start: date, end: date | None, period: Period) -> bool:
    return start <= period.end and (end is None or end >= period.start)


def active_over(added: date, removed: date | None, start: date, end: date | None) -> bool:
    """A place (added, removed) is active from `start` until `end` (None: still running at the cutoff)."""
    if added > start:
        return False
    return removed is None or (end is not None and end <= removed)


class ResidentPool:
    """Residents per team in order of registration, to pick one who was registered by a date."""

    def __init__(self, residents: list[Resident]):
        self.by_team: dict[int, list[Resident]] = defaultdict(list)
        for r in sorted(residents, key=lambda r: (r.registered_on, r.pk)):
            self.by_team[r.team_id].append(r)
        self.dates = {t: [r.registered_on for r in rs] for t, rs in self.by_team.items()}

    def pick(self, rng: random.Random, team_id: int, on: date, until: date | None = None, exclude=(), check=None):
        """A resident of the team registered by `on` whose file is still open after `until` (default: the
        cutoff), not in `exclude` and passing `check`; None when none is found quickly."""
        until = until or CUTOFF
        residents = self.by_team.get(team_id, [])
        hi = bisect_right(self.dates.get(team_id, []), on)
        for _ in range(40 if hi else 0):
            r = residents[rng.randrange(hi)]
            if r.pk in exclude or (r.closed_on is not None and r.closed_on <= until):
                continue
            if check is not None and not check(r):
                continue
            return r
        return None


# --- the builder ------------------------------------------------------------------------------------------


class ReferenceCity:
    """Builds the reference dataset. `build()` returns the number of rows written per kind of record."""

    def __init__(self, *, seed: int = 1, log: Callable[[str], None] | None = None):
        self.seed = seed
        self.log = log or (lambda message: None)
        self.counts: dict[str, int] = {}
        # On a database with residents (--force) every stream is salted with their number, so that a second
        # load is not a twin of the first and its UUIDs do not collide.
        existing = Resident.objects.count()
        self.salt = f":{existing}" if existing else ""
        self.uuids = self.rng("uuids")

    def rng(self, section: str) -> random.Random:
        return random.Random(f"bloei-reference:{self.seed}:{section}{self.salt}")

    def uuid(self):
        return demo_uuid(self.uuids)

    def write(self, model, rows: list, name: str) -> list:
        model.objects.bulk_create(rows, batch_size=BATCH)
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        return rows

    def build(self) -> dict[str, int]:
        started = time.monotonic()
        self._check_figures()
        with transaction.atomic():
            for step in (
                self._areas,
                self._staff,
                self._residents,
                self._talent_scans,
                self._places,
                self._matches,
                self._waiting_list,
                self._networks,
                self._activities,
                self._trainings,
                self._consents_and_caseloads,
            ):
                t0, c0 = time.monotonic(), time.process_time()
                step()
                wall, cpu = time.monotonic() - t0, time.process_time() - c0
                self.log(f"{step.__name__.strip('_'):<24} {wall:6.1f} s ({cpu:.1f} s CPU)")
        self.log(f"{'total':<24} {time.monotonic() - started:6.1f} s")
        return self.counts

    def _check_figures(self) -> None:
        """The figures must fit together the way the registrations do."""
        for year in YEARS:
            parts = sum(target(k, year) for k in ("kom_tot_bloei", "de_wijk_werkt", "other_trainings"))
            if parts != target("training_participants", year):
                raise ReferenceDataError(f"Training participants {year}: the parts do not add up to the total.")
            if sum(OTHER_PARTICIPANTS[year].values()) != target("other_trainings", year):
                raise ReferenceDataError(f"Other trainings {year}: OTHER_PARTICIPANTS does not add up.")
            kinds = sum(target(k, year) for k in ("matches_rr", "matches_rp", "matches_pp"))
            if kinds != target("matches", year):
                raise ReferenceDataError(f"Matches {year}: the kinds do not add up to the total.")
        # No network ends in 2023: every network of 2023 still runs in 2024, so 2024 = 2023 + new in 2024.
        if target("networks_total", 2024) != target("networks_total", 2023) + target("networks_new", 2024):
            raise ReferenceDataError("Networks: 2024 must be the networks of 2023 plus the new ones of 2024.")

    # -- areas and staff -------------------------------------------------------------------------------------

    def _teams(self) -> list[Team]:
        return list(Team.objects.filter(neighbourhoods__isnull=False).distinct().order_by("slug"))

    def _areas(self) -> None:
        from bloei.geo.services import load_areas

        if not self._teams() or not Buurt.objects.filter(neighbourhood__teams__isnull=False).exists():
            result = load_areas()
            self.log(f"areas loaded: {result.buurten} buurten, {result.teams} teams")
        self.teams = self._teams()
        team_by_wijk = {}
        for team in Team.objects.filter(pk__in=[t.pk for t in self.teams]).prefetch_related("neighbourhoods"):
            for wijk in team.neighbourhoods.all():
                team_by_wijk.setdefault(wijk.pk, team)
        self.teams = sorted({t.pk: t for t in team_by_wijk.values()}.values(), key=lambda t: t.slug)
        buurten = Buurt.objects.select_related("neighbourhood__district__municipality").order_by("code")
        self.buurten = [b for b in buurten if b.neighbourhood_id in team_by_wijk]
        if not self.buurten:
            raise ReferenceDataError("No teams with buurten: load the areas first (manage.py load_areas).")
        self.team_of_buurt = {b.pk: team_by_wijk[b.neighbourhood_id] for b in self.buurten}
        self.team_buurten: dict[int, list[Buurt]] = defaultdict(list)
        for b in self.buurten:
            self.team_buurten[self.team_of_buurt[b.pk].pk].append(b)
        self.team_wijken = {
            t.pk: sorted({b.neighbourhood for b in self.team_buurten[t.pk]}, key=lambda w: w.code) for t in self.teams
        }
        population = {t.pk: sum(b.population or 0 for b in self.team_buurten[t.pk]) or 1 for t in self.teams}
        self.team_choice = Weighted(self.teams, [population[t.pk] for t in self.teams])
        populated = [b for b in self.buurten if (b.population or 0) > 0] or self.buurten
        self.buurt_choice = Weighted(populated, [b.population or 1 for b in populated])
        self.team_buurt_choice = {}
        for t in self.teams:
            bs = [b for b in self.team_buurten[t.pk] if (b.population or 0) > 0] or self.team_buurten[t.pk]
            self.team_buurt_choice[t.pk] = Weighted(bs, [b.population or 1 for b in bs])
        self.team_population = population
        self.languages = {lang.code: lang for lang in Language.objects.order_by("code")}
        self.talents = list(Talent.objects.order_by("slug"))
        if not self.talents:
            raise ReferenceDataError("The talent taxonomy is empty: run the migrations first.")
        self.talent_by_slug = {t.slug: t for t in self.talents}
        self.streets = self._streets()

    def _streets(self) -> dict[int, list[tuple[str, str]]]:
        """A few invented streets per buurt (a theme per buurt), each with a postcode."""
        rng = self.rng("streets")
        themes = sorted(streets.THEMES)
        suffix = Weighted(streets.SUFFIXES, streets.SUFFIX_WEIGHTS)
        letters = [a + b for a in "ABCDEGHJKLMNPRSTVWXZ" for b in "ABCDEGHJKLMNPRSTVWXZ"]
        used: set[str] = set()
        out = {}
        wijk_codes = sorted({b.neighbourhood.code for b in self.buurten})
        for b in self.buurten:
            theme = next((t for word, t in streets.THEME_BY_NAME if word in b.name.lower()), rng.choice(themes))
            stems = list(streets.THEMES[theme])
            rng.shuffle(stems)
            chosen = []
            for stem in stems:
                name = stem + suffix.pick(rng)
                if name not in used:
                    used.add(name)
                    chosen.append(name)
                if len(chosen) >= 5:
                    break
            chosen = chosen or [f"{b.name}straat"]
            digits = 5611 + wijk_codes.index(b.neighbourhood.code) * 2
            out[b.pk] = [(s, f"{digits + rng.randint(0, 1)}{rng.choice(letters)}") for s in chosen]
        return out

    def _address(self, rng: random.Random, buurt: Buurt) -> tuple[str, str, str]:
        street, postcode = rng.choice(self.streets[buurt.pk])
        return street, str(rng.randint(1, 180)), postcode

    def _staff(self) -> None:
        """A team lead, connectors and generalists per team; an analyst and a municipality account.

        They get no usable password: set one with `manage.py changepassword ref-analist` to look around."""
        rng = self.rng("staff")
        unusable = make_password(None)
        connectors = apportion(30, [self.team_population[t.pk] for t in self.teams], 2)
        wanted: list[tuple[str, str, Team | None]] = [
            ("ref-analist", Role.ANALYST, None),
            ("ref-gemeente", Role.MUNICIPALITY, None),
        ]
        for team, n in zip(self.teams, connectors, strict=True):
            wanted.append((f"ref-teamleider-{team.slug}", Role.TEAM_LEAD, team))
            wanted += [(f"ref-verbinder-{team.slug}-{i}", Role.CONNECTOR, team) for i in range(1, n + 1)]
            wanted += [(f"ref-generalist-{team.slug}-{i}", Role.GENERALIST, team) for i in (1, 2)]
        existing = {u.username: u for u in User.objects.filter(username__in=[w[0] for w in wanted])}
        new_users, memberships = [], []
        for username, role, team in wanted:
            first, last = rng.choice(names.NL_FIRST + names.INTL_FIRST[:8]), rng.choice(names.NL_LAST)
            if username in existing:
                continue
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                password=unusable,
                email=f"{username}@bloei.example",
            )
            new_users.append(user)
            existing[username] = user
            memberships.append((user, role, team))
        self.write(User, new_users, "staff accounts")
        self.write(
            Membership,
            [
                Membership(user=u, team=t, role=role, started_on=date(2019, 9, 1) + timedelta(days=rng.randint(0, 200)))
                for u, role, t in memberships
            ],
            "memberships",
        )
        self.team_connectors = {
            t.pk: [existing[w[0]] for w in wanted if w[1] == Role.CONNECTOR and w[2] == t] for t in self.teams
        }
        self.team_generalists = {
            t.pk: [existing[w[0]] for w in wanted if w[1] == Role.GENERALIST and w[2] == t] for t in self.teams
        }

    # -- residents ---------------------------------------------------------------------------------------------

    def _residents(self) -> None:
        rng = self.rng("residents")
        first_language = Weighted.from_dict(
            {c: w for c, w in names.FIRST_LANGUAGE_WEIGHTS.items() if c in self.languages} or {"nl": 1}
        )
        residents: list[Resident] = []
        spoken_by: list[list[str]] = []
        for start, end, count in REGISTRATIONS:
            for _ in range(count):
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
                spoken_by.append([c for c in dict.fromkeys(spoken) if c in self.languages])
                firsts, lasts = names.NAME_POOLS.get(code, names.INTL_POOL)
                first, last = rng.choice(firsts), rng.choice(lasts)
                registered = workday(rng, start, end)
                low, high = AGE_BANDS.pick(rng)
                age = rng.randint(low, high)
                birth = registered - timedelta(days=age * 365 + rng.randint(0, 364))
                mobility = MOBILITY["old" if age >= 80 else "senior" if age >= 65 else "young"].pick(rng)
                closed = None
                if rng.random() < 0.05:
                    closed = registered + timedelta(days=rng.randint(90, 1000))
                    closed = closed if closed <= CUTOFF else None
                street, number, postcode = self._address(rng, buurt)
                handle = slugify(f"{first} {last}").replace("-", ".") or "inwoner"
                exact_birth = rng.random() < 0.9
                connectors = self.team_connectors[team.pk]
                residents.append(
                    Resident(
                        uuid=self.uuid(),
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
                        availability=sorted(
                            rng.sample(
                                [
                                    "mon_am",
                                    "tue_am",
                                    "tue_pm",
                                    "wed_am",
                                    "wed_pm",
                                    "thu_am",
                                    "thu_pm",
                                    "fri_am",
                                    "sat_am",
                                ],
                                rng.randint(2, 5),
                            )
                        ),
                        referral_source=REFERRALS.pick(rng),
                        is_key_figure=rng.random() < 0.015,
                        is_ambassador=rng.random() < 0.012,
                        registered_on=registered,
                        closed_on=closed,
                        created_by=rng.choice(connectors),
                    )
                )
        self.write(Resident, residents, "residents")
        self.residents = residents
        self.pool = ResidentPool(residents)
        self.spoken = {r.pk: codes for r, codes in zip(residents, spoken_by, strict=True)}
        self.write(
            Resident.languages.through,
            [
                Resident.languages.through(resident_id=r.pk, language_id=self.languages[c].pk)
                for r in residents
                for c in self.spoken[r.pk]
            ],
            "resident languages",
        )
        # Caseloads: most residents have a connector (who registered them), some a generalist.
        self.connector_of = {r.pk: r.created_by for r in residents}
        self.talents_of = {r.pk: rng.sample(self.talents, rng.randint(2, 4)) for r in residents}
        self.matching_consent = {r.pk for r in residents if rng.random() < 0.75}

    def staff_for(self, rng: random.Random, resident: Resident) -> User:
        return self.connector_of.get(resident.pk) or rng.choice(self.team_connectors[resident.team_id])

    def available(self, resident: Resident, start: date, end: date | None) -> bool:
        """Registered by `start`, file open after `end` (None: after the cutoff)."""
        until = end or CUTOFF
        return resident.registered_on <= start and (resident.closed_on is None or resident.closed_on > until)

    # -- talent scans ------------------------------------------------------------------------------------------

    def _talent_scans(self) -> None:
        """Exactly the planned number of scans per year: a first scan soon after registration for most
        residents, a second version a year or so later for some."""
        rng = self.rng("scans")
        per_year = dict(SCANS_OTHER_YEARS)
        for year in YEARS:
            per_year[year] = target("talent_scans", year)
        days: list[date] = []
        for year, count in per_year.items():
            start = max(date(year, 1, 1), HISTORY_START + timedelta(days=30))
            end = min(date(year, 12, 31), CUTOFF)
            days += [workday(rng, start, end) for _ in range(count)]
        days.sort()
        waiting = sorted(self.residents, key=lambda r: (r.registered_on, r.pk))
        pointer = 0
        unscanned: list[Resident] = []  # registered by the current day, no scan yet, in order of registration
        last_scan: dict[int, date] = {}
        versions: dict[int, int] = defaultdict(int)
        scanned: list[Resident] = []
        scans: list[TalentScan] = []
        scan_talents: list[tuple[TalentScan, list[Talent], list[Talent]]] = []
        for day in days:
            while pointer < len(waiting) and waiting[pointer].registered_on <= day:
                unscanned.append(waiting[pointer])
                pointer += 1
            resident = None
            if rng.random() < (0.16 if day.year >= 2023 else 0.1):
                resident = self._repeat_candidate(rng, scanned, last_scan, versions, day)
            if resident is None:
                resident = self._first_candidate(rng, unscanned, day)
            if resident is None:
                resident = self._repeat_candidate(rng, scanned, last_scan, versions, day, tries=500)
            if resident is None:
                raise ReferenceDataError(f"No resident to hold a talent scan on {day}.")
            if resident.pk not in last_scan:
                scanned.append(resident)
            last_scan[resident.pk] = day
            versions[resident.pk] += 1
            scan = self._scan(rng, resident, day, versions[resident.pk])
            scans.append(scan)
            core = self.talents_of[resident.pk]
            talents = rng.sample(core, min(len(core), rng.randint(1, 2)))
            interests = rng.sample(self.talents, rng.randint(0, 1))
            scan_talents.append((scan, talents, interests))
        self.write(TalentScan, scans, "talent scans")
        self.write(
            TalentScan.talents.through,
            [TalentScan.talents.through(talentscan_id=s.pk, talent_id=t.pk) for s, ts, _ in scan_talents for t in ts],
            "talent scan talents",
        )
        self.write(
            TalentScan.interests.through,
            [
                TalentScan.interests.through(talentscan_id=s.pk, talent_id=t.pk)
                for s, _, interests in scan_talents
                for t in interests
            ],
            "talent scan interests",
        )

    def _first_candidate(self, rng, unscanned: list[Resident], day: date) -> Resident | None:
        """Mostly someone registered recently (the scan follows the first conversations)."""
        for _ in range(12):
            if not unscanned:
                return None
            index = len(unscanned) - 1 - min(int(rng.expovariate(1 / 60)), len(unscanned) - 1)
            resident = unscanned.pop(index)
            if resident.closed_on is None or resident.closed_on > day:
                return resident
        return None

    def _repeat_candidate(self, rng, scanned, last_scan, versions, day, tries: int = 20) -> Resident | None:
        """Someone scanned half a year ago or longer, with fewer than three versions."""
        for _ in range(tries if scanned else 0):
            resident = rng.choice(scanned)
            if (
                versions[resident.pk] < 3
                and last_scan[resident.pk] <= day - timedelta(days=180)
                and (resident.closed_on is None or resident.closed_on > day)
            ):
                return resident
        return None

    def _scan(self, rng, resident: Resident, day: date, version: int) -> TalentScan:
        talent = rng.choice(self.talents_of[resident.pk])
        phrases = texts.TALENT_PHRASES.get(talent.slug)
        return TalentScan(
            resident=resident,
            version=version,
            conducted_on=day,
            conducted_by=self.staff_for(rng, resident),
            happy_with=rng.choice(texts.HAPPY_WITH),
            good_at=phrases[0] if phrases else talent.name_nl,
            wants_to_learn=(phrases[3] or "") if phrases and rng.random() < 0.6 else "",
            wants_to_do=f"Iets doen voor {rng.choice(texts.WANTS_TO_DO_FOR)}." if rng.random() < 0.7 else "",
            needs=rng.choice(texts.NEEDS),
            practical_limits=rng.choice(texts.PRACTICAL_LIMITS.get(resident.mobility, ("",))),
            notes=rng.choice(texts.SCAN_NOTES) if version == 1 else "Tweede gesprek, wensen zijn veranderd.",
        )

    # -- places ------------------------------------------------------------------------------------------------

    def _places(self) -> None:
        """Places active at the end of 2023 and of 2024 exactly as planned: added before, removed after."""
        rng = self.rng("places")
        in_2023, in_2024 = target("places", 2023), target("places", 2024)
        both = in_2023 - PLACES_REMOVED_IN_2024
        added_2024 = in_2024 - both
        if both < PLACES_REMOVED_2025 or added_2024 < 0:
            raise ReferenceDataError("Places: the figures leave no room for the planned additions and removals.")
        plan: list[tuple[date, date, date | None, date | None]] = []  # added from/to, removed from/to
        plan += [(date(2018, 6, 1), date(2023, 12, 15), None, None)] * (both - PLACES_REMOVED_2025)
        plan += [(date(2018, 6, 1), date(2023, 12, 15), date(2025, 1, 6), CUTOFF)] * PLACES_REMOVED_2025
        plan += [(date(2018, 6, 1), date(2023, 6, 30), date(2024, 1, 15), date(2024, 12, 15))] * PLACES_REMOVED_IN_2024
        plan += [(date(2024, 1, 8), date(2024, 12, 16), None, None)] * added_2024
        plan += [(date(2018, 6, 1), date(2022, 6, 30), date(2022, 9, 1), date(2023, 12, 15))] * PLACES_REMOVED_BEFORE
        plan += [(date(2025, 1, 6), CUTOFF - timedelta(days=7), None, None)] * PLACES_ADDED_2025
        kind_choice = Weighted.from_dict(texts.PLACE_KIND_WEIGHTS)
        used_names: set[str] = set()
        places: list[Place] = []
        for added_from, added_to, removed_from, removed_to in plan:
            kind = kind_choice.pick(rng)
            buurt = self.buurt_choice.pick(rng)
            name = rng.choice(texts.PLACE_NAMES[kind]).format(
                x=rng.choice(texts.FANCY),
                wijk=buurt.neighbourhood.name,
                buurt=buurt.name,
                last=rng.choice(names.NL_LAST).split()[-1],
                saint=rng.choice(texts.SAINTS),
            )
            if name in used_names:
                local = f"{name} ({buurt.name})"
                name = local if local not in used_names else f"{name} {len(places)}"
            used_names.add(name)
            added = workday(rng, added_from, added_to)
            removed = None
            if removed_from:
                removed = workday(rng, max(removed_from, added + timedelta(days=60)), removed_to)
            street, number, postcode = self._address(rng, buurt)
            slug = slugify(name)[:40].strip("-") or "plek"
            wheelchair = rng.random() < 0.65
            places.append(
                Place(
                    uuid=self.uuid(),
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
                    last_verified_on=between(rng, added, min(CUTOFF, removed or CUTOFF))
                    if rng.random() < 0.8
                    else None,
                )
            )
        self.write(Place, places, "development places")
        opening_kind = Weighted.from_dict(texts.OPENING_KIND_WEIGHTS)
        openings: list[Opening] = []
        opening_talents: list[tuple[Opening, tuple[str, ...]]] = []
        place_languages = []
        for place in places:
            place_languages.append(Place.languages.through(place_id=place.pk, language_id=self.languages["nl"].pk))
            if "en" in self.languages and rng.random() < 0.25:
                place_languages.append(Place.languages.through(place_id=place.pk, language_id=self.languages["en"].pk))
            fitting = [o for o in texts.OPENINGS if not o[3] or place.kind in o[3]]
            for _ in range(rng.choices([1, 2, 3], [35, 45, 20])[0]):
                wanted = opening_kind.pick(rng)
                kind, title, slugs, _kinds = rng.choice([o for o in fitting if o[0] == wanted] or fitting)
                end = min(place.removed_on or CUTOFF, CUTOFF)
                opened = between(rng, place.added_on, min(place.added_on + timedelta(days=90), end))
                closed = place.removed_on
                if closed is None and rng.random() < 0.12 and opened + timedelta(days=60) < CUTOFF:
                    closed = between(rng, opened + timedelta(days=60), CUTOFF)
                capacity = {"volunteer": (1, 6), "course": (6, 15), "meeting": (10, 30)}.get(kind, (1, 2))
                opening = Opening(
                    uuid=self.uuid(),
                    place=place,
                    title=title,
                    kind=kind,
                    description=f"{title} bij {place.name}.",
                    capacity=rng.randint(*capacity),
                    availability=sorted(rng.sample(["mon_am", "tue_pm", "wed_am", "thu_pm", "fri_am", "sat_am"], 2)),
                    opened_on=opened,
                    closed_on=closed,
                )
                openings.append(opening)
                opening_talents.append((opening, slugs))
        self.write(Place.languages.through, place_languages, "place languages")
        self.write(Opening, openings, "openings")
        self.write(
            Opening.talents.through,
            [
                Opening.talents.through(opening_id=o.pk, talent_id=self.talent_by_slug[s].pk)
                for o, slugs in opening_talents
                for s in slugs
                if s in self.talent_by_slug
            ],
            "opening talents",
        )
        self.places = places
        self.team_places: dict[int, list[Place]] = defaultdict(list)
        for p in places:
            self.team_places[self.team_of_buurt[p.buurt_id].pk].append(p)
        self.team_openings: dict[int, list[Opening]] = defaultdict(list)
        for o in openings:
            self.team_openings[self.team_of_buurt[o.place.buurt_id].pk].append(o)
        self.openings = openings

    def place_active(self, place: Place, start: date, end: date | None) -> bool:
        return active_over(place.added_on, place.removed_on, start, end)

    # -- matches -----------------------------------------------------------------------------------------------

    def _matches(self) -> None:
        """Exactly the planned number of matches started per year and kind, plus matches that never started
        and the pipeline at the cutoff. Each match has its history, follow-ups and linked sign-ups."""
        rng = self.rng("matches")
        plan = {year: dict(kinds) for year, kinds in MATCHES_OTHER_YEARS.items()}
        for year in YEARS:
            plan[year] = {
                MatchKind.RESIDENT_RESIDENT: target("matches_rr", year),
                MatchKind.RESIDENT_PLACE: target("matches_rp", year),
                MatchKind.PLACE_PLACE: target("matches_pp", year),
            }
        self.opening_slots: dict[int, list[tuple[date, date]]] = defaultdict(list)
        self.pairs: set = set()
        self.match_plans: list[dict] = []
        self.signups: list[SignUp] = []
        self.signup_talents: list[tuple[SignUp, Talent]] = []
        for year in sorted(plan):
            first = date(year, 1, 1)
            last = min(date(year, 12, 31), CUTOFF)
            for kind, count in plan[year].items():
                made = 0
                for _attempt in range(count * 30):
                    if made == count:
                        break
                    if self._started_match(rng, kind, workday(rng, first, last)):
                        made += 1
                if made < count:
                    raise ReferenceDataError(f"Could only plan {made} of {count} {kind} matches started in {year}.")
                never = round(count * NEVER_STARTED[kind] / (1 - NEVER_STARTED[kind]))
                for _ in range(never):
                    self._unstarted_match(rng, kind, workday(rng, first, min(last, CUTOFF - timedelta(days=35))))
        for team in self.teams:  # the pipeline at the cutoff: proposed and introduced, not started yet
            for status in (MatchStatus.PROPOSED, MatchStatus.INTRODUCED):
                proposed = CUTOFF - timedelta(days=rng.randint(1, 6) if status == MatchStatus.PROPOSED else 16)
                kind = rng.choice([MatchKind.RESIDENT_RESIDENT, MatchKind.RESIDENT_PLACE])
                self._pipeline_match(rng, kind, proposed, team, status)
        self._write_matches(rng)

    def _parties(self, rng, kind: str, proposed: date, end: date | None, team: Team | None = None):
        """Parties for a match running from `proposed` to `end` (None: running at the cutoff); None if none fit."""
        team = team or self.team_choice.pick(rng)
        far = (end or CUTOFF) + timedelta(days=1)
        if kind == MatchKind.RESIDENT_RESIDENT:
            a = self.pool.pick(rng, team.pk, proposed, end)
            b = a and self.pool.pick(rng, team.pk, proposed, end, exclude={a.pk})
            if not b or frozenset((a.pk, b.pk)) in self.pairs:
                return None
            self.pairs.add(frozenset((a.pk, b.pk)))
            return {"team": team, "resident_a": a, "resident_b": b}
        if kind == MatchKind.RESIDENT_PLACE:
            a = self.pool.pick(rng, team.pk, proposed, end)
            if a is None:
                return None
            local = self.team_openings.get(team.pk) or self.openings
            for _ in range(40):
                opening = rng.choice(local if rng.random() < 0.8 else self.openings)
                if opening.opened_on > proposed or (opening.closed_on and opening.closed_on <= proposed):
                    continue
                if not self.place_active(opening.place, proposed, end) or (a.pk, opening.pk) in self.pairs:
                    continue
                slots = self.opening_slots[opening.pk]
                if sum(1 for s, t in slots if s <= far and proposed <= t) >= opening.capacity:
                    continue
                slots.append((proposed, far))
                self.pairs.add((a.pk, opening.pk))
                return {"team": team, "resident_a": a, "opening": opening, "place_a": opening.place}
            return None
        local = self.team_places.get(team.pk) or self.places
        for _ in range(40):
            place_a = rng.choice(local)
            place_b = rng.choice(local if rng.random() < 0.5 else self.places)
            if place_a.pk == place_b.pk or frozenset((place_a.pk, place_b.pk)) in self.pairs:
                continue
            if self.place_active(place_a, proposed, end) and self.place_active(place_b, proposed, end):
                self.pairs.add(frozenset((place_a.pk, place_b.pk)))
                return {"team": self.team_of_buurt[place_a.buurt_id], "place_a": place_a, "place_b": place_b}
        return None

    def _started_match(self, rng, kind: str, started: date) -> bool:
        introduced = started - timedelta(days=rng.randint(0, 14)) if rng.random() < 0.8 else None
        proposed = (introduced or started) - timedelta(days=rng.randint(2, 21) if introduced else rng.randint(3, 28))
        r = rng.random()
        ended, reason = None, ""
        if r < 0.36:
            ended, reason = started + timedelta(days=rng.randint(7, 90)), SHORT_REASONS[kind].pick(rng)
        elif r < 0.85:
            ended, reason = started + timedelta(days=rng.randint(91, 760)), LONG_REASONS.pick(rng)
        if ended and ended > CUTOFF:
            ended, reason = None, ""
        parties = self._parties(rng, kind, proposed, ended)
        if parties is None:
            return False
        self._plan_match(rng, kind, parties, proposed, introduced, started, ended, str(reason))
        return True

    def _unstarted_match(self, rng, kind: str, proposed: date) -> None:
        introduced = proposed + timedelta(days=rng.randint(2, 14)) if rng.random() < 0.6 else None
        ended = (introduced or proposed) + timedelta(days=rng.randint(3, 20))
        parties = self._parties(rng, kind, proposed, ended)
        if parties:
            self._plan_match(rng, kind, parties, proposed, introduced, None, ended, str(EARLY_REASONS.pick(rng)))

    def _pipeline_match(self, rng, kind: str, proposed: date, team: Team, status: str) -> None:
        parties = self._parties(rng, kind, proposed, None, team=team)
        if parties:
            introduced = proposed + timedelta(days=7) if status == MatchStatus.INTRODUCED else None
            self._plan_match(rng, kind, parties, proposed, introduced, None, None, "")

    def _plan_match(self, rng, kind, parties, proposed, introduced, started, ended, reason) -> None:
        team = parties["team"]
        a = parties.get("resident_a")
        creator = self.connector_of.get(a.pk) if a else None
        if creator is None or creator not in self.team_connectors[team.pk]:
            creator = rng.choice(self.team_connectors[team.pk])
        staff = [creator]
        others = [c for c in self.team_connectors[team.pk] if c is not creator]
        if others and rng.random() < 0.15:
            staff.append(rng.choice(others))
        if kind == MatchKind.RESIDENT_RESIDENT:
            talent = rng.choice(self.talents_of[parties["resident_b"].pk])
            phrases = texts.TALENT_PHRASES.get(talent.slug)
            description = phrases[2] if phrases else talent.name_nl
        elif kind == MatchKind.RESIDENT_PLACE:
            talent = rng.choice(self.talents_of[a.pk])
            description = f"{parties['opening'].title} bij {parties['place_a'].name}."
        else:
            talent, description = None, rng.choice(texts.PLACE_PLACE_DESCRIPTIONS)
        request = offer = None
        if started is not None:  # activating a match takes its request and offer off the list (as the service does)
            if kind == MatchKind.RESIDENT_RESIDENT and rng.random() < 0.7:
                request = self._linked_signup(rng, a, SignUpKind.REQUEST, talent, proposed, started)
            if kind == MatchKind.RESIDENT_RESIDENT and rng.random() < 0.45:
                offer = self._linked_signup(rng, parties["resident_b"], SignUpKind.OFFER, talent, proposed, started)
            if kind == MatchKind.RESIDENT_PLACE and rng.random() < 0.2:
                offer = self._linked_signup(rng, a, SignUpKind.OFFER, talent, proposed, started)
        status = (
            MatchStatus.ENDED
            if ended
            else MatchStatus.ACTIVE
            if started
            else MatchStatus.INTRODUCED
            if introduced
            else MatchStatus.PROPOSED
        )
        match = Match(
            uuid=self.uuid(),
            kind=kind,
            team=team,
            resident_a=a,
            resident_b=parties.get("resident_b"),
            opening=parties.get("opening"),
            place_a=parties.get("place_a"),
            place_b=parties.get("place_b"),
            description=description,
            status=status,
            proposed_on=proposed,
            introduced_on=introduced,
            started_on=started,
            ended_on=ended,
            end_reason=reason,
            end_note=rng.choice(texts.END_NOTES.get(reason, ("",))) if ended else "",
            created_by=creator,
        )
        for resident in (a, parties.get("resident_b")):
            if resident is not None:
                self.matching_consent.add(resident.pk)
        self.match_plans.append({"match": match, "staff": staff, "request": request, "offer": offer})

    def _linked_signup(self, rng, resident, kind, talent, proposed, started) -> SignUp:
        opened = max(proposed - timedelta(days=rng.randint(7, 90)), resident.registered_on)
        return self._signup(rng, resident, kind, talent, opened, SignUpStatus.MATCHED, max(started, opened))

    def _signup(self, rng, resident, kind, talent, opened, status, closed) -> SignUp:
        talent = talent or rng.choice(self.talents_of[resident.pk])
        phrases = texts.TALENT_PHRASES.get(talent.slug)
        title = (phrases[1] if kind == SignUpKind.REQUEST else phrases[2]) if phrases else talent.name_nl
        signup = SignUp(
            uuid=self.uuid(),
            resident=resident,
            team_id=resident.team_id,
            kind=kind,
            title=title,
            description=rng.choice(texts.SIGNUP_NOTES),
            status=status,
            opened_on=opened,
            closed_on=closed,
            created_by=self.staff_for(rng, resident),
        )
        self.signups.append(signup)
        self.signup_talents.append((signup, talent))
        self.matching_consent.add(resident.pk)
        return signup

    def _write_matches(self, rng) -> None:
        # Offers linked to matches that started after a year end were waiting at that year end; keep them
        # well below the waiting-list figures, which the free offers then fill up exactly.
        for year in YEARS:
            room = target("offers_waiting", year) - 20
            waiting = [p for p in self.match_plans if p["offer"] and self._waits(p["offer"], date(year, 12, 31))]
            while len({p["offer"].resident_id for p in waiting}) > room:
                plan = waiting.pop()
                self.signups.remove(plan["offer"])
                self.signup_talents = [(s, t) for s, t in self.signup_talents if s is not plan["offer"]]
                plan["offer"] = None
        self.write(SignUp, self.signups, "sign-ups")
        self.write(
            SignUp.talents.through,
            [SignUp.talents.through(signup_id=s.pk, talent_id=t.pk) for s, t in self.signup_talents],
            "sign-up talents",
        )
        matches = []
        for plan in self.match_plans:
            match = plan["match"]
            match.request_id = plan["request"].pk if plan["request"] else None
            match.offer_id = plan["offer"].pk if plan["offer"] else None
            matches.append(match)
        self.write(Match, matches, "matches")
        connectors, changes, follow_ups = [], [], []
        for plan in self.match_plans:
            match, staff = plan["match"], plan["staff"]
            connectors += [Match.connectors.through(match_id=match.pk, user_id=u.pk) for u in staff]
            steps = [
                (MatchStatus.PROPOSED, match.proposed_on),
                (MatchStatus.INTRODUCED, match.introduced_on),
                (MatchStatus.ACTIVE, match.started_on),
                (MatchStatus.ENDED, match.ended_on),
            ]
            for status, on in steps:
                if on is not None:
                    note = match.end_note if status == MatchStatus.ENDED else ""
                    changes.append(
                        MatchStatusChange(match_id=match.pk, status=status, changed_on=on, by=staff[0], note=note)
                    )
            follow_ups += self._follow_ups(rng, match, staff[0])
        self.write(Match.connectors.through, connectors, "match connectors")
        self.write(MatchStatusChange, changes, "match status changes")
        self.write(FollowUp, follow_ups, "match follow-ups")
        self.matches = matches

    def _follow_ups(self, rng, match: Match, by: User) -> list[FollowUp]:
        """As the service plans them when a match starts; done ones have an outcome, and a match that ended
        soon after a follow-up was due was often ended at that follow-up."""
        if match.started_on is None:
            return []
        rows = []
        limit = min(CUTOFF, match.ended_on or CUTOFF)
        ended_at_follow_up = False
        for number, days in enumerate(sorted(settings.BLOEI_FOLLOW_UP_DAYS), start=1):
            due = match.started_on + timedelta(days=days)
            row = FollowUp(match_id=match.pk, sequence=number, due_on=due)
            if (
                match.ended_on
                and not ended_at_follow_up
                and due <= match.ended_on <= due + timedelta(days=14)
                and match.end_reason != "moved"
            ):
                row.done_on, row.outcome, row.done_by = match.ended_on, FollowUpOutcome.ENDED, by
                ended_at_follow_up = True
            elif due <= limit and rng.random() < 0.93:
                row.done_on = min(max(due + timedelta(days=rng.randint(-3, 10)), match.started_on), limit)
                row.outcome, row.done_by = FOLLOW_UP_OUTCOMES.pick(rng), by
                row.note = "Even gebeld, loopt goed." if row.outcome == "going_well" and rng.random() < 0.3 else ""
            rows.append(row)
        return rows

    @staticmethod
    def _waits(signup: SignUp, on: date) -> bool:
        return signup.opened_on <= on and (signup.closed_on is None or signup.closed_on > on)

    # -- the WIJ match waiting list --------------------------------------------------------------------------

    def _waiting_list(self) -> None:
        """Offers and requests not linked to a match: withdrawn ones over the years, and the offers that make
        the waiting list at the end of 2023 and of 2024 exactly the planned number of residents."""
        rng = self.rng("waiting")
        signups_before = len(self.signups)
        # Withdrawn within one year (never open at a year end), and requests waiting: no effect on offers_waiting.
        for _ in range(160):
            year = rng.choice([2021, 2022, 2023, 2024])
            opened = workday(rng, date(year, 1, 5), date(year, 10, 31))
            resident = self.pool.pick(rng, self.team_choice.pick(rng).pk, opened, date(year, 12, 31))
            if resident:
                closed = min(opened + timedelta(days=rng.randint(14, 60)), date(year, 12, 20))
                kind = rng.choice([SignUpKind.OFFER, SignUpKind.REQUEST])
                self._signup(rng, resident, kind, None, opened, SignUpStatus.WITHDRAWN, closed)
        for _ in range(45):
            opened = workday(rng, date(2024, 6, 1), CUTOFF - timedelta(days=3))
            resident = self.pool.pick(rng, self.team_choice.pick(rng).pk, opened)
            if resident:
                self._signup(rng, resident, SignUpKind.REQUEST, None, opened, SignUpStatus.OPEN, None)
        # Offers made in 2025: on the list at the cutoff, in neither year's figure.
        for _ in range(20):
            opened = workday(rng, date(2025, 1, 6), CUTOFF - timedelta(days=2))
            resident = self.pool.pick(rng, self.team_choice.pick(rng).pk, opened)
            if resident:
                self._signup(rng, resident, SignUpKind.OFFER, None, opened, SignUpStatus.OPEN, None)
        offers = [s for s in self.signups if s.kind == SignUpKind.OFFER]
        waiting = {y: {s.resident_id for s in offers if self._waits(s, date(y, 12, 31))} for y in YEARS}
        need = {y: target("offers_waiting", y) - len(waiting[y]) for y in YEARS}
        if min(need.values()) < 0:
            raise ReferenceDataError("The offers linked to matches already exceed the waiting list.")
        both = min(need.values()) * 2 // 5  # waiting since 2023 and still waiting at the end of 2024
        taken = waiting[2023] | waiting[2024]
        windows = (
            [(date(2023, 1, 9), date(2023, 12, 15), "both")] * both
            + [(date(2023, 3, 1), date(2023, 12, 15), "2023")] * (need[2023] - both)
            + [(date(2024, 1, 8), date(2024, 12, 20), "2024")] * (need[2024] - both)
        )
        second_offer = None
        for opened_from, opened_to, which in windows:
            for _attempt in range(200):
                opened = workday(rng, opened_from, opened_to)
                if which == "2023":  # withdrawn during 2024
                    status, closed = SignUpStatus.WITHDRAWN, workday(rng, date(2024, 1, 8), date(2024, 12, 16))
                elif rng.random() < 0.25:  # withdrawn early in 2025
                    status, closed = SignUpStatus.WITHDRAWN, workday(rng, date(2025, 1, 8), CUTOFF - timedelta(days=1))
                else:
                    status, closed = SignUpStatus.OPEN, None
                resident = self.pool.pick(rng, self.team_choice.pick(rng).pk, opened, closed, exclude=taken)
                if resident is not None and (closed is None or closed >= opened):
                    break
            else:
                raise ReferenceDataError("No resident found for an offer on the waiting list.")
            taken.add(resident.pk)
            self._signup(rng, resident, SignUpKind.OFFER, None, opened, status, closed)
            if which == "2024" and second_offer is None and status == SignUpStatus.OPEN:
                # One resident offers two things: on the list twice, counted once.
                second_offer = self._signup(
                    rng,
                    resident,
                    SignUpKind.OFFER,
                    None,
                    between(rng, opened, date(2024, 12, 27)),
                    SignUpStatus.OPEN,
                    None,
                )
        new = self.signups[signups_before:]
        self.write(SignUp, new, "sign-ups")
        new_ids = {id(s) for s in new}
        self.write(
            SignUp.talents.through,
            [
                SignUp.talents.through(signup_id=s.pk, talent_id=t.pk)
                for s, t in self.signup_talents
                if id(s) in new_ids
            ],
            "sign-up talents",
        )

    # -- networks ----------------------------------------------------------------------------------------------

    def _networks(self) -> None:
        """Networks and their members, planned per category so that the networks running, the new ones and
        the unique members come out exactly for 2023 and 2024."""
        rng = self.rng("networks")
        total_2023, new_2023 = target("networks_total", 2023), target("networks_new", 2023)
        new_2024 = target("networks_new", 2024)
        older = total_2023 - new_2023
        if older < NETWORKS_ENDING_2024 + NETWORKS_ENDING_2025:
            raise ReferenceDataError("Networks: too few networks older than 2023 for the planned endings.")
        plans: list[tuple[str, date, date, date | None, date | None]] = []  # group, start from/to, end from/to
        plans += [("gone", date(2019, 9, 1), date(2021, 6, 30), None, date(2022, 11, 30))] * NETWORKS_ENDED_BEFORE
        plans += [("old", date(2019, 9, 1), date(2022, 11, 30), None, None)] * (
            older - NETWORKS_ENDING_2024 - NETWORKS_ENDING_2025
        )
        plans += [("old", date(2019, 9, 1), date(2022, 11, 30), date(2024, 2, 5), date(2024, 11, 29))] * (
            NETWORKS_ENDING_2024
        )
        plans += [("old", date(2019, 9, 1), date(2022, 11, 30), date(2025, 1, 13), CUTOFF - timedelta(days=5))] * (
            NETWORKS_ENDING_2025
        )
        plans += [("new2023", date(2023, 1, 16), date(2023, 11, 30), None, None)] * new_2023
        plans += [("new2024", date(2024, 1, 15), date(2024, 11, 29), None, None)] * new_2024
        plans += [("new2025", date(2025, 1, 13), CUTOFF - timedelta(days=30), None, None)] * NETWORKS_2025
        networks: list[Network] = []
        self.network_group: dict[int, str] = {}
        self.network_theme: dict[int, tuple] = {}
        groups = []
        for group, start_from, start_to, end_from, end_to in plans:
            team = self.team_choice.pick(rng)
            buurt = self.team_buurt_choice[team.pk].pick(rng)
            theme = rng.choice(texts.NETWORKS)
            name = theme[0].format(flat=rng.choice(streets.FLAT_NAMES), buurt=buurt.name, wijk=buurt.neighbourhood.name)
            started = workday(rng, start_from, start_to)
            ended = None
            if group == "gone":
                ended = workday(rng, started + timedelta(days=240), end_to)
            elif end_from:
                ended = workday(rng, end_from, end_to)
            phase, since = NetworkPhase.FACILITATED, None
            steering = started + timedelta(days=rng.randint(240, 720))
            if rng.random() < 0.4 and steering <= min(ended or CUTOFF, CUTOFF):
                phase, since = NetworkPhase.SELF_STEERING, steering
            networks.append(
                Network(
                    uuid=self.uuid(),
                    team=team,
                    buurt=buurt,
                    name=name,
                    description=f"Bewoners uit de buurt die elkaar zien bij: {theme[2].lower()}.",
                    phase=phase,
                    self_steering_since=since,
                    started_on=started,
                    ended_on=ended,
                    created_by=rng.choice(self.team_connectors[team.pk]),
                )
            )
            groups.append((group, theme))
        self.write(Network, networks, "resident networks")
        for network, (group, theme) in zip(networks, groups, strict=True):
            self.network_group[network.pk] = group
            self.network_theme[network.pk] = theme
        self.networks = networks
        self._memberships(rng)

    def _memberships(self, rng) -> None:
        """Residents in one category each: members in both years (A), who left during 2023 (B), who joined
        in 2024 (C), of neither year (D). A+B and A+C are the unique participants of 2023 and 2024."""
        in_2023, in_2024 = target("network_participants", 2023), target("network_participants", 2024)
        quota = {
            "A": in_2023 - MEMBERS_LEFT_IN_2023,
            "B": MEMBERS_LEFT_IN_2023,
            "C": in_2024 - (in_2023 - MEMBERS_LEFT_IN_2023),
            "D": MEMBERS_NEITHER_YEAR,
        }
        if min(quota.values()) < 0:
            raise ReferenceDataError("Network participants: the figures leave no room for the planned leavers.")
        fits = {
            "A": {"old", "new2023"},
            "B": {"old", "new2023"},
            "C": {"old", "new2023", "new2024"},
            "D": {"gone", "old", "new2025"},
        }
        preference = {"gone": "D", "old": "AABCD", "new2023": "AABC", "new2024": "C", "new2025": "D"}
        self.members: dict[str, set[int]] = {c: set() for c in quota}
        self.memberships: list[NetworkMembership] = []
        used: set[int] = set()
        weight = {n.pk: rng.uniform(0.5, 2.0) for n in self.networks}
        # Every network gets a few members first, then the rest is spread by weight.
        for network in self.networks:
            for _ in range(3):
                for category in preference[self.network_group[network.pk]]:
                    if len(self.members[category]) < quota[category] and self._member(rng, category, network, used):
                        break
        for category, wanted in quota.items():
            eligible = [n for n in self.networks if self.network_group[n.pk] in fits[category]]
            choice = Weighted(eligible, [weight[n.pk] for n in eligible])
            for _attempt in range(wanted * 50):
                if len(self.members[category]) >= wanted:
                    break
                self._member(rng, category, choice.pick(rng), used)
            if len(self.members[category]) != wanted:
                found = len(self.members[category])
                raise ReferenceDataError(f"Network members: found {found} of {wanted} ({category}).")
        self._extra_memberships(rng)
        self.write(NetworkMembership, self.memberships, "network memberships")

    def _membership(self, network: Network, resident: Resident, joined: date, left: date | None):
        if network.ended_on is not None and (left is None or left > network.ended_on):
            left = network.ended_on  # everyone leaves when a network ends
        self.memberships.append(NetworkMembership(network=network, resident=resident, joined_on=joined, left_on=left))

    def _member(self, rng, category: str, network: Network, used: set[int]) -> bool:
        """Add one resident of `category` to `network`; False if the network or no resident fits."""
        start, end = network.started_on, network.ended_on
        group = self.network_group[network.pk]
        if category == "A":
            joined = between(rng, start, date(2023, 12, 15))
            left = None if end or rng.random() < 0.75 else workday(rng, date(2024, 2, 1), CUTOFF)
        elif category == "B":
            joined = between(rng, start, date(2023, 10, 31))
            left = between(rng, max(joined + timedelta(days=30), date(2023, 1, 16)), date(2023, 12, 22))
        elif category == "C":
            latest = min(end - timedelta(days=14) if end else date(2024, 12, 20), date(2024, 12, 20))
            joined = between(rng, max(start, date(2024, 1, 8)), latest)
            left = None if end or rng.random() < 0.85 else workday(rng, date(2025, 1, 6), CUTOFF)
        elif group == "new2025":
            joined, left = between(rng, start, CUTOFF), None
        else:
            last = min(end or date(2022, 12, 31), date(2022, 12, 31)) - timedelta(days=30)
            if last < start:
                return False
            joined = between(rng, start, last)
            left = between(rng, joined + timedelta(days=14), min(end or date(2022, 12, 31), date(2022, 12, 31)))
        if joined < start or (end and joined > end) or (left and left < joined):
            return False
        resident = self.pool.pick(rng, network.team_id, joined, left or end, exclude=used)
        if resident is None:
            return False
        used.add(resident.pk)
        self.members[category].add(resident.pk)
        self._membership(network, resident, joined, left)
        return True

    def _extra_memberships(self, rng) -> None:
        """Second memberships that change no one's category: a member of both years who also joins a
        network started in 2024, and a member of 2024 who had been in a network before 2023."""
        by_team: dict[int, dict[str, list[Network]]] = defaultdict(lambda: defaultdict(list))
        for n in self.networks:
            by_team[n.team_id][self.network_group[n.pk]].append(n)
        residents = {r.pk: r for r in self.residents}
        current = {m.resident_id: m for m in self.memberships}
        for pk in sorted(self.members["A"])[::9]:
            resident = residents[pk]
            candidates = [n for n in by_team[resident.team_id]["new2024"] if n.pk != current[pk].network_id]
            if candidates and resident.closed_on is None:
                network = rng.choice(candidates)
                self._membership(network, resident, between(rng, network.started_on, date(2024, 12, 20)), None)
        for pk in sorted(self.members["C"])[::10]:
            resident = residents[pk]
            candidates = [
                n
                for n in by_team[resident.team_id]["gone"] + by_team[resident.team_id]["old"]
                if n.started_on <= date(2022, 6, 30) and n.pk != current[pk].network_id
            ]
            if candidates and resident.registered_on <= date(2022, 6, 30):
                network = rng.choice(candidates)
                last = min(network.ended_on or date(2022, 12, 31), date(2022, 12, 31))
                first = max(network.started_on, resident.registered_on)
                if first > last - timedelta(days=20):
                    continue
                joined = between(rng, first, last - timedelta(days=20))
                self._membership(network, resident, joined, between(rng, joined + timedelta(days=14), last))

    # -- activities --------------------------------------------------------------------------------------------

    def _activities(self) -> None:
        """Network meetings and team activities; the facilitated ones that took place in 2023 and in 2024
        come out exactly: recurring ones running in both years, and ones in one year only."""
        rng = self.rng("activities")
        activities: list[Activity] = []
        members_of = defaultdict(list)
        for m in self.memberships:
            members_of[m.network_id].append(m.resident)
        for network in self.networks:  # a network's own recurring meeting
            if rng.random() >= 0.7:
                continue
            starts = network.started_on + timedelta(days=rng.randint(7, 40))
            ends = network.ended_on or date(2025, 12, 31)
            if starts > min(ends, CUTOFF):
                continue
            facilitated = network.phase == NetworkPhase.FACILITATED
            organiser = rng.choice(members_of[network.pk]) if members_of[network.pk] and not facilitated else None
            activities.append(
                self._activity(
                    rng,
                    team_id=network.team_id,
                    buurt=network.buurt,
                    title=self.network_theme[network.pk][2],
                    starts=starts,
                    ends=ends,
                    recurrence=rng.choice([Recurrence.WEEKLY, Recurrence.FORTNIGHTLY]),
                    facilitated=facilitated,
                    network=network,
                    organiser=organiser,
                )
            )
        y23, y24 = Period.year(2023), Period.year(2024)
        counted = [
            (overlaps(a.starts_on, a.ends_on, y23), overlaps(a.starts_on, a.ends_on, y24))
            for a in activities
            if a.is_facilitated
        ]
        both = max(ACTIVITIES_BOTH_YEARS, counted.count((True, True)))
        need = {
            "both": both - counted.count((True, True)),
            "2023": target("activities", 2023) - both - counted.count((True, False)),
            "2024": target("activities", 2024) - both - counted.count((False, True)),
        }
        if min(need.values()) < 0:
            raise ReferenceDataError("Activities: the networks' meetings already exceed the figures.")
        recurring = [t for t in texts.ACTIVITIES if t[1] != "once"]
        once = [t for t in texts.ACTIVITIES if t[1] == "once"]
        plan: list[tuple[str, bool]] = (
            [("both", True)] * need["both"]
            + [("2023", True)] * need["2023"]
            + [("2024", True)] * need["2024"]
            + [("2023", False)] * 18
            + [("2024", False)] * 22  # organised by residents on their own
            + [("2022", True)] * 60
            + [("2025", True)] * 30  # before and after the reference years
        )
        for which, facilitated in plan:
            team = self.team_choice.pick(rng)
            if which == "both":
                title, recurrence = rng.choice(recurring)
                starts = workday(rng, date(2022, 9, 5), date(2023, 11, 30))
                ends = workday(rng, date(2024, 1, 15), date(2025, 12, 19))
            elif which in ("2023", "2024") and rng.random() < 0.2:
                year = int(which)
                title, recurrence = rng.choice(recurring)
                if year == 2023:
                    starts = workday(rng, date(2022, 6, 6), date(2023, 9, 29))
                    ends = workday(rng, max(starts + timedelta(days=30), date(2023, 1, 16)), date(2023, 12, 20))
                else:
                    starts = workday(rng, date(2024, 1, 8), date(2024, 9, 27))
                    ends = workday(rng, starts + timedelta(days=30), date(2025, 6, 27))
            else:
                year = int(which)
                title, recurrence = rng.choice(once)
                last = min(date(year, 12, 20), CUTOFF)
                starts, ends = workday(rng, date(year, 1, 9), last), None
            organiser = None if facilitated else self.pool.pick(rng, team.pk, starts)
            activities.append(
                self._activity(
                    rng,
                    team_id=team.pk,
                    buurt=self.team_buurt_choice[team.pk].pick(rng),
                    title=title,
                    starts=starts,
                    ends=ends,
                    recurrence=recurrence,
                    facilitated=facilitated,
                    network=None,
                    organiser=organiser,
                )
            )
        self.write(Activity, activities, "activities")
        self.activities = activities

    def _activity(self, rng, *, team_id, buurt, title, starts, ends, recurrence, facilitated, network, organiser):
        places = [p for p in self.team_places.get(team_id, []) if self.place_active(p, starts, ends or starts)]
        place = rng.choice(places) if places and rng.random() < 0.4 else None
        return Activity(
            uuid=self.uuid(),
            team_id=team_id,
            buurt=buurt,
            title=title,
            description=rng.choice(texts.ACTIVITY_DESCRIPTIONS),
            starts_on=starts,
            ends_on=ends,
            recurrence=recurrence if ends else Recurrence.ONCE,
            place=place,
            network=network,
            organiser=organiser,
            is_facilitated=facilitated,
            participant_count=rng.randint(6, 40),
            created_by=rng.choice(self.team_connectors[team_id]),
        )

    # -- trainings ---------------------------------------------------------------------------------------------

    def _trainings(self) -> None:
        """Editions with meetings, participants, attendance and completion, through the trainings services;
        participants per training type and year exactly as in the evaluation."""
        rng = self.rng("trainings")
        types = {t.slug: t for t in TrainingType.objects.filter(slug__in=["kom-tot-bloei", "de-wijk-werkt"])}
        if len(types) != 2:
            raise ReferenceDataError("The training types are not loaded: run the migrations first.")
        for slug, values in OTHER_TRAININGS.items():
            defaults = dict(values)
            if slug.endswith("-english") and "en" in self.languages:
                defaults["language"] = self.languages["en"]
            types[slug], _created = TrainingType.objects.get_or_create(slug=slug, defaults=defaults)
        # Given in these years, so in use while the history is written (a second load finds them retired).
        TrainingType.objects.filter(slug__in=list(types)).update(is_active=True)
        types = {t.slug: t for t in TrainingType.objects.filter(slug__in=list(types))}
        editions: list[tuple[str, int, list[int], bool]] = []  # slug, year, group sizes, cancelled
        for year in YEARS:
            participants = {
                "kom-tot-bloei": target("kom_tot_bloei", year),
                "de-wijk-werkt": target("de_wijk_werkt", year),
                **OTHER_PARTICIPANTS[year],
            }
            for slug, count in participants.items():
                groups = max(1, round(count / GROUP_SIZE[slug]))
                editions.append((slug, year, apportion(count, [rng.uniform(0.8, 1.2) for _ in range(groups)]), False))
        editions.append(("kom-tot-bloei", 2024, [4], True))  # cancelled: its participants never count
        editions += [(slug, year, list(sizes), False) for slug, year, sizes in TRAININGS_OTHER_YEARS]
        self.trainees: dict[tuple[int, str], list[Resident]] = defaultdict(list)  # (team, slug) -> residents
        made = []
        for slug, year, sizes, cancelled in sorted(editions, key=lambda e: (e[1], e[0])):
            pw = PARTICIPATIEWET.get(year, {}).get(slug, round(sum(sizes) * 0.3)) if not cancelled else 1
            pw_flags = [True] * pw + [False] * (sum(sizes) - pw)
            rng.shuffle(pw_flags)
            for index, size in enumerate(sizes):
                start = self._edition_start(rng, slug, year, index, len(sizes), types[slug].default_meetings)
                flags, pw_flags = pw_flags[:size], pw_flags[size:]
                made.append(self._edition(rng, types[slug], start, flags, cancelled))
        TrainingType.objects.filter(slug__in=DISCONTINUED).update(is_active=False)
        self.counts["training editions"] = len(made)

    def _edition_start(self, rng, slug: str, year: int, index: int, count: int, meetings: int) -> date:
        if year == 2025:
            return date(2025, 1, 13)
        span = 330 // count
        first = date(year, 1, 15) + timedelta(days=index * span)
        day = first + timedelta(days=rng.randint(0, max(0, span - 30)))
        day -= timedelta(days=day.weekday()) - timedelta(days=rng.choice([0, 1, 2, 3]))  # Monday to Thursday
        latest = CUTOFF - timedelta(weeks=meetings + 2)
        return min(day, latest - timedelta(days=latest.weekday()))

    def _edition(self, rng, training_type: TrainingType, start: date, pw_flags: list[bool], cancelled: bool):
        slug = training_type.slug
        team = self.team_choice.pick(rng)
        trainers = rng.sample(self.team_connectors[team.pk], min(2, len(self.team_connectors[team.pk])))
        by = trainers[0]
        wijk = rng.choice(self.team_wijken[team.pk])
        season = "voorjaar" if start.month <= 5 else "zomer" if start.month <= 8 else "najaar"
        edition = trainings.create_edition(
            by=by,
            training_type=training_type,
            team=team,
            wijk=wijk,
            trainers=trainers,
            name=f"{training_type.name_nl} {wijk.name} {season} {start.year}",
            starts_on=start,
            location=f"Buurthuis in {wijk.name}",
            starts_at=dtime(19, 0) if slug == "de-wijk-werkt" else dtime(9, 30),
        )
        sessions = list(edition.sessions.order_by("number"))
        topics = TOPICS.get(slug, ())
        for session in sessions:
            session.topic = topics[(session.number - 1) % len(topics)] if topics else ""
        TrainingSession.objects.bulk_update(sessions, ["topic"])
        for session in sessions:
            if session.number in PLACE_VISITS.get(slug, ()):
                day_after = session.held_on + timedelta(days=1)
                places = [p for p in self.team_places[team.pk] if self.place_active(p, session.held_on, day_after)]
                if places:
                    trainings.update_session(session=session, by=by, kind="place_visit", place=rng.choice(places))
        edition.refresh_from_db()
        enrolments, taken = [], set()
        for pw in pw_flags:
            enrolled_on = start - timedelta(days=rng.randint(3, 35))
            resident = self._trainee(rng, team, slug, enrolled_on, edition, taken)
            taken.add(resident.pk)
            benefit = BenefitStatus.PARTICIPATIEWET if pw else BENEFIT_OTHERS.pick(rng)
            purpose = ""
            if benefit:
                purpose = BenefitPurpose.MUNICIPAL_REPORTING if pw or rng.random() < 0.7 else BenefitPurpose.GUIDANCE
            enrolled_on = max(enrolled_on, resident.registered_on)
            enrolments.append(
                Enrolment(
                    uuid=self.uuid(),
                    edition=edition,
                    resident=resident,
                    enrolled_on=enrolled_on,
                    benefit_status=benefit,
                    benefit_purpose=purpose,
                    benefit_recorded_on=enrolled_on if benefit else None,
                    benefit_recorded_by=by if benefit else None,
                    created_by=by,
                )
            )
            self.trainees[(team.pk, slug)].append(resident)
        self.write(Enrolment, enrolments, "training enrolments")
        if cancelled:
            trainings.cancel_edition(edition=edition, by=by, cancelled_on=start - timedelta(days=3))
            return edition
        self._attendance(rng, edition, sessions, enrolments, by)
        finished = min(edition.ends_on + timedelta(days=rng.randint(0, 7)), CUTOFF)
        trainings.finish_edition(edition=edition, by=by, finished_on=finished)
        self._after(rng, edition, by)
        return edition

    def _trainee(self, rng, team: Team, slug: str, on: date, edition: TrainingEdition, taken: set) -> Resident:
        if slug.startswith("de-wijk-werkt") and rng.random() < 0.25:  # Kom tot Bloei! first, then De Wijk Werkt!
            earlier = [
                r
                for r in self.trainees[(team.pk, "kom-tot-bloei")]
                if r.pk not in taken and self.available(r, on, edition.ends_on)
            ]
            if earlier:
                return rng.choice(earlier)
        check = None
        if slug.endswith("-english"):

            def check(r):
                return "nl" not in self.spoken[r.pk]
        elif slug == "taal-en-talent":

            def check(r):
                return self.spoken[r.pk][:1] != ["nl"]

        resident = self.pool.pick(rng, team.pk, on, edition.ends_on, exclude=taken, check=check) or self.pool.pick(
            rng, team.pk, on, edition.ends_on, exclude=taken
        )
        if resident is None:
            raise ReferenceDataError(f"No resident to take part in {edition.name}.")
        return resident

    def _attendance(self, rng, edition, sessions, enrolments, by) -> None:
        rows, stops = [], []
        for enrolment in enrolments:
            reliability = rng.choice([0.97, 0.92, 0.85, 0.65])
            stop_at = rng.randrange(2, len(sessions)) if len(sessions) > 2 and rng.random() < 0.1 else None
            for index, session in enumerate(sessions):
                if stop_at is not None and index >= stop_at:
                    break
                status = (
                    AttendanceStatus.PRESENT
                    if rng.random() < reliability
                    else rng.choice([AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT])
                )
                rows.append(Attendance(session=session, enrolment=enrolment, status=status, recorded_by=by))
            if stop_at is not None:
                stops.append((enrolment, sessions[stop_at].held_on))
        self.write(Attendance, rows, "training attendance")
        for enrolment, left_on in stops:
            reason = rng.choice([EnrolmentEnd.DROPPED_OUT, EnrolmentEnd.HEALTH, EnrolmentEnd.OTHER, EnrolmentEnd.WORK])
            trainings.stop_enrolment(enrolment=enrolment, by=by, reason=reason, left_on=left_on)

    def _after(self, rng, edition: TrainingEdition, by: User) -> None:
        """Evaluations, outcomes and the one-year follow-ups that were due by the cutoff."""
        completed = list(edition.enrolments.filter(completed=True))
        evaluations, outcomes = [], []
        for enrolment in completed:
            if rng.random() < 0.7:
                scores = {f: rng.choice([5, 5, 4, 4, 4, 3, 2]) for f in trainings.SCORE_FIELDS}
                evaluations.append(Evaluation(enrolment=enrolment, filled_on=edition.ends_on, recorded_by=by, **scores))
            if rng.random() < 0.5 and edition.ends_on + timedelta(days=30) < CUTOFF:
                kind = rng.choice(
                    [
                        OutcomeKind.VOLUNTEER_WORK,
                        OutcomeKind.VOLUNTEER_WORK,
                        OutcomeKind.EDUCATION,
                        OutcomeKind.PAID_WORK,
                        OutcomeKind.NONE_YET,
                    ]
                )
                outcomes.append(
                    Outcome(
                        enrolment=enrolment, kind=kind, recorded_by=by, started_on=between(rng, edition.ends_on, CUTOFF)
                    )
                )
        self.write(Evaluation, evaluations, "training evaluations")
        self.write(Outcome, outcomes, "training outcomes")
        due = list(TrainingFollowUp.objects.filter(enrolment__edition=edition, due_on__lte=CUTOFF))
        for follow_up in due:
            if rng.random() < 0.7:
                follow_up.done_on = min(follow_up.due_on + timedelta(days=rng.randint(0, 20)), CUTOFF)
                follow_up.done_by = by
                follow_up.reached = rng.random() < 0.85
                if follow_up.reached:
                    follow_up.current_activity = rng.choice([c.value for c in OutcomeKind])
                    follow_up.still_in_contact = rng.random() < 0.6
                    follow_up.score_wellbeing = rng.choice([5, 4, 4, 3, 3, 2])
        TrainingFollowUp.objects.bulk_update(
            due, ["done_on", "done_by", "reached", "current_activity", "still_in_contact", "score_wellbeing"]
        )

    # -- consents and caseloads ------------------------------------------------------------------------------

    def _consents_and_caseloads(self) -> None:
        """Every resident has a lawful basis for registration; everyone on the match list or in a match
        consented to sharing contact details; most have a connector, some a generalist."""
        rng = self.rng("consents")
        consents, assignments = [], []
        for r in self.residents:
            by = r.created_by
            consents.append(
                Consent(
                    resident_id=r.pk,
                    purpose=ConsentPurpose.REGISTRATION,
                    given_on=r.registered_on,
                    recorded_by=by,
                    lawful_basis=LawfulBasis.PUBLIC_TASK if rng.random() < 0.55 else LawfulBasis.CONSENT,
                )
            )
            if r.pk in self.matching_consent:
                consents.append(
                    Consent(resident_id=r.pk, purpose=ConsentPurpose.MATCHING, given_on=r.registered_on, recorded_by=by)
                )
            if rng.random() < 0.3:
                consents.append(
                    Consent(resident_id=r.pk, purpose=ConsentPurpose.RESEARCH, given_on=r.registered_on, recorded_by=by)
                )
            if rng.random() < 0.85:
                assignments.append(
                    Assignment(
                        resident_id=r.pk,
                        user=by,
                        role=AssignmentRole.CONNECTOR,
                        started_on=r.registered_on,
                        ended_on=r.closed_on,
                    )
                )
            if r.referral_source == ReferralSource.GENERALIST or rng.random() < 0.1:
                assignments.append(
                    Assignment(
                        resident_id=r.pk,
                        user=rng.choice(self.team_generalists[r.team_id]),
                        role=AssignmentRole.GENERALIST,
                        started_on=r.registered_on,
                        ended_on=r.closed_on,
                    )
                )
        self.write(Consent, consents, "consents")
        self.write(Assignment, assignments, "assignments")


def build_reference_city(
    *, seed: int = 1, log: Callable[[str], None] | None = None, rebuild_index: bool = True
) -> dict[str, int]:
    """Build the reference dataset in one transaction; returns the number of rows per kind of record.

    Most rows are bulk-created (no signals), so the figures' data version is raised and the suggestions'
    candidate index is rebuilt at the end (`rebuild_index=False` leaves that out: the figures do not
    depend on it).
    """
    from .cache import bump

    counts = ReferenceCity(seed=seed, log=log).build()
    if rebuild_index:
        from bloei.matching.suggestions import rebuild_candidates

        started = time.monotonic()
        counts["candidate index rows"] = rebuild_candidates()
        if log:
            log(f"{'candidate index':<24} {time.monotonic() - started:6.1f} s")
    bump()
    return counts
