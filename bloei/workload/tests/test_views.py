from datetime import timedelta
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override

import pytest

from bloei.core.models import AuditEvent
from bloei.matching.tests.factories import MatchFactory
from bloei.people.models import Resident
from bloei.people.tests.factories import AssignmentFactory, ResidentFactory
from bloei.workload.choices import BoundaryOutcome
from bloei.workload.models import BoundaryDecision, TimeRecord
from bloei.workload.services import week_of

from .factories import BoundaryDecisionFactory, TimeRecordFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
THIS_WEEK = week_of(TODAY)
MY_WEEK = reverse("workload:my_week")
OVERVIEW = reverse("workload:overview")
BOUNDARIES = reverse("workload:boundary_list")


def nl(msgid: str) -> str:
    with override("nl"):
        return gettext(msgid)


def page(response) -> str:
    return response.content.decode()


def login(client, user):
    client.force_login(user)
    return client


def hours(**overrides):
    data = {
        "action": "save",
        "week": THIS_WEEK.isoformat(),
        "neighbourhood": "14,5",
        "internal_meetings": "6",
        "partner_meetings": "3",
        "trainings": "0",
        "administration": "8",
    }
    data.update(overrides)
    return data


class TestMyWeek:
    def test_a_new_week_is_prefilled_with_last_weeks_hours(self, client, cast):
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=1), neighbourhood=Decimal("12.5"))
        html = page(login(client, cast.connector_a).get(MY_WEEK))
        number = THIS_WEEK.isocalendar().week
        assert f"Mijn uren, week {number}" in html
        assert 'name="neighbourhood" value="12.5"' in html and 'name="administration" value="6"' in html
        assert nl("Same as last week") in html and "Zelfde als vorige week" in html
        assert 'step="0.5"' in html and 'inputmode="decimal"' in html

    def test_saving_records_the_week_and_comes_back_with_a_message(self, client, cast):
        response = login(client, cast.connector_a).post(MY_WEEK, hours(), follow=True)
        record = TimeRecord.objects.get(user=cast.connector_a)
        assert record.week == THIS_WEEK and record.neighbourhood == Decimal("14.5") and record.total == Decimal("31.5")
        number = THIS_WEEK.isocalendar().week
        assert f"Je uren van week {number} zijn opgeslagen." in page(response)
        assert response.redirect_chain[-1][0] == f"{MY_WEEK}?week={THIS_WEEK.isoformat()}"
        assert nl("Recorded") in page(response)

    def test_same_as_last_week_is_one_tap(self, client, cast):
        last = TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=1))
        login(client, cast.connector_a).post(MY_WEEK, {"action": "copy", "week": THIS_WEEK.isoformat()})
        record = TimeRecord.objects.get(user=cast.connector_a, week=THIS_WEEK)
        assert record.hours() == last.hours()

    def test_a_past_week_can_be_corrected(self, client, cast):
        past = THIS_WEEK - timedelta(weeks=5)
        TimeRecordFactory(user=cast.connector_a, week=past, administration=Decimal(10))
        client = login(client, cast.connector_a)
        html = page(client.get(MY_WEEK, {"week": (past + timedelta(days=3)).isoformat()}))
        assert 'name="administration" value="10"' in html and nl("You can still correct the hours below.") in html
        client.post(MY_WEEK, hours(week=past.isoformat(), administration="2"))
        assert TimeRecord.objects.get(week=past).administration == Decimal(2)

    @pytest.mark.parametrize(
        "bad",
        [
            {"neighbourhood": "61"},
            {"administration": "4,25"},
            {"trainings": "-2"},
            {"neighbourhood": "60", "internal_meetings": "21"},
            {"week": (THIS_WEEK + timedelta(weeks=1)).isoformat()},
            {"week": (THIS_WEEK + timedelta(days=1)).isoformat()},
        ],
    )
    def test_bad_input_is_explained_and_changes_nothing(self, client, cast, bad):
        TimeRecordFactory(user=cast.connector_a)
        before = list(TimeRecord.objects.values())
        response = login(client, cast.connector_a).post(MY_WEEK, hours(**bad))
        assert response.status_code == 200
        assert nl("Please correct the errors below.") in page(response)
        assert list(TimeRecord.objects.values()) == before and not AuditEvent.objects.exists()

    def test_an_unreadable_week_changes_nothing(self, client, cast):
        login(client, cast.connector_a).post(MY_WEEK, hours(week="kerst"))
        assert not TimeRecord.objects.exists()

    def test_copy_without_an_earlier_week_says_so(self, client, cast):
        response = login(client, cast.connector_a).post(
            MY_WEEK, {"action": "copy", "week": THIS_WEEK.isoformat()}, follow=True
        )
        assert nl("There is no earlier week to copy.") in page(response)
        assert not TimeRecord.objects.exists()

    def test_another_teams_hours_cannot_be_recorded(self, client, cast):
        response = login(client, cast.connector_a).post(MY_WEEK, hours(team=str(cast.team_b.pk)))
        assert response.status_code == 404
        assert not TimeRecord.objects.exists()

    def test_the_last_twelve_weeks_with_the_share_per_category(self, client, cast):
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=2))
        TimeRecordFactory(user=cast.connector_b, team=cast.team_b, week=THIS_WEEK, neighbourhood=Decimal(1))
        html = page(login(client, cast.connector_a).get(MY_WEEK))
        history = html[html.index('id="h-history"') :]
        assert history.count('scope="row"') == 12
        assert '12 <span class="bloei-muted">(38%)</span>' in history
        assert history.count(nl("Not recorded")) == 11

    @pytest.mark.parametrize("who", ["team_lead_a", "generalist_a", "analyst", "municipality", "admin"])
    def test_only_connectors_have_this_page(self, client, cast, who):
        assert login(client, getattr(cast, who)).get(MY_WEEK).status_code == 403
        assert login(client, getattr(cast, who)).post(MY_WEEK, hours()).status_code == 403
        assert not TimeRecord.objects.exists()

    def test_a_fixed_number_of_queries(self, client, cast, django_assert_max_num_queries):
        for i in range(12):
            TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=i))
        client = login(client, cast.connector_a)
        with django_assert_max_num_queries(8):
            client.get(MY_WEEK)


class TestOverview:
    def test_the_team_lead_sees_hours_per_connector_with_chart_and_table(self, client, cast):
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK)
        TimeRecordFactory(user=cast.connector_b, team=cast.team_b, week=THIS_WEEK)
        html = page(login(client, cast.team_lead_a).get(OVERVIEW))
        assert nl("Time balance of the team") in html
        assert "Anna Test" in html and "Bram Test" not in html
        assert '<svg role="img" aria-labelledby="chart-title chart-desc"' in html
        assert nl("Share of the team's hours per category") in html
        assert nl("Team hours per week") in html and "38%" in html
        assert html.count("<rect") >= 5 + 5  # the bar's five segments and the legend

    def test_months_can_be_chosen(self, client, cast):
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK)
        html = page(login(client, cast.team_lead_a).get(OVERVIEW, {"period": "m12"}))
        assert nl("Team hours per month") in html and nl("The last 12 months") in html

    def test_connectors_without_hours_for_two_weeks_are_marked(self, client, cast):
        from bloei.accounts.models import Membership

        Membership.objects.filter(user=cast.connector_a).update(started_on=TODAY - timedelta(days=60))
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=4))
        html = page(login(client, cast.team_lead_a).get(OVERVIEW))
        assert "3 weken niets vastgelegd" in html
        assert "Geen uren vastgelegd in 2 weken of langer:" in html

    def test_an_unknown_period_falls_back_to_twelve_weeks(self, client, cast):
        response = login(client, cast.team_lead_a).get(OVERVIEW, {"period": "forever"})
        assert response.status_code == 200 and nl("The last 12 weeks") in page(response)

    @pytest.mark.parametrize("who", ["connector_a", "generalist_a", "analyst", "municipality", "admin"])
    def test_only_the_team_lead_sees_the_overview(self, client, cast, who):
        assert login(client, getattr(cast, who)).get(OVERVIEW).status_code == 403

    def test_a_fixed_number_of_queries(self, client, cast, django_assert_max_num_queries):
        for i in range(26):
            TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK - timedelta(weeks=i))
        client = login(client, cast.team_lead_a)
        with django_assert_max_num_queries(8):
            client.get(OVERVIEW, {"period": "w26"})


@pytest.fixture
def long_open(cast):
    resident = ResidentFactory(first_name="Joke", last_name="Verhoeven", registered_on=TODAY - timedelta(days=500))
    AssignmentFactory(resident=resident, user=cast.connector_a, started_on=TODAY - timedelta(days=400))
    return resident


def decision_data(**overrides):
    data = {
        "outcome": BoundaryOutcome.CONTINUE,
        "reason": "Het klikt steeds niet met een maatje",
        "next_step": "Verbinder vraagt de buurtmoestuin",
        "review_on": (TODAY + timedelta(days=90)).isoformat(),
        "decided_on": TODAY.isoformat(),
    }
    data.update(overrides)
    return data


class TestBoundaryList:
    def test_connectors_and_the_team_lead_see_the_residents_to_discuss(self, client, cast, long_open):
        matched = ResidentFactory(first_name="Karel", registered_on=TODAY - timedelta(days=500))
        MatchFactory(resident_a=matched, active=True)
        for who in ("connector_a", "team_lead_a"):
            html = page(login(client, getattr(cast, who)).get(BOUNDARIES))
            assert "Joke Verhoeven" in html and "Karel" not in html
            assert "500 dagen" in html and "Anna Test" in html  # days open, the assigned connector
            assert reverse("workload:boundary_detail", args=[long_open.uuid]) in html

    def test_another_teams_connector_does_not_see_them(self, client, cast, long_open):
        html = page(login(client, cast.connector_b).get(BOUNDARIES))
        assert "Joke Verhoeven" not in html and nl("No decisions waiting for a review.") in html

    @pytest.mark.parametrize("who", ["generalist_a", "analyst", "municipality", "admin"])
    def test_other_roles_get_403(self, client, cast, long_open, who):
        assert login(client, getattr(cast, who)).get(BOUNDARIES).status_code == 403

    def test_decided_residents_are_listed_under_review_instead(self, client, cast, long_open):
        BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a)
        html = page(login(client, cast.connector_a).get(BOUNDARIES))
        to_discuss, under_review = html.split('id="h-under-review"')
        assert "Joke Verhoeven" not in to_discuss and "Joke Verhoeven" in under_review
        assert "Verbinder belt over de buurtmoestuin" in under_review

    def test_a_fixed_number_of_queries(self, client, cast, django_assert_max_num_queries):
        for _ in range(15):
            r = ResidentFactory(registered_on=TODAY - timedelta(days=500))
            AssignmentFactory(resident=r, user=cast.connector_a)
            BoundaryDecisionFactory(
                resident=ResidentFactory(registered_on=TODAY - timedelta(days=500)), decided_by=cast.team_lead_a
            )
        client = login(client, cast.team_lead_a)
        with django_assert_max_num_queries(8):
            client.get(BOUNDARIES)


class TestBoundaryDetail:
    def url(self, resident):
        return reverse("workload:boundary_detail", args=[resident.uuid])

    def test_the_team_lead_records_a_decision_and_the_resident_leaves_the_list(self, client, cast, long_open):
        client = login(client, cast.team_lead_a)
        html = page(client.get(self.url(long_open)))
        assert nl("Record the team's decision") in html and nl("on the list to discuss") in html
        response = client.post(self.url(long_open), decision_data(), follow=True)
        assert nl("The decision has been recorded.") in page(response)
        decision = BoundaryDecision.objects.get()
        assert decision.outcome == "continue" and decision.decided_by == cast.team_lead_a
        to_discuss = page(client.get(BOUNDARIES)).split('id="h-under-review"')[0]
        assert "Joke Verhoeven" not in to_discuss
        html = page(client.get(self.url(long_open)))
        assert "Het klikt steeds niet met een maatje" in html and nl("not on the list") in html

    def test_closing_the_file(self, client, cast, long_open):
        login(client, cast.team_lead_a).post(self.url(long_open), decision_data(outcome="close", review_on=""))
        assert Resident.objects.get(pk=long_open.pk).closed_on == TODAY
        html = page(client.get(self.url(long_open)))
        assert nl("Record the team's decision") not in html  # a closed file takes no more decisions

    @pytest.mark.parametrize(
        "bad",
        [
            {"next_step": ""},
            {"reason": ""},
            {"review_on": ""},
            {"outcome": "close"},
            {"outcome": "weg"},
            {"review_on": TODAY.isoformat()},
        ],
    )
    def test_bad_input_is_explained_and_changes_nothing(self, client, cast, long_open, bad):
        response = login(client, cast.team_lead_a).post(self.url(long_open), decision_data(**bad))
        assert response.status_code == 200 and nl("Please correct the errors below.") in page(response)
        assert not BoundaryDecision.objects.exists() and not AuditEvent.objects.exists()
        assert Resident.objects.get(pk=long_open.pk).closed_on is None

    def test_a_connector_reads_the_history_but_cannot_decide(self, client, cast, long_open):
        BoundaryDecisionFactory(resident=long_open, decided_by=cast.team_lead_a)
        client = login(client, cast.connector_a)
        html = page(client.get(self.url(long_open)))
        assert "Zoekt nog naar een maatje" in html and "Tom Test" in html
        assert nl("Record the team's decision") not in html
        assert client.post(self.url(long_open), decision_data(outcome="close", review_on="")).status_code == 403
        assert BoundaryDecision.objects.count() == 1 and Resident.objects.get(pk=long_open.pk).closed_on is None

    def test_outside_the_team_404_and_without_the_capability_403(self, client, cast, long_open):
        assert login(client, cast.connector_b).get(self.url(long_open)).status_code == 404
        assert login(client, cast.connector_b).post(self.url(long_open), decision_data()).status_code == 404
        assert login(client, cast.generalist_a).get(self.url(long_open)).status_code == 403
        assert not BoundaryDecision.objects.exists()


class TestToday:
    def test_a_connector_is_asked_for_this_weeks_hours(self, client, cast):
        html = page(login(client, cast.connector_a).get(reverse("core:home")))
        number = THIS_WEEK.isocalendar().week
        assert nl("Hours this week") in html
        assert f"Je uren van week {number} zijn nog niet vastgelegd." in html
        assert f"{MY_WEEK}?week={THIS_WEEK.isoformat()}" in html

    def test_a_connector_sees_the_week_once_recorded(self, client, cast):
        TimeRecordFactory(user=cast.connector_a, week=THIS_WEEK)
        html = page(login(client, cast.connector_a).get(reverse("core:home")))
        assert "32 uur, 38% in de wijk" in html

    def test_the_team_lead_sees_how_many_residents_to_discuss(self, client, cast, long_open):
        ResidentFactory(registered_on=TODAY - timedelta(days=400))
        html = page(login(client, cast.team_lead_a).get(reverse("core:home")))
        assert "2 inwoners al lang zonder actieve verbinding." in html and BOUNDARIES in html
        assert nl("Hours this week") not in html

    def test_a_generalist_gets_no_panel(self, cast):
        from bloei.workload.today import panel

        assert panel(cast.generalist_a, TODAY) is None

    def test_the_panel_runs_a_fixed_number_of_queries(self, cast, django_assert_num_queries):
        from bloei.workload.today import panel

        for who in (cast.connector_a, cast.team_lead_a):
            panel(who, TODAY)  # roles loaded
        for _ in range(5):
            ResidentFactory(registered_on=TODAY - timedelta(days=400))
        TimeRecordFactory(user=cast.connector_a)
        with django_assert_num_queries(1):
            assert panel(cast.connector_a, TODAY)["weeks"][0]["record"] is not None
        with django_assert_num_queries(1):
            assert panel(cast.team_lead_a, TODAY)["flagged"] == 5
