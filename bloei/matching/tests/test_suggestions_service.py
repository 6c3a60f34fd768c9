"""suggest(): scoping by role and team, refusals, the fields of a suggestion, a fixed number of queries."""

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from bloei.matching.choices import MatchKind
from bloei.matching.suggestions import index as candidate_index
from bloei.matching.suggestions import learn_weights, suggest
from bloei.matching.suggestions.sync import flush_pending
from bloei.matching.tests.factories import SignUpFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import AssignmentFactory, ResidentFactory, TalentScanFactory
from bloei.places.tests.factories import OpeningFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_arrays():
    candidate_index.reset_caches()
    yield
    candidate_index.reset_caches()


def gardener(**fields):
    resident = ResidentFactory(walking_distance_m=20_000, **fields)
    TalentScanFactory(resident=resident, good_at="tuinieren").talents.add(Talent.objects.get(slug="tuinieren"))
    return resident


class TestScoping:
    def test_a_connector_of_team_b_never_gets_team_a_residents(self, cast, buurt_a, buurt_b):
        team_a_gardener = gardener(buurt=buurt_a)
        team_b_gardener = gardener(buurt=buurt_b)
        request = SignUpFactory(resident=ResidentFactory(buurt=buurt_b, walking_distance_m=20_000), title="tuin")
        found = [s.candidate for s in suggest(user=cast.connector_b, source=request)]
        assert found == [team_b_gardener]
        # Not the distance: once the team-A resident is in connector B's caseload, they are suggested.
        AssignmentFactory(resident=team_a_gardener, user=cast.connector_b)
        found = {s.candidate for s in suggest(user=cast.connector_b, source=request)}
        assert found == {team_a_gardener, team_b_gardener}

    def test_a_generalist_gets_only_residents_assigned_to_them(self, cast):
        mine, not_mine = gardener(), gardener()
        request = SignUpFactory(title="Hulp in de tuin")
        for resident in (mine, request.resident):
            AssignmentFactory(resident=resident, user=cast.generalist_a, role="generalist")
        assert [s.candidate for s in suggest(user=cast.generalist_a, source=request)] == [mine]
        assert {s.candidate for s in suggest(user=cast.team_lead_a, source=request)} == {mine, not_mine}

    def test_openings_are_suggested_whatever_the_team(self, cast, buurt_b):
        request = SignUpFactory(resident=ResidentFactory(buurt=buurt_b, walking_distance_m=20_000), title="tuin")
        opening = OpeningFactory(title="Vrijwilliger moestuin")  # in team A's area
        found = suggest(user=cast.connector_b, source=request, kinds=[MatchKind.RESIDENT_PLACE])
        assert [s.candidate for s in found] == [opening]

    def test_a_source_out_of_scope_is_refused(self, cast, buurt_a):
        request = SignUpFactory(resident=ResidentFactory(buurt=buurt_a))
        with pytest.raises(PermissionDenied):
            suggest(user=cast.connector_b, source=request)
        with pytest.raises(PermissionDenied):
            suggest(user=cast.connector_b, source=request.resident)

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_roles_without_casework_are_refused(self, cast, role):
        with pytest.raises(PermissionDenied):
            suggest(user=cast.roles()[role], source=SignUpFactory())


class TestTheList:
    def test_suggestions_carry_kind_rank_reasons_and_the_weights_version(self, cast):
        helper = gardener()
        opening = OpeningFactory(title="Vrijwilliger moestuin")
        request = SignUpFactory(title="Hulp in de tuin")
        with translation.override("en"):
            found = suggest(user=cast.connector_a, source=request)
        assert [s.rank for s in found] == [1, 2]
        by_candidate = {s.candidate: s for s in found}
        assert by_candidate[helper].match_kind == MatchKind.RESIDENT_RESIDENT
        assert by_candidate[opening].match_kind == MatchKind.RESIDENT_PLACE
        assert by_candidate[helper].reasons[0] == "can help with gardening"
        for s in found:
            assert s.explanation == " · ".join(s.reasons)
            assert s.weights_version is None
            assert found[0].score >= s.score
        learn_weights()
        assert {s.weights_version for s in suggest(user=cast.connector_a, source=request)} == {1}

    def test_kinds_limit_the_list(self, cast):
        helper = gardener()
        opening = OpeningFactory(title="Vrijwilliger moestuin")
        request = SignUpFactory(title="Hulp in de tuin")
        people = suggest(user=cast.connector_a, source=request, kinds=[MatchKind.RESIDENT_RESIDENT])
        assert [s.candidate for s in people] == [helper]
        places = suggest(user=cast.connector_a, source=request, kinds=["opening"])
        assert [s.candidate for s in places] == [opening]
        assert suggest(user=cast.connector_a, source=request, kinds=[MatchKind.PLACE_PLACE]) == []

    def test_limit(self, cast):
        for _ in range(5):
            gardener()
        request = SignUpFactory(title="Hulp in de tuin")
        assert len(suggest(user=cast.connector_a, source=request, limit=3)) == 3

    def test_a_resident_source_is_not_suggested_to_itself(self, cast):
        resident = gardener()
        other = gardener()
        assert [s.candidate for s in suggest(user=cast.connector_a, source=resident)] == [other]


def test_the_number_of_queries_does_not_grow_with_the_candidates(cast):
    """State, changed rows, assignments, matches, weights, the sign-up's talents, the candidates: seven."""
    request = SignUpFactory(title="Hulp in de tuin")
    gardener()
    suggest(user=cast.connector_a, source=request)  # builds the index
    with CaptureQueriesContext(connection) as few:
        suggest(user=cast.connector_a, source=request, kinds=[MatchKind.RESIDENT_RESIDENT])
    for _ in range(25):
        gardener()
        OpeningFactory(title="Vrijwilliger moestuin")
    flush_pending("default")
    suggest(user=cast.connector_a, source=request)  # reads the new rows
    with CaptureQueriesContext(connection) as many:
        found = suggest(user=cast.connector_a, source=request, kinds=[MatchKind.RESIDENT_RESIDENT])
    assert len(found) == 10
    assert len(many) == len(few) == 7
