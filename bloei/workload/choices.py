from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TimeCategory(models.TextChoices):
    """The five categories of a connector's week. The values are the field names on TimeRecord."""

    NEIGHBOURHOOD = "neighbourhood", _("In the neighbourhood")
    INTERNAL_MEETINGS = "internal_meetings", _("Internal meetings")
    PARTNER_MEETINGS = "partner_meetings", _("Meetings with partners")
    TRAININGS = "trainings", _("Trainings")
    ADMINISTRATION = "administration", _("Administration")


# Colours of the categories in the overview chart: distinct, and at least 3:1 against white.
CATEGORY_COLOURS = {
    TimeCategory.NEIGHBOURHOOD: "#1a6e4a",
    TimeCategory.INTERNAL_MEETINGS: "#2b5fa8",
    TimeCategory.PARTNER_MEETINGS: "#b35c00",
    TimeCategory.TRAININGS: "#7a3fb0",
    TimeCategory.ADMINISTRATION: "#5c5c5c",
}


class BoundaryOutcome(models.TextChoices):
    """What the team lead decided about a long open trajectory ("een grens stellen")."""

    CONTINUE = "continue", _("Continue, with an agreed next step")
    CLOSE = "close", _("Close the file")
    REFER = "refer", _("Refer elsewhere")
    OTHER = "other", pgettext_lazy("boundary outcome", "Other")


class OverviewPeriod(models.TextChoices):
    """The periods the team lead can look back over."""

    WEEKS_12 = "w12", _("The last 12 weeks")
    WEEKS_26 = "w26", _("The last 26 weeks")
    MONTHS_6 = "m6", _("The last 6 months")
    MONTHS_12 = "m12", _("The last 12 months")
