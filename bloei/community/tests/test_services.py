from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from bloei.community import services
from bloei.community.choices import NetworkPhase, Recurrence
from bloei.community.models import Activity, Network, NetworkMembership
from bloei.community.tests.factories import ActivityFactory, NetworkFactory, NetworkMembershipFactory
from bloei.core.models import AuditEvent, RippleLink
from bloei.core.services import ripple_sources
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - timedelta(days=n)


class TestNetworks:
    def test_a_connector_starts_a_facilitated_network_of_their_team(self, cast, team_a, buurt_a):
        network = services.create_network(by=cast.connector_a, team=team_a, name="Weduwen", buurt=buurt_a)
        assert network.phase == NetworkPhase.FACILITATED and network.started_on == TODAY()
        assert network.created_by == cast.connector_a
        event = AuditEvent.objects.get(event="network.created")
        assert event.team_id == team_a.pk and event.object_id == str(network.pk)

    def test_not_in_another_team(self, cast, team_a):
        with pytest.raises(PermissionDenied):
            services.create_network(by=cast.connector_b, team=team_a, name="X")
        with pytest.raises(PermissionDenied):
            services.create_network(by=cast.generalist_a, team=team_a, name="X")
        assert not Network.objects.exists()

    def test_the_buurt_must_lie_in_the_teams_area(self, cast, team_a, buurt_b):
        with pytest.raises(ValidationError) as error:
            services.create_network(by=cast.connector_a, team=team_a, name="X", buurt=buurt_b)
        assert "buurt" in error.value.error_dict

    def test_a_network_can_grow_out_of_a_match(self, cast, team_a):
        match = MatchFactory(active=True)
        network = services.create_network(by=cast.connector_a, team=team_a, name="Tuinclub", grew_out_of=match)
        assert [link.source for link in ripple_sources(network)] == [match]
        assert services.origin_of(network) == match

    def test_an_origin_outside_the_users_scope_is_refused_and_nothing_is_saved(self, cast, team_a, buurt_b):
        theirs = MatchFactory(resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b))
        with pytest.raises(ValidationError):
            services.create_network(by=cast.connector_a, team=team_a, name="X", grew_out_of=theirs)
        assert not Network.objects.exists() and not RippleLink.objects.exists()

    def test_update_changes_and_replaces_or_clears_the_origin(self, cast):
        network = NetworkFactory(name="Oud")
        first, second = MatchFactory(), MatchFactory()
        services.update_network(network=network, by=cast.connector_a, name="Nieuw", grew_out_of=first)
        services.update_network(network=network, by=cast.connector_a, grew_out_of=second)
        network.refresh_from_db()
        assert network.name == "Nieuw" and services.origin_of(network) == second
        assert RippleLink.objects.count() == 1
        services.update_network(network=network, by=cast.connector_a, grew_out_of=None)
        assert services.origin_of(network) is None
        fields = [e.detail["fields"] for e in AuditEvent.objects.filter(event="network.changed").order_by("pk")]
        assert fields == [["grew_out_of", "name"], ["grew_out_of"], ["grew_out_of"]]

    def test_the_start_cannot_move_after_the_first_member_joined(self, cast):
        network = NetworkFactory(started_on=days_ago(30))
        NetworkMembershipFactory(network=network, joined_on=days_ago(20))
        with pytest.raises(ValidationError):
            services.update_network(network=network, by=cast.connector_a, started_on=days_ago(10))

    def test_becoming_self_steering_needs_a_date_not_before_the_start(self, cast):
        network = NetworkFactory(started_on=days_ago(100))
        with pytest.raises(ValidationError):
            services.set_phase(network=network, by=cast.connector_a, phase="self_steering", since=days_ago(101))
        services.set_phase(network=network, by=cast.connector_a, phase="self_steering", since=days_ago(5))
        network.refresh_from_db()
        assert network.phase == NetworkPhase.SELF_STEERING and network.self_steering_since == days_ago(5)
        services.set_phase(network=network, by=cast.connector_a, phase="facilitated")
        network.refresh_from_db()
        assert network.phase == NetworkPhase.FACILITATED and network.self_steering_since is None

    def test_end_network_lets_current_members_leave_that_day(self, cast):
        network = NetworkFactory(started_on=days_ago(100))
        staying = NetworkMembershipFactory(network=network)
        gone = NetworkMembershipFactory(network=network, left_on=days_ago(50))
        services.end_network(network=network, by=cast.connector_a, ended_on=days_ago(1))
        staying.refresh_from_db()
        gone.refresh_from_db()
        assert staying.left_on == days_ago(1) and gone.left_on == days_ago(50)
        with pytest.raises(ValidationError):
            services.end_network(network=network, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.set_phase(network=network, by=cast.connector_a, phase="self_steering")

    def test_a_network_cannot_end_before_a_member_joined(self, cast):
        network = NetworkFactory(started_on=days_ago(100))
        NetworkMembershipFactory(network=network, joined_on=days_ago(5))
        with pytest.raises(ValidationError):
            services.end_network(network=network, by=cast.connector_a, ended_on=days_ago(10))


class TestMembers:
    def test_a_member_leaves_and_rejoins_later_with_the_history_kept(self, cast):
        network = NetworkFactory(started_on=days_ago(100))
        resident = ResidentFactory()
        first = services.add_member(network=network, resident=resident, by=cast.connector_a, joined_on=days_ago(90))
        with pytest.raises(ValidationError):
            services.add_member(network=network, resident=resident, by=cast.connector_a)
        services.member_leaves(membership=first, by=cast.connector_a, left_on=days_ago(60))
        with pytest.raises(ValidationError):
            # Still a member on that date.
            services.add_member(network=network, resident=resident, by=cast.connector_a, joined_on=days_ago(70))
        services.add_member(network=network, resident=resident, by=cast.connector_a, joined_on=days_ago(30))
        dates = list(network.memberships.values_list("joined_on", "left_on"))
        assert dates == [(days_ago(90), days_ago(60)), (days_ago(30), None)]
        events = AuditEvent.objects.filter(event__startswith="network.member").values_list("event", "resident_id")
        assert list(events.order_by("pk")) == [
            ("network.member_added", resident.pk),
            ("network.member_left", resident.pk),
            ("network.member_added", resident.pk),
        ]

    def test_joining_before_the_network_started_or_in_the_future_is_refused(self, cast):
        network = NetworkFactory(started_on=days_ago(10))
        resident = ResidentFactory()
        for joined_on in (days_ago(11), TODAY() + timedelta(days=1)):
            with pytest.raises(ValidationError):
                services.add_member(network=network, resident=resident, by=cast.connector_a, joined_on=joined_on)

    def test_only_residents_the_user_may_see_can_be_added(self, cast, buurt_b):
        network = NetworkFactory()
        outsider = ResidentFactory(buurt=buurt_b)
        with pytest.raises(ValidationError):
            services.add_member(network=network, resident=outsider, by=cast.connector_a)
        Assignment.objects.create(resident=outsider, user=cast.connector_a)
        services.add_member(network=network, resident=outsider, by=cast.connector_a)
        assert network.memberships.count() == 1

    def test_leaving_before_joining_is_refused(self, cast):
        membership = NetworkMembershipFactory(network=NetworkFactory(started_on=days_ago(10)), joined_on=days_ago(5))
        with pytest.raises(ValidationError):
            services.member_leaves(membership=membership, by=cast.connector_a, left_on=days_ago(6))
        services.member_leaves(membership=membership, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.member_leaves(membership=membership, by=cast.connector_a)

    def test_another_team_cannot_change_members(self, cast):
        membership = NetworkMembershipFactory()
        with pytest.raises(PermissionDenied):
            services.member_leaves(membership=membership, by=cast.connector_b)
        assert NetworkMembership.objects.get().left_on is None


class TestActivities:
    def test_an_activity_with_place_network_organiser_and_participants(self, cast, team_a, buurt_a):
        network = NetworkFactory()
        place = PlaceFactory()
        organiser, guest = ResidentFactory(), ResidentFactory()
        activity = services.create_activity(
            by=cast.connector_a,
            team=team_a,
            title="Buurtmaaltijd",
            starts_on=TODAY(),
            place=place,
            network=network,
            organiser=organiser,
            participants=[organiser, guest],
            participant_count=12,
            buurt=buurt_a,
            grew_out_of=network,
        )
        assert set(activity.participants.all()) == {organiser, guest} and activity.participant_count == 12
        assert services.origin_of(activity) == network
        assert AuditEvent.objects.get(event="activity.created").detail == {"participants": 2}

    def test_the_count_cannot_be_lower_than_the_registered_participants(self, cast, team_a):
        residents = [ResidentFactory(), ResidentFactory()]
        with pytest.raises(ValidationError) as error:
            services.create_activity(
                by=cast.connector_a,
                team=team_a,
                title="X",
                starts_on=TODAY(),
                participants=residents,
                participant_count=1,
            )
        assert "participant_count" in error.value.error_dict
        assert not Activity.objects.exists()

    def test_a_network_of_another_team_is_refused(self, cast, team_a, team_b):
        with pytest.raises(ValidationError):
            services.create_activity(
                by=cast.connector_a, team=team_a, title="X", starts_on=TODAY(), network=NetworkFactory(team=team_b)
            )

    def test_a_one_off_has_no_last_date_and_a_place_must_be_active_on_the_date(self, cast, team_a):
        with pytest.raises(ValidationError):
            services.create_activity(
                by=cast.connector_a, team=team_a, title="X", starts_on=TODAY(), ends_on=TODAY() + timedelta(days=7)
            )
        gone = PlaceFactory(added_on=days_ago(30), removed_on=days_ago(10))
        with pytest.raises(ValidationError):
            services.create_activity(by=cast.connector_a, team=team_a, title="X", starts_on=days_ago(5), place=gone)
        activity = services.create_activity(
            by=cast.connector_a,
            team=team_a,
            title="X",
            starts_on=days_ago(20),
            place=gone,
            recurrence=Recurrence.WEEKLY,
            ends_on=days_ago(11),
        )
        assert activity.place == gone

    def test_participants_outside_the_users_scope_are_refused(self, cast, team_a, buurt_b):
        with pytest.raises(ValidationError):
            services.create_activity(
                by=cast.connector_a,
                team=team_a,
                title="X",
                starts_on=TODAY(),
                participants=[ResidentFactory(buurt=buurt_b)],
            )
        with pytest.raises(ValidationError):
            services.create_activity(
                by=cast.connector_a, team=team_a, title="X", starts_on=TODAY(), organiser=ResidentFactory(buurt=buurt_b)
            )

    def test_updating_participants_keeps_those_the_user_cannot_see(self, cast, buurt_b):
        activity = ActivityFactory()
        visible, hidden, new = ResidentFactory(), ResidentFactory(buurt=buurt_b), ResidentFactory()
        activity.participants.set([visible, hidden])
        services.update_activity(activity=activity, by=cast.connector_a, participants=[new])
        assert set(activity.participants.all()) == {hidden, new}
        assert AuditEvent.objects.get(event="activity.changed").detail["fields"] == ["participants"]

    def test_update_changes_fields_and_origin(self, cast):
        activity = ActivityFactory(title="Oud")
        match = MatchFactory()
        services.update_activity(activity=activity, by=cast.connector_a, title="Nieuw", grew_out_of=match)
        activity.refresh_from_db()
        assert activity.title == "Nieuw" and services.origin_of(activity) == match

    def test_another_team_cannot_change_an_activity(self, cast):
        activity = ActivityFactory(title="Oud")
        with pytest.raises(PermissionDenied):
            services.update_activity(activity=activity, by=cast.connector_b, title="Nieuw")
        activity.refresh_from_db()
        assert activity.title == "Oud"

    def test_a_record_cannot_grow_out_of_itself_or_an_unsupported_kind(self, cast):
        network = NetworkFactory()
        with pytest.raises(ValidationError):
            services.set_origin(target=network, source=network, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.set_origin(target=network, source=ActivityFactory(), by=cast.connector_a)
