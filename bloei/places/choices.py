from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlaceKind(models.TextChoices):
    ASSOCIATION = "association", _("Association (vereniging)")
    FOUNDATION = "foundation", _("Foundation (stichting)")
    BUSINESS = "business", _("Business")
    SCHOOL = "school", _("School")
    RESIDENT_INITIATIVE = "resident_initiative", _("Resident initiative")
    LIBRARY = "library", _("Library or language café")
    COMMUNITY_CENTRE = "community_centre", _("Community centre")
    CARE = "care", _("Care or welfare organisation")
    FAITH = "faith", _("Church, mosque or faith community")
    OTHER = "other", pgettext_lazy("place kind", "Other")


class OpeningKind(models.TextChoices):
    VOLUNTEER = "volunteer", _("Volunteer role")
    COURSE = "course", _("Course or learning")
    MEETING = "meeting", _("Meeting place")
    INTERNSHIP = "internship", _("Work experience or internship")
    PAID_WORK = "paid_work", _("Paid work")
