from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .choices import Role


class Team(models.Model):
    """A neighbourhood team (wijkteam) covering a set of wijken."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    neighbourhoods = models.ManyToManyField(
        "geo.Neighbourhood", verbose_name=_("neighbourhoods (wijken)"), related_name="teams", blank=True
    )

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A member of staff. Residents and place contacts get accounts in a later issue."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["first_name", "last_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @cached_property
    def active_memberships(self) -> list["Membership"]:
        today = timezone.localdate()
        return list(
            self.memberships.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=today), started_on__lte=today)
            .select_related("team")
        )

    @cached_property
    def roles(self) -> frozenset[str]:
        return frozenset(m.role for m in self.active_memberships)

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def team_ids_for(self, *roles: str) -> frozenset[int]:
        """Ids of the teams where the user holds one of `roles` today."""
        return frozenset(m.team_id for m in self.active_memberships if m.role in roles and m.team_id)


class Membership(models.Model):
    """A role a user holds, in a team or (for organisation-wide roles) without one."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user"))
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, null=True, blank=True, related_name="memberships", verbose_name=_("team")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    started_on = models.DateField(_("started on"), default=timezone.localdate)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "team", "role", "started_on"], name="membership_unique"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="membership_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["analyst", "municipality", "admin"]) | Q(team__isnull=False),
                name="membership_team_role_has_team",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.team or '-'}"
