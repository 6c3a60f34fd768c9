"""Referrals and signals in the browser, in Dutch.

(a) A generalist refers a resident (first without consent, which is refused), a connector sees the referral on
Vandaag and accepts it, and the generalist sees the outcome.
(b) A connector raises a signal; the clock moves past its deadline (the live server runs in this process, so
time_machine moves its clock too); the team lead sees it escalated on Vandaag, a generalist acknowledges it.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest
import time_machine
from playwright.sync_api import expect

from bloei.core.models import AuditEvent
from bloei.people.choices import AssignmentRole
from bloei.people.models import Assignment
from bloei.people.tests.factories import AssignmentFactory, ResidentFactory
from bloei.referrals.models import Referral, Signal
from bloei.referrals.workdays import add_working_days

from .helpers import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AMS = ZoneInfo("Europe/Amsterdam")


def log_out(page):
    page.get_by_role("button", name="Uitloggen").click()
    page.context.clear_cookies()


def test_a_generalist_refers_and_the_connector_accepts_on_vandaag(browser_cast, login, page):
    fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    AssignmentFactory(resident=fatima, user=browser_cast.generalist_a, role=AssignmentRole.GENERALIST)

    login(browser_cast.generalist_a)
    page.get_by_role("region", name="Doorverwijzingen", exact=True).get_by_role(
        "link", name="Inwoner doorverwijzen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inwoner doorverwijzen")
    page.get_by_label("Inwoner", exact=True).select_option(str(fatima.pk))
    expect(page.get_by_label("Naar de verbinders van")).to_have_value("")  # the resident's own team
    page.get_by_label("Waarom verwijs je de inwoner door?").fill("Zit veel alleen sinds haar man overleed")
    page.get_by_label("Wat zou de inwoner graag willen?").fill("Samen met anderen handwerken")
    page.get_by_label("Praktische aantekeningen").fill("Liever bellen na tienen")
    assert serious_violations(page) == []

    # Without the resident's consent there is no referral.
    page.get_by_role("button", name="Doorverwijzing versturen").click()
    expect(page.get_by_text("Zonder toestemming van de inwoner is er geen doorverwijzing.")).to_be_visible()
    assert not Referral.objects.exists()

    page.get_by_label("De inwoner geeft toestemming voor deze doorverwijzing").check()
    page.get_by_role("button", name="Doorverwijzing versturen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De doorverwijzing is naar de verbinders gestuurd.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Doorverwijzing van Fatima Yilmaz")
    expect(page.locator(".bloei-badge").first).to_have_text("Wacht op een verbinder")
    log_out(page)

    # The connector finds it on Vandaag and accepts it.
    login(browser_cast.connector_a)
    referrals = page.get_by_role("region", name="Doorverwijzingen", exact=True)
    expect(referrals).to_contain_text("Nieuwe doorverwijzingen voor je team")
    expect(referrals).to_contain_text("van Gina Test")
    assert serious_violations(page) == []
    referrals.get_by_role("link", name="Fatima Yilmaz").click()
    expect(page.get_by_text("Samen met anderen handwerken")).to_be_visible()
    expect(page.get_by_text("Liever bellen na tienen")).to_be_visible()
    expect(page.get_by_label("Opgepakt door")).to_have_value(str(browser_cast.connector_a.pk))
    page.get_by_role("button", name="Doorverwijzing accepteren").click()
    expect(page.locator(".bloei-messages")).to_contain_text(
        "De doorverwijzing is geaccepteerd; Anna Test werkt nu met de inwoner."
    )
    history = page.get_by_role("region", name="Geschiedenis")
    expect(history).to_contain_text("Doorverwezen door Gina Test")
    expect(history).to_contain_text("Geaccepteerd door Anna Test; opgepakt door Anna Test")
    assert Assignment.objects.filter(resident=fatima, user=browser_cast.connector_a, role="connector").exists()

    page.get_by_role("link", name="Bloei").click()
    expect(page.get_by_role("region", name="Doorverwijzingen", exact=True)).to_contain_text(
        "Geen nieuwe doorverwijzingen."
    )
    log_out(page)

    # The generalist sees the outcome.
    login(browser_cast.generalist_a)
    mine = page.get_by_role("region", name="Doorverwijzingen", exact=True)
    expect(mine.get_by_role("listitem").filter(has_text="Fatima Yilmaz")).to_contain_text("Geaccepteerd")


def _next_monday(days_ahead: int = 7):
    day = timezone.localdate() + timedelta(days=days_ahead)
    return day + timedelta(days=(7 - day.weekday()) % 7)


def test_a_signal_escalates_to_the_team_lead_and_a_generalist_acknowledges_it(browser_cast, login, page):
    fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    monday = _next_monday()
    deadline = add_working_days(monday, 2)
    with translation.override("nl"):
        deadline_text = date_format(deadline, "l j F Y")

    with time_machine.travel(datetime.combine(monday, time(10), tzinfo=AMS), tick=True) as clock:
        login(browser_cast.connector_a)
        signals = page.get_by_role("region", name="Signalen", exact=True)
        signals.get_by_role("link", name="Signaal melden").click()
        page.get_by_label("Inwoner", exact=True).select_option(str(fatima.pk))
        page.get_by_role("radio", name="Onveilige thuissituatie").check()
        expect(page.get_by_role("radio", name="Binnen twee werkdagen")).to_be_checked()
        page.get_by_label("Wat is er aan de hand?").fill("Buren horen 's nachts geschreeuw")
        assert serious_violations(page) == []
        page.get_by_role("button", name="Signaal doorgeven").click()
        expect(page.locator(".bloei-messages")).to_contain_text(
            f"Zij bevestigen het uiterlijk {deadline_text}."
        )
        expect(page.get_by_text("Wacht op bevestiging")).to_be_visible()
        signal = Signal.objects.get()
        assert signal.deadline == deadline and signal.raised_by == browser_cast.connector_a
        log_out(page)

        # Nobody acknowledges it. The morning after the deadline it is escalated, before any command has run.
        clock.move_to(datetime.combine(deadline + timedelta(days=1), time(9), tzinfo=AMS))
        login(browser_cast.team_lead_a)
        signals = page.get_by_role("region", name="Signalen", exact=True)
        expect(signals).to_contain_text("Naar jou geëscaleerd")
        escalated = signals.get_by_role("listitem").filter(has_text="Onveilige thuissituatie: Fatima Yilmaz")
        overdue = escalated.locator(".bloei-error")
        expect(overdue).to_contain_text("Te laat")
        color = overdue.evaluate("el => getComputedStyle(el).color")
        assert color == "rgb(176, 0, 32)"  # red
        assert serious_violations(page) == []
        escalated.get_by_role("link").click()
        expect(page.get_by_text("Geëscaleerd: niet op tijd bevestigd").first).to_be_visible()
        expect(page.get_by_text("Buren horen 's nachts geschreeuw")).to_be_visible()
        assert not AuditEvent.objects.filter(event="signal.escalated").exists()
        call_command("escalate_signals")
        call_command("escalate_signals")
        assert AuditEvent.objects.filter(event="signal.escalated").count() == 1
        log_out(page)

        # A generalist of the team acknowledges it from Vandaag.
        login(browser_cast.generalist_a)
        to_acknowledge = page.get_by_role("region", name="Signalen", exact=True)
        expect(to_acknowledge).to_contain_text("Te bevestigen")
        to_acknowledge.get_by_role("link", name="Onveilige thuissituatie: Fatima Yilmaz").click()
        page.get_by_label("Wat heb je gedaan, of wat ga je doen?").fill("Huisbezoek gedaan met de wijkagent")
        page.get_by_role("button", name="Signaal bevestigen").click()
        expect(page.locator(".bloei-messages")).to_contain_text("Het signaal is bevestigd.")
        expect(page.get_by_role("region", name="Geschiedenis")).to_contain_text(
            "Bevestigd door Gina Test: Huisbezoek gedaan met de wijkagent"
        )
        log_out(page)

        # The team lead no longer has it waiting; the connector who raised it sees it acknowledged.
        login(browser_cast.team_lead_a)
        expect(page.get_by_role("region", name="Signalen", exact=True)).to_contain_text("Geen geëscaleerde signalen.")
        log_out(page)
        login(browser_cast.connector_a)
        raised = page.get_by_role("region", name="Signalen", exact=True).get_by_role("listitem")
        expect(raised.filter(has_text="Fatima Yilmaz")).to_contain_text("Bevestigd")
