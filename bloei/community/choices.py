from django.db import models
from django.utils.translation import gettext_lazy as _


class NetworkPhase(models.TextChoices):
    FACILITATED = "facilitated", _("Facilitated by the team")
    SELF_STEERING = "self_steering", _("Self-steering")


class Recurrence(models.TextChoices):
    ONCE = "once", _("One-off")
    WEEKLY = "weekly", _("Weekly")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Monthly")
