import uuid
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ReferralStatus, SignalKind, SignalStatus, SignalUrgency
from .querysets import ReferralQuerySet, SignalQuerySet


class Referral(models.Model):
    """A warm hand-over: a generalist refers a resident, with their consent, to the connectors of a team.

    Open until a connector of the team accepts it (and takes the resident on) or returns it with a reason;
    the generalist may withdraw it while it is open. The dates make referral counts per period possible.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="referrals", verbose_name=_("resident")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="referrals", verbose_name=_("to the connectors of")
    )
    to_connector = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("named connector"),
    )
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("referred by")
    )
    reason = models.TextField(_("why the referral"))
    wishes = models.TextField(_("what the resident wants"))
    practical_notes = models.TextField(_("practical notes"), blank=True)
    consent = models.ForeignKey(
        "people.Consent", on_delete=models.CASCADE, related_name="+", verbose_name=_("consent for this referral")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ReferralStatus.choices, default=ReferralStatus.OPEN, db_index=True
    )
    referred_at = models.DateTimeField(_("referred at"), default=timezone.now)
    referred_on = models.DateField(_("referred on"), default=timezone.localdate, db_index=True)
    decided_at = models.DateTimeField(_("accepted, returned or withdrawn at"), null=True, blank=True)
    decided_on = models.DateField(_("accepted, returned or withdrawn on"), null=True, blank=True, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("decided by"),
    )
    return_reason = models.TextField(_("reason for returning"), blank=True)
    assigned_connector = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("taken on by"),
    )
    assignment = models.ForeignKey(
        "people.Assignment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("assignment"),
    )

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-referred_at", "-id"]
        indexes = [models.Index(fields=["team", "status"]), models.Index(fields=["referred_by", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status="open") & Q(decided_at__isnull=True) & Q(decided_on__isnull=True))
                | (~Q(status="open") & Q(decided_at__isnull=False) & Q(decided_on__isnull=False)),
                name="referral_decided_unless_open",
            ),
            models.CheckConstraint(
                condition=Q(decided_on__isnull=True) | Q(decided_on__gte=models.F("referred_on")),
                name="referral_decided_after_referred",
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(return_reason=""), name="referral_returned_has_reason"
            ),
            models.CheckConstraint(
                condition=~Q(status="accepted") | Q(assigned_connector__isnull=False),
                name="referral_accepted_has_connector",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resident_id} → {self.team_id} ({self.referred_on})"

    @property
    def is_open(self) -> bool:
        return self.status == ReferralStatus.OPEN


class Signal(models.Model):
    """A signal of an unsafe or crisis situation, passed by a connector to the generalists of the resident's team.

    Only the raiser, the generalists and the team leads of that team may see it. A generalist acknowledges it
    with a short note of the action taken. Not acknowledged by the end of the deadline (two working days after
    it was raised) it is escalated to the team lead: computed from the stored deadline whenever it is read, and
    recorded once (escalated_at and an audit event) by the command `escalate_signals`.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="signals", verbose_name=_("resident")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="signals", verbose_name=_("team")
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("raised by")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=SignalKind.choices)
    urgency = models.CharField(_("urgency"), max_length=10, choices=SignalUrgency.choices)
    description = models.TextField(_("what is going on"))
    raised_at = models.DateTimeField(_("raised at"), default=timezone.now)
    raised_on = models.DateField(_("raised on"), default=timezone.localdate, db_index=True)
    deadline = models.DateField(_("acknowledge by"), db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("acknowledged by"),
    )
    acknowledgement_note = models.CharField(_("action taken"), max_length=500, blank=True)
    escalated_at = models.DateTimeField(_("escalation recorded at"), null=True, blank=True)

    objects = SignalQuerySet.as_manager()

    class Meta:
        verbose_name = _("signal")
        verbose_name_plural = _("signals")
        ordering = ["deadline", "raised_at", "id"]
        indexes = [models.Index(fields=["team", "acknowledged_at", "deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline__gt=models.F("raised_on")), name="signal_deadline_after_raised"
            ),
            models.CheckConstraint(
                condition=(Q(acknowledged_at__isnull=True) & Q(acknowledged_by__isnull=True))
                | (Q(acknowledged_at__isnull=False) & Q(acknowledged_by__isnull=False) & ~Q(acknowledgement_note="")),
                name="signal_acknowledged_with_note",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.raised_on}"

    def is_escalated(self, on: date | None = None) -> bool:
        """Not acknowledged by the end of the deadline: escalated, whether or not the command has run yet."""
        on = on or timezone.localdate()
        return self.acknowledged_at is None and self.deadline < on

    def status(self, on: date | None = None) -> str:
        if self.acknowledged_at is not None:
            return SignalStatus.ACKNOWLEDGED
        return SignalStatus.ESCALATED if self.is_escalated(on) else SignalStatus.OPEN

    @property
    def current_status(self) -> str:
        return self.status()

    def get_status_display(self) -> str:
        return SignalStatus(self.current_status).label

    @property
    def was_late(self) -> bool:
        """Acknowledged after the deadline (or not yet, while past it)."""
        if self.acknowledged_at is None:
            return self.is_escalated()
        return timezone.localdate(self.acknowledged_at) > self.deadline
