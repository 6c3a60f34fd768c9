"""The documented import format: record types and their columns (see docs/import.md).

Column names are fixed English identifiers (they are not translated), so one file
works whatever language the importer uses. Values are parsed by bloei.imports.values.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from bloei.community.choices import NetworkPhase, Recurrence
from bloei.community.models import Activity, Network, NetworkMembership
from bloei.matching.choices import EndReason, FollowUpOutcome, MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import FollowUp, Match, SignUp
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp
from bloei.people.choices import ConsentPurpose, DayPart, LawfulBasis, Mobility, ReferralSource
from bloei.people.models import LadderAssessment, Resident, TalentScan
from bloei.places.choices import OpeningKind, PlaceKind
from bloei.places.models import Opening, Place
from bloei.plans.choices import Figure, ProgressStatus
from bloei.plans.models import NeighbourhoodPlan, PlanEvaluation, PlanLink, PlanMeeting, Priority, ProgressNote
from bloei.referrals.choices import ReferralStatus
from bloei.referrals.models import Referral
from bloei.trainings.choices import (
    AttendanceStatus,
    BenefitPurpose,
    BenefitStatus,
    EnrolmentEnd,
    OutcomeKind,
    SessionKind,
)
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
)
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord

# Column kinds understood by bloei.imports.values.parse_cell.
TEXT = "text"  # free text, checked against the model field (length, e-mail, URL)
DATE = "date"  # YYYY-MM-DD or DD-MM-YYYY
INT = "int"  # whole number
DECIMAL = "decimal"  # number with . or , as decimal sign
BOOL = "bool"  # ja/nee, yes/no, true/false, 1/0, x
CHOICE = "choice"  # code, Dutch or English label of `choices`
CHOICES = "choices"  # several of those, separated by , ; or |
BUURT = "buurt"  # CBS buurt code, e.g. BU07721110
TEAM = "team"  # team slug or name
TALENTS = "talents"  # talent slugs or Dutch/English names, separated by , ; or |
LANGUAGES = "languages"  # ISO 639-1 codes (or names), separated by , ; or |
REF = "ref"  # external id of a record of type `ref`
REFS = "refs"  # several of those
TIME = "time"  # HH:MM (24 hours)
WIJK = "wijk"  # CBS wijk code, e.g. WK077211
USERS = "users"  # user names of staff, separated by , ; or |
USER = "user"  # the user name of one member of staff
WISHES = "wishes"  # wishes with how many times heard: "Moestuin: 3; Taalcafé"
TRAINING_TYPE = "training_type"  # code or Dutch/English name of a training type


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT
    required: bool = False
    model: type[models.Model] | None = None
    field: str = ""  # model field the value goes to (for length and format checks)
    choices: type[models.TextChoices] | None = None
    ref: str = ""  # record type an external id refers to
    min_value: int | float | None = None
    max_value: int | float | None = None
    example: str = ""
    # For user columns: whose user name the example files fill in (a "connector", "generalist" or "team_lead").
    example_role: str = ""

    def model_field(self):
        if self.model is None:
            return None
        return self.model._meta.get_field(self.field or self.name)


@dataclass(frozen=True)
class RecordType:
    code: str
    label: object  # lazy translated label; also accepted as sheet name
    columns: tuple[Column, ...]
    model: type[models.Model]
    key: tuple[str, ...] = ("external_id",)
    depends_on: tuple[str, ...] = field(default_factory=tuple)
    # Further example rows for the example files, as changes to the columns' examples.
    more_examples: tuple[dict[str, str], ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _text(name, model, required=False, example="", field_name=""):
    return Column(name, TEXT, required=required, model=model, field=field_name or name, example=example)


RESIDENTS = RecordType(
    "residents",
    _("Residents"),
    (
        _text("external_id", Resident, required=True, example="INW-0001"),
        _text("first_name", Resident, required=True, example="Fatima"),
        _text("last_name", Resident, example="El Amrani"),
        _text("email", Resident, example="fatima@example.org"),
        _text("phone", Resident, example="06-12345678"),
        _text("street", Resident, example="Kerkstraat"),
        _text("house_number", Resident, example="12a"),
        _text("postcode", Resident, example="5611 AB"),
        _text("city", Resident, example="Eindhoven"),
        Column("buurt_code", BUURT, required=True, example="BU07721110"),
        Column("birth_date", DATE, example="1961-03-14"),
        Column("birth_year", INT, min_value=1900, max_value=2100, example=""),
        Column("languages", LANGUAGES, example="nl;ar"),
        Column("mobility", CHOICE, choices=Mobility, example="neighbourhood"),
        Column("walking_distance_m", INT, min_value=0, max_value=100000, example="800"),
        Column("availability", CHOICES, choices=DayPart, example="mon_am;wed_pm"),
        Column("referral_source", CHOICE, choices=ReferralSource, example="cargo_bike"),
        Column("referred_by_external_id", REF, ref="residents", example=""),
        Column("is_key_figure", BOOL, example="nee"),
        Column("is_ambassador", BOOL, example="nee"),
        Column("registered_on", DATE, example="2023-02-01"),
        Column("closed_on", DATE, example=""),
        Column("consent_purpose", CHOICES, required=True, choices=ConsentPurpose, example="registration;matching"),
        Column("lawful_basis", CHOICE, required=True, choices=LawfulBasis, example="consent"),
        Column("consent_given_on", DATE, required=True, example="2023-02-01"),
        Column("consent_withdrawn_on", DATE, example=""),
        Column("talent_scan_on", DATE, example="2023-02-15"),
        Column("talents", TALENTS, example="tuinieren;koken"),
        Column("interests", TALENTS, example="fotografie"),
        _text("happy_with", TalentScan, example="Buiten zijn, mensen helpen"),
        _text("good_at", TalentScan, example="Tuinieren en koken"),
        _text("wants_to_learn", TalentScan, example="Fotograferen"),
        _text("wants_to_do", TalentScan, example="Samen koken met buren"),
        _text("needs", TalentScan, example=""),
        _text("practical_limits", TalentScan, example="Alleen ochtenden"),
    ),
    Resident,
)

SIGNUPS = RecordType(
    "signups",
    _("Requests and offers"),
    (
        _text("external_id", SignUp, required=True, example="AAN-0001"),
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("kind", CHOICE, required=True, choices=SignUpKind, example="offer"),
        _text("title", SignUp, required=True, example="Helpen in de tuin"),
        _text("description", SignUp, example=""),
        Column("talents", TALENTS, example="tuinieren"),
        Column("status", CHOICE, choices=SignUpStatus, example="matched"),
        Column("opened_on", DATE, required=True, example="2023-02-15"),
        Column("closed_on", DATE, example="2023-03-01"),
    ),
    SignUp,
    depends_on=("residents",),
)

PLACES = RecordType(
    "places",
    _("Development places"),
    (
        _text("external_id", Place, required=True, example="PL-0001"),
        _text("name", Place, required=True, example="Buurthuis De Bloem"),
        Column("kind", CHOICE, required=True, choices=PlaceKind, example="community_centre"),
        _text("description", Place, example=""),
        _text("street", Place, example="Kerkstraat"),
        _text("house_number", Place, example="1"),
        _text("postcode", Place, example="5611 AB"),
        Column("buurt_code", BUURT, required=True, example="BU07721110"),
        Column("lat", DECIMAL, min_value=-90, max_value=90, example="51.4386"),
        Column("lon", DECIMAL, min_value=-180, max_value=180, example="5.4811"),
        _text("contact_name", Place, example="Jan de Vries"),
        _text("contact_email", Place, example="info@example.org"),
        _text("contact_phone", Place, example="040-1234567"),
        _text("website", Place, example="https://example.org"),
        Column("wheelchair_accessible", BOOL, example="ja"),
        Column("accessible_toilet", BOOL, example="ja"),
        Column("hearing_loop", BOOL, example="nee"),
        _text("accessibility_notes", Place, example=""),
        Column("languages", LANGUAGES, example="nl;en"),
        _text("opening_hours", Place, example="ma-vr 9-17"),
        Column("added_on", DATE, required=True, example="2022-09-01"),
        Column("removed_on", DATE, example=""),
        Column("last_verified_on", DATE, example="2024-01-10"),
    ),
    Place,
)

OPENINGS = RecordType(
    "openings",
    _("Openings"),
    (
        _text("external_id", Opening, required=True, example="VAC-0001"),
        Column("place_external_id", REF, required=True, ref="places", example="PL-0001"),
        _text("title", Opening, required=True, example="Vrijwilliger moestuin"),
        Column("kind", CHOICE, choices=OpeningKind, example="volunteer"),
        _text("description", Opening, example=""),
        Column("talents", TALENTS, example="tuinieren"),
        Column("capacity", INT, min_value=0, max_value=32767, example="3"),
        Column("availability", CHOICES, choices=DayPart, example="sat_am"),
        Column("opened_on", DATE, required=True, example="2022-09-01"),
        Column("closed_on", DATE, example=""),
    ),
    Opening,
    depends_on=("places",),
)

MATCHES = RecordType(
    "matches",
    _("Matches"),
    (
        _text("external_id", Match, required=True, example="M-0001"),
        Column("kind", CHOICE, required=True, choices=MatchKind, example="resident_place"),
        Column("team", TEAM, example=""),
        Column("resident_a_external_id", REF, ref="residents", example="INW-0001"),
        Column("resident_b_external_id", REF, ref="residents", example=""),
        Column("opening_external_id", REF, ref="openings", example="VAC-0001"),
        Column("place_a_external_id", REF, ref="places", example=""),
        Column("place_b_external_id", REF, ref="places", example=""),
        Column("request_external_id", REF, ref="signups", example=""),
        Column("offer_external_id", REF, ref="signups", example="AAN-0001"),
        _text("description", Match, example=""),
        Column("status", CHOICE, choices=MatchStatus, example="ended"),
        Column("proposed_on", DATE, required=True, example="2023-03-01"),
        Column("introduced_on", DATE, example="2023-03-08"),
        Column("started_on", DATE, example="2023-03-15"),
        Column("ended_on", DATE, example="2023-11-30"),
        Column("end_reason", CHOICE, choices=EndReason, example="goal_reached"),
        _text("end_note", Match, example=""),
    ),
    Match,
    depends_on=("residents", "places", "openings", "signups"),
)

FOLLOW_UPS = RecordType(
    "follow_ups",
    _("Follow-ups"),
    (
        Column("match_external_id", REF, required=True, ref="matches", example="M-0001"),
        Column("sequence", INT, required=True, min_value=1, max_value=32767, example="1"),
        Column("due_on", DATE, required=True, example="2023-04-26"),
        Column("done_on", DATE, example="2023-04-28"),
        Column("outcome", CHOICE, choices=FollowUpOutcome, example="going_well"),
        _text("note", FollowUp, example=""),
    ),
    FollowUp,
    key=("match_external_id", "sequence"),
    depends_on=("matches",),
)

NETWORKS = RecordType(
    "networks",
    _("Resident networks"),
    (
        _text("external_id", Network, required=True, example="NW-0001"),
        _text("name", Network, required=True, example="Koffie op dinsdag"),
        Column("team", TEAM, example=""),
        Column("buurt_code", BUURT, example="BU07721110"),
        _text("description", Network, example=""),
        Column("phase", CHOICE, choices=NetworkPhase, example="self_steering"),
        Column("self_steering_since", DATE, example="2024-01-01"),
        Column("started_on", DATE, required=True, example="2023-05-01"),
        Column("ended_on", DATE, example=""),
    ),
    Network,
)

NETWORK_MEMBERS = RecordType(
    "network_members",
    _("Network members"),
    (
        Column("network_external_id", REF, required=True, ref="networks", example="NW-0001"),
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("joined_on", DATE, required=True, example="2023-05-01"),
        Column("left_on", DATE, example="2023-12-31"),
    ),
    NetworkMembership,
    key=("network_external_id", "resident_external_id", "joined_on"),
    depends_on=("networks", "residents"),
)

ACTIVITIES = RecordType(
    "activities",
    _("Activities"),
    (
        _text("external_id", Activity, required=True, example="ACT-0001"),
        _text("title", Activity, required=True, example="Buurtmaaltijd"),
        Column("team", TEAM, example=""),
        Column("buurt_code", BUURT, example="BU07721110"),
        _text("description", Activity, example=""),
        Column("starts_on", DATE, required=True, example="2023-06-01"),
        Column("ends_on", DATE, example="2023-12-31"),
        Column("recurrence", CHOICE, choices=Recurrence, example="monthly"),
        Column("place_external_id", REF, ref="places", example="PL-0001"),
        Column("network_external_id", REF, ref="networks", example="NW-0001"),
        Column("organiser_external_id", REF, ref="residents", example="INW-0001"),
        Column("is_facilitated", BOOL, example="ja"),
        Column("participant_count", INT, min_value=0, max_value=1000000, example="24"),
        Column("participants", REFS, ref="residents", example="INW-0001"),
    ),
    Activity,
    depends_on=("places", "networks", "residents"),
)

LADDER_ASSESSMENTS = RecordType(
    "ladder_assessments",
    _("Participation ladder assessments"),
    (
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("assessed_on", DATE, required=True, example="2023-02-15"),
        Column("level", INT, required=True, min_value=1, max_value=6, example="2"),
        _text("note", LadderAssessment, example=""),
    ),
    LadderAssessment,
    key=("resident_external_id", "assessed_on"),
    depends_on=("residents",),
)

TRAINING_EDITIONS = RecordType(
    "training_editions",
    _("Training editions"),
    (
        _text("external_id", TrainingEdition, required=True, example="TR-0001"),
        Column("training_type", TRAINING_TYPE, required=True, example="kom-tot-bloei"),
        _text("name", TrainingEdition, required=True, example="Kom tot Bloei! Centrum voorjaar 2023"),
        Column("team", TEAM, example=""),
        Column("wijk_code", WIJK, example="WK077211"),
        Column("trainers", USERS, example="a.verbinder", example_role="connector"),
        _text("location", TrainingEdition, example="Buurthuis De Bloem"),
        Column("starts_on", DATE, required=True, example="2023-03-01"),
        Column("ends_on", DATE, required=True, example="2023-03-22"),
        Column("max_participants", INT, min_value=1, max_value=32767, example="12"),
        Column("finished_on", DATE, example="2023-03-29"),
        Column("cancelled_on", DATE, example=""),
        _text("notes", TrainingEdition, example=""),
    ),
    TrainingEdition,
)

TRAINING_MEETINGS = RecordType(
    "training_meetings",
    _("Training meetings"),
    (
        Column("edition_external_id", REF, required=True, ref="training_editions", example="TR-0001"),
        Column("number", INT, required=True, min_value=1, max_value=32767, example="1"),
        Column("held_on", DATE, required=True, example="2023-03-01"),
        Column("starts_at", TIME, example="10:00"),
        Column("kind", CHOICE, choices=SessionKind, example="place_visit"),
        _text("topic", TrainingSession, example="Kennismaken met de bibliotheek"),
        _text("location", TrainingSession, example=""),
        Column("place_external_id", REF, ref="places", example="PL-0001"),
    ),
    TrainingSession,
    key=("edition_external_id", "number"),
    depends_on=("training_editions", "places"),
    more_examples=tuple(
        {"number": str(n), "held_on": f"2023-03-{day:02d}", "kind": "", "topic": topic, "place_external_id": ""}
        for n, day, topic in ((2, 8, "Waar ben ik goed in?"), (3, 15, "Talenten delen"), (4, 22, "Mijn volgende stap"))
    ),
)

TRAINING_ENROLMENTS = RecordType(
    "training_enrolments",
    _("Training participants"),
    (
        _text("external_id", Enrolment, required=True, example="DL-0001"),
        Column("edition_external_id", REF, required=True, ref="training_editions", example="TR-0001"),
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("enrolled_on", DATE, required=True, example="2023-02-20"),
        Column("left_on", DATE, example=""),
        Column("left_reason", CHOICE, choices=EnrolmentEnd, example=""),
        Column("benefit_status", CHOICE, choices=BenefitStatus, example="participatiewet"),
        Column("benefit_purpose", CHOICE, choices=BenefitPurpose, example="municipal_reporting"),
        Column("benefit_recorded_on", DATE, example="2023-02-20"),
        Column("completed", BOOL, example="ja"),
    ),
    Enrolment,
    depends_on=("training_editions", "residents"),
)

TRAINING_ATTENDANCE = RecordType(
    "training_attendance",
    _("Training attendance"),
    (
        Column("enrolment_external_id", REF, required=True, ref="training_enrolments", example="DL-0001"),
        Column("meeting_number", INT, required=True, min_value=1, max_value=32767, example="1"),
        Column("status", CHOICE, required=True, choices=AttendanceStatus, example="present"),
    ),
    Attendance,
    key=("enrolment_external_id", "meeting_number"),
    depends_on=("training_enrolments", "training_meetings"),
)

TRAINING_EVALUATIONS = RecordType(
    "training_evaluations",
    _("Training evaluations"),
    (
        Column("enrolment_external_id", REF, required=True, ref="training_enrolments", example="DL-0001"),
        Column("filled_on", DATE, required=True, example="2023-03-22"),
        Column("score_overall", INT, required=True, min_value=1, max_value=5, example="5"),
        Column("score_talents", INT, required=True, min_value=1, max_value=5, example="4"),
        Column("score_confidence", INT, required=True, min_value=1, max_value=5, example="4"),
        Column("score_contacts", INT, required=True, min_value=1, max_value=5, example="3"),
        Column("score_next_step", INT, required=True, min_value=1, max_value=5, example="4"),
        _text("best", Evaluation, example="De groep"),
        _text("improve", Evaluation, example=""),
        _text("next_step", Evaluation, example="Vrijwilligerswerk in de bibliotheek"),
    ),
    Evaluation,
    key=("enrolment_external_id",),
    depends_on=("training_enrolments",),
)

TRAINING_OUTCOMES = RecordType(
    "training_outcomes",
    _("Training outcomes"),
    (
        Column("enrolment_external_id", REF, required=True, ref="training_enrolments", example="DL-0001"),
        Column("kind", CHOICE, required=True, choices=OutcomeKind, example="volunteer_work"),
        Column("started_on", DATE, required=True, example="2023-04-15"),
        Column("place_external_id", REF, ref="places", example="PL-0001"),
        _text("note", Outcome, example=""),
    ),
    Outcome,
    key=("enrolment_external_id", "kind", "started_on"),
    depends_on=("training_enrolments", "places"),
)

TRAINING_FOLLOW_UPS = RecordType(
    "training_follow_ups",
    _("One-year follow-ups"),
    (
        Column("enrolment_external_id", REF, required=True, ref="training_enrolments", example="DL-0001"),
        Column("due_on", DATE, example="2024-03-29"),
        Column("done_on", DATE, example="2024-04-02"),
        Column("reached", BOOL, example="ja"),
        Column("current_activity", CHOICE, choices=OutcomeKind, example="volunteer_work"),
        Column("still_in_contact", BOOL, example="ja"),
        Column("score_wellbeing", INT, min_value=1, max_value=5, example="4"),
        Column("ladder_level", INT, min_value=1, max_value=6, example="4"),
        _text("note", TrainingFollowUp, example=""),
    ),
    TrainingFollowUp,
    key=("enrolment_external_id",),
    depends_on=("training_enrolments", "ladder_assessments"),
)

OUTREACH_ROUNDS = RecordType(
    "outreach_rounds",
    _("Outreach rounds"),
    (
        _text("external_id", OutreachRound, required=True, example="OR-0001"),
        Column("kind", CHOICE, required=True, choices=RoundKind, example="floor_conversations"),
        Column("team", TEAM, example=""),
        Column("held_on", DATE, required=True, example="2023-04-12"),
        Column("last_day", DATE, example=""),
        Column("buurt_code", BUURT, required=True, example="BU07721110"),
        _text("street_or_building", OutreachRound, example="Flat De Toren"),
        Column("floors", INT, min_value=1, max_value=32767, example="5"),
        Column("homes_approached", INT, min_value=0, max_value=1000000, example="58"),
        Column("homes_reached", INT, min_value=0, max_value=1000000, example="25"),
        Column("conversations", INT, min_value=0, max_value=1000000, example="19"),
        Column("staff", USERS, example="a.verbinder", example_role="connector"),
        Column("wishes", WISHES, example="Moestuin: 3; Taalcafé"),
        _text("notes", OutreachRound, example=""),
    ),
    OutreachRound,
)

OUTREACH_SIGNUPS = RecordType(
    "outreach_signups",
    _("Sign-ups after outreach"),
    (
        Column("round_external_id", REF, required=True, ref="outreach_rounds", example="OR-0001"),
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("signed_up_on", DATE, required=True, example="2023-04-19"),
    ),
    RoundSignUp,
    key=("round_external_id", "resident_external_id"),
    depends_on=("outreach_rounds", "residents"),
)

NEIGHBOURHOOD_PLANS = RecordType(
    "neighbourhood_plans",
    _("Neighbourhood plans"),
    (
        _text("external_id", NeighbourhoodPlan, required=True, example="WP-0001"),
        Column("wijk_code", WIJK, required=True, example="WK077211"),
        Column("year", INT, required=True, min_value=2010, max_value=2100, example="2023"),
        Column("team", TEAM, example=""),
        _text("summary", NeighbourhoodPlan, example="Elkaar ontmoeten en samen de buurt groen maken"),
        Column("previous_plan_external_id", REF, ref="neighbourhood_plans", example=""),
        Column("adopted_on", DATE, example="2023-01-20"),
        Column("evaluated_on", DATE, example="2024-01-25"),
        _text("went_well", PlanEvaluation, example="Veel nieuwe gezichten bij de moestuin"),
        _text("went_badly", PlanEvaluation, example=""),
        _text("next_year_goals", PlanEvaluation, example="Een taalcafé in het buurthuis"),
    ),
    NeighbourhoodPlan,
)

PLAN_PRIORITIES = RecordType(
    "plan_priorities",
    _("Plan priorities"),
    (
        Column("plan_external_id", REF, required=True, ref="neighbourhood_plans", example="WP-0001"),
        Column("order", INT, required=True, min_value=1, max_value=32767, example="1"),
        _text("theme", Priority, required=True, example="Ontmoeting"),
        _text("why", Priority, example="Veel alleenstaande ouderen"),
        _text("success", Priority, example="Twee nieuwe ontmoetingsplekken"),
        Column("figures", CHOICES, choices=Figure, example="population;active_networks"),
    ),
    Priority,
    key=("plan_external_id", "order"),
    depends_on=("neighbourhood_plans",),
)

PLAN_PROGRESS = RecordType(
    "plan_progress",
    _("Plan progress"),
    (
        Column("plan_external_id", REF, required=True, ref="neighbourhood_plans", example="WP-0001"),
        Column("priority_order", INT, required=True, min_value=1, max_value=32767, example="1"),
        Column("noted_on", DATE, required=True, example="2023-06-30"),
        Column("status", CHOICE, required=True, choices=ProgressStatus, example="on_track"),
        _text("text", ProgressNote, required=True, example="De moestuin is geopend"),
    ),
    ProgressNote,
    key=("plan_external_id", "priority_order", "noted_on"),
    depends_on=("plan_priorities",),
)

PLAN_MEETINGS = RecordType(
    "plan_meetings",
    _("Plan meetings"),
    (
        Column("plan_external_id", REF, required=True, ref="neighbourhood_plans", example="WP-0001"),
        Column("held_on", DATE, required=True, example="2023-03-15"),
        Column("staff", USERS, example="a.verbinder", example_role="connector"),
        Column("residents", REFS, ref="residents", example="INW-0001"),
        Column("other_attendees", INT, min_value=0, max_value=1000000, example="12"),
        _text("notes", PlanMeeting, example="Bewonersavond in het buurthuis"),
    ),
    PlanMeeting,
    key=("plan_external_id", "held_on"),
    depends_on=("neighbourhood_plans", "residents"),
)

PLAN_LINKS = RecordType(
    "plan_links",
    _("Plan links"),
    (
        Column("plan_external_id", REF, required=True, ref="neighbourhood_plans", example="WP-0001"),
        Column("priority_order", INT, min_value=1, max_value=32767, example="1"),
        Column("activity_external_id", REF, ref="activities", example="ACT-0001"),
        Column("network_external_id", REF, ref="networks", example=""),
        Column("edition_external_id", REF, ref="training_editions", example=""),
    ),
    PlanLink,
    key=("plan_external_id", "activity_external_id", "network_external_id", "edition_external_id"),
    depends_on=("neighbourhood_plans", "plan_priorities", "activities", "networks", "training_editions"),
    more_examples=(
        {"priority_order": "", "activity_external_id": "", "network_external_id": "NW-0001"},
        {"priority_order": "", "activity_external_id": "", "edition_external_id": "TR-0001"},
    ),
)

TIME_RECORDS = RecordType(
    "time_records",
    _("Time records"),
    (
        Column("connector", USER, required=True, example="a.verbinder", example_role="connector"),
        Column("team", TEAM, example=""),
        Column("week", DATE, required=True, example="2023-04-10"),
        *(
            Column(name, DECIMAL, min_value=0, max_value=60, example=example)
            for name, example in (
                ("neighbourhood", "16"),
                ("internal_meetings", "4"),
                ("partner_meetings", "3"),
                ("trainings", "2"),
                ("administration", "5.5"),
            )
        ),
    ),
    TimeRecord,
    key=("connector", "team", "week"),
)

REFERRALS = RecordType(
    "referrals",
    _("Referrals"),
    (
        _text("external_id", Referral, required=True, example="VW-0001"),
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("team", TEAM, example=""),
        Column("referred_by", USER, required=True, example="g.generalist", example_role="generalist"),
        Column("to_connector", USER, example=""),
        _text("reason", Referral, required=True, example="Wil graag meer onder de mensen komen"),
        _text("wishes", Referral, required=True, example="Samen koken"),
        _text("practical_notes", Referral, example=""),
        Column("consent_given_on", DATE, example="2023-02-01"),
        Column("referred_on", DATE, required=True, example="2023-02-01"),
        Column("status", CHOICE, choices=ReferralStatus, example="accepted"),
        Column("decided_on", DATE, example="2023-02-03"),
        Column("taken_on_by", USER, example="a.verbinder", example_role="connector"),
        _text("return_reason", Referral, example=""),
    ),
    Referral,
    depends_on=("residents",),
)

BOUNDARY_DECISIONS = RecordType(
    "boundary_decisions",
    _("Boundary decisions"),
    (
        Column("resident_external_id", REF, required=True, ref="residents", example="INW-0001"),
        Column("decision", CHOICE, required=True, choices=BoundaryOutcome, example="continue"),
        Column("decided_on", DATE, required=True, example="2023-09-01"),
        Column("review_on", DATE, example="2023-12-01"),
        _text("next_step", BoundaryDecision, example="Samen naar de moestuin"),
        _text("reason", BoundaryDecision, required=True, example="Nog geen vaste plek gevonden"),
        Column("decided_by", USER, required=True, example="t.teamleider", example_role="team_lead"),
    ),
    BoundaryDecision,
    key=("resident_external_id", "decided_on"),
    depends_on=("residents",),
)

# Dependency order: a record type comes after the types it refers to.
RECORD_TYPES: dict[str, RecordType] = {
    t.code: t
    for t in (
        RESIDENTS,
        PLACES,
        OPENINGS,
        SIGNUPS,
        NETWORKS,
        NETWORK_MEMBERS,
        MATCHES,
        FOLLOW_UPS,
        ACTIVITIES,
        LADDER_ASSESSMENTS,
        TRAINING_EDITIONS,
        TRAINING_MEETINGS,
        TRAINING_ENROLMENTS,
        TRAINING_ATTENDANCE,
        TRAINING_EVALUATIONS,
        TRAINING_OUTCOMES,
        TRAINING_FOLLOW_UPS,
        OUTREACH_ROUNDS,
        OUTREACH_SIGNUPS,
        NEIGHBOURHOOD_PLANS,
        PLAN_PRIORITIES,
        PLAN_PROGRESS,
        PLAN_MEETINGS,
        PLAN_LINKS,
        TIME_RECORDS,
        REFERRALS,
        BOUNDARY_DECISIONS,
    )
}
ORDER = list(RECORD_TYPES)

# "Every record type" for a workbook with one sheet per type.
ALL = "all"


def record_type_choices() -> list[tuple[str, object]]:
    return [(t.code, t.label) for t in RECORD_TYPES.values()]
