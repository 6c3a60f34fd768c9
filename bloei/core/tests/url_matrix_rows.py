"""Row helpers of the URL matrix, shared by bloei/core/tests/test_url_matrix.py and the apps' url_matrix modules."""

ROLES = [
    "anonymous",
    "connector_a",
    "connector_b",
    "generalist_a",
    "team_lead_a",
    "analyst",
    "municipality",
    "admin",
    "no_role",
]


def row(
    anonymous=302,
    connector_a=403,
    connector_b=403,
    generalist_a=403,
    team_lead_a=403,
    analyst=403,
    municipality=403,
    admin=403,
    no_role=403,
):
    return dict(locals())


def casework_list(**overrides):
    """A list or create page of casework: every casework role, nobody else."""
    return row(**{"connector_a": 200, "connector_b": 200, "generalist_a": 200, "team_lead_a": 200, **overrides})


def team_a_object(ok=200, generalist=404, **overrides):
    """A record of team A: its connector and team lead; team B's connector gets 404."""
    return row(**{"connector_a": ok, "connector_b": 404, "generalist_a": generalist, "team_lead_a": ok, **overrides})


def post_only(**overrides):
    """A POST-only action on a team-A record: GET is 405 for those who may act, 403/404 for others."""
    return team_a_object(ok=405, **overrides)
