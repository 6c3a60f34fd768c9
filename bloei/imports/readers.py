"""Reading an uploaded file into sheets of rows: CSV (UTF-8 or Windows-1252, , or ;) and XLSX.

The checks here are about the file as a whole (type, size, encoding, row limit); a
problem raises FileRefused with a translated message and nothing is read further.
"""

import csv
import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.utils.translation import gettext as _

from . import spec
from .values import normalise

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls and other Office 97-2003 files
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# An XLSX unpacks to at most this many times the upload limit (guards against zip bombs).
MAX_UNPACK_FACTOR = 20


def max_upload_bytes() -> int:
    return settings.IMPORT_MAX_UPLOAD_MB * 1024 * 1024


def max_rows() -> int:
    return getattr(settings, "IMPORT_MAX_ROWS", 10000)


class FileRefused(Exception):
    def __init__(self, message: str, sheet: str = ""):
        super().__init__(message)
        self.message = message
        self.sheet = sheet


@dataclass
class Sheet:
    """One record type's rows. `rows` holds (row number as in Excel, {column: raw value})."""

    record_type: str
    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    # (row, column label, message) for cells that have no column header.
    stray_cells: list[tuple[int, str]] = field(default_factory=list)


def read_upload(*, data: bytes, filename: str, record_type: str) -> list[Sheet]:
    """Sniff and read an upload. `record_type` is a type code or spec.ALL (XLSX only)."""
    if len(data) > max_upload_bytes():
        raise FileRefused(
            _("The file is larger than %(mb)s MB. Split it into smaller files.") % {"mb": settings.IMPORT_MAX_UPLOAD_MB}
        )
    if not data.strip():
        raise FileRefused(_("The file is empty."))
    suffix = PurePath(filename or "").suffix.lower()
    is_zip = data.startswith(ZIP_MAGIC)
    if suffix == ".xls" or data.startswith(OLE_MAGIC):
        raise FileRefused(_("This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8."))
    if suffix == ".xlsx":
        if not is_zip:
            raise FileRefused(_("The file name ends in .xlsx, but the file is not an Excel workbook."))
        return _read_xlsx(data, record_type)
    if suffix == ".csv":
        if is_zip:
            raise FileRefused(_("The file name ends in .csv, but the file is an Excel workbook. Rename it to .xlsx."))
        if record_type == spec.ALL:
            raise FileRefused(_("A CSV file holds one record type. Choose which one, or upload an XLSX workbook."))
        return [_read_csv(data, record_type, filename)]
    raise FileRefused(_("Upload a CSV file (.csv) or an Excel workbook (.xlsx)."))


def decode_csv(data: bytes) -> str:
    if data.startswith(UTF16_BOMS):
        raise FileRefused(_("The file is saved as UTF-16 (Unicode text). Save it as CSV UTF-8 and upload it again."))
    if b"\x00" in data:
        raise FileRefused(_("This is not a CSV text file: it contains binary data."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise FileRefused(
                _("The file's character encoding is not recognised. Save it as CSV UTF-8 and upload it again.")
            ) from None
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    if control:
        raise FileRefused(_("This is not a CSV text file: it contains binary data."))
    return text


def sniff_delimiter(header_line: str) -> str:
    """Comma or semicolon, whichever splits the header line into more columns."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _read_csv(data: bytes, record_type: str, filename: str) -> Sheet:
    text = decode_csv(data)
    first_line = text.splitlines()[0] if text else ""
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line), strict=True)
        return _sheet(record_type, PurePath(filename).name, reader)
    except csv.Error:
        raise FileRefused(_("The CSV file could not be read: check the quotes around values.")) from None


def _is_blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _sheet(record_type: str, name: str, records) -> Sheet:
    """Build a sheet from raw records: header is the first record (row 1), empty rows are skipped.

    At most max_rows() non-empty data rows are read; more refuses the file.
    """
    records = iter(records)
    first = next(records, None)
    raw_header = list(first or [])
    while raw_header and _is_blank(raw_header[-1]):
        raw_header.pop()
    header = [normalise(str(h or "").lstrip("\ufeff")).replace(" ", "_") for h in raw_header]
    if not header:
        raise FileRefused(_("The file has no header row."), sheet=name)
    sheet = Sheet(record_type=record_type, name=name, header=header)
    limit = max_rows()
    for number, record in enumerate(records, start=2):
        cells = list(record)
        if all(_is_blank(c) for c in cells):
            continue
        if len(sheet.rows) >= limit:
            raise FileRefused(
                _("The file has more than %(limit)s rows. Split it into smaller files.") % {"limit": limit}, sheet=name
            )
        values = {}
        for index, raw in enumerate(cells):
            if index < len(header):
                if header[index]:
                    values[header[index]] = raw.strip() if isinstance(raw, str) else raw
            elif not _is_blank(raw):
                sheet.stray_cells.append((number, _column_letter(index)))
        sheet.rows.append((number, values))
    return sheet


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_record_type(name: str) -> str | None:
    """A workbook sheet's record type: its code, or its Dutch or English label."""
    wanted = normalise(name).replace(" ", "_")
    from django.utils import translation

    for code, record_type in spec.RECORD_TYPES.items():
        if wanted == code:
            return code
        for language in ("nl", "en"):
            with translation.override(language):
                if wanted == normalise(str(record_type.label)).replace(" ", "_"):
                    return code
    return None


def _read_xlsx(data: bytes, record_type: str) -> list[Sheet]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileRefused(_("The file is not a valid Excel workbook (.xlsx).")) from None
    if unpacked > max_upload_bytes() * MAX_UNPACK_FACTOR:
        raise FileRefused(_("The workbook is too large when unpacked. Split it into smaller files."))
    try:
        # data_only: formulas are read as the values Excel last calculated.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors on a broken workbook
        raise FileRefused(_("The file is not a valid Excel workbook (.xlsx).")) from None
    try:
        worksheets = [ws for ws in workbook.worksheets]
        if record_type == spec.ALL:
            chosen = []
            seen: dict[str, str] = {}
            for ws in worksheets:
                code = sheet_record_type(ws.title)
                if code is None:
                    raise FileRefused(
                        _("Sheet %(sheet)s is not a record type. Name each sheet after its record type: %(types)s.")
                        % {"sheet": f"“{ws.title}”", "types": ", ".join(spec.ORDER)},
                        sheet=ws.title,
                    )
                if code in seen:
                    raise FileRefused(
                        _("Sheets %(first)s and %(second)s hold the same record type.")
                        % {"first": f"“{seen[code]}”", "second": f"“{ws.title}”"},
                        sheet=ws.title,
                    )
                seen[code] = ws.title
                chosen.append((code, ws))
        else:
            named = [ws for ws in worksheets if sheet_record_type(ws.title) == record_type]
            if named:
                chosen = [(record_type, named[0])]
            elif len(worksheets) == 1:
                chosen = [(record_type, worksheets[0])]
            else:
                raise FileRefused(
                    _("The workbook has several sheets and none is named %(type)s.") % {"type": record_type}
                )
        sheets = []
        for code, ws in chosen:
            rows = ws.iter_rows(values_only=True)
            first = next(rows, None)
            if record_type == spec.ALL and (first is None or all(_is_blank(c) for c in first)):
                continue  # an empty sheet in a workbook is left alone
            sheets.append(_sheet(code, ws.title, itertools.chain([first], rows)))
    finally:
        workbook.close()
    if not sheets:
        raise FileRefused(_("The workbook has no rows to import."))
    return sorted(sheets, key=lambda s: spec.ORDER.index(s.record_type))
