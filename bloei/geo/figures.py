"""Import neighbourhood figures per buurt and year (AreaFigure) from a CSV file.

The file (see docs/need-and-effort.md and data/eindhoven/area_figures_example.csv):

    buurt_code,year,code,label_nl,label_en,value,unit,source
    BU07721110,2024,limited_network,Beperkt sociaal netwerk,Limited social network,31.5,percent,GGD

* comma or semicolon separated, UTF-8 (Excel's "CSV UTF-8") or Windows-1252; lines starting with # are comments;
* value: a decimal with a comma or a point ("31,5" or "31.5"), no thousands separator; empty, "x", "." or "-"
  when the source publishes no figure for the buurt;
* unit: count (also "aantal") or percent (also "percentage", "%"); label_en may be empty.

All or nothing: the whole file is checked first, and every problem is reported with its row number (the line
in the file) in the user's language. A correct file replaces, for every code and year it holds, all figures
of that code and year, so importing a corrected file again leaves exactly the file's figures.
"""

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .choices import FigureUnit
from .models import AreaFigure, Buurt, Municipality

COLUMNS = ("buurt_code", "year", "code", "label_nl", "label_en", "value", "unit", "source")
REQUIRED_COLUMNS = tuple(c for c in COLUMNS if c != "label_en")
CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")
NUMBER_PATTERN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
NO_FIGURE = {"", "x", ".", "-", "–"}
UNITS = {
    "count": FigureUnit.COUNT,
    "aantal": FigureUnit.COUNT,
    "number": FigureUnit.COUNT,
    "percent": FigureUnit.PERCENT,
    "percentage": FigureUnit.PERCENT,
    "procent": FigureUnit.PERCENT,
    "%": FigureUnit.PERCENT,
}
MAX_VALUE_DIGITS, MAX_DECIMALS = 12, 3
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s: %(problem)s") % {"row": self.row, "problem": self.message}


class AreaFigureFileInvalid(ValidationError):
    """The file was refused; `problems` holds every problem with its row number, in file order."""

    def __init__(self, problems: list[RowProblem]):
        self.problems = sorted(problems, key=lambda p: p.row)
        super().__init__([str(p) for p in self.problems])


@dataclass
class FigureImport:
    rows: int
    buurten: int
    replaced: int
    figures: list[tuple[str, int]] = field(default_factory=list)  # (code, year), sorted


@dataclass
class _Row:
    number: int
    buurt_code: str
    year: int
    code: str
    label_nl: str
    label_en: str
    value: Decimal | None
    unit: str
    source: str


def decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise AreaFigureFileInvalid([RowProblem(1, _("The file is saved as UTF-16. Save it as CSV UTF-8."))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_value(raw: str) -> Decimal | None:
    """A decimal with a comma or a point; None for the marks of "no figure". Raises ValueError with a message."""
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    if text.lower() in NO_FIGURE:
        return None
    if not NUMBER_PATTERN.match(text):
        raise ValueError(
            _("The value is not a number. Write it with a decimal comma or point, without thousands separator.")
        )
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise ValueError(_("The value is not a number.")) from None
    whole, _sep, decimals = text.lstrip("+-").replace(",", ".").partition(".")
    if len(decimals) > MAX_DECIMALS:
        raise ValueError(_("The value has more than %(n)s decimals.") % {"n": MAX_DECIMALS})
    if len(whole.lstrip("0")) > MAX_VALUE_DIGITS:
        raise ValueError(_("The value is too large."))
    return value


def _records(text: str):
    """(row number, cells) of every non-comment record; the first one is the header."""
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            if not cells or all(not c.strip() for c in cells):
                continue
            if cells[0].lstrip().startswith("#"):
                continue
            yield reader.line_num, [c.strip() for c in cells]
    except csv.Error:
        raise AreaFigureFileInvalid(
            [RowProblem(reader.line_num, _("The line could not be read: check the quotes around values."))]
        ) from None


def _header(number: int, cells: list[str]) -> dict[str, int]:
    names = [c.lstrip("\ufeff").strip().lower().replace(" ", "_") for c in cells]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise AreaFigureFileInvalid(
            [
                RowProblem(
                    number,
                    _("The header misses the column(s) %(columns)s. Expected: %(expected)s.")
                    % {"columns": ", ".join(missing), "expected": ",".join(COLUMNS)},
                )
            ]
        )
    return {name: names.index(name) for name in COLUMNS if name in names}


def check_file(data: bytes | str) -> list[_Row]:
    """Read and check the whole file; raise AreaFigureFileInvalid with every problem, or return its rows."""
    records = _records(decode(data))
    first = next(records, None)
    if first is None:
        raise AreaFigureFileInvalid([RowProblem(1, _("The file is empty."))])
    columns = _header(*first)
    raw_rows = list(records)
    if not raw_rows:
        raise AreaFigureFileInvalid([RowProblem(first[0], _("The file holds no figures below its header."))])
    codes_in_file = {
        (cells[columns["buurt_code"]] if len(cells) > columns["buurt_code"] else "").upper() for _n, cells in raw_rows
    }
    buurten = set(Buurt.objects.filter(code__in=codes_in_file).values_list("code", flat=True))

    problems: list[RowProblem] = []
    rows: list[_Row] = []
    seen: dict[tuple[str, int, str], int] = {}
    first_of_code: dict[str, _Row] = {}
    for number, cells in raw_rows:

        def cell(name, cells=cells):
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else ""

        row_problems = []
        buurt_code = cell("buurt_code").upper()
        if not buurt_code:
            row_problems.append(_("The buurt code is missing."))
        elif buurt_code not in buurten:
            row_problems.append(_("Unknown buurt code %(code)s.") % {"code": buurt_code})
        year = None
        try:
            year = int(cell("year"))
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ValueError
        except ValueError:
            year = None
            row_problems.append(_("The year must be a whole number from 1900 to 2100."))
        code = cell("code").lower()
        if not CODE_PATTERN.match(code):
            row_problems.append(
                _("The code must be 1 to 50 lower-case letters, digits, - or _ (e.g. limited_network).")
            )
        label_nl, label_en, source = cell("label_nl"), cell("label_en"), cell("source")
        if not label_nl:
            row_problems.append(_("The Dutch label (label_nl) is missing."))
        if len(label_nl) > 150 or len(label_en) > 150:
            row_problems.append(_("A label is longer than 150 characters."))
        if not source:
            row_problems.append(_("The source is missing."))
        elif len(source) > 200:
            row_problems.append(_("The source is longer than 200 characters."))
        unit = UNITS.get(cell("unit").lower())
        if unit is None:
            row_problems.append(_("The unit must be count or percent."))
        value = None
        try:
            value = parse_value(cell("value"))
        except ValueError as error:
            row_problems.append(str(error))
        if value is not None and value < 0:
            row_problems.append(_("The value cannot be negative."))
        elif value is not None and unit == FigureUnit.PERCENT and value > 100:
            row_problems.append(_("A percentage cannot be more than 100."))

        if year is not None and buurt_code and code:
            key = (buurt_code, year, code)
            if key in seen:
                row_problems.append(
                    _("Buurt %(buurt)s already has figure %(code)s for %(year)s in row %(row)s.")
                    % {"buurt": buurt_code, "code": code, "year": year, "row": seen[key]}
                )
            else:
                seen[key] = number
        earlier = first_of_code.get(code)
        if earlier is not None and unit is not None and (earlier.unit, earlier.label_nl) != (unit, label_nl):
            row_problems.append(
                _("Figure %(code)s has another unit or Dutch label than in row %(row)s; one code is one figure.")
                % {"code": code, "row": earlier.number}
            )
        if row_problems:
            problems.extend(RowProblem(number, message) for message in row_problems)
            continue
        row = _Row(number, buurt_code, year, code, label_nl, label_en, value, unit, source)
        first_of_code.setdefault(code, row)
        rows.append(row)
    if problems:
        raise AreaFigureFileInvalid(problems)
    return rows


@transaction.atomic
def import_area_figures(*, by, data: bytes | str) -> FigureImport:
    """Check the file and, when it is correct, replace the figures of every code and year it holds."""
    from bloei.core.models import AuditEvent
    from bloei.core.services import record_event

    rows = check_file(data)
    buurt_ids = dict(Buurt.objects.filter(code__in={r.buurt_code for r in rows}).values_list("code", "pk"))
    figures = sorted({(r.code, r.year) for r in rows})
    replaced = 0
    by_year = defaultdict(set)
    for code, year in figures:
        by_year[year].add(code)
    for year, codes in by_year.items():
        replaced += AreaFigure.objects.filter(year=year, code__in=codes).delete()[0]
    AreaFigure.objects.bulk_create(
        AreaFigure(
            buurt_id=buurt_ids[r.buurt_code],
            year=r.year,
            code=r.code,
            label_nl=r.label_nl,
            label_en=r.label_en,
            value=r.value,
            unit=r.unit,
            source=r.source,
        )
        for r in rows
    )
    municipality = Municipality.objects.filter(districts__neighbourhoods__buurten__pk__in=buurt_ids.values()).first()
    record_event(
        by=by,
        action=AuditEvent.Action.IMPORT,
        event="geo.area_figures_imported",
        obj=municipality,
        rows=len(rows),
        replaced=replaced,
        figures=[[code, year] for code, year in figures],
    )
    return FigureImport(rows=len(rows), buurten=len(buurt_ids), replaced=replaced, figures=figures)
