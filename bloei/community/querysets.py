from datetime import date

from django.db import models
from django.db.models import Q

from bloei.core import access


class NetworkQuerySet(models.QuerySet):
    def visible_to(self, user) -> "NetworkQuerySet":
        return self.filter(access.team_scope(user))

    def active_on(self, on: date) -> "NetworkQuerySet":
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on), started_on__lte=on)


class ActivityQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ActivityQuerySet":
        return self.filter(access.team_scope(user))

    def between(self, start: date, end: date) -> "ActivityQuerySet":
        return self.filter(starts_on__gte=start, starts_on__lte=end)
