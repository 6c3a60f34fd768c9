import uuid
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.community.tests.factories import ActivityFactory
from bloei.core.models import Language
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ResidentFactory
from bloei.places.models import Opening, Place
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client):
    """Pages in English, whether or not the Dutch messages are compiled."""
    client.cookies["django_language"] = "en"  # the language switch's cookie


TODAY = timezone.localdate
VIEWERS = ["connector_a", "connector_b", "generalist_a", "team_lead_a", "analyst"]
NON_VIEWERS = ["municipality", "admin", "no_role"]
EDITORS = ["connector_a", "connector_b", "team_lead_a"]
NON_EDITORS = ["generalist_a", "analyst", "municipality", "admin", "no_role"]


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


class TestPlaceList:
    @pytest.mark.parametrize("role", VIEWERS)
    def test_every_role_with_places_view_sees_the_places(self, client, cast, role):
        PlaceFactory(name="Wijkcentrum De Boschdijk")
        response = _get(client, cast.roles()[role], reverse("places:place_list"))
        assert response.status_code == 200
        assert "Wijkcentrum De Boschdijk" in response.content.decode()

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("places:place_list")).status_code == 403

    def test_search_buurt_and_kind_filters(self, client, cast, buurt_a, buurt_b):
        PlaceFactory(name="Bieb Centrum", buurt=buurt_a, kind="library")
        PlaceFactory(name="Bieb Stratum", buurt=buurt_b, kind="library")
        PlaceFactory(name="Voetbalclub", buurt=buurt_a, kind="association")
        url = reverse("places:place_list")
        page = _get(client, cast.connector_a, url, data={"q": "bieb", "buurt": buurt_a.code}).content.decode()
        assert "Bieb Centrum" in page and "Bieb Stratum" not in page and "Voetbalclub" not in page
        page = _get(client, cast.connector_a, url, data={"kind": "association"}).content.decode()
        assert "Voetbalclub" in page and "Bieb" not in page

    def test_only_active_places_by_default_and_all_on_request(self, client, cast):
        PlaceFactory(name="Gesloten Buurthuis", added_on=TODAY() - timedelta(days=9), removed_on=TODAY())
        url = reverse("places:place_list")
        page = _get(client, cast.connector_a, url).content.decode()
        assert "Gesloten Buurthuis" not in page and 'name="active" class="utrecht-checkbox' in page
        assert 'id="id_active" checked' in page
        page = _get(client, cast.connector_a, url, data={"f": "1", "q": ""}).content.decode()
        assert "Gesloten Buurthuis" in page and "no longer active since" in page

    def test_is_paginated_and_keeps_the_default_filter_on_later_pages(self, client, cast, settings):
        settings.BLOEI_PAGE_SIZE = 2
        for name in ("Aap", "Beer", "Cavia"):
            PlaceFactory(name=name)
        PlaceFactory(name="Dodo", added_on=TODAY() - timedelta(days=9), removed_on=TODAY())
        url = reverse("places:place_list")
        first = _get(client, cast.connector_a, url).content.decode()
        second = _get(client, cast.connector_a, url, data={"page": 2}).content.decode()
        assert "Aap" in first and "Beer" in first and "Cavia" not in first
        assert "Cavia" in second and "Aap" not in second and "Dodo" not in second
        assert 'href="?page=2"' in first

    def test_htmx_gets_only_the_results(self, client, cast):
        PlaceFactory(name="Zwembad")
        response = _get(client, cast.connector_a, reverse("places:place_list"), headers={"HX-Request": "true"})
        content = response.content.decode()
        assert "Zwembad" in content and "<html" not in content

    def test_query_count_does_not_grow_with_the_number_of_places(self, client, cast, django_assert_max_num_queries):
        for _ in range(3):
            OpeningFactory()
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(8):
            client.get(reverse("places:place_list"))
        for _ in range(10):
            OpeningFactory()
        with django_assert_max_num_queries(8):
            client.get(reverse("places:place_list"))


class TestPlaceDetail:
    def test_shows_details_openings_with_capacity_activities_and_matches(self, client, cast):
        place = PlaceFactory(
            name="Buurthuis 't Hofke",
            contact_name="Els de Vries",
            contact_email="els@hofke.nl",
            wheelchair_accessible=True,
            opening_hours="ma-vr 9-17",
            postcode="5611AB",
            last_verified_on=TODAY(),
        )
        place.languages.add(Language.objects.get(code="nl"))
        opening = OpeningFactory(place=place, title="Gastvrouw koffieochtend", capacity=3)
        match = MatchFactory(place=True, opening=opening, place_a=place)
        ActivityFactory(title="Repair café", place=place)
        page = _get(client, cast.connector_a, reverse("places:place_detail", args=[place.uuid])).content.decode()
        for text in (
            "Buurthuis",
            "Els de Vries",
            "els@hofke.nl",
            "ma-vr 9-17",
            "Gastvrouw koffieochtend",
            "Repair café",
            match.resident_a.full_name,
            "5611AB",
        ):
            assert text in page, text
        assert '<td class="utrecht-table__cell">2</td>' in page  # 3 places, 1 taken by the proposed match

    def test_query_count_does_not_grow_with_openings_matches_and_activities(
        self, client, cast, django_assert_max_num_queries
    ):
        place = PlaceFactory()

        def grow():
            opening = OpeningFactory(place=place)
            opening.talents.add(*Talent.objects.all()[:2])
            MatchFactory(place=True, opening=opening, place_a=place)
            ActivityFactory(place=place)

        grow()
        url = reverse("places:place_detail", args=[place.uuid])
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(14) as few:
            client.get(url)
        for _ in range(5):
            grow()
        with django_assert_max_num_queries(14) as many:
            client.get(url)
        assert len(few.captured_queries) == len(many.captured_queries)

    def test_another_team_does_not_see_our_activities_or_residents(self, client, cast):
        place = PlaceFactory()
        opening = OpeningFactory(place=place)
        match = MatchFactory(place=True, opening=opening, place_a=place)
        ActivityFactory(title="Repair café", place=place)
        page = _get(client, cast.connector_b, reverse("places:place_detail", args=[place.uuid])).content.decode()
        assert "Repair café" not in page and match.resident_a.full_name not in page
        assert place.name in page

    def test_the_analyst_sees_the_place_but_no_matches_or_activities(self, client, cast):
        place = PlaceFactory()
        match = MatchFactory(place=True, opening=OpeningFactory(place=place), place_a=place)
        page = _get(client, cast.analyst, reverse("places:place_detail", args=[place.uuid])).content.decode()
        assert place.name in page and match.resident_a.full_name not in page
        assert "Change details" not in page

    def test_a_resident_outside_the_generalists_caseload_is_counted_not_named(self, client, cast):
        place = PlaceFactory()
        resident = ResidentFactory()
        match = MatchFactory(place=True, opening=OpeningFactory(place=place), place_a=place, resident_a=resident)
        match.connectors.add(cast.generalist_a)
        page = _get(client, cast.generalist_a, reverse("places:place_detail", args=[place.uuid])).content.decode()
        assert resident.full_name not in page and "1 resident outside your caseload" in page

    def test_unknown_place_is_404_and_other_roles_403(self, client, cast):
        place = PlaceFactory()
        assert _get(client, cast.connector_a, reverse("places:place_detail", args=[uuid.uuid4()])).status_code == 404
        assert _get(client, cast.municipality, reverse("places:place_detail", args=[place.uuid])).status_code == 403


class TestPlaceCreateAndEdit:
    def _data(self, buurt, **extra):
        return {
            "name": "Stichting Samen",
            "kind": "foundation",
            "buurt": buurt.pk,
            "postcode": "5611 ab",
            "added_on": TODAY().isoformat(),
            **extra,
        }

    def test_a_connector_adds_a_place(self, client, cast, buurt_a):
        response = _post(client, cast.connector_a, reverse("places:place_create"), self._data(buurt_a))
        place = Place.objects.get()
        assert response.status_code == 302 and response.url == reverse("places:place_detail", args=[place.uuid])
        assert place.postcode == "5611AB" and place.last_verified_on == TODAY()

    def test_bad_input_shows_a_message_and_changes_nothing(self, client, cast, buurt_a):
        data = self._data(buurt_a, postcode="56", lat="51.4")
        response = _post(client, cast.connector_a, reverse("places:place_create"), data)
        page = response.content.decode()
        assert response.status_code == 200 and not Place.objects.exists()
        assert "Enter a Dutch postcode" in page and "Give both latitude and longitude" in page
        assert 'aria-invalid="true"' in page

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_roles_without_places_edit_get_403(self, client, cast, buurt_a, role):
        place = PlaceFactory()
        user = cast.roles()[role]
        assert _get(client, user, reverse("places:place_create")).status_code == 403
        assert _post(client, user, reverse("places:place_create"), self._data(buurt_a)).status_code == 403
        assert _post(client, user, reverse("places:place_edit", args=[place.uuid]), {}).status_code == 403
        assert Place.objects.count() == 1

    def test_editing_saves_and_can_mark_verified(self, client, cast, buurt_a):
        place = PlaceFactory(name="Oud", buurt=buurt_a, last_verified_on=None)
        url = reverse("places:place_edit", args=[place.uuid])
        assert "I checked these details" in _get(client, cast.connector_b, url).content.decode()
        response = _post(
            client, cast.connector_b, url, {"name": "Nieuw", "kind": "school", "buurt": buurt_a.pk, "verified": "on"}
        )
        assert response.status_code == 302
        place.refresh_from_db()
        assert place.name == "Nieuw" and place.kind == "school" and place.last_verified_on == TODAY()


class TestPlaceActions:
    def test_verify_with_htmx_returns_the_new_date(self, client, cast):
        place = PlaceFactory(last_verified_on=None)
        response = _post(
            client, cast.connector_a, reverse("places:place_verify", args=[place.uuid]), headers={"HX-Request": "true"}
        )
        assert response.status_code == 200 and 'id="place-verified"' in response.content.decode()
        place.refresh_from_db()
        assert place.last_verified_on == TODAY()

    def test_verify_without_javascript_redirects(self, client, cast):
        place = PlaceFactory()
        response = _post(client, cast.connector_a, reverse("places:place_verify", args=[place.uuid]))
        assert response.status_code == 302

    def test_verify_is_post_only_and_refused_to_the_analyst(self, client, cast):
        place = PlaceFactory()
        assert _get(client, cast.connector_a, reverse("places:place_verify", args=[place.uuid])).status_code == 405
        assert _get(client, cast.analyst, reverse("places:place_verify", args=[place.uuid])).status_code == 403
        assert _post(client, cast.analyst, reverse("places:place_verify", args=[place.uuid])).status_code == 403

    def test_remove_from_the_place_page_and_reinstate(self, client, cast):
        place = PlaceFactory(added_on=TODAY() - timedelta(days=3))
        detail = reverse("places:place_detail", args=[place.uuid])
        url = reverse("places:place_remove", args=[place.uuid])
        assert f'action="{url}"' in _get(client, cast.team_lead_a, detail).content.decode()
        assert _get(client, cast.team_lead_a, url).status_code == 405
        response = _post(client, cast.team_lead_a, url, {"removed_on": (TODAY() - timedelta(days=1)).isoformat()})
        assert response.status_code == 302 and response.url == detail
        place.refresh_from_db()
        assert place.removed_on == TODAY() - timedelta(days=1)
        page = _get(client, cast.team_lead_a, detail).content.decode()
        assert f'action="{url}"' not in page and "Active again" in page
        _post(client, cast.team_lead_a, reverse("places:place_reinstate", args=[place.uuid]))
        place.refresh_from_db()
        assert place.removed_on is None

    def test_removal_before_the_date_added_is_refused_with_a_message(self, client, cast):
        place = PlaceFactory(added_on=TODAY())
        url = reverse("places:place_remove", args=[place.uuid])
        response = _post(
            client, cast.connector_a, url, {"removed_on": (TODAY() - timedelta(days=1)).isoformat()}, follow=True
        )
        assert "cannot stop before" in response.content.decode()
        response = _post(client, cast.connector_a, url, {"removed_on": "gisteren"}, follow=True)
        assert "Enter a valid date." in response.content.decode()
        place.refresh_from_db()
        assert place.removed_on is None

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_post_only_actions_are_403_without_places_edit(self, client, cast, role):
        opening = OpeningFactory()
        place = opening.place
        user = cast.roles()[role]
        for url in (
            reverse("places:place_verify", args=[place.uuid]),
            reverse("places:place_remove", args=[place.uuid]),
            reverse("places:place_reinstate", args=[place.uuid]),
            reverse("places:opening_close", args=[opening.uuid]),
            reverse("places:opening_reopen", args=[opening.uuid]),
        ):
            assert _post(client, user, url, {"removed_on": TODAY().isoformat()}).status_code == 403, url
        place.refresh_from_db()
        assert place.removed_on is None


class TestOpeningPages:
    def test_create_an_opening(self, client, cast):
        place = PlaceFactory()
        url = reverse("places:opening_create", args=[place.uuid])
        assert _get(client, cast.connector_a, url).status_code == 200
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "title": "Taalmaatje",
                "kind": "volunteer",
                "capacity": 2,
                "opened_on": TODAY().isoformat(),
                "availability": ["mon_am", "wed_pm"],
            },
        )
        opening = Opening.objects.get()
        assert response.status_code == 302 and response.url == reverse("places:opening_detail", args=[opening.uuid])
        assert opening.availability == ["mon_am", "wed_pm"] and opening.place == place

    def test_capacity_zero_is_refused(self, client, cast):
        place = PlaceFactory()
        response = _post(
            client,
            cast.connector_a,
            reverse("places:opening_create", args=[place.uuid]),
            {
                "title": "X",
                "kind": "volunteer",
                "capacity": 0,
                "opened_on": TODAY().isoformat(),
            },
        )
        assert response.status_code == 200 and not Opening.objects.exists()

    def test_detail_shows_capacity_left_and_matches(self, client, cast):
        opening = OpeningFactory(capacity=2, availability=["mon_am"])
        match = MatchFactory(place=True, opening=opening, place_a=opening.place)
        page = _get(client, cast.connector_a, reverse("places:opening_detail", args=[opening.uuid])).content.decode()
        assert opening.title in page and match.resident_a.full_name in page and "Monday morning" in page
        assert "<dt>Places left</dt><dd>1</dd>" in page

    def test_edit_refuses_a_capacity_below_the_places_taken(self, client, cast):
        opening = OpeningFactory(capacity=2)
        MatchFactory(place=True, opening=opening, place_a=opening.place)
        MatchFactory(place=True, opening=opening, place_a=opening.place)
        url = reverse("places:opening_edit", args=[opening.uuid])
        response = _post(
            client,
            cast.connector_a,
            url,
            {
                "title": opening.title,
                "kind": "volunteer",
                "capacity": 1,
                "opened_on": opening.opened_on.isoformat(),
            },
        )
        assert response.status_code == 200 and "take up a place" in response.content.decode()
        opening.refresh_from_db()
        assert opening.capacity == 2

    def test_close_from_the_opening_page_and_reopen(self, client, cast):
        opening = OpeningFactory()
        detail = reverse("places:opening_detail", args=[opening.uuid])
        url = reverse("places:opening_close", args=[opening.uuid])
        assert f'action="{url}"' in _get(client, cast.connector_a, detail).content.decode()
        assert _get(client, cast.connector_a, url).status_code == 405
        response = _post(client, cast.connector_a, url, {"closed_on": TODAY().isoformat()})
        assert response.status_code == 302 and response.url == detail
        opening.refresh_from_db()
        assert opening.closed_on == TODAY()
        _post(client, cast.connector_a, reverse("places:opening_reopen", args=[opening.uuid]))
        opening.refresh_from_db()
        assert opening.closed_on is None

    def test_closing_before_the_opening_date_shows_a_message(self, client, cast):
        opening = OpeningFactory(opened_on=TODAY())
        url = reverse("places:opening_close", args=[opening.uuid])
        response = _post(
            client, cast.connector_a, url, {"closed_on": (TODAY() - timedelta(days=1)).isoformat()}, follow=True
        )
        assert "cannot close before it opened" in response.content.decode()
        opening.refresh_from_db()
        assert opening.closed_on is None

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_roles_without_places_edit_cannot_change_openings(self, client, cast, role):
        opening = OpeningFactory()
        user = cast.roles()[role]
        for name in ("opening_edit", "opening_close"):
            assert _get(client, user, reverse(f"places:{name}", args=[opening.uuid])).status_code == 403, name
        assert _get(client, user, reverse("places:opening_create", args=[opening.place.uuid])).status_code == 403

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_roles_without_places_view_cannot_see_openings(self, client, cast, role):
        opening = OpeningFactory()
        url = reverse("places:opening_detail", args=[opening.uuid])
        assert _get(client, cast.roles()[role], url).status_code == 403
