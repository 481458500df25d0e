"""Round-35 TIMEX3 tests: the brief's leftovers that occur in Reuters-21578.

What a BI user read wrong or missed: "in late afternoon trading", "by late morning", "in the early
afternoon" had no row (only "mid-afternoon" had one); the first end of a 24-hour clock range
("between 1700 and 2100 hrs central U.S. time") had none; "1130 hrs GMT Tuesday" in a "will" clause
whose second verb the parser hangs on a past relative clause, and "from midnight on Sunday" hung on
a long chain of prepositions, were dated last week. Sentences are Reuters' (``# reuters``, with the
story's date) or written for the form (``# made``).
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows
from tests.helpers import timex_rows_test

_PARTS_OF_DAY = [
    ("BAT shares were down at 524p in late afternoon trading after a previous 535p close.", "1987-03-25",  # reuters
     ("late afternoon", "TIME", "1987-03-25TAF", "END")),
    ("Brokers said the market was steady early this morning but began to slip marginally by late morning as "
     "rumours of a new issue circulated.", "1987-03-05",  # reuters
     ("late morning", "TIME", "1987-03-05TMO", "END")),
    ("TOKYO, April 1 - The Bank of Japan intervened in the market in the early afternoon, buying dollars around "
     "147.30 yen and continuing to buy them.", "1987-04-01",  # reuters
     ("the early afternoon", "TIME", "1987-04-01TAF", "START")),
    # the article before "early morning" is the attack's, outside the time
    ("A spokeswoman for the company said that the early morning dynamite attack was the 31st in the last nine "
     "months on the pipeline.", "1987-04-03",  # reuters
     ("early morning", "TIME", "1987-04-03TMO", "START")),
]


test_early_and_late_parts_of_the_day = timex_rows_test(_PARTS_OF_DAY)


def test_mid_afternoon_is_unchanged() -> None:
    # reuters: round 5's form keeps its MID
    rows = _rows("By mid afternoon, official Serb sources were saying the forces had withdrawn.", "1998-03-06")
    assert ("mid afternoon", "TIME", "1998-03-06TAF", "MID") in rows


_CLOCK_RANGES = [
    ("The CBT plans to launch the first U.S. night trading session, offering Treasury-bond and T-note futures "
     "between 1700 and 2100 hrs central U.S. time.", "1987-03-19",  # reuters (shortened)
     # round 36: a night session's hours recur, so both ends are SETs
     [("1700", "SET", "XXXX-XX-XXT17:00", None), ("2100 hrs", "SET", "XXXX-XX-XXT21:00", None)]),
    ("The amount will be set at tender on Monday March 9 between 0800 and 0830 GMT.", "1987-03-06",  # reuters
     [("0800", "TIME", "1987-03-09T08:00Z", None), ("0830 GMT", "TIME", "1987-03-09T08:30Z", None)]),
    # "hours" after "between 0700 and" is a clock too, and takes its zone
    ("The amount will be set at tender on April 3 between 0700 and 0730 hours GMT.", "1987-04-02",  # reuters
     [("0700", "TIME", "1987-04-03T07:00Z", None), ("0730 hours GMT", "TIME", "1987-04-03T07:30Z", None)]),
]


@pytest.mark.parametrize(("text", "dct", "rows"), _CLOCK_RANGES, ids=lambda v: str(v)[:30])
def test_both_ends_of_a_24_hour_range(text: str, dct: str, rows: list[tuple[str, str, str, str | None]]) -> None:
    got = _rows(text, dct)
    for row in rows:
        assert row in got


def test_a_restated_range_in_brackets_and_a_midnight_crossing_get_no_first_end() -> None:
    # reuters: "(0315 to 0530 GMT)" restates the local range; "2300 to 0300" crosses midnight
    got = _rows("The cut extends the lunch break to 1115 to 1330 local time (0315 to 0530 GMT).", "1987-03-30")
    assert ("1115", "SET", "XXXX-XX-XXT11:15", None) in got  # round 36: a lunch break's hours recur
    assert not any(r[0] == "0315" for r in got)
    got = _rows("The session runs between 1700 and 2100 hrs central U.S. time (2300 to 0300 hrs GMT).", "1987-03-19")
    assert not any(r[0] == "2300" for r in got)


def test_hours_counted_stay_untagged() -> None:
    # made: "logged 1500 hours" counts hours; no range prepositions before it
    assert _rows("The crew logged 1200 hours and 1500 hours last year.", "1987-03-30") == [
        ("last year", "DATE", "1986", None)
    ]


_AHEAD = [
    ('ICCO Executive Director Kobena Erbynn will draw up what some delegates called a "pre-compromise" and '
     "present it to the buffer stock working group at 1130 hrs GMT Tuesday, they said.", "1987-03-16",  # reuters
     ("1130 hrs GMT Tuesday", "TIME", "1987-03-17T11:30Z", None)),
    ("A Harbour Employees Workers' Union spokesman told reporters there will be no ship movements in and out of "
     "ports from midnight on Sunday (1200 hrs GMT March 15).", "1987-03-13",  # reuters
     ("midnight on Sunday", "TIME", "1987-03-15T24:00", None)),
    ("Traders said that speculation that the company will announce a stock split and dividend increase at its "
     "board meeting on Thursday, encouraged the buying.", "1987-04-07",  # reuters
     ("Thursday", "DATE", "1987-04-09", None)),
]


test_days_in_a_will_clause_lie_ahead = timex_rows_test(_AHEAD)


def test_a_month_before_a_noun_keeps_its_year() -> None:
    # reuters (shortened): a month written before its noun keeps the short climb to a verb
    text = ("Britain wants Japan to agree a timetable for work towards joint rules on capital adequacy for banks "
            "along the lines of a January outline agreement between the U.S and the U.K.")
    assert ("January", "DATE", "1987-01", None) in _rows(text, "1987-03-13")
