"""Connectors' time records per week, and the team lead's decisions on long open trajectories.

History is explicit: one time record per connector, team and ISO week (its Monday); boundary decisions
are never changed, a new decision is a new row, so the team can read back what was agreed and when.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import BoundaryOutcome, TimeCategory
from .querysets import BoundaryDecisionQuerySet, TimeRecordQuerySet

MAX_CATEGORY_HOURS = Decimal(60)
MAX_WEEK_HOURS = Decimal(80)


def _hours(verbose_name, help_text=""):
    return models.DecimalField(verbose_name, max_digits=3, decimal_places=1, default=Decimal(0), help_text=help_text)


class TimeRecord(models.Model):
    """A connector's hours in one ISO week (`week` is its Monday) for one team, in five categories."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="time_records", verbose_name=_("connector")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="time_records", verbose_name=_("team")
    )
    week = models.DateField(_("week (Monday)"), db_index=True)
    neighbourhood = _hours(
        TimeCategory.NEIGHBOURHOOD.label,
        _("Door to door, coffee mornings, with residents and places, on the cargo bike."),
    )
    internal_meetings = _hours(TimeCategory.INTERNAL_MEETINGS.label, _("Team meetings and other meetings at work."))
    partner_meetings = _hours(
        TimeCategory.PARTNER_MEETINGS.label, _("With partner organisations, the municipality, schools.")
    )
    trainings = _hours(TimeCategory.TRAININGS.label, _("Giving or following a training."))
    administration = _hours(TimeCategory.ADMINISTRATION.label, _("Registration, e-mail, reports."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = TimeRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("time record")
        verbose_name_plural = _("time records")
        ordering = ["-week", "id"]
        indexes = [models.Index(fields=["team", "week"])]
        constraints = [
            models.UniqueConstraint(fields=["user", "team", "week"], name="timerecord_one_per_week"),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{c.value}__gte": 0, f"{c.value}__lte": MAX_CATEGORY_HOURS}),
                    name=f"timerecord_{c.value}_0_to_60",
                )
                for c in TimeCategory
            ],
            models.CheckConstraint(
                condition=LessThanOrEqual(
                    F("neighbourhood")
                    + F("internal_meetings")
                    + F("partner_meetings")
                    + F("trainings")
                    + F("administration"),
                    MAX_WEEK_HOURS,
                ),
                name="timerecord_total_at_most_80",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.team_id} {self.week.isoformat()}"

    def hours(self) -> dict[str, Decimal]:
        return {c.value: getattr(self, c.value) for c in TimeCategory}

    @property
    def total(self) -> Decimal:
        return sum(self.hours().values(), Decimal(0))

    @property
    def iso_week(self) -> int:
        return self.week.isocalendar().week


class BoundaryDecision(models.Model):
    """The team lead's decision on a resident whose trajectory stays open without an active connection.

    Continue, refer elsewhere and other come back on the list on `review_on`; closing the file sets
    Resident.closed_on (through the people services) and needs no review date.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="boundary_decisions", verbose_name=_("resident")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="boundary_decisions", verbose_name=_("team")
    )
    outcome = models.CharField(_("decision"), max_length=12, choices=BoundaryOutcome.choices)
    reason = models.CharField(_("reason"), max_length=300)
    next_step = models.CharField(_("agreed next step"), max_length=300, blank=True)
    review_on = models.DateField(_("review on"), null=True, blank=True, db_index=True)
    decided_on = models.DateField(_("decided on"), default=timezone.localdate, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("decided by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = BoundaryDecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("boundary decision")
        verbose_name_plural = _("boundary decisions")
        ordering = ["-decided_on", "-id"]
        indexes = [models.Index(fields=["resident", "decided_on"])]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="boundarydecision_has_reason"),
            models.CheckConstraint(
                condition=~Q(outcome="continue") | ~Q(next_step=""), name="boundarydecision_continue_has_next_step"
            ),
            models.CheckConstraint(
                condition=(Q(outcome="close") & Q(review_on__isnull=True))
                | (~Q(outcome="close") & Q(review_on__isnull=False)),
                name="boundarydecision_review_unless_closed",
            ),
            models.CheckConstraint(
                condition=Q(review_on__isnull=True) | Q(review_on__gt=F("decided_on")),
                name="boundarydecision_review_after_decision",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resident_id} {self.outcome} {self.decided_on.isoformat()}"
