"""Connectors' weekly time records, and the team leads' decisions on long open trajectories.

Time: each connector has a contract (24-36 hours) and a usual share in the neighbourhood (35-60 %; the
evaluation: "verbinders willen vooral in de wijk aanwezig zijn", but meetings eat time). Weeks with
training meetings or outreach rounds show them; holidays, public holidays and forgotten weeks are gaps.
"Een grens stellen" (003 §5): residents open for more than a year without an active connection are
discussed; the team lead decides to continue with a next step, refer, close the file or something else.
"""

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings

from bloei.community.models import NetworkMembership
from bloei.demo.data import fieldwork
from bloei.demo.lifecycle import Weighted, between, demo_uuid
from bloei.referrals.workdays import dutch_public_holidays
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord

from .common import BATCH, Writer

DECISIONS_PER_YEAR = 40
RECORDED_WEEKS = 60
OUTCOMES = Weighted.from_dict({BoundaryOutcome.CONTINUE: 50, BoundaryOutcome.REFER: 25, BoundaryOutcome.OTHER: 25})
CONTRACTS = (24, 28, 32, 32, 36)


def half_hours(value: float) -> Decimal:
    return Decimal(max(0, round(value * 2))) / 2


class WorkloadMixin:
    # -- time records and boundaries ---------------------------------------------------------------

    def _workload(self) -> None:
        self._time_records(self.rng("time records"))
        self._boundaries(self.rng("boundaries"))

    def _time_records(self, rng: random.Random) -> None:
        sessions: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for plan in self.training_plans:
            if plan.edition.cancelled_on:
                continue
            for s in plan.sessions:
                if s.held_on <= self.today:
                    for trainer in plan.trainers:
                        sessions[trainer.pk][s.held_on - timedelta(days=s.held_on.weekday())] += 1
        rounds: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for user_id, days in self.round_staff.items():
            for day, _team in days:
                rounds[user_id][day - timedelta(days=day.weekday())] += 1
        # Connectors record their weeks since the time records came in, 60 weeks ago (or the start).
        began = max(self.start, self.today - timedelta(weeks=RECORDED_WEEKS))
        first = began - timedelta(days=began.weekday())
        current = self.today - timedelta(days=self.today.weekday())
        weeks = [first + timedelta(weeks=k) for k in range((current - first).days // 7 + 1)]
        rows = Writer(TimeRecord, self.counts, "time records")
        for team in self.teams:
            for user in self.team_connectors[team.pk]:
                contract = rng.choice(CONTRACTS)
                base = rng.uniform(0.35, 0.6)  # usual share in the neighbourhood
                shares = (rng.uniform(0.13, 0.22), rng.uniform(0.07, 0.14), rng.uniform(0.12, 0.2))
                holidays = self._holiday_weeks(rng, weeks)
                behind = rng.randint(2, 4) if rng.random() < 0.12 else 0  # forgot the last weeks
                for k, week in enumerate(weeks):
                    if week in holidays or k >= len(weeks) - behind or rng.random() < 0.08:
                        continue
                    if week == current and (self.today.weekday() < 3 or rng.random() < 0.4):
                        continue  # the current week is recorded at its end
                    days = [week + timedelta(days=i) for i in range(5)]
                    days_off = sum(1 for d in days if d in dutch_public_holidays(d.year))
                    total = contract * (5 - days_off) / 5 * rng.uniform(0.9, 1.12)
                    share = base + rng.gauss(0, 0.05)
                    internal, partners, admin = shares
                    if rng.random() < 0.1:  # a week full of meetings
                        share, internal, partners = share - 0.15, internal * 1.8, partners * 1.8
                    # A training meeting is about three hours with its preparation; a round at least three.
                    trainings = 3.0 * sessions[user.pk].get(week, 0) + (1.0 if rng.random() < 0.08 else 0.0)
                    outside = max(total * share, 3.0 * rounds[user.pk].get(week, 0))
                    factor = max(0.0, total - outside - trainings) / (internal + partners + admin)
                    hours = {
                        "neighbourhood": half_hours(outside),
                        "internal_meetings": half_hours(internal * factor),
                        "partner_meetings": half_hours(partners * factor),
                        "trainings": half_hours(trainings),
                        "administration": half_hours(admin * factor),
                    }
                    hours = {name: min(h, Decimal(60)) for name, h in hours.items()}
                    rows.add(TimeRecord(uuid=demo_uuid(rng), user=user, team=team, week=week, **hours))
        rows.flush()

    @staticmethod
    def _holiday_weeks(rng: random.Random, weeks: list[date]) -> set[date]:
        """Three weeks in the summer, most years the week around Christmas, and a loose week or two."""
        off: set[date] = set()
        for year in sorted({w.year for w in weeks}):
            summer = [w for w in weeks if w.year == year and w.month in (7, 8)]
            if len(summer) >= 3:
                start = rng.randrange(len(summer) - 2)
                off.update(summer[start : start + 3])
            christmas = [w for w in weeks if w.year == year and w.month == 12 and w.day >= 22]
            if christmas and rng.random() < 0.7:
                off.add(christmas[0])
            loose = [w for w in weeks if w.year == year and w.month not in (7, 8, 12)]
            off.update(rng.sample(loose, min(len(loose), rng.randint(1, 2))))
        return off

    # -- "een grens stellen" ------------------------------------------------------------------------

    def _connections(self) -> dict[int, list[tuple[date, date | None]]]:
        """Per resident: the periods of an active connection (as in bloei.workload.selectors)."""
        after = int(getattr(settings, "BLOEI_BOUNDARY_AFTER_DAYS", 365))
        spans: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        for m in self.matches:
            for rid in (m.resident_a_id, m.resident_b_id):
                if rid:
                    spans[rid].append((m.proposed_on, m.ended_on))
        for rid, joined, left, started, ended in NetworkMembership.objects.values_list(
            "resident_id", "joined_on", "left_on", "network__started_on", "network__ended_on"
        ):
            ends = [d for d in (left, ended) if d]
            spans[rid].append((max(joined, started), min(ends) if ends else None))
        for rid, enrolments in self.enrolment_spans.items():
            for enrolled, left, cancelled, finished, last in enrolments:
                ends = [d for d in (left, cancelled, finished, last + timedelta(days=1)) if d]
                spans[rid].append((enrolled, min(ends)))
        for s in self._signups:
            # A sign-up counts while open, for `after` days at most.
            end = min([d for d in (s.closed_on, s.opened_on + timedelta(days=after)) if d])
            spans[s.resident.pk].append((s.opened_on, end))
        return spans

    @staticmethod
    def _connected(spans, resident_id: int, on: date) -> bool:
        return any(start <= on and (end is None or end > on) for start, end in spans.get(resident_id, ()))

    def _boundaries(self, rng: random.Random) -> None:
        after = int(getattr(settings, "BLOEI_BOUNDARY_AFTER_DAYS", 365))
        spans = self._connections()
        decisions: list[BoundaryDecision] = []

        def decide(r, on: date, outcome: str) -> BoundaryDecision:
            review = None if outcome == BoundaryOutcome.CLOSE else on + timedelta(days=rng.randint(56, 120))
            decision = BoundaryDecision(
                uuid=demo_uuid(rng),
                resident_id=r.pk,
                team_id=r.team_id,
                outcome=outcome,
                reason=rng.choice(fieldwork.BOUNDARY[outcome]),
                next_step=rng.choice(fieldwork.BOUNDARY_NEXT_STEPS) if outcome == BoundaryOutcome.CONTINUE else "",
                review_on=review,
                decided_on=on,
                decided_by=self.team_leads[r.team_id],
            )
            decisions.append(decision)
            return decision

        # Files closed after a long trajectory without a fitting connection.
        for r in self.residents:
            closed = r.closed_on
            if closed and closed >= self.start and (closed - r.registered_on).days > after:
                if not self._connected(spans, r.pk, closed) and rng.random() < 0.35:
                    decide(r, closed, BoundaryOutcome.CLOSE)
        # Open files: continue with a next step, refer, or something else; some come back after the review.
        latest = self.today - timedelta(days=after + 30)
        candidates = [r for r in self.residents if r.closed_on is None and r.registered_on <= latest]
        rng.shuffle(candidates)
        decided: set[int] = set()
        for index, year in enumerate(self.years):
            span_start, span_end = self.year_span(year)
            wanted = self.year_quota(index, DECISIONS_PER_YEAR)
            for r in candidates:
                if not wanted:
                    break
                first = max(span_start, r.registered_on + timedelta(days=after))
                if first > span_end or r.pk in decided:
                    continue
                on = between(rng, first, span_end)
                if self._connected(spans, r.pk, on):
                    continue
                decided.add(r.pk)
                wanted -= 1
                decision = decide(r, on, OUTCOMES.pick(rng))
                again = decision.review_on + timedelta(days=rng.randint(0, 14))
                if again <= self.today and not self._connected(spans, r.pk, again) and rng.random() < 0.5:
                    decide(r, again, OUTCOMES.pick(rng))
        BoundaryDecision.objects.bulk_create(decisions, batch_size=BATCH)
        self.counts["boundary decisions"] = len(decisions)
