import uuid
from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    DismissReason,
    EndReason,
    FollowUpOutcome,
    MatchKind,
    MatchStatus,
    SignUpKind,
    SignUpStatus,
    SuggestionDecision,
)
from .querysets import FollowUpQuerySet, MatchQuerySet, SignUpQuerySet


class SignUp(models.Model):
    """A WIJ match sign-up: a resident asks for something (request) or offers something (offer).

    The waiting list on any date is the sign-ups opened on or before it and not closed by then.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="signups", verbose_name=_("resident")
    )
    team = models.ForeignKey("accounts.Team", on_delete=models.PROTECT, related_name="signups", verbose_name=_("team"))
    kind = models.CharField(_("kind"), max_length=10, choices=SignUpKind.choices)
    title = models.CharField(_("in short"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    talents = models.ManyToManyField(
        "people.Talent", blank=True, related_name="signups", verbose_name=_("talents and interests")
    )
    status = models.CharField(_("status"), max_length=10, choices=SignUpStatus.choices, default=SignUpStatus.OPEN)
    opened_on = models.DateField(_("signed up on"), default=timezone.localdate, db_index=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = SignUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["opened_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status="open") & Q(closed_on__isnull=True))
                | (~Q(status="open") & Q(closed_on__isnull=False) & Q(closed_on__gte=models.F("opened_on"))),
                name="signup_closed_iff_not_open",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def waiting_days(self, on: date | None = None) -> int:
        end = self.closed_on or on or timezone.localdate()
        return (end - self.opened_on).days


class Match(models.Model):
    """A connection of one of three kinds, with its lifecycle dates.

    Durable is derived, never ticked: still active `BLOEI_DURABLE_AFTER_DAYS` after it started.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=MatchKind.choices)
    team = models.ForeignKey("accounts.Team", on_delete=models.PROTECT, related_name="matches", verbose_name=_("team"))
    resident_a = models.ForeignKey(
        "people.Resident",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="matches_as_a",
        verbose_name=_("resident"),
    )
    resident_b = models.ForeignKey(
        "people.Resident",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="matches_as_b",
        verbose_name=_("other resident"),
    )
    opening = models.ForeignKey(
        "places.Opening",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="matches",
        verbose_name=_("opening"),
    )
    place_a = models.ForeignKey(
        "places.Place",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="matches_as_a",
        verbose_name=_("place"),
    )
    place_b = models.ForeignKey(
        "places.Place",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="matches_as_b",
        verbose_name=_("other place"),
    )
    request = models.ForeignKey(
        SignUp,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="matches_as_request",
        verbose_name=_("request"),
    )
    offer = models.ForeignKey(
        SignUp,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="matches_as_offer",
        verbose_name=_("offer"),
    )
    description = models.TextField(_("what the match is about"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=MatchStatus.choices, default=MatchStatus.PROPOSED)
    proposed_on = models.DateField(_("proposed on"), default=timezone.localdate, db_index=True)
    introduced_on = models.DateField(_("introduced on"), null=True, blank=True)
    started_on = models.DateField(_("started on"), null=True, blank=True, db_index=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True, db_index=True)
    end_reason = models.CharField(_("reason for ending"), max_length=20, choices=EndReason.choices, blank=True)
    end_note = models.CharField(_("about the ending"), max_length=300, blank=True)
    connectors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="matches", verbose_name=_("connectors involved")
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-proposed_on", "-id"]
        indexes = [models.Index(fields=["team", "status"]), models.Index(fields=["kind", "started_on"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        kind="resident_resident",
                        resident_a__isnull=False,
                        resident_b__isnull=False,
                        opening__isnull=True,
                        place_a__isnull=True,
                        place_b__isnull=True,
                    )
                    | Q(
                        kind="resident_place",
                        resident_a__isnull=False,
                        resident_b__isnull=True,
                        opening__isnull=False,
                        place_a__isnull=False,
                        place_b__isnull=True,
                    )
                    | Q(
                        kind="place_place",
                        resident_a__isnull=True,
                        resident_b__isnull=True,
                        opening__isnull=True,
                        place_a__isnull=False,
                        place_b__isnull=False,
                    )
                ),
                name="match_parties_fit_kind",
            ),
            models.CheckConstraint(
                condition=~Q(resident_a=models.F("resident_b")) | Q(resident_b__isnull=True),
                name="match_two_different_residents",
            ),
            models.CheckConstraint(
                condition=~Q(place_a=models.F("place_b")) | Q(place_b__isnull=True),
                name="match_two_different_places",
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("proposed_on")),
                name="match_ended_after_proposed",
            ),
            models.CheckConstraint(
                condition=Q(started_on__isnull=True) | Q(started_on__gte=models.F("proposed_on")),
                name="match_started_after_proposed",
            ),
            models.CheckConstraint(
                condition=(Q(status="ended") & Q(ended_on__isnull=False))
                | (~Q(status="ended") & Q(ended_on__isnull=True)),
                name="match_ended_iff_end_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def place(self):
        return self.place_a

    def durable_on(self) -> date | None:
        """The date this match counts as durable, if it started."""
        if not self.started_on:
            return None
        return self.started_on + timedelta(days=settings.BLOEI_DURABLE_AFTER_DAYS)

    def is_durable(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        when = self.durable_on()
        if when is None or when > on:
            return False
        return self.ended_on is None or self.ended_on >= when

    def parties(self) -> list:
        return [p for p in (self.resident_a, self.resident_b, self.opening or self.place_a, self.place_b) if p]


class MatchStatusChange(models.Model):
    """Every status a match passed through, with its date: the history behind the dates on Match."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=12, choices=MatchStatus.choices)
    changed_on = models.DateField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("by")
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_on", "id"]

    def __str__(self) -> str:
        return f"{self.match_id} {self.status} {self.changed_on}"


class FollowUp(models.Model):
    """A planned check on an active match (by default 6 weeks, 3 and 6 months after it started)."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("match"))
    sequence = models.PositiveSmallIntegerField(_("number"))
    due_on = models.DateField(_("due on"), db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=FollowUpOutcome.choices, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["match", "sequence"], name="followup_sequence_unique"),
            models.CheckConstraint(
                condition=(Q(done_on__isnull=True) & Q(outcome="")) | (Q(done_on__isnull=False) & ~Q(outcome="")),
                name="followup_done_has_outcome",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.match_id} #{self.sequence} {self.due_on}"

    @property
    def is_overdue(self) -> bool:
        return self.done_on is None and self.due_on < timezone.localdate()


class SuggestionFeedback(models.Model):
    """A connector accepted or dismissed a suggested counterpart; the ranking learns from these.

    `features` holds the signal values the suggestion was ranked on (numbers keyed by signal name),
    so weights can be learned again later without recomputing history.
    """

    created_at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by"))
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("team")
    )
    source_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.PROTECT, related_name="+")
    source_id = models.PositiveBigIntegerField()
    candidate_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.PROTECT, related_name="+")
    candidate_id = models.PositiveBigIntegerField()
    match_kind = models.CharField(_("kind"), max_length=20, choices=MatchKind.choices)
    decision = models.CharField(_("decision"), max_length=10, choices=SuggestionDecision.choices)
    reason = models.CharField(_("reason"), max_length=20, choices=DismissReason.choices, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    score = models.FloatField(_("score"))
    rank = models.PositiveSmallIntegerField(_("position in the list"))
    features = models.JSONField(_("signal values"), default=dict)
    weights_version = models.PositiveIntegerField(_("weights version"), null=True, blank=True)
    match = models.ForeignKey(
        Match,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestion_feedback",
        verbose_name=_("match"),
    )

    class Meta:
        verbose_name = _("suggestion feedback")
        verbose_name_plural = _("suggestion feedback")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["source_type", "source_id"]),
            models.Index(fields=["candidate_type", "candidate_id"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(decision="accepted", reason="") | Q(decision="dismissed"),
                name="suggestionfeedback_reason_only_when_dismissed",
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.decision} {self.candidate_type_id}:{self.candidate_id} for {self.source_type_id}:{self.source_id}"
        )


class RankingWeights(models.Model):
    """A version of the ranking's signal weights; the newest is used. Learned from SuggestionFeedback."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    weights = models.JSONField(_("weights"))
    trained_on = models.PositiveIntegerField(_("number of decisions learned from"), default=0)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("ranking weights")
        verbose_name_plural = _("ranking weights")
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"v{self.version}"


# The candidate index of the suggestion engine (its models live with the engine).
from .suggestions.models import CandidateIndexState, CandidateProfile  # noqa: E402,F401
