import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.core.forms import StyledForm, StyledModelForm
from bloei.core.models import Language
from bloei.geo.models import Buurt
from bloei.people.choices import DayPart
from bloei.people.models import Talent

from .choices import OpeningKind, PlaceKind
from .models import Opening, Place

POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")


def buurten():
    """Buurten for a select, without their (large) geometry."""
    return Buurt.objects.defer("geometry").order_by("name", "code")


class PlaceFilterForm(StyledForm):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Name of the place, or a talent or activity it offers"),
    )
    buurt = forms.ModelChoiceField(
        label=_("Buurt"),
        queryset=Buurt.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All buurten"),
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *PlaceKind.choices])
    active = forms.BooleanField(label=_("Only active places"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buurt"].queryset = buurten()


class PlaceForm(StyledModelForm):
    """Details of a development place. On a new place `added_on` can be set (for places known from before)."""

    website = forms.URLField(label=_("Website"), required=False, max_length=200, assume_scheme="https")
    verified = forms.BooleanField(
        label=_("I checked these details with the place today"),
        required=False,
        help_text=_("Sets the date the details were last verified to today."),
    )

    class Meta:
        model = Place
        fields = [
            "name",
            "kind",
            "description",
            "street",
            "house_number",
            "postcode",
            "buurt",
            "lat",
            "lon",
            "contact_name",
            "contact_email",
            "contact_phone",
            "website",
            "wheelchair_accessible",
            "accessible_toilet",
            "hearing_loop",
            "accessibility_notes",
            "languages",
            "opening_hours",
            "added_on",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "languages": forms.CheckboxSelectMultiple,
            "added_on": forms.DateInput,
        }
        help_texts = {
            "added_on": _("The day the place joined. Counts for “new places this year”."),
            "lat": _("Optional, for the map (for example 51.4393)."),
            "lon": _("Optional, for the map (for example 5.4786)."),
            "opening_hours": _("For example: Mon–Fri 9:00–17:00, Saturday morning."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buurt"].queryset = buurten()
        self.fields["languages"].queryset = Language.objects.order_by("name_nl")
        if self.instance.pk:
            # The date added is history; it is not edited afterwards.
            del self.fields["added_on"]
        else:
            del self.fields["verified"]
            self.fields["added_on"].initial = timezone.localdate

    def clean_postcode(self):
        value = self.cleaned_data["postcode"]
        if not value:
            return value
        match = POSTCODE.match(value)
        if not match:
            raise ValidationError(_("Enter a Dutch postcode, for example 5611 AB."))
        return f"{match[1]}{match[2].upper()}"

    def clean_lat(self):
        lat = self.cleaned_data["lat"]
        if lat is not None and not -90 <= lat <= 90:
            raise ValidationError(_("A latitude lies between -90 and 90."))
        return lat

    def clean_lon(self):
        lon = self.cleaned_data["lon"]
        if lon is not None and not -180 <= lon <= 180:
            raise ValidationError(_("A longitude lies between -180 and 180."))
        return lon

    def clean_added_on(self):
        added_on = self.cleaned_data["added_on"]
        if added_on and added_on > timezone.localdate():
            raise ValidationError(_("The date added cannot be in the future."))
        return added_on

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("lat") is None) != (cleaned.get("lon") is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        return cleaned

    def service_kwargs(self) -> dict:
        """The cleaned data as keyword arguments for create_place / update_place."""
        data = dict(self.cleaned_data)
        data.pop("verified", None)
        return data


class PlaceRemoveForm(StyledForm):
    removed_on = forms.DateField(
        label=_("No longer active since"),
        initial=timezone.localdate,
        widget=forms.DateInput,
        help_text=_("The place stays in the records and the figures of earlier dates; its open openings close."),
    )


class OpeningForm(StyledModelForm):
    availability = forms.MultipleChoiceField(
        label=_("When"),
        required=False,
        choices=DayPart.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Opening
        fields = ["title", "kind", "description", "talents", "capacity", "availability", "opened_on"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "talents": forms.CheckboxSelectMultiple,
            "opened_on": forms.DateInput,
        }
        help_texts = {
            "capacity": _("How many people the opening can take at the same time."),
            "talents": _("Talents and interests that fit this opening; they make it findable and help matching."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["talents"].queryset = Talent.objects.order_by("name_nl")
        self.fields["kind"].choices = OpeningKind.choices
        self.fields["capacity"].min_value = 1
        self.fields["capacity"].widget.attrs["min"] = 1

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and capacity < 1:
            raise ValidationError(_("An opening has room for at least one person."))
        return capacity

    def service_kwargs(self) -> dict:
        return dict(self.cleaned_data)


class OpeningCloseForm(StyledForm):
    closed_on = forms.DateField(label=_("Closed from"), initial=timezone.localdate, widget=forms.DateInput)
