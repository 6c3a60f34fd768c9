"""Forms of the people app: they parse and validate input; services do the writing."""

import re
from itertools import groupby

from django import forms
from django.db.models import Prefetch, Q
from django.forms.models import ModelChoiceIterator
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Membership, User
from bloei.core.forms import StyledForm, StyledModelForm
from bloei.core.models import Language
from bloei.geo.models import Buurt

from .choices import AssignmentRole, ConsentPurpose, ContactKind, DayPart, LawfulBasis
from .models import Consent, ContactMoment, LadderRung, Resident, Talent
from .services import assignable_users

POSTCODE_RE = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")
TEXT_MAX = 2000


# --- choice widgets ------------------------------------------------------------------------------



# --- grouped choices -----------------------------------------------------------------------------


class GroupedModelChoiceIterator(ModelChoiceIterator):
    """Yields the choices in groups (optgroups in a select, fieldsets of checkboxes)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for group, items in groupby(self.queryset, key=self.field.group_label):
            yield (group, [self.choice(obj) for obj in items])


class BuurtChoiceField(forms.ModelChoiceField):
    """Buurten grouped by wijk."""

    iterator = GroupedModelChoiceIterator

    def __init__(self, **kwargs):
        qs = Buurt.objects.select_related("neighbourhood").order_by("neighbourhood__name", "name")
        super().__init__(queryset=qs, **kwargs)

    @staticmethod
    def group_label(buurt) -> str:
        return buurt.neighbourhood.name


class TalentChoiceIterator(ModelChoiceIterator):
    """Talents grouped by category in the taxonomy's order, by name in the user's language inside a group."""

    def __iter__(self):
        order = {value: i for i, value in enumerate(Talent.Category.values)}
        talents = sorted(self.queryset, key=lambda t: (order.get(t.category, len(order)), str(t).lower()))
        for category, items in groupby(talents, key=lambda t: t.category):
            yield (Talent.Category(category).label, [self.choice(t) for t in items])


class TalentChoiceField(forms.ModelMultipleChoiceField):
    """Talents and interests as checkboxes, grouped by category."""

    iterator = TalentChoiceIterator

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(queryset=Talent.objects.all(), **kwargs)


def _day_part_field(**kwargs) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=_("Available on"), choices=DayPart.choices, required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("The day parts when the resident can usually take part or help."), **kwargs,
    )


# --- resident ------------------------------------------------------------------------------------


class ResidentForm(StyledModelForm):
    """Personal details, address, languages, mobility, availability and how the resident found us."""

    buurt = BuurtChoiceField(label=_("Buurt"), required=False, empty_label=_("(not known)"))
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Language.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    availability = _day_part_field()
    walking_distance_m = forms.IntegerField(
        label=_("Walking distance (metres)"), required=False, min_value=0, max_value=50000,
        help_text=_("How far the resident can go on foot. Leave empty to use the default for the mobility level."),
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"), required=False, min_value=1900,
        help_text=_("When the exact date is not known."),
    )

    class Meta:
        model = Resident
        fields = [
            "first_name", "last_name", "phone", "email", "street", "house_number", "postcode", "city", "buurt",
            "birth_date", "birth_year", "languages", "mobility", "walking_distance_m", "availability",
            "referral_source", "referred_by", "is_key_figure", "is_ambassador",
        ]
        widgets = {"birth_date": forms.DateInput(), "mobility": forms.RadioSelect}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        referrers = Resident.objects.visible_to(user).filter(Q(is_ambassador=True) | Q(is_key_figure=True))
        if self.instance.pk:
            referrers = referrers.exclude(pk=self.instance.pk)
            self.initial.setdefault("availability", self.instance.availability)
        referred_by = self.fields["referred_by"]
        referred_by.queryset = referrers.order_by("first_name", "last_name")
        referred_by.empty_label = _("(nobody)")
        referred_by.label = _("Came in via (ambassador or key figure)")
        current = self.instance.referred_by_id
        if current and not referrers.filter(pk=current).exists():
            # Someone the user may not see: keep the link, without showing who it is.
            referred_by.queryset = Resident.objects.filter(pk=current)
            referred_by.label_from_instance = lambda obj: _("an ambassador or key figure of another team")
            referred_by.disabled = True
            referred_by.help_text = _("Only a colleague of that team can change this.")
        self.fields["referral_source"].label = _("How did they find us?")
        self.fields["birth_date"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["birth_year"].widget.attrs["max"] = timezone.localdate().year
        self.fields["postcode"].widget.attrs.update({"autocomplete": "postal-code", "size": 7})
        self.fields["first_name"].widget.attrs["autocomplete"] = "off"
        self.fields["last_name"].widget.attrs["autocomplete"] = "off"
        self.fields["phone"].widget.attrs.update({"type": "tel", "inputmode": "tel"})

    def clean_postcode(self) -> str:
        value = re.sub(r"\s+", "", self.cleaned_data.get("postcode") or "").upper()
        if value and not POSTCODE_RE.match(value):
            raise forms.ValidationError(_("Enter a Dutch postcode such as 5611 AB."))
        return value

    def _post_clean(self):
        # No model instance is built or validated here: the services do that, and the instance
        # must keep its old values so update_resident can tell what changed.
        pass

    def clean_birth_year(self):
        value = self.cleaned_data.get("birth_year")
        if value and value > timezone.localdate().year:
            raise forms.ValidationError(_("Enter a year between 1900 and this year."))
        return value

    def clean_birth_date(self):
        value = self.cleaned_data.get("birth_date")
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        return value

    def clean(self):
        data = super().clean()
        birth_date, birth_year = data.get("birth_date"), data.get("birth_year")
        if birth_date and birth_year and birth_date.year != birth_year:
            self.add_error("birth_year", _("The year of birth does not match the date of birth."))
        if birth_date and not birth_year:
            data["birth_year"] = birth_date.year
        return data

    SECTIONS = [
        (_("Personal details"), ["first_name", "last_name", "phone", "email", "birth_date", "birth_year"]),
        (_("Address"), ["street", "house_number", "postcode", "city", "buurt"]),
        (_("Languages and getting around"), ["languages", "mobility", "walking_distance_m"]),
        (_("Availability"), ["availability"]),
        (_("How they found us"), ["referral_source", "referred_by", "is_key_figure", "is_ambassador"]),
    ]

    def sections(self) -> list[tuple[str, list]]:
        """The fields in fieldsets, as the page shows them."""
        return [(title, [self[name] for name in names]) for title, names in self.SECTIONS]

    def service_kwargs(self) -> dict:
        """The cleaned data as keyword arguments for register_resident / update_resident."""
        data = dict(self.cleaned_data)
        data["languages"] = list(data.get("languages") or [])
        data["availability"] = list(data.get("availability") or [])
        return {name: data[name] for name in self.Meta.fields if name in data}

    def save(self, commit=True):  # pragma: no cover - writes go through the services
        raise NotImplementedError("Use people.services.register_resident / update_resident")


class RegisterResidentForm(ResidentForm):
    """Registration: the resident's details plus the recorded lawful basis (required)."""

    consent_purposes = forms.MultipleChoiceField(
        label=_("Purposes"), choices=ConsentPurpose.choices, widget=forms.CheckboxSelectMultiple,
        initial=[ConsentPurpose.REGISTRATION],
        help_text=_("What the resident agreed to, or what the lawful basis covers. Registration is always needed."),
    )
    lawful_basis = forms.ChoiceField(
        label=_("Lawful basis"), choices=LawfulBasis.choices, widget=forms.RadioSelect, initial=LawfulBasis.CONSENT,
    )
    consent_given_on = forms.DateField(label=_("Date of consent"), widget=forms.DateInput())

    SECTIONS = [
        *ResidentForm.SECTIONS,
        (_("Lawful basis for registration"), ["consent_purposes", "lawful_basis", "consent_given_on"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["consent_given_on"].initial = today
        self.fields["consent_given_on"].widget.attrs["max"] = today.isoformat()

    def clean_consent_purposes(self):
        purposes = self.cleaned_data["consent_purposes"]
        if ConsentPurpose.REGISTRATION not in purposes:
            raise forms.ValidationError(_("A resident can only be registered with a lawful basis for registration."))
        return purposes

    def clean_consent_given_on(self):
        value = self.cleaned_data["consent_given_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value

    def service_kwargs(self) -> dict:
        kwargs = super().service_kwargs()
        kwargs.update(
            consent_purpose=self.cleaned_data["consent_purposes"],
            lawful_basis=self.cleaned_data["lawful_basis"],
            consent_given_on=self.cleaned_data["consent_given_on"],
        )
        return kwargs


class ResidentFilterForm(StyledForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=100,
                        help_text=_("Name, street, postcode or talent."))
    buurt = forms.ModelChoiceField(label=_("Buurt"), queryset=Buurt.objects.none(), required=False,
                                   empty_label=_("All buurten"))

    def __init__(self, *args, buurten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buurt"].queryset = buurten
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})


# --- contact moments, consent, assignments -------------------------------------------------------


class ContactMomentForm(StyledModelForm):
    class Meta:
        model = ContactMoment
        fields = ["kind", "occurred_on", "note"]
        widgets = {"occurred_on": forms.DateInput(), "note": forms.Textarea(attrs={"rows": 2, "maxlength": 500})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = ContactKind.choices
        self.fields["occurred_on"].initial = timezone.localdate()
        self.fields["occurred_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["note"].help_text = _("Keep it short and factual; no health details.")

    def clean_occurred_on(self):
        value = self.cleaned_data["occurred_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value


class RungChoiceField(forms.ModelChoiceField):
    """The rungs as a radio list: "level. name", with the Dutch description as help below each."""

    def label_from_instance(self, obj):
        return format_html(
            '{}. {}<br><span class="bloei-muted">{}</span>', obj.level, obj, obj.description_nl
        )


class LadderAssessmentForm(StyledForm):
    rung = RungChoiceField(
        label=_("Rung of the participation ladder"), queryset=LadderRung.objects.order_by("level"),
        widget=forms.RadioSelect, empty_label=None,
    )
    assessed_on = forms.DateField(label=_("Assessed on"), widget=forms.DateInput())
    note = forms.CharField(
        label=_("Short note"), required=False, max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
        help_text=_("Keep it short and factual; no health details."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assessed_on"].initial = timezone.localdate()
        self.fields["assessed_on"].widget.attrs["max"] = timezone.localdate().isoformat()

    def clean_assessed_on(self):
        value = self.cleaned_data["assessed_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value


class ConsentForm(StyledModelForm):
    class Meta:
        model = Consent
        fields = ["purpose", "lawful_basis", "given_on", "note"]
        widgets = {"given_on": forms.DateInput(), "lawful_basis": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["given_on"].initial = timezone.localdate()
        self.fields["given_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        self.fields["lawful_basis"].choices = LawfulBasis.choices
        self.fields["note"].help_text = _("For example where the signed form is kept.")


class WithdrawConsentForm(StyledForm):
    withdrawn_on = forms.DateField(label=_("Withdrawn on"), widget=forms.DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["withdrawn_on"].initial = timezone.localdate()
        self.fields["withdrawn_on"].widget.attrs["max"] = timezone.localdate().isoformat()


class StaffChoiceField(forms.ModelChoiceField):
    """Connectors and generalists, each with their role and team."""

    def __init__(self, **kwargs):
        super().__init__(queryset=User.objects.none(), **kwargs)

    def set_queryset(self):
        today = timezone.localdate()
        memberships = (
            Membership.objects.filter(role__in=AssignmentRole.values, started_on__lte=today)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
            .select_related("team")
        )
        self.queryset = assignable_users().prefetch_related(
            Prefetch("memberships", queryset=memberships, to_attr="assignable_memberships")
        )

    def label_from_instance(self, user) -> str:
        roles = ", ".join(f"{m.get_role_display()}, {m.team}" for m in user.assignable_memberships)
        return f"{user} ({roles})" if roles else str(user)


class AssignmentForm(StyledForm):
    user = StaffChoiceField(label=_("Staff member"), empty_label=None)
    role = forms.ChoiceField(label=_("As"), choices=AssignmentRole.choices, widget=forms.RadioSelect,
                             initial=AssignmentRole.CONNECTOR)
    started_on = forms.DateField(label=_("From"), widget=forms.DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].set_queryset()
        self.fields["started_on"].initial = timezone.localdate()
        self.fields["started_on"].widget.attrs["max"] = timezone.localdate().isoformat()


# --- talent scan (guided, in steps) --------------------------------------------------------------


def _answer(label, help_text="", rows=3) -> forms.CharField:
    return forms.CharField(
        label=label, help_text=help_text, required=False, max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ScanEnergyStep(StyledForm):
    title = _("Energy")
    intro = _("Start with what makes the resident happy. Let them tell; write down their own words.")
    happy_with = _answer(_("What makes you happy, what gives you energy?"), rows=5)


class ScanTalentsStep(StyledForm):
    title = _("Talents")
    intro = _("Everyone has talent. What do others ask them for? What did they do at work, at home, in a club?")
    good_at = _answer(_("What are you good at?"), rows=4)
    talents = TalentChoiceField(label=_("Talents"))

    def clean(self):
        data = super().clean()
        if not data.get("good_at", "").strip() and not data.get("talents"):
            raise forms.ValidationError(_("Write down at least one thing the resident is good at, or tick a talent."))
        return data


class ScanWishesStep(StyledForm):
    title = _("Wishes")
    intro = _("What would the resident like to learn or do, and for whom? And is there something they need help with?")
    wants_to_learn = _answer(_("What would you like to learn?"))
    wants_to_do = _answer(_("What would you like to do for others, and for whom?"))
    needs = _answer(_("What would you like help with?"))
    interests = TalentChoiceField(label=_("Interests"))


class ScanPracticalStep(StyledForm):
    title = _("Practical")
    intro = _("When and where can the resident take part, and what should we take into account?")
    practical_limits = _answer(_("Practical limits (time, health, transport)"))
    availability = _day_part_field()
    notes = _answer(_("Other notes"))
    conducted_on = forms.DateField(label=_("Date of the conversation"), widget=forms.DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conducted_on"].initial = timezone.localdate()
        self.fields["conducted_on"].widget.attrs["max"] = timezone.localdate().isoformat()

    def clean_conducted_on(self):
        value = self.cleaned_data["conducted_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value


TALENT_SCAN_STEPS = [ScanEnergyStep, ScanTalentsStep, ScanWishesStep, ScanPracticalStep]
