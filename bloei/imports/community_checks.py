"""Checks for the community-work record types: participation ladder and trainings.

A mixin of bloei.imports.validate.Validator; it uses the validator's reporting (`error`),
references (`ref`), scope (`team_ids`, `_existing`) and parsed rows. The rules are those of
the models' constraints and of the apps' services (bloei.trainings.services,
bloei.people.services), so the database never has to refuse a row. Where a service refuses
a past date (finishing, enrolling in a finished edition), the import accepts it: it brings
history along.
"""

from collections import defaultdict
from datetime import date, timedelta

from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.core import access
from bloei.geo.models import Neighbourhood
from bloei.trainings.choices import SessionKind
from bloei.trainings.models import Enrolment, TrainingSession
from bloei.trainings.services import follow_up_days

from .rows import Plan, field_of
from .values import quote

SCORES = ("score_overall", "score_talents", "score_confidence", "score_contacts", "score_next_step")
REACHED_ANSWERS = ("current_activity", "still_in_contact", "score_wellbeing", "ladder_level")
FOLLOW_UP_ANSWERS = ("reached", *REACHED_ANSWERS, "note")
MAX_MEETINGS = 60


def _pk(target) -> int | None:
    """The id of a record, or of the record a row of this upload updates."""
    if isinstance(target, Plan):
        return target.existing.pk if target.existing is not None else None
    return target.pk if target is not None else None


def _token(edition):
    """Identifies an edition whether it is a row of the upload or a record (same external id, same edition)."""
    if isinstance(edition, Plan):
        return edition.key
    if edition is None:
        return None
    return edition.external_id or ("pk", edition.pk)


def _edition_of(enrolment):
    """The edition (row of this upload or record) of an enrolment (row or record)."""
    if isinstance(enrolment, Plan):
        return enrolment.fields.get("edition")
    return enrolment.edition if enrolment is not None else None


class CommunityChecks:
    """check_<record type> for the participation ladder and trainings, and checks across rows."""

    # -- existing records these types need besides those found by external id -------------

    def load_community_existing(self) -> None:
        """Meetings and participants of the editions in Bloei that the upload touches, in bulk."""
        self.db_sessions: dict[int, dict[int, TrainingSession]] = defaultdict(dict)
        self.db_enrolments: dict[int, list[Enrolment]] = defaultdict(list)
        self.enrolled_in_file: dict[tuple, Plan] = {}
        edition_ids = {e.pk for e in self.existing["training_editions"].values()}
        edition_ids |= {e.edition_id for e in self.existing["training_enrolments"].values()}
        if not edition_ids:
            return
        for session in TrainingSession.objects.filter(edition_id__in=edition_ids).order_by("number"):
            self.db_sessions[session.edition_id][session.number] = session
        if self.plans["training_enrolments"]:
            for enrolment in Enrolment.objects.filter(edition_id__in=edition_ids).only(
                "pk", "edition_id", "resident_id", "left_on"
            ):
                self.db_enrolments[enrolment.edition_id].append(enrolment)

    # -- helpers ---------------------------------------------------------------------------

    def _team_from_wijk(self, plan: Plan, wijk: Neighbourhood | None) -> int | None:
        if wijk is None:
            return None
        teams = self.neighbourhood_teams.get(wijk.pk, set()) & self.team_ids
        if not teams:
            self.error(
                plan,
                "wijk_code",
                _("Wijk %(code)s is outside the area of the teams you lead.") % {"code": quote(wijk.code)},
            )
            return None
        return min(teams)

    def _resident_in_teams(self, plan: Plan, column: str, resident) -> None:
        """A resident of the importer's teams (one merely assigned to the importer is not enough)."""
        if resident is not None and not isinstance(resident, Plan) and resident.team_id not in self.team_ids:
            self.error(plan, column, _("This resident belongs to a team you do not lead."))

    def _unique_in_file(self, plan: Plan, key: tuple, column: str, message: str) -> None:
        """Rows identified by a key instead of an external id: each key once per upload."""
        plan.key = key
        if any(part in (None, "") for part in key):
            return
        first = self.index[plan.record_type].get(key)
        if first is not None:
            self.error(plan, column, message % {"row": first.row})
        else:
            self.index[plan.record_type][key] = plan

    def _not_in_future(self, plan: Plan, column: str) -> None:
        value = plan.values.get(column)
        if isinstance(value, date) and value > self.today:
            self.error(plan, column, _("The date cannot be in the future."))

    def _not_before(self, plan: Plan, column: str, earliest, message: str) -> None:
        value = plan.values.get(column)
        if isinstance(value, date) and isinstance(earliest, date) and value < earliest:
            self.error(plan, column, message)

    def _place_active(self, plan: Plan, column: str, place, on) -> None:
        removed_on = field_of(place, "removed_on")
        if isinstance(removed_on, date) and isinstance(on, date) and removed_on <= on:
            self.error(plan, column, _("This place was no longer active on that date."))

    def _not_cancelled(self, plan: Plan, edition) -> None:
        if field_of(edition, "cancelled_on"):
            self.error(plan, "enrolment_external_id", _("This edition has been cancelled."))

    def _rung(self, plan: Plan, column: str):
        level = plan.values.get(column)
        if level is None:
            return None
        rung = self.rungs.get(level)
        if rung is None:
            message = _("The participation ladder has no rung %(level)s in the reference data.")
            self.error(plan, column, message % {"level": level})
        return rung

    # -- participation ladder --------------------------------------------------------------

    def check_ladder_assessments(self, plan: Plan) -> None:
        v = plan.values
        resident = self.ref(plan, "resident_external_id")
        self._resident_in_teams(plan, "resident_external_id", resident)
        rung = self._rung(plan, "level")
        self._not_in_future(plan, "assessed_on")
        self._unique_in_file(
            plan,
            (v["resident_external_id"], v["assessed_on"]),
            "assessed_on",
            _("The same resident and date are also in row %(row)s."),
        )
        plan.fields = {"resident": resident, "assessed_on": v["assessed_on"], "rung": rung, "note": v["note"] or ""}

    # -- trainings -------------------------------------------------------------------------

    def check_training_editions(self, plan: Plan) -> None:
        v = plan.values
        self._existing(plan)
        wijk = v["wijk_code"]
        team_id = self._team(plan, fallback=self._team_from_wijk(plan, wijk))
        if team_id is not None and wijk is not None and "wijk_code" not in plan.bad:
            if team_id not in self.neighbourhood_teams.get(wijk.pk, set()):
                self.error(plan, "wijk_code", _("This wijk is not in the area of the team."))
        if team_id is not None:
            # Trainers are connectors of the edition's team; for history also those who have left it since.
            strangers = [u for u in v["trainers"] if not self.was_member(u, team_id, (Role.CONNECTOR,))]
            if strangers:
                self.error(
                    plan,
                    "trainers",
                    _("Not a connector of the edition's team: %(values)s.")
                    % {"values": ", ".join(quote(u.username) for u in strangers)},
                )
        self._order(plan, "starts_on", "ends_on", _("The last meeting cannot lie before the first."))
        if v["finished_on"] and v["cancelled_on"]:
            self.error(plan, "cancelled_on", _("An edition is either finished or cancelled, not both."))
        self._order(
            plan,
            "ends_on",
            "finished_on",
            _("The last meeting is after this date. Change or remove meetings that did not take place."),
        )
        self._not_in_future(plan, "finished_on")
        self._not_in_future(plan, "cancelled_on")
        plan.fields = {
            "training_type": v["training_type"],
            "team_id": team_id,
            "wijk": wijk,
            "name": v["name"] or "",
            "location": v["location"] or "",
            "starts_on": v["starts_on"],
            "ends_on": v["ends_on"],
            "max_participants": v["max_participants"],
            "finished_on": v["finished_on"],
            "cancelled_on": v["cancelled_on"],
            "notes": v["notes"] or "",
        }
        plan.m2m = {"trainers": v["trainers"]}

    def check_training_meetings(self, plan: Plan) -> None:
        v = plan.values
        edition = self.ref(plan, "edition_external_id")
        place = self.ref(plan, "place_external_id")
        kind = v["kind"] or (SessionKind.PLACE_VISIT if v["place_external_id"] else SessionKind.MEETING)
        if kind == SessionKind.PLACE_VISIT and self._missing(plan, "place_external_id"):
            self.error(plan, "place_external_id", _("Choose the place that is visited."))
        if kind == SessionKind.MEETING and v["place_external_id"]:
            self.error(plan, "place_external_id", _("Only a visit to a place has a place; choose that kind."))
        self._place_active(plan, "place_external_id", place, v["held_on"])
        held_on, first, last = v["held_on"], field_of(edition, "starts_on"), field_of(edition, "ends_on")
        if all(isinstance(d, date) for d in (held_on, first, last)) and not first <= held_on <= last:
            self.error(plan, "held_on", _("The meeting lies outside the edition's first and last meeting."))
        self._unique_in_file(
            plan,
            (v["edition_external_id"], v["number"]),
            "number",
            _("This meeting number is also used in row %(row)s."),
        )
        plan.fields = {
            "edition": edition,
            "number": v["number"],
            "held_on": held_on,
            "starts_at": v["starts_at"],
            "kind": kind,
            "topic": v["topic"] or "",
            "location": v["location"] or "",
            "place": place,
        }

    def check_training_enrolments(self, plan: Plan) -> None:
        v = plan.values
        existing = self._existing(plan)
        edition = self.ref(plan, "edition_external_id")
        resident = self.ref(plan, "resident_external_id")
        self._resident_in_teams(plan, "resident_external_id", resident)
        if edition is not None and resident is not None:
            pair = (_token(edition), id(resident) if isinstance(resident, Plan) else resident.pk)
            first = self.enrolled_in_file.get(pair)
            if first is not None:
                self.error(
                    plan,
                    "resident_external_id",
                    _("This resident is also enrolled in this edition in row %(row)s.") % {"row": first.row},
                )
            else:
                self.enrolled_in_file[pair] = plan
            edition_pk, resident_pk = _pk(edition), _pk(resident)
            others = [
                e
                for e in self.db_enrolments.get(edition_pk, ())
                if e.resident_id == resident_pk and (existing is None or e.pk != existing.pk)
            ]
            if others:
                self.error(plan, "resident_external_id", _("This resident already takes part in this edition."))
        self._not_in_future(plan, "enrolled_on")
        closed_on = field_of(resident, "closed_on")
        if isinstance(closed_on, date) and isinstance(v["enrolled_on"], date) and closed_on <= v["enrolled_on"]:
            self.error(plan, "enrolled_on", _("This resident's file was closed on that date."))
        self._order(plan, "enrolled_on", "left_on", _("A participant cannot stop before enrolling."))
        self._not_in_future(plan, "left_on")
        if v["left_on"] and self._missing(plan, "left_reason"):
            self.error(plan, "left_reason", _("Choose a reason."))
        if v["left_reason"] and self._missing(plan, "left_on"):
            self.error(plan, "left_on", _("Fill in the date the participant stopped."))
        if v["benefit_status"] and self._missing(plan, "benefit_purpose"):
            self.error(
                plan,
                "benefit_purpose",
                _("A benefit status is only recorded together with the purpose it is recorded for."),
            )
        if not v["benefit_status"]:
            for column in ("benefit_purpose", "benefit_recorded_on"):
                if v[column]:
                    self.error(plan, column, _("Choose the benefit status, or leave this empty."))
        elif not access.can(self.by, "trainings.benefit_status"):
            self.error(plan, "benefit_status", _("You may not record a benefit status."))
        self._not_in_future(plan, "benefit_recorded_on")
        if v["completed"] is not None and edition is not None and not field_of(edition, "finished_on"):
            self.error(plan, "completed", _("Completion is decided when the edition is finished: leave this empty."))
        plan.fields = {
            "edition": edition,
            "resident": resident,
            "enrolled_on": v["enrolled_on"],
            "left_on": v["left_on"],
            "left_reason": v["left_reason"] or "",
            "benefit_status": v["benefit_status"] or "",
            "benefit_purpose": v["benefit_purpose"] or "",
            "benefit_recorded_on": (v["benefit_recorded_on"] or v["enrolled_on"]) if v["benefit_status"] else None,
        }
        # Empty for a finished edition: decided by the completion rule once attendance is written.
        if v["completed"] is not None:
            plan.fields["completed"] = v["completed"]

    def check_training_attendance(self, plan: Plan) -> None:
        v = plan.values
        enrolment = self.ref(plan, "enrolment_external_id")
        edition = _edition_of(enrolment)
        number = v["meeting_number"]
        session = None
        if edition is not None and number is not None:
            session = self.index["training_meetings"].get((_token(edition), number))
            if session is None:
                session = self.db_sessions.get(_pk(edition), {}).get(number)
            if session is None:
                self.error(
                    plan,
                    "meeting_number",
                    _("The participant's edition has no meeting %(number)s in this upload or in Bloei.")
                    % {"number": number},
                )
        held_on, left_on = field_of(session, "held_on"), field_of(enrolment, "left_on")
        if isinstance(held_on, date):
            if held_on > self.today:
                self.error(plan, "meeting_number", _("This meeting has not taken place yet."))
            if isinstance(left_on, date) and left_on <= held_on:
                self.error(plan, "meeting_number", _("This participant had stopped by the date of this meeting."))
        self._unique_in_file(
            plan,
            (v["enrolment_external_id"], number),
            "meeting_number",
            _("The same participant and meeting are also in row %(row)s."),
        )
        plan.fields = {"enrolment": enrolment, "session": session, "status": v["status"]}

    def check_training_evaluations(self, plan: Plan) -> None:
        v = plan.values
        enrolment = self.ref(plan, "enrolment_external_id")
        edition = _edition_of(enrolment)
        self._not_cancelled(plan, edition)
        self._not_in_future(plan, "filled_on")
        self._not_before(
            plan, "filled_on", field_of(edition, "starts_on"), _("The edition had not started on this date.")
        )
        self._unique_in_file(
            plan,
            (v["enrolment_external_id"],),
            "enrolment_external_id",
            _("The same participant is also in row %(row)s."),
        )
        plan.fields = {
            "enrolment": enrolment,
            "filled_on": v["filled_on"],
            **{name: v[name] for name in SCORES},
            "best": v["best"] or "",
            "improve": v["improve"] or "",
            "next_step": v["next_step"] or "",
        }

    def check_training_outcomes(self, plan: Plan) -> None:
        v = plan.values
        enrolment = self.ref(plan, "enrolment_external_id")
        edition = _edition_of(enrolment)
        place = self.ref(plan, "place_external_id")
        self._not_cancelled(plan, edition)
        self._not_in_future(plan, "started_on")
        self._not_before(
            plan, "started_on", field_of(edition, "starts_on"), _("The edition had not started on this date.")
        )
        self._place_active(plan, "place_external_id", place, v["started_on"])
        self._unique_in_file(
            plan,
            (v["enrolment_external_id"], v["kind"], v["started_on"]),
            "started_on",
            _("The same participant, outcome and date are also in row %(row)s."),
        )
        plan.fields = {
            "enrolment": enrolment,
            "kind": v["kind"],
            "started_on": v["started_on"],
            "place": place,
            "note": v["note"] or "",
        }

    def check_training_follow_ups(self, plan: Plan) -> None:
        v = plan.values
        enrolment = self.ref(plan, "enrolment_external_id")
        edition = _edition_of(enrolment)
        finished_on, ends_on = field_of(edition, "finished_on"), field_of(edition, "ends_on")
        if edition is not None and not finished_on:
            self.error(
                plan,
                "enrolment_external_id",
                _("A one-year follow-up is planned when the edition is finished: fill in the edition's finished_on."),
            )
        due_on = v["due_on"] or (ends_on + timedelta(days=follow_up_days()) if isinstance(ends_on, date) else None)
        if v["done_on"]:
            self._not_in_future(plan, "done_on")
            self._not_before(plan, "done_on", finished_on, _("The edition was finished after this date."))
            if v["reached"] is None and "reached" not in plan.bad:
                self.error(plan, "reached", _("Fill in whether the resident was reached."))
            elif v["reached"] is False:
                for column in REACHED_ANSWERS:
                    if v[column] not in (None, ""):
                        self.error(plan, column, _("Leave this empty when the resident was not reached."))
            elif v["reached"] and self._missing(plan, "current_activity"):
                self.error(plan, "current_activity", _("Choose what the resident is doing now."))
        else:
            for column in FOLLOW_UP_ANSWERS:
                if v[column] not in (None, "") and column not in plan.bad:
                    self.error(plan, column, _("Only a follow-up that was done has answers: fill in done_on."))
        rung = self._rung(plan, "ladder_level")
        if rung is not None and v["done_on"]:
            # A ladder sheet row for the same resident and date must give the same rung.
            resident = field_of(enrolment, "resident")
            resident_key = resident.key if isinstance(resident, Plan) else getattr(resident, "external_id", None)
            same_day = self.index["ladder_assessments"].get((resident_key, v["done_on"]))
            if same_day is not None and same_day.fields.get("rung") not in (None, rung):
                self.error(
                    plan,
                    "ladder_level",
                    _("The ladder assessment of the same date (sheet %(sheet)s, row %(row)s) has another rung.")
                    % {"sheet": same_day.sheet, "row": same_day.row},
                )
        self._unique_in_file(
            plan,
            (v["enrolment_external_id"],),
            "enrolment_external_id",
            _("The same participant is also in row %(row)s."),
        )
        plan.fields = {
            "enrolment": enrolment,
            "due_on": due_on,
            "done_on": v["done_on"],
            "reached": v["reached"],
            "current_activity": v["current_activity"] or "",
            "still_in_contact": v["still_in_contact"],
            "score_wellbeing": v["score_wellbeing"],
            "note": v["note"] or "",
        }
        plan.extra = {"rung": rung if v["done_on"] else None, "edition_name": field_of(edition, "name") or ""}

    # -- across rows -----------------------------------------------------------------------

    def check_community_totals(self) -> None:
        """Rules over all rows of an edition: its meetings (numbering, dates) and its number of participants."""
        self._check_meetings_of_editions()
        self._check_edition_full()

    def _check_meetings_of_editions(self) -> None:
        """An edition's meetings are numbered 1..n in date order; its first and last date are theirs.

        Checked only when every meeting row is correct: a wrong row is reported already, and which
        edition it belongs to may be what is wrong.
        """
        if any(not plan.ok for plan in self.plans["training_meetings"]):
            return
        by_edition: dict[object, dict[int, tuple]] = defaultdict(dict)  # token -> number -> (held_on, plan|None)
        editions: dict[object, object] = {}
        for plan in self.plans["training_editions"]:
            if plan.ok and plan.existing is not None and self.db_sessions.get(plan.existing.pk):
                editions[plan.key] = plan
                for number, session in self.db_sessions[plan.existing.pk].items():
                    by_edition[plan.key][number] = (session.held_on, None)
        for plan in self.plans["training_meetings"]:
            edition = plan.fields.get("edition")
            if edition is None or (isinstance(edition, Plan) and not edition.ok):
                continue
            token = _token(edition)
            if token not in editions:
                editions[token] = edition
                for number, session in self.db_sessions.get(_pk(edition), {}).items():
                    by_edition[token][number] = (session.held_on, None)
            by_edition[token][plan.fields["number"]] = (plan.fields["held_on"], plan)
        for token, meetings in by_edition.items():
            edition = editions[token]
            rows = [plan for _held_on, plan in meetings.values() if plan is not None]
            target, column = (rows[-1], "number") if rows else (edition, "external_id")
            numbers = sorted(meetings)
            if len(numbers) > MAX_MEETINGS:
                self.error(target, column, _("An edition has between 1 and 60 meetings."))
                continue
            if numbers != list(range(1, len(numbers) + 1)):
                missing = min(set(range(1, len(numbers) + 1)) - set(numbers))
                self.error(
                    target,
                    column,
                    _("The meetings of an edition are numbered 1, 2, 3 … without gaps; number %(number)s is missing.")
                    % {"number": missing},
                )
                continue
            for number in numbers[1:]:
                held_on, plan = meetings[number]
                previous = meetings[number - 1][0]
                if held_on < previous:
                    self.error(
                        plan or meetings[number - 1][1],
                        "held_on",
                        _("Meeting %(number)s lies before meeting %(previous)s: number the meetings in date order.")
                        % {"number": number, "previous": number - 1},
                    )
            first, last = min(d for d, _p in meetings.values()), max(d for d, _p in meetings.values())
            for column, wanted in (("starts_on", first), ("ends_on", last)):
                if field_of(edition, column) == wanted:
                    continue
                message = (
                    _("The edition's first meeting is on %(date)s.")
                    if column == "starts_on"
                    else _("The edition's last meeting is on %(date)s.")
                ) % {"date": wanted.isoformat()}
                if isinstance(edition, Plan):
                    self.error(edition, column, message)
                else:
                    self.error(rows[0], "held_on", message)

    def _check_edition_full(self) -> None:
        """No more participants taking part (not stopped) than the edition's maximum."""
        taking_part: dict[object, set] = defaultdict(set)
        editions: dict[object, object] = {}
        last_row: dict[object, Plan] = {}
        in_file = {p.existing.pk for p in self.plans["training_enrolments"] if p.existing is not None}
        for plan in self.plans["training_enrolments"]:
            edition = plan.fields.get("edition")
            if edition is None:
                continue
            token = _token(edition)
            if token not in editions:
                editions[token] = edition
                for enrolment in self.db_enrolments.get(_pk(edition), ()):
                    if enrolment.pk not in in_file and enrolment.left_on is None:
                        taking_part[token].add(("pk", enrolment.pk))
            if plan.fields.get("left_on") is None:
                taking_part[token].add(id(plan))
            last_row[token] = plan
        for token, edition in editions.items():
            maximum = field_of(edition, "max_participants")
            if maximum is not None and len(taking_part[token]) > maximum:
                target = edition if isinstance(edition, Plan) else last_row[token]
                column = "max_participants" if isinstance(edition, Plan) else "edition_external_id"
                self.error(target, column, _("The edition is full: at most %(max)s participants.") % {"max": maximum})
