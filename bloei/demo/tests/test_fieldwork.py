"""The demo city's trainings, ladder histories, outreach, plans, referrals, signals and time records.

One city (seed 7, scale 0.05) is built for the module and rolled back at the end; every test reads it.
"""

from collections import Counter, defaultdict
from datetime import date, timedelta
from types import SimpleNamespace

from django.db import transaction
from django.db.models import F

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team
from bloei.demo.constants import TRAINING_PARTICIPANTS
from bloei.demo.generator import DemoCity, build_demo_city
from bloei.outreach.choices import RoundKind
from bloei.outreach.models import OutreachRound, RoundSignUp, RoundWish
from bloei.people.models import LadderAssessment, Resident
from bloei.plans.choices import PlanStatus
from bloei.plans.models import NeighbourhoodPlan, PlanLink, PlanMeeting, Priority, ProgressNote
from bloei.referrals.choices import ReferralStatus
from bloei.referrals.models import Referral, Signal
from bloei.referrals.workdays import add_working_days
from bloei.trainings.choices import AttendanceStatus, OutcomeKind
from bloei.trainings.models import Attendance, Enrolment, Outcome, TrainingEdition, TrainingFollowUp
from bloei.trainings.selectors import completion_for
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord
from bloei.workload.selectors import connection_exists

TODAY = date(2026, 6, 15)
SCALE = 0.05
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def city(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        counts = build_demo_city(seed=7, scale=SCALE, today=TODAY)
        yield counts
        transaction.set_rollback(True)


def members(role: str) -> set[tuple[int, int]]:
    return set(Membership.objects.filter(role=role).values_list("user_id", "team_id"))


# -- trainings and the participation ladder ----------------------------------------------------------


def test_training_participants_per_year_follow_the_evaluation():
    """At scale 1 the editions' groups add up to the yearly figures: 34 / 76 / 9 in the first year."""
    city = DemoCity(seed=1, scale=1, today=date(2026, 11, 23))
    types = {slug: SimpleNamespace(slug=slug) for slug in TRAINING_PARTICIPANTS}
    plans = city._edition_plans(city.rng("trainings"), types)
    per_year = Counter()
    for slug, start, size, cancelled in plans:
        per_year[(start.year, slug)] += 0 if cancelled else size
    for slug, figures in TRAINING_PARTICIPANTS.items():
        assert per_year[(2024, slug)] == figures[0]
        assert per_year[(2025, slug)] == figures[1]
    assert sum(per_year[(2025, slug)] for slug in TRAINING_PARTICIPANTS) == 120  # the KPI
    assert all(start.month not in (7, 8) and start.weekday() <= 3 for _s, start, _n, _c in plans)
    assert any(start > date(2026, 11, 23) for _s, start, _n, _c in plans)  # planned editions


def test_editions_meetings_and_participants(city):
    assert city["training editions"] >= 2 and city["training enrolments"] >= 15
    editions = TrainingEdition.objects.select_related("training_type", "team").prefetch_related(
        "trainers", "sessions", "team__neighbourhoods"
    )
    assert {"kom-tot-bloei", "de-wijk-werkt"} <= {e.training_type.slug for e in editions}
    connectors = members(Role.CONNECTOR)
    for edition in editions:
        assert edition.wijk_id in {n.pk for n in edition.team.neighbourhoods.all()}
        assert all((u.pk, edition.team_id) in connectors for u in edition.trainers.all())
        assert edition.enrolments.filter(left_on__isnull=True).count() <= edition.max_participants
        days = [s.held_on for s in edition.sessions.all()]
        assert len(days) == edition.training_type.default_meetings
        assert (min(days), max(days)) == (edition.starts_on, edition.ends_on)
        if edition.finished_on:
            assert edition.ends_on <= edition.finished_on <= TODAY
            decided = completion_for(edition)  # the trainings app's own completion rule
            assert {e.pk: e.completed for e in edition.enrolments.all()} == decided
            assert edition.enrolments.filter(follow_up__isnull=True).count() == 0
    for e in Enrolment.objects.select_related("resident", "edition"):
        assert e.resident.team_id == e.edition.team_id
        assert e.resident.registered_on <= e.enrolled_on <= TODAY
        assert (e.benefit_status == "") == (e.benefit_purpose == "")
    assert not Attendance.objects.filter(session__held_on__gt=TODAY).exists()
    stopped = Attendance.objects.filter(enrolment__left_on__isnull=False, session__held_on__gte=F("enrolment__left_on"))
    assert not stopped.filter(status=AttendanceStatus.PRESENT).exists()
    assert Enrolment.objects.filter(benefit_status="participatiewet").exists()
    assert Enrolment.objects.filter(left_on__isnull=False).exclude(left_reason="").exists()
    assert not Enrolment.objects.filter(left_on__isnull=True).exclude(left_reason="").exists()


def test_outcomes_and_one_year_follow_ups(city):
    assert Outcome.objects.exists()
    assert not Outcome.objects.filter(started_on__lt=F("enrolment__edition__starts_on")).exists()
    assert not Outcome.objects.filter(started_on__gt=TODAY).exists()
    for f in TrainingFollowUp.objects.select_related("enrolment__edition", "ladder_assessment"):
        edition = f.enrolment.edition
        assert f.due_on == edition.ends_on + timedelta(days=365)
        if f.done_on is None:
            assert f.reached is None and f.ladder_assessment is None
            continue
        assert edition.finished_on <= f.done_on <= TODAY
        if f.reached:
            assert f.current_activity in OutcomeKind.values
            assert f.ladder_assessment.assessed_on == f.done_on
            assert f.ladder_assessment.resident_id == f.enrolment.resident_id
        else:
            assert f.current_activity == "" and f.ladder_assessment is None
    assert TrainingFollowUp.objects.filter(done_on__isnull=False, reached=True).exists()
    assert TrainingFollowUp.objects.filter(due_on__gt=TODAY).exists()  # still to come


def test_ladder_histories_move_up_for_most_not_for_all(city):
    residents = Resident.objects.count()
    at_registration = LadderAssessment.objects.filter(assessed_on=F("resident__registered_on"))
    assert 0.2 * residents < at_registration.values("resident").distinct().count() < 0.45 * residents
    assert not LadderAssessment.objects.filter(assessed_on__lt=F("resident__registered_on")).exists()
    assert not LadderAssessment.objects.filter(assessed_on__gte=F("resident__closed_on")).exists()
    assert not LadderAssessment.objects.filter(assessed_on__gt=TODAY).exists()
    staff = {(u, t) for u, t in Membership.objects.values_list("user_id", "team_id")}
    for by, team in LadderAssessment.objects.values_list("assessed_by_id", "resident__team_id"):
        assert (by, team) in staff
    # Participants of a training: the rung at the start and, for those followed up, a year later.
    history = defaultdict(list)
    for rid, on, level in LadderAssessment.objects.order_by("assessed_on", "pk").values_list(
        "resident_id", "assessed_on", "rung__level"
    ):
        history[rid].append((on, level))
    moves = []
    for e in Enrolment.objects.filter(follow_up__ladder_assessment__isnull=False).select_related(
        "edition", "follow_up__ladder_assessment__rung"
    ):
        start = [level for on, level in history[e.resident_id] if on == e.edition.starts_on]
        moves.append(e.follow_up.ladder_assessment.rung.level - start[-1])
    assert moves, "no participant was followed up"
    assert sum(moves) > 0  # a year after a training: on the whole upward
    # Everyone assessed more than once: more move up than down, and not everyone moves up.
    pairs = [(h[0][1], h[-1][1]) for h in history.values() if len(h) >= 2]
    assert sum(last > first for first, last in pairs) > 2 * sum(last < first for first, last in pairs)
    assert any(last <= first for first, last in pairs)


# -- outreach ----------------------------------------------------------------------------------------


def test_outreach_rounds_and_the_sign_ups_that_followed(city):
    rounds = OutreachRound.objects.select_related("team", "buurt").prefetch_related("staff", "team__neighbourhoods")
    assert {RoundKind.DOOR_TO_DOOR, RoundKind.CARGO_BIKE, RoundKind.WALK_IN} <= set(r.kind for r in rounds)
    staff = {(u, t) for u, t in Membership.objects.values_list("user_id", "team_id")}
    for r in rounds:
        assert r.buurt.neighbourhood_id in {n.pk for n in r.team.neighbourhoods.all()}
        assert r.held_on <= TODAY and (r.last_day is None or r.held_on <= r.last_day <= TODAY)
        assert all((u.pk, r.team_id) in staff for u in r.staff.all())
        if r.kind == RoundKind.DOOR_TO_DOOR:
            assert 0 < r.homes_reached <= r.homes_approached
        if r.kind == RoundKind.FLOOR_CONVERSATIONS:
            assert r.floors and r.homes_reached <= r.homes_approached
    reached = sum(r.homes_reached or 0 for r in rounds)
    approached = sum(r.homes_approached or 0 for r in rounds)
    assert 0.3 < reached / approached < 0.6  # "25 of 58 homes"
    assert RoundWish.objects.exists()
    signups = RoundSignUp.objects.select_related("outreach_round", "resident")
    assert signups.exists()
    for s in signups:
        assert s.resident.team_id == s.outreach_round.team_id
        assert s.outreach_round.held_on <= s.signed_up_on == s.resident.registered_on
        assert s.resident.referral_source in ("door_to_door", "cargo_bike", "walk_in")
    came_to_the_door = Resident.objects.filter(referral_source="door_to_door", registered_on__gte=date(2024, 3, 1))
    linked = came_to_the_door.filter(outreach_signups__isnull=False).distinct().count()
    assert linked > 0.5 * came_to_the_door.count()


# -- neighbourhood plans -----------------------------------------------------------------------------


def test_plans_are_written_adopted_followed_and_evaluated(city):
    plans = NeighbourhoodPlan.objects.select_related("team", "previous_plan", "evaluation").prefetch_related(
        "team__neighbourhoods", "priorities"
    )
    assert {p.status for p in plans} >= {PlanStatus.EVALUATED, PlanStatus.ADOPTED}
    for plan in plans:
        assert plan.wijk_id in {n.pk for n in plan.team.neighbourhoods.all()}
        assert (plan.status == PlanStatus.DRAFT) == (plan.adopted_on is None)
        assert plan.priorities.exists()
        if plan.adopted_on:
            assert date(plan.year - 1, 1, 1) <= plan.adopted_on <= TODAY
            assert not plan.priorities.filter(is_proposal=True).exists()
        if plan.status == PlanStatus.EVALUATED:
            assert plan.adopted_on <= plan.evaluation.held_on <= TODAY
            assert all(p.plan_id == plan.pk for p in plan.evaluation.carried_over.all())
        if plan.previous_plan:
            previous = plan.previous_plan
            assert (previous.wijk_id, previous.year, previous.status) == (plan.wijk_id, plan.year - 1, "evaluated")
            carried = set(previous.evaluation.carried_over.values_list("pk", flat=True))
            assert carried == set(
                plan.priorities.exclude(carried_over_from=None).values_list("carried_over_from", flat=True)
            )
    assert NeighbourhoodPlan.objects.filter(previous_plan__isnull=False).exists()
    assert not ProgressNote.objects.filter(noted_on__lt=F("priority__plan__adopted_on")).exists()
    assert not ProgressNote.objects.filter(noted_on__gt=TODAY).exists()
    assert not PlanMeeting.objects.filter(held_on__gt=TODAY).exists()
    for link in PlanLink.objects.select_related("plan", "activity__buurt", "network__buurt", "edition"):
        target = link.target
        assert target.team_id == link.plan.team_id
        wijk = target.wijk_id if link.edition_id else target.buurt.neighbourhood_id
        assert wijk == link.plan.wijk_id
        assert link.priority is None or link.priority.plan_id == link.plan_id
    assert any(p.figures for p in Priority.objects.all())  # the wijk's figures beside the reason


# -- referrals and signals ---------------------------------------------------------------------------


def test_referrals_hand_residents_over_with_consent(city):
    connectors, generalists = members(Role.CONNECTOR), members(Role.GENERALIST)
    referrals = Referral.objects.select_related("consent", "assignment", "resident")
    assert {r.status for r in referrals} >= {ReferralStatus.ACCEPTED, ReferralStatus.OPEN}
    for r in referrals:
        assert (r.referred_by_id, r.resident.team_id) in generalists
        assert r.consent.resident_id == r.resident_id and r.consent.given_on == r.referred_on <= TODAY
        if r.status == ReferralStatus.ACCEPTED:
            assert (r.assigned_connector_id, r.team_id) in connectors
            assert r.assignment.resident_id == r.resident_id and r.assignment.user_id == r.assigned_connector_id
            assert r.assignment.started_on == r.decided_on >= r.referred_on
        if r.status == ReferralStatus.RETURNED:
            assert r.return_reason
        if r.status == ReferralStatus.OPEN:
            assert r.decided_on is None and (TODAY - r.referred_on).days <= 14


def test_signals_are_acknowledged_or_escalated(city):
    generalists, connectors = members(Role.GENERALIST), members(Role.CONNECTOR)
    statuses = Counter()
    for s in Signal.objects.select_related("resident"):
        statuses[s.status(TODAY)] += 1
        assert s.resident.team_id == s.team_id and (s.raised_by_id, s.team_id) in connectors
        assert s.deadline == add_working_days(s.raised_on, 2)
        if s.acknowledged_at:
            assert (s.acknowledged_by_id, s.team_id) in generalists and s.acknowledgement_note
            assert s.raised_at <= s.acknowledged_at
        late = s.acknowledged_at.date() > s.deadline if s.acknowledged_at else s.deadline < TODAY
        assert (s.escalated_at is not None) == late
    assert set(statuses) == {"open", "escalated", "acknowledged"}


# -- time records and "een grens stellen" --------------------------------------------------------------


def test_time_records_of_connectors(city):
    connectors = members(Role.CONNECTOR)
    records = list(TimeRecord.objects.all())
    assert records
    shares = []
    for r in records:
        assert (r.user_id, r.team_id) in connectors
        assert r.week.weekday() == 0 and r.week <= TODAY
        assert 0 < r.total <= 80
        shares.append(float(r.neighbourhood / r.total))
    assert 0.35 < sum(shares) / len(shares) < 0.6
    assert any(r.trainings > 0 for r in records)
    assert len({r.week for r in records}) > 40


def test_boundary_decisions_on_long_open_trajectories(city):
    leads = members(Role.TEAM_LEAD)
    decisions = BoundaryDecision.objects.select_related("resident")
    assert {d.outcome for d in decisions} >= {BoundaryOutcome.CONTINUE}
    for d in decisions:
        assert (d.decided_by_id, d.team_id) in leads and d.resident.team_id == d.team_id
        assert (d.decided_on - d.resident.registered_on).days >= 365
        # No active connection on the day, by the workload app's own definition.
        assert not Resident.objects.filter(pk=d.resident_id).filter(connection_exists(d.decided_on, 365)).exists()
        if d.outcome == BoundaryOutcome.CLOSE:
            assert d.review_on is None and d.resident.closed_on == d.decided_on
        else:
            assert d.review_on > d.decided_on and d.resident.closed_on is None
            assert d.outcome != BoundaryOutcome.CONTINUE or d.next_step


# -- every record belongs to a team whose people can see it -------------------------------------------


def test_every_record_is_visible_to_its_team(city):
    leads = {t.pk: Membership.objects.get(team=t, role=Role.TEAM_LEAD).user for t in Team.objects.all()}
    for model in (
        TrainingEdition,
        Enrolment,
        TrainingFollowUp,
        OutreachRound,
        RoundSignUp,
        NeighbourhoodPlan,
        Priority,
        ProgressNote,
        PlanLink,
        Referral,
        Signal,
        TimeRecord,
        BoundaryDecision,
    ):
        seen = set()
        for lead in leads.values():
            seen |= set(model.objects.visible_to(lead).values_list("pk", flat=True))
        assert seen == set(model.objects.values_list("pk", flat=True)), model.__name__
        assert seen, model.__name__
    for lead_team, lead in leads.items():
        visible = set(Resident.objects.visible_to(lead).values_list("pk", flat=True))
        assessed = set(
            LadderAssessment.objects.filter(resident__team_id=lead_team).values_list("resident_id", flat=True)
        )
        assert assessed <= visible
    # The people who did the work see their own records.
    for edition in TrainingEdition.objects.prefetch_related("trainers"):
        for trainer in edition.trainers.all():
            assert TrainingEdition.objects.visible_to(trainer).filter(pk=edition.pk).exists()
    for record in TimeRecord.objects.select_related("user")[:50]:
        assert TimeRecord.objects.visible_to(record.user).filter(pk=record.pk).exists()
    for signal in Signal.objects.select_related("raised_by", "acknowledged_by"):
        assert Signal.objects.visible_to(signal.raised_by).filter(pk=signal.pk).exists()
        if signal.acknowledged_by:
            assert Signal.objects.visible_to(signal.acknowledged_by).filter(pk=signal.pk).exists()
    for referral in Referral.objects.select_related("referred_by")[:50]:
        assert Referral.objects.visible_to(referral.referred_by).filter(pk=referral.pk).exists()
