from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.core import selectors
from bloei.people.models import Assignment, Talent
from bloei.people.tests.factories import ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

URL = reverse("core:search")
TODAY = timezone.localdate


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"  # the language switch's cookie


@pytest.fixture
def gardeners(buurt_a, buurt_b):
    """A gardening resident in each team, a place and an opening that ask for gardening, and a closed opening."""
    gardening = Talent.objects.get(slug="tuinieren")
    ours = ResidentFactory(first_name="Gerrit", last_name="Groen", buurt=buurt_a)
    TalentScanFactory(resident=ours).talents.add(gardening)
    theirs = ResidentFactory(first_name="Gijs", last_name="Groen", buurt=buurt_b)
    TalentScanFactory(resident=theirs).talents.add(gardening)
    place = PlaceFactory(name="Stadstuin De Groene Vinger", buurt=buurt_a)
    opening = OpeningFactory(place=place, title="Tuinvrijwilliger", capacity=2)
    opening.talents.add(gardening)
    closed = OpeningFactory(
        title="Tuin snoeien najaar", opened_on=TODAY() - timedelta(days=30), closed_on=TODAY() - timedelta(days=1)
    )
    closed.talents.add(gardening)
    return ours, theirs, place, opening, closed


def _search(client, user, **params):
    client.force_login(user)
    return client.get(URL, params)


class TestSearchPage:
    def test_a_connector_finds_own_residents_places_and_open_openings(self, client, cast, gardeners):
        ours, theirs, place, opening, closed = gardeners
        page = _search(client, cast.connector_a, q="tuinieren").content.decode()
        assert ours.full_name in page and theirs.full_name not in page
        assert place.name in page and opening.title in page and closed.title not in page
        assert reverse("people:resident_detail", args=[ours.uuid]) in page
        assert "2 places left" in page

    def test_a_generalist_finds_only_residents_of_their_caseload(self, client, cast, gardeners):
        ours, _theirs, _place, _opening, _closed = gardeners
        page = _search(client, cast.generalist_a, q="groen").content.decode()
        assert ours.full_name not in page
        Assignment.objects.create(resident=ours, user=cast.generalist_a, role="generalist")
        page = _search(client, cast.generalist_a, q="groen").content.decode()
        assert ours.full_name in page

    def test_the_analyst_gets_no_resident_section(self, client, cast, gardeners):
        ours, _theirs, place, _opening, _closed = gardeners
        page = _search(client, cast.analyst, q="groen").content.decode()
        assert ours.full_name not in page and place.name in page
        assert 'id="h-residents"' not in page and 'value="residents"' not in page

    def test_the_analyst_cannot_ask_for_residents_by_type(self, client, cast, gardeners):
        ours = gardeners[0]
        page = _search(client, cast.analyst, q="groen", type="residents").content.decode()
        assert ours.full_name not in page and 'id="h-residents"' not in page

    @pytest.mark.parametrize("role", ["municipality", "admin", "no_role"])
    def test_roles_without_residents_or_places_get_403(self, client, cast, role):
        assert _search(client, cast.roles()[role], q="tuin").status_code == 403

    def test_type_and_buurt_filters(self, client, cast, gardeners, buurt_b):
        ours, _theirs, place, opening, _closed = gardeners
        page = _search(client, cast.connector_a, q="tuinieren", type="places").content.decode()
        assert place.name in page and ours.full_name not in page and 'id="h-openings"' not in page
        page = _search(client, cast.connector_a, q="tuinieren", buurt=buurt_b.code).content.decode()
        assert place.name not in page and ours.full_name not in page and "Nothing found." in page

    def test_a_buurt_alone_lists_what_is_there(self, client, cast, gardeners, buurt_a):
        ours, _theirs, place, _opening, _closed = gardeners
        page = _search(client, cast.connector_a, buurt=buurt_a.code).content.decode()
        assert ours.full_name in page and place.name in page

    def test_without_words_or_buurt_nothing_is_searched(self, client, cast, gardeners):
        page = _search(client, cast.connector_a).content.decode()
        assert "Type one or more words" in page and gardeners[2].name not in page

    def test_all_types_show_a_preview_and_a_link_to_the_rest(self, client, cast):
        for n in range(selectors.SEARCH_PREVIEW + 2):
            PlaceFactory(name=f"Sportclub {n:02d}")
        page = _search(client, cast.connector_a, q="sportclub").content.decode()
        assert "Sportclub 04" in page and "Sportclub 05" not in page
        assert "type=places" in page and "Show all 7" in page

    def test_one_type_is_paginated(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        for n in range(5):
            PlaceFactory(name=f"Sportclub {n}")
        page = _search(client, cast.connector_a, q="sportclub", type="places", page=3).content.decode()
        assert "Sportclub 4" in page and "Sportclub 3" not in page and "Page 3 of 3" in page

    def test_query_count_is_constant(self, client, cast, buurt_a, django_assert_max_num_queries):
        def make(n):
            for _ in range(n):
                ResidentFactory(last_name="Bakker", buurt=buurt_a)
                OpeningFactory(title="Bakker helpen", place=PlaceFactory(name="Bakkerij"))

        make(2)
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(12) as few:
            client.get(URL, {"q": "bakker"})
        make(10)
        with django_assert_max_num_queries(12) as many:
            client.get(URL, {"q": "bakker"})
        assert len(few.captured_queries) == len(many.captured_queries)
        with django_assert_max_num_queries(12):
            client.get(URL, {"q": "bakker", "type": "openings"})


def test_search_sections_for_each_role(cast):
    assert selectors.search_types_for(cast.connector_a) == ["residents", "places", "openings"]
    assert selectors.search_types_for(cast.analyst) == ["places", "openings"]
    assert selectors.search_types_for(cast.municipality) == []
