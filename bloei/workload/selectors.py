"""Reads of the workload app: a connector's weeks, the team lead's overview, the "grens stellen" list.

Every function runs a fixed number of queries, whatever the amount of data.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import formats
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership
from bloei.community.models import NetworkMembership
from bloei.core import access
from bloei.matching.choices import OPEN_STATUSES, SignUpStatus
from bloei.matching.models import Match, SignUp
from bloei.people.models import Assignment, ContactMoment, Resident
from bloei.trainings.models import Enrolment

from .choices import CATEGORY_COLOURS, OverviewPeriod, TimeCategory
from .models import BoundaryDecision, TimeRecord
from .services import week_of

# A connector who recorded nothing for this many finished weeks is marked in the overview.
MISSING_WEEKS_MARK = 2
HISTORY_WEEKS = 12
ZERO = Decimal(0)


def boundary_after_days() -> int:
    """How long a trajectory may stay open without an active connection before it is listed."""
    return int(getattr(settings, "BLOEI_BOUNDARY_AFTER_DAYS", 365))


# --- hours and shares ----------------------------------------------------------------------------------


@dataclass
class Hours:
    """Hours per category, their total and the share of each category (None when nothing was recorded)."""

    by_category: dict[str, Decimal] = field(default_factory=lambda: {c: ZERO for c in TimeCategory.values})
    records: int = 0

    def add(self, record: TimeRecord) -> None:
        for category in TimeCategory.values:
            self.by_category[category] += getattr(record, category)
        self.records += 1

    @property
    def total(self) -> Decimal:
        return sum(self.by_category.values(), ZERO)

    def share(self, category: str) -> int | None:
        """Whole percent of the total, or None without hours."""
        total = self.total
        if not total:
            return None
        return round(self.by_category[category] * 100 / total)

    @property
    def neighbourhood_share(self) -> int | None:
        return self.share(TimeCategory.NEIGHBOURHOOD)

    def cells(self) -> list[dict]:
        """One dict per category, in order: value (hours), label, share."""
        return [
            {"category": c.value, "label": c.label, "hours": self.by_category[c.value], "share": self.share(c.value)}
            for c in TimeCategory
        ]


# --- a connector's own weeks ---------------------------------------------------------------------------


@dataclass
class WeekRow:
    week: date
    record: TimeRecord | None
    hours: Hours

    @property
    def number(self) -> int:
        return self.week.isocalendar().week


def my_weeks(user, team, on: date, weeks: int = HISTORY_WEEKS) -> list[WeekRow]:
    """The user's last `weeks` weeks in `team` (newest first, the current week included), recorded or not."""
    current = week_of(on)
    first = current - timedelta(weeks=weeks - 1)
    records = {r.week: r for r in TimeRecord.objects.filter(user=user, team=team).between(first, current)}
    rows = []
    for i in range(weeks):
        week = current - timedelta(weeks=i)
        hours = Hours()
        if week in records:
            hours.add(records[week])
        rows.append(WeekRow(week=week, record=records.get(week), hours=hours))
    return rows


# --- the team lead's overview --------------------------------------------------------------------------


@dataclass
class Period:
    key: str
    label: str
    long_label: str
    first_week: date
    last_week: date


def _month_label(year: int, month: int, fmt: str) -> str:
    return formats.date_format(date(year, month, 1), fmt)


def periods_for(period: str, on: date) -> list[Period]:
    """The periods of the overview, oldest first, ending with the one `on` falls in.

    Weeks are ISO weeks. A week belongs to the month its Thursday falls in (as ISO week numbering does),
    so every week counts in exactly one month.
    """
    current = week_of(on)
    if period in (OverviewPeriod.WEEKS_12, OverviewPeriod.WEEKS_26):
        count = 12 if period == OverviewPeriod.WEEKS_12 else 26
        result = []
        for i in reversed(range(count)):
            monday = current - timedelta(weeks=i)
            iso = monday.isocalendar()
            result.append(
                Period(
                    key=monday.isoformat(),
                    label=_("wk %(number)s") % {"number": iso.week},
                    long_label=_("wk %(number)s · %(date)s")
                    % {"number": iso.week, "date": formats.date_format(monday, "j M")},
                    first_week=monday,
                    last_week=monday,
                )
            )
        return result
    count = 6 if period == OverviewPeriod.MONTHS_6 else 12
    thursday = current + timedelta(days=3)
    year, month = thursday.year, thursday.month
    result = []
    for i in reversed(range(count)):
        y, m = divmod(month - 1 - i, 12)
        y, m = year + y, m + 1
        first_day = date(y, m, 1)
        last_day = date(y, m, calendar.monthrange(y, m)[1])
        result.append(
            Period(
                key=first_day.isoformat(),
                label=_month_label(y, m, "M Y"),
                long_label=_month_label(y, m, "F Y"),
                first_week=week_of(first_day + timedelta(days=(3 - first_day.weekday()) % 7)),
                last_week=week_of(last_day - timedelta(days=(last_day.weekday() - 3) % 7)),
            )
        )
    return result


@dataclass
class ConnectorRow:
    user: object
    is_member: bool = False
    member_since: date | None = None
    overall: Hours = field(default_factory=Hours)
    per_period: list[Hours] = field(default_factory=list)
    last_week: date | None = None
    missing_weeks: int = 0

    @property
    def marked(self) -> bool:
        return self.is_member and self.missing_weeks >= MISSING_WEEKS_MARK


def _missing_weeks(last_week: date | None, member_since: date | None, on: date) -> int:
    """Finished weeks (the current one not counted) without a record since the last recorded week,
    or since the connector joined the team when they never recorded."""
    last_finished = week_of(on) - timedelta(weeks=1)
    if last_week is not None:
        reference = last_week + timedelta(weeks=1)
    elif member_since is not None:
        reference = week_of(member_since)
    else:
        return 0
    if reference > last_finished:
        return 0
    return (last_finished - reference).days // 7 + 1


def team_overview(team, *, period: str, on: date) -> dict:
    """Hours per category and the share in the neighbourhood, per period, per connector and for the team.

    Three queries: the records of the periods, the team's connectors, and each connector's last week.
    """
    periods = periods_for(period, on)
    first, last = periods[0].first_week, periods[-1].last_week
    index = {}
    for i, p in enumerate(periods):
        week = p.first_week
        while week <= p.last_week:
            index[week] = i
            week += timedelta(weeks=1)
    records = list(TimeRecord.objects.filter(team=team).between(first, last).select_related("user"))
    members = list(
        Membership.objects.filter(team=team, role=Role.CONNECTOR, started_on__lte=on)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=first))
        .select_related("user")
        .order_by("started_on")
    )
    rows: dict[int, ConnectorRow] = {}
    for membership in members:
        row = rows.setdefault(membership.user_id, ConnectorRow(user=membership.user))
        current = membership.ended_on is None or membership.ended_on > on
        row.is_member = row.is_member or current
        if current and (row.member_since is None or membership.started_on < row.member_since):
            row.member_since = membership.started_on
    for record in records:
        rows.setdefault(record.user_id, ConnectorRow(user=record.user))
    for row in rows.values():
        row.per_period = [Hours() for _p in periods]

    team_per_period = [Hours() for _p in periods]
    team_overall = Hours()
    reporters: list[set] = [set() for _p in periods]
    for record in records:
        i = index.get(record.week)
        if i is None:
            continue
        row = rows[record.user_id]
        row.overall.add(record)
        row.per_period[i].add(record)
        team_per_period[i].add(record)
        team_overall.add(record)
        reporters[i].add(record.user_id)

    last_weeks = (
        dict(
            TimeRecord.objects.filter(team=team, user_id__in=list(rows), week__lte=week_of(on))
            .values("user_id")
            .annotate(last=Max("week"))
            .values_list("user_id", "last")
        )
        if rows
        else {}
    )
    for user_id, row in rows.items():
        row.last_week = last_weeks.get(user_id)
        row.missing_weeks = _missing_weeks(row.last_week, row.member_since, on)

    ordered = sorted(rows.values(), key=lambda r: (not r.is_member, str(r.user).lower()))
    team_rows = [
        {"period": p, "hours": h, "connectors": len(reporters[i])}
        for i, (p, h) in enumerate(zip(periods, team_per_period, strict=True))
    ]
    return {
        "periods": periods,
        "team_rows": team_rows,
        "team_overall": team_overall,
        "connectors": ordered,
        "marked": [r for r in ordered if r.marked],
        "chart": share_chart(team_rows),
    }


# --- the chart -----------------------------------------------------------------------------------------

CHART_WIDTH = 360
CHART_LABEL_WIDTH = 70
CHART_SHARE_WIDTH = 44
CHART_ROW = 24
CHART_BAR = 16
CHART_TOP = 18


def share_chart(team_rows: list[dict]) -> dict:
    """Geometry of a horizontal 100% stacked bar per period: the split over the categories.

    The share in the neighbourhood is the first (leftmost) segment and is written next to each bar.
    Sized for a phone (360 units wide, so text stays readable) and scaled up on wider screens.
    """
    bar_width = CHART_WIDTH - CHART_LABEL_WIDTH - CHART_SHARE_WIDTH
    rows = []
    for i, team_row in enumerate(team_rows):
        hours: Hours = team_row["hours"]
        y = CHART_TOP + i * CHART_ROW
        segments = []
        total = hours.total
        x = float(CHART_LABEL_WIDTH)
        if total:
            for category in TimeCategory:
                width = float(hours.by_category[category.value] / total) * bar_width
                if width > 0:
                    segments.append({"x": round(x, 2), "width": round(width, 2), "colour": CATEGORY_COLOURS[category]})
                    x += width
        share = hours.neighbourhood_share
        rows.append(
            {
                "label": team_row["period"].label,
                "y": y,
                "text_y": y + CHART_BAR - 4,
                "segments": segments,
                "share": f"{share}%" if share is not None else "–",
            }
        )
    gridlines = [{"x": CHART_LABEL_WIDTH + bar_width * p / 100, "label": f"{p}%"} for p in (0, 25, 50, 75, 100)]
    return {
        "width": CHART_WIDTH,
        "height": CHART_TOP + len(rows) * CHART_ROW + 4,
        "bar_height": CHART_BAR,
        "label_x": CHART_LABEL_WIDTH - 6,
        "share_x": CHART_WIDTH - 2,
        "plot_top": CHART_TOP - 4,
        "plot_bottom": CHART_TOP + len(rows) * CHART_ROW,
        "rows": rows,
        "gridlines": gridlines,
        "legend": [{"label": c.label, "colour": CATEGORY_COLOURS[c]} for c in TimeCategory],
    }


# --- "een grens stellen" -------------------------------------------------------------------------------


def _active_on(prefix: str, start: str, end: str, on: date) -> Q:
    """Rows that ran on `on`: started by then, not yet ended."""
    started = Q(**{f"{prefix}{start}__lte": on})
    return started & (Q(**{f"{prefix}{end}__isnull": True}) | Q(**{f"{prefix}{end}__gt": on}))


def connection_exists(on: date, after_days: int) -> Q:
    """Residents with an active connection on `on`, as a filter on Resident.

    An active connection is a match proposed, introduced or active on `on`; a network membership running
    on `on` (in a network that had not ended); an enrolment in a training edition running on `on`; or a
    sign-up still open that was made less than `after_days` ago.
    """
    match_open = Q(proposed_on__lte=on) & (Q(status__in=OPEN_STATUSES, ended_on__isnull=True) | Q(ended_on__gt=on))
    as_a = Match.objects.filter(match_open, resident_a=OuterRef("pk"))
    as_b = Match.objects.filter(match_open, resident_b=OuterRef("pk"))
    network = NetworkMembership.objects.filter(resident=OuterRef("pk")).filter(
        _active_on("", "joined_on", "left_on", on), _active_on("network__", "started_on", "ended_on", on)
    )
    training = Enrolment.objects.filter(
        _active_on("", "enrolled_on", "left_on", on),
        Q(edition__cancelled_on__isnull=True) | Q(edition__cancelled_on__gt=on),
        Q(edition__finished_on__isnull=True) | Q(edition__finished_on__gt=on),
        resident=OuterRef("pk"),
        edition__ends_on__gte=on,
    )
    recent_signup = SignUp.objects.filter(
        Q(status=SignUpStatus.OPEN, closed_on__isnull=True) | Q(closed_on__gt=on),
        resident=OuterRef("pk"),
        opened_on__lte=on,
        opened_on__gt=on - timedelta(days=after_days),
    )
    return Exists(as_a) | Exists(as_b) | Exists(network) | Exists(training) | Exists(recent_signup)


def _latest_decision(on: date, column: str) -> Subquery:
    return Subquery(
        BoundaryDecision.objects.filter(resident=OuterRef("pk"), decided_on__lte=on)
        .order_by("-decided_on", "-id")
        .values(column)[:1]
    )


def boundary_residents(user) -> QuerySet:
    """Residents of the teams where the user is a connector or team lead; nothing without boundaries.view."""
    if not access.can(user, "boundaries.view"):
        return Resident.objects.none()
    return Resident.objects.filter(access.team_scope(user, roles=access.TEAM_WORK))


def flagged_residents(user, on: date, after_days: int | None = None) -> QuerySet:
    """Residents to discuss: file open longer than `after_days` on `on`, no active connection, and no
    decision whose review date is still to come. Longest open first, with the facts the team needs."""
    after_days = boundary_after_days() if after_days is None else after_days
    residents = (
        boundary_residents(user)
        .active(on)
        .filter(registered_on__lte=on - timedelta(days=after_days))
        .exclude(connection_exists(on, after_days))
        .annotate(
            last_decided_on=_latest_decision(on, "decided_on"),
            last_outcome=_latest_decision(on, "outcome"),
            last_review_on=_latest_decision(on, "review_on"),
            last_next_step=_latest_decision(on, "next_step"),
            last_contact_on=Subquery(
                ContactMoment.objects.filter(resident=OuterRef("pk"), occurred_on__lte=on)
                .order_by("-occurred_on")
                .values("occurred_on")[:1]
            ),
        )
        .filter(Q(last_review_on__isnull=True) | Q(last_review_on__lte=on))
    )
    return residents.order_by("registered_on", "pk")


def with_current_staff(residents: QuerySet, on: date) -> QuerySet:
    """Prefetch the staff assigned to each resident on `on` (one extra query) as `current_assignments`."""
    assignments = Assignment.objects.filter(_active_on("", "started_on", "ended_on", on)).select_related("user")
    return residents.prefetch_related(Prefetch("assignments", queryset=assignments, to_attr="current_assignments"))


def flagged_count(user, on: date) -> int:
    return flagged_residents(user, on).count()


def decisions_under_review(user, on: date) -> QuerySet:
    """Each resident's latest decision whose review date is still to come, while the file is open."""
    latest = (
        BoundaryDecision.objects.filter(resident=OuterRef("resident"), decided_on__lte=on)
        .order_by("-decided_on", "-id")
        .values("pk")[:1]
    )
    return (
        BoundaryDecision.objects.visible_to(user)
        .in_force_on(on)
        .filter(pk=Subquery(latest))
        .filter(Q(resident__closed_on__isnull=True) | Q(resident__closed_on__gt=on))
        .select_related("resident", "decided_by")
        .order_by("review_on", "pk")
    )


def decision_history(resident) -> list[BoundaryDecision]:
    return list(resident.boundary_decisions.select_related("decided_by").order_by("-decided_on", "-id"))


def days_open(resident, on: date) -> int:
    return (on - resident.registered_on).days
