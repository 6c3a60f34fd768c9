"""Reads on development places: lists with filters, and what a place or opening page shows."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from bloei.matching.choices import OPEN_STATUSES

from .models import Opening, Place


def taken_places(opening: Opening) -> int:
    """Matches that take up a place of the opening: proposed, introduced or active."""
    return opening.matches.filter(status__in=OPEN_STATUSES).count()


def capacity_left(opening: Opening) -> int:
    """How many more residents the opening can take (never below zero)."""
    return max(opening.capacity - taken_places(opening), 0)


def with_capacity(openings: QuerySet) -> QuerySet:
    """Annotate `taken` (matches taking up a place) and `capacity_left` (never below zero)."""
    from bloei.matching.models import Match

    taken = (
        Match.objects.filter(opening=OuterRef("pk"), status__in=OPEN_STATUSES)
        .order_by()
        .values("opening")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return openings.annotate(taken=Coalesce(Subquery(taken, output_field=IntegerField()), Value(0))).annotate(
        capacity_left=Greatest(F("capacity") - F("taken"), Value(0))
    )


def place_list(
    user, *, text: str = "", buurt=None, kind: str = "", only_active: bool = False, on: date | None = None
) -> QuerySet:
    """Places the user may see, filtered, with the number of open openings annotated as `open_openings`."""
    on = on or timezone.localdate()
    places = Place.objects.visible_to(user)
    if text:
        places = places.search(text)
    if buurt is not None:
        places = places.filter(buurt=buurt)
    if kind:
        places = places.filter(kind=kind)
    if only_active:
        places = places.active(on)
    open_openings = (
        Opening.objects.filter(place=OuterRef("pk"))
        .open(on)
        .order_by()
        .values("place")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        places.select_related("buurt")
        .annotate(open_openings=Coalesce(Subquery(open_openings, output_field=IntegerField()), Value(0)))
        .order_by("name", "pk")
    )


def openings_of_place(place: Place) -> list[Opening]:
    """All openings of the place, open ones first, with capacity and talents."""
    openings = with_capacity(place.openings.all()).prefetch_related("talents").order_by("title", "pk")
    return sorted(openings, key=lambda o: not o.is_open)


def visible_matches_with_place(user, place: Place) -> QuerySet:
    """Matches of the place (as place, or through one of its openings) that the user may see."""
    from bloei.matching.models import Match

    return (
        Match.objects.visible_to(user)
        .filter(Q(place_a=place) | Q(place_b=place) | Q(opening__place=place))
        .select_related("opening", "place_a", "place_b")
        .order_by("-proposed_on", "-pk")
    )


def visible_matches_on_opening(user, opening: Opening) -> QuerySet:
    from bloei.matching.models import Match

    return Match.objects.visible_to(user).filter(opening=opening).order_by("-proposed_on", "-pk")


def visible_activities_at(user, place: Place) -> QuerySet:
    from bloei.community.models import Activity

    return Activity.objects.visible_to(user).filter(place=place).select_related("network").order_by("-starts_on", "pk")


@dataclass(frozen=True)
class MatchRow:
    """A match as a place or opening page lists it: party names only for residents the user may see."""

    match: object
    parties: list[str]
    hidden_residents: int


def match_rows(user, matches) -> list[MatchRow]:
    """Name the parties of `matches`; residents outside the user's scope are counted, not named."""
    from bloei.people.models import Resident

    matches = list(matches.select_related("resident_a", "resident_b", "opening__place", "place_a", "place_b"))
    resident_ids = {m.resident_a_id for m in matches} | {m.resident_b_id for m in matches}
    resident_ids.discard(None)
    visible = (
        set(Resident.objects.visible_to(user).filter(pk__in=resident_ids).values_list("pk", flat=True))
        if resident_ids
        else set()
    )
    rows = []
    for match in matches:
        names, hidden = [], 0
        for resident in (match.resident_a, match.resident_b):
            if resident is None:
                continue
            if resident.pk in visible:
                names.append(resident.full_name)
            else:
                hidden += 1
        if match.opening_id:
            names.append(str(match.opening))
        elif match.place_a_id:
            names.append(match.place_a.name)
        if match.place_b_id:
            names.append(match.place_b.name)
        rows.append(MatchRow(match=match, parties=names, hidden_residents=hidden))
    return rows


# Details of a place are due for a check with the place when last verified longer ago than this.
VERIFY_AFTER_DAYS = 365


def verification_due(place: Place, on: date | None = None) -> bool:
    on = on or timezone.localdate()
    return place.last_verified_on is None or (on - place.last_verified_on).days > VERIFY_AFTER_DAYS
