"""Ranked suggestions in the browser: from a request, see suggestions with their reasons, dismiss one in place,
accept another, and find the proposed match on the resident's timeline.

In English (the language switch on the login page), so the test does not wait for the Dutch catalogue.
"""

from django.urls import reverse
from django.utils import translation

import pytest
from playwright.sync_api import expect

from bloei.matching.choices import DismissReason
from bloei.matching.models import Match, SuggestionFeedback
from bloei.matching.suggestion_selectors import suggestions_for
from bloei.matching.tests.factories import SignUpFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory

from .helpers import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_accept_a_suggestion_for_a_request_and_find_the_match_on_the_timeline(
    browser_cast, talents, password, live_server, page
):
    gardening = Talent.objects.get(slug="tuinieren")
    joke = ResidentFactory(first_name="Joke", last_name="Smit")
    request = SignUpFactory(resident=joke, title="Hulp in de tuin", description="Mijn tuin is overwoekerd")
    request.talents.add(gardening)
    kees = ResidentFactory(first_name="Kees", last_name="Hovenier")
    TalentScanFactory(
        resident=kees, good_at="Tuinieren en snoeien", wants_to_do="Iemand helpen met de tuin"
    ).talents.add(gardening)
    OpeningFactory(title="Vrijwilliger moestuin").talents.add(gardening)
    with translation.override("en"):
        expected = next(s for s in suggestions_for(browser_cast.connector_a, request, limit=10) if s.candidate == kees)
    reasons = " · ".join(str(reason) for reason in expected.reasons)
    assert reasons

    page.goto(f"{live_server.url}{reverse('accounts:login')}")
    page.get_by_role("button", name="English").click()
    page.get_by_label("Username").fill(browser_cast.connector_a.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Today")

    # The request's page loads its suggestions in a second step, each with why it is suggested.
    page.goto(f"{live_server.url}{reverse('matching:signup_detail', args=[request.uuid])}")
    panel = page.get_by_role("region", name="Suggestions")
    row = panel.get_by_role("listitem").filter(has=page.get_by_role("link", name="Kees Hovenier"))
    expect(row).to_contain_text(reasons)
    expect(row).to_contain_text("Resident – resident")
    assert serious_violations(page) == []

    # Dismiss the opening with a reason: swapped out in place (HTMX), the other suggestions stay.
    page.evaluate("window.stillTheSamePage = true")
    opening = panel.get_by_role("listitem").filter(has=page.get_by_role("link", name="Vrijwilliger moestuin"))
    opening.get_by_text("Dismiss…").click()
    dismiss = opening.get_by_role("form", name="Dismiss Vrijwilliger moestuin")
    dismiss.get_by_label("Why does it not fit?").select_option(label="Their times do not match")
    dismiss.get_by_role("button", name="Dismiss").click()
    panel = page.get_by_role("region", name="Suggestions")
    expect(panel.get_by_role("status")).to_contain_text("will not be suggested again here.")
    expect(panel.get_by_role("link", name="Vrijwilliger moestuin")).to_have_count(0)
    assert page.evaluate("window.stillTheSamePage") is True
    assert SuggestionFeedback.objects.get().reason == DismissReason.NO_TIME_MATCH

    # Accept: the proposed match is created and shown.
    row = panel.get_by_role("listitem").filter(has=page.get_by_role("link", name="Kees Hovenier"))
    row.get_by_role("button", name="Accept Kees Hovenier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Joke Smit with Kees Hovenier")
    expect(page.locator(".bloei-messages")).to_contain_text("The match has been proposed.")
    match = Match.objects.get()
    assert match.request == request and SuggestionFeedback.objects.get(decision="accepted").match == match

    # The resident's timeline has the proposed match, linked to it.
    page.goto(f"{live_server.url}{reverse('people:resident_detail', args=[joke.uuid])}")
    timeline = page.locator("#resident-timeline")
    entry = timeline.get_by_role("link", name="Match proposed with Kees Hovenier")
    expect(entry).to_be_visible()
    entry.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Joke Smit with Kees Hovenier")


def test_the_matching_round_and_the_learning_page_are_accessible(browser_cast, talents, password, live_server, page):
    gardening = Talent.objects.get(slug="tuinieren")
    SignUpFactory(title="Hulp in de tuin").talents.add(gardening)
    TalentScanFactory(good_at="Tuinieren").talents.add(gardening)
    page.goto(f"{live_server.url}{reverse('accounts:login')}")
    page.get_by_role("button", name="English").click()
    page.get_by_label("Username").fill(browser_cast.team_lead_a.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()

    page.get_by_text("More", exact=True).click()  # the matching round is behind "More" in the menu
    page.get_by_role("link", name="Matching round").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Matching round: WIJ Centrum")
    expect(page.get_by_role("heading", name="Top suggestions")).to_be_visible()  # loaded as the row showed
    expect(page.get_by_role("region", name="Top suggestions").get_by_role("listitem")).not_to_have_count(0)
    assert serious_violations(page) == []

    page.get_by_text("More", exact=True).click()
    page.get_by_role("link", name="Suggestion learning").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Suggestion learning")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Learn again").click()
    expect(page.locator(".bloei-messages")).to_contain_text("New weights learned from 0 decisions (version 1).")
