"""Example files with the documented header, and the downloadable error file."""

import csv
import io

from django.utils.translation import gettext as _

from . import spec
from .validate import Issue

# Excel in Dutch opens a semicolon-separated UTF-8 file with BOM in columns, with accents intact.
DELIMITER = ";"
BOM = "\ufeff"


def _example_rows(
    record_type: spec.RecordType, buurt_code: str | None, wijk_code: str | None, users: dict[str, str]
) -> list[list[str]]:
    """The spec's example rows; buurt, wijk and staff replaced by the importer's own when given."""
    own = {spec.BUURT: buurt_code, spec.WIJK: wijk_code}
    rows = []
    for changes in ({}, *record_type.more_examples):
        row = []
        for column in record_type.columns:
            value = changes.get(column.name, column.example)
            if value and column.example_role and column.example_role in users:
                value = users[column.example_role]
            elif value and own.get(column.kind):
                value = own[column.kind]
            row.append(value)
        rows.append(row)
    return rows


def example_csv(
    record_type: str,
    *,
    buurt_code: str | None = None,
    wijk_code: str | None = None,
    users: dict[str, str] | None = None,
) -> bytes:
    """Header and example rows for `record_type`, with the importer's buurt, wijk and staff if given.

    `users` maps a role ("connector", "generalist", "team_lead") to the user name of a member of staff in that role.
    """
    rt = spec.RECORD_TYPES[record_type]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(rt.column_names)
    writer.writerows(_example_rows(rt, buurt_code, wijk_code, users or {}))
    return (BOM + out.getvalue()).encode("utf-8")


def example_workbook(
    *, buurt_code: str | None = None, wijk_code: str | None = None, users: dict[str, str] | None = None
) -> bytes:
    """An XLSX workbook with one sheet per record type, in import order, whose examples refer to each other."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for code in spec.ORDER:
        rt = spec.RECORD_TYPES[code]
        sheet = workbook.create_sheet(title=code)
        sheet.append(rt.column_names)
        for row in _example_rows(rt, buurt_code, wijk_code, users or {}):
            sheet.append(row)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def errors_csv(errors: list[Issue]) -> bytes:
    """The error file: sheet, row, column and message per problem, for fixing the file in Excel."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([_("Sheet"), _("Row"), _("Column"), _("Message")])
    for issue in errors:
        writer.writerow([_safe(issue.sheet), issue.row or "", _safe(issue.column), _safe(issue.message)])
    return (BOM + out.getvalue()).encode("utf-8")


def _safe(text: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula (CSV injection)."""
    return f"'{text}" if text and text[0] in "=+-@\t\r" else text
