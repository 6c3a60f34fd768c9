"""Importing residents in the browser: a file with errors, the error table and error file, then the corrected file."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bloei.people.models import Resident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BINNENSTAD = "BU07721110"  # team Centrum, which team_lead_a leads
STRATUM = "BU07722110"  # team Stratum
CONSENT = {"consent_purpose": "registration", "lawful_basis": "consent", "consent_given_on": "2023-02-01"}
LAWFUL_BASIS_MISSING = "Een inwoner kan alleen worden geïmporteerd met een vastgelegde grondslag."
OUTSIDE_THE_TEAM = f"Buurt “{STRATUM}” ligt buiten het werkgebied van de teams waarvan je teamleider bent."


def csv_file(rows: list[dict], name: str) -> dict:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return {"name": name, "mimeType": "text/csv", "buffer": out.getvalue().encode("utf-8")}


def residents(*, corrected: bool) -> list[dict]:
    return [
        {"external_id": "INW-1", "first_name": "Fatima", "last_name": "El Amrani", "buurt_code": BINNENSTAD, **CONSENT},
        {
            "external_id": "INW-2",
            "first_name": "Piet",
            "last_name": "Jansen",
            "buurt_code": BINNENSTAD,
            **CONSENT,
            "lawful_basis": "consent" if corrected else "",
        },
        {
            "external_id": "INW-3",
            "first_name": "Henk",
            "last_name": "de Vries",
            "buurt_code": BINNENSTAD if corrected else STRATUM,
            **CONSENT,
        },
    ]


def upload(page, file: dict) -> None:
    page.get_by_label("Wat het bestand bevat").select_option(label="Inwoners")
    page.get_by_label("Bestand", exact=True).set_input_files(file)
    page.get_by_role("button", name="Controleren en importeren").click()


def test_team_lead_imports_a_file_after_correcting_its_errors(browser_cast, login, page):
    login(browser_cast.team_lead_a)
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_text("Meer", exact=True).click()  # less frequent work is behind "Meer"
    menu.get_by_role("link", name="Importeren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Importeren uit een bestaande registratie")

    # A file with two errors: every problem with its row and column, in Dutch, and nothing imported.
    upload(page, csv_file(residents(corrected=False), "inwoners.csv"))
    expect(page.get_by_role("alert")).to_contain_text("Het bestand heeft 2 problemen. Er is niets geïmporteerd.")
    table = page.get_by_role("table", name="Rijnummers zoals in Excel: de kopregel is rij 1.")
    expect(table.get_by_role("columnheader")).to_have_text(["Rij", "Kolom", "Probleem"])
    rows = table.locator("tbody").get_by_role("row")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).get_by_role("cell")).to_have_text(["3", "lawful_basis", LAWFUL_BASIS_MISSING])
    expect(rows.nth(1).get_by_role("cell")).to_have_text(["4", "buurt_code", OUTSIDE_THE_TEAM])
    assert not Resident.objects.exists()

    # The same problems as a file to work through in Excel.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Lijst met problemen downloaden (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == "bloei-import-errors.csv"
    text = Path(download.path()).read_bytes().decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text), delimiter=";")) == [
        ["Werkblad", "Rij", "Kolom", "Melding"],
        ["inwoners.csv", "3", "lawful_basis", LAWFUL_BASIS_MISSING],
        ["inwoners.csv", "4", "buurt_code", OUTSIDE_THE_TEAM],
    ]

    # The corrected file is imported: the counts per record type.
    upload(page, csv_file(residents(corrected=True), "inwoners-verbeterd.csv"))
    expect(page.get_by_role("status").filter(has_text="geïmporteerd")).to_have_text("Het bestand is geïmporteerd.")
    counts = page.locator("#import-counts")
    headers = ["Soort gegevens", "Aangemaakt", "Bijgewerkt", "Ongewijzigd"]
    expect(counts.get_by_role("columnheader")).to_have_text(headers)
    expect(counts.locator("tbody").get_by_role("row")).to_have_count(1)
    expect(counts.get_by_role("row", name="Inwoners").get_by_role("cell")).to_have_text(["3", "0", "0"])
    assert sorted(Resident.objects.values_list("external_id", flat=True)) == ["INW-1", "INW-2", "INW-3"]
    assert set(Resident.objects.values_list("team__slug", flat=True)) == {"centrum"}

    # The same file again changes nothing.
    upload(page, csv_file(residents(corrected=True), "inwoners-verbeterd.csv"))
    expect(page.get_by_role("status").filter(has_text="geïmporteerd")).to_have_text("Het bestand is geïmporteerd.")
    expect(page.locator("#import-counts").get_by_role("row", name="Inwoners").get_by_role("cell")).to_have_text(
        ["0", "0", "3"]
    )
    assert Resident.objects.count() == 3
