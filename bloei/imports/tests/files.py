"""Build import files in tests: CSV bytes and XLSX workbooks (with openpyxl), and a realistic history."""

import csv
import io

from openpyxl import Workbook

BUURT_A = "BU07721110"  # Binnenstad, team Centrum
BUURT_A2 = "BU07721120"  # Bergen, team Centrum
BUURT_B = "BU07722110"  # Stratum, team Stratum


def csv_bytes(
    rows: list[dict], *, delimiter: str = ",", encoding: str = "utf-8", header: list[str] | None = None
) -> bytes:
    header = header or list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, list[dict]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        header = list(dict.fromkeys(k for row in rows for k in row))
        sheet.append(header)
        for row in rows:
            sheet.append([row.get(k) for k in header])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def consent(**extra) -> dict:
    return {"consent_purpose": "registration", "lawful_basis": "consent", "consent_given_on": "2022-01-10", **extra}


def history() -> dict[str, list[dict]]:
    """Two years of one team's work: residents, places, sign-ups, matches with history, a network, an activity."""
    return {
        "residents": [
            {
                "external_id": "R1",
                "first_name": "Fatima",
                "last_name": "El Amrani",
                "buurt_code": BUURT_A,
                "languages": "nl;ar",
                "mobility": "rollator",
                "availability": "mon_am, wed_pm",
                "is_ambassador": "ja",
                **consent(consent_purpose="registration;matching"),
                "talent_scan_on": "2022-01-20",
                "talents": "tuinieren; Koken",
                "interests": "Photography",
                "good_at": "Tuinieren",
                "registered_on": "2022-01-10",
            },
            {
                "external_id": "R2",
                "first_name": "Piet",
                "buurt_code": BUURT_A2,
                "referred_by_external_id": "R1",
                "referral_source": "ambassador",
                "birth_date": "14-03-1941",
                **consent(lawful_basis="public_task", consent_given_on="10-01-2022"),
            },
            {
                "external_id": "R3",
                "first_name": "Henk",
                "buurt_code": BUURT_A,
                **consent(consent_purpose="registration;photos", consent_withdrawn_on="2023-06-01"),
            },
        ],
        "places": [
            {
                "external_id": "P1",
                "name": "Buurthuis De Bloem",
                "kind": "community_centre",
                "buurt_code": BUURT_A,
                "added_on": "2021-09-01",
                "wheelchair_accessible": "yes",
                "languages": "nl",
                "lat": "51,4386",
            },
            {
                "external_id": "P2",
                "name": "Bibliotheek Centrum",
                "kind": "library",
                "buurt_code": BUURT_A2,
                "added_on": "2022-06-01",
            },
        ],
        "openings": [
            {
                "external_id": "O1",
                "place_external_id": "P1",
                "title": "Vrijwilliger moestuin",
                "kind": "volunteer",
                "talents": "tuinieren",
                "capacity": "3",
                "opened_on": "2021-09-01",
            },
        ],
        "signups": [
            {
                "external_id": "S1",
                "resident_external_id": "R1",
                "kind": "offer",
                "title": "Helpen in de tuin",
                "status": "matched",
                "opened_on": "2022-01-20",
                "closed_on": "2022-02-01",
            },
            {
                "external_id": "S2",
                "resident_external_id": "R2",
                "kind": "request",
                "title": "Hulp bij formulieren",
                "status": "withdrawn",
                "opened_on": "2022-02-01",
                "closed_on": "2022-05-01",
            },
            {
                "external_id": "S3",
                "resident_external_id": "R3",
                "kind": "request",
                "title": "Gezelschap",
                "opened_on": "2022-03-01",
            },
        ],
        "networks": [
            {
                "external_id": "N1",
                "name": "Koffie op dinsdag",
                "buurt_code": BUURT_A,
                "phase": "self_steering",
                "self_steering_since": "2023-01-01",
                "started_on": "2022-03-01",
            },
        ],
        "network_members": [
            {"network_external_id": "N1", "resident_external_id": "R1", "joined_on": "2022-03-01"},
            {
                "network_external_id": "N1",
                "resident_external_id": "R2",
                "joined_on": "2022-03-01",
                "left_on": "2022-09-30",
            },
        ],
        "matches": [
            {
                "external_id": "M1",
                "kind": "resident_resident",
                "resident_a_external_id": "R1",
                "resident_b_external_id": "R2",
                "offer_external_id": "S1",
                "proposed_on": "2022-02-01",
                "introduced_on": "2022-02-05",
                "started_on": "2022-02-10",
                "ended_on": "2022-03-01",
                "end_reason": "no_click",
                "status": "ended",
            },
            {
                "external_id": "M2",
                "kind": "resident_place",
                "resident_a_external_id": "R3",
                "opening_external_id": "O1",
                "proposed_on": "2022-02-01",
                "started_on": "2022-02-15",
                "ended_on": "2022-12-01",
                "end_reason": "goal_reached",
            },
            {
                "external_id": "M3",
                "kind": "place_place",
                "place_a_external_id": "P1",
                "place_b_external_id": "P2",
                "proposed_on": "2023-01-02",
                "started_on": "2023-01-10",
                "status": "active",
            },
        ],
        "follow_ups": [
            {
                "match_external_id": "M2",
                "sequence": "1",
                "due_on": "2022-03-29",
                "done_on": "2022-03-30",
                "outcome": "going_well",
            },
        ],
        "activities": [
            {
                "external_id": "A1",
                "title": "Buurtmaaltijd",
                "buurt_code": BUURT_A,
                "starts_on": "2022-04-01",
                "ends_on": "2022-12-31",
                "recurrence": "monthly",
                "place_external_id": "P1",
                "network_external_id": "N1",
                "organiser_external_id": "R1",
                "participants": "R1;R2",
                "participant_count": "18",
            },
        ],
    }
