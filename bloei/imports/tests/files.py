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


WIJK_A = "WK077211"  # Centrum, team Centrum
WIJK_B = "WK077221"  # Oud-Stratum, team Stratum


def community_history() -> dict[str, list[dict]]:
    """A year of community work of team Centrum on top of `history()`'s residents and places.

    Staff: connector_a and generalist_a of the test cast (their memberships must date back to 2022).
    """
    base = history()
    return {
        "residents": base["residents"],
        "places": base["places"],
        "ladder_assessments": [
            {"resident_external_id": "R1", "assessed_on": "2022-02-01", "level": "2"},
            {"resident_external_id": "R2", "assessed_on": "01-02-2022", "level": "1", "note": "Komt weinig buiten"},
        ],
        "training_editions": [
            {
                "external_id": "T1",
                "training_type": "Kom tot Bloei!",
                "name": "Kom tot Bloei! Centrum voorjaar 2022",
                "wijk_code": WIJK_A,
                "trainers": "connector_a",
                "location": "Buurthuis De Bloem",
                "starts_on": "2022-03-01",
                "ends_on": "2022-03-22",
                "max_participants": "12",
                "finished_on": "2022-03-29",
            },
            {
                "external_id": "T2",
                "training_type": "de-wijk-werkt",
                "name": "De Wijk Werkt! najaar 2022",
                "team": "centrum",
                "starts_on": "2022-09-06",
                "ends_on": "2022-09-13",
                "cancelled_on": "2022-09-20",
            },
        ],
        "training_meetings": [
            {"edition_external_id": "T1", "number": "1", "held_on": "2022-03-01", "starts_at": "10:00"},
            {"edition_external_id": "T1", "number": "2", "held_on": "2022-03-08", "starts_at": "10.00"},
            {
                "edition_external_id": "T1",
                "number": "3",
                "held_on": "2022-03-15",
                "place_external_id": "P2",
                "topic": "Bezoek bibliotheek",
            },
            {"edition_external_id": "T1", "number": "4", "held_on": "2022-03-22", "kind": "meeting"},
            {"edition_external_id": "T2", "number": "1", "held_on": "2022-09-06"},
            {"edition_external_id": "T2", "number": "2", "held_on": "2022-09-13"},
        ],
        "training_enrolments": [
            {
                "external_id": "E1",
                "edition_external_id": "T1",
                "resident_external_id": "R1",
                "enrolled_on": "2022-02-15",
                "benefit_status": "participatiewet",
                "benefit_purpose": "municipal_reporting",
            },
            {
                "external_id": "E2",
                "edition_external_id": "T1",
                "resident_external_id": "R2",
                "enrolled_on": "2022-02-20",
                "left_on": "2022-03-10",
                "left_reason": "health",
            },
            {
                "external_id": "E3",
                "edition_external_id": "T1",
                "resident_external_id": "R3",
                "enrolled_on": "2022-02-20",
                "completed": "ja",
            },
        ],
        "training_attendance": [
            {"enrolment_external_id": "E1", "meeting_number": n, "status": status}
            for n, status in (("1", "present"), ("2", "present"), ("3", "present"), ("4", "excused"))
        ]
        + [
            {"enrolment_external_id": "E2", "meeting_number": "1", "status": "present"},
            {"enrolment_external_id": "E3", "meeting_number": "1", "status": "absent"},
        ],
        "training_evaluations": [
            {
                "enrolment_external_id": "E1",
                "filled_on": "2022-03-22",
                "score_overall": "5",
                "score_talents": "4",
                "score_confidence": "4",
                "score_contacts": "3",
                "score_next_step": "5",
                "best": "De groep",
            }
        ],
        "training_outcomes": [
            {
                "enrolment_external_id": "E1",
                "kind": "volunteer_work",
                "started_on": "2022-05-01",
                "place_external_id": "P1",
            },
            {"enrolment_external_id": "E1", "kind": "paid_work", "started_on": "2023-01-15"},
        ],
        "training_follow_ups": [
            {
                "enrolment_external_id": "E1",
                "done_on": "2023-03-30",
                "reached": "ja",
                "current_activity": "paid_work",
                "still_in_contact": "ja",
                "score_wellbeing": "4",
                "ladder_level": "5",
            },
            {"enrolment_external_id": "E2", "due_on": "2023-03-22", "done_on": "2023-04-02", "reached": "nee"},
        ],
        "outreach_rounds": [
            {
                "external_id": "O1",
                "kind": "floor_conversations",
                "held_on": "2022-04-12",
                "buurt_code": BUURT_A,
                "street_or_building": "Flat De Toren",
                "floors": "5",
                "homes_approached": "58",
                "homes_reached": "25",
                "conversations": "19",
                "staff": "connector_a; generalist_a",
                "wishes": "Moestuin: 3; Taalcafé, moestuin",
            },
            {"external_id": "O2", "kind": "cargo_bike", "held_on": "2022-05-02", "buurt_code": BUURT_A2},
        ],
        "outreach_signups": [
            {"round_external_id": "O1", "resident_external_id": "R2", "signed_up_on": "2022-04-19"},
            {"round_external_id": "O2", "resident_external_id": "R2", "signed_up_on": "2022-05-02"},
        ],
        "neighbourhood_plans": [
            {
                "external_id": "WP22",
                "wijk_code": WIJK_A,
                "year": "2022",
                "summary": "Ontmoeten",
                "adopted_on": "2022-01-20",
                "evaluated_on": "2023-01-25",
                "went_well": "De moestuin",
                "next_year_goals": "Taalcafé",
            },
            {
                "external_id": "WP23",
                "wijk_code": WIJK_A,
                "year": "2023",
                "previous_plan_external_id": "WP22",
            },
        ],
        "plan_priorities": [
            {"plan_external_id": "WP22", "order": "1", "theme": "Ontmoeting", "figures": "population"},
            {"plan_external_id": "WP22", "order": "2", "theme": "Groen", "why": "Weinig groen"},
            {"plan_external_id": "WP23", "order": "1", "theme": "Taal"},
        ],
        "plan_progress": [
            {
                "plan_external_id": "WP22",
                "priority_order": "1",
                "noted_on": "2022-06-30",
                "status": "on_track",
                "text": "Koffieochtend loopt",
            },
            {
                "plan_external_id": "WP22",
                "priority_order": "2",
                "noted_on": "2022-12-15",
                "status": "done",
                "text": "Moestuin geopend",
            },
        ],
        "time_records": [
            {
                "connector": "connector_a",
                "week": "2022-04-11",
                "neighbourhood": "16",
                "internal_meetings": "4,5",
                "administration": "5",
            },
            {"connector": "Connector_A", "team": "centrum", "week": "18-04-2022", "neighbourhood": "20"},
        ],
        "referrals": [
            {
                "external_id": "V1",
                "resident_external_id": "R3",
                "referred_by": "generalist_a",
                "reason": "Wil meer onder de mensen komen",
                "wishes": "Samen koken",
                "referred_on": "2022-02-01",
                "status": "accepted",
                "decided_on": "2022-02-03",
                "taken_on_by": "connector_a",
            },
            {
                "external_id": "V2",
                "resident_external_id": "R2",
                "referred_by": "generalist_a",
                "to_connector": "connector_a",
                "reason": "Eenzaam",
                "wishes": "Een maatje",
                "consent_given_on": "2022-05-30",
                "referred_on": "2022-06-01",
                "status": "returned",
                "decided_on": "2022-06-10",
                "return_reason": "Past beter bij het buurthuis",
            },
            {
                "external_id": "V3",
                "resident_external_id": "R1",
                "referred_by": "generalist_a",
                "reason": "Zoekt werk",
                "wishes": "Vrijwilligerswerk",
                "referred_on": "2023-02-01",
            },
        ],
    }
