"""This app's rows of the URL matrix (bloei/core/tests/test_url_matrix.py)."""

from bloei.core.tests.url_matrix_rows import casework_list, row

TARGETS: dict[str, dict[str, str]] = {}

EXPECTED: dict[str, dict[str, int]] = {
    # The shared definitions: everyone who works with or reads figures; no personal data.
    "monitoring:definitions": casework_list(analyst=200, municipality=200, admin=200),
    # One dashboard: exact figures for staff, protected aggregates for the municipality.
    "monitoring:dashboard": casework_list(analyst=200, municipality=200),
    # The records behind a figure need the indicator in the query string: without it, nothing to show (404).
    "monitoring:drilldown": casework_list(
        connector_a=404, connector_b=404, generalist_a=404, team_lead_a=404, analyst=404
    ),
    "monitoring:quality": row(team_lead_a=200, analyst=200),
    # The yearly report needs ?year=: without it the request is refused as bad input (400).
    "monitoring:report": row(team_lead_a=400, analyst=400, municipality=400),
    # Need against effort per buurt: like the dashboard (protected counts for the municipality).
    "monitoring:need": casework_list(analyst=200, municipality=200),
    # Uploading area figures: the analyst and the beheerder only.
    "monitoring:need_figures": row(analyst=200, admin=200),
}


def build_objects(cast, objects: dict) -> dict:
    return {}
