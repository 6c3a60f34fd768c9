import logging
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent
from bloei.people.models import Consent
from bloei.people.tests.factories import ResidentFactory
from bloei.referrals.choices import ReferralStatus
from bloei.referrals.models import Referral, Signal

from .factories import ReferralFactory, SignalFactory
from .test_services import DESCRIPTION, raise_signal, refer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


def referral_data(resident, **overrides):
    return {
        "resident": resident.pk,
        "team": "",
        "to_connector": "",
        "reason": "Sinds de verhuizing veel alleen",
        "wishes": "Wil graag breien met anderen",
        "practical_notes": "",
        "consent_given": "on",
        "consent_given_on": timezone.localdate().isoformat(),
        **overrides,
    }


# --- referrals ----------------------------------------------------------------------------------------


class TestReferralCreate:
    def test_the_form_offers_the_generalists_caseload_and_connectors_by_team(self, client, cast, resident):
        other = ResidentFactory(first_name="Onbekend", last_name="Buiten")
        url = reverse("referrals:referral_create") + f"?resident={resident.uuid}"
        page = _get(client, cast.generalist_a, url).content.decode()
        assert resident.full_name in page and other.full_name not in page
        assert f'<option value="{resident.pk}" selected>' in page
        assert f'<optgroup label="{cast.team_a.name}">' in page and f'<optgroup label="{cast.team_b.name}">' in page
        assert reverse("people:resident_create") in page

    def test_a_referral_is_sent(self, client, cast, resident):
        response = _post(client, cast.generalist_a, reverse("referrals:referral_create"), referral_data(resident))
        referral = Referral.objects.get()
        assert response.status_code == 302
        assert response.url == reverse("referrals:referral_detail", args=[referral.uuid])
        assert referral.team == cast.team_a and referral.wishes == "Wil graag breien met anderen"

    def test_without_consent_nothing_is_sent(self, client, cast, resident):
        consents = Consent.objects.count()
        response = _post(
            client, cast.generalist_a, reverse("referrals:referral_create"), referral_data(resident, consent_given="")
        )
        assert response.status_code == 200
        assert "Without the resident&#x27;s consent there is no referral." in response.content.decode()
        assert not Referral.objects.exists() and Consent.objects.count() == consents

    def test_bad_input_changes_nothing(self, client, cast, resident):
        stranger = ResidentFactory()
        url = reverse("referrals:referral_create")
        for data in (
            referral_data(stranger),  # not in the caseload
            referral_data(resident, reason=""),
            referral_data(resident, to_connector=cast.connector_b.pk),  # not a connector of team A
            referral_data(resident, consent_given_on="2999-01-01"),
        ):
            assert _post(client, cast.generalist_a, url, data).status_code == 200
        assert not Referral.objects.exists()

    @pytest.mark.parametrize("role", ["connector_a", "team_lead_a", "analyst", "admin"])
    def test_only_generalists_refer(self, client, cast, resident, role):
        url = reverse("referrals:referral_create")
        assert _post(client, cast.roles()[role], url, referral_data(resident)).status_code == 403
        assert not Referral.objects.exists()


class TestReferralDetail:
    def test_the_receiving_connector_sees_the_context_and_can_accept(self, client, cast, resident):
        referral = refer(cast, resident, practical_notes="Slechthorend: liever langsgaan")
        url = reverse("referrals:referral_detail", args=[referral.uuid])
        page = _get(client, cast.connector_a, url).content.decode()
        for text in (resident.full_name, "Wil graag mensen ontmoeten", "Slechthorend", "Accept referral",
                     reverse("referrals:referral_return", args=[referral.uuid])):
            assert text in page
        assert "Withdraw referral" not in page
        event = AuditEvent.objects.get(event="referral.viewed")
        assert event.actor == cast.connector_a and event.detail == {}

    def test_the_generalist_sees_the_outcome(self, client, cast, resident):
        referral = refer(cast, resident)
        url = reverse("referrals:referral_detail", args=[referral.uuid])
        page = _get(client, cast.generalist_a, url).content.decode()
        assert "Waiting for a connector" in page and "Withdraw referral" in page and "Accept referral" not in page
        from bloei.referrals import services

        reason = "Past beter bij het maatschappelijk werk"
        services.return_referral(referral=referral, by=cast.connector_a, reason=reason)
        page = _get(client, cast.generalist_a, url).content.decode()
        assert "Returned by Anna Test" in page and "Past beter bij het maatschappelijk werk" in page
        assert "Withdraw referral" not in page

    def test_others_get_404_or_403(self, client, cast, resident, generalist_b):
        from .conftest import make_user

        referral = refer(cast, resident)
        url = reverse("referrals:referral_detail", args=[referral.uuid])
        other_generalist = make_user("generalist_a3", "generalist", cast.team_a)
        for person in (cast.connector_b, other_generalist, generalist_b):
            response = _get(client, person, url)
            assert response.status_code == 404 and b"Wil graag" not in response.content
        for person in (cast.analyst, cast.municipality, cast.admin, cast.no_role):
            assert _get(client, person, url).status_code == 403


class TestReferralActions:
    def test_accept_is_post_only_and_assigns_the_connector(self, client, cast, resident):
        referral = refer(cast, resident)
        url = reverse("referrals:referral_accept", args=[referral.uuid])
        assert _get(client, cast.connector_a, url).status_code == 405
        response = _post(client, cast.connector_a, url, {"connector": cast.connector_a.pk})
        assert response.status_code == 302
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.ACCEPTED and referral.assignment.user == cast.connector_a

    def test_accept_with_a_connector_of_another_team_changes_nothing(self, client, cast, resident):
        referral = refer(cast, resident)
        url = reverse("referrals:referral_accept", args=[referral.uuid])
        response = _post(client, cast.team_lead_a, url, {"connector": cast.connector_b.pk}, follow=True)
        assert b"Choose the connector who takes the resident on." in response.content
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.OPEN

    def test_another_team_cannot_accept(self, client, cast, resident):
        referral = refer(cast, resident)
        for name in ("referrals:referral_accept", "referrals:referral_return"):
            url = reverse(name, args=[referral.uuid])
            data = {"connector": cast.connector_b.pk, "reason": "x"}
            assert _post(client, cast.connector_b, url, data).status_code == 404
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.OPEN

    def test_return_needs_a_reason(self, client, cast, resident):
        referral = refer(cast, resident)
        url = reverse("referrals:referral_return", args=[referral.uuid])
        assert _post(client, cast.connector_a, url, {"reason": " "}).status_code == 200
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.OPEN
        assert _post(client, cast.connector_a, url, {"reason": "Niet bereikbaar"}).status_code == 302
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.RETURNED
        response = _get(client, cast.connector_a, url, follow=True)  # no longer open: back to the referral
        assert b"This referral is no longer open." in response.content

    def test_withdraw_by_the_sender(self, client, cast, resident):
        referral = refer(cast, resident)
        url = reverse("referrals:referral_withdraw", args=[referral.uuid])
        assert _get(client, cast.generalist_a, url).status_code == 405
        assert _post(client, cast.connector_a, url).status_code == 403
        assert _post(client, cast.generalist_a, url).status_code == 302
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.WITHDRAWN
        response = _post(client, cast.generalist_a, url, follow=True)
        assert b"This referral has been withdrawn." in response.content


class TestReferralList:
    def test_sent_and_received_with_a_status_filter(self, client, cast, resident):
        open_one = refer(cast, resident)
        other = ReferralFactory(referred_by=cast.generalist_a, status="returned", decided_at=timezone.now(),
                                decided_on=timezone.localdate(), decided_by=cast.connector_a, return_reason="Nee")
        ReferralFactory(referred_by=cast.generalist_a, team=cast.team_b, resident=ResidentFactory(first_name="Zeynep"))
        url = reverse("referrals:referral_list")
        page = _get(client, cast.connector_a, url).content.decode()
        assert open_one.resident.full_name in page and other.resident.full_name in page and "Zeynep" not in page
        page = _get(client, cast.connector_a, url, data={"status": "returned"}).content.decode()
        assert other.resident.full_name in page and open_one.resident.full_name not in page
        page = _get(client, cast.generalist_a, url, data={"box": "sent"}).content.decode()
        assert "Zeynep" in page and "3 referrals" in page
        fragment = _get(client, cast.connector_b, url, headers={"HX-Request": "true"}).content.decode()
        assert "Zeynep" in fragment and "<html" not in fragment

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin", "no_role"])
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("referrals:referral_list")).status_code == 403


# --- signals ------------------------------------------------------------------------------------------


class TestSignalCreate:
    def test_a_connector_raises_a_signal(self, client, cast, resident):
        url = reverse("referrals:signal_create") + f"?resident={resident.uuid}"
        page = _get(client, cast.connector_a, url).content.decode()
        assert f'<option value="{resident.pk}" selected>' in page
        data = {"resident": resident.pk, "kind": "crisis", "urgency": "urgent", "description": DESCRIPTION}
        response = _post(client, cast.connector_a, reverse("referrals:signal_create"), data, follow=True)
        signal = Signal.objects.get()
        assert response.redirect_chain[-1][0] == reverse("referrals:signal_detail", args=[signal.uuid])
        assert "passed to the generalists" in response.content.decode()
        assert signal.kind == "crisis" and signal.urgency == "urgent"

    def test_bad_input_changes_nothing(self, client, cast, resident):
        url = reverse("referrals:signal_create")
        stranger = ResidentFactory(buurt=None, team=cast.team_b)
        for data in (
            {"resident": resident.pk, "kind": "burglary", "urgency": "normal", "description": "x"},
            {"resident": resident.pk, "kind": "crisis", "urgency": "normal", "description": ""},
            {"resident": stranger.pk, "kind": "crisis", "urgency": "normal", "description": "x"},
        ):
            assert _post(client, cast.connector_a, url, data).status_code == 200
        assert not Signal.objects.exists()

    @pytest.mark.parametrize("role", ["generalist_a", "analyst", "no_role"])
    def test_generalists_and_others_do_not_raise_signals(self, client, cast, resident, role):
        data = {"resident": resident.pk, "kind": "crisis", "urgency": "normal", "description": "x"}
        assert _post(client, cast.roles()[role], reverse("referrals:signal_create"), data).status_code == 403
        assert not Signal.objects.exists()


class TestSignalDetail:
    def test_the_restricted_group_reads_it(self, client, cast, resident):
        signal = raise_signal(cast, resident)
        url = reverse("referrals:signal_detail", args=[signal.uuid])
        for person in (cast.connector_a, cast.generalist_a, cast.team_lead_a):
            page = _get(client, person, url).content.decode()
            assert DESCRIPTION in page and resident.full_name in page
        events = AuditEvent.objects.filter(event="signal.viewed")
        assert events.count() == 3 and all(e.detail == {} for e in events)

    def test_nobody_else_learns_of_it(self, client, cast, resident, other_connector_a, generalist_b, team_lead_b):
        signal = raise_signal(cast, resident)
        for name in ("referrals:signal_detail", "referrals:signal_acknowledge"):
            url = reverse(name, args=[signal.uuid])
            for person in (other_connector_a, cast.connector_b, generalist_b, team_lead_b):
                response = _get(client, person, url)
                assert response.status_code == 404, (name, person.username)
                assert DESCRIPTION.encode() not in response.content
                assert resident.last_name.encode() not in response.content
            for person in (cast.analyst, cast.municipality, cast.admin, cast.no_role):
                assert _get(client, person, url).status_code == 403
        assert not AuditEvent.objects.filter(event="signal.viewed").exists()

    def test_the_generalist_sees_the_acknowledge_form_the_raiser_the_status(self, client, cast, resident):
        signal = raise_signal(cast, resident)
        url = reverse("referrals:signal_detail", args=[signal.uuid])
        assert b"Acknowledge signal" in _get(client, cast.generalist_a, url).content
        page = _get(client, cast.connector_a, url).content.decode()
        assert "Acknowledge signal" not in page and "Waiting for acknowledgement" in page

    def test_an_escalated_signal_says_so(self, client, cast, resident):
        today = timezone.localdate()
        signal = SignalFactory(resident=resident, raised_by=cast.connector_a, raised_on=today - timedelta(days=7),
                               deadline=today - timedelta(days=3))
        page = _get(client, cast.team_lead_a, reverse("referrals:signal_detail", args=[signal.uuid])).content.decode()
        assert "Escalated: not acknowledged in time" in page and "escalated to the team lead" in page


class TestAcknowledge:
    def test_a_generalist_acknowledges(self, client, cast, resident):
        signal = raise_signal(cast, resident)
        url = reverse("referrals:signal_acknowledge", args=[signal.uuid])
        assert _post(client, cast.generalist_a, url, {"note": "  "}).status_code == 200
        signal.refresh_from_db()
        assert signal.acknowledged_at is None
        assert _post(client, cast.generalist_a, url, {"note": "Huisbezoek morgen"}).status_code == 302
        signal.refresh_from_db()
        assert signal.acknowledged_by == cast.generalist_a and signal.acknowledgement_note == "Huisbezoek morgen"
        page = _get(client, cast.connector_a, reverse("referrals:signal_detail", args=[signal.uuid])).content.decode()
        assert "Acknowledged by Gina Test" in page and "Huisbezoek morgen" in page
        response = _get(client, cast.generalist_a, url, follow=True)
        assert b"This signal has already been acknowledged." in response.content

    def test_the_raiser_may_not_acknowledge_their_own_signal(self, client, cast, resident):
        signal = raise_signal(cast, resident)
        url = reverse("referrals:signal_acknowledge", args=[signal.uuid])
        assert _get(client, cast.connector_a, url).status_code == 403
        assert _post(client, cast.connector_a, url, {"note": "Zelf gedaan"}).status_code == 403
        signal.refresh_from_db()
        assert signal.acknowledged_at is None


class TestSignalList:
    def test_each_sees_their_part(self, client, cast, resident, other_connector_a):
        signal = raise_signal(cast, resident)
        url = reverse("referrals:signal_list")
        for person in (cast.connector_a, cast.generalist_a, cast.team_lead_a):
            assert resident.full_name in _get(client, person, url).content.decode()
        for person in (other_connector_a, cast.connector_b):
            page = _get(client, person, url).content.decode()
            assert resident.full_name not in page and "No signals found." in page
        page = _get(client, cast.generalist_a, url, data={"status": "acknowledged"}).content.decode()
        assert resident.full_name not in page
        assert signal.description not in _get(client, cast.generalist_a, url).content.decode()


class TestToday:
    def test_the_start_page_per_role(self, client, cast, resident):
        today = timezone.localdate()
        refer(cast, resident, to_connector=cast.connector_a)
        overdue = SignalFactory(resident=resident, raised_by=cast.connector_a, raised_on=today - timedelta(days=7),
                                deadline=today - timedelta(days=3), kind="crisis")
        home = reverse("core:home")
        page = _get(client, cast.connector_a, home).content.decode()
        assert "New referrals for your team" in page and "for you" in page and resident.full_name in page
        assert "Signals you raised" in page and "Overdue: was due" in page
        page = _get(client, cast.generalist_a, home).content.decode()
        assert "Your referrals" in page and "Waiting for a connector" in page
        assert "To acknowledge" in page and "Crisis: " + resident.full_name in page and "Overdue" in page
        page = _get(client, cast.team_lead_a, home).content.decode()
        assert "Escalated to you" in page and reverse("referrals:signal_detail", args=[overdue.uuid]) in page
        page = _get(client, cast.connector_b, home).content.decode()
        assert resident.full_name not in page and "No new referrals." in page
        assert DESCRIPTION not in page


def test_signal_text_never_reaches_the_logs(client, cast, resident, caplog):
    caplog.set_level(logging.DEBUG)
    data = {"resident": resident.pk, "kind": "crisis", "urgency": "urgent", "description": DESCRIPTION}
    _post(client, cast.connector_a, reverse("referrals:signal_create"), data)
    signal = Signal.objects.get()
    _get(client, cast.generalist_a, reverse("referrals:signal_detail", args=[signal.uuid]))
    _get(client, cast.connector_b, reverse("referrals:signal_detail", args=[signal.uuid]))  # 404, logged
    _get(client, cast.analyst, reverse("referrals:signal_detail", args=[signal.uuid]))  # 403, logged
    note = "Crisisdienst ingeschakeld"
    _post(client, cast.generalist_a, reverse("referrals:signal_acknowledge", args=[signal.uuid]), {"note": note})
    assert Signal.objects.get().acknowledgement_note == note
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records, "the 404 and 403 above should have logged something"
    for text in ("geschreeuw", note, resident.first_name, resident.last_name):
        assert text not in logged


def test_erasing_a_resident_takes_their_referrals_and_signals_along(cast, resident):
    refer(cast, resident)
    raise_signal(cast, resident)
    resident.delete()
    assert not Referral.objects.exists() and not Signal.objects.exists()
