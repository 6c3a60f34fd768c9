"""The main menu: what each role finds in it, and "Meer" for less frequent work."""

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def menu(client, user, path="core:home"):
    client.force_login(user)
    context = client.get(reverse(path), follow=True).context
    return [str(i["label"]) for i in context["navigation"]], [str(i["label"]) for i in context["navigation_more"]]


def test_a_connector_has_the_daily_work_in_view_and_the_rest_behind_more(cast, client):
    main, more = menu(client, cast.connector_a)
    assert main[:4] == ["Vandaag", "Inwoners", "Hulpvragen en aanbod", "Matches"]
    assert {"Trainingen", "Doorverwijzingen", "Dashboard"} <= set(main)
    assert {"Outreach", "Wijkplannen", "Signalen", "Mijn uren"} <= set(more)
    assert "Importeren" not in main + more and "Teamuren" not in main + more


def test_a_generalist_finds_referrals_and_signals(cast, client):
    main, more = menu(client, cast.generalist_a)
    assert "Doorverwijzingen" in main and "Signalen" in more


def test_a_short_menu_has_no_more(cast, client):
    main, more = menu(client, cast.municipality)
    assert more == [] and "Dashboard" in main and "Inwoners" not in main


def test_the_current_page_is_marked_also_behind_more(cast, client):
    client.force_login(cast.team_lead_a)
    response = client.get(reverse("imports:upload"))
    assert response.context["more_current"] is True
    assert '<details data-current>' in response.content.decode()
