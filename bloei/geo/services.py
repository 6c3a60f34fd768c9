"""Load a municipality's areas (and optionally its teams) from CSV and GeoJSON files.

The files have the format of bloei/geo/data/eindhoven/ (see SOURCE.md there and docs/areas.md).
"""

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Buurt, District, Municipality, Neighbourhood

DEFAULT_AREA_DIR = Path(__file__).resolve().parent / "data" / "eindhoven"


@dataclass
class AreaLoadResult:
    municipality: Municipality
    districts: int
    neighbourhoods: int
    buurten: int
    teams: int


def _int(value: str) -> int | None:
    return int(value) if value and value.strip() else None


def _float(value: str) -> float | None:
    return float(value) if value and value.strip() else None


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _geometries(path: Path, key: str) -> tuple[dict[str, dict], str]:
    if not path.exists():
        return {}, ""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"][key]: f["geometry"] for f in data["features"]}, data.get("attribution", "")


@transaction.atomic
def load_areas(*, directory: Path = DEFAULT_AREA_DIR, with_teams: bool = True) -> AreaLoadResult:
    """Create or update the municipality, districts, wijken and buurten found in `directory`. Idempotent."""
    directory = Path(directory)
    meta = _read_csv(directory / "municipality.csv")[0]
    buurt_geo, attribution = _geometries(directory / "buurten.geojson", "buurt_code")
    wijk_geo, _ = _geometries(directory / "wijken.geojson", "wijk_code")
    municipality, _ = Municipality.objects.update_or_create(
        code=meta["municipality_code"], defaults={"name": meta["municipality_name"], "attribution": attribution}
    )
    districts = {}
    for row in _read_csv(directory / "stadsdelen.csv"):
        districts[row["stadsdeel_code"]], _ = District.objects.update_or_create(
            municipality=municipality, code=row["stadsdeel_code"], defaults={"name": row["stadsdeel"]}
        )
    wijken = {}
    for row in _read_csv(directory / "wijken.csv"):
        wijken[row["wijk_code"]], _ = Neighbourhood.objects.update_or_create(
            code=row["wijk_code"],
            defaults={
                "district": districts[row["stadsdeel_code"]],
                "name": row["wijk_name"],
                "population": _int(row.get("population", "")),
                "households": _int(row.get("households", "")),
                "lat": _float(row.get("lat", "")),
                "lon": _float(row.get("lon", "")),
                "geometry": wijk_geo.get(row["wijk_code"]),
            },
        )
    buurt_rows = _read_csv(directory / "buurten.csv")
    for row in buurt_rows:
        Buurt.objects.update_or_create(
            code=row["buurt_code"],
            defaults={
                "neighbourhood": wijken[row["wijk_code"]],
                "name": row["buurt_name"],
                "population": _int(row.get("population", "")),
                "households": _int(row.get("households", "")),
                "lat": _float(row.get("lat", "")),
                "lon": _float(row.get("lon", "")),
                "geometry": buurt_geo.get(row["buurt_code"]),
            },
        )
    teams = 0
    teams_file = directory / "teams.csv"
    if with_teams and teams_file.exists():
        teams = load_teams(path=teams_file)
    return AreaLoadResult(municipality, len(districts), len(wijken), len(buurt_rows), teams)


@transaction.atomic
def load_teams(*, path: Path) -> int:
    from bloei.accounts.models import Team

    rows = _read_csv(Path(path))
    for row in rows:
        team, _ = Team.objects.update_or_create(
            slug=row.get("slug") or slugify(row["team_name"]), defaults={"name": row["team_name"]}
        )
        team.neighbourhoods.set(Neighbourhood.objects.filter(code__in=row["wijk_codes"].split()))
    return len(rows)
