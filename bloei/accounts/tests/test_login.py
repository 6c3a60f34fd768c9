from django.urls import reverse

import pytest


@pytest.mark.django_db
class TestLoginThrottling:
    def test_account_locks_after_five_failed_attempts_even_with_the_right_password(self, client, cast, password):
        url = reverse("accounts:login")
        for _ in range(5):
            response = client.post(url, {"username": "connector_a", "password": "wrong-password"})
        assert response.status_code == 429
        response = client.post(url, {"username": "connector_a", "password": password})
        assert response.status_code == 429
        assert "15 minuten" in response.content.decode()

    def test_lock_lifts_after_fifteen_minutes(self, client, cast, password, time_machine):
        url = reverse("accounts:login")
        time_machine.move_to("2026-03-01 10:00:00+01:00")
        for _ in range(5):
            client.post(url, {"username": "connector_a", "password": "wrong-password"})
        time_machine.move_to("2026-03-01 10:16:00+01:00")
        response = client.post(url, {"username": "connector_a", "password": password})
        assert response.status_code == 302

    def test_other_accounts_are_not_locked(self, client, cast, password):
        url = reverse("accounts:login")
        for _ in range(5):
            client.post(url, {"username": "connector_a", "password": "wrong-password"})
        response = client.post(url, {"username": "connector_b", "password": password})
        assert response.status_code == 302


@pytest.mark.django_db
def test_anonymous_user_is_sent_to_login(client):
    response = client.get("/inwoners/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.django_db
def test_admin_site_opens_only_for_the_beheerder_role(client, cast, password):
    cast.connector_a.is_staff = True
    cast.connector_a.save(update_fields=["is_staff"])
    client.force_login(cast.connector_a)
    assert client.get("/beheer/").status_code == 302  # to the admin login: no access
    client.force_login(cast.admin)
    assert client.get("/beheer/").status_code == 200
