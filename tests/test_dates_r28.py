"""Round-28 TIMEX3 tests: durations in two units.

What a BI user read wrong: "four years and two weeks" was two rows, four years and two weeks apart.
The stories are Reuters-21578 ones outside the evaluation sets (from the dates28 sample).
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.dates import extract_timexes
from tests.helpers import parser

_COMPOUND = [
    # reuters-9798 (a former White House spokesman): one span, weeks counted as days beside years
    ('"I spent four years and two weeks in the White House job refusing to comment on personnel matters," he said.',
     "1987-03-26", "four years and two weeks", "DURATION", "P4Y14D"),
    # reuters-4002: a sentence of a year and a day
    ("Mason Benson, former president and chief operating officer of Empire of Carolina Inc, a toy maker, today was "
     "sentenced in Manhattan federal court to a year and one day in jail for his involvement in a kickback scheme.",
     "1987-03-11", "a year and one day", "DURATION", "P1Y1D"),
    ("The strike lasted two years and six months.", "1987-03-11", "two years and six months", "DURATION", "P2Y6M"),  # made
    ("The flight took two hours and 40 minutes.", "1987-03-11", "two hours and 40 minutes", "DURATION", "PT2H40M"),  # made
    ("The plant closed two years and six months ago.", "1987-03-11", "two years and six months ago", "DATE", "1984-09"),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "type_", "value"), _COMPOUND, ids=lambda v: str(v)[:30])
def test_round28_compound_duration_is_one_row(text: str, dct: str, surface: str, type_: str, value: str) -> None:
    found = extract_timexes(text, date.fromisoformat(dct), parser()(text))
    assert [(t.text, t.type, t.value) for t in found if t.type != "DATE" or "ago" in t.text] == [(surface, type_, value)], found


def test_round28_range_of_growing_units_stays_apart() -> None:
    # reuters-10389: "from 30 days and six months" is a range's two ends, not one span
    text = "The minimum issue unit will be 100 mln yen, and maturities will be from 30 days and six months, they said."
    found = extract_timexes(text, date(1987, 3, 27), parser()(text))
    assert [(t.text, t.value) for t in found] == [("30 days", "P30D"), ("six months", "P6M")], found
