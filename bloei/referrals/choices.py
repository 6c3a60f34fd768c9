from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralStatus(models.TextChoices):
    OPEN = "open", _("Waiting for a connector")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SignalKind(models.TextChoices):
    UNSAFE_HOME = "unsafe_home", _("Unsafe home situation")
    CRISIS = "crisis", _("Crisis")
    HEALTH = "health", _("Worries about health or self-care")
    OTHER = "other", _("Other worries")


class SignalUrgency(models.TextChoices):
    URGENT = "urgent", _("Urgent: act today")
    NORMAL = "normal", _("Within two working days")


class SignalStatus(models.TextChoices):
    """Not stored: follows from the acknowledgement and the deadline (see Signal.status)."""

    OPEN = "open", _("Waiting for acknowledgement")
    ESCALATED = "escalated", _("Escalated to the team lead")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
