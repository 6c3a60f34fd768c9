from django.db import models
from django.db.models import Q
from django.utils import timezone

from bloei.core import access


class PlaceQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PlaceQuerySet":
        return self.filter(access.place_scope(user))

    def active(self, on=None) -> "PlaceQuerySet":
        on = on or timezone.localdate()
        return self.filter(Q(removed_on__isnull=True) | Q(removed_on__gt=on), added_on__lte=on)

    def search(self, text: str) -> "PlaceQuerySet":
        q = Q()
        for word in text.split():
            q &= (
                Q(name__icontains=word)
                | Q(description__icontains=word)
                | Q(openings__title__icontains=word)
                | Q(openings__talents__name_nl__icontains=word)
                | Q(openings__talents__name_en__icontains=word)
            )
        return self.filter(q).distinct() if q else self


class OpeningQuerySet(models.QuerySet):
    def visible_to(self, user) -> "OpeningQuerySet":
        return self.filter(access.place_scope(user))

    def open(self, on=None) -> "OpeningQuerySet":
        on = on or timezone.localdate()
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on), opened_on__lte=on)

    def search(self, text: str) -> "OpeningQuerySet":
        q = Q()
        for word in text.split():
            q &= (
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(place__name__icontains=word)
                | Q(talents__name_nl__icontains=word)
                | Q(talents__name_en__icontains=word)
            )
        return self.filter(q).distinct() if q else self
