from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RoundKind(models.TextChoices):
    DOOR_TO_DOOR = "door_to_door", _("Door to door")
    CARGO_BIKE = "cargo_bike", _("Cargo bike")
    BUS = "bus", _("Bus")
    WALK_IN = "walk_in", _("Walk-in hour")
    FLOOR_CONVERSATIONS = "floor_conversations", _("Floor conversations in a flat")
    SCHOOL_COFFEE = "school_coffee", _("School coffee morning")
    OTHER = "other", pgettext_lazy("outreach round kind", "Other")


# Kinds where counting the floors of a building applies (etagegesprekken).
KINDS_WITH_FLOORS = frozenset({RoundKind.FLOOR_CONVERSATIONS})
