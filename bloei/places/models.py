import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import OpeningKind, PlaceKind
from .querysets import OpeningQuerySet, PlaceQuerySet


class Place(models.Model):
    """An ontwikkelplaats: an organisation where residents can volunteer, learn, meet or work."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=24, choices=PlaceKind.choices)
    description = models.TextField(_("description"), blank=True)
    street = models.CharField(_("street"), max_length=120, blank=True)
    house_number = models.CharField(_("house number"), max_length=12, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    buurt = models.ForeignKey("geo.Buurt", on_delete=models.PROTECT, related_name="places", verbose_name=_("buurt"))
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessibility_notes = models.CharField(_("accessibility notes"), max_length=300, blank=True)
    languages = models.ManyToManyField("core.Language", blank=True, related_name="places", verbose_name=_("languages"))
    opening_hours = models.CharField(_("opening times"), max_length=300, blank=True)
    added_on = models.DateField(_("added on"), default=timezone.localdate, db_index=True)
    removed_on = models.DateField(_("no longer active since"), null=True, blank=True)
    last_verified_on = models.DateField(_("details last verified on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("development place")
        verbose_name_plural = _("development places")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(removed_on__isnull=True) | Q(removed_on__gte=models.F("added_on")),
                name="place_removed_after_added",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}".strip()

    @property
    def is_active(self) -> bool:
        return self.removed_on is None or self.removed_on > timezone.localdate()


class Opening(models.Model):
    """Something a place offers: a volunteer role, a course, a meeting place, with capacity."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("external id"), max_length=64, unique=True, null=True, blank=True)
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="openings", verbose_name=_("place"))
    title = models.CharField(_("title"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=OpeningKind.choices, default=OpeningKind.VOLUNTEER)
    description = models.TextField(_("description"), blank=True)
    talents = models.ManyToManyField(
        "people.Talent", blank=True, related_name="openings", verbose_name=_("talents asked")
    )
    capacity = models.PositiveSmallIntegerField(_("places available"), default=1)
    availability = models.JSONField(_("when"), default=list, blank=True)
    opened_on = models.DateField(_("open from"), default=timezone.localdate)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = OpeningQuerySet.as_manager()

    class Meta:
        verbose_name = _("opening")
        verbose_name_plural = _("openings")
        ordering = ["place__name", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(closed_on__gte=models.F("opened_on")),
                name="opening_closed_after_opened",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.place.name})"

    @property
    def is_open(self) -> bool:
        return self.closed_on is None or self.closed_on > timezone.localdate()
