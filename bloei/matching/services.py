"""Writes for requests, offers, matches and follow-ups.

Every state change of a sign-up or a match goes through one of these functions: they check the
acting user's capability and scope, refuse bad input with a translated ValidationError, write the
status history and an audit event, all in one transaction.
"""

from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.services import record_event
from bloei.people.models import Resident, Talent
from bloei.places.models import Opening, Place
from bloei.places.selectors import capacity_left

from .choices import (
    OPEN_STATUSES,
    TRANSITIONS,
    EndReason,
    FollowUpOutcome,
    MatchKind,
    MatchStatus,
    SignUpKind,
    SignUpStatus,
)
from .models import FollowUp, Match, MatchStatusChange, SignUp

# Statuses in which a match still takes up room at an opening and blocks a second match of the same pair.


# --- helpers -------------------------------------------------------------------------------------


def _check_date(value: date, *, field: str, not_before: date | None = None, not_before_label=None) -> None:
    """Refuse a date in the future, or before `not_before` (a date the record already holds)."""
    if value > timezone.localdate():
        raise ValidationError({field: ValidationError(_("The date cannot be in the future."), code="future")})
    if not_before is not None and value < not_before:
        raise ValidationError(
            {
                field: ValidationError(
                    _("The date cannot be before %(label)s (%(date)s)."),
                    code="too_early",
                    params={"label": not_before_label, "date": date_format(not_before, "SHORT_DATE_FORMAT")},
                )
            }
        )


def _require_visible(queryset, obj, by) -> None:
    """Refuse an object outside the acting user's scope (the view already answered 404 for it)."""
    if obj is not None and not queryset.visible_to(by).filter(pk=obj.pk).exists():
        raise PermissionDenied


def _locked_match(match: Match, by) -> Match:
    """Check capability and scope, then re-read the match under a row lock so the status is current."""
    access.require(by, "matches.edit")
    _require_visible(Match.objects, match, by)
    return Match.objects.select_for_update().get(pk=match.pk)


def _previous_step(match: Match) -> dict:
    """The latest date the match already holds, as keyword arguments for `_check_date`."""
    steps = [
        (match.proposed_on, _("the proposal")),
        (match.introduced_on, _("the introduction")),
        (match.started_on, _("the start")),
    ]
    # On equal dates the later step names the limit: max() keeps the first of equal keys.
    when, label = max(((d, label) for d, label in reversed(steps) if d is not None), key=lambda step: step[0])
    return {"not_before": when, "not_before_label": label}


REFUSED_TRANSITION = {
    MatchStatus.INTRODUCED: _("Only a proposed match can be marked as introduced."),
    MatchStatus.ACTIVE: _("Only a proposed or introduced match can be started."),
    MatchStatus.ENDED: _("This match has already ended."),
}


def _check_transition(match: Match, to: str) -> None:
    if to not in TRANSITIONS[MatchStatus(match.status)]:
        raise ValidationError(REFUSED_TRANSITION[to], code="transition")


def _record_status(match: Match, *, status: str, on: date, by, note: str = "", **detail) -> None:
    MatchStatusChange.objects.create(match=match, status=status, changed_on=on, by=by, note=note)
    record_event(
        by=by,
        action="change" if status != MatchStatus.PROPOSED else "create",
        event=f"match.{status}",
        obj=match,
        resident=match.resident_a,
        team=match.team,
        status=status,
        **detail,
    )


# --- sign-ups ------------------------------------------------------------------------------------


@transaction.atomic
def open_signup(
    *,
    resident: Resident,
    kind: str,
    title: str,
    description: str = "",
    talents: Iterable[Talent] = (),
    by,
    opened_on: date | None = None,
) -> SignUp:
    """Put a resident on the WIJ match list with a request or an offer."""
    access.require(by, "residents.edit")
    _require_visible(Resident.objects, resident, by)
    if kind not in SignUpKind.values:
        raise ValidationError({"kind": _("Choose whether this is a request or an offer.")}, code="kind")
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Describe the request or offer in a few words.")}, code="required")
    opened_on = opened_on or timezone.localdate()
    _check_date(opened_on, field="opened_on")
    if resident.closed_on and resident.closed_on <= opened_on:
        raise ValidationError(_("The file of this resident is closed."), code="resident_closed")

    signup = SignUp.objects.create(
        resident=resident,
        team_id=resident.team_id,
        kind=kind,
        title=title,
        description=(description or "").strip(),
        opened_on=opened_on,
        created_by=by,
    )
    talents = list(talents)
    if talents:
        signup.talents.set(talents)
    record_event(by=by, action="create", event="signup.opened", obj=signup, resident=resident, kind=kind)
    return signup


@transaction.atomic
def withdraw_signup(*, signup: SignUp, by, on: date | None = None) -> SignUp:
    """Take an open request or offer off the waiting list without a match."""
    access.require(by, "residents.edit")
    _require_visible(SignUp.objects, signup, by)
    signup = SignUp.objects.select_for_update().get(pk=signup.pk)
    if signup.status != SignUpStatus.OPEN:
        raise ValidationError(_("Only an open request or offer can be withdrawn."), code="not_open")
    on = on or timezone.localdate()
    _check_date(on, field="on", not_before=signup.opened_on, not_before_label=_("the sign-up date"))
    signup.status = SignUpStatus.WITHDRAWN
    signup.closed_on = on
    signup.save(update_fields=["status", "closed_on"])
    record_event(by=by, action="change", event="signup.withdrawn", obj=signup, resident=signup.resident)
    return signup


# --- proposing a match ---------------------------------------------------------------------------


def _check_parties(kind, resident_a, resident_b, opening, place_a, place_b) -> None:
    """The parties must fit the kind (the model's CheckConstraint says the same, untranslated)."""
    if kind == MatchKind.RESIDENT_RESIDENT:
        if resident_a is None or resident_b is None:
            raise ValidationError(_("A match between residents needs two residents."), code="parties")
        if opening is not None or place_a is not None or place_b is not None:
            raise ValidationError(_("A match between residents has no place or opening."), code="parties")
        if resident_a.pk == resident_b.pk:
            raise ValidationError(_("A resident cannot be matched with themselves."), code="same_party")
    elif kind == MatchKind.RESIDENT_PLACE:
        if resident_a is None or opening is None:
            raise ValidationError(
                _("A match with a place needs a resident and one of the place's openings."), code="parties"
            )
        if resident_b is not None or place_b is not None:
            raise ValidationError(_("A match with a place has one resident and one place."), code="parties")
        if place_a is not None and place_a.pk != opening.place_id:
            raise ValidationError(_("The opening belongs to another place."), code="parties")
    elif kind == MatchKind.PLACE_PLACE:
        if place_a is None or place_b is None:
            raise ValidationError(_("A match between places needs two places."), code="parties")
        if resident_a is not None or resident_b is not None or opening is not None:
            raise ValidationError(_("A match between places has no residents or opening."), code="parties")
        if place_a.pk == place_b.pk:
            raise ValidationError(_("A place cannot be matched with itself."), code="same_party")
    else:
        raise ValidationError({"kind": _("Choose the kind of match.")}, code="kind")


SIGNUP_REFUSALS = {
    SignUpKind.REQUEST: {
        "signup_kind": _("The sign-up linked as the request is an offer."),
        "signup_closed": _("This request is no longer open."),
        "signup_resident": _("The request belongs to a resident who is not part of this match."),
        "too_early": _("The match cannot be proposed before the request was made."),
    },
    SignUpKind.OFFER: {
        "signup_kind": _("The sign-up linked as the offer is a request."),
        "signup_closed": _("This offer is no longer open."),
        "signup_resident": _("The offer belongs to a resident who is not part of this match."),
        "too_early": _("The match cannot be proposed before the offer was made."),
    },
}


def _check_signup(signup: SignUp | None, *, kind: str, residents: list[Resident], on: date) -> None:
    if signup is None:
        return
    field = "request" if kind == SignUpKind.REQUEST else "offer"
    code = None
    if signup.kind != kind:
        code = "signup_kind"
    elif signup.status != SignUpStatus.OPEN:
        code = "signup_closed"
    elif signup.resident_id not in {r.pk for r in residents}:
        code = "signup_resident"
    elif on < signup.opened_on:
        code = "too_early"
    if code:
        raise ValidationError({field: ValidationError(SIGNUP_REFUSALS[kind][code], code=code)})


def _check_still_in_file(resident: Resident | None, on: date) -> None:
    if resident is not None and resident.closed_on is not None and resident.closed_on <= on:
        raise ValidationError(
            _("The file of %(name)s is closed."), code="resident_closed", params={"name": resident.full_name}
        )


def _check_place_active(place: Place | None, on: date) -> None:
    if place is not None and (place.removed_on is not None and place.removed_on <= on):
        raise ValidationError(_("%(name)s is no longer active."), code="place_removed", params={"name": place.name})


def _open_pair_exists(kind, resident_a, resident_b, opening, place_a, place_b) -> bool:
    matches = Match.objects.filter(kind=kind, status__in=OPEN_STATUSES)
    if kind == MatchKind.RESIDENT_RESIDENT:
        pair = Q(resident_a=resident_a, resident_b=resident_b) | Q(resident_a=resident_b, resident_b=resident_a)
    elif kind == MatchKind.RESIDENT_PLACE:
        pair = Q(resident_a=resident_a, opening=opening)
    else:
        pair = Q(place_a=place_a, place_b=place_b) | Q(place_a=place_b, place_b=place_a)
    return matches.filter(pair).exists()


def _team_for_places(by, place_a: Place) -> Team:
    """A place–place match belongs to the acting user's team; with several, the one covering place_a."""
    covering = Team.objects.filter(neighbourhoods__buurten=place_a.buurt_id)
    own = access.team_ids(by)
    if own:
        team = covering.filter(pk__in=own).first() or Team.objects.filter(pk__in=own).order_by("name").first()
    else:
        team = covering.order_by("name").first()
    if team is None:
        raise ValidationError(
            _("No neighbourhood team covers the buurt of %(name)s."), code="no_team", params={"name": place_a.name}
        )
    return team


def _lock_opening(opening: Opening) -> Opening:
    return Opening.objects.select_for_update().select_related("place").get(pk=opening.pk)


@transaction.atomic
def propose_match(
    *,
    kind: str,
    by,
    resident_a: Resident | None = None,
    resident_b: Resident | None = None,
    opening: Opening | None = None,
    place_a: Place | None = None,
    place_b: Place | None = None,
    request: SignUp | None = None,
    offer: SignUp | None = None,
    description: str = "",
    connectors: Iterable = (),
    proposed_on: date | None = None,
) -> Match:
    """Propose a match between two residents, a resident and an opening of a place, or two places."""
    access.require(by, "matches.edit")
    _check_parties(kind, resident_a, resident_b, opening, place_a, place_b)
    for queryset, obj in (
        (Resident.objects, resident_a),
        (Resident.objects, resident_b),
        (Opening.objects, opening),
        (Place.objects, place_a),
        (Place.objects, place_b),
        (SignUp.objects, request),
        (SignUp.objects, offer),
    ):
        _require_visible(queryset, obj, by)

    proposed_on = proposed_on or timezone.localdate()
    _check_date(proposed_on, field="proposed_on")

    if kind == MatchKind.PLACE_PLACE:
        if request is not None or offer is not None:
            raise ValidationError(_("A match between places is not linked to a request or offer."), code="signup")
    else:
        residents = [r for r in (resident_a, resident_b) if r is not None]
        # Lock the residents in a fixed order so two simultaneous proposals for one pair queue up.
        list(Resident.objects.select_for_update().filter(pk__in=[r.pk for r in residents]).order_by("pk"))
        _check_signup(request, kind=SignUpKind.REQUEST, residents=residents, on=proposed_on)
        _check_signup(offer, kind=SignUpKind.OFFER, residents=residents, on=proposed_on)
        for resident in residents:
            _check_still_in_file(resident, proposed_on)

    if opening is not None:
        opening = _lock_opening(opening)
        place_a = opening.place
        if opening.opened_on > proposed_on or (opening.closed_on is not None and opening.closed_on <= proposed_on):
            raise ValidationError(_("This opening is closed."), code="opening_closed")
        if capacity_left(opening) <= 0:
            raise ValidationError(
                _("This opening has no room left: all %(capacity)s places are taken by proposed or running matches."),
                code="opening_full",
                params={"capacity": opening.capacity},
            )
    if kind == MatchKind.PLACE_PLACE:
        list(Place.objects.select_for_update().filter(pk__in=[place_a.pk, place_b.pk]).order_by("pk"))
    _check_place_active(place_a, proposed_on)
    _check_place_active(place_b, proposed_on)

    if _open_pair_exists(kind, resident_a, resident_b, opening, place_a, place_b):
        raise ValidationError(_("These two already have a match that has not ended."), code="duplicate")

    team = resident_a.team if resident_a is not None else _team_for_places(by, place_a)
    people = {by.pk: by}
    for user in connectors or ():
        if not user.has_role(*access.CASEWORK):
            raise ValidationError(_("%(name)s does not do casework."), code="connector", params={"name": str(user)})
        people.setdefault(user.pk, user)

    match = Match.objects.create(
        kind=kind,
        team=team,
        resident_a=resident_a,
        resident_b=resident_b,
        opening=opening,
        place_a=place_a,
        place_b=place_b,
        request=request,
        offer=offer,
        description=(description or "").strip(),
        proposed_on=proposed_on,
        created_by=by,
    )
    match.connectors.set(people.values())
    _record_status(match, status=MatchStatus.PROPOSED, on=proposed_on, by=by, kind=kind)
    access.assert_in_scope(Match.objects.visible_to(by), match)
    return match


# --- the lifecycle -------------------------------------------------------------------------------


@transaction.atomic
def introduce_match(*, match: Match, by, introduced_on: date | None = None, note: str = "") -> Match:
    """The parties have met, often with the connector going along the first time."""
    match = _locked_match(match, by)
    _check_transition(match, MatchStatus.INTRODUCED)
    introduced_on = introduced_on or timezone.localdate()
    _check_date(introduced_on, field="on", **_previous_step(match))
    match.status = MatchStatus.INTRODUCED
    match.introduced_on = introduced_on
    match.save(update_fields=["status", "introduced_on", "updated_at"])
    _record_status(match, status=MatchStatus.INTRODUCED, on=introduced_on, by=by, note=note)
    return match


def follow_up_dates(started_on: date) -> list[date]:
    return [started_on + timedelta(days=days) for days in sorted(settings.BLOEI_FOLLOW_UP_DAYS)]


@transaction.atomic
def activate_match(*, match: Match, by, started_on: date | None = None, note: str = "") -> Match:
    """The match is running: plan the follow-ups and take the linked request and offer off the waiting list."""
    match = _locked_match(match, by)
    _check_transition(match, MatchStatus.ACTIVE)
    started_on = started_on or timezone.localdate()
    _check_date(started_on, field="on", **_previous_step(match))
    match.status = MatchStatus.ACTIVE
    match.started_on = started_on
    match.save(update_fields=["status", "started_on", "updated_at"])

    FollowUp.objects.bulk_create(
        FollowUp(match=match, sequence=n, due_on=due_on) for n, due_on in enumerate(follow_up_dates(started_on), 1)
    )
    for signup in SignUp.objects.select_for_update().filter(
        pk__in=[pk for pk in (match.request_id, match.offer_id) if pk], status=SignUpStatus.OPEN
    ):
        signup.status = SignUpStatus.MATCHED
        signup.closed_on = max(started_on, signup.opened_on)
        signup.save(update_fields=["status", "closed_on"])
        record_event(
            by=by, action="change", event="signup.matched", obj=signup, resident=signup.resident, match=match.pk
        )
    _record_status(match, status=MatchStatus.ACTIVE, on=started_on, by=by, note=note)
    return match


@transaction.atomic
def end_match(*, match: Match, by, reason: str, note: str = "", ended_on: date | None = None) -> Match:
    """End a match with a reason. Its open follow-ups stay as history but are no longer due."""
    match = _locked_match(match, by)
    _check_transition(match, MatchStatus.ENDED)
    if reason not in EndReason.values:
        raise ValidationError({"reason": _("Choose why the match ended.")}, code="reason")
    note = (note or "").strip()
    if len(note) > Match._meta.get_field("end_note").max_length:
        raise ValidationError({"note": _("Keep the note about the ending to 300 characters.")}, code="note")
    ended_on = ended_on or timezone.localdate()
    _check_date(ended_on, field="on", **_previous_step(match))
    match.status = MatchStatus.ENDED
    match.ended_on = ended_on
    match.end_reason = reason
    match.end_note = note
    match.save(update_fields=["status", "ended_on", "end_reason", "end_note", "updated_at"])
    _record_status(match, status=MatchStatus.ENDED, on=ended_on, by=by, note=note, reason=reason)
    return match


@transaction.atomic
def record_follow_up(
    *,
    follow_up: FollowUp,
    by,
    outcome: str,
    note: str = "",
    done_on: date | None = None,
    end_reason: str = "",
) -> FollowUp:
    """Record how a running match is going. The outcome "has ended" also ends the match, with `end_reason`."""
    match = _locked_match(follow_up.match, by)
    follow_up = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    if follow_up.done_on is not None:
        raise ValidationError(_("This follow-up has already been recorded."), code="done")
    if match.status != MatchStatus.ACTIVE:
        raise ValidationError(_("Follow-ups are recorded only while the match is running."), code="not_active")
    if outcome not in FollowUpOutcome.values:
        raise ValidationError({"outcome": _("Choose how the match is going.")}, code="outcome")
    if outcome == FollowUpOutcome.ENDED and end_reason not in EndReason.values:
        raise ValidationError({"end_reason": _("Choose why the match ended.")}, code="reason")
    note = (note or "").strip()
    done_on = done_on or timezone.localdate()
    _check_date(done_on, field="done_on", not_before=match.started_on, not_before_label=_("the start of the match"))

    follow_up.done_on = done_on
    follow_up.outcome = outcome
    follow_up.note = note
    follow_up.done_by = by
    follow_up.save(update_fields=["done_on", "outcome", "note", "done_by"])
    record_event(
        by=by,
        action="change",
        event="followup.recorded",
        obj=follow_up,
        resident=match.resident_a,
        team=match.team,
        match=match.pk,
        sequence=follow_up.sequence,
        outcome=outcome,
    )
    if outcome == FollowUpOutcome.ENDED:
        end_match(match=match, by=by, reason=end_reason, note=Truncator(note).chars(300), ended_on=done_on)
    return follow_up
