"""Disclosure control: small cells are suppressed and can never be worked out from what is shown."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bloei.monitoring.disclosure import Cell, protect_table, protect_value, round_count, share

THRESHOLD, STEP = 10, 5


def attacker_bounds(cells: dict, total: int) -> dict:
    """What someone who knows the exact total and every shown cell can conclude about each hidden cell:
    its lowest and highest possible value. A shown cell rounded to a multiple of 5 hides a value within
    2 of it (or is exact when marked exact)."""
    shown_low = sum(c.shown if c.exact else max(0, c.shown - STEP // 2) for c in cells.values() if not c.suppressed)
    shown_high = sum(c.shown if c.exact else c.shown + STEP // 2 for c in cells.values() if not c.suppressed)
    hidden = [key for key, c in cells.items() if c.suppressed]
    bounds = {}
    for key in hidden:
        high = total - shown_low  # every other hidden cell could be 0
        low = max(0, total - shown_high - (len(hidden) - 1) * 10**9) if len(hidden) > 1 else total - shown_high
        bounds[key] = (max(0, low), high)
    return bounds


tables = st.dictionaries(
    keys=st.integers(min_value=1, max_value=40),
    values=st.one_of(st.integers(min_value=0, max_value=12), st.integers(min_value=0, max_value=400)),
    min_size=1,
    max_size=25,
)


@settings(max_examples=400, deadline=None)
@given(tables, st.booleans())
def test_no_table_reveals_a_small_cell(values, exact):
    cells = protect_table(values, exact=exact)
    total = sum(values.values())  # city-wide totals stay exact
    for key, value in values.items():
        cell = cells[key]
        if 0 < value < THRESHOLD:
            assert cell.suppressed, "a small count is never shown"
    bounds = attacker_bounds(cells, total)
    hidden = [key for key, c in cells.items() if c.suppressed]
    for key, (low, high) in bounds.items():
        # Nobody can tell a hidden cell's value, nor even that it is small -- unless the exact city total,
        # which is published by design, says so on its own.
        assert high >= min(THRESHOLD, total), (values, cells, key)
        if sum(1 for v in values.values() if v) > 1:
            assert high > low, (values, cells, key)
    assert len(hidden) != 1 or sum(1 for v in values.values() if v) == 1
    for key, cell in cells.items():
        if not cell.suppressed and not exact:
            assert cell.shown % STEP == 0 and abs(cell.shown - values[key]) <= STEP // 2


def test_secondary_suppression_takes_the_smallest_other_cell():
    cells = protect_table({"a": 3, "b": 40, "c": 12, "d": 0})
    # "a" is small; 0 is about nobody and adding it keeps the sum small, so "c" (12) goes too.
    assert cells["a"].suppressed and cells["c"].suppressed
    assert cells["b"] == Cell(40, exact=True)


def test_a_table_without_small_cells_is_only_rounded():
    cells = protect_table({"a": 23, "b": 41, "c": 0})
    assert cells == {"a": Cell(25), "b": Cell(40), "c": Cell(0, exact=True)}


def test_a_single_figure_and_shares():
    assert protect_value(7).suppressed and protect_value(0) == Cell(0, exact=True)
    assert protect_value(12) == Cell(10)
    assert round_count(12) == 10 and round_count(13) == 15
    assert share(10, 49) is None and share(10, 50) == 20.0


def test_thresholds_are_settings(settings):
    settings.BLOEI_DISCLOSURE_THRESHOLD = 20
    settings.BLOEI_DISCLOSURE_ROUNDING = 1
    settings.BLOEI_DISCLOSURE_MIN_BASE = 10
    assert protect_value(15).suppressed
    assert protect_table({"a": 15, "b": 16, "c": 30})["c"] == Cell(30, exact=True)
    assert share(1, 10) == 10.0
