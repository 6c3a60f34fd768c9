"""Hand-built data for the need-and-effort tests: matches, activities, connector hours and area figures."""

from datetime import date, timedelta
from decimal import Decimal

from bloei.accounts.models import Team
from bloei.community.tests.factories import ActivityFactory
from bloei.geo.models import AreaFigure, Buurt
from bloei.matching.tests.factories import MatchFactory
from bloei.people.tests.factories import ResidentFactory
from bloei.workload.tests.factories import TimeRecordFactory


def matches_in(buurt_code: str, n: int, started_on: date) -> None:
    """n active matches of two residents of the buurt, started on the day."""
    buurt = Buurt.objects.get(code=buurt_code)
    a, b = ResidentFactory(buurt=buurt), ResidentFactory(buurt=buurt)
    for _ in range(n):
        MatchFactory(
            status="active", started_on=started_on, proposed_on=started_on - timedelta(days=5), resident_a=a,
            resident_b=b,
        )


def activities_in(buurt_code: str, n: int, on: date, *, facilitated: bool = True) -> None:
    buurt = Buurt.objects.get(code=buurt_code)
    team = Team.objects.filter(neighbourhoods=buurt.neighbourhood).first()
    for _ in range(n):
        ActivityFactory(buurt=buurt, team=team, starts_on=on, is_facilitated=facilitated)


def hours(user, team_slug: str, monday: date, in_neighbourhood: str) -> None:
    TimeRecordFactory(user=user, team=Team.objects.get(slug=team_slug), week=monday,
                      neighbourhood=Decimal(in_neighbourhood))


def figure(buurt_code: str, year: int, code: str, value, *, unit: str = "percent", label: str = "") -> AreaFigure:
    return AreaFigure.objects.create(
        buurt=Buurt.objects.get(code=buurt_code), year=year, code=code, label_nl=label or f"{code} (nl)",
        label_en=f"{code} (en)", value=None if value is None else Decimal(str(value)), unit=unit, source="Test",
    )
