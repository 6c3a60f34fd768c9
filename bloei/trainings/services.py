"""Writes on trainings: editions and their meetings, participants, attendance, evaluation, outcomes and the
one-year follow-up.

An edition belongs to a team; only connectors and team leads of that team change it (`trainings.edit`).
Its first and last date follow its meetings. Finishing an edition decides who completed it (the type's
completion rule, see selectors.completion_for) and plans a follow-up per participant
BLOEI_TRAINING_FOLLOW_UP_DAYS (default 365) days after the last meeting.

A participant's benefit status is special-category data: only `trainings.benefit_status` records or
changes it, always together with its purpose, and no audit event ever holds it.
`by=None` is reserved for system actions (imports, the demo command).
"""

from collections.abc import Iterable
from datetime import date, time, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team
from bloei.core import access
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.people.models import Resident
from bloei.people.services import record_ladder_assessment
from bloei.places.models import Place

from . import selectors
from .choices import AttendanceStatus, BenefitPurpose, BenefitStatus, EnrolmentEnd, OutcomeKind, SessionKind
from .models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)

FOLLOW_UP_DAYS = 365
EDITION_FIELDS = frozenset({"name", "wijk", "location", "max_participants", "notes"})
SESSION_FIELDS = frozenset({"held_on", "starts_at", "topic", "location", "kind", "place"})
SCORE_FIELDS = ("score_overall", "score_talents", "score_confidence", "score_contacts", "score_next_step")
EVALUATION_TEXTS = ("best", "improve", "next_step")


def follow_up_days() -> int:
    """Days between the last meeting and the one-year follow-up (setting BLOEI_TRAINING_FOLLOW_UP_DAYS)."""
    return int(getattr(settings, "BLOEI_TRAINING_FOLLOW_UP_DAYS", FOLLOW_UP_DAYS))


# --- helpers ------------------------------------------------------------------------------------------


def _check_team(by, team: Team) -> None:
    """`by` must hold trainings.edit in `team` (system actions pass by=None)."""
    if by is None:
        return
    if not access.can(by, "trainings.edit") or team.pk not in access.team_ids(by, *access.TEAM_WORK):
        raise PermissionDenied


def _check_enrolment(by, enrolment: Enrolment) -> None:
    """`by` works in the edition's team and may see the participant."""
    _check_team(by, enrolment.edition.team)
    if by is not None and not Resident.objects.visible_to(by).filter(pk=enrolment.resident_id).exists():
        raise PermissionDenied


def _check_open(edition: TrainingEdition) -> None:
    if edition.cancelled_on is not None:
        raise ValidationError(_("This edition has been cancelled."))
    if edition.finished_on is not None:
        raise ValidationError(_("This edition is finished."))


def _check_not_cancelled(edition: TrainingEdition) -> None:
    if edition.cancelled_on is not None:
        raise ValidationError(_("This edition has been cancelled."))


def _not_in_future(value: date | None, field: str) -> None:
    if value is not None and value > timezone.localdate():
        raise ValidationError({field: _("The date cannot be in the future.")})


def _unknown(fields: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


def _changed_fields(obj: models.Model, changes: dict) -> list[str]:
    """Fields in `changes` that differ from the stored row (a bound ModelForm may have set them already)."""
    meta = obj._meta
    attnames = {name: meta.get_field(name).attname for name in changes}
    stored = type(obj)._base_manager.filter(pk=obj.pk).values(*attnames.values()).get()
    changed = []
    for name, value in changes.items():
        if meta.get_field(name).is_relation:
            value = value.pk if value is not None else None
        if stored[attnames[name]] != value:
            changed.append(name)
    return changed


def _check_wijk(wijk, team: Team) -> None:
    if wijk is not None and not team.neighbourhoods.filter(pk=wijk.pk).exists():
        raise ValidationError({"wijk": _("This wijk is not in the area of the team.")})


def team_connectors(team_ids: Iterable[int]) -> models.QuerySet:
    """Users who work as connector in one of the teams today: the people who can be trainers."""
    from bloei.accounts.models import User

    today = timezone.localdate()
    memberships = Membership.objects.filter(team_id__in=list(team_ids), role=Role.CONNECTOR, started_on__lte=today)
    memberships = memberships.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today))
    return User.objects.filter(pk__in=memberships.values("user_id"), is_active=True)


def _check_trainers(trainers: list, team: Team) -> None:
    ids = {t.pk for t in trainers}
    if ids and ids - set(team_connectors([team.pk]).filter(pk__in=ids).values_list("pk", flat=True)):
        raise ValidationError({"trainers": _("Trainers must be connectors of the edition's team.")})


def _check_place(by, place: Place | None, on: date, field: str = "place") -> None:
    if place is None:
        return
    if by is not None and not Place.objects.visible_to(by).filter(pk=place.pk).exists():
        raise ValidationError({field: _("You can only choose a place you may see.")})
    if place.removed_on is not None and place.removed_on <= on:
        raise ValidationError({field: _("This place was no longer active on that date.")})


def _event(by, action: str, event: str, obj: models.Model, edition: TrainingEdition, resident=None, **detail):
    return record_event(by=by, action=action, event=event, obj=obj, resident=resident, team=edition.team, **detail)


# --- editions -----------------------------------------------------------------------------------------


def weekly_dates(starts_on: date, count: int) -> list[date]:
    """`count` dates a week apart from `starts_on`: the default schedule of a new edition."""
    return [starts_on + timedelta(weeks=i) for i in range(count)]


def create_edition(
    *,
    by,
    training_type: TrainingType,
    team: Team,
    name: str,
    starts_on: date,
    wijk=None,
    trainers: Iterable = (),
    location: str = "",
    starts_at: time | None = None,
    max_participants: int | None = None,
    notes: str = "",
    meetings: int | None = None,
    external_id: str | None = None,
) -> TrainingEdition:
    """Start an edition of `training_type` for `team` with the type's number of meetings, weekly from
    `starts_on` (or `meetings` meetings). The meetings can be changed afterwards."""
    _check_team(by, team)
    if not training_type.is_active:
        raise ValidationError({"training_type": _("This training is no longer in use.")})
    count = meetings if meetings is not None else training_type.default_meetings
    if not 1 <= count <= 60:
        raise ValidationError(_("An edition has between 1 and 60 meetings."))
    if max_participants is not None and max_participants < 1:
        raise ValidationError({"max_participants": _("Leave empty, or enter at least 1.")})
    trainers = list(trainers)
    _check_wijk(wijk, team)
    _check_trainers(trainers, team)
    dates = weekly_dates(starts_on, count)
    edition = TrainingEdition(
        training_type=training_type,
        team=team,
        wijk=wijk,
        name=(name or "").strip(),
        location=(location or "").strip(),
        starts_on=dates[0],
        ends_on=dates[-1],
        max_participants=max_participants,
        notes=(notes or "").strip(),
        external_id=external_id or None,
        created_by=by,
    )
    edition.full_clean(exclude=["created_by", "trainers"])
    with transaction.atomic():
        edition.save()
        edition.trainers.set(trainers)
        TrainingSession.objects.bulk_create(
            TrainingSession(edition=edition, number=i, held_on=day, starts_at=starts_at)
            for i, day in enumerate(dates, start=1)
        )
        _event(
            by,
            AuditEvent.Action.CREATE,
            "training.edition_created",
            edition,
            edition,
            training_type_id=training_type.pk,
            meetings=count,
        )
    return edition


def update_edition(*, edition: TrainingEdition, by, trainers: Iterable | None = None, **changes) -> TrainingEdition:
    """Change an edition's name, wijk, location, maximum, notes and trainers."""
    _check_team(by, edition.team)
    _unknown(changes, EDITION_FIELDS)
    _check_not_cancelled(edition)
    changed = _changed_fields(edition, changes)
    for field, value in changes.items():
        setattr(edition, field, value.strip() if isinstance(value, str) else value)
    new_trainers = None
    if trainers is not None:
        trainers = list(trainers)
        if {t.pk for t in trainers} != set(edition.trainers.values_list("pk", flat=True)):
            _check_trainers(trainers, edition.team)
            new_trainers = trainers
    if not changed and new_trainers is None:
        return edition
    _check_wijk(edition.wijk, edition.team)
    if "max_participants" in changed and edition.max_participants is not None:
        if edition.max_participants < 1:
            raise ValidationError({"max_participants": _("Leave empty, or enter at least 1.")})
        if edition.enrolments.filter(left_on__isnull=True).count() > edition.max_participants:
            raise ValidationError({"max_participants": _("More participants take part already.")})
    edition.full_clean(exclude=["created_by", "trainers"])
    with transaction.atomic():
        if changed:
            edition.save(update_fields=changed)
        if new_trainers is not None:
            edition.trainers.set(new_trainers)
            changed.append("trainers")
        _event(by, AuditEvent.Action.CHANGE, "training.edition_changed", edition, edition, fields=sorted(changed))
    return edition


def cancel_edition(*, edition: TrainingEdition, by, cancelled_on: date | None = None) -> TrainingEdition:
    """The edition does not go ahead (or stops). Its records stay; nothing changes in it any more."""
    _check_team(by, edition.team)
    _check_open(edition)
    cancelled_on = cancelled_on or timezone.localdate()
    _not_in_future(cancelled_on, "cancelled_on")
    with transaction.atomic():
        edition.cancelled_on = cancelled_on
        edition.save(update_fields=["cancelled_on"])
        _event(by, AuditEvent.Action.CHANGE, "training.edition_cancelled", edition, edition)
    return edition


def finish_edition(*, edition: TrainingEdition, by, finished_on: date | None = None) -> TrainingEdition:
    """Close the edition after its last meeting: decide who completed it and plan the one-year follow-ups.

    Completed: present at no less than the type's `completion_min_percent` of the meetings, and not
    stopped. Every participant, also one who stopped, gets a follow-up due BLOEI_TRAINING_FOLLOW_UP_DAYS
    after the last meeting.
    """
    _check_team(by, edition.team)
    _check_open(edition)
    finished_on = finished_on or timezone.localdate()
    _not_in_future(finished_on, "finished_on")
    last = edition.sessions.aggregate(last=Max("held_on"))["last"]
    if last is None:
        raise ValidationError(_("This edition has no meetings."))
    if finished_on < last:
        message = _("The last meeting is after this date. Change or remove meetings that did not take place.")
        raise ValidationError({"finished_on": message})
    completion = selectors.completion_for(edition)
    due_on = edition.ends_on + timedelta(days=follow_up_days())
    completed = [pk for pk, done in completion.items() if done]
    with transaction.atomic():
        edition.enrolments.filter(pk__in=completed).update(completed=True)
        edition.enrolments.exclude(pk__in=completed).update(completed=False)
        edition.finished_on = finished_on
        edition.save(update_fields=["finished_on"])
        without = edition.enrolments.filter(follow_up__isnull=True).values_list("pk", flat=True)
        planned = TrainingFollowUp.objects.bulk_create(
            TrainingFollowUp(enrolment_id=pk, due_on=due_on) for pk in list(without)
        )
        _event(
            by,
            AuditEvent.Action.CHANGE,
            "training.edition_finished",
            edition,
            edition,
            participants=len(completion),
            completed=len(completed),
            follow_ups=len(planned),
        )
    return edition


# --- meetings -----------------------------------------------------------------------------------------


def _renumber(edition: TrainingEdition) -> None:
    """Number the meetings 1..n in date order (the numbers are unique per edition, so in two steps)."""
    sessions = list(edition.sessions.order_by("held_on", models.F("starts_at").asc(nulls_first=True), "number"))
    if [s.number for s in sessions] == list(range(1, len(sessions) + 1)):
        return
    edition.sessions.update(number=models.F("number") + 1000)
    for number, session in enumerate(sessions, start=1):
        TrainingSession.objects.filter(pk=session.pk).update(number=number)
        session.number = number


def _sync_dates(edition: TrainingEdition) -> None:
    """The edition's first and last date are those of its meetings."""
    span = edition.sessions.aggregate(first=models.Min("held_on"), last=Max("held_on"))
    if span["first"] is None:
        return
    changed = [f for f, v in (("starts_on", span["first"]), ("ends_on", span["last"])) if getattr(edition, f) != v]
    if changed:
        edition.starts_on, edition.ends_on = span["first"], span["last"]
        edition.save(update_fields=changed)


def _validate_session(by, session: TrainingSession) -> None:
    if session.kind not in SessionKind.values:
        raise ValidationError({"kind": _("Choose what kind of meeting it is.")})
    if session.kind == SessionKind.PLACE_VISIT and session.place_id is None:
        raise ValidationError({"place": _("Choose the place that is visited.")})
    if session.kind == SessionKind.MEETING and session.place_id is not None:
        raise ValidationError({"place": _("Only a visit to a place has a place; choose that kind.")})
    if session.place_id is not None:
        _check_place(by, session.place, session.held_on)
    session.full_clean(exclude=["number", "edition"], validate_constraints=False)


def add_session(
    *,
    edition: TrainingEdition,
    by,
    held_on: date,
    starts_at: time | None = None,
    topic: str = "",
    location: str = "",
    kind: str = SessionKind.MEETING,
    place: Place | None = None,
) -> TrainingSession:
    """Add a meeting to the edition; meetings are numbered in date order."""
    _check_team(by, edition.team)
    _check_open(edition)
    if edition.sessions.count() >= 60:
        raise ValidationError(_("An edition has between 1 and 60 meetings."))
    number = (edition.sessions.aggregate(n=Max("number"))["n"] or 0) + 1
    session = TrainingSession(
        edition=edition,
        number=number,
        held_on=held_on,
        starts_at=starts_at,
        topic=(topic or "").strip(),
        location=(location or "").strip(),
        kind=kind,
        place=place,
    )
    _validate_session(by, session)
    with transaction.atomic():
        session.save()
        _renumber(edition)
        _sync_dates(edition)
        session.refresh_from_db(fields=["number"])
        _event(by, AuditEvent.Action.CREATE, "training.session_added", session, edition, kind=kind)
    return session


def update_session(*, session: TrainingSession, by, **changes) -> TrainingSession:
    """Change a meeting's date, time, topic, location, or make it a visit to a place."""
    edition = session.edition
    _check_team(by, edition.team)
    _check_open(edition)
    _unknown(changes, SESSION_FIELDS)
    changed = _changed_fields(session, changes)
    for field, value in changes.items():
        setattr(session, field, value.strip() if isinstance(value, str) else value)
    if not changed:
        return session
    if "held_on" in changed and session.held_on > timezone.localdate() and session.attendances.exists():
        raise ValidationError(
            {"held_on": _("Attendance has been recorded for this meeting, so it cannot move to the future.")}
        )
    _validate_session(by, session)
    with transaction.atomic():
        session.save(update_fields=changed)
        _renumber(edition)
        _sync_dates(edition)
        session.refresh_from_db(fields=["number"])
        _event(by, AuditEvent.Action.CHANGE, "training.session_changed", session, edition, fields=sorted(changed))
    return session


def remove_session(*, session: TrainingSession, by) -> None:
    """Remove a meeting that will not take place. A meeting with attendance stays; an edition keeps one."""
    edition = session.edition
    _check_team(by, edition.team)
    _check_open(edition)
    if session.attendances.exists():
        raise ValidationError(_("Attendance has been recorded for this meeting, so it cannot be removed."))
    if edition.sessions.count() <= 1:
        raise ValidationError(_("An edition has at least one meeting. Cancel the edition instead."))
    with transaction.atomic():
        _event(by, AuditEvent.Action.CHANGE, "training.session_removed", edition, edition, session_id=session.pk)
        session.delete()
        _renumber(edition)
        _sync_dates(edition)


# --- participants -------------------------------------------------------------------------------------


def _require_benefit_capability(by) -> None:
    if by is not None and not access.can(by, "trainings.benefit_status"):
        raise PermissionDenied


def _validate_benefit(status: str, purpose: str) -> None:
    if status and status not in BenefitStatus.values:
        raise ValidationError({"benefit_status": _("Choose a benefit status from the list.")})
    if purpose and purpose not in BenefitPurpose.values:
        raise ValidationError({"benefit_purpose": _("Choose a purpose from the list.")})
    if status and not purpose:
        raise ValidationError(
            {"benefit_purpose": _("A benefit status is only recorded together with the purpose it is recorded for.")}
        )
    if purpose and not status:
        raise ValidationError({"benefit_status": _("Choose the benefit status, or leave the purpose empty.")})


def enrol_resident(
    *,
    edition: TrainingEdition,
    resident: Resident,
    by,
    enrolled_on: date | None = None,
    benefit_status: str = "",
    benefit_purpose: str = "",
    external_id: str | None = None,
) -> Enrolment:
    """`resident` takes part in `edition`. A benefit status, if any, is recorded with its purpose (only by
    those with trainings.benefit_status)."""
    _check_team(by, edition.team)
    _check_open(edition)
    if by is not None and not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
        raise ValidationError({"resident": _("You can only enrol residents you may see.")})
    enrolled_on = enrolled_on or timezone.localdate()
    _not_in_future(enrolled_on, "enrolled_on")
    if resident.closed_on is not None and resident.closed_on <= enrolled_on:
        raise ValidationError({"resident": _("This resident's file was closed on that date.")})
    if benefit_status or benefit_purpose:
        _require_benefit_capability(by)
        _validate_benefit(benefit_status, benefit_purpose)
    with transaction.atomic():
        locked = TrainingEdition.objects.select_for_update().get(pk=edition.pk)
        if locked.enrolments.filter(resident=resident).exists():
            raise ValidationError({"resident": _("This resident already takes part in this edition.")})
        if (
            locked.max_participants is not None
            and locked.enrolments.filter(left_on__isnull=True).count() >= locked.max_participants
        ):
            raise ValidationError(
                _("The edition is full: at most %(max)s participants.") % {"max": locked.max_participants}
            )
        enrolment = Enrolment.objects.create(
            edition=edition,
            resident=resident,
            enrolled_on=enrolled_on,
            benefit_status=benefit_status,
            benefit_purpose=benefit_purpose,
            benefit_recorded_on=timezone.localdate() if benefit_status else None,
            benefit_recorded_by=by if benefit_status else None,
            external_id=external_id or None,
            created_by=by,
        )
        _event(
            by,
            AuditEvent.Action.CREATE,
            "training.enrolled",
            enrolment,
            edition,
            resident=resident,
            edition_id=edition.pk,
        )
        if benefit_status:
            # Who recorded special-category data is logged; what was recorded never is.
            _event(
                by, AuditEvent.Action.CREATE, "training.benefit_status_recorded", enrolment, edition, resident=resident
            )
    return enrolment


def set_benefit_status(*, enrolment: Enrolment, by, status: str, purpose: str) -> Enrolment:
    """Record, change or (with an empty status) remove a participant's benefit status and its purpose."""
    _require_benefit_capability(by)
    _check_enrolment(by, enrolment)
    status, purpose = status or "", purpose or ""
    if not status:
        purpose = ""
    _validate_benefit(status, purpose)
    if (status, purpose) == (enrolment.benefit_status, enrolment.benefit_purpose):
        return enrolment
    enrolment.benefit_status, enrolment.benefit_purpose = status, purpose
    enrolment.benefit_recorded_on = timezone.localdate() if status else None
    enrolment.benefit_recorded_by = by if status else None
    with transaction.atomic():
        enrolment.save(
            update_fields=["benefit_status", "benefit_purpose", "benefit_recorded_on", "benefit_recorded_by"]
        )
        event = "training.benefit_status_recorded" if status else "training.benefit_status_removed"
        _event(by, AuditEvent.Action.CHANGE, event, enrolment, enrolment.edition, resident=enrolment.resident)
    return enrolment


def stop_enrolment(*, enrolment: Enrolment, by, reason: str, left_on: date | None = None) -> Enrolment:
    """The participant stops on `left_on` (default today). A participant who stopped does not complete."""
    _check_enrolment(by, enrolment)
    _check_open(enrolment.edition)
    if enrolment.left_on is not None:
        raise ValidationError(_("This participant has already stopped."))
    if reason not in EnrolmentEnd.values:
        raise ValidationError({"left_reason": _("Choose a reason.")})
    left_on = left_on or timezone.localdate()
    _not_in_future(left_on, "left_on")
    if left_on < enrolment.enrolled_on:
        raise ValidationError({"left_on": _("A participant cannot stop before enrolling.")})
    if enrolment.attendances.filter(session__held_on__gte=left_on, status=AttendanceStatus.PRESENT).exists():
        raise ValidationError({"left_on": _("This participant was present at a meeting on or after this date.")})
    with transaction.atomic():
        enrolment.left_on, enrolment.left_reason = left_on, reason
        enrolment.save(update_fields=["left_on", "left_reason"])
        _event(
            by,
            AuditEvent.Action.CHANGE,
            "training.enrolment_stopped",
            enrolment,
            enrolment.edition,
            resident=enrolment.resident,
            reason=reason,
        )
    return enrolment


# --- attendance ---------------------------------------------------------------------------------------


def record_attendance(*, session: TrainingSession, enrolment: Enrolment, by, status: str) -> Attendance:
    """Present, absent with notice or absent: one row per meeting and participant, changed in place."""
    edition = session.edition
    _check_enrolment(by, enrolment)
    if enrolment.edition_id != session.edition_id:
        raise ValidationError(_("This participant does not take part in this edition."))
    _check_open(edition)
    if status not in AttendanceStatus.values:
        raise ValidationError({"status": _("Choose present, absent with notice or absent.")})
    if session.held_on > timezone.localdate():
        raise ValidationError(_("This meeting has not taken place yet."))
    if enrolment.left_on is not None and enrolment.left_on <= session.held_on:
        raise ValidationError(_("This participant had stopped by the date of this meeting."))
    with transaction.atomic():
        attendance, created = Attendance.objects.select_for_update().get_or_create(
            session=session, enrolment=enrolment, defaults={"status": status, "recorded_by": by}
        )
        if not created:
            if attendance.status == status:
                return attendance
            attendance.status, attendance.recorded_by = status, by
            attendance.save(update_fields=["status", "recorded_by", "recorded_at"])
        _event(
            by,
            AuditEvent.Action.CREATE if created else AuditEvent.Action.CHANGE,
            "training.attendance_recorded",
            attendance,
            edition,
            resident=enrolment.resident,
            session_id=session.pk,
            status=status,
        )
    return attendance


# --- evaluation and outcomes --------------------------------------------------------------------------


def record_evaluation(*, enrolment: Enrolment, by, filled_on: date | None = None, **answers) -> Evaluation:
    """The participant's evaluation (five scores 1-5 and three texts); a second call replaces it."""
    _check_enrolment(by, enrolment)
    edition = enrolment.edition
    _check_not_cancelled(edition)
    _unknown(answers, frozenset(SCORE_FIELDS + EVALUATION_TEXTS))
    filled_on = filled_on or timezone.localdate()
    _not_in_future(filled_on, "filled_on")
    if filled_on < edition.starts_on:
        raise ValidationError({"filled_on": _("The edition had not started on this date.")})
    missing = [f for f in SCORE_FIELDS if answers.get(f) is None]
    if missing:
        raise ValidationError({f: _("Choose a score from 1 to 5.") for f in missing})
    values = {f: answers[f] for f in SCORE_FIELDS}
    values.update({f: (answers.get(f) or "").strip() for f in EVALUATION_TEXTS})
    try:
        evaluation = enrolment.evaluation
        created = False
    except Evaluation.DoesNotExist:
        evaluation = Evaluation(enrolment=enrolment)
        created = True
    for field, value in values.items():
        setattr(evaluation, field, value)
    evaluation.filled_on, evaluation.recorded_by = filled_on, by
    evaluation.full_clean(exclude=["enrolment", "recorded_by"])
    with transaction.atomic():
        evaluation.save()
        _event(
            by,
            AuditEvent.Action.CREATE if created else AuditEvent.Action.CHANGE,
            "training.evaluation_recorded",
            evaluation,
            edition,
            resident=enrolment.resident,
            enrolment_id=enrolment.pk,
        )
    return evaluation


def add_outcome(
    *, enrolment: Enrolment, by, kind: str, started_on: date | None = None, place: Place | None = None, note: str = ""
) -> Outcome:
    """What the participant went on to do, from a date; a participant can have several outcomes."""
    _check_enrolment(by, enrolment)
    edition = enrolment.edition
    _check_not_cancelled(edition)
    if kind not in OutcomeKind.values:
        raise ValidationError({"kind": _("Choose an outcome from the list.")})
    started_on = started_on or timezone.localdate()
    _not_in_future(started_on, "started_on")
    if started_on < edition.starts_on:
        raise ValidationError({"started_on": _("The edition had not started on this date.")})
    _check_place(by, place, started_on)
    outcome = Outcome(
        enrolment=enrolment, kind=kind, started_on=started_on, place=place, note=(note or "").strip(), recorded_by=by
    )
    outcome.full_clean(exclude=["recorded_by"])
    with transaction.atomic():
        outcome.save()
        _event(
            by,
            AuditEvent.Action.CREATE,
            "training.outcome_added",
            outcome,
            edition,
            resident=enrolment.resident,
            kind=kind,
        )
    return outcome


def remove_outcome(*, outcome: Outcome, by) -> None:
    """Remove an outcome recorded by mistake."""
    enrolment = outcome.enrolment
    _check_enrolment(by, enrolment)
    with transaction.atomic():
        _event(
            by,
            AuditEvent.Action.CHANGE,
            "training.outcome_removed",
            enrolment,
            enrolment.edition,
            resident=enrolment.resident,
            outcome_id=outcome.pk,
            kind=outcome.kind,
        )
        outcome.delete()


# --- the one-year follow-up ---------------------------------------------------------------------------


def record_follow_up(
    *,
    follow_up: TrainingFollowUp,
    by,
    reached: bool,
    done_on: date | None = None,
    current_activity: str = "",
    still_in_contact: bool | None = None,
    score_wellbeing: int | None = None,
    rung=None,
    note: str = "",
) -> TrainingFollowUp:
    """The answers of the one-year follow-up. A rung of the participation ladder becomes a dated
    LadderAssessment of the resident (through bloei.people), linked to the follow-up."""
    enrolment = follow_up.enrolment
    edition = enrolment.edition
    _check_enrolment(by, enrolment)
    if follow_up.done_on is not None:
        raise ValidationError(_("This follow-up has already been recorded."))
    done_on = done_on or timezone.localdate()
    _not_in_future(done_on, "done_on")
    if edition.finished_on is not None and done_on < edition.finished_on:
        raise ValidationError({"done_on": _("The edition was finished after this date.")})
    note = (note or "").strip()
    if not reached:
        given = [
            name
            for name, value in (
                ("current_activity", current_activity),
                ("still_in_contact", still_in_contact),
                ("score_wellbeing", score_wellbeing),
                ("rung", rung),
            )
            if value not in (None, "")
        ]
        if given:
            raise ValidationError({name: _("Leave this empty when the resident was not reached.") for name in given})
    else:
        if not current_activity:
            raise ValidationError({"current_activity": _("Choose what the resident is doing now.")})
        if current_activity not in OutcomeKind.values:
            raise ValidationError({"current_activity": _("Choose an answer from the list.")})
        if score_wellbeing is not None and not 1 <= score_wellbeing <= 5:
            raise ValidationError({"score_wellbeing": _("Choose a score from 1 to 5.")})
    with transaction.atomic():
        assessment = None
        if rung is not None:
            assessment = record_ladder_assessment(
                resident=enrolment.resident,
                by=by,
                rung=rung,
                assessed_on=done_on,
                note=_("One-year follow-up of %(edition)s") % {"edition": edition.name[:200]},
            )
        follow_up.done_on, follow_up.done_by, follow_up.reached = done_on, by, reached
        follow_up.current_activity = current_activity or ""
        follow_up.still_in_contact = still_in_contact
        follow_up.score_wellbeing = score_wellbeing
        follow_up.ladder_assessment = assessment
        follow_up.note = note
        follow_up.save()
        _event(
            by,
            AuditEvent.Action.CHANGE,
            "training.follow_up_recorded",
            follow_up,
            edition,
            resident=enrolment.resident,
            reached=reached,
            ladder_assessment_id=assessment.pk if assessment else None,
        )
    return follow_up
