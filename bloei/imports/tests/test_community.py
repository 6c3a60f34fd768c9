"""Importing the community work: participation ladder, trainings, outreach, neighbourhood plans,
time records and referrals (see docs/import.md)."""

from datetime import date, time
from decimal import Decimal

from django.utils import timezone

import pytest

from bloei.accounts.models import Membership
from bloei.core.models import AuditEvent
from bloei.geo.models import Neighbourhood
from bloei.imports import spec
from bloei.imports.services import import_records
from bloei.outreach.models import OutreachRound, RoundSignUp, RoundWish, WishTag
from bloei.people.models import Consent, LadderAssessment, LadderRung, Resident
from bloei.people.tests.factories import ResidentFactory
from bloei.plans.models import NeighbourhoodPlan, PlanEvaluation, Priority, ProgressNote
from bloei.referrals.models import Referral
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)
from bloei.workload.models import TimeRecord

from .files import BUURT_A, BUURT_B, WIJK_B, community_history, csv_bytes, xlsx_bytes

NEW_TYPES = [
    "ladder_assessments",
    "training_editions",
    "training_meetings",
    "training_enrolments",
    "training_attendance",
    "training_evaluations",
    "training_outcomes",
    "training_follow_ups",
    "outreach_rounds",
    "outreach_signups",
    "neighbourhood_plans",
    "plan_priorities",
    "plan_progress",
    "time_records",
    "referrals",
]
MODELS = (
    Resident,
    Consent,
    LadderAssessment,
    TrainingEdition,
    TrainingSession,
    Enrolment,
    Attendance,
    Evaluation,
    Outcome,
    TrainingFollowUp,
    OutreachRound,
    RoundWish,
    WishTag,
    RoundSignUp,
    NeighbourhoodPlan,
    PlanEvaluation,
    Priority,
    ProgressNote,
    TimeRecord,
    Referral,
)


@pytest.fixture
def staff(cast):
    """The cast's memberships date back to before the history imported here."""
    Membership.objects.update(started_on=date(2020, 1, 1))
    for user in cast.roles().values():
        user.__dict__.pop("active_memberships", None)
        user.__dict__.pop("roles", None)
    return cast


def snapshot() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS} | {"audit": AuditEvent.objects.count()}


def import_workbook(user, sheets, **kwargs):
    return import_records(by=user, data=xlsx_bytes(sheets), filename="werk.xlsx", record_type="all", **kwargs)


def import_csv_files(user, sheets):
    results = []
    for record_type, rows in sheets.items():
        result = import_records(by=user, data=csv_bytes(rows), filename=f"{record_type}.csv", record_type=record_type)
        assert result.ok, result.errors
        results.append(result)
    return results


def counts(result) -> dict:
    return {c.record_type: (c.created, c.updated, c.unchanged) for c in result.counts}


def problems(result) -> set[tuple]:
    return {(e.sheet, e.row, e.column) for e in result.errors}


def test_the_dependency_order_puts_every_type_after_what_it_refers_to():
    for index, code in enumerate(spec.ORDER):
        record_type = spec.RECORD_TYPES[code]
        earlier = set(spec.ORDER[:index])
        assert set(record_type.depends_on) <= earlier, code
        for column in record_type.columns:
            if column.ref and column.ref != code:
                assert column.ref in earlier, f"{code}.{column.name}"


def test_crisis_signals_are_not_an_import_type():
    assert not any("signal" in code for code in spec.ORDER)
    assert "Signal" not in {record_type.model.__name__ for record_type in spec.RECORD_TYPES.values()}


@pytest.mark.parametrize("how", ["xlsx", "csv"])
def test_a_year_of_community_work_is_imported(staff, how):
    if how == "xlsx":
        result = import_workbook(staff.team_lead_a, community_history())
        assert result.ok, result.errors
        assert {code: c for code, c in counts(result).items() if code in NEW_TYPES} == {
            "ladder_assessments": (2, 0, 0),
            "training_editions": (2, 0, 0),
            "training_meetings": (6, 0, 0),
            "training_enrolments": (3, 0, 0),
            "training_attendance": (6, 0, 0),
            "training_evaluations": (1, 0, 0),
            "training_outcomes": (2, 0, 0),
            "training_follow_ups": (3, 0, 0),  # two in the file, one planned for E3
            "outreach_rounds": (2, 0, 0),
            "outreach_signups": (2, 0, 0),
            "neighbourhood_plans": (2, 0, 0),
            "plan_priorities": (3, 0, 0),
            "plan_progress": (2, 0, 0),
            "time_records": (2, 0, 0),
            "referrals": (3, 0, 0),
        }
    else:
        import_csv_files(staff.team_lead_a, community_history())

    r1, r2, r3 = (Resident.objects.get(external_id=x) for x in ("R1", "R2", "R3"))
    # Participation ladder, dated.
    assert list(r2.ladder_assessments.values_list("rung__level", "assessed_on")) == [(1, date(2022, 2, 1))]

    # The edition, its meetings (one a visit to a place), participants with history.
    t1 = TrainingEdition.objects.get(external_id="T1")
    assert t1.team == staff.team_a and t1.wijk.code == "WK077211" and t1.created_by == staff.team_lead_a
    assert t1.training_type.slug == "kom-tot-bloei" and list(t1.trainers.all()) == [staff.connector_a]
    meetings = list(t1.sessions.order_by("number").values_list("number", "held_on", "kind", "place__external_id"))
    assert meetings[2] == (3, date(2022, 3, 15), "place_visit", "P2")
    assert meetings[0][2] == "meeting" and t1.sessions.get(number=2).starts_at == time(10, 0)
    assert TrainingEdition.objects.get(external_id="T2").cancelled_on == date(2022, 9, 20)
    e1, e2, e3 = (Enrolment.objects.get(external_id=x) for x in ("E1", "E2", "E3"))
    assert (e1.benefit_status, e1.benefit_purpose) == ("participatiewet", "municipal_reporting")
    assert e1.benefit_recorded_on == date(2022, 2, 15) and e1.benefit_recorded_by == staff.team_lead_a
    assert not e2.benefit_status and e2.benefit_recorded_by is None
    assert (e2.left_on, e2.left_reason) == (date(2022, 3, 10), "health")
    # Completion: E1 by the rule (3 of 4 meetings), E2 stopped, E3 as given in the file.
    assert (e1.completed, e2.completed, e3.completed) == (True, False, True)
    assert e1.attendances.filter(status="present").count() == 3
    assert e1.evaluation.score_overall == 5 and e1.evaluation.best == "De groep"
    assert list(e1.outcomes.order_by("started_on").values_list("kind", "place__external_id")) == [
        ("volunteer_work", "P1"),
        ("paid_work", None),
    ]
    # One-year follow-ups: the file's, and the one planned for E3 a year after the last meeting.
    f1 = e1.follow_up
    assert f1.due_on == date(2023, 3, 22) and f1.done_on == date(2023, 3, 30) and f1.reached
    assert f1.done_by == staff.team_lead_a and f1.ladder_assessment.rung.level == 5
    assert f1.ladder_assessment.resident == r1 and f1.ladder_assessment.assessed_on == date(2023, 3, 30)
    assert e2.follow_up.reached is False and e2.follow_up.ladder_assessment is None
    assert (e3.follow_up.due_on, e3.follow_up.done_on) == (date(2023, 3, 22), None)

    # Outreach: reach, staff, wishes (counted without regard to case), sign-ups.
    o1 = OutreachRound.objects.get(external_id="O1")
    assert (o1.homes_approached, o1.homes_reached, o1.floors, o1.team) == (58, 25, 5, staff.team_a)
    assert set(o1.staff.all()) == {staff.connector_a, staff.generalist_a}
    assert {rw.wish.name: rw.mentions for rw in o1.round_wishes.all()} == {"Moestuin": 4, "Taalcafé": 1}
    assert set(RoundSignUp.objects.values_list("outreach_round__external_id", "resident__external_id")) == {
        ("O1", "R2"),
        ("O2", "R2"),
    }

    # Neighbourhood plans: status from the dates, evaluation, priorities, progress, next year's plan.
    wp22, wp23 = (NeighbourhoodPlan.objects.get(external_id=x) for x in ("WP22", "WP23"))
    assert (wp22.status, wp22.adopted_on, wp22.team) == ("evaluated", date(2022, 1, 20), staff.team_a)
    assert wp22.evaluation.held_on == date(2023, 1, 25) and wp22.evaluation.goals == ["Taalcafé"]
    assert (wp23.status, wp23.previous_plan) == ("draft", wp22)
    assert list(wp22.priorities.values_list("order", "theme", "figures")) == [
        (1, "Ontmoeting", ["population"]),
        (2, "Groen", []),
    ]
    assert list(ProgressNote.objects.filter(priority__plan=wp22).values_list("priority__order", "status")) == [
        (1, "on_track"),
        (2, "done"),
    ]

    # Time records per connector and week, in hours.
    weeks = TimeRecord.objects.filter(user=staff.connector_a, team=staff.team_a).order_by("week")
    assert [(r.week, r.total) for r in weeks] == [(date(2022, 4, 11), Decimal("25.5")), (date(2022, 4, 18), 20)]

    # Referrals with their consent, decisions and who took the resident on.
    v1, v2, v3 = (Referral.objects.get(external_id=x) for x in ("V1", "V2", "V3"))
    assert (v1.status, v1.assigned_connector, v1.decided_on, v1.team) == (
        "accepted",
        staff.connector_a,
        date(2022, 2, 3),
        staff.team_a,
    )
    assert (
        v1.consent.resident == r3 and v1.consent.given_on == date(2022, 2, 1) and v1.consent.lawful_basis == "consent"
    )
    assert v2.consent.given_on == date(2022, 5, 30) and v2.return_reason and v2.to_connector == staff.connector_a
    assert v3.status == "open" and v3.decided_at is None and timezone.localdate(v3.referred_at) == date(2023, 2, 1)
    assert r3.team == staff.team_a


def test_every_imported_record_is_audited_without_personal_data(staff):
    assert import_workbook(staff.team_lead_a, community_history()).ok
    events = AuditEvent.objects.filter(action=AuditEvent.Action.IMPORT)
    for event_name in (
        "ladderassessment.imported",
        "trainingedition.imported",
        "trainingsession.imported",
        "enrolment.imported",
        "attendance.imported",
        "evaluation.imported",
        "outcome.imported",
        "trainingfollowup.imported",
        "outreachround.imported",
        "roundsignup.imported",
        "neighbourhoodplan.imported",
        "priority.imported",
        "progressnote.imported",
        "timerecord.imported",
        "referral.imported",
    ):
        assert events.filter(event=event_name).exists(), event_name
        assert not events.filter(event=event_name, team__isnull=True).exists(), event_name
    r1 = Resident.objects.get(external_id="R1")
    assert events.get(event="enrolment.imported", resident=r1).detail == {"outcome": "created"}
    for event in events:
        text = str(event.detail)
        for secret in ("participatiewet", "Fatima", "Eenzaam", "Moestuin", "De groep", "E1", "T1"):
            assert secret not in text


@pytest.mark.parametrize("how", ["xlsx", "csv"])
def test_importing_the_same_files_again_changes_nothing(staff, how):
    sheets = community_history()
    if how == "xlsx":
        assert import_workbook(staff.team_lead_a, sheets).ok
        before = snapshot()
        again = import_workbook(staff.team_lead_a, sheets)
        assert again.ok
        assert all(created == updated == 0 for created, updated, _unchanged in counts(again).values())
        after = snapshot()
        assert after.pop("audit") == before.pop("audit") + 1  # the file summary only
        assert after == before
    else:
        import_csv_files(staff.team_lead_a, sheets)
        before = snapshot()
        results = import_csv_files(staff.team_lead_a, sheets)
        assert all(c.created == c.updated == 0 for r in results for c in r.counts)
        after = snapshot()
        assert after.pop("audit") == before.pop("audit") + len(sheets)
        assert after == before


def test_a_changed_value_updates_only_that_record(staff):
    assert import_workbook(staff.team_lead_a, community_history()).ok
    sheets = community_history()
    sheets["training_attendance"][3]["status"] = "present"
    sheets["training_follow_ups"][0]["ladder_level"] = "6"
    sheets["outreach_rounds"][0]["wishes"] = "Moestuin: 4; Taalcafé; Speeltuin"
    sheets["time_records"][1]["trainings"] = "2.5"
    sheets["referrals"][2].update(status="withdrawn", decided_on="2023-02-10")

    result = import_workbook(staff.team_lead_a, sheets)

    assert result.ok, result.errors
    changed = {code: c[:2] for code, c in counts(result).items() if c[0] or c[1]}
    assert changed == {
        "training_attendance": (0, 1),
        "training_follow_ups": (0, 1),
        "outreach_rounds": (0, 1),
        "time_records": (0, 1),
        "referrals": (0, 1),
    }
    follow_up = Enrolment.objects.get(external_id="E1").follow_up
    assert follow_up.ladder_assessment.rung.level == 6
    assert LadderAssessment.objects.filter(assessed_on=date(2023, 3, 30)).count() == 1
    assert OutreachRound.objects.get(external_id="O1").round_wishes.count() == 3
    v3 = Referral.objects.get(external_id="V3")
    assert v3.status == "withdrawn" and timezone.localdate(v3.decided_at) == date(2023, 2, 10)


def test_a_dry_run_writes_nothing(staff):
    before = snapshot()
    result = import_workbook(staff.team_lead_a, community_history(), dry_run=True)
    assert result.ok and not result.imported
    assert counts(result)["training_follow_ups"] == (3, 0, 0)
    assert snapshot() == before


# One bad row per record type: (sheet, index of the row, changes, row and column reported).
BAD_ROWS = [
    ("ladder_assessments", 1, {"level": "7"}, (3, "level")),
    ("ladder_assessments", 0, {"assessed_on": "2099-01-01"}, (2, "assessed_on")),
    ("training_editions", 0, {"training_type": "Breien"}, (2, "training_type")),
    ("training_editions", 0, {"trainers": "generalist_a"}, (2, "trainers")),
    ("training_editions", 1, {"finished_on": "2022-09-20"}, (3, "cancelled_on")),
    ("training_meetings", 2, {"kind": "place_visit", "place_external_id": ""}, (4, "place_external_id")),
    ("training_meetings", 1, {"held_on": "2022-03-16"}, (4, "held_on")),  # meeting 3 now lies before 2
    ("training_meetings", 5, {"number": "3"}, (7, "number")),  # T2 has no meeting 2 then
    ("training_enrolments", 0, {"benefit_purpose": ""}, (2, "benefit_purpose")),
    ("training_enrolments", 1, {"left_reason": ""}, (3, "left_reason")),
    ("training_enrolments", 2, {"resident_external_id": "R1"}, (4, "resident_external_id")),
    ("training_attendance", 0, {"meeting_number": "9"}, (2, "meeting_number")),
    ("training_attendance", 4, {"meeting_number": "3"}, (6, "meeting_number")),  # E2 had stopped by then
    ("training_evaluations", 0, {"score_talents": "6"}, (2, "score_talents")),
    ("training_outcomes", 0, {"started_on": "2022-01-01"}, (2, "started_on")),
    ("training_follow_ups", 1, {"current_activity": "paid_work"}, (3, "current_activity")),
    ("training_follow_ups", 0, {"done_on": "2022-03-28"}, (2, "done_on")),
    ("outreach_rounds", 0, {"homes_reached": "60"}, (2, "homes_reached")),
    ("outreach_rounds", 1, {"floors": "3"}, (3, "floors")),
    ("outreach_rounds", 0, {"staff": "onbekend"}, (2, "staff")),
    ("outreach_signups", 0, {"signed_up_on": "2022-04-01"}, (2, "signed_up_on")),
    ("neighbourhood_plans", 1, {"year": "2099"}, (3, "year")),
    ("neighbourhood_plans", 0, {"went_well": ""}, (2, "went_well")),
    ("neighbourhood_plans", 1, {"previous_plan_external_id": "WP23"}, (3, "previous_plan_external_id")),
    ("plan_priorities", 2, {"plan_external_id": "WP22"}, (4, "order")),
    ("plan_progress", 0, {"priority_order": "3"}, (2, "priority_order")),
    ("plan_progress", 0, {"noted_on": "2021-12-31"}, (2, "noted_on")),
    ("time_records", 0, {"week": "2022-04-12"}, (2, "week")),
    ("time_records", 0, {"neighbourhood": "16,25"}, (2, "neighbourhood")),
    ("referrals", 0, {"taken_on_by": ""}, (2, "taken_on_by")),
    ("referrals", 1, {"referred_by": "connector_a"}, (3, "referred_by")),
    ("referrals", 2, {"decided_on": "2023-02-05"}, (4, "decided_on")),
]


@pytest.mark.parametrize(("sheet", "index", "changes", "where"), BAD_ROWS)
def test_a_bad_row_is_reported_with_its_row_and_nothing_is_imported(staff, sheet, index, changes, where):
    sheets = community_history()
    sheets[sheet][index].update(changes)
    before = snapshot()

    result = import_workbook(staff.team_lead_a, sheets)

    assert not result.imported and result.counts == []
    assert problems(result) == {(sheet, *where)}, result.errors
    assert snapshot() == before


@pytest.mark.parametrize("record_type", NEW_TYPES)
def test_each_type_imports_from_its_own_csv_and_refuses_a_bad_row(staff, record_type):
    sheets = community_history()
    for code, rows in sheets.items():
        if spec.ORDER.index(code) < spec.ORDER.index(record_type):
            result = import_records(by=staff.team_lead_a, data=csv_bytes(rows), filename="x.csv", record_type=code)
            assert result.ok, (code, result.errors)
    rows = sheets[record_type]
    required = spec.RECORD_TYPES[record_type].required_columns[-1]
    bad = [dict(rows[0], **{required: ""}), *rows[1:]]
    before = snapshot()
    result = import_records(by=staff.team_lead_a, data=csv_bytes(bad), filename="x.csv", record_type=record_type)
    assert [(e.row, e.column) for e in result.errors] == [(2, required)]
    assert snapshot() == before
    result = import_records(by=staff.team_lead_a, data=csv_bytes(rows), filename="x.csv", record_type=record_type)
    assert result.ok, result.errors
    created, updated, _unchanged = counts(result)[record_type]
    # One-year follow-ups were planned when the finished edition's participants were imported.
    assert (created, updated) == ((0, 2) if record_type == "training_follow_ups" else (len(rows), 0))


# --- scope: records of another team can be neither written nor referred to -------------------------------


@pytest.fixture
def team_b_records(staff, buurt_b):
    """Team Stratum's own records, with external ids the importer of team Centrum tries to use."""
    resident = ResidentFactory(external_id="B-R", buurt=buurt_b)
    edition = TrainingEdition.objects.create(
        external_id="B-T",
        training_type=TrainingType.objects.get(slug="kom-tot-bloei"),
        team=staff.team_b,
        name="Stratum",
        starts_on=date(2022, 3, 1),
        ends_on=date(2022, 3, 1),
        finished_on=date(2022, 3, 2),
    )
    TrainingSession.objects.create(edition=edition, number=1, held_on=date(2022, 3, 1))
    enrolment = Enrolment.objects.create(
        external_id="B-E", edition=edition, resident=resident, enrolled_on=date(2022, 2, 1)
    )
    OutreachRound.objects.create(
        external_id="B-O", team=staff.team_b, kind="bus", held_on=date(2022, 4, 1), buurt=buurt_b
    )
    NeighbourhoodPlan.objects.create(
        external_id="B-WP", team=staff.team_b, wijk=Neighbourhood.objects.get(code=WIJK_B), year=2022
    )
    Referral.objects.create(
        external_id="B-V",
        resident=resident,
        team=staff.team_b,
        referred_by=staff.generalist_a,
        reason="x",
        wishes="y",
        consent=Consent.objects.create(resident=resident, purpose="registration", given_on=date(2022, 1, 1)),
        referred_on=date(2022, 1, 2),
    )
    return {"resident": resident, "edition": edition, "enrolment": enrolment}


OUTSIDE = [
    ("ladder_assessments", {"resident_external_id": "B-R"}, "resident_external_id"),
    ("training_editions", {"external_id": "B-T"}, "external_id"),
    ("training_editions", {"wijk_code": WIJK_B}, "wijk_code"),
    ("training_editions", {"team": "stratum"}, "team"),
    ("training_meetings", {"edition_external_id": "B-T"}, "edition_external_id"),
    ("training_enrolments", {"edition_external_id": "B-T"}, "edition_external_id"),
    ("training_enrolments", {"resident_external_id": "B-R"}, "resident_external_id"),
    ("training_attendance", {"enrolment_external_id": "B-E"}, "enrolment_external_id"),
    ("training_evaluations", {"enrolment_external_id": "B-E"}, "enrolment_external_id"),
    ("training_outcomes", {"enrolment_external_id": "B-E"}, "enrolment_external_id"),
    ("training_follow_ups", {"enrolment_external_id": "B-E"}, "enrolment_external_id"),
    ("outreach_rounds", {"external_id": "B-O"}, "external_id"),
    ("outreach_rounds", {"buurt_code": BUURT_B}, "buurt_code"),
    ("outreach_signups", {"round_external_id": "B-O"}, "round_external_id"),
    ("outreach_signups", {"resident_external_id": "B-R"}, "resident_external_id"),
    ("neighbourhood_plans", {"wijk_code": WIJK_B}, "wijk_code"),
    ("neighbourhood_plans", {"external_id": "B-WP"}, "external_id"),
    ("plan_priorities", {"plan_external_id": "B-WP"}, "plan_external_id"),
    ("plan_progress", {"plan_external_id": "B-WP"}, "plan_external_id"),
    ("time_records", {"team": "stratum"}, "team"),
    ("referrals", {"external_id": "B-V"}, "external_id"),
    ("referrals", {"resident_external_id": "B-R"}, "resident_external_id"),
]


@pytest.mark.parametrize(("sheet", "changes", "column"), OUTSIDE)
def test_records_outside_the_importers_teams_are_refused(staff, team_b_records, sheet, changes, column):
    sheets = community_history()
    sheets[sheet][0].update(changes)
    before = snapshot()

    result = import_workbook(staff.team_lead_a, sheets)

    assert not result.imported
    assert (sheet, 2, column) in problems(result), result.errors
    assert snapshot() == before
    edition = team_b_records["edition"]
    edition.refresh_from_db()
    assert edition.name == "Stratum" and edition.team == staff.team_b


# --- rules ------------------------------------------------------------------------------------------------


def test_the_benefit_status_is_only_imported_with_its_purpose(staff):
    sheets = community_history()
    sheets["training_enrolments"][1].update(benefit_purpose="guidance")
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_enrolments", 3, "benefit_purpose")}
    assert "benefit status" in result.errors[0].message


def test_an_editions_dates_are_those_of_its_meetings(staff):
    sheets = community_history()
    sheets["training_editions"][0]["ends_on"] = "2022-03-29"
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_editions", 2, "ends_on")}
    assert result.errors[0].message == "The edition's last meeting is on 2022-03-22."


def test_a_full_edition_refuses_more_participants(staff):
    sheets = community_history()
    sheets["training_editions"][0]["max_participants"] = "1"
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_editions", 2, "max_participants")}


def test_completion_is_only_given_for_a_finished_edition(staff):
    sheets = community_history()
    sheets["training_enrolments"].append(
        {
            "external_id": "E4",
            "edition_external_id": "T2",
            "resident_external_id": "R1",
            "enrolled_on": "2022-09-01",
            "completed": "nee",
        }
    )
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_enrolments", 5, "completed")}


def test_a_follow_up_needs_a_finished_edition(staff):
    sheets = community_history()
    sheets["training_enrolments"].append(
        {"external_id": "E4", "edition_external_id": "T2", "resident_external_id": "R1", "enrolled_on": "2022-09-01"}
    )
    sheets["training_follow_ups"].append({"enrolment_external_id": "E4", "due_on": "2023-09-13"})
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_follow_ups", 4, "enrolment_external_id")}


def test_a_ladder_level_must_agree_with_the_ladder_sheet_of_the_same_day(staff):
    sheets = community_history()
    sheets["ladder_assessments"].append({"resident_external_id": "R1", "assessed_on": "2023-03-30", "level": "4"})
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("training_follow_ups", 2, "ladder_level")}
    sheets["ladder_assessments"][-1]["level"] = "5"
    result = import_workbook(staff.team_lead_a, sheets)
    assert result.ok, result.errors
    # The follow-up is linked to the assessment of the ladder sheet: no second one on that day.
    assessment = Enrolment.objects.get(external_id="E1").follow_up.ladder_assessment
    assert (
        LadderAssessment.objects.filter(resident__external_id="R1", assessed_on=date(2023, 3, 30)).get() == assessment
    )


def test_ladder_rungs_come_from_the_reference_data(staff):
    LadderRung.objects.filter(level=6).delete()
    sheets = {"residents": community_history()["residents"]}
    sheets["ladder_assessments"] = [{"resident_external_id": "R1", "assessed_on": "2022-02-01", "level": "6"}]
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("ladder_assessments", 2, "level")}


def test_one_open_referral_per_resident_and_team(staff):
    sheets = community_history()
    assert import_workbook(staff.team_lead_a, sheets).ok
    rows = [dict(sheets["referrals"][2], external_id="V4")]
    result = import_records(by=staff.team_lead_a, data=csv_bytes(rows), filename="v.csv", record_type="referrals")
    assert [(e.row, e.column) for e in result.errors] == [(2, "status")]
    assert "already is an open referral" in result.errors[0].message


def test_an_adopted_plan_cannot_lose_its_adoption_or_evaluation(staff):
    assert import_workbook(staff.team_lead_a, community_history()).ok
    rows = [{"external_id": "WP22", "wijk_code": "WK077211", "year": "2022"}]
    result = import_records(
        by=staff.team_lead_a, data=csv_bytes(rows), filename="p.csv", record_type="neighbourhood_plans"
    )
    assert {e.column for e in result.errors} == {"adopted_on", "evaluated_on"}
    assert NeighbourhoodPlan.objects.get(external_id="WP22").status == "evaluated"


def test_staff_must_have_worked_in_the_team_at_the_time(staff):
    Membership.objects.filter(user=staff.connector_a).update(started_on=date(2022, 4, 18))
    sheets = {k: community_history()[k] for k in ("residents", "places", "outreach_rounds", "time_records")}
    result = import_workbook(staff.team_lead_a, sheets)
    assert problems(result) == {("outreach_rounds", 2, "staff"), ("time_records", 2, "connector")}


def test_a_csv_with_semicolons_and_excel_times_is_read(staff):
    assert import_workbook(staff.team_lead_a, {"training_editions": community_history()["training_editions"]}).ok
    rows = [
        {"edition_external_id": "T2", "number": 1, "held_on": date(2022, 9, 6), "starts_at": time(19, 30)},
        {"edition_external_id": "T2", "number": 2.0, "held_on": "13-09-2022", "starts_at": "19:30"},
    ]
    result = import_records(
        by=staff.team_lead_a, data=xlsx_bytes({"Blad1": rows}), filename="m.xlsx", record_type="training_meetings"
    )
    assert result.ok, result.errors
    assert set(TrainingSession.objects.values_list("starts_at", flat=True)) == {time(19, 30)}
    rows = [{"edition_external_id": "T2", "number": "1", "held_on": "2022-09-06", "starts_at": "25:00"}]
    result = import_records(
        by=staff.team_lead_a,
        data=csv_bytes(rows, delimiter=";"),
        filename="m.csv",
        record_type="training_meetings",
    )
    assert [(e.row, e.column) for e in result.errors] == [(2, "starts_at")]


def test_buurt_and_wijk_codes_may_be_given_as_digits(staff):
    rows = [{"external_id": "WP1", "wijk_code": "077211", "year": "2022"}]
    result = import_records(
        by=staff.team_lead_a, data=csv_bytes(rows), filename="p.csv", record_type="neighbourhood_plans"
    )
    assert result.ok, result.errors
    assert NeighbourhoodPlan.objects.get().wijk.code == "WK077211"
    rows = [{"external_id": "O9", "kind": "bus", "held_on": "2022-04-01", "buurt_code": BUURT_A[2:]}]
    result = import_records(by=staff.team_lead_a, data=csv_bytes(rows), filename="o.csv", record_type="outreach_rounds")
    assert result.ok, result.errors
    assert OutreachRound.objects.get().buurt.code == BUURT_A
