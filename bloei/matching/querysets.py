from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from bloei.core import access


class SignUpQuerySet(models.QuerySet):
    def visible_to(self, user) -> "SignUpQuerySet":
        return self.filter(access.resident_scope(user, "resident"))

    def waiting_on(self, on: date) -> "SignUpQuerySet":
        """The waiting list as it was at the end of `on`: opened by then and not yet closed."""
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on), opened_on__lte=on)


class MatchQuerySet(models.QuerySet):
    def visible_to(self, user) -> "MatchQuerySet":
        return self.filter(access.match_scope(user)).distinct()

    def involving_resident(self, resident) -> "MatchQuerySet":
        return self.filter(Q(resident_a=resident) | Q(resident_b=resident))

    def started_between(self, start: date, end: date) -> "MatchQuerySet":
        return self.filter(started_on__gte=start, started_on__lte=end)

    def active_on(self, on: date) -> "MatchQuerySet":
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on), started_on__lte=on)

    def durable_as_of(self, on: date) -> "MatchQuerySet":
        """Matches that had been active for the durable period by `on` (and had not ended before it).

        Computed in Python-free SQL: started at least N days before `on`, and either still
        running or ended on or after started_on + N days.
        """
        days = timedelta(days=settings.BLOEI_DURABLE_AFTER_DAYS)
        durable_date = models.ExpressionWrapper(models.F("started_on") + days, output_field=models.DateField())
        return self.annotate(_durable_on=durable_date).filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("_durable_on")), started_on__lte=on - days
        )


class FollowUpQuerySet(models.QuerySet):
    def visible_to(self, user) -> "FollowUpQuerySet":
        from .models import Match

        return self.filter(match__in=Match.objects.visible_to(user).values("pk"))

    def pending(self) -> "FollowUpQuerySet":
        return self.filter(done_on__isnull=True, match__status="active")

    def overdue(self, on: date | None = None) -> "FollowUpQuerySet":
        return self.pending().filter(due_on__lt=on or timezone.localdate())
