"""The SVG choropleth: classes, contrast, projection and simplification."""

import math

import pytest

from bloei.monitoring import need_map


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_fill_contrasts_at_least_3_to_1_with_the_outline_and_the_marks():
    for pattern in (*need_map.PATTERNS, need_map.NO_FIGURE_PATTERN):
        assert contrast(pattern.fill, need_map.OUTLINE) >= 3, pattern.id
    assert contrast(need_map.NO_FIGURE_FILL, need_map.NO_FIGURE_MARK) >= 3
    # Colour is not the only cue: the classes have five different patterns (four with marks, one plain).
    assert len({p.marks for p in need_map.PATTERNS}) == 5


def test_quantile_classes_hold_about_as_many_values_and_give_their_bounds():
    values = list(range(1, 11))  # 1 … 10
    assert need_map.classify(values) == [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]
    assert [need_map.class_of(v, need_map.classify(values)) for v in (1, 2, 3, 10)] == [0, 0, 1, 4]


def test_a_value_shared_by_many_fills_one_class_and_the_rest_are_still_split():
    assert need_map.classify([0] * 100 + [1, 2, 3, 4, 5, 6, 7, 8]) == [(0, 0), (1, 2), (3, 4), (5, 6), (7, 8)]
    assert need_map.classify([0, 0, 0, 0, 0, 0, 0, 5, 8]) == [(0, 0), (5, 5), (8, 8)]
    assert need_map.classify([3.5, 3.5]) == [(3.5, 3.5)]
    assert need_map.classify([]) == []


def square(lon, lat, size=0.01):
    return {
        "type": "Polygon",
        "coordinates": [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
    }


def test_a_map_has_one_path_per_area_with_a_geometry_and_a_class_for_no_figure():
    items = [
        ("a", "Noord", square(5.40, 51.45), 1.0),
        ("b", "Zuid", square(5.40, 51.43), 9.0),
        ("c", "Oost", square(5.42, 51.44), None),
        ("d", "Zonder grens", None, 4.0),
    ]
    choropleth = need_map.build_map(items, formatter=lambda v: "–" if v is None else f"{v:.1f}")
    assert [a.key for a in choropleth.areas] == ["a", "b", "c"]
    by_key = {a.key: a for a in choropleth.areas}
    assert by_key["c"].map_class is choropleth.no_figure and choropleth.no_figure.count == 1
    assert by_key["a"].map_class.number == 1 and by_key["b"].map_class.number == 5  # lightest and darkest
    assert by_key["b"].label == "9.0"
    assert all(a.path.startswith("M") and a.path.endswith("Z") for a in choropleth.areas)
    assert need_map.build_map([("x", "X", None, 1)], formatter=str) is None


def test_the_projection_scales_longitude_by_the_cosine_of_the_latitude():
    # A square of 0.01° × 0.01° at 51.44° N is about 0.62 times as wide as it is high.
    projection, height = need_map.fit(need_map.rings_of(square(5.4, 51.44)), width=100 + 2 * need_map.PADDING)
    left, top = projection(5.4, 51.45)
    right, bottom = projection(5.41, 51.44)
    assert (left, top) == pytest.approx((need_map.PADDING, need_map.PADDING))
    assert right - left == pytest.approx(100)
    assert (right - left) / (bottom - top) == pytest.approx(math.cos(math.radians(51.445)), rel=1e-3)
    assert height == math.ceil(bottom - top + 2 * need_map.PADDING)


def test_multipolygons_and_holes_become_one_path():
    geometry = {
        "type": "MultiPolygon",
        "coordinates": [
            [square(5.4, 51.4)["coordinates"][0], square(5.402, 51.402, 0.002)["coordinates"][0]],
            [square(5.42, 51.4)["coordinates"][0]],
        ],
    }
    assert len(need_map.rings_of(geometry)) == 3
    choropleth = need_map.build_map([("m", "Meer", geometry, 2)], formatter=str)
    assert choropleth.areas[0].path.count("M") == 3


def test_simplification_drops_points_on_a_straight_line_and_keeps_the_ring_closed():
    ring = [(0, 0)] + [(x / 10, 0) for x in range(1, 100)] + [(10, 0), (10, 10), (0, 10), (0, 0)]
    simple = need_map.simplify_ring(ring, 0.5)
    assert simple[0] == simple[-1] and len(simple) == 5
    assert set(simple) == {(0, 0), (10, 0), (10, 10), (0, 10)}
    triangle = [(0, 0), (1, 0), (0, 1), (0, 0)]
    assert need_map.simplify_ring(triangle, 5) == triangle


def test_the_eindhoven_buurten_draw_within_the_point_budget(db):
    from bloei.geo.models import Buurt

    items = [(b.pk, b.name, b.geometry, float(b.pk)) for b in Buurt.objects.all()]
    choropleth = need_map.build_map(items, formatter=str)
    assert len(choropleth.areas) == 116
    assert sum(a.path.count("L") + 1 for a in choropleth.areas) <= need_map.MAX_POINTS
    assert [c.count for c in choropleth.classes] == [24, 23, 23, 23, 23]
    assert 400 < choropleth.height < 700  # Eindhoven is a little less high than wide
