"""Round-32 TIMEX3 tests: round 31's leftovers and pages 8-12 of Recognizers-Text's DateTimeModel.json.

The spec inputs come from microsoft/Recognizers-Text (MIT; read, no code copied):
``Specs/DateTime/English/DateTimeModel.json``, offsets 112,000-192,000. Each case keeps the
spec's expression inside a sentence written for it (``# made``) or quotes Reuters-21578 wire
copy outside the evaluation sets (``# reuters-NNNN``). What a BI user read wrong: "next week on
Tuesday" was this week's Tuesday, "9-11 a.m." had no row, "later in the year" no row, "Dec. 31 ,
1994" two rows, "closed on New Year's Day" in November the coming one, "18 and 19 June" only its
second day and "Nov 18-Dec 19, 2015" its first day in the story's year and no second day.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_WEEK_THEN_DAY = [
    ("The minister will visit Paris next week on Tuesday.", "2016-11-07",  # made (round 31's list)
     [("next week", "DATE", "2016-W46"), ("Tuesday", "DATE", "2016-11-15")]),
    ("Prices fell last week on Monday, dealers said.", "2016-11-09",  # made
     [("last week", "DATE", "2016-W44"), ("Monday", "DATE", "2016-10-31")]),
    ("The vote is on Monday of the following week.", "2018-07-31",  # made (DateTimeModel.json)
     [("Monday of the following week", "DATE", "2018-08-06")]),
    # unchanged: a day's possessive after the week names its own event
    ("Prices fell 5 pct last week Monday's report showed.", "2016-11-09",  # made
     [("last week", "DATE", "2016-W44"), ("Monday", "DATE", "2016-11-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _WEEK_THEN_DAY, ids=lambda v: str(v)[:30])
def test_round32_weekday_after_its_week(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, dct) == rows


_DASHED_CLOCK_RANGE = [
    # a present "are open ... on Sunday" is the coming Sunday (round 34's scheduled-day rule)
    ("Polls are open from 9-11 a.m. on Sunday.", "2016-11-07",  # made (round 31's list)
     [("9", "TIME", "2016-11-13T09:00"), ("11 a.m. on Sunday", "TIME", "2016-11-13T11:00")]),
    ("Polling runs 7:30-9:30 p.m. tonight.", "2016-11-07",  # made
     [("7:30", "TIME", "2016-11-07T19:30"), ("9:30 p.m.", "TIME", "2016-11-07T21:30"), ("tonight", "TIME", "2016-11-07TNI")]),
    # unchanged: a score or a range of amounts before a part of the day is no clock time
    ("The Bruins beat the Rangers 3-2 in the afternoon game.", "1987-03-02",  # made
     [("the afternoon", "TIME", "1987-03-02TAF")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _DASHED_CLOCK_RANGE, ids=lambda v: str(v)[:30])
def test_round32_dashed_clock_range(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_LATER_IN_THE_UNIT = [
    ("The outlook for bonds also is less favorable later in the year since both inflation and interest rates may be edging up.",
     "1987-03-30", [("the year", "DATE", "1987")]),  # reuters-11083
    ("Rates could ease later in the week as bank customers deposit part of their pension payments.",
     "1987-03-30", [("the week", "DATE", "1987-W14")]),  # reuters-10741 (a Monday)
    ("Gaming began last Thursday on a regular basis after test gaming was completed earlier in the week.",
     "1987-04-08", [("last Thursday", "DATE", "1987-04-02"), ("the week", "DATE", "1987-W14")]),  # reuters-15226
    ("Rains in the middle of last week reached 27 millimetres in parts of Buenos Aires province. However, as the lands"
     " began drying later in the week harvesting advanced considerably.", "1987-04-08",  # reuters-15043
     [("the middle of last week", "DATE", "1987-W14"), ("the week", "DATE", "1987-W14")]),
    ("In 1985 the company sold its unit and later in the year it bought another.", "2016-11-07",  # made
     [("1985", "DATE", "1985"), ("the year", "DATE", "1985")]),
    ("In January exports rose, but later in the month they fell.", "2016-11-07",  # made
     [("January", "DATE", "2016-01"), ("the month", "DATE", "2016-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _LATER_IN_THE_UNIT, ids=lambda v: str(v)[:30])
def test_round32_later_in_the_unit(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # as TimeBank tags "later in the day": "the year" is the year in focus, the DCT's by default
    assert _rows(text, dct) == rows


_DAY_RANGES = [
    ("DCNY said the dividend is payable April 15, 1987 to shareholders of record April 1 , 1987.", "1987-03-18",
     [("April 15, 1987", "DATE", "1987-04-15"), ("April 1 , 1987", "DATE", "1987-04-01")]),  # reuters-6635
    ("The suit claimed that Boesky bought 95,300 FMC shares between February 18 and February 21, 1986.", "1987-04-13",
     [("February 18", "DATE", "1986-02-18"), ("February 21, 1986", "DATE", "1986-02-21")]),  # reuters-16596
    ("The wheat flour is for delivery May 15-June 15, 1987, the department said.", "1987-04-08",
     [("May 15", "DATE", "1987-05-15"), ("June 15, 1987", "DATE", "1987-06-15")]),  # reuters-15271
    ("The show ran in Seoul Nov 18-Dec 19, 2015.", "2018-10-24",  # made (DateTimeModel.json)
     [("Nov 18", "DATE", "2015-11-18"), ("Dec 19, 2015", "DATE", "2015-12-19")]),
    ("The offer runs from Nov 18 to Jan 5, 1988.", "1987-03-02",  # made: the range runs over New Year
     [("Nov 18", "DATE", "1987-11-18"), ("Jan 5, 1988", "DATE", "1988-01-05")]),
    ("Talks were held on 18 and 19 June, the ministry said.", "2018-08-29",  # made (DateTimeModel.json)
     [("18", "DATE", "2018-06-18"), ("19 June", "DATE", "2018-06-19")]),
    # unchanged: a dateline's spaced dash opens the story, it closes no range
    ("LOS ANGELES, March 23 - March 31, 1986 end Shr loss seven cts vs loss 11 cts", "1987-03-23",  # reuters-8219
     [("March 23", "DATE", "1987-03-23"), ("March 31, 1986", "DATE", "1986-03-31")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _DAY_RANGES, ids=lambda v: str(v)[:30])
def test_round32_day_ranges_and_spaced_comma(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, dct) == rows


_HOLIDAYS_FAR = [
    ("The plant was closed on New Year's Day after the fire.", "2016-11-07",  # made (round 31's list)
     [("New Year's Day", "DATE", "2016-01-01")]),
    ("He plans to leave before Independence Day.", "2018-07-24",  # made (DateTimeModel.json)
     [("Independence Day", "DATE", "2019-07-04")]),
    ("A parade is planned on Independence Day of this year.", "2018-07-17",  # made (DateTimeModel.json)
     [("Independence Day", "DATE", "2018-07-04"), ("this year", "DATE", "2018")]),
    # unchanged: a break "for" a feast looks ahead; "by" cues no plan in a note on figures
    ("The company broke for Easter, it said.", "1987-03-02", [("Easter", "DATE", "1987-04-19")]),  # made
    ("Note: week ago figures reduced by Memorial Day holiday.", "1987-06-01",  # reuters-17512
     [("Memorial Day", "DATE", "1987-05-25")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _HOLIDAYS_FAR, ids=lambda v: str(v)[:30])
def test_round32_holiday_beyond_ten_months(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    # the tense decides within ten months; an act done on the day (or planned before it) decides within a year
    assert _rows(text, dct) == rows
