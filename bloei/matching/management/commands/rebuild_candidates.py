"""Rebuild the candidate index of the suggestion engine from residents, openings and places.

    manage.py rebuild_candidates

Needed after bulk loads that bypass model signals (`demo_city`, `import_records`) and after changes
to the talent taxonomy. Everyday changes keep the index in step by themselves (docs/matching.md).
"""

import time

from django.core.management.base import BaseCommand

from bloei.matching.suggestions.index import rebuild_candidates


class Command(BaseCommand):
    help = "Rebuild the candidate index of the suggestion engine (after bulk loads or taxonomy changes)."

    def handle(self, *args, **options):
        started = time.monotonic()
        log = self.stdout.write if options["verbosity"] > 1 else None
        rows = rebuild_candidates(log=log)
        self.stdout.write(
            self.style.SUCCESS(f"Candidate index rebuilt: {rows:,} rows in {time.monotonic() - started:.1f} s.")
        )
