"""Views of the referrals app: thin, scoped through bloei.core.access.

Referrals: a generalist sends them (referrals.create); connectors and team leads of the receiving team accept or
return them (referrals.receive). Signals: raised by connectors and team leads (signals.raise), seen only by the
raiser and the generalists and team leads of the resident's team (Signal.objects.visible_to); anyone else gets
404 for a signal, as if it did not exist.
"""

from functools import wraps
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from bloei.core import access
from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import add_service_error
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.people.models import Resident

from . import selectors, services
from .forms import (
    AcceptForm,
    AcknowledgeForm,
    ReferralFilterForm,
    ReferralForm,
    ReturnForm,
    SignalFilterForm,
    SignalForm,
)
from .models import Referral, Signal

REFERRAL_CAPABILITIES = ("referrals.create", "referrals.receive")


def any_capability_required(*capabilities: str):
    """403 unless the user's role grants one of `capabilities`."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not any(access.can(request.user, c) for c in capabilities):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.capability = capabilities
        return wrapped

    return decorator


def _page(request, queryset):
    return Paginator(queryset, settings.BLOEI_PAGE_SIZE).get_page(request.GET.get("page"))


def _partial(request) -> bool:
    return bool(request.htmx) and not request.htmx.boosted


def _initial_resident(request) -> dict:
    """?resident=<uuid> preselects a resident the user may see; anything else is ignored."""
    try:
        value = UUID(request.GET.get("resident", ""))
    except ValueError:
        return {}
    resident = Resident.objects.visible_to(request.user).filter(uuid=value).only("pk").first()
    return {"resident": resident.pk} if resident else {}


def _resident_visible(user, resident_id: int) -> bool:
    return Resident.objects.visible_to(user).filter(pk=resident_id).exists()


# --- referrals ----------------------------------------------------------------------------------------


def _referrals(user):
    return Referral.objects.visible_to(user).select_related(*selectors.REFERRAL_RELATED, "consent")


def _receivable(user):
    """Referrals to the teams where the user is connector or team lead: the ones they may accept or return."""
    return _referrals(user).filter(access.team_scope(user, roles=access.TEAM_WORK))


@any_capability_required(*REFERRAL_CAPABILITIES)
def referral_list(request):
    form = ReferralFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    referrals = selectors.referral_list(request.user, box=filters.get("box", ""), status=filters.get("status", ""))
    context = {
        "form": form,
        "page_obj": _page(request, referrals),
        "can_refer": access.can(request.user, "referrals.create"),
    }
    if _partial(request):
        return render(request, "referrals/partials/referral_results.html", context)
    return render(request, "referrals/referral_list.html", context)


@capability_required("referrals.create")
def referral_create(request):
    form = ReferralForm(request.POST or None, user=request.user, initial=_initial_resident(request))
    if request.method == "POST" and form.is_valid():
        try:
            referral = services.refer_resident(by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The referral has been sent to the connectors."))
            return redirect("referrals:referral_detail", uuid=referral.uuid)
    return render(request, "referrals/referral_form.html", {"form": form})


@any_capability_required(*REFERRAL_CAPABILITIES)
def referral_detail(request, uuid):
    user = request.user
    referral = visible_or_404(_referrals(user), uuid=uuid)
    record_event(by=user, action=AuditEvent.Action.VIEW, event="referral.viewed", obj=referral,
                 resident=referral.resident)
    may_receive = access.can(user, "referrals.receive") and _receivable(user).filter(pk=referral.pk).exists()
    context = {
        "referral": referral,
        "resident": referral.resident,
        "resident_visible": _resident_visible(user, referral.resident_id),
        "may_receive": may_receive and referral.is_open,
        "may_withdraw": referral.is_open and referral.referred_by_id == user.pk
        and access.can(user, "referrals.create"),
        "accept_form": AcceptForm(referral=referral, user=user) if may_receive and referral.is_open else None,
    }
    return render(request, "referrals/referral_detail.html", context)


@capability_required("referrals.receive")
def referral_accept(request, uuid):
    """POST only (from the referral's page). Out of scope answers 404 before the method is looked at."""
    referral = visible_or_404(_receivable(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AcceptForm(request.POST, referral=referral, user=request.user)
    try:
        if not form.is_valid():
            raise ValidationError(_("Choose the connector who takes the resident on."))
        connector = form.cleaned_data["connector"]
        referral = services.accept_referral(referral=referral, by=request.user, connector=connector)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("referrals:referral_detail", uuid=referral.uuid)
    connector = referral.assigned_connector
    messages.success(
        request,
        _("The referral has been accepted; %(name)s now works with the resident.")
        % {"name": connector.get_full_name() or connector.username},
    )
    return redirect("referrals:referral_detail", uuid=referral.uuid)


@capability_required("referrals.receive")
def referral_return(request, uuid):
    referral = visible_or_404(_receivable(request.user), uuid=uuid)
    if not referral.is_open:
        messages.info(request, _("This referral is no longer open."))
        return redirect("referrals:referral_detail", uuid=referral.uuid)
    form = ReturnForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.return_referral(referral=referral, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The referral has been returned to the generalist."))
            return redirect("referrals:referral_detail", uuid=referral.uuid)
    return render(request, "referrals/referral_return.html", {"referral": referral, "form": form})


@capability_required("referrals.create")
def referral_withdraw(request, uuid):
    """POST only: the generalist withdraws their own open referral."""
    referral = visible_or_404(_referrals(request.user).sent_by(request.user), uuid=uuid)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.withdraw_referral(referral=referral, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The referral has been withdrawn."))
    return redirect("referrals:referral_detail", uuid=referral.uuid)


# --- signals ------------------------------------------------------------------------------------------


def _signals(user):
    return Signal.objects.visible_to(user).select_related("resident__buurt", "team", "raised_by", "acknowledged_by")


@capability_required("signals.view")
def signal_list(request):
    form = SignalFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    on = timezone.localdate()
    page_obj = _page(request, selectors.signal_list(request.user, status=filters.get("status", ""), on=on))
    for signal in page_obj.object_list:
        signal.overdue = signal.is_escalated(on)
    context = {"form": form, "page_obj": page_obj, "can_raise": access.can(request.user, "signals.raise")}
    if _partial(request):
        return render(request, "referrals/partials/signal_results.html", context)
    return render(request, "referrals/signal_list.html", context)


@capability_required("signals.raise")
def signal_create(request):
    form = SignalForm(request.POST or None, user=request.user, initial=_initial_resident(request))
    if request.method == "POST" and form.is_valid():
        try:
            signal = services.raise_signal(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("The signal has been passed to the generalists of the team. They acknowledge it by %(date)s.")
                % {"date": date_format(signal.deadline, "l j F Y")},
            )
            return redirect("referrals:signal_detail", uuid=signal.uuid)
    return render(request, "referrals/signal_form.html", {"form": form})


def _signal_context(request, signal, form=None) -> dict:
    user = request.user
    may_acknowledge = signal.acknowledged_at is None and services.can_acknowledge(user, signal)
    return {
        "signal": signal,
        "resident": signal.resident,
        "resident_visible": _resident_visible(user, signal.resident_id),
        "escalated": signal.is_escalated(),
        "form": form or (AcknowledgeForm() if may_acknowledge else None),
    }


@capability_required("signals.view")
def signal_detail(request, uuid):
    signal = visible_or_404(_signals(request.user), uuid=uuid)
    record_event(by=request.user, action=AuditEvent.Action.VIEW, event="signal.viewed", obj=signal,
                 resident=signal.resident)
    return render(request, "referrals/signal_detail.html", _signal_context(request, signal))


@capability_required("signals.view")
def signal_acknowledge(request, uuid):
    """Acknowledge with the action taken. Outside the restricted group: 404; inside it but not a generalist or
    team lead of the team (the connector who raised it): 403."""
    signal = visible_or_404(_signals(request.user), uuid=uuid)
    if not services.can_acknowledge(request.user, signal):
        raise PermissionDenied
    if signal.acknowledged_at is not None:
        messages.info(request, _("This signal has already been acknowledged."))
        return redirect("referrals:signal_detail", uuid=signal.uuid)
    form = AcknowledgeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.acknowledge_signal(signal=signal, by=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The signal has been acknowledged."))
            return redirect("referrals:signal_detail", uuid=signal.uuid)
    return render(request, "referrals/signal_acknowledge.html", _signal_context(request, signal, form))
