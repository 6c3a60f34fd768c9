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
        """Every word must occur in the place's name, description or street, or in one of its openings
        (title, description or a talent asked). Openings are matched through an uncorrelated IN subquery,
        so the result needs no DISTINCT, can be annotated, and stays cheap at scale."""
        from bloei.people.models import Talent

        from .models import Opening

        q = Q()
        for word in text.split():
            opening_match = Q(title__icontains=word) | Q(description__icontains=word)
            talent_ids = Talent.objects.ids_matching(word)
            if talent_ids:
                opening_match |= Q(
                    pk__in=Opening.talents.through.objects.filter(talent_id__in=talent_ids).values("opening_id")
                )
            q &= (
                Q(name__icontains=word)
                | Q(description__icontains=word)
                | Q(street__icontains=word)
                | Q(pk__in=Opening.objects.filter(opening_match).values("place_id"))
            )
        return self.filter(q) if q else self


class OpeningQuerySet(models.QuerySet):
    def visible_to(self, user) -> "OpeningQuerySet":
        return self.filter(access.place_scope(user))

    def open(self, on=None) -> "OpeningQuerySet":
        on = on or timezone.localdate()
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on), opened_on__lte=on)

    def search(self, text: str) -> "OpeningQuerySet":
        """Every word must occur in the title, description, the place's name or a talent asked (without DISTINCT)."""
        from bloei.people.models import Talent

        q = Q()
        for word in text.split():
            word_q = Q(title__icontains=word) | Q(description__icontains=word) | Q(place__name__icontains=word)
            talent_ids = Talent.objects.ids_matching(word)
            if talent_ids:
                word_q |= Q(
                    pk__in=self.model.talents.through.objects.filter(talent_id__in=talent_ids).values("opening_id")
                )
            q &= word_q
        return self.filter(q) if q else self
