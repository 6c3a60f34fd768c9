"""Requests and offers (WIJ match sign-ups), the match flow, the match page with its follow-ups."""

import uuid as uuid_lib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from django_htmx.http import HttpResponseClientRedirect

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.services import record_event
from bloei.people.models import Resident
from bloei.places.models import Opening, Place
from bloei.places.selectors import capacity_left

from . import selectors, services
from .choices import TRANSITIONS, FollowUpOutcome, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from .forms import (
    CounterpartSearchForm,
    FollowUpForm,
    MatchFilterForm,
    ProposeMatchForm,
    SignUpFilterForm,
    SignUpForm,
    TransitionForm,
    WithdrawSignUpForm,
    apply_service_errors,
)
from .models import FollowUp, Match, SignUp


def _uuid_param(value: str | None):
    """A uuid from the query string, or 404 when it is not one (nothing to find)."""
    try:
        return uuid_lib.UUID(value)
    except (TypeError, ValueError):
        raise Http404 from None


def _create_url(**params) -> str:
    return f"{reverse('matching:match_create')}?{urlencode(params)}"


def _is_fragment(request) -> bool:
    return bool(request.htmx) and not request.htmx.boosted


# --- sign-ups ----------------------------------------------------------------------------------------------------


@require_GET
@capability_required("residents.view")
def signup_list(request):
    data = request.GET.copy()
    data.setdefault("status", SignUpStatus.OPEN)  # the waiting list, unless another status (or all) is asked for
    form = SignUpFilterForm(data)
    filters = form.cleaned_data if form.is_valid() else {"status": SignUpStatus.OPEN}
    today = timezone.localdate()
    signups = selectors.signup_list(
        request.user, kind=filters.get("kind", ""), status=filters.get("status", ""), on=today
    )
    page_obj = Paginator(signups, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    for signup in page_obj:
        signup.days_waiting = signup.waiting_days(today)
    return render(
        request,
        "matching/signup_list.html",
        {
            "form": form,
            "page_obj": page_obj,
            "can_edit": access.can(request.user, "residents.edit"),
        },
    )


def _resident_picker(request, *, target: str, extra: dict) -> list:
    """Residents found by the `q` of the request, each with the URL that continues with them."""
    form = CounterpartSearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    residents = selectors.search_residents(request.user, text) if text else []
    for resident in residents:
        resident.pick_url = f"{reverse(target)}?{urlencode({'resident': resident.uuid, **extra})}"
    return form, residents


@require_http_methods(["GET", "POST"])
@capability_required("residents.edit")
def signup_create(request):
    kind = request.GET.get("kind") if request.GET.get("kind") in SignUpKind.values else None
    if not request.GET.get("resident"):
        form, residents = _resident_picker(request, target="matching:signup_create", extra={"kind": kind or ""})
        context = {"form": form, "results": residents, "searched": bool(form.data.get("q"))}
        if _is_fragment(request):
            return render(request, "matching/partials/resident_results.html", context)
        return render(request, "matching/signup_pick_resident.html", context)

    residents = Resident.objects.visible_to(request.user).select_related("buurt", "team")
    resident = visible_or_404(residents, uuid=_uuid_param(request.GET["resident"]))
    form = SignUpForm(request.POST or None, initial={"kind": kind})
    if request.method == "POST" and form.is_valid():
        try:
            signup = services.open_signup(resident=resident, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("The sign-up is on the waiting list."))
            return redirect("matching:signup_detail", uuid=signup.uuid)
    return render(request, "matching/signup_form.html", {"form": form, "resident": resident})


def _visible_signup(user, uuid) -> SignUp:
    signups = SignUp.objects.visible_to(user).select_related("resident", "resident__buurt", "team", "created_by")
    return visible_or_404(signups.prefetch_related("talents"), uuid=uuid)


def _signup_page(request, signup: SignUp, *, withdraw_form: WithdrawSignUpForm | None = None):
    matches = (
        Match.objects.visible_to(request.user)
        .filter(Q(request=signup) | Q(offer=signup))
        .select_related(*selectors.PARTIES)
        .order_by("-proposed_on", "-pk")
    )
    is_open = signup.status == SignUpStatus.OPEN
    can_edit = access.can(request.user, "residents.edit")
    return render(
        request,
        "matching/signup_detail.html",
        {
            "signup": signup,
            "matches": list(matches),
            "days_waiting": signup.waiting_days(),
            "can_match": is_open and access.can(request.user, "matches.edit"),
            "withdraw_form": (withdraw_form or WithdrawSignUpForm()) if is_open and can_edit else None,
        },
    )


@require_GET
@capability_required("residents.view")
def signup_detail(request, uuid):
    signup = _visible_signup(request.user, uuid)
    record_event(by=request.user, action="view", event="signup.viewed", obj=signup, resident=signup.resident)
    return _signup_page(request, signup)


@capability_required("residents.edit")
def signup_withdraw(request, uuid):
    """POST only (the form is on the sign-up page); role and scope are checked before the method."""
    signup = _visible_signup(request.user, uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if signup.status != SignUpStatus.OPEN:
        messages.error(request, _("Only an open request or offer can be withdrawn."))
        return redirect("matching:signup_detail", uuid=signup.uuid)
    form = WithdrawSignUpForm(request.POST)
    if form.is_valid():
        try:
            services.withdraw_signup(signup=signup, by=request.user, on=form.cleaned_data["on"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("The sign-up has been withdrawn."))
            return redirect("matching:signup_detail", uuid=signup.uuid)
    signup.refresh_from_db()
    return _signup_page(request, signup, withdraw_form=form)


# --- matches -----------------------------------------------------------------------------------------------------


@require_GET
@capability_required("matches.view")
def match_list(request):
    form = MatchFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    matches = selectors.match_list(
        request.user, status=filters.get("status", ""), kind=filters.get("kind", ""), mine=filters.get("mine", False)
    )
    page_obj = Paginator(matches, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "matching/match_list.html",
        {
            "form": form,
            "page_obj": page_obj,
            "can_edit": access.can(request.user, "matches.edit"),
        },
    )


@dataclass
class MatchFlow:
    """Where the match flow started (a sign-up, resident, opening or place), and the kind chosen so far."""

    start: str
    obj: object
    kinds: tuple[str, ...]
    resident: Resident | None = None
    signup: SignUp | None = None
    opening: Opening | None = None
    place: Place | None = None
    kind: str | None = None

    @property
    def query(self) -> dict:
        query = {self.start: str(self.obj.uuid)}
        if self.kind:
            query["kind"] = self.kind
        return query

    def url(self, **extra) -> str:
        return _create_url(**self.query, **extra)

    @property
    def kind_label(self) -> str:
        return MatchKind(self.kind).label if self.kind else ""

    @property
    def kind_links(self) -> list[tuple[str, str]]:
        start = {self.start: self.obj.uuid}
        return [(MatchKind(kind).label, _create_url(**start, kind=kind)) for kind in self.kinds]

    @property
    def counterpart_type(self) -> str:
        if self.kind == MatchKind.RESIDENT_RESIDENT or (self.kind == MatchKind.RESIDENT_PLACE and self.opening):
            return "residents"
        if self.kind == MatchKind.RESIDENT_PLACE:
            return "place_openings" if self.place else "openings"
        return "places"


def _start_flow(request) -> MatchFlow | None:
    user, params = request.user, request.GET
    if params.get("signup"):
        signups = SignUp.objects.visible_to(user).select_related("resident", "resident__buurt")
        signup = visible_or_404(signups, uuid=_uuid_param(params["signup"]))
        flow = MatchFlow(
            "signup",
            signup,
            (MatchKind.RESIDENT_RESIDENT, MatchKind.RESIDENT_PLACE),
            resident=signup.resident,
            signup=signup,
        )
    elif params.get("resident"):
        residents = Resident.objects.visible_to(user).select_related("buurt")
        resident = visible_or_404(residents, uuid=_uuid_param(params["resident"]))
        flow = MatchFlow(
            "resident", resident, (MatchKind.RESIDENT_RESIDENT, MatchKind.RESIDENT_PLACE), resident=resident
        )
    elif params.get("opening"):
        openings = Opening.objects.visible_to(user).select_related("place", "place__buurt")
        opening = visible_or_404(openings, uuid=_uuid_param(params["opening"]))
        flow = MatchFlow("opening", opening, (MatchKind.RESIDENT_PLACE,), opening=opening, place=opening.place)
    elif params.get("place"):
        places = Place.objects.visible_to(user).select_related("buurt")
        place = visible_or_404(places, uuid=_uuid_param(params["place"]))
        flow = MatchFlow("place", place, (MatchKind.PLACE_PLACE, MatchKind.RESIDENT_PLACE), place=place)
    else:
        return None
    kind = params.get("kind")
    if kind in flow.kinds:
        flow.kind = kind
    elif len(flow.kinds) == 1:
        flow.kind = flow.kinds[0]
    return flow


def _suggestion_talents(flow: MatchFlow) -> list[int]:
    if flow.signup is not None:
        return [t.pk for t in flow.signup.talents.all()]
    if flow.opening is not None:
        return list(flow.opening.talents.values_list("pk", flat=True))
    if flow.resident is not None:
        return sorted(selectors.latest_talent_ids(flow.resident))
    return []


def _counterpart_search(request, flow: MatchFlow):
    user = request.user
    form = CounterpartSearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    kind = flow.counterpart_type
    suggested = False
    if kind == "place_openings":
        results = selectors.open_openings_of(flow.place)
        for opening in results:
            opening.pick_url = _create_url(opening=opening.uuid, kind=flow.kind)
    else:
        talent_ids = [] if text else _suggestion_talents(flow)
        suggested = bool(talent_ids)
        if kind == "residents":
            exclude = [flow.resident.pk] if flow.resident else []
            results = selectors.search_residents(user, text, talent_ids=talent_ids, exclude=exclude)
        elif kind == "openings":
            results = selectors.search_openings(user, text, talent_ids=talent_ids)
        else:
            results = selectors.search_places(user, text, exclude=[flow.place.pk])
        for result in results:
            result.pick_url = flow.url(counterpart=result.uuid)
    context = {
        "flow": flow,
        "form": form,
        "results": results,
        "result_type": kind,
        "searched": bool(text),
        "suggested": suggested and not text,
    }
    if _is_fragment(request):
        return render(request, "matching/partials/counterpart_results.html", context)
    return render(request, "matching/match_create_search.html", context)


def _counterpart(flow: MatchFlow, user, value: str):
    uuid = _uuid_param(value)
    kind = flow.counterpart_type
    if kind == "residents":
        return visible_or_404(Resident.objects.visible_to(user).select_related("buurt"), uuid=uuid)
    if kind == "openings":
        return visible_or_404(Opening.objects.visible_to(user).select_related("place", "place__buurt"), uuid=uuid)
    if kind == "places":
        return visible_or_404(Place.objects.visible_to(user).select_related("buurt"), uuid=uuid)
    raise Http404


def _parties(flow: MatchFlow, counterpart) -> dict:
    if flow.kind == MatchKind.RESIDENT_RESIDENT:
        return {"resident_a": flow.resident, "resident_b": counterpart}
    if flow.kind == MatchKind.RESIDENT_PLACE:
        if flow.opening is not None:
            return {"resident_a": counterpart, "opening": flow.opening}
        return {"resident_a": flow.resident, "opening": counterpart}
    return {"place_a": flow.place, "place_b": counterpart}


@require_http_methods(["GET", "POST"])
@capability_required("matches.edit")
def match_create(request):
    """Propose a match in steps: where it starts, the kind, the counterpart, then confirm."""
    flow = _start_flow(request)
    if flow is None:
        form, residents = _resident_picker(request, target="matching:match_create", extra={})
        context = {"form": form, "results": residents, "searched": bool(form.data.get("q"))}
        if _is_fragment(request):
            return render(request, "matching/partials/resident_results.html", context)
        return render(request, "matching/match_create_start.html", context)
    if flow.signup is not None and flow.signup.status != SignUpStatus.OPEN:
        messages.error(request, _("This request or offer is no longer open."))
        return redirect("matching:signup_detail", uuid=flow.signup.uuid)
    if flow.kind is None:
        return render(request, "matching/match_create_kind.html", {"flow": flow})
    if not request.GET.get("counterpart"):
        return _counterpart_search(request, flow)

    counterpart = _counterpart(flow, request.user, request.GET["counterpart"])
    parties = _parties(flow, counterpart)
    requests = offers = None
    if flow.kind != MatchKind.PLACE_PLACE:
        residents = [r for r in (parties.get("resident_a"), parties.get("resident_b")) if r is not None]
        requests = selectors.open_signups_of(residents, SignUpKind.REQUEST)
        offers = selectors.open_signups_of(residents, SignUpKind.OFFER)
    initial = {flow.signup.kind: flow.signup.pk} if flow.signup else {}
    form = ProposeMatchForm(request.POST or None, requests=requests, offers=offers, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            match = services.propose_match(
                kind=flow.kind,
                by=request.user,
                **parties,
                request=form.cleaned_data.get("request"),
                offer=form.cleaned_data.get("offer"),
                description=form.cleaned_data["description"],
                proposed_on=form.cleaned_data["proposed_on"],
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("The match has been proposed."))
            return redirect("matching:match_detail", uuid=match.uuid)
    opening = parties.get("opening")
    return render(
        request,
        "matching/match_create_confirm.html",
        {
            "flow": flow,
            "form": form,
            "parties": parties,
            "counterpart": counterpart,
            "capacity_left": capacity_left(opening) if opening else None,
            "back_url": flow.url(),
        },
    )


TRANSITION_LABELS = {
    MatchStatus.INTRODUCED: _("Mark as introduced"),
    MatchStatus.ACTIVE: _("Start the match"),
    MatchStatus.ENDED: _("End the match"),
}


def _match_page(request, match: Match, *, transition_forms: dict | None = None, follow_up_forms: dict | None = None):
    can_edit = access.can(request.user, "matches.edit")
    transitions = []
    if can_edit:
        for to in TRANSITIONS[MatchStatus(match.status)]:
            form = (transition_forms or {}).get(to) or TransitionForm(to=to)
            transitions.append({"to": to, "form": form, "label": TRANSITION_LABELS[to]})
    # A form for the next pending follow-up and for any that is already due; later ones are shown as planned.
    today, next_pending = timezone.localdate(), True
    for follow_up in match.follow_up_list:
        follow_up.form = None
        if can_edit and follow_up.done_on is None and match.status == MatchStatus.ACTIVE:
            if next_pending or follow_up.due_on <= today or follow_up.pk in (follow_up_forms or {}):
                follow_up.form = (follow_up_forms or {}).get(follow_up.pk) or FollowUpForm(follow_up=follow_up)
            next_pending = False
    return render(
        request,
        "matching/match_detail.html",
        {
            "match": match,
            "today": today,
            "durable": match.is_durable(),
            "can_edit": can_edit,
            "transitions": transitions,
        },
    )


@require_GET
@capability_required("matches.view")
def match_detail(request, uuid):
    match = selectors.match_detail(request.user, uuid)
    if match.resident_a_id:
        record_event(
            by=request.user, action="view", event="match.viewed", obj=match, resident=match.resident_a, team=match.team
        )
    return _match_page(request, match)


@capability_required("matches.edit")
def match_transition(request, uuid):
    """POST only; role and scope are checked before the method, so nothing is revealed by a 405."""
    match = visible_or_404(Match.objects.visible_to(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    to = request.POST.get("to")
    if to not in TRANSITION_LABELS:
        messages.error(request, _("Choose a step for the match."))
        return redirect("matching:match_detail", uuid=match.uuid)
    form = TransitionForm(request.POST, to=to)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if to == MatchStatus.INTRODUCED:
                services.introduce_match(match=match, by=request.user, introduced_on=data["on"], note=data["note"])
                messages.success(request, _("The match is marked as introduced."))
            elif to == MatchStatus.ACTIVE:
                services.activate_match(match=match, by=request.user, started_on=data["on"], note=data["note"])
                messages.success(request, _("The match has started. The follow-ups are planned."))
            else:
                services.end_match(
                    match=match, by=request.user, reason=data["reason"], note=data["note"], ended_on=data["on"]
                )
                messages.success(request, _("The match has ended."))
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("matching:match_detail", uuid=match.uuid)
    match = selectors.match_detail(request.user, uuid)
    if to not in TRANSITIONS[MatchStatus(match.status)]:
        # The step is no longer offered (say, ended meanwhile in another window): say why on the fresh page.
        for message in form.non_field_errors():
            messages.error(request, message)
        return redirect("matching:match_detail", uuid=match.uuid)
    return _match_page(request, match, transition_forms={to: form})


@capability_required("matches.edit")
def followup_record(request, pk):
    """POST only (HTMX or plain); role and scope are checked before the method."""
    follow_ups = FollowUp.objects.visible_to(request.user).select_related("match")
    follow_up = visible_or_404(follow_ups, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    match_url = reverse("matching:match_detail", kwargs={"uuid": follow_up.match.uuid})
    form = FollowUpForm(request.POST, follow_up=follow_up)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.record_follow_up(
                follow_up=follow_up,
                by=request.user,
                outcome=data["outcome"],
                note=data["note"],
                done_on=data["done_on"],
                end_reason=data["end_reason"],
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            ended = data["outcome"] == FollowUpOutcome.ENDED
            if not _is_fragment(request) or ended:
                messages.success(request, _("The match has ended.") if ended else _("The follow-up is recorded."))
                return HttpResponseClientRedirect(match_url) if _is_fragment(request) else redirect(match_url)
            # The recorded follow-up, and the next pending one now gets its form (swapped out of band).
            follow_up = FollowUp.objects.select_related("match", "done_by").get(pk=follow_up.pk)
            follow_up.form = None
            next_up = follow_up.match.follow_ups.filter(done_on__isnull=True).order_by("due_on", "sequence").first()
            if next_up is not None:
                next_up.form = FollowUpForm(follow_up=next_up)
            return render(
                request,
                "matching/partials/follow_up_recorded.html",
                {
                    "follow_up": follow_up,
                    "next_up": next_up,
                    "match": follow_up.match,
                    "today": timezone.localdate(),
                },
            )
    if _is_fragment(request):
        follow_up.form = form
        return render(
            request,
            "matching/partials/follow_up.html",
            {
                "follow_up": follow_up,
                "match": follow_up.match,
                "today": timezone.localdate(),
            },
        )
    match = selectors.match_detail(request.user, follow_up.match.uuid)
    if follow_up.done_on is not None or match.status != MatchStatus.ACTIVE:
        # Recorded or ended meanwhile: the page has no form for it any more, so say why above the page.
        for message in form.non_field_errors():
            messages.error(request, message)
        return redirect(match_url)
    return _match_page(request, match, follow_up_forms={follow_up.pk: form})
