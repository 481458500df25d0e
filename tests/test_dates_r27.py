"""Round-27 TIMEX3 tests: clulab/timenorm's English checklist, run as news sentences.

The inputs and expected values come from clulab/timenorm (Apache-2.0; read, no code copied):
``src/test/scala/org/clulab/timenorm/scfg/TemporalExpressionParserTest.scala`` (inputs with an
anchor and a TimeML value), and ``src/test/scala/org/clulab/timenorm/scfg/SynchronousParserTest.scala``
(English to parse) with ``src/test/scala/org/clulab/timenorm/scfg/TemporalParseTest.scala`` (parse and
anchor to value). Each input sits in a sentence written for it (``# made``), dated with the anchor.
What a BI user read wrong: "a hundred fifty-five years" was a row of 55 years, "a thousand one
days" no row at all, "the year two thousand two hundred" the year 2002, and "Tuesday nights" one
past Tuesday. Where timenorm's units differ from TimeBank-AQUAINT dev gold (decades and centuries
as years there: "more than four decades ago" P40Y, "past decade" P10Y, "decades-long" PXY) the
tagger keeps the gold's form, so those cases are not here.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import parser

_TEPT = "2013-01-03"  # the anchor TemporalExpressionParserTest's number cases use

_COUNTS = [
    # TemporalExpressionParserTest "parses numbers": the words after hundred/thousand are the count's
    ("The meeting lasted a hundred six minutes.", "a hundred six minutes", "PT106M"),  # made
    ("The launch was delayed by a hundred twelve seconds.", "a hundred twelve seconds", "PT112S"),  # made
    ("The bank has operated for a hundred fifty-five years.", "a hundred fifty-five years", "P155Y"),  # made
    ("The rescue took two hundred seventeen hours.", "two hundred seventeen hours", "PT217H"),  # made
    ("The project ran six hundred eighty seven months.", "six hundred eighty seven months", "P687M"),  # made
    ("The siege lasted a thousand one days.", "a thousand one days", "P1001D"),  # made
    ("The siege lasted one thousand one days.", "one thousand one days", "P1001D"),  # made
    ("The siege lasted a thousand ten days.", "a thousand ten days", "P1010D"),  # made
    ("The siege lasted a thousand forty-two days.", "a thousand forty-two days", "P1042D"),  # made
    ("The siege lasted a thousand one hundred days.", "a thousand one hundred days", "P1100D"),  # made
    ("The siege lasted a thousand one hundred ten days.", "a thousand one hundred ten days", "P1110D"),  # made
    # British copy puts "and" after the hundred
    ("The firm has traded for two hundred and fifty years.", "two hundred and fifty years", "P250Y"),  # made
    # unchanged: a plain multiple, and a count under a hundred
    ("The siege lasted a thousand days.", "a thousand days", "P1000D"),  # made
    ("The strike lasted twenty four days.", "twenty four days", "P24D"),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value"), _COUNTS, ids=lambda v: str(v)[:30])
def test_round27_spelled_count_keeps_its_hundreds(text: str, surface: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(_TEPT), parser()(text))
    # one row covering the whole count, not a smaller count inside it
    assert [(t.text, t.type, t.value) for t in found] == [(surface, "DURATION", value)], found


_YEARS = [
    # TemporalExpressionParserTest "parses numbers": spoken years after two thousand
    ("The line will open in two thousand fifteen.", "two thousand fifteen", "2015"),  # made
    ("The vault is sealed until the year two thousand two hundred.", "the year two thousand two hundred", "2200"),  # made
    ("The vault is sealed until the year two thousand two hundred two.", "the year two thousand two hundred two",
     "2202"),  # made
    # unchanged: TimeBank-AQUAINT dev PRI19980205.2000.1998 writes "the year two thousand" as 2000
    ("The line will open in the year two thousand one.", "the year two thousand one", "2001"),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value"), _YEARS, ids=lambda v: str(v)[:30])
def test_round27_spoken_year(text: str, surface: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(_TEPT), parser()(text))
    assert [(t.text, t.type, t.value) for t in found] == [(surface, "DATE", value)], found


_NOT_YEARS = [
    "The jacket was marked down from two thousand two hundred dollars.",  # made
    "About two thousand people rallied in the square.",  # made
]


@pytest.mark.parametrize("text", _NOT_YEARS, ids=lambda v: v[:30])
def test_round27_spelled_amount_is_no_year(text: str) -> None:
    # a count without "the year" before it is an amount ("two thousand two" was the year 2002)
    assert extract_timexes(text, date.fromisoformat(_TEPT), parser()(text)) == []


_RECURRING = [
    # reuters-17003 (outside the evaluation sets): a weekly report's time, not the story's Tuesday
    ("The API report is usually released around 1700 EDT on Tuesday nights.", "1987-04-21",
     [("around 1700 EDT", "SET", "XXXX-WXX-2T17:00"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    # SynchronousParserTest "Thursday nights", TemporalParseTest's value for a weekday's night
    ("The show airs Tuesday nights.", "2012-12-12", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),  # made
    ("He went to church every Sunday morning.", "2012-12-12",
     [("every Sunday morning", "SET", "XXXX-WXX-7TMO")]),  # made
    # unchanged: one night is one day's part, and a clock time on one day keeps it
    ("The show aired Tuesday night.", "2012-12-12", [("Tuesday night", "DATE", "2012-12-11TNI")]),  # made
    ("Trading resumes at 9 a.m. on Tuesday.", "1987-04-21", [("9 a.m. on Tuesday", "TIME", "1987-04-21T09:00")]),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), _RECURRING, ids=lambda v: str(v)[:30])
def test_round27_weekday_parts_recur(
    text: str, dct: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    assert [(t.text, t.type, t.value) for t in found] == expected, found
    # a recurrence has no calendar days for a BI filter to match
    assert all(t.date_start is None for t in found if t.type == "SET"), found


def test_round27_weekly_clock_time_passes_the_value_check() -> None:
    # the landed row was quarantined: the value check knew no week date with a clock time
    from tasks.validate import TIMEX_VALUE

    assert TIMEX_VALUE["SET"].match("XXXX-WXX-2T17:00")
    # a week has no clock time without its day
    assert not TIMEX_VALUE["TIME"].match("1987-W17T17:00")


# -- a results table's "Nine mths" / "Six mths" heading: the months up to the table's closing day ---
# Reuters-21578 stories outside the evaluation sets, picked by sha256("dates27:" + NEWID).

_MONTHS_HEADING = [
    # reuters-15515: six months to March 31
    ("SEATTLE, April 9 - Qtr ends March 31 Shr one dlr vs 76 cts Net 11.9 mln vs 8,929,000 Six mths Shr 1.92 dlrs vs "
     "1.43 dlrs Net 22.8 mln vs 16.8 mln", "1987-04-09", "Six mths", ("P6M", date(1986, 10, 1), date(1987, 3, 31))),
    # reuters-12296: a fiscal half to February 28
    ("Toronto, April 1 - period ended February 28 Shr 26 cts vs 14 cts Net 28.4 mln vs 15.2 mln Revs 305.7 mln vs "
     "179.6 mln Six mths Shr 50 cts vs 28 cts Net 54.6 mln vs 30.3 mln", "1987-04-01", "Six mths",
     ("P6M", date(1986, 9, 1), date(1987, 2, 28))),
    # reuters-3785: nine months to January 31
    ("LONGMONT, Colo., March 11 - Qtr ends Jan 31 Shr four cts vs 12 cts Net 102,508 vs 264,910 Revs 2,278,083 vs "
     "2,536,312 Nine mths Shr 18 cts vs 15 cts Net 489,253 vs 404,877", "1987-03-11", "Nine mths",
     ("P9M", date(1986, 5, 1), date(1987, 1, 31))),
    # reuters-20443: only the title ("3RD QTR NET") dates the table, so no days are guessed
    ("BALTIMORE, Oct 20 - Shr 99 cts vs 77 cts Net 12.7 mln vs 9,736,000 Avg shrs 12.8 mln vs 12.7 mln Nine mths "
     "Shr 2.67 dlrs vs 2.30 dlrs Net 34.0 mln vs 29.1 mln", "1987-10-20", "Nine mths", ("P9M", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dct", "surface", "expected"), _MONTHS_HEADING, ids=lambda v: str(v)[:24]
)
def test_round27_months_heading_spans_to_the_closing_day(
    text: str, dct: str, surface: str, expected: tuple[str, date | None, date | None]
) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    got = [
        (t.value, t.date_start, t.date_end)
        for t in found
        if t.text == surface and t.type == "DURATION"
    ]
    # a BI user filtering the figures by date finds the months they cover
    assert got == [expected], [(t.text, t.type, t.value, t.date_start, t.date_end) for t in found]


def test_round27_months_in_a_note_are_a_plain_count() -> None:
    # reuters-20443's note: "in nine mths" restates the heading's count; it is no heading of its own
    text = (
        "NOTE: Net includes pretax securities gains 16,000 dlrs vs 228,000 dlrs in quarter and 48,000 dlrs vs "
        "1,673,000 dlrs in nine mths."
    )
    found = extract_timexes(text, date(1987, 10, 20), parser()(text))
    assert [(t.text, t.value, t.date_start) for t in found if "mths" in t.text] == [
        ("nine mths", "P9M", None)
    ], found


def test_round27_weekly_clock_time_keeps_its_approximation() -> None:
    # reuters-17003: "around" stays in the span and the value, as for a clock time on one day
    text = "The API report is usually released around 1700 EDT on Tuesday nights."
    found = extract_timexes(text, date(1987, 4, 21), parser()(text))
    assert [(t.text, t.mod) for t in found if t.type == "SET"] == [
        ("around 1700 EDT", "APPROX"),
        ("Tuesday nights", None),
    ]
