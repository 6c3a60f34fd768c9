
from django.core.management import call_command

import pytest

from bloei.accounts.models import Team
from bloei.geo.models import Buurt, District, Municipality, Neighbourhood
from bloei.geo.services import DEFAULT_AREA_DIR, load_areas


@pytest.mark.django_db
def test_eindhoven_has_its_real_areas_and_eight_teams():
    eindhoven = Municipality.objects.get(code="GM0772")
    assert "CC BY 4.0" in eindhoven.attribution
    assert District.objects.filter(municipality=eindhoven).count() == 7
    assert Neighbourhood.objects.filter(district__municipality=eindhoven).count() == 20
    assert Buurt.objects.filter(neighbourhood__district__municipality=eindhoven).count() == 116
    binnenstad = Buurt.objects.get(code="BU07721110")
    assert binnenstad.name == "Binnenstad" and binnenstad.population == 4108
    assert binnenstad.geometry["type"] == "Polygon"
    assert Team.objects.count() == 8
    # Every wijk is covered by exactly one team.
    assert all(w.teams.count() == 1 for w in Neighbourhood.objects.all())


@pytest.mark.django_db
def test_loading_again_changes_nothing():
    before = (Buurt.objects.count(), Team.objects.count())
    result = load_areas()
    assert (result.districts, result.neighbourhoods, result.buurten, result.teams) == (7, 20, 116, 8)
    assert (Buurt.objects.count(), Team.objects.count()) == before


@pytest.mark.django_db
def test_the_command_loads_another_municipality_from_files_of_the_same_format(tmp_path):
    directory = tmp_path / "elders"
    directory.mkdir()
    (directory / "municipality.csv").write_text("municipality_code,municipality_name\nGM9999,Elders\n")
    (directory / "stadsdelen.csv").write_text("stadsdeel_code,stadsdeel,wijk_codes\n1,Noord,WK999901\n")
    (directory / "wijken.csv").write_text(
        "wijk_code,wijk_name,stadsdeel_code,stadsdeel,buurt_count,population,households,lat,lon\n"
        "WK999901,Dorp,1,Noord,2,1500,700,52.1,5.1\n"
    )
    (directory / "buurten.csv").write_text(
        "buurt_code,buurt_name,wijk_code,wijk_name,stadsdeel,population,households,lat,lon\n"
        "BU99990101,Kern,WK999901,Dorp,Noord,1200,550,52.1,5.1\n"
        "BU99990102,Buitengebied,WK999901,Dorp,Noord,,,52.11,5.12\n"
    )
    (directory / "teams.csv").write_text("team_name,slug,wijk_codes\nTeam Elders,elders,WK999901\n")
    call_command("load_areas", str(directory), stdout=open("/dev/null", "w"))
    assert Buurt.objects.get(code="BU99990102").population is None
    assert Team.objects.get(slug="elders").neighbourhoods.get().name == "Dorp"
    assert Municipality.objects.count() == 2


def test_the_eindhoven_files_carry_the_cbs_attribution():
    source = (DEFAULT_AREA_DIR / "SOURCE.md").read_text()
    assert "CC BY 4.0" in source and "CBS" in source
    assert (DEFAULT_AREA_DIR / "buurten.geojson").exists()
