"""Importing a neighbourhood plan's meetings and links, and the team lead's boundary decisions
(see docs/import.md)."""

from datetime import date

from django.utils import translation

import pytest

from bloei.accounts.models import Membership
from bloei.community.models import Activity, Network
from bloei.core.models import AuditEvent
from bloei.geo.models import Neighbourhood
from bloei.imports import spec
from bloei.imports.services import import_records
from bloei.people.models import Resident
from bloei.people.tests.factories import ResidentFactory
from bloei.plans.models import NeighbourhoodPlan, PlanLink, PlanMeeting, Priority
from bloei.trainings.models import TrainingEdition, TrainingType
from bloei.workload.models import BoundaryDecision

from .files import WIJK_B, community_history, csv_bytes, history, xlsx_bytes

NEW_TYPES = ["plan_meetings", "plan_links", "boundary_decisions"]
MODELS = (Resident, NeighbourhoodPlan, Priority, PlanMeeting, PlanLink, BoundaryDecision, Activity, Network)


@pytest.fixture
def staff(cast):
    """The cast's memberships date back to before the history imported here."""
    Membership.objects.update(started_on=date(2020, 1, 1))
    for user in cast.roles().values():
        user.__dict__.pop("active_memberships", None)
        user.__dict__.pop("roles", None)
    return cast


def sheets() -> dict[str, list[dict]]:
    """community_history() with the network and activity of history(), and the three new record types."""
    base = community_history()
    base["networks"] = history()["networks"]
    base["activities"] = history()["activities"]  # A1: buurt A, 2022, network N1
    base["plan_meetings"] = [
        {
            "plan_external_id": "WP22",
            "held_on": "2021-11-15",
            "staff": "connector_a; generalist_a",
            "residents": "R1;R2",
            "other_attendees": "14",
            "notes": "Bewonersavond",
        },
        {"plan_external_id": "WP22", "held_on": "2022-06-01", "staff": "connector_a", "other_attendees": "3"},
        {"plan_external_id": "WP23", "held_on": "20-11-2022", "residents": "R3"},
    ]
    base["plan_links"] = [
        {"plan_external_id": "WP22", "priority_order": "1", "activity_external_id": "A1"},
        {"plan_external_id": "WP22", "priority_order": "2", "network_external_id": "N1"},
        {"plan_external_id": "WP22", "edition_external_id": "T1"},
    ]
    base["boundary_decisions"] = [
        {
            "resident_external_id": "R1",
            "decision": "continue",
            "decided_on": "2022-09-01",
            "review_on": "2022-12-01",
            "next_step": "Samen naar de moestuin",
            "reason": "Nog geen vaste plek",
            "decided_by": "team_lead_a",
        },
        {
            "resident_external_id": "R2",
            "decision": "Refer elsewhere",
            "decided_on": "2022-10-01",
            "review_on": "2023-01-10",
            "reason": "Past beter bij de ouderenbond",
            "decided_by": "Team_Lead_A",
        },
        {
            "resident_external_id": "R3",
            "decision": "close",
            "decided_on": "2023-03-01",
            "reason": "Geen contact meer",
            "decided_by": "team_lead_a",
        },
    ]
    return base


def snapshot() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS} | {"audit": AuditEvent.objects.count()}


def import_workbook(user, data, **kwargs):
    return import_records(by=user, data=xlsx_bytes(data), filename="werk.xlsx", record_type="all", **kwargs)


def import_csv_files(user, data):
    results = []
    for record_type, rows in data.items():
        result = import_records(by=user, data=csv_bytes(rows), filename=f"{record_type}.csv", record_type=record_type)
        assert result.ok, (record_type, result.errors)
        results.append(result)
    return results


def counts(result) -> dict:
    return {c.record_type: (c.created, c.updated, c.unchanged) for c in result.counts}


def problems(result) -> set[tuple]:
    return {(e.sheet, e.row, e.column) for e in result.errors}


def test_the_new_types_come_after_what_they_refer_to():
    order = spec.ORDER
    assert order.index("plan_progress") < order.index("plan_meetings") < order.index("plan_links")
    assert order.index("referrals") < order.index("boundary_decisions")
    assert not any("signal" in code for code in order)


@pytest.mark.parametrize("how", ["xlsx", "csv"])
def test_meetings_links_and_boundary_decisions_are_imported(staff, how):
    if how == "xlsx":
        result = import_workbook(staff.team_lead_a, sheets())
        assert result.ok, result.errors
        assert {code: c for code, c in counts(result).items() if code in NEW_TYPES} == {
            "plan_meetings": (3, 0, 0),
            "plan_links": (3, 0, 0),
            "boundary_decisions": (3, 0, 0),
        }
    else:
        import_csv_files(staff.team_lead_a, sheets())

    wp22, wp23 = (NeighbourhoodPlan.objects.get(external_id=x) for x in ("WP22", "WP23"))
    r1, r2, r3 = (Resident.objects.get(external_id=x) for x in ("R1", "R2", "R3"))
    # Meetings with staff and residents present, also of a plan evaluated since (its history).
    first, second = wp22.meetings.order_by("held_on")
    assert (first.held_on, first.other_attendees, first.notes) == (date(2021, 11, 15), 14, "Bewonersavond")
    assert set(first.staff.all()) == {staff.connector_a, staff.generalist_a}
    assert set(first.residents.all()) == {r1, r2} and first.created_by == staff.team_lead_a
    assert (second.other_attendees, list(second.residents.all())) == (3, [])
    assert list(wp23.meetings.get().residents.all()) == [r3]
    # Links to an activity, a network (each on a priority) and a training edition (the plan as a whole).
    links = {link.kind: link for link in wp22.links.select_related("priority")}
    assert links["activity"].activity.external_id == "A1" and links["activity"].priority.order == 1
    assert links["network"].network.external_id == "N1" and links["network"].priority.order == 2
    assert links["edition"].edition.external_id == "T1" and links["edition"].priority is None
    # Boundary decisions as taken; closing the file is the residents file's business.
    d1, d2, d3 = (BoundaryDecision.objects.get(resident=r) for r in (r1, r2, r3))
    assert (d1.outcome, d1.review_on, d1.next_step, d1.decided_by) == (
        "continue",
        date(2022, 12, 1),
        "Samen naar de moestuin",
        staff.team_lead_a,
    )
    assert (d2.outcome, d2.team, d2.decided_on) == ("refer", staff.team_a, date(2022, 10, 1))
    assert (d3.outcome, d3.review_on) == ("close", None)
    r3.refresh_from_db()
    assert r3.closed_on is None


def test_every_imported_record_is_audited_with_ids_and_codes_only(staff):
    assert import_workbook(staff.team_lead_a, sheets()).ok
    events = AuditEvent.objects.filter(action=AuditEvent.Action.IMPORT)
    for event_name in ("planmeeting.imported", "planlink.imported", "boundarydecision.imported"):
        assert events.filter(event=event_name).count() == 3, event_name
        assert not events.filter(event=event_name, team__isnull=True).exists(), event_name
    r1 = Resident.objects.get(external_id="R1")
    assert events.get(event="boundarydecision.imported", resident=r1).detail == {"outcome": "created"}
    for event in events.filter(event__in=["planmeeting.imported", "planlink.imported", "boundarydecision.imported"]):
        text = str(event.detail)
        for secret in ("Bewonersavond", "moestuin", "Geen contact", "WP22", "R1", "A1", "team_lead_a"):
            assert secret not in text


@pytest.mark.parametrize("how", ["xlsx", "csv"])
def test_importing_the_same_files_again_changes_nothing(staff, how):
    data = sheets()
    if how == "xlsx":
        assert import_workbook(staff.team_lead_a, data).ok
        before = snapshot()
        again = import_workbook(staff.team_lead_a, data)
        assert again.ok, again.errors
        assert all(created == updated == 0 for created, updated, _unchanged in counts(again).values())
        after = snapshot()
        assert after.pop("audit") == before.pop("audit") + 1  # the file summary only
    else:
        import_csv_files(staff.team_lead_a, data)
        before = snapshot()
        results = import_csv_files(staff.team_lead_a, data)
        assert all(c.created == c.updated == 0 for r in results for c in r.counts)
        after = snapshot()
        assert after.pop("audit") == before.pop("audit") + len(data)
    assert after == before


def test_a_changed_row_updates_only_that_record(staff):
    assert import_workbook(staff.team_lead_a, sheets()).ok
    data = sheets()
    data["plan_meetings"][0]["residents"] = "R1"
    data["plan_links"][0]["priority_order"] = "2"
    data["boundary_decisions"][1]["review_on"] = "2023-02-01"

    result = import_workbook(staff.team_lead_a, data)

    assert result.ok, result.errors
    changed = {code: c[:2] for code, c in counts(result).items() if c[0] or c[1]}
    assert changed == {"plan_meetings": (0, 1), "plan_links": (0, 1), "boundary_decisions": (0, 1)}
    meeting = PlanMeeting.objects.get(plan__external_id="WP22", held_on=date(2021, 11, 15))
    assert [r.external_id for r in meeting.residents.all()] == ["R1"]
    assert PlanLink.objects.get(activity__external_id="A1").priority.order == 2
    assert BoundaryDecision.objects.get(resident__external_id="R2").review_on == date(2023, 2, 1)


# One bad row: (sheet, index of the row, changes, row and column reported).
BAD_ROWS = [
    ("plan_meetings", 0, {"held_on": "2020-12-31"}, (2, "held_on")),  # before the year before the plan
    ("plan_meetings", 1, {"held_on": "2023-02-01"}, (3, "held_on")),  # after the plan's evaluation
    ("plan_meetings", 1, {"held_on": "2099-01-01"}, (3, "held_on")),
    ("plan_meetings", 0, {"staff": "connector_b"}, (2, "staff")),  # not of the plan's team
    ("plan_meetings", 0, {"residents": "R1;R9"}, (2, "residents")),
    ("plan_meetings", 0, {"other_attendees": "-1"}, (2, "other_attendees")),
    ("plan_meetings", 2, {"plan_external_id": "WP22", "held_on": "2021-11-15"}, (4, "held_on")),
    ("plan_links", 0, {"network_external_id": "N1"}, (2, "network_external_id")),  # two targets
    ("plan_links", 2, {"edition_external_id": ""}, (4, "activity_external_id")),  # none
    ("plan_links", 0, {"priority_order": "5"}, (2, "priority_order")),
    ("plan_links", 2, {"edition_external_id": "T2"}, (4, "edition_external_id")),  # cancelled
    ("plan_links", 0, {"plan_external_id": "WP23"}, (2, "activity_external_id")),  # not in 2023
    ("plan_links", 2, {"edition_external_id": "", "activity_external_id": "A1"}, (4, "activity_external_id")),
    ("plan_links", 0, {"activity_external_id": "A9"}, (2, "activity_external_id")),
    ("boundary_decisions", 0, {"next_step": ""}, (2, "next_step")),
    ("boundary_decisions", 1, {"review_on": ""}, (3, "review_on")),
    ("boundary_decisions", 1, {"review_on": "2022-09-30"}, (3, "review_on")),
    ("boundary_decisions", 2, {"review_on": "2023-06-01"}, (4, "review_on")),
    ("boundary_decisions", 0, {"decided_by": "connector_a"}, (2, "decided_by")),
    ("boundary_decisions", 0, {"decided_by": "onbekend"}, (2, "decided_by")),
    ("boundary_decisions", 0, {"decided_on": "2021-12-31"}, (2, "decided_on")),  # before registration
    ("boundary_decisions", 0, {"decision": "stoppen"}, (2, "decision")),
    ("boundary_decisions", 2, {"decided_on": "2022-09-01", "resident_external_id": "R1"}, (4, "decided_on")),
]


@pytest.mark.parametrize(("sheet", "index", "changes", "where"), BAD_ROWS)
def test_a_bad_row_is_reported_with_its_row_and_nothing_is_imported(staff, sheet, index, changes, where):
    data = sheets()
    data[sheet][index].update(changes)
    before = snapshot()

    result = import_workbook(staff.team_lead_a, data)

    assert not result.imported and result.counts == []
    assert problems(result) == {(sheet, *where)}, result.errors
    assert snapshot() == before


def test_a_decision_after_the_file_was_closed_is_refused(staff):
    data = sheets()
    r3 = next(row for row in data["residents"] if row["external_id"] == "R3")
    r3["closed_on"] = "2023-02-28"
    result = import_workbook(staff.team_lead_a, data)
    assert problems(result) == {("boundary_decisions", 4, "decided_on")}, result.errors
    r3["closed_on"] = "2023-03-01"  # the file closed on the day of the decision, in the residents file
    assert import_workbook(staff.team_lead_a, data).ok
    assert Resident.objects.get(external_id="R3").closed_on == date(2023, 3, 1)


def test_the_team_lead_who_decided_must_have_led_the_team_then(staff):
    Membership.objects.filter(user=staff.team_lead_a).update(started_on=date(2023, 1, 1))
    result = import_workbook(staff.team_lead_a, sheets())
    assert problems(result) == {("boundary_decisions", 2, "decided_by"), ("boundary_decisions", 3, "decided_by")}


@pytest.mark.parametrize("record_type", NEW_TYPES)
def test_each_type_imports_from_its_own_csv_and_refuses_a_bad_row(staff, record_type):
    data = sheets()
    for code in spec.ORDER:
        if code in data and spec.ORDER.index(code) < spec.ORDER.index(record_type):
            result = import_records(
                by=staff.team_lead_a, data=csv_bytes(data[code]), filename="x.csv", record_type=code
            )
            assert result.ok, (code, result.errors)
    rows = data[record_type]
    required = spec.RECORD_TYPES[record_type].required_columns[-1]
    bad = [dict(rows[0], **{required: ""}), *rows[1:]]
    before = snapshot()
    result = import_records(by=staff.team_lead_a, data=csv_bytes(bad), filename="x.csv", record_type=record_type)
    assert [(e.row, e.column) for e in result.errors] == [(2, required)]
    assert snapshot() == before
    result = import_records(by=staff.team_lead_a, data=csv_bytes(rows), filename="x.csv", record_type=record_type)
    assert result.ok, result.errors
    assert counts(result)[record_type] == (len(rows), 0, 0)


# --- scope: records of another team can be neither written nor referred to -------------------------------


@pytest.fixture
def team_b_records(staff, buurt_b):
    """Team Stratum's own plan, resident, network, activity and edition, with external ids."""
    ResidentFactory(external_id="B-R", buurt=buurt_b)
    NeighbourhoodPlan.objects.create(
        external_id="B-WP", team=staff.team_b, wijk=Neighbourhood.objects.get(code=WIJK_B), year=2022
    )
    Network.objects.create(external_id="B-N", team=staff.team_b, name="Stratum", started_on=date(2022, 1, 1))
    Activity.objects.create(external_id="B-A", team=staff.team_b, title="Stratum", starts_on=date(2022, 5, 1))
    TrainingEdition.objects.create(
        external_id="B-T",
        training_type=TrainingType.objects.get(slug="kom-tot-bloei"),
        team=staff.team_b,
        name="Stratum",
        starts_on=date(2022, 3, 1),
        ends_on=date(2022, 3, 1),
    )


OUTSIDE = [
    ("plan_meetings", 0, {"plan_external_id": "B-WP"}, "plan_external_id"),
    ("plan_meetings", 0, {"residents": "R1;B-R"}, "residents"),
    ("plan_links", 0, {"plan_external_id": "B-WP"}, "plan_external_id"),
    ("plan_links", 0, {"activity_external_id": "B-A"}, "activity_external_id"),
    ("plan_links", 1, {"network_external_id": "B-N"}, "network_external_id"),
    ("plan_links", 2, {"edition_external_id": "B-T"}, "edition_external_id"),
    ("boundary_decisions", 0, {"resident_external_id": "B-R"}, "resident_external_id"),
]


@pytest.mark.parametrize(("sheet", "index", "changes", "column"), OUTSIDE)
def test_records_outside_the_importers_teams_are_refused(staff, team_b_records, sheet, index, changes, column):
    data = sheets()
    data[sheet][index].update(changes)
    before = snapshot()

    result = import_workbook(staff.team_lead_a, data)

    assert not result.imported
    assert (sheet, index + 2, column) in problems(result), result.errors
    assert snapshot() == before


def test_a_plan_may_not_link_an_activity_in_another_wijk(staff, buurt_b):
    Activity.objects.create(external_id="A-B", team=staff.team_a, buurt=buurt_b, title="x", starts_on=date(2022, 5, 1))
    data = sheets()
    data["plan_links"][0]["activity_external_id"] = "A-B"
    result = import_workbook(staff.team_lead_a, data)
    assert problems(result) == {("plan_links", 2, "activity_external_id")}, result.errors
    assert "another wijk" in result.errors[0].message


def test_errors_are_in_dutch_for_a_dutch_importer(staff):
    data = sheets()
    data["boundary_decisions"][2]["review_on"] = "2023-06-01"
    with translation.override("nl"):
        result = import_workbook(staff.team_lead_a, data)
    assert [e.message for e in result.errors] == ["Een gesloten dossier heeft geen datum om opnieuw te bekijken."]
