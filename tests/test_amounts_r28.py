"""Amounts round 28: the cells of a commodity table take the unit and scale its header states.

USDA, Census Bureau, CFTC and Argentine grain board tables print bare figures under a header that gives their
unit and scale ("ARGENTINA CORN, in mln tonnes --", "(in mln lbs --)", "(in 000s of bushels)"); round 27
counted 232 of 984 counts with no object in its sample as such cells, counts of nothing where they are
quantities. Each case is a passage of a Reuters-21578 story outside the evaluation sets (named on each row).
"""

from __future__ import annotations

import pytest

from tests.helpers import amount_rows as rows

#: (passage, cell, value, unit): a bare cell is a quantity in the header's unit, times its scale.
CELLS = [
    # reuters-15910
    (
        "SOUTH AFRICA CORN, in mln tonnes -- 1986/87          1985/86 04/09/87 03/09/87  04/09/87 03/09/87 "
        "Start Stcks  1.20   1.20     1.87   1.87 Production   8.50   9.50     8.08   8.08 Imports       Nil    Nil",
        "9.50",
        9_500_000,
        "tonne",
    ),
    # reuters-11953
    (
        "Production, continued (in mln lbs --) Feb 87    Jan 87   Feb 86 Other Salad and Cooking Oils   111.2    "
        "111.4-r   114.3 Margarine   218.8    216.9-r   214.4",
        "218.8",
        218_800_000,
        "pound",
    ),
    # reuters-14477: the header ends its paragraph, the rows are the next one
    (
        "The CFTC reported stocks of northern spring wheat in deliverable positions as of Friday, April 3 (in 000s "
        "of bushels).\n\nMpls      4/3/87  Week Ago  Year Ago Deliverable    2187      2235       982 Non-Del/Ungr"
        "    699       639       305 CCC Stocks    17381     17414     19390",
        "17381",
        17_381_000,
        "bushel",
    ),
    # reuters-15925: the bale's weight is part of the unit's name
    (
        "PAKISTAN COTTON, in mln 480 bales -- 1986/87           1985/86 04/09/87 03/09/87  04/09/87 03/09/87 Start "
        "Stocks 1.07   1.07      1.05   1.05 Production   6.10   6.10      5.67   5.67",
        "5.67",
        5_670_000,
        "bale",
    ),
    # reuters-15890
    (
        "Exports of the following commodities between start of current seasons and April 2, with comparisons, as "
        "reported to USDA by exporters, in thousand tonnes, unless noted -- 4/2/87    Prev Wk   4/3/86 Wheat        "
        "21,044.6  20,398.3  19,725.8 Soybeans     14,334.2  14,063.5  14,698.4",
        "14,063.5",
        14_063_500,
        "tonne",
    ),
    # reuters-6: the table runs on over blank lines, one paragraph a crop
    (
        "Argentine grain board figures show crop registrations of grains, oilseeds and their products to February "
        "11, in thousands of tonnes, showing those for futurE shipments month, 1986/87 total and 1985/86 total to "
        "February 12, 1986, in brackets: Bread wheat prev 1,655.8, Feb 872.0, March 164.6, total 2,692.4 "
        "(4,161.0).\n\nMaize Mar 48.0, total 48.0 (nil).\n\nLinseed prev 34.8, Feb 32.9, Mar 6.8, Apr 6.3, total "
        "80.8 (87.4).",
        "80.8",
        80_800,
        "tonne",
    ),
]


@pytest.mark.parametrize(("passage", "cell", "value", "unit"), CELLS)
def test_cell_takes_header_unit_and_scale(nlp, passage: str, cell: str, value: float, unit: str) -> None:
    a = rows(nlp, passage)[cell]
    assert (a.kind, a.value, a.unit, a.currency) == ("quantity", value, unit, None)


def test_cell_counts_no_noun(nlp) -> None:
    # reuters-11953: "373.3-r" is a revised cell, no count of an "r"; "305 CCC Stocks" counts no stocks
    passage = CELLS[1][0].replace("218.8", "373.3-r")
    assert rows(nlp, passage)["373.3"].object is None
    assert rows(nlp, CELLS[2][0])["305"].object is None


def test_header_scale_is_no_amount(nlp) -> None:
    # reuters-6: "in thousands of tonnes" states the table's scale, it is no amount of its own
    assert "thousands of" not in rows(nlp, CELLS[5][0])


def test_seasons_are_no_cells(nlp) -> None:
    # reuters-15910: the column heads "1986/87", "1985/86" are seasons, no tonnes
    found = rows(nlp, CELLS[0][0])
    assert all(a.unit != "tonne" for t, a in found.items() if t.startswith(("1986", "1985")))


#: (passage, figure): tables whose rows or columns do not all share the header's unit keep their figures as
#: they are; which unit a row has the header alone does not say.
MIXED = [
    # reuters-8179: two units in one header, the columns split between them
    (
        "AWF's state area forecasts in mln hectares, with 1986/87 production in mln tonnes, are as follows (crop "
        "forecasts were not given for the new wheat year) Area         Crop 1987/88  1986/87  1986/87 Queensland    "
        "0.82     0.82     0.95 N.S.W.\n\n3.07     3.17     4.40 Victoria      1.53     1.63     3.25",
        "1.63",
    ),
    # reuters-15860: an exception to the header's unit
    (
        "The U.S. Agriculture Department gave grain, corn and wheat under loans, with comparisons, as follows, in mln "
        "bushels, except feedgrains, which is in mln tonnes -- 1986/87            1985/86 04/09/87 03/09/87  "
        "04/09/87 03/09/87 Under Regular Nine Month Loan -- WHEAT    225     300       678     678 FEEDGRAINS   52.1"
        "    68.1      75.7    75.7",
        "300",
    ),
    # reuters-15875: a row states a unit of its own
    (
        "The U.S. Agriculture Department made the following supply/demand projections for the 1986/87 seasons, in "
        "mln bushels, with comparisons, unless noted -- CORN --     1986/87            1985/86 04/09/87 03/09/87  "
        "04/09/87 03/09/87 Acreage (mln acres) -- Planted   76.7    76.7     83.4    83.4 Harvested   69.2    69.2"
        "     75.2    75.2",
        "75.2",
    ),
    # reuters-13803: a footnote gives a column another unit
    (
        "1986 Crops (in mln bushels) Cotton-X   Rice-Y   Sorghum-Y Under Loan      6,016.3    129.5       216.6 "
        "5,995.7    129.0       216.0 Redeemed        1,769.7     67.7        37.6 1,635.1     66.3        36.2 "
        "Acquired by CCC     nil      nil         nil nil      nil         nil Reserve             N/A      N/A     "
        "    nil N/A      N/A         nil Outstanding     4,246.6     61.8       179.0 4,360.6     62.7       179.8 "
        "N/A - Not eligible for reserve. X - in thousand running bales. Y - in mln cwt",
        "129.5",
    ),
]


@pytest.mark.parametrize(("passage", "figure"), MIXED)
def test_mixed_unit_table_left(nlp, passage: str, figure: str) -> None:
    a = rows(nlp, passage)[figure]
    assert (a.kind, a.unit) == ("count", None)

