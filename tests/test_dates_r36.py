"""Round-36 TIMEX3 tests: schedules' hours, ranges across midnight, dashed 24-hour ranges.

What a BI user read wrong or missed in Reuters-21578: the hours of a recurring schedule ("would trade
from 0900 to 1315 CST", "the lunch break to 1115 to 1330 local time", a night session "between 1700
and 2100 hrs") were TIMEs on the story's day; TimeML writes a recurring time as a SET (each day at
that time, XXXX-XX-XXT09:00, as "every morning" is XXXX-XX-XXTMO). One day's hours stay TIMEs ("set
at tender on Monday March 9 between 0800 and 0830 GMT"). A range across midnight put its second end
on the first end's day and gave the first end no row; a dashed 24-hour range ("0900-1600 GMT") had
no row at all. Sentences are Reuters' (``# reuters``, with the story's date) or written for the form
(``# made``: Reuters-21578 writes no dashed 24-hour range and crosses midnight only in schedules).
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows

_SCHEDULES = [
    ('The contract, designated by the symbol "HF," would trade from 0900 to 1315 CST.', "1987-03-06",  # reuters
     [("0900", "SET", "XXXX-XX-XXT09:00", None), ("1315 CST", "SET", "XXXX-XX-XXT13:15", None)]),
    ("CBT bond futures continue to trade from 0800 to 1400 CST.", "1987-03-30",  # reuters
     [("0800", "SET", "XXXX-XX-XXT08:00", None), ("1400 CST", "SET", "XXXX-XX-XXT14:00", None)]),
    # the Friday is the turnover's, well after the hours
    ("The cut extends the lunch break to 1115 to 1330 local time (0315 to 0530 GMT) from 1115 to 1300 local "
     "time (0315 to 0500 GMT) and follows record turnover of 2.6 billion shares on Friday.", "1987-03-30",  # reuters
     [("1115", "SET", "XXXX-XX-XXT11:15", None), ("1330 local time", "SET", "XXXX-XX-XXT13:30", None),
      ("0530 GMT", "SET", "XXXX-XX-XXT05:30Z", None)]),
    ("CBT hopes to launch the first U.S. night trading session at the end of April, offering Treasury-bond and "
     "T-note futures and options on the two futures contracts between 1700 and 2100 hrs central U.S. time "
     "(2300 to 0300 hrs GMT).", "1987-03-19",  # reuters
     [("1700", "SET", "XXXX-XX-XXT17:00", None), ("2100 hrs", "SET", "XXXX-XX-XXT21:00", None),
      ("0300 hrs GMT", "SET", "XXXX-XX-XXT03:00Z", None)]),
    ("The CBT plans to offer futures on U.S. Treasury notes and bonds, and options on those futures, from 1800 "
     "to 2100 hrs Chicago time (2300 to 0200 gmt) on Mondays to Thursdays.", "1987-04-17",  # reuters
     [("1800", "SET", "XXXX-XX-XXT18:00", None), ("2100 hrs", "SET", "XXXX-XX-XXT21:00", None),
      ("0200 gmt", "SET", "XXXX-XX-XXT02:00Z", None)]),
    # a.m./p.m. ends too
    ("The CBOT evening session will run from 6:00 to 9:00 P.M. Chicago time (2300 to 0200 GMT), which is 8:00 "
     "to 11:00 A.M. In Tokyo.", "1987-04-09",  # reuters (shortened)
     [("6:00", "SET", "XXXX-XX-XXT18:00", None), ("9:00 P.M.", "SET", "XXXX-XX-XXT21:00", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _SCHEDULES, ids=lambda v: str(v)[:30])
def test_a_schedules_hours_are_a_set(text: str, dct: str, rows: list[tuple[str, str, str, str | None]]) -> None:
    got = _rows(text, dct)
    for row in rows:
        assert row in got, got


_ONE_DAY = [
    ("The amount will be set at tender on Monday March 9 between 0800 and 0830 GMT.", "1987-03-06",  # reuters
     [("0800", "TIME", "1987-03-09T08:00Z", None), ("0830 GMT", "TIME", "1987-03-09T08:30Z", None)]),
    ("Lifetime Corp said it will make an announcement this morning between 1000 EST and 1030 EST.", "1987-03-03",  # reuters
     [("1000 EST", "TIME", "1987-03-03T10:00", None), ("1030 EST", "TIME", "1987-03-03T10:30", None)]),
    # a session's hours on a named day are that day's
    ("The exchange said trading in the afternoon session was halted from 1400 to 1500 GMT yesterday.", "1987-03-06",  # made
     [("1400", "TIME", "1987-03-05T14:00Z", None), ("1500 GMT yesterday", "TIME", "1987-03-05T15:00Z", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _ONE_DAY, ids=lambda v: str(v)[:30])
def test_one_days_hours_stay_times(text: str, dct: str, rows: list[tuple[str, str, str, str | None]]) -> None:
    got = _rows(text, dct)
    for row in rows:
        assert row in got, got


def test_a_range_across_midnight_ends_on_the_next_day() -> None:
    # made: the second end lies on the day after the first
    got = _rows("Power will be cut between 2300 and 0300 GMT, the utility said.", "1987-03-19")
    assert ("2300", "TIME", "1987-03-19T23:00Z", None) in got, got
    assert ("0300 GMT", "TIME", "1987-03-20T03:00Z", None) in got, got
    # made: the day written after the range is the range's, the day its first end falls on
    got = _rows("The port will be closed between 2300 and 0300 GMT on Sunday.", "1987-03-19")
    assert ("2300", "TIME", "1987-03-22T23:00Z", None) in got, got
    assert ("0300 GMT on Sunday", "TIME", "1987-03-23T03:00Z", None) in got, got


def test_a_dashed_24_hour_range_has_both_ends() -> None:
    # made
    got = _rows("The port will be closed 0900-1600 GMT on Sunday, the harbour master said.", "1987-03-19")
    assert ("0900", "TIME", "1987-03-22T09:00Z", None) in got, got
    assert ("1600 GMT on Sunday", "TIME", "1987-03-22T16:00Z", None) in got, got
    # made: a schedule's, as the brief's "open from 0930 to 1600 hrs daily"
    got = _rows("The exchange will be open 0930-1600 hrs daily.", "1987-03-19")
    assert ("0930", "SET", "XXXX-XX-XXT09:30", None) in got, got
    assert ("1600 hrs", "SET", "XXXX-XX-XXT16:00", None) in got, got


def test_a_phone_number_and_a_rate_table_stay_untagged() -> None:
    # reuters: numbers after a dash that are no clock
    got = _rows("Callers dial a single telephone number, 0430-0010, ATT said.", "1987-03-04")
    assert not any(r[1] in ("TIME", "SET") for r in got), got
    got = _rows("dfl 73.61-71 esc 1.0690-0735 ffr 24.97-25.00", "1987-04-07")
    assert not any(r[1] in ("TIME", "SET") for r in got), got
