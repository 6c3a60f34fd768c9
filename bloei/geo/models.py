from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import FigureUnit


class Municipality(models.Model):
    code = models.CharField(_("CBS code"), max_length=6, unique=True)  # GM0772
    name = models.CharField(_("name"), max_length=100)
    attribution = models.TextField(_("source and licence of the area data"), blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """Stadsdeel: the municipality's own division above the CBS wijken."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="districts")
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("district (stadsdeel)")
        verbose_name_plural = _("districts (stadsdelen)")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["municipality", "code"], name="district_code_unique")]

    def __str__(self) -> str:
        return self.name


class Neighbourhood(models.Model):
    """Wijk, with its CBS code (WK077211)."""

    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="neighbourhoods")
    code = models.CharField(_("CBS code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=100)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    households = models.PositiveIntegerField(_("households"), null=True, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    geometry = models.JSONField(_("geometry (GeoJSON)"), null=True, blank=True)

    class Meta:
        verbose_name = _("neighbourhood (wijk)")
        verbose_name_plural = _("neighbourhoods (wijken)")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Buurt(models.Model):
    """Buurt, with its CBS code (BU07721110)."""

    neighbourhood = models.ForeignKey(Neighbourhood, on_delete=models.CASCADE, related_name="buurten")
    code = models.CharField(_("CBS code"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=100)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    households = models.PositiveIntegerField(_("households"), null=True, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    geometry = models.JSONField(_("geometry (GeoJSON)"), null=True, blank=True)

    class Meta:
        verbose_name = _("buurt")
        verbose_name_plural = _("buurten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AreaFigure(models.Model):
    """A neighbourhood statistic of one buurt for one year, imported from a file (CBS, GGD, the municipality).

    The figures describe need ("share with a limited social network", "minima households"); they are public
    statistics about areas, never about a person. One row per buurt, year and code; importing a file again
    replaces the figures of each code and year it holds (bloei.geo.figures).
    """

    buurt = models.ForeignKey(Buurt, on_delete=models.CASCADE, related_name="figures", verbose_name=_("buurt"))
    year = models.PositiveSmallIntegerField(_("year"))
    code = models.SlugField(_("code"), max_length=50, help_text=_("Short name of the figure, e.g. limited_network."))
    label_nl = models.CharField(_("label (Dutch)"), max_length=150)
    label_en = models.CharField(_("label (English)"), max_length=150, blank=True)
    value = models.DecimalField(
        pgettext_lazy("area figure", "value"), max_digits=15, decimal_places=3, null=True, blank=True,
        help_text=_("Empty when the source publishes no figure for the buurt (e.g. too few inhabitants)."),
    )
    unit = models.CharField(pgettext_lazy("area figure", "unit"), max_length=10, choices=FigureUnit.choices)
    source = models.CharField(_("source"), max_length=200)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("area figure")
        verbose_name_plural = _("area figures")
        ordering = ["code", "-year", "buurt__name"]
        indexes = [models.Index(fields=["year", "code"])]
        constraints = [
            models.UniqueConstraint(fields=["buurt", "year", "code"], name="areafigure_one_per_buurt_year_code"),
            models.CheckConstraint(condition=models.Q(year__gte=1900, year__lte=2100), name="areafigure_year_range"),
            models.CheckConstraint(condition=models.Q(unit__in=FigureUnit.values), name="areafigure_unit_known"),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True)
                | models.Q(unit=FigureUnit.COUNT, value__gte=0)
                | models.Q(unit=FigureUnit.PERCENT, value__gte=0, value__lte=100),
                name="areafigure_value_in_range",
            ),
            models.CheckConstraint(condition=~models.Q(label_nl=""), name="areafigure_has_label"),
            models.CheckConstraint(condition=~models.Q(source=""), name="areafigure_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.year} {self.buurt_id}"

    @property
    def label(self) -> str:
        """The label in the current language (Dutch when there is no English one)."""
        from django.utils.translation import get_language

        if (get_language() or "nl").startswith("en") and self.label_en:
            return self.label_en
        return self.label_nl
