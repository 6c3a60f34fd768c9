"""Validate every row of every sheet before anything is written.

Each row becomes a Plan: the cleaned values, the model fields to write, and references
to other rows (Plans) or existing records (model instances). All problems are collected
as Issues (sheet, row, column, translated message); the import writes only when there
are none. Checks mirror the model constraints, so the database never has to refuse a row.
"""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team, User
from bloei.community.choices import NetworkPhase, Recurrence
from bloei.community.models import Activity, Network
from bloei.core import access
from bloei.core.models import Language
from bloei.geo.models import Buurt, Neighbourhood
from bloei.matching.choices import MatchKind, MatchStatus, SignUpKind, SignUpStatus
from bloei.matching.models import Match, SignUp
from bloei.outreach.models import OutreachRound
from bloei.outreach.services import parse_wishes
from bloei.people.choices import Mobility
from bloei.people.models import LadderRung, Resident, Talent
from bloei.places.choices import OpeningKind
from bloei.places.models import Opening, Place
from bloei.plans.models import NeighbourhoodPlan
from bloei.referrals.models import Referral
from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType

from . import spec, values
from .community_checks import CommunityChecks
from .readers import Sheet
from .rows import Issue, Plan
from .values import CellError, normalise, quote
from .work_checks import WorkChecks

CHUNK = 500
SCAN_TEXT_COLUMNS = ("happy_with", "good_at", "wants_to_learn", "wants_to_do", "needs", "practical_limits")
SCAN_COLUMNS = ("talent_scan_on", "talents", "interests", *SCAN_TEXT_COLUMNS)


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Validator(CommunityChecks, WorkChecks):
    def __init__(self, *, by, sheets: list[Sheet]):
        self.by = by
        self.sheets = sheets
        self.team_ids = access.team_ids(by, Role.TEAM_LEAD)
        self.today = timezone.localdate()
        self.issues: list[Issue] = []
        self.plans: dict[str, list[Plan]] = {code: [] for code in spec.ORDER}
        self.index: dict[str, dict[object, Plan]] = {code: {} for code in spec.ORDER}
        self.existing: dict[str, dict[str, models.Model]] = {code: {} for code in spec.ORDER}
        self.visible: dict[str, set[int]] = {code: set() for code in spec.ORDER}

    # -- reporting ---------------------------------------------------------------------

    def error(self, plan: Plan | None, column: str, message: str, *, sheet: str = "", row: int | None = None) -> None:
        if plan is not None:
            plan.ok = False
            plan.bad.add(column)
            sheet, row = plan.sheet, plan.row
        self.issues.append(Issue(sheet=sheet, row=row, column=column, message=str(message)))

    # -- main --------------------------------------------------------------------------

    def run(self) -> list[Issue]:
        self._load_reference_data()
        for sheet in self.sheets:
            self._check_header(sheet)
            self._index_rows(sheet)
        self._load_existing()
        self.load_community_existing()
        self.load_work_existing()
        for code in spec.ORDER:
            for plan in self.plans[code]:
                self._parse(plan)
                getattr(self, f"check_{code}")(plan)
        self.check_community_totals()
        self.check_work_totals()
        return self.issues

    def _load_reference_data(self) -> None:
        codes = {
            values.buurt_code(row["buurt_code"])
            for sheet in self.sheets
            for _number, row in sheet.rows
            if not values.is_empty(row.get("buurt_code"))
        }
        self.buurten = {b.code.upper(): b for b in Buurt.objects.filter(code__in=codes)}
        self.neighbourhood_teams: dict[int, set[int]] = {}
        for neighbourhood_id, team_id in Team.neighbourhoods.through.objects.values_list("neighbourhood_id", "team_id"):
            self.neighbourhood_teams.setdefault(neighbourhood_id, set()).add(team_id)
        self.teams = list(Team.objects.all())
        self.talents: dict[str, Talent] = {}
        for talent in Talent.objects.all():
            for spelling in (talent.slug, talent.name_nl, talent.name_en):
                self.talents.setdefault(normalise(spelling), talent)
        self.languages: dict[str, Language] = {}
        for language in Language.objects.all():
            for spelling in (language.code, language.name_nl, language.name_en):
                self.languages.setdefault(normalise(spelling), language)
        wijk_codes = {
            values.wijk_code(row["wijk_code"])
            for sheet in self.sheets
            for _number, row in sheet.rows
            if not values.is_empty(row.get("wijk_code"))
        }
        self.wijken = {n.code.upper(): n for n in Neighbourhood.objects.filter(code__in=wijk_codes)}
        self._load_users()
        self.training_types: dict[str, TrainingType] = {}
        if any(s.record_type == "training_editions" for s in self.sheets):
            for training_type in TrainingType.objects.all():
                spellings = (training_type.slug, training_type.name_nl, training_type.name_en)
                for spelling in (*spellings, *(s.split(" (")[0] for s in spellings)):
                    self.training_types.setdefault(normalise(spelling), training_type)
        self.rungs: dict[int, LadderRung] = {}
        if any(s.record_type in ("ladder_assessments", "training_follow_ups") for s in self.sheets):
            self.rungs = {rung.level: rung for rung in LadderRung.objects.all()}

    def _load_users(self) -> None:
        """Staff named in user columns (trainers, staff, connectors), with their memberships then and now."""
        names = {
            normalise(name)
            for sheet in self.sheets
            for column in spec.RECORD_TYPES[sheet.record_type].columns
            if column.kind in (spec.USER, spec.USERS)
            for _number, row in sheet.rows
            if not values.is_empty(row.get(column.name))
            for name in values.split_list(row[column.name])
        }
        self.users: dict[str, User] = {}
        self.memberships: dict[int, list[Membership]] = {}
        if not names:
            return
        for chunk in _chunks(sorted(names)):
            for user in User.objects.annotate(name=Lower("username")).filter(name__in=chunk):
                self.users[normalise(user.username)] = user
        for membership in Membership.objects.filter(user__in=list(self.users.values()), team__isnull=False):
            self.memberships.setdefault(membership.user_id, []).append(membership)

    def was_member(self, user, team_id: int, roles, first: date | None = None, last: date | None = None) -> bool:
        """`user` held one of `roles` in the team on a day from `first` to `last` (any day when not given)."""
        for membership in self.memberships.get(user.pk, ()):
            if membership.team_id != team_id or membership.role not in roles:
                continue
            if last is not None and membership.started_on > last:
                continue
            if first is not None and membership.ended_on is not None and membership.ended_on <= first:
                continue
            return True
        return False

    def _check_header(self, sheet: Sheet) -> None:
        record_type = spec.RECORD_TYPES[sheet.record_type]
        known = set(record_type.column_names)
        seen: set[str] = set()
        for name in sheet.header:
            if not name:
                continue
            if name in seen:
                self.error(None, name, _("This column appears twice."), sheet=sheet.name, row=1)
            seen.add(name)
            if name not in known:
                self.error(
                    None,
                    name,
                    _("Unknown column for %(type)s. See the documented columns.") % {"type": record_type.code},
                    sheet=sheet.name,
                    row=1,
                )
        for name in record_type.required_columns:
            if name not in seen:
                self.error(None, name, _("This required column is missing."), sheet=sheet.name, row=1)
        for number, letter in sheet.stray_cells:
            self.error(
                None,
                letter,
                _("This cell has a value but its column has no name in row 1."),
                sheet=sheet.name,
                row=number,
            )

    def _index_rows(self, sheet: Sheet) -> None:
        code = sheet.record_type
        for number, row in sheet.rows:
            plan = Plan(record_type=code, sheet=sheet.name, row=number, key=None, values=row)
            self.plans[code].append(plan)
            if "external_id" not in spec.RECORD_TYPES[code].column_names:
                continue
            external_id = values.as_text(row["external_id"]) if not values.is_empty(row.get("external_id")) else ""
            plan.key = external_id
            if not external_id:
                continue  # reported as a missing required value
            if external_id in self.index[code]:
                first = self.index[code][external_id]
                self.error(plan, "external_id", _("This external id is also used in row %(row)s.") % {"row": first.row})
                continue
            self.index[code][external_id] = plan

    def _load_existing(self) -> None:
        """Fetch the existing records every external id in the upload could mean, in bulk."""
        wanted: dict[str, set[str]] = {code: set(self.index[code]) for code in spec.ORDER}
        for sheet in self.sheets:
            for column in spec.RECORD_TYPES[sheet.record_type].columns:
                if column.kind not in (spec.REF, spec.REFS):
                    continue
                for _number, row in sheet.rows:
                    raw = row.get(column.name)
                    if values.is_empty(raw):
                        continue
                    ids = values.split_list(raw) if column.kind == spec.REFS else [values.as_text(raw)]
                    wanted[column.ref].update(i for i in ids if i not in self.index[column.ref])
        querysets = {
            "residents": Resident.objects.all(),
            "places": Place.objects.select_related("buurt"),
            "openings": Opening.objects.select_related("place__buurt"),
            "signups": SignUp.objects.all(),
            "networks": Network.objects.select_related("buurt"),
            "matches": Match.objects.all(),
            "activities": Activity.objects.select_related("buurt"),
            "training_editions": TrainingEdition.objects.all(),
            "training_enrolments": Enrolment.objects.select_related("edition"),
            "outreach_rounds": OutreachRound.objects.all(),
            "neighbourhood_plans": NeighbourhoodPlan.objects.all(),
            "referrals": Referral.objects.select_related("consent"),
        }
        visible = {
            "residents": Resident.objects.visible_to(self.by),
            "signups": SignUp.objects.visible_to(self.by),
            "training_enrolments": Enrolment.objects.visible_to(self.by),
        }
        for code, queryset in querysets.items():
            ids = sorted(wanted[code])
            for chunk in _chunks(ids):
                for obj in queryset.filter(external_id__in=chunk):
                    self.existing[code][obj.external_id] = obj
                if code in visible:
                    self.visible[code].update(visible[code].filter(external_id__in=chunk).values_list("pk", flat=True))

    # -- cells -------------------------------------------------------------------------

    def _parse(self, plan: Plan) -> None:
        record_type = spec.RECORD_TYPES[plan.record_type]
        raw_values = plan.values
        cleaned: dict[str, object] = {}
        for column in record_type.columns:
            raw = raw_values.get(column.name)
            if isinstance(raw, str) and raw.strip() in values.EXCEL_ERRORS:
                self.error(plan, column.name, _("The cell holds a formula error instead of a value."))
                cleaned[column.name] = [] if column.kind in LIST_KINDS else None
                continue
            empty = [] if column.kind in LIST_KINDS else None
            if values.is_empty(raw):
                if column.required and column.name in self._header_of(plan):
                    self.error(plan, column.name, REQUIRED_MESSAGES.get(column.name) or _("Fill in this column."))
                cleaned[column.name] = empty
                continue
            try:
                cleaned[column.name] = self._parse_cell(column, raw)
            except CellError as exc:
                self.error(plan, column.name, exc.message)
                cleaned[column.name] = empty
        plan.values = cleaned

    def _header_of(self, plan: Plan) -> set[str]:
        if not hasattr(self, "_headers"):
            self._headers = {s.name: set(s.header) for s in self.sheets}
        return self._headers[plan.sheet]

    def _parse_cell(self, column: spec.Column, raw):
        kind = column.kind
        if kind == spec.TEXT:
            return values.check_text(values.as_text(raw), column)
        if kind == spec.DATE:
            return values.parse_date(raw)
        if kind == spec.INT:
            return values.parse_int(raw, column)
        if kind == spec.DECIMAL:
            return values.parse_decimal(raw, column)
        if kind == spec.BOOL:
            return values.parse_bool(raw)
        if kind == spec.CHOICE:
            return values.parse_choice(raw, column.choices)
        if kind == spec.CHOICES:
            return values.parse_choices(raw, column.choices)
        if kind == spec.TALENTS:
            return values.parse_from_lookup(
                raw, self.talents, _("Unknown talent %(values)s. Use the code or the Dutch or English name.")
            )
        if kind == spec.LANGUAGES:
            return values.parse_from_lookup(
                raw, self.languages, _("Unknown language %(values)s. Use the ISO code (nl, en, ar).")
            )
        if kind == spec.BUURT:
            code = values.buurt_code(raw)
            buurt = self.buurten.get(code)
            if buurt is None:
                raise CellError(_("Unknown CBS buurt code %(code)s.") % {"code": quote(code)})
            return buurt
        if kind == spec.TEAM:
            wanted = normalise(values.as_text(raw))
            team = next((t for t in self.teams if wanted in (normalise(t.slug), normalise(t.name))), None)
            if team is None or team.pk not in self.team_ids:
                raise CellError(_("Not one of the teams you lead."))
            return team
        if kind == spec.REF:
            return values.as_text(raw)
        if kind == spec.REFS:
            return values.split_list(raw)
        if kind == spec.TIME:
            return values.parse_time(raw)
        if kind == spec.WIJK:
            code = values.wijk_code(raw)
            wijk = self.wijken.get(code)
            if wijk is None:
                raise CellError(_("Unknown CBS wijk code %(code)s.") % {"code": quote(code)})
            return wijk
        if kind == spec.USERS:
            return values.parse_from_lookup(raw, self.users, _("Unknown user name %(values)s."))
        if kind == spec.USER:
            user = self.users.get(normalise(values.as_text(raw)))
            if user is None:
                raise CellError(_("Unknown user name %(values)s.") % {"values": quote(values.as_text(raw))})
            return user
        if kind == spec.WISHES:
            try:
                return parse_wishes(values.as_text(raw))
            except ValidationError as exc:
                raise CellError(" ".join(exc.messages)) from None
        if kind == spec.TRAINING_TYPE:
            training_type = self.training_types.get(normalise(values.as_text(raw)))
            if training_type is None:
                raise CellError(
                    _("Unknown training %(value)s. Use the code or the Dutch or English name of a training type.")
                    % {"value": quote(values.as_text(raw))}
                )
            return training_type
        raise AssertionError(kind)

    # -- references and scope ----------------------------------------------------------

    def ref(self, plan: Plan, column: str, *, external_id: str | None = None):
        """The row of this upload or the existing record an external id points to; None if unknown."""
        record_type = spec.RECORD_TYPES[plan.record_type].column(column).ref
        external_id = plan.values.get(column) if external_id is None else external_id
        if not external_id:
            return None
        target = self.index[record_type].get(external_id)
        if target is not None:
            return target
        obj = self.existing[record_type].get(external_id)
        if obj is not None and self._may_refer(record_type, obj):
            return obj
        self.error(
            plan,
            column,
            _("No %(what)s with external id %(id)s in this upload or among the records you may see.")
            % {"what": REF_NOUNS[record_type], "id": quote(external_id)},
        )
        return None

    def _may_refer(self, record_type: str, obj) -> bool:
        if record_type in ("residents", "signups"):
            return obj.pk in self.visible[record_type]
        if record_type in ("places", "openings"):
            return access.can(self.by, "places.view")
        if record_type == "training_enrolments":
            return obj.pk in self.visible[record_type] and self._writable(record_type, obj)
        return self._writable(record_type, obj)

    def buurt_team_ids(self, buurt: Buurt | None) -> set[int]:
        if buurt is None:
            return set()
        return self.neighbourhood_teams.get(buurt.neighbourhood_id, set()) & self.team_ids

    def _writable(self, record_type: str, obj) -> bool:
        if record_type == "places":
            return bool(self.buurt_team_ids(obj.buurt))
        if record_type == "openings":
            return bool(self.buurt_team_ids(obj.place.buurt))
        if record_type == "training_enrolments":
            return obj.edition.team_id in self.team_ids
        return obj.team_id in self.team_ids

    def _existing(self, plan: Plan):
        """The record this row updates (same external id), if it exists and is the importer's to change."""
        obj = self.existing[plan.record_type].get(plan.key) if plan.key else None
        if obj is not None and not self._writable(plan.record_type, obj):
            self.error(plan, "external_id", _("This external id is already used by a record outside your teams."))
            return None
        plan.existing = obj
        return obj

    def _team_from_buurt(self, plan: Plan, buurt: Buurt | None) -> int | None:
        if buurt is None:
            return None
        teams = self.buurt_team_ids(buurt)
        if not teams:
            self.error(
                plan,
                "buurt_code",
                _("Buurt %(code)s is outside the area of the teams you lead.") % {"code": quote(buurt.code)},
            )
            return None
        return min(teams)

    def _team(self, plan: Plan, *, fallback: int | None = None) -> int | None:
        """Team of a network, activity or match: the team column, else `fallback`, else the importer's only team."""
        team = plan.values.get("team")
        if team is not None:
            return team.pk
        if fallback is not None:
            return fallback
        if len(self.team_ids) == 1:
            return next(iter(self.team_ids))
        self.error(plan, "team", _("Fill in the team: you lead more than one team."))
        return None

    def _order(self, plan: Plan, earlier: str, later: str, message: str) -> None:
        first, second = plan.values.get(earlier), plan.values.get(later)
        if isinstance(first, date) and isinstance(second, date) and second < first:
            self.error(plan, later, message)

    @staticmethod
    def team_of(target) -> int | None:
        return target.team_id if target is not None else None

    # -- record types ------------------------------------------------------------------

    def check_residents(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        team_id = self._team_from_buurt(plan, v["buurt_code"])
        if v["birth_date"] and v["birth_date"] > self.today:
            self.error(plan, "birth_date", _("The date of birth lies in the future."))
        if v["birth_date"] and v["birth_year"] and v["birth_date"].year != v["birth_year"]:
            self.error(plan, "birth_year", _("The year of birth does not match the date of birth."))
        registered_on = v["registered_on"] or v["consent_given_on"]
        if registered_on and v["closed_on"] and v["closed_on"] < registered_on:
            self.error(plan, "closed_on", _("The file cannot be closed before the resident was registered."))
        self._order(
            plan, "consent_given_on", "consent_withdrawn_on", _("Consent cannot be withdrawn before it was given.")
        )
        scan_given = any(v[c] for c in SCAN_COLUMNS if c != "talent_scan_on")
        if scan_given and not v["talent_scan_on"]:
            self.error(
                plan, "talent_scan_on", _("Fill in the date of the talent scan: this row has talent scan answers.")
            )
        referred_by = self.ref(plan, "referred_by_external_id")
        if referred_by is not None and referred_by is plan:
            self.error(plan, "referred_by_external_id", _("A resident cannot have been referred by themselves."))
        plan.fields = {
            "first_name": v["first_name"] or "",
            "last_name": v["last_name"] or "",
            "email": v["email"] or "",
            "phone": v["phone"] or "",
            "street": v["street"] or "",
            "house_number": v["house_number"] or "",
            "postcode": v["postcode"] or "",
            "city": v["city"] or "",
            "buurt": v["buurt_code"],
            "team_id": team_id,
            "birth_date": v["birth_date"],
            "birth_year": v["birth_year"],
            "mobility": v["mobility"] or Mobility.NEIGHBOURHOOD,
            "walking_distance_m": v["walking_distance_m"],
            "availability": v["availability"],
            "referral_source": v["referral_source"] or "",
            "is_key_figure": bool(v["is_key_figure"]),
            "is_ambassador": bool(v["is_ambassador"]),
            "registered_on": registered_on,
            "closed_on": v["closed_on"],
        }
        plan.m2m = {"languages": v["languages"]}
        plan.extra = {
            "referred_by": referred_by,
            "consents": [
                {
                    "purpose": purpose,
                    "lawful_basis": v["lawful_basis"],
                    "given_on": v["consent_given_on"],
                    "withdrawn_on": v["consent_withdrawn_on"],
                }
                for purpose in v["consent_purpose"]
            ],
            "scan": {
                "conducted_on": v["talent_scan_on"],
                "talents": v["talents"],
                "interests": v["interests"],
                **{c: v[c] or "" for c in SCAN_TEXT_COLUMNS},
            }
            if v["talent_scan_on"]
            else None,
        }

    def check_signups(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        resident = self.ref(plan, "resident_external_id")
        team_id = self.team_of(resident)
        if resident is not None and team_id is not None and team_id not in self.team_ids:
            self.error(plan, "resident_external_id", _("This resident belongs to a team you do not lead."))
        status = v["status"] or SignUpStatus.OPEN
        if status == SignUpStatus.OPEN and v["closed_on"]:
            self.error(plan, "closed_on", _("An open sign-up has no closed date. Choose status matched or withdrawn."))
        if status != SignUpStatus.OPEN and self._missing(plan, "closed_on"):
            self.error(plan, "closed_on", _("Fill in the date the sign-up was closed (matched or withdrawn)."))
        self._order(plan, "opened_on", "closed_on", _("A sign-up cannot be closed before it was opened."))
        plan.fields = {
            "resident": resident,
            "team_id": team_id,
            "kind": v["kind"],
            "title": v["title"] or "",
            "description": v["description"] or "",
            "status": status,
            "opened_on": v["opened_on"],
            "closed_on": v["closed_on"],
        }
        plan.m2m = {"talents": v["talents"]}

    @staticmethod
    def _missing(plan: Plan, column: str) -> bool:
        """Empty, and not because the value could not be read (that is reported already)."""
        return not plan.values.get(column) and column not in plan.bad

    def check_places(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        self._team_from_buurt(plan, v["buurt_code"])
        self._order(plan, "added_on", "removed_on", _("A place cannot be removed before it was added."))
        plan.fields = {
            "name": v["name"] or "",
            "kind": v["kind"],
            "description": v["description"] or "",
            "street": v["street"] or "",
            "house_number": v["house_number"] or "",
            "postcode": v["postcode"] or "",
            "buurt": v["buurt_code"],
            "lat": v["lat"],
            "lon": v["lon"],
            "contact_name": v["contact_name"] or "",
            "contact_email": v["contact_email"] or "",
            "contact_phone": v["contact_phone"] or "",
            "website": v["website"] or "",
            "wheelchair_accessible": bool(v["wheelchair_accessible"]),
            "accessible_toilet": bool(v["accessible_toilet"]),
            "hearing_loop": bool(v["hearing_loop"]),
            "accessibility_notes": v["accessibility_notes"] or "",
            "opening_hours": v["opening_hours"] or "",
            "added_on": v["added_on"],
            "removed_on": v["removed_on"],
            "last_verified_on": v["last_verified_on"],
        }
        plan.m2m = {"languages": v["languages"]}

    def check_openings(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        place = self.ref(plan, "place_external_id")
        if isinstance(place, Place) and not self._writable("places", place):
            self.error(plan, "place_external_id", _("This place lies outside the area of the teams you lead."))
        self._order(plan, "opened_on", "closed_on", _("An opening cannot close before it opened."))
        plan.fields = {
            "place": place,
            "title": v["title"] or "",
            "kind": v["kind"] or OpeningKind.VOLUNTEER,
            "description": v["description"] or "",
            "capacity": 1 if v["capacity"] is None else v["capacity"],
            "availability": v["availability"],
            "opened_on": v["opened_on"],
            "closed_on": v["closed_on"],
        }
        plan.m2m = {"talents": v["talents"]}

    def check_networks(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        buurt_team = self._team_from_buurt(plan, v["buurt_code"])
        team_id = self._team(plan, fallback=buurt_team)
        phase = v["phase"] or (NetworkPhase.SELF_STEERING if v["self_steering_since"] else NetworkPhase.FACILITATED)
        if phase == NetworkPhase.SELF_STEERING and self._missing(plan, "self_steering_since"):
            self.error(plan, "self_steering_since", _("Fill in since when the network steers itself."))
        if phase == NetworkPhase.FACILITATED and v["self_steering_since"]:
            self.error(plan, "self_steering_since", _("A facilitated network has no self-steering date."))
        self._order(plan, "started_on", "ended_on", _("A network cannot end before it started."))
        plan.fields = {
            "team_id": team_id,
            "buurt": v["buurt_code"],
            "name": v["name"] or "",
            "description": v["description"] or "",
            "phase": phase,
            "self_steering_since": v["self_steering_since"],
            "started_on": v["started_on"],
            "ended_on": v["ended_on"],
        }

    def check_network_members(self, plan: Plan) -> None:
        v = plan.values
        network = self.ref(plan, "network_external_id")
        resident = self.ref(plan, "resident_external_id")
        self._order(plan, "joined_on", "left_on", _("A member cannot leave before joining."))
        key = (v["network_external_id"], v["resident_external_id"], v["joined_on"])
        if all(key):
            first = self.index["network_members"].get(key)
            if first is not None:
                self.error(plan, "joined_on", _("The same membership is also in row %(row)s.") % {"row": first.row})
            else:
                self.index["network_members"][key] = plan
        plan.key = key
        plan.fields = {"network": network, "resident": resident, "joined_on": v["joined_on"], "left_on": v["left_on"]}

    def check_matches(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        kind = v["kind"]
        parties = {
            "resident_a_external_id": self.ref(plan, "resident_a_external_id"),
            "resident_b_external_id": self.ref(plan, "resident_b_external_id"),
            "opening_external_id": self.ref(plan, "opening_external_id"),
            "place_a_external_id": self.ref(plan, "place_a_external_id"),
            "place_b_external_id": self.ref(plan, "place_b_external_id"),
        }
        needed = {
            MatchKind.RESIDENT_RESIDENT: {"resident_a_external_id", "resident_b_external_id"},
            MatchKind.RESIDENT_PLACE: {"resident_a_external_id", "opening_external_id"},
            MatchKind.PLACE_PLACE: {"place_a_external_id", "place_b_external_id"},
        }
        allowed = {
            MatchKind.RESIDENT_RESIDENT: {"resident_a_external_id", "resident_b_external_id"},
            MatchKind.RESIDENT_PLACE: {"resident_a_external_id", "opening_external_id", "place_a_external_id"},
            MatchKind.PLACE_PLACE: {"place_a_external_id", "place_b_external_id"},
        }
        if kind:
            label = str(MatchKind(kind).label)
            for column in parties:
                given = bool(v[column])
                if column in needed[kind] and not given:
                    self.error(plan, column, _("Fill in this column for a match of kind %(kind)s.") % {"kind": label})
                elif given and column not in allowed[kind]:
                    self.error(
                        plan, column, _("Leave this column empty for a match of kind %(kind)s.") % {"kind": label}
                    )
        ra, rb = parties["resident_a_external_id"], parties["resident_b_external_id"]
        pa, pb = parties["place_a_external_id"], parties["place_b_external_id"]
        opening = parties["opening_external_id"]
        if ra is not None and ra == rb:
            self.error(plan, "resident_b_external_id", _("A match needs two different residents."))
        if pa is not None and pa == pb:
            self.error(plan, "place_b_external_id", _("A match needs two different places."))
        if kind == MatchKind.RESIDENT_PLACE and opening is not None:
            opening_place = opening.fields.get("place") if isinstance(opening, Plan) else opening.place
            if pa is not None and opening_place is not None and pa != opening_place:
                self.error(plan, "place_a_external_id", _("The place must be the place of the opening."))
            pa = opening_place
        request, offer = self.ref(plan, "request_external_id"), self.ref(plan, "offer_external_id")
        for column, signup, wanted in (
            ("request_external_id", request, SignUpKind.REQUEST),
            ("offer_external_id", offer, SignUpKind.OFFER),
        ):
            signup_kind = signup.fields.get("kind") if isinstance(signup, Plan) else getattr(signup, "kind", None)
            if signup is not None and signup_kind and signup_kind != wanted:
                self.error(
                    plan, column, _("This sign-up is not a %(kind)s.") % {"kind": str(SignUpKind(wanted).label).lower()}
                )
        # Team: the team column, else the first resident's team, else a team of the first place's buurt.
        fallback = None
        if isinstance(ra, Plan) and not ra.ok:
            pass  # the resident's own row is wrong; that is reported there
        elif ra is not None:
            fallback = self.team_of(ra)
            if fallback is not None and fallback not in self.team_ids and v["team"] is None:
                self.error(plan, "resident_a_external_id", _("This resident belongs to a team you do not lead."))
                fallback = None
        elif pa is not None:
            buurt = pa.fields.get("buurt") if isinstance(pa, Plan) else pa.buurt
            teams = self.buurt_team_ids(buurt)
            fallback = min(teams) if teams else None
        team_id = self._team(plan, fallback=fallback)
        status = self._match_status(plan)
        plan.fields = {
            "kind": kind,
            "team_id": team_id,
            "resident_a": ra,
            "resident_b": rb,
            "opening": opening,
            "place_a": pa,
            "place_b": pb,
            "request": request,
            "offer": offer,
            "description": v["description"] or "",
            "status": status,
            "proposed_on": v["proposed_on"],
            "introduced_on": v["introduced_on"],
            "started_on": v["started_on"],
            "ended_on": v["ended_on"],
            "end_reason": v["end_reason"] or "",
            "end_note": v["end_note"] or "",
        }

    def _match_status(self, plan: Plan) -> str:
        """The status, checked against the dates (or derived from them when the status column is empty)."""
        v = plan.values
        dates = ("proposed_on", "introduced_on", "started_on", "ended_on")
        derived = (
            MatchStatus.ENDED
            if v["ended_on"]
            else MatchStatus.ACTIVE
            if v["started_on"]
            else MatchStatus.INTRODUCED
            if v["introduced_on"]
            else MatchStatus.PROPOSED
        )
        status = v["status"] or derived
        label = str(MatchStatus(status).label)
        later = {
            MatchStatus.PROPOSED: ("introduced_on", "started_on", "ended_on"),
            MatchStatus.INTRODUCED: ("started_on", "ended_on"),
            MatchStatus.ACTIVE: ("ended_on",),
            MatchStatus.ENDED: (),
        }[status]
        required = {
            MatchStatus.PROPOSED: None,
            MatchStatus.INTRODUCED: "introduced_on",
            MatchStatus.ACTIVE: "started_on",
            MatchStatus.ENDED: "ended_on",
        }[status]
        if required and self._missing(plan, required):
            self.error(plan, required, _("Fill in this date for a match with status %(status)s.") % {"status": label})
        for column in later:
            if v[column]:
                self.error(plan, column, _("A match with status %(status)s has no date here.") % {"status": label})
        for index, earlier in enumerate(dates):
            for later_column in dates[index + 1 :]:
                first, second = v[earlier], v[later_column]
                if isinstance(first, date) and isinstance(second, date) and second < first:
                    self.error(
                        plan,
                        later_column,
                        _("This date lies before %(column)s.") % {"column": earlier},
                    )
        if status == MatchStatus.ENDED and self._missing(plan, "end_reason"):
            self.error(plan, "end_reason", _("Fill in why the match ended."))
        if status != MatchStatus.ENDED:
            for column in ("end_reason", "end_note"):
                if v[column]:
                    self.error(plan, column, _("Only an ended match has a reason or note for ending."))
        return status

    def check_follow_ups(self, plan: Plan) -> None:
        v = plan.values
        match = self.ref(plan, "match_external_id")
        if v["done_on"] and self._missing(plan, "outcome"):
            self.error(plan, "outcome", _("Fill in the outcome of a follow-up that was done."))
        if v["outcome"] and self._missing(plan, "done_on"):
            self.error(plan, "done_on", _("Fill in the date the follow-up was done."))
        key = (v["match_external_id"], v["sequence"])
        if all(k is not None for k in key) and v["match_external_id"]:
            first = self.index["follow_ups"].get(key)
            if first is not None:
                self.error(
                    plan, "sequence", _("This follow-up number is also used in row %(row)s.") % {"row": first.row}
                )
            else:
                self.index["follow_ups"][key] = plan
        plan.key = key
        plan.fields = {
            "match": match,
            "sequence": v["sequence"],
            "due_on": v["due_on"],
            "done_on": v["done_on"],
            "outcome": v["outcome"] or "",
            "note": v["note"] or "",
        }

    def check_activities(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        buurt_team = self._team_from_buurt(plan, v["buurt_code"])
        team_id = self._team(plan, fallback=buurt_team)
        self._order(plan, "starts_on", "ends_on", _("An activity cannot end before it starts."))
        place = self.ref(plan, "place_external_id")
        network = self.ref(plan, "network_external_id")
        organiser = self.ref(plan, "organiser_external_id")
        participants = []
        for external_id in v["participants"]:
            resident = self.ref(plan, "participants", external_id=external_id)
            if resident is not None and resident not in participants:
                participants.append(resident)
        plan.fields = {
            "team_id": team_id,
            "buurt": v["buurt_code"],
            "title": v["title"] or "",
            "description": v["description"] or "",
            "starts_on": v["starts_on"],
            "ends_on": v["ends_on"],
            "recurrence": v["recurrence"] or Recurrence.ONCE,
            "place": place,
            "network": network,
            "organiser": organiser,
            "is_facilitated": True if v["is_facilitated"] is None else v["is_facilitated"],
            "participant_count": v["participant_count"],
        }
        plan.m2m = {"participants": participants}


REF_NOUNS = {
    "residents": gettext_lazy("resident"),
    "places": gettext_lazy("development place"),
    "openings": gettext_lazy("opening"),
    "signups": gettext_lazy("sign-up"),
    "networks": gettext_lazy("network"),
    "activities": gettext_lazy("activity"),
    "matches": gettext_lazy("match"),
    "training_editions": gettext_lazy("training edition"),
    "training_enrolments": gettext_lazy("training participant"),
    "outreach_rounds": gettext_lazy("outreach round"),
    "neighbourhood_plans": gettext_lazy("neighbourhood plan"),
}
LIST_KINDS = (spec.CHOICES, spec.TALENTS, spec.LANGUAGES, spec.REFS, spec.USERS)
REQUIRED_MESSAGES = {
    "lawful_basis": gettext_lazy("A resident can only be imported with a recorded lawful basis."),
}
