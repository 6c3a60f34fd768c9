"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py)."""

from bloei.core.tests.url_matrix_rows import casework_list, post_only, row, team_a_object

# URL name -> {kwarg: key of the objects dict} for parametrised URLs.
TARGETS: dict[str, dict[str, str]] = {
    "outreach:round_detail": {"uuid": "outreach_round"},
    "outreach:round_edit": {"uuid": "outreach_round"},
    "outreach:signup_add": {"uuid": "outreach_round"},
    "outreach:signup_remove": {"uuid": "outreach_round", "pk": "outreach_signup"},
    "outreach:ambassador_detail": {"uuid": "ambassador"},
    "outreach:ambassador_flyer": {"uuid": "ambassador"},
}

# URL name -> expected status per role.
EXPECTED: dict[str, dict[str, int]] = {
    # Rounds belong to a team: every casework role of the team reads them, connectors and team leads record.
    "outreach:round_list": casework_list(),
    "outreach:round_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "outreach:round_detail": team_a_object(generalist=200),
    "outreach:round_edit": team_a_object(generalist=403),
    "outreach:signup_add": team_a_object(generalist=403),
    "outreach:signup_remove": post_only(generalist_a=403),
    "outreach:overview": casework_list(),
    # Ambassadors are residents: scoped like residents (the unassigned generalist of team A gets 404).
    "outreach:ambassador_list": casework_list(),
    "outreach:ambassador_detail": team_a_object(),
    "outreach:ambassador_flyer": team_a_object(),
}


def build_objects(cast, objects: dict) -> dict:
    """Records of team A this app's URLs point at; `objects` holds the core ones (resident, match, ...)."""
    from bloei.outreach.tests.factories import OutreachRoundFactory, RoundSignUpFactory
    from bloei.people.tests.factories import ResidentFactory

    outreach_round = OutreachRoundFactory()
    return {
        "outreach_round": outreach_round,
        "outreach_signup": RoundSignUpFactory(outreach_round=outreach_round, resident=objects["resident"]),
        "ambassador": ResidentFactory(is_ambassador=True),
    }
