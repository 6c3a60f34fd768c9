from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorKind(models.TextChoices):
    MEASURE = "measure", _("Figure computed from registrations")
    QUALITATIVE = "qualitative", _("Stories: logbook entries and interviews coded to the sub-goal")
