from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest
import time_machine

from bloei.people.tests.factories import ResidentFactory
from bloei.referrals import selectors, services
from bloei.referrals.choices import ReferralStatus, SignalUrgency
from bloei.referrals.models import Referral, Signal
from bloei.referrals.today import panel

from .factories import ReferralFactory, SignalFactory
from .test_services import raise_signal, refer

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")


class TestSignalVisibility:
    def test_only_the_raiser_and_the_teams_generalists_and_team_lead(
        self, cast, resident, other_connector_a, generalist_b, team_lead_b
    ):
        signal = raise_signal(cast, resident)
        allowed = [cast.connector_a, cast.generalist_a, cast.team_lead_a]
        refused = [other_connector_a, cast.connector_b, generalist_b, team_lead_b, cast.analyst, cast.municipality,
                   cast.admin, cast.no_role]
        for person in allowed:
            assert list(Signal.objects.visible_to(person)) == [signal], person.username
        for person in refused:
            assert not Signal.objects.visible_to(person).exists(), person.username

    def test_a_generalist_sees_signals_of_residents_outside_their_caseload(self, cast):
        signal = SignalFactory(raised_by=cast.connector_a)  # a resident of team A not assigned to generalist_a
        assert list(Signal.objects.visible_to(cast.generalist_a)) == [signal]

    def test_a_raiser_who_left_the_casework_sees_nothing(self, cast, resident):
        signal = SignalFactory(raised_by=cast.connector_a, resident=resident)
        cast.connector_a.memberships.update(ended_on=timezone.localdate())
        from bloei.accounts.models import User

        assert signal.pk and not Signal.objects.visible_to(User.objects.get(pk=cast.connector_a.pk)).exists()


class TestReferralVisibility:
    def test_the_sender_and_the_receiving_team(self, cast, resident, other_connector_a, generalist_b):
        from .conftest import make_user

        referral = refer(cast, resident)
        other_generalist = make_user("generalist_a3", "generalist", cast.team_a)
        for person in (cast.generalist_a, cast.connector_a, other_connector_a, cast.team_lead_a):
            assert list(Referral.objects.visible_to(person)) == [referral], person.username
        for person in (other_generalist, cast.connector_b, generalist_b, cast.analyst, cast.admin, cast.no_role):
            assert not Referral.objects.visible_to(person).exists(), person.username

    def test_sent_and_received(self, cast, resident):
        to_a = refer(cast, resident)
        to_b = refer(cast, resident, team=cast.team_b)
        assert set(Referral.objects.sent_by(cast.generalist_a)) == {to_a, to_b}
        assert list(Referral.objects.received_by(cast.connector_b)) == [to_b]
        assert list(selectors.referral_list(cast.connector_a, box="received")) == [to_a]
        assert list(selectors.referral_list(cast.connector_a, box="sent")) == []
        services.accept_referral(referral=to_b, by=cast.connector_b)
        assert list(selectors.referral_list(cast.generalist_a, status="accepted")) == [to_b]
        assert list(selectors.referral_list(cast.generalist_a, status="open")) == [to_a]


class TestSignalList:
    def test_overdue_first_then_urgent(self, cast):
        today = timezone.localdate()
        later = SignalFactory(raised_by=cast.connector_a, deadline=today + timedelta(days=2))
        urgent = SignalFactory(raised_by=cast.connector_a, deadline=today + timedelta(days=2), urgency="urgent")
        overdue = SignalFactory(raised_by=cast.connector_a, raised_on=today - timedelta(days=5),
                                deadline=today - timedelta(days=1))
        done = SignalFactory(raised_by=cast.connector_a, acknowledged_at=timezone.now(),
                             acknowledged_by=cast.generalist_a, acknowledgement_note="Gebeld")
        assert list(selectors.signal_list(cast.generalist_a, status="open")) == [urgent, later]
        assert list(selectors.signal_list(cast.generalist_a, status="escalated")) == [overdue]
        assert list(selectors.signal_list(cast.generalist_a, status="acknowledged")) == [done]
        assert list(selectors.signal_list(cast.generalist_a))[:3] == [overdue, urgent, later]


class TestToday:
    def test_the_connector_sees_new_referrals_until_one_is_accepted(self, cast, resident, other_connector_a):
        first = refer(cast, resident, to_connector=cast.connector_a)
        second = refer(cast, ResidentFactoryInCaseload(cast), to_connector=other_connector_a)
        data = panel(cast.connector_a, timezone.localdate())
        assert data["template"] == "referrals/partials/today.html"
        assert data["received"]["items"] == [first, second] and "sent" not in data
        services.accept_referral(referral=first, by=cast.connector_a)
        assert panel(cast.connector_a, timezone.localdate())["received"]["items"] == [second]
        assert panel(cast.connector_b, timezone.localdate())["received"]["items"] == []

    def test_the_generalist_sees_their_referrals_with_the_outcome_for_two_weeks(self, cast, resident):
        open_one = refer(cast, resident)
        returned = refer(cast, resident, team=cast.team_b)
        services.return_referral(referral=returned, by=cast.connector_b, reason="Niet in ons gebied")
        today = timezone.localdate()
        data = panel(cast.generalist_a, today)
        assert set(data["sent"]["items"]) == {open_one, returned} and "received" not in data
        assert {r.status for r in data["sent"]["items"]} == {ReferralStatus.OPEN, ReferralStatus.RETURNED}
        later = panel(cast.generalist_a, today + timedelta(days=15))
        assert later["sent"]["items"] == [open_one]

    def test_signals_per_role(self, cast, resident):
        with time_machine.travel(datetime(2031, 3, 3, 10, tzinfo=AMS), tick=False):
            overdue = raise_signal(cast, resident)
        with time_machine.travel(datetime(2031, 3, 5, 10, tzinfo=AMS), tick=False):
            fresh = raise_signal(cast, resident, urgency=SignalUrgency.URGENT)
            done = raise_signal(cast, resident)
            services.acknowledge_signal(signal=done, by=cast.generalist_a, note="Gebeld")
        on = date(2031, 3, 6)
        generalist = panel(cast.generalist_a, on)
        assert generalist["to_acknowledge"]["items"] == [overdue, fresh]
        assert [s.overdue for s in generalist["to_acknowledge"]["items"]] == [True, False]
        assert "escalated" not in generalist and "raised" not in generalist
        lead = panel(cast.team_lead_a, on)
        assert lead["escalated"]["items"] == [overdue] and "to_acknowledge" not in lead
        raiser = panel(cast.connector_a, on)
        assert set(raiser["raised"]["items"]) == {overdue, fresh, done}
        assert "to_acknowledge" not in raiser and "escalated" not in raiser
        assert panel(cast.connector_b, on)["raised"]["items"] == []

    def test_a_fixed_number_of_queries(self, cast, resident, django_assert_num_queries):
        def grow():
            ReferralFactory(resident=resident, referred_by=cast.generalist_a)
            SignalFactory(resident=resident, raised_by=cast.team_lead_a, deadline=timezone.localdate() - timedelta(1),
                          raised_on=timezone.localdate() - timedelta(5))

        grow()
        for person in (cast.generalist_a, cast.team_lead_a):
            person.active_memberships  # noqa: B018 (loaded once per request by the middleware)
        with django_assert_num_queries(2):  # sent referrals; signals to acknowledge (generalists raise none)
            panel(cast.generalist_a, timezone.localdate())
        with django_assert_num_queries(3):  # received referrals; escalated signals; raised signals
            panel(cast.team_lead_a, timezone.localdate())
        for _ in range(12):
            grow()
        with django_assert_num_queries(3):
            data = panel(cast.team_lead_a, timezone.localdate())
        assert len(data["escalated"]["items"]) == selectors.PANEL_LIMIT and data["escalated"]["more"]

    def test_no_panel_without_casework(self, cast):
        assert panel(cast.analyst, timezone.localdate()) is None


def ResidentFactoryInCaseload(cast):  # noqa: N802
    from bloei.people.choices import AssignmentRole
    from bloei.people.tests.factories import AssignmentFactory

    resident = ResidentFactory()
    AssignmentFactory(resident=resident, user=cast.generalist_a, role=AssignmentRole.GENERALIST)
    return resident


class TestCounts:
    def test_referrals_per_period(self, cast, resident):
        def on(day):
            return time_machine.travel(datetime(2031, 3, day, 10, tzinfo=AMS), tick=False)

        with on(3):
            accepted = refer(cast, resident)
            returned = refer(cast, resident, team=cast.team_b)
        with on(4):
            services.accept_referral(referral=accepted, by=cast.connector_a)
        with on(10):
            services.return_referral(referral=returned, by=cast.connector_b, reason="Niet van ons")
            refer(cast, resident)
        week1 = selectors.referral_counts(start=date(2031, 3, 3), end=date(2031, 3, 9))
        assert week1 == selectors.ReferralCounts(referred=2, accepted=1, returned=0, withdrawn=0, open_at_end=1)
        week2 = selectors.referral_counts(start=date(2031, 3, 10), end=date(2031, 3, 16))
        assert week2 == selectors.ReferralCounts(referred=1, accepted=0, returned=1, withdrawn=0, open_at_end=1)
        team_b = selectors.referral_counts(start=date(2031, 3, 1), end=date(2031, 3, 31), team_ids={cast.team_b.pk})
        assert team_b.referred == 1 and team_b.returned == 1

    def test_signals_per_period(self, cast, resident):
        with time_machine.travel(datetime(2031, 3, 3, 10, tzinfo=AMS), tick=False):
            in_time = raise_signal(cast, resident)
            raise_signal(cast, resident)  # never acknowledged
            late = raise_signal(cast, resident)
        with time_machine.travel(datetime(2031, 3, 5, 16, tzinfo=AMS), tick=False):
            services.acknowledge_signal(signal=in_time, by=cast.generalist_a, note="Gebeld")
        with time_machine.travel(datetime(2031, 3, 6, 9, tzinfo=AMS), tick=False):
            services.acknowledge_signal(signal=late, by=cast.generalist_a, note="Alsnog")
        counts = selectors.signal_counts(start=date(2031, 3, 1), end=date(2031, 3, 31))
        assert counts == selectors.SignalCounts(raised=3, acknowledged_in_time=1, escalated=2)
        assert selectors.signal_counts(start=date(2031, 3, 1), end=date(2031, 3, 5)).escalated == 0
        assert selectors.signal_counts(start=date(2031, 3, 4), end=date(2031, 3, 31)).raised == 0
