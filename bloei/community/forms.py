from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.forms import StyledForm, StyledModelForm
from bloei.geo.models import Buurt
from bloei.matching.models import Match
from bloei.people.models import Resident
from bloei.places.models import Place

from .choices import NetworkPhase, Recurrence
from .models import Activity, Network

# A match ended longer ago than this is no longer offered as "grew out of" (one already chosen stays).
ORIGIN_MATCH_WINDOW_DAYS = 2 * 365


def team_buurten(user):
    """Buurten in the areas of the user's teams, without their geometry."""
    teams = access.team_ids(user, *access.CASEWORK)
    return Buurt.objects.filter(neighbourhood__teams__in=teams).defer("geometry").distinct().order_by("name", "code")


def editable_teams(user):
    return Team.objects.filter(pk__in=access.team_ids(user, *access.TEAM_WORK)).order_by("name")


def visible_residents(user, *, also=None):
    """Active residents the user may see, for a select; `also` (a queryset of residents) is kept in the
    choices even when their file is closed, so editing a record does not silently drop them."""
    residents = Resident.objects.visible_to(user)
    active = Q(pk__in=Resident.objects.active().values("pk"))
    if also is not None:
        active |= Q(pk__in=also.values("pk"))
    return (
        residents.filter(active)
        .only("pk", "uuid", "first_name", "last_name", "postcode")
        .order_by("last_name", "first_name", "pk")
    )


class ResidentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_name} · {obj.postcode}" if obj.postcode else obj.full_name


class ResidentMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_name} · {obj.postcode}" if obj.postcode else obj.full_name


def _match_label(match: Match, visible_ids: set[int]) -> str:
    parties = []
    for resident in (match.resident_a, match.resident_b):
        if resident is not None and resident.pk in visible_ids:
            parties.append(resident.full_name)
    if match.place_a_id:
        parties.append(match.place_a.name)
    if match.place_b_id:
        parties.append(match.place_b.name)
    label = f"{match.get_kind_display()} #{match.pk}"
    if parties:
        label += " · " + " – ".join(parties)
    return f"{label} ({match.proposed_on:%d-%m-%Y})"


def origin_choices(user, *, networks: bool, current=None) -> list:
    """Grouped choices for "grew out of": matches (and networks) the user may see, values "<kind>:<uuid>"."""
    since = timezone.localdate() - timedelta(days=ORIGIN_MATCH_WINDOW_DAYS)
    matches = Match.objects.visible_to(user).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=since))
    if isinstance(current, Match):
        matches = Match.objects.visible_to(user).filter(
            Q(pk=current.pk) | Q(ended_on__isnull=True) | Q(ended_on__gte=since)
        )
    matches = list(matches.select_related("resident_a", "resident_b", "place_a", "place_b").order_by("-proposed_on"))
    resident_ids = {m.resident_a_id for m in matches} | {m.resident_b_id for m in matches}
    resident_ids.discard(None)
    visible = (
        set(Resident.objects.visible_to(user).filter(pk__in=resident_ids).values_list("pk", flat=True))
        if resident_ids
        else set()
    )
    choices: list = [("", _("Nothing in particular"))]
    if networks:
        network_qs = Network.objects.visible_to(user).order_by("name")
        choices.append((_("Networks"), [(f"network:{n.uuid}", n.name) for n in network_qs]))
    choices.append((_("Matches"), [(f"match:{m.uuid}", _match_label(m, visible)) for m in matches]))
    return choices


class OriginField(forms.ChoiceField):
    """A "grew out of" choice; cleans to the Match or Network, re-checked against the user's scope."""

    def __init__(self, *, user=None, **kwargs):
        self.user = user
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        kind, _sep, uuid = value.partition(":")
        model = {"match": Match, "network": Network}.get(kind)
        if model is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})
        try:
            return model.objects.visible_to(self.user).get(uuid=uuid)
        except (model.DoesNotExist, ValueError, ValidationError):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})


def origin_value(obj) -> str:
    if obj is None:
        return ""
    return f"{obj._meta.model_name}:{obj.uuid}"


class _TeamFormMixin:
    """A team field for a new record: the user's own teams; hidden when there is only one."""

    def setup_team(self, user, *, editing: bool):
        if editing:
            del self.fields["team"]
            return
        teams = editable_teams(user)
        self.fields["team"].queryset = teams
        if len(teams) == 1:
            self.fields["team"].initial = teams[0]
            self.fields["team"].widget = forms.HiddenInput()


# --- filters ------------------------------------------------------------------------------------------


class NetworkFilterForm(StyledForm):
    STATUS_CHOICES = [("active", _("Running")), ("ended", _("Ended")), ("all", _("All"))]

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    buurt = forms.ModelChoiceField(
        label=_("Buurt"),
        queryset=Buurt.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All buurten"),
    )
    phase = forms.ChoiceField(label=_("Phase"), required=False, choices=[("", _("All phases")), *NetworkPhase.choices])
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUS_CHOICES)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buurt"].queryset = team_buurten(user)


class ActivityFilterForm(StyledForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    buurt = forms.ModelChoiceField(
        label=_("Buurt"),
        queryset=Buurt.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All buurten"),
    )
    network = forms.ModelChoiceField(
        label=_("Network"),
        queryset=Network.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("All networks"),
    )
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput)
    end = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buurt"].queryset = team_buurten(user)
        self.fields["network"].queryset = Network.objects.visible_to(user).order_by("name")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            raise ValidationError(_("The end of the period is before its start."))
        return cleaned


# --- networks -----------------------------------------------------------------------------------------


class NetworkForm(_TeamFormMixin, StyledModelForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none())

    class Meta:
        model = Network
        fields = ["team", "name", "description", "buurt", "started_on"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "started_on": forms.DateInput}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        editing = self.instance.pk is not None
        self.setup_team(user, editing=editing)
        self.fields["buurt"].queryset = team_buurten(user)
        current = None
        if editing:
            from .services import origin_of

            current = origin_of(self.instance)
        self.fields["grew_out_of"] = OriginField(
            user=user,
            required=False,
            label=_("Grew out of"),
            choices=origin_choices(user, networks=False, current=current),
            help_text=_("The match this network came from, if any (the ripple effect)."),
            initial=origin_value(current),
        )
        self.fields["grew_out_of"].widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
        if not editing:
            self.fields["started_on"].initial = timezone.localdate

    def clean_started_on(self):
        started_on = self.cleaned_data["started_on"]
        if started_on and started_on > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return started_on

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("team", None)
        return data


class MemberAddForm(StyledForm):
    resident = ResidentChoiceField(label=_("Resident"), queryset=Resident.objects.none(), to_field_name="uuid")
    joined_on = forms.DateField(label=_("Joined on"), initial=timezone.localdate, widget=forms.DateInput)

    def __init__(self, *args, user, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        current = network.memberships.filter(left_on__isnull=True).values("resident")
        self.fields["resident"].queryset = visible_residents(user).exclude(pk__in=current)


class MemberLeaveForm(StyledForm):
    left_on = forms.DateField(label=_("Left on"), initial=timezone.localdate, widget=forms.DateInput)


class PhaseForm(StyledForm):
    phase = forms.ChoiceField(label=_("Phase"), choices=NetworkPhase.choices, widget=forms.RadioSelect)
    since = forms.DateField(
        label=_("Self-steering since"),
        required=False,
        initial=timezone.localdate,
        widget=forms.DateInput,
        help_text=_("Only for a self-steering network."),
    )


class NetworkEndForm(StyledForm):
    ended_on = forms.DateField(label=_("Ended on"), initial=timezone.localdate, widget=forms.DateInput)


# --- activities ---------------------------------------------------------------------------------------


class ActivityForm(_TeamFormMixin, StyledModelForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none())
    organiser = ResidentChoiceField(
        label=_("Organised by (resident)"),
        queryset=Resident.objects.none(),
        required=False,
        to_field_name="uuid",
    )
    participants = ResidentMultipleChoiceField(
        label=_("Registered participants"),
        queryset=Resident.objects.none(),
        required=False,
        to_field_name="uuid",
        help_text=_("Residents you know took part. Others can be counted in the number of participants."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    class Meta:
        model = Activity
        fields = [
            "team",
            "title",
            "description",
            "buurt",
            "starts_on",
            "recurrence",
            "ends_on",
            "place",
            "network",
            "organiser",
            "is_facilitated",
            "participant_count",
            "participants",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "starts_on": forms.DateInput,
            "ends_on": forms.DateInput,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        editing = self.instance.pk is not None
        self.setup_team(user, editing=editing)
        self.fields["buurt"].queryset = team_buurten(user)
        places = Place.objects.visible_to(user).active()
        if editing and self.instance.place_id:
            places = Place.objects.visible_to(user).filter(Q(pk=self.instance.place_id) | Q(pk__in=places.values("pk")))
        self.fields["place"].queryset = places.only("pk", "name").order_by("name")
        networks = Network.objects.visible_to(user).filter(team_id__in=access.team_ids(user, *access.TEAM_WORK))
        self.fields["network"].queryset = networks.order_by("name")
        involved = None
        if editing:
            involved = Resident.objects.filter(
                Q(pk__in=self.instance.participants.values("pk")) | Q(pk=self.instance.organiser_id or 0)
            )
        self.fields["organiser"].queryset = visible_residents(user, also=involved)
        self.fields["participants"].queryset = visible_residents(user, also=involved)
        if editing:
            from .services import origin_of

            current = origin_of(self.instance)
            visible = Resident.objects.visible_to(user)
            self.initial["participants"] = list(
                visible.filter(pk__in=self.instance.participants.values("pk")).values_list("uuid", flat=True)
            )
            if self.instance.organiser_id and visible.filter(pk=self.instance.organiser_id).exists():
                self.initial["organiser"] = self.instance.organiser.uuid
            else:
                self.initial["organiser"] = None
        else:
            current = None
            self.fields["starts_on"].initial = timezone.localdate
        self.fields["grew_out_of"] = OriginField(
            user=user,
            required=False,
            label=_("Grew out of"),
            choices=origin_choices(user, networks=True, current=current),
            help_text=_("The network or match this activity came from, if any (the ripple effect)."),
            initial=origin_value(current),
        )
        self.fields["grew_out_of"].widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
        self.hidden_organiser = editing and self.instance.organiser_id and self.initial["organiser"] is None

    def clean(self):
        cleaned = super().clean()
        recurrence, ends_on, starts_on = cleaned.get("recurrence"), cleaned.get("ends_on"), cleaned.get("starts_on")
        if recurrence == Recurrence.ONCE and ends_on:
            self.add_error("ends_on", _("A one-off activity has no last date."))
        if ends_on and starts_on and ends_on < starts_on:
            self.add_error("ends_on", _("The last date cannot be before the first date."))
        count, participants = cleaned.get("participant_count"), cleaned.get("participants")
        if count is not None and participants is not None and count < len(participants):
            self.add_error(
                "participant_count", _("The number of participants is lower than the registered participants.")
            )
        return cleaned

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("team", None)
        if self.hidden_organiser and data.get("organiser") is None:
            # The organiser is someone the user may not see: keep them.
            data.pop("organiser")
        return data
