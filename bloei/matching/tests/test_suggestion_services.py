"""Accepting and dismissing suggestions: the feedback the ranking learns from, and the match an acceptance proposes."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent
from bloei.matching import services
from bloei.matching.choices import DismissReason, MatchKind, MatchStatus, SignUpKind, SuggestionDecision
from bloei.matching.models import Match, RankingWeights, SuggestionFeedback
from bloei.matching.suggestions import SIGNALS
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def signal_values(**values) -> dict[str, float]:
    return {name: values.get(name, 0.25) for name in SIGNALS}


@dataclass
class Ranked:
    """A suggestion as the panel hands it to the services: the counterpart and what it was ranked on."""

    candidate: object
    match_kind: str = MatchKind.RESIDENT_RESIDENT
    score: float = 1.75
    rank: int = 2
    features: dict = field(default_factory=signal_values)
    weights_version: int | None = None


class TestDismissing:
    def test_a_dismissal_is_stored_with_the_signal_values_it_was_ranked_on(self, cast):
        signup = SignUpFactory()
        kees = ResidentFactory()
        features = signal_values(**{SIGNALS[0]: 0.9})
        feedback = services.dismiss_suggestion(
            by=cast.connector_a,
            source=signup,
            suggestion=Ranked(kees, score=2.5, rank=3, features=features, weights_version=4),
            reason=DismissReason.TOO_FAR,
            note="  Woont aan de andere kant van de stad ",
        )
        feedback.refresh_from_db()
        assert feedback.decision == SuggestionDecision.DISMISSED and feedback.reason == DismissReason.TOO_FAR
        assert feedback.note == "Woont aan de andere kant van de stad"
        assert feedback.user == cast.connector_a and feedback.team == signup.team
        assert (feedback.source_type.model, feedback.source_id) == ("signup", signup.pk)
        assert (feedback.candidate_type.model, feedback.candidate_id) == ("resident", kees.pk)
        assert feedback.match_kind == MatchKind.RESIDENT_RESIDENT and feedback.match is None
        assert (feedback.score, feedback.rank, feedback.weights_version) == (2.5, 3, 4)
        assert feedback.features == features
        event = AuditEvent.objects.get(event="suggestion.dismissed")
        assert event.actor == cast.connector_a and event.resident_id == signup.resident_id
        assert event.detail == {
            "source": f"signup:{signup.pk}",
            "candidate": f"resident:{kees.pk}",
            "rank": 3,
            "kind": "resident_resident",
            "reason": "too_far",
        }
        assert kees.last_name not in str(event.detail) and "stad" not in str(event.detail)

    @pytest.mark.parametrize("reason", ["", "dislike"])
    def test_a_dismissal_needs_a_known_reason(self, cast, reason):
        with pytest.raises(ValidationError) as error:
            services.dismiss_suggestion(
                by=cast.connector_a, source=SignUpFactory(), suggestion=Ranked(ResidentFactory()), reason=reason
            )
        assert "reason" in error.value.message_dict
        assert not SuggestionFeedback.objects.exists() and not AuditEvent.objects.exists()

    def test_dismissing_the_same_suggestion_twice_records_it_once(self, cast):
        signup, kees = SignUpFactory(), ResidentFactory()
        first = services.dismiss_suggestion(
            by=cast.connector_a, source=signup, suggestion=Ranked(kees), reason=DismissReason.NOT_NOW
        )
        again = services.dismiss_suggestion(
            by=cast.connector_a, source=signup, suggestion=Ranked(kees), reason=DismissReason.NOT_A_FIT
        )
        assert again == first and SuggestionFeedback.objects.count() == 1

    def test_a_note_longer_than_300_characters_is_refused(self, cast):
        with pytest.raises(ValidationError) as error:
            services.dismiss_suggestion(
                by=cast.connector_a,
                source=SignUpFactory(),
                suggestion=Ranked(ResidentFactory()),
                reason=DismissReason.OTHER,
                note="x" * 301,
            )
        assert "note" in error.value.message_dict


class TestAccepting:
    def test_accepting_proposes_the_match_with_the_request_and_links_the_feedback(self, cast):
        signup = SignUpFactory(kind=SignUpKind.REQUEST)
        kees = ResidentFactory()
        match = services.accept_suggestion(by=cast.connector_a, source=signup, suggestion=Ranked(kees, rank=1))
        assert match.status == MatchStatus.PROPOSED and match.kind == MatchKind.RESIDENT_RESIDENT
        assert (match.resident_a, match.resident_b) == (signup.resident, kees)
        assert match.request == signup and match.offer is None
        assert list(match.connectors.all()) == [cast.connector_a]
        feedback = SuggestionFeedback.objects.get()
        assert feedback.decision == SuggestionDecision.ACCEPTED and feedback.reason == ""
        assert feedback.match == match and feedback.rank == 1 and feedback.team == match.team
        assert AuditEvent.objects.filter(event="match.proposed", object_id=str(match.pk)).exists()
        assert AuditEvent.objects.get(event="suggestion.accepted").detail["match"] == match.pk

    def test_an_offer_with_an_opening_becomes_the_offer_of_a_match_with_the_place(self, cast):
        signup = SignUpFactory(kind=SignUpKind.OFFER, title="Wil graag tuinieren")
        opening = OpeningFactory()
        match = services.accept_suggestion(
            by=cast.connector_a, source=signup, suggestion=Ranked(opening, match_kind=MatchKind.RESIDENT_PLACE)
        )
        assert match.kind == MatchKind.RESIDENT_PLACE and match.resident_a == signup.resident
        assert match.opening == opening and match.place_a == opening.place
        assert match.offer == signup and match.request is None

    def test_from_a_resident_or_an_opening_the_resident_is_the_resident_side(self, cast):
        joke, kees, opening = ResidentFactory(), ResidentFactory(), OpeningFactory()
        match = services.accept_suggestion(by=cast.connector_a, source=joke, suggestion=Ranked(kees))
        assert (match.resident_a, match.resident_b, match.request, match.offer) == (joke, kees, None, None)
        match = services.accept_suggestion(
            by=cast.connector_a, source=opening, suggestion=Ranked(joke, match_kind=MatchKind.RESIDENT_PLACE)
        )
        assert (match.resident_a, match.opening) == (joke, opening)

    def test_two_places_make_a_place_place_match(self, cast):
        a, b = PlaceFactory(), PlaceFactory()
        match = services.accept_suggestion(
            by=cast.connector_a, source=a, suggestion=Ranked(b, match_kind=MatchKind.PLACE_PLACE)
        )
        assert (match.kind, match.place_a, match.place_b) == (MatchKind.PLACE_PLACE, a, b)
        assert SuggestionFeedback.objects.get().team == match.team

    def test_every_rule_of_proposing_applies_and_a_refusal_stores_no_feedback(self, cast):
        opening = OpeningFactory(capacity=1)
        MatchFactory(place=True, opening=opening)  # takes the only place
        with pytest.raises(ValidationError) as error:
            services.accept_suggestion(
                by=cast.connector_a,
                source=ResidentFactory(),
                suggestion=Ranked(opening, match_kind=MatchKind.RESIDENT_PLACE),
            )
        assert error.value.code == "opening_full"
        joke, kees = ResidentFactory(), ResidentFactory()
        MatchFactory(resident_a=kees, resident_b=joke)
        with pytest.raises(ValidationError) as error:
            services.accept_suggestion(by=cast.connector_a, source=joke, suggestion=Ranked(kees))
        assert error.value.code == "duplicate"
        assert not SuggestionFeedback.objects.exists()
        assert Match.objects.count() == 2

    def test_a_closed_signup_cannot_be_matched_from_a_suggestion(self, cast):
        signup = SignUpFactory(status="withdrawn", closed_on=timezone.localdate())
        with pytest.raises(ValidationError):
            services.accept_suggestion(by=cast.connector_a, source=signup, suggestion=Ranked(ResidentFactory()))
        assert not Match.objects.exists() and not SuggestionFeedback.objects.exists()

    @pytest.mark.parametrize(
        ("make_candidate", "kind"),
        [
            (PlaceFactory, MatchKind.RESIDENT_PLACE),  # a resident meets a place through one of its openings
            (OpeningFactory, MatchKind.RESIDENT_RESIDENT),
            (ResidentFactory, MatchKind.PLACE_PLACE),
        ],
    )
    def test_a_counterpart_that_does_not_fit_the_kind_is_refused(self, cast, make_candidate, kind):
        with pytest.raises(ValidationError) as error:
            services.accept_suggestion(
                by=cast.connector_a, source=SignUpFactory(), suggestion=Ranked(make_candidate(), match_kind=kind)
            )
        assert error.value.code == "parties"
        assert not Match.objects.exists()


class TestScope:
    def test_a_counterpart_the_user_may_not_see_is_refused(self, cast, buurt_b):
        signup = SignUpFactory()
        other_team = ResidentFactory(buurt=buurt_b)
        with pytest.raises(PermissionDenied):
            services.accept_suggestion(by=cast.connector_a, source=signup, suggestion=Ranked(other_team))
        with pytest.raises(PermissionDenied):
            services.dismiss_suggestion(
                by=cast.connector_a, source=signup, suggestion=Ranked(other_team), reason=DismissReason.NOT_A_FIT
            )
        assert not Match.objects.exists() and not SuggestionFeedback.objects.exists()

    def test_a_source_the_user_may_not_see_is_refused(self, cast):
        signup, kees = SignUpFactory(), ResidentFactory()  # team A
        with pytest.raises(PermissionDenied):
            services.dismiss_suggestion(
                by=cast.connector_b, source=signup, suggestion=Ranked(kees), reason=DismissReason.NOT_A_FIT
            )
        with pytest.raises(PermissionDenied):
            services.accept_suggestion(by=cast.connector_b, source=signup, suggestion=Ranked(kees))
        assert not SuggestionFeedback.objects.exists()

    @pytest.mark.parametrize("role", ["generalist_a", "analyst", "admin"])
    def test_roles_that_do_not_make_matches_cannot_record_decisions(self, cast, role):
        user = cast.roles()[role]
        with pytest.raises(PermissionDenied):
            services.dismiss_suggestion(
                by=user, source=SignUpFactory(), suggestion=Ranked(ResidentFactory()), reason=DismissReason.NOT_NOW
            )
        assert not SuggestionFeedback.objects.exists()


class TestRecordingFeedback:
    def base(self, cast, **overrides):
        kwargs = {
            "by": cast.connector_a,
            "source": SignUpFactory(),
            "suggestion_candidate": ResidentFactory(),
            "match_kind": MatchKind.RESIDENT_RESIDENT,
            "decision": SuggestionDecision.DISMISSED,
            "score": 1.0,
            "rank": 1,
            "features": signal_values(),
            "weights_version": None,
            "reason": DismissReason.NOT_A_FIT,
        }
        return {**kwargs, **overrides}

    @pytest.mark.parametrize(
        "overrides",
        [
            {"decision": SuggestionDecision.ACCEPTED},  # an acceptance has no reason to dismiss
            {"decision": "maybe"},
            {"match_kind": "friends"},
            {"rank": 0},
            {"score": float("nan")},
            {"features": {"text": "high"}},
            {"features": {"text": float("inf")}},
        ],
    )
    def test_bad_feedback_is_refused_and_nothing_is_stored(self, cast, overrides):
        with pytest.raises(ValidationError):
            services.record_suggestion_feedback(**self.base(cast, **overrides))
        assert not SuggestionFeedback.objects.exists()

    def test_a_match_the_user_may_not_see_is_refused(self, cast, buurt_b):
        match = MatchFactory(resident_a=ResidentFactory(buurt=buurt_b))
        with pytest.raises(PermissionDenied):
            services.record_suggestion_feedback(
                **self.base(cast, decision=SuggestionDecision.ACCEPTED, reason="", match=match)
            )


class TestLearning:
    def test_each_decision_teaches_the_ranking_new_weights_once_it_is_saved(
        self, cast, django_capture_on_commit_callbacks
    ):
        assert not RankingWeights.objects.exists()
        source, candidate = SignUpFactory(), ResidentFactory()
        with django_capture_on_commit_callbacks(execute=True):
            services.dismiss_suggestion(
                by=cast.connector_a, source=source, suggestion=Ranked(candidate), reason=DismissReason.NOT_A_FIT
            )
        assert RankingWeights.objects.get().trained_on == 1
        with django_capture_on_commit_callbacks(execute=True):
            services.accept_suggestion(
                by=cast.connector_a, source=SignUpFactory(), suggestion=Ranked(ResidentFactory())
            )
        latest = RankingWeights.objects.order_by("-version").first()
        assert RankingWeights.objects.count() == 2 and latest.trained_on == 2

    def test_learning_again_is_for_the_beheerder_and_the_team_lead(self, cast):
        with pytest.raises(PermissionDenied):
            services.relearn_suggestion_weights(by=cast.connector_a)
        weights = services.relearn_suggestion_weights(by=cast.admin)
        assert RankingWeights.objects.get() == weights
        event = AuditEvent.objects.get(event="suggestion.weights_learned")
        assert event.actor == cast.admin and event.detail == {"version": weights.version}
        assert event.content_type == ContentType.objects.get_for_model(RankingWeights)
        services.relearn_suggestion_weights(by=cast.team_lead_a)
        assert RankingWeights.objects.count() == 2

    def test_with_many_decisions_the_ranking_learns_every_few_decisions(
        self, cast, monkeypatch, django_capture_on_commit_callbacks
    ):
        monkeypatch.setattr(services, "LEARN_EACH_UP_TO", 1)
        monkeypatch.setattr(services, "LEARN_EVERY_LATER", 2)
        learned = []
        for _ in range(4):
            source, candidate = SignUpFactory(), ResidentFactory()
            with django_capture_on_commit_callbacks(execute=True):
                services.dismiss_suggestion(
                    by=cast.connector_a, source=source, suggestion=Ranked(candidate), reason=DismissReason.NOT_NOW
                )
            learned.append(RankingWeights.objects.count())
        assert learned == [1, 2, 2, 3]  # after the 1st (each up to 1), then after every 2nd
