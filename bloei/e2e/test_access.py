"""Refusals in the browser: a role without casework gets 403, another team's connector 404; neither sees a name."""

import pytest
from playwright.sync_api import expect

from bloei.matching.tests.factories import MatchFactory
from bloei.people.tests.factories import ResidentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


HEADINGS = {403: "Geen toegang", 404: "Pagina niet gevonden"}


def assert_refused(page, url: str, status: int, *names: str) -> None:
    """The page answers `status` with Bloei's own Dutch error page, and none of `names` is anywhere in it."""
    response = page.goto(url)
    assert response.status == status, f"{url} answered {response.status}, expected {status}"
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADINGS[status])
    expect(page.get_by_role("link", name="Naar de startpagina")).to_be_visible()
    html = page.content()
    for name in names:
        assert name not in html, f"{name!r} is on the {status} page of {url}"


def test_municipality_is_refused_a_resident_page(browser_cast, login, page, url):
    resident = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    login(browser_cast.municipality)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kerncijfers")  # their start page

    for address in (
        url("people:resident_detail", resident.uuid),
        url("people:talentscan_create", resident.uuid),
        url("people:resident_list"),
    ):
        assert_refused(page, address, 403, "Fatima", "Yilmaz")


def test_connector_of_another_team_gets_not_found_for_a_resident(browser_cast, login, page, url):
    resident = ResidentFactory(first_name="Fatima", last_name="Yilmaz")  # team Centrum
    other = ResidentFactory(first_name="Kees", last_name="Hovenier")
    match = MatchFactory(resident_a=resident, resident_b=other)
    login(browser_cast.connector_b)  # team Stratum
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vandaag")

    for address in (
        url("people:resident_detail", resident.uuid),
        url("people:talentscan_create", resident.uuid),
        url("matching:match_detail", match.uuid),
    ):
        assert_refused(page, address, 404, "Fatima", "Yilmaz", "Hovenier")

    # The same pages open for a connector of the resident's own team (so the refusals above are about scope).
    page.goto(url("core:home"))
    page.get_by_role("button", name="Uitloggen").click()
    login(browser_cast.connector_a)
    response = page.goto(url("people:resident_detail", resident.uuid))
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Fatima Yilmaz")
