"""Reads for requests, offers and matches: the "Today" page, lists, and the counterpart search of the match flow."""

from collections.abc import Iterable
from datetime import date, timedelta

from django.db.models import Count, DateField, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from bloei.accounts.choices import Role
from bloei.core import access
from bloei.people.models import Resident, Talent, TalentScan
from bloei.people.selectors import recent_residents_for
from bloei.places.models import Opening, Place
from bloei.places.selectors import with_capacity

from .choices import OPEN_STATUSES, SignUpStatus
from .models import FollowUp, Match, SignUp

# How far ahead "due" follow-ups look, and how far back "new" sign-ups go, on the Today page.
DUE_WITHIN_DAYS = 7
NEW_SIGNUP_DAYS = 14
LONGEST_WAITING = 10
RECENT_RESIDENTS = 8
# Lists on the Today page are capped; one more row is fetched to know whether there are more.
TODAY_LIST_LIMIT = 25

PARTIES = ("team", "resident_a", "resident_b", "opening__place", "place_a", "place_b")


def _capped(queryset: QuerySet, limit: int = TODAY_LIST_LIMIT) -> dict:
    rows = list(queryset[: limit + 1])
    return {"items": rows[:limit], "more": len(rows) > limit}


def _with_match_parties(follow_ups: QuerySet) -> QuerySet:
    return follow_ups.select_related(*(f"match__{p}" for p in PARTIES))


def follow_ups_for(user) -> QuerySet:
    """Pending follow-ups of the matches the user works on: as a connector of the match, or as team lead of its team.

    Both conditions lie inside access.match_scope (connectors=user; the team-work teams), so no
    separate visibility subquery is needed - which keeps this cheap at scale.
    """
    works_on = Q(match_id__in=Match.connectors.through.objects.filter(user=user).values("match_id"))
    lead_teams = access.team_ids(user, Role.TEAM_LEAD)
    if lead_teams:
        works_on |= Q(match__team_id__in=lead_teams)
    return FollowUp.objects.pending().filter(works_on)


def open_signups(user, on: date) -> QuerySet:
    """Sign-ups the user may see that were waiting on `on`; `in_progress`: a match for them is under way."""
    under_way = Match.objects.filter(status__in=OPEN_STATUSES).filter(
        Q(request=OuterRef("pk")) | Q(offer=OuterRef("pk"))
    )
    return SignUp.objects.visible_to(user).waiting_on(on).annotate(in_progress=Exists(under_way))


def signup_list(user, *, kind: str = "", status: str = "", on: date | None = None) -> QuerySet:
    """Sign-ups the user may see, longest waiting first (open ones wait until today, closed ones until closed)."""
    on = on or timezone.localdate()
    signups = SignUp.objects.visible_to(user)
    if kind:
        signups = signups.filter(kind=kind)
    if status:
        signups = signups.filter(status=status)
    waited = Coalesce(F("closed_on"), Value(on, output_field=DateField())) - F("opened_on")
    return (
        signups.annotate(waited=waited)
        .select_related("resident", "resident__buurt", "team")
        .prefetch_related("talents")
        .order_by(F("waited").desc(), "opened_on", "pk")
    )


def match_list(user, *, status: str = "", kind: str = "", mine: bool = False) -> QuerySet:
    matches = Match.objects.visible_to(user)
    if status:
        matches = matches.filter(status=status)
    if kind:
        matches = matches.filter(kind=kind)
    if mine:
        matches = matches.filter(connectors=user)
    return matches.select_related(*PARTIES).order_by("-proposed_on", "-pk")


def match_detail(user, uuid) -> Match:
    """One match the user may see (404 otherwise), with everything its page shows."""
    matches = (
        Match.objects.visible_to(user)
        .select_related(*PARTIES, "request", "offer", "created_by")
        .prefetch_related("connectors")
    )
    match = access.visible_or_404(matches, uuid=uuid)
    match.history = list(match.status_changes.select_related("by"))
    match.follow_up_list = list(match.follow_ups.select_related("done_by"))
    return match


def waiting_list_on(on: date, teams: Iterable | None = None) -> int:
    """The WIJ match waiting list as it stood at the end of `on`: sign-ups opened by then and not yet closed.

    `teams` limits the count to those teams (Team objects or ids); None counts every team.
    """
    signups = SignUp.objects.waiting_on(on)
    if teams is not None:
        signups = signups.filter(team__in=[getattr(t, "pk", t) for t in teams])
    return signups.count()


def today_for(user, on: date | None = None) -> dict:
    """What a connector, generalist or team lead sees first.

    Follow-ups overdue and due within a week, new sign-ups, the sign-ups that waited longest, recent residents.

    A fixed number of queries, whatever the amount of data.
    """
    on = on or timezone.localdate()
    follow_ups = _with_match_parties(follow_ups_for(user)).order_by("due_on", "pk")
    signups = open_signups(user, on).select_related("resident", "resident__buurt")

    longest = list(signups.order_by("opened_on", "pk")[:LONGEST_WAITING])
    for signup in longest:
        signup.days_waiting = signup.waiting_days(on)
    new = (
        SignUp.objects.visible_to(user)
        .filter(opened_on__gt=on - timedelta(days=NEW_SIGNUP_DAYS), opened_on__lte=on)
        .select_related("resident", "resident__buurt")
        .order_by("-opened_on", "-pk")
    )
    teams = access.team_ids(user, Role.CONNECTOR, Role.TEAM_LEAD, Role.GENERALIST)
    return {
        "on": on,
        "overdue": _capped(follow_ups.filter(due_on__lt=on)),
        "due": _capped(follow_ups.filter(due_on__gte=on, due_on__lte=on + timedelta(days=DUE_WITHIN_DAYS))),
        "new_signups": _capped(new),
        "longest_waiting": longest,
        "waiting_list": waiting_list_on(on, teams) if teams else None,
        "recent_residents": recent_residents_for(user, RECENT_RESIDENTS),  # two queries
    }


# --- the match flow: finding the counterpart --------------------------------------------------------------------


SEARCH_LIMIT = 20


def _words(text: str) -> list[str]:
    return [w for w in (text or "").split() if w][:6]


def _opening_asks(word: str) -> Exists:
    """The opening (OuterRef pk) asks for a talent matching `word`."""
    return Exists(
        Opening.talents.through.objects.filter(opening=OuterRef("pk"), talent__in=Talent.objects.matching(word))
    )


def latest_talent_ids(resident: Resident) -> set[int]:
    """Talents and interests of the resident's latest talent scan."""
    scan = TalentScan.objects.filter(resident=resident).order_by("-version").first()
    if scan is None:
        return set()
    return set(scan.talents.values_list("pk", flat=True)) | set(scan.interests.values_list("pk", flat=True))


def search_residents(
    user, text: str, *, talent_ids: Iterable[int] = (), exclude: Iterable[int] = (), on: date | None = None
) -> list[Resident]:
    """Active residents the user may see, by name, talent (from a talent scan or a sign-up) or buurt.

    Without words, residents whose talents or open sign-ups share one of `talent_ids`.
    """
    residents = Resident.objects.visible_to(user).active(on).exclude(pk__in=list(exclude))
    scans = TalentScan.objects.filter(resident=OuterRef("pk"))
    signups = SignUp.objects.filter(resident=OuterRef("pk"), status=SignUpStatus.OPEN)
    words = _words(text)
    if words:
        for word in words:
            residents = residents.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(buurt__name__icontains=word)
                | Exists(scans.filter(Q(good_at__icontains=word) | Q(wants_to_do__icontains=word)))
                | Exists(
                    TalentScan.talents.through.objects.filter(
                        Q(talentscan__resident=OuterRef("pk")) & Q(talent__in=Talent.objects.matching(word))
                    )
                )
                | Exists(signups.filter(Q(title__icontains=word) | Q(description__icontains=word)))
            )
    elif talent_ids:
        talent_ids = list(talent_ids)
        residents = residents.filter(
            Exists(
                TalentScan.talents.through.objects.filter(talentscan__resident=OuterRef("pk"), talent_id__in=talent_ids)
            )
            | Exists(signups.filter(talents__in=talent_ids))
        )
    else:
        return []
    open_counts = (
        SignUp.objects.filter(resident=OuterRef("pk"), status=SignUpStatus.OPEN)
        .order_by()
        .values("resident")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return list(
        residents.annotate(open_signups=Coalesce(Subquery(open_counts, output_field=IntegerField()), Value(0)))
        .select_related("buurt")
        .order_by("last_name", "first_name", "pk")[:SEARCH_LIMIT]
    )


def search_openings(user, text: str, *, talent_ids: Iterable[int] = (), on: date | None = None) -> list[Opening]:
    """Open openings of active places, by title, place, talent asked or buurt; with `capacity_left` annotated."""
    on = on or timezone.localdate()
    openings = (
        Opening.objects.visible_to(user)
        .open(on)
        .filter(Q(place__removed_on__isnull=True) | Q(place__removed_on__gt=on))
    )
    words = _words(text)
    if words:
        for word in words:
            openings = openings.filter(
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(place__name__icontains=word)
                | Q(place__buurt__name__icontains=word)
                | _opening_asks(word)
            )
    elif talent_ids:
        openings = openings.filter(
            Exists(Opening.talents.through.objects.filter(opening=OuterRef("pk"), talent_id__in=list(talent_ids)))
        )
    else:
        return []
    return list(
        with_capacity(openings)
        .select_related("place", "place__buurt")
        .order_by("place__name", "title", "pk")[:SEARCH_LIMIT]
    )


def search_places(user, text: str, *, exclude: Iterable[int] = (), on: date | None = None) -> list[Place]:
    """Active places the user may see, by name, description, buurt or what their openings ask."""
    words = _words(text)
    if not words:
        return []
    places = Place.objects.visible_to(user).active(on).exclude(pk__in=list(exclude))
    for word in words:
        places = places.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(buurt__name__icontains=word)
            | Exists(
                Opening.objects.filter(place=OuterRef("pk")).filter(Q(title__icontains=word) | _opening_asks(word))
            )
        )
    return list(places.select_related("buurt").order_by("name", "pk")[:SEARCH_LIMIT])


def open_openings_of(place: Place, on: date | None = None) -> list[Opening]:
    return list(with_capacity(place.openings.open(on)).order_by("title", "pk"))


def open_signups_of(residents: Iterable[Resident], kind: str) -> QuerySet:
    return (
        SignUp.objects.filter(resident__in=list(residents), kind=kind, status=SignUpStatus.OPEN)
        .select_related("resident")
        .order_by("opened_on", "pk")
    )
