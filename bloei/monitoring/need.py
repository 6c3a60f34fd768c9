"""Need against effort per buurt: neighbourhood figures beside the teams' effort, per 1,000 inhabitants.

For one calendar year and every buurt (of a district or wijk, or the whole city):

* need: the population (Buurt.population, loaded with the areas) and the imported area figures
  (bloei.geo.AreaFigure, e.g. the share with a limited social network): per figure the year asked for,
  or else its most recent earlier year, named in the column heading;
* effort: matches started and facilitated activities (the measures `matches_started` and
  `activities_facilitated`, counted per buurt), and connectors' hours "in the neighbourhood"
  (bloei.workload.TimeRecord, the weeks whose Monday falls in the year).

Connector hours are recorded per team, not per buurt. A team's hours are spread over the buurten of the
wijken it covers in proportion to their population (a buurt without a population gets none; when no buurt
of the team has a population, the hours are spread evenly). So hours per 1,000 inhabitants are the same
for every buurt of one team: they show how much time a team has for its population, not which buurt got it.

Everything runs in a fixed number of queries (at most seven), whatever the data.

The municipality (dashboard.needs_disclosure_control) gets the counts protected over the column of all
buurten of the city, as on the dashboard: small counts hidden, others rounded. A rate per 1,000 is then
computed from the count as shown, and only where that count is shown and the buurt has at least
BLOEI_DISCLOSURE_MIN_BASE inhabitants. Hours, population and imported figures are not about persons
and are shown to everyone.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max, Q, Sum
from django.utils.translation import gettext_lazy as _

from . import disclosure, measures
from .areas import BUURT, CITY, CITY_AREA, DISTRICT, WIJK, Area
from .dashboard import Figure
from .measures import Period

MATCHES, ACTIVITIES = "matches_started", "activities_facilitated"
PER = 1000
ZERO = Decimal(0)


@dataclass(frozen=True)
class Column:
    """A column of the table that can be sorted on, and (`mappable`) drawn on the map."""

    key: str
    label: object
    kind: str  # "text", "population", "count", "rate", "hours", "figure"
    mappable: bool = False
    unit: str = ""  # imported figures: "count" or "percent"
    year: int | None = None  # imported figures: the year of the figures shown
    source: str = ""


@dataclass
class BuurtRow:
    pk: int
    code: str
    name: str
    wijk: str
    wijk_id: int
    district_id: int
    population: int | None
    geometry: dict | None
    matches: Figure
    activities: Figure
    hours: Decimal
    figures: dict[str, Decimal | None] = field(default_factory=dict)
    matches_rate: float | None = None
    activities_rate: float | None = None
    hours_rate: float | None = None

    def value(self, key: str):
        """The sortable (and mappable) value of column `key`; None when there is no figure."""
        if key == "buurt":
            return self.name.casefold()
        if key == "wijk":
            return self.wijk.casefold()
        if key in ("matches", "activities"):
            return getattr(self, key).value
        if key.startswith("figure:"):
            return self.figures.get(key.partition(":")[2])
        return getattr(self, key, None)


@dataclass
class Totals:
    population: int
    matches: Figure
    activities: Figure
    hours: Decimal
    matches_rate: float | None
    activities_rate: float | None
    hours_rate: float | None


@dataclass
class NeedTable:
    year: int
    rows: list[BuurtRow]
    figure_columns: list[Column]
    totals: Totals
    protect: bool
    attribution: str = ""

    @property
    def columns(self) -> list[Column]:
        return [
            Column("buurt", _("Buurt"), "text"),
            Column("wijk", _("Wijk"), "text"),
            Column("population", _("Inhabitants"), "population"),
            *self.figure_columns,
            Column("matches", _("Matches started"), "count"),
            Column("matches_rate", _("Matches per 1,000 inhabitants"), "rate", mappable=True),
            Column("activities", _("Facilitated activities"), "count"),
            Column("activities_rate", _("Activities per 1,000 inhabitants"), "rate", mappable=True),
            Column("hours", _("Connector hours in the neighbourhood"), "hours"),
            Column("hours_rate", _("Connector hours per 1,000 inhabitants"), "rate", mappable=True),
        ]

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    def sorted_rows(self, key: str, descending: bool = False) -> list[BuurtRow]:
        """Rows sorted on a column; rows without a figure come last either way, then by buurt name."""
        with_value = [r for r in self.rows if r.value(key) is not None]
        without = sorted((r for r in self.rows if r.value(key) is None), key=lambda r: r.name.casefold())
        with_value.sort(key=lambda r: r.name.casefold())
        with_value.sort(key=lambda r: r.value(key), reverse=descending)
        return with_value + without


def rate(count, population: int | None, *, minimum: int = 1) -> float | None:
    """Per 1,000 inhabitants, one decimal; None without a count or with a population below `minimum`."""
    if count is None or not population or population < max(minimum, 1):
        return None
    return round(float(count) * PER / population, 1)


def spread_hours(team_hours: dict[int, Decimal], team_buurten: dict[int, list[tuple[int, int | None]]]) -> dict:
    """Each team's hours over its buurten (buurt id, population), in proportion to population.

    A buurt covered by two teams gets a share of both. Without any population in a team's buurten the
    team's hours are spread evenly. Returns hours per buurt id (Decimal, not rounded).
    """
    hours: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for team_id, total in team_hours.items():
        buurten = team_buurten.get(team_id, [])
        if not buurten or not total:
            continue
        people = sum((p or 0) for _pk, p in buurten)
        for pk, population in buurten:
            hours[pk] += total * (population or 0) / people if people else total / len(buurten)
    return dict(hours)


def _in_area(buurt, area: Area) -> bool:
    if area.level == CITY:
        return True
    if area.level == DISTRICT:
        return buurt.neighbourhood.district_id == area.pk
    if area.level == WIJK:
        return buurt.neighbourhood_id == area.pk
    if area.level == BUURT:
        return buurt.pk == area.pk
    raise ValueError(f"The need table has no filter for {area.level}")


def figure_columns(year: int) -> tuple[list[Column], dict[tuple[str, int], dict[int, Decimal | None]]]:
    """Per imported figure code, its most recent year up to `year`, and its values per buurt (two queries)."""
    from bloei.geo.models import AreaFigure

    latest = dict(
        AreaFigure.objects.filter(year__lte=year).order_by().values("code").annotate(y=Max("year")).values_list(
            "code", "y"
        )
    )
    if not latest:
        return [], {}
    wanted = Q()
    for code, figure_year in latest.items():
        wanted |= Q(code=code, year=figure_year)
    values: dict[tuple[str, int], dict[int, Decimal | None]] = defaultdict(dict)
    first: dict[str, object] = {}
    for figure in AreaFigure.objects.filter(wanted).order_by("code", "buurt_id"):
        values[(figure.code, figure.year)][figure.buurt_id] = figure.value
        first.setdefault(figure.code, figure)
    columns = [
        Column(
            f"figure:{code}",
            first[code].label,
            "figure",
            mappable=True,
            unit=first[code].unit,
            year=first[code].year,
            source=first[code].source,
        )
        for code in sorted(first, key=lambda c: str(first[c].label).casefold())
    ]
    return columns, values


def need_and_effort(year: int, area: Area = CITY_AREA, *, protect: bool) -> NeedTable:
    """The need-and-effort table of one calendar year for the buurten in `area` (city, district or wijk)."""
    from bloei.accounts.models import Team
    from bloei.geo.models import Buurt
    from bloei.workload.models import TimeRecord

    period = Period.year(year)
    buurten = list(Buurt.objects.select_related("neighbourhood__district__municipality").order_by("name"))
    matches = measures.get(MATCHES).by_area(period, BUURT)
    activities = measures.get(ACTIVITIES).by_area(period, BUURT)
    team_hours = dict(
        TimeRecord.objects.between(period.start, period.end)
        .order_by()
        .values("team")
        .annotate(h=Sum("neighbourhood"))
        .values_list("team", "h")
    )
    team_wijken = Team.neighbourhoods.through.objects.values_list("team_id", "neighbourhood_id")
    by_wijk = defaultdict(list)
    for buurt in buurten:
        by_wijk[buurt.neighbourhood_id].append((buurt.pk, buurt.population))
    team_buurten = defaultdict(list)
    for team_id, wijk_id in team_wijken:
        team_buurten[team_id].extend(by_wijk.get(wijk_id, []))
    hours = spread_hours(team_hours, team_buurten)
    columns, figure_values = figure_columns(year)

    # Protected over every buurt of the city (and the records without a buurt), whatever area is shown,
    # so that two views of different areas cannot be combined to undo the protection.
    match_figures = Figure.column({b.pk: matches.get(b.pk, 0) for b in buurten} | {None: matches.get(None, 0)},
                                  protect=protect)
    activity_figures = Figure.column(
        {b.pk: activities.get(b.pk, 0) for b in buurten} | {None: activities.get(None, 0)}, protect=protect
    )
    minimum = disclosure.min_base() if protect else 1
    rows = []
    for buurt in buurten:
        if not _in_area(buurt, area):
            continue
        row = BuurtRow(
            pk=buurt.pk,
            code=buurt.code,
            name=buurt.name,
            wijk=buurt.neighbourhood.name,
            wijk_id=buurt.neighbourhood_id,
            district_id=buurt.neighbourhood.district_id,
            population=buurt.population,
            geometry=buurt.geometry,
            matches=match_figures[buurt.pk],
            activities=activity_figures[buurt.pk],
            hours=hours.get(buurt.pk, ZERO),
            figures={c.key.partition(":")[2]: figure_values[(c.key.partition(":")[2], c.year)].get(buurt.pk)
                     for c in columns},
        )
        row.matches_rate = rate(row.matches.value, row.population, minimum=minimum)
        row.activities_rate = rate(row.activities.value, row.population, minimum=minimum)
        row.hours_rate = rate(row.hours, row.population, minimum=minimum)
        rows.append(row)
    attribution = buurten[0].neighbourhood.district.municipality.attribution if buurten else ""
    return NeedTable(year, rows, columns, _totals(rows, matches, activities, protect), protect, attribution)


def _totals(rows: list[BuurtRow], matches: dict, activities: dict, protect: bool) -> Totals:
    """The buurten shown together: exact for staff; for the municipality counted from the true values and
    published as one figure (rounded, or hidden when small)."""
    population = sum(r.population or 0 for r in rows)
    match_total = sum(matches.get(r.pk, 0) for r in rows)
    activity_total = sum(activities.get(r.pk, 0) for r in rows)
    match_figure, activity_figure = Figure.of(match_total, protect=protect), Figure.of(activity_total, protect=protect)
    hours = sum((r.hours for r in rows), ZERO)
    minimum = disclosure.min_base() if protect else 1
    return Totals(
        population,
        match_figure,
        activity_figure,
        hours,
        rate(match_figure.value, population, minimum=minimum),
        rate(activity_figure.value, population, minimum=minimum),
        rate(hours, population, minimum=minimum),
    )
