"""Views of the workload app: thin, scoped through bloei.core.access."""

from datetime import date, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error

from . import selectors, services
from .choices import OverviewPeriod
from .forms import BoundaryDecisionForm, OverviewFilterForm, TimeRecordForm
from .models import TimeRecord
from .services import RECORD_WEEKS_BACK, week_of


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _teams(user, role: str) -> list[Team]:
    teams = list(Team.objects.filter(pk__in=user.team_ids_for(role)).order_by("name"))
    if not teams:
        raise PermissionDenied
    return teams


def _chosen_team(value: str | None, teams: list[Team]) -> Team:
    if not value:
        return teams[0]
    team = next((t for t in teams if str(t.pk) == value), None)
    if team is None:
        raise Http404
    return team


def _week_url(week: date, team: Team, teams: list[Team]) -> str:
    query = {"week": week.isoformat()}
    if len(teams) > 1:
        query["team"] = team.pk
    return f"{reverse('workload:my_week')}?{urlencode(query)}"


# --- a connector's hours -------------------------------------------------------------------------------


@capability_required("workload.record")
def my_week(request):
    """Record the hours of one week (?week=<a date in it>, default this week), and see the last 12 weeks."""
    user = request.user
    teams = _teams(user, Role.CONNECTOR)
    data = request.POST if request.method == "POST" else request.GET
    team = _chosen_team(data.get("team"), teams)
    today = timezone.localdate()
    current = week_of(today)
    asked = _parse_date(data.get("week"))
    if request.method == "POST":
        if asked is None:
            messages.error(request, _("Choose a valid week."))
            return redirect(_week_url(current, team, teams))
        week = asked  # the service refuses a day that is not a Monday, a future or too old a week
    else:
        oldest = current - timedelta(weeks=RECORD_WEEKS_BACK)
        week = min(max(week_of(asked), oldest), current) if asked else current

    record = TimeRecord.objects.filter(user=user, team=team, week=week).first()
    previous = services.previous_record(user=user, team=team, week=week)
    number = week.isocalendar().week
    if request.method == "POST" and request.POST.get("action") == "copy":
        try:
            services.copy_previous_week(by=user, team=team, week=week)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            message = _("Week %(number)s: the same hours as before have been saved.") % {"number": number}
            messages.success(request, message)
        return redirect(_week_url(week_of(week), team, teams))
    if request.method == "POST":
        form = TimeRecordForm(request.POST)
        if form.is_valid():
            try:
                services.record_week(by=user, team=team, week=week, hours=form.hours())
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Your hours of week %(number)s have been saved.") % {"number": number})
                return redirect(_week_url(week, team, teams))
    else:
        form = TimeRecordForm(initial_record=record or previous)

    return render(
        request,
        "workload/my_week.html",
        {
            "form": form,
            "team": team,
            "teams": teams,
            "week": week,
            "week_end": week + timedelta(days=6),
            "number": number,
            "record": record,
            "previous": previous,
            "previous_is_last_week": previous is not None and previous.week == week - timedelta(weeks=1),
            "is_current": week == current,
            "earlier_url": _week_url(week - timedelta(weeks=1), team, teams)
            if week > current - timedelta(weeks=RECORD_WEEKS_BACK)
            else None,
            "later_url": _week_url(week + timedelta(weeks=1), team, teams) if week < current else None,
            "current_url": _week_url(current, team, teams),
            "history": selectors.my_weeks(user, team, today),
            "team_urls": [(t, _week_url(week, t, teams)) for t in teams] if len(teams) > 1 else [],
        },
    )


# --- the team lead's overview --------------------------------------------------------------------------


@capability_required("workload.overview")
def overview(request):
    """Hours per category and the share in the neighbourhood, per connector and for the team, over time."""
    teams = Team.objects.filter(pk__in=access.team_ids(request.user, Role.TEAM_LEAD)).order_by("name")
    if not teams:
        raise PermissionDenied
    form = OverviewFilterForm(request.GET or None, teams=teams)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    team = filters.get("team") or teams[0]
    period = filters.get("period") or OverviewPeriod.WEEKS_12
    today = timezone.localdate()
    context = selectors.team_overview(team, period=period, on=today)
    context.update(
        {
            "form": form,
            "team": team,
            "period_label": OverviewPeriod(period).label,
            "mark_weeks": selectors.MISSING_WEEKS_MARK,
            "by_month": period in (OverviewPeriod.MONTHS_6, OverviewPeriod.MONTHS_12),
        }
    )
    return render(request, "workload/overview.html", context)


# --- "een grens stellen" -------------------------------------------------------------------------------


@capability_required("boundaries.view")
def boundary_list(request):
    """Residents whose file is open long without an active connection, for the team's discussion."""
    user = request.user
    today = timezone.localdate()
    residents = selectors.with_current_staff(
        selectors.flagged_residents(user, today).select_related("buurt").defer("buurt__geometry"), today
    )
    page_obj = Paginator(residents, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    for resident in page_obj:
        resident.days_open = selectors.days_open(resident, today)
    return render(
        request,
        "workload/boundary_list.html",
        {
            "page_obj": page_obj,
            "under_review": list(selectors.decisions_under_review(user, today)[:100]),
            "after_days": selectors.boundary_after_days(),
            "can_decide": access.can(user, "boundaries.decide"),
            "today": today,
        },
    )


@capability_required("boundaries.view")
def boundary_detail(request, uuid):
    """One resident: why they are listed, the decisions so far, and (team lead) the decision form."""
    user = request.user
    resident = visible_or_404(
        selectors.boundary_residents(user).select_related("team", "buurt").defer("buurt__geometry"), uuid=uuid
    )
    can_decide = access.can(user, "boundaries.decide")
    if request.method == "POST":
        access.require(user, "boundaries.decide")
    today = timezone.localdate()
    form = None
    if can_decide and resident.closed_on is None:
        form = BoundaryDecisionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.decide_boundary(by=user, resident=resident, **form.service_kwargs())
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("The decision has been recorded."))
                return redirect("workload:boundary_list")
    elif request.method == "POST":
        messages.error(request, _("This resident's file is already closed."))
        return redirect("workload:boundary_detail", uuid=resident.uuid)
    flagged = selectors.flagged_residents(user, today).filter(pk=resident.pk).first()
    return render(
        request,
        "workload/boundary_detail.html",
        {
            "resident": resident,
            "flagged": flagged,
            "days_open": selectors.days_open(resident, today),
            "history": selectors.decision_history(resident),
            "form": form,
            "can_decide": can_decide,
            "after_days": selectors.boundary_after_days(),
        },
    )
