"""Round-38 TIMEX3 tests: web bylines' named zones and a clock written before a day-first date.

What a BI user read wrong in web news (EventStoryLine's ECB+ dev stories, every timex read against
TimeML in ``tests/fixtures/esc_dev_timex_read.csv``): an Indian or British byline's zone ("November 11,
2011 20:09 IST", "July 21, 2013, 2:21 pm BST") was cut off the time, where TimeML keeps a time's zone
in its extent ("5 p.m. EST Nov. 9") and the value stays the local time; and a clock before a day-first
date ("02:07 EST, 2 MAY 2013", round 37's leftover) fell on the story's date, with the date a row of
its own (or only its "2013"). Sentences are ECB+ web news (``# esc``), Reuters-21578's (``# reuters``)
or made in the byline's form (``# made``).
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows

_ZONED = [
    ("Updated: November 11, 2011 20:09 IST", "2011-11-11",  # esc
     ("November 11, 2011 20:09 IST", "TIME", "2011-11-11T20:09", None)),
    ("Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested\nUpdated: November 11, 2011 18:50 IST",
     "2011-11-11",  # esc
     ("November 11, 2011 18:50 IST", "TIME", "2011-11-11T18:50", None)),
    ("Major fire at Waitrose in Wellington\nJuly 21, 2013, 2:21 pm BST", "2013-07-21",  # esc
     ("July 21, 2013, 2:21 pm BST", "TIME", "2013-07-21T14:21", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "row"), _ZONED, ids=lambda v: str(v)[:30])
def test_a_named_zone_is_part_of_the_time(text: str, dct: str, row: tuple[str, str, str, str | None]) -> None:
    got = _rows(text, dct)
    assert got == [row], got


_CLOCK_BEFORE_DAY_FIRST = [
    ("PUBLISHED: 18:44 EST, 25 OCTOBER 2011 | UPDATED: 08:57 EST, 26 OCTOBER 2011", "2011-10-25",  # made
     [("18:44 EST, 25 OCTOBER 2011", "TIME", "2011-10-25T18:44", None),
      ("08:57 EST, 26 OCTOBER 2011", "TIME", "2011-10-26T08:57", None)]),
    # the all-caps "MAY" is a month here: its day and year are written with it
    ("PUBLISHED: 02:07 EST, 2 MAY 2013", "2013-05-03",  # made
     [("02:07 EST, 2 MAY 2013", "TIME", "2013-05-02T02:07", None)]),
    ("Last Updated: 08:05, Monday 16 September 2013", "2013-09-16",  # made
     [("08:05, Monday 16 September 2013", "TIME", "2013-09-16T08:05", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _CLOCK_BEFORE_DAY_FIRST, ids=lambda v: str(v)[:30])
def test_a_clock_before_a_day_first_date_is_one_time(text: str, dct: str, rows: list[tuple[str, str, str, str | None]]) -> None:
    assert _rows(text, dct) == rows


_GUARDS = [
    # esc: the date alone stays a date
    ("Monday 16 September 2013", "2013-09-16", [("Monday 16 September 2013", "DATE", "2013-09-16", None)]),
    # reuters: a clock before a month-first day is read as before
    ("Offers must be received by 1300 CDT April 7, and successful offerors will be notified.", "1987-04-02",
     [("1300 CDT April 7", "TIME", "1987-04-07T13:00", None)]),
    # reuters: a clock its GMT restates keeps its own zone and day
    ("The exchange said the problem affected prices from 1456 CST (2056 GMT).", "1987-03-23",
     [("1456 CST", "TIME", "1987-03-23T14:56", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _GUARDS, ids=lambda v: str(v)[:30])
def test_forms_read_before_stay(text: str, dct: str, rows: list[tuple[str, str, str, str | None]]) -> None:
    assert _rows(text, dct) == rows
