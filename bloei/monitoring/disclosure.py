"""Disclosure control for figures that leave the organisation (the municipality's view).

As Statistics Netherlands (CBS) publishes neighbourhood figures:
* primary suppression: a count from 1 up to the threshold (BLOEI_DISCLOSURE_THRESHOLD, default 10) is
  not shown;
* secondary suppression: in a table whose total is known, the suppressed cells together must be at least
  two and add up to at least the threshold, so that no suppressed cell can be worked out from the total
  and the other cells (nor be known to be small): further cells are suppressed, smallest first;
* rounding: counts per wijk and buurt are shown rounded to a multiple of BLOEI_DISCLOSURE_ROUNDING (5);
* shares (percentages) only on a base of at least BLOEI_DISCLOSURE_MIN_BASE (50).
City-wide totals stay exact. A zero is shown: it is about nobody.
"""

from dataclasses import dataclass

from django.conf import settings


def threshold() -> int:
    return settings.BLOEI_DISCLOSURE_THRESHOLD


def rounding() -> int:
    return settings.BLOEI_DISCLOSURE_ROUNDING


def min_base() -> int:
    return settings.BLOEI_DISCLOSURE_MIN_BASE


@dataclass(frozen=True)
class Cell:
    """A published count: `shown` is None when suppressed; `exact` tells whether it was rounded."""

    shown: int | None
    exact: bool = False

    @property
    def suppressed(self) -> bool:
        return self.shown is None


def round_count(value: int) -> int:
    step = rounding()
    return int(step * round(value / step)) if step > 1 else value


def protect_table(values: dict, *, exact: bool = False) -> dict:
    """Protect one table of counts for areas that together make up a known total.

    `values` maps a key (an area) to its true count; the result maps the same keys to Cells. With
    exact=True the cells are not rounded (but still suppressed), e.g. for a table of teams whose total
    is published exactly.
    """
    limit = threshold()
    suppressed = {key for key, value in values.items() if 0 < value < limit}
    if suppressed:
        # Secondary suppression: at least two cells, together at least the threshold.
        # A zero adds nothing to the sum, so it is never chosen.
        candidates = sorted((value, str(key), key) for key, value in values.items() if key not in suppressed and value)
        while candidates and (
            len(suppressed) < 2 or sum(values[key] for key in suppressed) < limit
        ):
            _value, _name, key = candidates.pop(0)
            suppressed.add(key)
    cells = {}
    for key, value in values.items():
        if key in suppressed:
            cells[key] = Cell(None)
        elif exact:
            cells[key] = Cell(value, exact=True)
        else:
            cells[key] = Cell(round_count(value), exact=round_count(value) == value)
    return cells


def protect_value(value: int) -> Cell:
    """One figure for an area below the city, published on its own (its total is not a secret)."""
    if 0 < value < threshold():
        return Cell(None)
    return Cell(round_count(value), exact=round_count(value) == value)


def share(part: int, base: int) -> float | None:
    """A percentage, or None when the base is too small to show it."""
    if base < min_base() or base <= 0:
        return None
    return round(100 * part / base, 1)
