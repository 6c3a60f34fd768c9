"""The printable plan: a real PDF, in the reader's language, with residents present only as numbers."""

import shutil
import subprocess

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.community.tests.factories import ActivityFactory
from bloei.core import pdf
from bloei.people.tests.factories import ResidentFactory
from bloei.plans import services

from .factories import MeetingFactory, PlanFactory, PriorityFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def rendered(monkeypatch):
    """The HTML each PDF was made from, in order."""
    pages = []
    original = pdf.render_to_string

    def capture(*args, **kwargs):
        html = original(*args, **kwargs)
        pages.append(html)
        return html

    monkeypatch.setattr(pdf, "render_to_string", capture)
    return pages


def pdf_text(content: bytes, html: str) -> str:
    """The text of the PDF with pdftotext when it is installed, else the HTML it was rendered from."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        return subprocess.run(  # noqa: S603 (a fixed tool on PDF bytes we made)
            [pdftotext, "-layout", "-", "-"], input=content, capture_output=True, check=True
        ).stdout.decode()
    return html


@pytest.fixture
def plan(cast):
    plan = PlanFactory(adopted=True, summary="Samen tegen eenzaamheid in Centrum")
    priority = PriorityFactory(plan=plan, theme="Ouderen ontmoeten elkaar", figures=["population"])
    services.add_progress(priority=priority, by=cast.connector_a, status="on_track", text="Twintig bezoekers per week")
    services.link_item(plan=plan, by=cast.connector_a, item=ActivityFactory(title="Koffieochtend"), priority=priority)
    meeting = MeetingFactory(plan=plan, other_attendees=17, notes="Mevrouw Jansen wil helpen")
    meeting.residents.add(
        ResidentFactory(first_name="Fatima", last_name="Yilmaz"), ResidentFactory(first_name="Joost", last_name="Smit")
    )
    meeting.staff.add(cast.connector_a)
    evaluation = services.record_evaluation(
        plan=plan,
        by=cast.connector_a,
        held_on=TODAY(),
        went_well="De koffieochtenden",
        went_badly="Jongeren bereikten we niet",
        residents=[ResidentFactory(first_name="Karin", last_name="Visser")],
        other_attendees=22,
        carried_over=[priority],
        next_year_goals="Jongeren betrekken",
    )
    assert evaluation.residents.count() == 1
    return plan


@pytest.mark.parametrize("role", ["connector_a", "generalist_a", "team_lead_a"])
def test_the_team_downloads_a_pdf_without_resident_names(client, cast, plan, rendered, role):
    client.cookies["django_language"] = "en"
    client.force_login(cast.roles()[role])
    response = client.get(reverse("plans:plan_pdf", args=[plan.uuid]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == f'attachment; filename="wijkplan-centrum-{plan.year}.pdf"'
    text = pdf_text(response.content, rendered[-1])
    for expected in (
        f"Neighbourhood plan Centrum {plan.year}",
        "Samen tegen eenzaamheid in Centrum",
        "Ouderen ontmoeten elkaar",
        "Twintig bezoekers per week",
        "Koffieochtend",
        "Inhabitants (CBS)",
        "Jongeren bereikten we niet",
        "New goal: Jongeren betrekken",
        "with 1 registered residents and 22 other attendees",
    ):
        assert expected in text
    for name in ("Fatima", "Yilmaz", "Joost", "Smit", "Karin", "Visser", "Jansen", "Anna"):
        assert name not in text  # residents, meeting notes and staff names stay in Bloei


def test_the_meeting_shows_numbers_only(client, cast, plan, rendered):
    client.cookies["django_language"] = "en"
    client.force_login(cast.connector_a)
    client.get(reverse("plans:plan_pdf", args=[plan.uuid]))
    html = rendered[-1]
    row = html[html.index("Meetings with residents") :]
    cells = row[row.index("<tbody>") : row.index("</tbody>")]
    assert '<td class="num">1</td><td class="num">2</td><td class="num">17</td>' in cells


def test_the_pdf_is_in_the_readers_language(client, cast, plan, rendered):
    client.force_login(cast.connector_a)
    response = client.get(reverse("plans:plan_pdf", args=[plan.uuid]))
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content, rendered[-1])
    assert f"Wijkplan Centrum {plan.year}" in text and "Nieuw doel: Jongeren betrekken" in text
    assert '<html lang="nl">' in rendered[-1]


def test_other_teams_and_roles_get_no_pdf(client, cast, plan):
    url = reverse("plans:plan_pdf", args=[plan.uuid])
    client.force_login(cast.connector_b)
    assert client.get(url).status_code == 404
    client.force_login(cast.municipality)
    assert client.get(url).status_code == 403
