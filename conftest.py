"""Shared fixtures: the real Eindhoven areas once per session, and a cast with one person per role."""

from django.contrib.auth.hashers import make_password

import pytest

from bloei.accounts.choices import Role

PASSWORD = "Bloei-test-wachtwoord-1"  # noqa: S105 (test accounts only)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from bloei.geo.services import load_areas

    with django_db_blocker.unblock():
        load_areas()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def team_a(db):
    from bloei.accounts.models import Team

    return Team.objects.get(slug="centrum")


@pytest.fixture
def team_b(db):
    from bloei.accounts.models import Team

    return Team.objects.get(slug="stratum")


@pytest.fixture
def buurt_a(db):
    from bloei.geo.models import Buurt

    return Buurt.objects.get(code="BU07721110")  # Binnenstad, team Centrum


@pytest.fixture
def buurt_b(db):
    from bloei.geo.models import Buurt

    return Buurt.objects.get(code="BU07722110")  # Stratum, team Stratum


def _user(username, role, team, first_name):
    from bloei.accounts.models import Membership, User

    user = User.objects.create(
        username=username,
        first_name=first_name,
        last_name="Test",
        password=make_password(PASSWORD),
        email=f"{username}@example.org",
    )
    if role:
        Membership.objects.create(user=user, team=team, role=role)
    return user


class Cast:
    """One person per role, as in the role table of DOMAIN.md."""

    def __init__(self, team_a, team_b):
        self.team_a, self.team_b = team_a, team_b
        self.connector_a = _user("connector_a", Role.CONNECTOR, team_a, "Anna")
        self.connector_b = _user("connector_b", Role.CONNECTOR, team_b, "Bram")
        self.generalist_a = _user("generalist_a", Role.GENERALIST, team_a, "Gina")
        self.team_lead_a = _user("team_lead_a", Role.TEAM_LEAD, team_a, "Tom")
        self.analyst = _user("analyst", Role.ANALYST, None, "Alex")
        self.municipality = _user("municipality", Role.MUNICIPALITY, None, "Mila")
        self.admin = _user("beheerder", Role.ADMIN, None, "Bea")
        self.admin.is_staff = True
        self.admin.save(update_fields=["is_staff"])
        self.no_role = _user("no_role", None, None, "Nora")

    def roles(self):
        return {
            "connector_a": self.connector_a,
            "connector_b": self.connector_b,
            "generalist_a": self.generalist_a,
            "team_lead_a": self.team_lead_a,
            "analyst": self.analyst,
            "municipality": self.municipality,
            "admin": self.admin,
            "no_role": self.no_role,
        }


@pytest.fixture
def cast(db, team_a, team_b):
    return Cast(team_a, team_b)


@pytest.fixture
def password():
    return PASSWORD


# --- Browser tests (Playwright driving Debian's Chromium) -------------------------------

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture
def browser_cast(transactional_db):
    """Areas and the cast for live-server tests (transactional tests flush the tables after each test)."""
    from bloei.accounts.models import Team
    from bloei.geo.services import load_areas

    load_areas()
    return Cast(Team.objects.get(slug="centrum"), Team.objects.get(slug="stratum"))


@pytest.fixture
def login(live_server, page):
    """login(user) logs the user in through the login form and returns the page."""

    def _login(user, password=PASSWORD):
        page.goto(f"{live_server.url}/account/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(user.username)
        page.get_by_label("Wachtwoord").fill(password)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_load_state("networkidle")
        return page

    return _login
