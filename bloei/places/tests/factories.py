import factory

from bloei.geo.models import Buurt
from bloei.places.choices import PlaceKind
from bloei.places.models import Opening, Place


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Buurthuis De Bloem {n}")
    kind = PlaceKind.COMMUNITY_CENTRE
    street = "Kerkstraat"
    house_number = "1"
    buurt = factory.LazyFunction(lambda: Buurt.objects.get(code="BU07721110"))
    lat = 51.4386
    lon = 5.4811


class OpeningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opening

    place = factory.SubFactory(PlaceFactory)
    title = factory.Sequence(lambda n: f"Vrijwilliger moestuin {n}")
    capacity = 3
