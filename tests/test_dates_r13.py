"""Round-13 TIMEX3 tests: a coverage audit against Duckling's English time corpus (facebook/duckling,
BSD-3: ``Duckling/Time/EN/Corpus.hs``, ``Duckling/Time/EN/US/Corpus.hs`` and
``Duckling/Time/EN/GB/Corpus.hs``), used as a checklist of inputs and the values they must resolve to.
Constructions were fixed in the order of how often they occur in Reuters-21578 (the evaluation
stories left out) and TimeBank-AQUAINT dev text.

Texts are real Reuters-21578 sentences with their story's date; a Duckling input set in a carrier
sentence is marked ``# made``. ``None`` as the expected value means the surface must not be tagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import Expected, check_timex

# -- a day name in lower case ----------------------------------------------------------------------
# Duckling reads "monday", "thursday"; Latin American and commodity copy on the wire writes them so
# (32 times in Reuters-21578). Unlike "july" (a futures contract), a lower-case day is the day.

_LOWER_WEEKDAYS = [
    ("Reagan will address the nation wednesday night in response to the Tower Commission's report.",
     "1987-03-02", "wednesday night", ("DATE", "1987-03-04TNI", None)),
    ("Neira stepped down last thursday.", "1987-03-23", "last thursday", ("DATE", "1987-03-19", None)),
    ("Peru adopted the move on tuesday in an bid to stablilise the price of silver bullion.", "1987-04-24",
     "tuesday", ("DATE", "1987-04-21", None)),
    ("He did not say if the meeting would continue beyond friday.", "1987-03-18", "friday",
     ("DATE", "1987-03-20", None)),
]  # fmt: skip


# -- a week, weekday, weekend or day counted within a month ----------------------------------------
# Duckling's "first week of october 2014", "last Sunday of March 2014", "last day of october 2015".
# Only the month was tagged. Weekly statistics count a month's weeks by its days (1-7, 8-14, ...,
# the last seven), so the value is the ISO week holding the middle of those seven days (Duckling,
# counting whole Monday-Sunday weeks, puts October 2014's first week a week later).

_NTH_IN_MONTH = [
    ("But the drop was much smaller than expected after Gulf exports rallied in the fourth week of February "
     "to 2.5 mln bpd from 1.2 mln in the third week.", "1987-03-02", "the fourth week of February",
     ("DATE", "1987-W09", None)),
    ("Cash in circulation in West Germany rose by 2.8 billion marks in the last week of February to 121.5 "
     "billion.", "1987-03-06", "the last week of February", ("DATE", "1987-W09", None)),
    ("OPEC produced only about 14 mln bpd of oil in the second week of March.", "1987-03-16",
     "the second week of March", ("DATE", "1987-W11", None)),
    ("The company said it expects to release first quarter results in the third week in April.", "1987-03-25",
     "the third week in April", ("DATE", "1987-W16", None)),
    ("Congress voted last year to move the start of daylight time from the last Sunday in April to the first "
     "Sunday in April.", "1987-04-03", "the first Sunday in April", ("DATE", "1987-04-05", None)),
    ("The meeting will take place on the last weekend of October 2017.", "2013-02-12",  # made
     "the last weekend of October 2017", ("DATE", "2017-W43-WE", None)),
    ("The meeting will take place on the last day of October 2015.", "2013-02-12",  # made
     "the last day of October 2015", ("DATE", "2015-10-31", None)),
    ("Prices fell for the second day in March.", "1987-03-10", "the second day in March", None),  # made
]  # fmt: skip


# -- a weekday of next, this or last week ----------------------------------------------------------
# Duckling's "wednesday of next week", "wednesday next week": the day of the week named, which the
# weekday rule alone put in the current week.

_WEEKDAY_OF_WEEK = [
    ("Its proposals will likely be detailed to a group of 56 major creditors on Monday or Tuesday next week, a "
     "company spokesman said.", "1987-03-04", "Tuesday next week", ("DATE", "1987-03-10", None)),
    ("A spokesman for the mining house said the action started on Wednesday last week when thousands of "
     "miners staged a go-slow.", "1987-04-02", "Wednesday last week", ("DATE", "1987-03-25", None)),
    ("The petroleum inventory report will be issued tonight, despite many company closures on Friday of last "
     "week for the Easter holiday.", "1987-04-21", "Friday of last week", ("DATE", "1987-04-17", None)),
    ("Late last month de Graaf said that if the dispute was not settled by Monday this week he would withdraw "
     "the subsidy.", "1987-03-05", "Monday this week", ("DATE", "1987-03-02", None)),
]  # fmt: skip


# -- an ordinal word of a month: "the fourth of March" ---------------------------------------------
# Duckling's "first of march". A capital ordinal names something, and a count makes a fraction.

_ORDINAL_OF_MONTH = [
    ('"I wrote to the prime minister of Japan, Mr Nakasone, on the fourth of March to express our interest."',
     "1987-03-26", "the fourth of March", ("DATE", "1987-03-04", None)),
    ("Strommen said the midwestern corn crop could enter its reproduction period by the first of July.",
     "1987-06-15", "the first of July", ("DATE", "1987-07-01", None)),
    ("The Danish Banks Association announced a plan to help depositors in the small Sixth of July Bank.",
     "1987-04-02", "Sixth of July", None),
    ("About a third of March sales went abroad.", "1987-04-02", "third of March", None),  # made
]  # fmt: skip


# -- holidays from Duckling's US and GB corpora ----------------------------------------------------
# Each input set in a carrier sentence (Duckling's reference time, 2013-02-12). "Cyber Monday" and
# "Trinity Sunday" had their weekday read as a bare "Monday"/"Sunday"; the others were not tagged.

_HOLIDAYS = [
    ("Retailers will offer discounts on Cyber Monday.", "2013-02-12", "Cyber Monday",  # made
     ("DATE", "2013-12-02", None)),
    ("Sales rose on Cyber Monday 2012.", "2013-02-12", "Cyber Monday 2012", ("DATE", "2012-11-26", None)),  # made
    ("The market will be closed for Washington's Birthday.", "2013-02-12", "Washington's Birthday",  # made
     ("DATE", "2013-02-18", None)),
    ("Banks will be closed on Lincoln's Birthday.", "2013-02-12", "Lincoln's Birthday",  # made
     ("DATE", "2013-02-12", None)),
    ("The parade will take place on Mardi Gras.", "2013-02-12", "Mardi Gras", ("DATE", "2013-02-12", None)),  # made
    ("The service will take place on Trinity Sunday.", "2013-02-12", "Trinity Sunday",  # made
     ("DATE", "2013-05-26", None)),
    ("The fireworks will take place on Guy Fawkes Day.", "2013-02-12", "Guy Fawkes Day",  # made
     ("DATE", "2013-11-05", None)),
    ("Sales will rise before Mothers Day.", "2013-02-12", "Mothers Day", ("DATE", "2013-05-12", None)),  # made
    ("Traffic will be heavy on the Memorial Day week-end.", "2013-02-12", "Memorial Day week-end",  # made
     ("DATE", "2013-W21-WE", None)),
    ("Stores were closed on MLK Day 2012.", "2013-02-12", "MLK Day 2012", ("DATE", "2012-01-16", None)),  # made
]  # fmt: skip


def test_month_of_a_counted_week_stays_in_focus() -> None:
    # the week names February: "the same month last year" compares with February, not the DCT's March
    text = ("Cash in circulation in West Germany rose by 2.8 billion marks in the last week of February to 121.5 "
            "billion, a gain of 8.3 pct over the same month last year, the Bundesbank said.")
    found = {t.text: t.value for t in extract_timexes(text, date(1987, 3, 6))}
    assert found == {"the last week of February": "1987-W09", "the same month last year": "1986-02"}


_CLASSES = [
    ("lower-case day name", _LOWER_WEEKDAYS),
    ("nth week, weekday or day of a month", _NTH_IN_MONTH),
    ("weekday of next, this or last week", _WEEKDAY_OF_WEEK),
    ("ordinal word of a month", _ORDINAL_OF_MONTH),
    ("holiday", _HOLIDAYS),
]
_CASES = [(cls, *row) for cls, rows in _CLASSES for row in rows]


@pytest.mark.parametrize(("cls", "text", "dct", "surface", "expected"), _CASES, ids=[f"{c[0]}: {c[3]}" for c in _CASES])
def test_round13_expression(cls: str, text: str, dct: str, surface: str, expected: Expected) -> None:
    check_timex(text, dct, surface, expected)


# -- tense without a parse: "will be held" ---------------------------------------------------------
# Without spaCy the nearest tense word decided, and "held" after "will be" read as past: a meeting
# announced in March for May 27 went to the year before.


def test_participle_after_will_be_reads_ahead_without_a_parse() -> None:
    text = "The meeting will be held on May 27."
    found = {t.text: t.value for t in extract_timexes(text, date(1987, 3, 19))}
    assert found == {"May 27": "1987-05-27"}
