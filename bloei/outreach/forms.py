from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Team, User
from bloei.core import access
from bloei.core.forms import StyledForm, StyledModelForm
from bloei.geo.models import Buurt
from bloei.people.models import Resident

from .choices import KINDS_WITH_FLOORS, RoundKind
from .models import OutreachRound
from .services import parse_wishes


def team_buurten(user):
    """Buurten in the areas of the user's teams, without their geometry."""
    teams = access.team_ids(user, *access.CASEWORK)
    return Buurt.objects.filter(neighbourhood__teams__in=teams).defer("geometry").distinct().order_by("name", "code")


def own_teams(user, roles=access.CASEWORK):
    return Team.objects.filter(pk__in=access.team_ids(user, *roles)).order_by("name")


def staff_choices(user, *, also=None):
    """Staff of the user's teams today (every casework role), and `also` (those already on the round)."""
    today = timezone.localdate()
    active = Q(
        memberships__team_id__in=access.team_ids(user, *access.TEAM_WORK),
        memberships__role__in=access.CASEWORK,
        memberships__started_on__lte=today,
    ) & (Q(memberships__ended_on__isnull=True) | Q(memberships__ended_on__gt=today))
    if also is not None:
        active |= Q(pk__in=also.values("pk"))
    return User.objects.filter(pk__in=User.objects.filter(active).values("pk")).order_by("first_name", "last_name")


class StaffField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username


def year_choices(years: list[int], *, all_label) -> list[tuple[str, str]]:
    return [("", all_label), *((str(y), str(y)) for y in years)]


# --- filters ------------------------------------------------------------------------------------------


class _YearTeamFilter(StyledForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All my teams"),
    )

    def __init__(self, *args, user, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = year_choices(years, all_label=_("All years"))
        teams = own_teams(user)
        self.fields["team"].queryset = teams
        self.single_team = len(teams) <= 1
        if self.single_team:
            del self.fields["team"]


class RoundFilterForm(_YearTeamFilter):
    kind = forms.ChoiceField(
        label=_("Kind of outreach"), required=False, choices=[("", _("All kinds")), *RoundKind.choices]
    )
    buurt = forms.ModelChoiceField(
        label=_("Buurt"),
        queryset=Buurt.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All buurten"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["buurt"].queryset = team_buurten(user)


class OverviewFilterForm(_YearTeamFilter):
    pass


class AmbassadorFilterForm(_YearTeamFilter):
    pass


# --- rounds -------------------------------------------------------------------------------------------


class RoundForm(StyledModelForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none())
    staff = StaffField(
        label=_("Staff who went"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    wishes = forms.CharField(
        label=_("Wishes collected"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One wish per line, with how many times it was heard after a colon, e.g. “Moestuin: 3”. "
            "Existing wishes are reused, so write them the same way."
        ),
    )

    class Meta:
        model = OutreachRound
        fields = [
            "team",
            "kind",
            "held_on",
            "last_day",
            "buurt",
            "street_or_building",
            "floors",
            "homes_approached",
            "homes_reached",
            "conversations",
            "staff",
            "wishes",
            "notes",
        ]
        widgets = {
            "held_on": forms.DateInput,
            "last_day": forms.DateInput,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        editing = self.instance.pk is not None
        if editing:
            del self.fields["team"]
        else:
            teams = own_teams(user, access.TEAM_WORK)
            self.fields["team"].queryset = teams
            if len(teams) == 1:
                self.fields["team"].initial = teams[0]
                self.fields["team"].widget = forms.HiddenInput()
            self.fields["held_on"].initial = timezone.localdate
        self.fields["buurt"].queryset = team_buurten(user)
        self.fields["staff"].queryset = staff_choices(user, also=self.instance.staff.all() if editing else None)
        if editing:
            self.initial["staff"] = list(self.instance.staff.values_list("pk", flat=True))
            self.initial["wishes"] = "\n".join(
                f"{rw.wish.name}: {rw.mentions}" for rw in self.instance.round_wishes.select_related("wish")
            )
        elif user.pk in {u.pk for u in self.fields["staff"].queryset}:
            self.initial["staff"] = [user.pk]
        self.fields["street_or_building"].help_text = _("For example “Kerkstraat” or “flat De Toren”.")
        self.fields["homes_approached"].help_text = _("Homes where you rang the bell or left something.")
        for name in ("held_on", "last_day"):
            self.fields[name].widget.attrs["max"] = timezone.localdate().isoformat()

    def _post_clean(self):
        # The instance keeps its stored values: the service validates and saves, and sees what changed.
        pass

    def clean_wishes(self) -> dict[str, int]:
        return parse_wishes(self.cleaned_data.get("wishes", ""))

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        held_on, last_day = cleaned.get("held_on"), cleaned.get("last_day")
        if held_on and held_on > today:
            self.add_error("held_on", _("Record a round on or after the day it was held."))
        if held_on and last_day and last_day < held_on:
            self.add_error("last_day", _("The last day cannot be before the first day."))
        approached, reached = cleaned.get("homes_approached"), cleaned.get("homes_reached")
        if reached is not None and approached is None:
            self.add_error("homes_approached", _("Enter how many homes were approached."))
        elif reached is not None and approached is not None and reached > approached:
            self.add_error("homes_reached", _("More homes reached than approached."))
        kind = cleaned.get("kind")
        if cleaned.get("floors") is not None and kind and kind not in KINDS_WITH_FLOORS:
            self.add_error("floors", _("Floors only apply to floor conversations in a flat."))
        return cleaned

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("team", None)
        data["street_or_building"] = data.get("street_or_building") or ""
        data["notes"] = data.get("notes") or ""
        data["conversations"] = data.get("conversations") or 0
        return data


class SignUpSearchForm(StyledForm):
    q = forms.CharField(
        label=_("Find a resident"), max_length=100, required=False, help_text=_("Name, street, postcode or talent.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})


class SignUpForm(StyledForm):
    resident = forms.ModelChoiceField(queryset=Resident.objects.none(), to_field_name="uuid", label=_("Resident"))
    signed_up_on = forms.DateField(label=_("Signed up on"), widget=forms.DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resident"].queryset = Resident.objects.visible_to(user)
        self.fields["signed_up_on"].initial = timezone.localdate
        self.fields["signed_up_on"].widget.attrs["max"] = timezone.localdate().isoformat()


# --- flyers -------------------------------------------------------------------------------------------


class FlyerForm(forms.Form):
    taal = forms.ChoiceField(choices=settings.LANGUAGES, required=False)

    def clean_taal(self) -> str:
        return self.cleaned_data["taal"] or ""
