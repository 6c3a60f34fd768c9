"""Group trainings ("Kom tot Bloei!", "De Wijk Werkt!", ...): types, editions, meetings, participants.

History is explicit: enrolments carry their dates, attendance is one row per meeting and participant,
outcomes are dated, and the one-year follow-up is a row with a due date (see docs/trainings.md).
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .choices import (
    AttendanceStatus,
    BenefitPurpose,
    BenefitStatus,
    EditionStatus,
    EnrolmentEnd,
    OutcomeKind,
    SessionKind,
)
from .querysets import EnrolmentQuerySet, TrainingEditionQuerySet, TrainingFollowUpQuerySet


class TrainingType(models.Model):
    """A kind of training with its default number of meetings and completion rule (reference data)."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    purpose_nl = models.CharField(_("purpose (Dutch)"), max_length=200, blank=True)
    purpose_en = models.CharField(_("purpose (English)"), max_length=200, blank=True)
    default_meetings = models.PositiveSmallIntegerField(
        _("number of meetings"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    completion_min_percent = models.PositiveSmallIntegerField(
        # xgettext:no-python-format
        _("completed when present at least (% of meetings)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    language = models.ForeignKey(
        "core.Language", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("language of the training"), help_text=_("Leave empty for Dutch."),
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("training type")
        verbose_name_plural = _("training types")
        ordering = ["name_nl"]
        constraints = [
            models.CheckConstraint(
                condition=Q(completion_min_percent__gte=1, completion_min_percent__lte=100),
                name="trainingtype_completion_percent",
            )
        ]

    def __str__(self) -> str:
        return self.name_en if (get_language() or "nl").startswith("en") else self.name_nl


class TrainingEdition(models.Model):
    """One run of a training type by a team, in a wijk, with its trainers and meetings."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    training_type = models.ForeignKey(
        TrainingType, on_delete=models.PROTECT, related_name="editions", verbose_name=_("training")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="training_editions", verbose_name=_("team")
    )
    wijk = models.ForeignKey(
        "geo.Neighbourhood", on_delete=models.PROTECT, null=True, blank=True, related_name="training_editions",
        verbose_name=_("wijk"),
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("For example: Kom tot Bloei! Woensel voorjaar 2025"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="training_editions", verbose_name=_("trainers")
    )
    location = models.CharField(_("usual location"), max_length=200, blank=True)
    starts_on = models.DateField(_("first meeting"), db_index=True)
    ends_on = models.DateField(_("last meeting"), db_index=True)
    max_participants = models.PositiveSmallIntegerField(_("maximum number of participants"), null=True, blank=True)
    finished_on = models.DateField(
        _("finished on"), null=True, blank=True,
        help_text=_("Set when the edition is closed: completion is decided and the one-year follow-ups are planned."),
    )
    cancelled_on = models.DateField(_("cancelled on"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = TrainingEditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("training edition")
        verbose_name_plural = _("training editions")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="edition_ends_after_start"),
            models.CheckConstraint(
                condition=Q(finished_on__isnull=True) | Q(cancelled_on__isnull=True),
                name="edition_finished_or_cancelled",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def status_on(self, on) -> str:
        if self.cancelled_on is not None:
            return EditionStatus.CANCELLED
        if self.finished_on is not None:
            return EditionStatus.FINISHED
        return EditionStatus.PLANNED if self.starts_on > on else EditionStatus.RUNNING

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return EditionStatus(self.status).label

    @property
    def is_closed(self) -> bool:
        """Finished or cancelled: participants, meetings and attendance no longer change."""
        return self.finished_on is not None or self.cancelled_on is not None


class TrainingSession(models.Model):
    """One meeting of an edition; a meeting can be a visit to a place."""

    edition = models.ForeignKey(
        TrainingEdition, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("edition")
    )
    number = models.PositiveSmallIntegerField(_("meeting number"))
    held_on = models.DateField(_("date"), db_index=True)
    starts_at = models.TimeField(_("start time"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=SessionKind.choices, default=SessionKind.MEETING)
    topic = models.CharField(_("topic"), max_length=150, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    place = models.ForeignKey(
        "places.Place", on_delete=models.PROTECT, null=True, blank=True, related_name="training_sessions",
        verbose_name=_("place visited"),
    )

    class Meta:
        verbose_name = _("training meeting")
        verbose_name_plural = _("training meetings")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="session_number_unique"),
            models.CheckConstraint(
                condition=~Q(kind="place_visit") | Q(place__isnull=False), name="session_visit_has_place"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition_id} #{self.number}"


class Enrolment(models.Model):
    """A resident taking part in an edition. The benefit status is kept only with its purpose."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    edition = models.ForeignKey(
        TrainingEdition, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("edition")
    )
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("resident")
    )
    enrolled_on = models.DateField(_("enrolled on"), default=timezone.localdate)
    left_on = models.DateField(_("stopped on"), null=True, blank=True)
    left_reason = models.CharField(_("reason for stopping"), max_length=20, choices=EnrolmentEnd.choices, blank=True)
    benefit_status = models.CharField(_("benefit status"), max_length=20, choices=BenefitStatus.choices, blank=True)
    benefit_purpose = models.CharField(
        _("purpose of recording the benefit status"), max_length=24, choices=BenefitPurpose.choices, blank=True
    )
    benefit_recorded_on = models.DateField(_("benefit status recorded on"), null=True, blank=True)
    benefit_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("benefit status recorded by"),
    )
    completed = models.BooleanField(
        _("completed"), null=True, blank=True,
        help_text=_("Decided by the completion rule when the edition is finished."),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["edition", "resident__last_name", "resident__first_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "resident"], name="enrolment_unique"),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("enrolled_on")),
                name="enrolment_left_after_enrolled",
            ),
            models.CheckConstraint(
                condition=Q(benefit_status="") | ~Q(benefit_purpose=""), name="enrolment_benefit_has_purpose"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition_id}:{self.resident_id}"


class Attendance(models.Model):
    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("meeting")
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("participant")
    )
    status = models.CharField(_("attendance"), max_length=10, choices=AttendanceStatus.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["session", "enrolment"], name="attendance_unique")]

    def __str__(self) -> str:
        return f"{self.session_id}:{self.enrolment_id} {self.status}"


SCORE = [MinValueValidator(1), MaxValueValidator(5)]


class Evaluation(models.Model):
    """A participant's evaluation at the end of the edition: scores 1-5 and their own words."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.CASCADE, related_name="evaluation", verbose_name=_("participant")
    )
    filled_on = models.DateField(_("date"), default=timezone.localdate)
    score_overall = models.PositiveSmallIntegerField(_("the training as a whole"), validators=SCORE)
    score_talents = models.PositiveSmallIntegerField(_("I know better what I am good at"), validators=SCORE)
    score_confidence = models.PositiveSmallIntegerField(_("I feel more confident"), validators=SCORE)
    score_contacts = models.PositiveSmallIntegerField(_("I met people I keep in touch with"), validators=SCORE)
    score_next_step = models.PositiveSmallIntegerField(_("I know my next step"), validators=SCORE)
    best = models.TextField(_("what was best"), blank=True)
    improve = models.TextField(_("what could be better"), blank=True)
    next_step = models.TextField(_("my next step"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.CheckConstraint(
                condition=Q(score_overall__gte=1, score_overall__lte=5)
                & Q(score_talents__gte=1, score_talents__lte=5)
                & Q(score_confidence__gte=1, score_confidence__lte=5)
                & Q(score_contacts__gte=1, score_contacts__lte=5)
                & Q(score_next_step__gte=1, score_next_step__lte=5),
                name="evaluation_scores_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} ({self.filled_on})"


class Outcome(models.Model):
    """What a participant went on to do, with a date: volunteer work, paid work, education or none yet."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="outcomes", verbose_name=_("participant")
    )
    kind = models.CharField(_("outcome"), max_length=20, choices=OutcomeKind.choices)
    started_on = models.DateField(_("from"), default=timezone.localdate, db_index=True)
    place = models.ForeignKey(
        "places.Place", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("where")
    )
    note = models.CharField(_("short note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training outcome")
        verbose_name_plural = _("training outcomes")
        ordering = ["-started_on", "-id"]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.kind} ({self.started_on})"


class TrainingFollowUp(models.Model):
    """The follow-up one year after the end, with a short questionnaire (planned when the edition finishes)."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.CASCADE, related_name="follow_up", verbose_name=_("participant")
    )
    due_on = models.DateField(_("due on"), db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("done by"),
    )
    reached = models.BooleanField(_("resident reached"), null=True, blank=True)
    current_activity = models.CharField(
        _("what are you doing now"), max_length=20, choices=OutcomeKind.choices, blank=True
    )
    still_in_contact = models.BooleanField(_("still in touch with people from the training"), null=True, blank=True)
    score_wellbeing = models.PositiveSmallIntegerField(
        _("how are you doing (1-5)"), null=True, blank=True, validators=SCORE
    )
    ladder_assessment = models.OneToOneField(
        "people.LadderAssessment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("participation ladder assessment"),
    )
    note = models.TextField(_("what has changed since the training"), blank=True)

    objects = TrainingFollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("one-year follow-up")
        verbose_name_plural = _("one-year follow-ups")
        ordering = ["due_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score_wellbeing__isnull=True) | Q(score_wellbeing__gte=1, score_wellbeing__lte=5),
                name="trainingfollowup_wellbeing_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} ({self.due_on})"
