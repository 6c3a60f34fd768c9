"""Workload in a real browser: a connector records a week on a phone; the team lead sees it in the
overview and records a "grens stellen" decision."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from bloei.people.tests.factories import ResidentFactory
from bloei.workload.models import BoundaryDecision, TimeRecord
from bloei.workload.services import week_of
from bloei.workload.tests.factories import TimeRecordFactory

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.browser_context_args(**PHONE)
def test_connector_records_a_week_and_the_team_lead_sees_it_and_decides(browser_cast, login, page, url):
    today = timezone.localdate()
    this_week = week_of(today)
    number = this_week.isocalendar().week
    TimeRecordFactory(user=browser_cast.connector_a, week=this_week - timedelta(weeks=1))  # 12 of 32 hours
    ResidentFactory(first_name="Joke", last_name="Verhoeven", registered_on=today - timedelta(days=500))

    def fits_the_screen():
        assert not scrolls_sideways(page), f"{page.url} scrolls sideways on a phone"

    # The connector: from the start page to the form, pre-filled with last week's hours.
    login(browser_cast.connector_a)
    card = page.get_by_role("region", name="Uren deze week")
    expect(card).to_contain_text(f"Je uren van week {number} zijn nog niet vastgelegd.")
    card.get_by_role("link", name="Uren vastleggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Mijn uren, week {number}")
    expect(page.get_by_label("In de wijk", exact=True)).to_have_value("12")
    expect(page.get_by_role("button", name="Zelfde als vorige week")).to_be_visible()
    fits_the_screen()
    assert serious_violations(page) == []

    page.get_by_label("In de wijk", exact=True).fill("18.5")
    page.get_by_label("Administratie", exact=True).fill("4")
    page.get_by_role("button", name="Uren opslaan").click()
    expect(page.locator(".bloei-messages")).to_contain_text(f"Je uren van week {number} zijn opgeslagen.")
    history = page.get_by_role("table", name="Mijn uren per week")
    expect(history.get_by_role("row").nth(1)).to_contain_text("18,5")
    fits_the_screen()
    record = TimeRecord.objects.get(user=browser_cast.connector_a, week=this_week)
    assert record.neighbourhood == Decimal("18.5") and record.total == Decimal("36.5")  # 18.5+8+4+2+4

    # The team lead: the overview shows the week, then a decision on the resident who has been open long.
    page.goto(url("core:home"))
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_label("Gebruikersnaam")).to_be_visible()
    login(browser_cast.team_lead_a)
    expect(page.get_by_role("region", name="Een grens stellen")).to_contain_text(
        "1 inwoner al lang zonder actieve verbinding."
    )
    page.goto(url("workload:overview"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Tijdsbesteding van het team")
    expect(page.get_by_role("img", name="Aandeel van de uren van het team per onderdeel")).to_be_visible()
    team = page.get_by_role("table", name="Uren van het team per week")
    expect(team.get_by_role("row", name=f"wk {number} ·")).to_contain_text("51%")  # 18.5 of 36.5
    per_connector = page.get_by_role("table", name="Uren per verbinder, De laatste 12 weken")
    expect(per_connector.get_by_role("row", name="Anna Test")).to_contain_text("45%")  # 30.5 of 68.5
    fits_the_screen()
    assert serious_violations(page) == []

    page.goto(url("workload:boundary_list"))
    page.get_by_role("link", name="Joke Verhoeven").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Joke Verhoeven")
    page.get_by_label("Doorgaan, met een afgesproken volgende stap").check()
    page.get_by_label("Reden").fill("Het klikt steeds niet met een maatje")
    page.get_by_role("textbox", name="Afgesproken volgende stap").fill("Anna vraagt de buurtmoestuin")
    page.get_by_label("Opnieuw bekijken op").fill((today + timedelta(days=90)).isoformat())
    fits_the_screen()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Besluit vastleggen").click()

    expect(page.locator(".bloei-messages")).to_contain_text("Het besluit is vastgelegd.")
    expect(page.get_by_role("region", name="Te bespreken")).not_to_contain_text("Joke Verhoeven")
    expect(page.get_by_role("region", name="Afgesproken, nog opnieuw te bekijken")).to_contain_text(
        "Anna vraagt de buurtmoestuin"
    )
    fits_the_screen()
    decision = BoundaryDecision.objects.get()
    assert decision.decided_by == browser_cast.team_lead_a and decision.outcome == "continue"
