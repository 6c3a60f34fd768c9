"""Writing outreach rounds, neighbourhood plans, time records, referrals and boundary decisions.

A mixin of bloei.imports.writers.Writer, like bloei.imports.community_writers.
"""

from datetime import datetime, time

from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from bloei.outreach.models import RoundSignUp, RoundWish, WishTag
from bloei.people.choices import LawfulBasis
from bloei.people.models import Consent
from bloei.plans.models import PlanEvaluation, PlanLink, PlanMeeting, Priority, ProgressNote
from bloei.referrals.services import referral_consent_purpose
from bloei.workload.models import BoundaryDecision, TimeRecord

from . import spec
from .rows import CREATED, UNCHANGED, UPDATED


def _start_of(day):
    """The moment a day begins, for the date-time fields a record keeps beside its date."""
    return timezone.make_aware(datetime.combine(day, time.min)) if day else None


class WorkWriters:
    """write_<record type> for outreach, plans, workload and referrals."""

    # -- outreach --------------------------------------------------------------------------

    def write_outreach_rounds(self) -> None:
        plans = self.plans["outreach_rounds"]
        wanted_names = {name.casefold(): name for plan in plans for name in plan.extra["wishes"]}
        tags = {
            tag.lowered: tag
            for tag in WishTag.objects.annotate(lowered=Lower("name")).filter(lowered__in=list(wanted_names))
        }
        for plan in self._plans("outreach_rounds"):
            obj, created = self._record(plan, spec.OUTREACH_ROUNDS.model)
            changed = self._assign(obj, plan.fields)
            self._save(obj, created, changed, created_by=self.by)
            changed_more = self._sync_m2m(obj, plan.m2m, created)
            changed_more |= self._sync_wishes(obj, plan.extra["wishes"], created, tags)
            self.instances["outreach_rounds"][plan.key] = obj
            self._count(plan, obj, CREATED if created else UPDATED if (changed or changed_more) else UNCHANGED)

    def _sync_wishes(self, outreach_round, wishes: dict[str, int], created: bool, tags: dict) -> bool:
        """The wishes heard, by name (whatever its case) and times heard; tags are shared across rounds."""
        wanted = {name.casefold(): count for name, count in wishes.items()}
        current = {} if created else {rw.wish.name.casefold(): rw.mentions for rw in outreach_round.round_wishes.all()}
        if wanted == current:
            return False
        if not created:
            outreach_round.round_wishes.all().delete()
        rows = []
        for name, count in wishes.items():
            tag = tags.get(name.casefold())
            if tag is None:
                tag = tags[name.casefold()] = WishTag.objects.create(name=name)
            rows.append(RoundWish(outreach_round=outreach_round, wish=tag, mentions=count))
        self._new_rows.extend(rows)
        return True

    def write_outreach_signups(self) -> None:
        self._write_keyed(
            "outreach_signups",
            RoundSignUp,
            parent="outreach_round",
            key=("outreach_round", "resident"),
            resident_of=lambda identity: identity["resident"],
            team_of=lambda identity: identity["outreach_round"].team_id,
            created_by=self.by,
        )

    # -- neighbourhood plans ---------------------------------------------------------------

    def write_neighbourhood_plans(self) -> None:
        outcomes: dict[str, str] = {}
        for plan in self._plans("neighbourhood_plans"):
            obj, created = self._record(plan, spec.NEIGHBOURHOOD_PLANS.model)
            changed = self._assign(obj, plan.fields)
            self._save(obj, created, changed, created_by=self.by)
            evaluation_changed = self._sync_evaluation(obj, plan.extra["evaluation"], created)
            self.instances["neighbourhood_plans"][plan.key] = obj
            outcomes[plan.key] = CREATED if created else UPDATED if (changed or evaluation_changed) else UNCHANGED
        # Second pass: the previous plan may come further down the file.
        for plan in self._plans("neighbourhood_plans"):
            obj = self.instances["neighbourhood_plans"][plan.key]
            if self._assign(obj, {"previous_plan": plan.extra["previous_plan"]}):
                obj.save(update_fields=["previous_plan", "updated_at"])
                if outcomes[plan.key] == UNCHANGED:
                    outcomes[plan.key] = UPDATED
            self._count(plan, obj, outcomes[plan.key])

    def _sync_evaluation(self, neighbourhood_plan, evaluation: dict | None, created: bool) -> bool:
        """The year-end evaluation, created or updated (never removed: the check refuses that)."""
        if evaluation is None:
            return False
        current = None if created else PlanEvaluation.objects.filter(plan=neighbourhood_plan).first()
        if current is None:
            PlanEvaluation.objects.create(plan=neighbourhood_plan, recorded_by=self.by, **evaluation)
            return True
        update = [name for name, value in evaluation.items() if getattr(current, name) != value]
        if update:
            for name in update:
                setattr(current, name, evaluation[name])
            current.save(update_fields=[*update, "updated_at"])
        return bool(update)

    def write_plan_priorities(self) -> None:
        self._write_keyed(
            "plan_priorities",
            Priority,
            parent="plan",
            key=("plan", "order"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["plan"].team_id,
            created_by=self.by,
        )

    def write_plan_progress(self) -> None:
        self._write_keyed(
            "plan_progress",
            ProgressNote,
            parent="priority",
            key=("priority", "noted_on"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["priority"].plan.team_id,
            created_by=self.by,
        )

    def write_plan_meetings(self) -> None:
        self._write_keyed(
            "plan_meetings",
            PlanMeeting,
            parent="plan",
            key=("plan", "held_on"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["plan"].team_id,
            created_by=self.by,
        )

    def write_plan_links(self) -> None:
        self._write_keyed(
            "plan_links",
            PlanLink,
            parent="plan",
            key=("plan", "activity", "network", "edition"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["plan"].team_id,
            created_by=self.by,
        )

    # -- workload --------------------------------------------------------------------------

    def write_boundary_decisions(self) -> None:
        """The decisions as they were taken; a decision to close does not close the file (see the residents)."""
        self._write_keyed(
            "boundary_decisions",
            BoundaryDecision,
            parent="resident",
            key=("resident", "decided_on"),
            resident_of=lambda identity: identity["resident"],
            team_of=lambda identity: identity["resident"].team_id,
        )

    def write_time_records(self) -> None:
        self._write_keyed(
            "time_records",
            TimeRecord,
            parent="user",
            key=("user", "team_id", "week"),
            resident_of=lambda identity: None,
            team_of=lambda identity: identity["team_id"],
        )

    # -- referrals -------------------------------------------------------------------------

    def write_referrals(self) -> None:
        for plan in self._plans("referrals"):
            obj, created = self._record(plan, spec.REFERRALS.model)
            changed = self._assign(obj, plan.fields)
            # The moments beside the dates: kept when they fall on the date, else the start of the day.
            for moment, day in (("referred_at", obj.referred_on), ("decided_at", obj.decided_on)):
                current = getattr(obj, moment)
                if (current is None) != (day is None) or (current and timezone.localdate(current) != day):
                    setattr(obj, moment, _start_of(day))
                    changed.append(moment)
            consent_changed = self._sync_referral_consent(obj, plan.extra["consent_given_on"], created)
            if consent_changed and not created:
                changed.append("consent")
            self._save(obj, created, changed)
            self.instances["referrals"][plan.key] = obj
            self._count(plan, obj, CREATED if created else UPDATED if changed else UNCHANGED, resident=obj.resident)

    def _sync_referral_consent(self, referral, given_on, created: bool) -> bool:
        """The resident's consent for this referral (no referral without one), dated as in the file."""
        consent = None if created else referral.consent
        if consent is not None and consent.resident_id == referral.resident_id:
            if consent.given_on == given_on:
                return False
            consent.given_on = given_on
            consent.save(update_fields=["given_on"])
            return True
        consent = Consent.objects.create(
            resident=referral.resident,
            purpose=referral_consent_purpose(),
            lawful_basis=LawfulBasis.CONSENT,
            given_on=given_on,
            recorded_by=self.by,
            note=_("For a referral to the connectors of %(team)s.") % {"team": self._team(referral.team_id).name},
        )
        self._audit(consent, CREATED, resident=referral.resident)
        referral.consent = consent
        return True
