"""Record the escalation of signals not acknowledged by their deadline. Idempotent; run daily from cron.

Escalation does not depend on this command: pages compute it from each signal's stored deadline. The command
records it once per signal (escalated_at and a "signal.escalated" audit event), so the audit trail shows it.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from bloei.referrals.services import record_escalations


class Command(BaseCommand):
    help = "Record, once, the escalation of signals that were not acknowledged by their deadline."

    def add_arguments(self, parser):
        parser.add_argument("--on", help="The day to check as (YYYY-MM-DD); today by default.")

    def handle(self, *args, on=None, **options):
        day = None
        if on:
            try:
                day = date.fromisoformat(on)
            except ValueError:
                raise CommandError("--on must be a date as YYYY-MM-DD")
        recorded = record_escalations(on=day)
        self.stdout.write(f"Escalations recorded: {recorded}")
