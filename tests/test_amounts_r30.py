"""Amounts round 30: a cents move before a level in a named money, and Toronto, Montreal and Vancouver datelines.

"gained 31 cents to 1.44 Canadian dlrs" read the move in U.S. cents (or in the dollar of the lead's country)
though the level names its money; plain "dlrs" and "cts" of a story datelined in Toronto, Montreal or Vancouver
were U.S. ones unless the lead named Canada, where 35 of 40 such stories read by hand quote Canadian dollars.
Each case is a passage of a Reuters-21578 story outside the evaluation sets (named on each row), with the
dateline the cleaning cut from it.
"""

from __future__ import annotations

import pytest

from tests.helpers import dateline_amount_rows as rows

#: (dateline, passage, amount, currency, value)
CASES = [
    # reuters-16680: the lead names the U.S., so the plain cents were U.S. ones
    (
        "Toronto, April 13 -",
        "Dome rose 1/4 to 1-1/8 on the American Stock Exchange and gained 31 cents to 1.44 Canadian dlrs on the "
        "Toronto Stock Exchange, where it was the most active stock.",
        "31 cents",
        "CAD",
        0.31,
    ),
    # reuters-8091: the lead's "Australia based" gave the cents to the Australian dollar
    (
        "HONG KONG, March 22 -",
        "The Australia based <Ariadne Australia Ltd>, plans to set up a branch in the Philippines to fulfill a "
        "prerequisite for the takeover of the Philippine brewing firm, <San Miguel Corp>, a Hong Kong newspaper "
        "said.\n\n<San Miguel Brewery Ltd>, a Hong Kong listed company which is 69.65 pct held by Neptunia on behalf "
        "of San Miguel Corp, closed 40 cents higher at 15.50 H.K. Dlrs on Friday.",
        "40 cents",
        "HKD",
        0.40,
    ),
    # reuters-7904
    (
        "Toronto, March 20 -",
        "<Hudson's Bay Co> said a writeoff of 40.4 mln dlrs, or 1.39 dlrs per share, that it took in 1986 was mainly "
        "due to its investment in Dome Petroleum Ltd <DMP>.",
        "40.4 mln dlrs",
        "CAD",
        40_400_000,
    ),
    # reuters-2548
    (
        "TORONTO, March 5 -",
        "Oper shr 99 cts vs 54 cts Oper net 9,515,000 vs 3,449,000 Revs 509.3 mln vs 440.5 mln Note: 1985 net "
        "excludes extraordinary gain of 1.2 mln dlrs.",
        "99 cts",
        "CAD",
        0.99,
    ),
    # reuters-93
    (
        "MONTREAL, Feb 26-",
        "Shr 1.11 dlrs vs 1.04 dlrs Net 44,092,000 vs 35,145,000 Revs 1.94 billion vs 1.34 billion Note: 1986 "
        "results include extraordinary gain of 1,035,000 dlrs or six cts a share from secondary share offering of "
        "Canron unit.",
        "1,035,000 dlrs",
        "CAD",
        1_035_000,
    ),
    # reuters-7217
    (
        "MONTREAL, March 19 -",
        "<Domtar Inc> said it plans a two-for-one stock split to take effect May 14. The shares have been trading "
        "recently in a range of 45 dlrs.",
        "45 dlrs",
        "CAD",
        45,
    ),
]


@pytest.mark.parametrize(("dateline", "passage", "amount", "currency", "value"), CASES)
def test_cents_level_and_exchange_city_money(
    nlp, dateline: str, passage: str, amount: str, currency: str, value: float
) -> None:
    got = rows(nlp, passage, dateline)[amount]
    assert (got.kind, got.currency) == ("money", currency)
    assert got.value == pytest.approx(value)


def test_results_in_us_funds_stay_us_dollars(nlp) -> None:
    # reuters-10447: a Vancouver company's results note says they are in U.S. funds
    passage = (
        "Shr loss 1.30 dlrs Net loss 25.6 mln Revs 20.5 mln Note: Prior results not given. Shr and net include "
        "change in accounting policy, resulting in loss of 22.8 mln dlrs or 1.16 dlrs share. Results in U.S. funds"
    )
    dateline = "VANCOUVER, British Columbia, March 27 -"
    got = rows(nlp, passage, dateline)
    assert got["22.8 mln dlrs"].currency == "USD"
    assert got["1.30 dlrs"].currency == "USD"
    # without the note the same rows are the dateline's Canadian dollars
    assert rows(nlp, passage.removesuffix(" Results in U.S. funds"), dateline)["22.8 mln dlrs"].currency == "CAD"
