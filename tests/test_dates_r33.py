"""Round-33 TIMEX3 tests: Stanford CoreNLP's SUTime integration tests as a checklist.

The inputs come from stanfordnlp/CoreNLP (GPL; read, no code copied): ``SUTimeITest.java`` and
``SUTimeRuleBehaviorITest.java`` under itest/src/edu/stanford/nlp/time. Each case keeps the
test's sentence and reference date (``# sutime``) or writes a sentence for its expression
(``# made``). Where SUTime's convention differs from TimeBank-AQUAINT dev gold's, the gold's form
is expected (a clock time written after its day is a row of its own). What a BI user read wrong:
"eleven o'clock in the evening" was 11:00 with "the evening" apart, "eleven in the morning" only
"the morning", "8 p.m. last Tuesday" the document date's 8 p.m., and "18 Sep '05" in 2009 was 1905.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_SPOKEN_HOUR_AND_PART_OF_DAY = [
    ("It happened at eleven in the morning.", "1998-04-17",  # sutime
     [("eleven in the morning", "TIME", "1998-04-17T11:00")]),
    ("It happened at eleven in the morning on Tuesday.", "1998-04-17",  # sutime
     [("eleven in the morning on Tuesday", "TIME", "1998-04-14T11:00")]),
    ("The launch is set for the fourteenth of June 2010 at eleven o'clock in the evening.", "2009-08-12",  # sutime (framed)
     [("the fourteenth of June 2010", "DATE", "2010-06-14"), ("eleven o'clock in the evening", "TIME", "2010-06-14T23:00")]),
    ("The fire broke out at 11 o'clock at night.", "2009-08-12",  # made
     [("11 o'clock at night", "TIME", "2009-08-12T23:00")]),
    ("Police said the blast came at two o'clock at night.", "2009-08-12",  # made
     [("two o'clock at night", "TIME", "2009-08-12T02:00")]),
    # unchanged: a count before a part of the day is no clock time
    ("He won one in the morning session.", "2009-08-12",  # made
     [("the morning", "TIME", "2009-08-12TMO")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dct", "rows"), _SPOKEN_HOUR_AND_PART_OF_DAY, ids=lambda v: str(v)[:30]
)
def test_round33_spoken_hour_with_part_of_day(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, dct) == rows


_CLOCK_BEFORE_NAMED_WEEKDAY = [
    ("Prices fell at 8 p.m. last Tuesday.", "2011-06-03",  # sutime (testResolve3, framed)
     [("8 p.m. last Tuesday", "TIME", "2011-05-31T20:00")]),
    ("Talks resume at noon next Monday.", "2011-06-03",  # sutime (testResolve3, framed)
     [("noon next Monday", "TIME", "2011-06-06T12:00")]),
    ("They met at ten in the morning last Friday.", "2011-06-03",  # made
     [("ten in the morning last Friday", "TIME", "2011-05-27T10:00")]),
    # unchanged: the day alone already dated the time
    ("Prices fell at 8 p.m. Tuesday.", "2011-06-03",  # made
     [("8 p.m. Tuesday", "TIME", "2011-05-31T20:00")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dct", "rows"), _CLOCK_BEFORE_NAMED_WEEKDAY, ids=lambda v: str(v)[:30]
)
def test_round33_clock_before_last_or_next_weekday(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, dct) == rows


_APOSTROPHE_YEAR = [
    ("The meeting is scheduled for 09/18/05 or 18 Sep '05.", "2009-08-12",  # sutime
     [("09/18/05", "DATE", "2005-09-18"), ("18 Sep '05", "DATE", "2005-09-18")]),
    ("The plant closed on May 7, '05.", "2009-08-12",  # made
     [("May 7, '05", "DATE", "2005-05-07")]),
    # unchanged: 1987 copy's "'86" is 1986
    ("The contract expired on Dec 18 '86.", "1987-03-12",  # made
     [("Dec 18 '86", "DATE", "1986-12-18")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _APOSTROPHE_YEAR, ids=lambda v: str(v)[:30])
def test_round33_apostrophe_year_nearest_the_dct(
    text: str, dct: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, dct) == rows


_ROUND32_LEFTOVERS = [
    ("The minister arrives Wednesday evening next week.", "2016-11-07",  # made (round 32's list)
     [("Wednesday evening next week", "DATE", "2016-11-16TEV")]),
    ("Shares fell Monday morning last week.", "2016-11-07",  # made
     [("Monday morning last week", "DATE", "2016-10-31TMO")]),
    ("The launch is at twenty minutes past five tomorrow morning.", "2016-11-07",  # made (round 32's list)
     [("twenty minutes past five tomorrow morning", "TIME", "2016-11-08T05:20")]),
    ("The launch is at twenty minutes past five tomorrow evening.", "2016-11-07",  # made
     [("twenty minutes past five tomorrow evening", "TIME", "2016-11-08T17:20")]),
    ("Prices rose from Sept to Nov, dealers said.", "2016-11-07",  # made (round 32's list)
     [("Sept", "DATE", "2016-09"), ("Nov", "DATE", "2016-11")]),
    ("Prices rose between Jan and March.", "2016-11-07",  # made
     [("Jan", "DATE", "2016-01"), ("March", "DATE", "2016-03")]),
    ("Trading ends at 10 a.m. Tuesday morning.", "2016-11-07",  # made: a marked clock keeps its half
     [("10 a.m. Tuesday morning", "TIME", "2016-11-08T10:00")]),
    # unchanged: a short month name alone stays untagged (a table heading or a name as often)
    ("Prices rose in Sept.", "2016-11-07", []),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _ROUND32_LEFTOVERS, ids=lambda v: str(v)[:30])
def test_round33_round32_leftovers(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows


_THIS_COMING = [
    ("Talks resume this coming Monday.", "2011-06-03",  # sutime (testResolve2, framed)
     [("this coming Monday", "DATE", "2011-06-06")]),
    ("Talks resume this coming week.", "1988-01-16",  # sutime (testResolve2, framed)
     [("this coming week", "DATE", "1988-W03")]),
    # unchanged: "the coming week" is the DURATION dev gold writes
    ("Talks resume in the coming week.", "2011-06-03",  # made
     [("the coming week", "DURATION", "P1W")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _THIS_COMING, ids=lambda v: str(v)[:30])
def test_round33_this_coming(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows
