"""Who may see and do what: the one place for role × team scoping.

Every view, queryset, export and import asks this module. Two layers:

* capabilities: may this role use a feature at all? (`can`, `capability_required`)
  Refused with 403; it reveals nothing, since it depends on the role alone.
* scopes: which records of that feature? (`resident_scope`, `team_scope`, ...)
  A record outside the scope answers 404, as if it did not exist.

Superusers get no resident data by virtue of the flag: a beheerder keeps
reference data, not casework.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from bloei.accounts.choices import Role

CASEWORK = (Role.CONNECTOR, Role.GENERALIST, Role.TEAM_LEAD)
TEAM_WORK = (Role.CONNECTOR, Role.TEAM_LEAD)

CAPABILITIES: dict[str, tuple[str, ...]] = {
    # Casework on residents: registration, talent scans, contact moments, sign-ups.
    "residents.view": CASEWORK,
    "residents.edit": CASEWORK,
    # Matches and their follow-ups.
    "matches.view": CASEWORK,
    "matches.edit": TEAM_WORK,
    # Development places and openings: organisations, no resident data.
    "places.view": (*CASEWORK, Role.ANALYST),
    "places.edit": TEAM_WORK,
    # Networks and activities of a team.
    "community.view": CASEWORK,
    "community.edit": TEAM_WORK,
    # Team lead's overview of caseload and follow-ups, and the team's audit trail.
    "team.overview": (Role.TEAM_LEAD,),
    "audit.view": (Role.TEAM_LEAD,),
    # Import from an existing registration, into the importer's own team(s).
    "imports.run": (Role.TEAM_LEAD,),
    # Key figures without personal data.
    "figures.view": (Role.TEAM_LEAD, Role.ANALYST, Role.MUNICIPALITY, Role.ADMIN),
    # Reference data in the Django admin.
    "admin.reference": (Role.ADMIN,),
    # How the ranked suggestions learn: weights, acceptance per signal (aggregates, no personal data).
    "matching.tuning": (Role.TEAM_LEAD, Role.ADMIN),
    # Trainings: editions of the team, enrolment, attendance, evaluation, outcomes, one-year follow-up.
    "trainings.view": CASEWORK,
    "trainings.edit": TEAM_WORK,
    # A participant's benefit status (Participatiewet): only the trainers' team and its lead, for its purpose.
    "trainings.benefit_status": TEAM_WORK,
    # Outreach rounds, ambassadors and their flyers.
    "outreach.view": CASEWORK,
    "outreach.edit": TEAM_WORK,
    # Neighbourhood plans (wijkplannen) per wijk and year.
    "plans.view": CASEWORK,
    "plans.edit": TEAM_WORK,
    # Workload: connectors record their own time; the team lead sees the balance.
    "workload.record": (Role.CONNECTOR,),
    "workload.overview": (Role.TEAM_LEAD,),
    # "Een grens stellen": long open trajectories without an active connection, for team discussion.
    "boundaries.view": TEAM_WORK,
    "boundaries.decide": (Role.TEAM_LEAD,),
    # Warm hand-over from a generalist to the connectors of a team.
    "referrals.create": (Role.GENERALIST,),
    "referrals.receive": TEAM_WORK,
    # Signals of an unsafe or crisis situation: raised by connectors, restricted to the team's
    # generalists, the raiser and (on escalation) the team lead.
    "signals.raise": TEAM_WORK,
    "signals.view": CASEWORK,
    # The indicator definitions: shared by everyone who works with or reads the figures.
    "monitoring.definitions": (*CASEWORK, Role.ANALYST, Role.MUNICIPALITY, Role.ADMIN),
    # The shared dashboard: exact for staff, protected aggregates for the municipality.
    "monitoring.dashboard": (*CASEWORK, Role.ANALYST, Role.MUNICIPALITY),
    # From a figure to the records behind it: casework roles within their scope, the analyst pseudonymised.
    "monitoring.drilldown": (*CASEWORK, Role.ANALYST),
    # Data quality: the analyst across teams (pseudonymised), the team lead for their own teams.
    "monitoring.quality": (Role.ANALYST, Role.TEAM_LEAD),
    # The yearly report (PDF, XLSX): protected for the municipality, like its dashboard.
    "monitoring.report": (Role.TEAM_LEAD, Role.ANALYST, Role.MUNICIPALITY),
    # Neighbourhood figures (need) per buurt from a CSV: reference data about areas.
    "figures.upload": (Role.ANALYST, Role.ADMIN),
}


def can(user, capability: str) -> bool:
    if not user.is_authenticated:
        return False
    return user.has_role(*CAPABILITIES[capability])


def require(user, capability: str) -> None:
    if not can(user, capability):
        raise PermissionDenied


def capability_required(capability: str):
    """View decorator: 403 unless the user's role grants `capability`."""
    if capability not in CAPABILITIES:
        raise ValueError(f"Unknown capability {capability}")

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            require(request.user, capability)
            return view(request, *args, **kwargs)

        wrapped.capability = capability
        return wrapped

    return decorator


NOTHING = Q(pk__in=[])


def team_ids(user, *roles: str) -> frozenset[int]:
    return user.team_ids_for(*(roles or TEAM_WORK)) if user.is_authenticated else frozenset()


def _prefixed(prefix: str, lookup: str) -> str:
    return f"{prefix}__{lookup}" if prefix else lookup


def active_assignment_exists(user, resident_ref: str = "pk") -> Exists:
    from bloei.people.models import Assignment

    today = timezone.localdate()
    return Exists(
        Assignment.objects.filter(resident=OuterRef(resident_ref), user=user, started_on__lte=today).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gt=today)
        )
    )


def resident_scope(user, prefix: str = "") -> Q:
    """Residents of the user's own teams (connector, team lead) and residents assigned to them."""
    if not user.is_authenticated or not user.has_role(*CASEWORK):
        return NOTHING
    q = Q()
    teams = team_ids(user, Role.CONNECTOR, Role.TEAM_LEAD)
    if teams:
        q |= Q(**{_prefixed(prefix, "team_id__in"): teams})
    from bloei.people.models import Assignment

    today = timezone.localdate()
    assigned = Assignment.objects.filter(user=user, started_on__lte=today).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gt=today)
    )
    q |= Q(**{_prefixed(prefix, "pk__in"): assigned.values("resident_id")})
    return q


def team_scope(user, field: str = "team_id", roles: tuple[str, ...] = CASEWORK) -> Q:
    """Records that belong to one of the user's teams."""
    teams = team_ids(user, *roles)
    if not teams:
        return NOTHING
    return Q(**{f"{field}__in": teams})


def match_scope(user) -> Q:
    """Matches of the user's teams, matches they work on, and matches of residents they may see."""
    if not user.is_authenticated or not user.has_role(*CASEWORK):
        return NOTHING
    q = team_scope(user, roles=TEAM_WORK) | Q(connectors=user)
    if user.has_role(Role.GENERALIST):
        q |= resident_scope(user, "resident_a") | resident_scope(user, "resident_b")
    return q


def place_scope(user) -> Q:
    """Development places are organisations: every role that may view them sees all of them."""
    return Q() if can(user, "places.view") else NOTHING


def visible_or_404(queryset: QuerySet, **lookup):
    """Get one object from an already scoped queryset, or 404 revealing nothing."""
    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, ValidationError):
        raise Http404 from None


def assert_in_scope(queryset: QuerySet, obj) -> None:
    """After a write: the object must still be visible to the acting user, else roll back."""
    if not queryset.filter(pk=obj.pk).exists():
        raise PermissionDenied("The change would move the record out of your scope")
