import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import RoundKind
from .querysets import OutreachRoundQuerySet, RoundSignUpQuerySet


class WishTag(models.Model):
    """A wish residents mention during outreach ("buurtmoestuin", "taalcafé"), reused across rounds and teams."""

    name = models.CharField(_("wish"), max_length=80)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("wish")
        verbose_name_plural = _("wishes")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="wishtag_name_unique_ci")]

    def __str__(self) -> str:
        return self.name


class OutreachRound(models.Model):
    """One outreach round of a team: door to door, cargo bike, bus, walk-in hour, floor conversations in a flat…

    Homes are counted where the kind visits homes; homes reached can never exceed homes approached.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="outreach_rounds", verbose_name=_("team")
    )
    kind = models.CharField(_("kind of outreach"), max_length=20, choices=RoundKind.choices)
    held_on = models.DateField(_("date"), db_index=True)
    last_day = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Only for a round over several days.")
    )
    buurt = models.ForeignKey(
        "geo.Buurt", on_delete=models.PROTECT, related_name="outreach_rounds", verbose_name=_("buurt")
    )
    street_or_building = models.CharField(_("street or building"), max_length=120, blank=True)
    floors = models.PositiveSmallIntegerField(
        _("floors visited"), null=True, blank=True, help_text=_("Only for floor conversations in a flat.")
    )
    homes_approached = models.PositiveIntegerField(_("homes approached"), null=True, blank=True)
    homes_reached = models.PositiveIntegerField(
        _("homes reached"), null=True, blank=True, help_text=_("Homes where someone opened and talked.")
    )
    conversations = models.PositiveIntegerField(_("conversations held"), default=0)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="outreach_rounds", verbose_name=_("staff who went")
    )
    wishes = models.ManyToManyField(
        WishTag, through="RoundWish", blank=True, related_name="outreach_rounds", verbose_name=_("wishes collected")
    )
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = OutreachRoundQuerySet.as_manager()

    class Meta:
        verbose_name = _("outreach round")
        verbose_name_plural = _("outreach rounds")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["team", "held_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(homes_reached__isnull=True)
                | Q(homes_approached__isnull=False, homes_reached__lte=F("homes_approached")),
                name="outreachround_reached_within_approached",
            ),
            models.CheckConstraint(
                condition=Q(last_day__isnull=True) | Q(last_day__gte=F("held_on")),
                name="outreachround_last_day_after_first",
            ),
            models.CheckConstraint(
                condition=Q(floors__isnull=True) | Q(kind=RoundKind.FLOOR_CONVERSATIONS),
                name="outreachround_floors_only_in_flats",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.buurt} · {self.held_on:%d-%m-%Y}"

    @property
    def reach_pct(self) -> float | None:
        if self.homes_reached is None or not self.homes_approached:
            return None
        return 100 * self.homes_reached / self.homes_approached


class RoundWish(models.Model):
    """A wish heard during a round, and how many times."""

    outreach_round = models.ForeignKey(
        OutreachRound, on_delete=models.CASCADE, related_name="round_wishes", verbose_name=_("outreach round")
    )
    wish = models.ForeignKey(WishTag, on_delete=models.PROTECT, related_name="round_wishes", verbose_name=_("wish"))
    mentions = models.PositiveSmallIntegerField(_("times heard"), default=1)

    class Meta:
        verbose_name = _("wish heard")
        verbose_name_plural = _("wishes heard")
        ordering = ["-mentions", "wish__name"]
        constraints = [
            models.UniqueConstraint(fields=["outreach_round", "wish"], name="roundwish_unique"),
            models.CheckConstraint(condition=Q(mentions__gte=1), name="roundwish_mentioned"),
        ]

    def __str__(self) -> str:
        return f"{self.wish} ×{self.mentions}"


class RoundSignUp(models.Model):
    """A resident who signed up after a round (on or after its first day)."""

    outreach_round = models.ForeignKey(
        OutreachRound, on_delete=models.CASCADE, related_name="signups", verbose_name=_("outreach round")
    )
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="outreach_signups", verbose_name=_("resident")
    )
    signed_up_on = models.DateField(_("signed up on"), default=timezone.localdate)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = RoundSignUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-up after outreach")
        verbose_name_plural = _("sign-ups after outreach")
        ordering = ["signed_up_on", "id"]
        constraints = [models.UniqueConstraint(fields=["outreach_round", "resident"], name="roundsignup_unique")]

    def __str__(self) -> str:
        return f"{self.outreach_round_id}:{self.resident_id}"
