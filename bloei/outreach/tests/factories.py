from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.geo.models import Buurt
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp, RoundWish, WishTag


class OutreachRoundFactory(factory.django.DjangoModelFactory):
    """A door-to-door round of team Centrum in Binnenstad, today, without counts."""

    class Meta:
        model = OutreachRound

    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    buurt = factory.LazyFunction(lambda: Buurt.objects.get(code="BU07721110"))
    kind = RoundKind.DOOR_TO_DOOR
    held_on = factory.LazyFunction(timezone.localdate)

    class Params:
        # "5 floors, 25 of 58 homes reached": the example of the evaluation.
        flat = factory.Trait(
            kind=RoundKind.FLOOR_CONVERSATIONS,
            street_or_building="Flat De Toren",
            floors=5,
            homes_approached=58,
            homes_reached=25,
            conversations=25,
        )


class WishTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WishTag
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Wens {n}")


class RoundWishFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoundWish

    outreach_round = factory.SubFactory(OutreachRoundFactory)
    wish = factory.SubFactory(WishTagFactory)
    mentions = 1


class RoundSignUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoundSignUp

    outreach_round = factory.SubFactory(OutreachRoundFactory)
    resident = factory.SubFactory("bloei.people.tests.factories.ResidentFactory")
    signed_up_on = factory.LazyAttribute(lambda o: o.outreach_round.held_on)
