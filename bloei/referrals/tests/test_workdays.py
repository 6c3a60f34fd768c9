from datetime import date

import pytest

from bloei.referrals.workdays import add_working_days, dutch_public_holidays, easter_sunday, is_working_day, kings_day


@pytest.mark.parametrize(
    "year, easter",
    [(2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
     (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22))],
)
def test_easter_sunday_is_computed_for_any_year(year, easter):
    assert easter_sunday(year) == easter


def test_dutch_public_holidays_of_2025():
    assert dutch_public_holidays(2025) == {
        date(2025, 1, 1),  # Nieuwjaarsdag
        date(2025, 4, 21),  # Tweede Paasdag
        date(2025, 4, 26),  # Koningsdag: 27 April is a Sunday
        date(2025, 5, 5),  # Bevrijdingsdag
        date(2025, 5, 29),  # Hemelvaartsdag
        date(2025, 6, 9),  # Tweede Pinksterdag
        date(2025, 12, 25),
        date(2025, 12, 26),
    }


def test_kings_day_and_queens_day():
    assert kings_day(2026) == date(2026, 4, 27)
    assert kings_day(2014) == date(2014, 4, 26)  # 27 April 2014 was a Sunday
    assert kings_day(2013) == date(2013, 4, 30)  # still Queen's Day


def test_weekends_and_holidays_are_no_working_days():
    assert is_working_day(date(2025, 3, 3))  # a Monday
    assert not is_working_day(date(2025, 3, 1)) and not is_working_day(date(2025, 3, 2))
    assert not is_working_day(date(2025, 4, 21))  # Easter Monday


@pytest.mark.parametrize(
    "start, expected",
    [
        (date(2025, 3, 3), date(2025, 3, 5)),  # Monday → Wednesday
        (date(2025, 3, 6), date(2025, 3, 10)),  # Thursday → Monday over the weekend
        (date(2025, 3, 7), date(2025, 3, 11)),  # Friday → Tuesday
        (date(2025, 3, 8), date(2025, 3, 11)),  # Saturday → Tuesday (Monday is the first working day)
        (date(2025, 4, 17), date(2025, 4, 22)),  # Thursday before Easter → Tuesday (Easter Monday skipped)
        (date(2025, 5, 28), date(2025, 6, 2)),  # Wednesday before Ascension Day → Monday
        (date(2025, 12, 24), date(2025, 12, 30)),  # Christmas: 25, 26 and the weekend skipped
    ],
)
def test_two_working_days_later(start, expected):
    assert add_working_days(start, 2) == expected


def test_the_setting_adds_days_off(settings):
    settings.BLOEI_HOLIDAYS = ["2025-04-18"]  # Good Friday, a day off in some organisations
    assert not is_working_day(date(2025, 4, 18))
    assert add_working_days(date(2025, 4, 17), 2) == date(2025, 4, 23)
    assert add_working_days(date(2025, 4, 16), 2) == date(2025, 4, 22)
    settings.BLOEI_HOLIDAYS = []
    assert add_working_days(date(2025, 4, 16), 2) == date(2025, 4, 18)


def test_at_least_one_day():
    with pytest.raises(ValueError):
        add_working_days(date(2025, 3, 3), 0)
