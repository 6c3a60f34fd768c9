import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import NetworkPhase, Recurrence
from .querysets import ActivityQuerySet, NetworkQuerySet


class Network(models.Model):
    """An inwonersnetwerk: a group of residents who meet, facilitated until it steers itself."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    team = models.ForeignKey("accounts.Team", on_delete=models.PROTECT, related_name="networks", verbose_name=_("team"))
    buurt = models.ForeignKey(
        "geo.Buurt", on_delete=models.PROTECT, null=True, blank=True, related_name="networks", verbose_name=_("buurt")
    )
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("what the network is about"), blank=True)
    phase = models.CharField(_("phase"), max_length=20, choices=NetworkPhase.choices, default=NetworkPhase.FACILITATED)
    self_steering_since = models.DateField(_("self-steering since"), null=True, blank=True)
    started_on = models.DateField(_("started on"), default=timezone.localdate, db_index=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        verbose_name = _("resident network")
        verbose_name_plural = _("resident networks")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="network_ended_after_started",
            ),
            models.CheckConstraint(
                condition=(Q(phase="self_steering") & Q(self_steering_since__isnull=False))
                | (Q(phase="facilitated") & Q(self_steering_since__isnull=True)),
                name="network_phase_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class NetworkMembership(models.Model):
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="network_memberships", verbose_name=_("resident")
    )
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)

    class Meta:
        verbose_name = _("network member")
        verbose_name_plural = _("network members")
        ordering = ["joined_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["network", "resident", "joined_on"], name="networkmember_unique"),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="networkmember_left_after_joined",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.network_id}:{self.resident_id}"


class Activity(models.Model):
    """A facilitated activity or meeting moment, one-off or recurring."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="activities", verbose_name=_("team")
    )
    buurt = models.ForeignKey(
        "geo.Buurt", on_delete=models.PROTECT, null=True, blank=True, related_name="activities", verbose_name=_("buurt")
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    starts_on = models.DateField(_("date"), db_index=True)
    ends_on = models.DateField(_("last date"), null=True, blank=True, help_text=_("For a recurring activity."))
    recurrence = models.CharField(_("how often"), max_length=12, choices=Recurrence.choices, default=Recurrence.ONCE)
    place = models.ForeignKey(
        "places.Place",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("place"),
    )
    network = models.ForeignKey(
        Network, on_delete=models.SET_NULL, null=True, blank=True, related_name="activities", verbose_name=_("network")
    )
    organiser = models.ForeignKey(
        "people.Resident",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_activities",
        verbose_name=_("organised by (resident)"),
    )
    is_facilitated = models.BooleanField(_("facilitated by the team"), default=True)
    participant_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    participants = models.ManyToManyField(
        "people.Resident", blank=True, related_name="activities", verbose_name=_("registered participants")
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="activity_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title
