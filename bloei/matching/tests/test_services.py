from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, User
from bloei.core.models import AuditEvent
from bloei.matching import services
from bloei.matching.choices import EndReason, FollowUpOutcome, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp, Match, MatchStatusChange, SignUp
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.models import Talent
from bloei.people.tests.factories import ResidentFactory
from bloei.places.selectors import capacity_left
from bloei.places.tests.factories import OpeningFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - timedelta(days=n)


def propose_rr(by, a=None, b=None, **kwargs):
    return services.propose_match(
        kind=MatchKind.RESIDENT_RESIDENT,
        by=by,
        resident_a=a or ResidentFactory(),
        resident_b=b or ResidentFactory(),
        **kwargs,
    )


class TestSignUps:
    def test_opening_a_signup_puts_the_resident_on_the_waiting_list(self, cast):
        resident = ResidentFactory()
        talents = list(Talent.objects.all()[:2])
        signup = services.open_signup(
            resident=resident,
            kind=SignUpKind.OFFER,
            title="  Wil helpen in de tuin ",
            description="Op zaterdag",
            talents=talents,
            by=cast.connector_a,
            opened_on=days_ago(3),
        )
        assert signup.status == SignUpStatus.OPEN and signup.closed_on is None
        assert signup.team == resident.team and signup.created_by == cast.connector_a
        assert signup.title == "Wil helpen in de tuin"
        assert set(signup.talents.all()) == set(talents)
        event = AuditEvent.objects.get(event="signup.opened")
        assert event.resident_id == resident.pk and event.actor == cast.connector_a
        assert event.detail == {"kind": "offer"}

    def test_a_signup_needs_a_title_a_known_kind_and_a_date_not_in_the_future(self, cast):
        resident = ResidentFactory()
        with pytest.raises(ValidationError) as error:
            services.open_signup(resident=resident, kind="request", title=" ", by=cast.connector_a)
        assert "title" in error.value.message_dict
        with pytest.raises(ValidationError):
            services.open_signup(resident=resident, kind="wish", title="Iets", by=cast.connector_a)
        with pytest.raises(ValidationError) as error:
            services.open_signup(
                resident=resident,
                kind="request",
                title="Iets",
                by=cast.connector_a,
                opened_on=TODAY() + timedelta(days=1),
            )
        assert "opened_on" in error.value.message_dict
        assert not SignUp.objects.exists()

    def test_a_signup_for_a_resident_out_of_scope_is_refused(self, cast, buurt_b):
        other_team = ResidentFactory(buurt=buurt_b)
        with pytest.raises(PermissionDenied):
            services.open_signup(resident=other_team, kind="request", title="Iets", by=cast.connector_a)

    @pytest.mark.parametrize("role", ["analyst", "municipality", "admin"])
    def test_roles_without_casework_cannot_open_a_signup(self, cast, role):
        with pytest.raises(PermissionDenied):
            services.open_signup(resident=ResidentFactory(), kind="request", title="Iets", by=cast.roles()[role])

    def test_withdrawing_closes_the_signup_once(self, cast):
        signup = SignUpFactory(opened_on=days_ago(10))
        services.withdraw_signup(signup=signup, by=cast.connector_a, on=days_ago(2))
        signup.refresh_from_db()
        assert signup.status == SignUpStatus.WITHDRAWN and signup.closed_on == days_ago(2)
        assert AuditEvent.objects.filter(event="signup.withdrawn", resident=signup.resident).exists()
        with pytest.raises(ValidationError):
            services.withdraw_signup(signup=signup, by=cast.connector_a)

    def test_withdrawing_before_the_signup_date_is_refused(self, cast):
        signup = SignUpFactory(opened_on=days_ago(3))
        with pytest.raises(ValidationError) as error:
            services.withdraw_signup(signup=signup, by=cast.connector_a, on=days_ago(4))
        assert "on" in error.value.message_dict
        signup.refresh_from_db()
        assert signup.status == SignUpStatus.OPEN


class TestProposeMatch:
    def test_proposing_records_team_connector_history_and_audit(self, cast):
        a, b = ResidentFactory(), ResidentFactory()
        match = propose_rr(
            cast.connector_a,
            a,
            b,
            description="Samen tuinieren",
            proposed_on=days_ago(2),
            connectors=[cast.team_lead_a],
        )
        assert match.status == MatchStatus.PROPOSED and match.team == a.team
        assert set(match.connectors.all()) == {cast.connector_a, cast.team_lead_a}
        assert list(match.status_changes.values_list("status", "changed_on")) == [("proposed", days_ago(2))]
        event = AuditEvent.objects.get(event="match.proposed")
        assert event.resident_id == a.pk and event.team_id == a.team_id and event.action == "create"
        assert "Samen" not in str(event.detail)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"kind": MatchKind.RESIDENT_RESIDENT, "parties": ("resident_a",)},
            {"kind": MatchKind.RESIDENT_RESIDENT, "parties": ("resident_a", "resident_b", "place_a")},
            {"kind": MatchKind.RESIDENT_PLACE, "parties": ("resident_a",)},
            {"kind": MatchKind.RESIDENT_PLACE, "parties": ("resident_a", "opening", "resident_b")},
            {"kind": MatchKind.PLACE_PLACE, "parties": ("place_a",)},
            {"kind": MatchKind.PLACE_PLACE, "parties": ("place_a", "place_b", "resident_a")},
            {"kind": "other", "parties": ("resident_a", "resident_b")},
        ],
    )
    def test_parties_must_fit_the_kind(self, cast, kwargs):
        opening = OpeningFactory()
        available = {
            "resident_a": ResidentFactory(),
            "resident_b": ResidentFactory(),
            "opening": opening,
            "place_a": opening.place,
            "place_b": PlaceFactory(),
        }
        with pytest.raises(ValidationError):
            services.propose_match(
                kind=kwargs["kind"], by=cast.connector_a, **{p: available[p] for p in kwargs["parties"]}
            )
        assert not Match.objects.exists()

    def test_a_resident_cannot_be_matched_with_themselves(self, cast):
        a = ResidentFactory()
        with pytest.raises(ValidationError):
            propose_rr(cast.connector_a, a, a)

    def test_an_opening_of_another_place_is_refused(self, cast):
        with pytest.raises(ValidationError):
            services.propose_match(
                kind=MatchKind.RESIDENT_PLACE,
                by=cast.connector_a,
                resident_a=ResidentFactory(),
                opening=OpeningFactory(),
                place_a=PlaceFactory(),
            )

    def test_a_party_outside_the_users_scope_is_refused(self, cast, buurt_b):
        with pytest.raises(PermissionDenied):
            propose_rr(cast.connector_a, ResidentFactory(), ResidentFactory(buurt=buurt_b))
        assert not Match.objects.exists()

    @pytest.mark.parametrize("role", ["generalist_a", "analyst", "municipality", "admin"])
    def test_roles_without_matches_edit_cannot_propose(self, cast, role):
        with pytest.raises(PermissionDenied):
            propose_rr(cast.roles()[role])

    def test_a_pair_with_a_match_that_has_not_ended_is_refused_in_either_order(self, cast):
        a, b = ResidentFactory(), ResidentFactory()
        first = propose_rr(cast.connector_a, a, b)
        with pytest.raises(ValidationError) as error:
            propose_rr(cast.connector_a, b, a)
        assert error.value.code == "duplicate"
        services.end_match(match=first, by=cast.connector_a, reason=EndReason.DECLINED)
        assert propose_rr(cast.connector_a, b, a).status == MatchStatus.PROPOSED

    def test_an_opening_without_room_left_is_refused(self, cast):
        opening = OpeningFactory(capacity=2)
        first = services.propose_match(
            kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
        )
        assert first.place_a == opening.place
        services.activate_match(match=first, by=cast.connector_a)
        services.propose_match(
            kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
        )
        assert capacity_left(opening) == 0
        with pytest.raises(ValidationError) as error:
            services.propose_match(
                kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
            )
        assert error.value.code == "opening_full"
        services.end_match(match=first, by=cast.connector_a, reason=EndReason.GOAL_REACHED)
        services.propose_match(
            kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
        )

    def test_a_closed_opening_is_refused(self, cast):
        opening = OpeningFactory(opened_on=days_ago(30), closed_on=days_ago(1))
        with pytest.raises(ValidationError) as error:
            services.propose_match(
                kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=ResidentFactory(), opening=opening
            )
        assert error.value.code == "opening_closed"

    def test_the_same_resident_and_opening_twice_is_a_duplicate(self, cast):
        resident, opening = ResidentFactory(), OpeningFactory(capacity=5)
        services.propose_match(kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=resident, opening=opening)
        with pytest.raises(ValidationError) as error:
            services.propose_match(
                kind=MatchKind.RESIDENT_PLACE, by=cast.connector_a, resident_a=resident, opening=opening
            )
        assert error.value.code == "duplicate"

    def test_a_place_place_match_belongs_to_the_acting_users_team(self, cast, buurt_b):
        place_in_stratum, other = PlaceFactory(buurt=buurt_b), PlaceFactory()
        match = services.propose_match(
            kind=MatchKind.PLACE_PLACE, by=cast.connector_a, place_a=place_in_stratum, place_b=other
        )
        assert match.team == cast.team_a and match.resident_a is None
        by_b = services.propose_match(
            kind=MatchKind.PLACE_PLACE, by=cast.connector_b, place_a=other, place_b=PlaceFactory()
        )
        assert by_b.team == cast.team_b

    def test_with_several_teams_the_one_covering_the_first_place_takes_the_match(self, cast, buurt_b):
        Membership.objects.create(user=cast.connector_a, team=cast.team_b, role=Role.CONNECTOR)
        in_two_teams = User.objects.get(pk=cast.connector_a.pk)
        match = services.propose_match(
            kind=MatchKind.PLACE_PLACE, by=in_two_teams, place_a=PlaceFactory(buurt=buurt_b), place_b=PlaceFactory()
        )
        assert match.team == cast.team_b

    def test_a_pair_of_places_is_a_duplicate_in_either_order(self, cast):
        a, b = PlaceFactory(), PlaceFactory()
        services.propose_match(kind=MatchKind.PLACE_PLACE, by=cast.connector_a, place_a=a, place_b=b)
        with pytest.raises(ValidationError) as error:
            services.propose_match(kind=MatchKind.PLACE_PLACE, by=cast.team_lead_a, place_a=b, place_b=a)
        assert error.value.code == "duplicate"

    def test_a_place_that_is_no_longer_active_is_refused(self, cast):
        gone = PlaceFactory(added_on=days_ago(100), removed_on=days_ago(3))
        with pytest.raises(ValidationError) as error:
            services.propose_match(
                kind=MatchKind.PLACE_PLACE, by=cast.connector_a, place_a=gone, place_b=PlaceFactory()
            )
        assert error.value.code == "place_removed"

    def test_linked_request_and_offer_must_be_open_of_the_right_kind_and_of_a_party(self, cast):
        a, b = ResidentFactory(), ResidentFactory()
        request = SignUpFactory(resident=a, kind=SignUpKind.REQUEST, opened_on=days_ago(10))
        offer = SignUpFactory(resident=b, kind=SignUpKind.OFFER, opened_on=days_ago(10))
        with pytest.raises(ValidationError) as error:
            propose_rr(cast.connector_a, a, b, request=offer)
        assert "request" in error.value.message_dict
        with pytest.raises(ValidationError):
            propose_rr(cast.connector_a, a, ResidentFactory(), offer=offer)
        with pytest.raises(ValidationError):
            propose_rr(cast.connector_a, a, b, request=request, proposed_on=days_ago(11))
        withdrawn = SignUpFactory(
            resident=a, status=SignUpStatus.WITHDRAWN, opened_on=days_ago(5), closed_on=days_ago(1)
        )
        with pytest.raises(ValidationError):
            propose_rr(cast.connector_a, a, b, request=withdrawn)
        match = propose_rr(cast.connector_a, a, b, request=request, offer=offer)
        assert (match.request, match.offer) == (request, offer)

    def test_a_resident_whose_file_is_closed_is_refused(self, cast):
        closed = ResidentFactory(registered_on=days_ago(100), closed_on=days_ago(5))
        with pytest.raises(ValidationError):
            propose_rr(cast.connector_a, ResidentFactory(), closed)

    def test_proposing_in_the_future_is_refused(self, cast):
        with pytest.raises(ValidationError) as error:
            propose_rr(cast.connector_a, proposed_on=TODAY() + timedelta(days=1))
        assert "proposed_on" in error.value.message_dict


class TestLifecycle:
    def test_introduce_activate_end_write_dates_history_and_audit(self, cast, settings):
        settings.BLOEI_FOLLOW_UP_DAYS = [10, 30]
        match = propose_rr(cast.connector_a, proposed_on=days_ago(60))
        services.introduce_match(match=match, by=cast.connector_a, introduced_on=days_ago(50), note="Mee geweest")
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(45))
        services.end_match(
            match=match, by=cast.connector_a, reason=EndReason.MOVED, note="Verhuisd naar Best", ended_on=days_ago(5)
        )
        match.refresh_from_db()
        assert (match.status, match.introduced_on, match.started_on, match.ended_on) == (
            MatchStatus.ENDED,
            days_ago(50),
            days_ago(45),
            days_ago(5),
        )
        assert (match.end_reason, match.end_note) == (EndReason.MOVED, "Verhuisd naar Best")
        assert list(MatchStatusChange.objects.filter(match=match).values_list("status", flat=True)) == [
            "proposed",
            "introduced",
            "active",
            "ended",
        ]
        assert list(
            AuditEvent.objects.filter(object_id=str(match.pk)).order_by("at", "id").values_list("event", flat=True)
        ) == ["match.proposed", "match.introduced", "match.active", "match.ended"]
        ended = AuditEvent.objects.get(event="match.ended")
        assert ended.detail["reason"] == "moved" and "Best" not in str(ended.detail)

    def test_activation_schedules_follow_ups_after_the_start(self, cast, settings):
        settings.BLOEI_FOLLOW_UP_DAYS = [42, 7, 91]
        match = propose_rr(cast.connector_a, proposed_on=days_ago(20))
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(14))
        assert list(match.follow_ups.values_list("sequence", "due_on")) == [
            (1, days_ago(7)),
            (2, days_ago(14) + timedelta(days=42)),
            (3, days_ago(14) + timedelta(days=91)),
        ]
        assert FollowUp.objects.overdue().get().sequence == 1

    def test_activation_closes_the_linked_request_and_offer_as_matched(self, cast):
        a, b = ResidentFactory(), ResidentFactory()
        request = SignUpFactory(resident=a, kind=SignUpKind.REQUEST, opened_on=days_ago(40))
        offer = SignUpFactory(resident=b, kind=SignUpKind.OFFER, opened_on=days_ago(30))
        match = propose_rr(cast.connector_a, a, b, request=request, offer=offer, proposed_on=days_ago(20))
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(10))
        for signup in (request, offer):
            signup.refresh_from_db()
            assert (signup.status, signup.closed_on) == (SignUpStatus.MATCHED, days_ago(10))
        assert SignUp.objects.waiting_on(days_ago(11)).count() == 2
        assert SignUp.objects.waiting_on(days_ago(10)).count() == 0

    def test_a_match_can_start_without_an_introduction(self, cast):
        match = propose_rr(cast.connector_a)
        services.activate_match(match=match, by=cast.connector_a)
        match.refresh_from_db()
        assert match.status == MatchStatus.ACTIVE and match.introduced_on is None

    def test_transitions_outside_the_lifecycle_are_refused(self, cast):
        match = propose_rr(cast.connector_a)
        services.activate_match(match=match, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.introduce_match(match=match, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.activate_match(match=match, by=cast.connector_a)
        services.end_match(match=match, by=cast.connector_a, reason=EndReason.NO_CLICK)
        for transition in (services.introduce_match, services.activate_match):
            with pytest.raises(ValidationError):
                transition(match=match, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.end_match(match=match, by=cast.connector_a, reason=EndReason.NO_CLICK)
        assert match.status_changes.count() == 3

    def test_a_stale_match_object_does_not_skip_the_status_check(self, cast):
        match = propose_rr(cast.connector_a)
        stale = Match.objects.get(pk=match.pk)
        services.end_match(match=match, by=cast.connector_a, reason=EndReason.DECLINED)
        with pytest.raises(ValidationError):
            services.activate_match(match=stale, by=cast.connector_a)

    def test_dates_before_the_previous_step_or_in_the_future_are_refused(self, cast):
        match = propose_rr(cast.connector_a, proposed_on=days_ago(20))
        with pytest.raises(ValidationError) as error:
            services.introduce_match(match=match, by=cast.connector_a, introduced_on=days_ago(21))
        assert "on" in error.value.message_dict
        services.introduce_match(match=match, by=cast.connector_a, introduced_on=days_ago(10))
        with pytest.raises(ValidationError):
            services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(11))
        with pytest.raises(ValidationError):
            services.activate_match(match=match, by=cast.connector_a, started_on=TODAY() + timedelta(days=1))
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(10))
        with pytest.raises(ValidationError):
            services.end_match(match=match, by=cast.connector_a, reason=EndReason.OTHER, ended_on=days_ago(11))
        match.refresh_from_db()
        assert match.status == MatchStatus.ACTIVE

    def test_ending_needs_a_known_reason(self, cast):
        match = propose_rr(cast.connector_a)
        for reason in ("", "bored"):
            with pytest.raises(ValidationError) as error:
                services.end_match(match=match, by=cast.connector_a, reason=reason)
            assert "reason" in error.value.message_dict
        match.refresh_from_db()
        assert match.status == MatchStatus.PROPOSED

    def test_open_follow_ups_stay_as_history_but_are_no_longer_pending_after_the_end(self, cast, settings):
        settings.BLOEI_FOLLOW_UP_DAYS = [5, 50]
        match = propose_rr(cast.connector_a, proposed_on=days_ago(30))
        services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(30))
        assert FollowUp.objects.pending().filter(match=match).count() == 2
        services.end_match(match=match, by=cast.connector_a, reason=EndReason.HEALTH)
        assert match.follow_ups.count() == 2
        assert not FollowUp.objects.pending().filter(match=match).exists()
        assert not FollowUp.objects.overdue().filter(match=match).exists()

    def test_a_connector_of_another_team_cannot_change_the_match(self, cast):
        match = propose_rr(cast.connector_a)
        with pytest.raises(PermissionDenied):
            services.introduce_match(match=match, by=cast.connector_b)
        with pytest.raises(PermissionDenied):
            services.end_match(match=match, by=cast.generalist_a, reason=EndReason.OTHER)

    def test_a_connector_on_the_match_may_change_it_across_teams(self, cast):
        match = MatchFactory()
        match.connectors.add(cast.connector_b)
        services.introduce_match(match=match, by=cast.connector_b)


class TestFollowUps:
    @pytest.fixture
    def active(self, cast, settings):
        settings.BLOEI_FOLLOW_UP_DAYS = [42, 91]
        match = propose_rr(cast.connector_a, proposed_on=days_ago(70))
        return services.activate_match(match=match, by=cast.connector_a, started_on=days_ago(60))

    def test_recording_a_follow_up(self, cast, active):
        first = active.follow_ups.get(sequence=1)
        services.record_follow_up(
            follow_up=first,
            by=cast.connector_a,
            outcome=FollowUpOutcome.GOING_WELL,
            note="Ze zien elkaar wekelijks",
            done_on=days_ago(15),
        )
        first.refresh_from_db()
        assert (first.done_on, first.outcome, first.done_by) == (days_ago(15), "going_well", cast.connector_a)
        event = AuditEvent.objects.get(event="followup.recorded")
        assert event.detail == {"match": active.pk, "sequence": 1, "outcome": "going_well"}
        assert event.resident_id == active.resident_a_id and event.team_id == active.team_id
        with pytest.raises(ValidationError):
            services.record_follow_up(follow_up=first, by=cast.connector_a, outcome="going_well", note="")
        active.refresh_from_db()
        assert active.status == MatchStatus.ACTIVE

    def test_the_outcome_ended_ends_the_match_with_the_reason(self, cast, active):
        first = active.follow_ups.get(sequence=1)
        with pytest.raises(ValidationError) as error:
            services.record_follow_up(follow_up=first, by=cast.connector_a, outcome=FollowUpOutcome.ENDED, note="")
        assert "end_reason" in error.value.message_dict
        services.record_follow_up(
            follow_up=first,
            by=cast.connector_a,
            outcome=FollowUpOutcome.ENDED,
            note="Klikte niet",
            done_on=days_ago(10),
            end_reason=EndReason.NO_CLICK,
        )
        active.refresh_from_db()
        assert (active.status, active.ended_on, active.end_reason, active.end_note) == (
            MatchStatus.ENDED,
            days_ago(10),
            "no_click",
            "Klikte niet",
        )
        assert not FollowUp.objects.pending().filter(match=active).exists()

    def test_no_follow_up_on_a_match_that_ended_or_before_the_start(self, cast, active):
        second = active.follow_ups.get(sequence=2)
        with pytest.raises(ValidationError) as error:
            services.record_follow_up(
                follow_up=second, by=cast.connector_a, outcome="going_well", note="", done_on=days_ago(61)
            )
        assert "done_on" in error.value.message_dict
        services.end_match(match=active, by=cast.connector_a, reason=EndReason.OTHER)
        with pytest.raises(ValidationError) as error:
            services.record_follow_up(follow_up=second, by=cast.connector_a, outcome="going_well", note="")
        assert error.value.code == "not_active"

    def test_an_unknown_outcome_and_an_out_of_scope_user_are_refused(self, cast, active):
        first = active.follow_ups.get(sequence=1)
        with pytest.raises(ValidationError):
            services.record_follow_up(follow_up=first, by=cast.connector_a, outcome="fine", note="")
        with pytest.raises(PermissionDenied):
            services.record_follow_up(follow_up=first, by=cast.connector_b, outcome="going_well", note="")
        first.refresh_from_db()
        assert first.done_on is None


class TestDurable:
    """Durable is derived from the dates: still running BLOEI_DURABLE_AFTER_DAYS after the start."""

    @pytest.fixture(autouse=True)
    def _ninety_days(self, settings):
        settings.BLOEI_DURABLE_AFTER_DAYS = 90

    def durable_ids(self, on):
        return set(Match.objects.durable_as_of(on).values_list("pk", flat=True))

    def test_a_running_match_becomes_durable_on_the_durable_date(self, cast):
        start = days_ago(100)
        match = MatchFactory(active=True, proposed_on=start, started_on=start)
        assert match.durable_on() == start + timedelta(days=90)
        assert match.is_durable() and match.pk in self.durable_ids(TODAY())
        day_before = start + timedelta(days=89)
        assert not match.is_durable(day_before) and match.pk not in self.durable_ids(day_before)
        on_the_day = start + timedelta(days=90)
        assert match.is_durable(on_the_day) and match.pk in self.durable_ids(on_the_day)

    def test_a_match_that_ended_before_the_durable_date_never_is(self, cast):
        start = days_ago(300)
        match = MatchFactory(ended=True, proposed_on=start, started_on=start, ended_on=start + timedelta(days=89))
        assert not match.is_durable() and match.pk not in self.durable_ids(TODAY())

    def test_a_match_that_ended_after_the_durable_date_stays_durable(self, cast):
        start = days_ago(300)
        match = MatchFactory(ended=True, proposed_on=start, started_on=start, ended_on=start + timedelta(days=120))
        assert match.is_durable() and match.pk in self.durable_ids(TODAY())
        ended_on_the_day = MatchFactory(
            ended=True, proposed_on=start, started_on=start, ended_on=start + timedelta(days=90)
        )
        assert ended_on_the_day.is_durable() and ended_on_the_day.pk in self.durable_ids(TODAY())

    def test_as_of_a_past_date(self, cast):
        start = days_ago(400)
        as_of = start + timedelta(days=150)
        later_end = MatchFactory(ended=True, proposed_on=start, started_on=start, ended_on=start + timedelta(days=200))
        early_end = MatchFactory(ended=True, proposed_on=start, started_on=start, ended_on=start + timedelta(days=60))
        started_late = MatchFactory(active=True, proposed_on=start, started_on=start + timedelta(days=100))
        never_started = MatchFactory(proposed_on=start)
        assert self.durable_ids(as_of) == {later_end.pk}
        for match in (later_end, early_end, started_late, never_started):
            assert match.is_durable(as_of) == (match.pk in self.durable_ids(as_of))
        assert self.durable_ids(TODAY()) == {later_end.pk, started_late.pk}
