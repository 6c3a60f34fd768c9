from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from bloei.accounts.models import Team
from bloei.core.forms import StyledForm
from bloei.people.models import Talent

from .choices import DismissReason, EndReason, FollowUpOutcome, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from .models import FollowUp, Match, SignUp, SuggestionFeedback


def apply_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form: next to the field it names, else above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _with_blank(choices, label):
    return [("", label), *choices]


class ColumnsFormMixin:
    """The checkboxes of the fields named in `columns` flow in columns (a long list such as the talents)."""

    columns: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.columns:
            self.fields[name].widget.template_name = "matching/widgets/choices_columns.html"


class SignUpFilterForm(StyledForm):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=_with_blank(SignUpKind.choices, _("Requests and offers"))
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_with_blank(SignUpStatus.choices, _("All statuses"))
    )


class SignUpForm(ColumnsFormMixin, StyledForm):
    columns = ("talents",)

    kind = forms.ChoiceField(
        label=_("The resident"),
        choices=[
            (SignUpKind.REQUEST, _("asks for something (request)")),
            (SignUpKind.OFFER, _("offers something (offer)")),
        ],
        widget=forms.RadioSelect,
    )
    title = forms.CharField(
        label=_("In short"),
        max_length=SignUp._meta.get_field("title").max_length,
        help_text=_("For example: help with the garden, company for walks, practise Dutch."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What, for whom, when and where. No health details."),
    )
    talents = forms.ModelMultipleChoiceField(
        label=_("Talents and interests"),
        required=False,
        queryset=Talent.objects.order_by("name_nl"),
        widget=forms.CheckboxSelectMultiple,
    )
    opened_on = forms.DateField(label=_("Signed up on"), initial=timezone.localdate)


class WithdrawSignUpForm(StyledForm):
    on = forms.DateField(label=_("Withdrawn on"), initial=timezone.localdate)


class MatchFilterForm(StyledForm):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_with_blank(MatchStatus.choices, _("All statuses"))
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_with_blank(MatchKind.choices, _("All kinds")))
    mine = forms.BooleanField(label=_("Only matches I work on"), required=False)


class CounterpartSearchForm(StyledForm):
    q = forms.CharField(
        label=_("Search by name, talent or buurt"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class SignUpChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: SignUp) -> str:
        return f"{obj.resident.full_name}: {obj.title}"


class ProposeMatchForm(StyledForm):
    request = SignUpChoiceField(
        label=_("For the request"),
        required=False,
        queryset=SignUp.objects.none(),
        empty_label=pgettext_lazy("request", "(none)"),
    )
    offer = SignUpChoiceField(
        label=_("With the offer"),
        required=False,
        queryset=SignUp.objects.none(),
        empty_label=pgettext_lazy("offer", "(none)"),
    )
    description = forms.CharField(
        label=_("What the match is about"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    proposed_on = forms.DateField(label=_("Proposed on"), initial=timezone.localdate)

    def __init__(self, *args, requests=None, offers=None, **kwargs):
        super().__init__(*args, **kwargs)
        if requests is None:
            del self.fields["request"]
        else:
            self.fields["request"].queryset = requests
        if offers is None:
            del self.fields["offer"]
        else:
            self.fields["offer"].queryset = offers


class TransitionForm(StyledForm):
    """One status step on the match page; rendered once per allowed step, with the step as prefix."""

    on = forms.DateField(label=_("Date"), initial=timezone.localdate)
    reason = forms.ChoiceField(label=_("Reason"), choices=_with_blank(EndReason.choices, "---------"))
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=Match._meta.get_field("end_note").max_length,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, to: str, **kwargs):
        super().__init__(*args, prefix=to, **kwargs)
        self.to = to
        if to != MatchStatus.ENDED:
            del self.fields["reason"]
        if to == MatchStatus.INTRODUCED:
            self.fields["on"].label = _("Introduced on")
        elif to == MatchStatus.ACTIVE:
            self.fields["on"].label = _("Started on")
        else:
            self.fields["on"].label = _("Ended on")


class FollowUpForm(StyledForm):
    outcome = forms.ChoiceField(label=_("How is it going?"), choices=FollowUpOutcome.choices, widget=forms.RadioSelect)
    end_reason = forms.ChoiceField(
        label=_("Reason for ending"),
        required=False,
        choices=_with_blank(EndReason.choices, "---------"),
        help_text=_("Only when the match has ended."),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=FollowUp._meta.get_field("note").max_length,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    done_on = forms.DateField(label=_("Date of the follow-up"), initial=timezone.localdate)

    def __init__(self, *args, follow_up: FollowUp, **kwargs):
        super().__init__(*args, prefix=f"followup-{follow_up.pk}", **kwargs)
        self.follow_up = follow_up

    def clean(self):
        data = super().clean()
        if data.get("outcome") == FollowUpOutcome.ENDED and not data.get("end_reason"):
            self.add_error("end_reason", _("Choose why the match ended."))
        return data


# --- suggestions -------------------------------------------------------------------------------------------------

SUGGESTION_SOURCES = ("signup", "resident", "opening", "place")
SUGGESTION_LIMIT_MAX = 50


class SuggestionQueryForm(forms.Form):
    """The parameters of a suggestion list: exactly one source, an optional kind and how many.

    Used by the JSON endpoint and the `suggest` command, which answer bad parameters with an error.
    """

    signup = forms.UUIDField(required=False)
    resident = forms.UUIDField(required=False)
    opening = forms.UUIDField(required=False)
    place = forms.UUIDField(required=False)
    kind = forms.ChoiceField(required=False, choices=MatchKind.choices)
    limit = forms.IntegerField(required=False, min_value=1, max_value=SUGGESTION_LIMIT_MAX)

    def clean(self):
        data = super().clean()
        given = [name for name in SUGGESTION_SOURCES if data.get(name) or self.data.get(name)]
        if len(given) != 1:
            raise ValidationError(_("Give exactly one of signup, resident, opening or place."), code="source")
        data["source_type"] = given[0]
        data["source_uuid"] = data.get(given[0])
        data["limit"] = data.get("limit") or 10
        return data

    def error_dict(self) -> dict[str, list[str]]:
        """The errors as plain translated strings, keyed by parameter ("__all__" for the combination)."""
        return {field: [str(message) for message in messages] for field, messages in self.errors.items()}


class AcceptSuggestionForm(forms.Form):
    """The hidden field of an "Accept" button: the signed suggestion."""

    token = forms.CharField(widget=forms.HiddenInput)


class DismissSuggestionForm(StyledForm):
    """Dismiss one suggestion with a reason; rendered once per suggestion, with its key as prefix.

    The signed suggestion and the key travel beside it as plain (unprefixed) hidden fields.
    """

    reason = forms.ChoiceField(label=_("Why does it not fit?"), choices=_with_blank(DismissReason.choices, "---------"))
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=SuggestionFeedback._meta.get_field("note").max_length,
        help_text=_("No health details."),
    )

    def __init__(self, *args, key: str = "", **kwargs):
        super().__init__(*args, prefix=f"dismiss-{key}" if key else None, **kwargs)


class MatchingRoundForm(StyledForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none(), to_field_name="slug", empty_label=None)

    def __init__(self, *args, teams=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams if teams is not None else Team.objects.none()
