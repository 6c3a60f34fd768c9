"""Scopes of the trainings app: an edition belongs to a team; a participant is also a resident."""

from datetime import date

from django.db import models
from django.db.models import Q

from bloei.core import access


class TrainingEditionQuerySet(models.QuerySet):
    def visible_to(self, user) -> "TrainingEditionQuerySet":
        """Editions of the user's teams (connector, generalist, team lead)."""
        return self.filter(access.team_scope(user))

    def editable_by(self, user) -> "TrainingEditionQuerySet":
        """Editions of the teams where the user works as connector or team lead."""
        return self.filter(access.team_scope(user, roles=access.TEAM_WORK))

    def with_status(self, status: str, on: date) -> "TrainingEditionQuerySet":
        """Editions with EditionStatus `status` on `on`."""
        open_ = Q(finished_on__isnull=True, cancelled_on__isnull=True)
        conditions = {
            "planned": open_ & Q(starts_on__gt=on),
            "running": open_ & Q(starts_on__lte=on),
            "finished": Q(finished_on__isnull=False),
            "cancelled": Q(cancelled_on__isnull=False),
        }
        return self.filter(conditions[status]) if status in conditions else self


class EnrolmentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "EnrolmentQuerySet":
        """Participants of editions of the user's teams who are residents the user may see."""
        return self.filter(access.team_scope(user, "edition__team_id")).filter(access.resident_scope(user, "resident"))

    def editable_by(self, user) -> "EnrolmentQuerySet":
        return self.visible_to(user).filter(access.team_scope(user, "edition__team_id", roles=access.TEAM_WORK))

    def active_on(self, on: date) -> "EnrolmentQuerySet":
        """Participants still taking part on `on` (someone who stopped on `on` no longer is)."""
        return self.filter(Q(left_on__isnull=True) | Q(left_on__gt=on))


class TrainingFollowUpQuerySet(models.QuerySet):
    def visible_to(self, user) -> "TrainingFollowUpQuerySet":
        return self.filter(access.team_scope(user, "enrolment__edition__team_id")).filter(
            access.resident_scope(user, "enrolment__resident")
        )

    def pending(self) -> "TrainingFollowUpQuerySet":
        return self.filter(done_on__isnull=True)
