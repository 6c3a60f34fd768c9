import logging

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from bloei.people.tests.factories import ResidentFactory


@pytest.mark.django_db
def test_no_personal_data_reaches_the_application_logs(client, cast, caplog, buurt_b):
    resident = ResidentFactory(first_name="Wilhelmina", last_name="Zonnebloem", phone="0612345678")
    caplog.set_level(logging.DEBUG)
    client.force_login(cast.connector_a)
    client.get(reverse("people:resident_detail", args=[resident.uuid]))
    client.get(reverse("people:resident_list"), {"q": "Zonnebloem"})
    client.force_login(cast.connector_b)
    client.get(reverse("people:resident_detail", args=[resident.uuid]))  # 404, logged as a warning
    client.force_login(cast.municipality)
    client.get(reverse("people:resident_detail", args=[resident.uuid]))  # 403
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records, "the requests above should have logged something (404 and 403)"
    for personal in ("Wilhelmina", "Zonnebloem", "0612345678"):
        assert personal not in logged


def test_django_password_validators_refuse_weak_passwords():
    for weak in ("kort", "password1234", "12345678901234"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("Buurt-in-Bloei-demo")
