import json
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

import pytest

from bloei.community.tests.factories import ActivityFactory, NetworkFactory
from bloei.core.models import AuditEvent
from bloei.geo.models import Buurt, Neighbourhood
from bloei.people.models import Assignment
from bloei.people.tests.factories import ResidentFactory
from bloei.plans import services
from bloei.plans.choices import Figure, PlanStatus, ProgressStatus
from bloei.plans.models import NeighbourhoodPlan, PlanLink, PlanMeeting, Priority, ProgressNote
from bloei.trainings.tests.factories import EditionFactory

from .factories import PlanFactory, PriorityFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def this_year():
    return TODAY().year


@pytest.fixture
def centrum(db):
    return Neighbourhood.objects.get(code="WK077211")


@pytest.fixture
def adopted(cast):
    plan = PlanFactory(adopted=True)
    return plan, PriorityFactory(plan=plan, order=1)


class TestCreatePlan:
    def test_a_connector_starts_a_draft_plan_for_a_wijk_of_their_team(self, cast, team_a, centrum):
        plan = services.create_plan(by=cast.connector_a, team=team_a, wijk=centrum, year=this_year() + 1)
        assert plan.status == PlanStatus.DRAFT and plan.adopted_on is None and plan.created_by == cast.connector_a
        event = AuditEvent.objects.get(event="plan.created")
        assert event.team_id == team_a.pk and event.object_id == str(plan.pk)
        assert event.detail == {"wijk": "WK077211", "year": this_year() + 1, "previous_plan_id": None}

    @pytest.mark.parametrize("role", ["connector_b", "generalist_a", "analyst", "municipality", "admin"])
    def test_only_connectors_and_team_leads_of_the_team(self, cast, team_a, centrum, role):
        with pytest.raises(PermissionDenied):
            services.create_plan(by=cast.roles()[role], team=team_a, wijk=centrum, year=this_year())
        assert not NeighbourhoodPlan.objects.exists() and not AuditEvent.objects.exists()

    def test_the_wijk_must_lie_in_the_teams_area(self, cast, team_a):
        stratum = Neighbourhood.objects.get(code="WK077221")
        with pytest.raises(ValidationError) as error:
            services.create_plan(by=cast.connector_a, team=team_a, wijk=stratum, year=this_year())
        assert "wijk" in error.value.error_dict and not NeighbourhoodPlan.objects.exists()

    def test_one_plan_per_wijk_and_year(self, cast, team_a, centrum):
        PlanFactory(year=this_year())
        with pytest.raises(ValidationError) as error, translation.override("en"):
            services.create_plan(by=cast.team_lead_a, team=team_a, wijk=centrum, year=this_year())
        assert error.value.error_dict["year"][0].messages == ["There is already a plan for this wijk and year."]
        assert NeighbourhoodPlan.objects.count() == 1

    @pytest.mark.parametrize("offset", [3, -100])
    def test_the_year_must_be_near(self, cast, team_a, centrum, offset):
        with pytest.raises(ValidationError) as error:
            services.create_plan(by=cast.connector_a, team=team_a, wijk=centrum, year=this_year() + offset)
        assert "year" in error.value.error_dict


class TestUpdateAndAdopt:
    def test_update_records_the_changed_fields_only(self, cast):
        plan = PlanFactory()
        services.update_plan(plan=plan, by=cast.connector_a, summary="Nieuw", year=plan.year)
        event = AuditEvent.objects.get(event="plan.changed")
        assert event.detail == {"fields": ["summary"]}
        services.update_plan(plan=plan, by=cast.connector_a, summary="Nieuw")
        assert AuditEvent.objects.filter(event="plan.changed").count() == 1

    def test_an_adopted_plan_keeps_its_year(self, cast, adopted):
        plan, _priority = adopted
        with pytest.raises(ValidationError):
            services.update_plan(plan=plan, by=cast.connector_a, year=plan.year + 1)
        plan.refresh_from_db()
        assert plan.year == this_year()

    def test_adopting_needs_a_priority(self, cast):
        plan = PlanFactory()
        with pytest.raises(ValidationError):
            services.adopt_plan(plan=plan, by=cast.connector_a)
        PriorityFactory(plan=plan)
        services.adopt_plan(plan=plan, by=cast.connector_a)
        plan.refresh_from_db()
        assert plan.status == PlanStatus.ADOPTED and plan.adopted_on == TODAY()
        assert AuditEvent.objects.filter(event="plan.adopted", object_id=str(plan.pk)).exists()

    def test_adopting_waits_for_the_proposals(self, cast):
        plan = PlanFactory()
        proposal = PriorityFactory(plan=plan, is_proposal=True)
        with pytest.raises(ValidationError):
            services.adopt_plan(plan=plan, by=cast.connector_a)
        services.accept_proposal(priority=proposal, by=cast.connector_a)
        services.adopt_plan(plan=plan, by=cast.connector_a)
        assert plan.status == PlanStatus.ADOPTED

    def test_not_in_the_future_and_not_twice(self, cast):
        plan = PlanFactory()
        PriorityFactory(plan=plan)
        with pytest.raises(ValidationError) as error:
            services.adopt_plan(plan=plan, by=cast.connector_a, adopted_on=TODAY() + timedelta(days=1))
        assert "adopted_on" in error.value.error_dict
        services.adopt_plan(plan=plan, by=cast.connector_a)
        with pytest.raises(ValidationError):
            services.adopt_plan(plan=plan, by=cast.connector_a)

    def test_not_by_another_team(self, cast):
        plan = PlanFactory()
        PriorityFactory(plan=plan)
        with pytest.raises(PermissionDenied):
            services.adopt_plan(plan=plan, by=cast.connector_b)
        plan.refresh_from_db()
        assert plan.status == PlanStatus.DRAFT


class TestPriorities:
    def test_a_new_priority_goes_last_with_its_figures(self, cast):
        plan = PlanFactory()
        PriorityFactory(plan=plan, order=4)
        priority = services.add_priority(
            plan=plan, by=cast.connector_a, theme="Jongeren", figures=[Figure.ACTIVITIES, Figure.POPULATION]
        )
        assert priority.order == 5 and priority.figures == [Figure.ACTIVITIES, Figure.POPULATION]
        event = AuditEvent.objects.get(event="plan.priority_added")
        assert event.detail == {"priority_id": priority.pk} and event.team_id == plan.team_id

    def test_unknown_figures_are_refused(self, cast):
        plan = PlanFactory()
        with pytest.raises(ValidationError) as error:
            services.add_priority(plan=plan, by=cast.connector_a, theme="X", figures=["salaries"])
        assert "figures" in error.value.error_dict and not Priority.objects.exists()

    def test_a_theme_is_needed(self, cast):
        with pytest.raises(ValidationError):
            services.add_priority(plan=PlanFactory(), by=cast.connector_a, theme="")

    def test_update_records_fields(self, cast, adopted):
        _plan, priority = adopted
        services.update_priority(priority=priority, by=cast.team_lead_a, theme="Eenzaamheid", why=priority.why)
        assert AuditEvent.objects.get(event="plan.priority_changed").detail["fields"] == ["theme"]

    def test_removing_only_from_a_draft(self, cast, adopted):
        _plan, priority = adopted
        with pytest.raises(ValidationError):
            services.remove_priority(priority=priority, by=cast.connector_a)
        draft_priority = PriorityFactory(plan=PlanFactory(year=this_year() + 1))
        services.remove_priority(priority=draft_priority, by=cast.connector_a)
        assert not Priority.objects.filter(pk=draft_priority.pk).exists()
        assert AuditEvent.objects.filter(event="plan.priority_removed").count() == 1


class TestProgress:
    def test_progress_on_an_adopted_plan(self, cast, adopted):
        _plan, priority = adopted
        note = services.add_progress(
            priority=priority, by=cast.connector_a, status=ProgressStatus.BEHIND, text=" Traag "
        )
        assert note.text == "Traag" and note.noted_on == TODAY()
        event = AuditEvent.objects.get(event="plan.progress_added")
        assert event.detail == {"priority_id": priority.pk, "progress_id": note.pk, "status": "behind"}

    def test_not_on_a_draft_nor_a_proposal(self, cast):
        priority = PriorityFactory()
        with pytest.raises(ValidationError):
            services.add_progress(priority=priority, by=cast.connector_a, status="on_track", text="x")
        plan = PlanFactory(year=this_year() - 1, adopted=True)
        proposal = PriorityFactory(plan=plan, is_proposal=True)
        with pytest.raises(ValidationError):
            services.add_progress(priority=proposal, by=cast.connector_a, status="on_track", text="x")
        assert not ProgressNote.objects.exists()

    @pytest.mark.parametrize(
        "noted_on, status, text, field",
        [
            (lambda: TODAY() + timedelta(days=1), "on_track", "x", "noted_on"),
            (lambda: date(this_year() - 1, 12, 31), "on_track", "x", "noted_on"),
            (TODAY, "fine", "x", "status"),
            (TODAY, "done", "   ", "text"),
        ],
    )
    def test_bad_input_is_refused(self, cast, adopted, noted_on, status, text, field):
        _plan, priority = adopted
        with pytest.raises(ValidationError) as error:
            services.add_progress(priority=priority, by=cast.connector_a, status=status, text=text, noted_on=noted_on())
        assert field in error.value.error_dict and not ProgressNote.objects.exists()

    def test_not_by_a_generalist(self, cast, adopted):
        with pytest.raises(PermissionDenied):
            services.add_progress(priority=adopted[1], by=cast.generalist_a, status="done", text="x")


class TestMeetings:
    def test_records_who_was_there_with_one_event_per_resident(self, cast):
        plan = PlanFactory()
        fatima, joost = ResidentFactory(), ResidentFactory()
        meeting = services.record_meeting(
            plan=plan,
            by=cast.connector_a,
            held_on=TODAY(),
            staff=[cast.connector_a, cast.team_lead_a],
            residents=[fatima, joost],
            other_attendees=30,
            notes="Veel ideeën over de speeltuin.",
        )
        assert set(meeting.residents.all()) == {fatima, joost} and meeting.staff.count() == 2
        added = AuditEvent.objects.filter(event="plan.meeting.resident_added")
        assert {e.resident_id for e in added} == {fatima.pk, joost.pk}
        assert all(e.team_id == plan.team_id for e in added)
        assert AuditEvent.objects.get(event="plan.meeting_added").detail == {"plan_id": plan.pk}

    def test_residents_outside_the_users_scope_are_refused(self, cast, team_b):
        stranger = ResidentFactory(buurt=Buurt.objects.get(code="BU07722110"))
        with pytest.raises(ValidationError) as error:
            services.record_meeting(plan=PlanFactory(), by=cast.connector_a, held_on=TODAY(), residents=[stranger])
        assert "residents" in error.value.error_dict
        assert not PlanMeeting.objects.exists() and not AuditEvent.objects.exists()

    def test_staff_must_be_members_of_the_team(self, cast):
        with pytest.raises(ValidationError) as error:
            services.record_meeting(plan=PlanFactory(), by=cast.connector_a, held_on=TODAY(), staff=[cast.connector_b])
        assert "staff" in error.value.error_dict and not PlanMeeting.objects.exists()

    def test_the_date_must_fit(self, cast):
        plan = PlanFactory()
        for held_on in (TODAY() + timedelta(days=1), date(plan.year - 2, 12, 31)):
            with pytest.raises(ValidationError):
                services.record_meeting(plan=plan, by=cast.connector_a, held_on=held_on)
        assert not PlanMeeting.objects.exists()

    def test_an_update_keeps_residents_the_editor_cannot_see(self, cast, team_b):
        """A resident of team B, in connector A's caseload, was at the meeting; team lead A cannot see them."""
        theirs = ResidentFactory(buurt=Buurt.objects.get(code="BU07722110"))
        Assignment.objects.create(resident=theirs, user=cast.connector_a)
        ours = ResidentFactory()
        meeting = services.record_meeting(
            plan=PlanFactory(), by=cast.connector_a, held_on=TODAY(), residents=[theirs, ours]
        )
        services.update_meeting(
            meeting=meeting, by=cast.team_lead_a, held_on=TODAY(), residents=[], other_attendees=3, notes="x"
        )
        assert list(meeting.residents.all()) == [theirs]
        removed = AuditEvent.objects.get(event="plan.meeting.resident_removed")
        assert removed.resident_id == ours.pk and removed.actor == cast.team_lead_a
        changed = AuditEvent.objects.get(event="plan.meeting_changed")
        assert changed.detail["fields"] == ["notes", "other_attendees"]


class TestLinks:
    def test_links_an_activity_network_and_edition_of_the_team(self, cast, adopted, centrum):
        plan, priority = adopted
        activity = ActivityFactory(buurt=Buurt.objects.get(code="BU07721110"))
        network = NetworkFactory()
        start = date(plan.year, 1, 1)
        edition = EditionFactory(wijk=centrum, starts_on=start, ends_on=start + timedelta(weeks=3))
        for item in (activity, network, edition):
            services.link_item(plan=plan, by=cast.connector_a, item=item, priority=priority)
        assert {link.target for link in priority.links.all()} == {activity, network, edition}
        kinds = sorted(e.detail["kind"] for e in AuditEvent.objects.filter(event="plan.linked"))
        assert kinds == ["activity", "edition", "network"]

    def test_refuses_what_does_not_belong_to_the_plan(self, cast, adopted, team_b):
        plan, _priority = adopted
        cases = [
            ActivityFactory(team=team_b),  # another team
            ActivityFactory(buurt=Buurt.objects.get(code="BU07722110")),  # another wijk
            ActivityFactory(starts_on=date(plan.year - 1, 5, 1)),  # another year
            NetworkFactory(started_on=date(plan.year - 2, 1, 1), ended_on=date(plan.year - 1, 6, 1)),
        ]
        for item in cases:
            with pytest.raises(ValidationError):
                services.link_item(plan=plan, by=cast.connector_a, item=item)
        other_priority = PriorityFactory(plan=PlanFactory(year=plan.year + 1))
        with pytest.raises(ValidationError):
            services.link_item(plan=plan, by=cast.connector_a, item=ActivityFactory(), priority=other_priority)
        assert not PlanLink.objects.exists()

    def test_links_once_and_unlinks(self, cast, adopted):
        plan, _priority = adopted
        activity = ActivityFactory()
        link = services.link_item(plan=plan, by=cast.connector_a, item=activity)
        with pytest.raises(ValidationError):
            services.link_item(plan=plan, by=cast.connector_a, item=activity)
        services.unlink_item(link=link, by=cast.team_lead_a)
        assert not PlanLink.objects.exists()
        assert AuditEvent.objects.get(event="plan.unlinked").detail["target_id"] == activity.pk


class TestEvaluationAndNextYear:
    def evaluate(self, cast, plan, priority, **kwargs):
        values = {
            "held_on": TODAY(),
            "went_well": "De koffieochtend",
            "went_badly": "Jongeren bereikten we niet",
            "residents": [],
            "other_attendees": 25,
            "carried_over": [priority],
            "next_year_goals": "Jongeren betrekken\n\n  Meer Engelstalige activiteiten ",
        }
        return services.record_evaluation(plan=plan, by=cast.connector_a, **{**values, **kwargs})

    def test_only_an_adopted_plan_is_evaluated(self, cast):
        plan = PlanFactory()
        priority = PriorityFactory(plan=plan)
        with pytest.raises(ValidationError):
            self.evaluate(cast, plan, priority)

    def test_evaluating_closes_the_plan(self, cast, adopted):
        plan, priority = adopted
        evaluation = self.evaluate(cast, plan, priority, residents=[ResidentFactory()])
        plan.refresh_from_db()
        assert plan.status == PlanStatus.EVALUATED and evaluation.goals == [
            "Jongeren betrekken",
            "Meer Engelstalige activiteiten",
        ]
        assert AuditEvent.objects.get(event="plan.evaluated").detail["carried_over"] == [priority.pk]
        assert AuditEvent.objects.filter(event="plan.evaluation.resident_added").count() == 1
        for change in (
            lambda: services.add_priority(plan=plan, by=cast.connector_a, theme="Nog één"),
            lambda: services.record_meeting(plan=plan, by=cast.connector_a, held_on=TODAY()),
            lambda: services.add_progress(priority=priority, by=cast.connector_a, status="done", text="x"),
            lambda: services.update_plan(plan=plan, by=cast.connector_a, summary="x"),
        ):
            with pytest.raises(ValidationError):
                change()

    def test_the_evaluation_can_be_corrected(self, cast, adopted):
        plan, priority = adopted
        self.evaluate(cast, plan, priority)
        evaluation = self.evaluate(cast, plan, priority, went_well="Anders", carried_over=[])
        assert evaluation.went_well == "Anders" and not evaluation.carried_over.exists()
        event = AuditEvent.objects.get(event="plan.evaluation_changed")
        assert event.detail["fields"] == ["carried_over", "went_well"]

    def test_something_must_be_written_and_the_priorities_must_be_the_plans(self, cast, adopted):
        plan, priority = adopted
        with pytest.raises(ValidationError):
            self.evaluate(cast, plan, priority, went_well="", went_badly=" ")
        with pytest.raises(ValidationError):
            self.evaluate(cast, plan, PriorityFactory(plan=PlanFactory(year=plan.year + 1)))
        with pytest.raises(ValidationError):
            self.evaluate(cast, plan, priority, held_on=plan.adopted_on - timedelta(days=1))
        plan.refresh_from_db()
        assert plan.status == PlanStatus.ADOPTED

    def test_next_years_plan_starts_from_the_evaluation(self, cast, adopted):
        plan, priority = adopted
        PriorityFactory(plan=plan, order=2, theme="Afgerond")
        with pytest.raises(ValidationError):
            services.start_next_plan(plan=plan, by=cast.connector_a)
        self.evaluate(cast, plan, priority)
        new_plan = services.start_next_plan(plan=plan, by=cast.team_lead_a)
        assert (new_plan.year, new_plan.wijk, new_plan.team) == (plan.year + 1, plan.wijk, plan.team)
        assert new_plan.status == PlanStatus.DRAFT and new_plan.previous_plan == plan
        proposals = list(new_plan.priorities.all())
        assert [(p.order, p.theme, p.is_proposal) for p in proposals] == [
            (1, priority.theme, True),
            (2, "Jongeren betrekken", True),
            (3, "Meer Engelstalige activiteiten", True),
        ]
        assert proposals[0].carried_over_from == priority and proposals[0].why == priority.why
        assert AuditEvent.objects.get(event="plan.next_started").detail == {"next_plan_id": new_plan.pk, "proposals": 3}
        with pytest.raises(ValidationError):
            services.start_next_plan(plan=plan, by=cast.team_lead_a)
        assert NeighbourhoodPlan.objects.count() == 2


def test_audit_events_hold_no_names_or_free_text(cast):
    fatima = ResidentFactory(first_name="Fatimazahra", last_name="Bouzidi")
    plan = services.create_plan(
        by=cast.connector_a,
        team=cast.team_a,
        wijk=Neighbourhood.objects.get(code="WK077211"),
        year=this_year(),
        summary="Geheime samenvatting",
    )
    priority = services.add_priority(plan=plan, by=cast.connector_a, theme="Thema Eenzaam", why="Waarom-tekst")
    services.record_meeting(plan=plan, by=cast.connector_a, held_on=TODAY(), residents=[fatima], notes="Notitie-tekst")
    services.adopt_plan(plan=plan, by=cast.connector_a)
    services.add_progress(priority=priority, by=cast.connector_a, status="done", text="Voortgangstekst")
    services.record_evaluation(
        plan=plan,
        by=cast.connector_a,
        held_on=TODAY(),
        went_well="Goed-tekst",
        residents=[fatima],
        next_year_goals="Doel-tekst",
    )
    services.start_next_plan(plan=plan, by=cast.connector_a)
    details = json.dumps([e.detail for e in AuditEvent.objects.all()])
    for text in ("Fatimazahra", "Bouzidi", "Geheime", "Thema", "Waarom", "Notitie", "Voortgang", "Goed-tekst", "Doel"):
        assert text not in details
    assert AuditEvent.objects.filter(resident=fatima).count() == 2
