"""What connectors, team leads and generalists see and do on the training pages; refused roles change nothing."""

from datetime import timedelta

from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

import pytest

from bloei.core.models import AuditEvent
from bloei.people.models import Assignment, LadderAssessment, LadderRung
from bloei.people.tests.factories import ResidentFactory
from bloei.places.tests.factories import PlaceFactory
from bloei.trainings.models import (
    Attendance,
    Enrolment,
    Evaluation,
    Outcome,
    TrainingEdition,
    TrainingFollowUp,
    TrainingSession,
    TrainingType,
)

from .factories import EditionFactory, EnrolmentFactory, FollowUpFactory, OutcomeFactory, attend, kom_tot_bloei

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
NON_VIEWERS = ["analyst", "municipality", "admin", "no_role"]


@pytest.fixture(autouse=True)
def _english(client):
    """Pages in English, whether or not the Dutch messages are compiled."""
    client.cookies["django_language"] = "en"


def days_ago(n):
    return TODAY() - timedelta(days=n)


def _get(client, user, url, **kwargs):
    client.force_login(user)
    return client.get(url, **kwargs)


def _post(client, user, url, data=None, **kwargs):
    client.force_login(user)
    return client.post(url, data or {}, **kwargs)


def url(name, *args):
    return reverse(f"trainings:{name}", args=args)


SCORES = {"score_overall": 4, "score_talents": 5, "score_confidence": 3, "score_contacts": 4, "score_next_step": 2}


# --- editions -----------------------------------------------------------------------------------------


class TestEditionList:
    @pytest.mark.parametrize("role", ["connector_a", "generalist_a", "team_lead_a"])
    def test_the_team_sees_its_editions(self, client, cast, team_b, role):
        EditionFactory(name="Kom tot Bloei! Centrum")
        EditionFactory(name="Kom tot Bloei! Stratum", team=team_b)
        html = _get(client, cast.roles()[role], url("edition_list")).content.decode()
        assert "Kom tot Bloei! Centrum" in html and "Stratum" not in html

    @pytest.mark.parametrize("role", NON_VIEWERS)
    def test_other_roles_get_403(self, client, cast, role):
        assert _get(client, cast.roles()[role], url("edition_list")).status_code == 403

    def test_filters_on_type_year_and_status_with_an_htmx_fragment(self, client, cast):
        EditionFactory(name="Lopend")
        EditionFactory(name="Gepland", starts_on=TODAY() + timedelta(days=7), ends_on=TODAY() + timedelta(days=28))
        EditionFactory(name="Klaar", finished_on=TODAY())
        EditionFactory(
            name="Oud",
            starts_on=TODAY().replace(year=TODAY().year - 3, day=1),
            ends_on=TODAY().replace(year=TODAY().year - 3, day=22),
        )
        EditionFactory(name="Werkt", training_type=TrainingType.objects.get(slug="de-wijk-werkt"))
        client.force_login(cast.connector_a)

        def names(**params):
            html = client.get(url("edition_list"), params, headers={"HX-Request": "true"}).content.decode()
            assert "<html" not in html
            return {n for n in ("Lopend", "Gepland", "Klaar", "Oud", "Werkt") if f">{n}<" in html}

        assert names(status="planned") == {"Gepland"}
        assert names(status="finished") == {"Klaar"}
        assert names(status="running") == {"Lopend", "Oud", "Werkt"}
        assert names(training_type="de-wijk-werkt") == {"Werkt"}
        assert names(year=TODAY().year - 3) == {"Oud"}
        assert names(year="not-a-year") == {"Lopend", "Gepland", "Klaar", "Oud", "Werkt"}

    def test_query_count_is_constant(self, client, cast, django_assert_max_num_queries):
        EditionFactory()
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(12):
            client.get(url("edition_list"))
        for _ in range(5):
            EnrolmentFactory(edition=EditionFactory())
        with django_assert_max_num_queries(12):
            client.get(url("edition_list"))


class TestCreateEdition:
    def test_a_connector_adds_an_edition_with_its_meetings(self, client, cast, team_a):
        starts = TODAY() + timedelta(days=3)
        response = _post(
            client,
            cast.connector_a,
            url("edition_create"),
            {
                "training_type": kom_tot_bloei().pk,
                "team": team_a.pk,
                "name": "Kom tot Bloei! Binnenstad",
                "wijk": team_a.neighbourhoods.first().pk,
                "trainers": [cast.connector_a.pk],
                "location": "Buurthuis",
                "starts_on": starts.isoformat(),
                "starts_at": "10:00",
                "max_participants": "12",
            },
        )
        edition = TrainingEdition.objects.get()
        assert response.status_code == 302 and response["Location"] == url("edition_detail", edition.uuid)
        assert edition.sessions.count() == 4 and edition.max_participants == 12
        assert {s.starts_at.strftime("%H:%M") for s in edition.sessions.all()} == {"10:00"}
        html = _get(client, cast.connector_a, response["Location"]).content.decode()
        assert "Kom tot Bloei! Binnenstad" in html and "Anna Test" in html

    def test_the_form_offers_the_users_teams_wijken_and_connectors(self, client, cast, team_b):
        html = _get(client, cast.team_lead_a, url("edition_create")).content.decode()
        assert f'name="trainers" value="{cast.connector_a.pk}"' in html
        for other in (cast.connector_b, cast.team_lead_a, cast.generalist_a):
            assert f'name="trainers" value="{other.pk}"' not in html
        assert team_b.neighbourhoods.first().name not in html

    def test_bad_input_changes_nothing(self, client, cast, team_a, team_b):
        for data in (
            {"training_type": kom_tot_bloei().pk, "team": team_a.pk, "name": "", "starts_on": TODAY().isoformat()},
            {"training_type": kom_tot_bloei().pk, "team": team_b.pk, "name": "X", "starts_on": TODAY().isoformat()},
            {"training_type": kom_tot_bloei().pk, "team": team_a.pk, "name": "X", "starts_on": "gisteren"},
            {
                "training_type": kom_tot_bloei().pk,
                "team": team_a.pk,
                "name": "X",
                "starts_on": TODAY().isoformat(),
                "trainers": [cast.connector_b.pk],
            },
        ):
            response = _post(client, cast.connector_a, url("edition_create"), data)
            assert response.status_code == 200
        assert not TrainingEdition.objects.exists() and not AuditEvent.objects.exists()

    @pytest.mark.parametrize("role", ["generalist_a", *NON_VIEWERS])
    def test_others_may_not(self, client, cast, team_a, role):
        response = _post(
            client,
            cast.roles()[role],
            url("edition_create"),
            {
                "training_type": kom_tot_bloei().pk,
                "team": team_a.pk,
                "name": "X",
                "starts_on": TODAY().isoformat(),
            },
        )
        assert response.status_code == 403 and not TrainingEdition.objects.exists()


@pytest.fixture
def edition(cast):
    """A finished-looking edition of team A: four meetings (the last a week ago) trained by connector A."""
    return EditionFactory(name="Kom tot Bloei! Binnenstad", trainers=[cast.connector_a])


class TestEditionDetail:
    def test_shows_meetings_participants_evaluations_outcomes_and_follow_ups(self, client, cast, edition):
        place = PlaceFactory(name="Bibliotheek Centrum")
        visit = edition.sessions.get(number=3)
        visit.kind, visit.place, visit.topic = "place_visit", place, "Op bezoek"
        visit.save()
        fatima = EnrolmentFactory(
            edition=edition, resident=ResidentFactory(first_name="Fatima", last_name="Yilmaz"), completed=True
        )
        attend(fatima, "present", "present", "absent", "present")
        Evaluation.objects.create(enrolment=fatima, **SCORES)
        OutcomeFactory(enrolment=fatima, kind="paid_work", place=place, note="Bij de balie")
        FollowUpFactory(enrolment=fatima, due_on=TODAY() + timedelta(days=300))
        html = _get(client, cast.connector_a, url("edition_detail", edition.uuid)).content.decode()
        assert "Fatima Yilmaz" in html and "3 of 4 (75%)" in html
        assert "Op bezoek" in html and "Bibliotheek Centrum" in html
        assert "Paid work" in html and "Bij de balie" in html
        assert "I know my next step" in html and "2.0" in html
        assert (TODAY() + timedelta(days=300)).strftime("%Y") in html and "due " in html
        assert url("edition_ladder", edition.uuid) in html
        assert url("attendance_session", edition.uuid, edition.sessions.get(number=4).pk) in html

    def test_a_generalist_reads_the_edition_without_participants_they_may_not_see(self, client, cast, edition):
        hidden = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Verborgen"))
        html = _get(client, cast.generalist_a, url("edition_detail", edition.uuid)).content.decode()
        assert edition.name in html and "Verborgen" not in html
        assert "And 1 participant outside what you may see." in html
        assert url("enrolment_create", edition.uuid) not in html and url("edition_edit", edition.uuid) not in html
        assert hidden.resident.full_name not in html

    def test_a_generalist_never_sees_a_benefit_status(self, client, cast, edition):
        enrolment = EnrolmentFactory(
            edition=edition,
            benefit_status="participatiewet",
            benefit_purpose="municipal_reporting",
            benefit_recorded_on=TODAY(),
            benefit_recorded_by=cast.connector_a,
        )
        Assignment.objects.create(resident=enrolment.resident, user=cast.generalist_a)
        for target in (
            url("edition_detail", edition.uuid),
            url("enrolment_detail", enrolment.uuid),
            url("attendance_overview", edition.uuid),
        ):
            for language in ("en", "nl"):
                client.cookies["django_language"] = language
                html = _get(client, cast.generalist_a, target).content.decode()
                assert enrolment.resident.full_name in html, target
                for word in ("Participatiewet", "benefit", "Benefit", "uitkering", "Uitkering", "work coach"):
                    assert word not in html, (target, language, word)
        assert _get(client, cast.generalist_a, url("enrolment_benefit", enrolment.uuid)).status_code == 403
        assert not AuditEvent.objects.filter(event="training.benefit_status_viewed").exists()

    def test_the_team_sees_the_benefit_status_and_looking_at_it_is_logged(self, client, cast, edition):
        enrolment = EnrolmentFactory(
            edition=edition,
            benefit_status="participatiewet",
            benefit_purpose="municipal_reporting",
            benefit_recorded_on=TODAY(),
            benefit_recorded_by=cast.connector_a,
        )
        overview = _get(client, cast.team_lead_a, url("edition_detail", edition.uuid)).content.decode()
        assert "With a Participatiewet benefit" in overview
        html = _get(client, cast.team_lead_a, url("enrolment_detail", enrolment.uuid)).content.decode()
        assert "Benefit under the Participatiewet" in html and "Anonymous reporting to the municipality" in html
        event = AuditEvent.objects.get(event="training.benefit_status_viewed")
        assert event.actor == cast.team_lead_a and event.detail == {}

    def test_other_teams_get_404(self, client, cast, edition):
        assert _get(client, cast.connector_b, url("edition_detail", edition.uuid)).status_code == 404

    def test_query_count_does_not_grow_with_participants(self, client, cast, edition, django_assert_max_num_queries):
        def grow():
            enrolment = EnrolmentFactory(edition=edition)
            attend(enrolment, "present", "absent")
            OutcomeFactory(enrolment=enrolment)
            Evaluation.objects.create(enrolment=enrolment, **SCORES)
            FollowUpFactory(enrolment=enrolment)

        grow()
        client.force_login(cast.connector_a)
        with django_assert_max_num_queries(20) as few:
            client.get(url("edition_detail", edition.uuid))
        for _ in range(5):
            grow()
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(url("edition_detail", edition.uuid))


class TestEditEditionAndMeetings:
    def test_change_details(self, client, cast, edition):
        response = _post(
            client,
            cast.team_lead_a,
            url("edition_edit", edition.uuid),
            {
                "name": "Nieuwe naam",
                "trainers": [cast.connector_a.pk],
                "location": "Wijkhuis",
            },
        )
        assert response.status_code == 302
        edition.refresh_from_db()
        assert edition.name == "Nieuwe naam" and edition.location == "Wijkhuis"

    def test_add_change_and_remove_a_meeting(self, client, cast, edition):
        place = PlaceFactory()
        response = _post(
            client,
            cast.connector_a,
            url("session_create", edition.uuid),
            {
                "held_on": TODAY().isoformat(),
                "kind": "place_visit",
                "place": place.pk,
                "topic": "Bezoek",
            },
        )
        assert response.status_code == 302
        added = TrainingSession.objects.get(edition=edition, number=5)
        assert added.place == place
        response = _post(
            client,
            cast.connector_a,
            url("session_edit", edition.uuid, added.pk),
            {
                "held_on": TODAY().isoformat(),
                "kind": "meeting",
                "topic": "Afsluiting",
                "starts_at": "19:30",
            },
        )
        assert response.status_code == 302
        added.refresh_from_db()
        assert added.topic == "Afsluiting" and added.place is None and added.starts_at.hour == 19
        assert _get(client, cast.connector_a, url("session_delete", edition.uuid, added.pk)).status_code == 405
        _post(client, cast.connector_a, url("session_delete", edition.uuid, added.pk))
        assert edition.sessions.count() == 4

    def test_a_visit_without_a_place_changes_nothing(self, client, cast, edition):
        first = edition.sessions.get(number=1)
        response = _post(
            client,
            cast.connector_a,
            url("session_edit", edition.uuid, first.pk),
            {
                "held_on": first.held_on.isoformat(),
                "kind": "place_visit",
            },
        )
        assert response.status_code == 200 and "Choose the place that is visited." in response.content.decode()
        assert TrainingSession.objects.get(pk=first.pk).kind == "meeting"

    def test_removing_an_attended_meeting_is_refused_with_a_message(self, client, cast, edition):
        attend(EnrolmentFactory(edition=edition), "present")
        first = edition.sessions.get(number=1)
        response = _post(client, cast.connector_a, url("session_delete", edition.uuid, first.pk), follow=True)
        assert "cannot be removed" in response.content.decode() and edition.sessions.count() == 4

    def test_cancel(self, client, cast, edition):
        response = _post(
            client,
            cast.connector_a,
            url("edition_cancel", edition.uuid),
            {"cancelled_on": TODAY().isoformat()},
            follow=True,
        )
        assert "This edition was cancelled on" in response.content.decode()
        assert TrainingEdition.objects.get(pk=edition.pk).cancelled_on == TODAY()

    def test_generalists_may_not_change_anything(self, client, cast, edition):
        first = edition.sessions.get(number=1)
        for target, data in (
            (url("edition_edit", edition.uuid), {"name": "X"}),
            (url("edition_cancel", edition.uuid), {"cancelled_on": TODAY().isoformat()}),
            (url("edition_finish", edition.uuid), {"finished_on": TODAY().isoformat()}),
            (url("session_edit", edition.uuid, first.pk), {"held_on": TODAY().isoformat(), "kind": "meeting"}),
        ):
            assert _post(client, cast.generalist_a, target, data).status_code == 403
        assert TrainingEdition.objects.get(pk=edition.pk).name == edition.name
        assert not AuditEvent.objects.exists()


# --- attendance ---------------------------------------------------------------------------------------


class TestAttendanceScreen:
    def test_lists_the_participants_with_three_buttons_each(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Fatima"))
        stopped = EnrolmentFactory(edition=edition, left_on=days_ago(10), left_reason="health")
        meeting = edition.sessions.get(number=4)
        html = _get(client, cast.connector_a, url("attendance_session", edition.uuid, meeting.pk)).content.decode()
        assert enrolment.resident.full_name in html and stopped.resident.full_name not in html
        assert html.count('name="status"') == 3 and 'aria-pressed="false"' in html
        assert "Not filled in yet" in html

    def test_a_plain_post_saves_and_returns_to_the_participant(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        meeting = edition.sessions.get(number=2)
        response = _post(
            client,
            cast.connector_a,
            url("attendance_session", edition.uuid, meeting.pk),
            {"enrolment": enrolment.uuid, "status": "excused"},
        )
        assert response.status_code == 302
        assert response["Location"].endswith(f"#participant-{enrolment.pk}")
        assert Attendance.objects.get().status == "excused"
        html = client.get(response["Location"]).content.decode()
        assert 'value="excused" class="bloei-tap bloei-tap--excused" aria-pressed="true"' in html

    def test_an_htmx_tap_returns_the_participants_row(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        meeting = edition.sessions.get(number=2)
        response = _post(
            client,
            cast.connector_a,
            url("attendance_session", edition.uuid, meeting.pk),
            {"enrolment": enrolment.uuid, "status": "present"},
            headers={"HX-Request": "true"},
        )
        html = response.content.decode()
        assert response.status_code == 200 and "<html" not in html
        assert f'id="participant-{enrolment.pk}"' in html and "Saved: Present" in html
        assert 'value="present" class="bloei-tap bloei-tap--present" aria-pressed="true"' in html

    def test_bad_input_changes_nothing(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        other = EnrolmentFactory(edition=EditionFactory())
        meeting = edition.sessions.get(number=2)
        target = url("attendance_session", edition.uuid, meeting.pk)
        for data, status in (
            ({"enrolment": enrolment.uuid, "status": "late"}, 302),
            ({"enrolment": other.uuid, "status": "present"}, 404),
            ({"enrolment": "nonsense"}, 302),
        ):
            assert _post(client, cast.connector_a, target, data).status_code == status
        assert not Attendance.objects.exists() and not AuditEvent.objects.exists()

    def test_a_meeting_still_to_come_cannot_be_filled_in(self, client, cast):
        edition = EditionFactory(starts_on=days_ago(7), ends_on=TODAY() + timedelta(days=14))
        enrolment = EnrolmentFactory(edition=edition)
        later = edition.sessions.get(number=4)
        html = _get(client, cast.connector_a, url("attendance_session", edition.uuid, later.pk)).content.decode()
        assert "This meeting has not taken place yet." in html and "disabled" in html
        response = _post(
            client,
            cast.connector_a,
            url("attendance_session", edition.uuid, later.pk),
            {"enrolment": enrolment.uuid, "status": "present"},
            headers={"HX-Request": "true"},
        )
        assert "This meeting has not taken place yet." in response.content.decode()
        assert not Attendance.objects.exists()

    def test_the_overview_grid_is_an_accessible_table_in_its_own_scroll_box(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        attend(enrolment, "present", "excused", "absent")
        html = _get(client, cast.team_lead_a, url("attendance_overview", edition.uuid)).content.decode()
        assert 'class="bloei-grid-scroll" role="region" aria-labelledby="attendance-caption" tabindex="0"' in html
        assert '<caption id="attendance-caption">' in html
        assert "Absent with notice" in html and "Not filled in yet" in html


# --- participants -------------------------------------------------------------------------------------


class TestEnrolment:
    def test_enrol_with_a_benefit_status_and_its_purpose(self, client, cast, edition):
        resident = ResidentFactory()
        response = _post(
            client,
            cast.connector_a,
            url("enrolment_create", edition.uuid),
            {
                "resident": resident.uuid,
                "enrolled_on": TODAY().isoformat(),
                "benefit_status": "participatiewet",
                "benefit_purpose": "guidance",
            },
        )
        assert response.status_code == 302
        enrolment = Enrolment.objects.get()
        assert (enrolment.resident, enrolment.benefit_status, enrolment.benefit_recorded_by) == (
            resident,
            "participatiewet",
            cast.connector_a,
        )

    def test_a_status_without_purpose_changes_nothing(self, client, cast, edition):
        response = _post(
            client,
            cast.connector_a,
            url("enrolment_create", edition.uuid),
            {
                "resident": ResidentFactory().uuid,
                "enrolled_on": TODAY().isoformat(),
                "benefit_status": "participatiewet",
            },
        )
        assert response.status_code == 200
        assert "only recorded together with the purpose" in response.content.decode()
        assert not Enrolment.objects.exists()

    def test_residents_of_another_team_are_not_offered(self, client, cast, edition, buurt_b):
        theirs = ResidentFactory(buurt=buurt_b)
        html = _get(client, cast.connector_a, url("enrolment_create", edition.uuid)).content.decode()
        assert theirs.full_name not in html
        response = _post(
            client,
            cast.connector_a,
            url("enrolment_create", edition.uuid),
            {"resident": theirs.uuid, "enrolled_on": TODAY().isoformat()},
        )
        assert response.status_code == 200 and not Enrolment.objects.exists()

    def test_stop_an_enrolment(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        response = _post(
            client,
            cast.connector_a,
            url("enrolment_stop", enrolment.uuid),
            {"left_on": TODAY().isoformat(), "left_reason": "work"},
        )
        assert response.status_code == 302
        enrolment.refresh_from_db()
        assert enrolment.left_on == TODAY() and enrolment.left_reason == "work"

    def test_change_the_benefit_status(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        target = url("enrolment_benefit", enrolment.uuid)
        assert _post(client, cast.connector_a, target, {"benefit_status": "none"}).status_code == 200
        assert Enrolment.objects.get().benefit_status == ""
        assert (
            _post(
                client, cast.connector_a, target, {"benefit_status": "none", "benefit_purpose": "guidance"}
            ).status_code
            == 302
        )
        assert Enrolment.objects.get().benefit_status == "none"


class TestEvaluationAndOutcomes:
    def test_fill_in_and_change_the_evaluation(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        data = {"filled_on": TODAY().isoformat(), **SCORES, "best": "De groep", "improve": "", "next_step": "Taalcafé"}
        assert _post(client, cast.connector_a, url("evaluation_edit", enrolment.uuid), data).status_code == 302
        assert Evaluation.objects.get().next_step == "Taalcafé"
        html = _get(client, cast.connector_a, url("evaluation_edit", enrolment.uuid)).content.decode()
        radio = 'name="score_talents" value="5" class="utrecht-radio-button utrecht-radio-button--html-input"'
        assert radio in html
        assert 'id="id_score_talents_4" checked' in html
        data["score_overall"] = 1
        _post(client, cast.connector_a, url("evaluation_edit", enrolment.uuid), data)
        assert Evaluation.objects.get().score_overall == 1 and Evaluation.objects.count() == 1

    def test_a_missing_score_changes_nothing(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        data = {"filled_on": TODAY().isoformat(), **SCORES}
        del data["score_contacts"]
        assert _post(client, cast.connector_a, url("evaluation_edit", enrolment.uuid), data).status_code == 200
        assert not Evaluation.objects.exists()

    def test_add_and_remove_outcomes(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        place = PlaceFactory(name="Repair Café")
        for kind in ("volunteer_work", "education"):
            response = _post(
                client,
                cast.connector_a,
                url("outcome_create", enrolment.uuid),
                {"kind": kind, "started_on": TODAY().isoformat(), "place": place.pk},
            )
            assert response.status_code == 302
        html = _get(client, cast.connector_a, url("enrolment_detail", enrolment.uuid)).content.decode()
        assert "Volunteer work" in html and "Education or course" in html and "Repair Café" in html
        outcome = Outcome.objects.get(kind="education")
        assert _get(client, cast.connector_a, url("outcome_delete", enrolment.uuid, outcome.pk)).status_code == 405
        _post(client, cast.connector_a, url("outcome_delete", enrolment.uuid, outcome.pk))
        assert list(Outcome.objects.values_list("kind", flat=True)) == ["volunteer_work"]

    def test_an_outcome_in_the_future_changes_nothing(self, client, cast, edition):
        enrolment = EnrolmentFactory(edition=edition)
        _post(
            client,
            cast.connector_a,
            url("outcome_create", enrolment.uuid),
            {"kind": "paid_work", "started_on": (TODAY() + timedelta(days=3)).isoformat()},
        )
        assert not Outcome.objects.exists()


# --- finishing and the one-year follow-up -------------------------------------------------------------


class TestFinish:
    def test_the_page_shows_who_completes_then_finishing_plans_the_follow_ups(self, client, cast, edition):
        good = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Goed"))
        attend(good, "present", "present", "present", "absent")
        EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Weinig"))
        html = _get(client, cast.connector_a, url("edition_finish", edition.uuid)).content.decode()
        assert "1 of 2 participants complete the training" in html
        assert "No attendance has been recorded for these meetings" not in html
        response = _post(
            client, cast.connector_a, url("edition_finish", edition.uuid), {"finished_on": TODAY().isoformat()}
        )
        assert response.status_code == 302
        assert dict(Enrolment.objects.values_list("resident__first_name", "completed")) == {
            "Goed": True,
            "Weinig": False,
        }
        assert set(TrainingFollowUp.objects.values_list("due_on", flat=True)) == {edition.ends_on + timedelta(365)}

    def test_a_date_before_the_last_meeting_changes_nothing(self, client, cast, edition):
        response = _post(
            client, cast.connector_a, url("edition_finish", edition.uuid), {"finished_on": days_ago(20).isoformat()}
        )
        assert response.status_code == 200 and "The last meeting is after this date" in response.content.decode()
        assert TrainingEdition.objects.get(pk=edition.pk).finished_on is None


class TestFollowUp:
    @pytest.fixture
    def follow_up(self, cast, edition):
        edition.finished_on = days_ago(360)
        edition.save()
        enrolment = EnrolmentFactory(edition=edition, resident=ResidentFactory(first_name="Samira"))
        return FollowUpFactory(enrolment=enrolment, due_on=TODAY())

    def test_it_is_on_vandaag_and_in_the_list(self, client, cast, follow_up):
        for target in (reverse("core:home"), url("follow_up_list")):
            html = _get(client, cast.connector_a, target).content.decode()
            assert follow_up.enrolment.resident.full_name in html, target
            assert url("follow_up_record", follow_up.enrolment.uuid) in html
        assert "Training follow-ups" not in _get(client, cast.generalist_a, reverse("core:home")).content.decode()
        assert _get(client, cast.generalist_a, url("follow_up_list")).status_code == 403

    def test_the_questionnaire_records_a_ladder_rung_shown_on_the_resident_page(self, client, cast, follow_up):
        rung = LadderRung.objects.get(level=4)
        response = _post(
            client,
            cast.connector_a,
            url("follow_up_record", follow_up.enrolment.uuid),
            {
                "done_on": TODAY().isoformat(),
                "reached": "yes",
                "current_activity": "volunteer_work",
                "still_in_contact": "yes",
                "score_wellbeing": "4",
                "rung": rung.pk,
                "note": "Gaat goed",
            },
        )
        assert response.status_code == 302
        follow_up.refresh_from_db()
        assert follow_up.done_on == TODAY() and follow_up.ladder_assessment.rung == rung
        resident_page = _get(
            client, cast.connector_a, reverse("people:resident_detail", args=[follow_up.enrolment.resident.uuid])
        )
        assert f"Rung 4: {rung.name_en}" in resident_page.content.decode()
        assert (
            follow_up.enrolment.resident.full_name
            not in _get(client, cast.connector_a, url("follow_up_list")).content.decode()
        )
        # Once recorded, the form is not offered again.
        again = _get(client, cast.connector_a, url("follow_up_record", follow_up.enrolment.uuid))
        assert again.status_code == 302

    def test_not_reached_with_answers_changes_nothing(self, client, cast, follow_up):
        response = _post(
            client,
            cast.connector_a,
            url("follow_up_record", follow_up.enrolment.uuid),
            {
                "done_on": TODAY().isoformat(),
                "reached": "no",
                "score_wellbeing": "2",
            },
        )
        assert response.status_code == 200 and "Leave this empty when the resident was not reached." in (
            response.content.decode()
        )
        assert TrainingFollowUp.objects.get().done_on is None and not LadderAssessment.objects.exists()

    def test_another_teams_connector_gets_404(self, client, cast, follow_up):
        response = _post(
            client,
            cast.connector_b,
            url("follow_up_record", follow_up.enrolment.uuid),
            {"done_on": TODAY().isoformat(), "reached": "no"},
        )
        assert response.status_code == 404 and TrainingFollowUp.objects.get().done_on is None


class TestDutch:
    def test_the_attendance_screen_is_dutch(self, client, cast, edition):
        client.cookies["django_language"] = "nl"
        EnrolmentFactory(edition=edition)
        html = _get(
            client, cast.connector_a, url("attendance_session", edition.uuid, edition.sessions.get(number=1).pk)
        ).content.decode()
        assert "Aanwezigheid bij bijeenkomst 1" in html
        assert ">Aanwezig</button>" in html and ">Afwezig met afmelding</button>" in html


class TestTrainingTypeAdmin:
    def test_the_beheerder_keeps_training_types_and_no_casework(self, client, cast):
        assert admin.site.is_registered(TrainingType)
        for model in (TrainingEdition, Enrolment, Attendance, Evaluation, Outcome, TrainingFollowUp):
            assert not admin.site.is_registered(model), model
        client.force_login(cast.admin)
        html = client.get(reverse("admin:trainings_trainingtype_changelist")).content.decode()
        assert "De Wijk Werkt!" in html
        response = client.post(
            reverse("admin:trainings_trainingtype_add"),
            {
                "slug": "kom-tot-bloei-en",
                "name_nl": "Kom tot Bloei! (Engels)",
                "name_en": "Kom tot Bloei! (English)",
                "default_meetings": 4,
                "completion_min_percent": 75,
                "is_active": "on",
            },
        )
        assert response.status_code == 302 and TrainingType.objects.filter(slug="kom-tot-bloei-en").exists()

    def test_a_type_with_editions_cannot_be_deleted(self, client, cast):
        client.force_login(cast.admin)
        unused = TrainingType.objects.get(slug="de-wijk-werkt")
        assert client.get(reverse("admin:trainings_trainingtype_delete", args=[unused.pk])).status_code == 200
        EditionFactory(training_type=unused)
        assert client.get(reverse("admin:trainings_trainingtype_delete", args=[unused.pk])).status_code == 403

    def test_others_cannot_open_it(self, client, cast):
        client.force_login(cast.team_lead_a)
        assert client.get(reverse("admin:trainings_trainingtype_changelist")).status_code == 302
