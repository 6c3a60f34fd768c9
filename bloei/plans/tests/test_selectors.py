"""The wijk's figures beside a plan, counted from hand-built registrations, and who is named where."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine

from bloei.community.choices import Recurrence
from bloei.community.tests.factories import ActivityFactory, NetworkFactory
from bloei.geo.models import Buurt, Neighbourhood
from bloei.matching.choices import MatchKind, MatchStatus
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory
from bloei.plans import selectors
from bloei.plans.choices import Figure
from bloei.trainings.tests.factories import EditionFactory, EnrolmentFactory

from .factories import MeetingFactory, PlanFactory, PriorityFactory

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
ON = date(2025, 6, 15)


@pytest.fixture(autouse=True)
def _mid_2025():
    with time_machine.travel(datetime(2025, 6, 15, 12, tzinfo=AMS), tick=False):
        yield


@pytest.fixture
def centrum(db):
    return Neighbourhood.objects.get(code="WK077211")


def buurt(code):
    return Buurt.objects.get(code=code)


BINNENSTAD, BERGEN, STRATUM = "BU07721110", "BU07721120", "BU07722110"


def started_match(a, b, started_on, **kwargs):
    return MatchFactory(
        resident_a=a,
        resident_b=b,
        proposed_on=started_on,
        started_on=started_on,
        status=MatchStatus.ACTIVE,
        **kwargs,
    )


@pytest.fixture
def registrations(cast, team_b):
    """Residents, matches, networks, activities and trainings in and around wijk Centrum, 2023-2025."""
    r1 = ResidentFactory(buurt=buurt(BINNENSTAD), registered_on=date(2025, 2, 1))
    r2 = ResidentFactory(buurt=buurt(BERGEN), registered_on=date(2024, 3, 1))
    r3 = ResidentFactory(buurt=buurt(STRATUM), registered_on=date(2025, 3, 1))
    r4 = ResidentFactory(buurt=buurt(BINNENSTAD), registered_on=date(2023, 5, 1), closed_on=date(2024, 6, 1))
    r5 = ResidentFactory(buurt=buurt(STRATUM), registered_on=date(2023, 1, 1))

    started_match(r1, r2, date(2025, 3, 1))  # both in the wijk: counts once
    started_match(r2, r4, date(2024, 5, 1))
    started_match(r3, r5, date(2025, 3, 1))  # another wijk
    started_match(r3, r1, date(2025, 7, 1))  # after the day counted
    MatchFactory(resident_a=r1, resident_b=r4, proposed_on=date(2025, 4, 1))  # proposed, never started
    place_in, place_out = PlaceFactory(buurt=buurt(BERGEN)), PlaceFactory(buurt=buurt(STRATUM))
    MatchFactory(
        kind=MatchKind.PLACE_PLACE,
        resident_a=None,
        resident_b=None,
        place_a=place_out,
        place_b=place_in,
        team=cast.team_a,
        proposed_on=date(2025, 4, 1),
        started_on=date(2025, 4, 2),
        status=MatchStatus.ACTIVE,
    )

    NetworkFactory(buurt=buurt(BINNENSTAD), started_on=date(2024, 1, 1))  # running both years
    NetworkFactory(buurt=buurt(BERGEN), started_on=date(2023, 1, 1), ended_on=date(2024, 10, 1))  # 2024 only
    NetworkFactory(buurt=None, started_on=date(2024, 1, 1))  # no buurt: not in a wijk's figures
    NetworkFactory(buurt=buurt(STRATUM), team=team_b, started_on=date(2024, 1, 1))

    ActivityFactory(buurt=buurt(BINNENSTAD), starts_on=date(2025, 5, 1))
    ActivityFactory(buurt=buurt(BERGEN), starts_on=date(2024, 11, 1))
    ActivityFactory(buurt=buurt(BERGEN), starts_on=date(2024, 9, 1), recurrence=Recurrence.WEEKLY)  # still running
    ActivityFactory(buurt=buurt(BINNENSTAD), starts_on=date(2025, 7, 1))  # after the day counted
    ActivityFactory(buurt=buurt(STRATUM), team=team_b, starts_on=date(2025, 5, 1))

    wijk = Neighbourhood.objects.get(code="WK077211")
    spring = EditionFactory(wijk=wijk, starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 22))
    EnrolmentFactory(edition=spring, resident=r1)
    EnrolmentFactory(edition=spring, resident=r2)
    autumn = EditionFactory(wijk=wijk, starts_on=date(2024, 9, 1), ends_on=date(2024, 9, 22))
    EnrolmentFactory(edition=autumn, resident=r2)
    EnrolmentFactory(edition=autumn, resident=r4)
    cancelled = EditionFactory(
        wijk=wijk, starts_on=date(2025, 4, 1), ends_on=date(2025, 4, 22), cancelled_on=date(2025, 3, 20)
    )
    EnrolmentFactory(edition=cancelled, resident=r3, enrolled_on=date(2025, 3, 1))
    elsewhere = EditionFactory(wijk=None, starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 22))
    EnrolmentFactory(edition=elsewhere, resident=r4, enrolled_on=date(2025, 3, 1))
    return {"r1": r1, "r2": r2, "r3": r3, "r4": r4}


class TestWijkFigures:
    def test_counts_the_registrations_of_the_wijk_this_year_so_far_and_last_year(self, registrations, centrum):
        figures = selectors.wijk_figures(centrum, 2025)
        values = {row.code: (row.value, row.previous) for row in figures.rows}
        assert values == {
            Figure.POPULATION: (centrum.population, centrum.population),
            Figure.HOUSEHOLDS: (centrum.households, centrum.households),
            Figure.RESIDENTS_REGISTERED: (1, 1),
            Figure.RESIDENTS_KNOWN: (2, 1),
            Figure.MATCHES_STARTED: (2, 1),
            Figure.ACTIVE_NETWORKS: (1, 2),
            Figure.ACTIVITIES: (2, 2),
            Figure.TRAINING_PARTICIPANTS: (2, 2),
        }
        assert figures.until == ON

    def test_population_and_households_come_from_the_cbs_data(self, centrum):
        assert centrum.population == 10160 and centrum.households == 7255  # bloei/geo/data/eindhoven/wijken.csv
        rows = selectors.wijk_figures(centrum, 2025).only([Figure.POPULATION, Figure.HOUSEHOLDS])
        assert [(r.value, r.previous) for r in rows] == [(10160, 10160), (7255, 7255)]

    def test_another_wijk_has_none_of_them(self, registrations):
        strijp = Neighbourhood.objects.get(code="WK077261")
        values = {row.code: row.value for row in selectors.wijk_figures(strijp, 2025).rows}
        assert {code: values[code] for code in values if code not in (Figure.POPULATION, Figure.HOUSEHOLDS)} == {
            Figure.RESIDENTS_REGISTERED: 0,
            Figure.RESIDENTS_KNOWN: 0,
            Figure.MATCHES_STARTED: 0,
            Figure.ACTIVE_NETWORKS: 0,
            Figure.ACTIVITIES: 0,
            Figure.TRAINING_PARTICIPANTS: 0,
        }

    def test_a_year_that_has_not_begun_shows_last_year_beside_it(self, registrations, centrum):
        figures = selectors.wijk_figures(centrum, 2026)
        assert figures.until is None
        matches = figures.get(Figure.MATCHES_STARTED)
        assert matches.value is None and matches.previous == 2

    def test_figures_of_a_past_date_do_not_change_when_work_goes_on(self, registrations, centrum):
        before = selectors.wijk_figures(centrum, 2025, on=date(2025, 2, 28))
        assert before.get(Figure.MATCHES_STARTED).value == 0
        assert before.get(Figure.RESIDENTS_REGISTERED).value == 1
        assert before.get(Figure.ACTIVITIES).value == 1  # only the weekly one was running

    def test_only_picks_the_chosen_figures_in_a_fixed_order(self, centrum):
        figures = selectors.wijk_figures(centrum, 2025)
        codes = [row.code for row in figures.only([Figure.ACTIVITIES, Figure.POPULATION])]
        assert codes == [Figure.POPULATION, Figure.ACTIVITIES]

    def test_takes_a_fixed_number_of_queries(self, registrations, centrum, django_assert_max_num_queries):
        with django_assert_max_num_queries(12):
            selectors.wijk_figures(centrum, 2025)


class TestPlanView:
    def test_residents_present_are_named_only_to_who_may_see_them(self, cast):
        plan = PlanFactory(year=2025)
        meeting = MeetingFactory(plan=plan, held_on=date(2025, 1, 10), other_attendees=7)
        fatima, joost = ResidentFactory(first_name="Fatima"), ResidentFactory(first_name="Joost")
        meeting.residents.add(fatima, joost)
        meeting.staff.add(cast.connector_a)
        Assignment.objects.create(resident=joost, user=cast.generalist_a, started_on=date(2025, 1, 1))

        lead = selectors.plan_view(cast.team_lead_a, plan).meetings[0].attendance
        assert {r.first_name for r in lead.named} == {"Fatima", "Joost"} and lead.hidden == 0

        generalist = selectors.plan_view(cast.generalist_a, plan).meetings[0].attendance
        assert [r.first_name for r in generalist.named] == ["Joost"] and generalist.hidden == 1

        shared = selectors.plan_view(None, plan).meetings[0].attendance
        assert shared.named == [] and shared.hidden == 2 and shared.others == 7
        assert shared.residents == 2 and shared.total == 10  # two residents, seven others, one staff member

    def test_priorities_carry_their_chosen_figures_progress_and_links(self, cast):
        plan = PlanFactory(year=2025, adopted=True)
        first = PriorityFactory(plan=plan, order=1, figures=[Figure.ACTIVITIES])
        PriorityFactory(plan=plan, order=2, is_proposal=True)
        first.progress_notes.create(noted_on=date(2025, 3, 1), status="behind", text="Langzaam")
        first.progress_notes.create(noted_on=date(2025, 5, 1), status="on_track", text="Beter")
        activity = ActivityFactory(starts_on=date(2025, 5, 1))
        plan.links.create(activity=activity, priority=first)
        plan.links.create(network=NetworkFactory())
        view = selectors.plan_view(cast.connector_a, plan)
        assert [p.priority for p in view.priorities] == [first] and len(view.proposals) == 1
        item = view.priorities[0]
        assert [row.code for row in item.figures] == [Figure.ACTIVITIES]
        assert item.latest.text == "Beter"
        assert [row.label for row in item.links] == [activity.title]
        assert item.links[0].url.endswith(f"{activity.uuid}/")
        assert len(view.plan_links) == 1 and len(view.links) == 2

    def test_the_page_takes_a_fixed_number_of_queries(self, cast):
        def build(year, n):
            plan = PlanFactory(year=year, adopted=True)
            for _ in range(n):
                priority = PriorityFactory(plan=plan)
                priority.progress_notes.create(noted_on=date(year, 3, 1), status="done", text="Klaar")
                meeting = MeetingFactory(plan=plan, held_on=date(year, 2, 1))
                meeting.residents.add(ResidentFactory())
                meeting.staff.add(cast.connector_a)
                plan.links.create(priority=priority, activity=ActivityFactory())
            return plan

        small, large = build(2024, 1), build(2025, 3)
        selectors.plan_view(cast.connector_a, small)  # the user's roles are read once per request
        with CaptureQueriesContext(connection) as one:
            selectors.plan_view(cast.connector_a, small)
        with CaptureQueriesContext(connection) as three:
            selectors.plan_view(cast.connector_a, large)
        assert len(one) == len(three)
