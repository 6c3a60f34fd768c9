from django.db import models

from bloei.core import access


class OutreachRoundQuerySet(models.QuerySet):
    def visible_to(self, user) -> "OutreachRoundQuerySet":
        """Rounds of the user's teams (every casework role of the team reads them)."""
        return self.filter(access.team_scope(user))

    def editable_by(self, user) -> "OutreachRoundQuerySet":
        """Rounds of the teams where the user works as connector or team lead."""
        return self.filter(access.team_scope(user, roles=access.TEAM_WORK))

    def in_year(self, year: int | None) -> "OutreachRoundQuerySet":
        return self.filter(held_on__year=year) if year else self


class RoundSignUpQuerySet(models.QuerySet):
    def visible_to(self, user) -> "RoundSignUpQuerySet":
        """Sign-ups of rounds the user may see, of residents the user may see."""
        return self.filter(access.team_scope(user, "outreach_round__team_id")).filter(
            access.resident_scope(user, "resident")
        )
