"""Writes on development places and their openings.

Places are never deleted: `remove_place` records the day a place stopped, so "new places this
year" and "active places as of a date" stay right for every past date. Openings are closed the
same way. Every change writes an audit event (ids and field names only).

`by` is the acting user. `by=None` is reserved for system actions (imports, the demo command);
a person without the capability `places.edit` is refused.
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.core import access
from bloei.core.services import record_event

from .models import Opening, Place
from .selectors import taken_places

# Fields a person may set on a place through create_place / update_place.
PLACE_FIELDS = frozenset(
    {
        "name",
        "kind",
        "description",
        "street",
        "house_number",
        "postcode",
        "buurt",
        "lat",
        "lon",
        "contact_name",
        "contact_email",
        "contact_phone",
        "website",
        "wheelchair_accessible",
        "accessible_toilet",
        "hearing_loop",
        "accessibility_notes",
        "opening_hours",
    }
)
OPENING_FIELDS = frozenset({"title", "kind", "description", "capacity", "availability", "opened_on"})


def _check_may_edit(by) -> None:
    if by is not None and not access.can(by, "places.edit"):
        raise PermissionDenied


def _unknown(fields: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


def changed_fields(obj, changes: dict) -> list[str]:
    """The fields in `changes` whose value differs from the stored row.

    Compared with the database, not the instance: a bound ModelForm may already have set the new values.
    """
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


def _full_clean(obj, exclude=()) -> None:
    """Model validation (field lengths, choices, constraints) with translated messages."""
    obj.full_clean(exclude=[*exclude], validate_unique=True, validate_constraints=True)


def create_place(
    *,
    by,
    name: str,
    kind: str,
    buurt,
    languages: Iterable = (),
    added_on: date | None = None,
    verified: bool = True,
    **details,
) -> Place:
    """Register a development place. It counts as added on `added_on` (default today).

    A place registered by a person counts as verified today: its details were just entered.
    """
    _check_may_edit(by)
    _unknown(details, PLACE_FIELDS)
    today = timezone.localdate()
    added_on = added_on or today
    if added_on > today:
        raise ValidationError({"added_on": _("The date added cannot be in the future.")})
    place = Place(name=name, kind=kind, buurt=buurt, added_on=added_on, **details)
    if verified:
        place.last_verified_on = today
    _full_clean(place, exclude=["languages"])
    with transaction.atomic():
        place.save()
        place.languages.set(list(languages))
        record_event(by=by, action="create", event="place.created", obj=place)
    return place


def update_place(*, place: Place, by, languages: Iterable | None = None, verified: bool = False, **changes) -> Place:
    """Change a place's details. `verified=True` also marks them as checked today."""
    _check_may_edit(by)
    _unknown(changes, PLACE_FIELDS)
    changed = changed_fields(place, changes)
    for field, value in changes.items():
        setattr(place, field, value)
    languages_changed = False
    if languages is not None:
        new = {language.pk for language in languages}
        languages_changed = new != set(place.languages.values_list("pk", flat=True))
    if verified:
        place.last_verified_on = timezone.localdate()
    if not changed and not languages_changed and not verified:
        return place
    _full_clean(place, exclude=["languages"])
    with transaction.atomic():
        update_fields = [*changed, "updated_at"]
        if verified:
            update_fields.append("last_verified_on")
        place.save(update_fields=update_fields)
        if languages_changed:
            place.languages.set(list(languages))
            changed.append("languages")
        record_event(
            by=by, action="change", event="place.changed", obj=place, fields=sorted(changed), verified=verified
        )
    return place


def mark_place_verified(*, place: Place, by, on: date | None = None) -> Place:
    """Record that the place's details were checked (with the place) on `on`, default today."""
    _check_may_edit(by)
    on = on or timezone.localdate()
    if on > timezone.localdate():
        raise ValidationError(_("The verification date cannot be in the future."))
    if on < place.added_on:
        raise ValidationError(_("The verification date cannot be before the place was added."))
    if place.last_verified_on == on:
        return place
    with transaction.atomic():
        place.last_verified_on = on
        place.save(update_fields=["last_verified_on", "updated_at"])
        record_event(by=by, action="change", event="place.verified", obj=place)
    return place


def remove_place(*, place: Place, by, removed_on: date | None = None) -> Place:
    """The place is no longer active from `removed_on` (default today; a later date announces the end).

    The record stays, for the figures. Open openings of the place close on the same day.
    """
    _check_may_edit(by)
    removed_on = removed_on or timezone.localdate()
    if place.removed_on is not None:
        raise ValidationError(_("This place is already marked as no longer active."))
    if removed_on < place.added_on:
        raise ValidationError(_("A place cannot stop before the date it was added."))
    with transaction.atomic():
        place.removed_on = removed_on
        place.save(update_fields=["removed_on", "updated_at"])
        closing = place.openings.filter(closed_on__isnull=True)
        # An opening cannot close before it opened; one that would open later simply closes on its opening day.
        closed = list(closing.values_list("pk", flat=True))
        for opening in closing:
            opening.closed_on = max(removed_on, opening.opened_on)
            opening.save(update_fields=["closed_on"])
        record_event(by=by, action="change", event="place.removed", obj=place, closed_openings=closed)
    return place


def reinstate_place(*, place: Place, by) -> Place:
    """Undo a removal recorded by mistake. Openings closed with it stay closed."""
    _check_may_edit(by)
    if place.removed_on is None:
        return place
    with transaction.atomic():
        place.removed_on = None
        place.save(update_fields=["removed_on", "updated_at"])
        record_event(by=by, action="change", event="place.reinstated", obj=place)
    return place


# --- Openings ---------------------------------------------------------------------------------------


def _validate_opening(opening: Opening) -> None:
    if opening.capacity < 1:
        raise ValidationError({"capacity": _("An opening has room for at least one person.")})
    if opening.place.removed_on is not None and opening.opened_on >= opening.place.removed_on:
        raise ValidationError(_("This place is no longer active; it cannot get new openings."))
    if opening.opened_on < opening.place.added_on:
        raise ValidationError({"opened_on": _("An opening cannot start before its place was added.")})
    _full_clean(opening, exclude=["talents", "place"])


def create_opening(
    *, place: Place, by, title: str, kind: str, capacity: int = 1, talents: Iterable = (), **details
) -> Opening:
    """Add an opening (volunteer role, course, meeting place) to an active place."""
    _check_may_edit(by)
    _unknown(details, OPENING_FIELDS)
    opening = Opening(place=place, title=title, kind=kind, capacity=capacity, **details)
    _validate_opening(opening)
    with transaction.atomic():
        opening.save()
        opening.talents.set(list(talents))
        record_event(by=by, action="create", event="opening.created", obj=opening, place_id=place.pk)
    return opening


def update_opening(*, opening: Opening, by, talents: Iterable | None = None, **changes) -> Opening:
    """Change an opening. Its capacity cannot drop below the matches that already take up a place."""
    _check_may_edit(by)
    _unknown(changes, OPENING_FIELDS)
    changed = changed_fields(opening, changes)
    for field, value in changes.items():
        setattr(opening, field, value)
    talents_changed = False
    if talents is not None:
        talents_changed = {t.pk for t in talents} != set(opening.talents.values_list("pk", flat=True))
    if not changed and not talents_changed:
        return opening
    if opening.closed_on is not None and opening.closed_on < opening.opened_on:
        raise ValidationError({"opened_on": _("The opening was closed before this date.")})
    _validate_opening(opening)
    if "capacity" in changed:
        taken = taken_places(opening)
        if opening.capacity < taken:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(taken)s matches already take up a place in this opening; the capacity cannot be lower."
                    )
                    % {"taken": taken}
                }
            )
    with transaction.atomic():
        if changed:
            opening.save(update_fields=changed)
        if talents_changed:
            opening.talents.set(list(talents))
            changed.append("talents")
        record_event(by=by, action="change", event="opening.changed", obj=opening, fields=sorted(changed))
    return opening


def close_opening(*, opening: Opening, by, closed_on: date | None = None) -> Opening:
    """The opening takes no one new from `closed_on` (default today). Running matches carry on."""
    _check_may_edit(by)
    closed_on = closed_on or timezone.localdate()
    if opening.closed_on is not None:
        raise ValidationError(_("This opening is already closed."))
    if closed_on < opening.opened_on:
        raise ValidationError(_("An opening cannot close before it opened."))
    with transaction.atomic():
        opening.closed_on = closed_on
        opening.save(update_fields=["closed_on"])
        record_event(by=by, action="change", event="opening.closed", obj=opening, place_id=opening.place_id)
    return opening


def reopen_opening(*, opening: Opening, by) -> Opening:
    """Take people again in a closed opening of an active place."""
    _check_may_edit(by)
    if opening.closed_on is None:
        return opening
    if not opening.place.is_active:
        raise ValidationError(_("This place is no longer active; its openings cannot reopen."))
    with transaction.atomic():
        opening.closed_on = None
        opening.save(update_fields=["closed_on"])
        record_event(by=by, action="change", event="opening.reopened", obj=opening, place_id=opening.place_id)
    return opening
