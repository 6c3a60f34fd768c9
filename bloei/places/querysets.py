from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from bloei.core import access


def _talent_matches(word: str, prefix: str = "") -> Q:
    """A talent of the taxonomy whose Dutch or English name, or one of its search words, contains `word`."""
    return (
        Q(**{f"{prefix}name_nl__icontains": word})
        | Q(**{f"{prefix}name_en__icontains": word})
        | Q(**{f"{prefix}keywords__icontains": word})
    )


class PlaceQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PlaceQuerySet":
        return self.filter(access.place_scope(user))

    def active(self, on=None) -> "PlaceQuerySet":
        on = on or timezone.localdate()
        return self.filter(Q(removed_on__isnull=True) | Q(removed_on__gt=on), added_on__lte=on)

    def search(self, text: str) -> "PlaceQuerySet":
        """Every word must occur in the place's name, description or street, or in one of its openings
        (title or a talent asked). Uses EXISTS subqueries, so the result needs no DISTINCT and can be annotated."""
        from .models import Opening

        q = Q()
        for word in text.split():
            openings = Opening.objects.filter(place=OuterRef("pk")).filter(
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Exists(
                    Opening.talents.through.objects.filter(
                        Q(opening=OuterRef("pk")) & _talent_matches(word, "talent__")
                    )
                )
            )
            q &= Q(name__icontains=word) | Q(description__icontains=word) | Q(street__icontains=word) | Exists(openings)
        return self.filter(q) if q else self


class OpeningQuerySet(models.QuerySet):
    def visible_to(self, user) -> "OpeningQuerySet":
        return self.filter(access.place_scope(user))

    def open(self, on=None) -> "OpeningQuerySet":
        on = on or timezone.localdate()
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on), opened_on__lte=on)

    def search(self, text: str) -> "OpeningQuerySet":
        """Every word must occur in the title, description, the place's name or a talent asked (without DISTINCT)."""
        q = Q()
        for word in text.split():
            talents = self.model.talents.through.objects.filter(
                Q(opening=OuterRef("pk")) & _talent_matches(word, "talent__")
            )
            q &= (
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(place__name__icontains=word)
                | Exists(talents)
            )
        return self.filter(q) if q else self
