"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py)."""

from bloei.core.tests.url_matrix_rows import casework_list, post_only, row, team_a_object  # noqa: F401

# URL name -> {kwarg: key of the objects dict} for parametrised URLs.
TARGETS: dict[str, dict[str, str]] = {
    "trainings:edition_ladder": {"uuid": "edition"},
    # Editions, meetings, participants (see _training_objects below).
    **{
        f"trainings:{name}": {"uuid": "edition"}
        for name in (
            "edition_detail", "edition_edit", "edition_cancel", "edition_finish", "session_create",
            "attendance_overview", "enrolment_create",
        )
    },
    "trainings:session_edit": {"uuid": "edition", "pk": "training_session"},
    "trainings:session_delete": {"uuid": "edition", "pk": "training_session"},
    "trainings:attendance_session": {"uuid": "edition", "pk": "training_session"},
    **{
        f"trainings:{name}": {"uuid": "training_enrolment"}
        for name in (
            "enrolment_detail", "enrolment_stop", "enrolment_benefit", "evaluation_edit", "outcome_create",
            "follow_up_record",
        )
    },
    "trainings:outcome_delete": {"uuid": "training_enrolment", "pk": "training_outcome"},
}

# URL name -> expected status per role.
EXPECTED: dict[str, dict[str, int]] = {
    # Participation ladder (aggregates): every casework role of the edition's team; team B's connector gets 404.
    "trainings:edition_ladder": team_a_object(generalist=200),
    "trainings:ladder_overview": casework_list(),
    # Editions: the casework roles of the team read them, its connectors and team lead change them.
    "trainings:edition_list": casework_list(),
    "trainings:edition_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "trainings:edition_detail": team_a_object(generalist=200),
    "trainings:edition_edit": team_a_object(generalist=403),
    "trainings:edition_cancel": team_a_object(generalist=403),
    "trainings:edition_finish": team_a_object(generalist=403),
    "trainings:session_create": team_a_object(generalist=403),
    "trainings:session_edit": team_a_object(generalist=403),
    "trainings:session_delete": post_only(generalist_a=403),
    "trainings:attendance_overview": team_a_object(generalist=200),
    "trainings:attendance_session": team_a_object(generalist=403),
    "trainings:enrolment_create": team_a_object(generalist=403),
    # A participant's page follows the resident: the unassigned generalist gets 404.
    "trainings:enrolment_detail": team_a_object(),
    "trainings:enrolment_stop": team_a_object(generalist=403),
    "trainings:enrolment_benefit": team_a_object(generalist=403),
    "trainings:evaluation_edit": team_a_object(generalist=403),
    "trainings:outcome_create": team_a_object(generalist=403),
    "trainings:outcome_delete": post_only(generalist_a=403),
    "trainings:follow_up_record": team_a_object(generalist=403),
    "trainings:follow_up_list": row(connector_a=200, connector_b=200, team_lead_a=200),
}


def build_objects(cast, objects: dict) -> dict:
    """Records of team A this app's URLs point at; `objects` holds the core ones (resident, match, ...)."""
    from datetime import timedelta

    from django.utils import timezone

    from bloei.trainings.models import Enrolment, TrainingEdition, TrainingType

    today = timezone.localdate()
    edition = TrainingEdition.objects.create(
        training_type=TrainingType.objects.get(slug="kom-tot-bloei"),
        team=cast.team_a,
        name="Kom tot Bloei! Centrum",
        starts_on=today - timedelta(days=28),
        ends_on=today - timedelta(days=7),
    )
    enrolment = Enrolment.objects.create(edition=edition, resident=objects["resident"], enrolled_on=edition.starts_on)
    return {"edition": edition, **_training_objects(cast, edition, enrolment, objects)}


def _training_objects(cast, edition, enrolment, objects: dict) -> dict:
    """Meetings, attendance, an outcome and a due follow-up around the edition (trained by connector A)."""
    from datetime import timedelta

    from bloei.trainings.models import Attendance, Outcome, TrainingFollowUp, TrainingSession

    edition.trainers.add(cast.connector_a)
    sessions = [
        TrainingSession.objects.create(edition=edition, number=n, held_on=edition.starts_on + timedelta(weeks=n - 1))
        for n in range(1, 5)
    ]
    Attendance.objects.create(session=sessions[0], enrolment=enrolment, status="present")
    TrainingFollowUp.objects.create(enrolment=enrolment, due_on=edition.ends_on)
    return {
        "training_session": sessions[-1],
        "training_enrolment": enrolment,
        "training_outcome": Outcome.objects.create(enrolment=enrolment, kind="volunteer_work"),
    }
