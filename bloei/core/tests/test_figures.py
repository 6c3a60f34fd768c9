"""Key figures (core:figures) on small hand-built data, today and "as of" an earlier date.

Time is frozen on 15 June 2025; every expected number is counted by hand from the records below.
"""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

import pytest

from bloei.community.tests.factories import ActivityFactory, NetworkFactory, NetworkMembershipFactory
from bloei.core.selectors import key_figures
from bloei.matching.choices import MatchKind, MatchStatus, SignUpKind
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = date(2025, 6, 15)
EARLIER = date(2025, 2, 15)
URL = reverse("core:figures")


@pytest.fixture(autouse=True)
def _frozen(time_machine, client):
    time_machine.move_to(datetime(2025, 6, 15, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False)
    client.cookies["django_language"] = "en"  # the language switch's cookie


def _match(kind, started_on, ended_on=None, *, team):
    status = MatchStatus.ENDED if ended_on else MatchStatus.ACTIVE
    extra = {"end_reason": "goal_reached"} if ended_on else {}
    if kind == MatchKind.RESIDENT_PLACE:
        return MatchFactory(
            place=True, proposed_on=started_on, started_on=started_on, ended_on=ended_on, status=status, **extra
        )
    if kind == MatchKind.PLACE_PLACE:
        return MatchFactory(
            kind=kind,
            resident_a=None,
            resident_b=None,
            place_a=PlaceFactory(added_on=started_on),
            place_b=PlaceFactory(added_on=started_on),
            team=team,
            proposed_on=started_on,
            started_on=started_on,
            ended_on=ended_on,
            status=status,
            **extra,
        )
    return MatchFactory(proposed_on=started_on, started_on=started_on, ended_on=ended_on, status=status, **extra)


@pytest.fixture
def world(team_a):
    """Matches, sign-ups, places, networks, activities and talent scans with known dates."""
    _match(MatchKind.RESIDENT_RESIDENT, date(2025, 2, 1), team=team_a)  # active, durable since 3 May 2025
    _match(MatchKind.RESIDENT_PLACE, date(2025, 6, 1), team=team_a)  # active, not yet durable
    _match(MatchKind.PLACE_PLACE, date(2024, 3, 1), date(2024, 5, 1), team=team_a)  # ended before durable
    _match(MatchKind.RESIDENT_RESIDENT, date(2024, 10, 1), date(2025, 3, 1), team=team_a)  # durable, then ended
    MatchFactory(proposed_on=date(2025, 5, 1))  # proposed only: counts nowhere

    SignUpFactory(kind=SignUpKind.REQUEST, opened_on=date(2025, 1, 10))
    SignUpFactory(kind=SignUpKind.OFFER, opened_on=date(2025, 3, 1), status="matched", closed_on=date(2025, 5, 1))

    # Places made by the match factories above were added on the match dates; these three are the rest.
    PlaceFactory(added_on=date(2024, 5, 1))
    PlaceFactory(added_on=date(2025, 2, 1))
    PlaceFactory(added_on=date(2024, 1, 1), removed_on=date(2025, 3, 1))

    n1 = NetworkFactory(started_on=date(2024, 6, 1))
    n2 = NetworkFactory(started_on=date(2025, 4, 1))
    n3 = NetworkFactory(started_on=date(2024, 1, 1), ended_on=date(2024, 12, 1))
    r1 = ResidentFactory(registered_on=date(2024, 1, 1))
    NetworkMembershipFactory(network=n1, resident=r1, joined_on=date(2024, 6, 1))
    NetworkMembershipFactory(network=n1, joined_on=date(2024, 6, 1), left_on=date(2024, 11, 1))
    NetworkMembershipFactory(network=n2, resident=r1, joined_on=date(2025, 4, 1))
    NetworkMembershipFactory(network=n2, joined_on=date(2025, 5, 1))
    NetworkMembershipFactory(network=n3, joined_on=date(2024, 1, 1), left_on=date(2024, 12, 1))

    ActivityFactory(starts_on=date(2025, 3, 1), is_facilitated=True)
    ActivityFactory(starts_on=date(2024, 9, 1), recurrence="weekly", is_facilitated=False)  # still running
    ActivityFactory(starts_on=date(2024, 12, 1))
    ActivityFactory(starts_on=date(2024, 1, 1), recurrence="monthly", ends_on=date(2024, 12, 31))
    ActivityFactory(starts_on=date(2025, 7, 1))  # planned, not yet held

    for conducted_on in (date(2025, 3, 1), date(2025, 5, 1), date(2024, 12, 31)):
        TalentScanFactory(conducted_on=conducted_on)
    return r1


class TestKeyFigures:
    def test_today(self, world):
        figures = key_figures(TODAY)
        assert figures.year == 2025
        assert figures.matches_started.get(MatchKind.RESIDENT_RESIDENT) == 1
        assert figures.matches_started.get(MatchKind.RESIDENT_PLACE) == 1
        assert figures.matches_started.total == 2
        assert figures.matches_started_last_year.get(MatchKind.PLACE_PLACE) == 1
        assert figures.matches_started_last_year.get(MatchKind.RESIDENT_RESIDENT) == 1
        assert figures.matches_started_last_year.total == 2
        assert (figures.active_matches.get(MatchKind.RESIDENT_RESIDENT), figures.active_matches.total) == (1, 2)
        assert (figures.durable_matches.get(MatchKind.RESIDENT_RESIDENT), figures.durable_matches.total) == (2, 2)
        assert (figures.waiting_requests, figures.waiting_offers, figures.waiting_list) == (1, 0, 1)
        # Active: the two places of the place–place match (added 1 March 2024), the place of the
        # resident–place match (added today), and those added on 1 May 2024 and 1 February 2025.
        assert (figures.active_places, figures.places_added) == (5, 2)
        assert (figures.active_networks, figures.new_networks, figures.network_participants) == (2, 1, 2)
        assert (figures.activities, figures.facilitated_activities) == (2, 1)
        assert figures.talent_scans == 2

    def test_as_of_an_earlier_date_the_figures_are_those_of_that_day(self, world):
        figures = key_figures(EARLIER)
        assert figures.matches_started.total == 1
        assert (figures.active_matches.get(MatchKind.RESIDENT_RESIDENT), figures.active_matches.total) == (2, 2)
        assert figures.durable_matches.total == 1
        assert (figures.waiting_requests, figures.waiting_offers) == (1, 0)
        # The place removed on 1 March 2025 still counts; the resident–place match's place was not there yet.
        assert (figures.active_places, figures.places_added) == (5, 1)
        assert (figures.active_networks, figures.new_networks, figures.network_participants) == (1, 0, 1)
        assert (figures.activities, figures.facilitated_activities) == (1, 0)
        assert figures.talent_scans == 0

    def test_the_waiting_list_as_of_a_date_includes_sign_ups_closed_later(self, world):
        figures = key_figures(date(2025, 4, 1))
        assert (figures.waiting_requests, figures.waiting_offers) == (1, 1)

    def test_last_year_as_of_its_last_day(self, world):
        figures = key_figures(date(2024, 12, 31))
        assert figures.matches_started.total == 2
        assert figures.talent_scans == 1
        assert figures.new_networks == 2 and figures.active_networks == 1

    def test_empty_organisation_has_zero_everywhere(self, db):
        figures = key_figures(TODAY)
        assert figures.matches_started.total == figures.durable_matches.total == figures.waiting_list == 0
        assert figures.active_places == figures.network_participants == figures.activities == 0


def _figure(page, name):
    return int(re.search(rf'data-figure="{name}">(\d+)<', page).group(1))


class TestFiguresPage:
    @pytest.mark.parametrize("role", ["team_lead_a", "analyst", "municipality", "admin"])
    def test_roles_with_figures_view_see_the_computed_figures(self, client, cast, world, role):
        client.force_login(cast.roles()[role])
        page = client.get(URL).content.decode()
        assert _figure(page, "waiting_list") == 1 and _figure(page, "active_places") == 5
        assert _figure(page, "network_participants") == 2 and _figure(page, "talent_scans") == 2
        assert re.search(r'data-kind="total">.*?<strong>2</strong>', page, re.S)
        assert world.full_name not in page and world.last_name not in page

    @pytest.mark.parametrize("role", ["connector_a", "connector_b", "generalist_a", "no_role"])
    def test_other_roles_get_403(self, client, cast, role):
        client.force_login(cast.roles()[role])
        assert client.get(URL).status_code == 403

    def test_as_of_a_date(self, client, cast, world):
        client.force_login(cast.analyst)
        page = client.get(URL, {"on": EARLIER.isoformat()}).content.decode()
        assert _figure(page, "network_participants") == 1 and _figure(page, "activities") == 1
        assert 'value="2025-02-15"' in page

    @pytest.mark.parametrize("value", ["2099-01-01", "15-06-2025", "gisteren"])
    def test_a_future_or_invalid_date_shows_a_message_and_todays_figures(self, client, cast, world, value):
        client.force_login(cast.analyst)
        page = client.get(URL, {"on": value}).content.decode()
        assert 'aria-invalid="true"' in page and 'value="2025-06-15"' in page
        assert _figure(page, "talent_scans") == 2

    def test_query_count_does_not_depend_on_the_data(self, client, cast, world, django_assert_max_num_queries):
        client.force_login(cast.municipality)
        with django_assert_max_num_queries(12):
            client.get(URL)
