"""Pure helpers for the demo city: dates, weighted choices, match lifecycles and follow-ups.

No database access here, so the rules for realistic histories can be read (and tested) on their own.
"""

import random
import uuid
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from bloei.matching.choices import EndReason, FollowUpOutcome, MatchKind, MatchStatus


def between(rng: random.Random, start: date, end: date) -> date:
    """A uniformly drawn day from start to end inclusive (start if the range is empty)."""
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def demo_uuid(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from `rng`, so the same seed gives the same URLs."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


class Weighted:
    """A fixed weighted choice, drawn with one `rng.random()` call."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(accumulate(weights))
        if not self.items or self.cum[-1] <= 0:
            raise ValueError("Weighted needs at least one item with a positive weight")
        self.total = self.cum[-1]

    @classmethod
    def from_dict(cls, weights: dict) -> "Weighted":
        return cls(weights.keys(), weights.values())

    def pick(self, rng: random.Random):
        return self.items[min(bisect_right(self.cum, rng.random() * self.total), len(self.items) - 1)]


def apportion(total: int, weights: list[float], minimum: int = 0) -> list[int]:
    """Split `total` over `weights` by largest remainder, giving every share at least `minimum`."""
    n = len(weights)
    base = [minimum] * n
    rest = max(0, total - minimum * n)
    if sum(weights) <= 0:
        weights = [1] * n
    weight_sum = sum(weights)
    exact = [rest * w / weight_sum for w in weights]
    shares = [int(x) for x in exact]
    left = rest - sum(shares)
    order = sorted(range(n), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:left]:
        shares[i] += 1
    return [b + s for b, s in zip(base, shares, strict=True)]


# Share of matches that end before they start (declined, no click at the introduction).
EARLY_END = {MatchKind.RESIDENT_RESIDENT: 0.12, MatchKind.RESIDENT_PLACE: 0.15, MatchKind.PLACE_PLACE: 0.08}
EARLY_REASONS = Weighted.from_dict(
    {EndReason.DECLINED: 45, EndReason.NO_CLICK: 30, EndReason.NO_CAPACITY: 15, EndReason.OTHER: 10}
)
SHORT_REASONS = {
    MatchKind.RESIDENT_RESIDENT: Weighted.from_dict(
        {
            EndReason.NO_CLICK: 30,
            EndReason.GOAL_REACHED: 30,
            EndReason.DID_NOT_RETURN: 10,
            EndReason.HEALTH: 12,
            EndReason.MOVED: 5,
            EndReason.NO_CAPACITY: 8,
            EndReason.OTHER: 5,
        }
    ),
    MatchKind.RESIDENT_PLACE: Weighted.from_dict(
        {
            EndReason.DID_NOT_RETURN: 40,
            EndReason.NO_CLICK: 20,
            EndReason.GOAL_REACHED: 12,
            EndReason.HEALTH: 10,
            EndReason.NO_CAPACITY: 10,
            EndReason.MOVED: 3,
            EndReason.OTHER: 5,
        }
    ),
    MatchKind.PLACE_PLACE: Weighted.from_dict(
        {EndReason.GOAL_REACHED: 55, EndReason.NO_CAPACITY: 25, EndReason.NO_CLICK: 10, EndReason.OTHER: 10}
    ),
}
LONG_REASONS = Weighted.from_dict(
    {
        EndReason.GOAL_REACHED: 40,
        EndReason.MOVED: 15,
        EndReason.HEALTH: 17,
        EndReason.DID_NOT_RETURN: 8,
        EndReason.NO_CAPACITY: 10,
        EndReason.OTHER: 10,
    }
)


@dataclass
class Lifecycle:
    status: str
    introduced_on: date | None
    started_on: date | None
    ended_on: date | None
    end_reason: str

    def steps(self, proposed_on: date) -> list[tuple[str, date]]:
        """The status changes this lifecycle went through, in order."""
        out = [(MatchStatus.PROPOSED.value, proposed_on)]
        if self.introduced_on:
            out.append((MatchStatus.INTRODUCED.value, self.introduced_on))
        if self.started_on:
            out.append((MatchStatus.ACTIVE.value, self.started_on))
        if self.ended_on:
            out.append((MatchStatus.ENDED.value, self.ended_on))
        return out


def match_lifecycle(
    rng: random.Random,
    *,
    kind: str,
    proposed_on: date,
    today: date,
    hard_end: date | None = None,
    hard_end_reason: str = EndReason.MOVED,
) -> Lifecycle:
    """Draw how a match proposed on `proposed_on` went, as seen on `today`.

    proposed -> (introduced, often with the connector going along) -> active -> ended with a reason.
    Anything that would happen after `today` has not happened yet, so recent matches are still
    proposed, introduced or active. `hard_end` (a resident moved, a place closed) cuts it short.
    """
    introduced = proposed_on + timedelta(days=rng.randint(2, 21)) if rng.random() < 0.8 else None
    started = ended = None
    reason = ""
    if rng.random() < EARLY_END[kind]:
        ended = (introduced or proposed_on) + timedelta(days=rng.randint(3, 30))
        reason = EARLY_REASONS.pick(rng)
    else:
        gap = rng.randint(0, 14) if introduced else rng.randint(3, 28)
        started = (introduced or proposed_on) + timedelta(days=gap)
        r = rng.random()
        if r < 0.36:
            ended = started + timedelta(days=rng.randint(7, 90))
            reason = SHORT_REASONS[kind].pick(rng)
        elif r < 0.85:
            ended = started + timedelta(days=rng.randint(91, 760))
            reason = LONG_REASONS.pick(rng)
    if hard_end is not None and hard_end >= proposed_on and (ended is None or ended > hard_end):
        ended, reason = hard_end, hard_end_reason
        if started and started > ended:
            started = None
        if introduced and introduced > ended:
            introduced = None
    if introduced and introduced > today:
        introduced = None
    if started and started > today:
        started = None
    if ended and ended > today:
        ended, reason = None, ""
    if ended:
        status = MatchStatus.ENDED
    elif started:
        status = MatchStatus.ACTIVE
    elif introduced:
        status = MatchStatus.INTRODUCED
    else:
        status = MatchStatus.PROPOSED
    return Lifecycle(status.value, introduced, started, ended, str(reason))


FOLLOW_UP_OUTCOMES = Weighted.from_dict(
    {FollowUpOutcome.GOING_WELL: 74, FollowUpOutcome.NEEDS_ATTENTION: 18, FollowUpOutcome.UNREACHABLE: 8}
)


@dataclass
class PlannedFollowUp:
    sequence: int
    due_on: date
    done_on: date | None
    outcome: str


def follow_ups(rng: random.Random, *, life: Lifecycle, today: date, days: list[int]) -> list[PlannedFollowUp]:
    """The follow-ups of a started match: done ones with outcomes, and open ones.

    Most due follow-ups are done within days; recently due ones are often still open, so the
    start page has overdue work, and a few old ones were forgotten.
    """
    if not life.started_on:
        return []
    out = []
    for sequence, offset in enumerate(days, start=1):
        due = life.started_on + timedelta(days=offset)
        if life.ended_on and due > life.ended_on:
            break
        done_on, outcome = None, ""
        if due <= today:
            recent = (today - due).days <= 21
            still_open_chance = 0.0 if life.ended_on else (0.5 if recent else 0.04)
            if rng.random() >= still_open_chance:
                limit = min(today, life.ended_on or today)
                done_on = min(max(due + timedelta(days=rng.randint(-3, 10)), life.started_on), limit)
                if life.ended_on and (life.ended_on - due).days < 21:
                    outcome = FollowUpOutcome.ENDED.value
                else:
                    outcome = str(FOLLOW_UP_OUTCOMES.pick(rng))
        out.append(PlannedFollowUp(sequence, due, done_on, outcome))
    return out
