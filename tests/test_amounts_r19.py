"""Amounts round 19: currencies as they were on the story's date, and rate moves in percentage points.

Round 18 left today's ISO 4217 codes on 1987 money: a BI user summing ``ZMW`` or ``RUB`` over 1987
and 2020 adds old kwacha and Soviet roubles to today's. ISO 4217 keeps the withdrawn codes in its
"list three" (SIX, ``list-three.xml``; read through the withdrawal table of
reportingdev/currency-codes-ts ``src/data-historical.ts``); the extractor now takes the story's date
(``dct``) and gives a recoded currency the code it had on that day. A move in points of a rate
("the prime ... cutting it 1-1/2 points") is now in percentage points, as "half a point" already was.

Every sentence is from a Reuters-21578 story of the two round-19 samples (``amt19:``/``amt19b:``), named
by NEWID on its case, none in an evaluation set, unless it carries ``# made``.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.amounts import CURRENCY_ERAS, currency_on, extract_amounts, valid_currency


def rows(nlp, passage: str, dct: date | None) -> dict[str, object]:
    return {a.text: a for a in extract_amounts(nlp(passage), dct=dct)}


# reuters-19604 (a Soviet story of June 1987), reuters-5190 (a Zambian one of March 1987)
ROUBLES = "Outstanding debts to the state had reached 40 billion roubles."
KWACHA = ("Banking sources said Zambia was persuaded by the World Bank and IMF to lift its proposed ceiling of "
          "12.50 kwacha per dollar on the currency's devaluation once the auctions restart.")


@pytest.mark.parametrize(("passage", "text", "dct", "currency"), [
    (ROUBLES, "40 billion roubles", date(1987, 6, 19), "SUR"),
    (ROUBLES, "40 billion roubles", date(1995, 6, 19), "RUR"),  # the same sentence, dated after the USSR
    (ROUBLES, "40 billion roubles", date(2020, 6, 19), "RUB"),
    (KWACHA, "12.50 kwacha", date(1987, 3, 27), "ZMK"),
    (KWACHA, "12.50 kwacha", date(2013, 3, 27), "ZMW"),
    ("Harare said it would print 5 mln Zimbabwe dollars.", "5 mln Zimbabwe dollars", date(1987, 3, 2), "ZWD"),  # made
    ("Harare said it would print 5 mln Zimbabwe dollars.", "5 mln Zimbabwe dollars", date(2010, 3, 2), "ZWL"),  # made
])
def test_a_recoded_currency_takes_the_code_of_the_story_date(nlp, passage: str, text: str, dct: date, currency: str) -> None:
    money = rows(nlp, passage, dct)[text]
    assert (money.kind, money.currency) == ("money", currency)


def test_without_a_date_the_code_is_todays(nlp) -> None:
    assert rows(nlp, ROUBLES, None)["40 billion roubles"].currency == "RUB"


@pytest.mark.parametrize(("passage", "text", "dct", "currency"), [
    # reuters-8066: Malawi's kwacha, not Zambia's
    ("ZOMBA, March 21 - Malawi will impose a 15 pct \"border tax\" on some overseas remittances and a five pct profit "
     "tax for local branches of foreign firms to boost revenue and meet a projected 1987/88 budget deficit of 303 mln "
     "kwacha, the Malawi news agency reported.", "303 mln kwacha", date(1987, 3, 21), "MWK"),
    # a currency named by one era keeps its code on any date
    ("Brazil's debt to the banks was 30 billion cruzados in 1987.", "30 billion cruzados", date(1995, 3, 2), "BRC"),  # made
    # currencies that became the euro keep their own codes: the euro is no recoding of them
    ("The company's 1986 net profit rose to 1.2 billion French francs.", "1.2 billion French francs",  # made
     date(2005, 1, 1), "FRF"),
])
def test_currencies_the_date_does_not_recode(nlp, passage: str, text: str, dct: date, currency: str) -> None:
    assert rows(nlp, passage, dct)[text].currency == currency


# the switch days of ISO 4217 list three's recodings
@pytest.mark.parametrize(("code", "dct", "expected"), [
    ("MXN", date(1987, 3, 2), "MXP"),
    ("MXN", date(1992, 12, 31), "MXP"),
    ("MXN", date(1993, 1, 1), "MXN"),
    ("TRY", date(1987, 3, 2), "TRL"),
    ("PLN", date(1987, 3, 2), "PLZ"),
    ("CZK", date(1987, 3, 2), "CSK"),
    ("VEB", date(2010, 5, 1), "VEF"),
    ("VEB", date(2019, 5, 1), "VES"),
    ("BRC", date(1994, 7, 1), "BRL"),
    ("ARS", date(1987, 3, 2), "ARA"),
    ("PEN", date(1987, 3, 2), "PEI"),
    ("GHS", date(1987, 3, 2), "GHC"),
    ("SDG", date(1987, 3, 2), "SDP"),
    ("UGX", date(1987, 3, 2), "UGS"),
    ("UGX", date(1987, 6, 2), "UGX"),
    ("USD", date(1987, 3, 2), "USD"),
    ("DEM", date(2005, 3, 2), "DEM"),
    (None, date(1987, 3, 2), None),
])
def test_the_code_valid_on_a_day(code: str | None, dct: date, expected: str | None) -> None:
    assert currency_on(code, dct) == expected


def test_every_code_of_a_recoded_currency_passes_the_currency_gate() -> None:
    # the quality gate rejects a currency that is no ISO 4217 code, current or withdrawn
    assert [c for line in CURRENCY_ERAS for c, _ in line if not valid_currency(c)] == []


RATE_MOVES = [
    # reuters-11817: the prime's cut
    ("The banks raised the prime to the current six pct from five pct on February 28 after cutting it 1-1/2 points "
     "from 6-1/2 on January 15 in response to upside pressure on the Hong Kong dollar, he said.", "1-1/2 points", 1.5),
    # reuters-17966
    ("The key three months interbank money market rates eased about 1/8 point, reflecting cautious hopes that the "
     "downtrend in U.K. Interest rates will be resumed.", "about 1/8 point", 0.125),
    # reuters-19535: a loan's margin over Libor
    ("Interest is set at 1/4 percentage point over London interbank offered rate for the first two years, rising to "
     "3/8 point thereafter.", "3/8 point", 0.375),
    # reuters-6091
    ("Bootle of Lloyds said the expected base rate cut would pave the way for an early one-point cut in mortgage "
     "lending rates.", "one-point", 1.0),
    # reuters-1611: an inflation rate's drop, to a percent
    ("Tigrel acknowledged a need to cut inflation further after a drop of more than 12 points to 24.6 pct in the "
     "Treasury wholesale index last year.", "more than 12 points", 12.0),
    # reuters-772: a load factor's move to a percent, which the wire elsewhere writes "1.4 percentage points to
    # 66.7 pct" (reuters-4225); no rate is named, the percent it ends at says what moved
    ("NEW YORK, March 2 - Pan Am Corp said February load factor at Pan American World Airways rose two "
     "points to 51.9 pct from 49.9 pct a year ago.", "two points", 2.0),
]


@pytest.mark.parametrize(("sentence", "text", "value"), RATE_MOVES)
def test_a_rate_move_in_points_is_in_percentage_points(nlp, sentence: str, text: str, value: float) -> None:
    move = rows(nlp, sentence, date(1987, 4, 1))[text]
    assert (move.kind, move.value, move.unit) == ("percent", value, "percentage point")


@pytest.mark.parametrize(("sentence", "text"), [
    # reuters-1330: a share price's points
    ("Cannon's stock is up 1-3/8 points at 10-1/8.", "1-3/8 points"),
    # reuters-5515: a floating rate note's price, though its coupon is a rate
    ("The malaise was felt through the banking sector with a two point fall registered by one BNP note, to give a "
     "three point drop over two trading days.", "two point"),
    # reuters-4166: a poll's lead, where nothing names a rate
    ("LONDON, March 12 - Britain's ruling Conservatives have moved into a six-point lead over the main opposition "
     "Labour Party, a Marplan poll published in today's Guardian newspaper reports.", "six-point"),
    # reuters-59: barge freight bid in percent of a tariff, quoted in points of the bid
    (" - Next week Mississippi River (St Louis) 120 pct bid/127-1/2 offered - up five points.", "five points"),
])
def test_points_of_a_price_or_a_poll_stay_points(nlp, sentence: str, text: str) -> None:
    move = rows(nlp, sentence, date(1987, 4, 1))[text]
    assert (move.kind, move.unit) == ("quantity", "point")


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # reuters-1631
    ("He said the panel's move was \"an unfortunate first action\" because it could lead to the exemption of "
     "potentially millions of acres from the sod buster regulations.", "millions of", "acre"),
    # reuters-14389
    ("BANCROFT, Iowa, April 7 - An explosion and fire today damaged a grain elevator in Bancroft, Iowa, destroying "
     "thousands of bushels of grain, authorities said.", "thousands of", "bushel"),
    # reuters-18228
    ("LYON, France, June 2 - Two people were missing and six injured after tanks containing thousands of cubic "
     "metres of fuel burst into flames today at a Shell storage unit in Lyon.", "thousands of", "cubic metre"),
])
def test_a_vague_amount_of_a_unit_is_a_quantity_in_it(nlp, sentence: str, text: str, unit: str) -> None:
    found = rows(nlp, sentence, date(1987, 4, 7))[text]
    assert (found.kind, found.unit, found.value, found.vague) == ("quantity", unit, None, True)
    assert found.object != unit


def test_a_vague_amount_of_things_stays_a_count(nlp) -> None:
    # reuters-8421
    found = rows(nlp, "Several hundred vessels have been confirmed hit in the Gulf by Iran and Iraq since early 1984.",
                 date(1987, 4, 7))["Several hundred"]
    assert (found.kind, found.unit, found.object) == ("count", None, "vessel")
