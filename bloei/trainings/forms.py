from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.forms import StyledForm, StyledModelForm
from bloei.geo.models import Neighbourhood
from bloei.people.forms import RungChoiceField
from bloei.people.models import LadderRung, Resident
from bloei.places.models import Place

from .choices import AttendanceStatus, BenefitPurpose, BenefitStatus, EditionStatus, EnrolmentEnd, OutcomeKind
from .models import Evaluation, Outcome, TrainingEdition, TrainingSession, TrainingType
from .services import team_connectors

SCORE_CHOICES = [(i, str(i)) for i in range(1, 6)]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _yes_no(value):
    return {"yes": True, "no": False}.get(value)


def editable_teams(user):
    return Team.objects.filter(pk__in=access.team_ids(user, *access.TEAM_WORK)).order_by("name")


def _not_in_future(value):
    if value and value > timezone.localdate():
        raise ValidationError(_("The date cannot be in the future."))
    return value


class TrainerChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username


class ResidentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_name} · {obj.postcode}" if obj.postcode else obj.full_name


def _places(user, current: Place | None = None):
    places = Place.objects.visible_to(user).active()
    if current is not None:
        places = Place.objects.visible_to(user).filter(Q(pk=current.pk) | Q(pk__in=places.values("pk")))
    return places.only("pk", "name").order_by("name")


# --- editions -----------------------------------------------------------------------------------------


class EditionFilterForm(StyledForm):
    training_type = forms.ModelChoiceField(
        label=_("Training"),
        queryset=TrainingType.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All trainings"),
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *EditionStatus.choices])

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["training_type"].queryset = TrainingType.objects.order_by("name_nl")
        self.fields["year"].choices = [("", _("All years")), *((y, str(y)) for y in years)]


class EditionForm(StyledModelForm):
    """A new edition (type, team, first date and time) or the details of an existing one."""

    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none())
    trainers = TrainerChoiceField(
        label=_("Trainers"),
        queryset=team_connectors([]),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Connectors of the team who give the training."),
    )
    starts_at = forms.TimeField(
        label=_("Start time of the meetings"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )

    class Meta:
        model = TrainingEdition
        fields = [
            "training_type",
            "team",
            "name",
            "wijk",
            "trainers",
            "location",
            "starts_on",
            "max_participants",
            "notes",
        ]
        widgets = {"starts_on": forms.DateInput, "notes": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"starts_on": _("The meetings are planned weekly from this date; you can change them later.")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.editing = self.instance.pk is not None
        team_ids = access.team_ids(user, *access.TEAM_WORK)
        if self.editing:
            for name in ("training_type", "team", "starts_on", "starts_at"):
                del self.fields[name]
            team_ids = [self.instance.team_id]
            self.initial["trainers"] = list(self.instance.trainers.values_list("pk", flat=True))
        else:
            self.fields["training_type"].queryset = TrainingType.objects.filter(is_active=True).order_by("name_nl")
            self.fields["training_type"].empty_label = None
            teams = editable_teams(user)
            self.fields["team"].queryset = teams
            if len(teams) == 1:
                self.fields["team"].initial = teams[0]
                self.fields["team"].widget = forms.HiddenInput()
        self.fields["wijk"].queryset = (
            Neighbourhood.objects.filter(teams__in=team_ids).defer("geometry").distinct().order_by("name")
        )
        self.fields["trainers"].queryset = team_connectors(team_ids).order_by("first_name", "last_name")
        self.fields["max_participants"].widget.attrs["min"] = 1

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("team", None)
        if self.editing:
            return data
        if data.get("starts_at") is None:
            data.pop("starts_at", None)
        return data


class CancelForm(StyledForm):
    cancelled_on = forms.DateField(label=_("Cancelled on"), initial=timezone.localdate, widget=forms.DateInput)

    def clean_cancelled_on(self):
        return _not_in_future(self.cleaned_data["cancelled_on"])


class FinishForm(StyledForm):
    finished_on = forms.DateField(label=_("Finished on"), initial=timezone.localdate, widget=forms.DateInput)

    def clean_finished_on(self):
        return _not_in_future(self.cleaned_data["finished_on"])


# --- meetings -----------------------------------------------------------------------------------------


class SessionForm(StyledModelForm):
    class Meta:
        model = TrainingSession
        fields = ["held_on", "starts_at", "topic", "location", "kind", "place"]
        widgets = {
            "held_on": forms.DateInput,
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "kind": forms.RadioSelect,
        }
        help_texts = {
            "location": _("Leave empty for the usual location of the edition."),
            "place": _("Only for a visit to a place."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].queryset = _places(user, self.instance.place if self.instance.place_id else None)
        self.fields["kind"].choices = [c for c in self.fields["kind"].choices if c[0]]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == "place_visit" and not cleaned.get("place"):
            self.add_error("place", _("Choose the place that is visited."))
        if cleaned.get("kind") == "meeting" and cleaned.get("place"):
            self.add_error("place", _("Only a visit to a place has a place; choose that kind."))
        return cleaned

    def _post_clean(self):
        # The service validates the meeting as a whole; the model's constraint check would run first and
        # name no field.
        pass


# --- participants -------------------------------------------------------------------------------------


class BenefitFieldsMixin:
    def add_benefit_fields(self):
        self.fields["benefit_status"] = forms.ChoiceField(
            label=_("Benefit status"),
            required=False,
            choices=[("", _("Not recorded")), *BenefitStatus.choices],
            help_text=_("Special-category data: record it only when it is needed for the purpose below."),
        )
        self.fields["benefit_purpose"] = forms.ChoiceField(
            label=_("Purpose of recording the benefit status"),
            required=False,
            choices=[("", "—"), *BenefitPurpose.choices],
        )

    def clean_benefit(self, cleaned):
        status, purpose = cleaned.get("benefit_status"), cleaned.get("benefit_purpose")
        if status and not purpose:
            self.add_error(
                "benefit_purpose",
                _("A benefit status is only recorded together with the purpose it is recorded for."),
            )
        if purpose and not status:
            self.add_error("benefit_status", _("Choose the benefit status, or leave the purpose empty."))


class EnrolmentForm(BenefitFieldsMixin, StyledForm):
    resident = ResidentChoiceField(label=_("Resident"), queryset=Resident.objects.none(), to_field_name="uuid")
    enrolled_on = forms.DateField(label=_("Enrolled on"), initial=timezone.localdate, widget=forms.DateInput)

    def __init__(self, *args, user, edition: TrainingEdition, benefit: bool, **kwargs):
        super().__init__(*args, **kwargs)
        enrolled = edition.enrolments.values("resident_id")
        self.fields["resident"].queryset = (
            Resident.objects.visible_to(user)
            .filter(pk__in=Resident.objects.active().values("pk"))
            .exclude(pk__in=enrolled)
            .only("pk", "uuid", "first_name", "last_name", "postcode")
            .order_by("last_name", "first_name", "pk")
        )
        if benefit:
            self.add_benefit_fields()

    def clean_enrolled_on(self):
        return _not_in_future(self.cleaned_data["enrolled_on"])

    def clean(self):
        cleaned = super().clean()
        self.clean_benefit(cleaned)
        return cleaned


class BenefitForm(BenefitFieldsMixin, StyledForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_benefit_fields()
        self.fields["benefit_status"].help_text = _(
            "Special-category data: record it only when it is needed for the purpose below. "
            "Choose “Not recorded” to remove it."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("benefit_status"):
            self.clean_benefit(cleaned)
        else:
            cleaned["benefit_purpose"] = ""
        return cleaned


class StopForm(StyledForm):
    left_on = forms.DateField(label=_("Stopped on"), initial=timezone.localdate, widget=forms.DateInput)
    left_reason = forms.ChoiceField(
        label=_("Reason for stopping"), choices=EnrolmentEnd.choices, widget=forms.RadioSelect
    )

    def clean_left_on(self):
        return _not_in_future(self.cleaned_data["left_on"])


class AttendanceForm(forms.Form):
    """One tap on the attendance screen: which participant, which status."""

    enrolment = forms.UUIDField()
    status = forms.ChoiceField(choices=AttendanceStatus.choices)


# --- evaluation and outcomes --------------------------------------------------------------------------


def _score_field(label, required=True):
    return forms.TypedChoiceField(
        label=label,
        choices=SCORE_CHOICES,
        coerce=int,
        required=required,
        empty_value=None,
        widget=forms.RadioSelect,
    )


def _model_label(name):
    return capfirst(Evaluation._meta.get_field(name).verbose_name)


class EvaluationForm(StyledModelForm):
    score_overall = _score_field(_model_label("score_overall"))
    score_talents = _score_field(_model_label("score_talents"))
    score_confidence = _score_field(_model_label("score_confidence"))
    score_contacts = _score_field(_model_label("score_contacts"))
    score_next_step = _score_field(_model_label("score_next_step"))

    class Meta:
        model = Evaluation
        fields = [
            "filled_on",
            "score_overall",
            "score_talents",
            "score_confidence",
            "score_contacts",
            "score_next_step",
            "best",
            "improve",
            "next_step",
        ]
        widgets = {
            "filled_on": forms.DateInput,
            "best": forms.Textarea(attrs={"rows": 2}),
            "improve": forms.Textarea(attrs={"rows": 2}),
            "next_step": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("score_overall", "score_talents", "score_confidence", "score_contacts", "score_next_step"):
            self.fields[name].help_text = _("1 = not at all, 5 = very much")

    def clean_filled_on(self):
        return _not_in_future(self.cleaned_data["filled_on"])

    def _post_clean(self):
        pass  # the service validates


class OutcomeForm(StyledModelForm):
    class Meta:
        model = Outcome
        fields = ["kind", "started_on", "place", "note"]
        widgets = {"kind": forms.RadioSelect, "started_on": forms.DateInput}
        help_texts = {"place": _("The development place, if it is one.")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [c for c in self.fields["kind"].choices if c[0]]
        self.fields["place"].queryset = _places(user)

    def clean_started_on(self):
        return _not_in_future(self.cleaned_data["started_on"])

    def _post_clean(self):
        pass  # the service validates


class FollowUpForm(StyledForm):
    done_on = forms.DateField(label=_("Date of the follow-up"), initial=timezone.localdate, widget=forms.DateInput)
    reached = forms.TypedChoiceField(
        label=_("Was the resident reached?"),
        choices=YES_NO,
        coerce=_yes_no,
        widget=forms.RadioSelect,
    )
    current_activity = forms.ChoiceField(
        label=_("What are you doing now?"),
        required=False,
        choices=OutcomeKind.choices,
        widget=forms.RadioSelect,
    )
    still_in_contact = forms.TypedChoiceField(
        label=_("Are you still in touch with people from the training?"),
        required=False,
        choices=YES_NO,
        coerce=_yes_no,
        empty_value=None,
        widget=forms.RadioSelect,
    )
    score_wellbeing = _score_field(_("How are you doing? (1-5)"), required=False)
    rung = RungChoiceField(
        label=_("Rung of the participation ladder now"),
        queryset=LadderRung.objects.order_by("level"),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_("Recorded on the resident's participation ladder with the date of the follow-up."),
    )
    note = forms.CharField(
        label=_("What has changed since the training?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["score_wellbeing"].help_text = _("1 = very bad, 5 = very good")

    def clean_done_on(self):
        return _not_in_future(self.cleaned_data["done_on"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reached") is True and not cleaned.get("current_activity"):
            self.add_error("current_activity", _("Choose what the resident is doing now."))
        if cleaned.get("reached") is False:
            for name in ("current_activity", "still_in_contact", "score_wellbeing", "rung"):
                if cleaned.get(name) not in (None, ""):
                    self.add_error(name, _("Leave this empty when the resident was not reached."))
        return cleaned
