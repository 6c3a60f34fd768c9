from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from bloei.core import access
from bloei.core.access import capability_required

from . import charts, dashboard, drilldown, selectors
from .forms import DashboardForm
from .models import Framework, Indicator


@capability_required("monitoring.definitions")
def definitions(request):
    """Every indicator in plain language: what counts, from which registration; and the KPIs."""
    framework = selectors.framework_for_page(request.GET.get("framework"))
    return render(
        request,
        "monitoring/definitions.html",
        {
            "framework": framework,
            "frameworks": Framework.objects.all(),
            "measures": selectors.measure_catalogue(),
        },
    )


def _filters(request):
    """The dashboard form, its period and area (defaults when the form has errors), the framework and
    the selected indicator."""
    form = DashboardForm(request.GET)
    if form.is_valid():
        period, area = form.cleaned_data["period_value"], form.cleaned_data["area_value"]
    else:
        empty = DashboardForm({})
        empty.is_valid()
        period, area = empty.cleaned_data["period_value"], empty.cleaned_data["area_value"]
    framework = selectors.framework(request.GET.get("framework"))
    if framework is None:
        raise Http404
    indicators = Indicator.objects.filter(sub_goal__goal__framework=framework, kind="measure").order_by(
        "sub_goal__goal__order", "sub_goal__order", "order", "pk"
    )
    selected = indicators.filter(pk=request.GET.get("indicator") or 0).first() if (
        request.GET.get("indicator") or ""
    ).isdigit() else None
    selected = selected or indicators.filter(measure="matches_started", parameter="").first() or indicators.first()
    return form, period, area, framework, selected


def _query_without(request, *names) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@capability_required("monitoring.dashboard")
def dashboard_view(request):
    """One dashboard for every role that works with figures; the municipality sees protected aggregates."""
    form, period, area, framework, selected = _filters(request)
    protect = dashboard.needs_disclosure_control(request.user)
    figures = dashboard.compute(framework, period, area, selected, protect=protect)
    context = {
        "form": form,
        "framework": framework,
        "period": period,
        "previous": period.previous(),
        "area": area,
        "area_label": dict(_flat_areas(form)).get(request.GET.get("area") or "city"),
        "blocks": figures["blocks"],
        "protect": protect,
        "selected": selected,
        "query": _query_without(request, "indicator"),
        "can_drill": access.can(request.user, "monitoring.drilldown"),
        "can_report": access.can(request.user, "monitoring.report"),
        "area_code": request.GET.get("area") or "city",
        "target_year": dashboard.period_target_year(period),
    }
    if selected is not None:
        points, bars = figures["trend"], figures["wijk_bars"]
        context.update(
            trend=points,
            trend_chart=charts.grouped_bars(
                [p.label.strftime("%m-%Y") for p in points],
                [[p.current.value for p in points], [p.previous.value if p.previous else None for p in points]],
            ),
            wijk_bars=bars,
            wijk_chart=charts.grouped_bars(
                [b.name for b in bars], [[b.current.value for b in bars], [b.previous.value for b in bars]],
                height=320,
            )
            if bars
            else None,
        )
    template = "monitoring/partials/dashboard_results.html" if request.htmx else "monitoring/dashboard.html"
    return render(request, template, context)


def _flat_areas(form):
    for value, label in form.fields["area"].choices:
        if isinstance(label, (list, tuple)):
            yield from label
        else:
            yield value, label


@capability_required("monitoring.drilldown")
def drilldown_view(request):
    """The records behind one figure, limited to what the user may see."""
    form, period, area, framework, selected = _filters(request)
    if selected is None or not request.GET.get("indicator"):
        raise Http404
    measure = selected.get_measure()
    behind = measure.records_behind(period, area, selected.parameter)
    visible = drilldown.scoped(behind, request.user).order_by("pk")
    page = Paginator(visible, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/drilldown.html",
        {
            "indicator": selected,
            "measure": measure,
            "period": period,
            "area_label": dict(_flat_areas(form)).get(request.GET.get("area") or "city"),
            "total": measure.value(period, area, selected.parameter),
            "page": page,
            "rows": drilldown.rows(page.object_list, request.user),
            "pseudonymised": drilldown.pseudonymised(request.user),
            "query": _query_without(request, "page"),
            "back": _query_without(request, "page"),
        },
    )





@capability_required("monitoring.quality")
def quality_view(request):
    """Registrations that make figures wrong. The analyst sees every team, pseudonymised; a team lead
    their own teams, with links to put things right."""
    from django.utils import timezone

    from bloei.matching.models import Match
    from bloei.people.models import Resident

    from . import quality

    hide = drilldown.pseudonymised(request.user)
    residents = Resident.objects.all() if hide else Resident.objects.visible_to(request.user)
    matches = Match.objects.all() if hide else Match.objects.visible_to(request.user)
    return render(
        request,
        "monitoring/quality.html",
        {
            "checks": quality.checks(residents=residents, matches=matches, on=timezone.localdate()),
            "pseudonymised": hide,
        },
    )


@capability_required("monitoring.report")
def report_view(request):
    """The yearly report of ?year= for ?area= as ?format=pdf (default) or xlsx."""
    from django.http import HttpResponse

    from . import report as reports
    from .forms import ReportForm

    form = ReportForm(request.GET)
    if not form.is_valid():
        return render(request, "monitoring/report_error.html", {"form": form}, status=400)
    year, area, kind = form.cleaned_data["year"], form.cleaned_data["area_value"], form.cleaned_data["format"]
    name = dict(_flat_areas(form)).get(form.cleaned_data["area"] or "city", "")
    protect = dashboard.needs_disclosure_control(request.user)
    report = reports.build_report(year, area, protect=protect, area_name="" if area.level == "city" else name)
    if kind == "xlsx":
        content = reports.write_xlsx(report)
        mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        content, mime = reports.write_pdf(report), "application/pdf"
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{reports.filename(report, kind)}"'
    return response
