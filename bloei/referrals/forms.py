"""Forms of the referrals app: they parse and validate input; services do the writing."""

from itertools import groupby

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team, User
from bloei.core.forms import StyledForm
from bloei.people.models import Resident

from .choices import ReferralStatus, SignalKind, SignalStatus, SignalUrgency
from .services import NOTE_MAX, TEXT_MAX, team_connectors


class ResidentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_name} · {obj.postcode}" if obj.postcode else obj.full_name


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username


def selectable_residents(user):
    """Active residents the user may see, for a select."""
    return (
        Resident.objects.visible_to(user)
        .active()
        .only("pk", "uuid", "first_name", "last_name", "postcode")
        .order_by("last_name", "first_name", "pk")
    )


def _text(label, *, required=True, help_text="", max_length=TEXT_MAX, rows=4):
    return forms.CharField(
        label=label, required=required, help_text=help_text, max_length=max_length, strip=True,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ReferralForm(StyledForm):
    resident = ResidentChoiceField(label=_("Resident"), queryset=Resident.objects.none())
    team = forms.ModelChoiceField(
        label=_("To the connectors of"), queryset=Team.objects.order_by("name"), required=False,
        empty_label=_("The resident's own team"),
    )
    to_connector = UserChoiceField(
        label=_("A named connector"), queryset=User.objects.none(), required=False,
        empty_label=_("Any connector of the team"),
        help_text=_("Only when you have agreed with this connector; they must work in the team you refer to."),
    )
    reason = _text(_("Why do you refer the resident?"))
    wishes = _text(_("What would the resident like?"))
    practical_notes = _text(
        _("Practical notes"), required=False, rows=3,
        help_text=_("For instance the best time to call, language, hearing, or a neighbour who helps."),
    )
    consent_given = forms.BooleanField(
        label=_("The resident agrees to this referral"), required=False,
        help_text=_("Their details and what you write here are passed on to the connectors of the team."),
    )
    consent_given_on = forms.DateField(label=_("Consent given on"), widget=forms.DateInput())

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resident"].queryset = selectable_residents(user)
        today = timezone.localdate()
        self.fields["consent_given_on"].initial = today
        self.fields["consent_given_on"].widget.attrs["max"] = today.isoformat()
        memberships = (
            Membership.objects.filter(role=Role.CONNECTOR, user__is_active=True, started_on__lte=today)
            .exclude(ended_on__lte=today)
            .select_related("team", "user")
            .order_by("team__name", "user__first_name", "user__last_name", "user__username")
        )
        memberships = list(memberships)
        field = self.fields["to_connector"]
        field.queryset = User.objects.filter(pk__in={m.user_id for m in memberships})
        field.widget.choices = [("", field.empty_label)] + [
            (team_name, [(m.user_id, field.label_from_instance(m.user)) for m in group])
            for team_name, group in groupby(memberships, key=lambda m: m.team.name)
        ]

    def service_kwargs(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.fields}


class AcceptForm(StyledForm):
    connector = UserChoiceField(label=_("Taken on by"), queryset=User.objects.none())

    def __init__(self, *args, referral, user, **kwargs):
        super().__init__(*args, **kwargs)
        connectors = team_connectors(referral.team)
        self.fields["connector"].queryset = connectors
        ids = {u.pk for u in connectors}
        if user.pk in ids:
            self.fields["connector"].initial = user.pk
        elif referral.to_connector_id in ids:
            self.fields["connector"].initial = referral.to_connector_id


class ReturnForm(StyledForm):
    reason = _text(
        _("Why do you return the referral?"),
        help_text=_("The generalist reads this. For instance: not something for connectors, or the resident "
                    "could not be reached."),
    )


class ReferralFilterForm(StyledForm):
    box = forms.ChoiceField(
        label=_("Which"), required=False,
        choices=[("", _("Sent and received")), ("sent", _("Sent by me")), ("received", _("To my team"))],
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *ReferralStatus.choices])


class SignalForm(StyledForm):
    resident = ResidentChoiceField(label=_("Resident"), queryset=Resident.objects.none())
    kind = forms.ChoiceField(label=_("What kind of situation?"), choices=SignalKind.choices, widget=forms.RadioSelect)
    urgency = forms.ChoiceField(
        label=_("How urgent?"), choices=SignalUrgency.choices, widget=forms.RadioSelect, initial=SignalUrgency.NORMAL
    )
    description = _text(
        _("What is going on?"), rows=6,
        help_text=_("Facts you saw or heard, and what you already did. Only the generalists and the team lead of "
                    "the resident's team read this."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resident"].queryset = selectable_residents(user)


class AcknowledgeForm(StyledForm):
    note = _text(_("What did you do, or what will you do?"), max_length=NOTE_MAX, rows=3)


class SignalFilterForm(StyledForm):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *SignalStatus.choices])
