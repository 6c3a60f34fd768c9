from datetime import date

from django import forms
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from bloei.core.forms import LongSelect, StyledForm

from .areas import BUURT, CITY, DISTRICT, TEAM, WIJK, Area
from .measures import Period

YEAR, QUARTER, MONTH, CUSTOM = "year", "quarter", "month", "custom"


def area_choices() -> list:
    """The city, then teams, districts, wijken and buurten as option groups (values like "wijk:12")."""
    from bloei.accounts.models import Team
    from bloei.geo.models import Buurt, District, Neighbourhood

    def group(level, label, queryset):
        return (label, [(f"{level}:{pk}", name) for pk, name in queryset.values_list("pk", "name")])

    return [
        (CITY, _("Whole city")),
        group(TEAM, _("Teams"), Team.objects.order_by("name")),
        group(DISTRICT, _("Districts (stadsdelen)"), District.objects.order_by("name")),
        group(WIJK, _("Wijken"), Neighbourhood.objects.order_by("name")),
        group(BUURT, _("Buurten"), Buurt.objects.order_by("name")),
    ]


class DashboardForm(StyledForm):
    """Period and area of the dashboard. Every field has a default, so an empty query shows this year."""

    period = forms.ChoiceField(
        label=_("Period"),
        choices=[(YEAR, _("Year")), (QUARTER, _("Quarter")), (MONTH, _("Month")), (CUSTOM, _("From – to"))],
        initial=YEAR,
        required=False,
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), choices=[(q, f"Q{q}") for q in range(1, 5)], coerce=int, required=False
    )
    month = forms.TypedChoiceField(
        label=_("Month"),
        choices=list(MONTHS.items()),
        coerce=int,
        required=False,
    )
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    area = forms.ChoiceField(label=_("Area"), required=False, widget=LongSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = area_choices()

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        kind = data.get("period") or YEAR
        year = data.get("year") or today.year
        if kind == QUARTER:
            q = data.get("quarter") or (today.month - 1) // 3 + 1
            start = date(year, 3 * q - 2, 1)
            end = date(year + (q == 4), (3 * q) % 12 + 1, 1)
            data["period_value"] = Period(start, date.fromordinal(end.toordinal() - 1))
        elif kind == MONTH:
            m = data.get("month") or today.month
            following = date(year + (m == 12), m % 12 + 1, 1)
            data["period_value"] = Period(date(year, m, 1), date.fromordinal(following.toordinal() - 1))
        elif kind == CUSTOM:
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give both the first and the last day of the period."))
            if end < start:
                self.add_error("end", _("The last day comes on or after the first."))
                return data
            if (end - start).days > 3660:
                self.add_error("end", _("A period can be at most ten years."))
                return data
            data["period_value"] = Period(start, end)
        else:
            data["period_value"] = Period.year(year)
        data["area_value"] = parse_area(data.get("area") or CITY)
        return data


def parse_area(raw: str) -> Area:
    if raw == CITY:
        return Area()
    level, _sep, pk = raw.partition(":")
    try:
        return Area(level, int(pk))
    except (ValueError, TypeError):
        return Area()


class ReportForm(StyledForm):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    area = forms.ChoiceField(label=_("Area"), required=False)
    format = forms.ChoiceField(label=_("File"), choices=[("pdf", "PDF"), ("xlsx", "Excel (XLSX)")], required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = area_choices()

    def clean(self):
        data = super().clean()
        data["area_value"] = parse_area(data.get("area") or CITY)
        data["format"] = data.get("format") or "pdf"
        return data
