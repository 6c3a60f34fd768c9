from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.core.forms import StyledForm

from .choices import BoundaryOutcome, OverviewPeriod, TimeCategory
from .models import MAX_CATEGORY_HOURS, TimeRecord
from .services import REASON_MAX


class HoursField(forms.DecimalField):
    """Hours, whole or half; accepts a decimal comma ("2,5") as well as a point. Left empty it is 0, so the
    field always has a value (and is not labelled optional)."""

    def __init__(self, **kwargs):
        super().__init__(
            min_value=Decimal(0),
            max_value=MAX_CATEGORY_HOURS,
            max_digits=3,
            decimal_places=1,
            step_size=Decimal("0.5"),
            **kwargs,
        )
        self.widget.attrs.update({"inputmode": "decimal", "step": "0.5", "min": "0", "max": "60"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        value = super().to_python(value)
        return Decimal(0) if value is None else value


def hours_text(value: Decimal | None) -> str:
    """4.0 → "4", 4.5 → "4.5": what a number input shows."""
    if value is None:
        return "0"
    return f"{value.normalize():f}"


class TimeRecordForm(StyledForm):
    """Five numbers: the hours of one week per category."""

    def __init__(self, *args, initial_record: TimeRecord | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        for category in TimeCategory:
            model_field = TimeRecord._meta.get_field(category.value)
            self.fields[category.value] = HoursField(label=category.label, help_text=model_field.help_text)
            if initial_record is not None and not self.is_bound:
                self.initial[category.value] = hours_text(getattr(initial_record, category.value))
            elif not self.is_bound:
                self.initial[category.value] = "0"

    def hours(self) -> dict:
        return {category: self.cleaned_data[category] for category in TimeCategory.values}


class OverviewFilterForm(StyledForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=None, empty_label=None, required=False)
    period = forms.ChoiceField(label=_("Period"), choices=OverviewPeriod.choices, initial=OverviewPeriod.WEEKS_12)

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams
        if len(teams) < 2:
            self.fields["team"].widget = forms.HiddenInput()


class BoundaryDecisionForm(StyledForm):
    outcome = forms.ChoiceField(label=_("Decision"), choices=BoundaryOutcome.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("In a sentence or two, for the team. No health details."),
    )
    next_step = forms.CharField(
        label=_("Agreed next step"),
        max_length=REASON_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when the team continues: who does what."),
    )
    review_on = forms.DateField(
        label=_("Review on"),
        required=False,
        widget=forms.DateInput,
        help_text=_("The resident is off the list until this date. Not for a closed file."),
    )
    decided_on = forms.DateField(label=_("Decided on"), initial=timezone.localdate, widget=forms.DateInput)

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("outcome", "reason", "next_step", "review_on", "decided_on")}
