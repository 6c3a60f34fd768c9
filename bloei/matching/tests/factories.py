from datetime import timedelta

from django.utils import timezone

import factory

from bloei.matching.choices import MatchKind, MatchStatus, SignUpKind
from bloei.matching.models import Match, SignUp
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import OpeningFactory


class SignUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SignUp

    resident = factory.SubFactory(ResidentFactory)
    team = factory.LazyAttribute(lambda o: o.resident.team)
    kind = SignUpKind.REQUEST
    title = "Hulp in de tuin"


class MatchFactory(factory.django.DjangoModelFactory):
    """A proposed resident–resident match. Traits: active, ended, place (resident–place)."""

    class Meta:
        model = Match

    kind = MatchKind.RESIDENT_RESIDENT
    resident_a = factory.SubFactory(ResidentFactory)
    resident_b = factory.SubFactory(ResidentFactory)
    team = factory.LazyAttribute(lambda o: o.resident_a.team)
    proposed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=120))

    class Params:
        active = factory.Trait(
            status=MatchStatus.ACTIVE,
            started_on=factory.LazyAttribute(lambda o: o.proposed_on + timedelta(days=7)),
        )
        ended = factory.Trait(
            status=MatchStatus.ENDED,
            started_on=factory.LazyAttribute(lambda o: o.proposed_on + timedelta(days=7)),
            ended_on=factory.LazyAttribute(lambda o: o.proposed_on + timedelta(days=30)),
            end_reason="no_click",
        )
        place = factory.Trait(
            kind=MatchKind.RESIDENT_PLACE,
            resident_b=None,
            opening=factory.SubFactory(OpeningFactory),
            place_a=factory.LazyAttribute(lambda o: o.opening.place),
        )
