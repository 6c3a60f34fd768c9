"""The shared dashboard in a real browser: a filter change, a drill-down, the municipality's protected view."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from bloei.geo.models import Buurt
from bloei.matching.tests.factories import MatchFactory
from bloei.people.tests.factories import ResidentFactory

from .helpers import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

YEAR = date.today().year - 1


def matches_in(buurt_code: str, n: int, started_on: date, first_name: str = "Inwoner"):
    buurt = Buurt.objects.get(code=buurt_code)
    for _ in range(n):
        MatchFactory(
            status="active", started_on=started_on, proposed_on=started_on - timedelta(days=5),
            resident_a=ResidentFactory(buurt=buurt, first_name=first_name), resident_b=ResidentFactory(buurt=buurt),
        )


def cell(page, measure: str, figure: str):
    return page.locator(f'tr[data-measure="{measure}"] td[data-figure="{figure}"]')


def test_team_lead_changes_the_period_and_drills_down_to_the_records(browser_cast, login, page, url):
    matches_in("BU07721110", 3, date(YEAR, 3, 10), first_name="Fatima")  # Binnenstad, team Centrum
    matches_in("BU07722110", 12, date(YEAR, 8, 10))  # Stratum
    login(browser_cast.team_lead_a)
    page.goto(url("monitoring:dashboard", query=f"year={YEAR}"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    expect(cell(page, "matches_started", "current")).to_have_text("15")
    assert serious_violations(page) == []

    # A quarter: the HTMX form swaps the results and the address follows.
    page.get_by_label("Periode", exact=True).select_option("quarter")
    page.get_by_label("Kwartaal", exact=True).select_option("1")
    page.get_by_role("button", name="Cijfers tonen").click()
    expect(cell(page, "matches_started", "current")).to_have_text("3")
    assert "quarter=1" in page.url
    expect(page.get_by_role("img", name="Gestarte matches per maand")).to_be_visible()

    # From the figure to the records behind it: only the team's own, with names.
    page.get_by_role("link", name="Toon de registraties achter dit cijfer").click()
    expect(page.get_by_text("3 registraties in het cijfer")).to_be_visible()
    expect(page.get_by_role("link", name="Fatima").first).to_be_visible()
    assert serious_violations(page) == []


def test_the_municipality_sees_suppressed_cells(browser_cast, login, page, url):
    matches_in("BU07721110", 3, date(YEAR, 3, 10), first_name="Fatima")
    matches_in("BU07722110", 12, date(YEAR, 8, 10))
    login(browser_cast.municipality)
    page.goto(url("monitoring:dashboard", query=f"year={YEAR}"))
    expect(cell(page, "matches_started", "current")).to_have_text("15")  # city-wide: exact
    table = page.locator("#wijk-table")
    expect(table.locator("tr", has_text="Centrum")).to_contain_text("verborgen")  # the wijk of Binnenstad
    expect(table.get_by_text("verborgen")).to_have_count(2)  # 3 and, so it cannot be worked out, 12
    expect(page.get_by_text("beveiligd getoond")).to_be_visible()
    expect(page.get_by_role("link", name="Toon de registraties achter dit cijfer")).to_have_count(0)
    assert "Fatima" not in page.content()
    assert serious_violations(page) == []


def test_team_lead_downloads_the_yearly_report(browser_cast, login, page, url, tmp_path):
    matches_in("BU07721110", 3, date(YEAR, 3, 10))
    login(browser_cast.team_lead_a)
    page.goto(url("monitoring:dashboard", query=f"year={YEAR}"))
    with page.expect_download() as pdf:
        page.get_by_role("link", name=f"Jaarverslag {YEAR} (PDF)").click()
    assert pdf.value.suggested_filename == f"bloei-jaarverslag-{YEAR}.pdf"
    saved = tmp_path / "report.pdf"
    pdf.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    with page.expect_download() as xlsx:
        page.get_by_role("link", name=f"Jaarverslag {YEAR} (Excel)").click()
    assert xlsx.value.suggested_filename == f"bloei-jaarverslag-{YEAR}.xlsx"
