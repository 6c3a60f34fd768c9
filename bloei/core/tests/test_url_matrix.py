"""Every URL pattern, for every role, against a declared matrix of expected answers.

A URL that is added without a row here fails `test_every_url_is_declared`: deny by default
is checked, not assumed. Object URLs point at records of team A (see url_matrix_objects):
a connector of team B and an unassigned generalist of team A must get 404 for them.
"""

import importlib

from django.urls import URLPattern, URLResolver, get_resolver, reverse

import pytest

from .url_matrix_objects import build_team_a_objects
from .url_matrix_rows import ROLES, casework_list, post_only, row, team_a_object

# Apps added later declare their rows in <app>/tests/url_matrix.py (EXPECTED, TARGETS, build_objects),
# so that each app keeps its own part of the matrix.
APP_MATRICES = [
    "bloei.trainings.tests.url_matrix",
    "bloei.outreach.tests.url_matrix",
    "bloei.plans.tests.url_matrix",
    "bloei.workload.tests.url_matrix",
    "bloei.referrals.tests.url_matrix",
    "bloei.monitoring.tests.url_matrix",
]

# The object and keyword arguments each parametrised URL is reversed with.
TARGETS = {
    "people:resident_detail": {"uuid": "resident"},
    "people:resident_edit": {"uuid": "resident"},
    "people:talentscan_create": {"uuid": "resident"},
    "people:contact_create": {"uuid": "resident"},
    "people:consent_create": {"uuid": "resident"},
    "people:consent_withdraw": {"uuid": "resident", "pk": "consent"},
    "people:talentscan_detail": {"uuid": "resident", "pk": "talent_scan"},
    "people:assignment_create": {"uuid": "resident"},
    "people:ladder_create": {"uuid": "resident"},
    "people:assignment_end": {"uuid": "resident", "pk": "assignment"},
    "places:place_detail": {"uuid": "place"},
    "places:place_edit": {"uuid": "place"},
    "places:place_verify": {"uuid": "place"},
    "places:place_remove": {"uuid": "place"},
    "places:place_reinstate": {"uuid": "place"},
    "places:opening_create": {"uuid": "place"},
    "places:opening_detail": {"uuid": "opening"},
    "places:opening_edit": {"uuid": "opening"},
    "places:opening_close": {"uuid": "opening"},
    "places:opening_reopen": {"uuid": "opening"},
    "matching:signup_detail": {"uuid": "signup"},
    "matching:signup_withdraw": {"uuid": "signup"},
    "matching:match_detail": {"uuid": "match"},
    "matching:match_transition": {"uuid": "match"},
    "matching:followup_record": {"pk": "follow_up"},
    "community:network_detail": {"uuid": "network"},
    "community:network_edit": {"uuid": "network"},
    "community:network_member_add": {"uuid": "network"},
    "community:network_member_leave": {"uuid": "network", "pk": "membership"},
    "community:network_phase": {"uuid": "network"},
    "community:network_end": {"uuid": "network"},
    "community:activity_detail": {"uuid": "activity"},
    "community:activity_edit": {"uuid": "activity"},
    "imports:template": {"record_type": "residents"},
}

EXPECTED: dict[str, dict[str, int]] = {
    # Start page: casework roles; organisation roles are sent to their own start.
    "core:home": casework_list(analyst=302, municipality=302, admin=302),
    "core:search": casework_list(analyst=200),  # the analyst searches places and openings only
    "core:figures": row(team_lead_a=200, analyst=200, municipality=200, admin=200),
    "accounts:login": {**{role: 302 for role in ROLES}, "anonymous": 200},
    "accounts:logout": {**{role: 405 for role in ROLES}, "anonymous": 302},
    "accounts:team_overview": row(team_lead_a=200),
    "accounts:team_audit": row(team_lead_a=200),
    "set_language": {role: 302 for role in ROLES},
    # Residents: casework roles, scoped to team and caseload.
    "people:resident_list": casework_list(),
    "people:resident_create": casework_list(),
    "people:resident_detail": team_a_object(),
    "people:resident_edit": team_a_object(),
    "people:talentscan_create": team_a_object(),
    "people:contact_create": team_a_object(),
    "people:consent_create": team_a_object(),
    "people:consent_withdraw": team_a_object(),
    "people:talentscan_detail": team_a_object(),
    "people:assignment_create": team_a_object(),
    "people:ladder_create": team_a_object(),
    "people:assignment_end": post_only(),
    # Places are organisations: every casework role and the analyst may read them.
    "places:place_list": casework_list(analyst=200),
    "places:place_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "places:place_detail": casework_list(analyst=200),
    "places:place_edit": row(connector_a=200, connector_b=200, team_lead_a=200),
    "places:place_verify": row(connector_a=405, connector_b=405, team_lead_a=405),
    "places:place_remove": row(connector_a=405, connector_b=405, team_lead_a=405),
    "places:place_reinstate": row(connector_a=405, connector_b=405, team_lead_a=405),
    "places:opening_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "places:opening_detail": casework_list(analyst=200),
    "places:opening_edit": row(connector_a=200, connector_b=200, team_lead_a=200),
    "places:opening_close": row(connector_a=405, connector_b=405, team_lead_a=405),
    "places:opening_reopen": row(connector_a=405, connector_b=405, team_lead_a=405),
    # Sign-ups follow their resident; matches their team, connectors and residents.
    "matching:signup_list": casework_list(),
    "matching:signup_create": casework_list(),
    "matching:signup_detail": team_a_object(),
    "matching:signup_withdraw": post_only(),
    "matching:match_list": casework_list(),
    "matching:match_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "matching:match_detail": team_a_object(),
    "matching:match_transition": post_only(generalist_a=403),
    "matching:followup_record": post_only(generalist_a=403),
    # Suggestions: the panel and the JSON list name their source in the query string, so without one they
    # answer 404 (panel: nothing to find) and 400 (JSON: bad parameters); scoping is tested in matching.
    "matching:suggestion_panel": row(connector_a=404, connector_b=404, team_lead_a=404),
    "matching:suggestion_accept": row(connector_a=405, connector_b=405, team_lead_a=405),
    "matching:suggestion_dismiss": row(connector_a=405, connector_b=405, team_lead_a=405),
    "matching:suggestion_json": casework_list(connector_a=400, connector_b=400, generalist_a=400, team_lead_a=400),
    "matching:matching_round": row(connector_a=200, connector_b=200, team_lead_a=200),
    "matching:suggestion_tuning": row(team_lead_a=200, admin=200),
    # Networks and activities belong to a team; generalists of the team may read them.
    "community:network_list": casework_list(),
    "community:network_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "community:network_detail": team_a_object(generalist=200),
    "community:network_edit": team_a_object(generalist=403),
    "community:network_member_add": team_a_object(generalist=403),
    "community:network_member_leave": post_only(generalist_a=403),
    "community:network_phase": team_a_object(generalist=403),
    "community:network_end": team_a_object(generalist=403),
    "community:activity_list": casework_list(),
    "community:activity_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "community:activity_detail": team_a_object(generalist=200),
    "community:activity_edit": team_a_object(generalist=403),
    # Import into the team lead's own team.
    "imports:upload": row(team_lead_a=200),
    "imports:template": row(team_lead_a=200),
}


for _module in map(importlib.import_module, APP_MATRICES):
    assert not set(_module.EXPECTED) & set(EXPECTED), f"{_module.__name__} declares a URL twice"
    EXPECTED.update(_module.EXPECTED)
    TARGETS.update(_module.TARGETS)


def walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # the admin site has its own permission check, tested in accounts
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def url_for(name, objects):
    kwargs = {}
    for key, target in TARGETS.get(name, {}).items():
        if key == "record_type":
            kwargs[key] = target
        else:
            obj = objects[target]
            kwargs[key] = obj.uuid if key == "uuid" else obj.pk
    return reverse(name, kwargs=kwargs)


def test_every_url_is_declared():
    names = set(walk(get_resolver().url_patterns))
    assert names - set(EXPECTED) == set(), "declare the expected answers of new URLs in EXPECTED"
    assert set(EXPECTED) - names == set(), "EXPECTED names URLs that no longer exist"


@pytest.mark.django_db
def test_every_url_answers_every_role_as_declared(cast, client):
    objects = build_team_a_objects(cast)
    users = cast.roles()
    actual: dict[str, dict[str, int]] = {}
    for name in sorted(EXPECTED):
        url = url_for(name, objects)
        actual[name] = {}
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            actual[name][role] = client.get(url).status_code
    mismatches = {}
    for name, expected in EXPECTED.items():
        diff = {role: (status, actual[name][role]) for role, status in expected.items() if status != actual[name][role]}
        if diff:
            mismatches[name] = diff
    assert mismatches == {}, "(expected, actual) per role"


@pytest.mark.django_db
def test_refused_roles_cannot_post_either(cast, client):
    """Where a role is refused the page, a POST is refused too (405 on read-only pages) and changes nothing."""
    from bloei.core.models import AuditEvent

    objects = build_team_a_objects(cast)
    users = cast.roles()
    before = AuditEvent.objects.count()
    for name, expected in EXPECTED.items():
        if name in {"accounts:login", "accounts:logout", "set_language"}:
            continue
        url = url_for(name, objects)
        for role, status in expected.items():
            if status not in (403, 404) or role == "anonymous":
                continue
            client.force_login(users[role])
            answer = client.post(url, {}).status_code
            assert answer in (403, 404, 405), f"POST {name} as {role}: {answer}"
    assert AuditEvent.objects.count() == before
