"""python manage.py yearly_report --year 2024 --out DIR [--area team:centrum|wijk:WK077211|...] [--protected]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from bloei.monitoring import report as reports
from bloei.monitoring.areas import BUURT, CITY, DISTRICT, TEAM, WIJK, Area


def area_from(value: str) -> tuple[Area, str]:
    """ "team:<slug>", "district:<code>", "wijk:<CBS code>" or "buurt:<CBS code>" (or "city")."""
    from bloei.accounts.models import Team
    from bloei.geo.models import Buurt, District, Neighbourhood

    if not value or value == CITY:
        return Area(), ""
    level, _sep, key = value.partition(":")
    lookups = {
        TEAM: (Team, "slug"),
        DISTRICT: (District, "code"),
        WIJK: (Neighbourhood, "code"),
        BUURT: (Buurt, "code"),
    }
    if level not in lookups or not key:
        raise CommandError(f"--area: use team:<slug>, district:<code>, wijk:<code> or buurt:<code>, not {value!r}")
    model, field = lookups[level]
    found = model.objects.filter(**{field: key}).first()
    if found is None:
        raise CommandError(f"--area: no {level} {key!r}")
    return Area(level, found.pk), found.name


class Command(BaseCommand):
    help = "Write the yearly report of a year as PDF and XLSX (the tables of §4 of the evaluation and more)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--out", required=True, help="Directory to write the files to (created if missing).")
        parser.add_argument("--area", default=CITY, help="team:<slug>, district:<code>, wijk:<code> or buurt:<code>")
        parser.add_argument("--language", default="nl", choices=["nl", "en"])
        parser.add_argument(
            "--protected",
            action="store_true",
            help="Apply the municipality's disclosure control (for publication outside the organisation).",
        )

    def handle(self, *args, year, out, area, language, protected, **options):
        if not 2000 <= year <= 2100:
            raise CommandError("--year: give a year such as 2024")
        target = Path(out)
        target.mkdir(parents=True, exist_ok=True)
        chosen, name = area_from(area)
        with translation.override(language):
            report = reports.build_report(year, chosen, protect=protected, area_name=name)
            pdf, xlsx = target / reports.filename(report, "pdf"), target / reports.filename(report, "xlsx")
            pdf.write_bytes(reports.write_pdf(report))
            xlsx.write_bytes(reports.write_xlsx(report))
        self.stdout.write(f"{pdf}\n{xlsx}")
