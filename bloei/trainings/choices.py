from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    PLACE_VISIT = "place_visit", _("Visit to a place")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    EXCUSED = "excused", _("Absent with notice")
    ABSENT = "absent", _("Absent")


class BenefitStatus(models.TextChoices):
    PARTICIPATIEWET = "participatiewet", _("Benefit under the Participatiewet")
    OTHER_BENEFIT = "other_benefit", _("Another benefit (WW, WIA, Wajong, ...)")
    NONE = "none", _("No benefit")
    UNKNOWN = "unknown", _("Not known or not wanting to say")


class BenefitPurpose(models.TextChoices):
    """Why the benefit status is recorded at all: the only purposes it may be used for."""

    MUNICIPAL_REPORTING = "municipal_reporting", _(
        "Anonymous reporting to the municipality on participants with a Participatiewet benefit"
    )
    GUIDANCE = "guidance", _("Guidance towards work with the resident's work coach")


class OutcomeKind(models.TextChoices):
    VOLUNTEER_WORK = "volunteer_work", _("Volunteer work")
    PAID_WORK = "paid_work", _("Paid work")
    EDUCATION = "education", _("Education or course")
    NONE_YET = "none_yet", _("None yet")


class EnrolmentEnd(models.TextChoices):
    DROPPED_OUT = "dropped_out", _("Stopped early")
    WORK = "work", _("Found work during the training")
    HEALTH = "health", _("Health")
    OTHER = "other", _("Other reason")


class EditionStatus(models.TextChoices):
    """Where an edition stands on a date (derived from its dates, not stored)."""

    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
    CANCELLED = "cancelled", _("Cancelled")
