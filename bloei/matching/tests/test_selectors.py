from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from bloei.accounts.models import User
from bloei.core.services import record_event
from bloei.matching import selectors
from bloei.matching.choices import SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def days_ago(n):
    return timezone.localdate() - timedelta(days=n)


def running_match(connector=None, *, due_in, resident_kwargs=None, **kwargs):
    """An active match with one pending follow-up due `due_in` days from today (negative: overdue)."""
    a = ResidentFactory(**(resident_kwargs or {}))
    match = MatchFactory(active=True, resident_a=a, resident_b=ResidentFactory(**(resident_kwargs or {})), **kwargs)
    if connector is not None:
        match.connectors.add(connector)
    FollowUp.objects.create(match=match, sequence=1, due_on=timezone.localdate() + timedelta(days=due_in))
    return match


def fresh(user):
    """The user as a new request sees it (no cached memberships)."""
    return User.objects.get(pk=user.pk)


class TestTodayFor:
    def test_follow_ups_of_the_connectors_own_matches_overdue_and_due_this_week(self, cast, buurt_b):
        overdue = running_match(cast.connector_a, due_in=-3)
        due = running_match(cast.connector_a, due_in=7)
        running_match(cast.connector_a, due_in=8)  # later than a week
        running_match(due_in=-1)  # team A, but connector_a does not work on it
        running_match(cast.connector_b, due_in=-1, resident_kwargs={"buurt": buurt_b})
        ended = running_match(cast.connector_a, due_in=-2)
        ended.status, ended.ended_on, ended.end_reason = "ended", days_ago(1), "no_click"
        ended.save()

        today = selectors.today_for(fresh(cast.connector_a))
        assert [f.match for f in today["overdue"]["items"]] == [overdue]
        assert [f.match for f in today["due"]["items"]] == [due]
        assert today["overdue"]["more"] is False

    def test_a_team_lead_sees_the_follow_ups_of_the_whole_team(self, cast, buurt_b):
        mine = running_match(cast.connector_a, due_in=-3)
        unassigned = running_match(due_in=2)
        running_match(cast.connector_b, due_in=-1, resident_kwargs={"buurt": buurt_b})
        today = selectors.today_for(fresh(cast.team_lead_a))
        assert {f.match for f in today["overdue"]["items"] + today["due"]["items"]} == {mine, unassigned}

    def test_new_signups_of_the_last_two_weeks_in_the_users_scope(self, cast, buurt_b):
        new = SignUpFactory(opened_on=days_ago(13))
        newest = SignUpFactory(opened_on=days_ago(0), kind=SignUpKind.OFFER)
        SignUpFactory(opened_on=days_ago(14))
        SignUpFactory(opened_on=days_ago(2), resident=ResidentFactory(buurt=buurt_b))
        today = selectors.today_for(fresh(cast.connector_a))
        assert today["new_signups"]["items"] == [newest, new]

    def test_longest_waiting_open_signups_with_days_waiting(self, cast, buurt_b):
        oldest = SignUpFactory(opened_on=days_ago(90))
        signups = [SignUpFactory(opened_on=days_ago(80 - n)) for n in range(10)]
        SignUpFactory(opened_on=days_ago(200), status=SignUpStatus.WITHDRAWN, closed_on=days_ago(100))
        SignUpFactory(opened_on=days_ago(300), resident=ResidentFactory(buurt=buurt_b))
        match = MatchFactory(resident_a=oldest.resident, request=oldest)

        today = selectors.today_for(fresh(cast.connector_a))
        waiting = today["longest_waiting"]
        assert waiting == [oldest, *signups[:9]]
        assert [s.days_waiting for s in waiting[:2]] == [90, 80]
        assert waiting[0].in_progress is True and waiting[1].in_progress is False
        assert today["waiting_list"] == 11
        assert match.request == oldest

    def test_recent_residents_are_those_the_user_worked_on_and_may_still_see(self, cast, buurt_b):
        first, second = ResidentFactory(), ResidentFactory()
        record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=first)
        record_event(by=cast.connector_a, action="view", event="resident.viewed", obj=second)
        record_event(by=cast.connector_b, action="view", event="resident.viewed", obj=ResidentFactory(buurt=buurt_b))
        today = selectors.today_for(fresh(cast.connector_a))
        assert today["recent_residents"] == [second, first]

    def test_the_page_takes_a_fixed_number_of_queries(self, cast):
        def count_queries():
            user = fresh(cast.team_lead_a)
            with CaptureQueriesContext(connection) as queries:
                today = selectors.today_for(user)
                shown = [f.match.resident_a.full_name for f in today["overdue"]["items"] + today["due"]["items"]]
                shown += [f.match.resident_b.full_name for f in today["overdue"]["items"] + today["due"]["items"]]
                shown += [s.resident.buurt.name for s in today["longest_waiting"] + today["new_signups"]["items"]]
                shown += [r.buurt.name for r in today["recent_residents"]]
            assert len(shown) >= 4
            return len(queries)

        def add_data():
            running_match(cast.team_lead_a, due_in=-2)
            running_match(due_in=3)
            signup = SignUpFactory(opened_on=days_ago(5))
            record_event(by=cast.team_lead_a, action="view", event="resident.viewed", obj=signup.resident)

        add_data()
        few = count_queries()
        for _ in range(4):
            add_data()
        assert count_queries() == few
        assert few == 8  # memberships, overdue, due, new, longest waiting, waiting list, recent residents (2)


def test_waiting_list_on_a_date_counts_what_was_open_then(cast, team_a, team_b, buurt_b):
    SignUpFactory(opened_on=days_ago(10), status=SignUpStatus.MATCHED, closed_on=days_ago(5))
    SignUpFactory(opened_on=days_ago(3))
    SignUpFactory(opened_on=days_ago(20), resident=ResidentFactory(buurt=buurt_b))
    assert selectors.waiting_list_on(days_ago(6), [team_a]) == 1
    assert selectors.waiting_list_on(days_ago(5), [team_a]) == 0
    assert selectors.waiting_list_on(timezone.localdate(), [team_a]) == 1
    assert selectors.waiting_list_on(timezone.localdate(), [team_a.pk, team_b.pk]) == 2
    assert selectors.waiting_list_on(days_ago(6)) == 2
    assert selectors.waiting_list_on(days_ago(30)) == 0


class TestCounterpartSearch:
    def test_residents_by_name_talent_or_buurt_within_scope(self, cast, buurt_b):
        gardener = ResidentFactory(first_name="Henk", last_name="Groen")
        scan = TalentScanFactory(resident=gardener, good_at="")
        scan.talents.add(Talent.objects.get(slug="tuinieren"))
        other_team = ResidentFactory(first_name="Henk", buurt=buurt_b)
        closed = ResidentFactory(first_name="Henk", registered_on=days_ago(50), closed_on=days_ago(1))
        user = cast.connector_a
        assert selectors.search_residents(user, "henk") == [gardener]
        assert selectors.search_residents(user, "moestuin") == [gardener]  # a search word of the talent
        assert gardener in selectors.search_residents(user, "binnenstad")
        assert selectors.search_residents(user, "henk", exclude=[gardener.pk]) == []
        assert selectors.search_residents(user, "") == []
        suggested = selectors.search_residents(user, "", talent_ids=[Talent.objects.get(slug="tuinieren").pk])
        assert suggested == [gardener]
        assert selectors.search_residents(cast.connector_b, "henk") == [other_team]
        assert closed not in selectors.search_residents(cast.team_lead_a, "henk")

    def test_openings_show_the_room_left(self, cast):
        opening = OpeningFactory(title="Koken in het buurthuis", capacity=2)
        MatchFactory(place=True, opening=opening)
        OpeningFactory(title="Koken op school", opened_on=days_ago(30), closed_on=days_ago(2))
        found = selectors.search_openings(cast.connector_a, "koken")
        assert found == [opening] and found[0].capacity_left == 1

    def test_places_by_name_and_buurt(self, cast, buurt_b):
        place = PlaceFactory(name="Bibliotheek Stratum", buurt=buurt_b)
        PlaceFactory(name="Oude bibliotheek", added_on=days_ago(100), removed_on=days_ago(1))
        assert selectors.search_places(cast.connector_a, "bibliotheek") == [place]
        assert selectors.search_places(cast.connector_a, "bibliotheek", exclude=[place.pk]) == []
        assert selectors.search_places(cast.municipality, "bibliotheek") == []
