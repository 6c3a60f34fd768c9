"""Turning one cell into a value: dates, numbers, yes/no, enumerations, talents, languages.

Every parser raises CellError with a translated message that never repeats free text
from the file (it may be personal data); codes such as a buurt code may be repeated.
"""

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _

from . import spec

LIST_SEPARATORS = re.compile(r"[;,|\n]")
EXCEL_ERRORS = {
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}
# Yes/no words accepted besides the translated "yes"/"no" of both languages.
TRUE_WORDS = {"1", "true", "yes", "y", "ja", "j", "waar", "x", "✓"}
FALSE_WORDS = {"0", "false", "no", "n", "nee", "onwaar", "-"}
DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), ("d", "m", "y")),
)
MIN_YEAR, MAX_YEAR = 1900, 2100
TIME_PATTERN = re.compile(r"^(\d{1,2})[:.](\d{2})(?::00)?$")


class CellError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def normalise(text: str) -> str:
    """Lower case, single spaces, plain dashes: for comparing codes and labels."""
    text = str(text).replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


def is_empty(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def as_text(raw) -> str:
    """A cell as text. Whole numbers from a spreadsheet lose their trailing .0."""
    if isinstance(raw, bool):
        return "1" if raw else "0"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw).strip()


def buurt_code(raw) -> str:
    """A CBS buurt code in its standard form: BU07721110 (the digits alone are accepted too)."""
    code = as_text(raw).replace(" ", "").upper()
    return f"BU{code}" if code.isdigit() else code


def wijk_code(raw) -> str:
    """A CBS wijk code in its standard form: WK077211 (the digits alone are accepted too)."""
    code = as_text(raw).replace(" ", "").upper()
    return f"WK{code.zfill(6)}" if code.isdigit() else code


def split_list(raw) -> list[str]:
    return [part.strip() for part in LIST_SEPARATORS.split(as_text(raw)) if part.strip()]


def parse_date(raw) -> date:
    if isinstance(raw, datetime):
        value = raw.date()
    elif isinstance(raw, date):
        value = raw
    else:
        text = as_text(raw)
        value = None
        for pattern, order in DATE_PATTERNS:
            found = pattern.match(text)
            if found:
                parts = dict(zip(order, (int(g) for g in found.groups()), strict=True))
                try:
                    value = date(parts["y"], parts["m"], parts["d"])
                except ValueError:
                    raise CellError(_("This date does not exist.")) from None
                break
        if value is None:
            raise CellError(_("Not a date. Use YYYY-MM-DD (2024-03-31) or DD-MM-YYYY (31-03-2024)."))
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise CellError(_("The year must be between %(min)s and %(max)s.") % {"min": MIN_YEAR, "max": MAX_YEAR})
    return value


def parse_time(raw) -> time:
    """A time of day: HH:MM or HH.MM (24 hours), or a time cell of a spreadsheet."""
    if isinstance(raw, datetime):
        raw = raw.time()
    if isinstance(raw, time):
        return raw.replace(second=0, microsecond=0)
    found = TIME_PATTERN.match(as_text(raw))
    if found:
        hours, minutes = (int(g) for g in found.groups())
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise CellError(_("Not a time. Use HH:MM (24 hours), for example 19:30."))


def parse_int(raw, column: spec.Column) -> int:
    if isinstance(raw, bool):
        raise CellError(_("Not a whole number."))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    else:
        text = as_text(raw)
        if not re.fullmatch(r"[+-]?\d+", text):
            raise CellError(_("Not a whole number."))
        value = int(text)
    _check_range(value, column)
    return value


def parse_decimal(raw, column: spec.Column) -> float:
    if isinstance(raw, bool):
        raise CellError(_("Not a number."))
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = as_text(raw).replace(",", ".")
        try:
            value = float(Decimal(text))
        except InvalidOperation:
            raise CellError(_("Not a number.")) from None
    _check_range(value, column)
    return value


def _check_range(value, column: spec.Column) -> None:
    low, high = column.min_value, column.max_value
    if (low is not None and value < low) or (high is not None and value > high):
        raise CellError(_("The number must be between %(min)s and %(max)s.") % {"min": low, "max": high})


def parse_bool(raw) -> bool:
    if isinstance(raw, bool):
        return raw
    word = normalise(as_text(raw))
    yes = {normalise(_("yes"))}
    no = {normalise(_("no"))}
    if word in TRUE_WORDS or word in yes:
        return True
    if word in FALSE_WORDS or word in no:
        return False
    raise CellError(_("Use yes or no (ja or nee)."))


def choice_lookup(choices: type[models.TextChoices]) -> dict[str, str]:
    """Every accepted spelling of each choice: code, Dutch and English label, label before '('."""
    lookup: dict[str, str] = {}
    for value, label in choices.choices:
        lookup[normalise(value)] = value
        for language in ("en", "nl"):
            with translation.override(language):
                text = str(label)
            lookup.setdefault(normalise(text), value)
            short = text.split(" (")[0]
            lookup.setdefault(normalise(short), value)
    return lookup


_CHOICE_CACHE: dict[tuple[type, str], dict[str, str]] = {}


def parse_choice(raw, choices: type[models.TextChoices]) -> str:
    key = (choices, translation.get_language() or "")
    if key not in _CHOICE_CACHE:
        _CHOICE_CACHE[key] = choice_lookup(choices)
    text = as_text(raw)
    value = _CHOICE_CACHE[key].get(normalise(text))
    if value is None:
        allowed = ", ".join(choices.values)
        raise CellError(
            _("Unknown value %(value)s. Allowed: %(allowed)s (or their Dutch or English names).")
            % {"value": _quote(text), "allowed": allowed}
        )
    return value


def parse_choices(raw, choices: type[models.TextChoices]) -> list[str]:
    values: list[str] = []
    errors: list[str] = []
    for part in split_list(raw):
        try:
            value = parse_choice(part, choices)
        except CellError as exc:
            errors.append(exc.message)
            continue
        if value not in values:
            values.append(value)
    if errors:
        raise CellError(" ".join(errors))
    order = list(choices.values)
    return sorted(values, key=order.index)


def parse_from_lookup(raw, lookup: dict[str, object], unknown_message: str) -> list:
    """Several references to reference data (talents, languages) by any accepted spelling."""
    found: list = []
    unknown: list[str] = []
    for part in split_list(raw):
        obj = lookup.get(normalise(part))
        if obj is None:
            unknown.append(_quote(part))
        elif obj not in found:
            found.append(obj)
    if unknown:
        raise CellError(unknown_message % {"values": ", ".join(unknown)})
    return found


def check_text(value: str, column: spec.Column) -> str:
    """Run the model field's own validators (length, e-mail, URL) on a text value."""
    model_field = column.model_field()
    if model_field is not None:
        try:
            model_field.run_validators(value)
        except ValidationError as exc:
            raise CellError(" ".join(str(m) for m in exc.messages)) from None
    return value


def _quote(text: str) -> str:
    """Repeat a code from the file in a message, shortened so a stray sentence is not echoed whole."""
    text = str(text)
    return f"“{text[:30]}…”" if len(text) > 30 else f"“{text}”"


quote = _quote
