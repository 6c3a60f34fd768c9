"""Reads on outreach: reach figures per round and per kind, wishes heard, ambassadors and their reach.

Figures count every record of the rounds the user may see, also sign-ups of residents the user may not
see (counted, never named). Definitions:

* reach % = homes reached / homes approached, over the rounds where both were counted;
* sign-ups per 100 homes reached = sign-ups of the rounds where homes reached were counted, per 100
  of those homes (rounds without homes, such as a walk-in hour, do not dilute it);
* an ambassador's reach = residents whose "came in via" is the ambassador, by the year they were
  registered; "got a match" = party to a match that started (became active), "joined a network" =
  ever a member of a resident network.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bloei.community.models import NetworkMembership
from bloei.matching.models import Match
from bloei.people.models import Resident

from .choices import RoundKind
from .models import OutreachRound, RoundSignUp, RoundWish

# --- the reach line -----------------------------------------------------------------------------------


def reach_line(
    *,
    floors: int | None = None,
    approached: int | None = None,
    reached: int | None = None,
    conversations: int = 0,
    signups: int = 0,
) -> str:
    """ "5 floors, 25 of 58 homes reached, 12 conversations, 7 sign-ups": only what was counted."""
    parts = []
    if floors:
        parts.append(ngettext("%(n)d floor", "%(n)d floors", floors) % {"n": floors})
    if reached is not None and approached is not None:
        parts.append(
            ngettext(
                "%(reached)d of %(approached)d home reached",
                "%(reached)d of %(approached)d homes reached",
                approached,
            )
            % {"reached": reached, "approached": approached}
        )
    elif approached is not None:
        parts.append(ngettext("%(n)d home approached", "%(n)d homes approached", approached) % {"n": approached})
    if conversations:
        parts.append(ngettext("%(n)d conversation", "%(n)d conversations", conversations) % {"n": conversations})
    parts.append(ngettext("%(n)d sign-up", "%(n)d sign-ups", signups) % {"n": signups})
    return ", ".join(parts)


def round_reach_line(outreach_round: OutreachRound, signups: int | None = None) -> str:
    """The reach line of one round; `signups` when already counted (e.g. annotated)."""
    if signups is None:
        signups = getattr(outreach_round, "signup_count", None)
    if signups is None:
        signups = outreach_round.signups.count()
    return reach_line(
        floors=outreach_round.floors,
        approached=outreach_round.homes_approached,
        reached=outreach_round.homes_reached,
        conversations=outreach_round.conversations,
        signups=signups,
    )


# --- rounds -------------------------------------------------------------------------------------------


def _signup_count() -> Coalesce:
    counts = (
        RoundSignUp.objects.filter(outreach_round=OuterRef("pk"))
        .order_by()
        .values("outreach_round")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def scoped_rounds(user, *, year: int | None = None, team=None, kind: str = "", buurt=None) -> QuerySet:
    """Rounds the user may see, filtered."""
    rounds = OutreachRound.objects.visible_to(user).in_year(year)
    if team is not None:
        rounds = rounds.filter(team=team)
    if kind:
        rounds = rounds.filter(kind=kind)
    if buurt is not None:
        rounds = rounds.filter(buurt=buurt)
    return rounds


def round_list(user, **filters) -> QuerySet:
    """Rounds the user may see, newest first, with `signup_count` annotated."""
    return (
        scoped_rounds(user, **filters)
        .select_related("team", "buurt")
        .defer("buurt__geometry")
        .annotate(signup_count=_signup_count())
        .order_by("-held_on", "-pk")
    )


def round_years(user) -> list[int]:
    """Years with rounds the user may see, and the current year, newest first."""
    years = {d.year for d in OutreachRound.objects.visible_to(user).dates("held_on", "year")}
    years.add(timezone.localdate().year)
    return sorted(years, reverse=True)


# --- figures per kind ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindFigures:
    kind: str  # a RoundKind value, or "" for the total
    label: str
    rounds: int
    floors: int
    approached: int
    reached: int
    approached_measured: int  # homes approached in rounds where homes reached were counted
    conversations: int
    signups: int
    signups_measured: int  # sign-ups of rounds where homes reached were counted

    @property
    def reach_pct(self) -> float | None:
        return 100 * self.reached / self.approached_measured if self.approached_measured else None

    @property
    def signups_per_100(self) -> float | None:
        return 100 * self.signups_measured / self.reached if self.reached else None

    @property
    def reach_line(self) -> str:
        approached, reached = None, None
        if self.approached_measured:
            approached, reached = self.approached_measured, self.reached
        elif self.approached:
            approached = self.approached
        return reach_line(
            floors=self.floors,
            approached=approached,
            reached=reached,
            conversations=self.conversations,
            signups=self.signups,
        )


@dataclass(frozen=True)
class KindOverview:
    rows: list[KindFigures]  # kinds with at least one round, in the order of RoundKind
    total: KindFigures


FIGURE_FIELDS = ("rounds", "floors", "approached", "reached", "approached_measured", "conversations")


def kind_overview(user, *, year: int | None = None, team=None) -> KindOverview:
    """Reach figures per kind of outreach over the rounds the user may see (two queries)."""
    rounds = scoped_rounds(user, year=year, team=team)
    per_kind = {
        row["kind"]: row
        for row in rounds.order_by()
        .values("kind")
        .annotate(
            rounds=Count("pk"),
            floors=Coalesce(Sum("floors"), 0),
            approached=Coalesce(Sum("homes_approached"), 0),
            reached=Coalesce(Sum("homes_reached"), 0),
            approached_measured=Coalesce(Sum("homes_approached", filter=Q(homes_reached__isnull=False)), 0),
            conversations=Coalesce(Sum("conversations"), 0),
        )
    }
    signups = {
        row["outreach_round__kind"]: row
        for row in RoundSignUp.objects.filter(outreach_round__in=rounds.values("pk"))
        .order_by()
        .values("outreach_round__kind")
        .annotate(n=Count("pk"), measured=Count("pk", filter=Q(outreach_round__homes_reached__isnull=False)))
    }
    rows = []
    for kind in RoundKind:
        if kind.value not in per_kind:
            continue
        figures = per_kind[kind.value]
        counted = signups.get(kind.value, {})
        rows.append(
            KindFigures(
                kind=kind.value,
                label=str(kind.label),
                **{name: figures[name] for name in FIGURE_FIELDS},
                signups=counted.get("n", 0),
                signups_measured=counted.get("measured", 0),
            )
        )
    total = KindFigures(
        kind="",
        label=_("All kinds"),
        **{name: sum(getattr(row, name) for row in rows) for name in FIGURE_FIELDS},
        signups=sum(row.signups for row in rows),
        signups_measured=sum(row.signups_measured for row in rows),
    )
    return KindOverview(rows=rows, total=total)


@dataclass(frozen=True)
class WishCount:
    name: str
    times: int  # times heard, over all rounds
    rounds: int  # rounds where it was heard


def top_wishes(user, *, year: int | None = None, team=None, limit: int = 10) -> list[WishCount]:
    """The wishes heard most often in the rounds the user may see."""
    rounds = scoped_rounds(user, year=year, team=team)
    rows = (
        RoundWish.objects.filter(outreach_round__in=rounds.values("pk"))
        .order_by()
        .values("wish_id", "wish__name")
        .annotate(times=Sum("mentions"), rounds=Count("outreach_round", distinct=True))
        .order_by("-times", "wish__name")[:limit]
    )
    return [WishCount(name=row["wish__name"], times=row["times"], rounds=row["rounds"]) for row in rows]


# --- a round's page -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignUpList:
    named: list[RoundSignUp]  # sign-ups of residents the user may see, with the resident loaded
    hidden: int  # sign-ups of residents outside what the user may see

    @property
    def total(self) -> int:
        return len(self.named) + self.hidden


def round_signups(user, outreach_round: OutreachRound) -> SignUpList:
    signups = list(outreach_round.signups.select_related("resident").order_by("signed_up_on", "pk"))
    ids = {s.resident_id for s in signups}
    visible = set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    return SignUpList(
        named=[s for s in signups if s.resident_id in visible],
        hidden=sum(1 for s in signups if s.resident_id not in visible),
    )


def signup_candidates(user, outreach_round: OutreachRound, text: str, limit: int = 20) -> list[Resident]:
    """Residents the user may see matching `text`, not yet linked to the round."""
    if not text.strip():
        return []
    return list(
        Resident.objects.visible_to(user)
        .search(text)
        .exclude(pk__in=outreach_round.signups.values("resident_id"))
        .select_related("buurt")
        .only("pk", "uuid", "first_name", "last_name", "postcode", "registered_on", "buurt__name")
        .order_by("last_name", "first_name", "pk")[:limit]
    )


# --- ambassadors and key figures ----------------------------------------------------------------------


def got_a_match() -> Q:
    """Residents party to a match that started (became active), whatever happened after."""
    started = Match.objects.filter(started_on__isnull=False)
    return Q(pk__in=started.filter(resident_a__isnull=False).values("resident_a")) | Q(
        pk__in=started.filter(resident_b__isnull=False).values("resident_b")
    )


def joined_a_network() -> Q:
    return Q(pk__in=NetworkMembership.objects.values("resident"))


def _count(residents: QuerySet) -> Coalesce:
    counts = residents.order_by().values("referred_by").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def ambassadors(user) -> QuerySet:
    """Ambassadors and key figures the user may see."""
    return Resident.objects.visible_to(user).filter(Q(is_ambassador=True) | Q(is_key_figure=True))


def referral_years(user) -> list[int]:
    """Years in which residents came in via an ambassador or key figure the user may see, and the
    current year, newest first."""
    referred = Resident.objects.filter(referred_by__in=ambassadors(user).values("pk"))
    years = {d.year for d in referred.dates("registered_on", "year")}
    years.add(timezone.localdate().year)
    return sorted(years, reverse=True)


def ambassador_list(user, *, year: int | None = None, team=None) -> QuerySet:
    """Ambassadors and key figures with their reach: residents who came in via them (in `year`, when
    given), how many of those got a match and joined a network, and how many came in via them in all."""
    referred = Resident.objects.filter(referred_by=OuterRef("pk"))
    in_year = referred.filter(registered_on__year=year) if year else referred
    people = ambassadors(user)
    if team is not None:
        people = people.filter(team=team)
    return (
        people.select_related("buurt", "team")
        .defer("buurt__geometry")
        .annotate(
            came_in=_count(in_year),
            matched=_count(in_year.filter(got_a_match())),
            in_network=_count(in_year.filter(joined_a_network())),
            came_in_total=_count(referred),
        )
        .order_by("first_name", "last_name", "pk")
    )


@dataclass(frozen=True)
class YearReach:
    year: int
    came_in: int
    matched: int
    in_network: int


def reach_by_year(ambassador: Resident) -> list[YearReach]:
    """Per registration year: residents who came in via `ambassador`, and of those who got a match or
    joined a network. Newest year first; one query."""
    rows = (
        Resident.objects.filter(referred_by=ambassador)
        .annotate(year=ExtractYear("registered_on"))
        .order_by()
        .values("year")
        .annotate(
            came_in=Count("pk"),
            matched=Count("pk", filter=got_a_match()),
            in_network=Count("pk", filter=joined_a_network()),
        )
        .order_by("-year")
    )
    return [YearReach(**row) for row in rows]


@dataclass(frozen=True)
class ReferredList:
    named: list[Resident]
    hidden: int


def referred_residents(user, ambassador: Resident) -> ReferredList:
    referred = list(
        Resident.objects.filter(referred_by=ambassador).only("pk", "uuid", "first_name", "last_name", "registered_on")
    )
    ids = [r.pk for r in referred]
    visible = set(Resident.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    named = sorted((r for r in referred if r.pk in visible), key=lambda r: (r.registered_on, r.last_name, r.pk))
    return ReferredList(named=named, hidden=len(referred) - len(named))


# --- the flyer ----------------------------------------------------------------------------------------

# Contact details of a team, shown on a flyer when the Team model holds them (accounts.Team has none yet:
# then the flyer names the team and the ambassador as the local contact).
TEAM_CONTACT_FIELDS = ("phone", "email", "visiting_address", "website")


def team_contact(team) -> list[tuple[str, str]]:
    labels = {"phone": _("Phone"), "email": _("E-mail"), "visiting_address": _("Address"), "website": _("Website")}
    return [(labels[field], value) for field in TEAM_CONTACT_FIELDS if (value := getattr(team, field, ""))]


def flyer_context(ambassador: Resident, *, on: date | None = None) -> dict:
    """What a flyer shows: the buurt, its wijk, the team and its contact, the ambassador's first name.

    Nothing else of the ambassador (no last name, address, phone or e-mail) goes on paper.
    Labels are translated when this is called: call it inside translation.override.
    """
    buurt = ambassador.buurt
    return {
        "buurt_name": buurt.name,
        "wijk_name": buurt.neighbourhood.name,
        "team_name": ambassador.team.name,
        "team_contact": team_contact(ambassador.team),
        "contact_first_name": ambassador.first_name,
        "is_ambassador": ambassador.is_ambassador,
        "printed_on": on or timezone.localdate(),
    }
