"""Amounts round 23: a fraction the wire prints in figures before "of" sums as the same fraction in words.

"3/4 of" had been a count of 0.75 where "three-quarters of" is the proportion 75 percent, so a BI user adding
the proportions of a column missed the ones written in figures, and "7/8 of a percentage point" was a count
of 0.875 points beside "a quarter of a percentage point" as a percent of 0.25 in ``percentage point``.
Every case is a Reuters-21578 sentence outside the evaluation sets (the story is named on each row); the
expected kind, value and unit are those the extractor already gives the same fraction in words.
"""

from __future__ import annotations

import pytest

from tests.helpers import amount_rows as rows

#: A part of a whole: the proportion, in percent, as "more than one-eighth of total spending" is.
PROPORTIONS = [
    # reuters-18041
    ("The Commission says there will be a shortfall of at least five billion Ecus this year, more than 1/8 of "
     "total spending.", "more than 1/8", 12.5),
]


@pytest.mark.parametrize(("sentence", "text", "value"), PROPORTIONS, ids=[c[1] for c in PROPORTIONS])
def test_a_fraction_in_figures_of_a_whole_is_a_proportion(nlp, sentence: str, text: str, value: float) -> None:
    found = rows(nlp, sentence)[text]
    assert (found.kind, found.value) == ("percent", value)


def test_the_same_fraction_in_figures_and_in_words_is_the_same_amount(nlp) -> None:
    frame = "The Commission says there will be a shortfall of at least five billion Ecus this year, more than {} of total spending."  # reuters-18041
    figures, words = rows(nlp, frame.format("3/4"))["more than 3/4"], rows(nlp, frame.format("three-quarters"))["more than three-quarters"]
    assert (figures.kind, figures.value, figures.unit) == (words.kind, words.value, words.unit)


#: A part of one percentage point or of one percent: the spread over Libor, as "a quarter of a percentage
#: point" is (tests/test_amounts_r8.py).
PARTS_OF_A_POINT = [
    # reuters-3022
    ("Under the February 27 accord, Venezuela will repay 20.3 billion dlrs of public sector debt over 14 years at "
     "7/8 of a percentage point over London interbank offered rates (Libor).",
     "7/8 of a percentage point", 0.875, "percentage point"),
    # reuters-15393
    ("The two year loan with bullet repayment carries interest at 5/8 of a percentage point over the London "
     "interbank offered rate.", "5/8 of a percentage point", 0.625, "percentage point"),
    # reuters-17204
    ("They said banks in the kingdom offered two and three month deposits 1/16 of a percentage point lower, but "
     "there were few takers.", "1/16 of a percentage point", 0.0625, "percentage point"),
    # reuters-15509: the same part in words had been 10 percent and 1 percent
    ("On a comparable store basis, sales rose one-tenth of one pct.", "one-tenth of one pct", 0.1, None),
    # reuters-12890: "1/10 pct" is a percent of 0.1, and so is a tenth of one
    ("Products made at the plant represent less than 1/10 of one pct of Du Pont's annual sales, it said.",
     "less than 1/10 of one pct", 0.1, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), PARTS_OF_A_POINT, ids=[c[1] for c in PARTS_OF_A_POINT])
def test_a_fraction_of_one_point_or_percent_is_that_part_of_a_percent(
    nlp, sentence: str, text: str, value: float, unit: str | None
) -> None:
    found = rows(nlp, sentence)
    assert (found[text].kind, found[text].value, found[text].unit) == ("percent", value, unit)
    assert "one pct" not in found  # the one percent is the whole the fraction is taken of, no amount of its own


def test_a_fraction_of_one_unit_is_that_part_of_the_unit(nlp) -> None:
    # reuters-1661
    found = rows(nlp, "The well has a choke of 11/64 of an inch and is 10,097 feet deep.")["11/64 of an inch"]
    assert (found.kind, found.value, found.unit) == ("quantity", 11 / 64, "inch")


def test_a_fraction_of_a_share_stays_a_count_of_shares(nlp) -> None:
    # reuters-3587 (the guard: tests/test_amounts_r8.py holds its value)
    found = rows(nlp, "Under those terms, each Baker common share and Hughes common share would be converted into one "
                      "share and 8/10 of a share, respectively, of Baker Hughes Inc, which would be formed as a new "
                      "holding company.")["8/10"]
    assert (found.kind, found.value) == ("count", 0.8)
