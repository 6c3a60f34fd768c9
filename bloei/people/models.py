import uuid
from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .choices import (
    MOBILITY_DEFAULT_METRES,
    AssignmentRole,
    ConsentPurpose,
    ContactKind,
    LawfulBasis,
    Mobility,
    ReferralSource,
)
from .querysets import ResidentQuerySet, TalentQuerySet


class Talent(models.Model):
    """An entry of the talent and interest taxonomy, kept by the beheerder."""

    class Category(models.TextChoices):
        PRACTICAL = "practical", _("Practical and technical")
        CREATIVE = "creative", _("Creative")
        SOCIAL = "social", _("Social and care")
        KNOWLEDGE = "knowledge", _("Knowledge, language and teaching")
        ORGANISING = "organising", _("Organising")
        SPORT = "sport", _("Sport and outdoors")
        FOOD = "food", _("Food and cooking")

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    keywords = models.CharField(
        _("search words"), max_length=300, blank=True,
        help_text=_("Other words, in Dutch or English, that mean this talent; separated by commas."),
    )

    objects = TalentQuerySet.as_manager()

    class Meta:
        verbose_name = _("talent or interest")
        verbose_name_plural = _("talents and interests")
        ordering = ["name_nl"]

    def __str__(self) -> str:
        return self.name_en if (get_language() or "nl").startswith("en") else self.name_nl


class Resident(models.Model):
    """An inwoner known to a neighbourhood team. Created only with a lawful basis (see services)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    street = models.CharField(_("street"), max_length=120, blank=True)
    house_number = models.CharField(_("house number"), max_length=12, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    buurt = models.ForeignKey(
        "geo.Buurt", on_delete=models.PROTECT, null=True, blank=True, related_name="residents", verbose_name=_("buurt")
    )
    team = models.ForeignKey(
        "accounts.Team", on_delete=models.PROTECT, related_name="residents", verbose_name=_("team")
    )
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"), null=True, blank=True, help_text=_("When the exact date is not known.")
    )
    languages = models.ManyToManyField(
        "core.Language", blank=True, related_name="residents", verbose_name=_("languages")
    )
    mobility = models.CharField(_("mobility"), max_length=20, choices=Mobility.choices, default=Mobility.NEIGHBOURHOOD)
    walking_distance_m = models.PositiveIntegerField(
        _("walking distance (metres)"), null=True, blank=True,
        help_text=_("How far the resident can go on foot. Leave empty to use the default for the mobility level."),
    )
    availability = models.JSONField(_("availability"), default=list, blank=True)
    referral_source = models.CharField(
        _("how they found us"), max_length=20, choices=ReferralSource.choices, blank=True
    )
    referred_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="referred",
        verbose_name=_("came in via (ambassador or key figure)"),
    )
    is_key_figure = models.BooleanField(_("key figure"), default=False)
    is_ambassador = models.BooleanField(_("ambassador"), default=False)
    registered_on = models.DateField(_("registered on"), default=timezone.localdate, db_index=True)
    closed_on = models.DateField(_("file closed on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("registered by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ResidentQuerySet.as_manager()

    class Meta:
        verbose_name = _("resident")
        verbose_name_plural = _("residents")
        ordering = ["last_name", "first_name", "id"]
        indexes = [models.Index(fields=["team", "registered_on"]), models.Index(fields=["last_name", "first_name"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(closed_on__gte=models.F("registered_on")),
                name="resident_closed_after_registered",
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}".strip()

    def age(self, on: date | None = None) -> int | None:
        on = on or timezone.localdate()
        if self.birth_date:
            b = self.birth_date
            return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
        if self.birth_year:
            return on.year - self.birth_year
        return None

    @property
    def reach_m(self) -> int:
        """How far the resident can go, in metres: the stated distance or the mobility default."""
        if self.walking_distance_m is not None:
            return self.walking_distance_m
        return MOBILITY_DEFAULT_METRES[Mobility(self.mobility)]


class Consent(models.Model):
    """A recorded lawful basis for processing a resident's data, for one purpose."""

    resident = models.ForeignKey(
        Resident, on_delete=models.CASCADE, related_name="consents", verbose_name=_("resident")
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    lawful_basis = models.CharField(
        _("lawful basis"), max_length=24, choices=LawfulBasis.choices, default=LawfulBasis.CONSENT
    )
    given_on = models.DateField(_("given on"), default=timezone.localdate)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("recorded by")
    )
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawn_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("withdrawal recorded by"),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gte=models.F("given_on")),
                name="consent_withdrawn_after_given",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} ({self.given_on})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_on is None


class Assignment(models.Model):
    """A connector or generalist assigned to a resident (their caseload), with dates."""

    resident = models.ForeignKey(
        Resident, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("resident")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments", verbose_name=_("staff member")
    )
    role = models.CharField(_("as"), max_length=20, choices=AssignmentRole.choices, default=AssignmentRole.CONNECTOR)
    started_on = models.DateField(_("from"), default=timezone.localdate)
    ended_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-started_on"]
        indexes = [models.Index(fields=["user", "ended_on"])]

    def __str__(self) -> str:
        return f"{self.user} → {self.resident_id}"


class TalentScan(models.Model):
    """One version of a resident's talent scan. A new conversation makes a new version."""

    resident = models.ForeignKey(
        Resident, on_delete=models.CASCADE, related_name="talent_scans", verbose_name=_("resident")
    )
    version = models.PositiveSmallIntegerField(_("version"))
    conducted_on = models.DateField(_("conducted on"), default=timezone.localdate, db_index=True)
    conducted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("conducted by")
    )
    talents = models.ManyToManyField(Talent, blank=True, related_name="talent_scans", verbose_name=_("talents"))
    interests = models.ManyToManyField(Talent, blank=True, related_name="interest_scans", verbose_name=_("interests"))
    happy_with = models.TextField(_("what makes you happy, what gives you energy"), blank=True)
    good_at = models.TextField(_("what are you good at"), blank=True)
    wants_to_learn = models.TextField(_("what would you like to learn"), blank=True)
    wants_to_do = models.TextField(_("what would you like to do for others, and for whom"), blank=True)
    needs = models.TextField(_("what would you like help with"), blank=True)
    practical_limits = models.TextField(_("practical limits (time, health, transport)"), blank=True)
    notes = models.TextField(_("other notes"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("talent scan")
        verbose_name_plural = _("talent scans")
        ordering = ["resident", "-version"]
        constraints = [models.UniqueConstraint(fields=["resident", "version"], name="talentscan_version_unique")]

    def __str__(self) -> str:
        return f"{self.resident_id} v{self.version}"


class ContactMoment(models.Model):
    resident = models.ForeignKey(
        Resident, on_delete=models.CASCADE, related_name="contact_moments", verbose_name=_("resident")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ContactKind.choices, default=ContactKind.CONVERSATION)
    occurred_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("by")
    )
    note = models.CharField(_("short note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact moment")
        verbose_name_plural = _("contact moments")
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_on}"


class LadderRung(models.Model):
    """One of the six rungs of the participatieladder (reference data, kept by the beheerder)."""

    level = models.PositiveSmallIntegerField(
        _("level"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(6)]
    )
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)

    class Meta:
        verbose_name = _("participation ladder rung")
        verbose_name_plural = _("participation ladder rungs")
        ordering = ["level"]
        constraints = [
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=6), name="ladderrung_level_1_to_6")
        ]

    def __str__(self) -> str:
        return self.name_en if (get_language() or "nl").startswith("en") else self.name_nl


class LadderAssessment(models.Model):
    """A dated assessment of the rung a resident stands on."""

    resident = models.ForeignKey(
        Resident, on_delete=models.CASCADE, related_name="ladder_assessments", verbose_name=_("resident")
    )
    rung = models.ForeignKey(
        LadderRung, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("rung")
    )
    assessed_on = models.DateField(_("assessed on"), default=timezone.localdate, db_index=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("assessed by")
    )
    note = models.CharField(_("short note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participation ladder assessment")
        verbose_name_plural = _("participation ladder assessments")
        ordering = ["-assessed_on", "-id"]
        indexes = [models.Index(fields=["resident", "assessed_on"])]

    def __str__(self) -> str:
        return f"{self.resident_id}: {self.rung_id} ({self.assessed_on})"
