"""The candidate index in the database: one analysed row per resident, opening and place.

Kept in step by the signal receivers of `sync` (imported at the end of this module, so that they are
connected whenever the matching app's models are loaded) and rebuilt in bulk by
`manage.py rebuild_candidates`. The rows hold ids, codes, concept ids and words - no names, addresses
or notes. Columns are plain text and integers so that a process can read 100,000 rows in about a
second; each process keeps them as NumPy arrays (`index.IndexCache`) and afterwards reads only the rows
whose `revision` is newer than its last look.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CandidateKind(models.TextChoices):
    RESIDENT = "resident", _("Resident")
    OPENING = "opening", _("Opening")
    PLACE = "place", _("Place")


class CandidateProfile(models.Model):
    """A resident, opening or place as the ranking sees it. `deleted` rows are tombstones."""

    kind = models.CharField(_("kind"), max_length=10, choices=CandidateKind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))
    team_id = models.PositiveIntegerField(_("team id"), null=True, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    reach_m = models.PositiveIntegerField(_("reach (metres)"), null=True, blank=True)
    languages = models.CharField(_("language codes"), max_length=200, blank=True)  # "nl ar"
    availability = models.CharField(_("day parts"), max_length=300, blank=True)  # "mon_am tue_pm"
    needs_step_free = models.BooleanField(_("needs step-free access"), default=False)
    step_free = models.BooleanField(_("step-free"), default=True)
    capacity_left = models.IntegerField(_("places left"), null=True, blank=True)
    offers = models.TextField(_("concepts offered"), blank=True)  # "12:1 5:0.8" (talent id:weight)
    wants = models.TextField(_("concepts wanted"), blank=True)
    words = models.TextField(_("words outside the taxonomy"), blank=True)  # space-separated
    active_from = models.IntegerField(_("active from (day number)"), null=True, blank=True)  # date.toordinal()
    active_until = models.IntegerField(_("active until (day number, exclusive)"), null=True, blank=True)
    deleted = models.BooleanField(_("deleted"), default=False)
    revision = models.BigIntegerField(_("revision (microseconds since 1970)"), db_index=True)

    class Meta:
        verbose_name = _("candidate profile")
        verbose_name_plural = _("candidate profiles")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="candidateprofile_unique_object")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}"


class CandidateIndexState(models.Model):
    """One row: which build of the index is current (`token`) and the version of the taxonomy."""

    token = models.CharField(_("build"), max_length=32)
    built_at = models.DateTimeField(_("built at"))
    taxonomy_version = models.PositiveIntegerField(_("taxonomy version"), default=0)

    class Meta:
        verbose_name = _("candidate index state")
        verbose_name_plural = _("candidate index state")

    def __str__(self) -> str:
        return f"{self.token} ({self.built_at:%Y-%m-%d %H:%M})"


from . import sync  # noqa: E402,F401  (connects the receivers that keep the index in step)
