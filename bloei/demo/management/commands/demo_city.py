from datetime import date

from django.core.management.base import BaseCommand, CommandError

from bloei.demo.generator import DemoError, build_demo_city
from bloei.people.models import Resident


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--today must be a date as YYYY-MM-DD, got {value!r}") from exc


class Command(BaseCommand):
    help = (
        "Generate the demo city on the loaded areas: staff of every role, residents, talent scans, places, "
        "three years of matches, networks, activities, trainings, ladder histories, outreach rounds, "
        "neighbourhood plans, referrals, signals and time records. Deterministic for a given seed, scale and today."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiplies residents, staff and the work done (default 1: 6,000 residents).",
        )
        parser.add_argument("--today", type=_date, default=None, help="The day the history ends (default: today).")
        parser.add_argument(
            "--years", type=int, default=3, help="Years of history up to today, 3 to 15 (default 3; the bench uses 10)."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the database already holds residents."
        )

    def handle(self, *args, seed, scale, today, years, if_empty, **options):
        if Resident.objects.exists():
            if if_empty:
                self.stdout.write("The database already holds residents: demo city not generated again.")
                return
            raise CommandError("The database already holds residents. Use an empty database (or --if-empty).")
        log = (lambda message: self.stdout.write(f"  {message}")) if options["verbosity"] >= 2 else None
        try:
            counts = build_demo_city(seed=seed, scale=scale, today=today, years=years, log=log)
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Demo city generated (seed {seed}, scale {scale:g}, {years} years):"))
            for name, count in counts.items():
                self.stdout.write(f"  {name:<52} {count:>9,}")
