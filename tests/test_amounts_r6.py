"""Round 6: year-ago figures in parentheses, bare prices tied to a stated price, currency headers."""

from __future__ import annotations

import pytest

from tasks.amounts import Amount, extract_amounts


def by_text(nlp, sentence: str) -> dict[str, Amount]:
    return {a.text: a for a in extract_amounts(nlp(sentence))}


# Reuters-21578 (reut2-003): current figures with year-ago ones in parentheses before the unit.
WHEAT = (
    "It said it accepted 336,097 tonnes of bread wheat (nil in the year-earlier period), 16,818 (nil) "
    "tonnes of high quality wheat, 33,623 (523,625) tonnes of feed wheat, 3,426 (168,682) tonnes of rye."
)


@pytest.mark.parametrize(("text", "value"), [("3,426", 3426.0), ("168,682", 168682.0), ("16,818", 16818.0),
                                             ("33,623", 33623.0), ("523,625", 523625.0)])
def test_year_ago_figure_in_parentheses_shares_the_unit(nlp, text: str, value: float) -> None:
    a = by_text(nlp, WHEAT)[text]  # each figure stays its own amount
    assert (a.kind, a.value, a.unit) == ("quantity", value, "tonne")


def test_year_ago_pair_takes_scale_and_currency(nlp) -> None:
    found = by_text(nlp, "Group net profit rose to 12.5 (10.1) mln dlrs in the year.")
    assert (found["12.5"].kind, found["12.5"].value, found["12.5"].currency) == ("money", 12.5e6, "USD")
    assert (found["10.1"].kind, found["10.1"].value, found["10.1"].currency) == ("money", 10.1e6, "USD")


def test_next_row_label_after_parentheses_is_no_unit(nlp) -> None:
    # Bank of France return: "Ecus" labels the next row, it is not the currency of 119,518
    found = by_text(nlp, "Convertible Currency Reserves 119,518 (116,728) Ecus 62,008 (62,020)")
    assert found["119,518"].currency != "XEU"


@pytest.mark.parametrize(("sentence", "text", "value", "currency"), [
    ("The Ministry raised the price for shipments May onwards to 177 dlrs per tonne FOB from 176.",
     "176", 176.0, "USD"),
    ("Bankers saw VW's group earnings per share falling to 35 marks in 1987 from 42 in 1986.", "42", 42.0, "DEM"),
    ("Brent was at around 17.35 dlrs, still below the government selling price (GSP) of 17.42.",
     "17.42", 17.42, "USD"),
    ("Fiat ordinary was indicated 13,090 lire against yesterday's closing of 12,705.", "12,705", 12705.0, "ITL"),
    ("The rate of 54.55 dlrs per share is a premium of about 25.8 pct over the last sale price of 43-3/8 per share.",
     "43-3/8", 43.375, "USD"),
    ("Futures were 0.10 cent higher to 0.12 lower in latest dealings.", "0.12", 0.0012, "USD"),
    ("Corn closed at 5.04-1/2 dlrs after posting a 5-1/2 cent range, with November at 5.04-3/4.",
     "5.04-3/4", 5.0475, "USD"),
])
def test_bare_price_inherits_the_stated_currency(nlp, sentence, text, value, currency) -> None:
    a = by_text(nlp, sentence)[text]
    assert a.kind == "money" and a.currency == currency
    assert a.value == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "text"), [
    # a count of seats, not a price: an order of magnitude from the price
    ("Two seats sold for 200 dlrs, unchanged from the previous sale, and 14 for 100 dlrs, down 100 dlrs.", "14"),
    # a number word counts something
    ("It sells for 2,295 dlrs with one diskette and one 20-megabyte fixed disk drive.", "one"),
    # a day of the month, not a price
    ("It bought 56,000 tonnes at 79.41 U.S. Dlrs per tonne for delivery on July 5 and 20.", "20"),
])
def test_no_currency_is_guessed(nlp, sentence, text) -> None:
    a = by_text(nlp, sentence).get(text)
    assert a is None or a.currency is None


def test_currency_header_states_currency_and_scale(nlp) -> None:
    found = by_text(nlp, "BANK OF FRANCE RETURN - APR 9 Week end Apr 2 (in mln francs) Gold reserves 218,316 (unch) "
                         "Ecus 62,008 (62,020)")
    assert (found["218,316"].kind, found["218,316"].currency) == ("money", "FRF")
    assert found["62,020"].value == pytest.approx(62020e6)


# TBAQ wsj_0585 / wsj_0165 (stock tables in prose): a price move, then the new price, is no range.
@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Weisfield's rocketed 9 1/2 to 39 after the jewelry store operator said it was in talks.", "9 1/2", "39"),
    ("Starpointe Savings Bank rose 3 to 20 after the Federal Deposit Insurance Corp. approved it.", "3", "20"),
    ("In national over-the-counter trading yesterday, POP plunged $4 to $14.75.", "$4", "$14.75"),
])
def test_change_then_price_is_two_amounts(nlp, sentence, first, second) -> None:
    found = by_text(nlp, sentence)
    assert found[first].value_low is None and found[second].value_low is None


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    # Reuters reut2-012: real ranges after a move keep their unit
    ("The area sown was two to 2.2 mln hectares, down 29.9 to 36.3 pct on the record.", "36.3 pct", 29.9, 36.3),
    ("Prices rose 5 to 10 pct last year.", "10 pct", 5.0, 10.0),
])
def test_a_range_after_a_move_with_its_unit_stays_a_range(nlp, sentence, text, low, high) -> None:
    a = by_text(nlp, sentence)[text]
    assert (a.value_low, a.value_high) == (low, high)


@pytest.mark.parametrize("sentence", [
    "Poughkeepsie also expects to post a one-time charge of $8.3 million.",  # TBAQ
    "The cash came from operating cash flow, zero-coupon subordinated debt and asset sales.",  # TBAQ
    "One-way trade focused mainly on the fixed price contracts.",  # Reuters reut2-016
])
def test_lexical_number_compounds_are_not_counts(nlp, sentence) -> None:
    assert not [a for a in extract_amounts(nlp(sentence)) if a.text.lower() in ("one", "zero")]


def test_counting_compounds_stay_counts(nlp) -> None:
    a = by_text(nlp, "The same three-judge panel issued Thursday's ruling.")["three"]
    assert (a.kind, a.value) == ("count", 3.0)
