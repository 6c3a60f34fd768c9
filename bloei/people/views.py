"""Views of the people app: parse input with a form, call a service or selector, render or redirect."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.geo.models import Buurt

from . import services
from .choices import DayPart
from .forms import (
    TALENT_SCAN_STEPS,
    AssignmentForm,
    ConsentForm,
    ContactMomentForm,
    LadderAssessmentForm,
    RegisterResidentForm,
    ResidentFilterForm,
    ResidentForm,
    WithdrawConsentForm,
)
from .models import Assignment, Consent, Resident, TalentScan
from .selectors import resident_overview, resident_timeline


def _resident_or_404(request: HttpRequest, uuid, *related) -> Resident:
    return visible_or_404(Resident.objects.visible_to(request.user).select_related("buurt", *related), uuid=uuid)


def _detail_url(resident: Resident, anchor: str = "") -> str:
    url = reverse("people:resident_detail", args=[resident.uuid])
    return f"{url}#{anchor}" if anchor else url


def _is_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.boosted


# --- list, create, edit --------------------------------------------------------------------------


@capability_required("residents.view")
@require_http_methods(["GET"])
def resident_list(request: HttpRequest) -> HttpResponse:
    visible = Resident.objects.visible_to(request.user)
    buurten = Buurt.objects.filter(pk__in=visible.values("buurt_id")).order_by("name")
    form = ResidentFilterForm(request.GET or None, buurten=buurten)
    residents = visible.select_related("buurt")
    filtered = False
    if form.is_valid():
        if form.cleaned_data["q"]:
            residents = residents.search(form.cleaned_data["q"])
            filtered = True
        if form.cleaned_data["buurt"]:
            residents = residents.in_buurt(form.cleaned_data["buurt"])
            filtered = True
    page_obj = Paginator(residents, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page_obj": page_obj,
        "filtered": filtered,
        "can_edit": access.can(request.user, "residents.edit"),
    }
    template = "people/partials/resident_results.html" if _is_partial(request) else "people/resident_list.html"
    return render(request, template, context)


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def resident_create(request: HttpRequest) -> HttpResponse:
    form = RegisterResidentForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            resident = services.register_resident(by=request.user, **form.service_kwargs())
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The resident has been registered."))
            return redirect(_detail_url(resident))
    return render(request, "people/resident_form.html", {"form": form, "creating": True})


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def resident_edit(request: HttpRequest, uuid) -> HttpResponse:
    resident = _resident_or_404(request, uuid)
    form = ResidentForm(request.POST if request.method == "POST" else None, instance=resident, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_resident(resident=resident, by=request.user, **form.service_kwargs())
        except ValidationError as exc:
            add_service_error(form, exc)
        except PermissionDenied:
            form.add_error(
                None,
                _(
                    "After this change the resident would belong to a team you do not work in, so you could no "
                    "longer see them. Ask a team lead of that team to take over, or assign the resident to "
                    "yourself first."
                ),
            )
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect(_detail_url(resident))
        resident = _resident_or_404(request, uuid)  # the page shows the stored details, not the refused ones
    return render(request, "people/resident_form.html", {"form": form, "resident": resident, "creating": False})


# --- the resident's page -------------------------------------------------------------------------


@capability_required("residents.view")
@require_http_methods(["GET"])
def resident_detail(request: HttpRequest, uuid) -> HttpResponse:
    resident = visible_or_404(
        Resident.objects.visible_to(request.user)
        .select_related("buurt__neighbourhood", "team", "referred_by", "created_by")
        .prefetch_related("languages"),
        uuid=uuid,
    )
    record_event(by=request.user, action=AuditEvent.Action.VIEW, event="resident.viewed", obj=resident)
    user = request.user
    referred_by_visible = (
        resident.referred_by_id is not None
        and Resident.objects.visible_to(user).filter(pk=resident.referred_by_id).exists()
    )
    overview = resident_overview(resident, user)
    context = {
        "resident": resident,
        "availability": [DayPart(v).label for v in resident.availability if v in DayPart.values],
        "referred_by_visible": referred_by_visible,
        "overview": overview,
        "timeline": resident_timeline(resident, user, newest_first=True, ladder=overview.ladder_history),
        "contact_form": ContactMomentForm(),
        "can_edit": access.can(user, "residents.edit"),
        "can_match": access.can(user, "matches.edit"),
        "can_refer": access.can(user, "referrals.create"),
        "can_signal": access.can(user, "signals.raise"),
        "enrolments": _enrolments(resident, user),
    }
    return render(request, "people/resident_detail.html", context)


def _enrolments(resident: Resident, user) -> list | None:
    """The resident's trainings in editions of the user's teams (one query); None without trainings.view."""
    if not access.can(user, "trainings.view"):
        return None
    from bloei.trainings.models import Enrolment

    return list(
        Enrolment.objects.visible_to(user)
        .filter(resident=resident)
        .select_related("edition")
        .order_by("-edition__starts_on", "pk")
    )


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def contact_create(request: HttpRequest, uuid) -> HttpResponse:
    """Add a contact moment: a fragment on the resident's page with HTMX, a page of its own without."""
    resident = _resident_or_404(request, uuid)
    form = ContactMomentForm(request.POST if request.method == "POST" else None)
    saved = False
    if request.method == "POST" and form.is_valid():
        try:
            services.add_contact_moment(resident=resident, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            if not _is_partial(request):
                messages.success(request, _("The contact moment has been added."))
                return redirect(_detail_url(resident, "timeline"))
            form, saved = ContactMomentForm(), True
    if _is_partial(request):
        context = {"resident": resident, "contact_form": form, "saved": saved}
        if saved:
            context["timeline"] = resident_timeline(resident, request.user, newest_first=True)
        return render(request, "people/partials/contact_form.html", context)
    return render(request, "people/contact_form.html", {"resident": resident, "contact_form": form})


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def ladder_create(request: HttpRequest, uuid) -> HttpResponse:
    """Record on which rung of the participation ladder the resident stands."""
    resident = _resident_or_404(request, uuid)
    form = LadderAssessmentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_ladder_assessment(resident=resident, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The participation ladder assessment has been recorded."))
            return redirect(_detail_url(resident, "ladder"))
    return render(request, "people/ladder_form.html", {"resident": resident, "form": form})


# --- talent scan, in steps -----------------------------------------------------------------------


def _scan_data(request: HttpRequest, resident: Resident) -> QueryDict:
    """The answers so far: posted (visible or carried in hidden fields), or the defaults at the start."""
    if request.method == "POST":
        return request.POST
    data = QueryDict(mutable=True)
    data.setlist("availability", list(resident.availability))
    data["conducted_on"] = ""
    return data


def _scan_initial(step, data: QueryDict) -> dict:
    initial = {}
    for name, field in step.base_fields.items():
        if hasattr(field.widget, "allow_multiple_selected") and field.widget.allow_multiple_selected:
            initial[name] = data.getlist(name)
        elif data.get(name):
            initial[name] = data.get(name)
    return initial


def _scan_carried(index: int, data: QueryDict) -> list[tuple[str, str]]:
    """Hidden fields with the answers of the other steps, so they travel with the form (no JavaScript needed)."""
    return [
        (name, value)
        for i, step in enumerate(TALENT_SCAN_STEPS)
        if i != index
        for name in step.base_fields
        for value in data.getlist(name)
        if value != ""
    ]


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def talentscan_create(request: HttpRequest, uuid) -> HttpResponse:
    """The guided talent scan: four short steps, checked one by one, saved as a new version at the end."""
    resident = _resident_or_404(request, uuid)
    data = _scan_data(request, resident)
    last = len(TALENT_SCAN_STEPS) - 1
    try:
        index = min(max(int(data.get("step", 0)), 0), last)
    except ValueError:
        index = 0
    form = None

    if request.method == "POST":
        go = request.POST.get("go", "next")
        if go == "back":
            index = max(index - 1, 0)
        else:
            current = TALENT_SCAN_STEPS[index](data)
            if not current.is_valid():
                form = current
            elif index < last:
                index += 1
            else:
                forms = [step(data) for step in TALENT_SCAN_STEPS]
                invalid = next((i for i, f in enumerate(forms) if not f.is_valid()), None)
                if invalid is not None:
                    index, form = invalid, forms[invalid]
                else:
                    answers = {}
                    for f in forms:
                        answers.update(f.cleaned_data)
                    try:
                        scan = services.record_talent_scan(resident=resident, by=request.user, **answers)
                    except ValidationError as exc:
                        form = forms[last]
                        add_service_error(form, exc)
                    else:
                        text = _("The talent scan has been saved (version %(version)s).")
                        messages.success(request, text % {"version": scan.version})
                        return redirect(_detail_url(resident, "talentscan"))

    step = TALENT_SCAN_STEPS[index]
    if form is None:
        form = step(initial=_scan_initial(step, data))
    context = {
        "resident": resident,
        "form": form,
        "index": index,
        "number": index + 1,
        "steps": [s.title for s in TALENT_SCAN_STEPS],
        "total": len(TALENT_SCAN_STEPS),
        "is_last": index == last,
        "carried": _scan_carried(index, data),
    }
    return render(request, "people/talentscan_form.html", context)


@capability_required("residents.view")
@require_http_methods(["GET"])
def talentscan_detail(request: HttpRequest, uuid, pk: int) -> HttpResponse:
    """One version of the resident's talent scan, with links to the other versions."""
    resident = _resident_or_404(request, uuid)
    scans = TalentScan.objects.filter(resident=resident)
    scan = visible_or_404(scans.select_related("conducted_by").prefetch_related("talents", "interests"), pk=pk)
    versions = list(scans.only("pk", "version").order_by("version"))
    record_event(
        by=request.user,
        action=AuditEvent.Action.VIEW,
        event="talentscan.viewed",
        obj=scan,
        resident=resident,
        version=scan.version,
    )
    context = {"resident": resident, "scan": scan, "versions": versions, "latest_version": versions[-1].version}
    return render(request, "people/talentscan_detail.html", context)


# --- consent and assignments ---------------------------------------------------------------------


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def consent_create(request: HttpRequest, uuid) -> HttpResponse:
    resident = _resident_or_404(request, uuid)
    form = ConsentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.give_consent(resident=resident, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The consent has been recorded."))
            return redirect(_detail_url(resident, "consents"))
    return render(request, "people/consent_form.html", {"resident": resident, "form": form})


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def consent_withdraw(request: HttpRequest, uuid, pk: int) -> HttpResponse:
    resident = _resident_or_404(request, uuid)
    consent = visible_or_404(Consent.objects.filter(resident=resident), pk=pk)
    form = WithdrawConsentForm(request.POST if request.method == "POST" else None)
    if consent.withdrawn_on is None and request.method == "POST" and form.is_valid():
        try:
            services.withdraw_consent(consent=consent, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The withdrawal of consent has been recorded."))
            return redirect(_detail_url(resident, "consents"))
    return render(request, "people/consent_withdraw.html", {"resident": resident, "consent": consent, "form": form})


@capability_required("residents.edit")
@require_http_methods(["GET", "POST"])
def assignment_create(request: HttpRequest, uuid) -> HttpResponse:
    resident = _resident_or_404(request, uuid)
    form = AssignmentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assign_resident(resident=resident, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The assignment has been recorded."))
            return redirect(_detail_url(resident, "staff"))
    return render(request, "people/assignment_form.html", {"resident": resident, "form": form})


@capability_required("residents.edit")
def assignment_end(request: HttpRequest, uuid, pk: int) -> HttpResponse:
    """POST only; out of scope answers 404 before the method is looked at, so it reveals nothing."""
    resident = _resident_or_404(request, uuid)
    assignment = visible_or_404(Assignment.objects.filter(resident=resident), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.end_assignment(assignment=assignment, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_detail_url(resident, "staff"))
    messages.success(request, _("The assignment has ended."))
    if Resident.objects.visible_to(request.user).filter(pk=resident.pk).exists():
        return redirect(_detail_url(resident, "staff"))
    return redirect("people:resident_list")
