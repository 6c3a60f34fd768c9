from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ADOPTED = "adopted", _("Adopted")
    EVALUATED = "evaluated", _("Evaluated")


class ProgressStatus(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    BEHIND = "behind", _("Behind")
    DONE = "done", _("Done")


class Figure(models.TextChoices):
    """The wijk's figures that can be shown beside a priority (computed in selectors.wijk_figures)."""

    POPULATION = "population", _("Inhabitants (CBS)")
    HOUSEHOLDS = "households", _("Households (CBS)")
    RESIDENTS_REGISTERED = "residents_registered", _("Residents registered")
    RESIDENTS_KNOWN = "residents_known", _("Residents known to the team")
    MATCHES_STARTED = "matches_started", _("Matches started")
    ACTIVE_NETWORKS = "active_networks", _("Active resident networks")
    ACTIVITIES = "activities", _("Activities")
    TRAINING_PARTICIPANTS = "training_participants", _("Training participants")


class LinkKind(models.TextChoices):
    ACTIVITY = "activity", _("Activity")
    NETWORK = "network", _("Resident network")
    EDITION = "edition", _("Training edition")
