"""Fixtures of the referrals tests: a resident in generalist_a's caseload, and people outside the restricted group."""

import pytest

from bloei.accounts.choices import Role
from bloei.people.choices import AssignmentRole
from bloei.people.tests.factories import AssignmentFactory, ResidentFactory


def make_user(username, role, team, first_name="Test"):
    from bloei.accounts.models import Membership, User

    user = User.objects.create(username=username, first_name=first_name, last_name="Test")
    Membership.objects.create(user=user, team=team, role=role)
    return user


@pytest.fixture
def resident(cast):
    """A resident of team A in generalist_a's caseload (a generalist sees only the residents assigned to them)."""
    resident = ResidentFactory(first_name="Fatima", last_name="Yilmaz")
    AssignmentFactory(resident=resident, user=cast.generalist_a, role=AssignmentRole.GENERALIST)
    return resident


@pytest.fixture
def other_connector_a(cast):
    """Another connector of team A: not the raiser, so outside a signal's restricted group."""
    return make_user("connector_a2", Role.CONNECTOR, cast.team_a, "Chris")


@pytest.fixture
def generalist_b(cast):
    return make_user("generalist_b", Role.GENERALIST, cast.team_b, "Greet")


@pytest.fixture
def team_lead_b(cast):
    return make_user("team_lead_b", Role.TEAM_LEAD, cast.team_b, "Tineke")
