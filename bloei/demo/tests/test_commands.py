"""`manage.py demo_city` and `manage.py demo_logins`."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest

from bloei.accounts.choices import Role
from bloei.demo.generator import DEMO_PASSWORD, LOGIN_USERNAMES
from bloei.people.models import Resident


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_demo_city_builds_once_and_if_empty_leaves_an_existing_city_alone():
    output = run("demo_city", "--scale", "0.02", "--seed", "5", "--today", "2026-03-01")
    assert "Demo city generated (seed 5, scale 0.02, 3 years)" in output
    residents = Resident.objects.count()
    assert residents == 120

    assert "already holds residents" in run("demo_city", "--scale", "0.02", "--if-empty")
    assert Resident.objects.count() == residents
    with pytest.raises(CommandError, match="already holds residents"):
        run("demo_city", "--scale", "0.02")


@pytest.mark.django_db
def test_demo_city_refuses_a_malformed_today():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("demo_city", "--today", "23-11-2026")
    assert not Resident.objects.exists()


@pytest.mark.django_db
def test_demo_logins_prints_one_account_per_role_and_the_password(client):
    assert "run `manage.py demo_city` first" in run("demo_logins")
    run("demo_city", "--scale", "0.02")
    output = run("demo_logins")
    lines = [line for line in output.splitlines() if line.startswith("  ")]
    assert len(lines) == len(Role)
    for role, username in LOGIN_USERNAMES.items():
        assert any(str(Role(role).label) in line and f" {username} " in line for line in lines), role
    assert f"Password for every demo account: {DEMO_PASSWORD}" in output
    # The printed login works on the login page.
    response = client.post(
        reverse("accounts:login"), {"username": LOGIN_USERNAMES[Role.CONNECTOR], "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")


@pytest.mark.django_db
def test_a_longer_history_for_the_benchmark():
    from datetime import date

    from bloei.demo.generator import DemoCity
    from bloei.matching.models import Match

    city = DemoCity(seed=3, scale=0.02, today=date(2026, 6, 30), years=10)
    assert city.years[0] == 2017 and city.start == date(2017, 1, 1)
    assert [city.slot(i) for i in range(10)] == [0] * 8 + [1, 2]
    city.build()
    years = {d.year for d in Match.objects.filter(started_on__isnull=False).dates("started_on", "year")}
    assert min(years) <= 2018 and max(years) == 2026
