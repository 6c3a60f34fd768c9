"""Views of the outreach app: thin, scoped through bloei.core.access."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.core.models import AuditEvent
from bloei.core.pdf import pdf_response
from bloei.core.services import record_event

from . import selectors, services
from .forms import (
    AmbassadorFilterForm,
    FlyerForm,
    OverviewFilterForm,
    RoundFilterForm,
    RoundForm,
    SignUpForm,
    SignUpSearchForm,
)
from .models import OutreachRound, RoundSignUp


def _rounds(user):
    return (
        OutreachRound.objects.visible_to(user)
        .select_related("team", "buurt__neighbourhood", "created_by")
        .defer("buurt__geometry", "buurt__neighbourhood__geometry")
    )


def _editable_rounds(user):
    return _rounds(user).editable_by(user)


def _filters(form) -> dict:
    """The cleaned filters; an unbound form filters on the current year."""
    if not form.is_bound:
        return {"year": timezone.localdate().year}
    return form.cleaned_data if form.is_valid() else {"year": timezone.localdate().year}


# --- rounds -------------------------------------------------------------------------------------------


@capability_required("outreach.view")
def round_list(request):
    years = selectors.round_years(request.user)
    form = RoundFilterForm(request.GET or None, user=request.user, years=years, initial={"year": years[0]})
    filters = _filters(form)
    rounds = selectors.round_list(
        request.user,
        year=filters.get("year"),
        team=filters.get("team"),
        kind=filters.get("kind", ""),
        buurt=filters.get("buurt"),
    )
    page_obj = Paginator(rounds, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(r, selectors.round_reach_line(r)) for r in page_obj]
    context = {
        "form": form,
        "page_obj": page_obj,
        "rows": rows,
        "can_edit": access.can(request.user, "outreach.edit"),
    }
    return render(request, "outreach/round_list.html", context)


@capability_required("outreach.edit")
def round_create(request):
    form = RoundForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            outreach_round = services.record_round(
                by=request.user, team=form.cleaned_data["team"], **form.service_kwargs()
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The outreach round has been recorded."))
            return redirect("outreach:round_detail", uuid=outreach_round.uuid)
    return render(request, "outreach/round_form.html", {"form": form})


def _round_context(request, outreach_round, *, search_form=None, signup_form=None, candidates=None):
    signups = selectors.round_signups(request.user, outreach_round)
    return {
        "round": outreach_round,
        "reach_line": selectors.round_reach_line(outreach_round, signups=signups.total),
        "signups": signups,
        "staff": list(outreach_round.staff.order_by("first_name", "last_name")),
        "wishes": list(outreach_round.round_wishes.select_related("wish")),
        "can_edit": access.can(request.user, "outreach.edit")
        and outreach_round.team_id in access.team_ids(request.user, *access.TEAM_WORK),
        "search_form": search_form or SignUpSearchForm(),
        "signup_form": signup_form,
        "candidates": candidates,
    }


@capability_required("outreach.view")
def round_detail(request, uuid):
    outreach_round = visible_or_404(_rounds(request.user), uuid=uuid)
    return render(request, "outreach/round_detail.html", _round_context(request, outreach_round))


@capability_required("outreach.edit")
def round_edit(request, uuid):
    outreach_round = visible_or_404(_editable_rounds(request.user), uuid=uuid)
    form = RoundForm(request.POST or None, instance=outreach_round, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_round(outreach_round=outreach_round, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("outreach:round_detail", uuid=outreach_round.uuid)
        outreach_round = visible_or_404(_editable_rounds(request.user), uuid=uuid)  # show what is stored
    return render(request, "outreach/round_form.html", {"form": form, "round": outreach_round})


@capability_required("outreach.edit")
def signup_add(request, uuid):
    """Link a resident who signed up after the round: search (GET ?q=), then link one (POST)."""
    outreach_round = visible_or_404(_editable_rounds(request.user), uuid=uuid)
    search_form = SignUpSearchForm(request.GET or None)
    text = search_form.cleaned_data["q"] if search_form.is_bound and search_form.is_valid() else ""
    signup_form = SignUpForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if signup_form.is_valid():
            try:
                services.link_signup(
                    outreach_round=outreach_round,
                    resident=signup_form.cleaned_data["resident"],
                    by=request.user,
                    signed_up_on=signup_form.cleaned_data["signed_up_on"],
                )
            except ValidationError as error:
                add_service_error(signup_form, error)
            else:
                messages.success(request, _("The sign-up has been linked to the round."))
                return redirect("outreach:round_detail", uuid=outreach_round.uuid)
    candidates = selectors.signup_candidates(request.user, outreach_round, text) if text else None
    context = _round_context(
        request, outreach_round, search_form=search_form, signup_form=signup_form, candidates=candidates
    )
    context["query"] = text
    return render(request, "outreach/signup_add.html", context)


@capability_required("outreach.edit")
def signup_remove(request, uuid, pk):
    outreach_round = visible_or_404(_editable_rounds(request.user), uuid=uuid)
    signup = visible_or_404(RoundSignUp.objects.visible_to(request.user).filter(outreach_round=outreach_round), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.unlink_signup(signup=signup, by=request.user)
    messages.success(request, _("The sign-up has been taken off the round."))
    return redirect("outreach:round_detail", uuid=outreach_round.uuid)


# --- figures per kind ---------------------------------------------------------------------------------


@capability_required("outreach.view")
def overview(request):
    years = selectors.round_years(request.user)
    form = OverviewFilterForm(request.GET or None, user=request.user, years=years, initial={"year": years[0]})
    filters = _filters(form)
    year, team = filters.get("year"), filters.get("team")
    context = {
        "form": form,
        "year": year,
        "team": team,
        "overview": selectors.kind_overview(request.user, year=year, team=team),
        "wishes": selectors.top_wishes(request.user, year=year, team=team),
    }
    return render(request, "outreach/overview.html", context)


# --- ambassadors and key figures ----------------------------------------------------------------------


@capability_required("outreach.view")
def ambassador_list(request):
    years = selectors.referral_years(request.user)
    form = AmbassadorFilterForm(request.GET or None, user=request.user, years=years, initial={"year": years[0]})
    filters = _filters(form)
    year = filters.get("year")
    people = selectors.ambassador_list(request.user, year=year, team=filters.get("team"))
    page_obj = Paginator(people, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "outreach/ambassador_list.html", {"form": form, "page_obj": page_obj, "year": year})


def _ambassador(request, uuid):
    return visible_or_404(
        selectors.ambassadors(request.user)
        .select_related("buurt__neighbourhood", "team")
        .defer("buurt__geometry", "buurt__neighbourhood__geometry"),
        uuid=uuid,
    )


@capability_required("outreach.view")
def ambassador_detail(request, uuid):
    ambassador = _ambassador(request, uuid)
    record_event(by=request.user, action=AuditEvent.Action.VIEW, event="ambassador.viewed", obj=ambassador)
    context = {
        "ambassador": ambassador,
        "years": selectors.reach_by_year(ambassador),
        "referred": selectors.referred_residents(request.user, ambassador),
    }
    return render(request, "outreach/ambassador_detail.html", context)


@capability_required("outreach.view")
def ambassador_flyer(request, uuid):
    """A printable flyer (PDF) about Bloei and the ambassador's buurt, in the language asked for (?taal=)."""
    ambassador = _ambassador(request, uuid)
    form = FlyerForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Unknown language."))
    if ambassador.buurt_id is None:
        messages.error(request, _("Record the buurt of the ambassador first: the flyer is about their buurt."))
        return redirect("outreach:ambassador_detail", uuid=ambassador.uuid)
    language = form.cleaned_data["taal"] or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        context = selectors.flyer_context(ambassador)
        word = _("flyer")
        filename = f"{word} {ambassador.buurt.name} {language}"
        response = pdf_response("outreach/pdf/flyer.html", context, request, filename)
    record_event(
        by=request.user,
        action=AuditEvent.Action.EXPORT,
        event="ambassador.flyer_printed",
        obj=ambassador,
        language=language,
    )
    return response
