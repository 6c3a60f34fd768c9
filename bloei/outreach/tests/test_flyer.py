"""The ambassador's flyer: a real PDF, in Dutch and in English, with no personal data but a first name.

pdftotext is not installed here, so the text is checked on the HTML the PDF is rendered from (captured
while the real PDF is made).
"""

import re

from django.urls import reverse
from django.utils.html import strip_tags

import pytest

from bloei.core import pdf
from bloei.core.models import AuditEvent
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendered(monkeypatch):
    """The HTML of every PDF made during the test, in order."""
    pages = []
    real = pdf.render_to_string

    def capture(*args, **kwargs):
        html = real(*args, **kwargs)
        pages.append(html)
        return html

    monkeypatch.setattr(pdf, "render_to_string", capture)
    return pages


@pytest.fixture
def amira(buurt_a):
    return ResidentFactory(
        first_name="Amira",
        last_name="Bakkal",
        street="Vrijstraat",
        house_number="17",
        postcode="5611AT",
        phone="0612345678",
        email="amira@example.org",
        birth_year=1971,
        is_ambassador=True,
    )


def _text(html: str) -> str:
    return " ".join(strip_tags(re.sub(r"<style.*?</style>", "", html, flags=re.S)).split())


@pytest.mark.parametrize(
    "language, expected",
    [
        ("nl", ["Binnenstad", "Wat het wijkteam doet", "Uw talenten", "Amira is ambassadeur van Bloei in Binnenstad"]),
        ("en", ["Binnenstad", "What the neighbourhood team does", "Your talents", "Amira is an ambassador of Bloei"]),
    ],
)
def test_the_flyer_is_a_pdf_in_the_language_asked_for(client, cast, amira, rendered, language, expected):
    client.force_login(cast.connector_a)
    answer = client.get(reverse("outreach:ambassador_flyer", args=[amira.uuid]), {"taal": language})
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")
    assert answer["Content-Disposition"] == f'attachment; filename="flyer-binnenstad-{language}.pdf"'
    [html] = rendered
    assert f'<html lang="{language}">' in html
    text = _text(html)
    for words in expected:
        assert words in text
    assert "WIJ Centrum" in text  # the team's contact
    event = AuditEvent.objects.get(event="ambassador.flyer_printed")
    assert event.detail == {"language": language} and event.resident_id == amira.pk


def test_the_flyer_holds_no_other_personal_data(client, cast, amira, rendered):
    client.force_login(cast.team_lead_a)
    for language in ("nl", "en"):
        client.get(reverse("outreach:ambassador_flyer", args=[amira.uuid]), {"taal": language})
    assert len(rendered) == 2
    for html in rendered:
        for personal in ("Bakkal", "Vrijstraat", "5611", "0612345678", "amira@example.org", "1971", str(amira.uuid)):
            assert personal not in html


def test_the_page_language_is_used_without_a_choice(client, cast, amira, rendered):
    client.force_login(cast.connector_a)
    client.cookies["django_language"] = "en"
    client.get(reverse("outreach:ambassador_flyer", args=[amira.uuid]))
    assert "What the neighbourhood team does" in rendered[0]


def test_an_unknown_language_is_refused(client, cast, amira, rendered):
    client.force_login(cast.connector_a)
    answer = client.get(reverse("outreach:ambassador_flyer", args=[amira.uuid]), {"taal": "xx"})
    assert answer.status_code == 400 and rendered == []
    assert not AuditEvent.objects.filter(event="ambassador.flyer_printed").exists()


def test_without_a_buurt_there_is_no_flyer(client, cast, rendered):
    ambassador = ResidentFactory(is_key_figure=True, buurt=None, team=cast.team_a)
    client.force_login(cast.connector_a)
    answer = client.get(reverse("outreach:ambassador_flyer", args=[ambassador.uuid]), {"taal": "nl"})
    assert answer.status_code == 302 and rendered == []


@pytest.mark.parametrize("role, status", [("connector_b", 404), ("generalist_a", 404), ("analyst", 403)])
def test_others_get_no_flyer(client, cast, amira, rendered, role, status):
    client.force_login(cast.roles()[role])
    answer = client.get(reverse("outreach:ambassador_flyer", args=[amira.uuid]), {"taal": "nl"})
    assert answer.status_code == status and rendered == []
