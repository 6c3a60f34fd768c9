from django.db import models
from django.db.models import Q

from bloei.accounts.choices import Role
from bloei.core import access


class TimeRecordQuerySet(models.QuerySet):
    def visible_to(self, user) -> "TimeRecordQuerySet":
        """A person's own records, and every record of a team they lead (workload.overview)."""
        if not user.is_authenticated:
            return self.none()
        q = Q(user=user) if access.can(user, "workload.record") else access.NOTHING
        if access.can(user, "workload.overview"):
            q |= access.team_scope(user, roles=(Role.TEAM_LEAD,))
        return self.filter(q)

    def of_week(self, week) -> "TimeRecordQuerySet":
        return self.filter(week=week)

    def between(self, start, end) -> "TimeRecordQuerySet":
        """Records of the weeks whose Monday falls in [start, end]."""
        return self.filter(week__gte=start, week__lte=end)


class BoundaryDecisionQuerySet(models.QuerySet):
    def visible_to(self, user) -> "BoundaryDecisionQuerySet":
        """Decisions of the teams where the user is a connector or the team lead (boundaries.view)."""
        if not access.can(user, "boundaries.view"):
            return self.none()
        return self.filter(access.team_scope(user, roles=access.TEAM_WORK))

    def in_force_on(self, on) -> "BoundaryDecisionQuerySet":
        """Decisions taken by `on` whose review date has not come yet."""
        return self.filter(decided_on__lte=on, review_on__gt=on)
