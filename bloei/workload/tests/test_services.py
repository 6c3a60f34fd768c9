from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, User
from bloei.core.models import AuditEvent
from bloei.people.tests.factories import ResidentFactory
from bloei.workload import services
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord
from bloei.workload.services import week_of

from .factories import BoundaryDecisionFactory, TimeRecordFactory

pytestmark = pytest.mark.django_db

HOURS = {
    "neighbourhood": "14.5",
    "internal_meetings": "6",
    "partner_meetings": "3",
    "trainings": "0",
    "administration": "8",
}


def this_week():
    return week_of(timezone.localdate())


def events(event):
    return list(AuditEvent.objects.filter(event=event))


class TestRecordWeek:
    def test_records_the_hours_and_audits_with_the_week_only(self, cast):
        record = services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours=HOURS)
        assert record.user == cast.connector_a and record.team == cast.team_a
        assert record.neighbourhood == Decimal("14.5") and record.total == Decimal("31.5")
        [event] = events("time_record.recorded")
        assert event.actor == cast.connector_a and event.action == AuditEvent.Action.CREATE
        assert event.team_id == cast.team_a.pk and event.resident_id is None
        assert event.detail == {"week": this_week().isoformat()}

    def test_correcting_a_week_changes_the_same_record_and_names_the_fields(self, cast):
        first = services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours=HOURS)
        again = services.record_week(
            by=cast.connector_a, team=cast.team_a, week=this_week(), hours={**HOURS, "trainings": "2,5"}
        )
        assert again.pk == first.pk and TimeRecord.objects.count() == 1
        assert again.trainings == Decimal("2.5")
        [event] = events("time_record.changed")
        assert event.detail == {"week": this_week().isoformat(), "fields": ["trainings"]}

    def test_saving_the_same_hours_again_writes_nothing(self, cast):
        services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours=HOURS)
        before = AuditEvent.objects.count()
        services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours=HOURS)
        assert AuditEvent.objects.count() == before

    def test_categories_left_out_count_as_zero(self, cast):
        record = services.record_week(
            by=cast.connector_a, team=cast.team_a, week=this_week(), hours={"neighbourhood": 20}
        )
        assert record.total == Decimal(20) and record.administration == Decimal(0)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("neighbourhood", "-1"),
            ("neighbourhood", "60.5"),
            ("administration", "4.25"),
            ("trainings", "veel"),
            ("partner_meetings", "NaN"),
        ],
    )
    def test_bad_hours_are_refused_on_their_field_and_nothing_is_saved(self, cast, field, value):
        with pytest.raises(ValidationError) as error:
            services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours={**HOURS, field: value})
        assert set(error.value.error_dict) == {field}
        assert not TimeRecord.objects.exists() and not AuditEvent.objects.exists()

    def test_sixty_in_one_category_is_allowed_but_not_more_than_eighty_in_total(self, cast):
        services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours={"neighbourhood": 60})
        with pytest.raises(ValidationError) as error:
            services.record_week(
                by=cast.connector_a,
                team=cast.team_a,
                week=this_week(),
                hours={"neighbourhood": 60, "administration": "20.5"},
            )
        assert "80" in " ".join(error.value.messages)
        assert TimeRecord.objects.get().total == Decimal(60)

    def test_unknown_categories_are_a_programming_error(self, cast):
        with pytest.raises(TypeError):
            services.record_week(by=cast.connector_a, team=cast.team_a, week=this_week(), hours={"coffee": 3})

    @pytest.mark.parametrize(
        "week",
        [
            pytest.param(lambda: this_week() + timedelta(days=2), id="not a monday"),
            pytest.param(lambda: this_week() + timedelta(weeks=1), id="next week"),
            pytest.param(lambda: this_week() - timedelta(weeks=53), id="more than a year ago"),
        ],
    )
    def test_weeks_must_be_a_monday_that_has_started_within_the_last_year(self, cast, week):
        with pytest.raises(ValidationError) as error:
            services.record_week(by=cast.connector_a, team=cast.team_a, week=week(), hours=HOURS)
        assert "week" in error.value.error_dict
        assert not TimeRecord.objects.exists()

    def test_a_past_week_can_be_recorded(self, cast):
        week = this_week() - timedelta(weeks=52)
        assert services.record_week(by=cast.connector_a, team=cast.team_a, week=week, hours=HOURS).week == week

    @pytest.mark.parametrize("who", ["team_lead_a", "generalist_a", "analyst"])
    def test_only_connectors_record_hours(self, cast, who):
        with pytest.raises(PermissionDenied):
            services.record_week(by=getattr(cast, who), team=cast.team_a, week=this_week(), hours=HOURS)

    def test_a_connector_records_only_in_their_own_team(self, cast):
        with pytest.raises(PermissionDenied):
            services.record_week(by=cast.connector_b, team=cast.team_a, week=this_week(), hours=HOURS)
        assert not TimeRecord.objects.exists()

    def test_a_connector_of_two_teams_keeps_one_record_per_team(self, cast):
        Membership.objects.create(user=cast.connector_a, team=cast.team_b, role=Role.CONNECTOR)
        connector = User.objects.get(pk=cast.connector_a.pk)  # fresh: roles are cached per instance
        services.record_week(by=connector, team=cast.team_a, week=this_week(), hours=HOURS)
        services.record_week(by=connector, team=cast.team_b, week=this_week(), hours={"neighbourhood": 4})
        assert TimeRecord.objects.filter(user=connector).count() == 2


class TestDatabaseRules:
    def test_one_record_per_user_team_and_week(self, cast):
        TimeRecordFactory(user=cast.connector_a)
        with pytest.raises(IntegrityError), transaction.atomic():
            TimeRecordFactory(user=cast.connector_a)

    def test_hours_per_category_and_in_total_are_checked_by_the_database(self, cast):
        with pytest.raises(IntegrityError), transaction.atomic():
            TimeRecordFactory(user=cast.connector_a, neighbourhood=Decimal(61))
        with pytest.raises(IntegrityError), transaction.atomic():
            TimeRecordFactory(
                user=cast.connector_a, neighbourhood=Decimal(60), administration=Decimal(21), internal_meetings=0
            )


class TestCopyPreviousWeek:
    def test_copies_the_latest_earlier_week_and_says_so_in_the_audit_trail(self, cast):
        TimeRecordFactory(user=cast.connector_a, week=this_week() - timedelta(weeks=3), neighbourhood=Decimal(2))
        source = TimeRecordFactory(user=cast.connector_a, week=this_week() - timedelta(weeks=2))
        record = services.copy_previous_week(by=cast.connector_a, team=cast.team_a, week=this_week())
        assert record.hours() == source.hours() and record.week == this_week()
        [event] = events("time_record.recorded")
        assert event.detail["copied_from"] == source.week.isoformat()

    def test_without_an_earlier_week_there_is_nothing_to_copy(self, cast):
        TimeRecordFactory(user=cast.connector_b, team=cast.team_b, week=this_week() - timedelta(weeks=1))
        with pytest.raises(ValidationError):
            services.copy_previous_week(by=cast.connector_a, team=cast.team_a, week=this_week())
        assert not TimeRecord.objects.filter(user=cast.connector_a).exists()

    def test_only_the_connector_themselves_can_copy(self, cast):
        TimeRecordFactory(user=cast.connector_a, week=this_week() - timedelta(weeks=1))
        with pytest.raises(PermissionDenied):
            services.copy_previous_week(by=cast.team_lead_a, team=cast.team_a, week=this_week())


@pytest.fixture
def long_open(cast):
    return ResidentFactory(registered_on=timezone.localdate() - timedelta(days=500))


def decide(cast, resident, **kwargs):
    data = {
        "outcome": BoundaryOutcome.CONTINUE,
        "reason": "Wil graag iets doen maar het klikt steeds niet",
        "next_step": "Vrijwilliger van de buurtmoestuin vragen",
        "review_on": timezone.localdate() + timedelta(days=60),
        **kwargs,
    }
    return services.decide_boundary(by=cast.team_lead_a, resident=resident, **data)


class TestDecideBoundary:
    def test_continue_is_recorded_with_its_next_step_and_review_date(self, cast, long_open):
        decision = decide(cast, long_open)
        assert decision.team == cast.team_a and decision.decided_by == cast.team_lead_a
        assert decision.decided_on == timezone.localdate()
        [event] = events("boundary.decided")
        assert event.resident_id == long_open.pk and event.team_id == cast.team_a.pk
        assert event.detail == {"outcome": "continue", "review_on": decision.review_on.isoformat()}
        assert "klikt" not in str(event.detail) and "moestuin" not in str(event.detail)

    def test_closing_the_file_sets_closed_on_through_the_people_service(self, cast, long_open):
        decided_on = timezone.localdate() - timedelta(days=3)
        decision = decide(cast, long_open, outcome=BoundaryOutcome.CLOSE, review_on=None, decided_on=decided_on)
        long_open.refresh_from_db()
        assert long_open.closed_on == decided_on and decision.review_on is None
        changed = AuditEvent.objects.get(event="resident.changed")
        assert changed.detail == {"fields": ["closed_on"]} and changed.actor == cast.team_lead_a
        assert AuditEvent.objects.filter(event="boundary.decided").count() == 1

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"next_step": "  "}, "next_step"),
            ({"reason": ""}, "reason"),
            ({"reason": "x" * 301}, "reason"),
            ({"outcome": "give_up"}, "outcome"),
            ({"review_on": None}, "review_on"),
            ({"outcome": BoundaryOutcome.REFER, "review_on": None}, "review_on"),
            ({"review_on": "today"}, "review_on"),
            ({"outcome": BoundaryOutcome.CLOSE}, "review_on"),
            ({"decided_on": "tomorrow"}, "decided_on"),
            ({"decided_on": "before registration"}, "decided_on"),
        ],
    )
    def test_bad_decisions_are_refused_and_change_nothing(self, cast, long_open, change, field):
        today = timezone.localdate()
        dates = {"today": today, "tomorrow": today + timedelta(days=1), "before registration": today - timedelta(600)}
        change = {k: dates.get(v, v) if isinstance(v, str) and k.endswith("_on") else v for k, v in change.items()}
        with pytest.raises(ValidationError) as error:
            decide(cast, long_open, **change)
        assert field in error.value.error_dict
        long_open.refresh_from_db()
        assert long_open.closed_on is None
        assert not BoundaryDecision.objects.exists() and not AuditEvent.objects.exists()

    def test_a_closed_file_takes_no_more_decisions(self, cast):
        closed = ResidentFactory(
            registered_on=timezone.localdate() - timedelta(days=500),
            closed_on=timezone.localdate() - timedelta(days=10),
        )
        with pytest.raises(ValidationError):
            decide(cast, closed)

    @pytest.mark.parametrize("who", ["connector_a", "generalist_a", "analyst"])
    def test_only_the_team_lead_decides(self, cast, long_open, who):
        with pytest.raises(PermissionDenied):
            services.decide_boundary(by=getattr(cast, who), resident=long_open, outcome="close", reason="Te lang open")
        assert not BoundaryDecision.objects.exists()

    def test_a_team_lead_decides_only_for_their_own_team(self, cast, buurt_b):
        other = ResidentFactory(buurt=buurt_b, registered_on=timezone.localdate() - timedelta(days=500))
        with pytest.raises(PermissionDenied):
            decide(cast, other)

    def test_history_is_kept_a_new_decision_is_a_new_row(self, cast, long_open):
        BoundaryDecisionFactory(
            resident=long_open, decided_by=cast.team_lead_a, decided_on=timezone.localdate() - timedelta(days=100)
        )
        decide(cast, long_open, outcome=BoundaryOutcome.OTHER, next_step="")
        assert list(long_open.boundary_decisions.values_list("outcome", flat=True)) == ["other", "continue"]

    def test_the_database_requires_a_reason_and_a_review_date_unless_closed(self, cast, long_open):
        with pytest.raises(IntegrityError), transaction.atomic():
            BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a, reason="")
        with pytest.raises(IntegrityError), transaction.atomic():
            BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a, review_on=None)
        with pytest.raises(IntegrityError), transaction.atomic():
            BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a, outcome=BoundaryOutcome.CLOSE)
        with pytest.raises(IntegrityError), transaction.atomic():
            BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a, next_step="")
