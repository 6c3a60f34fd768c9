from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from bloei.core import access
from bloei.core.access import capability_required
from bloei.core.forms import StyledForm
from bloei.core.models import AuditEvent
from bloei.people.models import Resident

from . import selectors
from .forms import LoginForm


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


# --- The team lead's pages ------------------------------------------------------------------------------


class AuditFilterForm(StyledForm):
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("All actions")), *AuditEvent.Action.choices]
    )
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput)
    end = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            raise ValidationError(_("The end of the period is before its start."))
        return cleaned


@capability_required("team.overview")
def team_overview(request):
    """Caseload per staff member, waiting sign-ups, overdue follow-ups and this year's matches of one team."""
    team = selectors.team_for_lead(request.user, request.GET.get("team"))
    today = timezone.localdate()
    overdue, overdue_total = selectors.team_overdue_follow_ups(team, today)
    return render(
        request,
        "accounts/team_overview.html",
        {
            "team": team,
            "teams": selectors.lead_teams(request.user),
            "today": today,
            "caseload": selectors.team_caseload(team, today),
            "signups": selectors.team_open_signups(team, today),
            "overdue": overdue,
            "overdue_total": overdue_total,
            "matches_started": selectors.team_matches_started(team, today.year),
            "can_audit": access.can(request.user, "audit.view"),
        },
    )


@capability_required("audit.view")
def team_audit(request):
    """The team's audit trail: who viewed or changed which record, when."""
    team = selectors.team_for_lead(request.user, request.GET.get("team"))
    form = AuditFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.team_audit_events(
        team, action=filters.get("action", ""), start=filters.get("start"), end=filters.get("end")
    )
    page_obj = Paginator(events, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    resident_ids = {event.resident_id for event in page_obj if event.resident_id}
    visible = set(
        Resident.objects.visible_to(request.user).filter(pk__in=resident_ids).values_list("pk", flat=True)
        if resident_ids
        else []
    )
    return render(
        request,
        "accounts/team_audit.html",
        {
            "team": team,
            "teams": selectors.lead_teams(request.user),
            "form": form,
            "page_obj": page_obj,
            "visible_residents": visible,
        },
    )
