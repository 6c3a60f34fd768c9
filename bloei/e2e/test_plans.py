"""A neighbourhood plan in the browser, in Dutch: start it, add a priority with the wijk's figures beside it,
adopt it, record progress, and download it as a PDF for partners (no resident names in it)."""

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from bloei.people.tests.factories import ResidentFactory
from bloei.plans.choices import PlanStatus
from bloei.plans.models import NeighbourhoodPlan

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 800}}


@pytest.mark.parametrize(
    "screen",
    [
        pytest.param("desktop", marks=pytest.mark.browser_context_args(**DESKTOP)),
        pytest.param("phone", marks=pytest.mark.browser_context_args(**PHONE)),
    ],
)
def test_a_connector_writes_a_plan_records_progress_and_downloads_it(screen, browser_cast, login, page, url):
    year = timezone.localdate().year + 1
    fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")  # Binnenstad: team Centrum, as connector_a
    login(browser_cast.connector_a)

    def fits_the_screen():
        assert not scrolls_sideways(page), f"{page.url} scrolls sideways on a {screen}"

    # Start the plan: the wijk of the connector's team, next year by default.
    page.goto(url("plans:plan_list"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkplannen")
    page.get_by_role("link", name="Plan starten").click()
    expect(page.get_by_label("Jaar")).to_have_value(str(year))
    page.get_by_label("Wijk").select_option(label="Centrum")
    page.get_by_label("Samenvatting").fill("Samen zorgen dat niemand er alleen voor staat")
    fits_the_screen()
    page.get_by_role("button", name="Plan starten").click()
    expect(page.locator(".bloei-messages")).to_contain_text("Het plan is gestart. Voeg de prioriteiten toe.")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Wijkplan Centrum {year}")
    expect(page.get_by_text("Nog geen prioriteiten.")).to_be_visible()

    # A priority, with the wijk's number of inhabitants beside the reason.
    page.get_by_role("link", name="Prioriteit toevoegen").click()
    page.get_by_label("Thema").fill("Ouderen ontmoeten elkaar")
    page.get_by_label("Waarom dit belangrijk is").fill("Veel ouderen in de binnenstad wonen alleen")
    page.get_by_role("checkbox", name="Inwoners (CBS)").check()
    page.get_by_label("Hoe succes eruitziet").fill("Elke week een koffieochtend met twintig bezoekers")
    fits_the_screen()
    page.get_by_role("button", name="Prioriteit toevoegen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De prioriteit is toegevoegd.")
    priority = page.get_by_role("article", name="1. Ouderen ontmoeten elkaar")
    expect(priority).to_contain_text("Veel ouderen in de binnenstad wonen alleen")
    figures = priority.get_by_role("table", name="Cijfers van de wijk")
    expect(figures.get_by_role("row", name="Inwoners (CBS)")).to_contain_text("10160")
    fits_the_screen()

    # A meeting where residents wrote it: Fatima by name on screen.
    page.get_by_role("link", name="Bijeenkomst vastleggen").click()
    page.get_by_label("Aanwezige geregistreerde inwoners").select_option(label="Fatima Yilmaz · 5611AB")
    page.get_by_role("checkbox", name="Anna Test").check()
    page.get_by_label("Andere aanwezigen (aantal)").fill("23")
    page.get_by_role("button", name="Bijeenkomst vastleggen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De bijeenkomst is vastgelegd.")
    meetings = page.get_by_role("region", name="Bijeenkomsten met inwoners")
    expect(meetings.get_by_role("link", name="Fatima Yilmaz")).to_be_visible()

    # Adopt it, then record progress on the priority.
    page.get_by_role("link", name="Plan vaststellen").click()
    page.get_by_role("button", name="Plan vaststellen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("Het plan is vastgesteld.")
    page.get_by_role("link", name="Voortgang vastleggen op Ouderen ontmoeten elkaar").click()
    expect(page.get_by_label("Datum")).to_have_value(timezone.localdate().isoformat())
    page.get_by_role("radio", name="Op koers").check()
    page.get_by_label("Wat er gebeurde").fill("De eerste koffieochtend trok vijftien bezoekers")
    fits_the_screen()
    page.get_by_role("button", name="Voortgang opslaan").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De voortgang is vastgelegd.")
    priority = page.get_by_role("article", name="1. Ouderen ontmoeten elkaar")
    expect(priority.locator(".bloei-timeline")).to_contain_text("De eerste koffieochtend trok vijftien bezoekers")
    expect(priority.locator(".bloei-timeline .bloei-badge")).to_have_text("Op koers")
    fits_the_screen()
    assert serious_violations(page) == []

    plan = NeighbourhoodPlan.objects.get()
    assert (plan.year, plan.status, plan.team) == (year, PlanStatus.ADOPTED, browser_cast.team_a)
    assert plan.priorities.get().progress_notes.get().status == "on_track"
    assert list(plan.meetings.get().residents.all()) == [fatima]

    # The PDF for partners: a real PDF, named after the wijk and year.
    with page.expect_download() as info:
        page.get_by_role("link", name="Downloaden als pdf").click()
    download = info.value
    assert download.suggested_filename == f"wijkplan-centrum-{year}.pdf"
    with open(download.path(), "rb") as fh:
        content = fh.read()
    assert content.startswith(b"%PDF") and len(content) > 1000
