from uuid import UUID

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

from . import selectors, services
from .forms import (
    ActivityFilterForm,
    ActivityForm,
    MemberAddForm,
    MemberLeaveForm,
    NetworkEndForm,
    NetworkFilterForm,
    NetworkForm,
    PhaseForm,
)
from .models import Activity, Network, NetworkMembership


def _networks(user):
    return Network.objects.visible_to(user).select_related("team", "buurt").defer("buurt__geometry")


def _editable_networks(user):
    """Networks of the teams where the user works (connector, team lead): the ones they may change."""
    return _networks(user).filter(access.team_scope(user, roles=access.TEAM_WORK))


def _editable_activities(user):
    return _activities(user).filter(access.team_scope(user, roles=access.TEAM_WORK))


def _activities(user):
    return (
        Activity.objects.visible_to(user)
        .select_related("team", "buurt", "place", "network", "organiser")
        .defer("buurt__geometry")
    )


def _uuid_or_none(value: str | None) -> UUID | None:
    try:
        return UUID(value) if value else None
    except ValueError:
        return None


def _page(request, queryset):
    return Paginator(queryset, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))


# --- networks -----------------------------------------------------------------------------------------


@capability_required("community.view")
def network_list(request):
    form = NetworkFilterForm(request.GET or None, user=request.user)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    status = filters.get("status") or "active"
    networks = selectors.network_list(
        request.user,
        text=filters.get("q", ""),
        buurt=filters.get("buurt"),
        phase=filters.get("phase", ""),
        status="" if status == "all" else status,
    )
    context = {
        "form": form,
        "page_obj": _page(request, networks),
        "can_edit": access.can(request.user, "community.edit"),
    }
    if request.htmx and not request.htmx.boosted:
        return render(request, "community/partials/network_results.html", context)
    return render(request, "community/network_list.html", context)


@capability_required("community.edit")
def network_create(request):
    form = NetworkForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            network = services.create_network(by=request.user, team=form.cleaned_data["team"], **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The network has been added."))
            return redirect("community:network_detail", uuid=network.uuid)
    return render(request, "community/network_form.html", {"form": form})


def _network_context(request, network, *, member_form=None):
    return {
        "network": network,
        "members": selectors.network_members(request.user, network),
        "member_form": member_form or MemberAddForm(user=request.user, network=network),
        "can_edit": access.can(request.user, "community.edit"),
    }


@capability_required("community.view")
def network_detail(request, uuid):
    network = visible_or_404(_networks(request.user), uuid=uuid)
    context = _network_context(request, network)
    context.update(
        {
            "activities": list(
                Activity.objects.visible_to(request.user)
                .filter(network=network)
                .select_related("place")
                .order_by("-starts_on", "pk")[:50]
            ),
            "ripple": selectors.ripple_for(request.user, network),
        }
    )
    return render(request, "community/network_detail.html", context)


@capability_required("community.edit")
def network_edit(request, uuid):
    network = visible_or_404(_editable_networks(request.user), uuid=uuid)
    form = NetworkForm(request.POST or None, instance=network, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_network(network=network, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("community:network_detail", uuid=network.uuid)
    return render(request, "community/network_form.html", {"form": form, "network": network})


@capability_required("community.edit")
def network_member_add(request, uuid):
    """Add a member. From the network page with HTMX the members panel comes back; otherwise PRG."""
    network = visible_or_404(_editable_networks(request.user), uuid=uuid)
    form = MemberAddForm(request.POST or None, user=request.user, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_member(
                network=network,
                resident=form.cleaned_data["resident"],
                by=request.user,
                joined_on=form.cleaned_data["joined_on"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if request.htmx:
                return render(request, "community/partials/network_members.html", _network_context(request, network))
            messages.success(request, _("The member has been added."))
            return redirect("community:network_detail", uuid=network.uuid)
    if request.htmx:
        context = _network_context(request, network, member_form=form)
        return render(request, "community/partials/network_members.html", context)
    return render(request, "community/network_member_add.html", {"network": network, "form": form})


@capability_required("community.edit")
def network_member_leave(request, uuid, pk):
    """A member leaves on the date given (POST from the members panel). HTMX gets the panel back."""
    network = visible_or_404(_editable_networks(request.user), uuid=uuid)
    membership = visible_or_404(NetworkMembership.objects.filter(network=network).select_related("resident"), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MemberLeaveForm(request.POST)
    error = ""
    try:
        if not form.is_valid():
            raise ValidationError(_("Enter a valid date."))
        services.member_leaves(membership=membership, by=request.user, left_on=form.cleaned_data["left_on"])
    except ValidationError as exc:
        error = " ".join(exc.messages)
    if request.htmx:
        context = _network_context(request, network)
        context["members_error"] = error
        return render(request, "community/partials/network_members.html", context)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("The member has left the network."))
    return redirect("community:network_detail", uuid=network.uuid)


@capability_required("community.edit")
def network_phase(request, uuid):
    network = visible_or_404(_editable_networks(request.user), uuid=uuid)
    initial = {"phase": network.phase, "since": network.self_steering_since}
    form = PhaseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_phase(
                network=network, by=request.user, phase=form.cleaned_data["phase"], since=form.cleaned_data["since"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The phase has been saved."))
            return redirect("community:network_detail", uuid=network.uuid)
    return render(request, "community/network_phase.html", {"network": network, "form": form})


@capability_required("community.edit")
def network_end(request, uuid):
    network = visible_or_404(_editable_networks(request.user), uuid=uuid)
    form = NetworkEndForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.end_network(network=network, by=request.user, ended_on=form.cleaned_data["ended_on"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The network has been ended."))
            return redirect("community:network_detail", uuid=network.uuid)
    return render(request, "community/network_end.html", {"network": network, "form": form})


# --- activities ---------------------------------------------------------------------------------------


@capability_required("community.view")
def activity_list(request):
    form = ActivityFilterForm(request.GET or None, user=request.user)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    activities = selectors.activity_list(
        request.user,
        text=filters.get("q", ""),
        buurt=filters.get("buurt"),
        network=filters.get("network"),
        start=filters.get("start"),
        end=filters.get("end"),
    )
    context = {
        "form": form,
        "page_obj": _page(request, activities),
        "can_edit": access.can(request.user, "community.edit"),
    }
    if request.htmx and not request.htmx.boosted:
        return render(request, "community/partials/activity_results.html", context)
    return render(request, "community/activity_list.html", context)


@capability_required("community.edit")
def activity_create(request):
    initial = {}
    network_uuid = _uuid_or_none(request.GET.get("network"))
    if network_uuid:
        network = visible_or_404(_editable_networks(request.user), uuid=network_uuid)
        initial.update({"network": network.pk, "team": network.team_id, "buurt": network.buurt_id})
        initial["grew_out_of"] = f"network:{network.uuid}"
    form = ActivityForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.service_kwargs()
        try:
            activity = services.create_activity(by=request.user, team=form.cleaned_data["team"], **data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The activity has been added."))
            return redirect("community:activity_detail", uuid=activity.uuid)
    return render(request, "community/activity_form.html", {"form": form})


@capability_required("community.view")
def activity_detail(request, uuid):
    activity = visible_or_404(_activities(request.user), uuid=uuid)
    return render(
        request,
        "community/activity_detail.html",
        {
            "activity": activity,
            "organiser": selectors.visible_resident_or_none(request.user, activity.organiser),
            "participants": selectors.activity_participants(request.user, activity),
            "ripple": selectors.ripple_for(request.user, activity),
            "can_edit": access.can(request.user, "community.edit"),
        },
    )


@capability_required("community.edit")
def activity_edit(request, uuid):
    activity = visible_or_404(_editable_activities(request.user), uuid=uuid)
    form = ActivityForm(request.POST or None, instance=activity, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_activity(activity=activity, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("community:activity_detail", uuid=activity.uuid)
    return render(request, "community/activity_form.html", {"form": form, "activity": activity})
