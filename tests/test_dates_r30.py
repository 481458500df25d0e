"""Round-30 TIMEX3 tests: Microsoft Recognizers-Text's English DateTime specs, run as news sentences.

The inputs and reference dates come from microsoft/Recognizers-Text (MIT; read, no code copied):
``Specs/DateTime/English/DateTimeModel.json``, ``TimeParser.json``, ``TimePeriodParser.json``,
``DateTimeParser.json`` and ``HolidayParser.json``, plus round 29's list of forms left over. Each
case keeps the spec's expression inside a sentence written for it (``# made``). What a BI user
read wrong: "jailed for 1 year 1 month 21 days" was three durations, "the nineteen seventies" and
"the noughties" had no row, "June of nineteen ninety nine" was June of the story's year plus a
separate 1999, "pushed back another week" had no duration and "Father's Day of 2015" was 2016's.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_STACKED_DURATIONS = [
    ("He was jailed for 1 year 1 month 21 days for fraud.", "2016-11-07",  # made (round 29's list)
     [("1 year 1 month 21 days", "DURATION", "P1Y1M21D")]),
    ("The talks lasted 2 hours 30 minutes, officials said.", "2016-11-07",  # made
     [("2 hours 30 minutes", "DURATION", "PT2H30M")]),
    ("She won the marathon in 2 hours 21 minutes 59 seconds.", "2003-04-13",  # made
     [("2 hours 21 minutes 59 seconds", "DURATION", "PT2H21M59S")]),
    ("He served two years six months in jail.", "2016-11-07",  # made
     [("two years six months", "DURATION", "P2Y6M")]),
    # unchanged: a list of tenors, the same unit twice
    ("Treasury bills of 3 months 6 months were sold.", "1987-03-16",  # made
     [("3 months", "DURATION", "P3M"), ("6 months", "DURATION", "P6M")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _STACKED_DURATIONS, ids=lambda v: str(v)[:30])
def test_round30_stacked_duration_without_and(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # one span of time written without "and" was cut into one row per unit
    assert _rows(text, dct) == rows


_SPOKEN_DECADES = [
    ("The company was founded in the nineteen seventies.", "2016-11-07",  # made (round 29's list)
     [("the nineteen seventies", "DATE", "197")]),
    ("The band split up in the nineteen-eighties.", "2016-11-07", [("the nineteen-eighties", "DATE", "198")]),  # made
    ("House prices soared in the noughties.", "2016-11-07", [("the noughties", "DATE", "200")]),  # made
    # unchanged: the bare decade word
    ("The firm was founded in the seventies.", "2016-11-07", [("the seventies", "DATE", "197")]),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _SPOKEN_DECADES, ids=lambda v: str(v)[:30])
def test_round30_spoken_decades(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_MONTH_OF_SPOKEN_YEAR = [
    ("The plant closed in June of nineteen ninety nine.", "2016-11-07",  # made (round 29's list)
     [("June of nineteen ninety nine", "DATE", "1999-06")]),
    ("The plant closed in June nineteen ninety nine.", "2016-11-07",  # made
     [("June nineteen ninety nine", "DATE", "1999-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _MONTH_OF_SPOKEN_YEAR, ids=lambda v: str(v)[:30])
def test_round30_month_of_spoken_year(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # "June of ..." was the June of the story's year and a separate year
    assert _rows(text, dct) == rows


_ANOTHER_UNIT = [
    ("The deadline was pushed back another week.", "2016-11-07", [("another week", "DURATION", "P1W")]),  # made
    ("The minister will stay another year, aides said.", "2016-11-07",  # made
     [("another year", "DURATION", "P1Y")]),
    # unchanged: a day named by what happens on it, and a counted span
    ("Traders braced for another day of losses.", "2016-11-07", []),  # made
    ("The talks will go on for another two days.", "2016-11-07", [("two days", "DURATION", "P2D")]),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _ANOTHER_UNIT, ids=lambda v: str(v)[:30])
def test_round30_another_unit(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_HOLIDAY_OF_YEAR = [
    # HolidayParser.json "father's day of 2015" (reference 2016-11-07)
    ("The protest took place on Father's Day of 2015.", "2016-11-07",  # made
     [("Father's Day of 2015", "DATE", "2015-06-21")]),
    ("Sales fell on Thanksgiving Day of 2010.", "2016-11-07", [("Thanksgiving Day of 2010", "DATE", "2010-11-25")]),  # made
    # unchanged: the comma form
    ("Sales fell on Thanksgiving Day, 2010.", "2016-11-07", [("Thanksgiving Day, 2010", "DATE", "2010-11-25")]),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _HOLIDAY_OF_YEAR, ids=lambda v: str(v)[:30])
def test_round30_holiday_of_year(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # "Father's Day of 2015" was the Father's Day nearest the story plus a bare year
    assert _rows(text, dct) == rows
