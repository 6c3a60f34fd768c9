from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Team
from bloei.community.forms import ResidentMultipleChoiceField, visible_residents
from bloei.community.models import Activity, Network
from bloei.core import access
from bloei.core.forms import StyledForm, StyledModelForm
from bloei.geo.models import Neighbourhood
from bloei.people.models import Resident
from bloei.trainings.models import TrainingEdition

from .choices import Figure, PlanStatus, ProgressStatus
from .models import FIRST_YEAR, NeighbourhoodPlan, PlanEvaluation, PlanMeeting, Priority
from .selectors import linkable_items, team_staff


def user_wijken(user, roles=access.CASEWORK):
    """The wijken of the user's teams, without their geometry."""
    teams = access.team_ids(user, *roles)
    return Neighbourhood.objects.filter(teams__in=teams).defer("geometry").distinct().order_by("name")


def editable_teams(user):
    return Team.objects.filter(pk__in=access.team_ids(user, *access.TEAM_WORK)).order_by("name")


class StaffChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username


# --- the plan -----------------------------------------------------------------------------------------


class PlanFilterForm(StyledForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    wijk = forms.ModelChoiceField(
        label=_("Wijk"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All wijken"),
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *PlanStatus.choices])

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = user_wijken(user)
        years = NeighbourhoodPlan.objects.visible_to(user).order_by("-year").values_list("year", flat=True).distinct()
        self.fields["year"].choices = [("", _("All years")), *((y, str(y)) for y in years)]


class PlanForm(StyledModelForm):
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none())

    class Meta:
        model = NeighbourhoodPlan
        fields = ["team", "wijk", "year", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        editing = self.instance.pk is not None
        self.fields["wijk"].queryset = user_wijken(user, access.TEAM_WORK)
        self.fields["year"].widget = forms.NumberInput(attrs={"min": FIRST_YEAR, "max": timezone.localdate().year + 2})
        self.fields["year"].widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"
        if editing:
            del self.fields["team"]
            if self.instance.status != PlanStatus.DRAFT:
                del self.fields["wijk"]
                del self.fields["year"]
            return
        teams = editable_teams(user)
        self.fields["team"].queryset = teams
        if len(teams) == 1:
            self.fields["team"].initial = teams[0]
            self.fields["team"].widget = forms.HiddenInput()
        self.fields["year"].initial = timezone.localdate().year + 1

    def clean(self):
        cleaned = super().clean()
        team, wijk = cleaned.get("team"), cleaned.get("wijk")
        if team is not None and wijk is not None and not team.neighbourhoods.filter(pk=wijk.pk).exists():
            self.add_error("wijk", _("This wijk is not in the area of the team."))
        return cleaned

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("team", None)
        return data


class AdoptForm(StyledForm):
    adopted_on = forms.DateField(label=_("Adopted on"), initial=timezone.localdate, widget=forms.DateInput)


# --- priorities and progress --------------------------------------------------------------------------


class PriorityForm(StyledModelForm):
    figures = forms.MultipleChoiceField(
        label=_("Figures beside it"),
        required=False,
        choices=Figure.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The wijk's figures that show why this matters. They are shown beside the reason."),
    )

    class Meta:
        model = Priority
        fields = ["theme", "why", "figures", "success", "order"]
        widgets = {"why": forms.Textarea(attrs={"rows": 4}), "success": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, plan: NeighbourhoodPlan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["order"].required = False
        self.fields["order"].help_text = _("Leave empty to put it last.")
        if self.instance.pk:
            self.initial["figures"] = list(self.instance.figures)

    def clean_order(self):
        order = self.cleaned_data.get("order")
        if order is None:
            if self.instance.pk:
                return self.instance.order
            return (self.plan.priorities.aggregate(m=Max("order"))["m"] or 0) + 1
        return order


class ProgressForm(StyledForm):
    noted_on = forms.DateField(label=_("Date"), initial=timezone.localdate, widget=forms.DateInput)
    status = forms.ChoiceField(label=_("Status"), choices=ProgressStatus.choices, widget=forms.RadioSelect)
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)


# --- meetings and the evaluation ----------------------------------------------------------------------


class _AttendanceMixin:
    """Staff present (members of the plan's team) and registered residents the user may see."""

    def setup_attendance(self, user, plan: NeighbourhoodPlan, record=None, staff: bool = True):
        involved = record.residents.all() if record is not None and record.pk else None
        residents = visible_residents(user, also=involved)
        self.fields["residents"] = ResidentMultipleChoiceField(
            label=_("Registered residents present"),
            queryset=residents,
            required=False,
            to_field_name="uuid",
            help_text=_("Residents you may see. Others who were there are counted below."),
            widget=forms.SelectMultiple(attrs={"size": 8, "class": "utrecht-select utrecht-select--html-select"}),
        )
        if record is not None and record.pk:
            visible = Resident.objects.visible_to(user).filter(pk__in=record.residents.values("pk"))
            self.initial["residents"] = list(visible.values_list("uuid", flat=True))
            self.hidden_residents = record.residents.count() - len(self.initial["residents"])
        else:
            self.hidden_residents = 0
        if staff:
            current = record.staff.all() if record is not None and record.pk else None
            self.fields["staff"] = StaffChoiceField(
                label=_("Staff present"),
                queryset=team_staff(plan.team, also=current),
                required=False,
                widget=forms.CheckboxSelectMultiple(),
            )
            self.fields["staff"].widget.template_name = "components/choices.html"
            self.fields["staff"].widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"
            if current is not None:
                self.initial["staff"] = list(current.values_list("pk", flat=True))


class MeetingForm(_AttendanceMixin, StyledModelForm):
    class Meta:
        model = PlanMeeting
        fields = ["held_on", "other_attendees", "notes"]
        widgets = {"held_on": forms.DateInput, "notes": forms.Textarea(attrs={"rows": 5})}

    field_order = ["held_on", "staff", "residents", "other_attendees", "notes"]

    def __init__(self, *args, user, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_attendance(user, plan, self.instance)
        if not self.instance.pk:
            self.fields["held_on"].initial = timezone.localdate
        self.order_fields(self.field_order)

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "held_on": data["held_on"],
            "staff": list(data.get("staff") or []),
            "residents": list(data.get("residents") or []),
            "other_attendees": data["other_attendees"],
            "notes": data.get("notes", ""),
        }


class EvaluationForm(_AttendanceMixin, StyledModelForm):
    carried_over = forms.ModelMultipleChoiceField(
        label=_("Priorities to continue next year"),
        queryset=Priority.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They become proposals in next year's plan."),
    )

    class Meta:
        model = PlanEvaluation
        fields = ["held_on", "went_well", "went_badly", "other_attendees", "next_year_goals"]
        widgets = {
            "held_on": forms.DateInput,
            "went_well": forms.Textarea(attrs={"rows": 5}),
            "went_badly": forms.Textarea(attrs={"rows": 5}),
            "next_year_goals": forms.Textarea(attrs={"rows": 4}),
        }

    field_order = [
        "held_on",
        "residents",
        "other_attendees",
        "went_well",
        "went_badly",
        "carried_over",
        "next_year_goals",
    ]

    def __init__(self, *args, user, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_attendance(user, plan, self.instance, staff=False)
        self.fields["carried_over"].queryset = plan.priorities.filter(is_proposal=False).order_by("order", "pk")
        if self.instance.pk:
            self.initial["carried_over"] = list(self.instance.carried_over.values_list("pk", flat=True))
        else:
            self.fields["held_on"].initial = timezone.localdate
        self.order_fields(self.field_order)

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("went_well") or "").strip() and not (cleaned.get("went_badly") or "").strip():
            raise ValidationError(_("Write what went well or what did not."))
        return cleaned

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "held_on": data["held_on"],
            "went_well": data.get("went_well", ""),
            "went_badly": data.get("went_badly", ""),
            "residents": list(data.get("residents") or []),
            "other_attendees": data["other_attendees"],
            "carried_over": list(data.get("carried_over") or []),
            "next_year_goals": data.get("next_year_goals", ""),
        }


# --- links --------------------------------------------------------------------------------------------

LINK_MODELS = {"activity": Activity, "network": Network, "edition": TrainingEdition}


def link_value(obj) -> str:
    kind = {Activity: "activity", Network: "network", TrainingEdition: "edition"}[type(obj)]
    return f"{kind}:{obj.uuid}"


class LinkForm(StyledForm):
    item = forms.ChoiceField(label=_("What works on the plan"))
    priority = forms.ModelChoiceField(
        label=_("For priority"),
        queryset=Priority.objects.none(),
        required=False,
        empty_label=_("The plan as a whole"),
    )

    def __init__(self, *args, plan: NeighbourhoodPlan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        items = linkable_items(plan)
        self.fields["item"].choices = [
            ("", "—"),
            (_("Activities"), [(link_value(a), f"{a.title} ({a.starts_on:%d-%m-%Y})") for a in items["activity"]]),
            (_("Resident networks"), [(link_value(n), n.name) for n in items["network"]]),
            (_("Training editions"), [(link_value(e), e.name) for e in items["edition"]]),
        ]
        self.fields["priority"].queryset = plan.priorities.order_by("order", "pk")

    def clean_item(self):
        kind, _sep, uuid = self.cleaned_data["item"].partition(":")
        model = LINK_MODELS.get(kind)
        if model is None:
            raise ValidationError(_("Choose something from the list."))
        try:
            return model.objects.filter(team=self.plan.team).get(uuid=uuid)
        except (model.DoesNotExist, ValueError, ValidationError):
            raise ValidationError(_("Choose something from the list.")) from None
