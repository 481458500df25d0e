"""Amounts round 24: pence in London-datelined stories, loan margins in points over a rate, and ranges of
moves after "by".

A BI user summing share prices or loan margins lost rows: "Underwoods shares rose 49p to 237p" gave nothing in
a story datelined "LONDON" that never names the pound, "5/8 point over LIBOR" was a count of 0.625 points
where "1/4 percentage point over London interbank offered rate" is a percent, and "by 63 to 82 basis points"
gave 63 percent and 0.82. Every case is a Reuters-21578 sentence outside the evaluation sets (the story is
named on each row); London stories keep their dateline, since the dateline is the cue.
"""

from __future__ import annotations

import pytest

from tests.helpers import amount_rows as rows

#: Share prices and per-share figures in pence, in stories datelined LONDON that name no pound, "stg" or Britain.
PENCE = [
    # reuters-941
    ("LONDON, March 3 - Last week, Underwoods shares rose 49p to 237p ahead of any announcement of the talks.",
     {"49p": 0.49, "237p": 2.37}),
    # reuters-3129
    ("LONDON, March 9 - Norcros shares firmed 30p to 342p after the news on investor speculation of a possible "
     "hostile bid from Williams, dealers said.", {"30p": 0.30, "342p": 3.42}),
    # reuters-12449
    ("LONDON, April 2 - Ranks Hovis McDougall Plc said it was making an increased and final offer for the Avana "
     "Group Plc. It said the terms of the offer will be 13 new Rank Hovis shares for every five Avana ordinary "
     "shares, valuing each Avana share at 829p.", {"829p": 8.29}),
    # reuters-18483: the results table's prior-year cells after "vs"
    ("LONDON, June 18 - six months to March 31 Shr 16.25p vs 15.61p Div 4.0p vs 3.5p Turnover 6.12 billion vs "
     "4.89 billion", {"15.61p": 0.1561, "3.5p": 0.035}),
]


@pytest.mark.parametrize(("passage", "expected"), PENCE, ids=[next(iter(c[1])) for c in PENCE])
def test_pence_against_the_figure_in_a_london_story_are_sterling(nlp, passage: str, expected: dict[str, float]) -> None:
    found = rows(nlp, passage)
    for text, value in expected.items():
        assert (found[text].kind, found[text].currency, found[text].value) == ("money", "GBP", pytest.approx(value))


#: A loan's margin in points over a named rate: percentage points, as "1/4 percentage point over" is.
SPREADS = [
    # reuters-15813
    ("The first credit, a project financing, will carry a basic margin of 5/8 point over London Interbank "
     "Offered Rates (LIBOR), with an additional 1/4 pct per annum payable on outstanding amounts.",
     "5/8 point", 0.625),
    # reuters-21513
    ("The nine-year loan will carry interest of 1/4 point over the London interbank offered rate.", "1/4 point", 0.25),
    # reuters-16773
    ("Argentina was granted a 19-year repayment at 13/16 points over Eurodollar rates, the same historically low "
     "spread that Mexico won last October.", "13/16 points", 0.8125),
    # reuters-4734
    ("The company said it obtained a 12-month loan of 109,000 dlrs at two points over prime from Altair "
     "Investments Inc to fund its share of the drilling costs.", "two points", 2.0),
    # reuters-15813: a margin named without the rate
    ("For a one year extension of the maturity an extra 1/8 point margin will be paid, with a further 1/8 point "
     "if the maturity is lengthened for the optional second year.", "1/8 point", 0.125),
]


@pytest.mark.parametrize(("sentence", "text", "value"), SPREADS, ids=[c[1] for c in SPREADS])
def test_points_over_a_rate_are_percentage_points(nlp, sentence: str, text: str, value: float) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.unit, found.value) == ("percent", "percentage point", value)


def test_points_over_treasuries_are_not_read_as_percentage_points(nlp) -> None:
    # reuters-15108: a bond's spread in points is in basis points, so no rate's name, no percentage points
    found = rows(nlp, "The seven-year notes were priced at 99.473 with an eight pct coupon to yield 8.10 pct, "
                      "or 71 points over Treasuries.")
    assert all(a.unit != "percentage point" for a in found.values())


#: "by X to Y" in a unit only moves are measured in: one range of moves, not a move and then a level.
MOVE_RANGES = [
    # reuters-6352
    ("Six major Thai major banks reduced minimum loan and overdraft rates by 0.50 to 0.75 percentage point on "
     "February 16 but the move has not substantially increased loan demand.", "0.75 percentage point", 0.5, 0.75),
    # reuters-13231
    ("The association said in a statement deposit rates have also been increased by 1/4 to 1/2 percentage point.",
     "1/2 percentage point", 0.25, 0.5),
    # reuters-13261: "63" had been 63 percent
    ("Braverman said bond prices recovered to bring the yield down sharply by 63 to 82 basis points.",
     "82 basis points", 0.63, 0.82),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), MOVE_RANGES, ids=[c[1] for c in MOVE_RANGES])
def test_a_range_of_moves_after_by_has_both_ends(nlp, sentence: str, text: str, low: float, high: float) -> None:
    found = rows(nlp, sentence)
    assert (found[text].value_low, found[text].value_high) == (pytest.approx(low), pytest.approx(high))
    assert all(a.value is None for a in found.values() if a.unit == found[text].unit)


def test_by_a_count_to_a_level_stays_a_move_and_a_level(nlp) -> None:
    # reuters-7597
    found = rows(nlp, "The number of unit holder accounts rose by 93,000 to 3,594,000, a rise of 36 pct during "
                      "the last 12 months.")
    assert (found["93,000"].value, found["3,594,000"].value) == (93000, 3594000)
