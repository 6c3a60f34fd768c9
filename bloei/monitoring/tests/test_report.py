from datetime import date, timedelta
from io import BytesIO, StringIO

from django.core.management import CommandError, call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

import pytest
from openpyxl import load_workbook

from bloei.matching.tests.factories import MatchFactory
from bloei.monitoring import report as reports
from bloei.monitoring.areas import TEAM, Area
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_data(buurt_a, buurt_b):
    batches = ((date(2024, 3, 1), buurt_a, 3), (date(2024, 5, 1), buurt_b, 12), (date(2023, 5, 1), buurt_a, 4))
    for on, buurt, n in batches:
        for _ in range(n):
            MatchFactory(status="active", started_on=on, proposed_on=on - timedelta(days=5),
                         resident_a=ResidentFactory(buurt=buurt), resident_b=ResidentFactory(buurt=buurt))
    PlaceFactory.create_batch(2, added_on=date(2024, 2, 1))


def rows_of(report):
    return {row.label: row for table in report.tables for row in table.rows}


def test_the_report_holds_the_tables_with_previous_year_and_target(year_data):
    with translation.override("nl"):
        report = reports.build_report(2024)
    rows = rows_of(report)
    matches = rows["Matches (totaal)"]
    assert (matches.previous.value, matches.current.value, matches.target) == (4, 15, 1000)
    assert rows["Ontwikkelplaatsen"].current.value == 2 and rows["Ontwikkelplaatsen"].target == 450
    assert rows["Trainingsdeelnemers, totaal"].target == 120
    assert {bar.name for bar in report.wijk_bars} >= {"Centrum"}
    assert len(report.sub_goals) == 8 and report.sub_goals[0].sub_goal == "Ontmoeting"


def test_the_pdf_and_the_spreadsheet_show_the_same_figures(year_data):
    with translation.override("nl"):
        report = reports.build_report(2024)
        html = render_to_string("monitoring/pdf/report.html", {"report": report})
        pdf = reports.write_pdf(report)
        xlsx = load_workbook(BytesIO(reports.write_xlsx(report)))
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert "Jaarverslag 2024" in html and "Matches (totaal)" in html and "1.000" in html
    sheet = xlsx["Tabellen"]
    values = {row[0].strip(): row[1:4] for row in sheet.iter_rows(values_only=True) if row and isinstance(row[0], str)}
    assert values["Matches (totaal)"] == (4, 15, 1000)
    assert "Matches per wijk" in xlsx.sheetnames and "Participatieladder" in xlsx.sheetnames


def test_protected_report_hides_small_counts_below_the_city(year_data, team_a):
    with translation.override("nl"):
        report = reports.build_report(2024, Area(TEAM, team_a.pk), protect=True, area_name="WIJ Centrum")
    matches = rows_of(report)["Matches (totaal)"]
    assert matches.current.suppressed and matches.previous.suppressed  # 3 and 4 in team Centrum
    assert matches.target is None  # KPIs are city-wide


def test_command_writes_pdf_and_xlsx(year_data, tmp_path):
    call_command("yearly_report", year=2024, out=str(tmp_path), stdout=StringIO())
    assert (tmp_path / "bloei-jaarverslag-2024.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "bloei-jaarverslag-2024.xlsx").stat().st_size > 1000
    call_command("yearly_report", year=2024, out=str(tmp_path), area="team:centrum", stdout=StringIO())
    assert (tmp_path / "bloei-jaarverslag-2024-wij-centrum.pdf").exists()
    with pytest.raises(CommandError):
        call_command("yearly_report", year=2024, out=str(tmp_path), area="wijk:nonsense")


def test_download_from_the_application(cast, client, year_data):
    url = reverse("monitoring:report")
    client.force_login(cast.team_lead_a)
    answer = client.get(url, {"year": 2024, "format": "pdf"})
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert 'filename="bloei-jaarverslag-2024.pdf"' in answer["Content-Disposition"]
    answer = client.get(url, {"year": 2024, "format": "xlsx"})
    assert answer["Content-Type"].startswith("application/vnd.openxmlformats")
    page = client.get(reverse("monitoring:dashboard"), {"year": 2024}).content.decode()
    assert "Jaarverslag 2024 (PDF)" in page
    bad = client.get(url, {"year": "twintig"})
    assert bad.status_code == 400 and "Voer een geheel getal in." in bad.content.decode()
    client.force_login(cast.connector_a)
    assert client.get(url, {"year": 2024}).status_code == 403
