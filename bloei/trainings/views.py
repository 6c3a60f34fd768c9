"""Views of the trainings app: thin, scoped through bloei.core.access.

Editions are read by the casework roles of their team (`trainings.view`) and changed by its connectors and
team lead (`trainings.edit`). A participant's page follows the resident: out of scope answers 404.
The benefit status is shown and changed only with `trainings.benefit_status`.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.core.models import AuditEvent
from bloei.core.services import record_event

from . import selectors, services
from .choices import AttendanceStatus
from .forms import (
    AttendanceForm,
    BenefitForm,
    CancelForm,
    EditionFilterForm,
    EditionForm,
    EnrolmentForm,
    EvaluationForm,
    FinishForm,
    FollowUpForm,
    OutcomeForm,
    SessionForm,
    StopForm,
)
from .models import Attendance, Enrolment, Outcome, TrainingEdition, TrainingFollowUp


def _editions(user):
    return (
        TrainingEdition.objects.visible_to(user).select_related("training_type", "team", "wijk").defer("wijk__geometry")
    )


def _editable_editions(user):
    return _editions(user).editable_by(user)


def _enrolments(user):
    return Enrolment.objects.visible_to(user).select_related(
        "resident", "edition", "edition__training_type", "edition__team"
    )


def _editable_enrolments(user):
    return _enrolments(user).editable_by(user)


def _may_see_benefit(user, edition) -> bool:
    return access.can(user, "trainings.benefit_status") and edition.team_id in access.team_ids(user, *access.TEAM_WORK)


def _detail(edition, anchor: str = ""):
    url = reverse("trainings:edition_detail", args=[edition.uuid])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _participant(enrolment, anchor: str = ""):
    url = reverse("trainings:enrolment_detail", args=[enrolment.uuid])
    return redirect(f"{url}#{anchor}" if anchor else url)


# --- editions -----------------------------------------------------------------------------------------


@capability_required("trainings.view")
@require_http_methods(["GET"])
def edition_list(request):
    form = EditionFilterForm(request.GET or None, years=selectors.edition_years(request.user))
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    editions = selectors.edition_list(
        request.user,
        training_type=filters.get("training_type"),
        year=filters.get("year"),
        status=filters.get("status", ""),
    )
    context = {
        "form": form,
        "page_obj": Paginator(editions, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page")),
        "can_edit": access.can(request.user, "trainings.edit"),
    }
    if request.htmx and not request.htmx.boosted:
        return render(request, "trainings/partials/edition_results.html", context)
    return render(request, "trainings/edition_list.html", context)


@capability_required("trainings.edit")
def edition_create(request):
    form = EditionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            edition = services.create_edition(by=request.user, team=form.cleaned_data["team"], **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The edition has been added with its meetings."))
            return _detail(edition)
    return render(request, "trainings/edition_form.html", {"form": form})


@capability_required("trainings.view")
@require_http_methods(["GET"])
def edition_detail(request, uuid):
    edition = visible_or_404(_editions(request.user), uuid=uuid)
    user = request.user
    can_edit = access.can(user, "trainings.edit") and edition.team_id in access.team_ids(user, *access.TEAM_WORK)
    overview = selectors.edition_overview(user, edition)
    today = timezone.localdate()
    held = [s for s in overview.sessions if s.held_on <= today]
    return render(
        request,
        "trainings/edition_detail.html",
        {
            "edition": edition,
            "overview": overview,
            # The meeting to fill in: the latest one held, else the first.
            "current_session": held[-1] if held else (overview.sessions[0] if overview.sessions else None),
            "can_finish": not edition.is_closed and bool(overview.sessions) and overview.sessions[-1].held_on <= today,
            "trainers": list(edition.trainers.order_by("first_name", "last_name")),
            "can_edit": can_edit,
            "today": today,
        },
    )


@capability_required("trainings.edit")
def edition_edit(request, uuid):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    form = EditionForm(request.POST or None, instance=edition, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.service_kwargs()
        trainers = data.pop("trainers", None)
        try:
            services.update_edition(edition=edition, by=request.user, trainers=trainers, **data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return _detail(edition)
    return render(request, "trainings/edition_form.html", {"form": form, "edition": edition})


@capability_required("trainings.edit")
def edition_cancel(request, uuid):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_edition(edition=edition, by=request.user, cancelled_on=form.cleaned_data["cancelled_on"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The edition has been cancelled."))
            return _detail(edition)
    return render(request, "trainings/edition_cancel.html", {"edition": edition, "form": form})


@capability_required("trainings.edit")
def edition_finish(request, uuid):
    """Show who completes by the type's rule, then close the edition and plan the follow-ups."""
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    form = FinishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.finish_edition(edition=edition, by=request.user, finished_on=form.cleaned_data["finished_on"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The edition is finished. The one-year follow-ups have been planned."))
            return _detail(edition)
    overview = selectors.edition_overview(request.user, edition)
    completion = selectors.completion_for(edition)
    recorded = set(Attendance.objects.filter(session__edition=edition).values_list("session_id", flat=True))
    for row in overview.rows:
        row.completes = completion.get(row.enrolment.pk, False)
    return render(
        request,
        "trainings/edition_finish.html",
        {
            "edition": edition,
            "form": form,
            "overview": overview,
            "completion": completion,
            "completing": sum(completion.values()),
            "unrecorded": [s for s in overview.sessions if s.pk not in recorded],
            "follow_up_due": edition.ends_on + timedelta(days=services.follow_up_days()),
        },
    )


# --- meetings -----------------------------------------------------------------------------------------


@capability_required("trainings.edit")
def session_create(request, uuid):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    last = edition.sessions.order_by("-held_on").first()
    initial = {
        "held_on": last.held_on + timedelta(weeks=1) if last else edition.starts_on,
        "starts_at": last.starts_at if last else None,
        "kind": "meeting",
    }
    form = SessionForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.add_session(edition=edition, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The meeting has been added."))
            return _detail(edition, f"meeting-{session.pk}")
    return render(request, "trainings/session_form.html", {"edition": edition, "form": form})


@capability_required("trainings.edit")
def session_edit(request, uuid, pk):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    session = visible_or_404(edition.sessions.select_related("place", "edition__team"), pk=pk)
    form = SessionForm(request.POST or None, instance=session, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_session(session=session, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The meeting has been saved."))
            return _detail(edition, f"meeting-{session.pk}")
    return render(request, "trainings/session_form.html", {"edition": edition, "form": form, "session": session})


@capability_required("trainings.edit")
def session_delete(request, uuid, pk):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    session = visible_or_404(edition.sessions.select_related("edition__team"), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.remove_session(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The meeting has been removed."))
    return _detail(edition, "meetings")


# --- attendance ---------------------------------------------------------------------------------------


@capability_required("trainings.view")
@require_http_methods(["GET"])
def attendance_overview(request, uuid):
    edition = visible_or_404(_editions(request.user), uuid=uuid)
    can_edit = access.can(request.user, "trainings.edit") and edition.team_id in access.team_ids(
        request.user, *access.TEAM_WORK
    )
    return render(
        request,
        "trainings/attendance_overview.html",
        {"edition": edition, "grid": selectors.attendance_grid(request.user, edition), "can_edit": can_edit},
    )


@capability_required("trainings.edit")
@require_http_methods(["GET", "POST"])
def attendance_session(request, uuid, pk):
    """The phone screen of one meeting: a row of three big buttons per participant.

    Each tap POSTs one participant's status. With HTMX the participant's row comes back; without
    JavaScript the page reloads at that participant.
    """
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    session = visible_or_404(edition.sessions.select_related("place"), pk=pk)
    session.edition = edition
    sessions = list(edition.sessions.order_by("number"))
    context = {
        "edition": edition,
        "session": session,
        "statuses": AttendanceStatus.choices,
        "previous": next((s for s in reversed(sessions) if s.number < session.number), None),
        "next": next((s for s in sessions if s.number > session.number), None),
        "is_future": session.held_on > timezone.localdate(),
    }
    if request.method == "POST":
        form = AttendanceForm(request.POST)
        if not form.is_valid():
            error = _("Choose present, absent with notice or absent.")
            enrolment = None
        else:
            enrolment = visible_or_404(
                _editable_enrolments(request.user).filter(edition=edition), uuid=form.cleaned_data["enrolment"]
            )
            error = ""
            try:
                services.record_attendance(
                    session=session, enrolment=enrolment, by=request.user, status=form.cleaned_data["status"]
                )
            except ValidationError as exc:
                error = " ".join(exc.messages)
        if request.htmx and enrolment is not None:
            row = selectors.sheet_row(request.user, session, enrolment)
            return render(
                request,
                "trainings/partials/attendance_row.html",
                {**context, "row": row, "row_error": error, "saved": not error},
            )
        if error:
            messages.error(request, error)
        anchor = f"#participant-{enrolment.pk}" if enrolment is not None else ""
        return redirect(reverse("trainings:attendance_session", args=[edition.uuid, session.pk]) + anchor)
    context["rows"] = selectors.session_sheet(request.user, session)
    return render(request, "trainings/attendance_session.html", context)


# --- participants -------------------------------------------------------------------------------------


@capability_required("trainings.edit")
def enrolment_create(request, uuid):
    edition = visible_or_404(_editable_editions(request.user), uuid=uuid)
    benefit = _may_see_benefit(request.user, edition)
    form = EnrolmentForm(request.POST or None, user=request.user, edition=edition, benefit=benefit)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            enrolment = services.enrol_resident(
                edition=edition,
                resident=data["resident"],
                by=request.user,
                enrolled_on=data["enrolled_on"],
                benefit_status=data.get("benefit_status", ""),
                benefit_purpose=data.get("benefit_purpose", ""),
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The resident has been enrolled."))
            if "another" in request.POST:
                return redirect("trainings:enrolment_create", uuid=edition.uuid)
            return _detail(edition, f"participant-{enrolment.pk}")
    return render(request, "trainings/enrolment_form.html", {"edition": edition, "form": form})


@capability_required("trainings.view")
@require_http_methods(["GET"])
def enrolment_detail(request, uuid):
    """A participant's page: attendance, (benefit status,) evaluation, outcomes and the follow-up."""
    user = request.user
    enrolment = visible_or_404(_enrolments(user), uuid=uuid)
    edition = enrolment.edition
    grid = selectors.attendance_grid(user, edition)
    row = next((r for r in grid.rows if r.enrolment.pk == enrolment.pk), None)
    show_benefit = _may_see_benefit(user, edition)
    if show_benefit and enrolment.benefit_status:
        # Who looked at special-category data is logged (never what it is).
        record_event(
            by=user,
            action=AuditEvent.Action.VIEW,
            event="training.benefit_status_viewed",
            obj=enrolment,
            resident=enrolment.resident,
            team=edition.team,
        )
    context = {
        "enrolment": enrolment,
        "edition": edition,
        "resident": enrolment.resident,
        "cells": row.cells if row else [],
        "present": row.present if row else 0,
        "evaluation": getattr(enrolment, "evaluation", None),
        "outcomes": list(enrolment.outcomes.select_related("place")),
        "follow_up": TrainingFollowUp.objects.filter(enrolment=enrolment)
        .select_related("ladder_assessment__rung", "done_by")
        .first(),
        "can_edit": access.can(user, "trainings.edit") and edition.team_id in access.team_ids(user, *access.TEAM_WORK),
        "show_benefit": show_benefit,
        "today": timezone.localdate(),
    }
    if show_benefit:
        context["benefit_recorded_by"] = enrolment.benefit_recorded_by
    return render(request, "trainings/enrolment_detail.html", context)


@capability_required("trainings.edit")
def enrolment_stop(request, uuid):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    form = StopForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.stop_enrolment(
                enrolment=enrolment,
                by=request.user,
                left_on=form.cleaned_data["left_on"],
                reason=form.cleaned_data["left_reason"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The participant has stopped."))
            return _participant(enrolment)
    return render(request, "trainings/enrolment_stop.html", {"enrolment": enrolment, "form": form})


@capability_required("trainings.benefit_status")
def enrolment_benefit(request, uuid):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    initial = {"benefit_status": enrolment.benefit_status, "benefit_purpose": enrolment.benefit_purpose}
    form = BenefitForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_benefit_status(
                enrolment=enrolment,
                by=request.user,
                status=form.cleaned_data["benefit_status"],
                purpose=form.cleaned_data["benefit_purpose"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The benefit status has been saved."))
            return _participant(enrolment, "benefit")
    return render(request, "trainings/benefit_form.html", {"enrolment": enrolment, "form": form})


# --- evaluation and outcomes --------------------------------------------------------------------------


@capability_required("trainings.edit")
def evaluation_edit(request, uuid):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    evaluation = getattr(enrolment, "evaluation", None)
    form = EvaluationForm(
        request.POST or None, instance=evaluation, initial=None if evaluation else {"filled_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.record_evaluation(enrolment=enrolment, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The evaluation has been saved."))
            return _participant(enrolment, "evaluation")
    return render(request, "trainings/evaluation_form.html", {"enrolment": enrolment, "form": form})


@capability_required("trainings.edit")
def outcome_create(request, uuid):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    form = OutcomeForm(request.POST or None, user=request.user, initial={"started_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.add_outcome(enrolment=enrolment, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The outcome has been added."))
            if "another" in request.POST:
                return redirect("trainings:outcome_create", uuid=enrolment.uuid)
            return _participant(enrolment, "outcomes")
    return render(request, "trainings/outcome_form.html", {"enrolment": enrolment, "form": form})


@capability_required("trainings.edit")
def outcome_delete(request, uuid, pk):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    outcome = visible_or_404(Outcome.objects.filter(enrolment=enrolment), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    outcome.enrolment = enrolment
    services.remove_outcome(outcome=outcome, by=request.user)
    messages.success(request, _("The outcome has been removed."))
    return _participant(enrolment, "outcomes")


# --- the one-year follow-up ---------------------------------------------------------------------------


@capability_required("trainings.edit")
def follow_up_record(request, uuid):
    enrolment = visible_or_404(_editable_enrolments(request.user), uuid=uuid)
    follow_up = visible_or_404(TrainingFollowUp.objects.filter(enrolment=enrolment))
    follow_up.enrolment = enrolment
    if follow_up.done_on is not None:
        messages.info(request, _("This follow-up has already been recorded."))
        return _participant(enrolment, "follow-up")
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_follow_up(follow_up=follow_up, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The follow-up has been recorded."))
            return _participant(enrolment, "follow-up")
    return render(
        request, "trainings/follow_up_form.html", {"enrolment": enrolment, "follow_up": follow_up, "form": form}
    )


@capability_required("trainings.edit")
@require_http_methods(["GET"])
def follow_up_list(request):
    on = timezone.localdate()
    follow_ups = selectors.due_follow_ups(request.user, on)
    return render(
        request,
        "trainings/follow_up_list.html",
        {
            "page_obj": Paginator(follow_ups, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page")),
            "on": on,
            "within": selectors.FOLLOW_UP_DUE_WITHIN_DAYS,
        },
    )
