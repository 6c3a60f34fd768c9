"""Writes on outreach rounds, the wishes heard and the residents who signed up afterwards.

A round belongs to a team; a person records rounds only in their own teams (`outreach.edit`).
`by=None` is reserved for system actions (imports, the demo command). Audit events hold ids and codes,
never names, wishes or notes.
"""

import re
from collections.abc import Iterable, Mapping
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.models import Membership, Team
from bloei.core import access
from bloei.core.services import record_event
from bloei.people.models import Resident

from .choices import KINDS_WITH_FLOORS, RoundKind
from .models import OutreachRound, RoundSignUp, RoundWish, WishTag

ROUND_FIELDS = frozenset(
    {
        "kind",
        "held_on",
        "last_day",
        "buurt",
        "street_or_building",
        "floors",
        "homes_approached",
        "homes_reached",
        "conversations",
        "notes",
    }
)
WISH_MAX_LENGTH = WishTag._meta.get_field("name").max_length
MAX_MENTIONS = 32767  # PositiveSmallIntegerField


# --- helpers ------------------------------------------------------------------------------------------


def _check_team(by, team: Team) -> None:
    """`by` must hold outreach.edit in `team` (system actions pass by=None)."""
    if by is None:
        return
    if not access.can(by, "outreach.edit") or team.pk not in access.team_ids(by, *access.TEAM_WORK):
        raise PermissionDenied


def _validate_round(outreach_round: OutreachRound) -> None:
    errors: dict[str, str] = {}
    today = timezone.localdate()
    held_on, last_day = outreach_round.held_on, outreach_round.last_day
    if held_on and held_on > today:
        errors["held_on"] = _("Record a round on or after the day it was held.")
    if held_on and last_day is not None:
        if last_day < held_on:
            errors["last_day"] = _("The last day cannot be before the first day.")
        elif last_day > today:
            errors["last_day"] = _("The date cannot be in the future.")
    approached, reached = outreach_round.homes_approached, outreach_round.homes_reached
    if reached is not None and approached is None:
        errors["homes_approached"] = _("Enter how many homes were approached.")
    elif reached is not None and reached > approached:
        errors["homes_reached"] = _("More homes reached than approached.")
    if outreach_round.floors is not None and outreach_round.kind not in KINDS_WITH_FLOORS:
        errors["floors"] = _("Floors only apply to floor conversations in a flat.")
    if outreach_round.kind and outreach_round.kind not in RoundKind.values:
        errors["kind"] = _("Unknown kind of outreach.")
    buurt = outreach_round.buurt if outreach_round.buurt_id else None
    if buurt is not None and not outreach_round.team.neighbourhoods.filter(pk=buurt.neighbourhood_id).exists():
        errors["buurt"] = _("This buurt is not in the area of the team.")
    if errors:
        raise ValidationError(errors)
    outreach_round.full_clean(exclude=["created_by", "staff", "wishes"])


def _check_staff(outreach_round: OutreachRound, staff: list) -> None:
    """Everyone listed worked in the round's team on one of the days of the round."""
    if not staff:
        return
    first, last = outreach_round.held_on, outreach_round.last_day or outreach_round.held_on
    members = set(
        Membership.objects.filter(team=outreach_round.team, role__in=access.CASEWORK, started_on__lte=last)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=first))
        .values_list("user_id", flat=True)
    )
    if {user.pk for user in staff} - members:
        raise ValidationError({"staff": _("Only staff of the team on the day of the round can be listed.")})


def parse_wishes(text: str) -> dict[str, int]:
    """ "Moestuin: 3" per line (or separated by commas) → {"Moestuin": 3}; no number means heard once.

    Only a number after the last colon counts as "times heard"; names are compared without regard to
    case, and the same wish twice adds up.
    """
    wishes: dict[str, int] = {}
    keys: dict[str, str] = {}
    for item in re.split(r"[\n,;]+", text or ""):
        item = " ".join(item.split())
        if not item:
            continue
        name, sep, count = item.rpartition(":")
        if sep and count.strip().isdigit():
            name, times = name.strip(), int(count)
        else:
            name, times = item, 1
        if not name:
            raise ValidationError(_("Write the wish before the colon, as in “Moestuin: 3”."))
        if times < 1:
            raise ValidationError(_("A wish is heard at least once."))
        if len(name) > WISH_MAX_LENGTH:
            raise ValidationError(_("A wish can be at most %(n)d characters.") % {"n": WISH_MAX_LENGTH})
        key = keys.setdefault(name.casefold(), name)
        wishes[key] = min(wishes.get(key, 0) + times, MAX_MENTIONS)
    return wishes


def _normalise_wishes(wishes: Mapping[str, int]) -> dict[str, int]:
    """Validate a {name: times heard} mapping, merging names that differ only in case."""
    merged: dict[str, int] = {}
    keys: dict[str, str] = {}
    for name, count in wishes.items():
        name = " ".join(str(name).split())
        if not name:
            raise ValidationError({"wishes": _("Write the wish before the colon, as in “Moestuin: 3”.")})
        if len(name) > WISH_MAX_LENGTH:
            message = _("A wish can be at most %(n)d characters.") % {"n": WISH_MAX_LENGTH}
            raise ValidationError({"wishes": message})
        if not isinstance(count, int) or count < 1:
            raise ValidationError({"wishes": _("A wish is heard at least once.")})
        key = keys.setdefault(name.casefold(), name)
        merged[key] = min(merged.get(key, 0) + count, MAX_MENTIONS)
    return merged


def _wish_tags(names: Iterable[str]) -> dict[str, WishTag]:
    """The tag of each name, reusing an existing tag whatever its case and creating the others."""
    tags = {}
    for name in names:
        tag = WishTag.objects.filter(name__iexact=name).first()
        if tag is None:
            tag = WishTag.objects.create(name=name)
        tags[name] = tag
    return tags


def _set_wishes(outreach_round: OutreachRound, wishes: dict[str, int]) -> None:
    outreach_round.round_wishes.all().delete()
    tags = _wish_tags(wishes)
    RoundWish.objects.bulk_create(
        RoundWish(outreach_round=outreach_round, wish=tags[name], mentions=count) for name, count in wishes.items()
    )


def _current_wishes(outreach_round: OutreachRound) -> dict[str, int]:
    return {rw.wish.name.casefold(): rw.mentions for rw in outreach_round.round_wishes.select_related("wish")}


# --- rounds -------------------------------------------------------------------------------------------


def record_round(
    *,
    by,
    team: Team,
    kind: str,
    held_on: date,
    buurt,
    staff: Iterable = (),
    wishes: Mapping[str, int] | None = None,
    **details,
) -> OutreachRound:
    """Record an outreach round of `team` with its reach figures, the staff who went and the wishes heard."""
    _check_team(by, team)
    unknown = set(details) - ROUND_FIELDS
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")
    staff = list(staff)
    wishes = _normalise_wishes(wishes or {})
    outreach_round = OutreachRound(team=team, kind=kind, held_on=held_on, buurt=buurt, created_by=by, **details)
    _validate_round(outreach_round)
    _check_staff(outreach_round, staff)
    with transaction.atomic():
        outreach_round.save()
        outreach_round.staff.set(staff)
        _set_wishes(outreach_round, wishes)
        record_event(
            by=by,
            action="create",
            event="outreach_round.recorded",
            obj=outreach_round,
            kind=outreach_round.kind,
            buurt=outreach_round.buurt.code,
            staff=sorted(user.pk for user in staff),
            wish_ids=sorted(rw.wish_id for rw in outreach_round.round_wishes.all()),
        )
    return outreach_round


def update_round(
    *,
    outreach_round: OutreachRound,
    by,
    staff: Iterable | None = None,
    wishes: Mapping[str, int] | None = None,
    **changes,
) -> OutreachRound:
    """Change a round's details; `staff` and `wishes` replace the lists when given."""
    _check_team(by, outreach_round.team)
    unknown = set(changes) - ROUND_FIELDS
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")
    stored = OutreachRound.objects.get(pk=outreach_round.pk)
    for field, value in changes.items():
        setattr(outreach_round, field, value)
    changed = [name for name in sorted(changes) if getattr(stored, name) != getattr(outreach_round, name)]
    new_staff = None
    if staff is not None:
        staff = list(staff)
        if {u.pk for u in staff} != set(outreach_round.staff.values_list("pk", flat=True)):
            new_staff = staff
    new_wishes = None
    if wishes is not None:
        wishes = _normalise_wishes(wishes)
        if {name.casefold(): n for name, n in wishes.items()} != _current_wishes(outreach_round):
            new_wishes = wishes
    if not changed and new_staff is None and new_wishes is None:
        return outreach_round
    _validate_round(outreach_round)
    if "held_on" in changed or "last_day" in changed or new_staff is not None:
        _check_staff(outreach_round, new_staff if new_staff is not None else list(outreach_round.staff.all()))
    if "held_on" in changed:
        first_signup = outreach_round.signups.order_by("signed_up_on").values_list("signed_up_on", flat=True).first()
        if first_signup is not None and first_signup < outreach_round.held_on:
            raise ValidationError({"held_on": _("A resident signed up after this round before this date.")})
    with transaction.atomic():
        if changed:
            outreach_round.save(update_fields=changed)
        if new_staff is not None:
            outreach_round.staff.set(new_staff)
            changed.append("staff")
        if new_wishes is not None:
            _set_wishes(outreach_round, new_wishes)
            changed.append("wishes")
        record_event(by=by, action="change", event="outreach_round.changed", obj=outreach_round, fields=sorted(changed))
    return outreach_round


# --- sign-ups -----------------------------------------------------------------------------------------


def link_signup(
    *, outreach_round: OutreachRound, resident: Resident, by, signed_up_on: date | None = None
) -> RoundSignUp:
    """Record that `resident` signed up after `outreach_round`, on `signed_up_on` (default today)."""
    _check_team(by, outreach_round.team)
    if by is not None and not Resident.objects.visible_to(by).filter(pk=resident.pk).exists():
        raise ValidationError({"resident": _("You can only link residents you may see.")})
    signed_up_on = signed_up_on or timezone.localdate()
    if signed_up_on < outreach_round.held_on:
        raise ValidationError({"signed_up_on": _("A resident signs up after the round, not before it.")})
    if signed_up_on > timezone.localdate():
        raise ValidationError({"signed_up_on": _("The date cannot be in the future.")})
    if RoundSignUp.objects.filter(outreach_round=outreach_round, resident=resident).exists():
        raise ValidationError({"resident": _("This resident is already linked to the round.")})
    with transaction.atomic():
        signup = RoundSignUp.objects.create(
            outreach_round=outreach_round, resident=resident, signed_up_on=signed_up_on, created_by=by
        )
        record_event(
            by=by,
            action="create",
            event="outreach_round.signup_linked",
            obj=outreach_round,
            resident=resident,
            team=outreach_round.team,
            signup_id=signup.pk,
        )
    return signup


def unlink_signup(*, signup: RoundSignUp, by) -> None:
    """Take a resident off a round's sign-ups (linked by mistake). The audit trail keeps that it happened."""
    outreach_round = signup.outreach_round
    _check_team(by, outreach_round.team)
    if by is not None and not Resident.objects.visible_to(by).filter(pk=signup.resident_id).exists():
        raise PermissionDenied
    with transaction.atomic():
        signup_id, resident = signup.pk, signup.resident
        signup.delete()
        record_event(
            by=by,
            action="change",
            event="outreach_round.signup_unlinked",
            obj=outreach_round,
            resident=resident,
            team=outreach_round.team,
            signup_id=signup_id,
        )
