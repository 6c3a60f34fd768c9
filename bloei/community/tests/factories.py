from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.community.models import Activity, Network, NetworkMembership


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    name = factory.Sequence(lambda n: f"Weduwen-koffie {n}")


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    title = factory.Sequence(lambda n: f"Buurtmaaltijd {n}")
    starts_on = factory.LazyFunction(timezone.localdate)


class NetworkMembershipFactory(factory.django.DjangoModelFactory):
    """A resident who joined the network on the day it started (by default)."""

    class Meta:
        model = NetworkMembership

    network = factory.SubFactory(NetworkFactory)
    resident = factory.SubFactory("bloei.people.tests.factories.ResidentFactory")
    joined_on = factory.LazyAttribute(lambda o: o.network.started_on)
