"""Areas a figure can be asked for: the city, a team, a district (stadsdeel), a wijk or a buurt.

A measure says where its records lie (`buurt_paths`, `team_path`); an Area turns that into a filter
and a grouping expression, so that every measure can be counted per area without code of its own.
"""

from dataclasses import dataclass

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

CITY, TEAM, DISTRICT, WIJK, BUURT = "city", "team", "district", "wijk", "buurt"
LEVELS = {
    CITY: _("City"),
    TEAM: _("Team"),
    DISTRICT: _("District (stadsdeel)"),
    WIJK: _("Wijk"),
    BUURT: _("Buurt"),
}
# From a buurt foreign key to the area level's id.
_FROM_BUURT = {BUURT: "", WIJK: "__neighbourhood", DISTRICT: "__neighbourhood__district"}


@dataclass(frozen=True)
class Area:
    level: str = CITY
    pk: int | None = None

    def __post_init__(self):
        if self.level not in LEVELS:
            raise ValueError(f"Unknown area level {self.level}")
        if (self.level == CITY) != (self.pk is None):
            raise ValueError("The city has no id; every other area needs one")


CITY_AREA = Area()


def _buurt_level_path(path: str, level: str) -> str:
    return f"{path}{_FROM_BUURT[level]}"


def area_filter(area: Area, *, buurt_paths: tuple[str, ...], team_path: str | None) -> Q:
    """Records in `area`. With several buurt paths the first one that is set counts (a match lies where
    its resident lives, else where its place is)."""
    if area.level == CITY:
        return Q()
    if area.level == TEAM and team_path:
        return Q(**{f"{team_path}_id": area.pk})
    level = WIJK if area.level == TEAM else area.level
    suffix = "__teams" if area.level == TEAM else ""
    q = Q()
    earlier_unset = Q()
    for path in buurt_paths:
        target = f"{_buurt_level_path(path, level)}{suffix}"
        q |= earlier_unset & Q(**{target: area.pk})
        earlier_unset &= Q(**{f"{path}__isnull": True})
    return q


def group_expression(level: str, *, buurt_paths: tuple[str, ...], team_path: str | None):
    """An expression giving each record's area id at `level` (for counts per area)."""
    if level == TEAM:
        if not team_path:
            raise ValueError("This measure has no team; group it by area instead")
        return F(f"{team_path}_id")
    paths = [F(_buurt_level_path(path, level)) for path in buurt_paths]
    return paths[0] if len(paths) == 1 else Coalesce(*paths)
