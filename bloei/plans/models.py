"""Neighbourhood plans (wijkplannen): one per wijk and year, written with residents and evaluated a year later.

History is explicit: a plan carries the date it was adopted, progress notes are dated rows, the evaluation
is a record of its own with its date, and next year's plan points at the plan it was started from (its
carried-over priorities at the priority they came from). See docs/plans.md.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import PlanStatus, ProgressStatus
from .querysets import PlanPartQuerySet, PlanQuerySet, ProgressNoteQuerySet

FIRST_YEAR = 2010
LAST_YEAR = 2100


class NeighbourhoodPlan(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    wijk = models.ForeignKey(
        "geo.Neighbourhood", on_delete=models.PROTECT, related_name="plans", verbose_name=_("wijk")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="neighbourhood_plans", verbose_name=_("team")
    )
    status = models.CharField(_("status"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the plan is about, in a few sentences for residents and partners.")
    )
    previous_plan = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_plans",
        verbose_name=_("started from the plan of"),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("neighbourhood plan")
        verbose_name_plural = _("neighbourhood plans")
        ordering = ["-year", "wijk__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["wijk", "year"],
                name="plan_one_per_wijk_and_year",
                violation_error_message=_("There is already a plan for this wijk and year."),
            ),
            models.CheckConstraint(
                condition=Q(year__gte=FIRST_YEAR, year__lte=LAST_YEAR),
                name="plan_year_in_range",
                violation_error_message=_("This year is out of range."),
            ),
            models.CheckConstraint(
                condition=(Q(status="draft") & Q(adopted_on__isnull=True))
                | (Q(status__in=["adopted", "evaluated"]) & Q(adopted_on__isnull=False)),
                name="plan_adopted_iff_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.wijk} {self.year}"

    @property
    def is_open(self) -> bool:
        """Priorities, meetings and links can change until the plan is evaluated."""
        return self.status != PlanStatus.EVALUATED


class PlanMeeting(models.Model):
    """A meeting where the plan was written or discussed, with who was there."""

    plan = models.ForeignKey(
        NeighbourhoodPlan, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("plan")
    )
    held_on = models.DateField(_("date"), db_index=True)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("staff present")
    )
    residents = models.ManyToManyField(
        "people.Resident", blank=True, related_name="plan_meetings", verbose_name=_("registered residents present")
    )
    other_attendees = models.PositiveIntegerField(
        _("other attendees (number)"),
        default=0,
        help_text=_("Residents and partners who were there but are not registered here."),
    )
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PlanPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan meeting")
        verbose_name_plural = _("plan meetings")
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.held_on}"


class Priority(models.Model):
    """A priority of the plan: a theme, why (beside the wijk's figures) and what success looks like."""

    plan = models.ForeignKey(
        NeighbourhoodPlan, on_delete=models.CASCADE, related_name="priorities", verbose_name=_("plan")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1, validators=[MinValueValidator(1)])
    theme = models.CharField(_("theme"), max_length=150)
    why = models.TextField(_("why this matters"), blank=True)
    success = models.TextField(_("what success looks like"), blank=True)
    figures = models.JSONField(
        _("figures beside it"),
        default=list,
        blank=True,
        help_text=_("The wijk's figures shown beside the reason."),
    )
    is_proposal = models.BooleanField(
        _("proposal"),
        default=False,
        help_text=_("Carried over from last year's evaluation and not yet taken on in this plan."),
    )
    carried_over_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="carried_over_to",
        verbose_name=_("carried over from"),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PlanPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(order__gte=1), name="priority_order_from_one"),
        ]

    def __str__(self) -> str:
        return self.theme


class ProgressNote(models.Model):
    """How a priority is doing during the year."""

    priority = models.ForeignKey(
        Priority, on_delete=models.CASCADE, related_name="progress_notes", verbose_name=_("priority")
    )
    noted_on = models.DateField(_("date"), db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=ProgressStatus.choices)
    text = models.TextField(_("what happened"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ProgressNoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")
        ordering = ["noted_on", "pk"]

    def __str__(self) -> str:
        return f"{self.priority_id} {self.noted_on} {self.status}"


class PlanLink(models.Model):
    """An activity, network or training edition that works on the plan (on one of its priorities, if given)."""

    plan = models.ForeignKey(NeighbourhoodPlan, on_delete=models.CASCADE, related_name="links", verbose_name=_("plan"))
    priority = models.ForeignKey(
        Priority, on_delete=models.CASCADE, null=True, blank=True, related_name="links", verbose_name=_("priority")
    )
    activity = models.ForeignKey(
        "community.Activity",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="plan_links",
        verbose_name=_("activity"),
    )
    network = models.ForeignKey(
        "community.Network",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="plan_links",
        verbose_name=_("resident network"),
    )
    edition = models.ForeignKey(
        "trainings.TrainingEdition",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="plan_links",
        verbose_name=_("training edition"),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PlanPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan link")
        verbose_name_plural = _("plan links")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(activity__isnull=False, network__isnull=True, edition__isnull=True)
                | Q(activity__isnull=True, network__isnull=False, edition__isnull=True)
                | Q(activity__isnull=True, network__isnull=True, edition__isnull=False),
                name="planlink_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["plan", "activity"], condition=Q(activity__isnull=False), name="planlink_activity_once"
            ),
            models.UniqueConstraint(
                fields=["plan", "network"], condition=Q(network__isnull=False), name="planlink_network_once"
            ),
            models.UniqueConstraint(
                fields=["plan", "edition"], condition=Q(edition__isnull=False), name="planlink_edition_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan_id}: {self.target}"

    @property
    def target(self):
        return self.activity or self.network or self.edition

    @property
    def kind(self) -> str:
        return "activity" if self.activity_id else "network" if self.network_id else "edition"


class PlanEvaluation(models.Model):
    """The year-end evaluation with residents; it sets next year's goals."""

    plan = models.OneToOneField(
        NeighbourhoodPlan, on_delete=models.CASCADE, related_name="evaluation", verbose_name=_("plan")
    )
    held_on = models.DateField(_("date"))
    went_well = models.TextField(_("what went well"), blank=True)
    went_badly = models.TextField(_("what did not go well"), blank=True)
    residents = models.ManyToManyField(
        "people.Resident", blank=True, related_name="plan_evaluations", verbose_name=_("registered residents present")
    )
    other_attendees = models.PositiveIntegerField(
        _("other attendees (number)"),
        default=0,
        help_text=_("Residents and partners who were there but are not registered here."),
    )
    carried_over = models.ManyToManyField(
        Priority, blank=True, related_name="+", verbose_name=_("priorities to continue next year")
    )
    next_year_goals = models.TextField(_("new goals for next year"), blank=True, help_text=_("One goal per line."))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PlanPartQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan evaluation")
        verbose_name_plural = _("plan evaluations")

    def __str__(self) -> str:
        return f"{self.plan_id} {self.held_on}"

    @property
    def goals(self) -> list[str]:
        return [line.strip() for line in self.next_year_goals.splitlines() if line.strip()]
