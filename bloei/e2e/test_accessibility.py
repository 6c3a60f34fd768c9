"""axe-core on the main pages: no serious or critical violations of WCAG 2.0/2.1 level A and AA."""

import pytest
from playwright.sync_api import expect

from bloei.matching.services import activate_match
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ContactMomentFactory, ResidentFactory, TalentScanFactory

from .helpers import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_login_page_is_accessible(browser_cast, page, url):
    page.goto(url("accounts:login"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert serious_violations(page) == []


def test_the_casework_pages_are_accessible(browser_cast, talents, login, page, url):
    """Each page with content on it (lists, badges, forms with help texts), so axe has something to check."""
    joke = ResidentFactory(first_name="Joke", last_name="Smit")
    kees = ResidentFactory(first_name="Kees", last_name="Hovenier")
    scan = TalentScanFactory(resident=joke, happy_with="Buiten zijn")
    scan.talents.set(Talent.objects.filter(slug__in=["tuinieren", "koken"]))
    ContactMomentFactory(resident=joke)
    SignUpFactory(resident=joke)
    match = MatchFactory(resident_a=joke, resident_b=kees)
    activate_match(match=match, by=browser_cast.connector_a)  # follow-ups planned: their forms are on the page
    login(browser_cast.connector_a)

    pages = {
        "Vandaag": (url("core:home"), "Vandaag"),
        "Inwoners": (url("people:resident_list"), "Inwoners"),
        "Inwoner": (url("people:resident_detail", joke.uuid), "Joke Smit"),
        "Talentenscan stap 1": (url("people:talentscan_create", joke.uuid), "Talentenscan"),
        "Match": (url("matching:match_detail", match.uuid), "Joke Smit met Kees Hovenier"),
    }
    found = {}
    for name, (address, heading) in pages.items():
        page.goto(address)
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        found[name] = serious_violations(page)
    assert {name: violations for name, violations in found.items() if violations} == {}
