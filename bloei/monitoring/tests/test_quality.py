from datetime import date

from django.urls import reverse

import pytest

from bloei.matching.models import FollowUp, Match
from bloei.matching.tests.factories import MatchFactory
from bloei.monitoring import quality
from bloei.people.models import Resident
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db


def by_code(found):
    return {check.code: check for check in found}


def test_each_check_finds_what_it_should(buurt_b, team_a):
    today = date(2025, 6, 1)
    ResidentFactory(buurt=None, team=team_a)
    ResidentFactory(buurt=None, team=team_a, closed_on=date(2025, 1, 1), registered_on=date(2024, 1, 1))  # closed: fine
    fine = MatchFactory(status="active", started_on=date(2025, 3, 1), proposed_on=date(2025, 2, 1))
    FollowUp.objects.create(match=fine, sequence=1, due_on=date(2025, 6, 10))
    late = MatchFactory(status="active", started_on=date(2025, 1, 1), proposed_on=date(2024, 12, 1))
    FollowUp.objects.create(match=late, sequence=1, due_on=date(2025, 5, 1))
    MatchFactory(status="active", started_on=date(2025, 1, 1), proposed_on=date(2024, 12, 1))  # nothing planned
    MatchFactory(status="ended", started_on=date(2025, 1, 1), ended_on=date(2025, 2, 1), end_reason="",
                 proposed_on=date(2024, 12, 1))
    a = ResidentFactory(first_name="Anna", last_name="de Vries", birth_date=date(1950, 1, 2))
    b = ResidentFactory(first_name="anna", last_name="De Vries", birth_date=date(1950, 1, 2))
    ResidentFactory(first_name="Anna", last_name="de Vries", birth_date=date(1960, 1, 2), postcode="5611AA")  # another
    ResidentFactory(first_name="Anna", last_name="de Vries", birth_date=date(1950, 1, 2), buurt=buurt_b)  # other team
    found = by_code(quality.checks(residents=Resident.objects.all(), matches=Match.objects.all(), on=today))
    assert found["residents_without_buurt"].count == 1
    assert found["matches_without_follow_up"].count == 2
    assert found["ended_without_reason"].count == 1
    assert found["likely_duplicates"].items == [[a, b]]


def test_the_analyst_sees_record_numbers_and_the_team_lead_their_team(cast, client, buurt_b):
    ResidentFactory(first_name="Zoë", last_name="Zonderbuurt", buurt=None, team=cast.team_a)
    ResidentFactory(first_name="Bart", last_name="Elders", buurt=None, team=cast.team_b)
    url = reverse("monitoring:quality")
    client.force_login(cast.analyst)
    page = client.get(url).content.decode()
    assert "Zonderbuurt" not in page and 'data-count="2"' in page
    client.force_login(cast.team_lead_a)
    page = client.get(url).content.decode()
    assert "Zoë Zonderbuurt" in page and "Elders" not in page
    assert client.get(url).status_code == 200
    client.force_login(cast.connector_a)
    assert client.get(url).status_code == 403


def test_no_check_is_slower_with_more_data(django_assert_max_num_queries):
    MatchFactory.create_batch(3, status="ended", end_reason="", started_on=date(2025, 1, 1),
                              ended_on=date(2025, 2, 1), proposed_on=date(2024, 12, 1))
    with django_assert_max_num_queries(12):
        quality.checks(residents=Resident.objects.all(), matches=Match.objects.all(), on=date(2025, 6, 1))
