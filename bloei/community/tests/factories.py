import factory
from django.utils import timezone

from bloei.accounts.models import Team
from bloei.community.models import Activity, Network


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
