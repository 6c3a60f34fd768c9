from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.core.forms import StyledForm

from .areas import CITY, DISTRICT, WIJK, Area

DEFAULT_MAP = "matches_rate"


def area_choices() -> list:
    """The whole city, then districts and wijken as option groups (values like "wijk:12")."""
    from bloei.geo.models import District, Neighbourhood

    def group(level, label, queryset):
        return (label, [(f"{level}:{pk}", name) for pk, name in queryset.values_list("pk", "name")])

    return [
        ("", _("Whole city")),
        group(DISTRICT, _("Districts (stadsdelen)"), District.objects.order_by("name")),
        group(WIJK, _("Wijken"), Neighbourhood.objects.order_by("name")),
    ]


class NeedForm(StyledForm):
    """Year, area and the column the map shows. Every field has a default, so an empty query works."""

    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    area = forms.ChoiceField(label=_("Area"), required=False)
    map = forms.CharField(label=_("Colour the map by"), required=False, widget=forms.Select)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = area_choices()

    def set_map_choices(self, columns) -> None:
        self.fields["map"].widget.choices = [(c.key, c.label) for c in columns if c.mappable]

    def clean(self):
        data = super().clean()
        data["year"] = data.get("year") or timezone.localdate().year
        raw = data.get("area") or ""
        level, _sep, pk = raw.partition(":")
        data["area_value"] = Area(level, int(pk)) if level in (DISTRICT, WIJK) and pk.isdigit() else Area(CITY)
        data["map"] = data.get("map") or DEFAULT_MAP
        return data


class AreaFigureUploadForm(StyledForm):
    file = forms.FileField(
        label=_("CSV file with area figures"),
        help_text=_(
            "Columns buurt_code, year, code, label_nl, label_en, value, unit, source; separated by comma or "
            "semicolon; decimals with a comma or a point."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = ".csv,text/csv"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() != ".csv":
            raise forms.ValidationError(_("Upload a CSV file (.csv)."))
        limit = getattr(settings, "IMPORT_MAX_UPLOAD_MB", 10)
        if upload.size > limit * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than %(mb)s MB.") % {"mb": limit})
        return upload
