from django.db import models
from django.utils.translation import pgettext_lazy


class FigureUnit(models.TextChoices):
    """How an imported area figure is expressed."""

    COUNT = "count", pgettext_lazy("figure unit", "number")
    PERCENT = "percent", pgettext_lazy("figure unit", "percentage")
