import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import translation

import pytest
import time_machine

from bloei.core.models import AuditEvent
from bloei.people.choices import AssignmentRole, ConsentPurpose, LawfulBasis
from bloei.people.models import Assignment, Consent, Resident
from bloei.people.services import withdraw_consent
from bloei.people.tests.factories import AssignmentFactory
from bloei.referrals import services
from bloei.referrals.choices import ReferralStatus, SignalKind, SignalUrgency
from bloei.referrals.models import Referral, Signal

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Service messages in English, whether or not the Dutch catalogue is compiled."""
    with translation.override("en"):
        yield

AMS = ZoneInfo("Europe/Amsterdam")
DESCRIPTION = "Buurvrouw hoort elke nacht geschreeuw en gestommel"


def at(year, month, day, hour=10):
    """A moment in the future (the cast's memberships start today), in Amsterdam time."""
    return datetime(year, month, day, hour, tzinfo=AMS)


def refer(cast, resident, **kwargs):
    data = {
        "by": cast.generalist_a,
        "resident": resident,
        "reason": "Zit veel alleen thuis sinds haar man overleed",
        "wishes": "Wil graag mensen ontmoeten en iets met handwerken doen",
        "consent_given": True,
        **kwargs,
    }
    return services.refer_resident(**data)


def raise_signal(cast, resident, **kwargs):
    data = {
        "by": cast.connector_a,
        "resident": resident,
        "kind": SignalKind.UNSAFE_HOME,
        "urgency": SignalUrgency.NORMAL,
        "description": DESCRIPTION,
        **kwargs,
    }
    return services.raise_signal(**data)


def no_text_in_audit(*texts):
    for event in AuditEvent.objects.all():
        for text in texts:
            assert text not in str(event.detail), event.event


# --- referrals ----------------------------------------------------------------------------------------


class TestRefer:
    def test_records_the_referral_with_its_consent_and_audit_events(self, cast, resident):
        referral = refer(cast, resident, practical_notes="Bellen na 10 uur")
        assert referral.status == ReferralStatus.OPEN and referral.team == cast.team_a
        assert referral.referred_by == cast.generalist_a and referral.to_connector is None
        consent = referral.consent
        assert consent.resident == resident and consent.recorded_by == cast.generalist_a
        assert consent.purpose == services.referral_consent_purpose()
        assert consent.lawful_basis == LawfulBasis.CONSENT and consent.is_active
        assert consent.note  # says it is for a referral, while the purpose is registration
        events = {e.event: e for e in AuditEvent.objects.filter(resident_id=resident.pk)}
        assert events["referral.created"].detail == {"to_connector": None, "consent": consent.pk}
        assert events["referral.created"].actor == cast.generalist_a
        assert events["consent.given"].detail["referral"] == referral.pk
        no_text_in_audit("alleen thuis", "handwerken", "Bellen", resident.first_name)

    def test_without_consent_there_is_no_referral(self, cast, resident):
        consents = Consent.objects.count()
        with pytest.raises(ValidationError) as error:
            refer(cast, resident, consent_given=False)
        assert "consent_given" in error.value.message_dict
        assert Referral.objects.count() == 0 and Consent.objects.count() == consents
        assert not AuditEvent.objects.filter(event__startswith="referral.").exists()

    def test_the_consent_cannot_be_dated_in_the_future(self, cast, resident):
        with pytest.raises(ValidationError) as error:
            refer(cast, resident, consent_given_on=date(2999, 1, 1))
        assert "consent_given_on" in error.value.message_dict

    def test_only_a_generalist_refers_a_resident_they_may_see(self, cast, resident):
        from bloei.people.tests.factories import ResidentFactory

        with pytest.raises(PermissionDenied):
            refer(cast, ResidentFactory())  # a resident of team A not in generalist_a's caseload
        with pytest.raises(PermissionDenied):
            refer(cast, resident, by=cast.connector_a)  # connectors receive referrals, they do not send them
        assert Referral.objects.count() == 0

    def test_reason_and_wishes_are_required(self, cast, resident):
        with pytest.raises(ValidationError) as error:
            refer(cast, resident, reason="  ")
        assert "reason" in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            refer(cast, resident, wishes="")
        assert "wishes" in error.value.message_dict

    def test_a_named_connector_must_work_in_the_team(self, cast, resident):
        with pytest.raises(ValidationError) as error:
            refer(cast, resident, to_connector=cast.connector_b)
        assert "to_connector" in error.value.message_dict
        referral = refer(cast, resident, to_connector=cast.connector_a)
        assert referral.to_connector == cast.connector_a

    def test_another_team_may_be_chosen(self, cast, resident):
        referral = refer(cast, resident, team=cast.team_b, to_connector=cast.connector_b)
        assert referral.team == cast.team_b

    def test_one_open_referral_per_resident_and_team(self, cast, resident):
        refer(cast, resident)
        with pytest.raises(ValidationError):
            refer(cast, resident)
        refer(cast, resident, team=cast.team_b)  # another team is another referral
        assert Referral.objects.count() == 2

    def test_a_closed_file_is_not_referred(self, cast, resident):
        Resident.objects.filter(pk=resident.pk).update(closed_on=resident.registered_on)
        resident.refresh_from_db()
        with pytest.raises(ValidationError):
            refer(cast, resident)


class TestAccept:
    def test_the_connector_takes_the_resident_on(self, cast, resident):
        referral = refer(cast, resident)
        referral = services.accept_referral(referral=Referral.objects.get(pk=referral.pk), by=cast.connector_a)
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.ACCEPTED
        assert referral.decided_by == cast.connector_a and referral.decided_on and referral.decided_at
        assert referral.assigned_connector == cast.connector_a
        assignment = referral.assignment
        assert assignment.user == cast.connector_a and assignment.role == AssignmentRole.CONNECTOR
        assert assignment.resident == resident
        accepted = AuditEvent.objects.get(event="referral.accepted")
        assert accepted.actor == cast.connector_a
        assert accepted.detail == {"connector": cast.connector_a.pk, "assignment": assignment.pk}
        assert AuditEvent.objects.get(event="assignment.started").actor == cast.connector_a

    def test_an_existing_assignment_is_kept(self, cast, resident):
        existing = AssignmentFactory(resident=resident, user=cast.connector_a)
        referral = services.accept_referral(referral=refer(cast, resident), by=cast.connector_a)
        assert referral.assignment == existing
        assert Assignment.objects.filter(resident=resident, user=cast.connector_a).count() == 1

    def test_the_team_lead_accepts_for_a_connector(self, cast, resident):
        referral = refer(cast, resident)
        with pytest.raises(ValidationError) as error:
            services.accept_referral(referral=referral, by=cast.team_lead_a)
        assert "connector" in error.value.message_dict
        with pytest.raises(ValidationError):
            services.accept_referral(referral=referral, by=cast.team_lead_a, connector=cast.connector_b)
        referral = services.accept_referral(referral=referral, by=cast.team_lead_a, connector=cast.connector_a)
        assert referral.assigned_connector == cast.connector_a and referral.decided_by == cast.team_lead_a

    def test_the_named_connector_is_the_default_for_the_team_lead(self, cast, resident):
        referral = refer(cast, resident, to_connector=cast.connector_a)
        referral = services.accept_referral(referral=referral, by=cast.team_lead_a)
        assert referral.assigned_connector == cast.connector_a

    def test_a_resident_of_another_team_is_handed_over(self, cast, resident):
        referral = refer(cast, resident, team=cast.team_b)
        assert not Resident.objects.visible_to(cast.connector_b).filter(pk=resident.pk).exists()
        services.accept_referral(referral=referral, by=cast.connector_b)
        assert Resident.objects.visible_to(cast.connector_b).filter(pk=resident.pk).exists()
        # The assignment is made in the name of the referring generalist; the acceptance in the connector's.
        assert AuditEvent.objects.get(event="assignment.started").actor == cast.generalist_a
        assert AuditEvent.objects.get(event="referral.accepted").actor == cast.connector_b

    def test_only_the_receiving_team_accepts(self, cast, resident, generalist_b):
        referral = refer(cast, resident)
        for person in (cast.connector_b, cast.generalist_a, cast.analyst):
            with pytest.raises(PermissionDenied):
                services.accept_referral(referral=referral, by=person)
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.OPEN and not Assignment.objects.filter(user=cast.connector_b)

    def test_a_decided_referral_cannot_be_accepted_again(self, cast, resident):
        referral = refer(cast, resident)
        services.accept_referral(referral=referral, by=cast.connector_a)
        with pytest.raises(ValidationError, match="already been accepted"):
            services.accept_referral(referral=referral, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.return_referral(referral=referral, by=cast.connector_a, reason="Toch niet")

    def test_withdrawn_consent_stops_the_hand_over(self, cast, resident):
        referral = refer(cast, resident)
        withdraw_consent(consent=referral.consent, by=cast.generalist_a)
        with pytest.raises(ValidationError, match="withdrawn"):
            services.accept_referral(referral=referral, by=cast.connector_a)
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.OPEN


class TestReturnAndWithdraw:
    def test_return_needs_a_reason_that_stays_out_of_the_audit_trail(self, cast, resident):
        referral = refer(cast, resident)
        with pytest.raises(ValidationError) as error:
            services.return_referral(referral=referral, by=cast.connector_a, reason=" ")
        assert "reason" in error.value.message_dict
        referral = services.return_referral(referral=referral, by=cast.connector_a, reason="Past beter bij GGZ")
        referral.refresh_from_db()
        assert referral.status == ReferralStatus.RETURNED and referral.return_reason == "Past beter bij GGZ"
        assert referral.decided_by == cast.connector_a and referral.assignment is None
        assert AuditEvent.objects.get(event="referral.returned").actor == cast.connector_a
        no_text_in_audit("GGZ")

    def test_other_teams_cannot_return_it(self, cast, resident):
        referral = refer(cast, resident)
        with pytest.raises(PermissionDenied):
            services.return_referral(referral=referral, by=cast.connector_b, reason="Niet van ons")

    def test_only_the_sender_withdraws_an_open_referral(self, cast, resident):
        from .conftest import make_user

        other = make_user("generalist_a3", "generalist", cast.team_a)
        referral = refer(cast, resident)
        for person in (other, cast.connector_a):
            with pytest.raises(PermissionDenied):
                services.withdraw_referral(referral=referral, by=person)
        referral = services.withdraw_referral(referral=referral, by=cast.generalist_a)
        assert referral.status == ReferralStatus.WITHDRAWN and referral.decided_by == cast.generalist_a
        with pytest.raises(ValidationError):
            services.accept_referral(referral=referral, by=cast.connector_a)


def test_a_referral_is_recorded_with_its_own_consent_purpose():
    assert services.referral_consent_purpose() == ConsentPurpose.REFERRAL


# --- signals ------------------------------------------------------------------------------------------


class TestRaise:
    def test_the_deadline_is_two_working_days_later(self, cast, resident):
        with time_machine.travel(at(2031, 3, 7), tick=False):  # a Friday
            signal = raise_signal(cast, resident)
        assert signal.raised_on == date(2031, 3, 7) and signal.deadline == date(2031, 3, 11)  # Tuesday
        assert signal.team == cast.team_a and signal.raised_by == cast.connector_a

    def test_public_holidays_are_skipped(self, cast, resident):
        with time_machine.travel(at(2031, 4, 11), tick=False):  # Friday before Easter: Easter Monday is 14 April
            signal = raise_signal(cast, resident)
        assert signal.deadline == date(2031, 4, 16)

    def test_late_in_the_evening_counts_as_that_day(self, cast, resident):
        with time_machine.travel(at(2031, 3, 3, 23), tick=False):  # Monday 23:00 in Amsterdam (22:00 UTC)
            signal = raise_signal(cast, resident)
        assert signal.raised_on == date(2031, 3, 3) and signal.deadline == date(2031, 3, 5)

    def test_the_text_stays_out_of_the_audit_trail_and_the_logs(self, cast, resident, caplog):
        caplog.set_level(logging.DEBUG)
        signal = raise_signal(cast, resident)
        services.acknowledge_signal(signal=signal, by=cast.generalist_a, note="Huisarts gebeld en langsgegaan")
        event = AuditEvent.objects.get(event="signal.raised")
        assert event.detail == {"deadline": signal.deadline.isoformat()} and event.resident_id == resident.pk
        no_text_in_audit("geschreeuw", "Huisarts", "unsafe_home")
        assert "geschreeuw" not in caplog.text and "Huisarts" not in caplog.text

    def test_only_connectors_and_team_leads_raise_signals_about_residents_they_may_see(self, cast, resident):
        with pytest.raises(PermissionDenied):
            raise_signal(cast, resident, by=cast.generalist_a)
        with pytest.raises(PermissionDenied):
            raise_signal(cast, resident, by=cast.connector_b)
        assert raise_signal(cast, resident, by=cast.team_lead_a).raised_by == cast.team_lead_a

    def test_bad_input_is_refused(self, cast, resident):
        for field, value in (("kind", "burglary"), ("urgency", "whenever"), ("description", "  ")):
            with pytest.raises(ValidationError) as error:
                raise_signal(cast, resident, **{field: value})
            assert field in error.value.message_dict
        assert Signal.objects.count() == 0


class TestAcknowledge:
    def test_a_generalist_of_the_team_acknowledges_with_a_note(self, cast, resident):
        signal = raise_signal(cast, resident)
        signal = services.acknowledge_signal(signal=signal, by=cast.generalist_a, note=" Huisbezoek gepland ")
        assert signal.acknowledged_by == cast.generalist_a and signal.acknowledgement_note == "Huisbezoek gepland"
        event = AuditEvent.objects.get(event="signal.acknowledged")
        assert event.actor == cast.generalist_a and event.detail == {"late": False}

    def test_the_team_lead_may_acknowledge_too(self, cast, resident):
        signal = raise_signal(cast, resident)
        assert services.acknowledge_signal(signal=signal, by=cast.team_lead_a, note="Opgepakt").acknowledged_at

    def test_others_may_not(self, cast, resident, other_connector_a, generalist_b, team_lead_b):
        signal = raise_signal(cast, resident)
        for person in (cast.connector_a, other_connector_a, cast.connector_b, generalist_b, team_lead_b, cast.analyst):
            with pytest.raises(PermissionDenied):
                services.acknowledge_signal(signal=signal, by=person, note="Gezien")
        signal.refresh_from_db()
        assert signal.acknowledged_at is None

    def test_a_note_is_required_and_once_is_enough(self, cast, resident):
        signal = raise_signal(cast, resident)
        with pytest.raises(ValidationError) as error:
            services.acknowledge_signal(signal=signal, by=cast.generalist_a, note="")
        assert "note" in error.value.message_dict
        services.acknowledge_signal(signal=signal, by=cast.generalist_a, note="Gebeld")
        with pytest.raises(ValidationError):
            services.acknowledge_signal(signal=signal, by=cast.team_lead_a, note="Ik ook")
        signal.refresh_from_db()
        assert signal.acknowledged_by == cast.generalist_a

    def test_a_late_acknowledgement_is_marked_late(self, cast, resident):
        with time_machine.travel(at(2031, 3, 3), tick=False):
            signal = raise_signal(cast, resident)
        with time_machine.travel(at(2031, 3, 6), tick=False):  # Thursday: past Wednesday's deadline
            services.acknowledge_signal(signal=signal, by=cast.generalist_a, note="Alsnog gebeld")
        assert AuditEvent.objects.get(event="signal.acknowledged").detail == {"late": True}


class TestEscalation:
    def test_is_computed_from_the_stored_deadline(self, cast, resident):
        with time_machine.travel(at(2031, 3, 6), tick=False):  # Thursday
            signal = raise_signal(cast, resident)
        assert signal.deadline == date(2031, 3, 10)  # Monday
        for day, escalated in ((date(2031, 3, 7), False), (date(2031, 3, 10), False), (date(2031, 3, 11), True)):
            assert signal.is_escalated(day) is escalated
            assert Signal.objects.escalated(day).filter(pk=signal.pk).exists() is escalated
            assert Signal.objects.pending(day).filter(pk=signal.pk).exists() is not escalated
        with time_machine.travel(at(2031, 3, 11), tick=False):
            assert signal.status() == "escalated"  # without the command having run

    def test_the_command_records_it_once(self, cast, resident):
        with time_machine.travel(at(2031, 3, 3), tick=False):
            late = raise_signal(cast, resident)
            acknowledged = raise_signal(cast, resident)
            services.acknowledge_signal(signal=acknowledged, by=cast.generalist_a, note="Gebeld")
        with time_machine.travel(at(2031, 3, 5), tick=False):
            in_time = raise_signal(cast, resident)
        with time_machine.travel(at(2031, 3, 6, 7), tick=False):
            call_command("escalate_signals")
            call_command("escalate_signals")
        events = AuditEvent.objects.filter(event="signal.escalated")
        assert [e.object_id for e in events] == [str(late.pk)]
        assert events[0].actor is None and events[0].detail == {"deadline": "2031-03-05"}
        for signal in (late, in_time, acknowledged):
            signal.refresh_from_db()
        assert late.escalated_at is not None and in_time.escalated_at is None and acknowledged.escalated_at is None
        with time_machine.travel(at(2031, 3, 10, 7), tick=False):  # in_time's deadline (Friday 7th) has passed too
            assert services.record_escalations() == 1
            assert services.record_escalations() == 0
        assert AuditEvent.objects.filter(event="signal.escalated").count() == 2

    def test_the_command_takes_a_day(self, cast, resident, capsys):
        with time_machine.travel(at(2031, 3, 3), tick=False):
            raise_signal(cast, resident)
        call_command("escalate_signals", on="2031-03-05")
        assert "Escalations recorded: 0" in capsys.readouterr().out
        call_command("escalate_signals", on="2031-03-06")
        assert "Escalations recorded: 1" in capsys.readouterr().out
