"""Example files with the documented header, and the downloadable error file."""

import csv
import io

from django.utils.translation import gettext as _

from . import spec
from .validate import Issue

# Excel in Dutch opens a semicolon-separated UTF-8 file with BOM in columns, with accents intact.
DELIMITER = ";"
BOM = "\ufeff"


def _example_row(record_type: spec.RecordType, buurt_code: str | None) -> list[str]:
    row = []
    for column in record_type.columns:
        value = column.example
        if column.kind == spec.BUURT and buurt_code and value:
            value = buurt_code
        row.append(value)
    return row


def example_csv(record_type: str, *, buurt_code: str | None = None) -> bytes:
    """Header and one example row for `record_type`, with `buurt_code` in the buurt column if given."""
    rt = spec.RECORD_TYPES[record_type]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(rt.column_names)
    writer.writerow(_example_row(rt, buurt_code))
    return (BOM + out.getvalue()).encode("utf-8")


def example_workbook(*, buurt_code: str | None = None) -> bytes:
    """An XLSX workbook with one sheet per record type, in import order, whose examples refer to each other."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for code in spec.ORDER:
        rt = spec.RECORD_TYPES[code]
        sheet = workbook.create_sheet(title=code)
        sheet.append(rt.column_names)
        sheet.append(_example_row(rt, buurt_code))
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
