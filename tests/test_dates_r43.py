"""Round-43 TIMEX3 tests: the age of an event ("the three month old strike") is a duration.

Round 43 read 30 more fresh Reuters-21578 stories by hand (``tests/fixtures/reuters_dates43_read.csv``)
and pooled their errors with rounds 40-42 (docs/evaluation.md). newsetl left every "N-year-old" untagged,
as TimeBank leaves the ages of people ("a 44-year-old protester"); but TimeBank-AQUAINT dev tags the age of
an event ("the IRA's 8-month-old truce" P8M). An age is now a duration when a strike, war, dispute, accord or
other event noun follows it within three words; people and bodies keep no tag. Sentences are Reuters-21578's.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows
from tests.helpers import timex_rows_test

_EVENT_AGES = [
    ("LONDON, March 19 - Three consecutive days of talks between management and unions aimed at ending the "
     "three month old strike at Cargill U.K. Ltd's oilseed processing plant at Seaforth, ended yesterday "
     "without resolving the situation, although some progress was made, a company spokesman said.",
     "1987-03-19", ("three month", "DURATION", "P3M", None)),
    ("WASHINGTON, March 16 - State Department spokesman Charles Redman told reporters the gain in an area "
     "around Mount Kardemand had no signifficant bearing on the seven-year-old Gulf war.",
     "1987-03-16", ("seven-year-old", "DURATION", "P7Y", None)),
    ("ROTTERDAM, March 3 - Employers and the port union, FNV, are to meet again this afternoon to attempt a "
     "settlement of the six-week-old dispute in Rotterdam's general cargo sector, but neither side is "
     "optimistic, spokesmen for both sides told Reuters.",
     "1987-03-03", ("six-week-old", "DURATION", "P6W", None)),
    ("ZURICH, Oct 19 - He said the eight-month-old Louvre accord to stabilise currencies was still working.",
     "1987-10-19", ("eight-month-old", "DURATION", "P8M", None)),
    ("DHAKA, June 29 - Nearly 1,000 employees of Bangladesh Shipping Corp called off their two-week-old "
     "strike on Saturday after the authorities agreed to consider their demands for higher wages and "
     "benefits, corporation officials said.",
     "1987-06-29", ("two-week-old", "DURATION", "P2W", None)),
]  # fmt: skip


test_the_age_of_an_event_is_a_duration = timex_rows_test(_EVENT_AGES)


_GUARDS = [
    # the ages of people and of bodies or things stay untagged
    ("QUITO, Oct 20 - The spokesman told Reuters Sanchez is a 46-year-old civil engineer who formerly "
     "headed CEPE's administration and finances division.", "1987-10-20"),
    ("NEW YORK, March 15 - Harper and Row Publishers Inc appointed a committee of independent directors to "
     "study strategic alternatives for the 170-year-old firm.", "1987-03-15"),
    ("Murdochville, Quebec, April 3 - The fire, which started Wednesday and burned for more than 24 hours, "
     "destroyed the mine's three-year-old conveyor system, officials said.", "1987-04-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct"), _GUARDS, ids=lambda v: str(v)[:30])
def test_ages_of_people_and_things_stay_untagged(text: str, dct: str) -> None:
    rows = _rows(text, dct)
    assert not [r for r in rows if "year" in r[0]], rows
