from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.geo.models import Neighbourhood
from bloei.plans.choices import PlanStatus, ProgressStatus
from bloei.plans.models import NeighbourhoodPlan, PlanMeeting, Priority, ProgressNote


class PlanFactory(factory.django.DjangoModelFactory):
    """A draft plan of team Centrum for wijk Centrum, this year. Trait `adopted`: adopted on 1 January."""

    class Meta:
        model = NeighbourhoodPlan

    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    wijk = factory.LazyFunction(lambda: Neighbourhood.objects.get(code="WK077211"))
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    summary = "Samen zorgen dat niemand er alleen voor staat."

    class Params:
        adopted = factory.Trait(
            status=PlanStatus.ADOPTED,
            adopted_on=factory.LazyAttribute(lambda o: timezone.localdate().replace(year=o.year, month=1, day=1)),
        )


class PriorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Priority

    plan = factory.SubFactory(PlanFactory)
    order = factory.Sequence(lambda n: n + 1)
    theme = factory.Sequence(lambda n: f"Eenzaamheid onder ouderen {n}")
    why = "Veel ouderen wonen alleen."
    success = "Elke week een koffieochtend met twintig bezoekers."


class ProgressNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressNote

    priority = factory.SubFactory(PriorityFactory, plan=factory.SubFactory(PlanFactory, adopted=True))
    noted_on = factory.LazyFunction(timezone.localdate)
    status = ProgressStatus.ON_TRACK
    text = "De koffieochtend loopt goed."


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanMeeting

    plan = factory.SubFactory(PlanFactory)
    held_on = factory.LazyFunction(timezone.localdate)
    other_attendees = 12
