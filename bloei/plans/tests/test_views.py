from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.community.tests.factories import ActivityFactory
from bloei.core.models import AuditEvent
from bloei.geo.models import Neighbourhood
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory
from bloei.plans.choices import PlanStatus
from bloei.plans.models import NeighbourhoodPlan, PlanLink, PlanMeeting, Priority, ProgressNote

from .factories import MeetingFactory, PlanFactory, PriorityFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
VIEWERS = ["connector_a", "generalist_a", "team_lead_a"]
EDITORS = ["connector_a", "team_lead_a"]
NON_VIEWERS = ["analyst", "municipality", "admin", "no_role"]


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


def plan_url(name, plan, *args):
    return reverse(f"plans:{name}", args=[plan.uuid, *args])


@pytest.fixture
def adopted(cast):
    plan = PlanFactory(adopted=True, summary="Samen tegen eenzaamheid")
    return plan, PriorityFactory(plan=plan, order=1, theme="Ouderen ontmoeten elkaar")


class TestList:
    @pytest.mark.parametrize("role", VIEWERS)
    def test_the_team_sees_its_plans(self, client, cast, team_b, role):
        PlanFactory(year=2025)
        PlanFactory(team=team_b, wijk=Neighbourhood.objects.get(code="WK077221"), year=2025)
        page = _get(client, cast.roles()[role], reverse("plans:plan_list")).content.decode()
        assert "Neighbourhood plan Centrum 2025" in page and "Oud-Stratum" not in page

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], reverse("plans:plan_list")).status_code == 403

    def test_filters_by_year_and_wijk_with_an_htmx_fragment(self, client, cast, team_a):
        team_a.neighbourhoods.add(Neighbourhood.objects.get(code="WK077261"))
        PlanFactory(year=2024)
        PlanFactory(year=2025)
        PlanFactory(year=2025, wijk=Neighbourhood.objects.get(code="WK077261"))
        url = reverse("plans:plan_list")
        page = _get(client, cast.connector_a, url, data={"year": 2025}).content.decode()
        assert "Centrum 2025" in page and "Oud-Strijp 2025" in page and "Centrum 2024" not in page
        fragment = _get(
            client, cast.connector_a, url, data={"year": 2025, "wijk": "WK077261"}, headers={"HX-Request": "true"}
        )
        content = fragment.content.decode()
        assert "Oud-Strijp 2025" in content and "Centrum 2025" not in content and "<html" not in content

    def test_a_bad_filter_shows_everything(self, client, cast):
        PlanFactory(year=2025)
        page = _get(client, cast.connector_a, reverse("plans:plan_list"), data={"year": "abc", "wijk": "X"})
        assert page.status_code == 200 and "Centrum 2025" in page.content.decode()


class TestCreateAndEdit:
    def test_a_connector_starts_a_plan(self, client, cast):
        year = TODAY().year + 1
        wijk = Neighbourhood.objects.get(code="WK077211")
        response = _post(
            client,
            cast.connector_a,
            reverse("plans:plan_create"),
            {"team": cast.team_a.pk, "wijk": wijk.pk, "year": year, "summary": "Samen"},
        )
        plan = NeighbourhoodPlan.objects.get()
        assert response.status_code == 302 and response["Location"] == plan_url("plan_detail", plan)
        assert (plan.team, plan.wijk, plan.year, plan.summary) == (cast.team_a, wijk, year, "Samen")

    @pytest.mark.parametrize(
        "data, message",
        [
            ({"wijk": "WK077221", "year": 2026}, "Select a valid choice"),  # a wijk of another team
            ({"wijk": "WK077211", "year": 1990}, "greater than or equal to 2010"),
            ({"wijk": "WK077211", "year": 2099}, "Choose a year from 2010 to"),
            ({"wijk": "WK077211", "year": ""}, "This field is required"),
            ({"wijk": "WK077211", "year": "duplicate"}, "There is already a plan for this wijk and year."),
        ],
    )
    def test_bad_input_changes_nothing(self, client, cast, data, message):
        existing = PlanFactory(year=TODAY().year)
        if data["year"] == "duplicate":
            data["year"] = existing.year
        wijk = Neighbourhood.objects.get(code=data["wijk"])
        data = {**data, "team": cast.team_a.pk, "wijk": wijk.pk}
        response = _post(client, cast.connector_a, reverse("plans:plan_create"), data)
        page = response.content.decode()
        assert response.status_code == 200 and "Please correct the errors below." in page
        assert message in page
        assert NeighbourhoodPlan.objects.count() == 1 and not AuditEvent.objects.filter(event="plan.created").exists()

    def test_edit_changes_the_summary(self, client, cast, adopted):
        plan, _priority = adopted
        form = _get(client, cast.team_lead_a, plan_url("plan_edit", plan)).content.decode()
        assert 'name="year"' not in form  # an adopted plan keeps its wijk and year
        response = _post(client, cast.team_lead_a, plan_url("plan_edit", plan), {"summary": "Anders"})
        plan.refresh_from_db()
        assert response.status_code == 302 and plan.summary == "Anders"

    def test_a_generalist_cannot_edit(self, client, cast, adopted):
        plan, _priority = adopted
        assert _post(client, cast.generalist_a, plan_url("plan_edit", plan), {"summary": "x"}).status_code == 403
        plan.refresh_from_db()
        assert plan.summary == "Samen tegen eenzaamheid"


class TestDetail:
    def test_shows_the_plan_with_its_figures_priorities_and_progress(self, client, cast, adopted):
        plan, priority = adopted
        priority.figures = ["population", "activities"]
        priority.save()
        priority.progress_notes.create(noted_on=TODAY(), status="behind", text="Nog weinig bezoekers")
        page = _get(client, cast.generalist_a, plan_url("plan_detail", plan)).content.decode()
        assert "Neighbourhood plan Centrum" in page and "Ouderen ontmoeten elkaar" in page
        assert "Nog weinig bezoekers" in page and "Behind" in page
        assert "Inhabitants (CBS)" in page and "10160" in page
        assert "Record progress" not in page and "Download as PDF" in page  # a generalist reads only

    def test_an_editor_gets_the_actions(self, client, cast, adopted):
        plan, _priority = adopted
        page = _get(client, cast.connector_a, plan_url("plan_detail", plan)).content.decode()
        for action in ("Record progress", "Record meeting", "Evaluate with residents", "Add priority"):
            assert action in page

    def test_residents_present_are_named_only_for_who_may_see_them(self, client, cast, adopted):
        plan, _priority = adopted
        meeting = MeetingFactory(plan=plan, other_attendees=9)
        fatima = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
        joost = ResidentFactory(first_name="Joost", last_name="Smit")
        meeting.residents.add(fatima, joost)
        Assignment.objects.create(resident=joost, user=cast.generalist_a)
        connector = _get(client, cast.connector_a, plan_url("plan_detail", plan)).content.decode()
        assert "Fatima Yilmaz" in connector and "Joost Smit" in connector
        generalist = _get(client, cast.generalist_a, plan_url("plan_detail", plan)).content.decode()
        assert "Joost Smit" in generalist and "Fatima Yilmaz" not in generalist
        assert "1 resident you cannot see" in generalist

    def test_another_team_gets_404_and_other_roles_403(self, client, cast, adopted):
        plan, _priority = adopted
        assert _get(client, cast.connector_b, plan_url("plan_detail", plan)).status_code == 404
        for role in NON_VIEWERS:
            assert _get(client, cast.roles()[role], plan_url("plan_detail", plan)).status_code == 403

    def test_query_count_does_not_grow_with_the_plan(self, client, cast, django_assert_max_num_queries):
        plan = PlanFactory(adopted=True)
        for n in range(4):
            priority = PriorityFactory(plan=plan)
            priority.progress_notes.create(noted_on=TODAY(), status="done", text=f"Klaar {n}")
            MeetingFactory(plan=plan).residents.add(ResidentFactory())
            plan.links.create(priority=priority, activity=ActivityFactory())
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(32):
            assert client.get(plan_url("plan_detail", plan)).status_code == 200


class TestPrioritiesAndProgress:
    def test_add_a_priority_with_figures(self, client, cast):
        plan = PlanFactory()
        data = {"theme": "Jongeren", "why": "Weinig te doen", "figures": ["population", "activities"], "success": ""}
        response = _post(client, cast.connector_a, plan_url("priority_create", plan), data)
        priority = Priority.objects.get()
        assert response.status_code == 302 and response["Location"].endswith(f"#priority-{priority.pk}")
        assert priority.figures == ["population", "activities"] and priority.order == 1

    def test_bad_figures_change_nothing(self, client, cast):
        plan = PlanFactory()
        response = _post(client, cast.connector_a, plan_url("priority_create", plan), {"theme": "X", "figures": ["x"]})
        assert response.status_code == 200 and not Priority.objects.exists()

    def test_edit_a_priority(self, client, cast, adopted):
        plan, priority = adopted
        data = {"theme": "Ontmoeting", "why": "", "success": "", "order": 2}
        assert _post(client, cast.connector_a, plan_url("priority_edit", plan, priority.pk), data).status_code == 302
        priority.refresh_from_db()
        assert (priority.theme, priority.order) == ("Ontmoeting", 2)

    def test_record_progress(self, client, cast, adopted):
        plan, priority = adopted
        data = {"noted_on": TODAY().isoformat(), "status": "on_track", "text": "Twintig bezoekers"}
        response = _post(client, cast.connector_a, plan_url("progress_create", plan, priority.pk), data)
        assert response.status_code == 302
        assert ProgressNote.objects.get().text == "Twintig bezoekers"

    @pytest.mark.parametrize(
        "data",
        [
            {"noted_on": "", "status": "on_track", "text": "x"},
            {"noted_on": "tomorrow", "status": "on_track", "text": "x"},
            {"noted_on": "future", "status": "on_track", "text": "x"},
            {"noted_on": "today", "status": "great", "text": "x"},
            {"noted_on": "today", "status": "done", "text": ""},
        ],
    )
    def test_bad_progress_changes_nothing(self, client, cast, adopted, data):
        plan, priority = adopted
        dates = {"today": TODAY().isoformat(), "future": (TODAY() + timedelta(days=2)).isoformat()}
        data = {**data, "noted_on": dates.get(data["noted_on"], data["noted_on"])}
        response = _post(client, cast.connector_a, plan_url("progress_create", plan, priority.pk), data)
        assert response.status_code == 200 and not ProgressNote.objects.exists()

    def test_progress_of_another_plans_priority_is_404(self, client, cast, adopted):
        plan, _priority = adopted
        other = PriorityFactory(plan=PlanFactory(year=plan.year - 1, adopted=True))
        url = plan_url("progress_create", plan, other.pk)
        assert _post(client, cast.connector_a, url, {"status": "done", "text": "x"}).status_code == 404

    def test_accept_and_remove_proposals(self, client, cast):
        plan = PlanFactory()
        keep, drop = PriorityFactory(plan=plan, is_proposal=True), PriorityFactory(plan=plan, is_proposal=True)
        assert _get(client, cast.connector_a, plan_url("priority_accept", plan, keep.pk)).status_code == 405
        assert _post(client, cast.connector_a, plan_url("priority_accept", plan, keep.pk)).status_code == 302
        assert _post(client, cast.connector_a, plan_url("priority_delete", plan, drop.pk)).status_code == 302
        assert list(plan.priorities.values_list("pk", "is_proposal")) == [(keep.pk, False)]

    def test_adopt(self, client, cast):
        plan = PlanFactory()
        empty = _post(client, cast.connector_a, plan_url("plan_adopt", plan), {"adopted_on": TODAY().isoformat()})
        assert empty.status_code == 200 and "Add at least one priority" in empty.content.decode()
        PriorityFactory(plan=plan)
        response = _post(client, cast.connector_a, plan_url("plan_adopt", plan), {"adopted_on": TODAY().isoformat()})
        plan.refresh_from_db()
        assert response.status_code == 302 and plan.status == PlanStatus.ADOPTED


class TestMeetingsLinksEvaluation:
    def test_record_a_meeting_with_staff_and_residents(self, client, cast):
        plan = PlanFactory()
        fatima = ResidentFactory()
        data = {
            "held_on": TODAY().isoformat(),
            "staff": [cast.connector_a.pk, cast.team_lead_a.pk],
            "residents": [str(fatima.uuid)],
            "other_attendees": 14,
            "notes": "Speeltuin",
        }
        assert _post(client, cast.connector_a, plan_url("meeting_create", plan), data).status_code == 302
        meeting = PlanMeeting.objects.get()
        assert list(meeting.residents.all()) == [fatima] and meeting.staff.count() == 2

    def test_a_resident_of_another_team_cannot_be_chosen(self, client, cast):
        plan = PlanFactory()
        from bloei.geo.models import Buurt

        stranger = ResidentFactory(buurt=Buurt.objects.get(code="BU07722110"))
        data = {"held_on": TODAY().isoformat(), "residents": [str(stranger.uuid)], "other_attendees": 0}
        response = _post(client, cast.connector_a, plan_url("meeting_create", plan), data)
        assert response.status_code == 200 and not PlanMeeting.objects.exists()

    def test_edit_a_meeting_keeps_hidden_residents(self, client, cast):
        plan = PlanFactory()
        meeting = MeetingFactory(plan=plan)
        from bloei.geo.models import Buurt

        theirs = ResidentFactory(buurt=Buurt.objects.get(code="BU07722110"))
        meeting.residents.add(theirs)
        form = _get(client, cast.team_lead_a, plan_url("meeting_edit", plan, meeting.pk)).content.decode()
        assert "1 other registered resident was present whom you cannot see" in form
        data = {"held_on": TODAY().isoformat(), "other_attendees": 3, "notes": ""}
        assert _post(client, cast.team_lead_a, plan_url("meeting_edit", plan, meeting.pk), data).status_code == 302
        assert list(meeting.residents.all()) == [theirs]

    def test_link_and_unlink(self, client, cast, adopted):
        plan, priority = adopted
        activity = ActivityFactory(title="Koffieochtend")
        form = _get(client, cast.connector_a, plan_url("link_create", plan)).content.decode()
        assert "Koffieochtend" in form
        data = {"item": f"activity:{activity.uuid}", "priority": priority.pk}
        assert _post(client, cast.connector_a, plan_url("link_create", plan), data).status_code == 302
        link = PlanLink.objects.get()
        assert link.activity == activity and link.priority == priority
        assert _get(client, cast.connector_a, plan_url("link_remove", plan, link.pk)).status_code == 405
        assert _post(client, cast.connector_a, plan_url("link_remove", plan, link.pk)).status_code == 302
        assert not PlanLink.objects.exists()

    def test_an_unknown_item_changes_nothing(self, client, cast, adopted, team_b):
        plan, _priority = adopted
        theirs = ActivityFactory(team=team_b)
        for item in (f"activity:{theirs.uuid}", "activity:nonsense", "resident:x", ""):
            response = _post(client, cast.connector_a, plan_url("link_create", plan), {"item": item})
            assert response.status_code == 200
        assert not PlanLink.objects.exists()

    def test_evaluate_and_start_next_year(self, client, cast, adopted):
        plan, priority = adopted
        data = {
            "held_on": TODAY().isoformat(),
            "went_well": "Koffie",
            "went_badly": "",
            "other_attendees": 20,
            "carried_over": [priority.pk],
            "next_year_goals": "Jongeren",
        }
        assert _post(client, cast.connector_a, plan_url("evaluation", plan), data).status_code == 302
        plan.refresh_from_db()
        assert plan.status == PlanStatus.EVALUATED
        page = _get(client, cast.connector_a, plan_url("plan_detail", plan)).content.decode()
        assert f"Continue: {priority.theme}" in page and "New goal: Jongeren" in page
        assert f"Start the plan for {plan.year + 1}" in page
        response = _post(client, cast.connector_a, plan_url("plan_next", plan))
        new_plan = NeighbourhoodPlan.objects.get(year=plan.year + 1)
        assert response["Location"] == plan_url("plan_detail", new_plan)
        page = _get(client, cast.connector_a, plan_url("plan_detail", new_plan)).content.decode()
        assert "Proposals from last year" in page and f"Take on “{priority.theme}”" in page

    def test_an_empty_evaluation_changes_nothing(self, client, cast, adopted):
        plan, _priority = adopted
        data = {"held_on": TODAY().isoformat(), "went_well": " ", "went_badly": "", "other_attendees": 0}
        response = _post(client, cast.connector_a, plan_url("evaluation", plan), data)
        assert response.status_code == 200 and "Write what went well or what did not." in response.content.decode()
        plan.refresh_from_db()
        assert plan.status == PlanStatus.ADOPTED and not AuditEvent.objects.filter(event="plan.evaluated").exists()

    @pytest.mark.parametrize("role", ["generalist_a", "connector_b"])
    def test_who_may_not_edit_changes_nothing(self, client, cast, adopted, role):
        plan, priority = adopted
        before = AuditEvent.objects.count()
        urls = [
            (plan_url("priority_create", plan), {"theme": "X"}),
            (plan_url("progress_create", plan, priority.pk), {"status": "done", "text": "x"}),
            (plan_url("meeting_create", plan), {"held_on": TODAY().isoformat(), "other_attendees": 1}),
            (plan_url("evaluation", plan), {"held_on": TODAY().isoformat(), "went_well": "x", "other_attendees": 1}),
            (plan_url("plan_next", plan), {}),
        ]
        for url, data in urls:
            assert _post(client, cast.roles()[role], url, data).status_code in (403, 404)
        assert AuditEvent.objects.count() == before and Priority.objects.count() == 1


def test_pages_are_dutch_by_default(client, cast, adopted):
    client.cookies.pop("django_language")
    plan, _priority = adopted
    page = _get(client, cast.connector_a, plan_url("plan_detail", plan)).content.decode()
    assert "Wijkplan Centrum" in page and "Voortgang vastleggen" in page
