"""Round-31 TIMEX3 tests: the rest of Microsoft Recognizers-Text's English DateTime specs, run as news sentences.

The inputs come from microsoft/Recognizers-Text (MIT; read, no code copied):
``Specs/DateTime/English/TimePeriodParser.json`` and ``DateTimeParser.json`` (second halves),
``DateTimeModel.json`` (pages 4-7) and round 30's list of forms left over. Each case keeps the
spec's expression inside a sentence written for it (``# made``). What a BI user read wrong:
"half past eight" and "seven thirty pm" had no row, "a quarter to seven" was a three-month
duration, "from 5 to 6 pm" dated only its second end, "from 1 p.m. to 4" only its first,
"23-Sep-2020" was the year 2020 and "7:56:30 pm" lost its hour.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_SPOKEN_CLOCK = [
    ("Polling stations open at half past eight, officials said.", "2016-11-07",  # made (round 30's list)
     [("half past eight", "TIME", "2016-11-07T08:30")]),
    ("The ferry left Dover at a quarter to seven.", "2016-11-07",  # made
     [("a quarter to seven", "TIME", "2016-11-07T06:45")]),
    ("The statement was issued at seven thirty pm.", "2016-11-07",  # made
     [("seven thirty pm", "TIME", "2016-11-07T19:30")]),
    ("Fighting broke out at a quarter to 8 in the morning.", "2016-11-07",  # made
     [("a quarter to 8 in the morning", "TIME", "2016-11-07T07:45")]),
    ("Talks resumed at half past 8pm after a break.", "2016-11-07",  # made
     [("half past 8pm", "TIME", "2016-11-07T20:30")]),
    ("The alarm sounded at three minutes to eight.", "2016-11-07",  # made
     [("three minutes to eight", "TIME", "2016-11-07T07:57")]),
    ("Voting begins at a quarter to seven tomorrow.", "2016-11-07",  # made
     [("a quarter to seven tomorrow", "TIME", "2016-11-08T06:45")]),
    # unchanged: a fraction of an amount or of a reporting period is no clock time
    ("Profits were cut by half to 39 mln dlrs.", "1987-03-16", []),  # made
    ("Sales grew in the quarter to 398.1 mln dlrs.", "1987-03-16",  # made
     [("the quarter", "DATE", "1986-Q4")]),
    ("Dealers said prices fell 20 minutes after the news.", "1987-03-16",  # made
     [("20 minutes", "DURATION", "PT20M")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _SPOKEN_CLOCK, ids=lambda v: str(v)[:30])
def test_round31_spoken_clock_times(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_CLOCK_RANGES = [
    ("A curfew will run from 5 to 6 pm.", "2016-11-07",  # made (round 30's list)
     [("5", "TIME", "2016-11-07T17:00"), ("6 pm", "TIME", "2016-11-07T18:00")]),
    ("Polls are open between 5 and 6pm.", "2016-11-07",  # made
     [("5", "TIME", "2016-11-07T17:00"), ("6pm", "TIME", "2016-11-07T18:00")]),
    ("Shops open from 11 to 1 pm on Saturday.", "2016-11-07",  # made: the first end is before noon
     [("11", "TIME", "2016-11-05T11:00"), ("1 pm on Saturday", "TIME", "2016-11-05T13:00")]),
    ("The hearing lasted from 1:30 pm to 3:30.", "2017-12-01",  # made (TimePeriodParser.json)
     [("1:30 pm", "TIME", "2017-12-01T13:30"), ("3:30", "TIME", "2017-12-01T15:30")]),
    ("The talks ran from 1 p.m. to 4.", "2016-11-07",  # made
     [("1 p.m.", "TIME", "2016-11-07T13:00"), ("4", "TIME", "2016-11-07T16:00")]),
    # unchanged: a count after the range is no clock time
    ("The talks ran from 1 p.m. to 4 hours later.", "2016-11-07",  # made
     [("1 p.m.", "TIME", "2016-11-07T13:00"), ("4 hours", "DURATION", "PT4H")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _CLOCK_RANGES, ids=lambda v: str(v)[:30])
def test_round31_clock_range_with_one_meridiem(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    # TimeML tags each end of a range; the end written without a.m./p.m. takes the other's
    assert _rows(text, dct) == rows


_DASHED_AND_SECONDS = [
    ("The bonds are due Sep-23-2020, the filing said.", "2016-11-07",  # made (round 30's list)
     [("Sep-23-2020", "DATE", "2020-09-23")]),
    ("The bonds are due 23/Sep/2020.", "2016-11-07", [("23/Sep/2020", "DATE", "2020-09-23")]),  # made
    ("The notes mature 23-SEP-2020.", "2016-11-07", [("23-SEP-2020", "DATE", "2020-09-23")]),  # made
    ("The quake struck at 7:56:30 pm local time.", "2016-11-07",  # made (TimeParser.json)
     [("7:56:30 pm local time", "TIME", "2016-11-07T19:56:30")]),
    ("The bomb went off at 8:00:24 pm on April 21, 2016.", "2016-11-07",  # made (DateTimeParser.json)
     [("8:00:24 pm on April 21, 2016", "TIME", "2016-04-21T20:00:24")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _DASHED_AND_SECONDS, ids=lambda v: str(v)[:30])
def test_round31_dashed_month_dates_and_seconds(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows
