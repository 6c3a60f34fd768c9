from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine

from bloei.core.models import AuditEvent
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp
from bloei.outreach.tests.factories import OutreachRoundFactory, RoundSignUpFactory, RoundWishFactory, WishTagFactory
from bloei.people.forms import ResidentForm
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
VIEWERS = ["connector_a", "generalist_a", "team_lead_a"]
NON_VIEWERS = ["analyst", "municipality", "admin", "no_role"]
NON_EDITORS = ["generalist_a", *NON_VIEWERS]


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"


@pytest.fixture
def march_2025():
    """Travel before the cast is made, so that their memberships have started on the day."""
    with time_machine.travel(date(2025, 3, 1), tick=False):
        yield


def days_ago(n):
    return TODAY() - timedelta(days=n)


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


def _round_data(buurt, **overrides):
    data = {
        "kind": RoundKind.FLOOR_CONVERSATIONS,
        "held_on": TODAY().isoformat(),
        "buurt": buurt.pk,
        "street_or_building": "Flat De Toren",
        "floors": "5",
        "homes_approached": "58",
        "homes_reached": "25",
        "conversations": "21",
        "wishes": "Moestuin: 3\nTaalcafé",
        "notes": "",
    }
    data.update(overrides)
    return data


class TestRoundList:
    @pytest.mark.parametrize("role", VIEWERS)
    def test_the_team_sees_its_rounds_with_their_reach(self, client, cast, team_b, buurt_b, role, english):
        mine = OutreachRoundFactory(flat=True, street_or_building="Flat De Toren")
        RoundSignUpFactory(outreach_round=mine)
        OutreachRoundFactory(team=team_b, buurt=buurt_b, street_or_building="Stratumsedijk")
        page = _get(client, cast.roles()[role], reverse("outreach:round_list")).content.decode()
        assert "Flat De Toren" in page and "Stratumsedijk" not in page
        assert "5 floors, 25 of 58 homes reached, 25 conversations, 1 sign-up" in page

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("outreach:round_list")).status_code == 403

    def test_shows_this_year_unless_another_year_is_chosen(self, march_2025, client, cast, english):
        OutreachRoundFactory(held_on=date(2025, 2, 1), street_or_building="Nieuwe straat")
        OutreachRoundFactory(held_on=date(2024, 11, 1), street_or_building="Oude straat")
        url = reverse("outreach:round_list")
        page = _get(client, cast.connector_a, url).content.decode()
        assert "Nieuwe straat" in page and "Oude straat" not in page
        page = _get(client, cast.connector_a, url, data={"year": "2024"}).content.decode()
        assert "Oude straat" in page and "Nieuwe straat" not in page
        page = _get(client, cast.connector_a, url, data={"year": ""}).content.decode()
        assert "Oude straat" in page and "Nieuwe straat" in page

    def test_filters_on_kind_and_bad_filters_fall_back(self, client, cast, english):
        OutreachRoundFactory(kind=RoundKind.BUS, street_or_building="Busplein")
        OutreachRoundFactory(kind=RoundKind.CARGO_BIKE, street_or_building="Bakfietsroute")
        url = reverse("outreach:round_list")
        page = _get(client, cast.connector_a, url, data={"kind": "bus"}).content.decode()
        assert "Busplein" in page and "Bakfietsroute" not in page
        answer = _get(client, cast.connector_a, url, data={"kind": "nonsense", "year": "abc"})
        assert answer.status_code == 200 and "Busplein" in answer.content.decode()

    def test_in_dutch(self, client, cast):
        OutreachRoundFactory(flat=True)
        page = _get(client, cast.connector_a, reverse("outreach:round_list")).content.decode()
        assert "Outreachrondes" in page and "5 etages, 25 van 58 woningen bereikt" in page
        assert "Ronde vastleggen" in page

    def test_query_count_is_constant(self, client, cast, django_assert_max_num_queries):
        for _ in range(2):
            RoundSignUpFactory()
        client.force_login(cast.connector_a)
        url = reverse("outreach:round_list")
        with django_assert_max_num_queries(12) as first:
            client.get(url)
        for _ in range(8):
            RoundSignUpFactory()
        with django_assert_max_num_queries(len(first.captured_queries)):
            client.get(url)


class TestRecordRound:
    def test_a_connector_records_a_round_and_sees_its_reach_line(self, client, cast, buurt_a, english):
        url = reverse("outreach:round_create")
        form = _get(client, cast.connector_a, url).content.decode()
        assert 'type="hidden" name="team"' in form  # one team: nothing to choose
        data = _round_data(buurt_a, team=cast.team_a.pk, staff=[cast.connector_a.pk])
        answer = _post(client, cast.connector_a, url, data, follow=True)
        outreach_round = OutreachRound.objects.get()
        assert answer.redirect_chain[-1][0] == reverse("outreach:round_detail", args=[outreach_round.uuid])
        page = answer.content.decode()
        assert "The outreach round has been recorded." in page
        assert "5 floors, 25 of 58 homes reached, 21 conversations, 0 sign-ups" in page
        assert "Moestuin" in page and "heard 3 times" in page
        assert list(outreach_round.staff.all()) == [cast.connector_a]

    @pytest.mark.parametrize(
        "overrides, field",
        [
            ({"homes_reached": "59"}, "homes_reached"),
            ({"kind": RoundKind.BUS}, "floors"),
            ({"held_on": (TODAY() + timedelta(days=1)).isoformat()}, "held_on"),
            ({"wishes": "Moestuin: 0"}, "wishes"),
            ({"kind": "spaceship"}, "kind"),
        ],
    )
    def test_bad_input_changes_nothing(self, client, cast, buurt_a, overrides, field, english):
        data = _round_data(buurt_a, team=cast.team_a.pk, **overrides)
        answer = _post(client, cast.connector_a, reverse("outreach:round_create"), data)
        assert answer.status_code == 200
        assert f'id="id_{field}_error"' in answer.content.decode()
        assert not OutreachRound.objects.exists() and not AuditEvent.objects.exists()

    def test_a_buurt_or_team_of_another_team_is_refused(self, client, cast, buurt_a, buurt_b):
        url = reverse("outreach:round_create")
        _post(client, cast.connector_a, url, _round_data(buurt_b, team=cast.team_a.pk))
        _post(client, cast.connector_b, url, _round_data(buurt_a, team=cast.team_a.pk))
        assert not OutreachRound.objects.exists()

    @pytest.mark.parametrize("role", NON_EDITORS)
    def test_others_cannot_record(self, client, cast, buurt_a, role):
        answer = _post(client, cast.roles()[role], reverse("outreach:round_create"), _round_data(buurt_a))
        assert answer.status_code == 403 and not OutreachRound.objects.exists()


class TestRoundDetail:
    def test_the_generalist_reads_the_round_without_names_or_edit_actions(self, client, cast, english):
        outreach_round = OutreachRoundFactory(flat=True)
        signup = RoundSignUpFactory(outreach_round=outreach_round)
        page = _get(client, cast.generalist_a, reverse("outreach:round_detail", args=[outreach_round.uuid]))
        content = page.content.decode()
        assert page.status_code == 200 and "1 sign-up" in content
        assert signup.resident.last_name not in content
        assert "And 1 sign-up of a resident outside what you may see." in content
        assert reverse("outreach:round_edit", args=[outreach_round.uuid]) not in content

    def test_the_connector_sees_names_and_actions(self, client, cast, english):
        outreach_round = OutreachRoundFactory()
        signup = RoundSignUpFactory(outreach_round=outreach_round)
        content = _get(client, cast.connector_a, reverse("outreach:round_detail", args=[outreach_round.uuid]))
        content = content.content.decode()
        assert signup.resident.full_name in content
        assert reverse("outreach:signup_remove", args=[outreach_round.uuid, signup.pk]) in content
        assert reverse("outreach:signup_add", args=[outreach_round.uuid]) in content

    def test_another_team_gets_404(self, client, cast):
        outreach_round = OutreachRoundFactory()
        url = reverse("outreach:round_detail", args=[outreach_round.uuid])
        assert _get(client, cast.connector_b, url).status_code == 404


class TestEditRound:
    def test_changes_are_saved(self, client, cast, buurt_a):
        outreach_round = OutreachRoundFactory(flat=True)
        RoundWishFactory(outreach_round=outreach_round, wish=WishTagFactory(name="Moestuin"), mentions=2)
        url = reverse("outreach:round_edit", args=[outreach_round.uuid])
        form = _get(client, cast.connector_a, url).content.decode()
        assert "Moestuin: 2" in form
        answer = _post(client, cast.connector_a, url, _round_data(buurt_a, homes_reached="30", wishes="Moestuin: 2"))
        assert answer.status_code == 302
        outreach_round.refresh_from_db()
        assert outreach_round.homes_reached == 30 and outreach_round.conversations == 21
        assert AuditEvent.objects.get(event="outreach_round.changed").detail["fields"] == [
            "conversations",
            "homes_reached",
        ]

    def test_bad_input_changes_nothing_and_the_page_shows_what_is_stored(self, client, cast, buurt_a, english):
        outreach_round = OutreachRoundFactory(flat=True)
        url = reverse("outreach:round_edit", args=[outreach_round.uuid])
        answer = _post(client, cast.connector_a, url, _round_data(buurt_a, homes_reached="99"))
        assert answer.status_code == 200 and "More homes reached than approached." in answer.content.decode()
        outreach_round.refresh_from_db()
        assert outreach_round.homes_reached == 25 and not AuditEvent.objects.exists()

    def test_the_service_check_on_sign_ups_reaches_the_form(self, client, cast, buurt_a, english):
        outreach_round = OutreachRoundFactory(held_on=days_ago(10))
        RoundSignUpFactory(outreach_round=outreach_round, signed_up_on=days_ago(8))
        url = reverse("outreach:round_edit", args=[outreach_round.uuid])
        data = _round_data(buurt_a, held_on=days_ago(5).isoformat())
        answer = _post(client, cast.connector_a, url, data)
        assert "A resident signed up after this round before this date." in answer.content.decode()
        outreach_round.refresh_from_db()
        assert outreach_round.held_on == days_ago(10)

    @pytest.mark.parametrize("role, status", [("connector_b", 404), ("generalist_a", 403), ("analyst", 403)])
    def test_others_cannot_edit(self, client, cast, buurt_a, role, status):
        outreach_round = OutreachRoundFactory(conversations=4)
        url = reverse("outreach:round_edit", args=[outreach_round.uuid])
        assert _post(client, cast.roles()[role], url, _round_data(buurt_a)).status_code == status
        outreach_round.refresh_from_db()
        assert outreach_round.conversations == 4


class TestSignUps:
    def test_search_and_link_a_resident(self, client, cast, buurt_b, english):
        outreach_round = OutreachRoundFactory(held_on=days_ago(5))
        fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
        ResidentFactory(first_name="Fatima", last_name="Elders", buurt=buurt_b)  # team Stratum
        url = reverse("outreach:signup_add", args=[outreach_round.uuid])
        page = _get(client, cast.connector_a, url, data={"q": "Fatima"}).content.decode()
        assert "Fatima Yilmaz" in page and "Elders" not in page
        answer = _post(
            client, cast.connector_a, url, {"resident": fatima.uuid, "signed_up_on": days_ago(2).isoformat()}
        )
        assert answer.status_code == 302
        signup = RoundSignUp.objects.get()
        assert signup.resident == fatima and signup.signed_up_on == days_ago(2)
        page = _get(client, cast.connector_a, reverse("outreach:round_detail", args=[outreach_round.uuid]))
        assert "1 sign-up" in page.content.decode()
        # Linked already: no longer found.
        page = _get(client, cast.connector_a, url, data={"q": "Fatima"}).content.decode()
        assert "Link Fatima Yilmaz" not in page

    def test_bad_input_changes_nothing(self, client, cast, buurt_b, english):
        outreach_round = OutreachRoundFactory(held_on=days_ago(5))
        elsewhere = ResidentFactory(buurt=buurt_b)
        near = ResidentFactory()
        url = reverse("outreach:signup_add", args=[outreach_round.uuid])
        for data in (
            {"resident": elsewhere.uuid, "signed_up_on": TODAY().isoformat()},
            {"resident": near.uuid, "signed_up_on": days_ago(6).isoformat()},
            {"resident": "not-a-uuid", "signed_up_on": TODAY().isoformat()},
            {"resident": near.uuid, "signed_up_on": "gisteren"},
        ):
            answer = _post(client, cast.connector_a, url, data)
            assert answer.status_code == 200 and "The resident was not linked." in answer.content.decode()
        assert not RoundSignUp.objects.exists() and not AuditEvent.objects.exists()

    def test_remove_a_sign_up(self, client, cast):
        signup = RoundSignUpFactory()
        url = reverse("outreach:signup_remove", args=[signup.outreach_round.uuid, signup.pk])
        assert _get(client, cast.connector_a, url).status_code == 405
        assert _post(client, cast.connector_b, url).status_code == 404
        assert _post(client, cast.generalist_a, url).status_code == 403
        assert RoundSignUp.objects.exists()
        assert _post(client, cast.team_lead_a, url).status_code == 302
        assert not RoundSignUp.objects.exists()

    def test_a_sign_up_of_a_resident_outside_the_scope_cannot_be_removed(self, client, cast, buurt_b):
        signup = RoundSignUpFactory(resident=ResidentFactory(buurt=buurt_b))
        url = reverse("outreach:signup_remove", args=[signup.outreach_round.uuid, signup.pk])
        assert _post(client, cast.connector_a, url).status_code == 404
        assert RoundSignUp.objects.exists()


class TestOverview:
    def test_figures_per_kind_and_wishes(self, client, cast, team_b, buurt_b, english):
        flat = OutreachRoundFactory(flat=True)
        for _ in range(7):
            RoundSignUpFactory(outreach_round=flat)
        RoundWishFactory(outreach_round=flat, wish=WishTagFactory(name="Moestuin"), mentions=4)
        OutreachRoundFactory(team=team_b, buurt=buurt_b, kind=RoundKind.BUS)
        RoundWishFactory(
            outreach_round=OutreachRoundFactory(team=team_b, buurt=buurt_b), wish=WishTagFactory(name="Jeu de boules")
        )
        page = _get(client, cast.generalist_a, reverse("outreach:overview")).content.decode()
        assert "Floor conversations in a flat" in page and "Bus</th>" not in page
        assert "43%" in page  # 25 of 58 homes
        assert "28.0" in page  # 7 sign-ups per 25 homes reached
        assert "Moestuin" in page and "heard 4 times" in page and "Jeu de boules" not in page

    def test_another_team_filter_is_refused_quietly(self, client, cast, english):
        OutreachRoundFactory(flat=True)
        page = _get(client, cast.connector_a, reverse("outreach:overview"), data={"team": "stratum"})
        assert page.status_code == 200 and "Floor conversations in a flat" in page.content.decode()

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("outreach:overview")).status_code == 403


class TestAmbassadors:
    def test_list_with_reach_this_year(self, client, cast, buurt_b, english):
        amira = ResidentFactory(first_name="Amira", last_name="Bakkal", is_ambassador=True)
        ResidentFactory(first_name="Kees", last_name="Sleutel", is_key_figure=True)
        ResidentFactory(first_name="Bram", last_name="Elders", is_ambassador=True, buurt=buurt_b)
        for _ in range(3):
            ResidentFactory(referred_by=amira)
        ResidentFactory(referred_by=amira, registered_on=date(TODAY().year - 1, 3, 3))
        page = _get(client, cast.connector_a, reverse("outreach:ambassador_list")).content.decode()
        assert "Amira Bakkal" in page and "Kees Sleutel" in page and "Elders" not in page
        assert f"Reach in {TODAY().year}" in page
        assert '<td class="utrecht-table__cell utrecht-table__cell--numeric">3</td>' in page
        assert '<td class="utrecht-table__cell utrecht-table__cell--numeric">4</td>' in page

    def test_the_generalist_sees_only_assigned_ambassadors(self, client, cast):
        amira = ResidentFactory(first_name="Amira", last_name="Bakkal", is_ambassador=True)
        url = reverse("outreach:ambassador_list")
        assert "Amira Bakkal" not in _get(client, cast.generalist_a, url).content.decode()
        Assignment.objects.create(resident=amira, user=cast.generalist_a)
        assert "Amira Bakkal" in _get(client, cast.generalist_a, url).content.decode()

    def test_detail_shows_reach_per_year_and_who_came_in_and_logs_the_view(self, client, cast, buurt_b, english):
        amira = ResidentFactory(first_name="Amira", is_ambassador=True)
        near = ResidentFactory(referred_by=amira)
        ResidentFactory(referred_by=amira, buurt=buurt_b)
        page = _get(client, cast.connector_a, reverse("outreach:ambassador_detail", args=[amira.uuid]))
        content = page.content.decode()
        assert near.full_name in content and "And 1 resident outside what you may see." in content
        assert f'<th class="utrecht-table__header-cell" scope="row">{TODAY().year}</th>' in content
        assert "?taal=nl" in content and "?taal=en" in content
        event = AuditEvent.objects.get(event="ambassador.viewed")
        assert event.resident_id == amira.pk and event.actor == cast.connector_a

    def test_a_resident_who_is_neither_gets_404(self, client, cast):
        plain = ResidentFactory()
        url = reverse("outreach:ambassador_detail", args=[plain.uuid])
        assert _get(client, cast.connector_a, url).status_code == 404
        assert not AuditEvent.objects.exists()

    def test_the_resident_page_links_to_the_ambassador_page(self, client, cast):
        amira = ResidentFactory(is_ambassador=True)
        page = _get(client, cast.connector_a, reverse("people:resident_detail", args=[amira.uuid])).content.decode()
        assert reverse("outreach:ambassador_detail", args=[amira.uuid]) in page

    def test_the_resident_form_offers_only_ambassadors_and_key_figures_the_user_may_see(self, cast, buurt_b):
        ambassador = ResidentFactory(is_ambassador=True)
        key_figure = ResidentFactory(is_key_figure=True)
        ResidentFactory()
        ResidentFactory(is_ambassador=True, buurt=buurt_b)
        form = ResidentForm(user=cast.connector_a)
        assert set(form.fields["referred_by"].queryset) == {ambassador, key_figure}
        assert {"referred_by", "is_ambassador", "is_key_figure"} <= set(form.fields)
