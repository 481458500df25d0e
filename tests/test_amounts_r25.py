"""Amounts round 25: share prices in fractions with no unit, and vote tallies written with "to".

A BI user summing share prices lost them to counts of nothing: "McCaw, which dropped 2 1/2 to 37 3/4" (The Wall
Street Journal, 1989) and "Pepsico climbed 7/8 to 34-3/4" (Reuters, 1987) were counts with no object, as U.S.
and Canadian exchanges quoted shares in eighths until 2001. A vote's tally is a score, no amount (the labelled
TimeBank-AQUAINT set marks nothing in "By a 6-3 vote"), and "voted 89-52" already gave no row, but "voted 217
to 206" gave two counts of nothing. Each case is a sentence of a TimeBank-AQUAINT dev story or of a
Reuters-21578 story outside the evaluation sets (named on each row); Reuters stories keep their dateline.
"""

from __future__ import annotations

import pytest

from tasks.amounts import extract_amounts
from tests.helpers import amount_rows as rows

#: A share's move and the price it moved to, in fractions with no unit.
SHARE_PRICES = [
    # TimeBank-AQUAINT wsj_0585 (dev)
    ("McCaw, which dropped 2 1/2 to 37 3/4, has offered $125 a share for a majority of LIN's shares.",
     {"2 1/2": 2.5, "37 3/4": 37.75}, "USD"),
    ("Intel eased 1/8 to 31 7/8.", {"1/8": 0.125, "31 7/8": 31.875}, "USD"),
    ("The stock fell 7/8 Thursday amid concerns over problems discovered with the chip.", {"7/8": 0.875}, "USD"),
    # reuters-2116
    ("NEW YORK, March 5 - Pepsico climbed 7/8 to 34-3/4 on 615,000 shares by midmorning.",
     {"7/8": 0.875, "34-3/4": 34.75}, "USD"),
    # reuters-10080
    ("NEW YORK, March 26 - Chevron Corp <CHV> jumped 1-1/8 to 58-7/8, and Texaco <TX> climbed 1/4 to 37-3/4.",
     {"1-1/8": 1.125, "58-7/8": 58.875, "1/4": 0.25, "37-3/4": 37.75}, "USD"),
    # reuters-3769
    ("NEW YORK, March 11 - The company's shares were trading off 1-1/2 at 15-1/4.", {"1-1/2": 1.5, "15-1/4": 15.25}, "USD"),
    # reuters-14609: a Toronto market report quotes Toronto prices
    ("TORONTO, April 7 - Gold producer Galactic Resources jumped 1-1/8 to 10-3/8.",
     {"1-1/8": 1.125, "10-3/8": 10.375}, "CAD"),
]


@pytest.mark.parametrize(("passage", "expected", "currency"), SHARE_PRICES, ids=[c[0][:30] for c in SHARE_PRICES])
def test_share_prices_in_fractions_are_money(nlp, passage: str, expected: dict[str, float], currency: str) -> None:
    found = rows(nlp, passage)
    for text, value in expected.items():
        assert (found[text].kind, found[text].currency, found[text].value) == ("money", currency, pytest.approx(value))


def test_only_a_move_the_sentence_ties_to_a_share_is_money(nlp) -> None:
    # reuters-14352: nothing in the first sentence says what moved; the second gives the move and the price
    found = rows(nlp, "NEW YORK, April 7 - Ford rose 2-5/8 yesterday.  General Motors rose 1-5/8 to 83-1/8 in "
                      "anticipation of bullish news coming out of an analysts meeting, traders said.")
    assert found["2-5/8"].kind == "count"
    assert [(found[t].kind, found[t].currency) for t in ("1-5/8", "83-1/8")] == [("money", "USD")] * 2


#: Vote tallies with "to", which gave two counts of nothing; the hyphenated "voted 89-52" gave none already.
TALLIES = [
    # reuters-6921
    "WASHINGTON, March 18 - The House of Representatives voted 217 to 206 to raise the national speed limit.",
    # reuters-9663
    "The provision was part of a major trade bill the committee approved on a vote of 26 to 15.",
    # reuters-2052
    "But even with a 65 to 15 vote in favour of the proposal, the restrictions were weakened in the final version.",
]


@pytest.mark.parametrize("passage", TALLIES, ids=[p[:30] for p in TALLIES])
def test_a_vote_tally_with_to_is_a_score_as_with_a_hyphen(nlp, passage: str) -> None:
    assert extract_amounts(nlp(passage)) == []
