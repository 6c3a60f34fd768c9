"""The resident page links to the community work around the resident: trainings, referral, signal."""

from datetime import date

from django.urls import reverse

import pytest

from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory
from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType

pytestmark = pytest.mark.django_db


def page(client, user, resident):
    client.force_login(user)
    return client.get(reverse("people:resident_detail", args=[resident.uuid])).content.decode()


def test_trainings_of_the_resident_are_listed(cast, client, team_a):
    resident = ResidentFactory()
    edition = TrainingEdition.objects.create(
        training_type=TrainingType.objects.get(slug="kom-tot-bloei"), team=team_a, name="Kom tot Bloei! voorjaar",
        starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 22),
    )
    Enrolment.objects.create(edition=edition, resident=resident, completed=True)
    html = page(client, cast.connector_a, resident)
    assert "Kom tot Bloei! voorjaar" in html and "voltooid" in html
    assert "Signaal doorgeven" in html and "Doorverwijzen naar een verbinder" not in html


def test_a_generalist_can_refer_from_the_resident_page(cast, client):
    resident = ResidentFactory()
    Assignment.objects.create(resident=resident, user=cast.generalist_a, role="generalist")
    html = page(client, cast.generalist_a, resident)
    assert f"{reverse('referrals:referral_create')}?resident={resident.uuid}" in html
    assert "Signaal doorgeven" not in html
