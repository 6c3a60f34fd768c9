"""Outreach in a real browser, in Dutch: record a floor round, link the residents who signed up, see the
reach line; and download an ambassador's flyer."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from bloei.outreach.models import OutreachRound
from bloei.people.tests.factories import ResidentFactory

from .helpers import PHONE, scrolls_sideways, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_connector_records_a_floor_round_with_sign_ups(browser_cast, login, page, url):
    ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    ResidentFactory(first_name="Henk", last_name="Yildiz")
    login(browser_cast.connector_a)

    page.goto(url("outreach:round_list"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Outreachrondes")
    page.get_by_role("link", name="Ronde vastleggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ronde vastleggen")
    page.get_by_label("Soort outreach").select_option(label="Etagegesprekken in een flat")
    page.get_by_label("Buurt").select_option(label="Binnenstad")
    page.get_by_label("Straat of gebouw").fill("Flat De Toren")
    page.get_by_label("Bezochte etages").fill("5")
    page.get_by_label("Benaderde woningen").fill("58")
    page.get_by_label("Bereikte woningen").fill("60")
    page.get_by_label("Gevoerde gesprekken").fill("20")
    expect(page.get_by_role("checkbox", name=browser_cast.connector_a.get_full_name())).to_be_checked()
    page.get_by_label("Opgehaalde wensen").fill("Moestuin: 3\nTaalcafé")
    page.get_by_role("button", name="Ronde vastleggen").click()

    # More homes reached than approached: refused, in Dutch, next to the field; nothing saved.
    expect(page.get_by_text("Meer woningen bereikt dan benaderd.")).to_be_visible()
    assert not OutreachRound.objects.exists()
    page.get_by_label("Bereikte woningen").fill("25")
    page.get_by_role("button", name="Ronde vastleggen").click()

    expect(page.locator(".bloei-messages")).to_contain_text("De outreachronde is vastgelegd.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Etagegesprekken in een flat · Binnenstad")
    reach = page.locator(".bloei-reach")
    expect(reach).to_contain_text("5 etages, 25 van 58 woningen bereikt, 20 gesprekken, 0 aanmeldingen")
    expect(page.get_by_text("Nog niemand gekoppeld.")).to_be_visible()
    expect(page.get_by_role("region", name="Opgehaalde wensen")).to_contain_text("Moestuin (3 keer gehoord)")

    # Two residents signed up afterwards: find each and link them.
    for name in ("Fatima Yilmaz", "Henk Yildiz"):
        page.get_by_role("search", name="Inwoner koppelen die zich aanmeldde").get_by_label("Inwoner zoeken").fill(
            name.split()[0]
        )
        page.get_by_role("button", name="Zoeken").click()
        page.get_by_role("button", name=f"{name} koppelen").click()
        expect(page.locator(".bloei-messages")).to_contain_text("De aanmelding is aan de ronde gekoppeld.")

    expect(reach).to_contain_text("5 etages, 25 van 58 woningen bereikt, 20 gesprekken, 2 aanmeldingen")
    signed_up = page.get_by_role("region", name="Daarna aangemeld")
    expect(signed_up.get_by_role("link", name="Fatima Yilmaz")).to_be_visible()
    expect(signed_up.get_by_role("link", name="Henk Yildiz")).to_be_visible()
    assert serious_violations(page) == []

    # The round in the list and in the figures per kind.
    page.goto(url("outreach:round_list"))
    expect(page.get_by_role("table")).to_contain_text(
        "5 etages, 25 van 58 woningen bereikt, 20 gesprekken, 2 aanmeldingen"
    )
    page.get_by_role("link", name="Bereik per soort outreach").click()
    row = page.get_by_role("row", name="Etagegesprekken in een flat")
    expect(row).to_contain_text("43%")
    expect(page.get_by_role("region", name="Meest gehoorde wensen")).to_contain_text("Moestuin")
    assert serious_violations(page) == []

    saved = OutreachRound.objects.get()
    assert (saved.floors, saved.homes_approached, saved.homes_reached, saved.signups.count()) == (5, 58, 25, 2)


@pytest.mark.browser_context_args(**PHONE, accept_downloads=True)
def test_a_connector_downloads_an_ambassadors_flyer_on_a_phone(browser_cast, login, page, url, tmp_path):
    amira = ResidentFactory(first_name="Amira", last_name="Bakkal", is_ambassador=True)
    ResidentFactory(first_name="Sanne", last_name="Vos", referred_by=amira)
    login(browser_cast.connector_a)

    page.goto(url("outreach:ambassador_list"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ambassadeurs en sleutelfiguren")
    page.get_by_role("link", name="Amira Bakkal").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Amira Bakkal")
    expect(page.get_by_role("link", name="Sanne Vos")).to_be_visible()
    assert not scrolls_sideways(page), "the ambassador page scrolls sideways on a phone"
    assert serious_violations(page) == []

    for link, language in (("Flyer in het Nederlands (pdf)", "nl"), ("Flyer in het Engels (pdf)", "en")):
        with page.expect_download() as download:
            page.get_by_role("link", name=link).click()
        assert download.value.suggested_filename == f"flyer-binnenstad-{language}.pdf"
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert Path(saved).read_bytes().startswith(b"%PDF")
