from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.accounts import selectors
from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, User
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.matching.choices import MatchKind, SignUpKind
from bloei.matching.models import FollowUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
OVERVIEW = reverse("accounts:team_overview")
AUDIT = reverse("accounts:team_audit")
NOT_LEADS = ["connector_a", "connector_b", "generalist_a", "analyst", "municipality", "admin", "no_role"]


@pytest.fixture(autouse=True)
def _english(client):
    """Pages in English, whether or not the Dutch messages are compiled."""
    client.cookies["django_language"] = "en"  # the language switch's cookie


def days_ago(n):
    return TODAY() - timedelta(days=n)


def _active_match(connector, *, kind=MatchKind.RESIDENT_RESIDENT, started_on=None, **kwargs):
    started_on = started_on or TODAY()
    match = MatchFactory(active=True, proposed_on=started_on, started_on=started_on, **kwargs)
    match.connectors.add(connector)
    return match


def _caseload(cast, buurt_b):
    """connector_a: 2 residents assigned now, 1 active match with 2 open follow-ups of which 1 overdue."""
    for resident in (ResidentFactory(), ResidentFactory()):
        Assignment.objects.create(resident=resident, user=cast.connector_a, started_on=days_ago(10))
    Assignment.objects.create(
        resident=ResidentFactory(), user=cast.connector_a, started_on=days_ago(20), ended_on=days_ago(5)
    )
    match = _active_match(cast.connector_a)
    FollowUp.objects.create(match=match, sequence=1, due_on=days_ago(3))
    FollowUp.objects.create(match=match, sequence=2, due_on=TODAY() + timedelta(days=30))
    FollowUp.objects.create(match=match, sequence=3, due_on=days_ago(40), done_on=days_ago(39), outcome="going_well")
    ended = MatchFactory(ended=True)
    ended.connectors.add(cast.connector_a)
    # Team Stratum's overdue follow-up stays out of team Centrum's page.
    theirs = _active_match(
        cast.connector_b, resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b)
    )
    FollowUp.objects.create(match=theirs, sequence=1, due_on=days_ago(9))
    return match


class TestSelectors:
    def test_caseload_per_staff_member(self, cast, buurt_b):
        _caseload(cast, buurt_b)
        rows = {user.username: user for user in selectors.team_caseload(cast.team_a)}
        assert set(rows) == {"connector_a", "generalist_a", "team_lead_a"}
        anna = rows["connector_a"]
        assert (anna.residents, anna.active_matches, anna.pending_follow_ups, anna.overdue_follow_ups) == (2, 1, 2, 1)
        assert (rows["generalist_a"].residents, rows["generalist_a"].active_matches) == (0, 0)

    def test_a_member_who_left_the_team_is_not_listed(self, cast):
        Membership.objects.filter(user=cast.generalist_a).update(started_on=days_ago(30), ended_on=days_ago(1))
        assert "generalist_a" not in {u.username for u in selectors.team_caseload(cast.team_a)}

    def test_open_signups_count_and_oldest(self, cast, buurt_b):
        SignUpFactory(opened_on=days_ago(30))
        SignUpFactory(opened_on=days_ago(3))
        SignUpFactory(kind=SignUpKind.OFFER, status="matched", opened_on=days_ago(50), closed_on=days_ago(2))
        SignUpFactory(resident=ResidentFactory(buurt=buurt_b), opened_on=days_ago(99))
        rows = {row.kind: row for row in selectors.team_open_signups(cast.team_a)}
        assert (rows["request"].count, rows["request"].oldest_opened_on, rows["request"].waiting_days) == (
            2,
            days_ago(30),
            30,
        )
        assert (rows["offer"].count, rows["offer"].oldest_opened_on) == (0, None)

    def test_matches_started_this_year_by_kind(self, cast):
        _active_match(cast.connector_a)
        _active_match(cast.connector_a, started_on=TODAY().replace(month=1, day=1) - timedelta(days=1))
        counts = {kind: n for kind, _label, n in selectors.team_matches_started(cast.team_a, TODAY().year)}
        assert counts == {MatchKind.RESIDENT_RESIDENT: 1, MatchKind.RESIDENT_PLACE: 0, MatchKind.PLACE_PLACE: 0}

    def test_a_lead_of_team_a_cannot_ask_for_team_b(self, cast):
        from django.http import Http404

        assert selectors.team_for_lead(cast.team_lead_a, None) == cast.team_a
        assert selectors.team_for_lead(cast.team_lead_a, "centrum") == cast.team_a
        with pytest.raises(Http404):
            selectors.team_for_lead(cast.team_lead_a, "stratum")


class TestTeamOverview:
    def test_the_team_lead_sees_caseload_waiting_signups_overdue_follow_ups_and_matches(self, client, cast, buurt_b):
        match = _caseload(cast, buurt_b)
        SignUpFactory(opened_on=days_ago(30))
        client.force_login(cast.team_lead_a)
        page = client.get(OVERVIEW).content.decode()
        assert f"Team {cast.team_a.name}" in page
        assert "Anna Test" in page and '<span class="bloei-badge bloei-badge--warn">1</span>' in page
        assert "30 days" in page
        assert reverse("matching:match_detail", args=[match.uuid]) in page
        assert "Bram Test" not in page  # connector of team Stratum
        assert page.count("number 1") == 1  # only team Centrum's overdue follow-up

    def test_another_team_is_404(self, client, cast):
        client.force_login(cast.team_lead_a)
        assert client.get(OVERVIEW, {"team": "stratum"}).status_code == 404
        assert client.get(OVERVIEW, {"team": "nope"}).status_code == 404

    def test_a_lead_of_two_teams_can_switch(self, client, cast):
        Membership.objects.create(user=cast.team_lead_a, team=cast.team_b, role=Role.TEAM_LEAD)
        user = User.objects.get(pk=cast.team_lead_a.pk)
        client.force_login(user)
        page = client.get(OVERVIEW, {"team": "stratum"}).content.decode()
        assert "Bram Test" in page and 'value="centrum"' in page

    @pytest.mark.parametrize("role", NOT_LEADS)
    def test_other_roles_get_403(self, client, cast, role):
        client.force_login(cast.roles()[role])
        assert client.get(OVERVIEW).status_code == 403

    def test_query_count_does_not_grow_with_the_team(self, client, cast, buurt_b, django_assert_max_num_queries):
        _caseload(cast, buurt_b)
        client.force_login(cast.team_lead_a)
        with django_assert_max_num_queries(12):
            client.get(OVERVIEW)
        for n in range(5):
            user = User.objects.create(username=f"extra{n}")
            Membership.objects.create(user=user, team=cast.team_a, role=Role.CONNECTOR)
            match = _active_match(user)
            FollowUp.objects.create(match=match, sequence=1, due_on=days_ago(2))
            SignUpFactory()
        with django_assert_max_num_queries(12):
            client.get(OVERVIEW)


class TestTeamAudit:
    def _events(self, cast, buurt_b):
        resident = ResidentFactory()
        record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=resident)
        record_event(by=cast.connector_a, action="change", event="resident.changed", obj=resident)
        outsider = ResidentFactory(buurt=buurt_b)
        record_event(by=cast.connector_b, action="view", event="resident.viewed", obj=outsider)
        return resident, outsider

    def test_the_team_lead_sees_who_did_what_with_a_link_to_the_resident(self, client, cast, buurt_b):
        resident, outsider = self._events(cast, buurt_b)
        client.force_login(cast.team_lead_a)
        page = client.get(AUDIT).content.decode()
        assert "resident.viewed" in page and "resident.changed" in page and "Anna Test" in page
        assert reverse("people:resident_detail", args=[resident.uuid]) in page
        assert outsider.full_name not in page and "Bram Test" not in page
        assert "2 events" in page

    def test_filters_by_action_and_period(self, client, cast, buurt_b):
        resident, _outsider = self._events(cast, buurt_b)
        AuditEvent.objects.create(
            at=datetime(2020, 5, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")),
            actor=cast.connector_a,
            action="view",
            event="resident.viewed_long_ago",
            content_type=ContentType.objects.get_for_model(resident),
            object_id=str(resident.pk),
            resident=resident,
            team=cast.team_a,
        )
        client.force_login(cast.team_lead_a)
        page = client.get(AUDIT, {"action": "change"}).content.decode()
        assert "resident.changed" in page and "resident.viewed" not in page
        page = client.get(AUDIT, {"start": "2020-04-01", "end": "2020-05-31"}).content.decode()
        assert "resident.viewed_long_ago" in page and "resident.changed" not in page
        page = client.get(AUDIT, {"start": "2020-05-31", "end": "2020-04-01"}).content.decode()
        assert "The end of the period is before its start." in page

    def test_is_paginated(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        resident = ResidentFactory()
        for n in range(3):
            record_event(by=cast.connector_a, action="view", event=f"resident.viewed{n}", obj=resident)
        client.force_login(cast.team_lead_a)
        first = client.get(AUDIT).content.decode()
        second = client.get(AUDIT, {"page": 2}).content.decode()
        assert "resident.viewed2" in first and "resident.viewed0" not in first
        assert "resident.viewed0" in second

    def test_another_team_is_404_and_other_roles_403(self, client, cast):
        client.force_login(cast.team_lead_a)
        assert client.get(AUDIT, {"team": "stratum"}).status_code == 404
        for role in NOT_LEADS:
            client.force_login(cast.roles()[role])
            assert client.get(AUDIT).status_code == 403, role

    def test_query_count_is_constant(self, client, cast, django_assert_max_num_queries):
        resident = ResidentFactory()
        record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=resident)
        client.force_login(cast.team_lead_a)
        with django_assert_max_num_queries(9):
            client.get(AUDIT)
        for _ in range(10):
            other = ResidentFactory()
            record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=other)
        with django_assert_max_num_queries(9):
            client.get(AUDIT)
