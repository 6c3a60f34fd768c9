"""Reads of referrals and signals: lists for the pages, the start page's panel and counts per period."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from bloei.accounts.choices import Role
from bloei.core import access

from .choices import ReferralStatus, SignalStatus
from .models import Referral, Signal

# How long a decided referral or an acknowledged signal stays on the start page of the one who sent or raised it.
RECENT_DAYS = 14
PANEL_LIMIT = 8

REFERRAL_RELATED = ("resident", "team", "to_connector", "referred_by", "decided_by", "assigned_connector")


def referral_list(user, *, box: str = "", status: str = "") -> QuerySet:
    """Referrals the user may see; box "sent" or "received" narrows them, status filters on it."""
    referrals = Referral.objects.visible_to(user)
    if box == "sent":
        referrals = referrals.sent_by(user)
    elif box == "received":
        referrals = referrals.received_by(user)
    if status:
        referrals = referrals.filter(status=status)
    return referrals.select_related(*REFERRAL_RELATED).order_by("-referred_at", "-pk")


def signal_list(user, *, status: str = "", on: date | None = None) -> QuerySet:
    """Signals the user may see (restricted), overdue first; status open, escalated or acknowledged filters."""
    on = on or timezone.localdate()
    signals = Signal.objects.visible_to(user)
    if status == SignalStatus.OPEN:
        signals = signals.pending(on)
    elif status == SignalStatus.ESCALATED:
        signals = signals.escalated(on)
    elif status == SignalStatus.ACKNOWLEDGED:
        signals = signals.acknowledged()
    return signals.select_related("resident", "team", "raised_by", "acknowledged_by").overdue_first()


def _limited(queryset, limit: int = PANEL_LIMIT) -> dict:
    items = list(queryset[: limit + 1])
    return {"items": items[:limit], "more": len(items) > limit}


def today_panel(user, on: date) -> dict | None:
    """What the start page shows of referrals and signals; at most five queries whatever the numbers.

    Connectors and team leads: open referrals to their team. Generalists: their own referrals, open or decided
    in the last two weeks, with the outcome. Generalists: unacknowledged signals of their team, overdue first.
    Team leads: escalated signals of their team. Whoever raised signals: their status.
    """
    if not user.has_role(*access.CASEWORK):
        return None
    since = on - timedelta(days=RECENT_DAYS)
    data: dict = {"on": on}
    if access.can(user, "referrals.receive"):
        data["received"] = _limited(
            Referral.objects.received_by(user).open().select_related(*REFERRAL_RELATED).order_by("referred_at", "pk")
        )
    if access.can(user, "referrals.create"):
        data["sent"] = _limited(
            Referral.objects.sent_by(user)
            .filter(Q(status=ReferralStatus.OPEN) | Q(decided_on__gte=since))
            .select_related(*REFERRAL_RELATED)
            .order_by("-referred_at", "-pk")
        )
    signals = Signal.objects.select_related("resident", "raised_by")
    generalist_teams = access.team_ids(user, Role.GENERALIST)
    if generalist_teams:
        data["to_acknowledge"] = _limited(signals.unacknowledged().filter(team_id__in=generalist_teams).overdue_first())
    lead_teams = access.team_ids(user, Role.TEAM_LEAD)
    if lead_teams:
        data["escalated"] = _limited(signals.escalated(on).filter(team_id__in=lead_teams).overdue_first())
    if access.can(user, "signals.raise"):
        data["raised"] = _limited(
            signals.filter(raised_by=user)
            .filter(Q(acknowledged_at__isnull=True) | Q(raised_on__gte=since))
            .order_by("-raised_at", "-pk")
        )
    for key in ("to_acknowledge", "escalated", "raised"):
        for signal in data.get(key, {}).get("items", []):
            signal.overdue = signal.is_escalated(on)
    data["can_refer"] = access.can(user, "referrals.create")
    data["can_raise"] = access.can(user, "signals.raise")
    return data


# --- counts per period (monitoring) -------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralCounts:
    referred: int
    accepted: int
    returned: int
    withdrawn: int
    open_at_end: int


def referral_counts(*, start: date, end: date, team_ids: frozenset[int] | None = None) -> ReferralCounts:
    """Referrals made from `start` to `end` (inclusive), decisions taken in that period, and those still open at
    the end of it (made by then, not decided by then). One query, no personal data."""
    referrals = Referral.objects.all()
    if team_ids is not None:
        referrals = referrals.filter(team_id__in=team_ids)
    decided_in = Q(decided_on__gte=start, decided_on__lte=end)
    counts = referrals.aggregate(
        referred=Count("pk", filter=Q(referred_on__gte=start, referred_on__lte=end)),
        accepted=Count("pk", filter=decided_in & Q(status=ReferralStatus.ACCEPTED)),
        returned=Count("pk", filter=decided_in & Q(status=ReferralStatus.RETURNED)),
        withdrawn=Count("pk", filter=decided_in & Q(status=ReferralStatus.WITHDRAWN)),
        open_at_end=Count("pk", filter=Q(referred_on__lte=end) & (Q(decided_on__isnull=True) | Q(decided_on__gt=end))),
    )
    return ReferralCounts(**counts)


@dataclass(frozen=True)
class SignalCounts:
    raised: int
    acknowledged_in_time: int
    escalated: int


def signal_counts(*, start: date, end: date, team_ids: frozenset[int] | None = None) -> SignalCounts:
    """Signals raised from `start` to `end`, how many of them were acknowledged by their deadline and how many
    escalated (not acknowledged by the deadline, as of the end of the period). One query, no personal data."""
    signals = Signal.objects.raised_between(start, end)
    if team_ids is not None:
        signals = signals.filter(team_id__in=team_ids)
    counts = signals.aggregate(
        raised=Count("pk"),
        acknowledged_in_time=Count("pk", filter=Q(acknowledged_at__date__lte=F("deadline"))),
        escalated=Count(
            "pk",
            filter=Q(deadline__lt=end)
            & (Q(acknowledged_at__isnull=True) | Q(acknowledged_at__date__gt=F("deadline"))),
        ),
    )
    return SignalCounts(**counts)
