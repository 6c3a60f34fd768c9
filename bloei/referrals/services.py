"""Writes on referrals and signals. Every state change of this app goes through here.

Each service takes the acting user as keyword-only `by`, runs in one transaction, writes an audit event
(ids and codes only: never a name, a referral's context or a signal's text) and refuses bad input with a
translated ValidationError. Actors outside the record's scope get PermissionDenied (the views answer 404
or 403 before it comes to that).
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Team, User
from bloei.core import access
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.people import services as people_services
from bloei.people.choices import AssignmentRole, ConsentPurpose, LawfulBasis
from bloei.people.models import Assignment, Consent, Resident

from .choices import ReferralStatus, SignalKind, SignalUrgency
from .models import Referral, Signal
from .querysets import SIGNAL_TEAM_ROLES
from .workdays import add_working_days

# A signal must be acknowledged within this many working days after the day it was raised.
ACKNOWLEDGE_WITHIN_WORKING_DAYS = 2
TEXT_MAX = 4000
NOTE_MAX = 500


def referral_consent_purpose() -> str:
    """The consent purpose recorded for a referral (one consent per referral, with a note naming the team)."""
    return ConsentPurpose.REFERRAL


def team_connectors(team: Team):
    """Active connectors of the team today: the people a referral to the team may name or be taken on by."""
    today = timezone.localdate()
    return (
        User.objects.filter(
            is_active=True,
            memberships__team=team,
            memberships__role=Role.CONNECTOR,
            memberships__started_on__lte=today,
        )
        .filter(Q(memberships__ended_on__isnull=True) | Q(memberships__ended_on__gt=today))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def _required_text(value: str | None, field: str, message: str, max_length: int = TEXT_MAX) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: message})
    if len(value) > max_length:
        raise ValidationError(
            {field: _("Keep it shorter: at most %(n)s characters.") % {"n": max_length}}
        )
    return value


def _file_closed(resident: Resident) -> bool:
    return resident.closed_on is not None and resident.closed_on <= timezone.localdate()


# --- referrals ----------------------------------------------------------------------------------------


def refer_resident(
    *,
    by,
    resident: Resident,
    reason: str,
    wishes: str,
    consent_given: bool,
    practical_notes: str = "",
    team: Team | None = None,
    to_connector: User | None = None,
    consent_given_on: date | None = None,
) -> Referral:
    """Refer a resident the generalist may see to the connectors of a team (the resident's own by default).

    Without the resident's consent there is no referral. The consent is recorded as a people.Consent
    for this referral (see referral_consent_purpose); the referral links to it.
    """
    access.require(by, "referrals.create")
    if not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
        raise PermissionDenied
    if not consent_given:
        raise ValidationError(
            {
                "consent_given": _(
                    "Without the resident's consent there is no referral. Ask the resident first whether their "
                    "details and this information may be passed on to the connectors."
                )
            }
        )
    today = timezone.localdate()
    given_on = consent_given_on or today
    if given_on > today:
        raise ValidationError({"consent_given_on": _("The date cannot be in the future.")})
    if _file_closed(resident):
        raise ValidationError(_("The resident's file has been closed; a closed file cannot be referred."))
    reason = _required_text(reason, "reason", _("Write down why you refer the resident."))
    wishes = _required_text(wishes, "wishes", _("Write down what the resident would like."))
    practical_notes = (practical_notes or "").strip()
    if len(practical_notes) > TEXT_MAX:
        raise ValidationError({"practical_notes": _("Keep it shorter: at most %(n)s characters.") % {"n": TEXT_MAX}})
    team = team or resident.team
    if to_connector is not None and not team_connectors(team).filter(pk=to_connector.pk).exists():
        raise ValidationError({"to_connector": _("Choose a connector of the team you refer to, or nobody.")})

    with transaction.atomic():
        # Lock the resident, so two referrals submitted at once cannot both pass the check below.
        Resident.objects.select_for_update().filter(pk=resident.pk).first()
        if Referral.objects.open().filter(resident=resident, team=team).exists():
            raise ValidationError(
                _("There already is an open referral of this resident to the connectors of %(team)s.")
                % {"team": team.name}
            )
        purpose = referral_consent_purpose()
        consent = Consent.objects.create(
            resident=resident,
            purpose=purpose,
            lawful_basis=LawfulBasis.CONSENT,
            given_on=given_on,
            recorded_by=by,
            note=_("For a referral to the connectors of %(team)s.") % {"team": team.name},
        )
        referral = Referral.objects.create(
            resident=resident,
            team=team,
            to_connector=to_connector,
            referred_by=by,
            reason=reason,
            wishes=wishes,
            practical_notes=practical_notes,
            consent=consent,
            referred_at=timezone.now(),
            referred_on=today,
        )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="consent.given", obj=consent, resident=resident,
            purpose=purpose, lawful_basis=LawfulBasis.CONSENT, referral=referral.pk,
        )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="referral.created", obj=referral, resident=resident,
            to_connector=to_connector.pk if to_connector else None, consent=consent.pk,
        )
    return referral


def _require_receiving(by, referral: Referral) -> None:
    access.require(by, "referrals.receive")
    if referral.team_id not in access.team_ids(by, *access.TEAM_WORK):
        raise PermissionDenied


def _lock_open(referral: Referral) -> Referral:
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if locked.status != ReferralStatus.OPEN:
        messages = {
            ReferralStatus.ACCEPTED: _("This referral has already been accepted."),
            ReferralStatus.RETURNED: _("This referral has already been returned."),
            ReferralStatus.WITHDRAWN: _("This referral has been withdrawn."),
        }
        raise ValidationError(messages[locked.status])
    return locked


def _decide(referral: Referral, by, status: str, **fields) -> None:
    referral.status = status
    referral.decided_at = timezone.now()
    referral.decided_on = timezone.localdate()
    referral.decided_by = by
    for name, value in fields.items():
        setattr(referral, name, value)
    referral.save(update_fields=["status", "decided_at", "decided_on", "decided_by", *fields])


def accept_referral(*, referral: Referral, by, connector: User | None = None) -> Referral:
    """A connector (or the team lead, for a connector of the team) accepts the referral.

    The connector who takes the resident on is `connector`, else `by` when they are a connector of the team,
    else the connector the referral names. They get an Assignment to the resident through the people service
    (unless they already have one). The assignment is made in the name of `by` when `by` may already see the
    resident; for a resident of another team it is made in the name of the referring generalist, whose
    consent-backed referral is what hands the resident over.
    """
    _require_receiving(by, referral)
    connectors = team_connectors(referral.team)
    if connector is None:
        if connectors.filter(pk=by.pk).exists():
            connector = by
        else:
            connector = referral.to_connector
    if connector is None:
        raise ValidationError({"connector": _("Choose the connector who takes the resident on.")})
    if not connectors.filter(pk=connector.pk).exists():
        raise ValidationError({"connector": _("Choose a connector of the team.")})

    with transaction.atomic():
        referral = _lock_open(referral)
        resident = referral.resident
        if Consent.objects.filter(pk=referral.consent_id, withdrawn_on__isnull=False).exists():
            raise ValidationError(
                _("The resident has withdrawn their consent for this referral. Return it to the generalist.")
            )
        if _file_closed(resident):
            raise ValidationError(_("The resident's file has been closed. Return the referral to the generalist."))
        today = timezone.localdate()
        assignment = (
            Assignment.objects.filter(resident=resident, user=connector, started_on__lte=today)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
            .first()
        )
        if assignment is None:
            actor = by
            if not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
                actor = referral.referred_by
                if not Resident.objects.visible_to(actor).filter(pk=resident.pk).exists():
                    raise ValidationError(
                        _(
                            "The resident is not in your team and the referring generalist can no longer see "
                            "them, so they cannot be handed over. Return the referral."
                        )
                    )
            assignment = people_services.assign_resident(
                resident=resident, user=connector, role=AssignmentRole.CONNECTOR, by=actor
            )
        _decide(referral, by, ReferralStatus.ACCEPTED, assigned_connector=connector, assignment=assignment)
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="referral.accepted", obj=referral, resident=resident,
            connector=connector.pk, assignment=assignment.pk,
        )
    return referral


def return_referral(*, referral: Referral, by, reason: str) -> Referral:
    """A connector or team lead of the team returns the referral to the generalist, with a reason."""
    _require_receiving(by, referral)
    reason = _required_text(reason, "reason", _("Write down why you return the referral."))
    with transaction.atomic():
        referral = _lock_open(referral)
        _decide(referral, by, ReferralStatus.RETURNED, return_reason=reason)
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="referral.returned", obj=referral,
            resident=referral.resident,
        )
    return referral


def withdraw_referral(*, referral: Referral, by) -> Referral:
    """The generalist who made the referral withdraws it while it is still open."""
    access.require(by, "referrals.create")
    if referral.referred_by_id != by.pk:
        raise PermissionDenied
    with transaction.atomic():
        referral = _lock_open(referral)
        _decide(referral, by, ReferralStatus.WITHDRAWN)
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="referral.withdrawn", obj=referral,
            resident=referral.resident,
        )
    return referral


# --- signals ------------------------------------------------------------------------------------------


def raise_signal(*, by, resident: Resident, kind: str, urgency: str, description: str) -> Signal:
    """A connector or team lead passes a signal about a resident they may see to the generalists of its team.

    The deadline for acknowledgement is two working days after today (weekends and holidays skipped).
    The audit event holds no kind, urgency or text: only that a signal about the resident was raised.
    """
    access.require(by, "signals.raise")
    if not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
        raise PermissionDenied
    if kind not in SignalKind.values:
        raise ValidationError({"kind": _("Choose what kind of situation it is.")})
    if urgency not in SignalUrgency.values:
        raise ValidationError({"urgency": _("Choose how urgent it is.")})
    description = _required_text(description, "description", _("Describe what is going on."))
    raised_at = timezone.now()
    raised_on = timezone.localdate(raised_at)
    with transaction.atomic():
        signal = Signal.objects.create(
            resident=resident,
            team_id=resident.team_id,
            raised_by=by,
            kind=kind,
            urgency=urgency,
            description=description,
            raised_at=raised_at,
            raised_on=raised_on,
            deadline=add_working_days(raised_on, ACKNOWLEDGE_WITHIN_WORKING_DAYS),
        )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="signal.raised", obj=signal, resident=resident,
            deadline=signal.deadline.isoformat(),
        )
    return signal


def can_acknowledge(user, signal: Signal) -> bool:
    return access.can(user, "signals.view") and signal.team_id in access.team_ids(user, *SIGNAL_TEAM_ROLES)


def acknowledge_signal(*, signal: Signal, by, note: str) -> Signal:
    """A generalist (or team lead) of the resident's team acknowledges the signal, with the action taken."""
    if not can_acknowledge(by, signal):
        raise PermissionDenied
    note = _required_text(note, "note", _("Write down briefly what you did or will do."), max_length=NOTE_MAX)
    with transaction.atomic():
        locked = Signal.objects.select_for_update().get(pk=signal.pk)
        if locked.acknowledged_at is not None:
            raise ValidationError(_("This signal has already been acknowledged."))
        late = locked.is_escalated()
        locked.acknowledged_at = timezone.now()
        locked.acknowledged_by = by
        locked.acknowledgement_note = note
        locked.save(update_fields=["acknowledged_at", "acknowledged_by", "acknowledgement_note"])
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="signal.acknowledged", obj=locked,
            resident=locked.resident, late=late,
        )
    return locked


def record_escalations(*, on: date | None = None) -> int:
    """Record, once, the escalation of every signal not acknowledged by the end of its deadline.

    Escalation itself is computed from the stored deadline whenever a signal is read; this sets escalated_at
    and writes a "signal.escalated" audit event (by the system), so the trail shows when it was noticed.
    Idempotent: a signal whose escalation is recorded is skipped. Returns the number recorded now.
    """
    on = on or timezone.localdate()
    recorded = 0
    candidates = Signal.objects.escalated(on).filter(escalated_at__isnull=True).select_related("resident")
    for signal in candidates:
        with transaction.atomic():
            now = timezone.now()
            # The conditional update makes a second run (or two at once) record nothing more.
            if not Signal.objects.filter(pk=signal.pk, escalated_at__isnull=True).update(escalated_at=now):
                continue
            record_event(
                by=None, action=AuditEvent.Action.CHANGE, event="signal.escalated", obj=signal,
                resident=signal.resident, deadline=signal.deadline.isoformat(),
            )
            recorded += 1
    return recorded
