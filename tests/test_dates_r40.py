"""Round-40 TIMEX3 tests: a unit word opening a hyphenated compound, and dates after "is willing
to", "is likely to" and the like.

Round 40 read 30 fresh Reuters-21578 stories by hand (``tests/fixtures/reuters_dates40_read.csv``)
and took the classes of error there that TimeBank-AQUAINT dev gold writes one way
(docs/evaluation.md). "A second" or "a quarter" before a hyphen opens a compound ("a second-tier
increase", "a quarter-point rise"), no span of time, as TBAQ dev leaves "second-degree" and
"second-largest" untagged. A present "is willing to", "is likely to" (and "ready", "prepared",
"unlikely", "eager", "poised", "keen") looks ahead, as "is due to" already did: the date of the
infinitive's clause lies after the story ("is willing to convene another Wage Case in October" in a
March story is October 1987, not 1986). Sentences are Reuters-21578's.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows
from tests.helpers import timex_rows_test

_COMPOUND = [
    ("The Arbitration Commission awarded the Australian workforce a flat 10 dlrs a week wage increase and allowed "
     "trade unions to begin bargaining for a second-tier increase of up to four pct.",
     "1987-03-10", "a second"),
    ("Brusca said a quarter-point prime rate rise to eight pct is justified because the spread between banks' "
     "cost of funds and the prime rate is too narrow.",
     "1987-04-13", "a quarter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface"), _COMPOUND, ids=lambda v: str(v)[:30])
def test_a_unit_word_opening_a_hyphenated_compound_is_no_duration(text: str, dct: str, surface: str) -> None:
    assert surface not in [r[0] for r in _rows(text, dct)]


_READY = [
    ("The Commission is willing to convene another Wage Case in October to establish if another wage increase "
     "of up to 1.5 pct should be awarded, Maddern said.",
     "1987-03-10", ("October", "DATE", "1987-10", None)),
    ("The Bundesbank is unlikely to change its credit policies at its central bank council meeting on Thursday, "
     "as exchange rates and short-term interest rates have stabilized over the past six weeks, economists said.",
     "1987-03-03", ("Thursday", "DATE", "1987-03-05", None)),
    ("Oil prices have stabilized in world markets and demand is likely to increase in the second half of the "
     "year, Indonesia's Mines and Energy Minister Subroto said.",
     "1987-04-27", ("the second half", "DATE", "1987-H2", None)),
    ("Much of that will be attributed to businesses rebuilding their inventories and is not likely to be "
     "sustained in the second quarter, Gramley said.",
     "1987-03-24", ("the second quarter", "DATE", "1987-Q2", None)),
    ("The storm off the Atlantic Coast has been very slow to move out to sea, and rain is likely to continue in "
     "northern New England into Wednesday.",
     "1987-04-07", ("Wednesday", "DATE", "1987-04-08", None)),
]  # fmt: skip


test_a_date_after_is_willing_or_likely_to_lies_ahead = timex_rows_test(_READY)


_GUARDS = [
    # a quarter written with the ordinal is still the quarter
    ("It said the added reserves are expected to result in a second-quarter loss of about 10 mln dlrs for the corporation.",
     "1987-06-19", ("second-quarter", "DATE", "1987-Q2", None)),
    # the month of a figure not yet out stays this year's, though the clause looks ahead
    ("The officials told reporters industrial production, down 0.5 pct in January from December, is likely to "
     "turn positive in February and to rise thereafter.",
     "1987-03-24", ("February", "DATE", "1987-02", None)),
    # a plain past clause keeps its past reading
    ("Taco Bell recently acquired 9.9 pct of Calny's outstanding stock, Calny said.",
     "1987-03-24", ("recently", "DATE", "PAST_REF", None)),
]  # fmt: skip


test_guards_unchanged = timex_rows_test(_GUARDS)
