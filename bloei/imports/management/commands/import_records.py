"""Import a CSV file or XLSX workbook as a given user (see docs/import.md).

manage.py import_records --user tlead --type residents inwoners.csv [--dry-run]
manage.py import_records --user tlead registratie.xlsx            # every sheet
"""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from bloei.accounts.models import User
from bloei.imports import spec
from bloei.imports.services import import_records


class Command(BaseCommand):
    help = "Import records from a CSV file or XLSX workbook, all or nothing, as the given user."

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV file (.csv) or Excel workbook (.xlsx)")
        parser.add_argument("--user", required=True, help="username of the acting team lead; their teams are the scope")
        parser.add_argument(
            "--type",
            dest="record_type",
            choices=[spec.ALL, *spec.ORDER],
            help="record type of the file; default for a workbook: all (one sheet per record type)",
        )
        parser.add_argument("--dry-run", action="store_true", help="check everything and report counts, save nothing")

    def handle(self, *args, path, user, record_type, dry_run, **options):
        try:
            by = User.objects.get(username=user, is_active=True)
        except User.DoesNotExist:
            raise CommandError(f"No active user {user!r}")
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No file {path}")
        if record_type is None:
            if file.suffix.lower() != ".xlsx":
                raise CommandError("--type is required for a CSV file")
            record_type = spec.ALL
        try:
            result = import_records(
                by=by, data=file.read_bytes(), filename=file.name, record_type=record_type, dry_run=dry_run
            )
        except PermissionDenied:
            raise CommandError(f"User {user!r} may not import (capability imports.run: team leads only)")
        if result.errors:
            for issue in result.errors:
                where = [issue.sheet] if issue.sheet and result.several_sheets else []
                if issue.row:
                    where.append(f"row {issue.row}")
                if issue.column:
                    where.append(f"column {issue.column}")
                self.stderr.write(f"{', '.join(where) or 'file'}: {issue.message}")
            raise CommandError(f"{len(result.errors)} error(s); nothing was imported")
        for counts in result.counts:
            line = f"{counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged"
            self.stdout.write(f"{counts.record_type}: {line}")
        if dry_run:
            self.stdout.write("Dry run: the file is correct; nothing was saved.")
        else:
            self.stdout.write(self.style.SUCCESS("Imported."))
