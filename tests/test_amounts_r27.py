"""Amounts round 27: the dateline's dollars and cents, "a penny", unitless cents moves, verbless share lists.

A BI user summing money by currency found Sydney, Melbourne, Wellington, Hong Kong and Singapore stories
in U.S. dollars ("SYDNEY - ... The shares closed at 3.90 dlrs today, down 25 cents"), South African cents
too ("JOHANNESBURG - Shr 616 cts vs 481"); the pipeline cuts the dateline off the text, so the LONDON and
TORONTO rules of rounds 24-26 never saw it either, and ``extract_amounts`` now takes it (``dateline``).
"a penny"/"a cent" moves and "one-half cent" were missed or a percent of 50; a Sydney report's unitless
cents moves ("Kidston 50 to 9.00") were counts; list items that give their verb once ("Mobil <MOB> one to
50-1/4") were counts, "one" lost as a pronoun. Each case is a sentence of a Reuters-21578 story outside the
evaluation sets (named on each row).
"""

from __future__ import annotations

import re

import pytest

from tasks.amounts import Amount, extract_amounts


def rows(nlp, passage: str, split_dateline: bool = False) -> dict[str, Amount]:
    """Amounts of ``passage``; with ``split_dateline`` the dateline is cut off as cleaning cuts it."""
    if not split_dateline:
        return {a.text: a for a in extract_amounts(nlp(passage))}
    m = re.match(r"[A-Z][A-Z .]+,? \w+ \d+ - ", passage)
    assert m is not None
    body = passage[m.end() :]
    return {a.text: a for a in extract_amounts(nlp(body), dateline=m.group(0).strip())}


#: A story the dateline places and that names no other dollar: (passage, amount, currency).
DATELINE_MONEY = [
    # reuters-17986
    (
        "SYDNEY, June 2 - The shares closed at 3.90 dlrs today, down 25 cents on yesterday, after ETL withdrew.",
        "25 cents",
        "AUD",
    ),
    # reuters-10284
    (
        "MELBOURNE, March 27 - First nine months ended Feb 28 Shr 47.4 cents vs 65.2 Net 603.0 mln dlrs vs 813.0 mln",
        "603.0 mln dlrs",
        "AUD",
    ),
    # reuters-10361
    (
        "WELLINGTON, March 27 - Progressive shares ended at 4.35 dlrs, Rainbow at 3.42 and BIL at 4.17 at the close.",
        "4.35 dlrs",
        "NZD",
    ),
    # reuters-10611
    (
        "SINGAPORE, March 28 - Shr 8.7 cts vs 7.7 cts Fin div 9.0 cts vs 9.0 cts Group net 23.5 mln dlrs vs 20.8 mln",
        "23.5 mln dlrs",
        "SGD",
    ),
    # reuters-356
    (
        "HONG KONG, March 2 - It paid total dividends of 1.30 dlrs per share last year, equal to 26 cents per share.",
        "26 cents",
        "HKD",
    ),
    # reuters-4149: the rand's cents; South Africa's dollars are U.S. ones
    (
        "JOHANNESBURG, March 12 - Shr 616 cts vs 481 Final div 150 cts vs 140, making 230 vs 195 Pre-tax 705.4 mln "
        "rand vs 485.2 mln",
        "616 cts",
        "ZAR",
    ),
    # reuters-14001
    (
        "JOHANNESBURG, April 7 - Vaal Reefs ended eight rand higher at 398 rand but Grootvlei eased 40 cents at 16.60 "
        "rand.",
        "40 cents",
        "ZAR",
    ),
]


@pytest.mark.parametrize("split", [False, True], ids=["in-text", "cut-off"])
@pytest.mark.parametrize(
    ("passage", "text", "currency"), DATELINE_MONEY, ids=[c[1] for c in DATELINE_MONEY]
)
def test_the_datelines_market_decides_the_dollar(
    nlp, passage: str, text: str, currency: str, split: bool
) -> None:
    assert rows(nlp, passage, split)[text].currency == currency


#: The dateline's market does not decide: (passage, amount, currency).
STAYS = [
    # reuters-19497: oil is priced in U.S. dollars in Singapore too
    (
        "SINGAPORE, June 29 - OPEC has shown itself to be in control. August Dubai was discussed in cautious early "
        "activity at around 17.35 dlrs, above Friday's range.",
        "around 17.35 dlrs",
        "USD",
    ),
    # reuters-14802: a currency's rate on Simex
    (
        "SINGAPORE, April 8 - June mark eased to around 0.5500 dlrs from a 0.5510 opening.",
        "around 0.5500 dlrs",
        "USD",
    ),
    # reuters-10807: the U.S. trade deficit
    (
        "HONG KONG, March 30 - The Reagan Administration is facing uproar in Congress over cutting the country's "
        "169.8 billion dlr trade deficit, they said.",
        "169.8 billion dlr",
        "USD",
    ),
    # reuters-9310-like: a story that names U.S. cents keeps its plain cents American
    ("JOHANNESBURG, March 25 - The commercial rand rose 0.5 cts to 49 U.S. Cts.", "0.5 cts", "USD"),
    # a story filed from Melbourne, Florida
    ("MELBOURNE, Fla, March 20 - Shr loss nine cts vs profit nine cts", "nine cts", "USD"),
]


@pytest.mark.parametrize(("passage", "text", "currency"), STAYS, ids=[c[1] for c in STAYS])
def test_world_prices_and_other_dollars_are_left(
    nlp, passage: str, text: str, currency: str
) -> None:
    assert rows(nlp, passage)[text].currency == currency


#: "a penny", "a cent", "one-half cent": (passage, amount, currency, value).
MINOR = [
    # reuters-13420
    (
        "LONDON, April 8 - Barclays eased a penny to 503, as did Natwest at 588.",
        "a penny",
        "GBP",
        0.01,
    ),
    # reuters-13576
    ("LONDON, April 9 - ICI fell a penny at 1,334, Glaxo 8p at 1,480.", "a penny", "GBP", 0.01),
    # reuters-9784
    (
        "LONDON, March 26 - Sterling settled to a steady 1.6050 about 1300 GMT, nearly a cent higher than the "
        "European low of 1.5960.",
        "nearly a cent",
        "USD",
        0.01,
    ),
    # reuters-15563
    (
        "NEW YORK, April 9 - Asarco Inc said it is increasing its base spot sales price for refined lead by "
        "one-half cent to 26.50 cents a lb.",
        "one-half cent",
        "USD",
        0.005,
    ),
]


@pytest.mark.parametrize(("passage", "text", "currency", "value"), MINOR, ids=[c[1] for c in MINOR])
def test_one_penny_or_cent_in_words(
    nlp, passage: str, text: str, currency: str, value: float
) -> None:
    a = rows(nlp, passage)[text]
    assert (a.kind, a.currency, a.value) == ("money", currency, pytest.approx(value))


def test_the_price_after_a_penny_is_in_pence(nlp) -> None:
    # reuters-13420
    assert (
        rows(nlp, "LONDON, April 8 - Barclays eased a penny to 503, as did Natwest at 588.")[
            "503"
        ].value
        == 5.03
    )


def test_a_penny_stock_is_no_amount(nlp) -> None:
    # reuters-4160
    assert rows(nlp, '"The company has always had the aura of a penny stock," Shattner said.') == {}


#: A Sydney report's moves in cents without their unit: (passage, {figure: value}), all AUD.
CENTS_MOVES = [
    # reuters-16116
    (
        "SYDNEY, April 13 - Placer Pacific rose 25 cents to 3.95 dlrs, Elders Resources 17 to 3.20, CRA 36 to 8.70 "
        "and MIM 19 to 3.35.",
        {"17": 0.17, "3.20": 3.20, "36": 0.36, "8.70": 8.70},
    ),
    (
        "SYDNEY, April 13 - Resources leader BHP closed 15 down at 11.40 in quiet trading while Bell Resources rose "
        "eight to 5.70.",
        {"15": 0.15, "11.40": 11.40, "eight": 0.08, "5.70": 5.70},
    ),
    (
        "SYDNEY, April 13 - ANZ Bank dropped 10 to 5.60 and National four to 5.46.",
        {"four": 0.04, "5.46": 5.46},
    ),
    # reuters-15374
    (
        "SYDNEY, April 9 - Others to gain included Bell Group, up 15 to 10.85, IEL, 16 higher at 5.36, and Wormald, "
        "up 20 at 3.65.",
        {"16": 0.16, "5.36": 5.36, "20": 0.20, "3.65": 3.65},
    ),
    (
        "SYDNEY, April 9 - Goodman Fielder advanced 10 to 4.60, Southern Farmers 20 to 8.40, and Arnotts 10 to 4.70.",
        {"4.70": 4.70},
    ),
]


@pytest.mark.parametrize("split", [False, True], ids=["in-text", "cut-off"])
@pytest.mark.parametrize(
    ("passage", "figures"), CENTS_MOVES, ids=[" ".join(c[1]) for c in CENTS_MOVES]
)
def test_unitless_cents_moves_in_a_dollar_and_cents_market(
    nlp, passage: str, figures: dict[str, float], split: bool
) -> None:
    found = rows(nlp, passage, split)
    for text, value in figures.items():
        assert (found[text].kind, found[text].currency, found[text].value) == (
            "money",
            "AUD",
            pytest.approx(value),
        )


def test_a_move_before_a_price_with_its_unit(nlp) -> None:
    # reuters-960
    found = rows(
        nlp,
        "HONG KONG, March 3 - Chinese Estates lost 25 cents to 20.15 dlrs yesterday, China "
        "Entertainment five to 8.60 dlrs and Evergo one to 74 cents.",
    )
    assert (found["five"].currency, found["five"].value, found["8.60 dlrs"].value) == (
        "HKD",
        0.05,
        8.60,
    )
    assert found["one"].value == pytest.approx(0.01)


#: Market-report lists that give their verb once: (passage, {figure: value}), all USD.
LISTS = [
    # reuters-9947
    (
        "NEW YORK, March 20 - Exxon <XON> climbed one to 88-3/8, Mobil <MOB> one to 50-1/4, Atlantic Richfield "
        "<ARC> 3-1/8 to 80-1/2, and Amerada Hess one to 33-5/8.",
        {"50-1/4": 50.25, "3-1/8": 3.125, "80-1/2": 80.5, "33-5/8": 33.625},
    ),
    # reuters-6023
    (
        "NEW YORK, March 13 - Margoshes said he recommends Imperial Oil <IMO.A>, up 1/2 to 49-1/8, Standard Oil Co "
        "<SRD>, 7/8 to 62-3/4, Exxon <XON> one to 83-1/8.",
        {"7/8": 0.875, "62-3/4": 62.75, "one": 1.0},
    ),
    # reuters-14102
    (
        "NEW YORK, April 6 - GM gained two to 83-1/2 and Ford one to 91-1/8.",
        {"one": 1.0, "91-1/8": 91.125},
    ),
    # reuters-15589
    (
        "NEW YORK, April 9 - Delta <DAL> rose 1/2 to 56-7/8, NWA Inc <NWA> 3/8 to 66, and Pan Am <PN> 1/8 to 4-5/8.",
        {"3/8": 0.375, "66": 66.0, "1/8": 0.125},
    ),
]


@pytest.mark.parametrize(("passage", "figures"), LISTS, ids=[" ".join(c[1]) for c in LISTS])
def test_verbless_share_list_items_are_money(nlp, passage: str, figures: dict[str, float]) -> None:
    found = rows(nlp, passage)
    for text, value in figures.items():
        assert (found[text].kind, found[text].currency, found[text].value) == (
            "money",
            "USD",
            pytest.approx(value),
        )


def test_a_us_share_in_a_london_story_is_in_dollars(nlp) -> None:
    # reuters-9276: the LONDON dateline, cut off by cleaning, still leaves New York prices in dollars
    found = rows(
        nlp,
        "LONDON, March 25 - Enserch's stock closed at 22-1/2 last night on the New York Stock Exchange.",
        split_dateline=True,
    )
    assert (found["22-1/2"].kind, found["22-1/2"].currency) == ("money", "USD")


def test_london_pence_with_the_dateline_cut_off(nlp) -> None:
    # reuters-3264: the dateline the pipeline passes is a sterling cue for glued pence, as it was in the text
    found = rows(
        nlp,
        "LONDON, March 9 - IC Gas said its board is not making a recommendation on the partial "
        "tender offer at 710p per share.",
        split_dateline=True,
    )
    assert (found["710p"].currency, found["710p"].value) == ("GBP", 7.10)
