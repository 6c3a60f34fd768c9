from datetime import date

from django.core.exceptions import PermissionDenied

import pytest

from bloei.community.models import Activity, Network, NetworkMembership
from bloei.core.models import AuditEvent
from bloei.imports.services import import_records
from bloei.matching.models import FollowUp, Match, MatchStatusChange, SignUp
from bloei.people.models import Consent, Resident, TalentScan
from bloei.people.tests.factories import ResidentFactory
from bloei.places.models import Opening, Place

from .files import BUURT_A, BUURT_B, consent, csv_bytes, history, xlsx_bytes

MODELS = (
    Resident,
    Consent,
    TalentScan,
    Place,
    Opening,
    SignUp,
    Network,
    NetworkMembership,
    Match,
    MatchStatusChange,
    FollowUp,
    Activity,
)


def snapshot() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS} | {"audit": AuditEvent.objects.count()}


def import_workbook(user, sheets, **kwargs):
    return import_records(by=user, data=xlsx_bytes(sheets), filename="registratie.xlsx", record_type="all", **kwargs)


def import_csv_files(user, sheets, **kwargs):
    """Each record type as its own CSV file, in dependency order: references go through the database."""
    results = []
    for record_type, rows in sheets.items():
        result = import_records(
            by=user, data=csv_bytes(rows), filename=f"{record_type}.csv", record_type=record_type, **kwargs
        )
        assert result.ok, result.errors
        results.append(result)
    return results


def counts(result) -> dict:
    return {c.record_type: (c.created, c.updated, c.unchanged) for c in result.counts}


def problems(result) -> set[tuple]:
    return {(e.sheet, e.row, e.column) for e in result.errors}


@pytest.mark.parametrize("how", ["xlsx", "csv"])
def test_a_whole_history_is_imported_with_status_history_and_past_figures(cast, how):
    if how == "xlsx":
        result = import_workbook(cast.team_lead_a, history())
        assert result.ok, result.errors
        assert result.imported
        assert counts(result) == {
            "residents": (3, 0, 0),
            "places": (2, 0, 0),
            "openings": (1, 0, 0),
            "signups": (3, 0, 0),
            "networks": (1, 0, 0),
            "network_members": (2, 0, 0),
            "matches": (3, 0, 0),
            "follow_ups": (4, 0, 0),
            "activities": (1, 0, 0),
        }
    else:
        import_csv_files(cast.team_lead_a, history())

    fatima = Resident.objects.get(external_id="R1")
    piet = Resident.objects.get(external_id="R2")
    assert fatima.team == cast.team_a and piet.team == cast.team_a
    assert fatima.created_by == cast.team_lead_a
    assert sorted(fatima.languages.values_list("code", flat=True)) == ["ar", "nl"]
    assert fatima.availability == ["mon_am", "wed_pm"] and fatima.mobility == "rollator" and fatima.is_ambassador
    assert piet.referred_by == fatima and piet.birth_date == date(1941, 3, 14)
    assert piet.registered_on == date(2022, 1, 10)  # from the consent date
    assert {(c.purpose, c.lawful_basis) for c in fatima.consents.all()} == {
        ("registration", "consent"),
        ("matching", "consent"),
    }
    assert piet.consents.get().lawful_basis == "public_task"
    withdrawn = Resident.objects.get(external_id="R3").consents.get(purpose="photos")
    assert withdrawn.withdrawn_on == date(2023, 6, 1)
    scan = fatima.talent_scans.get()
    assert scan.version == 1 and scan.conducted_on == date(2022, 1, 20)
    assert sorted(scan.talents.values_list("slug", flat=True)) == ["koken", "tuinieren"]
    assert list(scan.interests.values_list("slug", flat=True)) == ["fotografie"]

    p1 = Place.objects.get(external_id="P1")
    assert p1.wheelchair_accessible and p1.lat == pytest.approx(51.4386)
    assert Opening.objects.get(external_id="O1").place == p1

    # The waiting list as it was: S2 was withdrawn on 1 May 2022, S1 matched on 1 February.
    waiting = set(SignUp.objects.waiting_on(date(2022, 4, 1)).values_list("external_id", flat=True))
    assert waiting == {"S2", "S3"}
    assert set(SignUp.objects.waiting_on(date(2022, 6, 1)).values_list("external_id", flat=True)) == {"S3"}
    assert SignUp.objects.get(external_id="S2").status == "withdrawn"

    m1, m2, m3 = (Match.objects.get(external_id=x) for x in ("M1", "M2", "M3"))
    assert m1.status == "ended" and m1.offer.external_id == "S1" and m1.team == cast.team_a
    assert list(m1.status_changes.values_list("status", "changed_on")) == [
        ("proposed", date(2022, 2, 1)),
        ("introduced", date(2022, 2, 5)),
        ("active", date(2022, 2, 10)),
        ("ended", date(2022, 3, 1)),
    ]
    assert m2.status == "ended"  # derived from the dates
    assert m2.place_a == p1  # from the opening
    assert [c.status for c in m2.status_changes.all()] == ["proposed", "active", "ended"]
    # Durable as of a past date: M2 ran long enough, M1 ended before it could.
    durable = set(Match.objects.durable_as_of(date(2022, 6, 1)).values_list("external_id", flat=True))
    assert durable == {"M2"}
    assert not Match.objects.durable_as_of(date(2022, 5, 1)).filter(external_id="M2").exists()
    # Follow-ups: M2's from the file; M3 (active, none given) gets the standard moments.
    assert list(m2.follow_ups.values_list("sequence", "outcome")) == [(1, "going_well")]
    assert list(m3.follow_ups.values_list("due_on", flat=True)) == [
        date(2023, 2, 21),
        date(2023, 4, 11),
        date(2023, 7, 11),
    ]
    assert not m1.follow_ups.exists()

    network = Network.objects.get(external_id="N1")
    assert network.phase == "self_steering" and network.team == cast.team_a
    left = network.memberships.get(resident=piet)
    assert left.left_on == date(2022, 9, 30)
    assert network.memberships.filter(left_on__isnull=True).get().resident == fatima

    activity = Activity.objects.get(external_id="A1")
    assert activity.network == network and activity.place == p1 and activity.organiser == fatima
    assert set(activity.participants.all()) == {fatima, piet} and activity.participant_count == 18


def test_every_created_record_gets_an_import_audit_event_without_personal_data(cast):
    result = import_workbook(cast.team_lead_a, history())
    assert result.ok
    events = AuditEvent.objects.filter(action=AuditEvent.Action.IMPORT)
    fatima = Resident.objects.get(external_id="R1")
    resident_events = events.filter(event="resident.imported")
    assert resident_events.count() == 3
    assert resident_events.get(object_id=str(fatima.pk)).detail == {"outcome": "created"}
    assert events.filter(resident=fatima).count() >= 3  # her record, her sign-up, match, membership
    summary = events.get(event="import.file")
    assert summary.team_id == cast.team_a.pk and summary.actor == cast.team_lead_a
    assert summary.detail["counts"]["residents"] == {"created": 3}
    for event in events:
        text = str(event.detail)
        assert "Fatima" not in text and "El Amrani" not in text and "R1" not in text


def test_importing_the_same_file_again_changes_nothing(cast):
    assert import_workbook(cast.team_lead_a, history()).ok
    before = snapshot()

    again = import_workbook(cast.team_lead_a, history())

    assert again.ok
    assert all(created == updated == 0 for created, updated, _unchanged in counts(again).values())
    assert counts(again)["residents"] == (0, 0, 3) and counts(again)["matches"] == (0, 0, 3)
    after = snapshot()
    assert after.pop("audit") == before.pop("audit") + 1  # only the file summary
    assert after == before


def test_reimporting_the_same_csv_files_changes_nothing(cast):
    import_csv_files(cast.team_lead_a, history())
    before = snapshot()
    results = import_csv_files(cast.team_lead_a, history())
    assert all(c.created == c.updated == 0 for r in results for c in r.counts)
    assert snapshot()["Resident"] == before["Resident"]
    assert {k: v for k, v in snapshot().items() if k != "audit"} == {k: v for k, v in before.items() if k != "audit"}


def test_a_changed_value_updates_only_that_record(cast):
    assert import_workbook(cast.team_lead_a, history()).ok
    sheets = history()
    sheets["residents"][1]["phone"] = "06-11112222"
    sheets["matches"][2].update(status="ended", ended_on="2023-05-01", end_reason="moved")

    result = import_workbook(cast.team_lead_a, sheets)

    assert result.ok
    assert counts(result)["residents"] == (0, 1, 2)
    assert counts(result)["matches"] == (0, 1, 2)
    assert Resident.objects.get(external_id="R2").phone == "06-11112222"
    m3 = Match.objects.get(external_id="M3")
    assert m3.status == "ended" and [c.status for c in m3.status_changes.all()] == ["proposed", "active", "ended"]
    assert Resident.objects.count() == 3 and Match.objects.count() == 3
    assert AuditEvent.objects.filter(event="resident.imported", detail__outcome="updated").count() == 1


def test_a_dry_run_reports_counts_and_writes_nothing(cast):
    before = snapshot()
    result = import_workbook(cast.team_lead_a, history(), dry_run=True)
    assert result.ok and not result.imported
    assert counts(result)["residents"] == (3, 0, 0)
    assert snapshot() == before


def test_an_invalid_file_writes_nothing_and_reports_every_error_with_row_and_column(cast):
    existing = ResidentFactory(external_id="OLD-1")
    sheets = history()
    residents = sheets["residents"]
    residents[0]["lawful_basis"] = ""  # no lawful basis: refused
    residents[1]["consent_given_on"] = "31-02-2022"  # no such date
    residents[1]["birth_date"] = "gisteren"
    residents[2]["buurt_code"] = "BU99999999"
    residents[2]["talents"] = "tuinieren;vliegen"
    residents.append({"external_id": "R1", "first_name": "Dubbel", "buurt_code": BUURT_A, **consent()})
    sheets["signups"][1]["closed_on"] = ""  # withdrawn without a date
    sheets["matches"][0].update(end_reason="")  # ended without reason
    sheets["matches"][1].update(resident_b_external_id="R2")  # a resident-place match with a second resident
    sheets["matches"][2].update(started_on="2022-12-01")  # before proposed_on
    sheets["network_members"][1]["left_on"] = "2022-01-01"  # before joining
    sheets["follow_ups"][0]["outcome"] = ""  # done without outcome
    sheets["activities"][0]["participants"] = "R1;R9"  # R9 does not exist
    sheets["places"][0]["kind"] = "kasteel"
    before = snapshot()

    result = import_workbook(cast.team_lead_a, sheets)

    assert not result.ok and not result.imported and result.counts == []
    assert problems(result) == {
        ("residents", 2, "lawful_basis"),
        ("residents", 3, "consent_given_on"),
        ("residents", 3, "birth_date"),
        ("residents", 4, "buurt_code"),
        ("residents", 4, "talents"),
        ("residents", 5, "external_id"),
        ("places", 2, "kind"),
        ("signups", 3, "closed_on"),
        ("matches", 2, "end_reason"),
        ("matches", 3, "resident_b_external_id"),
        ("matches", 4, "started_on"),
        ("network_members", 3, "left_on"),
        ("follow_ups", 2, "outcome"),
        ("activities", 2, "participants"),
    }
    messages = {(e.row, e.column): e.message for e in result.errors if e.sheet == "residents"}
    assert messages[(2, "lawful_basis")] == "A resident can only be imported with a recorded lawful basis."
    assert "does not exist" in messages[(3, "consent_given_on")]
    assert "“vliegen”" in messages[(4, "talents")] and "tuinieren" not in messages[(4, "talents")]
    assert messages[(5, "external_id")] == "This external id is also used in row 2."
    assert snapshot() == before
    assert Resident.objects.get() == existing


def test_header_problems_are_reported_on_row_one(cast):
    data = csv_bytes(
        [
            {
                "external_id": "R1",
                "first_name": "Anna",
                "buurt_kode": BUURT_A,
                "lawful_basis": "consent",
                "consent_purpose": "registration",
                "consent_given_on": "2024-01-01",
            }
        ]
    )
    result = import_records(by=cast.team_lead_a, data=data, filename="r.csv", record_type="residents")
    assert {(e.row, e.column) for e in result.errors} == {(1, "buurt_kode"), (1, "buurt_code")}
    assert not Resident.objects.exists()


def test_a_buurt_outside_the_importers_teams_is_refused(cast):
    rows = [
        {"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()},
        {"external_id": "R2", "first_name": "Bert", "buurt_code": BUURT_B, **consent()},
    ]
    result = import_records(by=cast.team_lead_a, data=csv_bytes(rows), filename="r.csv", record_type="residents")
    assert [(e.row, e.column) for e in result.errors] == [(3, "buurt_code")]
    assert "outside the area of the teams you lead" in result.errors[0].message
    assert not Resident.objects.exists()


def test_records_of_another_team_can_be_neither_changed_nor_referred_to(cast, buurt_b):
    other = ResidentFactory(external_id="B-1", buurt=buurt_b)
    assert other.team == cast.team_b
    residents = [{"external_id": "B-1", "first_name": "Overschreven", "buurt_code": BUURT_A, **consent()}]
    result = import_records(by=cast.team_lead_a, data=csv_bytes(residents), filename="r.csv", record_type="residents")
    assert [(e.row, e.column) for e in result.errors] == [(2, "external_id")]

    signups = [
        {
            "external_id": "S-1",
            "resident_external_id": "B-1",
            "kind": "request",
            "title": "Hulp",
            "opened_on": "2024-01-01",
        }
    ]
    result = import_records(by=cast.team_lead_a, data=csv_bytes(signups), filename="s.csv", record_type="signups")
    assert [(e.row, e.column) for e in result.errors] == [(2, "resident_external_id")]
    assert "No resident with external id “B-1”" in result.errors[0].message
    other.refresh_from_db()
    assert other.first_name != "Overschreven" and not SignUp.objects.exists()


def test_only_team_leads_may_import(cast):
    data = csv_bytes([{"external_id": "R1", "first_name": "Anna", "buurt_code": BUURT_A, **consent()}])
    for user in (cast.connector_a, cast.generalist_a, cast.analyst, cast.municipality, cast.admin, cast.no_role):
        with pytest.raises(PermissionDenied):
            import_records(by=user, data=data, filename="r.csv", record_type="residents")
    assert not Resident.objects.exists()


def test_match_kind_and_parties_must_fit(cast):
    assert import_workbook(
        cast.team_lead_a, {k: v for k, v in history().items() if k in ("residents", "places", "openings")}
    ).ok
    rows = [
        {"external_id": "X1", "kind": "resident_resident", "resident_a_external_id": "R1", "proposed_on": "2024-01-01"},
        {
            "external_id": "X2",
            "kind": "place_place",
            "place_a_external_id": "P1",
            "place_b_external_id": "P1",
            "proposed_on": "2024-01-01",
        },
        {
            "external_id": "X3",
            "kind": "resident_place",
            "resident_a_external_id": "R1",
            "opening_external_id": "O1",
            "place_a_external_id": "P2",
            "proposed_on": "2024-01-01",
        },
        {
            "external_id": "X4",
            "kind": "Resident – resident",
            "resident_a_external_id": "R1",
            "resident_b_external_id": "R2",
            "proposed_on": "2024-01-01",
            "status": "active",
        },
        {
            "external_id": "X5",
            "kind": "resident_resident",
            "resident_a_external_id": "R1",
            "resident_b_external_id": "R2",
            "proposed_on": "2024-01-01",
            "introduced_on": "2024-01-05",
            "status": "proposed",
            "end_note": "x",
        },
    ]
    result = import_records(
        by=cast.team_lead_a, data=csv_bytes(rows, delimiter=";"), filename="m.csv", record_type="matches"
    )
    assert problems(result) == {
        ("m.csv", 2, "resident_b_external_id"),
        ("m.csv", 3, "place_b_external_id"),
        ("m.csv", 4, "place_a_external_id"),
        ("m.csv", 5, "started_on"),
        ("m.csv", 6, "introduced_on"),
        ("m.csv", 6, "end_note"),
    }
    assert not Match.objects.exists()


def test_csv_in_windows_encoding_with_semicolons_and_dutch_dates_is_read(cast):
    rows = [
        {
            "external_id": "R1",
            "first_name": "Zoë",
            "last_name": "Müller",
            "buurt_code": "07721110",
            "consent_purpose": "Registration and support by the neighbourhood team",
            "lawful_basis": "Consent",
            "consent_given_on": "01-02-2023",
            "is_key_figure": "X",
        }
    ]
    result = import_records(
        by=cast.team_lead_a,
        data=csv_bytes(rows, delimiter=";", encoding="cp1252"),
        filename="inwoners.CSV",
        record_type="residents",
    )
    assert result.ok, result.errors
    resident = Resident.objects.get()
    assert (resident.first_name, resident.last_name) == ("Zoë", "Müller")
    assert resident.registered_on == date(2023, 2, 1) and resident.is_key_figure


def test_csv_in_utf8_with_bom_is_read(cast):
    data = "\ufeff".encode() + csv_bytes(
        [{"external_id": "R1", "first_name": "Ægir", "buurt_code": BUURT_A, **consent()}]
    )
    result = import_records(by=cast.team_lead_a, data=data, filename="r.csv", record_type="residents")
    assert result.ok, result.errors
    assert Resident.objects.get().first_name == "Ægir"


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"\x00\x01\x02garbage\xff\xfe" * 20, "r.csv", "binary data"),
        ("naam\n".encode("utf-16"), "r.csv", "UTF-16"),
        (b"external_id,first_name\n\x81\x8d", "r.csv", "encoding is not recognised"),
        (b"not a workbook at all", "r.xlsx", "not an Excel workbook"),
        (b"PK\x03\x04 broken zip", "r.xlsx", "not a valid Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "r.xls", "old Excel file"),
        (b"external_id\nR1\n", "r.pdf", "Upload a CSV file"),
        (b"", "r.csv", "empty"),
    ],
)
def test_garbage_uploads_are_refused_with_a_clear_message(cast, data, filename, message):
    result = import_records(by=cast.team_lead_a, data=data, filename=filename, record_type="residents")
    assert len(result.errors) == 1
    assert message in result.errors[0].message
    assert result.errors[0].row is None
    assert not Resident.objects.exists()


def test_a_workbook_renamed_to_csv_is_refused(cast):
    result = import_records(
        by=cast.team_lead_a,
        data=xlsx_bytes({"residents": [{"external_id": "R1"}]}),
        filename="r.csv",
        record_type="residents",
    )
    assert "is an Excel workbook" in result.errors[0].message


def test_size_and_row_limits(cast, settings):
    settings.IMPORT_MAX_ROWS = 2
    rows = [{"external_id": f"R{i}", "first_name": "A", "buurt_code": BUURT_A, **consent()} for i in range(3)]
    result = import_records(by=cast.team_lead_a, data=csv_bytes(rows), filename="r.csv", record_type="residents")
    assert "more than 2 rows" in result.errors[0].message
    settings.IMPORT_MAX_UPLOAD_MB = 1
    big = csv_bytes(rows) + b"\r\n" * (1024 * 1024)
    result = import_records(by=cast.team_lead_a, data=big, filename="r.csv", record_type="residents")
    assert "larger than 1 MB" in result.errors[0].message
    assert not Resident.objects.exists()


def test_a_workbook_sheet_with_an_unknown_name_is_refused(cast):
    result = import_workbook(cast.team_lead_a, {"residents": history()["residents"], "Blad2": [{"x": 1}]})
    assert "“Blad2” is not a record type" in result.errors[0].message
    assert not Resident.objects.exists()


def test_sheets_may_be_named_by_their_label_and_come_in_any_order(cast):
    sheets = history()
    result = import_workbook(cast.team_lead_a, {"Openings": sheets["openings"], "Development places": sheets["places"]})
    assert result.ok, result.errors
    assert [c.record_type for c in result.counts] == ["places", "openings"]


def test_excel_values_dates_numbers_and_formula_errors(cast):
    rows = [
        {
            "external_id": 1001,
            "first_name": "Anna",
            "buurt_code": BUURT_A,
            "house_number": 12.0,
            "consent_purpose": "registration",
            "lawful_basis": "consent",
            "consent_given_on": date(2023, 3, 1),
            "walking_distance_m": 800.0,
        },
        {
            "external_id": 1002,
            "first_name": "Bert",
            "buurt_code": BUURT_A,
            "consent_purpose": "registration",
            "lawful_basis": "consent",
            "consent_given_on": "#N/A",
        },
    ]
    result = import_records(
        by=cast.team_lead_a, data=xlsx_bytes({"residents": rows}), filename="r.xlsx", record_type="residents"
    )
    assert [(e.row, e.column) for e in result.errors] == [(3, "consent_given_on")]
    del rows[1]
    result = import_records(
        by=cast.team_lead_a, data=xlsx_bytes({"Blad1": rows}), filename="r.xlsx", record_type="residents"
    )
    assert result.ok, result.errors
    anna = Resident.objects.get(external_id="1001")
    assert anna.house_number == "12" and anna.walking_distance_m == 800
    assert anna.consents.get().given_on == date(2023, 3, 1)


def test_a_team_lead_of_several_teams_must_name_the_team_when_no_buurt_says_it(cast, team_b):
    from bloei.accounts.models import Membership

    Membership.objects.create(user=cast.team_lead_a, team=team_b, role="team_lead")
    lead = type(cast.team_lead_a).objects.get(pk=cast.team_lead_a.pk)
    rows = [
        {"external_id": "N1", "name": "Koffie", "started_on": "2024-01-01"},
        {"external_id": "N2", "name": "Sjoelen", "started_on": "2024-01-01", "team": "stratum"},
        {"external_id": "N3", "name": "Wandelen", "started_on": "2024-01-01", "buurt_code": BUURT_B},
    ]
    result = import_records(by=lead, data=csv_bytes(rows), filename="n.csv", record_type="networks")
    assert [(e.row, e.column) for e in result.errors] == [(2, "team")]
    del rows[0]
    result = import_records(by=lead, data=csv_bytes(rows), filename="n.csv", record_type="networks")
    assert result.ok
    assert set(Network.objects.values_list("team__slug", flat=True)) == {"stratum"}


def test_query_count_does_not_grow_per_unchanged_record(cast, django_assert_max_num_queries):
    def residents(n):
        return csv_bytes(
            [
                {
                    "external_id": f"R{i}",
                    "first_name": "Anna",
                    "buurt_code": BUURT_A,
                    "languages": "nl;en",
                    "talent_scan_on": "2024-01-01",
                    "talents": "koken",
                    **consent(),
                }
                for i in range(n)
            ]
        )

    data = residents(40)
    with django_assert_max_num_queries(40 * 3 + 25):  # per new resident: insert, talent scan, audit event
        assert import_records(by=cast.team_lead_a, data=data, filename="r.csv", record_type="residents").ok
    with django_assert_max_num_queries(25):
        again = import_records(by=cast.team_lead_a, data=data, filename="r.csv", record_type="residents")
    assert counts(again) == {"residents": (0, 0, 40)}


def test_an_unexpected_database_refusal_rolls_everything_back(cast, monkeypatch):
    from django.db import IntegrityError

    from bloei.imports import writers

    def refuse(self):
        for _plan in self._plans("matches"):
            raise IntegrityError("CHECK constraint failed")

    monkeypatch.setattr(writers.Writer, "write_matches", refuse)
    before = snapshot()

    result = import_workbook(cast.team_lead_a, history())

    assert not result.imported and result.counts == []
    assert [(e.sheet, e.row) for e in result.errors] == [("matches", 2)]
    assert "nothing was imported" in result.errors[0].message
    assert snapshot() == before  # residents, places, ... written before the refusal are rolled back


def test_stray_cells_and_doubled_columns_are_reported(cast):
    data = (
        "external_id,first_name,first_name,buurt_code,consent_purpose,lawful_basis,consent_given_on\r\n"
        f"R1,Anna,Anna,{BUURT_A},registration,consent,2024-01-01,extra\r\n"
    ).encode()
    result = import_records(by=cast.team_lead_a, data=data, filename="r.csv", record_type="residents")
    assert {(e.row, e.column) for e in result.errors} == {(1, "first_name"), (2, "H")}
