"""The "Today" start page (core:home), built on matching.selectors.today_for."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.core.services import record_event
from bloei.matching.models import FollowUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db


def days_ago(n):
    return timezone.localdate() - timedelta(days=n)


@pytest.fixture
def login(client):
    def login_as(user):
        client.force_login(user)
        client.cookies["django_language"] = "en"  # the language switch's cookie
        return client

    return login_as


def running_match(*connectors, due_in, **kwargs):
    match = MatchFactory(active=True, **kwargs)
    match.connectors.add(*connectors)
    FollowUp.objects.create(match=match, sequence=1, due_on=timezone.localdate() + timedelta(days=due_in))
    return match


def test_a_connector_sees_follow_ups_signups_waiting_list_and_recent_residents(cast, login, buurt_b):
    overdue = running_match(cast.connector_a, due_in=-4)
    due = running_match(cast.connector_a, due_in=2)
    not_mine = running_match(due_in=-4)
    new = SignUpFactory(title="Zoekt een wandelmaatje", opened_on=days_ago(2))
    waiting = SignUpFactory(title="Wil Nederlands oefenen", opened_on=days_ago(70))
    stratum = SignUpFactory(title="Vraag uit Stratum", resident=ResidentFactory(buurt=buurt_b))
    recent = ResidentFactory(first_name="Recentje")
    record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=recent)

    response = login(cast.connector_a).get(reverse("core:home"))
    assert response.status_code == 200
    page = response.content.decode()
    overdue_part, due_part = page.split("Due within a week")
    assert overdue.resident_a.full_name in overdue_part
    assert reverse("matching:match_detail", args=[overdue.uuid]) in page
    assert due.resident_a.full_name in due_part
    assert not_mine.resident_a.full_name not in page
    assert new.title in page and waiting.title in page and "70 days" in page
    assert "2 sign-ups on your team" in page
    assert stratum.title not in page
    assert reverse("people:resident_detail", args=[recent.uuid]) in page


def test_a_team_lead_sees_the_follow_ups_of_the_team(cast, login):
    unassigned = running_match(due_in=-1)
    page = login(cast.team_lead_a).get(reverse("core:home")).content.decode()
    assert unassigned.resident_a.full_name in page and "of your team" in page


def test_an_empty_day(cast, login):
    page = login(cast.generalist_a).get(reverse("core:home")).content.decode()
    assert "No follow-ups due this week." in page and "Nobody is waiting." in page
    assert "Propose match" not in page  # a generalist does not make matches


@pytest.mark.parametrize(
    ("role", "target"),
    [("analyst", "core:figures"), ("municipality", "core:figures"), ("admin", "admin:index")],
)
def test_roles_without_casework_are_sent_to_their_own_start(cast, login, role, target):
    response = login(cast.roles()[role]).get(reverse("core:home"))
    assert response.status_code == 302 and response["Location"] == reverse(target)


def test_a_user_without_a_role_is_refused(cast, login):
    assert login(cast.no_role).get(reverse("core:home")).status_code == 403


def test_the_page_takes_the_same_number_of_queries_however_busy_the_day(cast, login):
    client = login(cast.team_lead_a)

    def add_day():
        running_match(cast.team_lead_a, due_in=-2)
        running_match(due_in=1, kind="resident_place", resident_b=None, place=True)
        signup = SignUpFactory(opened_on=days_ago(3))
        record_event(by=cast.team_lead_a, action="view", event="resident.viewed", obj=signup.resident)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("core:home")).status_code == 200
        return len(captured)

    add_day()
    quiet = queries()
    for _ in range(5):
        add_day()
    assert queries() == quiet
