"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py)."""

from datetime import timedelta

from django.utils import timezone

from bloei.core.tests.url_matrix_rows import casework_list, post_only, row, team_a_object  # noqa: F401

# URL name -> {kwarg: key of the objects dict} for parametrised URLs.
TARGETS: dict[str, dict[str, str]] = {
    "workload:boundary_detail": {"uuid": "boundary_resident"},
}

# URL name -> expected status per role.
EXPECTED: dict[str, dict[str, int]] = {
    # A connector records their own hours, in their own team(s).
    "workload:my_week": row(connector_a=200, connector_b=200),
    # The team lead's overview of the team's time balance.
    "workload:overview": row(team_lead_a=200),
    # "Een grens stellen": the team's connectors and team lead discuss; the lead decides (POST on the detail).
    "workload:boundary_list": row(connector_a=200, connector_b=200, team_lead_a=200),
    "workload:boundary_detail": team_a_object(generalist=403),
}


def build_objects(cast, objects: dict) -> dict:
    """Records of team A this app's URLs point at; `objects` holds the core ones (resident, match, ...)."""
    from bloei.people.tests.factories import ResidentFactory

    # Registered two years ago, no connection since: on the team's list to discuss.
    return {"boundary_resident": ResidentFactory(registered_on=timezone.localdate() - timedelta(days=730))}
