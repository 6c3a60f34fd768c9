"""Data quality: registrations that make figures wrong, for the analyst (pseudonymised, all teams) and
the team lead (own teams, with links to put them right). Each check is one query."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


@dataclass
class Check:
    code: str
    title: object
    explanation: object
    count: int
    items: list = field(default_factory=list)  # records (at most LIMIT) to put right


LIMIT = 50


def _residents_without_buurt(residents: QuerySet) -> QuerySet:
    return residents.filter(buurt__isnull=True, closed_on__isnull=True)


def _running_matches_without_follow_up(matches: QuerySet, on: date) -> QuerySet:
    from bloei.matching.models import FollowUp

    planned = FollowUp.objects.filter(match=OuterRef("pk"))
    overdue = planned.filter(done_on__isnull=True, due_on__lt=on)
    return matches.filter(status="active").filter(~Exists(planned) | Exists(overdue))


def _ended_without_reason(matches: QuerySet) -> QuerySet:
    return matches.filter(status="ended", end_reason="")


def likely_duplicates(residents: QuerySet) -> list[list]:
    """Groups of open resident files with the same first and last name and either the same date of birth
    or the same postcode, within one team."""
    groups = []
    for key, blank in (("birth_date", Q(birth_date__isnull=True)), ("postcode", Q(postcode=""))):
        rows = (
            residents.filter(closed_on__isnull=True)
            .exclude(blank)
            .annotate(first=Lower("first_name"), last=Lower("last_name"))
            .order_by()
            .values("team_id", "first", "last", key)
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
        )
        for row in rows[:LIMIT]:
            members = list(
                residents.filter(
                    team_id=row["team_id"], first_name__iexact=row["first"], last_name__iexact=row["last"],
                    **{key: row[key]},
                ).order_by("pk")
            )
            if members and all(set(members) != set(group) for group in groups):
                groups.append(members)
    return groups


def checks(*, residents: QuerySet, matches: QuerySet, on: date) -> list[Check]:
    no_buurt = _residents_without_buurt(residents)
    no_follow_up = _running_matches_without_follow_up(matches, on)
    no_reason = _ended_without_reason(matches)
    duplicates = likely_duplicates(residents)
    return [
        Check(
            "residents_without_buurt",
            _("Residents without a buurt"),
            _("Open files without a buurt are missing from every figure per area."),
            no_buurt.count(),
            list(no_buurt.order_by("pk")[:LIMIT]),
        ),
        Check(
            "matches_without_follow_up",
            _("Running matches without follow-up"),
            _("Active matches with no follow-up planned, or with a follow-up past its date: durability cannot be "
              "confirmed."),
            no_follow_up.count(),
            list(no_follow_up.order_by("pk")[:LIMIT]),
        ),
        Check(
            "ended_without_reason",
            _("Ended matches without a reason"),
            _("Without a reason, nobody can learn why matches end."),
            no_reason.count(),
            list(no_reason.order_by("pk")[:LIMIT]),
        ),
        Check(
            "likely_duplicates",
            _("Likely duplicate residents"),
            _("Open files in one team with the same name and the same date of birth or postcode: one person "
              "counted twice."),
            len(duplicates),
            duplicates,
        ),
    ]
