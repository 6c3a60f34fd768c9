"""Geometry for small server-rendered SVG bar charts (no JavaScript library). Every chart is drawn
beside a table with the same figures, which is its accessible equivalent."""

from dataclasses import dataclass


def _svg(number: float) -> str:
    """A coordinate as SVG wants it: a dot, one decimal (templates would localise a float to "1,5")."""
    return f"{number:.1f}"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int | None
    series: int  # 0: this period, 1: the previous one

    @property
    def svg(self) -> dict[str, str]:
        return {"x": _svg(self.x), "y": _svg(self.y), "width": _svg(self.width), "height": _svg(self.height)}


@dataclass
class Group:
    label: str
    x: float  # centre, for the label
    bars: list[Bar]

    @property
    def svg_x(self) -> str:
        return _svg(self.x)


@dataclass
class BarChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    groups: list[Group]
    ticks: list[tuple[str, str, int]]  # (y of the grid line, y of its label, value), ready for SVG
    max_value: int


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return int(top)
    return int(10 * magnitude)


def grouped_bars(labels: list[str], series: list[list[int | None]], *, width: int = 720, height: int = 260) -> BarChart:
    """Bars for each label, one per series (at most two), on a shared scale; None draws no bar."""
    left, right, top, bottom = 44, 8, 10, height - 60
    values = [v for s in series for v in s if v is not None]
    max_value = _nice_max(max(values, default=0))
    n = max(len(labels), 1)
    slot = (width - left - right) / n
    bar_width = max(2.0, min(28.0, slot * 0.8 / max(len(series), 1)))
    groups = []
    for i, label in enumerate(labels):
        centre = left + slot * (i + 0.5)
        first_x = centre - bar_width * len(series) / 2
        bars = []
        for j, values_j in enumerate(series):
            value = values_j[i]
            h = 0 if value is None else (bottom - top) * value / max_value
            bars.append(Bar(first_x + j * bar_width, bottom - h, bar_width - 1, h, value, j))
        groups.append(Group(label, centre, bars))
    heights = [bottom - (bottom - top) * k / 4 for k in range(5)]
    ticks = [(_svg(y), _svg(y + 4), round(max_value * k / 4)) for k, y in enumerate(heights)]
    return BarChart(width, height, top, bottom, groups, ticks, max_value)
