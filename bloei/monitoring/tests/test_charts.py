from django.template.loader import render_to_string
from django.utils import translation

from bloei.core.forms import LongSelect
from bloei.monitoring.charts import grouped_bars


def test_svg_coordinates_use_a_dot_whatever_the_language():
    chart = grouped_bars(["Centrum", "Stratum"], [[3, 12], [4, None]], width=300, height=200)
    with translation.override("nl"):
        svg = render_to_string(
            "monitoring/partials/bar_chart.html",
            {"chart": chart, "chart_id": "c", "title": "t", "description": "d", "current_label": "a",
             "previous_label": "b"},
        )
    assert "," not in "".join(part.split('"')[1] for part in svg.split(' y1=')[1:])
    assert svg.count("<rect") == 3  # no bar for an unknown value
    assert chart.max_value == 20 and chart.ticks[-1][2] == 20  # a round number above the largest bar


def test_long_select_renders_groups_and_the_choice():
    widget = LongSelect(choices=[("city", "Stad"), ("Wijken", [("wijk:1", "Centrum & Zuid"), ("wijk:2", "Oost")])])
    html = widget.render("area", "wijk:2", attrs={"id": "id_area"})
    assert html.startswith('<select class="utrecht-select utrecht-select--html-select" id="id_area" name="area">')
    assert '<optgroup label="Wijken"><option value="wijk:1">Centrum &amp; Zuid</option>' in html
    assert '<option value="wijk:2" selected>Oost</option>' in html
