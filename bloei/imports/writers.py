"""Write validated Plans to the database, in dependency order, counting what changed.

Runs inside the import's transaction (see services.import_records). A record whose
values equal the file is left untouched and counted as unchanged, so importing the
same file twice changes nothing the second time.

Existing records come with their related rows prefetched, and the many-to-many rows
and consents of new records are inserted in bulk per record type, so a large file
needs a few queries per new record and almost none per unchanged one.
"""

from collections import Counter, defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects

from bloei.community.models import NetworkMembership
from bloei.core.models import AuditEvent
from bloei.core.services import record_event
from bloei.matching.choices import MatchStatus
from bloei.matching.models import FollowUp, MatchStatusChange
from bloei.people.models import Consent, TalentScan

from . import spec
from .community_writers import CommunityWriters
from .rows import CREATED, UNCHANGED, UPDATED
from .validate import SCAN_TEXT_COLUMNS, Plan, Validator
from .work_writers import WorkWriters

__all__ = ["CREATED", "UNCHANGED", "UPDATED", "Writer"]

# Related rows to prefetch for the existing records a file updates.
PREFETCH = {
    "residents": ("languages", "consents", "talent_scans__talents", "talent_scans__interests"),
    "places": ("languages",),
    "openings": ("talents",),
    "signups": ("talents",),
    "matches": ("status_changes",),
    "activities": ("participants",),
    "training_editions": ("trainers",),
    "outreach_rounds": ("staff", "round_wishes__wish"),
}


class Writer(CommunityWriters, WorkWriters):
    def __init__(self, validator: Validator):
        self.by = validator.by
        self.plans = validator.plans
        self.instances: dict[str, dict[object, models.Model]] = {code: {} for code in spec.ORDER}
        self.counts: dict[str, Counter] = {}
        self.current: Plan | None = None  # the row being written, to name it if the database refuses it
        self._through_rows: dict[type[models.Model], list[models.Model]] = defaultdict(list)
        self._new_rows: list[models.Model] = []

    # -- helpers -----------------------------------------------------------------------

    def resolve(self, value):
        if isinstance(value, Plan):
            return self.instances[value.record_type][value.key]
        return value

    def _assign(self, obj: models.Model, fields: dict) -> list[str]:
        """Set fields that differ; return the names of the changed ones."""
        changed = []
        for name, value in fields.items():
            value = self.resolve(value)
            model_field = obj._meta.get_field(name[:-3] if name.endswith("_id") else name)
            if model_field.is_relation and not name.endswith("_id"):
                if getattr(obj, model_field.attname) != (value.pk if value is not None else None):
                    setattr(obj, name, value)
                    changed.append(name)
            elif getattr(obj, name) != value:
                setattr(obj, name, value)
                changed.append(name)
        return changed

    def _sync_m2m(self, obj: models.Model, m2m: dict, created: bool) -> bool:
        """Bring many-to-many relations in line. New objects get their rows in bulk (see _flush)."""
        changed = False
        for name, items in m2m.items():
            wanted = {self.resolve(item).pk for item in items}
            if created:
                self._queue_m2m(obj, name, wanted)
                continue
            manager = getattr(obj, name)
            if {related.pk for related in manager.all()} != wanted:
                manager.set(wanted)
                changed = True
        return changed

    def _queue_m2m(self, obj: models.Model, name: str, pks) -> None:
        m2m_field = obj._meta.get_field(name)
        through = m2m_field.remote_field.through
        source, target = m2m_field.m2m_field_name(), m2m_field.m2m_reverse_field_name()
        for pk in pks:
            self._through_rows[through].append(through(**{f"{source}_id": obj.pk, f"{target}_id": pk}))

    def _flush(self) -> None:
        if self._new_rows:
            by_model: dict[type, list] = defaultdict(list)
            for row in self._new_rows:
                by_model[type(row)].append(row)
            for model, rows in by_model.items():
                model.objects.bulk_create(rows, batch_size=500)
            self._new_rows = []
        for through, rows in self._through_rows.items():
            through.objects.bulk_create(rows, batch_size=500)
        self._through_rows = defaultdict(list)

    def _save(self, obj: models.Model, created: bool, changed: list[str], **create_fields) -> None:
        if created:
            for name, value in create_fields.items():
                setattr(obj, name, value)
            obj.save()
        elif changed:
            update = [obj._meta.get_field(n[:-3] if n.endswith("_id") else n).name for n in changed]
            if any(f.name == "updated_at" for f in obj._meta.concrete_fields):
                update.append("updated_at")
            obj.save(update_fields=update)

    def _count(self, plan: Plan, obj: models.Model, outcome: str, resident=None, team=None) -> None:
        self.counts.setdefault(plan.record_type, Counter())[outcome] += 1
        if outcome != UNCHANGED:
            self._audit(obj, outcome, resident=resident, team=team)

    def _audit(self, obj: models.Model, outcome: str, resident=None, team=None) -> None:
        record_event(
            by=self.by,
            action=AuditEvent.Action.IMPORT,
            event=f"{obj._meta.model_name}.imported",
            obj=obj,
            resident=resident,
            team=team,
            outcome=outcome,
        )

    def _plans(self, code: str):
        for plan in self.plans[code]:
            self.current = plan
            yield plan
        self.current = None

    def _record(self, plan: Plan, model: type[models.Model]) -> tuple[models.Model, bool]:
        if plan.existing is not None:
            return plan.existing, False
        return model(external_id=plan.key), True

    def _prefetch(self, code: str) -> None:
        existing = [plan.existing for plan in self.plans[code] if plan.existing is not None]
        if existing and code in PREFETCH:
            prefetch_related_objects(existing, *PREFETCH[code])

    # -- main --------------------------------------------------------------------------

    def run(self) -> dict[str, Counter]:
        for code in spec.ORDER:
            self._prefetch(code)
            getattr(self, f"write_{code}")()
            self.current = None
            self._flush()
        self.generate_follow_ups()
        self.finish_training_editions()
        return self.counts

    def _write_simple(self, code: str, model, *, resident_field: str | None = None, **create_fields) -> None:
        for plan in self._plans(code):
            obj, created = self._record(plan, model)
            changed = self._assign(obj, plan.fields)
            self._save(obj, created, changed, **create_fields)
            changed_m2m = self._sync_m2m(obj, plan.m2m, created)
            self.instances[code][plan.key] = obj
            outcome = CREATED if created else UPDATED if (changed or changed_m2m) else UNCHANGED
            resident = getattr(obj, resident_field) if resident_field else None
            self._count(plan, obj, outcome, resident=resident)

    def write_residents(self) -> None:
        outcomes: dict[str, str] = {}
        for plan in self._plans("residents"):
            obj, created = self._record(plan, spec.RESIDENTS.model)
            changed = self._assign(obj, plan.fields)
            self._save(obj, created, changed, created_by=self.by)
            changed_more = self._sync_m2m(obj, plan.m2m, created)
            changed_more |= self._sync_consents(obj, plan.extra["consents"], created)
            if plan.extra["scan"]:
                changed_more |= self._sync_scan(obj, plan.extra["scan"], created)
            self.instances["residents"][plan.key] = obj
            outcomes[plan.key] = CREATED if created else UPDATED if (changed or changed_more) else UNCHANGED
        # Second pass: "referred by" may point to a resident further down the file.
        for plan in self._plans("residents"):
            obj = self.instances["residents"][plan.key]
            changed = self._assign(obj, {"referred_by": plan.extra["referred_by"]})
            if changed:
                obj.save(update_fields=["referred_by", "updated_at"])
                if outcomes[plan.key] == UNCHANGED:
                    outcomes[plan.key] = UPDATED
            self._count(plan, obj, outcomes[plan.key], resident=obj)

    def _sync_consents(self, resident, consents: list[dict], created: bool) -> bool:
        """One consent per purpose and date: added when new, basis and withdrawal updated. Never deleted."""
        existing = {} if created else {(c.purpose, c.given_on): c for c in resident.consents.all()}
        changed = False
        for wanted in consents:
            consent = existing.get((wanted["purpose"], wanted["given_on"]))
            if consent is None:
                self._new_rows.append(
                    Consent(
                        resident=resident,
                        recorded_by=self.by,
                        withdrawn_recorded_by=self.by if wanted["withdrawn_on"] else None,
                        **wanted,
                    )
                )
                changed = True
                continue
            update = [name for name in ("lawful_basis", "withdrawn_on") if getattr(consent, name) != wanted[name]]
            if update:
                for name in update:
                    setattr(consent, name, wanted[name])
                if "withdrawn_on" in update:
                    consent.withdrawn_recorded_by = self.by if wanted["withdrawn_on"] else None
                    update.append("withdrawn_recorded_by")
                consent.save(update_fields=update)
                changed = True
        return changed

    def _sync_scan(self, resident, scan: dict, created: bool) -> bool:
        """One talent scan per date: the row's scan is created, or updated when its answers differ."""
        scans = [] if created else list(resident.talent_scans.all())
        current = max(
            (s for s in scans if s.conducted_on == scan["conducted_on"]), key=lambda s: s.version, default=None
        )
        texts = {name: scan[name] for name in SCAN_TEXT_COLUMNS}
        m2m = {"talents": scan["talents"], "interests": scan["interests"]}
        if current is None:
            version = max((s.version for s in scans), default=0) + 1
            current = TalentScan.objects.create(
                resident=resident, version=version, conducted_on=scan["conducted_on"], **texts
            )
            self._sync_m2m(current, m2m, created=True)
            return True
        update = [name for name, value in texts.items() if getattr(current, name) != value]
        if update:
            for name in update:
                setattr(current, name, texts[name])
            current.save(update_fields=update)
        return self._sync_m2m(current, m2m, created=False) or bool(update)

    def write_places(self) -> None:
        self._write_simple("places", spec.PLACES.model)

    def write_openings(self) -> None:
        self._write_simple("openings", spec.OPENINGS.model)

    def write_signups(self) -> None:
        self._write_simple("signups", spec.SIGNUPS.model, resident_field="resident", created_by=self.by)

    def write_networks(self) -> None:
        self._write_simple("networks", spec.NETWORKS.model, created_by=self.by)

    def write_activities(self) -> None:
        self._write_simple("activities", spec.ACTIVITIES.model, created_by=self.by)

    def write_network_members(self) -> None:
        plans = self.plans["network_members"]
        networks = {self.resolve(plan.fields["network"]).pk for plan in plans}
        existing = {
            (m.network_id, m.resident_id, m.joined_on): m
            for m in NetworkMembership.objects.filter(network_id__in=networks)
        }
        for plan in self._plans("network_members"):
            network, resident = self.resolve(plan.fields["network"]), self.resolve(plan.fields["resident"])
            membership = existing.get((network.pk, resident.pk, plan.fields["joined_on"]))
            created = membership is None
            if created:
                membership = NetworkMembership(network=network, resident=resident, joined_on=plan.fields["joined_on"])
            changed = self._assign(membership, {"left_on": plan.fields["left_on"]})
            self._save(membership, created, changed)
            self._count(plan, membership, CREATED if created else UPDATED if changed else UNCHANGED, resident=resident)

    def write_matches(self) -> None:
        for plan in self._plans("matches"):
            obj, created = self._record(plan, spec.MATCHES.model)
            changed = self._assign(obj, plan.fields)
            self._save(obj, created, changed, created_by=self.by)
            history_changed = self._sync_history(obj, created)
            self.instances["matches"][plan.key] = obj
            outcome = CREATED if created else UPDATED if (changed or history_changed) else UNCHANGED
            self._count(plan, obj, outcome, resident=obj.resident_a)

    def _sync_history(self, match, created: bool) -> bool:
        """The status history follows from the dates: proposed, introduced, active, ended."""
        wanted = [
            (status, day)
            for status, day in (
                (MatchStatus.PROPOSED, match.proposed_on),
                (MatchStatus.INTRODUCED, match.introduced_on),
                (MatchStatus.ACTIVE, match.started_on),
                (MatchStatus.ENDED, match.ended_on),
            )
            if day is not None
        ]
        existing = [] if created else list(match.status_changes.all())
        have = {(change.status, change.changed_on) for change in existing}
        stale = [change.pk for change in existing if (change.status, change.changed_on) not in set(wanted)]
        missing = [key for key in wanted if key not in have]
        if stale:
            MatchStatusChange.objects.filter(pk__in=stale).delete()
        self._new_rows.extend(
            MatchStatusChange(match=match, status=status, changed_on=day, by=self.by) for status, day in missing
        )
        return bool(stale or missing)

    def write_follow_ups(self) -> None:
        plans = self.plans["follow_ups"]
        matches = {self.resolve(plan.fields["match"]).pk for plan in plans}
        existing = {(f.match_id, f.sequence): f for f in FollowUp.objects.filter(match_id__in=matches)}
        for plan in self._plans("follow_ups"):
            match = self.resolve(plan.fields["match"])
            follow_up = existing.get((match.pk, plan.fields["sequence"]))
            created = follow_up is None
            if created:
                follow_up = FollowUp(match=match, sequence=plan.fields["sequence"])
            fields = {k: v for k, v in plan.fields.items() if k not in ("match", "sequence")}
            changed = self._assign(follow_up, fields)
            self._save(follow_up, created, changed)
            outcome = CREATED if created else UPDATED if changed else UNCHANGED
            self._count(plan, follow_up, outcome, resident=match.resident_a)

    def generate_follow_ups(self) -> None:
        """Active matches of this upload without any follow-up get the moments of BLOEI_FOLLOW_UP_DAYS."""
        matches = [
            self.instances["matches"][plan.key]
            for plan in self.plans["matches"]
            if plan.fields["status"] == MatchStatus.ACTIVE and plan.fields["started_on"]
        ]
        if not matches:
            return
        with_follow_ups = set(
            FollowUp.objects.filter(match__in=[m.pk for m in matches]).values_list("match_id", flat=True)
        )
        for match in matches:
            if match.pk in with_follow_ups:
                continue
            for sequence, days in enumerate(settings.BLOEI_FOLLOW_UP_DAYS, start=1):
                follow_up = FollowUp.objects.create(
                    match=match, sequence=sequence, due_on=match.started_on + timedelta(days=days)
                )
                self.counts.setdefault("follow_ups", Counter())[CREATED] += 1
                self._audit(follow_up, CREATED, resident=match.resident_a)
