"""Round-7 TIMEX3 rules, one table per mechanism.

Every row is a real news sentence (Reuters-21578 from 1987 with its <DATE>, or TimeBank-AQUAINT
dev) with the document date and the expected (type, value, mod) of one expression; ``None`` means
the surface must not be tagged. Rows marked "parsed" run with the spaCy parse as the pipeline does.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from spacy.language import Language

from tasks.dates import extract_timexes

Expected = tuple[str, str, str | None] | None


@cache
def _nlp() -> Language:
    from tasks.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _check(text: str, dct: str, surface: str, expected: Expected, parsed: bool = False) -> None:
    doc = _nlp()(text) if parsed else None
    found = extract_timexes(text, date.fromisoformat(dct), doc)
    got = [(t.type, t.value, t.mod) for t in found if t.text == surface]
    everything = [(t.text, t.type, t.value) for t in found]
    if expected is None:
        assert got == [], everything
    else:
        assert got and set(got) == {expected}, everything


# -- the reference time carries into the next sentence ----------------------------------------------
# TimeML anchors "the previous year", "a year earlier" to the time the narrative talks about, which
# a sentence sets and the next one keeps; two sentences on, the story is back at the DCT. A year
# named as the point of comparison, even at the end of a long "from X in ... and Y in ..." list, sets
# no reference time.

_CARRIED_REFERENCE_CASES = [
    # reuters-7066
    ("Gross profit for 1986 reached 340.5 mln francs, with 276 mln francs subtracted for ordinary depreciation.\n\nGross profits for the previous year had been 382.5 mln francs, with 314 mln subtracted.", "1987-03-19", "the previous year", ("DATE", "1985", None)),
    # reuters-4686
    ("Outstanding savings on December 31, 1986 totalled 545,303 billion yen. Funds in investment trusts alone totalled 21,918 billion yen, up 37.4 pct from a year earlier.", "1987-03-13", "a year earlier", ("DATE", "1985", None)),
    # reuters-4962
    ("Natural gas liquid reserves were also lower in 1986 from the previous year.\n\nNet proved crude oil reserves also fell in Canada to 224 mln barrels from the previous year's level of 231 mln barrels.", "1987-03-13", "the previous year", ("DATE", "1985", None)),
    # two sentences on, the DCT anchors again
    ("Gross profit for 1984 reached 340.5 mln francs. The airline bought two aircraft. Profits for the previous year had been 382.5 mln francs.", "1987-03-19", "the previous year", ("DATE", "1986", None)),
    # reuters-198: the December 1985 of "from ... in November and ... in December 1985" is a comparison
    ("Year-on-year M-3 rose 17.77 pct from a revised 15.34 pct in November and 20.50 pct in December 1985.\n\nNarrowly defined year-on-year M-1 growth was 15.89 pct against a revised 27.52 pct in November and 12.3 pct a year earlier.", "1987-02-26", "a year earlier", ("DATE", "1986", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected"), _CARRIED_REFERENCE_CASES, ids=lambda v: str(v)[:30])
def test_reference_time_of_the_previous_sentence(text: str, dct: str, surface: str, expected: Expected) -> None:
    _check(text, dct, surface, expected)


# -- a month word that is a person's first name ---------------------------------------------------
# "August Busch", "June Page": spaCy may tag the month word as a DATE of its own; the surname is
# told from a traded good ("April Brent", "June Eurodollars") by a title or role before the pair, a
# suffix, a reporting verb or an apposition after it, or the surname standing alone as a person.

_FIRST_NAME_CASES = [
    # reuters-9376, reuters-10605
    ("He will be replaced as president of the unit by August Busch III, chairman and president of the company.", "1987-03-25", "August", None, True),
    ("Investors will zero in on stocks that have visible and predictable earnings growth,\" E.F. Hutton food analyst June Page said.", "1987-03-27", "June", None, True),
    ("August Busch, chairman of Anheuser-Busch Cos Inc, said beer sales rose.", "1987-03-10", "August", None, True),
    ("U.S. Ambassador April Glaspie met Saddam Hussein on July 25.", "1990-09-12", "April", None, False),
    ("The brewer named August Busch to its board. Mr. Busch said the plan would work.", "1987-03-10", "August", None, False),
    # months stay months: traded goods, a range, a day, a company
    ("April Brent traded as high as 19.40 dlrs, traders said.", "1987-03-10", "April", ("DATE", "1987-04", None), True),
    ("June Eurodollars were untraded on a buy/sell quote.", "1987-03-10", "June", ("DATE", "1987-06", None), True),
    ("The central bank said that between January and May Ecuador sold 16.1 mln barrels of crude. Ecuador said it would resume.", "1987-06-18", "May", ("DATE", "1987-05", None), True),
    ("The company said it will pay the dividend June 15 to holders of record May 20.", "1987-03-10", "June 15", ("DATE", "1987-06-15", None), True),
    ("The May Department Stores Co said its sales rose 12 pct.", "1987-03-10", "May", None, True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "surface", "expected", "parsed"), _FIRST_NAME_CASES, ids=lambda v: str(v)[:30])
def test_month_word_as_first_name(text: str, dct: str, surface: str, expected: Expected, parsed: bool) -> None:
    _check(text, dct, surface, expected, parsed)
