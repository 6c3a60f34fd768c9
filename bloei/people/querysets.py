from django.db import models
from django.db.models import Q

from bloei.core import access


class ResidentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ResidentQuerySet":
        return self.filter(access.resident_scope(user))

    def in_buurt(self, buurt) -> "ResidentQuerySet":
        return self.filter(buurt=buurt)

    def active(self, on=None) -> "ResidentQuerySet":
        from django.utils import timezone

        on = on or timezone.localdate()
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on), registered_on__lte=on)

    def search(self, text: str) -> "ResidentQuerySet":
        q = Q()
        for word in text.split():
            q &= (
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(street__icontains=word)
                | Q(postcode__icontains=word.replace(" ", ""))
                | Q(talent_scans__talents__name_nl__icontains=word)
                | Q(talent_scans__talents__name_en__icontains=word)
                | Q(talent_scans__good_at__icontains=word)
            )
        return self.filter(q).distinct() if q else self
