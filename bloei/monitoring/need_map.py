"""A choropleth map of buurten as inline SVG: no tile server, no JavaScript.

* Projection: longitude scaled by the cosine of the map's middle latitude (an equirectangular projection,
  true enough for a city), fitted into a fixed width.
* Simplification: rings are simplified (Douglas–Peucker) to half a pixel, and coarser when a map would get
  more than MAX_POINTS vertices, so a detailed geometry still gives a small page.
* Classes: at most five, by quantiles of the values shown (about the same number of buurten in each class,
  equal values always in one class); the legend shows each class's lowest and highest value. Buurten
  without a figure get a class of their own.
* Colour is never the only cue: every class also has its own pattern, and the legend shows both. All fills
  have at least 3:1 contrast against the outline (WCAG 1.4.11), tested in test_need_map.py.
"""

import math
from dataclasses import dataclass, field

WIDTH = 640
PADDING = 4
MAX_POINTS = 6000
OUTLINE = "#1a1a1a"
# Light to dark (YlGnBu), each at least 4.8:1 against the outline.
PALETTE = ("#fff7bc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0")
NO_FIGURE_FILL = "#ffffff"
NO_FIGURE_MARK = "#6b6b6b"


@dataclass(frozen=True)
class Pattern:
    """An SVG pattern: the class colour with marks, so that classes differ without colour too."""

    id: str
    fill: str
    marks: str  # SVG elements drawn over the fill in a 8 × 8 tile


# Increasing density of marks with the class, a plain fill for the lowest class.
PATTERNS = (
    Pattern("need-class-1", PALETTE[0], ""),
    Pattern("need-class-2", PALETTE[1], f'<circle cx="4" cy="4" r="1" fill="{OUTLINE}"/>'),
    Pattern("need-class-3", PALETTE[2], f'<path d="M0 8 L8 0" stroke="{OUTLINE}" stroke-width="1"/>'),
    Pattern(
        "need-class-4",
        PALETTE[3],
        f'<path d="M0 8 L8 0 M0 0 L8 8" stroke="{OUTLINE}" stroke-width="1"/>',
    ),
    Pattern(
        "need-class-5",
        PALETTE[4],
        f'<path d="M0 8 L8 0 M0 0 L8 8 M0 4 L8 4" stroke="{OUTLINE}" stroke-width="1.2"/>',
    ),
)
NO_FIGURE_PATTERN = Pattern(
    "need-class-none", NO_FIGURE_FILL, f'<path d="M1 4 L4 4" stroke="{NO_FIGURE_MARK}" stroke-width="1"/>'
)


@dataclass
class MapClass:
    number: int  # 1..5; 0 for "no figure"
    pattern: Pattern
    low: float | None = None
    high: float | None = None
    count: int = 0


@dataclass
class MapArea:
    key: object
    name: str
    path: str
    value: float | None
    label: str  # the value as shown in the title
    map_class: MapClass | None = None


@dataclass
class ChoroplethMap:
    width: int
    height: int
    areas: list[MapArea]
    classes: list[MapClass]
    no_figure: MapClass
    patterns: tuple[Pattern, ...] = field(default=PATTERNS + (NO_FIGURE_PATTERN,))


def rings_of(geometry: dict | None) -> list[list[tuple[float, float]]]:
    """Every ring (outer and holes) of a GeoJSON Polygon or MultiPolygon, as (lon, lat) pairs."""
    if not geometry:
        return []
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    return [[(float(x), float(y)) for x, y, *_rest in ring] for polygon in polygons for ring in polygon if ring]


def _distance(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker on an open line (iterative)."""
    if len(points) < 3 or tolerance <= 0:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """A closed ring simplified, split at its point farthest from the start so the ring keeps its shape;
    a ring that would fall below a triangle is kept as it is."""
    if len(ring) <= 4:
        return ring
    closed = ring[-1] == ring[0]
    body = ring[:-1] if closed else ring
    far = max(range(len(body)), key=lambda i: math.hypot(body[i][0] - body[0][0], body[i][1] - body[0][1]))
    first = simplify(body[: far + 1], tolerance)
    second = simplify(body[far:] + [body[0]], tolerance)
    result = first[:-1] + second
    return result if len(result) >= 4 else ring


@dataclass
class Projection:
    min_lon: float
    max_lat: float
    scale: float
    k: float  # cos(middle latitude)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (PADDING + (lon - self.min_lon) * self.k * self.scale, PADDING + (self.max_lat - lat) * self.scale)


def fit(all_rings: list[list[tuple[float, float]]], width: int = WIDTH) -> tuple[Projection, int]:
    lons = [x for ring in all_rings for x, _y in ring]
    lats = [y for ring in all_rings for _x, y in ring]
    min_lon, max_lon, min_lat, max_lat = min(lons), max(lons), min(lats), max(lats)
    k = math.cos(math.radians((min_lat + max_lat) / 2))
    span_x = max((max_lon - min_lon) * k, 1e-9)
    scale = (width - 2 * PADDING) / span_x
    height = math.ceil((max_lat - min_lat) * scale + 2 * PADDING)
    return Projection(min_lon, max_lat, scale, k), max(height, 2 * PADDING + 1)


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        points = ring[:-1] if len(ring) > 1 and ring[-1] == ring[0] else ring
        parts.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in points) + " Z")
    return " ".join(parts)


def classify(values: list[float], classes: int = 5) -> list[tuple[float, float]]:
    """Class bounds (lowest, highest value in the class) by quantiles: each class takes its share of the
    values still to place, with every value equal to its highest. So a value shared by many buurten (often
    zero) fills one class and the rest are still split; fewer classes only when there are fewer values."""
    remaining = sorted(values)
    bounds = []
    while remaining and len(bounds) < classes:
        upper = remaining[math.ceil(len(remaining) / (classes - len(bounds))) - 1]
        members = [v for v in remaining if v <= upper]
        bounds.append((members[0], members[-1]))
        remaining = remaining[len(members) :]
    return bounds


def class_of(value: float, bounds: list[tuple[float, float]]) -> int:
    for index, (_low, high) in enumerate(bounds):
        if value <= high:
            return index
    return len(bounds) - 1


def build_map(items, *, formatter, width: int = WIDTH) -> ChoroplethMap | None:
    """`items`: (key, name, geometry, value) per area. `formatter(value)` gives the text for the title.

    None when no area has a geometry.
    """
    shaped = [(key, name, rings_of(geometry), value) for key, name, geometry, value in items]
    shaped = [s for s in shaped if s[2]]
    if not shaped:
        return None
    projection, height = fit([ring for s in shaped for ring in s[2]], width)
    total_points = sum(len(ring) for s in shaped for ring in s[2])
    tolerance = 0.5 * max(1.0, total_points / MAX_POINTS)
    values = [float(v) for *_rest, v in shaped if v is not None]
    bounds = classify(values)
    # With fewer than five classes the lowest stays the lightest and the highest the darkest.
    last = len(PATTERNS) - 1
    steps = [round(i * last / (len(bounds) - 1)) if len(bounds) > 1 else 0 for i in range(len(bounds))]
    classes = [MapClass(step + 1, PATTERNS[step], low, high) for step, (low, high) in zip(steps, bounds, strict=True)]
    no_figure = MapClass(0, NO_FIGURE_PATTERN)
    areas = []
    for key, name, rings, value in shaped:
        projected = [simplify_ring([projection(x, y) for x, y in ring], tolerance) for ring in rings]
        if value is None:
            map_class = no_figure
        else:
            map_class = classes[class_of(float(value), bounds)]
        map_class.count += 1
        areas.append(MapArea(key, name, path_data(projected), value, formatter(value), map_class))
    return ChoroplethMap(width, height, areas, classes, no_figure)

