"""Browser tests: logging in, switching language, throttling."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_connector_logs_in_and_sees_the_today_page(browser_cast, login, page):
    login(browser_cast.connector_a)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vandaag")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_contain_text("Inwoners")


def test_wrong_password_shows_a_dutch_message(browser_cast, login, page):
    login(browser_cast.connector_a, password="verkeerd-wachtwoord")  # noqa: S106
    expect(page.get_by_role("alert")).to_contain_text("gebruikersnaam")


def test_switching_language_to_english_and_back(browser_cast, login, page):
    login(browser_cast.connector_a)
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Today")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("button", name="Nederlands").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vandaag")


def test_language_switch_works_on_the_login_page(live_server, browser_cast, page):
    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in to Bloei")
