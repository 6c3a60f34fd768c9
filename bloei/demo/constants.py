"""The figures and accounts of the demo city, in one place."""

from bloei.accounts.choices import Role
from bloei.matching.choices import MatchKind

# One password for every demo account, printed by `manage.py demo_logins`. Demo data only.
DEMO_PASSWORD = "Buurt-in-Bloei-demo"  # noqa: S105
# The account `demo_logins` prints for each role.
LOGIN_USERNAMES = {
    Role.CONNECTOR: "verbinder",
    Role.GENERALIST: "generalist",
    Role.TEAM_LEAD: "teamleider",
    Role.ANALYST: "analist",
    Role.MUNICIPALITY: "gemeente",
    Role.ADMIN: "beheer",
}
# The team whose people get the short login names (DOEN lives there); the largest team otherwise.
LOGIN_TEAM_SLUG = "tongelre"
# Models the beheerder may manage in the Django admin: reference data, never casework.
REFERENCE_MODELS = (
    ("accounts", "user"),
    ("accounts", "team"),
    ("accounts", "membership"),
    ("geo", "municipality"),
    ("geo", "district"),
    ("geo", "neighbourhood"),
    ("geo", "buurt"),
    ("core", "language"),
    ("people", "talent"),
)

# Figures at scale 1.
BASE = {
    "residents": 6000,
    "connectors": 38,
    "places": 500,
    "talent_scans": 2400,
    "networks_before": 40,
    "networks_new": (19, 14, 12),  # per year: two full years, then the current year (pro rata)
    "activities": (145, 150, 150),
    "open_signups": 82,
}
# Matches per year by kind: 2024 as in the evaluation, then around the KPI of 1,000.
MATCHES_PER_YEAR = (
    {MatchKind.RESIDENT_RESIDENT: 392, MatchKind.RESIDENT_PLACE: 458, MatchKind.PLACE_PLACE: 98},
    {MatchKind.RESIDENT_RESIDENT: 405, MatchKind.RESIDENT_PLACE: 520, MatchKind.PLACE_PLACE: 85},
    {MatchKind.RESIDENT_RESIDENT: 415, MatchKind.RESIDENT_PLACE: 490, MatchKind.PLACE_PLACE: 95},
)
# Training participants per year and type: 2024 as in the evaluation (Kom tot Bloei! 34, De Wijk Werkt! 76,
# other trainings 9: 119 in all), then around the KPI of 120 a year. Groups of (fewest, most) participants.
TRAINING_PARTICIPANTS = {
    "kom-tot-bloei": (34, 40, 38),
    "de-wijk-werkt": (76, 68, 70),
    "de-wijk-werkt-english": (9, 12, 12),
}
TRAINING_GROUPS = {"kom-tot-bloei": (7, 11), "de-wijk-werkt": (10, 14), "de-wijk-werkt-english": (7, 11)}
# Share of participants with a Participatiewet benefit: 12 of 34 (Kom tot Bloei!) and 40 of 76 (De Wijk Werkt!).
TRAINING_PW_SHARE = {"kom-tot-bloei": 12 / 34, "de-wijk-werkt": 40 / 76, "de-wijk-werkt-english": 0.3}
