"""The explanation: which reasons, with which parameters, in which order, and their English text.

The Dutch texts come from the project's catalogue (the lead translates the English msgids); here the
reason codes and parameters are checked, and the English rendering.
"""

import math

from django.utils import translation

import pytest

from bloei.matching.suggestions import explain
from bloei.matching.suggestions.ranking import DEFAULT_WEIGHTS, evaluate
from bloei.matching.suggestions.signals import build_query
from bloei.matching.suggestions.store import CandidateStore, row_from_profile
from bloei.matching.suggestions.text import get_analyzer
from bloei.matching.suggestions.types import Profile

pytestmark = pytest.mark.django_db

CENTRE = (51.4386, 5.4811)


def at(east_m: float = 0.0) -> dict:
    return {"lat": CENTRE[0], "lon": CENTRE[1] + east_m / (111_320.0 * math.cos(math.radians(CENTRE[0])))}


def reasons(query: Profile, candidate: Profile, *others: Profile) -> list[explain.Reason]:
    analyzer = get_analyzer()
    store = CandidateStore.from_rows([row_from_profile(p, analyzer) for p in (candidate, *others)])
    q = build_query(row_from_profile(query, analyzer), store, analyzer)
    return explain.reasons_for(q, store, 0, evaluate(q, store), DEFAULT_WEIGHTS, analyzer)


def talent_id(slug: str) -> int:
    return next(c.id for c in get_analyzer().concepts.values() if c.slug == slug)


def codes(found: list[explain.Reason]) -> list[str]:
    return [r.code for r in found]


def english(found: list[explain.Reason]) -> list[str]:
    with translation.override("en"):
        return explain.render(found)


def test_the_issue_example_both_like_gardening_distance_and_language():
    query = Profile(
        key="resident:1", kind="resident", label="", wants_text="tuinieren", languages=frozenset({"nl", "ar"}), **at()
    )
    candidate = Profile(
        key="resident:2", kind="resident", label="", wants_text="moestuin", languages=frozenset({"ar"}), **at(320)
    )
    found = reasons(query, candidate)
    assert codes(found) == ["both_like", "metres", "speaks"]
    assert found[0].params == {"talents": [talent_id("tuinieren")]}
    assert found[1].params == {"metres": 400}
    assert found[2].params == {"language": "ar"}
    assert english(found) == ["Both like gardening", "400 m walking", "speaks Arabic"]


def test_most_telling_first_and_notes_against_last():
    query = Profile(
        key="resident:1",
        kind="resident",
        label="",
        wants_text="hulp bij de computer en DigiD",
        languages=frozenset({"nl"}),
        availability=frozenset({"mon_am"}),
        focus="wants",
        **at(),
    )
    candidate = Profile(
        key="resident:2",
        kind="resident",
        label="",
        offers_text="Helpt mensen met computer en telefoon",
        languages=frozenset({"tr"}),
        availability=frozenset({"fri_ev"}),
        **at(1800),
    )
    found = reasons(query, candidate)
    assert codes(found) == ["can_help", "km", "no_language", "no_times"]
    assert english(found) == [
        "can help with computers and phones",
        "2.2 km walking",
        "no language in common",
        "no free times in common",
    ]


def test_an_opening_is_about_its_topic_with_access_and_places_left():
    query = Profile(
        key="resident:1",
        kind="resident",
        label="",
        wants_text="Nederlands oefenen",
        languages=frozenset({"ar"}),
        needs_step_free=True,
        availability=frozenset({"tue_pm", "wed_am"}),
        **at(),
    )
    opening = Profile(
        key="opening:1",
        kind="opening",
        label="",
        offers_text="Taalcafé",
        languages=frozenset({"nl", "ar"}),
        step_free=True,
        capacity_left=1,
        availability=frozenset({"tue_pm"}),
        **at(30),
    )
    found = reasons(query, opening)
    assert set(codes(found)) == {
        "about",
        "close_by",
        "speaks",
        "practise_dutch",
        "times",
        "step_free",
        "places_left",
    }
    assert codes(found)[0] == "about"
    assert next(r for r in found if r.code == "times").params == {"times": ["tue_pm"]}
    with translation.override("en"):
        text = dict(zip(codes(found), explain.render(found), strict=True))
    assert text["about"] == "about practising Dutch"
    assert text["times"] == "both free: Tuesday afternoon"
    assert text["places_left"] == "1 place left"
    assert text["practise_dutch"] == "can practise Dutch together"


def test_value_both_ways_and_words_outside_the_taxonomy():
    query = Profile(
        key="resident:1",
        kind="resident",
        label="",
        offers_text="Spreekt Nederlands",
        wants_text="wil weer schilderen, vroeger in Cairo gewoond",
        **at(),
    )
    candidate = Profile(
        key="resident:2",
        kind="resident",
        label="",
        offers_text="Schildert, afgestudeerd in Cairo",
        wants_text="Nederlands leren",
        **at(500),
    )
    others = [Profile(key=f"resident:{i}", kind="resident", label="", offers_text="koken") for i in range(3, 12)]
    found = reasons(query, candidate, *others)
    assert codes(found)[:3] == ["can_help", "would_like", "give_and_get"]
    assert "mention" in codes(found)
    assert next(r for r in found if r.code == "mention").params == {"word": "cairo"}


@pytest.mark.parametrize(
    "metres, shown",
    [
        (20, "close by"),
        (130, "150 m walking"),
        (980, "1,000 m walking"),
        (1000, "1.0 km walking"),
        (2449, "2.4 km walking"),
    ],
)
def test_distances_are_rounded_for_reading(metres, shown):
    with translation.override("en"):
        assert explain.distance_reason(metres).render() == shown


def test_numbers_follow_the_language():
    with translation.override("nl"):
        assert explain.distance_reason(2449).render() == "2,4 km lopen"


def test_talent_names_stay_capitalised_only_for_languages():
    analyzer = get_analyzer()
    by_slug = {c.slug: c.id for c in analyzer.concepts.values()}
    with translation.override("nl"):
        assert explain.talent_name(analyzer, by_slug["tuinieren"]) == "tuinieren"
        assert explain.talent_name(analyzer, by_slug["taal-nederlands"]) == "Nederlands oefenen"
    with translation.override("en"):
        assert explain.talent_name(analyzer, by_slug["taal-engels"]) == "English"
        assert (
            explain.talents_phrase(analyzer, [by_slug["koken"], by_slug["bakken"], by_slug["dansen"]])
            == "cooking and baking"
        )
