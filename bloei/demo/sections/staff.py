"""Staff of every role: connectors, generalists and a team lead per team; analyst, municipality, beheerder."""

from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone

from bloei.accounts.choices import Role
from bloei.accounts.models import Membership, Team, User
from bloei.demo.constants import BASE, DEMO_PASSWORD, LOGIN_TEAM_SLUG, LOGIN_USERNAMES, REFERENCE_MODELS
from bloei.demo.data import names
from bloei.demo.lifecycle import Weighted, apportion

from .common import BATCH, DemoError, aware


class StaffMixin:
    # -- staff -----------------------------------------------------------------------------------

    def _users(self) -> None:
        rng = self.rng("users")
        password = make_password(DEMO_PASSWORD)  # hashed once, shared by every demo account
        login_team = next((t for t in self.teams if t.slug == LOGIN_TEAM_SLUG), None) or max(
            self.teams, key=lambda t: (self.team_population[t.pk], t.slug)
        )
        connectors_per_team = apportion(
            max(len(self.teams), self.n(BASE["connectors"])), [self.team_population[t.pk] for t in self.teams], 1
        )
        users: list[User] = []
        roles: list[tuple[User, str, Team | None]] = []

        def add(username: str, role: str, team: Team | None) -> User:
            first, last = rng.choice(names.NL_FIRST + names.INTL_FIRST[:8]), rng.choice(names.NL_LAST)
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@bloei.example",
                password=password,
                date_joined=aware(self.start - timedelta(days=400)),
            )
            users.append(user)
            roles.append((user, role, team))
            return user

        self.team_connectors: dict[int, list[User]] = {}
        self.team_generalists: dict[int, list[User]] = {}
        self.team_leads: dict[int, User] = {}
        for index, team in enumerate(self.teams):
            is_login = team.pk == login_team.pk
            self.team_leads[team.pk] = add(
                "teamleider" if is_login else f"teamleider-{team.slug}", Role.TEAM_LEAD, team
            )
            self.team_connectors[team.pk] = [
                add("verbinder" if is_login and i == 1 else f"verbinder-{team.slug}-{i}", Role.CONNECTOR, team)
                for i in range(1, connectors_per_team[index] + 1)
            ]
            generalists = max(1, round((2 + index % 2) * self.scale))  # two or three per team at scale 1
            self.team_generalists[team.pk] = [
                add("generalist" if is_login and i == 1 else f"generalist-{team.slug}-{i}", Role.GENERALIST, team)
                for i in range(1, generalists + 1)
            ]
        add(LOGIN_USERNAMES[Role.ANALYST], Role.ANALYST, None)
        add(LOGIN_USERNAMES[Role.MUNICIPALITY], Role.MUNICIPALITY, None)
        beheerder = add(LOGIN_USERNAMES[Role.ADMIN], Role.ADMIN, None)
        beheerder.is_staff = True
        taken = list(User.objects.filter(username__in=[u.username for u in users]).values_list("username", flat=True))
        if taken:
            raise DemoError(f"These demo accounts already exist: {', '.join(sorted(taken)[:5])}")
        User.objects.bulk_create(users, batch_size=BATCH)
        # Memberships start before the demo period (and never after the real today, so they count now).
        latest_start = min(self.start, timezone.localdate())
        Membership.objects.bulk_create(
            [
                Membership(user=u, team=t, role=role, started_on=latest_start - timedelta(days=rng.randint(30, 900)))
                for u, role, t in roles
            ]
        )
        perms = Q()
        for app_label, model in REFERENCE_MODELS:
            perms |= Q(content_type__app_label=app_label, content_type__model=model)
        beheerder.user_permissions.set(Permission.objects.filter(perms))
        self.login_connector = self.team_connectors[login_team.pk][0]
        self.connector_choices = {
            team_id: Weighted(cs, [1.6 if c is self.login_connector else 1 for c in cs])
            for team_id, cs in self.team_connectors.items()
        }
        self.counts["users"] = len(users)

    def connector_choice(self, team_id: int) -> Weighted:
        """Connectors of a team; the demo login gets a somewhat bigger caseload."""
        return self.connector_choices[team_id]
