"""Need against effort per buurt in a real browser: the map, switching its column, the table, accessibility."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from bloei.geo.figures import import_area_figures
from bloei.geo.models import Buurt
from bloei.geo.services import DEFAULT_AREA_DIR
from bloei.matching.tests.factories import MatchFactory
from bloei.people.tests.factories import ResidentFactory

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

YEAR = 2024


def matches_in(buurt_code: str, n: int):
    buurt = Buurt.objects.get(code=buurt_code)
    a, b = ResidentFactory(buurt=buurt), ResidentFactory(buurt=buurt)
    for _ in range(n):
        started_on = date(YEAR, 4, 1)
        MatchFactory(status="active", started_on=started_on, proposed_on=started_on - timedelta(days=5),
                     resident_a=a, resident_b=b)


@pytest.fixture
def figures(browser_cast):
    import_area_figures(by=None, data=(DEFAULT_AREA_DIR / "area_figures_example.csv").read_bytes())
    matches_in("BU07721110", 3)  # Binnenstad
    matches_in("BU07721120", 14)  # Bergen
    matches_in("BU07722110", 8)  # Irisbuurt: with Binnenstad hidden from the municipality


def test_analyst_switches_the_map_to_a_need_figure_and_sorts_the_table(browser_cast, figures, login, page, url):
    login(browser_cast.analyst)
    page.goto(url("monitoring:need", query=f"year={YEAR}"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Behoefte en inzet per buurt")
    the_map = page.get_by_role("img", name=f"Kaart van de buurten: Matches per 1.000 inwoners, {YEAR}")
    expect(the_map).to_be_visible()
    paths = the_map.locator("path[data-buurt]")
    expect(paths).to_have_count(116)
    assert paths.evaluate_all("ps => ps.every(p => p.querySelector('title') && p.querySelector('title').textContent)")
    expect(the_map.locator("path[data-buurt] title", has_text="Bergen: 4,9 per 1.000 inwoners")).to_have_count(1)
    assert serious_violations(page) == []

    # Another column on the map: the share with a limited social network (example figures).
    page.get_by_label("Kaart kleuren naar").select_option(label="Aandeel met beperkt sociaal netwerk (voorbeeld)")
    page.get_by_role("button", name="Cijfers tonen").click()
    the_map = page.get_by_role(
        "img", name=f"Kaart van de buurten: Aandeel met beperkt sociaal netwerk (voorbeeld), {YEAR}"
    )
    expect(the_map).to_be_visible()
    expect(the_map.locator("path[data-buurt]")).to_have_count(116)
    titles = the_map.locator("path[data-buurt] title").all_text_contents()
    assert len(titles) == 116 and any(t.startswith("Binnenstad: ") and t.endswith("%") for t in titles)
    assert "map=figure%3Alimited_network" in page.url
    legend = page.get_by_role("list", name="Legenda")
    expect(legend.get_by_role("listitem")).to_have_count(6)  # five classes and "no figure"
    assert serious_violations(page) == []

    # The table is the map's accessible equivalent; sorting on matches puts Bergen first.
    page.get_by_role("link", name="Matches gestart", exact=True).click()
    first = page.locator("#need-table tbody tr").first
    expect(first.get_by_role("rowheader")).to_have_text("Bergen")
    header = page.get_by_role("columnheader", name="Matches gestart", exact=True)
    expect(header).to_have_attribute("aria-sort", "descending")


@pytest.mark.browser_context_args(**PHONE)
def test_the_municipality_on_a_phone_sees_protected_counts_without_sideways_scrolling(
    browser_cast, figures, login, page, url
):
    login(browser_cast.municipality)
    page.goto(url("monitoring:need", query=f"year={YEAR}"))
    expect(page.locator('tr[data-buurt="BU07721110"] td[data-figure="matches"]')).to_have_text("verborgen")
    expect(page.locator('tr[data-buurt="BU07721120"] td[data-figure="matches"]')).to_have_text("≈15")
    expect(page.get_by_role("img", name=f"Kaart van de buurten: Matches per 1.000 inwoners, {YEAR}")).to_be_visible()
    assert not scrolls_sideways(page)
    assert serious_violations(page) == []
