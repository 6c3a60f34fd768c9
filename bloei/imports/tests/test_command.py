from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from bloei.matching.models import Match
from bloei.people.models import Resident

from .files import BUURT_A, BUURT_B, consent, csv_bytes, history, xlsx_bytes


@pytest.fixture
def residents_csv(tmp_path):
    path = tmp_path / "inwoners.csv"
    path.write_bytes(csv_bytes([{"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()}]))
    return path


def run(*args) -> str:
    out = StringIO()
    call_command("import_records", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_dry_run_reports_what_would_happen_and_saves_nothing(cast, residents_csv):
    output = run(str(residents_csv), "--user", "team_lead_a", "--type", "residents", "--dry-run")
    assert "residents: 1 created, 0 updated, 0 unchanged" in output
    assert "nothing was saved" in output
    assert not Resident.objects.exists()


def test_the_command_imports_and_reimports(cast, residents_csv):
    run(str(residents_csv), "--user", "team_lead_a", "--type", "residents")
    assert Resident.objects.get().created_by == cast.team_lead_a
    output = run(str(residents_csv), "--user", "team_lead_a", "--type", "residents")
    assert "residents: 0 created, 0 updated, 1 unchanged" in output
    assert Resident.objects.count() == 1


def test_a_workbook_imports_every_sheet_by_default(cast, tmp_path):
    path = tmp_path / "registratie.xlsx"
    path.write_bytes(xlsx_bytes(history()))
    output = run(str(path), "--user", "team_lead_a")
    assert "matches: 3 created" in output
    assert Match.objects.count() == 3


def test_errors_are_printed_with_row_and_column_and_nothing_is_imported(cast, tmp_path):
    path = tmp_path / "inwoners.csv"
    path.write_bytes(
        csv_bytes(
            [
                {"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()},
                {"external_id": "R2", "first_name": "Bert", "buurt_code": BUURT_B, **consent(lawful_basis="")},
            ]
        )
    )
    err = StringIO()
    with pytest.raises(CommandError, match="2 error"):
        call_command(
            "import_records", str(path), "--user", "team_lead_a", "--type", "residents", stdout=StringIO(), stderr=err
        )
    assert "row 3, column buurt_code: Buurt “BU07722110” is outside the area" in err.getvalue()
    assert "row 3, column lawful_basis:" in err.getvalue()
    assert not Resident.objects.exists()


@pytest.mark.parametrize("username", ["connector_a", "municipality", "nobody"])
def test_only_an_existing_team_lead_may_run_it(cast, residents_csv, username):
    with pytest.raises(CommandError):
        run(str(residents_csv), "--user", username, "--type", "residents")
    assert not Resident.objects.exists()


def test_a_csv_needs_a_type(cast, residents_csv):
    with pytest.raises(CommandError, match="--type"):
        run(str(residents_csv), "--user", "team_lead_a")
