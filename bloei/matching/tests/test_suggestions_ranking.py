"""Ranking: score_candidates over profiles, the default and learned weights, feedback changing the order."""

import math

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

import numpy as np
import pytest

from bloei.matching.choices import DismissReason, MatchKind, SuggestionDecision
from bloei.matching.models import RankingWeights, SuggestionFeedback
from bloei.matching.suggestions import (
    DEFAULT_WEIGHTS,
    SIGNAL_LABELS,
    SIGNALS,
    Profile,
    current_weights,
    learn_weights,
    score_candidates,
)
from bloei.matching.suggestions.ranking import fit_logistic
from bloei.people.models import Resident, Talent

CENTRE = (51.4386, 5.4811)


def at(east_m: float = 0.0) -> dict:
    return {"lat": CENTRE[0], "lon": CENTRE[1] + east_m / (111_320.0 * math.cos(math.radians(CENTRE[0])))}


def resident(key, **fields) -> Profile:
    return Profile(key=f"resident:{key}", kind="resident", label=key, **fields)


@pytest.fixture
def garden_request():
    return resident(
        "old-lady", wants_text="Hulp in de tuin, ik kan niet meer bukken", reach_m=250, focus="wants", **at()
    )


class TestScoreCandidates:
    def test_the_best_fit_comes_first_with_its_reasons(self, db, garden_request):
        with translation.override("en"):
            ranked = score_candidates(
                garden_request,
                [
                    resident("cook", offers_text="Kookt graag voor buurtgenoten", **at(100)),
                    resident("gardener", offers_text="Wil graag helpen in andermans tuin", **at(400)),
                ],
                match_kind=MatchKind.RESIDENT_RESIDENT,
            )
        assert [s.profile.label for s in ranked] == ["gardener", "cook"]
        assert ranked[0].reasons[0] == "can help with gardening"
        assert "500 m walking" in ranked[0].reasons
        assert set(ranked[0].features) == set(SIGNALS)
        assert ranked[0].score > ranked[1].score

    def test_hard_limits_and_exclusions_drop_candidates(self, db, garden_request):
        candidates = [
            resident("gardener", offers_text="tuinieren", **at(400)),
            resident("excluded", offers_text="tuinieren", **at(400)),
            Profile(key="opening:1", kind="opening", label="garden club", offers_text="moestuin", **at(100)),
            Profile(key="opening:2", kind="opening", label="full", offers_text="moestuin", capacity_left=0, **at(100)),
            Profile(key="opening:3", kind="opening", label="far", offers_text="moestuin", **at(900)),
            garden_request,
        ]
        people = score_candidates(
            garden_request, candidates, match_kind=MatchKind.RESIDENT_RESIDENT, exclude={"resident:excluded"}
        )
        assert [s.profile.label for s in people] == ["gardener"]
        places = score_candidates(garden_request, candidates, match_kind=MatchKind.RESIDENT_PLACE)
        assert [s.profile.label for s in places] == ["garden club"]

    def test_limit_keeps_the_best(self, db, garden_request):
        candidates = [resident(str(i), offers_text="tuinieren", **at(i * 20)) for i in range(8)]
        ranked = score_candidates(garden_request, candidates, match_kind=MatchKind.RESIDENT_RESIDENT, limit=3)
        assert [s.profile.key for s in ranked] == ["resident:0", "resident:1", "resident:2"]

    def test_the_evaluation_story_designer_and_art_graduate(self, db):
        """From the seeds: a visually impaired former designer who wants to paint, and an art-school
        graduate from Egypt who wants to volunteer and learn Dutch, find each other."""
        designer = resident(
            "designer",
            offers_text="Was grafisch ontwerper, spreekt Nederlands",
            wants_text="Slechtziend, wil weer schilderen",
            languages=frozenset({"nl"}),
            **at(),
        )
        graduate = resident(
            "graduate",
            offers_text="Afgestudeerd aan de kunstacademie in Cairo, schildert",
            wants_text="Vrijwilligerswerk en Nederlands leren",
            languages=frozenset({"ar", "en"}),
            **at(700),
        )
        distractors = [
            resident("walker", offers_text="Wandelt graag samen", languages=frozenset({"nl"}), **at(100)),
            resident("baker", offers_text="Bakt taarten", wants_text="Nederlands leren", **at(200)),
            resident("artist-no-time", offers_text="Tekent graag", languages=frozenset({"nl"}), **at(2500)),
        ]
        ranked = score_candidates(designer, [*distractors, graduate], match_kind=MatchKind.RESIDENT_RESIDENT)
        assert ranked[0].profile.label == "graduate"
        assert ranked[0].features["reciprocity"] > 0


@pytest.mark.django_db
class TestWeights:
    def test_the_defaults_until_weights_are_learned(self):
        assert current_weights() == (DEFAULT_WEIGHTS, None)
        assert set(SIGNAL_LABELS) == set(SIGNALS)

    def test_the_newest_version_counts(self):
        RankingWeights.objects.create(version=1, weights={"fit": 1.0})
        RankingWeights.objects.create(version=2, weights={"fit": 2.0, "unknown": 9})
        weights, version = current_weights()
        assert version == 2
        assert weights["fit"] == 2.0 and weights["distance"] == DEFAULT_WEIGHTS["distance"]
        assert "unknown" not in weights

    def test_learning_without_feedback_keeps_the_defaults(self):
        learned = learn_weights(note="start")
        assert learned.version == 1 and learned.trained_on == 0
        assert learned.weights == pytest.approx(DEFAULT_WEIGHTS)


def test_the_logistic_fit_recovers_a_clear_signal():
    rng = np.random.default_rng(1)
    x = np.column_stack([np.ones(400), rng.random(400)])
    y = (x[:, 1] > 0.5).astype(float)
    w = fit_logistic(x, y, prior=np.zeros(2), strength=np.array([0.0, 0.01]))
    assert w[1] > 10 and -w[0] / w[1] == pytest.approx(0.5, abs=0.05)


def _feedback(cast, n, features, decision):
    resident_type = ContentType.objects.get_for_model(Resident)
    SuggestionFeedback.objects.bulk_create(
        SuggestionFeedback(
            user=cast.connector_a,
            source_type=resident_type,
            source_id=1,
            candidate_type=resident_type,
            candidate_id=i + 2,
            match_kind=MatchKind.RESIDENT_RESIDENT,
            decision=decision,
            reason=DismissReason.NOT_A_FIT if decision == SuggestionDecision.DISMISSED else "",
            score=0.0,
            rank=1,
            features={**dict.fromkeys(SIGNALS, 0.5), **features},
        )
        for i in range(n)
    )


class TestLearningChangesTheRanking:
    def test_accepting_far_fits_and_dismissing_near_misfits_flips_the_order(self, cast, garden_request):
        garden = Talent.objects.get(slug="tuinieren")
        near = resident("near-neighbour", offers_text="Kookt graag, soms iets in de tuin", **at(50))
        far = resident("far-gardener", offers=frozenset({garden.pk}), **at(1200))
        request = Profile(**{**garden_request.__dict__, "reach_m": None})

        before = score_candidates(request, [near, far], match_kind=MatchKind.RESIDENT_RESIDENT)
        assert [s.profile.label for s in before] == ["near-neighbour", "far-gardener"]

        _feedback(cast, 40, {"fit": 1.0, "distance": 0.2}, SuggestionDecision.ACCEPTED)
        _feedback(cast, 40, {"fit": 0.3, "distance": 1.0}, SuggestionDecision.DISMISSED)
        learned = learn_weights(note="test")
        weights, version = current_weights()
        assert version == learned.version == 1 and learned.trained_on == 80
        assert weights["fit"] > DEFAULT_WEIGHTS["fit"]
        assert weights["distance"] < DEFAULT_WEIGHTS["distance"]

        after = score_candidates(request, [near, far], match_kind=MatchKind.RESIDENT_RESIDENT, weights=weights)
        assert [s.profile.label for s in after] == ["far-gardener", "near-neighbour"]

    def test_a_few_decisions_move_the_weights_only_a_little(self, cast):
        _feedback(cast, 2, {"fit": 0.0, "distance": 1.0}, SuggestionDecision.ACCEPTED)
        weights = learn_weights().weights
        for name in SIGNALS:
            assert weights[name] == pytest.approx(DEFAULT_WEIGHTS[name], abs=0.5), name
