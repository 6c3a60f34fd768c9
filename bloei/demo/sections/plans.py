"""Neighbourhood plans (wijkplannen) for about two thirds of the wijken: one a year, written with residents,
adopted early in the year, followed with progress notes, evaluated at the end of the year; the next plan
starts from the evaluation (priorities carried over, new goals), as in Amersfoort (seeds/004).
"""

import random
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from bloei.demo.data import fieldwork
from bloei.demo.lifecycle import Weighted, between, demo_uuid
from bloei.plans.choices import PlanStatus, ProgressStatus
from bloei.plans.models import NeighbourhoodPlan, PlanEvaluation, PlanLink, PlanMeeting, Priority, ProgressNote

from .common import BATCH, Writer

PROGRESS = Weighted.from_dict({ProgressStatus.ON_TRACK: 60, ProgressStatus.BEHIND: 40})


@dataclass
class PlanDraft:
    plan: NeighbourhoodPlan
    priorities: list[Priority] = field(default_factory=list)
    last_status: dict[int, str] = field(default_factory=dict)  # id(priority) -> latest progress status
    evaluation: PlanEvaluation | None = None
    carried: list[Priority] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)


class PlansMixin:
    # -- neighbourhood plans ----------------------------------------------------------------------

    def _plans(self) -> None:
        rng = self.rng("plans")
        self._plan_rows: dict[str, list] = defaultdict(list)
        self._plan_residents_index()
        drafts: list[PlanDraft] = []
        for team in self.teams:
            wijken = sorted({b.neighbourhood for b in self.team_buurten.get(team.pk, [])}, key=lambda n: n.code)
            for wijk in wijken:
                if rng.random() >= 0.65:
                    continue
                previous = None
                for year in [*self.years, self.today.year + 1]:  # the first plan in the first year
                    draft = self._plan(rng, team, wijk, year, previous)
                    if draft is None:
                        break
                    drafts.append(draft)
                    previous = draft if draft.evaluation else None
                    if previous is None:
                        break
        drafts.sort(key=lambda d: (d.plan.year, d.plan.wijk.code))
        for year in sorted({d.plan.year for d in drafts}):  # earlier plans first: the next one points back
            NeighbourhoodPlan.objects.bulk_create([d.plan for d in drafts if d.plan.year == year], batch_size=BATCH)
            Priority.objects.bulk_create(
                [p for d in drafts if d.plan.year == year for p in d.priorities], batch_size=BATCH
            )
        self.counts["neighbourhood plans"] = len(drafts)
        self.counts["plan priorities"] = sum(len(d.priorities) for d in drafts)
        PlanEvaluation.objects.bulk_create([d.evaluation for d in drafts if d.evaluation], batch_size=BATCH)
        self.counts["plan evaluations"] = sum(1 for d in drafts if d.evaluation)
        for name, model in (
            ("plan meetings", PlanMeeting),
            ("plan progress notes", ProgressNote),
            ("plan links", PlanLink),
        ):
            model.objects.bulk_create(self._plan_rows[name], batch_size=BATCH)
            self.counts[name] = len(self._plan_rows[name])
        m2m = Writer(PlanMeeting.staff.through, self.counts, "plan meeting staff")
        for meeting, staff, _residents in self._plan_rows["meeting people"]:
            for user in staff:
                m2m.add(PlanMeeting.staff.through(planmeeting_id=meeting.pk, user_id=user.pk))
        m2m.flush()
        present = Writer(PlanMeeting.residents.through, self.counts, "residents at plan meetings")
        for meeting, _staff, residents in self._plan_rows["meeting people"]:
            for r in residents:
                present.add(PlanMeeting.residents.through(planmeeting_id=meeting.pk, resident_id=r.pk))
        present.flush()
        at_evaluation = Writer(PlanEvaluation.residents.through, self.counts, "residents at plan evaluations")
        carried = Writer(PlanEvaluation.carried_over.through, self.counts, "priorities carried over")
        for d in drafts:
            if not d.evaluation:
                continue
            for r in self._plan_rows["evaluation people"][id(d.evaluation)]:
                at_evaluation.add(PlanEvaluation.residents.through(planevaluation_id=d.evaluation.pk, resident_id=r.pk))
            for p in d.carried:
                carried.add(PlanEvaluation.carried_over.through(planevaluation_id=d.evaluation.pk, priority_id=p.pk))
        at_evaluation.flush()
        carried.flush()

    def _plan_residents_index(self) -> None:
        """Residents per wijk in order of registration, to pick those present at a meeting."""
        wijk_of = {b.pk: b.neighbourhood_id for b in self.buurten}
        self._wijk_residents: dict[int, list] = defaultdict(list)
        for r in sorted(self.residents, key=lambda r: (r.registered_on, r.pk)):
            if r.buurt_id in wijk_of:
                self._wijk_residents[wijk_of[r.buurt_id]].append(r)
        self._wijk_dates = {w: [r.registered_on for r in rs] for w, rs in self._wijk_residents.items()}
        self._plan_rows["evaluation people"] = {}

    def _present(self, rng: random.Random, wijk_id: int, on: date, low: int, high: int) -> list:
        residents = self._wijk_residents.get(wijk_id, [])
        hi = bisect_right(self._wijk_dates.get(wijk_id, []), on)
        chosen = {}
        for _ in range(rng.randint(low, high) * 2):
            if not hi or len(chosen) >= high:
                break
            r = residents[rng.randrange(hi)]
            if r.closed_on is None or r.closed_on > on:
                chosen[r.pk] = r
        return list(chosen.values())[: max(low, min(high, len(chosen)))]

    def _plan_staff(self, rng: random.Random, team_id: int) -> list:
        connectors = self.team_connectors[team_id]
        staff = rng.sample(connectors, min(len(connectors), rng.randint(1, 3)))
        if rng.random() < 0.4:
            staff.append(self.team_leads[team_id])
        return staff

    def _meeting(self, rng, plan: NeighbourhoodPlan, on: date, kind: str, team_id: int) -> None:
        if on > self.today:
            return
        meeting = PlanMeeting(
            plan=plan,
            held_on=on,
            other_attendees=rng.randint(3, 20),
            notes=rng.choice(fieldwork.PLAN_MEETING_NOTES[kind]),
            created_by=plan.created_by,
        )
        self._plan_rows["plan meetings"].append(meeting)
        residents = self._present(rng, plan.wijk_id, on, 2, 8)
        self._plan_rows["meeting people"].append((meeting, self._plan_staff(rng, team_id), residents))

    def _plan(self, rng: random.Random, team, wijk, year: int, previous: PlanDraft | None) -> PlanDraft | None:
        if previous is None:
            written = between(rng, date(year - 1, 11, 1), date(year - 1, 12, 15))
        else:
            written = previous.evaluation.held_on + timedelta(days=rng.randint(3, 20))
        if written > self.today:
            return None
        adopted = between(rng, date(year, 1, 15), date(year, 3, 20))
        is_adopted = adopted <= self.today
        by = self.connector_choice(team.pk).pick(rng)
        plan = NeighbourhoodPlan(
            uuid=demo_uuid(rng),
            wijk=wijk,
            year=year,
            team=team,
            status=PlanStatus.ADOPTED if is_adopted else PlanStatus.DRAFT,
            adopted_on=adopted if is_adopted else None,
            summary=rng.choice(fieldwork.PLAN_SUMMARIES),
            previous_plan=previous.plan if previous else None,
            created_by=by,
        )
        draft = PlanDraft(plan)
        self._meeting(rng, plan, written, "write", team.pk)
        # Priorities: those carried over and last year's new goals, then a theme or two of this year.
        taken = set()
        if previous:
            for p in previous.carried:
                taken.add(p.theme)
                draft.priorities.append(
                    Priority(
                        plan=plan,
                        theme=p.theme,
                        why=p.why,
                        success=p.success,
                        figures=p.figures,
                        carried_over_from=p,
                        is_proposal=not is_adopted and rng.random() < 0.6,
                        created_by=by,
                    )
                )
            for goal in previous.goals:
                taken.add(goal)
                draft.priorities.append(
                    Priority(
                        plan=plan, theme=goal[:150], is_proposal=not is_adopted and rng.random() < 0.6, created_by=by
                    )
                )
        themes = [t for t in fieldwork.PLAN_THEMES if t[0] not in taken]
        for theme, why, success, figures in rng.sample(themes, max(0, rng.randint(2, 4) - len(draft.priorities))):
            draft.priorities.append(
                Priority(plan=plan, theme=theme, why=why, success=success, figures=list(figures), created_by=by)
            )
        for order, p in enumerate(draft.priorities, start=1):
            p.order = order
        if not is_adopted:
            return draft
        year_end = min(self.today, date(year, 12, 31))
        self._meeting(rng, plan, between(rng, date(year, 6, 1), date(year, 9, 30)), "midyear", team.pk)
        for p in draft.priorities:
            day = adopted
            for _ in range(rng.randint(1, 3)):
                day = day + timedelta(days=rng.randint(30, 150))
                if day > year_end:
                    break
                status = PROGRESS.pick(rng)
                if day.month >= 9 and rng.random() < 0.35:
                    status = ProgressStatus.DONE
                self._plan_rows["plan progress notes"].append(
                    ProgressNote(
                        priority=p,
                        noted_on=day,
                        status=status,
                        text=rng.choice(fieldwork.PROGRESS_TEXTS[status]),
                        created_by=self.connector_choice(team.pk).pick(rng),
                    )
                )
                draft.last_status[id(p)] = status
                if status == ProgressStatus.DONE:
                    break
        self._plan_links(rng, draft, team, year)
        held = between(rng, date(year, 11, 15), date(year, 12, 20))
        if held > self.today:
            return draft
        carried = [p for p in draft.priorities if draft.last_status.get(id(p)) != ProgressStatus.DONE]
        draft.carried = rng.sample(carried, min(len(carried), rng.randint(1, 2)))
        draft.goals = rng.sample(fieldwork.PLAN_GOALS, rng.randint(0, 2))
        draft.evaluation = PlanEvaluation(
            plan=plan,
            held_on=held,
            went_well=rng.choice(fieldwork.PLAN_WENT_WELL),
            went_badly=rng.choice(fieldwork.PLAN_WENT_BADLY),
            other_attendees=rng.randint(4, 18),
            next_year_goals="\n".join(draft.goals),
            recorded_by=by,
        )
        self._plan_rows["evaluation people"][id(draft.evaluation)] = self._present(rng, wijk.pk, held, 3, 10)
        plan.status = PlanStatus.EVALUATED
        return draft

    def _plan_links(self, rng: random.Random, draft: PlanDraft, team, year: int) -> None:
        """Activities, networks and training editions of the team in the wijk, in the plan's year."""
        start, end = date(year, 1, 1), min(date(year, 12, 31), self.today)
        wijk_id = draft.plan.wijk_id
        wijk_of = {b.pk: b.neighbourhood_id for b in self.team_buurten.get(team.pk, [])}
        items = []
        for a in self.activities:
            if a.team_id == team.pk and a.buurt_id and wijk_of.get(a.buurt_id) == wijk_id:
                if start <= a.starts_on <= end:
                    items.append(("activity", a))
        for n in self.networks:
            if n.team_id == team.pk and n.buurt_id and wijk_of.get(n.buurt_id) == wijk_id:
                if n.started_on <= end and (n.ended_on is None or n.ended_on >= start):
                    items.append(("network", n))
        for e in self.training_editions:
            if e.team_id == team.pk and e.wijk_id == wijk_id and e.cancelled_on is None:
                if e.starts_on <= end and e.ends_on >= start:
                    items.append(("edition", e))
        for kind, item in rng.sample(items, min(len(items), rng.randint(1, 5))):
            priority = rng.choice(draft.priorities) if rng.random() < 0.7 else None
            self._plan_rows["plan links"].append(
                PlanLink(plan=draft.plan, priority=priority, created_by=draft.plan.created_by, **{kind: item})
            )
