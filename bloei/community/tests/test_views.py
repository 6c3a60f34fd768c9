from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.community.models import Activity, Network, NetworkMembership
from bloei.community.services import origin_of
from bloei.community.tests.factories import ActivityFactory, NetworkFactory, NetworkMembershipFactory
from bloei.core.services import link_ripple
from bloei.matching.tests.factories import MatchFactory
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client):
    """Pages in English, whether or not the Dutch messages are compiled."""
    client.cookies["django_language"] = "en"  # the language switch's cookie


TODAY = timezone.localdate
VIEWERS = ["connector_a", "generalist_a", "team_lead_a"]
NON_VIEWERS = ["analyst", "municipality", "admin", "no_role"]
NON_EDITORS = ["generalist_a", *NON_VIEWERS]


def days_ago(n):
    return TODAY() - timedelta(days=n)


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


class TestNetworkList:
    @pytest.mark.parametrize("role", VIEWERS)
    def test_the_team_sees_its_networks(self, client, cast, team_b, role):
        NetworkFactory(name="Weduwen Woensel")
        NetworkFactory(name="Stratum Sjoelt", team=team_b)
        page = _get(client, cast.roles()[role], reverse("community:network_list")).content.decode()
        assert "Weduwen Woensel" in page and "Stratum Sjoelt" not in page

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("community:network_list")).status_code == 403

    def test_filters_and_htmx_fragment(self, client, cast):
        NetworkFactory(name="Koor", started_on=days_ago(10), ended_on=days_ago(1))
        NetworkFactory(name="Sjoelen")
        url = reverse("community:network_list")
        page = _get(client, cast.connector_a, url).content.decode()
        assert "Sjoelen" in page and "Koor" not in page
        fragment = _get(client, cast.connector_a, url, data={"status": "ended"}, headers={"HX-Request": "true"})
        content = fragment.content.decode()
        assert "Koor" in content and "Sjoelen" not in content and "<html" not in content

    def test_is_paginated(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        for name in ("Aap", "Beer", "Cavia"):
            NetworkFactory(name=name)
        url = reverse("community:network_list")
        first = _get(client, cast.connector_a, url).content.decode()
        second = _get(client, cast.connector_a, url, data={"page": 2}).content.decode()
        assert "Beer" in first and "Cavia" not in first and "Cavia" in second and "Aap" not in second

    def test_query_count_is_constant(self, client, cast, django_assert_max_num_queries):
        for _ in range(3):
            NetworkMembershipFactory()
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(9):
            client.get(reverse("community:network_list"))
        for _ in range(10):
            NetworkMembershipFactory()
        with django_assert_max_num_queries(9):
            client.get(reverse("community:network_list"))


class TestNetworkDetail:
    def test_shows_phase_members_with_dates_activities_and_ripple(self, client, cast, buurt_b):
        match = MatchFactory()
        network = NetworkFactory(
            name="Tuinclub", started_on=days_ago(60), phase="self_steering", self_steering_since=days_ago(5)
        )
        link_ripple(source=match, target=network, by=None)
        member = NetworkMembershipFactory(network=network, joined_on=days_ago(50), left_on=days_ago(20))
        NetworkMembershipFactory(network=network, resident=ResidentFactory(buurt=buurt_b))
        activity = ActivityFactory(title="Zaaidag", network=network)
        page = _get(client, cast.connector_a, reverse("community:network_detail", args=[network.uuid])).content.decode()
        assert "Self-steering" in page and member.resident.full_name in page
        assert days_ago(50).strftime("%Y-%m-%d") in page and days_ago(20).strftime("%Y-%m-%d") in page
        assert "Outside what you may see: 1 current and 0 former memberships." in page
        assert activity.title in page
        assert "Grew out of" in page and f"#{match.pk}" in page

    def test_query_count_does_not_grow_with_members_and_activities(self, client, cast, django_assert_max_num_queries):
        network = NetworkFactory(started_on=days_ago(30))

        def grow():
            NetworkMembershipFactory(network=network)
            activity = ActivityFactory(network=network, place=PlaceFactory())
            link_ripple(source=network, target=activity, by=None)
            link_ripple(source=MatchFactory(), target=network, by=None)

        grow()
        url = reverse("community:network_detail", args=[network.uuid])
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(16) as few:
            client.get(url)
        for _ in range(5):
            grow()
        with django_assert_max_num_queries(16) as many:
            client.get(url)
        assert len(few.captured_queries) == len(many.captured_queries)

    def test_another_team_gets_404_and_roles_without_capability_403(self, client, cast):
        network = NetworkFactory()
        url = reverse("community:network_detail", args=[network.uuid])
        assert _get(client, cast.connector_b, url).status_code == 404
        assert _get(client, cast.analyst, url).status_code == 403

    def test_the_generalist_sees_but_cannot_edit(self, client, cast):
        network = NetworkFactory()
        page = _get(client, cast.generalist_a, reverse("community:network_detail", args=[network.uuid]))
        assert page.status_code == 200 and "Change details" not in page.content.decode()


class TestNetworkForms:
    def test_create_with_origin(self, client, cast, buurt_a):
        match = MatchFactory()
        url = reverse("community:network_create")
        page = _get(client, cast.connector_a, url).content.decode()
        assert f"match:{match.uuid}" in page and 'type="hidden" name="team"' in page
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "team": cast.team_a.pk,
                "name": "Buurtmoestuin",
                "buurt": buurt_a.pk,
                "started_on": TODAY().isoformat(),
                "grew_out_of": f"match:{match.uuid}",
            },
        )
        network = Network.objects.get()
        assert response.status_code == 302 and response.url == reverse("community:network_detail", args=[network.uuid])
        assert network.team == cast.team_a and origin_of(network) == match

    def test_an_origin_outside_scope_is_an_invalid_choice(self, client, cast, buurt_b):
        theirs = MatchFactory(resident_a=ResidentFactory(buurt=buurt_b), resident_b=ResidentFactory(buurt=buurt_b))
        response = _post(
            client,
            cast.connector_a,
            reverse("community:network_create"),
            {
                "team": cast.team_a.pk,
                "name": "X",
                "started_on": TODAY().isoformat(),
                "grew_out_of": f"match:{theirs.uuid}",
            },
        )
        assert response.status_code == 200 and not Network.objects.exists()

    def test_a_team_of_someone_else_is_an_invalid_choice(self, client, cast):
        response = _post(
            client,
            cast.connector_a,
            reverse("community:network_create"),
            {
                "team": cast.team_b.pk,
                "name": "X",
                "started_on": TODAY().isoformat(),
            },
        )
        assert response.status_code == 200 and not Network.objects.exists()

    def test_edit(self, client, cast):
        network = NetworkFactory(name="Oud", started_on=days_ago(3))
        url = reverse("community:network_edit", args=[network.uuid])
        response = _post(client, cast.team_lead_a, url, {"name": "Nieuw", "started_on": days_ago(3).isoformat()})
        assert response.status_code == 302
        network.refresh_from_db()
        assert network.name == "Nieuw"

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_roles_without_community_edit_get_403(self, client, cast, role):
        network = NetworkFactory()
        user = cast.roles()[role]
        for url in (
            reverse("community:network_create"),
            reverse("community:network_edit", args=[network.uuid]),
            reverse("community:network_member_add", args=[network.uuid]),
            reverse("community:network_phase", args=[network.uuid]),
            reverse("community:network_end", args=[network.uuid]),
        ):
            assert _get(client, user, url).status_code == 403, url

    def test_another_team_gets_404_on_every_form(self, client, cast):
        network = NetworkFactory()
        membership = NetworkMembershipFactory(network=network)
        for url in (
            reverse("community:network_edit", args=[network.uuid]),
            reverse("community:network_member_add", args=[network.uuid]),
            reverse("community:network_member_leave", args=[network.uuid, membership.pk]),
            reverse("community:network_phase", args=[network.uuid]),
            reverse("community:network_end", args=[network.uuid]),
        ):
            assert _post(client, cast.connector_b, url).status_code == 404, url
        assert NetworkMembership.objects.get().left_on is None


class TestMembershipPages:
    def test_add_member_without_javascript(self, client, cast):
        network = NetworkFactory(started_on=days_ago(10))
        resident = ResidentFactory()
        url = reverse("community:network_member_add", args=[network.uuid])
        response = _post(client, cast.connector_a, url, {"resident": resident.uuid, "joined_on": TODAY().isoformat()})
        assert response.status_code == 302
        assert network.memberships.get().resident == resident

    def test_add_member_with_htmx_returns_the_members_panel(self, client, cast):
        network = NetworkFactory(started_on=days_ago(10))
        resident = ResidentFactory()
        url = reverse("community:network_member_add", args=[network.uuid])
        response = _post(
            client,
            cast.connector_a,
            url,
            {"resident": resident.uuid, "joined_on": TODAY().isoformat()},
            headers={"HX-Request": "true"},
        )
        content = response.content.decode()
        assert response.status_code == 200 and 'id="network-members"' in content and resident.full_name in content
        assert "<html" not in content

    def test_a_date_before_the_start_shows_the_message_and_adds_nobody(self, client, cast):
        network = NetworkFactory(started_on=days_ago(10))
        resident = ResidentFactory()
        url = reverse("community:network_member_add", args=[network.uuid])
        response = _post(
            client,
            cast.connector_a,
            url,
            {"resident": resident.uuid, "joined_on": days_ago(11).isoformat()},
            headers={"HX-Request": "true"},
        )
        assert "The network started after this date." in response.content.decode()
        assert not network.memberships.exists()

    def test_a_resident_outside_scope_is_not_offered(self, client, cast, buurt_b):
        network = NetworkFactory()
        outsider = ResidentFactory(buurt=buurt_b)
        url = reverse("community:network_member_add", args=[network.uuid])
        assert outsider.full_name not in _get(client, cast.connector_a, url).content.decode()
        response = _post(client, cast.connector_a, url, {"resident": outsider.uuid, "joined_on": TODAY().isoformat()})
        assert response.status_code == 200 and not network.memberships.exists()

    def test_member_leaves_from_the_members_panel(self, client, cast):
        membership = NetworkMembershipFactory(network=NetworkFactory(started_on=days_ago(10)))
        network = membership.network
        url = reverse("community:network_member_leave", args=[network.uuid, membership.pk])
        page = _get(client, cast.connector_a, reverse("community:network_detail", args=[network.uuid]))
        assert f'action="{url}"' in page.content.decode()
        assert _get(client, cast.connector_a, url).status_code == 405
        response = _post(client, cast.connector_a, url, {"left_on": TODAY().isoformat()})
        assert response.status_code == 302
        membership.refresh_from_db()
        assert membership.left_on == TODAY()

    def test_member_leaves_with_htmx_and_a_bad_date_shows_the_message(self, client, cast):
        membership = NetworkMembershipFactory(network=NetworkFactory(started_on=days_ago(10)), joined_on=days_ago(5))
        url = reverse("community:network_member_leave", args=[membership.network.uuid, membership.pk])
        response = _post(
            client, cast.connector_a, url, {"left_on": days_ago(6).isoformat()}, headers={"HX-Request": "true"}
        )
        content = response.content.decode()
        assert response.status_code == 200 and "A member cannot leave before joining." in content
        assert 'id="network-members"' in content and "<html" not in content
        membership.refresh_from_db()
        assert membership.left_on is None
        response = _post(
            client, cast.connector_a, url, {"left_on": TODAY().isoformat()}, headers={"HX-Request": "true"}
        )
        membership.refresh_from_db()
        assert membership.left_on == TODAY() and "Has left" not in response.content.decode()

    def test_membership_of_another_network_is_404(self, client, cast):
        network = NetworkFactory()
        other = NetworkMembershipFactory()
        url = reverse("community:network_member_leave", args=[network.uuid, other.pk])
        assert _post(client, cast.connector_a, url, {"left_on": TODAY().isoformat()}).status_code == 404
        assert NetworkMembership.objects.get(pk=other.pk).left_on is None

    def test_phase_and_end(self, client, cast):
        network = NetworkFactory(started_on=days_ago(10))
        NetworkMembershipFactory(network=network)
        response = _post(
            client,
            cast.connector_a,
            reverse("community:network_phase", args=[network.uuid]),
            {"phase": "self_steering", "since": days_ago(2).isoformat()},
        )
        assert response.status_code == 302
        response = _post(
            client,
            cast.connector_a,
            reverse("community:network_end", args=[network.uuid]),
            {"ended_on": TODAY().isoformat()},
        )
        assert response.status_code == 302
        network.refresh_from_db()
        assert network.self_steering_since == days_ago(2) and network.ended_on == TODAY()
        assert network.memberships.get().left_on == TODAY()

    def test_phase_with_a_date_before_the_start_shows_a_message(self, client, cast):
        network = NetworkFactory(started_on=days_ago(10))
        response = _post(
            client,
            cast.connector_a,
            reverse("community:network_phase", args=[network.uuid]),
            {"phase": "self_steering", "since": days_ago(11).isoformat()},
        )
        assert response.status_code == 200 and "cannot steer itself before it started" in response.content.decode()


class TestActivityPages:
    @pytest.mark.parametrize("role", VIEWERS)
    def test_list_shows_team_activities(self, client, cast, team_b, role):
        ActivityFactory(title="Buurtbarbecue")
        ActivityFactory(title="Stratumse quiz", team=team_b)
        page = _get(client, cast.roles()[role], reverse("community:activity_list")).content.decode()
        assert "Buurtbarbecue" in page and "Stratumse quiz" not in page

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_list_is_403_for_other_roles(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("community:activity_list")).status_code == 403

    def test_list_filters_and_pagination(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        ActivityFactory(title="Oude quiz", starts_on=days_ago(40))
        ActivityFactory(title="Koffie", starts_on=days_ago(2))
        ActivityFactory(title="Bingo", starts_on=days_ago(1))
        ActivityFactory(title="Wandeling", starts_on=TODAY())
        url = reverse("community:activity_list")
        first = _get(client, cast.connector_a, url).content.decode()
        second = _get(client, cast.connector_a, url, data={"page": 2}).content.decode()
        assert "Wandeling" in first and "Bingo" in first and "Koffie" not in first
        assert "Koffie" in second and "Oude quiz" in second
        page = _get(client, cast.connector_a, url, data={"start": days_ago(10).isoformat(), "q": "koffie"})
        assert "Koffie" in page.content.decode() and "Oude quiz" not in page.content.decode()
        page = _get(client, cast.connector_a, url, data={"start": TODAY().isoformat(), "end": days_ago(1).isoformat()})
        assert "The end of the period is before its start." in page.content.decode()

    def test_list_query_count_is_constant(self, client, cast, django_assert_max_num_queries):
        def make():
            activity = ActivityFactory(place=PlaceFactory(), network=NetworkFactory())
            activity.participants.add(ResidentFactory())

        make()
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(9):
            client.get(reverse("community:activity_list"))
        for _ in range(8):
            make()
        with django_assert_max_num_queries(9):
            client.get(reverse("community:activity_list"))

    def test_detail_names_visible_participants_and_counts_the_others(self, client, cast, buurt_b):
        organiser = ResidentFactory()
        activity = ActivityFactory(
            title="Repair café", organiser=organiser, participant_count=15, place=PlaceFactory(name="Wijkhuis")
        )
        activity.participants.set([organiser, ResidentFactory(buurt=buurt_b)])
        page = _get(client, cast.connector_a, reverse("community:activity_detail", args=[activity.uuid]))
        content = page.content.decode()
        assert organiser.full_name in content and "Wijkhuis" in content and "15" in content
        assert "And 1 participant outside what you may see." in content

    def test_detail_is_404_for_another_team(self, client, cast):
        activity = ActivityFactory()
        assert (
            _get(client, cast.connector_b, reverse("community:activity_detail", args=[activity.uuid])).status_code
            == 404
        )

    def test_create_from_a_network_grows_out_of_it(self, client, cast):
        network = NetworkFactory()
        url = reverse("community:activity_create")
        page = _get(client, cast.connector_a, url, data={"network": network.uuid}).content.decode()
        assert f'value="network:{network.uuid}" selected' in page
        organiser = ResidentFactory()
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "team": cast.team_a.pk,
                "title": "Zaaidag",
                "starts_on": TODAY().isoformat(),
                "recurrence": "once",
                "network": network.pk,
                "organiser": organiser.uuid,
                "participants": [organiser.uuid],
                "participant_count": 8,
                "is_facilitated": "on",
                "grew_out_of": f"network:{network.uuid}",
            },
        )
        activity = Activity.objects.get()
        assert response.status_code == 302
        assert activity.network == network and activity.organiser == organiser and origin_of(activity) == network
        assert list(activity.participants.all()) == [organiser]

    def test_create_refuses_a_count_below_the_registered_participants(self, client, cast):
        residents = [ResidentFactory(), ResidentFactory()]
        response = _post(
            client,
            cast.connector_a,
            reverse("community:activity_create"),
            {
                "team": cast.team_a.pk,
                "title": "X",
                "starts_on": TODAY().isoformat(),
                "recurrence": "once",
                "participants": [r.uuid for r in residents],
                "participant_count": 1,
            },
        )
        assert response.status_code == 200 and "lower than the registered participants" in response.content.decode()
        assert not Activity.objects.exists()

    def test_edit_keeps_an_organiser_the_user_cannot_see(self, client, cast, buurt_b):
        hidden = ResidentFactory(buurt=buurt_b)
        activity = ActivityFactory(title="Oud", organiser=hidden)
        url = reverse("community:activity_edit", args=[activity.uuid])
        page = _get(client, cast.connector_a, url).content.decode()
        assert hidden.full_name not in page and "outside what you may see" in page
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "title": "Nieuw",
                "starts_on": activity.starts_on.isoformat(),
                "recurrence": "once",
            },
        )
        assert response.status_code == 302
        activity.refresh_from_db()
        assert activity.title == "Nieuw" and activity.organiser == hidden

    def test_edit_keeps_a_participant_whose_file_was_closed(self, client, cast):
        closed = ResidentFactory(registered_on=days_ago(100), closed_on=days_ago(1))
        activity = ActivityFactory(starts_on=days_ago(50))
        activity.participants.add(closed)
        url = reverse("community:activity_edit", args=[activity.uuid])
        page = _get(client, cast.connector_a, url).content.decode()
        assert f'value="{closed.uuid}" selected' in page
        assert (
            f'value="{closed.uuid}"'
            not in _get(client, cast.connector_a, reverse("community:activity_create")).content.decode()
        )
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "title": "Nieuw",
                "starts_on": activity.starts_on.isoformat(),
                "recurrence": "once",
                "participants": [closed.uuid],
            },
        )
        assert response.status_code == 302
        assert list(activity.participants.all()) == [closed]

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_forms_are_403_without_community_edit(self, client, cast, role):
        activity = ActivityFactory()
        user = cast.roles()[role]
        assert _get(client, user, reverse("community:activity_create")).status_code == 403
        assert _get(client, user, reverse("community:activity_edit", args=[activity.uuid])).status_code == 403

    def test_edit_is_404_for_another_team(self, client, cast):
        activity = ActivityFactory()
        assert (
            _get(client, cast.connector_b, reverse("community:activity_edit", args=[activity.uuid])).status_code == 404
        )
