from datetime import date

from django.db import models
from django.db.models import Case, Q, Value, When

from bloei.accounts.choices import Role
from bloei.core import access

# Who may see a signal besides the person who raised it: these roles in the resident's team.
SIGNAL_TEAM_ROLES = (Role.GENERALIST, Role.TEAM_LEAD)


class ReferralQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ReferralQuerySet":
        """The referrals the user sent, and those to their team(s) as connector or team lead, or to them by name."""
        if not user.is_authenticated or not user.has_role(*access.CASEWORK):
            return self.none()
        return self.filter(Q(referred_by=user) | Q(to_connector=user) | access.team_scope(user, roles=access.TEAM_WORK))

    def sent_by(self, user) -> "ReferralQuerySet":
        return self.filter(referred_by=user)

    def received_by(self, user) -> "ReferralQuerySet":
        """Referrals to the connectors of the user's teams (connector, team lead), or to the user by name."""
        return self.filter(Q(to_connector=user) | access.team_scope(user, roles=access.TEAM_WORK))

    def open(self) -> "ReferralQuerySet":
        return self.filter(status="open")

    def referred_between(self, start: date, end: date) -> "ReferralQuerySet":
        return self.filter(referred_on__gte=start, referred_on__lte=end)

    def decided_between(self, start: date, end: date) -> "ReferralQuerySet":
        return self.filter(decided_on__gte=start, decided_on__lte=end)


class SignalQuerySet(models.QuerySet):
    def visible_to(self, user) -> "SignalQuerySet":
        """Restricted: the person who raised it, and the generalists and team leads of the resident's team.

        Other connectors, also of the same team, and other teams see nothing of it.
        """
        if not user.is_authenticated or not user.has_role(*access.CASEWORK):
            return self.none()
        return self.filter(Q(raised_by=user) | access.team_scope(user, roles=SIGNAL_TEAM_ROLES))

    def to_acknowledge_by(self, user) -> "SignalQuerySet":
        """Signals the user may acknowledge: those of the teams where they are generalist or team lead."""
        return self.filter(access.team_scope(user, roles=SIGNAL_TEAM_ROLES))

    def unacknowledged(self) -> "SignalQuerySet":
        return self.filter(acknowledged_at__isnull=True)

    def acknowledged(self) -> "SignalQuerySet":
        return self.filter(acknowledged_at__isnull=False)

    def escalated(self, on: date) -> "SignalQuerySet":
        """Not acknowledged by the end of their deadline, as of `on` (computed; no command needed)."""
        return self.filter(acknowledged_at__isnull=True, deadline__lt=on)

    def pending(self, on: date) -> "SignalQuerySet":
        """Not acknowledged yet, still within their deadline on `on`."""
        return self.filter(acknowledged_at__isnull=True, deadline__gte=on)

    def raised_between(self, start: date, end: date) -> "SignalQuerySet":
        return self.filter(raised_on__gte=start, raised_on__lte=end)

    def overdue_first(self) -> "SignalQuerySet":
        """Earliest deadline first (so overdue ones lead), urgent before normal, then oldest first."""
        urgent_first = Case(When(urgency="urgent", then=Value(0)), default=Value(1))
        return self.order_by("deadline", urgent_first, "raised_at", "pk")
