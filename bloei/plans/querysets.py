from django.db import models

from bloei.core import access


class PlanQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PlanQuerySet":
        """Plans of the user's teams (every casework role of the team)."""
        return self.filter(access.team_scope(user))

    def editable_by(self, user) -> "PlanQuerySet":
        """Plans of the teams where the user works as connector or team lead."""
        return self.filter(access.team_scope(user, roles=access.TEAM_WORK))


class PlanPartQuerySet(models.QuerySet):
    """Priorities, meetings, links and evaluations follow their plan's team."""

    def visible_to(self, user) -> "PlanPartQuerySet":
        return self.filter(access.team_scope(user, field="plan__team_id"))


class ProgressNoteQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ProgressNoteQuerySet":
        return self.filter(access.team_scope(user, field="priority__plan__team_id"))
