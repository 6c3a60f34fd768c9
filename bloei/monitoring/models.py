"""The indicator framework as data: framework → goals → sub-goals → indicators, with yearly targets (KPIs).

An indicator is either a measure (a named query in bloei.monitoring.measures) or a qualitative source:
logbook entries and interviews coded to its sub-goal (they arrive in a later issue and will point at
SubGoal). A beheerder builds another organisation's framework in the admin, without code.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .choices import IndicatorKind


class Bilingual(models.Model):
    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name_en if (get_language() or "nl").startswith("en") else self.name_nl


class Framework(Bilingual):
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_default = models.BooleanField(_("shown by default"), default=False)

    class Meta(Bilingual.Meta):
        verbose_name = _("indicator framework")
        verbose_name_plural = _("indicator frameworks")
        constraints = [
            models.UniqueConstraint(fields=["is_default"], condition=Q(is_default=True), name="one_default_framework")
        ]


class Goal(Bilingual):
    framework = models.ForeignKey(
        Framework, on_delete=models.CASCADE, related_name="goals", verbose_name=_("framework")
    )

    class Meta(Bilingual.Meta):
        verbose_name = _("goal")
        verbose_name_plural = _("goals")


class SubGoal(Bilingual):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="sub_goals", verbose_name=_("goal"))
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta(Bilingual.Meta):
        verbose_name = _("sub-goal")
        verbose_name_plural = _("sub-goals")

    @property
    def description(self) -> str:
        return self.description_en if (get_language() or "nl").startswith("en") else self.description_nl


class Indicator(Bilingual):
    sub_goal = models.ForeignKey(
        SubGoal, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("sub-goal")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=IndicatorKind.choices, default=IndicatorKind.MEASURE)
    measure = models.CharField(_("measure"), max_length=80, blank=True, help_text=_("For a computed figure."))
    parameter = models.CharField(
        _("narrowed to"), max_length=80, blank=True,
        help_text=_("Optional, for measures that can be narrowed: e.g. the code of one training type."),
    )
    explanation_nl = models.TextField(_("explanation (Dutch)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)

    class Meta(Bilingual.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="measure") & ~Q(measure="")) | (Q(kind="qualitative") & Q(measure="", parameter="")),
                name="indicator_measure_fits_kind",
            )
        ]

    def clean(self):
        from . import measures

        if self.kind == IndicatorKind.MEASURE:
            if self.measure not in measures.REGISTRY:
                raise ValidationError({"measure": _("Choose one of the available measures.")})
            if self.parameter and not measures.get(self.measure).parameter:
                raise ValidationError({"parameter": _("This measure cannot be narrowed.")})
        elif self.measure or self.parameter:
            raise ValidationError({"measure": _("A qualitative indicator has no measure.")})

    @property
    def explanation(self) -> str:
        return self.explanation_en if (get_language() or "nl").startswith("en") else self.explanation_nl

    def get_measure(self):
        from . import measures

        return measures.REGISTRY.get(self.measure) if self.kind == IndicatorKind.MEASURE else None


class Target(models.Model):
    """A KPI: the target value of an indicator for a year (city-wide)."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="targets", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.PositiveIntegerField(_("target"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("target (KPI)")
        verbose_name_plural = _("targets (KPIs)")
        ordering = ["indicator", "year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="target_unique_per_year")]

    def __str__(self) -> str:
        return f"{self.indicator} {self.year}: {self.value}"


def _new_epoch() -> str:
    return uuid.uuid4().hex


class DataVersion(models.Model):
    """One row whose number goes up with every change to registrations: cached figures are keyed by it,
    so a figure is recomputed as soon as anything it could count has changed (bloei.monitoring.cache)."""

    number = models.PositiveBigIntegerField(default=0)
    # A new database (a restore, a test) starts a new epoch, so no cached figure of another one is used.
    epoch = models.CharField(max_length=32, default=_new_epoch)

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")

    def __str__(self) -> str:
        return str(self.number)
