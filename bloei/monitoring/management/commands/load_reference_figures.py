import time

from django.core.management.base import BaseCommand, CommandError

from bloei.monitoring.reference import YEARS, ReferenceDataError, build_reference_city, figures_table, mismatches
from bloei.people.models import Resident

REFUSAL = (
    "The database already holds residents. The reference figures come out exactly only on a database "
    "without other registrations, because every figure counts all records in it. Run this command on a "
    "fresh database (see docs/reference-figures.md), or add --force to add the reference records to what "
    "is there: the figures then include the existing registrations and will not match the evaluation."
)


class Command(BaseCommand):
    help = (
        "Build a dataset whose registrations give exactly the 2023 and 2024 figures of the evaluation "
        "(DOMAIN.md, 'Reference figures from 003'), to check that the dashboard and the yearly report show "
        "them. Loads the Eindhoven areas if missing. Deterministic for a given seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1); every seed hits the figures.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also on a database that already holds residents (the figures will then not match).",
        )

    def handle(self, *args, seed, force, **options):
        if Resident.objects.exists() and not force:
            raise CommandError(REFUSAL)
        verbosity = options["verbosity"]
        log = (lambda message: self.stdout.write(f"  {message}")) if verbosity >= 2 else None
        started = time.monotonic()
        try:
            counts = build_reference_city(seed=seed, log=log)
        except ReferenceDataError as exc:
            raise CommandError(str(exc)) from exc
        elapsed = time.monotonic() - started
        rows = figures_table()
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"Reference dataset built (seed {seed}) in {elapsed:.1f} s:"))
            for name, count in counts.items():
                self.stdout.write(f"  {name:<40} {count:>9,}")
            self.stdout.write("")
            self.stdout.write(self._table(rows))
            self.stdout.write("* not in the evaluation (\u2013): a plausible value of our own, hit exactly as well.")
        wrong = mismatches(rows)
        if not wrong:
            self.stdout.write(self.style.SUCCESS("Every figure matches the evaluation for 2023 and 2024."))
            return
        if force:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(wrong)} of {len(rows) * len(YEARS)} figures differ from the evaluation: they also count "
                    "the registrations that were in the database before (--force)."
                )
            )
            return
        raise CommandError("These figures do not match:\n  " + "\n  ".join(wrong))

    @staticmethod
    def _table(rows) -> str:
        width = max(len(row["label"]) for row in rows)
        head = f"{'Figure':<{width}}" + "".join(f" {f'{y} expected':>14} {f'{y} counted':>13}" for y in YEARS)
        lines = [head, "-" * len(head)]
        for row in rows:
            cells = []
            for year in YEARS:
                expected = f"{row[year]['target']:,}"
                if year == 2023 and not row["figure"].in_evaluation_2023:
                    expected += "*"
                mark = "" if row[year]["value"] == row[year]["target"] else " !"
                cells.append(f" {expected:>14} {row[year]['value']:>11,}{mark:<2}")
            lines.append(f"{row['label']:<{width}}" + "".join(cells))
        return "\n".join(lines)
