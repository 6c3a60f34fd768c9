"""The rules behind realistic match histories."""

import random
from datetime import date, timedelta

from bloei.demo.lifecycle import Weighted, apportion, follow_ups, match_lifecycle
from bloei.matching.choices import EndReason, FollowUpOutcome, MatchKind, MatchStatus

TODAY = date(2026, 6, 15)
KINDS = list(MatchKind.values)


def lifecycles(proposed_on: date, n: int = 400, **kwargs):
    rng = random.Random(1)
    return [match_lifecycle(rng, kind=KINDS[i % 3], proposed_on=proposed_on, today=TODAY, **kwargs) for i in range(n)]


def test_nothing_happens_after_today():
    for life in lifecycles(TODAY - timedelta(days=10)):
        for _status, on in life.steps(TODAY - timedelta(days=10)):
            assert on <= TODAY
        assert life.status != MatchStatus.ENDED or life.ended_on <= TODAY


def test_old_matches_have_every_outcome_and_dates_in_order():
    proposed = date(2024, 3, 1)
    lives = lifecycles(proposed)
    assert {life.status for life in lives} == {MatchStatus.ACTIVE, MatchStatus.ENDED}
    for life in lives:
        dates = [on for _s, on in life.steps(proposed)]
        assert dates == sorted(dates)
        assert (life.status == MatchStatus.ENDED) == (life.ended_on is not None) == bool(life.end_reason)
    reasons = {life.end_reason for life in lives if life.ended_on}
    assert {EndReason.NO_CLICK, EndReason.DID_NOT_RETURN, EndReason.GOAL_REACHED, EndReason.MOVED} <= reasons
    assert any(life.ended_on and not life.started_on for life in lives)  # ended before it started


def test_recent_matches_are_still_in_the_pipeline():
    assert {life.status for life in lifecycles(TODAY - timedelta(days=1))} == {MatchStatus.PROPOSED}
    statuses = {life.status for life in lifecycles(TODAY - timedelta(days=6))}
    assert {MatchStatus.PROPOSED, MatchStatus.INTRODUCED, MatchStatus.ACTIVE} <= statuses


def test_a_move_cuts_a_match_short():
    moved = TODAY - timedelta(days=100)
    for life in lifecycles(date(2024, 3, 1), hard_end=moved):
        assert life.ended_on is not None and life.ended_on <= moved
    late = lifecycles(date(2024, 3, 1), hard_end=date(2024, 3, 2))
    assert all(life.started_on is None and life.end_reason == EndReason.MOVED for life in late)
    closed = lifecycles(date(2024, 3, 1), hard_end=moved, hard_end_reason=EndReason.NO_CAPACITY)
    assert EndReason.NO_CAPACITY in {life.end_reason for life in closed if life.ended_on == moved}
    assert EndReason.MOVED not in {life.end_reason for life in closed if life.ended_on == moved}


def test_follow_ups_of_a_running_match_are_done_due_or_overdue():
    rng = random.Random(2)
    lives = [life for life in lifecycles(TODAY - timedelta(days=70)) if life.status == MatchStatus.ACTIVE]
    planned = [f for life in lives for f in follow_ups(rng, life=life, today=TODAY, days=[42, 91, 182])]
    assert {f.sequence for f in planned} == {1, 2, 3}
    assert any(f.done_on is None and f.due_on < TODAY for f in planned)  # overdue
    assert any(f.done_on is None and f.due_on > TODAY for f in planned)  # still to come
    for f in planned:
        assert (f.done_on is None) == (f.outcome == "")
        assert f.done_on is None or f.done_on <= TODAY


def test_an_ended_match_leaves_no_open_follow_ups():
    rng = random.Random(3)
    for life in lifecycles(date(2024, 3, 1)):
        for f in follow_ups(rng, life=life, today=TODAY, days=[42, 91, 182]):
            if life.ended_on:
                assert f.done_on is not None and f.due_on <= life.ended_on
    ended_soon = [life for life in lifecycles(date(2024, 3, 1)) if life.ended_on and life.started_on]
    outcomes = {f.outcome for life in ended_soon for f in follow_ups(rng, life=life, today=TODAY, days=[42, 91])}
    assert FollowUpOutcome.ENDED in outcomes


def test_apportion_gives_every_share_its_minimum_and_adds_up():
    assert apportion(38, [10, 23, 23, 42, 50, 48, 39, 29], minimum=1) == [2, 4, 4, 6, 7, 6, 5, 4]
    assert sum(apportion(5, [1, 1, 1, 1, 1, 1, 1, 1], minimum=1)) == 8
    assert apportion(10, [0, 0], minimum=0) == [5, 5]


def test_weighted_choice_follows_the_weights():
    rng = random.Random(4)
    choice = Weighted(["a", "b"], [9, 1])
    picks = [choice.pick(rng) for _ in range(2000)]
    assert 0.85 < picks.count("a") / 2000 < 0.95
