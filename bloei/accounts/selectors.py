"""Reads for the team lead: the team's caseload, waiting sign-ups, overdue follow-ups, audit trail."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, IntegerField, Min, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from bloei.core.models import AuditEvent

from .choices import Role
from .models import Team, User

CASELOAD_ROLES = (Role.CONNECTOR, Role.GENERALIST, Role.TEAM_LEAD)


def lead_teams(user) -> QuerySet:
    """Teams where the user is team lead today."""
    return Team.objects.filter(pk__in=user.team_ids_for(Role.TEAM_LEAD)).order_by("name")


def team_for_lead(user, slug: str | None) -> Team:
    """The team asked for by `slug`, or the user's first team as team lead; 404 for any other team."""
    teams = lead_teams(user)
    team = teams.filter(slug=slug).first() if slug else teams.first()
    if team is None:
        raise Http404
    return team


def _count(queryset: QuerySet, ref: str) -> Coalesce:
    """A correlated COUNT(*) of `queryset` grouped by `ref`, as an annotation (0 when none)."""
    counted = queryset.order_by().values(ref).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def team_caseload(team: Team, on: date | None = None) -> list[User]:
    """Staff of the team (connectors, generalists, team leads) with their caseload annotated.

    residents: residents with an active assignment to them; active_matches: active matches they work on;
    pending_follow_ups / overdue_follow_ups: open follow-ups of those matches (overdue: due before `on`).
    Counts cover the person's whole caseload, also in other teams. One query.
    """
    from bloei.matching.models import FollowUp, Match
    from bloei.people.models import Assignment

    on = on or timezone.localdate()
    residents = Coalesce(
        Subquery(
            Assignment.objects.filter(user=OuterRef("pk"), started_on__lte=on)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on))
            .order_by()
            .values("user")
            .annotate(n=Count("resident", distinct=True))
            .values("n"),
            output_field=IntegerField(),
        ),
        Value(0),
    )
    on_match = Match.connectors.through.objects.filter(user=OuterRef("pk"))
    active_matches = _count(on_match.filter(match__status="active"), "user")
    pending = FollowUp.objects.pending().filter(match__connectors=OuterRef("pk"))
    return list(
        User.objects.filter(
            memberships__team=team,
            memberships__role__in=CASELOAD_ROLES,
            memberships__started_on__lte=on,
        )
        .filter(Q(memberships__ended_on__isnull=True) | Q(memberships__ended_on__gt=on))
        .distinct()
        .annotate(
            residents=residents,
            active_matches=active_matches,
            pending_follow_ups=_count(pending, "match__connectors"),
            overdue_follow_ups=_count(pending.filter(due_on__lt=on), "match__connectors"),
        )
        .order_by("first_name", "last_name", "username")
    )


@dataclass(frozen=True)
class WaitingSignUps:
    kind: str
    label: str
    count: int
    oldest_opened_on: date | None
    waiting_days: int | None  # how long the oldest has waited


def team_open_signups(team: Team, on: date | None = None) -> list[WaitingSignUps]:
    """Open requests and offers of the team: how many, and since when the oldest waits. One query."""
    from bloei.matching.choices import SignUpKind, SignUpStatus
    from bloei.matching.models import SignUp

    on = on or timezone.localdate()
    rows = {
        row["kind"]: row
        for row in SignUp.objects.filter(team=team, status=SignUpStatus.OPEN)
        .order_by()
        .values("kind")
        .annotate(n=Count("pk"), oldest=Min("opened_on"))
    }
    result = []
    for kind, label in SignUpKind.choices:
        row = rows.get(kind, {})
        oldest = row.get("oldest")
        result.append(
            WaitingSignUps(
                kind=kind,
                label=str(label),
                count=row.get("n", 0),
                oldest_opened_on=oldest,
                waiting_days=(on - oldest).days if oldest else None,
            )
        )
    return result


def team_overdue_follow_ups(team: Team, on: date | None = None, limit: int = 100) -> tuple[list, int]:
    """Overdue follow-ups of the team's matches, oldest first (at most `limit`), and how many there are."""
    from bloei.matching.models import FollowUp

    on = on or timezone.localdate()
    overdue = FollowUp.objects.overdue(on).filter(match__team=team)
    rows = list(overdue.select_related("match").prefetch_related("match__connectors").order_by("due_on", "pk")[:limit])
    total = len(rows) if len(rows) < limit else overdue.count()
    return rows, total


def team_matches_started(team: Team, year: int) -> list[tuple[str, str, int]]:
    """Matches of the team that started in `year`, per kind: (kind, label, count), every kind listed."""
    from bloei.matching.choices import MatchKind
    from bloei.matching.models import Match

    counts = dict(
        Match.objects.filter(team=team, started_on__year=year)
        .order_by()
        .values("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return [(kind, str(label), counts.get(kind, 0)) for kind, label in MatchKind.choices]


def team_audit_events(team: Team, *, action: str = "", start: date | None = None, end: date | None = None) -> QuerySet:
    """The team's audit trail, newest first, with actor, record type and resident joined in."""
    events = AuditEvent.objects.filter(team=team)
    if action:
        events = events.filter(action=action)
    if start:
        events = events.filter(at__date__gte=start)
    if end:
        events = events.filter(at__date__lte=end)
    return events.select_related("actor", "content_type", "resident").order_by("-at", "-pk")
