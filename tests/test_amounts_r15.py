"""Amounts round 15: numbers in product and model names, read on text of MEANTIME's own domains.

MEANTIME's documents are Wikinews on aircraft makers, airlines and Apple products, full of model
numbers. The issue's rule is that a number inside a name ("Boeing 747", "G7") is no amount, while a
count of models ("50 787s") is. Round 15 read a sample of that domain (MEANTIME dev sentences 6
onwards, 300 Reuters-21578 stories naming an aircraft or computer maker, TimeBank-AQUAINT dev
stories' sentences 6 onwards that name such products). The extractor already dropped the models
written with letters or a hyphen ("A380", "747-400", "MD-11"); what it still took for counts were
bare model numbers the text does not mark as names where they stand:

* a model in the plural with an apostrophe, as 1987 wire copy writes it ("15 Boeing Co 767's");
* the rest of a list that starts with a named model ("Boeing 767, 757 and 747 airliners", "the
  5363 and 5364"), or the first of a list that ends with one ("for 747 and 757's");
* a number the document uses elsewhere as a name, here counting nothing or classified by an
  adjective ("the 6300 personal computer" ... "the 6300 had to face"; "the 486 chip" ... "new 486
  products"; "a 80386 machine" ... "Intel's earlier model, 80386").

Counts of models stay amounts ("5,700 737s", "50 787s"), and a supply table's cells stay amounts
though their row labels are capitalised words beside them.

Sources (each named on its case): Reuters-21578 stories outside ``amounts_labelled.csv``,
``reuters_links.jsonl`` and ``timex_reuters.jsonl``; TimeBank-AQUAINT wsj_0781 (dev split),
sentences past the sixth; MEANTIME dev documents, sentences past the sixth (no VALUE label covers
them). No third-party checklist was used this round.
"""

from __future__ import annotations

import pytest

from tasks.amounts import extract_amounts


def texts(nlp, passage: str) -> list[str]:
    return [a.text for a in extract_amounts(nlp(passage))]


MODEL_NAMES = [
    # reut2-000:970: the plural with an apostrophe; the counts before the models stay
    ("AMR is expected to announce the purchase of 25 widebodied longrange A300's from <Airbus Industrie> and 15 "
     "Boeing Co <BA> 767's and the choice of General Electric Co <GE> to supply all 80 engines for the craft.",
     ["25", "15", "all 80"]),
    # reut2-006:6490: a list of models after the maker's name
    ("LTV Corp said it has received a contract worth more than 500 mln dlrs from Boeing Co to produce major "
     "sections for Boeing 767, 757 and 747 airliners, including the new 747-400.",
     ["more than 500 mln dlrs"]),
    # reut2-006:6490: the first of a list that ends with a model in the plural
    ("LTV makes aft body sections and horizontal and vertical stabilizers for 747 and 757's and horizontal "
     "stabilizers for 767's.",
     []),
    # reut2-020:20199: the second of a pair whose first the story names ("the System/36 5363 System Unit")
    ("International Business Machines Corp said it introduced the System/36 5363 System Unit, an entry-level "
     "addition to its System 36 family of computers.\n\nIBM said it reduced by an average of 40 pct the one-time "
     "charges of these application programs for their use with the 5363 and 5364.",
     ["40 pct"]),
    # reut2-008:8439: a round model number the story names first ("the 6300 personal computer")
    ("Meanwhile, the company's most successful product, the 6300 personal computer, ran out of steam in the last "
     "three months of the year after gaining some five pct of the market.\n\n\"ATT seemed to lose their focus with "
     "the 6300,\" said consultant Norman DeWitt, president of Dataquest Inc.\n\nMeanwhile, the 6300 had to face "
     "increasingly aggressive competition from smaller companies that undercut ATT on price.",
     ["some five pct"]),
    # TimeBank-AQUAINT wsj_0781 (dev): a chip the story names ("Intel's 80486 chip", "a 80386 machine")
    ("Computer experts familiar with the flaws, found in Intel's 80486 chip, say the defects don't affect the "
     "average user.\n\nIn late September, IBM began shipping a plug-in card that converts its PS/2 model 70-A21 "
     "from a 80386 machine to an 80486 machine.\n\nCompaq, which said it discovered the bugs, still plans to "
     "announce new 486 products on Nov. 6. Mr. Rash is Intel's director for the 486 chip.\n\nUnveiled last April, "
     "the chip crams 1.2 million transistors on a sliver of silicon, more than four times as many as on Intel's "
     "earlier model, 80386.",
     ["1.2 million", "more than four"]),
    # reut2-004:4577: a union local, named twice in the story
    ("Local 222 of the United Food and Commercial Workers Union said it is calling a membership meeting.\n\nThe "
     "UFCWU will consider all options available to it, a spokeswoman for Local 222 said by phone.\n\nAbout 2,800 "
     "UFCWU members have been locked out at the Dakota City plant since December 14.",
     ["About 2,800"]),
]


@pytest.mark.parametrize(("passage", "want"), MODEL_NAMES, ids=[c[0][:40] for c in MODEL_NAMES])
def test_a_model_number_the_text_names_is_no_amount(nlp, passage: str, want: list[str]) -> None:
    assert texts(nlp, passage) == want


COUNTS_OF_MODELS = [
    # MEANTIME dev 106653 (sentence past the sixth): a count of models in the plural
    ("Since its 1967 debut 5,700 737s have been deliverd to date, with orders for 2,200 more, keeping the jet in "
     "production until at least 2014.",
     ["5,700", "2,200"]),
    # MEANTIME dev 8983 (sentences past the sixth): the count before the model and the seats it offers
    ("The Air India order is worth US$ 6.8 billion for 50 787s.\nAir India have also said that the 20 extra seats "
     "the 787 offers over a similarly-sized Airbus A330 was a decisive factor.",
     ["US$ 6.8 billion", "50", "20"]),
]


@pytest.mark.parametrize(("passage", "want"), COUNTS_OF_MODELS, ids=[c[0][:40] for c in COUNTS_OF_MODELS])
def test_a_count_of_models_stays_an_amount(nlp, passage: str, want: list[str]) -> None:
    assert texts(nlp, passage) == want


# reut2-015:15864, its first two tables: "395" stands beside "Total", a capitalised row label, and is
# named nowhere; a cell beside other cells is a figure. (Some other cells of these tables, "1,230"'s
# neighbours "368" and "432" in the rows below, are parsed as labels' numbers and missed; that was so
# before this round and is left.)
SUPPLY_TABLE = (
    "The U.S. Agriculture Department gave the 1986/87 breakdown of supply and distribution for wheats by classes, "
    "in mln bushels, with comparisons, as follows.\n\nHARD WINTER -- 1986/87           1985/86 04/09/87 03/09/87  "
    "04/09/87 03/09/87 Start Stocks 1,009   1,009      717     717 Production   1,018   1,018    1,230   1,230 Ttl "
    "Supply-X 2,027   2,027    1,947   1,947 Domestic Use   599     579      543     543 Exports        450     475"
    "      395     395 Total Use    1,049   1,054      938     938 End Stocks     978     973    1,009   1,009 Note "
    "- Season begins June 1. X-Includes imports HARD SPRING -- 1986/87           1985/86 04/09/87 03/09/87  "
    "04/09/87 03/09/87 Start Stocks   498     498      371     371 Production     451     451      460     460 Ttl "
    "Supply-X   956     956      838     838 Domestic Use   218     192      174     174 Exports        200     190"
    "      166     166 Total Use      418     382      340     340 End Stocks     538     574      498     498 Note "
    "- Season begins June 1. X-Includes imports."
)


def test_a_table_cell_beside_a_capitalised_row_label_stays_an_amount(nlp) -> None:
    found = texts(nlp, SUPPLY_TABLE)
    assert "395" in found and "218" in found
