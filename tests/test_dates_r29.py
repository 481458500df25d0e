"""Round-29 TIMEX3 tests: Microsoft Recognizers-Text's English DateTime specs, run as news sentences.

The inputs and reference dates come from microsoft/Recognizers-Text (MIT; read, no code copied):
``Specs/DateTime/English/DateParser.json``, ``DatePeriodParser.json``, ``DurationParser.json`` and
``SetParser.json``. Each case keeps the spec's expression and reference date inside a sentence
written for it (``# made``). Recognizers writes a range as one value ("(2016-11-11,2016-11-15,P4D)");
TimeML tags a range's two ends apart, so these tests expect two DATEs. What a BI user read wrong:
"Friday the 15th" was the Friday after the 15th with the day left out of the row, "the twenty
second of June" was 2 June, "the last week of 2015" was the week before the story, "4-22 January"
had no first day and "the week after next" no row at all.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_WEEKDAY_DAYS = [
    # DateParser.json "Friday the 15th", "Thursday the 21st" (reference 2017-09-27)
    ("Police said the shop was raided on Friday the 15th.", "2017-09-27",  # made
     [("Friday the 15th", "DATE", "2017-09-15")]),
    ("The central bank cut rates on Thursday the 21st, traders said.", "2017-09-27",  # made
     [("Thursday the 21st", "DATE", "2017-09-21")]),
    ("Shares slumped on Friday the 13th.", "1987-03-16", [("Friday the 13th", "DATE", "1987-03-13")]),  # made
    # DatePeriodParser.json "from Friday the 11th until Tuesday the 15th" (reference 2016-11-07)
    ("The exhibition runs from Friday the 11th until Tuesday the 15th.", "2016-11-07",  # made
     [("Friday the 11th", "DATE", "2016-11-11"), ("Tuesday the 15th", "DATE", "2016-11-15")]),
    # unchanged: an ordinal that counts a noun after the weekday (MEANTIME dev, TimeBank-AQUAINT dev wsj_0586)
    ("Apple announced on Tuesday the first generation of its new computers.", "2006-01-11",  # made
     [("Tuesday", "DATE", "2006-01-10")]),
    ("Frankfurt prices closed lower again Friday, the fourth decline this month.", "1989-10-30",  # made
     [("Friday", "DATE", "1989-10-27"), ("this month", "DATE", "1989-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _WEEKDAY_DAYS, ids=lambda v: str(v)[:30])
def test_round29_weekday_with_its_day_of_month(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # the day of the month fixes the date; the weekday alone pointed at the nearest such day
    assert _rows(text, dct) == rows


_SPOKEN_ORDINALS = [
    # DateParser.json "twenty second of June" (reference 2016-11-07)
    ("The rebels seized the town on the twenty second of June.", "2016-11-07",  # made
     [("the twenty second of June", "DATE", "2016-06-22")]),
    ("Ministers met on the twenty first of October.", "2016-11-07",  # made
     [("the twenty first of October", "DATE", "2016-10-21")]),
    # unchanged: the hyphenated form
    ("Ministers met on the twenty-first of October.", "2016-11-07",  # made
     [("the twenty-first of October", "DATE", "2016-10-21")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _SPOKEN_ORDINALS, ids=lambda v: str(v)[:30])
def test_round29_spoken_ordinal_day_with_a_space(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # "twenty second of June" was read as "second of June", the 2nd
    assert _rows(text, dct) == rows


_AFTER_NEXT = [
    # DatePeriodParser.json (reference 2016-11-07, ISO week 45)
    ("Parliament will vote on the bill the week after next.", "2016-11-07",  # made
     [("the week after next", "DATE", "2016-W47")]),
    ("The company plans to list its shares the year after next.", "2016-11-07",  # made
     [("the year after next", "DATE", "2018")]),
    ("The fund expects to close the month after next.", "2016-11-07",  # made
     [("the month after next", "DATE", "2017-01")]),
    ("Strikes are planned for the weekend after next.", "2016-11-07",  # made
     [("the weekend after next", "DATE", "2016-W47-WE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _AFTER_NEXT, ids=lambda v: str(v)[:30])
def test_round29_unit_after_next(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_WEEK_OF_YEAR = [
    # DatePeriodParser.json "last week of 2015", "first week of 2015" (reference 2017-11-20)
    ("Sales fell in the last week of 2015.", "2017-11-20", [("the last week of 2015", "DATE", "2015-W53")]),  # made
    ("Sales fell in the first week of 2015.", "2017-11-20", [("the first week of 2015", "DATE", "2015-W01")]),  # made
    ("Shipments rose in the second week of 2015.", "2017-11-20",  # made
     [("the second week of 2015", "DATE", "2015-W02")]),
    # "the third week of 2027" (reference 2016-11-07), "first week of this year" (reference 2017-11-17)
    ("The plant will reopen in the third week of 2027.", "2016-11-07",  # made
     [("the third week of 2027", "DATE", "2027-W03")]),
    ("Exports slowed in the first week of this year.", "2017-11-17",  # made
     [("the first week of this year", "DATE", "2017-W01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _WEEK_OF_YEAR, ids=lambda v: str(v)[:30])
def test_round29_week_counted_in_a_year(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # "the last week of 2015" was the week before the story plus the year 2015
    assert _rows(text, dct) == rows


_DAY_FIRST_RANGES = [
    # DatePeriodParser.json "from 4 to 22 January, 1995", "between 4-22 January, 1995"
    ("The conference ran from 4 to 22 January, 1995.", "2016-11-07",  # made
     [("4", "DATE", "1995-01-04"), ("22 January, 1995", "DATE", "1995-01-22")]),
    ("Talks were held between 4-22 January, 1995.", "2016-11-07",  # made
     [("4", "DATE", "1995-01-04"), ("22 January, 1995", "DATE", "1995-01-22")]),
    ("Talks are set for 10-12 March in Geneva.", "1987-03-02",  # made
     [("10", "DATE", "1987-03-10"), ("12 March", "DATE", "1987-03-12")]),
    ("The index fell between 1 and 3 March, dealers said.", "1987-03-10",  # made
     [("1", "DATE", "1987-03-01"), ("3 March", "DATE", "1987-03-03")]),
    # unchanged: counts and scores before a month are no days
    ("Prices rose 4-22 pct in January.", "1987-03-10", [("January", "DATE", "1987-01")]),  # made
    ("The team won 2-1 January 5.", "1987-03-10", [("January 5", "DATE", "1987-01-05")]),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _DAY_FIRST_RANGES, ids=lambda v: str(v)[:30])
def test_round29_day_range_before_its_month(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # each end of the range is a DATE, as "November 19-20" already was
    assert _rows(text, dct) == rows
