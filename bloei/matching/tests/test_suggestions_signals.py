"""Each signal on its own, over small candidate stores built from profiles (no database)."""

import math

import numpy as np
import pytest

from bloei.matching.suggestions import signals as sig
from bloei.matching.suggestions.ranking import evaluate
from bloei.matching.suggestions.store import CandidateStore, row_from_profile
from bloei.matching.suggestions.text import Analyzer, concepts_from_csv
from bloei.matching.suggestions.types import Profile

CENTRE = (51.4386, 5.4811)  # Binnenstad, Eindhoven


def at(east_m: float = 0.0, north_m: float = 0.0) -> dict:
    lat = CENTRE[0] + north_m / 111_320.0
    lon = CENTRE[1] + east_m / (111_320.0 * math.cos(math.radians(CENTRE[0])))
    return {"lat": lat, "lon": lon}


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(concepts_from_csv())


@pytest.fixture(scope="module")
def talent(analyzer):
    ids = {c.slug: c.id for c in analyzer.concepts.values()}
    return ids.__getitem__


@pytest.fixture
def prepared(analyzer):
    """prepared(query, *candidates) -> (Query, CandidateStore); candidates keep their order as rows."""

    def build(query: Profile, *candidates: Profile):
        store = CandidateStore.from_rows([row_from_profile(p, analyzer) for p in candidates])
        return sig.build_query(row_from_profile(query, analyzer), store, analyzer), store

    return build


def resident(key: str, **fields) -> Profile:
    return Profile(key=f"resident:{key}", kind="resident", label=key, **fields)


def opening(key: str, **fields) -> Profile:
    return Profile(key=f"opening:{key}", kind="opening", label=key, **fields)


class TestFit:
    def test_the_candidate_who_offers_what_is_asked_fits(self, prepared, talent):
        q, store = prepared(
            resident("1", wants=frozenset({talent("tuinieren")}), focus="wants"),
            resident("2", offers=frozenset({talent("tuinieren")})),
            resident("3", offers=frozenset({talent("koken")})),
            resident("4", wants=frozenset({talent("tuinieren")})),
        )
        fit = sig.fit_signal(q, sig.concept_fit(q, store))
        assert fit.tolist() == [1.0, 0.0, 0.0]

    def test_concepts_come_from_free_text_too_at_a_lower_weight(self, prepared):
        q, store = prepared(
            resident("1", wants_text="Hulp bij tuinonderhoud", focus="wants"),
            resident("2", offers_text="Ik hou van tuinieren en snoeien"),
            resident("3", offers_text="I love gardening"),
        )
        fit = sig.fit_signal(q, sig.concept_fit(q, store))
        assert fit[0] == fit[1] == pytest.approx(0.8)

    def test_a_rare_concept_weighs_more_than_a_common_one(self, prepared, talent):
        common, rare = talent("koken"), talent("fotografie")
        cooks = [resident(f"c{i}", offers=frozenset({common})) for i in range(6)]
        q, store = prepared(
            resident("q", wants=frozenset({common, rare}), focus="wants"),
            *cooks,
            resident("photographer", offers=frozenset({rare})),
        )
        fit = sig.fit_signal(q, sig.concept_fit(q, store))
        assert fit[-1] > fit[0] > 0
        assert fit[-1] + fit[0] == pytest.approx(1.0)

    def test_an_offer_looks_for_who_wants_it(self, prepared, talent):
        q, store = prepared(
            resident("1", offers=frozenset({talent("computer")}), focus="offers"),
            resident("2", wants=frozenset({talent("computer")})),
            resident("3", offers=frozenset({talent("computer")})),
        )
        assert sig.fit_signal(q, sig.concept_fit(q, store)).tolist() == [1.0, 0.0]

    def test_without_focus_either_direction_counts(self, prepared, talent):
        q, store = prepared(
            resident("1", offers=frozenset({talent("computer")}), wants=frozenset({talent("bakken")})),
            resident("2", wants=frozenset({talent("computer")})),
            resident("3", offers=frozenset({talent("bakken")})),
        )
        assert sig.fit_signal(q, sig.concept_fit(q, store)).tolist() == [1.0, 1.0]

    def test_an_opening_is_about_its_topic_whichever_side_the_text_is_on(self, prepared, talent):
        q, store = prepared(
            resident("1", offers=frozenset({talent("tuinieren")})),
            opening("1", offers_text="Vrijwilliger moestuin"),
            opening("2", wants_text="Voor wie van tuinieren houdt"),
            opening("3", offers_text="Kookcursus"),
        )
        fit = sig.fit_signal(q, sig.concept_fit(q, store))
        assert fit[0] > 0 and fit[1] > 0 and fit[2] == 0


class TestSharedAndReciprocity:
    def test_both_wanting_the_same_is_a_shared_interest(self, prepared, talent):
        q, store = prepared(
            resident("1", wants=frozenset({talent("wandelen")})),
            resident("2", wants=frozenset({talent("wandelen")})),
            resident("3", offers=frozenset({talent("wandelen")})),
        )
        assert sig.shared_signal(sig.concept_fit(q, store)).tolist() == [1.0, 0.0]

    def test_value_both_ways_needs_each_side_to_get_something(self, prepared, talent):
        # The designer wants to paint and speaks Dutch; the art graduate paints and wants to learn Dutch.
        q, store = prepared(
            resident(
                "designer", wants=frozenset({talent("schilderen")}), offers=frozenset({talent("taal-nederlands")})
            ),
            resident(
                "graduate", offers=frozenset({talent("schilderen")}), wants=frozenset({talent("taal-nederlands")})
            ),
            resident("painter", offers=frozenset({talent("schilderen")})),
        )
        assert sig.reciprocity_signal(sig.concept_fit(q, store)).tolist() == [1.0, 0.0]

    def test_shared_and_reciprocity_count_only_between_residents(self, prepared, talent):
        q, store = prepared(
            resident("1", wants=frozenset({talent("wandelen")}), offers=frozenset({talent("koken")})),
            opening("walk", offers=frozenset({talent("wandelen"), talent("koken")})),
        )
        ev = evaluate(q, store)
        assert ev.features["shared"].tolist() == [0.0]
        assert ev.features["reciprocity"].tolist() == [0.0]
        assert ev.features["fit"][0] > 0


class TestWords:
    def test_rare_words_outside_the_taxonomy_both_use_count(self, prepared):
        q, store = prepared(
            resident("1", wants_text="Zoekt hulp met de rolstoelbus naar Philips Museum"),
            resident("2", offers_text="Rijdt vaak naar het Philips Museum"),
            resident("3", offers_text="Houdt van lange fietstochten"),
        )
        words = sig.words_signal(q, store)
        assert words[0] > 0.5
        assert words[1] == 0.0

    def test_words_common_to_many_candidates_tell_nothing(self, prepared):
        many = [resident(str(i), offers_text=f"activiteit nummer{i} in de wijk") for i in range(40)]
        q, store = prepared(resident("q", wants_text="een activiteit"), *many)
        assert sig.words_signal(q, store).max() == 0.0


class TestDistance:
    def test_haversine_gives_metres(self):
        # One degree of latitude is about 111 km.
        assert sig.haversine_m(51.0, 5.0, 52.0, 5.0) == pytest.approx(111_195, rel=1e-3)
        assert sig.haversine_m(51.0, 5.0, 51.0, 5.0) == 0.0

    def test_closer_is_better_and_walking_is_longer_than_the_straight_line(self, prepared):
        q, store = prepared(
            resident("1", **at(), reach_m=None),
            resident("2", **at(east_m=400)),
            resident("3", **at(east_m=1600)),
        )
        closeness, metres, too_far = sig.distance_signal(q, store)
        assert metres[0] == pytest.approx(400 * sig.DETOUR, rel=0.01)
        assert closeness[0] > closeness[1]
        assert closeness[0] == pytest.approx(1 / (1 + (500 / 800) ** 2), rel=0.02)
        assert not too_far.any()

    def test_the_residents_reach_is_a_hard_limit_for_a_place(self, prepared):
        q, store = prepared(
            resident("rollator", **at(), reach_m=250, needs_step_free=True),
            opening("near", **at(east_m=150)),
            opening("far", **at(east_m=400)),
        )
        _closeness, _metres, too_far = sig.distance_signal(q, store)
        assert too_far.tolist() == [False, True]

    def test_of_two_residents_the_one_who_can_go_further_visits(self, prepared):
        q, store = prepared(
            resident("homebound", **at(), reach_m=0),
            resident("walker", **at(east_m=800), reach_m=1000),
            resident("short", **at(east_m=800), reach_m=500),
            resident("unknown", **at(east_m=5000), reach_m=None),
        )
        assert sig.distance_signal(q, store)[2].tolist() == [False, True, False]

    def test_an_unknown_place_is_neutral_and_never_too_far(self, prepared):
        q, store = prepared(resident("1", reach_m=100), opening("somewhere", **at(east_m=3000)))
        closeness, metres, too_far = sig.distance_signal(q, store)
        assert closeness.tolist() == [0.5] and math.isnan(metres[0]) and not too_far[0]


class TestLanguage:
    def test_a_shared_language_besides_dutch_counts_most(self, prepared):
        q, store = prepared(
            resident("1", languages=frozenset({"nl", "ar"})),
            resident("2", languages=frozenset({"ar"})),
            resident("3", languages=frozenset({"nl"})),
            resident("4", languages=frozenset({"tr"})),
            resident("5"),
        )
        assert sig.language_signal(q, store).tolist() == [1.0, 0.8, 0.0, 0.5]

    def test_someone_who_wants_to_practise_dutch_likes_a_dutch_speaker(self, prepared):
        q, store = prepared(
            resident("newcomer", languages=frozenset({"ar"}), wants_text="Ik wil Nederlands oefenen"),
            resident("dutch", languages=frozenset({"nl"})),
            resident("arabic", languages=frozenset({"ar"})),
        )
        assert sig.dutch_practice_signal(q, store).tolist() == [1.0, 0.0]

    def test_a_dutch_speaker_likes_someone_who_wants_to_practise(self, prepared):
        q, store = prepared(
            resident("dutch", languages=frozenset({"nl"})),
            resident("learner", languages=frozenset({"uk"}), wants_text="beter Nederlands leren"),
            resident("other", languages=frozenset({"uk"})),
        )
        assert sig.dutch_practice_signal(q, store).tolist() == [1.0, 0.0]


class TestAvailability:
    def test_overlap_relative_to_the_fewer_day_parts(self, prepared):
        q, store = prepared(
            resident("1", availability=frozenset({"mon_am", "tue_am", "wed_am", "thu_am"})),
            resident("2", availability=frozenset({"mon_am", "sat_pm"})),
            resident("3", availability=frozenset({"mon_am"})),
            resident("4", availability=frozenset({"sun_ev"})),
            resident("5"),
        )
        assert sig.availability_signal(q, store).tolist() == [0.5, 1.0, 0.0, 0.5]


class TestAccessibility:
    def test_a_step_free_need_rules_out_a_place_that_is_not(self, prepared):
        q, store = prepared(
            resident("wheelchair", needs_step_free=True),
            opening("stairs", step_free=False),
            opening("ramp", step_free=True),
            resident("neighbour"),
        )
        value, blocked = sig.accessibility_signal(q, store)
        assert blocked.tolist() == [True, False, False]
        assert value.tolist() == [0.0, 1.0, 0.0]

    def test_an_opening_without_step_free_access_rules_out_who_needs_it(self, prepared):
        q, store = prepared(
            opening("stairs", step_free=False),
            resident("wheelchair", needs_step_free=True),
            resident("walker"),
        )
        assert sig.accessibility_signal(q, store)[1].tolist() == [True, False]


class TestCapacity:
    def test_no_places_left_is_a_hard_limit_and_more_room_is_better(self, prepared):
        q, store = prepared(
            resident("1"),
            opening("full", capacity_left=0),
            opening("one", capacity_left=1),
            opening("many", capacity_left=12),
            resident("2"),
        )
        value, full = sig.capacity_signal(q, store)
        assert full.tolist() == [True, False, False, False]
        assert value.tolist() == [0.0, 0.25, 1.0, 0.5]

    def test_a_full_opening_as_the_source_has_no_candidates(self, prepared):
        q, store = prepared(opening("full", capacity_left=0), resident("1"))
        assert sig.capacity_signal(q, store)[1].all()


def test_every_signal_lies_between_zero_and_one(prepared, talent):
    q, store = prepared(
        resident("q", **at(), wants_text="tuin, taalmaatje", languages=frozenset({"nl"}), reach_m=2000),
        *[
            resident(str(i), **at(east_m=i * 97), offers_text="tuinieren en koken", languages=frozenset({"nl"}))
            for i in range(10)
        ],
        opening("o", **at(east_m=300), capacity_left=3, offers=frozenset({talent("tuinieren")})),
    )
    for name, values in evaluate(q, store).features.items():
        assert np.all((values >= 0) & (values <= 1)), name


def test_the_store_grows_in_rows_and_concepts_and_overwrites_in_place():
    from bloei.matching.suggestions.store import Row

    store = CandidateStore(capacity=16, width=16)
    rows = [Row(key=f"resident:{i}", kind="resident", offers={i: 1.0}, wants={100 + i: 0.8}) for i in range(40)]
    store.upsert(rows)
    assert store.n == 40 and store.width >= 80
    assert store.row_concepts(39) == ({39: 1.0}, {139: pytest.approx(0.8)})
    assert store.df.sum() == 80
    store.upsert([Row(key="resident:3", kind="resident", offers={7: 1.0})])
    assert store.n == 40 and store.row_concepts(3) == ({7: 1.0}, {})
    store.upsert([Row(key="resident:3", kind="resident", deleted=True)])
    assert not store.alive[3] and store.df.sum() == 78
