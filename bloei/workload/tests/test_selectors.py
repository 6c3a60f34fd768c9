from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

import pytest

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership
from bloei.community.models import NetworkMembership
from bloei.community.tests.factories import NetworkFactory
from bloei.matching.choices import MatchStatus, SignUpStatus
from bloei.matching.tests.factories import MatchFactory, SignUpFactory
from bloei.people.tests.factories import ContactMomentFactory, ResidentFactory
from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType
from bloei.workload import selectors
from bloei.workload.choices import BoundaryOutcome, OverviewPeriod
from bloei.workload.services import week_of

from .factories import BoundaryDecisionFactory, TimeRecordFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LONG_AGO = TODAY - timedelta(days=500)


def days(n):
    return TODAY - timedelta(days=n)


def flagged(user, on=TODAY, after_days=365):
    return set(selectors.flagged_residents(user, on, after_days).values_list("pk", flat=True))


@pytest.fixture
def resident(cast):
    """Registered 500 days ago in team Centrum, nothing since."""
    return ResidentFactory(registered_on=LONG_AGO)


def edition(**kwargs):
    training_type = TrainingType.objects.create(
        slug=f"test-{TrainingType.objects.count()}",
        name_nl="Kom tot Bloei!",
        name_en="Kom tot Bloei!",
        default_meetings=4,
    )
    data = {"starts_on": days(20), "ends_on": TODAY + timedelta(days=20), "name": "Kom tot Bloei! najaar"}
    data.update(kwargs)
    return TrainingEdition.objects.create(training_type=training_type, **data)


class TestWhoIsFlagged:
    def test_a_long_open_file_without_any_connection_is_flagged(self, cast, resident):
        assert flagged(cast.team_lead_a) == {resident.pk}
        assert flagged(cast.connector_a) == {resident.pk}

    def test_a_file_open_shorter_than_the_threshold_is_not(self, cast):
        recent = ResidentFactory(registered_on=days(200))
        assert flagged(cast.team_lead_a) == set()
        assert flagged(cast.team_lead_a, after_days=100) == {recent.pk}

    def test_the_threshold_comes_from_the_setting(self, cast, settings):
        recent = ResidentFactory(registered_on=days(200))
        assert selectors.boundary_after_days() == 365
        settings.BLOEI_BOUNDARY_AFTER_DAYS = 100
        assert selectors.boundary_after_days() == 100
        assert set(selectors.flagged_residents(cast.team_lead_a, TODAY).values_list("pk", flat=True)) == {recent.pk}

    def test_a_match_that_ended_leaves_the_resident_flagged(self, cast, resident):
        MatchFactory(resident_a=resident, ended=True, proposed_on=days(120))
        assert flagged(cast.team_lead_a) == {resident.pk}

    @pytest.mark.parametrize("side", ["resident_a", "resident_b"])
    @pytest.mark.parametrize("status", ["proposed", "introduced", "active"])
    def test_an_open_match_on_either_side_is_an_active_connection(self, cast, resident, side, status):
        started = {"started_on": days(100)} if status == "active" else {}
        MatchFactory(**{side: resident}, status=status, proposed_on=days(110), **started)
        assert flagged(cast.team_lead_a) == set()

    def test_as_of_a_date_a_match_that_ended_later_still_counted(self, cast, resident):
        MatchFactory(
            resident_a=resident,
            status=MatchStatus.ENDED,
            proposed_on=days(120),
            started_on=days(110),
            ended_on=days(10),
            end_reason="moved",
        )
        assert flagged(cast.team_lead_a, on=days(30)) == set()
        assert flagged(cast.team_lead_a, on=days(5)) == {resident.pk}
        # Proposed after that date: it did not exist yet.
        assert flagged(cast.team_lead_a, on=days(130)) == {resident.pk}

    def test_a_running_network_membership_is_an_active_connection(self, cast, resident):
        network = NetworkFactory(started_on=days(300))
        NetworkMembership.objects.create(network=network, resident=resident, joined_on=days(200))
        assert flagged(cast.team_lead_a) == set()

    def test_having_left_the_network_or_its_end_is_no_connection(self, cast, resident):
        network = NetworkFactory(started_on=days(300))
        NetworkMembership.objects.create(network=network, resident=resident, joined_on=days(200), left_on=days(20))
        ended = NetworkFactory(started_on=days(300), ended_on=days(10))
        NetworkMembership.objects.create(network=ended, resident=resident, joined_on=days(200))
        assert flagged(cast.team_lead_a) == {resident.pk}
        assert flagged(cast.team_lead_a, on=days(15)) == set()  # the second network still ran then

    def test_an_enrolment_in_a_running_training_is_an_active_connection(self, cast, resident):
        Enrolment.objects.create(edition=edition(team_id=cast.team_a.pk), resident=resident, enrolled_on=days(25))
        assert flagged(cast.team_lead_a) == set()

    @pytest.mark.parametrize(
        ("edition_kwargs", "enrolment_kwargs"),
        [
            ({"starts_on": days(90), "ends_on": days(30)}, {}),
            ({"cancelled_on": days(5)}, {}),
            ({}, {"left_on": days(3)}),
        ],
        ids=["edition over", "edition cancelled", "stopped"],
    )
    def test_a_finished_cancelled_or_left_training_is_no_connection(
        self, cast, resident, edition_kwargs, enrolment_kwargs
    ):
        Enrolment.objects.create(
            edition=edition(team_id=cast.team_a.pk, **edition_kwargs),
            resident=resident,
            enrolled_on=days(60),
            **enrolment_kwargs,
        )
        assert flagged(cast.team_lead_a) == {resident.pk}

    def test_a_recent_open_sign_up_protects_an_old_one_does_not(self, cast, resident):
        old = SignUpFactory(resident=resident, opened_on=days(400))
        assert flagged(cast.team_lead_a) == {resident.pk}
        SignUpFactory(resident=resident, opened_on=days(30))
        assert flagged(cast.team_lead_a) == set()
        assert old.status == SignUpStatus.OPEN

    def test_a_recent_sign_up_that_was_withdrawn_does_not_protect(self, cast, resident):
        SignUpFactory(resident=resident, opened_on=days(30), status=SignUpStatus.WITHDRAWN, closed_on=days(20))
        assert flagged(cast.team_lead_a) == {resident.pk}

    def test_a_closed_file_is_gone(self, cast, resident):
        resident.closed_on = days(3)
        resident.save()
        assert flagged(cast.team_lead_a) == set()
        assert flagged(cast.team_lead_a, on=days(10)) == {resident.pk}

    def test_a_decision_hides_the_resident_until_the_review_date(self, cast, resident):
        BoundaryDecisionFactory(
            resident=resident, decided_by=cast.team_lead_a, decided_on=days(20), review_on=days(-10)
        )
        assert flagged(cast.team_lead_a) == set()
        assert flagged(cast.team_lead_a, on=days(-10)) == {resident.pk}  # on the review date it is back
        assert flagged(cast.team_lead_a, on=days(21)) == {resident.pk}  # before the decision it was listed
        row = selectors.flagged_residents(cast.team_lead_a, days(-10), 365).get()
        assert row.last_outcome == BoundaryOutcome.CONTINUE and row.last_review_on == days(-10)

    def test_the_latest_decision_counts(self, cast, resident):
        BoundaryDecisionFactory(
            resident=resident, decided_by=cast.team_lead_a, decided_on=days(60), review_on=days(-60)
        )
        BoundaryDecisionFactory(
            resident=resident,
            decided_by=cast.team_lead_a,
            decided_on=days(10),
            review_on=days(5),
            outcome=BoundaryOutcome.REFER,
            next_step="",
        )
        assert flagged(cast.team_lead_a) == {resident.pk}

    def test_only_the_teams_residents_and_only_for_connectors_and_team_leads(self, cast, resident, buurt_b):
        other_team = ResidentFactory(buurt=buurt_b, registered_on=LONG_AGO)
        assert flagged(cast.connector_b) == {other_team.pk}
        assert flagged(cast.generalist_a) == set()
        assert flagged(cast.analyst) == set()

    def test_the_list_shows_the_last_contact(self, cast, resident):
        ContactMomentFactory(resident=resident, occurred_on=days(40))
        ContactMomentFactory(resident=resident, occurred_on=days(90))
        assert selectors.flagged_residents(cast.team_lead_a, TODAY).get().last_contact_on == days(40)

    def test_a_fixed_number_of_queries(self, cast, django_assert_num_queries):
        def run():
            rows = list(selectors.with_current_staff(selectors.flagged_residents(cast.team_lead_a, TODAY), TODAY))
            return len(rows)

        for _ in range(3):
            r = ResidentFactory(registered_on=LONG_AGO)
            ContactMomentFactory(resident=r, occurred_on=days(40))
        run()  # the user's roles are loaded once per request
        with django_assert_num_queries(2):
            assert run() == 3
        for _ in range(10):
            r = ResidentFactory(registered_on=LONG_AGO)
            BoundaryDecisionFactory(resident=r, decided_by=cast.team_lead_a, decided_on=days(100), review_on=days(1))
        with django_assert_num_queries(2):
            assert run() == 13


class TestDecisionsUnderReview:
    def test_lists_each_residents_latest_decision_still_waiting_for_its_review(self, cast, resident):
        BoundaryDecisionFactory(
            resident=resident, decided_by=cast.team_lead_a, decided_on=days(60), review_on=days(-60)
        )
        latest = BoundaryDecisionFactory(
            resident=resident, decided_by=cast.team_lead_a, decided_on=days(10), review_on=days(-30)
        )
        past = ResidentFactory(registered_on=LONG_AGO)
        BoundaryDecisionFactory(resident=past, decided_by=cast.team_lead_a, decided_on=days(100), review_on=days(1))
        assert list(selectors.decisions_under_review(cast.team_lead_a, TODAY)) == [latest]
        assert list(selectors.decisions_under_review(cast.connector_b, TODAY)) == []


# --- hours ---------------------------------------------------------------------------------------------


class TestPeriods:
    def test_twelve_weeks_end_with_the_current_week(self):
        periods = selectors.periods_for(OverviewPeriod.WEEKS_12, date(2027, 3, 10))
        assert len(periods) == 12
        assert periods[-1].first_week == date(2027, 3, 8) and periods[0].first_week == date(2026, 12, 21)

    def test_a_week_belongs_to_the_month_of_its_thursday(self):
        periods = selectors.periods_for(OverviewPeriod.MONTHS_6, date(2026, 7, 1))
        july = periods[-1]
        # Monday 29 June 2026: its Thursday is 2 July, so the week counts in July.
        assert july.key == "2026-07-01" and july.first_week == date(2026, 6, 29)
        june = periods[-2]
        assert june.first_week == date(2026, 6, 1) and june.last_week == date(2026, 6, 22)
        assert len(periods) == 6 and periods[0].key == "2026-02-01"

    def test_twelve_months_cross_the_year(self):
        periods = selectors.periods_for(OverviewPeriod.MONTHS_12, date(2027, 2, 3))
        assert [p.key for p in (periods[0], periods[-1])] == ["2026-03-01", "2027-02-01"]


class TestMyWeeks:
    def test_twelve_weeks_newest_first_with_the_missing_ones(self, cast):
        this = week_of(TODAY)
        TimeRecordFactory(user=cast.connector_a, week=this - timedelta(weeks=2))
        TimeRecordFactory(user=cast.connector_a, week=this - timedelta(weeks=20))
        rows = selectors.my_weeks(cast.connector_a, cast.team_a, TODAY)
        assert [r.week for r in rows][:3] == [this, this - timedelta(weeks=1), this - timedelta(weeks=2)]
        assert len(rows) == 12 and [r.record is not None for r in rows].count(True) == 1
        shares = {c["category"]: c["share"] for c in rows[2].hours.cells()}
        assert shares == {
            "neighbourhood": 38,
            "internal_meetings": 25,
            "partner_meetings": 12,
            "trainings": 6,
            "administration": 19,
        }


class TestTeamOverview:
    def test_hours_and_the_share_in_the_neighbourhood_per_connector_period_and_team(self, cast):
        this = week_of(TODAY)
        TimeRecordFactory(user=cast.connector_a, week=this - timedelta(weeks=1))  # 12 of 32
        TimeRecordFactory(user=cast.connector_a, week=this, neighbourhood=Decimal(20))  # 20 of 40
        TimeRecordFactory(user=cast.connector_b, team=cast.team_b, week=this)  # another team
        data = selectors.team_overview(cast.team_a, period=OverviewPeriod.WEEKS_12, on=TODAY)
        [row] = data["connectors"]
        assert row.user == cast.connector_a and row.overall.total == Decimal(72)
        assert row.overall.neighbourhood_share == 44  # 32 of 72
        assert [h.neighbourhood_share for h in row.per_period[-2:]] == [38, 50]
        assert data["team_overall"].by_category["neighbourhood"] == Decimal(32)
        assert [r["connectors"] for r in data["team_rows"][-3:]] == [0, 1, 1]
        assert data["chart"]["rows"][-1]["share"] == "50%" and data["chart"]["rows"][0]["share"] == "–"
        assert sum(s["width"] for s in data["chart"]["rows"][-1]["segments"]) == pytest.approx(246, abs=0.1)

    def test_months_add_up_the_weeks(self, cast):
        this = week_of(TODAY)
        for i in range(8):
            TimeRecordFactory(user=cast.connector_a, week=this - timedelta(weeks=i))
        data = selectors.team_overview(cast.team_a, period=OverviewPeriod.MONTHS_6, on=TODAY)
        assert data["team_overall"].total == Decimal(8 * 32)
        assert sum(r["hours"].records for r in data["team_rows"]) == 8

    def test_connectors_who_recorded_nothing_for_two_weeks_or_more_are_marked(self, cast):
        this = week_of(TODAY)
        up_to_date = cast.connector_a
        TimeRecordFactory(user=up_to_date, week=this - timedelta(weeks=1))
        behind = ResidentLessUser.make("behind", cast.team_a, started_on=days(200))
        TimeRecordFactory(user=behind, week=this - timedelta(weeks=3))
        never = ResidentLessUser.make("never", cast.team_a, started_on=days(30))
        newcomer = ResidentLessUser.make("newcomer", cast.team_a, started_on=this - timedelta(weeks=1))
        data = selectors.team_overview(cast.team_a, period=OverviewPeriod.WEEKS_12, on=TODAY)
        rows = {r.user.username: r for r in data["connectors"]}
        assert rows["connector_a"].missing_weeks == 0 and not rows["connector_a"].marked
        assert rows["behind"].missing_weeks == 2 and rows["behind"].marked
        assert rows["never"].marked and rows["never"].last_week is None
        assert rows["newcomer"].missing_weeks == 1 and not rows["newcomer"].marked
        assert [r.user for r in data["marked"]] == sorted([behind, never], key=lambda u: str(u).lower())
        assert newcomer not in [r.user for r in data["marked"]]

    def test_a_connector_who_left_is_listed_but_not_marked(self, cast):
        gone = ResidentLessUser.make("gone", cast.team_a, started_on=days(300), ended_on=days(40))
        TimeRecordFactory(user=gone, week=week_of(days(60)))
        data = selectors.team_overview(cast.team_a, period=OverviewPeriod.WEEKS_12, on=TODAY)
        row = next(r for r in data["connectors"] if r.user == gone)
        assert not row.is_member and not row.marked

    def test_a_fixed_number_of_queries(self, cast, django_assert_num_queries):
        this = week_of(TODAY)
        TimeRecordFactory(user=cast.connector_a, week=this)
        with django_assert_num_queries(3):
            selectors.team_overview(cast.team_a, period=OverviewPeriod.MONTHS_12, on=TODAY)
        for n in range(5):
            user = ResidentLessUser.make(f"c{n}", cast.team_a, started_on=days(300))
            for i in range(10):
                TimeRecordFactory(user=user, week=this - timedelta(weeks=i))
        with django_assert_num_queries(3):
            data = selectors.team_overview(cast.team_a, period=OverviewPeriod.MONTHS_12, on=TODAY)
        assert len(data["connectors"]) == 6


class ResidentLessUser:
    """Extra connectors of a team for the overview tests."""

    @staticmethod
    def make(username, team, *, started_on, ended_on=None):
        from bloei.accounts.models import User

        user = User.objects.create(username=username, first_name=username.title(), last_name="Test")
        Membership.objects.create(user=user, team=team, role=Role.CONNECTOR, started_on=started_on, ended_on=ended_on)
        return user
