from pathlib import Path

from django.core.management.base import BaseCommand

from bloei.geo.services import DEFAULT_AREA_DIR, load_areas


class Command(BaseCommand):
    help = (
        "Load a municipality's stadsdelen, wijken and buurten (and teams.csv if present) from a directory "
        "with the files of bloei/geo/data/eindhoven/. Without a directory, loads Eindhoven. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default=str(DEFAULT_AREA_DIR))
        parser.add_argument("--no-teams", action="store_true", help="Do not load teams.csv.")

    def handle(self, *args, directory, no_teams, **options):
        result = load_areas(directory=Path(directory), with_teams=not no_teams)
        self.stdout.write(
            f"{result.municipality.name}: {result.districts} districts, {result.neighbourhoods} wijken, "
            f"{result.buurten} buurten, {result.teams} teams"
        )
