"""A match through its whole life in the browser, in Dutch: from a resident's request to the end, with a follow-up.

bloei/matching/tests/test_browser.py covers proposing from a resident and the out-of-band swap of the next
follow-up (in English); this test covers the rest of the life: the request on the waiting list, the kind of
match, introducing, starting, a follow-up, ending with a reason, the history and the request being matched.
"""

import pytest
from playwright.sync_api import expect

from bloei.geo.models import Buurt
from bloei.matching.choices import EndReason, FollowUpOutcome, MatchStatus
from bloei.matching.models import Match
from bloei.people.tests.factories import ResidentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_match_from_request_to_end_with_a_follow_up(browser_cast, login, page, url):
    joke = ResidentFactory(first_name="Joke", last_name="Smit")
    ResidentFactory(first_name="Kees", last_name="Hovenier")
    stratum = Buurt.objects.get(code="BU07722110")
    ResidentFactory(first_name="Karin", last_name="Hovens", buurt=stratum)  # another team's: never found
    login(browser_cast.connector_a)

    # The resident asks for help: a request on the waiting list.
    page.goto(url("people:resident_detail", joke.uuid))
    page.get_by_role("link", name="Hulpvraag toevoegen").click()
    expect(page.get_by_role("radio", name="vraagt iets (hulpvraag)")).to_be_checked()
    page.get_by_label("In het kort").fill("Hulp in de tuin")
    page.get_by_role("button", name="Op de wachtlijst zetten").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De aanmelding staat op de wachtlijst.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hulpvraag: Hulp in de tuin")
    expect(page.get_by_text("Nog geen match.")).to_be_visible()

    # Propose a match: the kind, then the other resident found by the (HTMX) search, then confirm.
    page.get_by_role("link", name="Match voorstellen").click()
    page.get_by_role("link", name="Inwoner – inwoner").click()
    expect(page.get_by_role("heading", name="Met welke inwoner?")).to_be_visible()
    page.evaluate("window.stillTheSamePage = true")
    search = page.get_by_role("search", name="De andere kant van de match zoeken")
    search.get_by_label("Zoek op naam, talent of buurt").press_sequentially("hoven")
    results = page.locator("#counterpart-results")
    expect(results.get_by_role("link", name="Kees Hovenier")).to_be_visible()
    expect(results).not_to_contain_text("Karin Hovens")  # another team's resident is not found
    assert page.evaluate("window.stillTheSamePage") is True  # results came in by HTMX, no reload
    results.get_by_role("link", name="Kees Hovenier").click()

    expect(page.get_by_label("Voor de hulpvraag")).to_have_value(str(joke.signups.get().pk))
    page.get_by_label("Waar de match over gaat").fill("Kees helpt Joke met snoeien")
    page.get_by_role("button", name="Match voorstellen").click()

    expect(page.locator(".bloei-messages")).to_contain_text("De match is voorgesteld.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Joke Smit met Kees Hovenier")
    expect(page.locator(".bloei-badge").first).to_have_text("Voorgesteld")

    # Introduce: the connector went along the first time.
    introduce = page.get_by_role("form", name="Kennismaking vastleggen")
    introduce.get_by_label("Notitie").fill("Samen koffie gedronken bij Joke")
    introduce.get_by_role("button", name="Kennismaking vastleggen").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De kennismaking is vastgelegd.")
    expect(page.locator(".bloei-badge").first).to_have_text("Kennisgemaakt")
    expect(page.get_by_role("form", name="Kennismaking vastleggen")).to_have_count(0)

    # Start: the follow-ups are planned, the first one can be recorded.
    page.get_by_role("form", name="Match starten").get_by_role("button", name="Match starten").click()
    expect(page.locator(".bloei-messages")).to_contain_text("De match is gestart. De opvolgingen zijn gepland.")
    expect(page.locator(".bloei-badge").first).to_have_text("Actief")

    # Record the first follow-up in place (HTMX).
    page.evaluate("window.stillTheSamePage = true")
    first = page.get_by_role("region", name="Opvolging 1")
    first.get_by_role("radio", name="Loopt nog, gaat goed").check()
    first.get_by_label("Notitie").fill("Ze zien elkaar elke week")
    first.get_by_role("button", name="Opvolging vastleggen").click()
    expect(first.get_by_role("status")).to_contain_text("Loopt nog, gaat goed")
    expect(first).to_contain_text("Ze zien elkaar elke week")
    expect(first.get_by_role("button", name="Opvolging vastleggen")).to_have_count(0)
    expect(page.get_by_role("region", name="Opvolging 2").get_by_role("button")).to_have_text("Opvolging vastleggen")
    assert page.evaluate("window.stillTheSamePage") is True

    # End with a reason; the page shows the status, the reason and the whole history.
    end = page.get_by_role("form", name="Match beëindigen")
    end.get_by_role("button", name="Match beëindigen").click()  # without a reason: refused
    expect(end.get_by_label("Reden")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".bloei-badge").first).to_have_text("Actief")
    end = page.get_by_role("form", name="Match beëindigen")
    end.get_by_label("Reden").select_option(label="Doel bereikt, afgerond")
    end.get_by_label("Notitie").fill("De tuin is klaar")
    end.get_by_role("button", name="Match beëindigen").click()

    expect(page.locator(".bloei-messages")).to_contain_text("De match is beëindigd.")
    expect(page.locator(".bloei-badge").first).to_have_text("Beëindigd")
    expect(page.get_by_role("form", name="Match beëindigen")).to_have_count(0)
    expect(page.get_by_role("button", name="Opvolging vastleggen")).to_have_count(0)
    expect(page.get_by_role("definition").filter(has_text="Doel bereikt")).to_have_text(
        "Doel bereikt, afgerond: De tuin is klaar"
    )
    history = page.get_by_role("region", name="Geschiedenis").get_by_role("listitem")
    expect(history).to_have_count(4)
    for i, status in enumerate(["Voorgesteld", "Kennisgemaakt", "Actief", "Beëindigd"]):
        expect(history.nth(i)).to_contain_text(status)
    expect(history.nth(1)).to_contain_text("Samen koffie gedronken bij Joke")

    match = Match.objects.get()
    assert match.status == MatchStatus.ENDED and match.end_reason == EndReason.GOAL_REACHED
    assert match.follow_ups.get(sequence=1).outcome == FollowUpOutcome.GOING_WELL

    # The request is off the waiting list, matched, with this match.
    page.get_by_role("link", name="Hulp in de tuin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hulpvraag: Hulp in de tuin")
    expect(page.locator(".bloei-badge").first).to_have_text("Gematcht")
    expect(page.get_by_role("region", name="Matches").get_by_role("listitem")).to_contain_text(
        "Joke Smit met Kees Hovenier Beëindigd"
    )
