from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bloei.geo.figures import AreaFigureFileInvalid, import_area_figures


class Command(BaseCommand):
    help = (
        "Import neighbourhood figures per buurt and year from a CSV file with the columns "
        "buurt_code,year,code,label_nl,label_en,value,unit,source (see docs/need-and-effort.md). "
        "All or nothing; the figures of every code and year in the file replace those already loaded."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file.")

    def handle(self, *args, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            result = import_area_figures(by=None, data=path.read_bytes())
        except AreaFigureFileInvalid as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(error.problems)} problem(s); nothing was imported.") from None
        figures = ", ".join(f"{code} {year}" for code, year in result.figures)
        self.stdout.write(
            f"{result.rows} figures for {result.buurten} buurten imported ({figures}); {result.replaced} replaced."
        )
