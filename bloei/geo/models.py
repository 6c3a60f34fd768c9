from django.db import models
from django.utils.translation import gettext_lazy as _


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
