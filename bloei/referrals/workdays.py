"""Working days: Monday to Friday, minus Dutch public holidays and the organisation's own days off.

Dutch public holidays as in the Algemene termijnenwet (the days legal deadlines skip): New Year's Day,
Easter Monday, King's Day, Liberation Day (5 May), Ascension Day, Whit Monday and both Christmas days.
Easter Sunday and Whit Sunday fall on a Sunday anyway. Extra days off (Good Friday, an organisation's
own closing days) come from the setting BLOEI_HOLIDAYS: a list of ISO dates ("2026-04-03").
"""

from datetime import date, timedelta
from functools import lru_cache

from django.conf import settings


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """King's Day (27 April, from 2014) or Queen's Day (30 April, before); a day earlier when it is a Sunday."""
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=64)
def dutch_public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),  # Nieuwjaarsdag
            easter + timedelta(days=1),  # Tweede Paasdag
            kings_day(year),  # Koningsdag
            date(year, 5, 5),  # Bevrijdingsdag
            easter + timedelta(days=39),  # Hemelvaartsdag
            easter + timedelta(days=50),  # Tweede Pinksterdag
            date(year, 12, 25),  # Eerste Kerstdag
            date(year, 12, 26),  # Tweede Kerstdag
        }
    )


def extra_days_off() -> frozenset[date]:
    """The dates of the setting BLOEI_HOLIDAYS (ISO strings or dates)."""
    values = getattr(settings, "BLOEI_HOLIDAYS", ()) or ()
    return frozenset(v if isinstance(v, date) else date.fromisoformat(str(v).strip()) for v in values)


def is_working_day(day: date, extra: frozenset[date] | None = None) -> bool:
    if day.weekday() >= 5:
        return False
    if day in dutch_public_holidays(day.year):
        return False
    return day not in (extra_days_off() if extra is None else extra)


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (start itself does not count, whatever day it is)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    extra = extra_days_off()
    day, left = start, days
    while left:
        day += timedelta(days=1)
        if is_working_day(day, extra):
            left -= 1
    return day
