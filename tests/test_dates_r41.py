"""Round-41 TIMEX3 tests: "a year earlier" after the month a figure is reported for.

Round 41 read 30 more fresh Reuters-21578 stories by hand (``tests/fixtures/reuters_dates41_read.csv``)
and pooled their errors with round 40's (docs/evaluation.md). "Japan's housing starts in February rose
13.4 pct from a year earlier" compares February with February of the year before, as "the same month
last year" already did and as TimeBank-AQUAINT dev gold values "a year earlier" after a reported quarter
as that quarter a year back; newsetl gave the bare year. A year, quarter or day written after the month
keeps the old reading. Sentences are Reuters-21578's.
"""

from __future__ import annotations

from tests.helpers import timex_rows_test

_MONTH = [
    ("TOKYO, March 31 - Japan's housing starts in February rose 13.4 pct from a year earlier to 109,254, the "
     "10th successive year-on-year gain, the Construction Ministry said.",
     "1987-03-31", ("a year earlier", "DATE", "1986-02", None)),
    ("CANBERRA, March 19 - Australian trading bank deposits rose 243 mln dlrs to 45.34 billion in February after "
     "rising 589 mln to 45.10 billion in January and 140 mln to 43.80 billion in February last year, the Statistics "
     "Bureau said.\n\nTotal bank assets in Australia rose to 87.02 billion dlrs from 86.18 billion in January and "
     "72.28 billion a year earlier while liabilities rose to 80.35 billion from 79.08 billion and 66.93 billion "
     "respectively.",
     "1987-03-18", ("a year earlier", "DATE", "1986-02", None)),
    ("ZURICH, June 19 - Swissair <SWSZ.Z> said its revenues were down four pct in April compared with a year "
     "earlier, but costs before depreciation were cut by six pct.",
     "1987-06-19", ("a year earlier", "DATE", "1986-04", None)),
]  # fmt: skip


test_a_year_earlier_after_a_reported_month_is_that_month_a_year_back = timex_rows_test(_MONTH)


_GUARDS = [
    # a year named: the year before it
    ("Motorcycle output in Ohio totalled 28,000 in 1986, down 33 pct from a year earlier, but the shift in "
     "production will raise production to 44,000 in 1987, the spokesman said.",
     "1987-03-17", ("a year earlier", "DATE", "1985", None)),
    # a quarter named: that quarter a year back
    ("NEDA said GNP had grown 3.56 pct and GDP 3.25 pct in the fourth quarter of 1986 from a year earlier.",
     "1987-06-02", ("a year earlier", "DATE", "1985-Q4", None)),
]  # fmt: skip


test_a_year_earlier_after_a_year_or_quarter_keeps_it = timex_rows_test(_GUARDS)
