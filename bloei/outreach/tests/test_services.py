from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership
from bloei.core.models import AuditEvent
from bloei.outreach import services
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp, RoundWish, WishTag
from bloei.outreach.tests.factories import OutreachRoundFactory, RoundSignUpFactory, WishTagFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - timedelta(days=n)


def _record(by, team, buurt, **kwargs):
    details = {"kind": RoundKind.DOOR_TO_DOOR, "held_on": TODAY(), "buurt": buurt, **kwargs}
    return services.record_round(by=by, team=team, **details)


class TestRecordRound:
    def test_a_connector_records_a_floor_round_with_staff_and_wishes(self, cast, team_a, buurt_a):
        outreach_round = _record(
            cast.connector_a,
            team_a,
            buurt_a,
            kind=RoundKind.FLOOR_CONVERSATIONS,
            street_or_building="Flat De Toren",
            floors=5,
            homes_approached=58,
            homes_reached=25,
            conversations=21,
            staff=[cast.connector_a, cast.team_lead_a],
            wishes={"Moestuin": 3, "Taalcafé": 1},
            notes="Veel ouderen alleen thuis.",
        )
        outreach_round.refresh_from_db()
        assert (outreach_round.floors, outreach_round.homes_approached, outreach_round.homes_reached) == (5, 58, 25)
        assert outreach_round.created_by == cast.connector_a
        assert set(outreach_round.staff.all()) == {cast.connector_a, cast.team_lead_a}
        heard = {rw.wish.name: rw.mentions for rw in outreach_round.round_wishes.select_related("wish")}
        assert heard == {"Moestuin": 3, "Taalcafé": 1}
        event = AuditEvent.objects.get(event="outreach_round.recorded")
        assert event.team_id == team_a.pk and event.object_id == str(outreach_round.pk)
        assert event.detail["kind"] == "floor_conversations" and event.detail["buurt"] == buurt_a.code
        assert event.detail["staff"] == sorted([cast.connector_a.pk, cast.team_lead_a.pk])
        # Ids and codes only: no wish names, streets or notes in the audit trail.
        assert "Moestuin" not in str(event.detail) and "Toren" not in str(event.detail)
        assert "ouderen" not in str(event.detail)

    def test_wishes_are_reused_whatever_their_case(self, cast, team_a, buurt_a):
        WishTagFactory(name="Moestuin")
        _record(cast.connector_a, team_a, buurt_a, wishes={"moestuin": 2, "MOESTUIN": 1, "Buurtbarbecue": 1})
        assert WishTag.objects.count() == 2
        assert RoundWish.objects.get(wish__name="Moestuin").mentions == 3

    def test_more_homes_reached_than_approached_is_refused_and_nothing_is_saved(self, cast, team_a, buurt_a):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, homes_approached=20, homes_reached=21, wishes={"Moestuin": 1})
        assert "homes_reached" in error.value.error_dict
        assert not OutreachRound.objects.exists() and not WishTag.objects.exists()
        assert not AuditEvent.objects.exists()

    def test_homes_reached_needs_homes_approached(self, cast, team_a, buurt_a):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, homes_reached=3)
        assert "homes_approached" in error.value.error_dict

    def test_the_database_refuses_more_reached_than_approached_too(self, team_a, buurt_a):
        with pytest.raises(IntegrityError), transaction.atomic():
            OutreachRound.objects.create(
                team=team_a, buurt=buurt_a, kind=RoundKind.BUS, held_on=TODAY(), homes_approached=5, homes_reached=6
            )
        with pytest.raises(IntegrityError), transaction.atomic():
            OutreachRound.objects.create(
                team=team_a, buurt=buurt_a, kind=RoundKind.BUS, held_on=TODAY(), homes_reached=1
            )

    def test_floors_only_for_floor_conversations(self, cast, team_a, buurt_a):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, kind=RoundKind.CARGO_BIKE, floors=3)
        assert "floors" in error.value.error_dict

    def test_dates(self, cast, team_a, buurt_a):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, held_on=TODAY() + timedelta(days=1))
        assert "held_on" in error.value.error_dict
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, held_on=days_ago(2), last_day=days_ago(3))
        assert "last_day" in error.value.error_dict
        several = _record(cast.connector_a, team_a, buurt_a, held_on=days_ago(3), last_day=days_ago(1))
        assert several.last_day == days_ago(1)

    def test_the_buurt_must_lie_in_the_teams_area(self, cast, team_a, buurt_b):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_b)
        assert "buurt" in error.value.error_dict

    def test_only_in_ones_own_team_as_connector_or_team_lead(self, cast, team_a, buurt_a):
        for person in (cast.connector_b, cast.generalist_a, cast.analyst, cast.admin, cast.no_role):
            with pytest.raises(PermissionDenied):
                _record(person, team_a, buurt_a)
        assert _record(cast.team_lead_a, team_a, buurt_a).team == team_a
        assert OutreachRound.objects.count() == 1

    def test_staff_must_work_in_the_team_on_the_day(self, cast, team_a, buurt_a):
        with pytest.raises(ValidationError) as error:
            _record(cast.connector_a, team_a, buurt_a, staff=[cast.connector_b])
        assert "staff" in error.value.error_dict
        # The cast joined today: a round of last month cannot list them …
        with pytest.raises(ValidationError):
            _record(cast.connector_a, team_a, buurt_a, held_on=days_ago(30), staff=[cast.connector_a])
        # … a colleague of the team back then can, even after leaving the team.
        Membership.objects.create(
            user=cast.connector_b, team=team_a, role=Role.CONNECTOR, started_on=days_ago(400), ended_on=days_ago(10)
        )
        outreach_round = _record(cast.connector_a, team_a, buurt_a, held_on=days_ago(30), staff=[cast.connector_b])
        assert list(outreach_round.staff.all()) == [cast.connector_b]


class TestParseWishes:
    def test_lines_commas_counts_and_doubles(self):
        text = "Moestuin: 3\nTaalcafé, moestuin\n\n  Wandelgroep  voor  ouderen :2; Koffie: om 10 uur"
        assert services.parse_wishes(text) == {
            "Moestuin": 4,
            "Taalcafé": 1,
            "Wandelgroep voor ouderen": 2,
            "Koffie: om 10 uur": 1,
        }

    @pytest.mark.parametrize("text", [": 3", "Moestuin: 0", "x" * 81])
    def test_bad_items_are_refused(self, text):
        with pytest.raises(ValidationError):
            services.parse_wishes(text)


class TestUpdateRound:
    def test_changes_are_saved_and_audited_with_field_names(self, cast, buurt_a):
        outreach_round = OutreachRoundFactory(homes_approached=40, homes_reached=10)
        services.update_round(
            outreach_round=outreach_round,
            by=cast.connector_a,
            homes_reached=12,
            conversations=9,
            wishes={"Moestuin": 2},
            staff=[cast.connector_a],
        )
        outreach_round.refresh_from_db()
        assert (outreach_round.homes_reached, outreach_round.conversations) == (12, 9)
        event = AuditEvent.objects.get(event="outreach_round.changed")
        assert event.detail["fields"] == ["conversations", "homes_reached", "staff", "wishes"]

    def test_nothing_changed_writes_nothing(self, cast):
        outreach_round = OutreachRoundFactory(homes_approached=40)
        RoundWish.objects.create(outreach_round=outreach_round, wish=WishTagFactory(name="Moestuin"), mentions=2)
        services.update_round(
            outreach_round=outreach_round, by=cast.connector_a, homes_approached=40, wishes={"moestuin": 2}, staff=[]
        )
        assert not AuditEvent.objects.exists()

    def test_a_bad_change_is_refused_and_the_row_stays(self, cast):
        outreach_round = OutreachRoundFactory(homes_approached=40, homes_reached=10)
        with pytest.raises(ValidationError):
            services.update_round(outreach_round=outreach_round, by=cast.connector_a, homes_reached=41)
        outreach_round.refresh_from_db()
        assert outreach_round.homes_reached == 10 and not AuditEvent.objects.exists()

    def test_the_date_cannot_move_after_a_sign_up(self, cast):
        outreach_round = OutreachRoundFactory(held_on=days_ago(20))
        RoundSignUpFactory(outreach_round=outreach_round, signed_up_on=days_ago(15))
        with pytest.raises(ValidationError) as error:
            services.update_round(outreach_round=outreach_round, by=cast.connector_a, held_on=days_ago(10))
        assert "held_on" in error.value.error_dict

    def test_not_by_another_team(self, cast):
        outreach_round = OutreachRoundFactory()
        with pytest.raises(PermissionDenied):
            services.update_round(outreach_round=outreach_round, by=cast.connector_b, conversations=3)
        with pytest.raises(PermissionDenied):
            services.update_round(outreach_round=outreach_round, by=cast.generalist_a, conversations=3)


class TestSignUps:
    def test_link_a_resident_with_the_date(self, cast):
        outreach_round = OutreachRoundFactory(held_on=days_ago(10))
        resident = ResidentFactory()
        signup = services.link_signup(
            outreach_round=outreach_round, resident=resident, by=cast.connector_a, signed_up_on=days_ago(3)
        )
        assert signup.signed_up_on == days_ago(3) and signup.created_by == cast.connector_a
        event = AuditEvent.objects.get(event="outreach_round.signup_linked")
        assert event.resident_id == resident.pk and event.detail == {"signup_id": signup.pk}

    def test_before_the_round_or_in_the_future_is_refused(self, cast):
        outreach_round = OutreachRoundFactory(held_on=days_ago(10))
        resident = ResidentFactory()
        for day in (days_ago(11), TODAY() + timedelta(days=1)):
            with pytest.raises(ValidationError) as error:
                services.link_signup(
                    outreach_round=outreach_round, resident=resident, by=cast.connector_a, signed_up_on=day
                )
            assert "signed_up_on" in error.value.error_dict
        assert not RoundSignUp.objects.exists()

    def test_twice_is_refused(self, cast):
        signup = RoundSignUpFactory()
        with pytest.raises(ValidationError):
            services.link_signup(outreach_round=signup.outreach_round, resident=signup.resident, by=cast.connector_a)
        assert RoundSignUp.objects.count() == 1

    def test_only_residents_the_user_may_see(self, cast, buurt_b):
        outreach_round = OutreachRoundFactory()
        elsewhere = ResidentFactory(buurt=buurt_b)  # team Stratum
        with pytest.raises(ValidationError) as error:
            services.link_signup(outreach_round=outreach_round, resident=elsewhere, by=cast.connector_a)
        assert "resident" in error.value.error_dict
        # Assigned to the connector, the resident of another team can be linked.
        Assignment.objects.create(resident=elsewhere, user=cast.connector_a)
        assert services.link_signup(outreach_round=outreach_round, resident=elsewhere, by=cast.connector_a)

    def test_not_on_a_round_of_another_team(self, cast, team_b, buurt_b):
        theirs = OutreachRoundFactory(team=team_b, buurt=buurt_b)
        with pytest.raises(PermissionDenied):
            services.link_signup(outreach_round=theirs, resident=ResidentFactory(), by=cast.connector_a)

    def test_unlink_deletes_the_row_and_keeps_an_event(self, cast):
        signup = RoundSignUpFactory()
        services.unlink_signup(signup=signup, by=cast.team_lead_a)
        assert not RoundSignUp.objects.exists()
        event = AuditEvent.objects.get(event="outreach_round.signup_unlinked")
        assert event.actor == cast.team_lead_a and event.resident_id == signup.resident_id

    def test_unlink_by_another_team_is_refused(self, cast):
        signup = RoundSignUpFactory()
        with pytest.raises(PermissionDenied):
            services.unlink_signup(signup=signup, by=cast.connector_b)
        assert RoundSignUp.objects.exists()
