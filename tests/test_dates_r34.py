"""Round-34 TIMEX3 tests: round 33's leftovers that occur in Reuters-21578.

What a BI user read wrong: a present-tense schedule ("the meeting is set for Saturday", "the first
round is on Sunday") gave last week's day, "next weekend" on a weekday gave this week's weekend,
and a four-digit clock spelled with "hours" ("reconvened at 1650 hours local time") had no row.
Sentences are Reuters' (``# reuters``, with the story's date) or written for the form (``# made``).
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes as _rows

_CASES = [
    ('"The meeting is set for Saturday but could also continue on Sunday," he said.', "1987-03-18",  # reuters
     [("Saturday", "DATE", "1987-03-21"), ("Sunday", "DATE", "1987-03-22")]),
    ("The first round is on Sunday, the second on April 26.", "1987-04-09",  # reuters
     [("Sunday", "DATE", "1987-04-12"), ("April 26", "DATE", "1987-04-26")]),
    ("He said private mediation talks are set for Monday.", "1987-04-24",  # reuters
     [("Monday", "DATE", "1987-04-27")]),
    ("The concert is Friday.", "1995-07-20",  # made (SUTime's example)
     [("Friday", "DATE", "1995-07-21")]),
    # unchanged: a past "be", and a present one whose day is a starting point
    ("The meeting was on Tuesday.", "1987-03-18",  # made
     [("Tuesday", "DATE", "1987-03-17")]),
    ("Prices are unchanged from Friday.", "1987-03-18",  # made
     [("Friday", "DATE", "1987-03-13")]),
    ("The shows debut this Sunday, and another, next weekend.", "1987-04-03",  # reuters (shortened)
     [("this Sunday", "DATE", "1987-04-05"), ("next weekend", "DATE", "1987-W15-WE")]),
    ("They will meet next weekend.", "1995-07-18",  # made (a Tuesday)
     [("next weekend", "DATE", "1995-W30-WE")]),
    ("They met this weekend and will meet again next weekend.", "1995-07-22",  # made (a Saturday)
     [("this weekend", "DATE", "1995-W29-WE"), ("next weekend", "DATE", "1995-W30-WE")]),
    ("A full council meeting was set for 1900 hours for a progress report, delegates said.", "1987-03-02",  # reuters
     [("1900 hours", "TIME", "1987-03-02T19:00")]),
    ("The ICO executive board reconvened at 1650 hours local time to hear a report.", "1987-04-01",  # reuters
     [("1650 hours local time", "TIME", "1987-04-01T16:50")]),
    # unchanged: hours counted
    ("The pilot logged 1500 hours in the air.", "1987-04-01",  # made
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "rows"), _CASES, ids=lambda v: str(v)[:30])
def test_round34(text: str, dct: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text, dct) == rows
