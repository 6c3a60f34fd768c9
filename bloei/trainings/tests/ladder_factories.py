"""Small factories for the participation ladder tests (editions, enrolments, dated ladder assessments)."""

from datetime import date

from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.people.models import LadderAssessment, LadderRung, Resident
from bloei.people.tests.factories import ResidentFactory
from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType


class LadderEditionFactory(factory.django.DjangoModelFactory):
    """An edition of "Kom tot Bloei!" by team Centrum (team A) in spring 2024 unless told otherwise."""

    class Meta:
        model = TrainingEdition

    training_type = factory.LazyFunction(lambda: TrainingType.objects.get(slug="kom-tot-bloei"))
    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    name = factory.Sequence(lambda n: f"Kom tot Bloei! editie {n}")
    starts_on = date(2024, 3, 1)
    ends_on = date(2024, 3, 29)


class LadderEnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    edition = factory.SubFactory(LadderEditionFactory)
    resident = factory.SubFactory(ResidentFactory)
    enrolled_on = factory.LazyAttribute(lambda o: o.edition.starts_on)


def assess(resident: Resident, level: int, on: date | None = None) -> LadderAssessment:
    """Record that `resident` stood on rung `level` on `on` (today by default)."""
    return LadderAssessment.objects.create(
        resident=resident, rung=LadderRung.objects.get(level=level), assessed_on=on or timezone.localdate()
    )
