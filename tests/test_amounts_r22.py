"""Amounts round 22: money and number styles of today's copy that 1987 wire text never writes.

Checklists read (inputs and expected outputs only, no code): scrapinghub/price-parser (BSD-3),
``tests/test_price_parsing.py`` and ``tests/test_natural_language_numbers.py``; scrapinghub/number-parser
(BSD-3), ``tests/test_language_en.py``. Their English inputs a news sentence could hold are set in a plain
news frame ("The company paid X for the unit."), so every such sentence carries ``# made``; the value,
currency and kind asserted are what price-parser and number-parser expect, in this extractor's conventions
(ISO 4217 codes, a range's scale on both ends).
"""

from __future__ import annotations

import pytest

from tasks.amounts import Amount, extract_amounts
from tests.helpers import amount_rows as rows


def paid(nlp, money: str) -> Amount:
    found = rows(nlp, f"The company paid {money} for the unit.")  # made: the checklist's input in a news frame
    assert list(found) == [money]
    return found[money]


#: A scale written against the far end of a range is the scale of both ends: "$1.2-1.5bn" runs from 1.2
#: billion, not from 1.2 dollars (price-parser's "$ 4 million"; the brief's "€1.2bn" styles in a range).
SCALED_RANGES = [
    ("$1.2-1.5bn", 1.2e9, 1.5e9, "USD"),
    ("€2-3bn", 2e9, 3e9, "EUR"),
    ("$5-6m", 5e6, 6e6, "USD"),
    ("$500-600m", 5e8, 6e8, "USD"),
]


@pytest.mark.parametrize(("money", "low", "high", "currency"), SCALED_RANGES, ids=[c[0] for c in SCALED_RANGES])
def test_a_scale_against_the_far_end_scales_both_ends(nlp, money: str, low: float, high: float, currency: str) -> None:
    found = paid(nlp, money)
    assert (found.kind, found.value_low, found.value_high, found.currency) == ("money", low, high, currency)


def test_a_figure_written_in_full_keeps_its_own_value_in_a_scaled_range(nlp) -> None:
    found = paid(nlp, "$900,000-1.2m")
    assert (found.value_low, found.value_high) == (900_000, 1.2e6)


#: Currency abbreviations set against the figure by the English-language press of India ("Rs1,599.00",
#: price-parser), Indonesia ("Rp169,000"), Malaysia, the Gulf, Kenya, Bangladesh, and the Financial Times'
#: Swiss and Nordic currencies; "SGD$4.90" (price-parser) and "CN¥" name whose dollar or yuan it is.
GLUED = [
    ("Rs1,599.00", 1599, "INR"),
    ("Rs.500 crore", 5e9, "INR"),  # not half a crore: the figure starts after the stop
    ("Rs5,000 crore", 5e10, "INR"),
    ("Rp169,000", 169_000, "IDR"),
    ("Rp 1.5 trillion", 1.5e12, "IDR"),
    ("RM2.3 billion", 2.3e9, "MYR"),
    ("RM50,000", 50_000, "MYR"),
    ("Dh5 billion", 5e9, "AED"),
    ("KSh2 billion", 2e9, "KES"),
    ("Tk 500 crore", 5e9, "BDT"),
    ("SKr5bn", 5e9, "SEK"),
    ("NKr2bn", 2e9, "NOK"),
    ("DKr2bn", 2e9, "DKK"),
    ("SGD$4.90", 4.9, "SGD"),
    ("AUD$2 billion", 2e9, "AUD"),
    ("CN¥5 billion", 5e9, "CNY"),
    ("Rmb5bn", 5e9, "CNY"),
]


@pytest.mark.parametrize(("money", "value", "currency"), GLUED, ids=[c[0] for c in GLUED])
def test_a_currency_abbreviation_against_the_figure_is_money(nlp, money: str, value: float, currency: str) -> None:
    found = paid(nlp, money)
    assert (found.kind, found.value, found.currency) == ("money", value, currency)


@pytest.mark.parametrize("sentence", [
    "The company showed the RM3 model at the fair.",  # made: letters that begin a name, not a currency
    "Dealers said the Tk2 engine was popular.",  # made
])
def test_a_bare_figure_after_such_letters_is_no_money(nlp, sentence: str) -> None:
    assert [a for a in extract_amounts(nlp(sentence)) if a.kind == "money"] == []


#: One-character fractions ("1½", from the round's list of modern styles; neither checklist has one), as
#: British copy sets prices, rates and moves: the whole and the fraction are one value, as "1-1/2" already was.
VULGAR = [
    ("The company paid $1½ million for the unit.", "$1½ million", "money", 1.5e6),  # made
    ("The company paid £2½m for the unit.", "£2½m", "money", 2.5e6),  # made
    ("The bank raised its rate by 2¾ per cent.", "2¾ per cent", "percent", 2.75),  # made
    ("Shares rose ½ point to 112.", "½ point", "quantity", 0.5),  # made
    ("The new plant will cost 1½ times the old one.", "1½", "quantity", 1.5),  # made
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), VULGAR, ids=[c[1] for c in VULGAR])
def test_a_one_character_fraction_is_part_of_the_value(nlp, sentence: str, text: str, kind: str, value: float) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.value) == (kind, value)


#: number-parser's English number words, in a news frame; they read right before this round and guard the
#: word scanner the new digit forms share.
WORDS = [
    ("The company hired one hundred and forty two new workers.", "one hundred and forty two", 142),  # made
    ("The company hired two million three thousand and nineteen workers.",  # made
     "two million three thousand and nineteen", 2_003_019),
    ("They just won seventy-five thousand dollars.", "seventy-five thousand dollars", 75_000),  # made
    ("The company hired twenty-one new directors.", "twenty-one", 21),  # made
    ("The company hired a hundred and five new workers.", "a hundred and five", 105),  # made
]


@pytest.mark.parametrize(("sentence", "text", "value"), WORDS, ids=[c[1] for c in WORDS])
def test_number_words_keep_their_value(nlp, sentence: str, text: str, value: float) -> None:
    assert rows(nlp, sentence)[text].value == value


#: Thousands grouped by spaces beside a currency (price-parser's "PTE 120 000 000", "DEM 170 000";
#: quantulum3's "10 000 dollars", round 11's leftover) are one figure, not a small amount and a stray group.
SPACED = [
    ("The company paid PTE 120 000 000 for the unit.", "PTE 120 000 000", 120e6, "PTE"),  # made
    ("The company paid DEM 170 000 for the unit.", "DEM 170 000", 170_000, "DEM"),  # made
    ("The company paid 10 000 dollars for the unit.", "10 000 dollars", 10_000, "USD"),  # made
    ("The company paid $1 200.50 for the unit.", "$1 200.50", 1200.5, "USD"),  # made
]


@pytest.mark.parametrize(("sentence", "text", "value", "currency"), SPACED, ids=[c[1] for c in SPACED])
def test_thousands_grouped_by_spaces_beside_a_currency_are_one_figure(
    nlp, sentence: str, text: str, value: float, currency: str
) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.value, found.currency) == ("money", value, currency)


def test_a_day_before_a_price_is_no_thousands_group(nlp) -> None:
    # reuters-13871 (a headline-only story): April 7, then the gold price
    found = rows(nlp, "LONDON GOLD - APRIL 7 418.70 DLRS, FIX CONTINUES")
    assert found["418.70 DLRS"].value == 418.70


def test_a_space_between_figures_without_a_currency_is_no_thousands_group(nlp) -> None:
    found = extract_amounts(nlp("The agency said 300 000 tonnes were shipped."))  # made
    assert 300_000 not in [a.value for a in found]


#: "pc", the British papers' per cent, and percents or basis points set against the figure.
PERCENTS = [
    # reuters-6793: the wire's own "pc" beside its "pct"
    ("Kansas City Southern with a 9.2 pct rate, and and the Norfolk and Western with a 9.1 pc rate.",
     "9.1 pc", 9.1, None),
    ("The fund bought a 5.2pc stake in the bank.", "5.2pc", 5.2, None),  # made
    ("The central bank cut rates by 25bp on Thursday.", "25bp", 0.25, "basis point"),  # made
    ("Spreads widened 50bps after the sale.", "50bps", 0.5, "basis point"),  # made
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), PERCENTS, ids=[c[1] for c in PERCENTS])
def test_pc_and_attached_basis_points_are_percents(nlp, sentence: str, text: str, value: float, unit: str | None) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.value, found.unit) == ("percent", value, unit)


def test_a_computer_in_capitals_is_no_percent(nlp) -> None:
    found = extract_amounts(nlp("The company will sell a 386 PC this year."))  # made
    assert [a.kind for a in found if a.kind == "percent"] == []


@pytest.mark.parametrize(("sentence", "counts"), [
    ("It was the twenty-first summit since 2008.", []),  # made
    ("Operators launched networks after the summit, the thirty-second since 2008.", []),  # made
    ("The summit was the twenty-first since 2008, with twenty-one leaders.", ["twenty-one"]),  # made
])
def test_a_spelled_out_ordinal_is_no_count(nlp, sentence: str, counts: list[str]) -> None:
    assert list(rows(nlp, sentence)) == counts
