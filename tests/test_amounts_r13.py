"""Amounts round 13: one rule for ranges, read off the gold.

MEANTIME dev marks a range written as one expression as one VALUE ("15-20%", "200-250"; both range
VALUEs in its dev gold), and the TimeBank-AQUAINT dev labels (``tests/fixtures/amounts_timebank.json``)
mark each end of a range joined by a word as its own VALUE, "between" outside (all five such ranges in
dev: wsj_0106 twice, wsj_0679, wsj_0806, wsj_0376). The extractor cuts rows the same way; every row of
a range carries the whole range in value_low/value_high, so the range stays queryable as one.

Sentences are from MEANTIME dev (``../shared/data/meantime-dev``), TimeBank-AQUAINT dev stories
(``../shared/data/timebank-aquaint``) and Reuters-21578 stories outside the evaluation sets
(``reut2-NNN:id``), each named on its case. No third-party checklist was used this round.
"""

from __future__ import annotations

import pytest

from tasks.amounts import Amount, extract_amounts


def rows(nlp, sentence: str) -> list[Amount]:
    return extract_amounts(nlp(sentence))


def ranges(found: list[Amount]) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(a.text, a.value_low, a.value_high, a.currency or a.unit) for a in found]


# a range whose ends a word joins: one row per end, each carrying the range
WORD_JOINED = [
    # TimeBank-AQUAINT wsj_0679 (dev): gold "$23.31" and "$24.25"
    ("In a Securities and Exchange Commission filing, Hewlett-Packard said it now holds 1,384,119 Octel common "
     "shares, including 100,000 shares bought from Aug. 26 to Oct. 20 for $23.31 to $24.25 a share.",
     [("$23.31", 23.31, 24.25, "USD"), ("$24.25", 23.31, 24.25, "USD")]),
    # TimeBank-AQUAINT wsj_0806 (dev): gold "$14" and "$16", "between" outside
    ("The company estimates the offering price at between $14 and $16 a share.",
     [("$14", 14.0, 16.0, "USD"), ("$16", 14.0, 16.0, "USD")]),
    # TimeBank-AQUAINT wsj_0376 (dev): gold "#300 million" and "#400 million", past the dollar conversion
    ("The British chemical and textile company's plan, which requires shareholder approval, would create a new, "
     "listed U.K. stock with a probable market capitalization between #300 million ($473 million) and #400 "
     "million, analysts said.",
     [("#300 million", 3e8, 4e8, "GBP"), ("#400 million", 3e8, 4e8, "GBP")]),
    # reut2-017:17271: the first end takes the second's scale and currency
    ("Ongpin said the Japan is expected to respond favourably to a Philippine request to raise the aid level to "
     "between 75 and 80 billion yen.",
     [("75", 7.5e10, 8e10, "JPY"), ("80 billion yen", 7.5e10, 8e10, "JPY")]),
    # reut2-013:13238: a percent range in words
    ("Production in the manufactured goods industry has been falling since mid-1986 and will decline by between "
     "one and two pct this year after a 2.5 pct increase in 1986, the Ifo economic institute said.",
     [("one", 1.0, 2.0, None), ("two pct", 1.0, 2.0, None)]),
    # reut2-010:10701: two quantity ranges in one sentence
    ("But the sources forecast supplies from Argentina may fall to 400,000 to 500,000 tonnes from an anticipated "
     "800,000 in calendar 1987 and from South Africa to 700,000 to 800,000 tonnes from an estimated one mln in "
     "light of tighter export availability.",
     [("400,000", 4e5, 5e5, "tonne"), ("500,000 tonnes", 4e5, 5e5, "tonne"),
      ("700,000", 7e5, 8e5, "tonne"), ("800,000 tonnes", 7e5, 8e5, "tonne")]),
    # reut2-020:20766: two ends that each carry their currency
    ("In a filing with the Securities and Exchange Commission, the group said it bought 49,400 Airlease units "
     "between July 16 andf October 15 at 17.23 dlrs to 17.60 dlrs a share.",
     [("17.23 dlrs", 17.23, 17.6, "USD"), ("17.60 dlrs", 17.23, 17.6, "USD")]),
    # reut2-005:5836: "ranging from" makes the ends of one range, the percent sign on each
    ("The new CDs have maturities of six months, one year and two years and bear interest rates ranging from "
     "4.07 pct to 5.12 pct, he said.",
     [("4.07 pct", 4.07, 5.12, None), ("5.12 pct", 4.07, 5.12, None)]),
    # reut2-010:10460
    ("NWA Inc's Northwest Airlines said it is cutting fares to Hawaii from its 40-state U.S. route system, to save "
     "passengers between 30 dlrs and 100 dlrs off Northwest's lowest published roundtrip prices.",
     [("30 dlrs", 30.0, 100.0, "USD"), ("100 dlrs", 30.0, 100.0, "USD")]),
]


@pytest.mark.parametrize(("sentence", "want"), WORD_JOINED, ids=[c[1][0][0] for c in WORD_JOINED])
def test_each_end_of_a_word_joined_range_is_a_row_carrying_the_range(nlp, sentence: str, want: list) -> None:
    ends = {w[0] for w in want}
    assert [r for r in ranges(rows(nlp, sentence)) if r[0] in ends or r[1] is not None] == want


# a range written as one expression stays one row
ONE_EXPRESSION = [
    # MEANTIME dev 106653_Boeing_pushes_back_737_replacement_development: gold "15-20%"
    ("Boeing say airlines demand performance improvements of 15-20% are required if a new airliner is to be "
     "commercially viable.", "15-20%", 15.0, 20.0),
    # MEANTIME dev 3307_Airbus_launches_world_largest_passenger_plane: gold "200-250"
    ("Boeing's upcoming new design, the 7e7, does not attempt to compete directly with the A380 but instead is "
     "aimed at a more efficient and comfortable flight at 200-250 seats.", "200-250", 200.0, 250.0),
    # reut2-003:3893
    ("Analysts said they had estimated 1987 net at 3.00-4.00 dlrs and were now looking for at 2.50 dlr to 2.80 "
     "dlr range.", "3.00-4.00 dlrs", 3.0, 4.0),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), ONE_EXPRESSION, ids=[c[1] for c in ONE_EXPRESSION])
def test_a_range_written_as_one_expression_is_one_row(nlp, sentence: str, text: str, low: float, high: float) -> None:
    found = rows(nlp, sentence)
    whole = [a for a in found if a.text == text]
    assert len(whole) == 1 and (whole[0].value, whole[0].value_low, whole[0].value_high) == (None, low, high)
    assert not [a for a in found if a is not whole[0] and a.start_char < whole[0].end_char
                and whole[0].start_char < a.end_char]


# a move, then a level, or a rate: two amounts of their own, no range
NO_RANGE = [
    # TimeBank-AQUAINT wsj_1038 (dev)
    ("In over-the-counter trading yesterday, Benjamin Franklin rose 25 cents to $4.25.", ["25 cents", "$4.25"]),
    # reut2-007:7897: the level within ten times the move, after a change verb
    ("The shares rose 11 cts to 88 cts on the Toronto Stock Exchange yesterday.", ["11 cts", "88 cts"]),
    # reut2-006:6527: "from ... to" after a change
    ("Exovir said the transaction increases the group's stake from 12.9 pct to 18.5 pct.", ["12.9 pct", "18.5 pct"]),
    # reut2-004:4944
    ('"This shows that the impact of energy prices on inflation is behind us in terms of the move from 15 dlrs to '
     '18 dlrs per barrel," said Maria Ramirez of Drexel Burnham Lambert Inc.', ["15 dlrs", "18 dlrs"]),
    # reut2-002:2386: an exchange rate; the second figure has no currency of its own
    ("Results for Tel Aviv, Israel-based company translated at rate of one dlr to 1.485 new Israeli shekels.",
     ["one dlr", "1.485"]),
]


@pytest.mark.parametrize(("sentence", "texts"), NO_RANGE, ids=[c[1][0] for c in NO_RANGE])
def test_a_move_and_a_level_stay_two_values(nlp, sentence: str, texts: list[str]) -> None:
    found = {a.text: a for a in rows(nlp, sentence)}
    assert [(found[t].value is not None, found[t].value_low) for t in texts] == [(True, None)] * len(texts)


def test_an_approximated_range_keeps_its_approximator_on_both_rows(nlp) -> None:
    # reut2-004:4647: "about" stays inside the first end's extent and describes the range
    found = rows(nlp, "Kingston said about 65 to 70 pct of Emperor's shareholders are domiciled outside Australia, "
                      "but the vast majority are registered through Australian nominees and are thus entitled to "
                      "participate.")
    assert [(a.text, a.value_low, a.value_high, a.approximate) for a in found] == [
        ("about 65", 65.0, 70.0, "approx"), ("70 pct", 65.0, 70.0, "approx")]


@pytest.mark.parametrize(("sentence", "text"), [
    # reut2-009:9713: the article and "estimated" before a bare scale word
    ("The strike, called by leftist unions and declared illegal by the government, was aimed at pressing the "
     "administration to scrap an austerity program adopted on March 13 following an earthquake that killed up to "
     "1,000 people and caused an estimated billion dlrs in damage.", "an estimated billion dlrs"),
    # reut2-021:21235: as with "one" written out
    ("Sudan's foreign debt costs an estimated one billion dlrs a year to service.", "an estimated one billion dlrs"),
])
def test_an_estimated_billion_is_one_billion(nlp, sentence: str, text: str) -> None:
    found = {a.text: a for a in rows(nlp, sentence)}
    assert (found[text].value, found[text].currency, found[text].approximate) == (1e9, "USD", "approx")
