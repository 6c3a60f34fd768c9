"""Pages with the participation ladder of training participants: per edition, and per training type and year.

Aggregates only (counts per rung), for the editions of the user's own teams; see docs/participation-ladder.md.
The chart is inline SVG drawn on the server from the same figures as the table, which is its text equivalent.
"""

from dataclasses import dataclass

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from bloei.core.access import capability_required, visible_or_404
from bloei.core.forms import StyledForm

from . import ladder
from .models import TrainingType

# --- the chart ------------------------------------------------------------------------------------------

CHART_WIDTH = 400
LEGEND_HEIGHT = 34
LABEL_HEIGHT = 18
BAR_HEIGHT = 12
BAR_GAP = 2
GROUP_GAP = 10
VALUE_SPACE = 46  # room right of the longest bar for its number

# One look per moment, told apart by pattern as well as colour; each bar has a dark outline (contrast >= 3:1).
SERIES = {
    ladder.START: {"colour": "#4d4d4d", "pattern": "solid"},
    ladder.END: {"colour": "#1a6e4a", "pattern": "stripes"},
    ladder.YEAR: {"colour": "#8a3b12", "pattern": "dots"},
}


@dataclass
class Bar:
    moment: str
    count: int
    y: int
    width: float
    value_x: float
    fill: str
    stroke: str


@dataclass
class Group:
    label: str
    label_y: int
    bars: list[Bar]


def _fill(moment: str, uid: str) -> str:
    series = SERIES[moment]
    return series["colour"] if series["pattern"] == "solid" else f"url(#{uid}-{series['pattern']})"


def chart(figures: ladder.LadderFigures, uid: str) -> dict:
    """Coordinates of a grouped horizontal bar chart: one group per row of the table, one bar per moment.

    `uid` prefixes the ids inside the SVG (patterns, title), so several charts can share a page.
    """
    longest = CHART_WIDTH - VALUE_SPACE
    scale = longest / figures.max_count if figures.max_count else 0
    groups = []
    y = LEGEND_HEIGHT
    for row in figures.rows:
        label_y = y + LABEL_HEIGHT - 5
        y += LABEL_HEIGHT
        bars = []
        for cell in row.cells:
            width = round(cell.count * scale, 1)
            bars.append(
                Bar(
                    moment=cell.moment,
                    count=cell.count,
                    y=y,
                    width=width,
                    value_x=round(width + 4, 1),
                    fill=_fill(cell.moment, uid),
                    stroke=SERIES[cell.moment]["colour"],
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        groups.append(Group(label=row.label, label_y=label_y, bars=bars))
        y += GROUP_GAP
    legend = [
        {
            "moment": moment,
            "label": ladder.MOMENT_LABELS[moment],
            "x": 130 * i,
            "fill": _fill(moment, uid),
            "stroke": SERIES[moment]["colour"],
        }
        for i, moment in enumerate(ladder.MOMENTS)
    ]
    return {
        "uid": uid,
        "width": CHART_WIDTH,
        "height": y,
        "bar_height": BAR_HEIGHT,
        "groups": groups,
        "legend": legend,
        "end_colour": SERIES[ladder.END]["colour"],
        "year_colour": SERIES[ladder.YEAR]["colour"],
    }


# --- the pages --------------------------------------------------------------------------------------------


@capability_required("trainings.view")
@require_safe
def edition_ladder(request, uuid):
    """The participation ladder of the participants of one edition of the user's teams."""
    edition = visible_or_404(ladder.editions_for(request.user), uuid=uuid)
    result = ladder.edition_ladder(edition)
    return render(
        request,
        "trainings/ladder_edition.html",
        {"result": result, "chart": chart(result.figures, f"ladder-{edition.pk}")},
    )


FIRST_YEAR, LAST_YEAR = 2000, 2100


class LadderFilterForm(StyledForm):
    type = forms.ModelChoiceField(
        label=_("Training"), queryset=TrainingType.objects.none(), to_field_name="slug", empty_label=None
    )
    year = forms.IntegerField(
        label=_("Year of the first meeting"), min_value=FIRST_YEAR, max_value=LAST_YEAR, widget=forms.Select
    )

    def __init__(self, *args, years: list[int], **kwargs):
        """`years` are offered in the select; a valid year asked for in the query string is added to them."""
        super().__init__(*args, **kwargs)
        self.fields["type"].queryset = TrainingType.objects.order_by("name_nl", "pk")
        offered = set(years)
        asked = str(self.data.get("year", ""))
        if asked.isdigit() and FIRST_YEAR <= int(asked) <= LAST_YEAR:
            offered.add(int(asked))
        self.fields["year"].widget.choices = [(year, str(year)) for year in sorted(offered, reverse=True)]


@capability_required("trainings.view")
@require_safe
def ladder_overview(request):
    """The participation ladder per training type and year (?type=<slug>&year=YYYY), in total and per edition."""
    this_year = timezone.localdate().year
    years = sorted({this_year, *ladder.edition_years(request.user)}, reverse=True)
    first_type = TrainingType.objects.order_by("name_nl", "pk").values_list("slug", flat=True).first()
    data = {"type": first_type or "", "year": str(this_year)}
    data.update({key: request.GET[key] for key in ("type", "year") if key in request.GET})
    form = LadderFilterForm(data, years=years)
    result = None
    if form.is_valid():
        result = ladder.type_year_ladder(request.user, form.cleaned_data["type"], form.cleaned_data["year"])
    context = {
        "form": form,
        "result": result,
        "chart": chart(result.figures, "ladder-total") if result else None,
    }
    if request.htmx and not request.htmx.boosted:
        return render(request, "trainings/partials/ladder_results.html", context)
    return render(request, "trainings/ladder_overview.html", context)
