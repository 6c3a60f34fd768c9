"""The demo city at a small scale: deterministic, within the model constraints, and complete."""

from collections import Counter
from datetime import date, timedelta

from django.contrib.auth.hashers import check_password
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.db.models import Count

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team, User
from bloei.community.models import Activity, Network, NetworkMembership
from bloei.core.models import RippleLink
from bloei.demo.generator import DEMO_PASSWORD, LOGIN_USERNAMES, REFERENCE_MODELS, DemoError, build_demo_city
from bloei.matching.choices import MatchKind, MatchStatus, SignUpStatus
from bloei.matching.models import FollowUp, Match, SignUp
from bloei.outreach.models import OutreachRound, RoundSignUp
from bloei.people.choices import ConsentPurpose
from bloei.people.models import Assignment, Consent, ContactMoment, LadderAssessment, Resident, TalentScan
from bloei.places.models import Opening, Place
from bloei.plans.models import NeighbourhoodPlan, PlanEvaluation, PlanMeeting, Priority, ProgressNote
from bloei.referrals.models import Referral, Signal
from bloei.trainings.models import Attendance, Enrolment, Evaluation, Outcome, TrainingEdition, TrainingFollowUp
from bloei.workload.models import BoundaryDecision, TimeRecord

TODAY = date(2026, 6, 15)
SCALE = 0.05


class Rollback(Exception):
    pass


def snapshot() -> dict:
    """What must be equal for two builds with the same seed."""
    return {
        "counts": {
            model.__name__: model.objects.count()
            for model in (
                Resident,
                Place,
                Opening,
                Match,
                SignUp,
                FollowUp,
                Network,
                NetworkMembership,
                Activity,
                TalentScan,
                ContactMoment,
                Consent,
                Assignment,
                RippleLink,
                User,
                TrainingEdition,
                Enrolment,
                Attendance,
                Outcome,
                TrainingFollowUp,
                LadderAssessment,
                OutreachRound,
                RoundSignUp,
                NeighbourhoodPlan,
                Priority,
                Referral,
                Signal,
                TimeRecord,
                BoundaryDecision,
            )
        },
        "first_names": list(Resident.objects.order_by("registered_on", "uuid").values_list("first_name", flat=True)),
        "uuids": [str(u) for u in Resident.objects.order_by("uuid").values_list("uuid", flat=True)[:50]],
        "places": list(Place.objects.order_by("uuid").values_list("name", "added_on")),
        "matches": list(
            Match.objects.order_by("uuid").values_list("kind", "status", "proposed_on", "started_on", "ended_on")
        ),
        "editions": list(TrainingEdition.objects.order_by("uuid").values_list("name", "starts_on", "finished_on")),
        "enrolments": list(Enrolment.objects.order_by("uuid").values_list("resident__uuid", "left_on", "completed")),
        "ladder": list(
            LadderAssessment.objects.order_by("resident__uuid", "assessed_on", "rung__level").values_list(
                "resident__uuid", "assessed_on", "rung__level"
            )
        ),
        "rounds": list(OutreachRound.objects.order_by("uuid").values_list("kind", "held_on", "homes_reached")),
        "plans": list(NeighbourhoodPlan.objects.order_by("uuid").values_list("wijk__code", "year", "status")),
        "referrals": list(Referral.objects.order_by("uuid").values_list("status", "decided_on")),
        "signals": list(Signal.objects.order_by("uuid").values_list("kind", "raised_on", "acknowledged_at")),
        "hours": list(TimeRecord.objects.order_by("uuid").values_list("week", "neighbourhood", "trainings")),
        "decisions": list(BoundaryDecision.objects.order_by("uuid").values_list("outcome", "decided_on")),
    }


def build_and_forget(**kwargs) -> dict:
    """Build the city in a savepoint, take a snapshot, and roll it back."""
    result = {}
    try:
        with transaction.atomic():
            build_demo_city(**kwargs)
            result.update(snapshot())
            raise Rollback
    except Rollback:
        pass
    assert not Resident.objects.exists()
    return result


@pytest.fixture
def city(db):
    return build_demo_city(seed=7, scale=SCALE, today=TODAY)


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_city_and_another_seed_another():
    first = build_and_forget(seed=3, scale=SCALE, today=TODAY)
    second = build_and_forget(seed=3, scale=SCALE, today=TODAY)
    other = build_and_forget(seed=4, scale=SCALE, today=TODAY)
    assert first["counts"]["Resident"] == round(6000 * SCALE)
    assert first == second
    assert first["first_names"] != other["first_names"]
    assert first["uuids"] != other["uuids"]


@pytest.mark.django_db
def test_counts_follow_the_scale(city):
    assert city["residents"] == 300
    assert city["places"] == 25
    assert city["talent scans"] == 120
    assert 100 < city["matches"] < 180  # ~1,000 a year at scale 1, over almost three years


def test_every_kind_and_status_of_match_with_reasons_and_history(city):
    kinds = Counter(Match.objects.values_list("kind", flat=True))
    assert set(kinds) == set(MatchKind.values)
    # Proportions of the evaluation: resident–place most, then resident–resident, place–place least.
    assert kinds[MatchKind.RESIDENT_PLACE] > kinds[MatchKind.RESIDENT_RESIDENT] > kinds[MatchKind.PLACE_PLACE]
    assert set(Match.objects.values_list("status", flat=True)) == set(MatchStatus.values)
    assert not Match.objects.filter(status=MatchStatus.ENDED, end_reason="").exists()
    assert Match.objects.filter(status=MatchStatus.ENDED).values("end_reason").distinct().count() >= 4
    assert Match.objects.durable_as_of(TODAY).exists()
    assert Match.objects.filter(started_on__isnull=False).exclude(pk__in=Match.objects.durable_as_of(TODAY)).exists()
    assert not Match.objects.filter(proposed_on__gt=TODAY).exists()
    for match in Match.objects.prefetch_related("status_changes"):
        history = [(c.status, c.changed_on) for c in match.status_changes.all()]
        assert history[0] == (MatchStatus.PROPOSED, match.proposed_on)
        assert history[-1][0] == match.status
        assert [d for _s, d in history] == sorted(d for _s, d in history)


def test_matches_are_made_by_connectors_of_their_team_between_registered_residents(city):
    connectors = {(m.user_id, m.team_id) for m in Membership.objects.filter(role=Role.CONNECTOR)}
    for match in Match.objects.select_related("resident_a", "resident_b").prefetch_related("connectors"):
        assert all((u.pk, match.team_id) in connectors for u in match.connectors.all())
        for resident in (match.resident_a, match.resident_b):
            if resident:
                assert resident.registered_on <= match.proposed_on
                assert resident.team_id == match.team_id


def test_waiting_list_and_sign_up_lifecycles(city):
    statuses = Counter(SignUp.objects.values_list("status", flat=True))
    assert set(statuses) == set(SignUpStatus.values)
    assert statuses[SignUpStatus.OPEN] == round(82 * SCALE)
    assert SignUp.objects.waiting_on(TODAY).count() == statuses[SignUpStatus.OPEN]
    assert SignUp.objects.waiting_on(date(TODAY.year - 1, 12, 31)).exists()  # kept historically
    matched = SignUp.objects.filter(status=SignUpStatus.MATCHED)
    assert matched.exists()
    assert not matched.filter(matches_as_request__isnull=True, matches_as_offer__isnull=True).exists()


def test_follow_ups_are_done_due_and_overdue(city):
    assert FollowUp.objects.filter(done_on__isnull=False).exclude(outcome="").exists()
    assert FollowUp.objects.overdue(TODAY).exists()
    assert FollowUp.objects.pending().filter(due_on__gt=TODAY).exists()
    # Open follow-ups belong to running matches only.
    assert not FollowUp.objects.filter(done_on__isnull=True).exclude(match__status=MatchStatus.ACTIVE).exists()


def test_residents_have_consent_addresses_and_caseloads(city):
    assert Resident.objects.exclude(consents__purpose=ConsentPurpose.REGISTRATION).count() == 0
    assert Consent.objects.filter(purpose=ConsentPurpose.PHOTOS, withdrawn_on__isnull=False).exists()
    assert not Resident.objects.filter(buurt__isnull=True).exists()
    assert all(pc[:2] == "56" and len(pc) == 6 for pc in Resident.objects.values_list("postcode", flat=True))
    # Streets are consistent per buurt: a street lies in one buurt.
    pairs = set(Resident.objects.values_list("street", "buurt_id"))
    assert len({street for street, _b in pairs}) == len(pairs)
    assert Resident.objects.filter(languages__code="nl").count() > Resident.objects.count() * 0.7
    assert Resident.objects.exclude(languages__code="nl").exists()
    assert Assignment.objects.filter(role="connector").count() > Resident.objects.count() * 0.8
    assert Resident.objects.filter(referred_by__isnull=False).exists()
    assert TalentScan.objects.filter(version__gte=2).exists()
    assert not TalentScan.objects.filter(good_at="").exists()
    assert TalentScan.objects.filter(talents__isnull=False).distinct().count() == TalentScan.objects.count()


def test_places_networks_activities_and_ripples(city):
    years = Counter(d.year for d in Place.objects.values_list("added_on", flat=True))
    assert all(years[y] > 0 for y in (TODAY.year - 2, TODAY.year - 1))
    assert Opening.objects.exists()
    assert Network.objects.filter(phase="self_steering").exists()
    assert Network.objects.filter(name__startswith="DOEN").exists()
    assert NetworkMembership.objects.filter(left_on__isnull=False).exists()
    assert Activity.objects.exclude(recurrence="once").exists()
    assert Activity.objects.filter(starts_on__gt=TODAY).exists()  # planned
    assert RippleLink.objects.exists()


def test_staff_of_every_role_with_one_team_lead_per_team(city):
    teams = Team.objects.count()
    leads = Membership.objects.filter(role=Role.TEAM_LEAD).values("team").annotate(n=Count("id"))
    assert len(leads) == teams and all(row["n"] == 1 for row in leads)
    assert Membership.objects.filter(role=Role.CONNECTOR).values("team").distinct().count() == teams
    assert Membership.objects.filter(role=Role.GENERALIST).values("team").distinct().count() == teams
    for role in (Role.ANALYST, Role.MUNICIPALITY, Role.ADMIN):
        assert Membership.objects.filter(role=role, team__isnull=True).count() == 1


def test_the_beheerder_may_change_reference_data_only(city):
    beheerder = User.objects.get(username=LOGIN_USERNAMES[Role.ADMIN])
    assert beheerder.is_staff and not beheerder.is_superuser
    granted = {(p.content_type.app_label, p.content_type.model) for p in beheerder.user_permissions.all()}
    assert granted == set(REFERENCE_MODELS)
    assert beheerder.has_perm("people.change_talent")
    assert not beheerder.has_perm("people.view_resident")
    assert not User.objects.filter(is_superuser=True).exists()


def test_the_demo_password_passes_the_validators_and_opens_every_account(city):
    for username in LOGIN_USERNAMES.values():
        user = User.objects.get(username=username)
        validate_password(DEMO_PASSWORD, user=user)
        assert check_password(DEMO_PASSWORD, user.password)
    assert User.objects.values("password").distinct().count() == 1  # hashed once


def test_history_ends_on_today(db):
    build_demo_city(seed=1, scale=0.02, today=TODAY)
    for model, field in (
        (Match, "proposed_on"),
        (ContactMoment, "occurred_on"),
        (TalentScan, "conducted_on"),
        (SignUp, "opened_on"),
        (Resident, "registered_on"),
        (Place, "added_on"),
        (Enrolment, "enrolled_on"),
        (Attendance, "session__held_on"),
        (Evaluation, "filled_on"),
        (Outcome, "started_on"),
        (TrainingFollowUp, "done_on"),
        (LadderAssessment, "assessed_on"),
        (OutreachRound, "held_on"),
        (RoundSignUp, "signed_up_on"),
        (PlanMeeting, "held_on"),
        (ProgressNote, "noted_on"),
        (PlanEvaluation, "held_on"),
        (Referral, "referred_on"),
        (Referral, "decided_on"),
        (Signal, "raised_on"),
        (TimeRecord, "week"),
        (BoundaryDecision, "decided_on"),
    ):
        assert not model.objects.filter(**{f"{field}__gt": TODAY}).exists(), model
    assert Match.objects.filter(proposed_on__gte=TODAY - timedelta(days=30)).exists()


@pytest.mark.django_db
def test_without_areas_the_generator_says_what_to_do():
    Membership.objects.all().delete()
    Team.objects.all().delete()
    with pytest.raises(DemoError, match="load_areas"):
        build_demo_city(scale=0.01, today=TODAY)
