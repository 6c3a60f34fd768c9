"""Checks for outreach rounds, neighbourhood plans, time records, referrals and boundary decisions.

A mixin of bloei.imports.validate.Validator, like bloei.imports.community_checks. The rules are
those of bloei.outreach.services, bloei.plans.services, bloei.workload.services and
bloei.referrals.services, except where a service only accepts today (a time record of an earlier
year, a referral decided in the past, the meetings and links of a plan evaluated since, a boundary
decision whose review date has passed): the import brings history along. Signals of unsafe or
crisis situations are never imported.
"""

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from bloei.accounts.choices import Role
from bloei.community.choices import Recurrence
from bloei.core import access
from bloei.outreach.choices import KINDS_WITH_FLOORS
from bloei.outreach.models import RoundSignUp
from bloei.plans.models import FIRST_YEAR, NeighbourhoodPlan, PlanEvaluation, Priority
from bloei.plans.services import YEARS_AHEAD
from bloei.referrals.choices import ReferralStatus
from bloei.referrals.models import Referral
from bloei.workload.choices import BoundaryOutcome, TimeCategory
from bloei.workload.services import clean_hours, week_of

from . import values
from .rows import Plan, field_of
from .values import quote

HOURS = tuple(TimeCategory.values)
ALL_ROLES = tuple(Role.values)
LINK_TARGETS = (
    ("activity_external_id", "activity"),
    ("network_external_id", "network"),
    ("edition_external_id", "edition"),
)
EVALUATION_COLUMNS = ("went_well", "went_badly", "next_year_goals")


def _pk(target) -> int | None:
    if isinstance(target, Plan):
        return target.existing.pk if target.existing is not None else None
    return target.pk if target is not None else None


class WorkChecks:
    """check_<record type> for outreach, plans, workload and referrals, and checks across rows."""

    def load_work_existing(self) -> None:
        """Plans per wijk and year, priorities, evaluations, sign-ups and open referrals in Bloei, in bulk."""
        self.db_plans: dict[tuple[int, int], int] = {}
        self.db_priorities: dict[int, dict[int, Priority]] = defaultdict(dict)
        self.db_evaluated: set[int] = set()
        self.db_evaluated_on: dict[int, date] = {}
        self.db_first_signup: dict[int, date] = {}
        self.db_open_referrals: dict[tuple[int, int], set[int]] = defaultdict(set)
        self.open_referrals_in_file: dict[tuple, Plan] = {}
        self.plans_in_file: dict[tuple[int, int], Plan] = {}
        wijk_ids = {
            wijk.pk
            for sheet in self.sheets
            if sheet.record_type == "neighbourhood_plans"
            for _n, row in sheet.rows
            if (wijk := self.wijken.get(_wijk(row))) is not None
        }
        if wijk_ids:
            for pk, wijk_id, year in NeighbourhoodPlan.objects.filter(wijk_id__in=wijk_ids).values_list(
                "pk", "wijk_id", "year"
            ):
                self.db_plans[(wijk_id, year)] = pk
        plan_ids = [p.pk for p in self.existing["neighbourhood_plans"].values()]
        if plan_ids:
            for priority in Priority.objects.filter(plan_id__in=plan_ids).order_by("-pk"):
                self.db_priorities[priority.plan_id][priority.order] = priority
            self.db_evaluated_on = dict(
                PlanEvaluation.objects.filter(plan_id__in=plan_ids).values_list("plan_id", "held_on")
            )
            self.db_evaluated = set(self.db_evaluated_on)
        round_ids = [r.pk for r in self.existing["outreach_rounds"].values()]
        if round_ids:
            for round_id, signed_up_on in RoundSignUp.objects.filter(outreach_round_id__in=round_ids).values_list(
                "outreach_round_id", "signed_up_on"
            ):
                first = self.db_first_signup.get(round_id)
                self.db_first_signup[round_id] = min(first, signed_up_on) if first else signed_up_on
        resident_ids = {r.pk for r in self.existing["residents"].values()}
        if self.plans["referrals"] and resident_ids:
            for pk, resident_id, team_id in (
                Referral.objects.open().filter(resident_id__in=resident_ids).values_list("pk", "resident_id", "team_id")
            ):
                self.db_open_referrals[(resident_id, team_id)].add(pk)

    # -- helpers ---------------------------------------------------------------------------

    def _held_role(self, user, roles, on: date | None, team_id: int | None = None) -> bool:
        """`user` held one of `roles` on `on` (in `team_id`, or in any team)."""
        for membership in self.memberships.get(user.pk, ()):
            if membership.role not in roles or (team_id is not None and membership.team_id != team_id):
                continue
            if on is None or (
                membership.started_on <= on and (membership.ended_on is None or membership.ended_on > on)
            ):
                return True
        return False

    def _in_team_area(self, plan: Plan, column: str, neighbourhood_id: int | None, team_id: int | None, message):
        if neighbourhood_id is None or team_id is None or column in plan.bad:
            return
        if team_id not in self.neighbourhood_teams.get(neighbourhood_id, set()):
            self.error(plan, column, message)

    # -- outreach --------------------------------------------------------------------------

    def check_outreach_rounds(self, plan: Plan) -> None:
        v = plan.values
        existing = self._existing(plan)
        buurt = v["buurt_code"]
        team_id = self._team(plan, fallback=self._team_from_buurt(plan, buurt))
        self._in_team_area(
            plan,
            "buurt_code",
            buurt.neighbourhood_id if buurt else None,
            team_id,
            _("This buurt is not in the area of the team."),
        )
        held_on, last_day = v["held_on"], v["last_day"]
        if isinstance(held_on, date) and held_on > self.today:
            self.error(plan, "held_on", _("Record a round on or after the day it was held."))
        self._order(plan, "held_on", "last_day", _("The last day cannot be before the first day."))
        self._not_in_future(plan, "last_day")
        approached, reached = v["homes_approached"], v["homes_reached"]
        if reached is not None and approached is None and "homes_approached" not in plan.bad:
            self.error(plan, "homes_approached", _("Enter how many homes were approached."))
        elif reached is not None and approached is not None and reached > approached:
            self.error(plan, "homes_reached", _("More homes reached than approached."))
        if v["floors"] is not None and v["kind"] and v["kind"] not in KINDS_WITH_FLOORS:
            self.error(plan, "floors", _("Floors only apply to floor conversations in a flat."))
        if team_id is not None and isinstance(held_on, date):
            last = last_day if isinstance(last_day, date) else held_on
            strangers = [u for u in v["staff"] if not self.was_member(u, team_id, access.CASEWORK, held_on, last)]
            if strangers:
                self.error(
                    plan,
                    "staff",
                    _("Only staff of the team on the day of the round can be listed: %(values)s.")
                    % {"values": ", ".join(quote(u.username) for u in strangers)},
                )
        if existing is not None and isinstance(held_on, date):
            first_signup = self.db_first_signup.get(existing.pk)
            if first_signup is not None and first_signup < held_on:
                self.error(plan, "held_on", _("A resident signed up after this round before this date."))
        plan.fields = {
            "team_id": team_id,
            "kind": v["kind"],
            "held_on": held_on,
            "last_day": last_day,
            "buurt": buurt,
            "street_or_building": v["street_or_building"] or "",
            "floors": v["floors"],
            "homes_approached": approached,
            "homes_reached": reached,
            "conversations": v["conversations"] or 0,
            "notes": v["notes"] or "",
        }
        plan.m2m = {"staff": v["staff"]}
        plan.extra = {"wishes": v["wishes"] or {}}

    def check_outreach_signups(self, plan: Plan) -> None:
        v = plan.values
        outreach_round = self.ref(plan, "round_external_id")
        resident = self.ref(plan, "resident_external_id")
        self._not_before(
            plan,
            "signed_up_on",
            field_of(outreach_round, "held_on"),
            _("A resident signs up after the round, not before it."),
        )
        self._not_in_future(plan, "signed_up_on")
        self._unique_in_file(
            plan,
            (v["round_external_id"], v["resident_external_id"]),
            "resident_external_id",
            _("This resident is also linked to the round in row %(row)s."),
        )
        plan.fields = {"outreach_round": outreach_round, "resident": resident, "signed_up_on": v["signed_up_on"]}

    # -- neighbourhood plans ---------------------------------------------------------------

    def check_neighbourhood_plans(self, plan: Plan) -> None:
        v = plan.values
        existing = self._existing(plan)
        wijk, year = v["wijk_code"], v["year"]
        team_id = self._team(plan, fallback=self._team_from_wijk(plan, wijk))
        self._in_team_area(
            plan, "wijk_code", wijk.pk if wijk else None, team_id, _("This wijk is not in the area of the team.")
        )
        last_year = self.today.year + YEARS_AHEAD
        if year is not None and not FIRST_YEAR <= year <= last_year:
            self.error(
                plan,
                "year",
                _("Choose a year from %(first)s to %(last)s.") % {"first": FIRST_YEAR, "last": last_year},
            )
        if wijk is not None and year is not None:
            first = self.plans_in_file.get((wijk.pk, year))
            other = self.db_plans.get((wijk.pk, year))
            if first is not None:
                self.error(plan, "year", _("The same wijk and year are also in row %(row)s.") % {"row": first.row})
            elif other is not None and (existing is None or other != existing.pk):
                self.error(plan, "year", _("There is already a plan for this wijk and year."))
            else:
                self.plans_in_file[(wijk.pk, year)] = plan
            if existing is not None and existing.adopted_on and (existing.wijk_id, existing.year) != (wijk.pk, year):
                self.error(plan, "year", _("The wijk and year of an adopted plan cannot change."))
        adopted_on, evaluated_on = v["adopted_on"], v["evaluated_on"]
        self._not_in_future(plan, "adopted_on")
        if isinstance(adopted_on, date) and year and adopted_on < date(year - 1, 1, 1):
            self.error(plan, "adopted_on", _("A plan is adopted at the earliest in the year before it."))
        if existing is not None and existing.adopted_on and not adopted_on and "adopted_on" not in plan.bad:
            self.error(plan, "adopted_on", _("This plan has already been adopted: fill in the date."))
        if evaluated_on:
            self._not_in_future(plan, "evaluated_on")
            if not adopted_on and "adopted_on" not in plan.bad:
                self.error(plan, "evaluated_on", _("Only an adopted plan can be evaluated."))
            self._order(plan, "adopted_on", "evaluated_on", _("The plan was adopted after this date."))
            if not v["went_well"] and not v["went_badly"] and not plan.bad & {"went_well", "went_badly"}:
                self.error(plan, "went_well", _("Write what went well or what did not."))
        else:
            for column in EVALUATION_COLUMNS:
                if v[column]:
                    self.error(plan, column, _("Only an evaluated plan has this: fill in evaluated_on."))
            if existing is not None and existing.pk in self.db_evaluated and "evaluated_on" not in plan.bad:
                self.error(plan, "evaluated_on", _("This plan has been evaluated: fill in the date."))
        previous = self.ref(plan, "previous_plan_external_id")  # checked in check_work_totals
        status = "evaluated" if evaluated_on else "adopted" if adopted_on else "draft"
        plan.fields = {
            "team_id": team_id,
            "wijk": wijk,
            "year": year,
            "status": status,
            "adopted_on": adopted_on,
            "summary": v["summary"] or "",
        }
        plan.extra = {
            "previous_plan": previous,
            "evaluation": {
                "held_on": evaluated_on,
                **{column: v[column] or "" for column in EVALUATION_COLUMNS},
            }
            if evaluated_on
            else None,
        }

    def check_plan_priorities(self, plan: Plan) -> None:
        v = plan.values
        neighbourhood_plan = self.ref(plan, "plan_external_id")
        self._unique_in_file(
            plan,
            (v["plan_external_id"], v["order"]),
            "order",
            _("This priority number is also used in row %(row)s."),
        )
        plan.fields = {
            "plan": neighbourhood_plan,
            "order": v["order"],
            "theme": v["theme"] or "",
            "why": v["why"] or "",
            "success": v["success"] or "",
            "figures": v["figures"],
        }

    def _priority(self, plan: Plan, neighbourhood_plan, order: int | None, column: str):
        """The priority numbered `order` of the plan, a row of this upload or a record in Bloei."""
        if neighbourhood_plan is None or order is None:
            return None
        plan_key = neighbourhood_plan.key if isinstance(neighbourhood_plan, Plan) else neighbourhood_plan.external_id
        priority = self.index["plan_priorities"].get((plan_key, order))
        if priority is None:
            priority = self.db_priorities.get(_pk(neighbourhood_plan), {}).get(order)
        if priority is None:
            self.error(
                plan,
                column,
                _("The plan has no priority %(order)s in this upload or in Bloei.") % {"order": order},
            )
        return priority

    def check_plan_progress(self, plan: Plan) -> None:
        v = plan.values
        neighbourhood_plan = self.ref(plan, "plan_external_id")
        order = v["priority_order"]
        priority = self._priority(plan, neighbourhood_plan, order, "priority_order")
        if neighbourhood_plan is not None and order is not None:
            if priority is not None and not isinstance(priority, Plan) and priority.is_proposal:
                self.error(plan, "priority_order", _("This priority is a proposal, not yet part of the plan."))
            adopted_on = field_of(neighbourhood_plan, "adopted_on")
            if not adopted_on:
                self.error(plan, "plan_external_id", _("Progress is recorded on an adopted plan."))
            self._not_before(plan, "noted_on", adopted_on, _("The plan was adopted after this date."))
        self._not_in_future(plan, "noted_on")
        self._unique_in_file(
            plan,
            (v["plan_external_id"], order, v["noted_on"]),
            "noted_on",
            _("The same priority and date are also in row %(row)s."),
        )
        plan.fields = {"priority": priority, "noted_on": v["noted_on"], "status": v["status"], "text": v["text"] or ""}

    def _evaluated_on(self, neighbourhood_plan) -> date | None:
        """The date of the plan's evaluation: as in its row of this upload, else as in Bloei."""
        if isinstance(neighbourhood_plan, Plan):
            evaluation = neighbourhood_plan.extra.get("evaluation")
            return evaluation["held_on"] if evaluation else None
        return self.db_evaluated_on.get(_pk(neighbourhood_plan))

    def check_plan_meetings(self, plan: Plan) -> None:
        v = plan.values
        neighbourhood_plan = self.ref(plan, "plan_external_id")
        held_on = v["held_on"]
        team_id = field_of(neighbourhood_plan, "team_id")
        year = field_of(neighbourhood_plan, "year")
        self._not_in_future(plan, "held_on")
        if isinstance(held_on, date) and year:
            self._not_before(
                plan, "held_on", date(year - 1, 1, 1), _("A meeting about this plan is held from the year before it.")
            )
        evaluated_on = self._evaluated_on(neighbourhood_plan)
        if isinstance(held_on, date) and isinstance(evaluated_on, date) and held_on > evaluated_on:
            self.error(plan, "held_on", _("The plan was evaluated before this date."))
        if team_id is not None and isinstance(held_on, date):
            strangers = [u for u in v["staff"] if not self.was_member(u, team_id, ALL_ROLES, held_on, held_on)]
            if strangers:
                self.error(
                    plan,
                    "staff",
                    _("Only staff of the plan's team on the day of the meeting can be listed: %(values)s.")
                    % {"values": ", ".join(quote(u.username) for u in strangers)},
                )
        residents = []
        for external_id in v["residents"]:
            resident = self.ref(plan, "residents", external_id=external_id)
            if resident is not None and resident not in residents:
                residents.append(resident)
        self._unique_in_file(
            plan,
            (v["plan_external_id"], held_on),
            "held_on",
            _("A meeting of this plan on the same date is also in row %(row)s."),
        )
        plan.fields = {
            "plan": neighbourhood_plan,
            "held_on": held_on,
            "other_attendees": v["other_attendees"] or 0,
            "notes": v["notes"] or "",
        }
        plan.m2m = {"staff": v["staff"], "residents": residents}

    def check_plan_links(self, plan: Plan) -> None:
        v = plan.values
        neighbourhood_plan = self.ref(plan, "plan_external_id")
        given = [(column, name) for column, name in LINK_TARGETS if v[column] or column in plan.bad]
        targets = {name: None for _column, name in LINK_TARGETS}
        if not given:
            self.error(
                plan,
                "activity_external_id",
                _("Fill in one activity, network or training edition to link to the plan."),
            )
        for column, _name in given[1:]:
            self.error(plan, column, _("A link is to one activity, network or training edition: leave this empty."))
        if len(given) == 1:
            column, name = given[0]
            target = self.ref(plan, column)
            targets[name] = target
            if target is not None and neighbourhood_plan is not None:
                self._check_link_target(plan, column, neighbourhood_plan, name, target)
        priority = self._priority(plan, neighbourhood_plan, v["priority_order"], "priority_order")
        self._unique_in_file(
            plan,
            (v["plan_external_id"], given[0][0], v[given[0][0]]) if len(given) == 1 else (None,),
            given[0][0] if given else "activity_external_id",
            _("The same link is also in row %(row)s."),
        )
        plan.fields = {"plan": neighbourhood_plan, **targets, "priority": priority}

    def _check_link_target(self, plan: Plan, column: str, neighbourhood_plan, kind: str, target) -> None:
        """As bloei.plans.services: the plan's team, its wijk (when the target has one), its year."""
        plan_team, year = field_of(neighbourhood_plan, "team_id"), field_of(neighbourhood_plan, "year")
        wijk_id = _wijk_id(neighbourhood_plan)
        if plan_team is None or wijk_id is None or not year:
            return  # the plan's own row is wrong; that is reported there
        start, end = date(year, 1, 1), date(year, 12, 31)
        if field_of(target, "team_id") != plan_team:
            self.error(plan, column, _("This belongs to another team."))
            return
        if kind == "edition":
            target_wijk = _wijk_id(target)
            first, last = field_of(target, "starts_on"), field_of(target, "ends_on")
            ran = isinstance(first, date) and isinstance(last, date) and first <= end and last >= start
            if field_of(target, "cancelled_on"):
                ran = False
        else:
            buurt = field_of(target, "buurt")
            target_wijk = buurt.neighbourhood_id if buurt is not None else None
            if kind == "activity":
                first, last = field_of(target, "starts_on"), field_of(target, "ends_on")
                ongoing = last is None and field_of(target, "recurrence") != Recurrence.ONCE
                ran = isinstance(first, date) and first <= end
                ran = ran and (first >= start or ongoing or (last or first) >= start)
            else:
                first, last = field_of(target, "started_on"), field_of(target, "ended_on")
                ran = isinstance(first, date) and first <= end and (last is None or last >= start)
        if target_wijk is not None and target_wijk != wijk_id:
            self.error(plan, column, _("This takes place in another wijk."))
        elif not ran:
            self.error(plan, column, _("This does not take place in the year of the plan."))

    # -- workload --------------------------------------------------------------------------

    def check_time_records(self, plan: Plan) -> None:
        v = plan.values
        connector, week = v["connector"], v["week"]
        team_id = self._team(plan)
        if isinstance(week, date):
            if week.weekday() != 0:
                self.error(plan, "week", _("A week is given by its Monday."))
            elif week > week_of(self.today):
                self.error(plan, "week", _("You cannot record hours for a week that has not started yet."))
            elif connector is not None and team_id is not None:
                if not self.was_member(connector, team_id, (Role.CONNECTOR,), week, week + timedelta(days=6)):
                    self.error(plan, "connector", _("Not a connector of the team in that week."))
        hours = {}
        if not plan.bad & set(HOURS):
            try:
                hours = clean_hours({name: "" if v[name] is None else str(v[name]) for name in HOURS})
            except ValidationError as exc:
                for name, messages in exc.message_dict.items():
                    column = HOURS[0] if name == NON_FIELD_ERRORS else name
                    self.error(plan, column, " ".join(messages))
        self._unique_in_file(
            plan,
            (connector.pk if connector else None, team_id, week),
            "week",
            _("The same connector, team and week are also in row %(row)s."),
        )
        plan.fields = {
            "user": connector,
            "team_id": team_id,
            "week": week,
            **{name: hours.get(name, Decimal(0)) for name in HOURS},
        }

    # -- referrals -------------------------------------------------------------------------

    def check_referrals(self, plan: Plan) -> None:
        v = plan.values
        existing = self._existing(plan)
        resident = self.ref(plan, "resident_external_id")
        fallback = None
        if resident is not None and not (isinstance(resident, Plan) and not resident.ok):
            fallback = resident.fields.get("team_id") if isinstance(resident, Plan) else resident.team_id
            if fallback not in self.team_ids:
                if v["team"] is None:
                    self.error(plan, "resident_external_id", _("This resident belongs to a team you do not lead."))
                fallback = None
        team_id = self._team(plan, fallback=fallback)
        referred_on, decided_on = v["referred_on"], v["decided_on"]
        status = v["status"] or ReferralStatus.OPEN
        self._not_in_future(plan, "referred_on")
        self._not_in_future(plan, "decided_on")
        closed_on = field_of(resident, "closed_on")
        if isinstance(closed_on, date) and isinstance(referred_on, date) and closed_on <= referred_on:
            self.error(plan, "referred_on", _("The resident's file was closed on that date."))
        referred_by = v["referred_by"]
        if referred_by is not None and not self._held_role(referred_by, (Role.GENERALIST,), referred_on):
            self.error(plan, "referred_by", _("Not a generalist on the day of the referral."))
        connector = v["to_connector"]
        if connector is not None and team_id is not None:
            if not self._held_role(connector, (Role.CONNECTOR,), referred_on, team_id):
                self.error(plan, "to_connector", _("Choose a connector of the team you refer to, or nobody."))
        consent_given_on = v["consent_given_on"] or referred_on
        self._not_in_future(plan, "consent_given_on")
        self._order(
            plan, "consent_given_on", "referred_on", _("The resident's consent is given before the referral is made.")
        )
        if status == ReferralStatus.OPEN:
            if decided_on:
                self.error(plan, "decided_on", _("An open referral has no decision date."))
        elif self._missing(plan, "decided_on"):
            self.error(plan, "decided_on", _("Fill in the date the referral was accepted, returned or withdrawn."))
        self._order(plan, "referred_on", "decided_on", _("A referral cannot be decided before it was made."))
        taken_on_by = v["taken_on_by"]
        if status == ReferralStatus.ACCEPTED:
            if self._missing(plan, "taken_on_by"):
                self.error(plan, "taken_on_by", _("Fill in the connector who took the resident on."))
            elif taken_on_by is not None and team_id is not None:
                if not self._held_role(taken_on_by, (Role.CONNECTOR,), decided_on, team_id):
                    self.error(plan, "taken_on_by", _("Choose a connector of the team."))
        elif taken_on_by is not None:
            self.error(plan, "taken_on_by", _("Only an accepted referral has a connector who took the resident on."))
        if status == ReferralStatus.RETURNED and self._missing(plan, "return_reason"):
            self.error(plan, "return_reason", _("Write down why the referral was returned."))
        if status != ReferralStatus.RETURNED and v["return_reason"]:
            self.error(plan, "return_reason", _("Only a returned referral has a reason for returning."))
        if status == ReferralStatus.OPEN and resident is not None and team_id is not None:
            pair = (id(resident) if isinstance(resident, Plan) else resident.pk, team_id)
            first = self.open_referrals_in_file.get(pair)
            others = self.db_open_referrals.get((_pk(resident), team_id), set()) - {existing.pk if existing else None}
            if first is not None:
                self.error(
                    plan,
                    "status",
                    _("An open referral of this resident to the same team is also in row %(row)s.")
                    % {"row": first.row},
                )
            elif others:
                self.error(plan, "status", _("There already is an open referral of this resident to this team."))
            else:
                self.open_referrals_in_file[pair] = plan
        plan.fields = {
            "resident": resident,
            "team_id": team_id,
            "referred_by": referred_by,
            "to_connector": connector,
            "reason": v["reason"] or "",
            "wishes": v["wishes"] or "",
            "practical_notes": v["practical_notes"] or "",
            "status": status,
            "referred_on": referred_on,
            "decided_on": decided_on,
            "return_reason": v["return_reason"] or "",
            "assigned_connector": taken_on_by,
        }
        plan.extra = {"consent_given_on": consent_given_on}

    # -- boundary decisions ----------------------------------------------------------------

    def check_boundary_decisions(self, plan: Plan) -> None:
        """As bloei.workload.services.decide_boundary, for history: the review date may have passed, and
        a decision to close the file does not close it here (closed_on comes from the residents file)."""
        v = plan.values
        resident = self.ref(plan, "resident_external_id")
        self._resident_in_teams(plan, "resident_external_id", resident)
        team_id = self.team_of_resident(resident)
        outcome, decided_on, review_on = v["decision"], v["decided_on"], v["review_on"]
        self._not_in_future(plan, "decided_on")
        self._not_before(
            plan,
            "decided_on",
            field_of(resident, "registered_on"),
            _("The decision cannot be dated before the resident was registered."),
        )
        closed_on = field_of(resident, "closed_on")
        if isinstance(closed_on, date) and isinstance(decided_on, date) and closed_on < decided_on:
            self.error(plan, "decided_on", _("The resident's file was closed before this date."))
        if outcome == BoundaryOutcome.CONTINUE and self._missing(plan, "next_step"):
            self.error(plan, "next_step", _("Write down the agreed next step."))
        if outcome == BoundaryOutcome.CLOSE:
            if review_on:
                self.error(plan, "review_on", _("A closed file needs no review date."))
        elif outcome and self._missing(plan, "review_on"):
            self.error(plan, "review_on", _("Choose the date on which the team looks at this again."))
        elif isinstance(review_on, date) and isinstance(decided_on, date) and review_on <= decided_on:
            self.error(plan, "review_on", _("The review date must be after the decision."))
        decided_by = v["decided_by"]
        if decided_by is not None and team_id is not None and isinstance(decided_on, date):
            if not self._held_role(decided_by, (Role.TEAM_LEAD,), decided_on, team_id):
                self.error(plan, "decided_by", _("Not a team lead of the resident's team on the day of the decision."))
        self._unique_in_file(
            plan,
            (v["resident_external_id"], decided_on),
            "decided_on",
            _("A decision on this resident on the same date is also in row %(row)s."),
        )
        plan.fields = {
            "resident": resident,
            "decided_on": decided_on,
            "team_id": team_id,
            "outcome": outcome,
            "reason": v["reason"] or "",
            "next_step": v["next_step"] or "",
            "review_on": review_on if outcome != BoundaryOutcome.CLOSE else None,
            "decided_by": decided_by,
        }

    @staticmethod
    def team_of_resident(resident) -> int | None:
        if isinstance(resident, Plan):
            return resident.fields.get("team_id")
        return resident.team_id if resident is not None else None

    # -- across rows -----------------------------------------------------------------------

    def check_work_totals(self) -> None:
        """A plan's previous plan, which may come further down the file."""
        for plan in self.plans["neighbourhood_plans"]:
            previous = plan.extra.get("previous_plan")
            if previous is None or (isinstance(previous, Plan) and not previous.ok):
                continue
            year, previous_year = plan.fields.get("year"), field_of(previous, "year")
            same = previous is plan or (_pk(previous) is not None and _pk(previous) == _pk(plan))
            if (
                same
                or field_of(previous, "wijk") != plan.fields.get("wijk")
                or (year and previous_year and previous_year >= year)
            ):
                self.error(
                    plan,
                    "previous_plan_external_id",
                    _("The previous plan must be a plan for the same wijk of an earlier year."),
                )


def _wijk_id(target) -> int | None:
    """The wijk of a plan or training edition: a row of this upload or a record."""
    if isinstance(target, Plan):
        wijk = target.fields.get("wijk")
        return wijk.pk if wijk is not None else None
    return target.wijk_id if target is not None else None


def _wijk(row: dict) -> str:
    raw = row.get("wijk_code")
    return "" if values.is_empty(raw) else values.wijk_code(raw)
