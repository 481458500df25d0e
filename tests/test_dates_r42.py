"""Round-42 TIMEX3 tests: "a month earlier" after the month a figure is reported for.

Round 42 read 30 more fresh Reuters-21578 stories by hand (``tests/fixtures/reuters_dates42_read.csv``)
and pooled their errors with rounds 40 and 41 (docs/evaluation.md). "Output fell 0.5 pct in January from
a month earlier" compares January with December; newsetl counted the month back from the story's date
(February in a March story), where "the previous month" already steps back from the month written. The
month must be written in the same sentence, be no day's and no comparison's value; otherwise the old
reading stays. Sentences are Reuters-21578's.
"""

from __future__ import annotations

import pytest

from tests.helpers import parsed_timexes_with_mod as _rows
from tests.helpers import timex_rows_test

_MONTH = [
    ("TOKYO, March 27 - Japan's industrial production index (base 1980) rose 0.3 pct to a seasonally adjusted "
     "122.7 in February from the previous month, the Ministry of International Trade and Industry said.\n\n"
     "Output fell 0.5 pct in January from a month earlier.",
     "1987-03-27", ("a month earlier", "DATE", "1986-12", None)),
    ("WELLINGTON, March 19 - Seasonally adjusted retail sales rose by 0.1 pct in January, compared with "
     "increases of 5.7 pct in December and 1.0 pct a year earlier, the Statistics Department said.\n\n"
     "It said in a statement actual retail sales fell to 1.87 billion N.Z. Dlrs in January against 2.42 billion "
     "a month earlier and compared with 1.78 billion in January 1986.",
     "1987-03-19", ("a month earlier", "DATE", "1986-12", None)),
    # the month written last, a comparison's point in its own right: the month before December
    ("TOKYO, March 16 - Japan's January seasonally adjusted industrial production index (base 1980) was "
     "revised upwards to 122.3 from a preliminary 122.0, the Ministry of International Trade and Industry "
     "said.\n\nThe revised adjusted January index was down 0.5 pct from December when it rose 3.6 pct from a "
     "month earlier.",
     "1987-03-16", ("a month earlier", "DATE", "1986-11", None)),
    ("KUALA LUMPUR, March 16 - Holdings of federal government securities dropped to 876 mln ringgit in "
     "February from 1.70 billion a month earlier and 2.30 billion in February 1986.",
     "1987-03-16", ("a month earlier", "DATE", "1987-01", None)),
]  # fmt: skip


test_a_month_earlier_after_a_reported_month_is_the_month_before_it = timex_rows_test(_MONTH)


_GUARDS = [
    # no month in the sentence: the month before the story's
    ("WELLINGTON, March 6 - The opposition National Party took a five percentage point lead over New "
     "Zealand's Labour government in an opinion poll, reversing the seven point lead held by Labour in a "
     "comparable poll in February.\n\nIn the regular Television New Zealand Heylen/Eyewitness poll, National's "
     "support rose to 50 pct against 45 pct a month earlier while Labour's popularity dropped to 45 pct from "
     "52 pct.",
     "1987-03-05", ("a month earlier", "DATE", "1987-02", None)),
    # a day written last: a month before the day, not the month before its month
    ("WELLINGTON, June 29 - The most recent opinion poll, taken on June 20, gave Labour a 26 point lead over "
     "National or eight points more than a month earlier.",
     "1987-06-29", "more than a month earlier"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "row"), _GUARDS, ids=lambda v: str(v)[:30])
def test_a_month_earlier_without_a_reported_month_keeps_the_old_reading(
    text: str, dct: str, row: object
) -> None:
    rows = _rows(text, dct)
    if isinstance(row, str):
        got = [r for r in rows if r[0] == row]
        assert got and got[0][2] == "1987-05", rows
    else:
        assert row in rows
