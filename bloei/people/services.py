"""Writes on residents and their records. Every state change of the people app goes through here.

Each service takes the acting user as keyword-only `by`, runs in one transaction, writes an
audit event (ids and field names only, never personal data) and refuses bad input with a
translated ValidationError. Out-of-scope actors get PermissionDenied (the views answer 404
before it comes to that).
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Team, User
from bloei.core import access
from bloei.core.models import AuditEvent
from bloei.core.services import record_event

from .choices import AssignmentRole, ConsentPurpose, ContactKind, DayPart, LawfulBasis
from .models import Assignment, Consent, ContactMoment, LadderAssessment, LadderRung, Resident, TalentScan

# Roles that may register a resident in a team they belong to.
CREATING_ROLES = (Role.CONNECTOR, Role.TEAM_LEAD, Role.GENERALIST)
# Resident fields a service may set; anything else is a programming error.
RESIDENT_FIELDS = frozenset(
    {
        "external_id", "first_name", "last_name", "email", "phone", "street", "house_number", "postcode", "city",
        "buurt", "birth_date", "birth_year", "mobility", "walking_distance_m", "availability", "referral_source",
        "referred_by", "is_key_figure", "is_ambassador", "registered_on", "closed_on",
    }
)
# The free-text answers of a talent scan.
SCAN_ANSWERS = frozenset(
    {"happy_with", "good_at", "wants_to_learn", "wants_to_do", "needs", "practical_limits", "notes"}
)


# --- helpers -------------------------------------------------------------------------------------


def _check_fields(fields: dict, allowed: frozenset) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {', '.join(sorted(unknown))}")


def _not_in_future(value: date | None, field: str) -> None:
    if value is not None and value > timezone.localdate():
        raise ValidationError({field: _("The date cannot be in the future.")})


def _require_resident_access(by, resident: Resident) -> None:
    """`by` may work on this resident: the capability, and the resident within their scope."""
    access.require(by, "residents.edit")
    if not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
        raise PermissionDenied


def _validate_resident(resident: Resident) -> None:
    """Model validation plus the rules that span fields."""
    resident.full_clean(exclude=["languages", "created_by"])
    today = timezone.localdate()
    errors = {}
    if resident.birth_date and resident.birth_date > today:
        errors["birth_date"] = _("The date of birth cannot be in the future.")
    if resident.birth_year and not (1900 <= resident.birth_year <= today.year):
        errors["birth_year"] = _("Enter a year between 1900 and this year.")
    if resident.birth_date and resident.birth_year and resident.birth_date.year != resident.birth_year:
        errors["birth_year"] = _("The year of birth does not match the date of birth.")
    if resident.registered_on and resident.registered_on > today:
        errors["registered_on"] = _("The date cannot be in the future.")
    if resident.referred_by_id is not None:
        referrer = resident.referred_by
        if referrer.pk == resident.pk:
            errors["referred_by"] = _("A resident cannot have come in via themselves.")
        elif not (referrer.is_ambassador or referrer.is_key_figure):
            errors["referred_by"] = _("Choose an ambassador or key figure.")
    if errors:
        raise ValidationError(errors)


def _clean_availability(value) -> list[str]:
    parts = list(dict.fromkeys(value or []))
    if any(part not in DayPart.values for part in parts):
        raise ValidationError({"availability": _("Choose day parts from the list.")})
    order = {part: i for i, part in enumerate(DayPart.values)}
    return sorted(parts, key=order.__getitem__)


def _purposes(consent_purpose) -> list[str]:
    if not consent_purpose:
        return []
    if isinstance(consent_purpose, str):
        return [consent_purpose]
    return list(dict.fromkeys(consent_purpose))


def team_for_buurt(buurt, by=None) -> Team | None:
    """The team working in the buurt's wijk; when several do, one the acting user belongs to."""
    teams = list(Team.objects.filter(neighbourhoods=buurt.neighbourhood_id).order_by("name"))
    if by is not None:
        own = by.team_ids_for(*CREATING_ROLES)
        for team in teams:
            if team.pk in own:
                return team
    return teams[0] if teams else None


# --- registration and changes --------------------------------------------------------------------


def register_resident(
    *,
    by,
    team: Team | None = None,
    languages: Iterable = (),
    consent_purpose: str | Iterable[str],
    lawful_basis: str,
    consent_given_on: date | None = None,
    **fields,
) -> Resident:
    """Register a resident together with the consent that makes it lawful.

    `consent_purpose` is one purpose or several; it must include registration. The team follows
    from the buurt's wijk unless given. `by` must be a connector, team lead or generalist of that
    team; a generalist gets an assignment, so the resident is in their caseload.
    """
    _check_fields(fields, RESIDENT_FIELDS)
    access.require(by, "residents.edit")

    if lawful_basis not in LawfulBasis.values:
        raise ValidationError({"lawful_basis": _("Record the lawful basis for registering this resident.")})
    purposes = _purposes(consent_purpose)
    if any(p not in ConsentPurpose.values for p in purposes):
        raise ValidationError({"consent_purposes": _("Choose purposes from the list.")})
    if ConsentPurpose.REGISTRATION not in purposes:
        raise ValidationError(
            {"consent_purposes": _("A resident can only be registered with a lawful basis for registration.")}
        )
    given_on = consent_given_on or timezone.localdate()
    _not_in_future(given_on, "consent_given_on")

    buurt = fields.get("buurt")
    if team is None:
        if buurt is not None:
            team = team_for_buurt(buurt, by)
            if team is None:
                raise ValidationError({"buurt": _("No neighbourhood team works in this buurt yet.")})
        else:
            own = by.team_ids_for(*CREATING_ROLES)
            if len(own) != 1:
                raise ValidationError({"buurt": _("Choose the buurt, so the resident gets the right team.")})
            team = Team.objects.get(pk=next(iter(own)))

    team_roles = {m.role for m in by.active_memberships if m.team_id == team.pk}
    if not team_roles.intersection(CREATING_ROLES):
        raise ValidationError(
            _("You can only register residents for your own team (%(team)s is not your team)."),
            params={"team": team.name},
        )

    if "availability" in fields:
        fields["availability"] = _clean_availability(fields["availability"])
    resident = Resident(team=team, created_by=by, **fields)
    _validate_resident(resident)

    with transaction.atomic():
        resident.save()
        if languages:
            resident.languages.set(languages)
        consents = [
            Consent.objects.create(
                resident=resident, purpose=purpose, lawful_basis=lawful_basis, given_on=given_on, recorded_by=by
            )
            for purpose in purposes
        ]
        assignment = None
        if Role.GENERALIST in team_roles and not team_roles.intersection({Role.CONNECTOR, Role.TEAM_LEAD}):
            assignment = Assignment.objects.create(
                resident=resident, user=by, role=AssignmentRole.GENERALIST, started_on=timezone.localdate()
            )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="resident.created", obj=resident,
            consents=[c.pk for c in consents], purposes=purposes, lawful_basis=lawful_basis,
            assignment=assignment.pk if assignment else None,
        )
        access.assert_in_scope(Resident.objects.visible_to(by), resident)
    return resident


def update_resident(*, resident: Resident, by, languages: Iterable | None = None, **fields) -> Resident:
    """Change a resident's details. The team follows a new buurt; the change must keep the resident in scope.

    The audit event names the changed fields, never their values. Nothing changed: no event.
    """
    _check_fields(fields, RESIDENT_FIELDS)
    _require_resident_access(by, resident)

    if "availability" in fields:
        fields["availability"] = _clean_availability(fields["availability"])
    changed = [name for name, value in fields.items() if getattr(resident, name) != value]
    for name in changed:
        setattr(resident, name, fields[name])
    update_fields = list(changed)
    if "buurt" in changed and resident.buurt is not None:
        team = team_for_buurt(resident.buurt, by)
        if team is None:
            raise ValidationError({"buurt": _("No neighbourhood team works in this buurt yet.")})
        if team.pk != resident.team_id:
            resident.team = team
            update_fields.append("team")

    language_ids = None
    if languages is not None:
        language_ids = {getattr(lang, "pk", lang) for lang in languages}
        if language_ids != set(resident.languages.values_list("pk", flat=True)):
            changed.append("languages")
        else:
            language_ids = None

    if not changed:
        return resident
    _validate_resident(resident)

    with transaction.atomic():
        if update_fields:
            resident.save(update_fields=[*update_fields, "updated_at"])
        if language_ids is not None:
            resident.languages.set(language_ids)
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="resident.changed", obj=resident,
            fields=sorted(changed + (["team"] if "team" in update_fields else [])),
        )
        access.assert_in_scope(Resident.objects.visible_to(by), resident)
    return resident


# --- talent scan and contact moments -------------------------------------------------------------


def record_talent_scan(
    *,
    resident: Resident,
    by,
    talents: Iterable = (),
    interests: Iterable = (),
    conducted_on: date | None = None,
    availability: Iterable[str] | None = None,
    **answers,
) -> TalentScan:
    """Record a new version of the resident's talent scan; earlier versions are kept.

    `availability` (day parts), when given, updates the resident in the same transaction.
    """
    _check_fields(answers, SCAN_ANSWERS)
    _require_resident_access(by, resident)
    talents, interests = list(talents), list(interests)
    answers = {name: (value or "").strip() for name, value in answers.items()}
    if not talents and not interests and not any(answers.values()):
        raise ValidationError(_("A talent scan needs at least one answer, talent or interest."))
    conducted_on = conducted_on or timezone.localdate()
    _not_in_future(conducted_on, "conducted_on")

    with transaction.atomic():
        # Lock the resident so two scans saved at once cannot take the same version number.
        Resident.objects.select_for_update().filter(pk=resident.pk).first()
        latest = TalentScan.objects.filter(resident=resident).aggregate(v=Max("version"))["v"] or 0
        scan = TalentScan.objects.create(
            resident=resident, version=latest + 1, conducted_on=conducted_on, conducted_by=by, **answers
        )
        scan.talents.set(talents)
        scan.interests.set(interests)
        if availability is not None:
            update_resident(resident=resident, by=by, availability=list(availability))
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="talentscan.recorded", obj=scan, resident=resident,
            version=scan.version,
        )
    return scan


def add_contact_moment(
    *, resident: Resident, by, kind: str = ContactKind.CONVERSATION, occurred_on: date | None = None, note: str = ""
) -> ContactMoment:
    _require_resident_access(by, resident)
    if kind not in ContactKind.values:
        raise ValidationError({"kind": _("Choose a kind of contact from the list.")})
    occurred_on = occurred_on or timezone.localdate()
    _not_in_future(occurred_on, "occurred_on")
    with transaction.atomic():
        moment = ContactMoment.objects.create(
            resident=resident, by=by, kind=kind, occurred_on=occurred_on, note=(note or "").strip()
        )
        record_event(by=by, action=AuditEvent.Action.CREATE, event="contact.added", obj=moment, resident=resident)
    return moment


# --- participation ladder ------------------------------------------------------------------------


def record_ladder_assessment(
    *, resident: Resident, by, rung: LadderRung, assessed_on: date | None = None, note: str = ""
) -> LadderAssessment:
    """Record on which rung of the participatieladder the resident stands, as of a date."""
    _require_resident_access(by, resident)
    if rung is None or rung.pk is None:
        raise ValidationError({"rung": _("Choose a rung of the ladder.")})
    assessed_on = assessed_on or timezone.localdate()
    _not_in_future(assessed_on, "assessed_on")
    with transaction.atomic():
        assessment = LadderAssessment.objects.create(
            resident=resident, rung=rung, assessed_on=assessed_on, assessed_by=by, note=(note or "").strip()
        )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="ladder.assessed", obj=assessment, resident=resident,
            rung_id=rung.pk,
        )
    return assessment


# --- consent -------------------------------------------------------------------------------------


def give_consent(
    *, resident: Resident, by, purpose: str, lawful_basis: str, given_on: date | None = None, note: str = ""
) -> Consent:
    _require_resident_access(by, resident)
    if purpose not in ConsentPurpose.values:
        raise ValidationError({"purpose": _("Choose a purpose from the list.")})
    if lawful_basis not in LawfulBasis.values:
        raise ValidationError({"lawful_basis": _("Record the lawful basis.")})
    given_on = given_on or timezone.localdate()
    _not_in_future(given_on, "given_on")
    with transaction.atomic():
        if Consent.objects.filter(resident=resident, purpose=purpose, withdrawn_on__isnull=True).exists():
            raise ValidationError({"purpose": _("There already is a valid consent for this purpose.")})
        consent = Consent.objects.create(
            resident=resident, purpose=purpose, lawful_basis=lawful_basis, given_on=given_on, recorded_by=by,
            note=(note or "").strip(),
        )
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="consent.given", obj=consent, resident=resident,
            purpose=purpose, lawful_basis=lawful_basis,
        )
    return consent


def withdraw_consent(*, consent: Consent, by, withdrawn_on: date | None = None) -> Consent:
    _require_resident_access(by, consent.resident)
    if consent.withdrawn_on is not None:
        raise ValidationError(_("This consent has already been withdrawn."))
    withdrawn_on = withdrawn_on or timezone.localdate()
    _not_in_future(withdrawn_on, "withdrawn_on")
    if withdrawn_on < consent.given_on:
        raise ValidationError({"withdrawn_on": _("Consent cannot be withdrawn before it was given.")})
    with transaction.atomic():
        consent.withdrawn_on = withdrawn_on
        consent.withdrawn_recorded_by = by
        consent.save(update_fields=["withdrawn_on", "withdrawn_recorded_by"])
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="consent.withdrawn", obj=consent, resident=consent.resident,
            purpose=consent.purpose,
        )
    return consent


# --- assignments ---------------------------------------------------------------------------------


def assignable_users():
    """Staff who can take a resident into their caseload: connectors and generalists today."""
    today = timezone.localdate()
    active = Q(memberships__started_on__lte=today) & (
        Q(memberships__ended_on__isnull=True) | Q(memberships__ended_on__gt=today)
    )
    return (
        User.objects.filter(active, is_active=True, memberships__role__in=AssignmentRole.values)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def assign_resident(*, resident: Resident, user, role: str, by, started_on: date | None = None) -> Assignment:
    """Put the resident in `user`'s caseload, as connector or generalist (a referral, for instance)."""
    _require_resident_access(by, resident)
    if role not in AssignmentRole.values:
        raise ValidationError({"role": _("Choose connector or generalist.")})
    if not user.is_active or not user.has_role(role):
        role_label = AssignmentRole(role).label
        error = ValidationError(_("This person does not have the role %(role)s."), params={"role": role_label})
        raise ValidationError({"user": error})
    started_on = started_on or timezone.localdate()
    _not_in_future(started_on, "started_on")
    today = timezone.localdate()
    with transaction.atomic():
        current = Assignment.objects.filter(resident=resident, user=user).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gt=today)
        )
        if current.exists():
            raise ValidationError({"user": _("This person is already assigned to the resident.")})
        assignment = Assignment.objects.create(resident=resident, user=user, role=role, started_on=started_on)
        record_event(
            by=by, action=AuditEvent.Action.CREATE, event="assignment.started", obj=assignment, resident=resident,
            user=user.pk, role=role,
        )
    return assignment


def end_assignment(*, assignment: Assignment, by, ended_on: date | None = None) -> Assignment:
    _require_resident_access(by, assignment.resident)
    if assignment.ended_on is not None and assignment.ended_on <= timezone.localdate():
        raise ValidationError(_("This assignment has already ended."))
    ended_on = ended_on or timezone.localdate()
    _not_in_future(ended_on, "ended_on")
    if ended_on < assignment.started_on:
        raise ValidationError({"ended_on": _("An assignment cannot end before it started.")})
    with transaction.atomic():
        assignment.ended_on = ended_on
        assignment.save(update_fields=["ended_on"])
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="assignment.ended", obj=assignment,
            resident=assignment.resident, user=assignment.user_id,
        )
    return assignment
