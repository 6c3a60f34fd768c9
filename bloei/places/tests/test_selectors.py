from datetime import timedelta

from django.utils import timezone

import pytest

from bloei.matching.choices import MatchStatus
from bloei.matching.models import Match
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ResidentFactory
from bloei.places import selectors
from bloei.places.choices import PlaceKind
from bloei.places.models import Opening, Place
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def _match(opening, status):
    started = TODAY() - timedelta(days=10) if status in (MatchStatus.ACTIVE, MatchStatus.ENDED) else None
    return MatchFactory(
        place=True,
        opening=opening,
        place_a=opening.place,
        status=status,
        started_on=started,
        ended_on=TODAY() - timedelta(days=1) if status == MatchStatus.ENDED else None,
        end_reason="no_click" if status == MatchStatus.ENDED else "",
    )


def test_capacity_left_counts_proposed_introduced_and_active_matches_only():
    opening = OpeningFactory(capacity=5)
    for status in (MatchStatus.PROPOSED, MatchStatus.INTRODUCED, MatchStatus.ACTIVE, MatchStatus.ENDED):
        _match(opening, status)
    annotated = selectors.with_capacity(Opening.objects.filter(pk=opening.pk)).get()
    assert annotated.taken == 3 and annotated.capacity_left == 2


def test_capacity_left_never_drops_below_zero():
    opening = OpeningFactory(capacity=1)
    _match(opening, MatchStatus.PROPOSED)
    _match(opening, MatchStatus.ACTIVE)
    assert selectors.with_capacity(Opening.objects.filter(pk=opening.pk)).get().capacity_left == 0


class TestSearch:
    def test_finds_places_by_name_opening_title_and_talent(self):
        library = PlaceFactory(name="Bibliotheek Woensel")
        reading = OpeningFactory(title="Voorlezen op woensdag").place
        cooking = OpeningFactory(title="Koken voor ouderen")
        cooking.talents.add(Talent.objects.get(slug="tuinieren"))
        assert list(Place.objects.search("bibliotheek")) == [library]
        assert list(Place.objects.search("voorlezen")) == [reading]
        # A talent is found by its Dutch name, its English name and its search words.
        for word in ("tuinieren", "gardening", "snoeien"):
            assert list(Place.objects.search(word)) == [cooking.place]

    def test_every_word_must_match_and_a_place_appears_once(self):
        place = PlaceFactory(name="Buurthuis Het Hofke")
        OpeningFactory(place=place, title="Koffie schenken")
        OpeningFactory(place=place, title="Koffie zetten")
        PlaceFactory(name="Koffiehuis")
        assert list(Place.objects.search("hofke koffie")) == [place]
        assert Place.objects.search("koffie").count() == 2

    def test_openings_are_found_by_place_name_and_talent(self):
        opening = OpeningFactory(title="Voorlezen", place=PlaceFactory(name="Bieb"))
        opening.talents.add(Talent.objects.get(slug="tuinieren"))
        assert list(Opening.objects.search("bieb")) == [opening]
        assert list(Opening.objects.search("garden voorlezen")) == [opening]
        assert not Opening.objects.search("zwemmen").exists()


class TestPlaceList:
    def test_filters_by_buurt_kind_and_active(self, cast, buurt_a, buurt_b):
        here = PlaceFactory(buurt=buurt_a, kind=PlaceKind.LIBRARY)
        there = PlaceFactory(buurt=buurt_b, kind=PlaceKind.LIBRARY)
        gone = PlaceFactory(buurt=buurt_a, added_on=TODAY() - timedelta(days=9), removed_on=TODAY() - timedelta(days=1))
        user = cast.connector_a
        assert set(selectors.place_list(user, buurt=buurt_a)) == {here, gone}
        assert set(selectors.place_list(user, buurt=buurt_a, only_active=True)) == {here}
        assert set(selectors.place_list(user, kind=PlaceKind.LIBRARY)) == {here, there}

    def test_counts_open_openings(self, cast):
        place = PlaceFactory()
        OpeningFactory(place=place)
        OpeningFactory(place=place, opened_on=TODAY() - timedelta(days=5), closed_on=TODAY() - timedelta(days=1))
        assert selectors.place_list(cast.connector_a).get(pk=place.pk).open_openings == 1

    def test_roles_without_places_view_see_nothing(self, cast):
        PlaceFactory()
        assert not selectors.place_list(cast.municipality).exists()
        assert selectors.place_list(cast.analyst).exists()


def test_match_rows_name_only_residents_in_scope(cast, buurt_b):
    opening = OpeningFactory()
    mine = MatchFactory(place=True, opening=opening, place_a=opening.place)
    theirs = MatchFactory(place=True, opening=opening, place_a=opening.place, resident_a=ResidentFactory(buurt=buurt_b))
    rows = selectors.match_rows(cast.team_lead_a, Match.objects.filter(pk__in=[mine.pk, theirs.pk]).order_by("pk"))
    assert rows[0].parties == [mine.resident_a.full_name, str(opening)] and rows[0].hidden_residents == 0
    assert rows[1].parties == [str(opening)] and rows[1].hidden_residents == 1


def test_a_place_never_verified_or_verified_over_a_year_ago_is_due_for_a_check():
    assert selectors.verification_due(PlaceFactory.build(last_verified_on=None))
    assert selectors.verification_due(PlaceFactory.build(last_verified_on=TODAY() - timedelta(days=366)))
    assert not selectors.verification_due(PlaceFactory.build(last_verified_on=TODAY() - timedelta(days=30)))
