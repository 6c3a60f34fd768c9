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
from bloei.people.choices import ConsentPurpose, DayPart, LawfulBasis, Mobility, ReferralSource
from bloei.people.models import Resident, TalentScan
from bloei.places.choices import OpeningKind, PlaceKind
from bloei.places.models import Opening, Place

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

# Dependency order: a record type comes after the types it refers to.
RECORD_TYPES: dict[str, RecordType] = {
    t.code: t
    for t in (RESIDENTS, PLACES, OPENINGS, SIGNUPS, NETWORKS, NETWORK_MEMBERS, MATCHES, FOLLOW_UPS, ACTIVITIES)
}
ORDER = list(RECORD_TYPES)

# "Every record type" for a workbook with one sheet per type.
ALL = "all"


def record_type_choices() -> list[tuple[str, object]]:
    return [(t.code, t.label) for t in RECORD_TYPES.values()]
