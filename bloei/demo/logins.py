"""The demo accounts that `manage.py demo_logins` prints: one per role."""

from dataclasses import dataclass

from django.db.models import Prefetch

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, User

from .generator import DEMO_PASSWORD, LOGIN_USERNAMES


@dataclass(frozen=True)
class DemoLogin:
    role: str
    role_label: str
    username: str
    full_name: str
    team: str
    password: str


def demo_logins() -> list[DemoLogin]:
    """The demo login of every role that exists in the database, in the order of the roles."""
    users = {
        u.username: u
        for u in User.objects.filter(username__in=LOGIN_USERNAMES.values()).prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.select_related("team"))
        )
    }
    out = []
    for role, username in LOGIN_USERNAMES.items():
        user = users.get(username)
        membership = next((m for m in user.memberships.all() if m.role == role), None) if user else None
        if membership is None:
            continue
        out.append(
            DemoLogin(
                role=role,
                role_label=str(Role(role).label),
                username=username,
                full_name=user.get_full_name(),
                team=membership.team.name if membership.team else "",
                password=DEMO_PASSWORD,
            )
        )
    return out
