"""Views of the plans app: thin, scoped through bloei.core.access."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.core.pdf import pdf_response

from . import selectors, services
from .forms import (
    AdoptForm,
    EvaluationForm,
    LinkForm,
    MeetingForm,
    PlanFilterForm,
    PlanForm,
    PriorityForm,
    ProgressForm,
)
from .models import NeighbourhoodPlan, PlanEvaluation, PlanLink, PlanMeeting, Priority


def _plans(user):
    return NeighbourhoodPlan.objects.visible_to(user).select_related("wijk", "team").defer("wijk__geometry")


def _editable_plans(user):
    return _plans(user).filter(access.team_scope(user, roles=access.TEAM_WORK))


def _to_plan(plan, anchor: str = ""):
    response = redirect("plans:plan_detail", uuid=plan.uuid)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


# --- plans --------------------------------------------------------------------------------------------


@capability_required("plans.view")
def plan_list(request):
    form = PlanFilterForm(request.GET or None, user=request.user)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    plans = selectors.plan_list(
        request.user, year=filters.get("year"), wijk=filters.get("wijk"), status=filters.get("status", "")
    )
    context = {
        "form": form,
        "page_obj": Paginator(plans, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page")),
        "can_edit": access.can(request.user, "plans.edit"),
    }
    if request.htmx and not request.htmx.boosted:
        return render(request, "plans/partials/plan_results.html", context)
    return render(request, "plans/plan_list.html", context)


@capability_required("plans.edit")
def plan_create(request):
    form = PlanForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.create_plan(by=request.user, team=form.cleaned_data["team"], **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The plan has been started. Add its priorities."))
            return _to_plan(plan)
    return render(request, "plans/plan_form.html", {"form": form})


@capability_required("plans.view")
def plan_detail(request, uuid):
    plan = visible_or_404(_plans(request.user), uuid=uuid)
    can_edit = access.can(request.user, "plans.edit") and plan.team_id in access.team_ids(
        request.user, *access.TEAM_WORK
    )
    return render(
        request,
        "plans/plan_detail.html",
        {"plan": plan, "view": selectors.plan_view(request.user, plan), "can_edit": can_edit},
    )


@capability_required("plans.view")
def plan_pdf(request, uuid):
    """The plan for partners and the municipality: residents present only as numbers."""
    plan = visible_or_404(_plans(request.user), uuid=uuid)
    view = selectors.plan_view(None, plan)
    return pdf_response(
        "plans/plan_pdf.html", {"plan": plan, "view": view}, request, f"wijkplan-{plan.wijk.name}-{plan.year}"
    )


@capability_required("plans.edit")
def plan_edit(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    form = PlanForm(request.POST or None, instance=plan, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_plan(plan=plan, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return _to_plan(plan)
    return render(request, "plans/plan_form.html", {"form": form, "plan": plan})


@capability_required("plans.edit")
def plan_adopt(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    form = AdoptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.adopt_plan(plan=plan, by=request.user, adopted_on=form.cleaned_data["adopted_on"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The plan has been adopted."))
            return _to_plan(plan)
    return render(request, "plans/plan_adopt.html", {"form": form, "plan": plan})


@capability_required("plans.edit")
def plan_next(request, uuid):
    """Start next year's plan from this plan's evaluation (POST from the plan page)."""
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        new_plan = services.start_next_plan(plan=plan, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _to_plan(plan)
    messages.success(request, _("Next year's plan has been started. Decide on each proposal."))
    return _to_plan(new_plan)


# --- priorities and progress --------------------------------------------------------------------------


def _priority(request, uuid, pk):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    return plan, visible_or_404(Priority.objects.filter(plan=plan), pk=pk)


@capability_required("plans.edit")
def priority_create(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    form = PriorityForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            priority = services.add_priority(
                plan=plan,
                by=request.user,
                theme=data["theme"],
                why=data["why"],
                success=data["success"],
                order=data["order"],
                figures=data["figures"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The priority has been added."))
            return _to_plan(plan, f"priority-{priority.pk}")
    return render(request, "plans/priority_form.html", {"form": form, "plan": plan})


@capability_required("plans.edit")
def priority_edit(request, uuid, pk):
    plan, priority = _priority(request, uuid, pk)
    form = PriorityForm(request.POST or None, instance=priority, plan=plan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.update_priority(
                priority=priority,
                by=request.user,
                **{k: data[k] for k in ("theme", "why", "success", "order", "figures")},
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return _to_plan(plan, f"priority-{priority.pk}")
    return render(request, "plans/priority_form.html", {"form": form, "plan": plan, "priority": priority})


@capability_required("plans.edit")
def priority_accept(request, uuid, pk):
    """Take a carried-over proposal on in the plan (POST from the plan page)."""
    plan, priority = _priority(request, uuid, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.accept_proposal(priority=priority, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The proposal is now a priority of this plan."))
    return _to_plan(plan, f"priority-{priority.pk}")


@capability_required("plans.edit")
def priority_delete(request, uuid, pk):
    plan, priority = _priority(request, uuid, pk)
    error = ""
    if request.method == "POST":
        try:
            services.remove_priority(priority=priority, by=request.user)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("The priority has been removed."))
            return _to_plan(plan, "priorities")
    return render(request, "plans/priority_delete.html", {"plan": plan, "priority": priority, "error": error})


@capability_required("plans.edit")
def progress_create(request, uuid, pk):
    plan, priority = _priority(request, uuid, pk)
    form = ProgressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_progress(priority=priority, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The progress has been recorded."))
            return _to_plan(plan, f"priority-{priority.pk}")
    return render(request, "plans/progress_form.html", {"form": form, "plan": plan, "priority": priority})


# --- meetings, links, evaluation ----------------------------------------------------------------------


@capability_required("plans.edit")
def meeting_create(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    form = MeetingForm(request.POST or None, user=request.user, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_meeting(plan=plan, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The meeting has been recorded."))
            return _to_plan(plan, "meetings")
    return render(request, "plans/meeting_form.html", {"form": form, "plan": plan})


@capability_required("plans.edit")
def meeting_edit(request, uuid, pk):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    meeting = visible_or_404(PlanMeeting.objects.filter(plan=plan), pk=pk)
    form = MeetingForm(request.POST or None, instance=meeting, user=request.user, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_meeting(meeting=meeting, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return _to_plan(plan, "meetings")
    return render(request, "plans/meeting_form.html", {"form": form, "plan": plan, "meeting": meeting})


@capability_required("plans.edit")
def link_create(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    initial = {}
    if request.GET.get("priority", "").isdigit():
        initial["priority"] = request.GET["priority"]
    form = LinkForm(request.POST or None, plan=plan, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.link_item(
                plan=plan, by=request.user, item=form.cleaned_data["item"], priority=form.cleaned_data["priority"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The link has been added."))
            return _to_plan(plan, "links")
    return render(request, "plans/link_form.html", {"form": form, "plan": plan})


@capability_required("plans.edit")
def link_remove(request, uuid, pk):
    """Remove a link (POST from the plan page)."""
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    link = visible_or_404(PlanLink.objects.filter(plan=plan), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.unlink_item(link=link, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The link has been removed."))
    return _to_plan(plan, "links")


@capability_required("plans.edit")
def evaluation(request, uuid):
    plan = visible_or_404(_editable_plans(request.user), uuid=uuid)
    instance = PlanEvaluation.objects.filter(plan=plan).first()
    form = EvaluationForm(request.POST or None, instance=instance, user=request.user, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_evaluation(plan=plan, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The evaluation has been saved."))
            return _to_plan(plan, "evaluation")
    return render(request, "plans/evaluation_form.html", {"form": form, "plan": plan, "evaluation": instance})
