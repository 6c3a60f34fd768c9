"""The quality benchmark's harness (bench/matching_quality.py) and its labelled data (bench/matching_eval/):
the data loads and keeps its promises, and the metrics are computed correctly on toy rankings. The engine
itself is not needed here: rankers are plain functions."""

import csv
import importlib.util
import json
import math
from pathlib import Path

from django.conf import settings

import pytest

from bloei.core.models import Language
from bloei.people.choices import DayPart
from bloei.people.models import Talent

ROOT = Path(settings.BASE_DIR)
DATA = ROOT / "bench" / "matching_eval"


def load_harness():
    spec = importlib.util.spec_from_file_location("matching_quality", ROOT / "bench" / "matching_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mq = load_harness()


def toy_case(cid, relevant, n=6, category="toy", tags=("t",)):
    cands = [mq.EvalProfile(key=f"{cid}-{i}", kind="resident", label=f"c{i}") for i in range(n)]
    return mq.Case(
        id=cid,
        split="evaluation",
        category=category,
        match_kind="resident_resident",
        title=cid,
        tags=list(tags),
        query=mq.EvalProfile(key=f"{cid}-q", kind="resident", label="q"),
        candidates=cands,
        relevant={f"{cid}-{i}" for i in relevant},
        why={c.key: "" for c in cands},
    )


# -- metrics ------------------------------------------------------------------------------------------------


def test_metrics_right_answers_first_and_third():
    m = mq.case_metrics(["a", "x", "b", "y", "z", "w"], {"a", "b"})
    assert m["recall_at_5"] == 1.0
    assert m["mrr"] == 1.0
    assert m["ndcg_at_10"] == pytest.approx((1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3)))


def test_metrics_right_answer_at_rank_six_is_outside_recall_at_5():
    m = mq.case_metrics(["x1", "x2", "x3", "x4", "x5", "a"], {"a"})
    assert m["recall_at_5"] == 0.0
    assert m["mrr"] == pytest.approx(1 / 6)
    assert m["ndcg_at_10"] == pytest.approx(1 / math.log2(7))


def test_metrics_half_found_and_beyond_ten():
    ranking = ["a"] + [f"x{i}" for i in range(12)] + ["b"]
    m = mq.case_metrics(ranking, {"a", "b"})
    assert m["recall_at_5"] == 0.5
    assert m["mrr"] == 1.0
    assert m["ndcg_at_10"] == pytest.approx(1 / (1 + 1 / math.log2(3)))


def test_a_dropped_right_answer_counts_as_a_miss():
    m = mq.case_metrics(["x", "y"], {"a"})
    assert m == {"recall_at_5": 0.0, "mrr": 0.0, "ndcg_at_10": 0.0}


def test_evaluate_with_trivial_rankers_per_category_and_tag():
    cases = [toy_case("c1", [2]), toy_case("c2", [0, 5], category="other", tags=("t", "u"))]

    def oracle(query, candidates, match_kind):  # right answers first
        case = next(c for c in cases if c.query.key == query.key)
        return sorted((c.key for c in candidates), key=lambda k: k not in case.relevant)

    def reverse(query, candidates, match_kind):
        return [c.key for c in reversed(candidates)]

    best = mq.evaluate(cases, oracle)
    assert best["overall"] == {"recall_at_5": 1.0, "mrr": 1.0, "ndcg_at_10": 1.0}
    assert best["by_category"]["other"]["cases"] == 1
    assert best["cases"]["c1"]["ranks"] == {"c1-2": 1}
    assert "median" in best["ms_per_case"]

    worse = mq.evaluate(cases, reverse)
    # c1: right answer 4th of 6 -> RR 1/4; c2: right answers at 1 and 6 -> RR 1, recall@5 1/2
    assert worse["overall"]["mrr"] == pytest.approx((1 / 4 + 1) / 2)
    assert worse["overall"]["recall_at_5"] == pytest.approx((1 + 0.5) / 2)
    assert worse["by_tag"]["u"]["recall_at_5"] == 0.5


def test_seeded_rankers_average_over_seeds():
    cases = [toy_case("c1", [0], n=50)]
    out = mq.evaluate(cases, mq.rank_random, seeds=range(20))
    assert 0 < out["overall"]["mrr"] < 1
    assert out["overall"] == mq.evaluate(cases, mq.rank_random, seeds=range(20))["overall"]  # reproducible


def test_keyword_baseline_is_plain_word_overlap():
    q = mq.EvalProfile(key="q", kind="resident", label="q", wants_text="Mijn tuin is een oerwoud")
    near = mq.EvalProfile(key="a", kind="resident", label="a", offers_text="Ik help graag in de tuin")
    inflected = mq.EvalProfile(key="b", kind="resident", label="b", offers_text="Ik onderhoud tuinen")
    assert mq.words("De Tuin, de tuin!") == {"tuin"}  # lowercased, stop words out
    assert mq.keyword_scores(q, [near, inflected]) == {"a": 1, "b": 0}  # no stemming
    assert mq.rank_keyword(q, [inflected, near], "resident_resident")[0] == "a"


# -- the data -----------------------------------------------------------------------------------------------


@pytest.fixture
def slugs(db):
    return dict(Talent.objects.values_list("slug", "id"))


@pytest.fixture
def splits(slugs):
    return {split: mq.load_cases(split, slugs) for split in ("evaluation", "tuning")}


def test_the_sets_are_big_enough_and_separate(splits):
    ev, tu = splits["evaluation"], splits["tuning"]
    assert len(ev) >= 150
    assert len(tu) >= 40
    assert not {c.id for c in ev} & {c.id for c in tu}
    assert not {c.query.key for c in ev} & {c.query.key for c in tu}
    # the tuning set never has an evaluation case's right counterpart as its right counterpart
    shared = {k for c in ev for k in c.relevant} & {k for c in tu for k in c.relevant}
    assert not shared
    assert {c.split for c in ev} == {"evaluation"} and {c.split for c in tu} == {"tuning"}


def test_every_case_keeps_its_promises(splits):
    kinds = {
        "resident_resident": {"resident"},
        "resident_place": {"resident", "opening", "place"},
        "place_place": {"place"},
    }
    for case in splits["evaluation"] + splits["tuning"]:
        keys = [c.key for c in case.candidates]
        assert len(keys) >= 50, case.id
        assert len(set(keys)) == len(keys), case.id
        assert 1 <= len(case.relevant) <= 3, case.id
        assert case.relevant <= set(keys), case.id
        assert case.query.key not in keys, case.id
        assert {c.kind for c in case.candidates} <= kinds[case.match_kind], case.id
        wrong = [k for k in keys if k not in case.relevant]
        assert all(case.why[k] for k in wrong), f"{case.id}: a wrong candidate without a reason"


def test_the_evaluation_set_covers_the_situations_of_the_seeds(splits):
    categories = {c.category for c in splits["evaluation"]}
    assert {"ouderen", "jongeren", "nieuwkomers", "ouders", "verlies", "werk", "creatief", "praktisch", "eten",
            "plek-zoekt-inwoner", "plaats-plaats"} <= categories  # fmt: skip
    kinds = {c.match_kind for c in splits["evaluation"]}
    assert kinds == {"resident_resident", "resident_place", "place_place"}


def test_profiles_use_real_codes_and_places(db):
    pool = json.loads((DATA / "profiles.json").read_text(encoding="utf-8"))["profiles"]
    profiles = list(pool)
    for split in ("evaluation", "tuning"):
        for case in json.loads((DATA / f"{split}.json").read_text(encoding="utf-8"))["cases"]:
            profiles += [case["query"], *case["profiles"].values()]
    dayparts = set(DayPart.values)
    languages = set(Language.objects.values_list("code", flat=True))
    with (ROOT / "bloei" / "geo" / "data" / "eindhoven" / "buurten.csv").open(encoding="utf-8") as fh:
        buurten = {row["buurt_code"] for row in csv.DictReader(fh)}
    for p in profiles:
        assert set(p["availability"]) <= dayparts, p["key"]
        assert set(p["languages"]) <= languages, (p["key"], p["languages"])
        assert p["buurt"] in buurten, p["key"]
        assert 51.37 < p["lat"] < 51.51 and 5.35 < p["lon"] < 5.56, p["key"]
    # many profiles carry only free text, as connectors write it
    text_only = [p for p in pool if not p["offers"] and not p["wants"]]
    assert len(text_only) > len(pool) / 2


def test_baselines_run_on_the_data(splits):
    cases = splits["evaluation"]
    keyword = mq.evaluate(cases, mq.rank_keyword, seeds=range(3))["overall"]
    random_ = mq.evaluate(cases, mq.rank_random, seeds=range(3))["overall"]
    for m in mq.METRICS:
        assert 0 <= random_[m] <= keyword[m] <= 1
