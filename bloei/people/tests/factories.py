from django.utils import timezone

import factory
from faker import Faker

from bloei.accounts.models import Team
from bloei.geo.models import Buurt
from bloei.people.choices import AssignmentRole, ConsentPurpose, LawfulBasis
from bloei.people.models import Assignment, Consent, ContactMoment, Resident, TalentScan

_faker = Faker("nl_NL")


class ResidentFactory(factory.django.DjangoModelFactory):
    """A resident with a recorded consent for registration, in Binnenstad (team Centrum) by default."""

    class Meta:
        model = Resident
        skip_postgeneration_save = True

    first_name = factory.Faker("first_name", locale="nl_NL")
    # Without apostrophes ("van 't Hof"): tests look for names in HTML, where ' is escaped.
    last_name = factory.LazyFunction(lambda: _faker.last_name().replace("'", ""))
    street = "Kerkstraat"  # fixed: a random street name may contain a name a test looks for
    house_number = factory.Sequence(lambda n: str(n % 200 + 1))
    postcode = "5611AB"
    city = "Eindhoven"
    buurt = factory.LazyFunction(lambda: Buurt.objects.get(code="BU07721110"))
    team = factory.LazyAttribute(lambda o: Team.objects.filter(neighbourhoods=o.buurt.neighbourhood).first())
    birth_year = 1960

    @factory.post_generation
    def consent(self, create, extracted, **kwargs):
        if create and extracted is not False:
            Consent.objects.create(resident=self, purpose=ConsentPurpose.REGISTRATION, given_on=self.registered_on)


class TalentScanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TalentScan

    resident = factory.SubFactory(ResidentFactory)
    version = factory.LazyAttribute(lambda o: o.resident.talent_scans.count() + 1)
    conducted_on = factory.LazyFunction(timezone.localdate)
    good_at = "Tuinieren en koken"


class ContactMomentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMoment

    resident = factory.SubFactory(ResidentFactory)
    note = "Kort gesprek bij de koffieochtend"


class ConsentFactory(factory.django.DjangoModelFactory):
    """A consent for another purpose than registration (ResidentFactory already records that one)."""

    class Meta:
        model = Consent

    resident = factory.SubFactory(ResidentFactory)
    purpose = ConsentPurpose.MATCHING
    lawful_basis = LawfulBasis.CONSENT
    given_on = factory.LazyAttribute(lambda o: o.resident.registered_on)


class AssignmentFactory(factory.django.DjangoModelFactory):
    """Puts a resident in a staff member's caseload (pass `user`); as connector unless `role` says otherwise."""

    class Meta:
        model = Assignment

    resident = factory.SubFactory(ResidentFactory)
    role = AssignmentRole.CONNECTOR
    started_on = factory.LazyFunction(timezone.localdate)
