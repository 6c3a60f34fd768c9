"""The yearly report: the tables of §4 of the evaluation computed from the registrations, with the
previous year and the KPI; matches per wijk; ladder outcomes of trainings; a page per sub-goal.

One builder (`build_report`) feeds both the PDF (template monitoring/report_pdf.html, WeasyPrint) and
the spreadsheet (`write_xlsx`, openpyxl), so the two always show the same figures.
"""

from dataclasses import dataclass, field
from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _

from . import charts, dashboard
from .areas import CITY, CITY_AREA, Area
from .measures import Period, get
from .models import Framework, Indicator, Target


@dataclass
class ReportRow:
    label: str
    previous: dashboard.Figure
    current: dashboard.Figure
    target: int | None = None
    indent: bool = False


@dataclass
class ReportTable:
    title: str
    rows: list[ReportRow]


@dataclass
class SubGoalPage:
    goal: str
    sub_goal: str
    description: str
    rows: list[ReportRow]
    stories: int = 0
    quotes: list[str] = field(default_factory=list)


@dataclass
class Report:
    year: int
    area: Area
    area_name: str
    framework: Framework
    tables: list[ReportTable]
    wijk_bars: list
    wijk_chart: object
    ladder: list
    sub_goals: list[SubGoalPage]
    protected: bool
    generated_on: object

    @property
    def previous_year(self) -> int:
        return self.year - 1


def _targets(year: int) -> dict[tuple[str, str], int]:
    """KPIs of the default framework for the year, by (measure, parameter)."""
    return {
        (t.indicator.measure, t.indicator.parameter): t.value
        for t in Target.objects.filter(year=year, indicator__sub_goal__goal__framework__is_default=True)
        .select_related("indicator")
    }


def _figure(code: str, period: Period, area: Area, parameter: str, protect: bool) -> dashboard.Figure:
    return dashboard.Figure.of(get(code).value(period, area, parameter), protect=protect)


def build_report(year: int, area: Area = CITY_AREA, *, protect: bool = False, area_name: str = "") -> Report:
    from bloei.trainings.models import TrainingType

    period, previous = Period.year(year), Period.year(year - 1)
    protect_area = protect and area.level != CITY
    targets = _targets(year) if area.level == CITY else {}

    def row(label, code, parameter="", indent=False):
        return ReportRow(
            label,
            _figure(code, previous, area, parameter, protect_area),
            _figure(code, period, area, parameter, protect_area),
            targets.get((code, parameter)),
            indent,
        )

    def other_trainings(named: list[str]) -> ReportRow:
        def other(p):
            total = get("training_participants").value(p, area)
            return total - sum(get("training_participants").value(p, area, slug) for slug in named)

        return ReportRow(
            _("Participants in other trainings"),
            dashboard.Figure.of(other(previous), protect=protect_area),
            dashboard.Figure.of(other(period), protect=protect_area),
            indent=True,
        )

    named_types = list(TrainingType.objects.filter(slug__in=["kom-tot-bloei", "de-wijk-werkt"]).order_by("-slug"))
    trainings = [row(_("Talent scans"), "talent_scans")]
    trainings += [
        row(_("Participants %(training)s") % {"training": t}, "training_participants", t.slug, indent=True)
        for t in named_types
    ]
    trainings += [
        other_trainings([t.slug for t in named_types]),
        row(_("Training participants, total"), "training_participants"),
        row(_("of whom with a Participatiewet benefit"), "training_participants_participatiewet", indent=True),
    ]
    tables = [
        ReportTable(_("Resilience: activities"), [row(_("Facilitated activities"), "activities_facilitated")]),
        ReportTable(_("Resilience: talent scans and trainings"), trainings),
        ReportTable(
            _("Social cohesion: networks, matches and development places"),
            [
                row(_("Resident networks (total)"), "networks_total"),
                row(_("Residents involved in resident networks"), "network_participants"),
                row(_("New resident networks"), "networks_new"),
                row(_("Residents offering themselves for a WIJ match"), "offers_waiting"),
                row(_("Matches (total)"), "matches_started"),
                row(_("Resident – resident"), "matches_started_resident_resident", indent=True),
                row(_("Resident – development place"), "matches_started_resident_place", indent=True),
                row(_("Development place – development place"), "matches_started_place_place", indent=True),
                row(_("Durable matches"), "matches_durable"),
                row(_("Development places"), "places_total"),
                row(_("New development places"), "places_new", indent=True),
            ],
        ),
    ]
    framework = Framework.objects.get(is_default=True)
    wijk_indicator = framework_indicator(framework, "matches_started_resident_place") or framework_indicator(
        framework, "matches_started"
    )
    bars = dashboard.per_wijk(wijk_indicator, period, area, protect=protect) if wijk_indicator else []
    chart = (
        charts.grouped_bars(
            [b.name for b in bars],
            [[b.current.value for b in bars], [b.previous.value for b in bars]],
            width=680,
            height=300,
        )
        if bars
        else None
    )
    return Report(
        year=year,
        area=area,
        area_name=area_name or _("the whole city"),
        framework=framework,
        tables=tables,
        wijk_bars=bars,
        wijk_chart=chart,
        ladder=ladder_outcomes(year, area, protect=protect),
        sub_goals=sub_goal_pages(framework, period, previous, area, protect_area, targets),
        protected=protect,
        generated_on=timezone.localdate(),
    )


def framework_indicator(framework, measure: str) -> Indicator | None:
    return (
        Indicator.objects.filter(sub_goal__goal__framework=framework, measure=measure, parameter="")
        .order_by("pk")
        .first()
    )


def sub_goal_pages(framework, period, previous, area, protect, targets) -> list[SubGoalPage]:
    pages = []
    for goal in framework.goals.prefetch_related("sub_goals__indicators"):
        for sub_goal in goal.sub_goals.all():
            rows = []
            for indicator in sub_goal.indicators.all():
                if indicator.get_measure() is None:
                    continue
                rows.append(
                    ReportRow(
                        str(indicator),
                        _figure(indicator.measure, previous, area, indicator.parameter, protect),
                        _figure(indicator.measure, period, area, indicator.parameter, protect),
                        targets.get((indicator.measure, indicator.parameter)),
                    )
                )
            pages.append(SubGoalPage(str(goal), str(sub_goal), sub_goal.description, rows))
    return pages


@dataclass
class LadderOutcome:
    training_type: object
    participants: int
    rows: list[tuple[str, list[dashboard.Figure]]]  # per rung (and "unknown"): start, end, a year later

    @classmethod
    def of(cls, training_type, figures, *, protect: bool) -> "LadderOutcome":
        """From bloei.trainings.ladder.LadderFigures; protected per moment (a column over the rungs) when asked."""
        rows = figures.rows
        moments = len(rows[0].cells) if rows else 0
        columns = [
            dashboard.Figure.column({row.label: row.cells[i].count for row in rows}, protect=protect)
            for i in range(moments)
        ]
        return cls(training_type, figures.participants, [(r.label, [col[r.label] for col in columns]) for r in rows])


def ladder_outcomes(year: int, area: Area, *, protect: bool = False) -> list[LadderOutcome]:
    """Per training type: the distribution over the rungs at the start, the end and a year later of the
    editions that started in the year (bloei.trainings.ladder), for the editions in the area."""
    from bloei.trainings import ladder
    from bloei.trainings.models import TrainingEdition, TrainingType

    editions = TrainingEdition.objects.filter(starts_on__year=year, cancelled_on__isnull=True)
    if area.level == "team":
        editions = editions.filter(team_id=area.pk)
    elif area.level == "district":
        editions = editions.filter(wijk__district_id=area.pk)
    elif area.level == "wijk":
        editions = editions.filter(wijk_id=area.pk)
    elif area.level == "buurt":
        editions = editions.filter(wijk__buurten=area.pk)
    results = []
    for training_type in TrainingType.objects.order_by("name_nl"):
        chosen = list(editions.filter(training_type=training_type).order_by("starts_on", "pk"))
        if chosen:
            results.append(LadderOutcome.of(training_type, ladder.figures_for_editions(chosen), protect=protect))
    return results


def write_xlsx(report: Report) -> bytes:
    """The same figures as the PDF, one sheet per part, numbers as numbers (hidden cells empty)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Tables")[:31]
    bold = Font(bold=True)

    def value(figure):
        return None if figure is None or figure.suppressed else figure.value

    sheet.append([_("Yearly report %(year)s, %(area)s") % {"year": report.year, "area": report.area_name}])
    sheet["A1"].font = Font(bold=True, size=14)
    if report.protected:
        sheet.append([_("Counts below the whole city are protected: small counts are empty, others rounded to 5.")])
    for table in report.tables:
        sheet.append([])
        sheet.append([table.title])
        sheet.cell(sheet.max_row, 1).font = bold
        sheet.append(["", str(report.previous_year), str(report.year), _("Target")])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for row in table.rows:
            label = ("    " if row.indent else "") + row.label
            sheet.append([label, value(row.previous), value(row.current), row.target])
    sheet.column_dimensions["A"].width = 60
    for column in "BCD":
        sheet.column_dimensions[column].width = 12

    wijken = workbook.create_sheet(_("Matches per wijk")[:31])
    wijken.append([_("Wijk"), str(report.previous_year), str(report.year)])
    for cell in wijken[1]:
        cell.font = bold
    for bar in report.wijk_bars:
        wijken.append([bar.name, value(bar.previous), value(bar.current)])
    wijken.column_dimensions["A"].width = 40

    ladder_sheet = workbook.create_sheet(_("Participation ladder")[:31])
    from bloei.trainings.ladder import MOMENT_LABELS, MOMENTS

    moments = [str(MOMENT_LABELS[moment]) for moment in MOMENTS]
    ladder_sheet.append([_("Training"), _("Rung"), *moments])
    for cell in ladder_sheet[1]:
        cell.font = bold
    for outcome in report.ladder:
        for label, figures in outcome.rows:
            ladder_sheet.append([str(outcome.training_type), label, *[value(f) for f in figures]])
    ladder_sheet.column_dimensions["A"].width = 30
    ladder_sheet.column_dimensions["B"].width = 40

    goals = workbook.create_sheet(_("Sub-goals")[:31])
    goals.append([_("Goal"), _("Sub-goal"), _("Indicator"), str(report.previous_year), str(report.year), _("Target")])
    for cell in goals[1]:
        cell.font = bold
    for page in report.sub_goals:
        for row in page.rows:
            goals.append([page.goal, page.sub_goal, row.label, value(row.previous), value(row.current), row.target])
        goals.append([page.goal, page.sub_goal, _("Coded stories"), None, page.stories, None])
    for column, width in zip("ABC", (28, 34, 50), strict=True):
        goals.column_dimensions[column].width = width
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                cell.alignment = Alignment(vertical="top")
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_pdf(report: Report) -> bytes:
    from bloei.core.pdf import render_pdf

    return render_pdf("monitoring/pdf/report.html", {"report": report})


def filename(report: Report, extension: str) -> str:
    from django.utils.text import slugify

    area = "" if report.area.level == CITY else f"-{slugify(report.area_name)}"
    return f"bloei-jaarverslag-{report.year}{area}.{extension}"
