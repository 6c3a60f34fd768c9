"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py)."""

from bloei.core.tests.url_matrix_rows import casework_list, post_only, row, team_a_object

# URL name -> {kwarg: key of the objects dict} for parametrised URLs.
TARGETS: dict[str, dict[str, str]] = {
    "plans:plan_detail": {"uuid": "plan"},
    "plans:plan_pdf": {"uuid": "plan"},
    "plans:plan_edit": {"uuid": "plan"},
    "plans:plan_adopt": {"uuid": "draft_plan"},
    "plans:plan_next": {"uuid": "plan"},
    "plans:priority_create": {"uuid": "plan"},
    "plans:priority_edit": {"uuid": "plan", "pk": "priority"},
    "plans:priority_accept": {"uuid": "draft_plan", "pk": "proposal"},
    "plans:priority_delete": {"uuid": "draft_plan", "pk": "proposal"},
    "plans:progress_create": {"uuid": "plan", "pk": "priority"},
    "plans:meeting_create": {"uuid": "plan"},
    "plans:meeting_edit": {"uuid": "plan", "pk": "plan_meeting"},
    "plans:link_create": {"uuid": "plan"},
    "plans:link_remove": {"uuid": "plan", "pk": "plan_link"},
    "plans:evaluation": {"uuid": "plan"},
}

# URL name -> expected status per role. Plans belong to a team: its generalists read them, connectors and the
# team lead write them; a connector of team B gets 404; organisation roles have no plans.view.
EXPECTED: dict[str, dict[str, int]] = {
    "plans:plan_list": casework_list(),
    "plans:plan_create": row(connector_a=200, connector_b=200, team_lead_a=200),
    "plans:plan_detail": team_a_object(generalist=200),
    "plans:plan_pdf": team_a_object(generalist=200),
    "plans:plan_edit": team_a_object(generalist=403),
    "plans:plan_adopt": team_a_object(generalist=403),
    "plans:plan_next": post_only(generalist_a=403),
    "plans:priority_create": team_a_object(generalist=403),
    "plans:priority_edit": team_a_object(generalist=403),
    "plans:priority_accept": post_only(generalist_a=403),
    "plans:priority_delete": team_a_object(generalist=403),
    "plans:progress_create": team_a_object(generalist=403),
    "plans:meeting_create": team_a_object(generalist=403),
    "plans:meeting_edit": team_a_object(generalist=403),
    "plans:link_create": team_a_object(generalist=403),
    "plans:link_remove": post_only(generalist_a=403),
    "plans:evaluation": team_a_object(generalist=403),
}


def build_objects(cast, objects: dict) -> dict:
    """An adopted plan of team A for this year (a priority, a meeting with the resident, a link to the activity)
    and a draft plan for next year with a proposal carried over."""
    from .factories import MeetingFactory, PlanFactory, PriorityFactory

    plan = PlanFactory(adopted=True)
    priority = PriorityFactory(plan=plan)
    meeting = MeetingFactory(plan=plan)
    meeting.residents.add(objects["resident"])
    link = plan.links.create(activity=objects["activity"], priority=priority)
    draft = PlanFactory(year=plan.year + 1, previous_plan=plan)
    proposal = PriorityFactory(plan=draft, is_proposal=True, carried_over_from=priority)
    return {
        "plan": plan,
        "priority": priority,
        "plan_meeting": meeting,
        "plan_link": link,
        "draft_plan": draft,
        "proposal": proposal,
    }
