"""The data the engine exchanges: a Profile per side of a possible match, a Scored pair, a Suggestion."""

from __future__ import annotations

from dataclasses import dataclass

# The kinds of party a profile describes.
RESIDENT, OPENING, PLACE = "resident", "opening", "place"
KINDS = (RESIDENT, OPENING, PLACE)

# What a query looks for: "wants" (a request: candidates that give what it wants), "offers" (an offer:
# candidates that want what it gives), or "" (both count, the better of the two).
FOCUSES = ("", "wants", "offers")


@dataclass(frozen=True)
class Profile:
    """One side of a possible match, built from the database or from an evaluation case."""

    key: str  # "resident:12", "opening:5", "place:3", or any unique id in evaluation data
    kind: str  # "resident" | "opening" | "place"
    label: str  # for display / debugging
    offers_text: str = ""  # free Dutch/English text: what this side can give
    wants_text: str = ""  # free text: what this side looks for
    offers: frozenset[int] = frozenset()  # people.Talent ids this side offers
    wants: frozenset[int] = frozenset()  # Talent ids this side wants
    lat: float | None = None
    lon: float | None = None
    reach_m: int | None = None  # residents: how far they can go (Resident.reach_m); None = no limit
    languages: frozenset[str] = frozenset()  # ISO codes
    availability: frozenset[str] = frozenset()  # people.choices.DayPart codes
    needs_step_free: bool = False  # resident uses a wheelchair / rollator
    step_free: bool = True  # place/opening is wheelchair accessible (residents: True)
    capacity_left: int | None = None  # openings: places left; None = not applicable
    team_id: int | None = None
    age: int | None = None
    focus: str = ""  # see FOCUSES; only a query's focus matters


@dataclass
class Scored:
    """A candidate profile with its score, its signal values and the reasons, best first in a list."""

    profile: Profile
    score: float  # higher is better
    features: dict[str, float]  # signal name -> value in [0, 1]; the same keys for every pair
    reasons: list[str]  # translated short phrases, most telling first


@dataclass
class Suggestion:
    """A counterpart suggested for a source, as suggest() returns it."""

    candidate: object  # Resident / Opening / Place instance
    match_kind: str  # MatchKind value to propose
    score: float
    rank: int  # 1-based
    features: dict[str, float]
    reasons: list[str]
    explanation: str  # " · ".join(reasons)
    weights_version: int | None
