"""Amounts round 29: Canadian datelines beyond the exchanges' three cities, Kuala Lumpur's cents, and a results
table's dividend rows in cents.

Plain "dlrs" and "cts" of a story datelined in Calgary, Ottawa, Halifax or any town written with its province
were U.S. ones unless the lead named Canada; the ringgit's sen, which the wire writes "cents", were U.S. cents in
Kuala Lumpur; "Final div 135 vs 125 making 190 vs 180" after "Shr 516 cts" was 135 whole rand. Each case is a
passage of a Reuters-21578 story outside the evaluation sets (named on each row), with the dateline the cleaning
cut from it.
"""

from __future__ import annotations

import pytest

from tests.helpers import dateline_amount_rows as rows

#: (dateline, passage, amount, currency, value)
CASES = [
    # reuters-1351
    (
        "CALGARY, Alberta, March 3 -",
        "Shr nine cts vs six cts Net 3,500,000 vs 2,500,000 Revs 294.0 mln vs 351.5 mln Note: 1986 year includes "
        "tax gain of 1,700,000 dlrs",
        "1,700,000 dlrs",
        "CAD",
        1_700_000,
    ),
    # reuters-998: a town with its province
    (
        "HALIFAX, Nova Scotia, March 3 -",
        "Oper shr 43 cts vs 21 cts Oper net 6,846,000 vs 3,386,000 Revs 137.1 mln vs 107.6 mln",
        "43 cts",
        "CAD",
        0.43,
    ),
    # reuters-18294
    ("HAMILTON, Ontario, June 2 -", "Shr 18 cts vs 27 cts Net 283,000 vs 435,000 Revs 97.8 mln vs 95.1 mln", "97.8 mln", "CAD", 97_800_000),
    # reuters-802: the lead names no country
    (
        "OTTAWA, March 2 -",
        "The federal government's expenditures will rise 3.8 pct in the fiscal year beginning April 1 to 110.14 "
        "billion dlrs from 107.01 billion dlrs in fiscal 1987, the Treasury Board said.",
        "110.14 billion dlrs",
        "CAD",
        110_140_000_000,
    ),
    # reuters-884: the ringgit's sen
    (
        "KUALA LUMPUR, March 3 -",
        "The Malaysian government said it has re-imposed export duties on rubber at 3/8 cent per kilo after the "
        "gazetted price moved above the threshold price of 210 cents per kilo.",
        "210 cents",
        "MYR",
        2.10,
    ),
    # reuters-4562: dividend rows after a per-share row in cents
    (
        "JOHANNESBURG March 13 -",
        "Shr 516 cts vs 347 Final div 135 vs 125 making 190 vs 180 Pre-tax 133 mln rand vs 137 mln Net 260 mln vs 172 mln",
        "135",
        "ZAR",
        1.35,
    ),
    (
        "JOHANNESBURG March 13 -",
        "Shr 516 cts vs 347 Final div 135 vs 125 making 190 vs 180 Pre-tax 133 mln rand vs 137 mln Net 260 mln vs 172 mln",
        "180",
        "ZAR",
        1.80,
    ),
    # reuters-10280: the row's first cell names its cents, the total after it does not
    (
        "HONG KONG, March 27 -",
        "Shr 126 H.K. Cents vs 42 (adjusted) Final div 30 cents vs 10, making 40 vs 10 Net 479 mln dlrs vs 157 mln",
        "40",
        "HKD",
        0.40,
    ),
]


@pytest.mark.parametrize(("dateline", "passage", "amount", "currency", "value"), CASES)
def test_dateline_and_table_money(nlp, dateline: str, passage: str, amount: str, currency: str, value: float) -> None:
    got = rows(nlp, passage, dateline)[amount]
    assert (got.kind, got.currency) == ("money", currency)
    assert got.value == pytest.approx(value)


#: (dateline, passage, amount, currency): places that are no Canadian town, and plain dollars in Kuala Lumpur.
GUARDS = [
    # reuters-7442
    (
        "HAMILTON, Bermuda, March 19 -",
        "Sea Containers Ltd predicted its first quarter fiscal 1987 net earnings would improve by 10 mln dlrs over the "
        "same period a year ago.",
        "10 mln dlrs",
        "USD",
    ),
    # reuters-21233
    ("VICTORIA, Texas, Oct 19 -", "Shr profit two cts vs loss 2.60 dlrs Net profit 111,000 vs loss 16.9 mln", "2.60 dlrs", "USD"),
]


@pytest.mark.parametrize(("dateline", "passage", "amount", "currency"), GUARDS)
def test_not_canada(nlp, dateline: str, passage: str, amount: str, currency: str) -> None:
    assert rows(nlp, passage, dateline)[amount].currency == currency


def test_palm_oil_move_in_ringgit_is_no_sen(nlp) -> None:
    # reuters-13517: Kuala Lumpur's palm oil moves in ringgit, so a whole-number move before a price with a point
    # is not read as sen as it is in a Sydney share report
    passage = (
        "April deliveries, south and central regions closed five higher at 752.50 and 750 ringgit per tonne "
        "respectively after highs of 757.50."
    )
    got = rows(nlp, passage, "KUALA LUMPUR, April 7 -")
    assert got["five"].kind != "money"
