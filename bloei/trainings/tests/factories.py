"""Factories of the trainings app. Editions are of team Centrum (team A) unless told otherwise."""

from datetime import timedelta

from django.utils import timezone

import factory

from bloei.accounts.models import Team
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)


class TrainingTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingType
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"training-{n}")
    name_nl = factory.Sequence(lambda n: f"Training {n}")
    name_en = factory.Sequence(lambda n: f"Training {n}")
    default_meetings = 4


def kom_tot_bloei():
    """The type loaded by migration 0002 (4 meetings, completed at 75%)."""
    return TrainingType.objects.get(slug="kom-tot-bloei")


class EditionFactory(factory.django.DjangoModelFactory):
    """An edition with `meetings` weekly meetings from `starts_on` (default: four, the last one a week ago)."""

    class Meta:
        model = TrainingEdition
        skip_postgeneration_save = True

    class Params:
        meetings = 4

    training_type = factory.LazyFunction(kom_tot_bloei)
    team = factory.LazyFunction(lambda: Team.objects.get(slug="centrum"))
    name = factory.Sequence(lambda n: f"Kom tot Bloei! Centrum {n}")
    starts_on = factory.LazyAttribute(lambda o: timezone.localdate() - timedelta(weeks=o.meetings))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + timedelta(weeks=o.meetings - 1))

    @factory.post_generation
    def sessions(self, create, extracted, **kwargs):
        if not create:
            return
        count = (self.ends_on - self.starts_on).days // 7 + 1
        TrainingSession.objects.bulk_create(
            TrainingSession(edition=self, number=n, held_on=self.starts_on + timedelta(weeks=n - 1))
            for n in range(1, count + 1)
        )

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.set(extracted)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    edition = factory.SubFactory(EditionFactory)
    resident = factory.SubFactory("bloei.people.tests.factories.ResidentFactory")
    enrolled_on = factory.LazyAttribute(lambda o: o.edition.starts_on)


def attend(enrolment: Enrolment, *statuses: str) -> list[Attendance]:
    """Record `statuses` for the meetings of the enrolment's edition in order ("" skips a meeting)."""
    sessions = enrolment.edition.sessions.order_by("number")
    return [
        Attendance.objects.create(session=session, enrolment=enrolment, status=status)
        for session, status in zip(sessions, statuses, strict=False)
        if status
    ]


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome

    enrolment = factory.SubFactory(EnrolmentFactory)
    kind = "volunteer_work"


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingFollowUp

    enrolment = factory.SubFactory(EnrolmentFactory)
    due_on = factory.LazyFunction(timezone.localdate)
