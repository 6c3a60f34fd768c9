from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord
from bloei.workload.services import week_of


class TimeRecordFactory(factory.django.DjangoModelFactory):
    """A week of 32 hours in team Centrum (pass `user`), this week unless `week` says otherwise."""

    class Meta:
        model = TimeRecord

    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    week = factory.LazyFunction(lambda: week_of(timezone.localdate()))
    neighbourhood = Decimal(12)
    internal_meetings = Decimal(8)
    partner_meetings = Decimal(4)
    trainings = Decimal(2)
    administration = Decimal(6)


class BoundaryDecisionFactory(factory.django.DjangoModelFactory):
    """A decision to continue, reviewed in 90 days (pass `resident` and `decided_by`)."""

    class Meta:
        model = BoundaryDecision

    team = factory.LazyAttribute(lambda o: o.resident.team)
    outcome = BoundaryOutcome.CONTINUE
    reason = "Zoekt nog naar een maatje"
    next_step = "Verbinder belt over de buurtmoestuin"
    decided_on = factory.LazyFunction(timezone.localdate)
    review_on = factory.LazyAttribute(lambda o: o.decided_on + timedelta(days=90))
