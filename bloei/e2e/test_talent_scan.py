"""The guided talent scan in a real browser, on a desktop and on a phone: steps, back, save, the result."""

from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest
from playwright.sync_api import expect

from bloei.people.models import TalentScan
from bloei.people.tests.factories import ResidentFactory

from .helpers import PHONE, scrolls_sideways

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 800}}


@pytest.mark.parametrize(
    "screen",
    [
        pytest.param("desktop", marks=pytest.mark.browser_context_args(**DESKTOP)),
        pytest.param("phone", marks=pytest.mark.browser_context_args(**PHONE)),
    ],
)
def test_connector_takes_a_talent_scan_step_by_step(screen, browser_cast, talents, login, page):
    fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")  # Binnenstad: team Centrum, as connector_a
    login(browser_cast.connector_a)

    def fits_the_screen():
        assert not scrolls_sideways(page), f"{page.url} scrolls sideways on a {screen}"

    assert page.evaluate("window.innerWidth") == (390 if screen == "phone" else 1280)
    fits_the_screen()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inwoners").click()
    page.get_by_role("link", name="Fatima Yilmaz").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fatima Yilmaz")
    expect(page.get_by_text("Nog geen talentenscan.")).to_be_visible()
    fits_the_screen()

    page.get_by_role("link", name="Talentenscan afnemen", exact=True).click()
    steps = page.get_by_role("list", name="Stappen")
    expect(steps.locator("[aria-current=step]")).to_have_text("1. Energie")
    expect(page.get_by_role("heading", level=2)).to_have_text("Stap 1 van 4: Energie")
    fits_the_screen()
    page.get_by_label("Waar word je blij van, waar krijg je energie van?").fill("Buiten zijn en mensen helpen")
    page.get_by_role("button", name="Volgende stap").click()

    # Step 2 checks its answers: nothing filled in is refused with a Dutch message.
    expect(page.get_by_role("heading", level=2)).to_have_text("Stap 2 van 4: Talenten")
    page.get_by_role("button", name="Volgende stap").click()
    expect(page.get_by_text("Schrijf minstens één ding op waar de inwoner goed in is")).to_be_visible()
    page.get_by_label("Waar ben je goed in?").fill("Tuinieren en koken voor anderen")
    page.get_by_role("checkbox", name="Tuinieren", exact=True).check()
    page.get_by_role("checkbox", name="Koken", exact=True).check()
    fits_the_screen()
    page.get_by_role("button", name="Volgende stap").click()

    expect(page.get_by_role("heading", level=2)).to_have_text("Stap 3 van 4: Wensen")
    page.get_by_label("Wat zou je graag willen leren?").fill("Fotograferen")
    page.get_by_role("group", name="Interesses").get_by_role("checkbox", name="Fotografie", exact=True).check()

    # Back to step 2: its answers are still there, and so are those of step 3 when going forward again.
    page.get_by_role("button", name="Vorige stap").click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Stap 2 van 4: Talenten")
    expect(page.get_by_label("Waar ben je goed in?")).to_have_value("Tuinieren en koken voor anderen")
    expect(page.get_by_role("checkbox", name="Tuinieren", exact=True)).to_be_checked()
    expect(page.get_by_role("checkbox", name="Koken", exact=True)).to_be_checked()
    expect(page.get_by_role("checkbox", name="Bakken", exact=True)).not_to_be_checked()
    page.get_by_role("button", name="Volgende stap").click()
    expect(page.get_by_label("Wat zou je graag willen leren?")).to_have_value("Fotograferen")
    expect(page.get_by_role("checkbox", name="Fotografie", exact=True)).to_be_checked()
    page.get_by_role("button", name="Volgende stap").click()

    expect(page.get_by_role("heading", level=2)).to_have_text("Stap 4 van 4: Praktisch")
    expect(page.get_by_label("Datum van het gesprek")).to_have_value(timezone.localdate().isoformat())
    page.get_by_label("Praktische beperkingen (tijd, gezondheid, vervoer)").fill("Alleen ochtenden")
    fits_the_screen()
    page.get_by_role("button", name="Talentenscan opslaan").click()

    # The resident's page: a message, the scan (version 1 with its talents) and an entry in the timeline.
    expect(page.locator(".bloei-messages")).to_contain_text("De talentenscan is opgeslagen (versie 1).")
    scan = page.locator("#talentscan")
    with translation.override("nl"):
        today = date_format(timezone.localdate(), "j F Y")
    expect(scan).to_contain_text(f"Versie 1 van {today}")
    expect(scan.locator(".bloei-badge")).to_have_text(["Koken", "Tuinieren", "Fotografie"])
    expect(scan).to_contain_text("Buiten zijn en mensen helpen")
    expect(scan).to_contain_text("Alleen ochtenden")
    timeline = page.get_by_role("region", name="Tijdlijn")
    entry = timeline.get_by_role("listitem").filter(has_text="Talentenscan (versie 1)")
    expect(entry).to_contain_text("Koken, Tuinieren")
    fits_the_screen()

    saved = TalentScan.objects.get(resident=fatima)
    assert saved.version == 1 and saved.conducted_by == browser_cast.connector_a
    assert sorted(t.slug for t in saved.talents.all()) == ["koken", "tuinieren"]
    assert [t.slug for t in saved.interests.all()] == ["fotografie"]

    entry.get_by_role("link", name="Talentenscan (versie 1)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Talentenscan")
    expect(page.get_by_text("Fotograferen")).to_be_visible()
    fits_the_screen()
