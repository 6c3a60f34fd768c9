"""Reads across apps: the search box over residents, places and openings, and the key figures."""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet, Window
from django.utils.translation import gettext_lazy as _

from . import access

# --- search -------------------------------------------------------------------------------------------

SEARCH_TYPES = {
    "residents": _("Residents"),
    "places": _("Development places"),
    "openings": _("Openings"),
}
# With "all" types, each section shows this many results and links to the rest.
SEARCH_PREVIEW = 5


@dataclass
class SearchSection:
    type: str
    label: str
    total: int
    items: list
    page_obj: Page | None = None  # only when this one type is asked for


def search_types_for(user) -> list[str]:
    """The sections the user may search: residents need residents.view, places and openings places.view."""
    types = []
    if access.can(user, "residents.view"):
        types.append("residents")
    if access.can(user, "places.view"):
        types += ["places", "openings"]
    return types


def _search_querysets(user, text: str, buurt) -> dict[str, QuerySet]:
    from bloei.people.models import Resident
    from bloei.places.models import Opening, Place
    from bloei.places.selectors import with_capacity

    residents = Resident.objects.visible_to(user)
    places = Place.objects.visible_to(user)
    openings = Opening.objects.visible_to(user).open()
    if text:
        residents, places, openings = residents.search(text), places.search(text), openings.search(text)
    if buurt is not None:
        residents, places, openings = (
            residents.in_buurt(buurt),
            places.filter(buurt=buurt),
            openings.filter(place__buurt=buurt),
        )
    return {
        "residents": residents.select_related("buurt")
        .defer("buurt__geometry")
        .order_by("last_name", "first_name", "pk"),
        "places": places.select_related("buurt").defer("buurt__geometry").order_by("name", "pk"),
        "openings": with_capacity(openings.select_related("place")).order_by("title", "pk"),
    }


def search(user, *, text: str = "", buurt=None, type: str = "all", page: str | int | None = 1) -> list[SearchSection]:
    """Search the sections the user may see. Without words and buurt there is nothing to search.

    type "all": every allowed section with its total and the first results; one type: that type, paginated.
    One query per section in "all" (two when paginated), whatever the number of results.
    """
    allowed = search_types_for(user)
    text = text.strip()
    if not text and buurt is None:
        return []
    types = allowed if type == "all" else [t for t in allowed if t == type]
    querysets = _search_querysets(user, text, buurt)
    sections = []
    for kind in types:
        queryset = querysets[kind]
        if type == "all":
            # The total rides along with the first results: one query per section.
            items = list(queryset.annotate(search_total=Window(Count("pk")))[:SEARCH_PREVIEW])
            total = items[0].search_total if items else 0
            sections.append(SearchSection(type=kind, label=str(SEARCH_TYPES[kind]), total=total, items=items))
        else:
            page_obj = Paginator(queryset, settings.BLOEI_PAGE_SIZE).get_page(page)
            sections.append(
                SearchSection(
                    type=kind,
                    label=str(SEARCH_TYPES[kind]),
                    total=page_obj.paginator.count,
                    items=list(page_obj.object_list),
                    page_obj=page_obj,
                )
            )
    return sections


# --- key figures --------------------------------------------------------------------------------------


@dataclass
class KindCounts:
    """A figure per match kind, in the order of MatchKind, with the total."""

    rows: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, label, count)

    @property
    def total(self) -> int:
        return sum(count for _kind, _label, count in self.rows)

    def get(self, kind: str) -> int:
        return next((count for k, _label, count in self.rows if k == kind), 0)


@dataclass
class KeyFigures:
    on: date
    year: int
    matches_started: KindCounts  # started from 1 January of `year` up to `on`
    matches_started_last_year: KindCounts  # the whole previous year
    active_matches: KindCounts  # active at the end of `on`
    durable_matches: KindCounts  # durable as of `on`
    waiting_requests: int
    waiting_offers: int
    active_places: int
    places_added: int  # this year up to `on`
    active_networks: int
    new_networks: int  # started this year up to `on`
    network_participants: int  # unique residents in a network on some day this year up to `on`
    activities: int  # taking place on some day this year up to `on`
    facilitated_activities: int
    talent_scans: int  # conducted this year up to `on`

    @property
    def waiting_list(self) -> int:
        return self.waiting_requests + self.waiting_offers

    @property
    def match_table(self) -> list[tuple[str, str, int, int, int, int]]:
        """Per kind: (kind, label, started this year, started last year, active, durable)."""
        return [
            (
                kind,
                label,
                started,
                self.matches_started_last_year.get(kind),
                self.active_matches.get(kind),
                self.durable_matches.get(kind),
            )
            for kind, label, started in self.matches_started.rows
        ]


def _kind_counts(counts: dict[str, int]) -> KindCounts:
    from bloei.matching.choices import MatchKind

    return KindCounts(rows=[(kind, str(label), counts.get(kind, 0)) for kind, label in MatchKind.choices])


def key_figures(on: date) -> KeyFigures:
    """The organisation's key figures as of the end of `on`, without personal data. Eight queries.

    "This year" runs from 1 January of `on`'s year up to and including `on`; every count is computed
    from the dates on the records, so the figures of a past date do not change when work goes on.
    """
    from bloei.community.choices import Recurrence
    from bloei.community.models import Activity, Network, NetworkMembership
    from bloei.community.selectors import memberships_between
    from bloei.matching.choices import MatchKind, SignUpKind
    from bloei.matching.models import Match, SignUp
    from bloei.people.models import TalentScan
    from bloei.places.models import Place

    year_start = date(on.year, 1, 1)
    last_start, last_end = date(on.year - 1, 1, 1), date(on.year - 1, 12, 31)
    active = (Q(ended_on__isnull=True) | Q(ended_on__gt=on)) & Q(started_on__lte=on)

    aggregates = {}
    for kind in MatchKind.values:
        aggregates[f"this_{kind}"] = Count("pk", filter=Q(kind=kind, started_on__gte=year_start, started_on__lte=on))
        aggregates[f"last_{kind}"] = Count(
            "pk", filter=Q(kind=kind, started_on__gte=last_start, started_on__lte=last_end)
        )
        aggregates[f"active_{kind}"] = Count("pk", filter=Q(kind=kind) & active)
    matches = Match.objects.aggregate(**aggregates)
    durable = dict(
        Match.objects.durable_as_of(on).order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
    )
    waiting = dict(
        SignUp.objects.waiting_on(on).order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
    )

    places = Place.objects.aggregate(
        active=Count("pk", filter=Q(added_on__lte=on) & (Q(removed_on__isnull=True) | Q(removed_on__gt=on))),
        added=Count("pk", filter=Q(added_on__gte=year_start, added_on__lte=on)),
    )
    networks = Network.objects.aggregate(
        active=Count("pk", filter=active),
        new=Count("pk", filter=Q(started_on__gte=year_start, started_on__lte=on)),
    )
    # Networks that ran this year; a member counts when their membership overlapped the year so far.
    participants = (
        NetworkMembership.objects.filter(memberships_between(year_start, on))
        .filter(network__started_on__lte=on)
        .filter(Q(network__ended_on__isnull=True) | Q(network__ended_on__gte=year_start))
        .values("resident")
        .distinct()
        .count()
    )
    # An activity counts in the year when it took place on some day of it: a recurring one without a
    # last date is still running.
    ongoing = Q(ends_on__isnull=True) & ~Q(recurrence=Recurrence.ONCE)
    in_year = Q(starts_on__lte=on) & (Q(starts_on__gte=year_start) | Q(ends_on__gte=year_start) | ongoing)
    activities = Activity.objects.aggregate(
        total=Count("pk", filter=in_year), facilitated=Count("pk", filter=in_year & Q(is_facilitated=True))
    )
    talent_scans = TalentScan.objects.filter(conducted_on__gte=year_start, conducted_on__lte=on).count()

    return KeyFigures(
        on=on,
        year=on.year,
        matches_started=_kind_counts({k: matches[f"this_{k}"] for k in MatchKind.values}),
        matches_started_last_year=_kind_counts({k: matches[f"last_{k}"] for k in MatchKind.values}),
        active_matches=_kind_counts({k: matches[f"active_{k}"] for k in MatchKind.values}),
        durable_matches=_kind_counts(durable),
        waiting_requests=waiting.get(SignUpKind.REQUEST, 0),
        waiting_offers=waiting.get(SignUpKind.OFFER, 0),
        active_places=places["active"],
        places_added=places["added"],
        active_networks=networks["active"],
        new_networks=networks["new"],
        network_participants=participants,
        activities=activities["total"],
        facilitated_activities=activities["facilitated"],
        talent_scans=talent_scans,
    )
