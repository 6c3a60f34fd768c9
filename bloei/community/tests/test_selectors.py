from datetime import timedelta

from django.utils import timezone

import pytest

from bloei.community import selectors
from bloei.community.models import Network
from bloei.community.tests.factories import ActivityFactory, NetworkFactory, NetworkMembershipFactory
from bloei.core.services import link_ripple
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - timedelta(days=n)


class TestMembershipHistory:
    def test_members_on_a_date(self):
        network = NetworkFactory(started_on=days_ago(100))
        early = NetworkMembershipFactory(network=network, joined_on=days_ago(100), left_on=days_ago(50))
        late = NetworkMembershipFactory(network=network, joined_on=days_ago(40))
        assert set(selectors.members_on(network, days_ago(60))) == {early}
        # The day a member leaves they no longer count; the day they join they do.
        assert set(selectors.members_on(network, days_ago(50))) == set()
        assert set(selectors.members_on(network, days_ago(40))) == {late}
        assert set(selectors.members_on(network)) == {late}

    def test_unique_participants_count_a_resident_once(self):
        first = NetworkFactory(started_on=days_ago(300))
        second = NetworkFactory(started_on=days_ago(300))
        resident = ResidentFactory()
        # Left and rejoined, and also in a second network: one participant.
        NetworkMembershipFactory(network=first, resident=resident, joined_on=days_ago(300), left_on=days_ago(200))
        NetworkMembershipFactory(network=first, resident=resident, joined_on=days_ago(100))
        NetworkMembershipFactory(network=second, resident=resident, joined_on=days_ago(150))
        NetworkMembershipFactory(network=second, joined_on=days_ago(250), left_on=days_ago(220))
        networks = Network.objects.all()
        assert selectors.unique_participants(networks, days_ago(300), TODAY()) == 2
        assert selectors.unique_participants(networks, days_ago(210), TODAY()) == 1
        assert selectors.unique_participants(networks, days_ago(199), days_ago(160)) == 0


class TestLists:
    def test_network_list_is_scoped_filtered_and_counts_current_members(self, cast, team_b):
        running = NetworkFactory(name="Sjoelen", started_on=days_ago(30))
        NetworkMembershipFactory(network=running)
        NetworkMembershipFactory(network=running, left_on=days_ago(1))
        ended = NetworkFactory(name="Koor", started_on=days_ago(30), ended_on=days_ago(2))
        NetworkFactory(team=team_b, name="Stratum")
        networks = selectors.network_list(cast.connector_a)
        assert list(networks) == [running] and networks[0].members_now == 1
        assert list(selectors.network_list(cast.connector_a, status="ended")) == [ended]
        assert set(selectors.network_list(cast.connector_a, status="")) == {running, ended}
        assert list(selectors.network_list(cast.connector_a, text="sjoel")) == [running]
        assert not selectors.network_list(cast.analyst, status="").exists()

    def test_activity_list_filters_by_period_and_network(self, cast):
        network = NetworkFactory()
        old = ActivityFactory(starts_on=days_ago(100))
        weekly = ActivityFactory(starts_on=days_ago(100), recurrence="weekly", ends_on=days_ago(5), network=network)
        new = ActivityFactory(starts_on=days_ago(1))
        new.participants.add(ResidentFactory())
        listed = selectors.activity_list(cast.connector_a, start=days_ago(10))
        assert list(listed) == [new, weekly] and listed[0].registered == 1
        assert list(selectors.activity_list(cast.connector_a, network=network)) == [weekly]
        assert set(selectors.activity_list(cast.connector_a, end=days_ago(50))) == {old, weekly}
        assert not selectors.activity_list(cast.connector_b).exists()


class TestDetail:
    def test_members_outside_the_users_scope_are_counted_not_named(self, cast, buurt_b):
        network = NetworkFactory(started_on=days_ago(30))
        mine = NetworkMembershipFactory(network=network)
        outsider = ResidentFactory(buurt=buurt_b)
        Assignment.objects.create(resident=outsider, user=cast.connector_b)
        NetworkMembershipFactory(network=network, resident=outsider)
        NetworkMembershipFactory(network=network, resident=ResidentFactory(buurt=buurt_b), left_on=days_ago(1))
        members = selectors.network_members(cast.connector_a, network)
        assert [row.resident for row in members.rows] == [mine.resident]
        assert (members.hidden_current, members.hidden_former, members.current, members.unique) == (1, 1, 2, 3)

    def test_ripple_names_only_what_the_user_may_see(self, cast, buurt_b):
        network = NetworkFactory()
        ours = MatchFactory()
        theirs = MatchFactory(resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b))
        activity = ActivityFactory(title="Moestuin open dag")
        link_ripple(source=ours, target=network, by=None)
        link_ripple(source=theirs, target=network, by=None)
        link_ripple(source=network, target=activity, by=None)
        ripple = selectors.ripple_for(cast.connector_a, network)
        labels = sorted(row.label for row in ripple["grew_out_of"])
        assert labels == ["", f"{ours.get_kind_display()} #{ours.pk}"]
        assert [(row.label, row.url) for row in ripple["led_to"]] == [
            ("Moestuin open dag", f"/gemeenschap/activiteiten/{activity.uuid}/")
        ]
