"""The rules of the training workflow: editions and meetings, participants, attendance, completion, evaluation,
outcomes and the one-year follow-up; who may do what; what the audit trail holds."""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest
import time_machine

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, User
from bloei.core.models import AuditEvent
from bloei.geo.models import Neighbourhood
from bloei.people.models import Assignment, LadderAssessment, LadderRung
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory
from bloei.trainings import selectors, services
from bloei.trainings.choices import BenefitPurpose, BenefitStatus, SessionKind
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingType,
)
from bloei.trainings.today import panel

from .factories import EditionFactory, EnrolmentFactory, FollowUpFactory, TrainingTypeFactory, attend, kom_tot_bloei

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days_ago(n):
    return TODAY() - timedelta(days=n)


def second_connector(team):
    user = User.objects.create(username="connector_a2", first_name="Chris", last_name="Test")
    Membership.objects.create(user=user, team=team, role=Role.CONNECTOR)
    return user


def session(edition, number):
    return edition.sessions.get(number=number)


SCORES = {"score_overall": 4, "score_talents": 5, "score_confidence": 3, "score_contacts": 4, "score_next_step": 2}


# --- editions -----------------------------------------------------------------------------------------


class TestCreateEdition:
    def test_creates_the_types_number_of_meetings_weekly_from_the_first_date(self, cast, team_a):
        starts = date(2025, 3, 5)
        edition = services.create_edition(
            by=cast.connector_a,
            training_type=kom_tot_bloei(),
            team=team_a,
            name="KtB voorjaar",
            starts_on=starts,
            trainers=[cast.connector_a],
            location="Buurthuis",
            starts_at=None,
        )
        sessions = list(edition.sessions.order_by("number"))
        assert [s.number for s in sessions] == [1, 2, 3, 4]
        assert [s.held_on for s in sessions] == [starts + timedelta(weeks=i) for i in range(4)]
        assert edition.starts_on == starts and edition.ends_on == starts + timedelta(weeks=3)
        assert list(edition.trainers.all()) == [cast.connector_a] and edition.created_by == cast.connector_a
        event = AuditEvent.objects.get(event="training.edition_created")
        assert event.team_id == team_a.pk and event.object_id == str(edition.pk)
        assert event.detail == {"training_type_id": kom_tot_bloei().pk, "meetings": 4}

    def test_de_wijk_werkt_gets_twelve_meetings(self, cast, team_a):
        edition = services.create_edition(
            by=cast.team_lead_a,
            training_type=TrainingType.objects.get(slug="de-wijk-werkt"),
            team=team_a,
            name="DWW",
            starts_on=date(2025, 1, 6),
        )
        assert edition.sessions.count() == 12 and edition.ends_on == date(2025, 3, 24)

    @pytest.mark.parametrize("role", ["connector_b", "generalist_a", "analyst", "admin"])
    def test_only_connectors_and_the_team_lead_of_the_team(self, cast, team_a, role):
        with pytest.raises(PermissionDenied):
            services.create_edition(
                by=cast.roles()[role], training_type=kom_tot_bloei(), team=team_a, name="X", starts_on=TODAY()
            )
        assert not TrainingEdition.objects.exists() and not AuditEvent.objects.exists()

    def test_trainers_are_connectors_of_the_team(self, cast, team_a):
        for trainer in (cast.connector_b, cast.team_lead_a, cast.generalist_a):
            with pytest.raises(ValidationError) as error:
                services.create_edition(
                    by=cast.team_lead_a,
                    training_type=kom_tot_bloei(),
                    team=team_a,
                    name="X",
                    starts_on=TODAY(),
                    trainers=[trainer],
                )
            assert "trainers" in error.value.error_dict
        assert not TrainingEdition.objects.exists()

    def test_the_wijk_lies_in_the_teams_area(self, cast, team_a, team_b):
        elsewhere = Neighbourhood.objects.filter(teams=team_b).first()
        with pytest.raises(ValidationError) as error:
            services.create_edition(
                by=cast.connector_a,
                training_type=kom_tot_bloei(),
                team=team_a,
                name="X",
                starts_on=TODAY(),
                wijk=elsewhere,
            )
        assert "wijk" in error.value.error_dict
        own = team_a.neighbourhoods.first()
        edition = services.create_edition(
            by=cast.connector_a, training_type=kom_tot_bloei(), team=team_a, name="X", starts_on=TODAY(), wijk=own
        )
        assert edition.wijk == own

    def test_a_type_no_longer_in_use_is_refused(self, cast, team_a):
        old = TrainingTypeFactory(is_active=False)
        with pytest.raises(ValidationError):
            services.create_edition(by=cast.connector_a, training_type=old, team=team_a, name="X", starts_on=TODAY())

    def test_a_name_is_required(self, cast, team_a):
        with pytest.raises(ValidationError) as error:
            services.create_edition(
                by=cast.connector_a, training_type=kom_tot_bloei(), team=team_a, name="  ", starts_on=TODAY()
            )
        assert "name" in error.value.error_dict


class TestUpdateAndCancelEdition:
    def test_update_changes_details_and_trainers_and_names_the_fields(self, cast):
        edition = EditionFactory()
        other = second_connector(cast.team_a)
        services.update_edition(edition=edition, by=cast.team_lead_a, name="Nieuw", trainers=[cast.connector_a, other])
        edition.refresh_from_db()
        assert edition.name == "Nieuw" and set(edition.trainers.all()) == {cast.connector_a, other}
        assert AuditEvent.objects.get(event="training.edition_changed").detail == {"fields": ["name", "trainers"]}

    def test_nothing_changed_writes_nothing(self, cast):
        edition = EditionFactory(name="Zelfde")
        services.update_edition(edition=edition, by=cast.connector_a, name="Zelfde", trainers=[])
        assert not AuditEvent.objects.exists()

    def test_the_maximum_cannot_drop_below_the_participants(self, cast):
        edition = EditionFactory()
        EnrolmentFactory.create_batch(3, edition=edition)
        with pytest.raises(ValidationError) as error:
            services.update_edition(edition=edition, by=cast.connector_a, max_participants=2)
        assert "max_participants" in error.value.error_dict
        assert TrainingEdition.objects.get(pk=edition.pk).max_participants is None

    def test_cancel_closes_the_edition(self, cast):
        edition = EditionFactory()
        enrolment = EnrolmentFactory(edition=edition)
        services.cancel_edition(edition=edition, by=cast.connector_a)
        assert edition.cancelled_on == TODAY() and edition.status == "cancelled"
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=edition, resident=ResidentFactory(), by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.record_attendance(
                session=session(edition, 1), enrolment=enrolment, by=cast.connector_a, status="present"
            )
        with pytest.raises(ValidationError):
            services.cancel_edition(edition=edition, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.finish_edition(edition=edition, by=cast.connector_a)

    def test_a_finished_edition_cannot_be_cancelled(self, cast):
        edition = EditionFactory(finished_on=TODAY())
        with pytest.raises(ValidationError):
            services.cancel_edition(edition=edition, by=cast.connector_a)

    def test_the_status_follows_the_dates(self):
        assert EditionFactory(starts_on=TODAY() + timedelta(days=3), ends_on=TODAY() + timedelta(days=24)).status == (
            "planned"
        )
        assert EditionFactory().status == "running"
        assert EditionFactory(finished_on=TODAY()).status == "finished"


# --- meetings -----------------------------------------------------------------------------------------


class TestMeetings:
    def test_an_added_meeting_is_numbered_in_date_order_and_moves_the_dates(self, cast):
        edition = EditionFactory(starts_on=date(2025, 3, 3), ends_on=date(2025, 3, 24))
        early = services.add_session(
            edition=edition, by=cast.connector_a, held_on=date(2025, 2, 24), topic="Kennismaken"
        )
        assert early.number == 1
        assert list(edition.sessions.order_by("number").values_list("held_on", flat=True))[:2] == [
            date(2025, 2, 24),
            date(2025, 3, 3),
        ]
        edition.refresh_from_db()
        assert edition.starts_on == date(2025, 2, 24) and edition.ends_on == date(2025, 3, 24)

    def test_moving_a_meeting_renumbers_and_moves_the_last_date(self, cast):
        edition = EditionFactory(starts_on=date(2025, 3, 3), ends_on=date(2025, 3, 24))
        first = session(edition, 1)
        services.update_session(session=first, by=cast.connector_a, held_on=date(2025, 4, 7), topic="Afsluiting")
        first.refresh_from_db()
        assert first.number == 4 and first.topic == "Afsluiting"
        edition.refresh_from_db()
        assert edition.starts_on == date(2025, 3, 10) and edition.ends_on == date(2025, 4, 7)
        assert AuditEvent.objects.get(event="training.session_changed").detail == {"fields": ["held_on", "topic"]}

    def test_a_visit_needs_a_place_and_a_meeting_has_none(self, cast):
        edition = EditionFactory()
        place = PlaceFactory()
        with pytest.raises(ValidationError) as error:
            services.update_session(session=session(edition, 2), by=cast.connector_a, kind=SessionKind.PLACE_VISIT)
        assert "place" in error.value.error_dict
        with pytest.raises(ValidationError):
            services.update_session(session=session(edition, 2), by=cast.connector_a, place=place)
        visit = services.update_session(
            session=session(edition, 2), by=cast.connector_a, kind=SessionKind.PLACE_VISIT, place=place
        )
        assert visit.place == place and visit.kind == "place_visit"

    def test_a_place_no_longer_active_cannot_be_visited(self, cast):
        edition = EditionFactory()
        place = PlaceFactory(added_on=days_ago(300), removed_on=days_ago(60))
        with pytest.raises(ValidationError):
            services.update_session(
                session=session(edition, 2), by=cast.connector_a, kind=SessionKind.PLACE_VISIT, place=place
            )

    def test_remove_renumbers_but_keeps_meetings_with_attendance_and_the_last_one(self, cast):
        edition = EditionFactory(meetings=3)
        attend(EnrolmentFactory(edition=edition), "present")
        with pytest.raises(ValidationError):
            services.remove_session(session=session(edition, 1), by=cast.connector_a)
        third = session(edition, 3)
        services.remove_session(session=session(edition, 2), by=cast.connector_a)
        assert list(edition.sessions.order_by("number").values_list("pk", "number")) == [
            (session(edition, 1).pk, 1),
            (third.pk, 2),
        ]
        services.remove_session(session=third, by=cast.connector_a)
        Attendance.objects.all().delete()
        with pytest.raises(ValidationError):
            services.remove_session(session=session(edition, 1), by=cast.connector_a)
        assert edition.sessions.count() == 1
        edition.refresh_from_db()
        assert edition.starts_on == edition.ends_on == session(edition, 1).held_on

    def test_an_attended_meeting_cannot_move_to_the_future(self, cast):
        edition = EditionFactory()
        attend(EnrolmentFactory(edition=edition), "present")
        with pytest.raises(ValidationError):
            services.update_session(
                session=session(edition, 1), by=cast.connector_a, held_on=TODAY() + timedelta(days=7)
            )

    def test_other_teams_and_generalists_cannot_change_meetings(self, cast):
        edition = EditionFactory()
        for user in (cast.connector_b, cast.generalist_a):
            with pytest.raises(PermissionDenied):
                services.add_session(edition=edition, by=user, held_on=TODAY())
        assert edition.sessions.count() == 4


# --- participants -------------------------------------------------------------------------------------


class TestEnrolment:
    def test_a_connector_enrols_a_resident_of_the_team(self, cast):
        edition = EditionFactory()
        resident = ResidentFactory()
        enrolment = services.enrol_resident(edition=edition, resident=resident, by=cast.connector_a)
        assert enrolment.enrolled_on == TODAY() and enrolment.benefit_status == ""
        assert enrolment.created_by == cast.connector_a
        event = AuditEvent.objects.get(event="training.enrolled")
        assert event.resident_id == resident.pk and event.team_id == edition.team_id
        assert event.detail == {"edition_id": edition.pk}

    def test_residents_outside_the_users_scope_are_refused(self, cast, buurt_b):
        edition = EditionFactory()
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=edition, resident=ResidentFactory(buurt=buurt_b), by=cast.connector_a)
        assert not Enrolment.objects.exists()

    def test_a_resident_takes_part_once(self, cast):
        enrolment = EnrolmentFactory()
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=enrolment.edition, resident=enrolment.resident, by=cast.connector_a)

    def test_a_full_edition_refuses_more_but_stopped_participants_free_a_place(self, cast):
        edition = EditionFactory(max_participants=2)
        first = EnrolmentFactory(edition=edition)
        EnrolmentFactory(edition=edition)
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=edition, resident=ResidentFactory(), by=cast.connector_a)
        services.stop_enrolment(enrolment=first, by=cast.connector_a, reason="health", left_on=TODAY())
        services.enrol_resident(edition=edition, resident=ResidentFactory(), by=cast.connector_a)
        assert edition.enrolments.count() == 3

    def test_the_date_cannot_be_in_the_future(self, cast):
        with pytest.raises(ValidationError) as error:
            services.enrol_resident(
                edition=EditionFactory(),
                resident=ResidentFactory(),
                by=cast.connector_a,
                enrolled_on=TODAY() + timedelta(days=1),
            )
        assert "enrolled_on" in error.value.error_dict

    def test_a_closed_file_cannot_be_enrolled(self, cast):
        resident = ResidentFactory()
        resident.closed_on = TODAY()
        resident.save(update_fields=["closed_on"])
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=EditionFactory(), resident=resident, by=cast.connector_a)


class TestBenefitStatus:
    def test_is_recorded_only_with_its_purpose_and_who_and_when(self, cast):
        edition = EditionFactory()
        with pytest.raises(ValidationError) as error:
            services.enrol_resident(
                edition=edition,
                resident=ResidentFactory(),
                by=cast.connector_a,
                benefit_status=BenefitStatus.PARTICIPATIEWET,
            )
        assert "benefit_purpose" in error.value.error_dict
        with pytest.raises(ValidationError):
            services.enrol_resident(
                edition=edition,
                resident=ResidentFactory(),
                by=cast.connector_a,
                benefit_purpose=BenefitPurpose.GUIDANCE,
            )
        assert not Enrolment.objects.exists()
        enrolment = services.enrol_resident(
            edition=edition,
            resident=ResidentFactory(),
            by=cast.connector_a,
            benefit_status=BenefitStatus.PARTICIPATIEWET,
            benefit_purpose=BenefitPurpose.MUNICIPAL_REPORTING,
        )
        assert enrolment.benefit_recorded_by == cast.connector_a and enrolment.benefit_recorded_on == TODAY()

    def test_change_and_remove(self, cast):
        enrolment = EnrolmentFactory()
        services.set_benefit_status(
            enrolment=enrolment, by=cast.team_lead_a, status=BenefitStatus.NONE, purpose=BenefitPurpose.GUIDANCE
        )
        enrolment.refresh_from_db()
        assert enrolment.benefit_status == "none" and enrolment.benefit_recorded_by == cast.team_lead_a
        services.set_benefit_status(enrolment=enrolment, by=cast.team_lead_a, status="", purpose="guidance")
        enrolment.refresh_from_db()
        assert (enrolment.benefit_status, enrolment.benefit_purpose, enrolment.benefit_recorded_by) == ("", "", None)
        assert [e.event for e in AuditEvent.objects.order_by("pk")] == [
            "training.benefit_status_recorded",
            "training.benefit_status_removed",
        ]

    def test_a_generalist_can_never_record_it_even_for_an_assigned_resident(self, cast):
        enrolment = EnrolmentFactory()
        Assignment.objects.create(resident=enrolment.resident, user=cast.generalist_a)
        with pytest.raises(PermissionDenied):
            services.set_benefit_status(enrolment=enrolment, by=cast.generalist_a, status="none", purpose="guidance")
        with pytest.raises(PermissionDenied):
            services.set_benefit_status(enrolment=enrolment, by=cast.connector_b, status="none", purpose="guidance")
        assert Enrolment.objects.get(pk=enrolment.pk).benefit_status == ""

    def test_never_appears_in_the_audit_trail(self, cast):
        edition = EditionFactory()
        enrolment = services.enrol_resident(
            edition=edition,
            resident=ResidentFactory(),
            by=cast.connector_a,
            benefit_status=BenefitStatus.PARTICIPATIEWET,
            benefit_purpose=BenefitPurpose.MUNICIPAL_REPORTING,
        )
        services.set_benefit_status(
            enrolment=enrolment,
            by=cast.team_lead_a,
            status=BenefitStatus.OTHER_BENEFIT,
            purpose=BenefitPurpose.GUIDANCE,
        )
        services.finish_edition(edition=edition, by=cast.connector_a)
        values = set(BenefitStatus.values) | set(BenefitPurpose.values)
        for event in AuditEvent.objects.all():
            flat = repr(event.detail)
            assert not any(value in flat for value in values), event.event
            assert "benefit" not in flat


class TestStopEnrolment:
    def test_records_date_and_reason(self, cast):
        enrolment = EnrolmentFactory()
        services.stop_enrolment(enrolment=enrolment, by=cast.connector_a, reason="work", left_on=days_ago(1))
        enrolment.refresh_from_db()
        assert enrolment.left_on == days_ago(1) and enrolment.left_reason == "work"
        assert AuditEvent.objects.get(event="training.enrolment_stopped").detail == {"reason": "work"}
        with pytest.raises(ValidationError):
            services.stop_enrolment(enrolment=enrolment, by=cast.connector_a, reason="work")

    @pytest.mark.parametrize("reason,left", [("", 1), ("bored", 1), ("work", -1), ("work", 100)])
    def test_bad_input_changes_nothing(self, cast, reason, left):
        enrolment = EnrolmentFactory()  # enrolled four weeks ago
        with pytest.raises(ValidationError):
            services.stop_enrolment(enrolment=enrolment, by=cast.connector_a, reason=reason, left_on=days_ago(left))
        assert Enrolment.objects.get(pk=enrolment.pk).left_on is None

    def test_not_before_a_meeting_the_participant_was_present_at(self, cast):
        enrolment = EnrolmentFactory()
        attend(enrolment, "present", "present")
        second = session(enrolment.edition, 2).held_on
        with pytest.raises(ValidationError) as error:
            services.stop_enrolment(enrolment=enrolment, by=cast.connector_a, reason="health", left_on=second)
        assert "left_on" in error.value.error_dict
        services.stop_enrolment(
            enrolment=enrolment, by=cast.connector_a, reason="health", left_on=second + timedelta(days=1)
        )


# --- attendance ---------------------------------------------------------------------------------------


class TestAttendance:
    def test_a_tap_records_and_a_second_tap_changes_it(self, cast):
        enrolment = EnrolmentFactory()
        meeting = session(enrolment.edition, 1)
        services.record_attendance(session=meeting, enrolment=enrolment, by=cast.connector_a, status="present")
        services.record_attendance(session=meeting, enrolment=enrolment, by=cast.connector_a, status="present")
        services.record_attendance(session=meeting, enrolment=enrolment, by=cast.team_lead_a, status="excused")
        attendance = Attendance.objects.get()
        assert attendance.status == "excused" and attendance.recorded_by == cast.team_lead_a
        events = list(AuditEvent.objects.order_by("pk"))
        assert [(e.action, e.detail["status"]) for e in events] == [("create", "present"), ("change", "excused")]
        assert events[0].resident_id == enrolment.resident_id

    def test_not_for_a_meeting_still_to_come(self, cast):
        edition = EditionFactory(starts_on=days_ago(7), ends_on=TODAY() + timedelta(days=14))
        enrolment = EnrolmentFactory(edition=edition)
        services.record_attendance(
            session=session(edition, 2), enrolment=enrolment, by=cast.connector_a, status="present"
        )  # today
        with pytest.raises(ValidationError):
            services.record_attendance(
                session=session(edition, 3), enrolment=enrolment, by=cast.connector_a, status="present"
            )

    def test_not_after_the_participant_stopped(self, cast):
        enrolment = EnrolmentFactory(left_on=days_ago(20), left_reason="health")
        with pytest.raises(ValidationError):
            services.record_attendance(
                session=session(enrolment.edition, 4), enrolment=enrolment, by=cast.connector_a, status="absent"
            )

    def test_bad_status_and_another_editions_meeting_are_refused(self, cast):
        enrolment = EnrolmentFactory()
        with pytest.raises(ValidationError):
            services.record_attendance(
                session=session(enrolment.edition, 1), enrolment=enrolment, by=cast.connector_a, status="late"
            )
        with pytest.raises(ValidationError):
            services.record_attendance(
                session=session(EditionFactory(), 1), enrolment=enrolment, by=cast.connector_a, status="present"
            )
        assert not Attendance.objects.exists()

    @pytest.mark.parametrize("role", ["connector_b", "generalist_a"])
    def test_other_teams_and_generalists_cannot_record(self, cast, role):
        enrolment = EnrolmentFactory()
        Assignment.objects.create(resident=enrolment.resident, user=cast.roles()[role])
        with pytest.raises(PermissionDenied):
            services.record_attendance(
                session=session(enrolment.edition, 1), enrolment=enrolment, by=cast.roles()[role], status="present"
            )

    def test_a_participant_the_user_may_not_see_is_refused(self, cast, buurt_b):
        enrolment = EnrolmentFactory(resident=ResidentFactory(buurt=buurt_b))  # a resident of team B
        with pytest.raises(PermissionDenied):
            services.record_attendance(
                session=session(enrolment.edition, 1), enrolment=enrolment, by=cast.team_lead_a, status="present"
            )


# --- completion and finishing -------------------------------------------------------------------------


class TestCompletionRule:
    @pytest.mark.parametrize(
        "present,held,percent,completed",
        [
            (3, 4, 75, True),
            (2, 4, 75, False),
            (9, 12, 75, True),
            (8, 12, 75, False),
            (4, 4, 100, True),
            (11, 12, 100, False),
            (1, 3, 33, True),  # 33.3% >= 33%
            (1, 3, 34, False),
            (0, 0, 75, False),  # nothing held: nobody completes
        ],
    )
    def test_present_at_no_less_than_the_percentage(self, present, held, percent, completed):
        assert selectors.meets_completion_rule(present, held, percent) is completed

    def test_finish_decides_completion_by_the_types_rule(self, cast):
        edition = EditionFactory()  # Kom tot Bloei: 4 meetings, 75%
        three = EnrolmentFactory(edition=edition)
        attend(three, "present", "present", "absent", "present")
        excused = EnrolmentFactory(edition=edition)
        attend(excused, "present", "excused", "excused", "present")  # absent with notice is not present
        missing = EnrolmentFactory(edition=edition)
        attend(missing, "present", "", "present", "")  # nothing recorded counts as not present
        stopped = EnrolmentFactory(edition=edition)
        attend(stopped, "present", "present", "present")
        services.stop_enrolment(
            enrolment=stopped, by=cast.connector_a, reason="work", left_on=session(edition, 4).held_on
        )
        services.finish_edition(edition=edition, by=cast.connector_a)
        completed = dict(edition.enrolments.values_list("pk", "completed"))
        assert completed == {three.pk: True, excused.pk: False, missing.pk: False, stopped.pk: False}
        assert edition.finished_on == TODAY()
        event = AuditEvent.objects.get(event="training.edition_finished")
        assert event.detail == {"participants": 4, "completed": 1, "follow_ups": 4}

    def test_a_type_with_its_own_percentage(self, cast):
        strict = TrainingTypeFactory(completion_min_percent=100)
        edition = EditionFactory(training_type=strict)
        enrolment = EnrolmentFactory(edition=edition)
        attend(enrolment, "present", "present", "present", "excused")
        services.finish_edition(edition=edition, by=cast.connector_a)
        assert Enrolment.objects.get(pk=enrolment.pk).completed is False

    def test_not_before_the_last_meeting_nor_in_the_future(self, cast):
        edition = EditionFactory(starts_on=days_ago(14), ends_on=TODAY() + timedelta(days=7))
        with pytest.raises(ValidationError):
            services.finish_edition(edition=edition, by=cast.connector_a)
        edition = EditionFactory()
        with pytest.raises(ValidationError):
            services.finish_edition(edition=edition, by=cast.connector_a, finished_on=TODAY() + timedelta(days=1))
        with pytest.raises(ValidationError):
            services.finish_edition(edition=edition, by=cast.connector_a, finished_on=days_ago(14))
        assert not TrainingEdition.objects.filter(finished_on__isnull=False).exists()
        assert not TrainingFollowUp.objects.exists()

    def test_only_once_and_only_by_the_team(self, cast):
        edition = EditionFactory()
        with pytest.raises(PermissionDenied):
            services.finish_edition(edition=edition, by=cast.generalist_a)
        services.finish_edition(edition=edition, by=cast.team_lead_a)
        with pytest.raises(ValidationError):
            services.finish_edition(edition=edition, by=cast.team_lead_a)
        with pytest.raises(ValidationError):
            services.enrol_resident(edition=edition, resident=ResidentFactory(), by=cast.connector_a)


class TestFollowUpPlanning:
    def test_one_follow_up_per_participant_a_year_after_the_last_meeting(self, cast):
        with time_machine.travel(date(2031, 5, 14), tick=False):
            edition = EditionFactory(starts_on=date(2031, 4, 1), ends_on=date(2031, 4, 22))
            kept, stopped = EnrolmentFactory(edition=edition), EnrolmentFactory(edition=edition)
            stopped.left_on, stopped.left_reason = date(2031, 4, 9), "health"
            stopped.save()
            services.finish_edition(edition=edition, by=cast.connector_a)  # finished three weeks later
        due = dict(TrainingFollowUp.objects.values_list("enrolment_id", "due_on"))
        assert due == {kept.pk: date(2032, 4, 21), stopped.pk: date(2032, 4, 21)}  # 365 days after 22 April 2031

    def test_the_number_of_days_is_a_setting(self, cast, settings):
        settings.BLOEI_TRAINING_FOLLOW_UP_DAYS = 30
        edition = EditionFactory()
        EnrolmentFactory(edition=edition)
        services.finish_edition(edition=edition, by=cast.connector_a)
        assert TrainingFollowUp.objects.get().due_on == edition.ends_on + timedelta(days=30)

    def test_the_follow_up_comes_due_on_the_trainers_today_a_year_later(self, cast):
        edition = EditionFactory(trainers=[cast.connector_a])
        EnrolmentFactory(edition=edition)
        services.finish_edition(edition=edition, by=cast.connector_a)
        due_on = edition.ends_on + timedelta(days=365)
        with time_machine.travel(due_on - timedelta(days=15), tick=False):
            assert panel(User.objects.get(pk=cast.connector_a.pk), TODAY()) is None
        with time_machine.travel(due_on - timedelta(days=14), tick=False):
            found = panel(User.objects.get(pk=cast.connector_a.pk), TODAY())
            assert [f.due_on for f in found["due"]["items"]] == [due_on] and not found["overdue"]["items"]
        with time_machine.travel(due_on + timedelta(days=1), tick=False):
            found = panel(User.objects.get(pk=cast.connector_a.pk), TODAY())
            assert [f.due_on for f in found["overdue"]["items"]] == [due_on]


# --- evaluation and outcomes --------------------------------------------------------------------------


class TestEvaluation:
    def test_records_and_replaces_without_text_in_the_audit_trail(self, cast):
        enrolment = EnrolmentFactory()
        services.record_evaluation(enrolment=enrolment, by=cast.connector_a, best="De groep", **SCORES)
        services.record_evaluation(enrolment=enrolment, by=cast.connector_a, **{**SCORES, "score_overall": 5})
        evaluation = Evaluation.objects.get()
        assert evaluation.score_overall == 5 and evaluation.best == "" and evaluation.recorded_by == cast.connector_a
        events = AuditEvent.objects.filter(event="training.evaluation_recorded").order_by("pk")
        assert [e.action for e in events] == ["create", "change"]
        assert all(e.detail == {"enrolment_id": enrolment.pk} for e in events)

    @pytest.mark.parametrize("field,value", [("score_overall", 0), ("score_next_step", 6), ("score_talents", None)])
    def test_scores_run_from_one_to_five(self, cast, field, value):
        with pytest.raises(ValidationError) as error:
            services.record_evaluation(enrolment=EnrolmentFactory(), by=cast.connector_a, **{**SCORES, field: value})
        assert field in error.value.error_dict
        assert not Evaluation.objects.exists()

    def test_not_before_the_edition_started(self, cast):
        enrolment = EnrolmentFactory()
        with pytest.raises(ValidationError):
            services.record_evaluation(
                enrolment=enrolment,
                by=cast.connector_a,
                filled_on=enrolment.edition.starts_on - timedelta(days=1),
                **SCORES,
            )


class TestOutcomes:
    def test_several_dated_outcomes_per_participant(self, cast):
        enrolment = EnrolmentFactory()
        place = PlaceFactory()
        services.add_outcome(
            enrolment=enrolment,
            by=cast.connector_a,
            kind="volunteer_work",
            place=place,
            started_on=days_ago(10),
            note="Moestuin",
        )
        services.add_outcome(enrolment=enrolment, by=cast.connector_a, kind="paid_work")
        assert [o.kind for o in enrolment.outcomes.all()] == ["paid_work", "volunteer_work"]
        assert AuditEvent.objects.filter(event="training.outcome_added").count() == 2
        assert "Moestuin" not in repr(list(AuditEvent.objects.values_list("detail", flat=True)))

    @pytest.mark.parametrize("kind,started", [("lottery", 1), ("paid_work", -1), ("paid_work", 400)])
    def test_bad_input_is_refused(self, cast, kind, started):
        with pytest.raises(ValidationError):
            services.add_outcome(
                enrolment=EnrolmentFactory(), by=cast.connector_a, kind=kind, started_on=days_ago(started)
            )
        assert not Outcome.objects.exists()

    def test_remove(self, cast):
        enrolment = EnrolmentFactory()
        outcome = services.add_outcome(enrolment=enrolment, by=cast.connector_a, kind="education")
        with pytest.raises(PermissionDenied):
            services.remove_outcome(outcome=outcome, by=cast.connector_b)
        pk = outcome.pk
        services.remove_outcome(outcome=outcome, by=cast.connector_a)
        assert not Outcome.objects.exists()
        removed = AuditEvent.objects.get(event="training.outcome_removed")
        assert removed.detail == {"outcome_id": pk, "kind": "education"}


# --- the one-year follow-up ---------------------------------------------------------------------------


class TestRecordFollowUp:
    def _due(self):
        edition = EditionFactory(finished_on=days_ago(1))
        return FollowUpFactory(enrolment=EnrolmentFactory(edition=edition))

    def test_answers_and_a_ladder_rung_through_the_people_service(self, cast):
        follow_up = self._due()
        rung = LadderRung.objects.get(level=4)
        services.record_follow_up(
            follow_up=follow_up,
            by=cast.connector_a,
            reached=True,
            current_activity="volunteer_work",
            still_in_contact=True,
            score_wellbeing=4,
            rung=rung,
            note="Vrijwilliger bij de bibliotheek",
        )
        follow_up.refresh_from_db()
        assessment = LadderAssessment.objects.get()
        assert follow_up.done_on == TODAY() and follow_up.done_by == cast.connector_a
        assert follow_up.ladder_assessment == assessment
        assert (assessment.resident, assessment.rung, assessment.assessed_on) == (
            follow_up.enrolment.resident,
            rung,
            TODAY(),
        )
        assert AuditEvent.objects.filter(event="ladder.assessed", resident=assessment.resident).exists()
        event = AuditEvent.objects.get(event="training.follow_up_recorded")
        assert event.detail == {"reached": True, "ladder_assessment_id": assessment.pk}

    def test_a_resident_not_reached_has_no_answers(self, cast):
        follow_up = self._due()
        with pytest.raises(ValidationError) as error:
            services.record_follow_up(follow_up=follow_up, by=cast.connector_a, reached=False, score_wellbeing=3)
        assert "score_wellbeing" in error.value.error_dict
        services.record_follow_up(follow_up=follow_up, by=cast.connector_a, reached=False, note="Verhuisd")
        follow_up.refresh_from_db()
        assert follow_up.reached is False and follow_up.done_on == TODAY() and follow_up.ladder_assessment is None

    def test_reached_needs_what_they_do_now_and_is_recorded_once(self, cast):
        follow_up = self._due()
        with pytest.raises(ValidationError) as error:
            services.record_follow_up(follow_up=follow_up, by=cast.connector_a, reached=True)
        assert "current_activity" in error.value.error_dict
        services.record_follow_up(follow_up=follow_up, by=cast.connector_a, reached=True, current_activity="none_yet")
        with pytest.raises(ValidationError):
            services.record_follow_up(
                follow_up=follow_up, by=cast.connector_a, reached=True, current_activity="paid_work"
            )

    def test_a_failed_follow_up_leaves_no_ladder_assessment(self, cast):
        follow_up = self._due()
        with pytest.raises(ValidationError):
            services.record_follow_up(
                follow_up=follow_up,
                by=cast.connector_a,
                reached=True,
                current_activity="paid_work",
                score_wellbeing=9,
                rung=LadderRung.objects.get(level=6),
            )
        assert not LadderAssessment.objects.exists() and TrainingFollowUp.objects.get().done_on is None

    def test_not_before_the_edition_was_finished_and_not_by_others(self, cast):
        follow_up = self._due()
        with pytest.raises(ValidationError):
            services.record_follow_up(follow_up=follow_up, by=cast.connector_a, reached=False, done_on=days_ago(5))
        for user in (cast.generalist_a, cast.connector_b):
            with pytest.raises(PermissionDenied):
                services.record_follow_up(follow_up=follow_up, by=user, reached=False)
        assert TrainingFollowUp.objects.get().done_on is None


class TestFollowUpScopes:
    def test_trainer_and_team_lead_see_them_on_today_others_do_not(self, cast, buurt_b):
        mine = EditionFactory(trainers=[cast.connector_a], finished_on=days_ago(400))
        theirs = EditionFactory(trainers=[second_connector(cast.team_a)], finished_on=days_ago(400))
        mine_due = FollowUpFactory(enrolment=EnrolmentFactory(edition=mine), due_on=TODAY() + timedelta(days=14))
        theirs_due = FollowUpFactory(enrolment=EnrolmentFactory(edition=theirs), due_on=days_ago(3))
        FollowUpFactory(enrolment=EnrolmentFactory(edition=mine), due_on=TODAY() + timedelta(days=15))  # later
        FollowUpFactory(enrolment=EnrolmentFactory(edition=mine), due_on=days_ago(1), done_on=TODAY())  # done
        assert list(selectors.my_follow_ups(cast.connector_a).filter(due_on__lte=TODAY() + timedelta(days=14))) == [
            mine_due
        ]
        lead = panel(cast.team_lead_a, TODAY())
        assert lead["overdue"]["items"] == [theirs_due] and lead["due"]["items"] == [mine_due]
        assert panel(cast.connector_b, TODAY()) is None
        assert panel(cast.generalist_a, TODAY()) is None
        # The list of due follow-ups holds the team's, for every connector of the team.
        assert set(selectors.due_follow_ups(cast.connector_a)) == {mine_due, theirs_due}
        assert not selectors.due_follow_ups(cast.connector_b).exists()

    def test_participants_outside_the_users_scope_are_left_out(self, cast, buurt_b):
        edition = EditionFactory(trainers=[cast.connector_a], finished_on=days_ago(400))
        FollowUpFactory(enrolment=EnrolmentFactory(edition=edition, resident=ResidentFactory(buurt=buurt_b)))
        assert panel(cast.connector_a, TODAY()) is None
        assert not selectors.due_follow_ups(cast.team_lead_a).exists()

    def test_the_card_is_capped_and_runs_a_fixed_number_of_queries(
        self, cast, monkeypatch, django_assert_max_num_queries
    ):
        edition = EditionFactory(trainers=[cast.connector_a], finished_on=days_ago(400))
        for _ in range(3):
            FollowUpFactory(enrolment=EnrolmentFactory(edition=edition), due_on=days_ago(2))
        user = User.objects.get(pk=cast.connector_a.pk)
        with django_assert_max_num_queries(3):
            found = panel(user, TODAY())
        assert len(found["overdue"]["items"]) == 3 and not found["overdue"]["more"]
        monkeypatch.setattr("bloei.trainings.today.TODAY_LIST_LIMIT", 2)
        found = panel(user, TODAY())
        assert len(found["overdue"]["items"]) == 2 and found["overdue"]["more"]
