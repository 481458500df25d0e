"""Amounts round 26: prices after a move, whole-number share moves, pairs sharing a scale, quotes in full.

A BI user summing share prices lost the price a London report gives after a move in pence ("Ferranti
shares were 2p firmer at 134", "ICI lost 2p at 1,333, Beecham 8p at 525") to counts of nothing, and a
move in cents made the dollar level after it a hundredth of itself ("rose 28 cts to 18.64" was 0.1864
dollars). Whole-number share moves ("Kirschner Medical fell 4 to 15", "IBM <IBM> fell 31 to 104") stayed
counts where round 25 made fractional ones money; "against 160 and 167 mln" lost its 160, and "3.90/4.0
pct" was no amount. Each case is a sentence of a Reuters-21578 story outside the evaluation sets or of a
TimeBank-AQUAINT dev story (named on each row); Reuters stories keep their dateline.
"""

from __future__ import annotations

import pytest

from tests.helpers import amount_rows as rows

#: The price after a move in pence, cents or whole units: (passage, level, currency, value).
LEVELS = [
    # reuters-8655
    ("LONDON, March 20 - Ferranti shares were 2p firmer at 134 after the news.", "134", "GBP", 1.34),
    # reuters-13420
    ("LONDON, April 8 - Among the leaders, ICI lost 2p at 1,333, Beecham 8p at 525 and Glaxo 4p at 1,484.",
     "525", "GBP", 5.25),
    # reuters-13576
    ("LONDON, April 9 - Lloyds was one penny higher at 488.", "488", "GBP", 4.88),
    # reuters-3599
    ("LONDON, March 9 - System Designers shares were nine pence higher at 100 prior to the share stake "
     "announcement.", "100", "GBP", 1.0),
    # reuters-20721: a dollar price after a move in cents keeps its own point
    ("NEW YORK, Oct 19 - The West Texas Sour grade was also raised 50 cts to 18.10 a barrel.", "18.10", "USD", 18.10),
    # reuters-8177
    ("FRANKFURT, March 20 - Dresdner shares surged to open 10.50 marks higher at 319.50, before climbing further.",
     "319.50", "DEM", 319.50),
]


@pytest.mark.parametrize(("passage", "text", "currency", "value"), LEVELS, ids=[c[1] for c in LEVELS])
def test_the_price_after_a_move_is_money(nlp, passage: str, text: str, currency: str, value: float) -> None:
    a = rows(nlp, passage)[text]
    assert (a.kind, a.currency, a.value) == ("money", currency, pytest.approx(value))


def test_a_level_in_cents_stays_in_cents(nlp) -> None:
    # reuters-12340: a whole-number level after a move in cents is in cents, the move's own unit
    found = rows(nlp, "CHICAGO, April 2 - Prices could fall another 10 cents to 15 cnts a pound, analysts said.")
    assert found["15"].value == pytest.approx(0.15)


#: Whole-number share moves: (passage, figures).
WHOLE_MOVES = [
    # TimeBank-AQUAINT wsj_0585 (dev): a story quoting other shares in eighths
    ("Intel eased 1/8 to 31 7/8.\n\nStarpointe Savings Bank rose 3 to 20 after the Federal Deposit Insurance "
     "Corp. approved the acquisition.\n\nKirschner Medical fell 4 to 15.", {"3": 3.0, "20": 20.0, "4": 4.0, "15": 15.0}),
    # reuters-20867: a ticker names the share
    ("NEW YORK, Oct 19 - IBM <IBM> fell 31 to 104 as the Dow Jones Industrial Average dropped more than 500 points.",
     {"31": 31.0, "104": 104.0}),
    # reuters-9423
    ("NEW YORK, March 24 - UAL stock today was up three at 63 in active trading.", {"three": 3.0, "63": 63.0}),
    # reuters-2650: a move of "one" was read as a pronoun and dropped
    ("NEW YORK, March 3 - Conagra fell one to 33 on the New York Stock Exchange.", {"one": 1.0, "33": 33.0}),
    # reuters-2375
    ("NEW YORK, March 5 - Piedmont fell one to 68-5/8 on volume of 963,000.", {"one": 1.0, "68-5/8": 68.625}),
]


@pytest.mark.parametrize(("passage", "expected"), WHOLE_MOVES, ids=[c[0][:30] for c in WHOLE_MOVES])
def test_whole_number_share_moves_are_money(nlp, passage: str, expected: dict[str, float]) -> None:
    found = rows(nlp, passage)
    for text, value in expected.items():
        assert (found[text].kind, found[text].currency, found[text].value) == ("money", "USD", pytest.approx(value))


#: Moves that are no share's: they stay counts.
NOT_SHARES = [
    # reuters-710
    ("HOUSTON, March 2 - In Canada, the rig count was up 14 to 164, against 422 one year ago.", "164"),
    # reuters-6052
    ("HELSINKI, March 16 - Conservatives hold 44 seats now, The Centre Party gained three to 40.", "40"),
    # TimeBank-AQUAINT wsj_0585, alone: nothing says a share moved
    ("Kirschner Medical fell 4 to 15.", "15"),
    # reuters-8601: a Tokyo report, in yen the rule cannot tell
    ("TOKYO, March 20 - Sumitomo Metal Mining Co Ltd <TOMM.T> rose 200 to 1440 yen, and Kawasaki Steel rose 15 to 260.",
     "260"),
]


@pytest.mark.parametrize(("passage", "text"), NOT_SHARES, ids=[c[0][:30] for c in NOT_SHARES])
def test_other_moves_stay_counts(nlp, passage: str, text: str) -> None:
    assert rows(nlp, passage)[text].kind == "count"


#: The first of a pair written with the second's scale: (passage, first, kind, value, unit or currency).
PAIRS = [
    # reuters-9782
    ("LONDON, March 25 - The IGC put grain stocks unchanged at 178 and 210 mln tonnes, respectively, against 160 "
     "and 167 mln a year earlier.", "160", "quantity", 160e6, "tonne"),
    # reuters-8147
    ("LONDON, March 18 - A fall in note circulation and exchequer transactions will add some 355 and 55 mln stg "
     "to the system respectively.", "some 355", "money", 355e6, "GBP"),
    # reuters-10754
    ("SINGAPORE, March 27 - Deposits placed with them dropped to 4.68 billion against 4.89 and 4.79 billion.",
     "4.89", "count", 4.89e9, None),
]


@pytest.mark.parametrize(("passage", "text", "kind", "value", "unit"), PAIRS, ids=[c[1] for c in PAIRS])
def test_the_first_of_a_pair_takes_the_scale(nlp, passage: str, text: str, kind: str, value: float, unit: str | None) -> None:
    a = rows(nlp, passage)[text]
    assert (a.kind, a.value, a.unit if kind != "money" else a.currency) == (kind, pytest.approx(value), unit)


def test_a_quote_with_its_offer_in_full(nlp) -> None:
    # reuters-5241: "3.90/4.0 pct" was read as 3.90 and 34.0, too far apart for a quote, so no amount
    a = rows(nlp, "FRANKFURT, March 16 - Call money fell to 3.90/4.0 pct after the move.")["3.90/4.0 pct"]
    assert (a.kind, a.value_low, a.value_high) == ("percent", 3.9, 4.0)
    # reuters-14481: the offer's changed digits only
    b = rows(nlp, "NEW YORK, April 7 - Gold bullion rose to 422.25/3.25 dlrs from 418.10/60 dlrs.")["422.25/3.25 dlrs"]
    assert (b.value_low, b.value_high) == (422.25, 423.25)
