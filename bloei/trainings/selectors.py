"""Reads on trainings: lists, the edition page, the attendance grid, completion, and due follow-ups.

Each function runs a fixed number of queries, whatever the number of meetings and participants.
Participants are named only where the user may see the resident; the others are counted.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Avg, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from bloei.accounts.choices import Role
from bloei.core import access
from bloei.people.models import Resident

from .choices import AttendanceStatus, BenefitStatus
from .models import Attendance, Enrolment, Evaluation, Outcome, TrainingEdition, TrainingFollowUp, TrainingSession

# Follow-ups show on "Vandaag" and in the list from this many days before they are due.
FOLLOW_UP_DUE_WITHIN_DAYS = 14
SCORES = (
    ("score_overall", Evaluation._meta.get_field("score_overall").verbose_name),
    ("score_talents", Evaluation._meta.get_field("score_talents").verbose_name),
    ("score_confidence", Evaluation._meta.get_field("score_confidence").verbose_name),
    ("score_contacts", Evaluation._meta.get_field("score_contacts").verbose_name),
    ("score_next_step", Evaluation._meta.get_field("score_next_step").verbose_name),
)


# --- completion ---------------------------------------------------------------------------------------


def meets_completion_rule(present: int, held: int, min_percent: int) -> bool:
    """Present at no less than `min_percent` % of the `held` meetings (integer arithmetic: no rounding)."""
    return held > 0 and present * 100 >= min_percent * held


def present_counts(edition: TrainingEdition, until: date | None = None) -> dict[int, int]:
    """Meetings each participant was present at (up to `until`), by enrolment id. One query."""
    attendances = Attendance.objects.filter(session__edition=edition, status=AttendanceStatus.PRESENT)
    if until is not None:
        attendances = attendances.filter(session__held_on__lte=until)
    return dict(attendances.order_by().values("enrolment").annotate(n=Count("pk")).values_list("enrolment", "n"))


def completion_for(edition: TrainingEdition) -> dict[int, bool]:
    """Per enrolment id: does the participant complete the edition by the type's rule, counting every meeting
    of the edition as held? A participant who stopped does not complete."""
    held = edition.sessions.count()
    present = present_counts(edition)
    min_percent = edition.training_type.completion_min_percent
    return {
        pk: left_on is None and meets_completion_rule(present.get(pk, 0), held, min_percent)
        for pk, left_on in edition.enrolments.values_list("pk", "left_on")
    }


# --- lists --------------------------------------------------------------------------------------------


def _count(queryset: QuerySet, key: str) -> Coalesce:
    counted = queryset.order_by().values(key).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def edition_list(
    user, *, training_type=None, year: int | None = None, status: str = "", on: date | None = None
) -> QuerySet:
    """Editions the user may see, newest first, with `participants` (not stopped) and `meetings` counted."""
    on = on or timezone.localdate()
    editions = TrainingEdition.objects.visible_to(user)
    if training_type is not None:
        editions = editions.filter(training_type=training_type)
    if year:
        editions = editions.filter(starts_on__year=year)
    if status:
        editions = editions.with_status(status, on)
    return (
        editions.select_related("training_type", "team", "wijk")
        .defer("wijk__geometry")
        .annotate(
            participants=_count(Enrolment.objects.filter(edition=OuterRef("pk"), left_on__isnull=True), "edition"),
            meetings=_count(TrainingSession.objects.filter(edition=OuterRef("pk")), "edition"),
        )
        .order_by("-starts_on", "name", "pk")
    )


def edition_years(user) -> list[int]:
    """Years in which editions the user may see started, newest first."""
    return sorted({d.year for d in TrainingEdition.objects.visible_to(user).dates("starts_on", "year")}, reverse=True)


# --- the edition page ---------------------------------------------------------------------------------


@dataclass
class ParticipantRow:
    enrolment: Enrolment
    present: int
    held: int
    follow_up: TrainingFollowUp | None
    has_evaluation: bool
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def resident(self) -> Resident:
        return self.enrolment.resident

    @property
    def share(self) -> int | None:
        """Percentage of the meetings held so far that the participant was present at."""
        return round(100 * self.present / self.held) if self.held else None


@dataclass
class EditionOverview:
    sessions: list[TrainingSession]
    held: int  # meetings held up to today (all, once finished)
    rows: list[ParticipantRow]  # participants the user may see
    hidden: int  # participants the user may not see
    participants: int  # not stopped, visible or not
    completed: int | None  # None until the edition is finished
    averages: list[tuple[str, float | None]]  # (label, average score) per question
    evaluations: int
    outcomes: list[Outcome]  # of visible participants, newest first
    follow_ups_planned: int
    follow_ups_done: int
    participatiewet: int | None = None  # participants with a Participatiewet benefit; only for benefit_status


def edition_overview(user, edition: TrainingEdition, on: date | None = None) -> EditionOverview:
    on = on or timezone.localdate()
    sessions = list(edition.sessions.select_related("place").order_by("number"))
    until = edition.finished_on or on
    held = sum(1 for s in sessions if s.held_on <= until)
    enrolments = list(
        edition.enrolments.select_related("resident", "follow_up", "evaluation").order_by(
            "resident__last_name", "resident__first_name", "pk"
        )
    )
    ids = {e.resident_id for e in enrolments}
    visible = set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    present = present_counts(edition, until)
    outcomes = list(
        Outcome.objects.filter(enrolment__edition=edition, enrolment__resident_id__in=visible)
        .select_related("place", "enrolment__resident")
        .order_by("-started_on", "-pk")
    )
    by_enrolment: dict[int, list[Outcome]] = {}
    for outcome in outcomes:
        by_enrolment.setdefault(outcome.enrolment_id, []).append(outcome)
    rows = []
    for enrolment in enrolments:
        if enrolment.resident_id not in visible:
            continue
        follow_up = getattr(enrolment, "follow_up", None)
        rows.append(
            ParticipantRow(
                enrolment=enrolment,
                present=present.get(enrolment.pk, 0),
                held=held,
                follow_up=follow_up,
                has_evaluation=hasattr(enrolment, "evaluation"),
                outcomes=by_enrolment.get(enrolment.pk, []),
            )
        )
    averages = Evaluation.objects.filter(enrolment__edition=edition).aggregate(
        n=Count("pk"), **{name: Avg(name) for name, _label in SCORES}
    )
    follow_ups = [f for f in (getattr(e, "follow_up", None) for e in enrolments) if f is not None]
    overview = EditionOverview(
        sessions=sessions,
        held=held,
        rows=rows,
        hidden=len(enrolments) - len(rows),
        participants=sum(1 for e in enrolments if e.left_on is None),
        completed=sum(1 for e in enrolments if e.completed) if edition.finished_on else None,
        averages=[(label, averages[name]) for name, label in SCORES],
        evaluations=averages["n"],
        outcomes=outcomes,
        follow_ups_planned=len(follow_ups),
        follow_ups_done=sum(1 for f in follow_ups if f.done_on is not None),
    )
    if access.can(user, "trainings.benefit_status") and edition.team_id in access.team_ids(user, *access.TEAM_WORK):
        overview.participatiewet = sum(1 for e in enrolments if e.benefit_status == BenefitStatus.PARTICIPATIEWET)
    return overview


# --- attendance ---------------------------------------------------------------------------------------


@dataclass
class GridCell:
    session: TrainingSession
    status: str  # an AttendanceStatus value, or "" when nothing is recorded
    label: str
    applies: bool  # False before the meeting took place or after the participant stopped


@dataclass
class GridRow:
    enrolment: Enrolment
    cells: list[GridCell]
    present: int


@dataclass
class AttendanceGrid:
    sessions: list[TrainingSession]
    rows: list[GridRow]
    hidden: int
    present_per_session: list[int]


def attendance_grid(user, edition: TrainingEdition, on: date | None = None) -> AttendanceGrid:
    """Participants × meetings with what was recorded. Four queries."""
    on = on or timezone.localdate()
    sessions = list(edition.sessions.order_by("number"))
    enrolments = list(
        Enrolment.objects.visible_to(user)
        .filter(edition=edition)
        .select_related("resident")
        .order_by("resident__last_name", "resident__first_name", "pk")
    )
    total = edition.enrolments.count()
    recorded = {
        (a.enrolment_id, a.session_id): a.status
        for a in Attendance.objects.filter(session__edition=edition).only("enrolment_id", "session_id", "status")
    }
    labels = dict(AttendanceStatus.choices)
    rows = []
    present_per_session = [0] * len(sessions)
    for enrolment in enrolments:
        cells = []
        for index, session in enumerate(sessions):
            status = recorded.get((enrolment.pk, session.pk), "")
            applies = session.held_on <= on and (enrolment.left_on is None or enrolment.left_on > session.held_on)
            cells.append(GridCell(session=session, status=status, label=str(labels.get(status, "")), applies=applies))
            if status == AttendanceStatus.PRESENT:
                present_per_session[index] += 1
        rows.append(GridRow(enrolment=enrolment, cells=cells, present=sum(c.status == "present" for c in cells)))
    return AttendanceGrid(
        sessions=sessions, rows=rows, hidden=total - len(enrolments), present_per_session=present_per_session
    )


@dataclass
class SheetRow:
    enrolment: Enrolment
    status: str  # "" when nothing is recorded yet


def session_sheet(user, session: TrainingSession) -> list[SheetRow]:
    """The participants the user may see who still took part on the meeting's date, with their status."""
    enrolments = (
        Enrolment.objects.visible_to(user)
        .filter(edition_id=session.edition_id)
        .active_on(session.held_on)
        .select_related("resident")
        .order_by("resident__first_name", "resident__last_name", "pk")
    )
    statuses = dict(Attendance.objects.filter(session=session).values_list("enrolment_id", "status"))
    return [SheetRow(enrolment=e, status=statuses.get(e.pk, "")) for e in enrolments]


def sheet_row(user, session: TrainingSession, enrolment: Enrolment) -> SheetRow:
    status = Attendance.objects.filter(session=session, enrolment=enrolment).values_list("status", flat=True).first()
    return SheetRow(enrolment=enrolment, status=status or "")


# --- follow-ups ---------------------------------------------------------------------------------------


def _with_parties(follow_ups: QuerySet) -> QuerySet:
    return follow_ups.select_related("enrolment__resident", "enrolment__edition").order_by("due_on", "pk")


def due_follow_ups(user, on: date | None = None, within_days: int = FOLLOW_UP_DUE_WITHIN_DAYS) -> QuerySet:
    """Pending follow-ups of the teams where the user works (connector, team lead), overdue or due within
    `within_days`, of participants the user may see."""
    on = on or timezone.localdate()
    return _with_parties(
        TrainingFollowUp.objects.visible_to(user)
        .filter(access.team_scope(user, "enrolment__edition__team_id", roles=access.TEAM_WORK))
        .pending()
        .filter(due_on__lte=on + timedelta(days=within_days))
    )


def my_follow_ups(user) -> QuerySet:
    """Pending follow-ups of the editions the user is a trainer of, and (as team lead) of the team's editions."""
    mine = Q(enrolment__edition__in=TrainingEdition.objects.filter(trainers=user).values("pk"))
    led = access.team_ids(user, Role.TEAM_LEAD)
    if led:
        mine |= Q(enrolment__edition__team_id__in=led)
    return _with_parties(
        TrainingFollowUp.objects.visible_to(user)
        .filter(access.team_scope(user, "enrolment__edition__team_id", roles=access.TEAM_WORK))
        .pending()
        .filter(mine)
    )
