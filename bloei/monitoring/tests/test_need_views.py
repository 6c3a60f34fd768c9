"""The need-and-effort page and the upload of area figures, per role."""

import re
from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from bloei.core.models import AuditEvent
from bloei.geo.models import AreaFigure, Neighbourhood
from bloei.geo.services import DEFAULT_AREA_DIR

from .need_factories import activities_in, figure, hours, matches_in

pytestmark = pytest.mark.django_db

URL = reverse("monitoring:need")
UPLOAD = reverse("monitoring:need_figures")
HEADER = "buurt_code,year,code,label_nl,label_en,value,unit,source\n"


def row(page: str, code: str) -> str:
    start = page.index(f'data-buurt="{code}"')
    return re.sub(r"\s+", " ", page[start : page.index("</tr>", start)])


def cell(page: str, code: str, figure_name: str) -> str:
    line = row(page, code)
    start = line.index(f'data-figure="{figure_name}">') + len(f'data-figure="{figure_name}">')
    return re.sub(r"<[^>]+>", "", line[start : line.index("</td>", start)]).strip()


@pytest.fixture
def data(cast):
    matches_in("BU07721110", 3, date(2024, 3, 1))  # Binnenstad
    matches_in("BU07722110", 12, date(2024, 3, 1))  # Irisbuurt
    matches_in("BU07721120", 23, date(2024, 3, 1))  # Bergen
    activities_in("BU07721120", 2, date(2024, 5, 1))
    hours(cast.connector_a, "centrum", date(2024, 1, 8), "50.8")
    hours(cast.connector_a, "centrum", date(2024, 1, 15), "50.8")
    figure("BU07721110", 2024, "limited_network", "31.5", label="Beperkt sociaal netwerk")
    figure("BU07721120", 2024, "limited_network", "22.26", label="Beperkt sociaal netwerk")


def test_staff_see_exact_counts_rates_and_hours_per_buurt(cast, client, data):
    client.force_login(cast.connector_a)
    page = client.get(URL, {"year": 2024}).content.decode()
    assert "<h1 class=\"utrecht-heading-1\">Behoefte en inzet per buurt</h1>" in page
    assert cell(page, "BU07721110", "matches") == "3"
    assert cell(page, "BU07721110", "matches_rate") == "0,7"  # 3 per 4,108 inhabitants
    assert cell(page, "BU07721120", "activities") == "2"
    assert cell(page, "BU07721110", "hours") == "41"  # 101.6 h × 4,108 / 10,160
    assert cell(page, "BU07721110", "hours_rate") == "10,0"
    assert "4.108" in row(page, "BU07721110")  # inhabitants
    assert "31,5%" in row(page, "BU07721110")  # the imported figure
    assert "Beperkt sociaal netwerk (2024)" in page
    assert cell(page, "total", "matches") == "38"
    assert "Buurtcijfers uploaden" not in page  # only the analyst and the beheerder upload


def test_the_map_has_a_path_per_buurt_with_a_title_and_a_legend(cast, client, data):
    client.force_login(cast.analyst)
    page = client.get(URL, {"year": 2024}).content.decode()
    svg = page[page.index('<svg viewBox="0 0 640') : page.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="need-map-title need-map-desc"' in svg
    assert svg.count("data-buurt=") == 116
    assert "<title>Binnenstad: 0,7 per 1.000 inwoners</title>" in svg
    assert "<title>Poeijers: geen cijfer</title>" in svg  # no population, so no rate
    assert "Kaart: Matches per 1.000 inwoners" in page
    legend = page[page.index('aria-label="Legenda"') :]
    legend = legend[: legend.index("</ul>")]
    # Zero (most buurten), 0,7 (Binnenstad), 8,1 (Bergen) and 4,5 (Irisbuurt) are classes; and "no figure".
    assert legend.count("<li") == 5
    assert '<li data-class="1">' in legend and '<li data-class="5">' in legend
    assert "geen cijfer" in legend and "per 1.000 inwoners" in legend
    assert "Buurtcijfers uploaden" in page
    assert "CC BY 4.0" in page  # the attribution of the CBS boundaries


def test_the_map_can_show_an_imported_figure(cast, client, data):
    client.force_login(cast.analyst)
    page = client.get(URL, {"year": 2024, "map": "figure:limited_network"}).content.decode()
    assert "Kaart: Beperkt sociaal netwerk" in page
    assert "<title>Binnenstad: 31,5%</title>" in page and "<title>Bergen: 22,3%</title>" in page
    assert '<option value="figure:limited_network" selected>' in page
    assert page.count('data-class="0"') == 114 + 1  # 114 buurten without the figure, and the legend entry
    unknown = client.get(URL, {"year": 2024, "map": "figure:nothing"}).content.decode()
    assert "Kaart: Matches per 1.000 inwoners" in unknown


def test_sorting_by_a_column_with_aria_sort(cast, client, data):
    client.force_login(cast.team_lead_a)
    page = client.get(URL, {"year": 2024, "sort": "matches", "order": "desc"}).content.decode()
    body = page[page.index("<tbody") :]
    assert body.index('data-buurt="BU07721120"') < body.index('data-buurt="BU07722110"') < body.index(
        'data-buurt="BU07721110"'
    )
    header = page[page.index('data-column="matches"') - 120 : page.index('data-column="matches"')]
    assert 'aria-sort="descending"' in header
    assert page.count("aria-sort=") == 1
    # The heading links sort the other way round next.
    assert "sort=matches&amp;order=asc" in page


def test_the_area_filter_and_a_bad_year(cast, client, data):
    client.force_login(cast.analyst)
    centrum = Neighbourhood.objects.get(code="WK077211")
    page = client.get(URL, {"year": 2024, "area": f"wijk:{centrum.pk}"}).content.decode()
    assert page.count('<tr class="utrecht-table__row" data-buurt="BU') == 5
    assert page.count('data-buurt="', page.index("<svg viewBox")) >= 5
    page = client.get(URL, {"year": "twee"}).content.decode()
    assert "Voer een geheel getal in." in page
    assert f"Behoefte en inzet in {date.today().year}" in page


def test_the_municipality_sees_protected_counts_and_rates_only_where_the_count_is_shown(cast, client, data):
    client.force_login(cast.municipality)
    page = client.get(URL, {"year": 2024}).content.decode()
    assert cell(page, "BU07721110", "matches") == "verborgen"
    assert cell(page, "BU07721110", "matches_rate") == "–"
    assert cell(page, "BU07722110", "matches") == "verborgen"  # or 3 could be worked out
    assert cell(page, "BU07721120", "matches") == "≈25"
    assert cell(page, "BU07721120", "matches_rate") == "8,8"  # from the 25 shown, per 2,832 inhabitants
    assert "beveiligd getoond" in page
    assert "<title>Binnenstad: geen cijfer</title>" in page
    assert "<title>Bergen: 8,8 per 1.000 inwoners</title>" in page
    client.force_login(cast.analyst)
    assert cell(client.get(URL, {"year": 2024}).content.decode(), "BU07721110", "matches") == "3"


@pytest.mark.parametrize("role", ["admin", "no_role"])
def test_roles_without_the_dashboard_are_refused(cast, client, role):
    client.force_login(cast.roles()[role])
    assert client.get(URL).status_code == 403


def test_the_page_is_in_english_too(cast, client, data):
    client.force_login(cast.analyst)
    client.cookies["django_language"] = "en"
    page = client.get(URL, {"year": 2024}).content.decode()
    assert "Need and effort per buurt" in page and "<title>Binnenstad: 0.7 per 1,000 inhabitants</title>" in page


def test_the_page_takes_a_fixed_number_of_queries(cast, client, data, django_assert_max_num_queries):
    client.force_login(cast.municipality)

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get(URL, {"year": 2024, "map": "figure:limited_network"}).status_code == 200
        return len(context.captured_queries)

    before = count()
    matches_in("BU07723110", 7, date(2024, 2, 1))
    activities_in("BU07722110", 4, date(2024, 2, 1))
    hours(cast.connector_b, "stratum", date(2024, 2, 5), "30")
    figure("BU07721110", 2023, "poor_health", 20)
    assert count() == before
    with django_assert_max_num_queries(14):
        client.get(URL, {"year": 2024})


# --- uploading area figures ---------------------------------------------------------------------------


def upload(client, text: str, name: str = "cijfers.csv"):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")})


@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_the_analyst_and_the_beheerder_upload_a_file(cast, client, role):
    client.force_login(cast.roles()[role])
    assert client.get(UPLOAD).status_code == 200
    line = 'BU07721110,2024,limited_network,Beperkt netwerk,Limited network,"31,5",percent,GGD\n'
    response = upload(client, HEADER + line)
    assert response.status_code == 302 and response["Location"] == UPLOAD
    page = client.get(UPLOAD).content.decode()
    assert "1 cijfers voor 1 buurten geïmporteerd; 0 eerdere cijfers vervangen." in page
    assert 'data-figure="limited_network-2024"' in page and "Beperkt netwerk" in page
    assert AuditEvent.objects.get(event="geo.area_figures_imported").actor == cast.roles()[role]


def test_a_bad_file_lists_every_problem_with_its_row_and_keeps_nothing(cast, client):
    client.force_login(cast.analyst)
    text = (
        HEADER
        + "BU07721110,2024,limited_network,Beperkt netwerk,,31,percent,GGD\n"
        + "BU00000000,2024,limited_network,Beperkt netwerk,,31,percent,GGD\n"
        + "BU07721120,2024,limited_network,Beperkt netwerk,,veel,percent,GGD\n"
    )
    response = upload(client, text)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Er is niets geïmporteerd: het bestand heeft 2 problemen, hieronder vermeld." in page
    problems = re.sub(r"\s+", " ", page[page.index('id="figure-problems"') :])
    cells = '<td class="utrecht-table__cell bloei-num">%s</td><td class="utrecht-table__cell">%s'
    assert cells % (3, "Onbekende buurtcode BU00000000.") in problems
    assert cells % (4, "De waarde is geen getal.") in problems
    assert not AreaFigure.objects.exists()
    assert "Upload een CSV-bestand (.csv)." in upload(client, HEADER, name="cijfers.xlsx").content.decode()


@pytest.mark.parametrize("role", ["team_lead_a", "municipality", "connector_a", "no_role"])
def test_other_roles_may_not_upload(cast, client, role):
    client.force_login(cast.roles()[role])
    assert client.get(UPLOAD).status_code == 403
    response = upload(client, HEADER + "BU07721110,2024,limited_network,Beperkt netwerk,,31,percent,GGD\n")
    assert response.status_code == 403
    assert not AreaFigure.objects.exists()


def test_the_example_file_uploads(cast, client):
    client.force_login(cast.analyst)
    text = (DEFAULT_AREA_DIR / "area_figures_example.csv").read_text(encoding="utf-8")
    assert upload(client, text).status_code == 302
    assert AreaFigure.objects.filter(year=2024).count() == 348
