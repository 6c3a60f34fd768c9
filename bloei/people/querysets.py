from django.db import models
from django.db.models import Q

from bloei.core import access


class TalentQuerySet(models.QuerySet):
    def matching(self, word: str) -> "TalentQuerySet":
        """Talents whose Dutch or English name, or one of whose search words, contains `word`."""
        return self.filter(Q(name_nl__icontains=word) | Q(name_en__icontains=word) | Q(keywords__icontains=word))

    def ids_matching(self, word: str) -> list[int]:
        return list(self.matching(word).values_list("pk", flat=True))


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
        """Every word must match the name, street, postcode or a talent (taxonomy or the scan's own words).

        Talents are matched through uncorrelated IN subqueries on the talent scans, so the result
        needs no DISTINCT and the database evaluates each subquery once (measured fastest at scale).
        """
        from .models import Talent, TalentScan

        q = Q()
        for word in text.split():
            talent_ids = Talent.objects.ids_matching(word)
            word_q = (
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(street__icontains=word)
                | Q(postcode__icontains=word.replace(" ", ""))
                | Q(pk__in=TalentScan.objects.filter(good_at__icontains=word).values("resident_id"))
            )
            if talent_ids:
                word_q |= Q(
                    pk__in=TalentScan.talents.through.objects.filter(talent_id__in=talent_ids).values(
                        "talentscan__resident_id"
                    )
                ) | Q(
                    pk__in=TalentScan.interests.through.objects.filter(talent_id__in=talent_ids).values(
                        "talentscan__resident_id"
                    )
                )
            q &= word_q
        return self.filter(q) if q else self
