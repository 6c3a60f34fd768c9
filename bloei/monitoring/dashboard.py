"""The shared dashboard: every indicator of a framework for a period and an area, beside the previous
period and the KPI; for one indicator its trend and its figures per wijk.

Roles that may see only aggregates with disclosure control (the municipality) get protected figures:
exact for the whole city, suppressed and rounded below it (bloei.monitoring.disclosure).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from bloei.accounts.choices import Role

from . import disclosure
from .areas import CITY, WIJK, Area
from .measures import Measure, Period
from .models import Framework, Indicator


def needs_disclosure_control(user) -> bool:
    """Aggregates only, small counts protected: the municipality (and anyone with that role only)."""
    others = [role for role in Role.values if role != Role.MUNICIPALITY]
    return user.has_role(Role.MUNICIPALITY) and not user.has_role(*others)


@dataclass
class Figure:
    """One published number: the true value never leaves this object when `protected`."""

    value: int | None
    suppressed: bool = False
    rounded: bool = False

    @classmethod
    def of(cls, value: int | None, *, protect: bool) -> "Figure":
        if value is None or not protect:
            return cls(value)
        return cls.from_cell(disclosure.protect_value(value))

    @classmethod
    def from_cell(cls, cell: disclosure.Cell) -> "Figure":
        return cls(cell.shown, suppressed=cell.suppressed, rounded=not cell.exact)

    @classmethod
    def column(cls, values: dict, *, protect: bool) -> dict:
        """Figures for one table column of counts whose total is known (protected as a whole)."""
        if not protect:
            return {key: cls(value) for key, value in values.items()}
        return {key: cls.from_cell(cell) for key, cell in disclosure.protect_table(values).items()}


@dataclass
class IndicatorRow:
    indicator: Indicator
    current: Figure | None = None
    previous: Figure | None = None
    target: int | None = None

    @property
    def measure(self) -> Measure | None:
        return self.indicator.get_measure()

    @property
    def change(self) -> int | None:
        if not self.current or not self.previous or self.current.value is None or self.previous.value is None:
            return None
        return self.current.value - self.previous.value

    @property
    def target_share(self) -> int | None:
        if self.target and self.current and self.current.value is not None:
            return round(100 * self.current.value / self.target)
        return None


@dataclass
class SubGoalBlock:
    sub_goal: object
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass
class GoalBlock:
    goal: object
    sub_goals: list[SubGoalBlock] = field(default_factory=list)


def period_target_year(period: Period) -> int | None:
    """KPIs are yearly: they apply when the period is one whole calendar year."""
    if period.start == date(period.start.year, 1, 1) and period.end == date(period.start.year, 12, 31):
        return period.start.year
    return None


def indicator_blocks(framework: Framework, period: Period, area: Area, *, protect: bool) -> list[GoalBlock]:
    previous = period.previous()
    protect_area = protect and area.level != CITY
    year = period_target_year(period)
    blocks = []
    computed: dict[tuple, int | None] = {}  # an indicator that appears twice is counted once

    def value(measure, when, parameter):
        key = (measure.code, parameter, when)
        if key not in computed:
            computed[key] = measure.value(when, area, parameter)
        return computed[key]

    goals = framework.goals.prefetch_related("sub_goals__indicators__targets")
    for goal in goals:
        goal_block = GoalBlock(goal)
        for sub_goal in goal.sub_goals.all():
            sub_block = SubGoalBlock(sub_goal)
            for indicator in sub_goal.indicators.all():
                measure = indicator.get_measure()
                row = IndicatorRow(indicator)
                if measure is not None:
                    row.current = Figure.of(value(measure, period, indicator.parameter), protect=protect_area)
                    row.previous = Figure.of(value(measure, previous, indicator.parameter), protect=protect_area)
                    if year is not None and area.level == CITY:
                        row.target = next((t.value for t in indicator.targets.all() if t.year == year), None)
                sub_block.rows.append(row)
            goal_block.sub_goals.append(sub_block)
        blocks.append(goal_block)
    return blocks


def _months(period: Period) -> list[Period]:
    months, start = [], date(period.start.year, period.start.month, 1)
    while start <= period.end:
        following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        months.append(Period(max(start, period.start), min(following - timedelta(days=1), period.end)))
        start = following
    return months


@dataclass
class TrendPoint:
    label: date
    current: Figure
    previous: Figure | None


def _whole_months(periods: list[Period]) -> bool:
    """Each period runs from the first to the last day of one calendar month."""
    return all(
        p.start.day == 1 and (p.end + timedelta(days=1)).day == 1 and p.start.month == p.end.month for p in periods
    )


def trend(indicator: Indicator, period: Period, area: Area, *, protect: bool) -> list[TrendPoint]:
    """Per month of the period (at most 24): the figure, beside the same month of the previous period.

    A measure counted by a date needs one query for all months (when the months are whole calendar months);
    an "as of" measure one per month.
    """
    measure = indicator.get_measure()
    months = _months(period)[-24:]
    protect_area = protect and area.level != CITY
    shift = period.start - period.previous().start
    earlier = [Period(month.start - shift, month.end - shift) for month in months]
    if measure.date_field and _whole_months(months + earlier):
        counts = measure.by_month(Period(earlier[0].start, months[-1].end), area, indicator.parameter)

        def count(month):
            return counts.get(month.start, 0)
    else:

        def count(month):
            return measure.value(month, area, indicator.parameter)

    return [
        TrendPoint(
            month.start,
            Figure.of(count(month), protect=protect_area),
            Figure.of(count(before), protect=protect_area),
        )
        for month, before in zip(months, earlier, strict=True)
    ]


@dataclass
class AreaBar:
    area_id: int | None
    name: str
    current: Figure
    previous: Figure


def per_wijk(indicator: Indicator, period: Period, area: Area, *, protect: bool) -> list[AreaBar]:
    """The figure per wijk within `area` (like Figure 4 of the evaluation), this period and the previous."""
    from bloei.geo.models import Neighbourhood

    measure = indicator.get_measure()
    if measure is None or not measure.supports(WIJK):
        return []
    wijken = Neighbourhood.objects.defer("geometry").order_by("name")
    if area.level == "district":
        wijken = wijken.filter(district_id=area.pk)
    elif area.level == "team":
        wijken = wijken.filter(teams=area.pk)
    elif area.level == "wijk":
        wijken = wijken.filter(pk=area.pk)
    elif area.level == "buurt":
        wijken = wijken.filter(buurten=area.pk)
    wijken = list(wijken)
    now = measure.by_area(period, WIJK, area, indicator.parameter)
    before = measure.by_area(period.previous(), WIJK, area, indicator.parameter)
    now_values = {w.pk: now.get(w.pk, 0) for w in wijken}
    before_values = {w.pk: before.get(w.pk, 0) for w in wijken}
    now_figures = Figure.column(now_values, protect=protect)
    before_figures = Figure.column(before_values, protect=protect)
    return [AreaBar(w.pk, w.name, now_figures[w.pk], before_figures[w.pk]) for w in wijken]


def compute(framework: Framework, period: Period, area: Area, selected: Indicator | None, *, protect: bool) -> dict:
    """Everything the dashboard shows, cached per data version (bloei.monitoring.cache): recomputed as
    soon as any registration changed."""
    from .cache import cached

    def build():
        figures = {"blocks": indicator_blocks(framework, period, area, protect=protect)}
        if selected is not None:
            figures["trend"] = trend(selected, period, area, protect=protect)
            figures["wijk_bars"] = per_wijk(selected, period, area, protect=protect)
        return figures

    key = ("dashboard", framework.pk, period, area, selected.pk if selected else None, protect)
    return cached(key, build)
