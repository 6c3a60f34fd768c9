"""The demo city: three years of neighbourhood work on the real Eindhoven buurten.

Deterministic: the same seed, scale and "today" give the same records (names, dates, UUIDs).
Every section draws from its own random stream, so changing one section leaves the others alone.
Rows are written with bulk_create in batches; the database constraints still apply.

Figures follow the 2025 evaluation of Buurt in Bloei (seeds/003, DOMAIN.md): about 1,000 matches
a year split resident–resident / resident–place / place–place as 392 / 458 / 98 in 2024, ~2,400
talent scans, ~500 development places, ~60 resident networks, ~145 activities a year, a
waiting list of ~82 open sign-ups and ~120 training participants a year (Kom tot Bloei! 34,
De Wijk Werkt! 76, other 9 in 2024). Then outreach rounds, neighbourhood plans, referrals and
signals, and the connectors' time.
"""

import random
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from django.db import transaction
from django.utils import timezone

from bloei.accounts.models import Team
from bloei.core.models import Language
from bloei.geo.models import Buurt
from bloei.people.models import Talent

from .constants import (  # noqa: F401 (the public names of the demo)
    BASE,
    DEMO_PASSWORD,
    LOGIN_TEAM_SLUG,
    LOGIN_USERNAMES,
    MATCHES_PER_YEAR,
    REFERENCE_MODELS,
)
from .data import streets
from .lifecycle import Weighted
from .sections.common import DemoError
from .sections.community import CommunityMixin
from .sections.matching import MatchingMixin
from .sections.outreach import OutreachMixin
from .sections.people import PeopleMixin
from .sections.places import PlacesMixin
from .sections.plans import PlansMixin
from .sections.referrals import ReferralsMixin
from .sections.staff import StaffMixin
from .sections.trainings import TrainingsMixin
from .sections.workload import WorkloadMixin


class DemoCity(
    StaffMixin,
    PlacesMixin,
    PeopleMixin,
    CommunityMixin,
    MatchingMixin,
    TrainingsMixin,
    OutreachMixin,
    PlansMixin,
    ReferralsMixin,
    WorkloadMixin,
):
    """Builds the demo city. `build()` returns the number of rows written per kind of record."""

    def __init__(
        self,
        *,
        seed: int = 1,
        scale: float = 1.0,
        today: date | None = None,
        years: int = 3,
        log: Callable[[str], None] | None = None,
    ):
        if scale <= 0:
            raise DemoError("The scale must be more than 0.")
        if not 3 <= years <= 15:
            raise DemoError("The history runs 3 to 15 years.")
        self.seed, self.scale = seed, scale
        self.today = today or timezone.localdate()
        self.years = list(range(self.today.year - years + 1, self.today.year + 1))
        self.start = date(self.years[0], 1, 1)
        self.year_fraction = ((self.today - date(self.today.year, 1, 1)).days + 1) / 365
        self.log = log or (lambda message: None)
        self.counts: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------------

    def rng(self, section: str) -> random.Random:
        return random.Random(f"bloei-demo:{self.seed}:{section}")

    def n(self, base: float) -> int:
        return max(0, round(base * self.scale))

    def year_span(self, year: int) -> tuple[date, date]:
        return date(year, 1, 1), min(date(year, 12, 31), self.today)

    def slot(self, index: int) -> int:
        """Which of the three yearly figures (two years ago, last year, this year) applies to year `index`:
        a longer history repeats the oldest figures for its earlier years."""
        return max(0, 2 - (len(self.years) - 1 - index))

    def year_quota(self, index: int, base: float) -> int:
        """A yearly figure; the current year counts pro rata up to today."""
        return self.n(base * (self.year_fraction if index == len(self.years) - 1 else 1))

    # -- build -----------------------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        started = time.monotonic()
        with transaction.atomic():
            for step in (
                self._reference,
                self._users,
                self._places,
                self._residents,
                self._talent_scans,
                self._networks,
                self._activities,
                self._matches,
                self._ripples,
                self._contacts,
                self._trainings,
                self._outreach,
                self._plans,
                self._collaboration,
                self._workload,
                self._targets,
            ):
                t0 = time.monotonic()
                step()
                self.log(f"{step.__name__.strip('_'):<14} {time.monotonic() - t0:6.1f} s")
        self.log(f"{'total':<14} {time.monotonic() - started:6.1f} s")
        return self.counts

    def _targets(self) -> None:
        """KPIs for the demo's years: the targets agreed for 2024 (in the default framework), repeated for
        every year of the history that has none, so the dashboard has a target to compare with."""
        from bloei.monitoring.models import Target

        agreed = list(Target.objects.filter(year=2024, indicator__sub_goal__goal__framework__is_default=True))
        have = set(Target.objects.values_list("indicator_id", "year"))
        new = [
            Target(indicator_id=t.indicator_id, year=year, value=t.value, note="demo")
            for year in self.years
            for t in agreed
            if (t.indicator_id, year) not in have
        ]
        Target.objects.bulk_create(new)
        self.counts["targets (KPIs)"] = len(new)

    def _reference(self) -> None:
        self.teams = list(Team.objects.order_by("slug").prefetch_related("neighbourhoods"))
        team_by_wijk = {nb.pk: t for t in self.teams for nb in t.neighbourhoods.all()}
        buurten = Buurt.objects.select_related("neighbourhood__district__municipality").order_by("code")
        self.buurten = [b for b in buurten if b.neighbourhood_id in team_by_wijk]
        if not self.teams or not self.buurten:
            raise DemoError("No teams with buurten: load the areas first (manage.py load_areas).")
        self.team_of_buurt = {b.pk: team_by_wijk[b.neighbourhood_id] for b in self.buurten}
        self.team_buurten: dict[int, list[Buurt]] = defaultdict(list)
        for b in self.buurten:
            self.team_buurten[self.team_of_buurt[b.pk].pk].append(b)
        self.team_population = {t.pk: sum(b.population or 0 for b in self.team_buurten[t.pk]) or 1 for t in self.teams}
        self.team_choice = Weighted(self.teams, [self.team_population[t.pk] for t in self.teams])
        populated = [b for b in self.buurten if (b.population or 0) > 0] or self.buurten
        self.buurt_choice = Weighted(populated, [b.population or 1 for b in populated])
        self.team_buurt_choice = {}
        for t in self.teams:
            bs = [b for b in self.team_buurten[t.pk] if (b.population or 0) > 0] or self.team_buurten[t.pk]
            if bs:
                self.team_buurt_choice[t.pk] = Weighted(bs, [b.population or 1 for b in bs])
        self.languages = {lang.code: lang for lang in Language.objects.order_by("code")}
        self.talents = list(Talent.objects.order_by("slug"))
        self.talent_by_slug = {t.slug: t for t in self.talents}
        if not self.talents:
            raise DemoError("The talent taxonomy is empty: run the migrations first.")
        self._streets()

    def _streets(self) -> None:
        """A few streets per buurt, from a theme, each with its own postcode (56xx AB); no street in two buurten."""
        rng = self.rng("streets")
        used: set[str] = set()
        theme_names = sorted(streets.THEMES)
        suffix = Weighted(streets.SUFFIXES, streets.SUFFIX_WEIGHTS)
        self.buurt_streets: dict[int, list[tuple[str, str]]] = {}
        wijk_codes = sorted({b.neighbourhood.code for b in self.buurten})
        letters = [
            a + b for a in "ABCDEGHJKLMNPRSTVWXZ" for b in "ABCDEGHJKLMNPRSTVWXZ" if a + b not in ("SA", "SD", "SS")
        ]
        for b in self.buurten:
            theme = next((t for word, t in streets.THEME_BY_NAME if word in b.name.lower()), None)
            stems = list(streets.THEMES[theme or rng.choice(theme_names)])
            rng.shuffle(stems)
            wanted = rng.randint(4, 8)
            chosen: list[str] = []
            for stem in stems + [b.name]:
                for _ in range(4):
                    street = stem + suffix.pick(rng)
                    if street not in used:
                        used.add(street)
                        chosen.append(street)
                        break
                if len(chosen) >= wanted:
                    break
            if not chosen:  # every candidate taken: a name of its own
                chosen.append(f"{b.name}straat {b.code[-3:]}")
                used.add(chosen[0])
            digits = 5611 + wijk_codes.index(b.neighbourhood.code) * 2 + rng.randint(0, 1)
            self.buurt_streets[b.pk] = [(street, f"{digits}{rng.choice(letters)}") for street in chosen]

    def _address(self, rng: random.Random, buurt: Buurt) -> tuple[str, str, str]:
        street, postcode = rng.choice(self.buurt_streets[buurt.pk])
        number = str(rng.randint(1, 180))
        if rng.random() < 0.1:
            number += rng.choice("abc")
        return street, number, postcode


def build_demo_city(
    *,
    seed: int = 1,
    scale: float = 1.0,
    today: date | None = None,
    years: int = 3,
    log: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Generate the demo city in one transaction; returns the number of rows per kind of record.

    The rows are bulk-created (no signals), so the suggestions' candidate index is rebuilt at the end
    and the figures' data version is raised (cached figures are computed afresh).
    """
    from bloei.matching.suggestions import rebuild_candidates
    from bloei.monitoring.cache import bump

    counts = DemoCity(seed=seed, scale=scale, today=today, years=years, log=log).build()
    counts["candidate index rows"] = rebuild_candidates()
    bump()
    return counts
