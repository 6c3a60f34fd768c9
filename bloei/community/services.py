"""Writes on resident networks and activities.

Networks keep their membership history: a member who leaves keeps the row with `left_on`, and
rejoins with a new row, so "members on a date" and "unique participants in a year" stay right.
Records belong to a team; a person works only in their own teams (`community.edit`).
`by=None` is reserved for system actions (imports, the demo command).

"Grew out of" (ripple) links are kept in core.RippleLink: a network can grow out of a match,
an activity out of a network or a match.
"""

from collections.abc import Iterable
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.accounts.models import Team
from bloei.core import access
from bloei.core.models import RippleLink
from bloei.core.services import link_ripple, record_event
from bloei.people.models import Resident

from .choices import NetworkPhase, Recurrence
from .models import Activity, Network, NetworkMembership

NETWORK_FIELDS = frozenset({"name", "description", "buurt", "started_on"})
ACTIVITY_FIELDS = frozenset(
    {
        "title",
        "description",
        "buurt",
        "starts_on",
        "ends_on",
        "recurrence",
        "place",
        "network",
        "organiser",
        "is_facilitated",
        "participant_count",
    }
)


# --- helpers ------------------------------------------------------------------------------------------


def _check_team(by, team: Team) -> None:
    """`by` must hold community.edit in `team` (system actions pass by=None)."""
    if by is None:
        return
    if not access.can(by, "community.edit") or team.pk not in access.team_ids(by, *access.TEAM_WORK):
        raise PermissionDenied


def _check_buurt_in_team(buurt, team: Team) -> None:
    if buurt is not None and not team.neighbourhoods.filter(pk=buurt.neighbourhood_id).exists():
        raise ValidationError({"buurt": _("This buurt is not in the area of the team.")})


def _visible_residents(by, residents: Iterable[Resident]) -> None:
    """Refuse residents outside the acting user's scope."""
    ids = {r.pk for r in residents if r is not None}
    if by is None or not ids:
        return
    visible = set(Resident.objects.visible_to(by).filter(pk__in=ids).values_list("pk", flat=True))
    if ids - visible:
        raise ValidationError(_("You can only add residents you may see."))


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


def _unknown(fields: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


# Records an activity or network may grow out of, and which may be chosen for which target.
ORIGIN_MODELS = {
    "community.network": ("matching.match",),
    "community.activity": ("matching.match", "community.network"),
}


def set_origin(*, target: models.Model, source: models.Model | None, by) -> None:
    """Record that `target` grew out of `source` (or of nothing, when None), replacing an earlier choice.

    Only links from the kinds of record offered in the form are replaced; other ripple links stay.
    """
    allowed = ORIGIN_MODELS[target._meta.label_lower]
    if source is not None and source._meta.label_lower not in allowed:
        raise ValidationError(_("This record cannot be where it grew out of."))
    if source is not None and by is not None and not type(source).objects.visible_to(by).filter(pk=source.pk).exists():
        raise ValidationError({"grew_out_of": _("You can only choose a record you may see.")})
    if source is not None and source._meta.label_lower == target._meta.label_lower and source.pk == target.pk:
        raise ValidationError(_("A record cannot grow out of itself."))
    target_type = ContentType.objects.get_for_model(target)
    allowed_types = [ContentType.objects.get_by_natural_key(*label.split(".")) for label in allowed]
    existing = RippleLink.objects.filter(target_type=target_type, target_id=target.pk, source_type__in=allowed_types)
    if source is not None:
        source_type = ContentType.objects.get_for_model(source)
        existing = existing.exclude(source_type=source_type, source_id=source.pk)
    existing.delete()
    if source is not None:
        link_ripple(source=source, target=target, by=by)


def origin_of(target: models.Model) -> models.Model | None:
    """The record chosen as "grew out of" for `target` (the most recent one of the offered kinds)."""
    allowed = ORIGIN_MODELS[target._meta.label_lower]
    allowed_types = [ContentType.objects.get_by_natural_key(*label.split(".")) for label in allowed]
    link = (
        RippleLink.objects.filter(
            target_type=ContentType.objects.get_for_model(target), target_id=target.pk, source_type__in=allowed_types
        )
        .select_related("source_type")
        .order_by("-created_at", "-pk")
        .first()
    )
    if link is None:
        return None
    return link.source_type.model_class()._base_manager.filter(pk=link.source_id).first()


# --- networks -----------------------------------------------------------------------------------------


def create_network(
    *,
    by,
    team: Team,
    name: str,
    buurt=None,
    description: str = "",
    started_on: date | None = None,
    grew_out_of=None,
) -> Network:
    """Start registering a resident network of `team`. It starts facilitated by the team."""
    _check_team(by, team)
    _check_buurt_in_team(buurt, team)
    network = Network(
        team=team,
        name=name,
        buurt=buurt,
        description=description,
        started_on=started_on or timezone.localdate(),
        created_by=by,
    )
    network.full_clean(exclude=["created_by"])
    with transaction.atomic():
        network.save()
        if grew_out_of is not None:
            set_origin(target=network, source=grew_out_of, by=by)
        record_event(by=by, action="create", event="network.created", obj=network)
    return network


def update_network(*, network: Network, by, grew_out_of=..., **changes) -> Network:
    """Change a network's details; `grew_out_of` (a match, or None to clear) when given."""
    _check_team(by, network.team)
    _unknown(changes, NETWORK_FIELDS)
    changed = _changed_fields(network, changes)
    for field, value in changes.items():
        setattr(network, field, value)
    origin_changed = grew_out_of is not ... and origin_of(network) != grew_out_of
    if not changed and not origin_changed:
        return network
    _check_buurt_in_team(network.buurt, network.team)
    if "started_on" in changed:
        first_join = network.memberships.order_by("joined_on").values_list("joined_on", flat=True).first()
        if first_join is not None and network.started_on > first_join:
            raise ValidationError({"started_on": _("Members joined before this date.")})
        if network.self_steering_since is not None and network.started_on > network.self_steering_since:
            raise ValidationError({"started_on": _("The network became self-steering before this date.")})
    network.full_clean(exclude=["created_by"])
    with transaction.atomic():
        if changed:
            network.save(update_fields=changed)
        if origin_changed:
            set_origin(target=network, source=grew_out_of, by=by)
            changed.append("grew_out_of")
        record_event(by=by, action="change", event="network.changed", obj=network, fields=sorted(changed))
    return network


def set_phase(*, network: Network, by, phase: str, since: date | None = None) -> Network:
    """Facilitated → self-steering from `since` (default today); back to facilitated clears the date."""
    _check_team(by, network.team)
    if phase not in NetworkPhase.values:
        raise ValidationError(_("Unknown phase."))
    if phase == network.phase:
        return network
    if network.ended_on is not None:
        raise ValidationError(_("This network has ended."))
    if phase == NetworkPhase.SELF_STEERING:
        since = since or timezone.localdate()
        if since < network.started_on:
            raise ValidationError({"since": _("A network cannot steer itself before it started.")})
        if since > timezone.localdate():
            raise ValidationError({"since": _("The date cannot be in the future.")})
        network.self_steering_since = since
    else:
        network.self_steering_since = None
    network.phase = phase
    with transaction.atomic():
        network.save(update_fields=["phase", "self_steering_since"])
        record_event(by=by, action="change", event="network.phase_changed", obj=network, phase=phase)
    return network


def add_member(*, network: Network, resident: Resident, by, joined_on: date | None = None) -> NetworkMembership:
    """`resident` joins `network` on `joined_on` (default today). A former member may rejoin later."""
    _check_team(by, network.team)
    _visible_residents(by, [resident])
    joined_on = joined_on or timezone.localdate()
    if joined_on < network.started_on:
        raise ValidationError({"joined_on": _("The network started after this date.")})
    if network.ended_on is not None and joined_on >= network.ended_on:
        raise ValidationError({"joined_on": _("The network had ended by this date.")})
    if joined_on > timezone.localdate():
        raise ValidationError({"joined_on": _("The date cannot be in the future.")})
    overlapping = NetworkMembership.objects.filter(network=network, resident=resident).filter(
        Q(left_on__isnull=True) | Q(left_on__gt=joined_on)
    )
    if overlapping.filter(left_on__isnull=True).exists():
        raise ValidationError(_("This resident is already a member of the network."))
    if overlapping.exists():
        raise ValidationError({"joined_on": _("This resident was still a member on that date.")})
    with transaction.atomic():
        membership = NetworkMembership.objects.create(network=network, resident=resident, joined_on=joined_on)
        record_event(
            by=by,
            action="create",
            event="network.member_added",
            obj=network,
            resident=resident,
            team=network.team,
            membership_id=membership.pk,
        )
    return membership


def member_leaves(*, membership: NetworkMembership, by, left_on: date | None = None) -> NetworkMembership:
    """The member leaves the network on `left_on` (default today). The membership row stays as history."""
    network = membership.network
    _check_team(by, network.team)
    left_on = left_on or timezone.localdate()
    if membership.left_on is not None:
        raise ValidationError(_("This member has already left."))
    if left_on < membership.joined_on:
        raise ValidationError({"left_on": _("A member cannot leave before joining.")})
    if left_on > timezone.localdate():
        raise ValidationError({"left_on": _("The date cannot be in the future.")})
    with transaction.atomic():
        membership.left_on = left_on
        membership.save(update_fields=["left_on"])
        record_event(
            by=by,
            action="change",
            event="network.member_left",
            obj=network,
            resident=membership.resident,
            team=network.team,
            membership_id=membership.pk,
        )
    return membership


def end_network(*, network: Network, by, ended_on: date | None = None) -> Network:
    """The network stops on `ended_on` (default today); members still in it leave on that day."""
    _check_team(by, network.team)
    ended_on = ended_on or timezone.localdate()
    if network.ended_on is not None:
        raise ValidationError(_("This network has already ended."))
    if ended_on < network.started_on:
        raise ValidationError({"ended_on": _("A network cannot end before it started.")})
    if ended_on > timezone.localdate():
        raise ValidationError({"ended_on": _("The date cannot be in the future.")})
    current = network.memberships.filter(left_on__isnull=True)
    if current.filter(joined_on__gt=ended_on).exists():
        raise ValidationError({"ended_on": _("A member joined after this date.")})
    with transaction.atomic():
        network.ended_on = ended_on
        network.save(update_fields=["ended_on"])
        left = current.update(left_on=ended_on)
        record_event(by=by, action="change", event="network.ended", obj=network, members_left=left)
    return network


# --- activities ---------------------------------------------------------------------------------------


def _validate_activity(activity: Activity, participants: Iterable[Resident] | None) -> None:
    if activity.recurrence == Recurrence.ONCE and activity.ends_on is not None:
        raise ValidationError({"ends_on": _("A one-off activity has no last date.")})
    if activity.ends_on is not None and activity.ends_on < activity.starts_on:
        raise ValidationError({"ends_on": _("The last date cannot be before the first date.")})
    if activity.network_id and activity.network.team_id != activity.team_id:
        raise ValidationError({"network": _("The network belongs to another team.")})
    if activity.place_id and activity.place.removed_on is not None and activity.place.removed_on <= activity.starts_on:
        raise ValidationError({"place": _("This place was no longer active on the date of the activity.")})
    _check_buurt_in_team(activity.buurt, activity.team)
    if participants is not None and activity.participant_count is not None:
        if activity.participant_count < len(list(participants)):
            raise ValidationError(
                {"participant_count": _("The number of participants is lower than the registered participants.")}
            )
    activity.full_clean(exclude=["created_by", "participants"])


def create_activity(
    *,
    by,
    team: Team,
    title: str,
    starts_on: date,
    participants: Iterable[Resident] = (),
    grew_out_of=None,
    **details,
) -> Activity:
    """Register an activity of `team`, with its place, network, organiser and participants."""
    _check_team(by, team)
    _unknown(details, ACTIVITY_FIELDS)
    participants = list(participants)
    _visible_residents(by, [*participants, details.get("organiser")])
    activity = Activity(team=team, title=title, starts_on=starts_on, created_by=by, **details)
    _validate_activity(activity, participants)
    with transaction.atomic():
        activity.save()
        activity.participants.set(participants)
        if grew_out_of is not None:
            set_origin(target=activity, source=grew_out_of, by=by)
        record_event(by=by, action="create", event="activity.created", obj=activity, participants=len(participants))
    return activity


def update_activity(
    *, activity: Activity, by, participants: Iterable[Resident] | None = None, grew_out_of=..., **changes
) -> Activity:
    """Change an activity. `participants` replaces the registered participants the user may see;
    participants outside the user's scope stay registered."""
    _check_team(by, activity.team)
    _unknown(changes, ACTIVITY_FIELDS)
    changed = _changed_fields(activity, changes)
    for field, value in changes.items():
        setattr(activity, field, value)
    if "organiser" in changed:
        _visible_residents(by, [activity.organiser])
    new_participants = None
    if participants is not None:
        participants = list(participants)
        _visible_residents(by, participants)
        current = set(activity.participants.values_list("pk", flat=True))
        hidden = set()
        if by is not None:
            hidden = current - set(Resident.objects.visible_to(by).filter(pk__in=current).values_list("pk", flat=True))
        wanted = hidden | {r.pk for r in participants}
        if wanted != current:
            new_participants = wanted
    origin_changed = grew_out_of is not ... and origin_of(activity) != grew_out_of
    if not changed and new_participants is None and not origin_changed:
        return activity
    registered = (
        new_participants if new_participants is not None else activity.participants.values_list("pk", flat=True)
    )
    _validate_activity(activity, list(registered))
    with transaction.atomic():
        if changed:
            activity.save(update_fields=changed)
        if new_participants is not None:
            activity.participants.set(list(new_participants))
            changed.append("participants")
        if origin_changed:
            set_origin(target=activity, source=grew_out_of, by=by)
            changed.append("grew_out_of")
        record_event(by=by, action="change", event="activity.changed", obj=activity, fields=sorted(changed))
    return activity
