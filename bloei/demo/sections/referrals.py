"""Collaboration in the team: warm hand-overs from generalists to connectors, and signals of unsafe or
crisis situations passed by connectors to the generalists (003: "signaleren van situaties van onveiligheid
en crisissituaties en het schakelen met generalisten").

Every resident who came in via a generalist during the history was referred, with consent, on the day of
registration; most referrals were accepted within days by the connector who took the resident on.
"""

import random
from datetime import date, timedelta

from django.db import connection

from bloei.demo.data import fieldwork
from bloei.demo.lifecycle import Weighted, between, demo_uuid
from bloei.people.choices import AssignmentRole, LawfulBasis, ReferralSource
from bloei.people.models import Assignment, Consent
from bloei.referrals.choices import ReferralStatus, SignalKind, SignalUrgency
from bloei.referrals.models import Referral, Signal
from bloei.referrals.services import ACKNOWLEDGE_WITHIN_WORKING_DAYS, referral_consent_purpose
from bloei.referrals.workdays import add_working_days, is_working_day

from .common import BATCH, aware

SIGNALS_PER_YEAR = 110
SIGNAL_KINDS = Weighted.from_dict(
    {SignalKind.HEALTH: 35, SignalKind.OTHER: 25, SignalKind.CRISIS: 20, SignalKind.UNSAFE_HOME: 20}
)


class ReferralsMixin:
    # -- referrals and signals --------------------------------------------------------------------

    def _collaboration(self) -> None:
        self._handovers(self.rng("handovers"))
        self._signals(self.rng("signals"))

    def _handovers(self, rng: random.Random) -> None:
        first_connector: dict[int, Assignment] = {}
        for a in (
            Assignment.objects.filter(
                role=AssignmentRole.CONNECTOR,
                resident__referral_source=ReferralSource.GENERALIST,
                resident__registered_on__gte=self.start,
            )
            .select_related("user")
            .order_by("started_on", "pk")
        ):
            first_connector.setdefault(a.resident_id, a)
        purpose = referral_consent_purpose()
        referrals: list[Referral] = []
        consents: list[Consent] = []
        moved: list[Assignment] = []
        residents = sorted(self.residents, key=lambda r: (r.registered_on, r.pk))

        def refer(r, generalist, on: date) -> Referral:
            consent = Consent(
                resident_id=r.pk,
                purpose=purpose,
                lawful_basis=LawfulBasis.CONSENT,
                given_on=on,
                recorded_by=generalist,
                note=f"Voor een doorverwijzing naar de verbinders van {r.team.name}."[:200],
            )
            consents.append(consent)
            referral = Referral(
                uuid=demo_uuid(rng),
                resident_id=r.pk,
                team_id=r.team_id,
                referred_by=generalist,
                reason=rng.choice(fieldwork.REFERRAL_REASONS),
                wishes=rng.choice(fieldwork.REFERRAL_WISHES),
                practical_notes=rng.choice(fieldwork.REFERRAL_PRACTICAL),
                consent=consent,
                referred_at=aware(on, rng.randint(9, 15)),
                referred_on=on,
            )
            referrals.append(referral)
            return referral

        for r in residents:
            if r.referral_source != ReferralSource.GENERALIST or r.registered_on < self.start:
                continue
            generalist = self.generalist_of.get(r.pk)
            if generalist is None:
                continue
            referral = refer(r, generalist, r.registered_on)
            assignment = first_connector.get(r.pk)
            if assignment is not None:
                referral.to_connector = assignment.user if rng.random() < 0.4 else None
                decided = r.registered_on + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 7]))
                decided = min(decided, self.today, assignment.ended_on or self.today)
                referral.status = ReferralStatus.ACCEPTED
                referral.decided_on, referral.decided_at = decided, aware(decided, rng.randint(9, 16))
                referral.decided_by = assignment.user if rng.random() < 0.85 else self.team_leads[r.team_id]
                referral.assigned_connector, referral.assignment = assignment.user, assignment
                if decided > assignment.started_on:
                    assignment.started_on = decided  # the connector takes the resident on when accepting
                    moved.append(assignment)
            elif (self.today - r.registered_on).days > 14 or rng.random() < 0.2:
                self._return(rng, referral, r, generalist)  # else: recent, still open
        # Residents of a generalist's caseload without a connector yet: referred in the last days, still open.
        active_generalist = {
            a.resident_id: a.user
            for a in Assignment.objects.filter(
                role=AssignmentRole.GENERALIST, started_on__lte=self.today, ended_on__isnull=True
            ).select_related("user")
        }
        waiting = [
            r
            for r in residents
            if r.pk in active_generalist
            and r.pk not in self.connector_of
            and r.closed_on is None
            and r.referral_source != ReferralSource.GENERALIST
            and r.registered_on <= self.today - timedelta(days=30)
        ]
        for r in rng.sample(waiting, min(len(waiting), max(1, self.n(6)))):
            refer(r, active_generalist[r.pk], self.today - timedelta(days=rng.randint(0, 9)))
        Consent.objects.bulk_create(consents, batch_size=BATCH)
        self.counts["consents for referrals"] = len(consents)
        Referral.objects.bulk_create(referrals, batch_size=BATCH)
        self.counts["referrals"] = len(referrals)
        # One statement, many rows (bulk_update's CASE expressions are slow on SQLite).
        table = Assignment._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {table} SET started_on = %s WHERE id = %s",  # noqa: S608 (no user input)
                [(connection.ops.adapt_datefield_value(a.started_on), a.pk) for a in moved],
            )

    def _return(self, rng: random.Random, referral: Referral, r, generalist) -> None:
        """No connector took the resident on: returned by the team with a reason, or withdrawn."""
        decided = min(referral.referred_on + timedelta(days=rng.randint(2, 10)), self.today)
        referral.decided_on, referral.decided_at = decided, aware(decided, rng.randint(9, 16))
        if rng.random() < 0.65:
            referral.status = ReferralStatus.RETURNED
            referral.decided_by = self.connector_choice(r.team_id).pick(rng)
            referral.return_reason = rng.choice(fieldwork.REFERRAL_RETURN_REASONS)
        else:
            referral.status = ReferralStatus.WITHDRAWN
            referral.decided_by = generalist

    def _signals(self, rng: random.Random) -> None:
        signals: list[Signal] = []
        plans: list[tuple[date, str]] = []
        for index, year in enumerate(self.years):
            for _ in range(self.year_quota(index, SIGNALS_PER_YEAR)):
                plans.append((between(rng, *self.year_span(year)), "history"))
        # Today's work: a few waiting for acknowledgement, one past its deadline.
        plans += [(self.today - timedelta(days=rng.randint(0, 1)), "pending")] * max(1, self.n(3))
        plans += [(self.today - timedelta(days=rng.randint(6, 10)), "escalated")] * max(1, self.n(1))
        for raised_on, state in sorted(plans):
            while not is_working_day(raised_on) and raised_on > self.start:
                raised_on -= timedelta(days=1)
            team = self.team_choice.pick(rng)
            resident = self.picker.pick(rng, team.pk, raised_on)
            if resident is None:
                continue
            connector = self.connector_of.get(resident.pk)
            if connector not in self.team_connectors[team.pk]:
                connector = self.connector_choice(team.pk).pick(rng)
            kind = SIGNAL_KINDS.pick(rng)
            urgent = rng.random() < (0.6 if kind in (SignalKind.CRISIS, SignalKind.UNSAFE_HOME) else 0.2)
            hour = rng.randint(9, 15)
            deadline = add_working_days(raised_on, ACKNOWLEDGE_WITHIN_WORKING_DAYS)
            signal = Signal(
                uuid=demo_uuid(rng),
                resident_id=resident.pk,
                team_id=team.pk,
                raised_by=connector,
                kind=kind,
                urgency=SignalUrgency.URGENT if urgent else SignalUrgency.NORMAL,
                description=rng.choice(fieldwork.SIGNAL_TEXTS[kind]),
                raised_at=aware(raised_on, hour),
                raised_on=raised_on,
                deadline=deadline,
            )
            if state == "history":
                late = rng.random() < 0.07
                if late:
                    acknowledged = deadline + timedelta(days=rng.randint(1, 4))
                elif urgent or rng.random() < 0.5:
                    acknowledged = raised_on
                else:
                    acknowledged = add_working_days(raised_on, rng.randint(1, ACKNOWLEDGE_WITHIN_WORKING_DAYS))
                if acknowledged <= self.today:
                    signal.acknowledged_at = aware(acknowledged, hour + 1 if acknowledged == raised_on else 10)
                    signal.acknowledged_by = rng.choice(self.team_generalists[team.pk])
                    signal.acknowledgement_note = rng.choice(fieldwork.SIGNAL_ACTIONS)
            if signal.acknowledged_at is None and deadline < self.today:
                state = "escalated"
            if state == "escalated" or (signal.acknowledged_at and signal.acknowledged_at.date() > deadline):
                # The nightly command records the escalation on the morning after the deadline.
                signal.escalated_at = aware(deadline + timedelta(days=1), 7)
            signals.append(signal)
        Signal.objects.bulk_create(signals, batch_size=BATCH)
        self.counts["signals"] = len(signals)
