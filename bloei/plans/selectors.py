"""Reads on neighbourhood plans: lists, the wijk's figures beside the priorities, who was present, links.

The wijk's figures are counts computed from the registrations (no personal data, not scoped to the reader:
they describe the wijk, like the key figures). A resident present at a meeting or evaluation is named only
to a reader who may see that resident; everyone else is counted.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from bloei.accounts.models import User
from bloei.community.choices import Recurrence
from bloei.community.models import Activity, Network
from bloei.geo.models import Neighbourhood
from bloei.matching.models import Match
from bloei.people.models import Resident
from bloei.trainings.models import Enrolment, TrainingEdition

from .choices import Figure, LinkKind
from .models import NeighbourhoodPlan, PlanEvaluation, PlanLink, PlanMeeting, Priority, ProgressNote

# --- lists --------------------------------------------------------------------------------------------


def plan_list(user, *, year: int | None = None, wijk=None, status: str = "") -> QuerySet:
    """Plans the user may see, newest year first, with the number of priorities."""
    plans = NeighbourhoodPlan.objects.visible_to(user)
    if year:
        plans = plans.filter(year=year)
    if wijk is not None:
        plans = plans.filter(wijk=wijk)
    if status:
        plans = plans.filter(status=status)
    return (
        plans.select_related("wijk", "team")
        .defer("wijk__geometry")
        .annotate(priority_count=Count("priorities", filter=Q(priorities__is_proposal=False)))
        .order_by("-year", "wijk__name", "pk")
    )


# --- the wijk's figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureRow:
    code: str
    label: str
    value: int | None  # the plan's year (up to today when it is running); None: not known
    previous: int | None  # the year before


@dataclass(frozen=True)
class WijkFigures:
    wijk: Neighbourhood
    year: int
    until: date | None  # last day counted in the plan's year; None when the year has not begun
    rows: list[FigureRow] = field(default_factory=list)

    def get(self, code: str) -> FigureRow | None:
        return next((row for row in self.rows if row.code == code), None)

    def only(self, codes) -> list[FigureRow]:
        """The rows of `codes`, in the order of Figure."""
        return [row for row in self.rows if row.code in set(codes)]


def _period(year: int, on: date) -> tuple[date, date] | None:
    start, end = date(year, 1, 1), min(date(year, 12, 31), on)
    return (start, end) if start <= end else None


def _wijk_counts(wijk: Neighbourhood, start: date, end: date) -> dict[str, int]:
    """The registration figures of `wijk` over [start, end]. Six queries."""
    in_wijk = Q(buurt__neighbourhood=wijk)
    residents = Resident.objects.filter(in_wijk)
    matches = Match.objects.filter(
        Q(resident_a__buurt__neighbourhood=wijk)
        | Q(resident_b__buurt__neighbourhood=wijk)
        | Q(place_a__buurt__neighbourhood=wijk)
        | Q(place_b__buurt__neighbourhood=wijk)
    )
    # A network counts when it ran on some day of the period; an activity when it took place on one.
    networks = (
        Network.objects.filter(in_wijk)
        .filter(started_on__lte=end)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    )
    ongoing = Q(ends_on__isnull=True) & ~Q(recurrence=Recurrence.ONCE)
    activities = Activity.objects.filter(in_wijk).filter(
        Q(starts_on__lte=end) & (Q(starts_on__gte=start) | Q(ends_on__gte=start) | ongoing)
    )
    # Distinct residents enrolled in an edition in the wijk that ran in the period (not cancelled).
    editions = TrainingEdition.objects.filter(
        wijk=wijk, starts_on__lte=end, ends_on__gte=start, cancelled_on__isnull=True
    )
    participants = Enrolment.objects.filter(edition__in=editions.values("pk"), enrolled_on__lte=end).filter(
        Q(left_on__isnull=True) | Q(left_on__gte=start)
    )
    return {
        Figure.RESIDENTS_REGISTERED: residents.filter(registered_on__gte=start, registered_on__lte=end).count(),
        Figure.RESIDENTS_KNOWN: residents.active(end).count(),
        Figure.MATCHES_STARTED: matches.started_between(start, end).count(),
        Figure.ACTIVE_NETWORKS: networks.count(),
        Figure.ACTIVITIES: activities.count(),
        Figure.TRAINING_PARTICIPANTS: participants.values("resident").distinct().count(),
    }


def wijk_figures(wijk: Neighbourhood, year: int, on: date | None = None) -> WijkFigures:
    """The wijk's figures for `year` (up to `on`, default today) and the year before. At most twelve queries.

    Population and households come from the CBS data of the wijk; the rest is counted from registrations
    in the wijk's buurten: residents (by their buurt), matches (a party in the wijk), networks and activities
    (their buurt), training participants (editions in the wijk).
    """
    on = on or timezone.localdate()
    this = _period(year, on)
    last = _period(year - 1, on)
    counts = _wijk_counts(wijk, *this) if this else {}
    previous = _wijk_counts(wijk, *last) if last else {}
    rows = []
    for code, label in Figure.choices:
        if code == Figure.POPULATION:
            value = prev = wijk.population
        elif code == Figure.HOUSEHOLDS:
            value = prev = wijk.households
        else:
            value, prev = counts.get(code), previous.get(code)
        rows.append(FigureRow(code=code, label=str(label), value=value, previous=prev))
    return WijkFigures(wijk=wijk, year=year, until=this[1] if this else None, rows=rows)


# --- who was present ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendance:
    named: list[Resident]  # residents the reader may see
    hidden: int  # registered residents the reader may not see
    others: int  # attendees not registered here
    staff: list[User]

    @property
    def residents(self) -> int:
        return len(self.named) + self.hidden

    @property
    def total(self) -> int:
        return self.residents + self.others + len(self.staff)


def _attendance(record, visible: set[int]) -> Attendance:
    residents = list(record.residents.all())
    return Attendance(
        named=sorted((r for r in residents if r.pk in visible), key=lambda r: (r.last_name, r.first_name, r.pk)),
        hidden=sum(1 for r in residents if r.pk not in visible),
        others=record.other_attendees,
        staff=list(getattr(record, "staff_present", [])),
    )


def _visible_ids(user, records) -> set[int]:
    ids = {r.pk for record in records for r in record.residents.all()}
    if user is None or not ids:
        return set()
    return set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))


# --- the plan page and the PDF ------------------------------------------------------------------------


# Detail page of each kind of linked record (the training edition's page may not exist yet).
LINK_URLS = {
    "activity": "community:activity_detail",
    "network": "community:network_detail",
    "edition": "trainings:edition_detail",
}


@dataclass(frozen=True)
class LinkRow:
    link: PlanLink
    kind: str  # LinkKind label
    label: str
    url: str  # empty when there is no page

    @property
    def pk(self) -> int:
        return self.link.pk


def _link_row(link: PlanLink) -> LinkRow:
    target = link.target
    try:
        url = reverse(LINK_URLS[link.kind], kwargs={"uuid": target.uuid})
    except NoReverseMatch:
        url = ""
    return LinkRow(link=link, kind=str(LinkKind(link.kind).label), label=str(target), url=url)


@dataclass(frozen=True)
class PriorityView:
    priority: Priority
    notes: list[ProgressNote]
    links: list[LinkRow]
    figures: list[FigureRow]

    @property
    def latest(self) -> ProgressNote | None:
        return self.notes[-1] if self.notes else None


@dataclass(frozen=True)
class MeetingView:
    meeting: PlanMeeting
    attendance: Attendance


@dataclass(frozen=True)
class PlanView:
    plan: NeighbourhoodPlan
    figures: WijkFigures
    priorities: list[PriorityView]
    proposals: list[PriorityView]
    links: list[LinkRow]  # every link, in the order they were made
    plan_links: list[LinkRow]  # links to the plan as a whole
    meetings: list[MeetingView]
    evaluation: PlanEvaluation | None
    evaluation_attendance: Attendance | None
    carried_over: list[Priority]
    next_plan: NeighbourhoodPlan | None


def plan_view(user, plan: NeighbourhoodPlan, on: date | None = None) -> PlanView:
    """Everything on the plan page, with residents named only where `user` may see them.

    `user=None` names nobody (the PDF for partners). A fixed number of queries, whatever the plan holds.
    """
    figures = wijk_figures(plan.wijk, plan.year, on)
    links = [
        _link_row(link)
        for link in plan.links.select_related("activity", "network", "edition", "priority").order_by("pk")
    ]
    priorities = list(
        plan.priorities.prefetch_related(
            Prefetch("progress_notes", queryset=ProgressNote.objects.order_by("noted_on", "pk"))
        )
    )
    views = [
        PriorityView(
            priority=p,
            notes=list(p.progress_notes.all()),
            links=[row for row in links if row.link.priority_id == p.pk],
            figures=figures.only(p.figures),
        )
        for p in priorities
    ]
    meetings = list(
        plan.meetings.prefetch_related(
            Prefetch("residents", queryset=Resident.objects.only("pk", "uuid", "first_name", "last_name")),
            Prefetch("staff", queryset=User.objects.order_by("first_name", "last_name"), to_attr="staff_present"),
        ).order_by("held_on", "pk")
    )
    evaluation = (
        PlanEvaluation.objects.filter(plan=plan)
        .prefetch_related(
            Prefetch("residents", queryset=Resident.objects.only("pk", "uuid", "first_name", "last_name")),
            Prefetch("carried_over", queryset=Priority.objects.order_by("order", "pk")),
        )
        .first()
    )
    visible = _visible_ids(user, [*meetings, *([evaluation] if evaluation else [])])
    return PlanView(
        plan=plan,
        figures=figures,
        priorities=[v for v in views if not v.priority.is_proposal],
        proposals=[v for v in views if v.priority.is_proposal],
        links=links,
        plan_links=[row for row in links if row.link.priority_id is None],
        meetings=[MeetingView(meeting=m, attendance=_attendance(m, visible)) for m in meetings],
        evaluation=evaluation,
        evaluation_attendance=_attendance(evaluation, visible) if evaluation else None,
        carried_over=list(evaluation.carried_over.all()) if evaluation else [],
        next_plan=NeighbourhoodPlan.objects.filter(previous_plan=plan).only("pk", "uuid", "year").first(),
    )


# --- choices for the forms ----------------------------------------------------------------------------


def linkable_items(plan: NeighbourhoodPlan) -> dict[str, list]:
    """Activities, networks and editions of the plan's team, in its wijk (or without a buurt), that ran in its
    year and are not linked yet. The plan's team is the editor's own team, so all of them are visible."""
    start, end = date(plan.year, 1, 1), date(plan.year, 12, 31)
    linked = plan.links.all()
    wijk_or_none = Q(buurt__isnull=True) | Q(buurt__neighbourhood=plan.wijk)
    ongoing = Q(ends_on__isnull=True) & ~Q(recurrence=Recurrence.ONCE)
    activities = (
        Activity.objects.filter(team=plan.team)
        .filter(wijk_or_none)
        .filter(Q(starts_on__lte=end) & (Q(starts_on__gte=start) | Q(ends_on__gte=start) | ongoing))
        .exclude(pk__in=linked.filter(activity__isnull=False).values("activity"))
        .only("pk", "uuid", "title", "starts_on")
        .order_by("-starts_on", "title")
    )
    networks = (
        Network.objects.filter(team=plan.team)
        .filter(wijk_or_none)
        .filter(Q(started_on__lte=end) & (Q(ended_on__isnull=True) | Q(ended_on__gte=start)))
        .exclude(pk__in=linked.filter(network__isnull=False).values("network"))
        .only("pk", "uuid", "name")
        .order_by("name")
    )
    editions = (
        TrainingEdition.objects.filter(
            team=plan.team, starts_on__lte=end, ends_on__gte=start, cancelled_on__isnull=True
        )
        .filter(Q(wijk__isnull=True) | Q(wijk=plan.wijk))
        .exclude(pk__in=linked.filter(edition__isnull=False).values("edition"))
        .only("pk", "uuid", "name", "starts_on")
        .order_by("-starts_on", "name")
    )
    return {"activity": list(activities), "network": list(networks), "edition": list(editions)}


def team_staff(team, on: date | None = None, also: QuerySet | None = None) -> QuerySet:
    """Members of `team` on `on` (default today), for "staff present"; `also` stays in the choices."""
    on = on or timezone.localdate()
    members = Q(
        pk__in=User.objects.filter(memberships__team=team, memberships__started_on__lte=on)
        .filter(Q(memberships__ended_on__isnull=True) | Q(memberships__ended_on__gte=on))
        .values("pk")
    )
    if also is not None:
        members |= Q(pk__in=also.values("pk"))
    return User.objects.filter(members).order_by("first_name", "last_name", "username")
