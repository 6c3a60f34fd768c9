"""Reads on networks and activities: members on a date, unique participants, lists and ripple links."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, IntegerField, Model, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from bloei.core.services import ripple_sources, ripple_targets
from bloei.people.models import Resident

from .models import Activity, Network, NetworkMembership

# --- membership history -------------------------------------------------------------------------------


def memberships_on(on: date) -> Q:
    """Memberships that ran on `on`: joined by then and not yet left."""
    return Q(joined_on__lte=on) & (Q(left_on__isnull=True) | Q(left_on__gt=on))


def memberships_between(start: date, end: date) -> Q:
    """Memberships that ran on at least one day of [start, end]."""
    return Q(joined_on__lte=end) & (Q(left_on__isnull=True) | Q(left_on__gt=start))


def members_on(network: Network, on: date | None = None) -> QuerySet:
    """The memberships of `network` that ran on `on` (default today)."""
    return network.memberships.filter(memberships_on(on or timezone.localdate()))


def unique_participants(networks: QuerySet, start: date, end: date) -> int:
    """Distinct residents who were a member of one of `networks` on at least one day of [start, end].

    A resident in two networks, or who left and rejoined, counts once.
    """
    return (
        NetworkMembership.objects.filter(network__in=networks.values("pk"))
        .filter(memberships_between(start, end))
        .values("resident")
        .distinct()
        .count()
    )


# --- lists --------------------------------------------------------------------------------------------


def _member_count(on: date) -> Subquery:
    members = (
        NetworkMembership.objects.filter(network=OuterRef("pk"))
        .filter(memberships_on(on))
        .order_by()
        .values("network")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(members, output_field=IntegerField()), Value(0))


def network_list(
    user, *, text: str = "", buurt=None, phase: str = "", status: str = "active", on: date | None = None
) -> QuerySet:
    """Networks the user may see, filtered; `members_now` counts the members on `on` (default today).

    status: "active" (running on `on`), "ended", or "" for all.
    """
    on = on or timezone.localdate()
    networks = Network.objects.visible_to(user)
    for word in text.split():
        networks = networks.filter(Q(name__icontains=word) | Q(description__icontains=word))
    if buurt is not None:
        networks = networks.filter(buurt=buurt)
    if phase:
        networks = networks.filter(phase=phase)
    if status == "active":
        networks = networks.active_on(on)
    elif status == "ended":
        networks = networks.filter(ended_on__isnull=False, ended_on__lte=on)
    return (
        networks.select_related("team", "buurt")
        .defer("buurt__geometry")
        .annotate(members_now=_member_count(on))
        .order_by("name", "pk")
    )


def activity_list(
    user,
    *,
    text: str = "",
    buurt=None,
    network=None,
    start: date | None = None,
    end: date | None = None,
) -> QuerySet:
    """Activities the user may see, newest first, with `registered` (registered participants) annotated."""
    activities = Activity.objects.visible_to(user)
    for word in text.split():
        activities = activities.filter(Q(title__icontains=word) | Q(description__icontains=word))
    if buurt is not None:
        activities = activities.filter(buurt=buurt)
    if network is not None:
        activities = activities.filter(network=network)
    if start is not None:
        activities = activities.filter(Q(starts_on__gte=start) | Q(ends_on__gte=start))
    if end is not None:
        activities = activities.filter(starts_on__lte=end)
    registered = (
        Activity.participants.through.objects.filter(activity=OuterRef("pk"))
        .order_by()
        .values("activity")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        activities.select_related("place", "network", "buurt")
        .defer("buurt__geometry")
        .annotate(registered=Coalesce(Subquery(registered, output_field=IntegerField()), Value(0)))
        .order_by("-starts_on", "title", "pk")
    )


# --- detail pages -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    membership: NetworkMembership
    resident: Resident | None  # None: outside the user's scope, counted but not named

    @property
    def is_current(self) -> bool:
        left = self.membership.left_on
        return left is None or left > timezone.localdate()


@dataclass(frozen=True)
class Members:
    rows: list[MemberRow]  # named members, current first
    hidden_current: int  # current members the user may not see
    hidden_former: int
    current: int
    unique: int  # distinct residents who were ever a member


def network_members(user, network: Network) -> Members:
    """The network's membership history as the user may see it: visible residents named, others counted."""
    memberships = list(network.memberships.select_related("resident").order_by("joined_on", "pk"))
    ids = {m.resident_id for m in memberships}
    visible = set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    today = timezone.localdate()
    rows, hidden_current, hidden_former, current = [], 0, 0, 0
    for membership in memberships:
        is_current = membership.left_on is None or membership.left_on > today
        current += is_current
        if membership.resident_id in visible:
            rows.append(MemberRow(membership=membership, resident=membership.resident))
        elif is_current:
            hidden_current += 1
        else:
            hidden_former += 1
    rows.sort(key=lambda r: (not r.is_current, r.resident.last_name, r.resident.first_name, r.membership.joined_on))
    return Members(
        rows=rows, hidden_current=hidden_current, hidden_former=hidden_former, current=current, unique=len(ids)
    )


@dataclass(frozen=True)
class ParticipantList:
    named: list[Resident]
    hidden: int


def activity_participants(user, activity: Activity) -> ParticipantList:
    participants = list(activity.participants.order_by("last_name", "first_name", "pk"))
    ids = [p.pk for p in participants]
    visible = set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    return ParticipantList(
        named=[p for p in participants if p.pk in visible], hidden=sum(1 for p in participants if p.pk not in visible)
    )


def visible_resident_or_none(user, resident: Resident | None) -> Resident | None:
    if resident is None or not Resident.objects.visible_to(user).filter(pk=resident.pk).exists():
        return None
    return resident


# --- ripple -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RippleRow:
    kind: str  # verbose name of the record type
    label: str  # empty when the user may not see the record
    url: str  # empty when there is no page or the user may not see it


# Detail page per model: url name and the attribute it takes.
DETAIL_URLS = {
    "matching.match": "matching:match_detail",
    "community.network": "community:network_detail",
    "community.activity": "community:activity_detail",
    "places.place": "places:place_detail",
    "places.opening": "places:opening_detail",
    "people.resident": "people:resident_detail",
}


def _label(obj: Model) -> str:
    if obj._meta.label_lower == "matching.match":
        return f"{obj.get_kind_display()} #{obj.pk}"
    if obj._meta.label_lower == "people.resident":
        return obj.full_name
    return str(obj)


def _rows(user, links, side: str) -> list[RippleRow]:
    """Resolve the records on `side` ("source" or "target") of `links`, one query per record type."""
    by_type = defaultdict(list)
    for link in links:
        by_type[getattr(link, f"{side}_type")].append(getattr(link, f"{side}_id"))
    rows = []
    for content_type, ids in by_type.items():
        model = content_type.model_class()
        if model is None:
            continue
        manager = model._default_manager
        records = {obj.pk: obj for obj in manager.filter(pk__in=ids)}
        if hasattr(manager.all(), "visible_to"):
            visible = set(manager.all().visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))
        else:
            visible = set()
        for pk in ids:
            obj = records.get(pk)
            if obj is None:
                continue
            if pk not in visible:
                rows.append(RippleRow(kind=str(model._meta.verbose_name), label="", url=""))
                continue
            url = ""
            name = DETAIL_URLS.get(model._meta.label_lower)
            if name and getattr(obj, "uuid", None):
                try:
                    url = reverse(name, kwargs={"uuid": obj.uuid})
                except NoReverseMatch:
                    url = ""
            rows.append(RippleRow(kind=str(model._meta.verbose_name), label=_label(obj), url=url))
    return rows


def ripple_for(user, obj: Model) -> dict[str, list[RippleRow]]:
    """What `obj` grew out of and what it led to, named only where the user may see the record."""
    return {
        "grew_out_of": _rows(user, ripple_sources(obj), "source"),
        "led_to": _rows(user, ripple_targets(obj), "target"),
    }
