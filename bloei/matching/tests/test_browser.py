"""The match flow and a follow-up in a real browser: the HTMX search and the HTMX follow-up form."""

from django.urls import reverse

import pytest
from playwright.sync_api import expect

from bloei.people.tests.factories import ResidentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_propose_start_and_follow_up_a_match(browser_cast, password, live_server, page):
    joke = ResidentFactory(first_name="Joke", last_name="Smit")
    ResidentFactory(first_name="Kees", last_name="Hovenier")
    page.goto(f"{live_server.url}{reverse('accounts:login')}")
    page.get_by_role("button", name="English").click()  # English pages, whether or not Dutch is compiled
    page.get_by_label("Username").fill(browser_cast.connector_a.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Today")

    page.goto(f"{live_server.url}{reverse('matching:match_create')}?resident={joke.uuid}")
    page.get_by_role("link", name="Resident – resident").click()
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label("Search by name, talent or buurt").press_sequentially("hoven")
    page.get_by_role("link", name="Kees Hovenier").click()  # found by HTMX while typing
    page.get_by_label("What the match is about").fill("Samen tuinieren")
    page.get_by_role("button", name="Propose match").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Joke Smit with Kees Hovenier")
    page.get_by_role("button", name="Start the match").click()
    expect(page.get_by_role("button", name="Record follow-up")).to_have_count(1)  # the next one, later ones planned

    page.evaluate("window.stillTheSamePage = true")
    first = page.locator("section.bloei-card", has=page.get_by_role("heading", name="Follow-up 1"))
    first.get_by_label("Still going, going well").check()
    first.get_by_label("Note").fill("Ze zien elkaar elke week")
    first.get_by_role("button", name="Record follow-up").click()
    expect(first.get_by_text("Ze zien elkaar elke week")).to_be_visible()
    second = page.locator("section.bloei-card", has=page.get_by_role("heading", name="Follow-up 2"))
    expect(second.get_by_role("button", name="Record follow-up")).to_be_visible()  # swapped in out of band
    expect(page.get_by_role("button", name="Record follow-up")).to_have_count(1)
    assert page.evaluate("window.stillTheSamePage") is True  # swapped in place, no reload
