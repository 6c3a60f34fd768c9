"""Writes for requests, offers, matches and follow-ups.

Every state change of a sign-up or a match goes through one of these functions: they check the
acting user's capability and scope, refuse bad input with a translated ValidationError, write the
status history and an audit event, all in one transaction.
"""

import math
from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
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
    DismissReason,
    EndReason,
    FollowUpOutcome,
    MatchKind,
    MatchStatus,
    SignUpKind,
    SignUpStatus,
    SuggestionDecision,
)
from .models import FollowUp, Match, MatchStatusChange, RankingWeights, SignUp, SuggestionFeedback

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


# --- suggestions: accepting and dismissing -------------------------------------------------------

# When the ranking learns again from the feedback (learn_weights() fits on all of it, right after the
# decision is committed). Measured on SQLite: about 40 ms with 1,000 decisions, 280 ms with 10,000. So
# every decision teaches the ranking at once while there are up to LEARN_EACH_UP_TO decisions (a few
# years of a team's work); beyond that, every LEARN_EVERY_LATER-th decision, to keep accepting and
# dismissing quick. The beheerder's "Learn again" fits on everything at any time.
LEARN_EACH_UP_TO = 2000
LEARN_EVERY_LATER = 25


def _candidate_queryset(candidate):
    """The scoped queryset a suggested counterpart must be visible in."""
    for model in (Resident, Opening, Place):
        if isinstance(candidate, model):
            return model.objects
    raise ValidationError(_("This kind of suggestion cannot be matched."), code="candidate_type")


def _source_queryset(source):
    for model in (SignUp, Resident, Opening, Place):
        if isinstance(source, model):
            return model.objects
    raise ValidationError(_("Suggestions start from a request, offer, resident, opening or place."), code="source_type")


def _clean_features(features) -> dict[str, float]:
    try:
        cleaned = {str(name): float(value) for name, value in dict(features or {}).items()}
    except (TypeError, ValueError):
        cleaned = None
    if cleaned is None or not all(math.isfinite(v) for v in cleaned.values()):
        raise ValidationError(_("The signal values of the suggestion are not numbers."), code="features")
    return cleaned


def _feedback_team_id(source, candidate, match: Match | None) -> int | None:
    for obj in (match, source, candidate):
        team_id = getattr(obj, "team_id", None)
        if team_id:
            return team_id
    return None


def _feedback_resident(source, candidate):
    """The resident the decision is about, for the audit trail (the source's resident first)."""
    for obj in (source, candidate):
        if isinstance(obj, Resident):
            return obj
        if isinstance(obj, SignUp):
            return obj.resident
    return None


def _learn_after_decision() -> None:
    from .suggestions import learn_weights

    decisions = SuggestionFeedback.objects.count()
    if decisions <= LEARN_EACH_UP_TO or decisions % LEARN_EVERY_LATER == 0:
        learn_weights(note="after a decision")


@transaction.atomic
def record_suggestion_feedback(
    *,
    by,
    source,
    suggestion_candidate,
    match_kind: str,
    decision: str,
    score: float,
    rank: int,
    features: dict,
    weights_version: int | None,
    reason: str = "",
    note: str = "",
    match: Match | None = None,
) -> SuggestionFeedback:
    """Store that `by` accepted or dismissed a suggested counterpart, with the signal values it was ranked on.

    The ranking learns new weights from it once the decision is committed (see LEARN_EACH_UP_TO).
    """
    access.require(by, "matches.edit")
    _require_visible(_source_queryset(source), source, by)
    _require_visible(_candidate_queryset(suggestion_candidate), suggestion_candidate, by)
    if match is not None:
        _require_visible(Match.objects, match, by)
    if match_kind not in MatchKind.values:
        raise ValidationError({"match_kind": _("Choose the kind of match.")}, code="kind")
    if decision not in SuggestionDecision.values:
        raise ValidationError({"decision": _("Accept or dismiss the suggestion.")}, code="decision")
    reason = reason or ""
    if decision == SuggestionDecision.DISMISSED:
        if reason not in DismissReason.values:
            raise ValidationError({"reason": _("Choose why the suggestion does not fit.")}, code="reason")
    elif reason:
        raise ValidationError({"reason": _("An accepted suggestion has no reason to dismiss it.")}, code="reason")
    note = (note or "").strip()
    if len(note) > SuggestionFeedback._meta.get_field("note").max_length:
        raise ValidationError({"note": _("Keep the note to 300 characters.")}, code="note")
    try:
        score, rank = float(score), int(rank)
    except (TypeError, ValueError):
        score, rank = math.nan, 0
    if not math.isfinite(score) or rank < 1:
        raise ValidationError(_("The score or position of the suggestion is not valid."), code="score")

    feedback = SuggestionFeedback.objects.create(
        user=by,
        team_id=_feedback_team_id(source, suggestion_candidate, match),
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        candidate_type=ContentType.objects.get_for_model(suggestion_candidate),
        candidate_id=suggestion_candidate.pk,
        match_kind=match_kind,
        decision=decision,
        reason=reason,
        note=note,
        score=score,
        rank=rank,
        features=_clean_features(features),
        weights_version=weights_version,
        match=match,
    )
    detail = {"rank": rank, "kind": match_kind}
    if reason:
        detail["reason"] = reason
    if match is not None:
        detail["match"] = match.pk
    record_event(
        by=by,
        action="create",
        event=f"suggestion.{decision}",
        obj=feedback,
        resident=_feedback_resident(source, suggestion_candidate),
        team=feedback.team,
        source=f"{feedback.source_type.model}:{source.pk}",
        candidate=f"{feedback.candidate_type.model}:{suggestion_candidate.pk}",
        **detail,
    )
    transaction.on_commit(_learn_after_decision, robust=True)
    return feedback


def suggestion_parties(source, candidate, match_kind: str) -> dict:
    """The arguments of propose_match for a suggestion: the parties, and the source sign-up as request or offer."""
    signup = source if isinstance(source, SignUp) else None
    resident = signup.resident if signup is not None else source if isinstance(source, Resident) else None
    link = {signup.kind: signup} if signup is not None else {}
    if match_kind == MatchKind.RESIDENT_RESIDENT and resident is not None and isinstance(candidate, Resident):
        return {"resident_a": resident, "resident_b": candidate, **link}
    if match_kind == MatchKind.RESIDENT_PLACE:
        if resident is not None and isinstance(candidate, Opening):
            return {"resident_a": resident, "opening": candidate, **link}
        if isinstance(source, Opening) and isinstance(candidate, Resident):
            return {"resident_a": candidate, "opening": source}
    if match_kind == MatchKind.PLACE_PLACE and isinstance(source, Place):
        # An opening suggested for a place stands for its place: places are matched, not openings.
        other = candidate.place if isinstance(candidate, Opening) else candidate
        if isinstance(other, Place):
            return {"place_a": source, "place_b": other}
    raise ValidationError(_("This suggestion cannot be proposed as a match of this kind."), code="parties")


def _feedback_fields(suggestion) -> dict:
    return {
        "suggestion_candidate": suggestion.candidate,
        "match_kind": suggestion.match_kind,
        "score": suggestion.score,
        "rank": suggestion.rank,
        "features": suggestion.features,
        "weights_version": suggestion.weights_version,
    }


@transaction.atomic
def accept_suggestion(*, by, source, suggestion, description: str = "") -> Match:
    """Propose the suggested match (every rule of propose_match applies) and record the acceptance with it.

    `suggestion` is a `bloei.matching.suggestions.Suggestion` (or anything with its candidate, match_kind,
    score, rank, features and weights_version). A sign-up as source becomes the match's request or offer.
    """
    access.require(by, "matches.edit")
    _require_visible(_source_queryset(source), source, by)
    parties = suggestion_parties(source, suggestion.candidate, suggestion.match_kind)
    match = propose_match(kind=suggestion.match_kind, by=by, description=description, **parties)
    record_suggestion_feedback(
        by=by, source=source, decision=SuggestionDecision.ACCEPTED, match=match, **_feedback_fields(suggestion)
    )
    return match


def dismiss_suggestion(*, by, source, suggestion, reason: str, note: str = "") -> SuggestionFeedback:
    """Record that the suggestion does not fit, and why; it is no longer shown for this source.

    Dismissing the same counterpart for the same source again (a second click) records nothing new.
    """
    access.require(by, "matches.edit")
    _require_visible(_source_queryset(source), source, by)
    _require_visible(_candidate_queryset(suggestion.candidate), suggestion.candidate, by)
    if reason not in DismissReason.values:
        raise ValidationError({"reason": _("Choose why the suggestion does not fit.")}, code="reason")
    earlier = SuggestionFeedback.objects.filter(
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        candidate_type=ContentType.objects.get_for_model(suggestion.candidate),
        candidate_id=suggestion.candidate.pk,
        match_kind=suggestion.match_kind,
        decision=SuggestionDecision.DISMISSED,
    ).first()
    if earlier is not None:
        return earlier
    return record_suggestion_feedback(
        by=by,
        source=source,
        decision=SuggestionDecision.DISMISSED,
        reason=reason,
        note=note,
        **_feedback_fields(suggestion),
    )


def relearn_suggestion_weights(*, by) -> RankingWeights:
    """The beheerder's "learn again": fit new ranking weights on all feedback now."""
    from .suggestions import learn_weights

    access.require(by, "matching.tuning")
    weights = learn_weights(note="learned again by a beheerder")
    record_event(by=by, action="create", event="suggestion.weights_learned", obj=weights, version=weights.version)
    return weights
