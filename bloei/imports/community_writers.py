"""Writing the community-work record types: participation ladder and trainings.

A mixin of bloei.imports.writers.Writer. Rows identified by a key instead of an external id
(meetings, attendance, evaluations, outcomes, follow-ups, ladder assessments) are looked up
in bulk per record type by their parent record and key, and updated only when a value differs.
"""

from collections import Counter
from datetime import timedelta

from django.db import models
from django.utils.translation import gettext as _

from bloei.accounts.models import Team
from bloei.people.models import LadderAssessment
from bloei.trainings.models import Attendance, Enrolment, Evaluation, Outcome, TrainingFollowUp, TrainingSession
from bloei.trainings.selectors import completion_for
from bloei.trainings.services import follow_up_days

from . import spec
from .rows import CREATED, UNCHANGED, UPDATED


class CommunityWriters:
    """write_<record type> for the participation ladder and trainings."""

    def _team(self, team_id: int | None) -> Team | None:
        if not hasattr(self, "_teams"):
            self._teams = {team.pk: team for team in Team.objects.all()}
        return self._teams.get(team_id)

    def _recount(self, code: str, obj: models.Model, *, resident, team_id: int) -> None:
        """A record counted as unchanged turned out to change after all (a related row, a derived value)."""
        self.counts[code][UNCHANGED] -= 1
        self.counts[code][UPDATED] += 1
        self._audit(obj, UPDATED, resident=resident, team=self._team(team_id))

    def _write_keyed(
        self,
        code: str,
        model: type[models.Model],
        *,
        parent: str,
        key: tuple[str, ...],
        resident_of,
        team_of,
        **create_fields,
    ) -> list[models.Model]:
        """Rows found by (parent, other key fields): created, updated when a value differs, or left alone.

        Many-to-many values of the rows (plan.m2m) are brought in line too."""
        plans = self.plans[code]
        if not plans:
            return []
        parent_ids = {self.resolve(plan.fields[parent]).pk for plan in plans}
        attnames = [model._meta.get_field(name).attname for name in key]
        existing: dict[tuple, models.Model] = {}
        for obj in model.objects.filter(**{f"{parent}_id__in": parent_ids}).order_by("pk"):
            existing.setdefault(tuple(getattr(obj, attname) for attname in attnames), obj)
        written = []
        for plan in self._plans(code):
            identity = {name: self.resolve(plan.fields[name]) for name in key}
            lookup = tuple(v.pk if isinstance(v, models.Model) else v for v in identity.values())
            obj = existing.get(lookup)
            created = obj is None
            if created:
                obj = model(**identity)
            changed = self._assign(obj, {k: v for k, v in plan.fields.items() if k not in key})
            self._save(obj, created, changed, **create_fields)
            changed_m2m = self._sync_m2m(obj, plan.m2m, created)
            self.instances[code][plan.key] = obj
            outcome = CREATED if created else UPDATED if (changed or changed_m2m) else UNCHANGED
            if outcome == UNCHANGED:
                self._count(plan, obj, outcome)
            else:
                self._count(plan, obj, outcome, resident=resident_of(identity), team=self._team(team_of(identity)))
            written.append((plan, obj, outcome))
        return written

    # -- participation ladder --------------------------------------------------------------

    def write_ladder_assessments(self) -> None:
        self._write_keyed(
            "ladder_assessments",
            LadderAssessment,
            parent="resident",
            key=("resident", "assessed_on"),
            resident_of=lambda identity: identity["resident"],
            team_of=lambda identity: identity["resident"].team_id,
            assessed_by=self.by,
        )

    # -- trainings -------------------------------------------------------------------------

    def write_training_editions(self) -> None:
        self._write_simple("training_editions", spec.TRAINING_EDITIONS.model, created_by=self.by)

    def write_training_meetings(self) -> None:
        self._write_keyed(
            "training_meetings",
            TrainingSession,
            parent="edition",
            key=("edition", "number"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["edition"].team_id,
        )

    def write_training_enrolments(self) -> None:
        """Enrolments by external id; who recorded the benefit status changes only with the status."""
        self.enrolment_outcomes: dict[str, str] = {}
        for plan in self._plans("training_enrolments"):
            obj, created = self._record(plan, spec.TRAINING_ENROLMENTS.model)
            changed = self._assign(obj, plan.fields)
            if created or {"benefit_status", "benefit_purpose", "benefit_recorded_on"} & set(changed):
                recorded_by = self.by if obj.benefit_status else None
                if obj.benefit_recorded_by_id != (recorded_by.pk if recorded_by else None):
                    obj.benefit_recorded_by = recorded_by
                    changed.append("benefit_recorded_by")
            self._save(obj, created, changed, created_by=self.by)
            self.instances["training_enrolments"][plan.key] = obj
            outcome = CREATED if created else UPDATED if changed else UNCHANGED
            self.enrolment_outcomes[plan.key] = outcome
            self._count(plan, obj, outcome, resident=obj.resident, team=self._team(obj.edition.team_id))

    def _enrolment_keyed(self, code: str, model, key: tuple[str, ...], **create_fields):
        return self._write_keyed(
            code,
            model,
            parent="enrolment",
            key=key,
            resident_of=lambda identity: identity["enrolment"].resident,
            team_of=lambda identity: identity["enrolment"].edition.team_id,
            **create_fields,
        )

    def write_training_attendance(self) -> None:
        self._enrolment_keyed("training_attendance", Attendance, ("enrolment", "session"), recorded_by=self.by)

    def write_training_evaluations(self) -> None:
        self._enrolment_keyed("training_evaluations", Evaluation, ("enrolment",), recorded_by=self.by)

    def write_training_outcomes(self) -> None:
        self._enrolment_keyed("training_outcomes", Outcome, ("enrolment", "kind", "started_on"), recorded_by=self.by)

    def write_training_follow_ups(self) -> None:
        written = self._enrolment_keyed("training_follow_ups", TrainingFollowUp, ("enrolment",))
        linked = LadderAssessment.objects.in_bulk(
            [f.ladder_assessment_id for _plan, f, _outcome in written if f.ladder_assessment_id]
        )
        for plan, follow_up, outcome in written:
            assessment = linked.get(follow_up.ladder_assessment_id)
            changed = self._sync_follow_up_extras(follow_up, plan.extra["rung"], assessment, plan.extra["edition_name"])
            if changed and outcome == UNCHANGED:
                enrolment = follow_up.enrolment
                self._recount(
                    "training_follow_ups", follow_up, resident=enrolment.resident, team_id=enrolment.edition.team_id
                )

    def _sync_follow_up_extras(self, follow_up: TrainingFollowUp, rung, assessment, edition_name: str) -> bool:
        """Who did it, and the ladder assessment of the day it was done (linked, as the follow-up form does)."""
        update = []
        done_by = self.by if follow_up.done_on else None
        if (follow_up.done_by_id is None) != (done_by is None):
            follow_up.done_by = done_by
            update.append("done_by")
        if rung is None:
            if assessment is not None:
                follow_up.ladder_assessment = None
                update.append("ladder_assessment")
        else:
            resident = follow_up.enrolment.resident
            if assessment is None or assessment.assessed_on != follow_up.done_on:
                assessment = self._free_assessment(resident, follow_up)
                if assessment is None:
                    assessment = LadderAssessment.objects.create(
                        resident=resident,
                        rung=rung,
                        assessed_on=follow_up.done_on,
                        assessed_by=self.by,
                        note=_("One-year follow-up of %(edition)s") % {"edition": edition_name[:200]},
                    )
                    self._audit(assessment, CREATED, resident=resident)
                follow_up.ladder_assessment = assessment
                update.append("ladder_assessment")
            if assessment.rung_id != rung.pk:
                assessment.rung = rung
                assessment.save(update_fields=["rung"])
                self._audit(assessment, UPDATED, resident=resident)
                update.append("ladder_assessment")
        if update:
            follow_up.save(update_fields=sorted(set(update)))
        return bool(update)

    def _free_assessment(self, resident, follow_up: TrainingFollowUp):
        """An assessment of the resident on the day the follow-up was done that no other follow-up claims."""
        claimed = TrainingFollowUp.objects.exclude(pk=follow_up.pk).filter(ladder_assessment__isnull=False)
        return (
            LadderAssessment.objects.filter(resident=resident, assessed_on=follow_up.done_on)
            .exclude(pk__in=claimed.values("ladder_assessment_id"))
            .order_by("pk")
            .first()
        )

    # -- finished editions -----------------------------------------------------------------

    def finish_training_editions(self) -> None:
        """What finishing an edition does in Bloei, for the finished editions this upload touches.

        Participants whose completion is not decided yet (the file left it empty) get it decided by
        the training type's completion rule once the edition's attendance is there (in this upload
        or an earlier one). Every participant without a one-year follow-up gets one, due
        BLOEI_TRAINING_FOLLOW_UP_DAYS after the last meeting.
        """
        editions = {}
        for plan in self.plans["training_editions"]:
            edition = self.instances["training_editions"][plan.key]
            editions[edition.pk] = edition
        for code in ("training_enrolments", "training_attendance"):
            for plan in self.plans[code]:
                enrolment = (
                    self.resolve(plan) if code == "training_enrolments" else self.resolve(plan.fields["enrolment"])
                )
                editions.setdefault(enrolment.edition_id, enrolment.edition)
        finished = {pk: e for pk, e in editions.items() if e.finished_on is not None}
        if not finished:
            return
        self._decide_completion(finished)
        without = (
            Enrolment.objects.filter(edition_id__in=finished, follow_up__isnull=True)
            .select_related("resident")
            .order_by("pk")
        )
        for enrolment in without:
            edition = finished[enrolment.edition_id]
            follow_up = TrainingFollowUp.objects.create(
                enrolment=enrolment, due_on=edition.ends_on + timedelta(days=follow_up_days())
            )
            self.counts.setdefault("training_follow_ups", Counter())[CREATED] += 1
            self._audit(follow_up, CREATED, resident=enrolment.resident, team=self._team(edition.team_id))

    def _decide_completion(self, finished: dict) -> None:
        with_attendance = set(
            Attendance.objects.filter(session__edition_id__in=finished).values_list("session__edition_id", flat=True)
        )
        undecided = Enrolment.objects.filter(edition_id__in=with_attendance, completed__isnull=True)
        outcomes = getattr(self, "enrolment_outcomes", {})
        in_upload = {obj.pk: key for key, obj in self.instances["training_enrolments"].items()}
        completion: dict[int, dict[int, bool]] = {}
        for enrolment in undecided.select_related("resident").order_by("pk"):
            edition = finished[enrolment.edition_id]
            if edition.pk not in completion:
                completion[edition.pk] = completion_for(edition)
            enrolment.completed = completion[edition.pk].get(enrolment.pk, False)
            enrolment.save(update_fields=["completed"])
            outcome = outcomes.get(in_upload.get(enrolment.pk))
            if outcome in (CREATED, UPDATED):
                continue
            counts = self.counts.setdefault("training_enrolments", Counter())
            if outcome == UNCHANGED:
                counts[UNCHANGED] -= 1
            counts[UPDATED] += 1
            self._audit(enrolment, UPDATED, resident=enrolment.resident, team=self._team(edition.team_id))
