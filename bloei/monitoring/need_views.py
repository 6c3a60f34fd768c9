"""Need against effort per buurt (table and map), and the upload of area figures."""

from decimal import ROUND_HALF_UP, Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.shortcuts import redirect, render
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bloei.core import access
from bloei.core.access import capability_required

from . import dashboard, disclosure, need, need_map
from .need_forms import DEFAULT_MAP, AreaFigureUploadForm, NeedForm


def may_upload_figures(user) -> bool:
    """Area figures are reference data about areas: the analyst and the beheerder load them."""
    return access.can(user, "figures.upload")


def _number(value, decimals: int) -> str:
    """Rounded half up (number_format alone would cut off the digits), with the language's separators."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return number_format(rounded, decimals, force_grouping=True)


def format_value(column: need.Column, value) -> str:
    """A value of a mappable column as text (titles and legend)."""
    if value is None:
        return _("no figure")
    if column.kind == "rate":
        return _("%(value)s per 1,000 inhabitants") % {"value": _number(value, 1)}
    if column.unit == "percent":
        return f"{_number(value, 1)}%"
    decimals = 0 if float(value) == int(value) else 1
    return _number(value, decimals)


def _query(request, **changes) -> str:
    query = request.GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


def _headers(request, table: need.NeedTable, sort: str, descending: bool) -> list[dict]:
    headers = []
    for column in table.columns:
        current = column.key == sort
        # A first click sorts text A–Z and figures from high to low.
        next_descending = (not descending) if current else column.kind != "text"
        headers.append(
            {
                "column": column,
                "numeric": column.kind != "text",
                "href": "?" + _query(request, sort=column.key, order="desc" if next_descending else "asc"),
                "aria_sort": ("descending" if descending else "ascending") if current else "",
            }
        )
    return headers


def _lines(rows, table: need.NeedTable) -> list[dict]:
    """Rows with their imported figures as text, in column order (None: no figure)."""
    lines = []
    for row in rows:
        values = [row.value(c.key) for c in table.figure_columns]
        figures = [None if v is None else format_value(c, v) for c, v in zip(table.figure_columns, values, strict=True)]
        lines.append({"row": row, "figures": figures})
    return lines


@capability_required("monitoring.dashboard")
@require_http_methods(["GET"])
def need_view(request):
    """Per buurt: population and imported need figures beside matches, activities and connector hours."""
    form = NeedForm(request.GET)
    if form.is_valid():
        choice = form.cleaned_data
    else:  # the form shows what was wrong; the figures below are those of the defaults
        defaults = NeedForm({})
        defaults.is_valid()
        choice = defaults.cleaned_data
    year, area = choice["year"], choice["area_value"]
    protect = dashboard.needs_disclosure_control(request.user)
    table = need.need_and_effort(year, area, protect=protect)
    form.set_map_choices(table.columns)

    map_column = table.column(choice["map"])
    if map_column is None or not map_column.mappable:
        map_column = table.column(DEFAULT_MAP)
    sort = request.GET.get("sort") or "buurt"
    if table.column(sort) is None:
        sort = "buurt"
    descending = request.GET.get("order") == "desc"
    rows = table.sorted_rows(sort, descending)

    choropleth = need_map.build_map(
        ((r.pk, r.name, r.geometry, r.value(map_column.key)) for r in table.rows),
        formatter=lambda value: format_value(map_column, value),
    )
    legend = []
    if choropleth is not None:
        for item in choropleth.classes:
            low, high = format_value(map_column, item.low), format_value(map_column, item.high)
            legend.append({"class": item, "text": low if item.low == item.high else f"{low} – {high}"})
        if choropleth.no_figure.count:
            legend.append({"class": choropleth.no_figure, "text": _("no figure")})
    return render(
        request,
        "monitoring/need.html",
        {
            "form": form,
            "table": table,
            "year": year,
            "headers": _headers(request, table, sort, descending),
            "lines": _lines(rows, table),
            "sort": sort,
            "descending": descending,
            "map": choropleth,
            "map_column": map_column,
            "legend": legend,
            "protect": protect,
            "min_base": disclosure.min_base(),
            "can_upload": may_upload_figures(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def need_figures_view(request):
    """Upload area figures (CSV); lists the figures loaded so far."""
    from bloei.geo.figures import AreaFigureFileInvalid, import_area_figures
    from bloei.geo.models import AreaFigure

    access.require(request.user, "figures.view")
    if not may_upload_figures(request.user):
        raise PermissionDenied
    problems = []
    if request.method == "POST":
        form = AreaFigureUploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = import_area_figures(by=request.user, data=form.cleaned_data["file"].read())
            except AreaFigureFileInvalid as error:
                problems = error.problems
                form.add_error(
                    None,
                    ngettext(
                        "Nothing was imported: the file has %(count)s problem, listed below.",
                        "Nothing was imported: the file has %(count)s problems, listed below.",
                        len(problems),
                    )
                    % {"count": len(problems)},
                )
            else:
                messages.success(
                    request,
                    _("%(rows)s figures for %(buurten)s buurten imported; %(replaced)s earlier figures replaced.")
                    % {"rows": result.rows, "buurten": result.buurten, "replaced": result.replaced},
                )
                return redirect("monitoring:need_figures")
    else:
        form = AreaFigureUploadForm()
    loaded = (
        AreaFigure.objects.order_by("code", "-year")
        .values("code", "year", "label_nl", "label_en", "unit", "source")
        .annotate(buurten=Count("pk"), imported_at=Max("imported_at"))
    )
    english = (get_language() or "nl").startswith("en")
    loaded = [
        {**item, "label": item["label_en"] if english and item["label_en"] else item["label_nl"]} for item in loaded
    ]
    return render(
        request,
        "monitoring/need_figures.html",
        {"form": form, "problems": problems, "loaded": loaded, "columns": need_columns_doc()},
    )


def need_columns_doc() -> list[tuple[str, str]]:
    return [
        ("buurt_code", _("CBS buurt code, e.g. BU07721110.")),
        ("year", _("The year the figure describes, e.g. 2024.")),
        ("code", _("Short name of the figure: lower-case letters, digits, - or _, e.g. limited_network.")),
        ("label_nl", _("The figure's name in Dutch, shown as the column heading.")),
        ("label_en", _("The figure's name in English (may be empty).")),
        ("value", _("A number with a decimal comma or point; empty, x or . when the source has no figure.")),
        ("unit", _("count or percent.")),
        ("source", _("Where the figure comes from, e.g. CBS Kerncijfers wijken en buurten 2024.")),
    ]
