"""Writes of the workload app: a connector's time records and the team lead's boundary decisions.

Each service takes the acting user as keyword-only `by`, refuses bad input with a translated
ValidationError, runs in one transaction and writes an audit event with ids and codes only (the
reason and next step of a decision are free text and stay out of the audit trail).
"""

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.core import access
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.people import services as people_services

from .choices import BoundaryOutcome, TimeCategory
from .models import MAX_CATEGORY_HOURS, MAX_WEEK_HOURS, BoundaryDecision, TimeRecord

# How far back a connector may still record or correct a week.
RECORD_WEEKS_BACK = 52
REASON_MAX = 300


def week_of(day: date) -> date:
    """The Monday of the ISO week `day` falls in."""
    return day - timedelta(days=day.weekday())


# --- time records --------------------------------------------------------------------------------------


def _check_connector(by, team) -> None:
    """Only a connector records hours, and only in a team they are a connector of."""
    access.require(by, "workload.record")
    if team.pk not in by.team_ids_for(Role.CONNECTOR):
        raise PermissionDenied


def check_week(week: date, today: date | None = None) -> None:
    """A week is given by its Monday, has started, and lies within the last RECORD_WEEKS_BACK weeks."""
    current = week_of(today or timezone.localdate())
    if week.weekday() != 0:
        raise ValidationError({"week": _("A week is given by its Monday.")})
    if week > current:
        raise ValidationError({"week": _("You cannot record hours for a week that has not started yet.")})
    if week < current - timedelta(weeks=RECORD_WEEKS_BACK):
        raise ValidationError(
            {"week": _("Hours can be recorded for the last %(weeks)s weeks.") % {"weeks": RECORD_WEEKS_BACK}}
        )


def clean_hours(hours: Mapping) -> dict[str, Decimal]:
    """Hours per category as Decimals: whole or half hours, 0-60 each, at most 80 in total.

    A category left out counts as 0. Unknown keys are a programming error.
    """
    unknown = set(hours) - set(TimeCategory.values)
    if unknown:
        raise TypeError(f"Unknown categories: {sorted(unknown)}")
    cleaned, errors = {}, {}
    for category in TimeCategory.values:
        raw = hours.get(category)
        try:
            value = Decimal(str(raw).strip().replace(",", ".")) if raw not in (None, "") else Decimal(0)
        except InvalidOperation:
            errors[category] = _("Enter a number of hours.")
            continue
        if not value.is_finite():
            errors[category] = _("Enter a number of hours.")
        elif value < 0 or value > MAX_CATEGORY_HOURS:
            errors[category] = _("Enter between 0 and %(max)s hours.") % {"max": MAX_CATEGORY_HOURS}
        elif (value * 2) % 1 != 0:
            errors[category] = _("Enter whole or half hours, such as 4 or 4.5.")
        else:
            cleaned[category] = value.quantize(Decimal("0.1"))
    if errors:
        raise ValidationError(errors)
    if sum(cleaned.values(), Decimal(0)) > MAX_WEEK_HOURS:
        raise ValidationError(
            {NON_FIELD_ERRORS: _("That is more than %(max)s hours in one week.") % {"max": MAX_WEEK_HOURS}}
        )
    return cleaned


def record_week(*, by, team, week: date, hours: Mapping, copied_from: date | None = None) -> TimeRecord:
    """Record (or correct) `by`'s hours of one week in `team`. Unchanged hours write nothing."""
    _check_connector(by, team)
    check_week(week)
    cleaned = clean_hours(hours)
    detail = {"week": week.isoformat()}
    if copied_from is not None:
        detail["copied_from"] = copied_from.isoformat()
    with transaction.atomic():
        record = TimeRecord.objects.select_for_update().filter(user=by, team=team, week=week).first()
        if record is None:
            record = TimeRecord(user=by, team=team, week=week, **cleaned)
            try:
                with transaction.atomic():
                    record.save()
            except IntegrityError:
                raise ValidationError(
                    _("These hours were just recorded elsewhere. Reload the page and try again.")
                ) from None
            record_event(by=by, action=AuditEvent.Action.CREATE, event="time_record.recorded", obj=record, **detail)
            return record
        changed = [name for name, value in cleaned.items() if getattr(record, name) != value]
        if not changed:
            return record
        for name in changed:
            setattr(record, name, cleaned[name])
        record.save(update_fields=[*changed, "updated_at"])
        record_event(
            by=by, action=AuditEvent.Action.CHANGE, event="time_record.changed", obj=record, fields=changed, **detail
        )
    return record


def previous_record(*, user, team, week: date) -> TimeRecord | None:
    """The user's latest record in `team` before `week`: what a new week is pre-filled with."""
    return TimeRecord.objects.filter(user=user, team=team, week__lt=week).order_by("-week").first()


def copy_previous_week(*, by, team, week: date) -> TimeRecord:
    """Record `week` with the same hours as the latest earlier week ("same as last week")."""
    _check_connector(by, team)
    source = previous_record(user=by, team=team, week=week)
    if source is None:
        raise ValidationError(_("There is no earlier week to copy."))
    return record_week(by=by, team=team, week=week, hours=source.hours(), copied_from=source.week)


# --- boundary decisions ("een grens stellen") ----------------------------------------------------------


def decide_boundary(
    *,
    by,
    resident,
    outcome: str,
    reason: str,
    next_step: str = "",
    review_on: date | None = None,
    decided_on: date | None = None,
) -> BoundaryDecision:
    """Record the team lead's decision on a long open trajectory.

    Continue needs an agreed next step; every outcome but closing needs a review date in the future
    (the resident is off the list until then). Closing sets the resident's closed_on to the decision
    date through the people services. `by` must lead the resident's team.
    """
    access.require(by, "boundaries.decide")
    if resident.team_id not in by.team_ids_for(Role.TEAM_LEAD):
        raise PermissionDenied
    today = timezone.localdate()
    decided_on = decided_on or today
    reason, next_step = (reason or "").strip(), (next_step or "").strip()
    errors: dict = {}
    if outcome not in BoundaryOutcome.values:
        errors["outcome"] = _("Choose a decision from the list.")
    if not reason:
        errors["reason"] = _("Give a short reason.")
    elif len(reason) > REASON_MAX:
        errors["reason"] = _("Keep it short: at most %(max)s characters.") % {"max": REASON_MAX}
    if len(next_step) > REASON_MAX:
        errors["next_step"] = _("Keep it short: at most %(max)s characters.") % {"max": REASON_MAX}
    if decided_on > today:
        errors["decided_on"] = _("The date cannot be in the future.")
    elif decided_on < resident.registered_on:
        errors["decided_on"] = _("The decision cannot be dated before the resident was registered.")
    if resident.closed_on is not None:
        errors[NON_FIELD_ERRORS] = _("This resident's file is already closed.")
    if outcome == BoundaryOutcome.CONTINUE and not next_step:
        errors["next_step"] = _("Write down the agreed next step.")
    if outcome == BoundaryOutcome.CLOSE:
        if review_on is not None:
            errors["review_on"] = _("A closed file needs no review date.")
    elif outcome in BoundaryOutcome.values:
        if review_on is None:
            errors["review_on"] = _("Choose the date on which the team looks at this again.")
        elif review_on <= today:
            errors["review_on"] = _("The review date must be in the future.")
    if errors:
        raise ValidationError(errors)

    with transaction.atomic():
        decision = BoundaryDecision.objects.create(
            resident=resident,
            team_id=resident.team_id,
            outcome=outcome,
            reason=reason,
            next_step=next_step,
            review_on=review_on,
            decided_on=decided_on,
            decided_by=by,
        )
        if outcome == BoundaryOutcome.CLOSE:
            people_services.update_resident(resident=resident, by=by, closed_on=decided_on)
        record_event(
            by=by,
            action=AuditEvent.Action.CREATE,
            event="boundary.decided",
            obj=decision,
            resident=resident,
            outcome=outcome,
            review_on=review_on.isoformat() if review_on else None,
        )
    return decision
