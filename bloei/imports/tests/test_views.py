import base64
import csv
import io
from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
from openpyxl import load_workbook

from bloei.accounts.models import Membership
from bloei.imports import spec
from bloei.imports.services import import_records
from bloei.matching.models import Match
from bloei.people.models import Resident

from .files import BUURT_A, BUURT_B, consent, csv_bytes, history, xlsx_bytes

UPLOAD = reverse("imports:upload")


def post(client, data: bytes, name: str, record_type: str, dry_run: bool = False, **extra):
    form = {"record_type": record_type, "file": SimpleUploadedFile(name, data)}
    if dry_run:
        form["dry_run"] = "on"
    return client.post(UPLOAD, form, **extra)


@pytest.fixture
def lead_client(client, cast):
    client.force_login(cast.team_lead_a)
    return client


def test_the_team_lead_sees_the_upload_form_and_example_files(lead_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = lead_client.get(UPLOAD)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'enctype="multipart/form-data"' in page
    assert 'name="record_type"' in page and 'name="file"' in page and 'name="dry_run"' in page
    assert "Only check, do not import" in page
    for code in spec.ORDER:
        assert reverse("imports:template", args=[code]) in page
    assert reverse("imports:template", args=["all"]) in page


@pytest.mark.parametrize(
    "role", ["connector_a", "connector_b", "generalist_a", "analyst", "municipality", "admin", "no_role"]
)
def test_everyone_but_a_team_lead_is_refused(client, cast, role):
    client.force_login(cast.roles()[role])
    data = csv_bytes([{"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()}])
    assert client.get(UPLOAD).status_code == 403
    assert post(client, data, "r.csv", "residents").status_code == 403
    assert client.get(reverse("imports:template", args=["residents"])).status_code == 403
    assert not Resident.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client, db):
    response = client.get(UPLOAD)
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_a_valid_upload_shows_the_counts(lead_client):
    data = xlsx_bytes(history())
    response = post(lead_client, data, "registratie.xlsx", "all")
    assert response.status_code == 200
    page = response.content.decode()
    assert "The file was imported." in page
    assert 'id="import-counts"' in page and "Residents" in page and "Matches" in page
    assert Match.objects.count() == 3

    response = post(lead_client, data, "registratie.xlsx", "all")
    rows = response.context["result"].counts
    assert all(r.created == r.updated == 0 and r.unchanged == r.total for r in rows)
    assert Match.objects.count() == 3


def test_check_only_saves_nothing(lead_client):
    response = post(lead_client, xlsx_bytes(history()), "registratie.xlsx", "all", dry_run=True)
    page = response.content.decode()
    assert "Nothing was saved" in page and "Would be created" in page
    assert not Resident.objects.exists()


def test_an_invalid_upload_shows_every_error_and_an_error_file(lead_client):
    rows = [
        {"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_B, **consent()},
        {"external_id": "R2", "first_name": "", "buurt_code": BUURT_A, **consent(lawful_basis="")},
    ]
    response = post(lead_client, csv_bytes(rows, delimiter=";"), "inwoners.csv", "residents")
    page = response.content.decode()
    assert "The file has 3 problems. Nothing was imported." in page
    assert 'id="import-errors"' in page
    assert "outside the area of the teams you lead" in page
    errors = response.context["result"].errors
    assert {(e.row, e.column) for e in errors} == {(2, "buurt_code"), (3, "first_name"), (3, "lawful_basis")}
    # The error file: a CSV to work through in Excel.
    href = response.context["error_file_href"]
    assert href.startswith("data:text/csv;charset=utf-8;base64,") and href in page

    text = base64.b64decode(href.split(",", 1)[1]).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0] == ["Sheet", "Row", "Column", "Message"]
    assert [
        "inwoners.csv",
        "3",
        "lawful_basis",
        "A resident can only be imported with a recorded lawful basis.",
    ] in lines
    assert not Resident.objects.exists()


def test_a_garbage_upload_gets_a_clear_message(lead_client):
    response = post(lead_client, b"\x00\x01binary\x00" * 50, "r.csv", "residents")
    assert "This is not a CSV text file: it contains binary data." in response.content.decode()
    response = post(lead_client, b"garbage", "r.pdf", "residents")
    assert response.context["form"].errors["file"] == ["Upload a CSV file (.csv) or an Excel workbook (.xlsx)."]
    assert response.context["result"] is None


def test_a_csv_cannot_be_imported_as_every_record_type(lead_client):
    response = post(lead_client, b"external_id\nR1\n", "r.csv", "all")
    assert "record_type" in response.context["form"].errors


def test_the_form_refuses_a_file_over_the_size_limit(lead_client, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    response = post(lead_client, b"a" * (1024 * 1024 + 1), "r.csv", "residents")
    assert "larger than 1 MB" in str(response.context["form"].errors["file"])


def test_an_htmx_upload_gets_only_the_panel(lead_client):
    data = csv_bytes([{"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()}])
    response = post(lead_client, data, "r.csv", "residents", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page and 'id="import-counts"' in page
    assert Resident.objects.get().external_id == "R1"


def test_the_example_csv_has_the_documented_header_and_imports(lead_client, cast):
    response = lead_client.get(reverse("imports:template", args=["residents"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="bloei-residents.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    header, example = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert header == spec.RESIDENTS.column_names
    assert example[header.index("buurt_code")] == "BU07721110"  # one of the team lead's own buurten
    result = import_records(by=cast.team_lead_a, data=response.content, filename="x.csv", record_type="residents")
    assert result.ok, result.errors


def test_the_example_workbook_imports_as_is(lead_client, cast):
    # The examples are dated 2023: the team's connector and generalist worked there then.
    Membership.objects.update(started_on=date(2020, 1, 1))
    response = lead_client.get(reverse("imports:template", args=["all"]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == spec.ORDER
    assert workbook["training_editions"]["F2"].value == "connector_a"  # trainers: a connector of the team
    assert workbook["referrals"]["D2"].value == "generalist_a"  # referred by: a generalist of the team
    assert workbook["boundary_decisions"]["G2"].value == "team_lead_a"  # decided by: a team lead of the team
    result = import_records(by=cast.team_lead_a, data=response.content, filename="x.xlsx", record_type="all")
    assert result.ok, result.errors
    created = {c.record_type: c.created for c in result.counts}
    assert created["matches"] == 1
    # Four training meetings; a plan linked to an activity, a network and a training edition.
    assert {code: n for code, n in created.items() if n != 1} == {"training_meetings": 4, "plan_links": 3}
    assert set(created) == set(spec.ORDER)


@pytest.mark.parametrize("record_type", spec.ORDER)
def test_every_example_csv_has_the_documented_header(lead_client, record_type):
    response = lead_client.get(reverse("imports:template", args=[record_type]))
    assert response.status_code == 200
    assert f'filename="bloei-{record_type}.csv"' in response["Content-Disposition"]
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert header == spec.RECORD_TYPES[record_type].column_names
    assert rows and all(len(row) == len(header) for row in rows)


def test_an_unknown_example_is_not_found(lead_client):
    assert lead_client.get(reverse("imports:template", args=["kastelen"])).status_code == 404


@pytest.mark.django_db
def test_errors_are_shown_in_dutch_by_default(client, cast, settings):
    settings.LANGUAGE_CODE = "nl"
    client.force_login(cast.team_lead_a)
    upload = SimpleUploadedFile("inwoners.csv", b"external_id,first_name\nR1,\n", content_type="text/csv")
    with translation.override("nl"):
        response = client.post(reverse("imports:upload"), {"record_type": "residents", "file": upload})
    page = response.content.decode()
    assert "Er is niets geïmporteerd." in page
    assert "<th" in page and "Kolom" in page and "Probleem" in page
