from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent, Language
from bloei.matching.choices import MatchStatus
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Talent
from bloei.places import services
from bloei.places.choices import OpeningKind, PlaceKind
from bloei.places.models import Place
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def _events(obj, event):
    return AuditEvent.objects.filter(event=event, object_id=str(obj.pk))


class TestCreatePlace:
    def test_a_new_place_counts_as_added_and_verified_today(self, cast, buurt_a):
        dutch = Language.objects.get(code="nl")
        place = services.create_place(
            by=cast.connector_a,
            name="Bibliotheek Centrum",
            kind=PlaceKind.LIBRARY,
            buurt=buurt_a,
            languages=[dutch],
            contact_name="Els de Vries",
            postcode="5611AB",
        )
        assert place.added_on == TODAY() and place.last_verified_on == TODAY()
        assert place.removed_on is None and list(place.languages.all()) == [dutch]
        event = _events(place, "place.created").get()
        assert event.actor == cast.connector_a and event.action == "create"
        assert "Els" not in str(event.detail)

    def test_a_place_known_from_before_keeps_its_date_added(self, cast, buurt_a):
        earlier = TODAY() - timedelta(days=400)
        place = services.create_place(
            by=cast.team_lead_a, name="Sjoelclub", kind=PlaceKind.ASSOCIATION, buurt=buurt_a, added_on=earlier
        )
        assert place.added_on == earlier

    def test_the_date_added_cannot_be_in_the_future(self, cast, buurt_a):
        with pytest.raises(ValidationError) as error:
            services.create_place(
                by=cast.connector_a, name="X", kind=PlaceKind.OTHER, buurt=buurt_a, added_on=TODAY() + timedelta(days=1)
            )
        assert "added_on" in error.value.error_dict
        assert not Place.objects.exists()

    @pytest.mark.parametrize("role", ["generalist_a", "analyst", "municipality", "admin", "no_role"])
    def test_roles_without_places_edit_are_refused(self, cast, buurt_a, role):
        with pytest.raises(PermissionDenied):
            services.create_place(by=cast.roles()[role], name="X", kind=PlaceKind.OTHER, buurt=buurt_a)
        assert not Place.objects.exists()

    def test_an_unknown_kind_is_refused(self, cast, buurt_a):
        with pytest.raises(ValidationError):
            services.create_place(by=cast.connector_a, name="X", kind="castle", buurt=buurt_a)


class TestUpdatePlace:
    def test_changes_are_saved_and_the_audit_names_the_fields_not_the_values(self, cast):
        place = PlaceFactory(contact_name="Old Name")
        services.update_place(place=place, by=cast.connector_b, contact_name="New Name", opening_hours="ma 9-12")
        place.refresh_from_db()
        assert place.contact_name == "New Name" and place.opening_hours == "ma 9-12"
        event = _events(place, "place.changed").get()
        assert event.detail["fields"] == ["contact_name", "opening_hours"]
        assert "New Name" not in str(event.detail)

    def test_changes_are_found_even_when_a_form_already_set_them_on_the_instance(self, cast):
        place = PlaceFactory(name="Old")
        place.name = "New"  # what a bound ModelForm does before the service runs
        services.update_place(place=place, by=cast.connector_a, name="New")
        assert Place.objects.get(pk=place.pk).name == "New"
        assert _events(place, "place.changed").get().detail["fields"] == ["name"]

    def test_nothing_changed_writes_no_event(self, cast):
        place = PlaceFactory(name="Same")
        services.update_place(place=place, by=cast.connector_a, name="Same")
        assert not _events(place, "place.changed").exists()

    def test_verified_marks_the_details_as_checked_today(self, cast):
        place = PlaceFactory(last_verified_on=TODAY() - timedelta(days=500))
        services.update_place(place=place, by=cast.connector_a, verified=True)
        place.refresh_from_db()
        assert place.last_verified_on == TODAY()

    def test_languages_can_be_changed(self, cast):
        place = PlaceFactory()
        arabic = Language.objects.get(code="ar")
        services.update_place(place=place, by=cast.connector_a, languages=[arabic])
        assert list(place.languages.all()) == [arabic]
        assert _events(place, "place.changed").get().detail["fields"] == ["languages"]

    def test_an_unknown_field_is_a_programming_error(self, cast):
        with pytest.raises(TypeError):
            services.update_place(place=PlaceFactory(), by=cast.connector_a, added_on=TODAY())


class TestRemovePlace:
    def test_a_removed_place_stays_and_counts_only_for_the_dates_it_was_active(self, cast):
        added = TODAY() - timedelta(days=100)
        place = PlaceFactory(added_on=added)
        opening = OpeningFactory(place=place, opened_on=added)
        removed_on = TODAY() - timedelta(days=10)
        services.remove_place(place=place, by=cast.connector_a, removed_on=removed_on)
        place.refresh_from_db()
        opening.refresh_from_db()
        assert place.removed_on == removed_on and not place.is_active
        assert opening.closed_on == removed_on
        assert place in Place.objects.active(on=removed_on - timedelta(days=1))
        assert place not in Place.objects.active(on=removed_on)
        assert place not in Place.objects.active()
        assert _events(place, "place.removed").get().detail["closed_openings"] == [opening.pk]

    def test_a_place_cannot_stop_before_it_was_added(self, cast):
        place = PlaceFactory(added_on=TODAY() - timedelta(days=5))
        with pytest.raises(ValidationError):
            services.remove_place(place=place, by=cast.connector_a, removed_on=TODAY() - timedelta(days=6))
        place.refresh_from_db()
        assert place.removed_on is None

    def test_a_place_is_removed_only_once(self, cast):
        place = PlaceFactory()
        services.remove_place(place=place, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.remove_place(place=place, by=cast.connector_a)

    def test_a_removal_can_be_undone(self, cast):
        place = PlaceFactory()
        services.remove_place(place=place, by=cast.connector_a)
        services.reinstate_place(place=place, by=cast.connector_a)
        place.refresh_from_db()
        assert place.removed_on is None and place.is_active

    def test_verification_is_recorded_with_its_date(self, cast):
        place = PlaceFactory(added_on=TODAY() - timedelta(days=30))
        services.mark_place_verified(place=place, by=cast.connector_a)
        assert place.last_verified_on == TODAY()
        with pytest.raises(ValidationError):
            services.mark_place_verified(place=place, by=cast.connector_a, on=TODAY() + timedelta(days=1))


class TestOpenings:
    def test_an_opening_gets_its_talents_and_an_event(self, cast):
        place = PlaceFactory()
        gardening = Talent.objects.get(slug="tuinieren")
        opening = services.create_opening(
            place=place,
            by=cast.connector_a,
            title="Moestuin",
            kind=OpeningKind.VOLUNTEER,
            capacity=4,
            talents=[gardening],
            availability=["mon_am"],
        )
        assert list(opening.talents.all()) == [gardening] and opening.capacity == 4
        assert _events(opening, "opening.created").get().detail["place_id"] == place.pk

    def test_an_opening_has_room_for_at_least_one(self, cast):
        with pytest.raises(ValidationError) as error:
            services.create_opening(place=PlaceFactory(), by=cast.connector_a, title="X", kind="volunteer", capacity=0)
        assert "capacity" in error.value.error_dict

    def test_a_place_that_stopped_gets_no_new_openings(self, cast):
        place = PlaceFactory(added_on=TODAY() - timedelta(days=10), removed_on=TODAY() - timedelta(days=1))
        with pytest.raises(ValidationError):
            services.create_opening(place=place, by=cast.connector_a, title="X", kind="volunteer")

    def test_capacity_cannot_drop_below_the_places_taken(self, cast):
        opening = OpeningFactory(capacity=3)
        for status in (MatchStatus.PROPOSED, MatchStatus.ACTIVE):
            MatchFactory(
                place=True,
                opening=opening,
                place_a=opening.place,
                status=status,
                started_on=TODAY() - timedelta(days=1) if status == MatchStatus.ACTIVE else None,
            )
        MatchFactory(place=True, opening=opening, place_a=opening.place, ended=True)
        with pytest.raises(ValidationError) as error:
            services.update_opening(opening=opening, by=cast.connector_a, capacity=1)
        assert "capacity" in error.value.error_dict
        services.update_opening(opening=opening, by=cast.connector_a, capacity=2)
        opening.refresh_from_db()
        assert opening.capacity == 2

    def test_talents_are_replaced_and_recorded(self, cast):
        opening = OpeningFactory()
        cooking = Talent.objects.filter(category="food").first()
        services.update_opening(opening=opening, by=cast.connector_a, talents=[cooking])
        assert list(opening.talents.all()) == [cooking]
        assert _events(opening, "opening.changed").get().detail["fields"] == ["talents"]

    def test_closing_and_reopening(self, cast):
        opening = OpeningFactory(opened_on=TODAY() - timedelta(days=20))
        services.close_opening(opening=opening, by=cast.connector_a, closed_on=TODAY() - timedelta(days=2))
        assert not opening.is_open
        with pytest.raises(ValidationError):
            services.close_opening(opening=opening, by=cast.connector_a)
        services.reopen_opening(opening=opening, by=cast.connector_a)
        opening.refresh_from_db()
        assert opening.is_open and opening.closed_on is None

    def test_an_opening_cannot_close_before_it_opened(self, cast):
        opening = OpeningFactory(opened_on=TODAY())
        with pytest.raises(ValidationError):
            services.close_opening(opening=opening, by=cast.connector_a, closed_on=TODAY() - timedelta(days=1))

    def test_openings_of_a_stopped_place_do_not_reopen(self, cast):
        place = PlaceFactory(added_on=TODAY() - timedelta(days=10))
        opening = OpeningFactory(place=place, opened_on=place.added_on)
        services.remove_place(place=place, by=cast.connector_a, removed_on=TODAY() - timedelta(days=1))
        opening.refresh_from_db()
        with pytest.raises(ValidationError):
            services.reopen_opening(opening=opening, by=cast.connector_a)

    def test_a_generalist_cannot_change_openings(self, cast):
        with pytest.raises(PermissionDenied):
            services.close_opening(opening=OpeningFactory(), by=cast.generalist_a)
