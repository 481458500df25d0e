"""Amounts round 17: numbers inside product names and versions, read on modern text.

Rounds 15-16 removed model numbers from 1987 wire copy but met no software versions or modern
product names. Round 17 read MEANTIME dev sentences 6 onwards, the seed article, TimeBank-AQUAINT dev
stories past their labelled sentences and 300 Reuters-21578 computer/aircraft stories by
``sha256("amt17:" + NEWID)`` outside the evaluation sets. MEANTIME dev gold never marks a number that
names or versions a product ("iPhone 4", "iOS 5", "iPod Software 1.1.1", "Trent 900", "Boeing 787"
are left inside the product's mention) and marks the count before one ("five Boeing 737s" -> five).
What the extractor still took:

* a dotted version after a name that ends in a single capital letter or is shaped as a product's
  ("OS X 10.4", "OS/2 2.0"), and the same version standing alone once the document has written it
  so ("OS 10.5 ... 10.5 is the sixth iteration");
* a model number between a product's name and the noun it classifies, when the name has two words
  or a count already stands before it ("Intel Xeon 5400 chips", "two quad-core Xeon 5500 processors");
* the object of a count of products named with a short number: "1.7 million iPhone 4 units" gave
  none; it is the noun after the model, else the product ("3 million iPhone 4s" -> iphone), as
  "13.7 million Macs" -> mac. Airliner series with one digit ("787-9") count the noun after them too.

Results-table rows keep their cells ("Domestic Use 14.54  14.54", "Year Shr 37 cts").

Sources (each named on its case): news pages on Apple's launches (addresses on the cases);
Reuters-21578 stories outside ``amounts_labelled.csv``, ``reuters_links.jsonl`` and
``timex_reuters.jsonl``. No third-party checklist was used this round.
"""

from __future__ import annotations

import pytest

from tasks.amounts import extract_amounts


def texts(nlp, passage: str) -> list[str]:
    return [a.text for a in extract_amounts(nlp(passage))]


def counts(nlp, passage: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in extract_amounts(nlp(passage)) if a.kind == "count"]


VERSIONS = [
    # more-deals.info/2007/10/apple-unleashes (Wired): a version after a name ending in a capital letter
    ("As Mac Daily News reports, on June 6, 2005, Apple said it expected to reach the two million copy mark for "
     "Tiger (OS X 10.4) by the end of that same week, which fell on June 11, 2005.",
     ["two million"]),
    # the same story: the version ends the sentence
    ("In comparison, Tiger was first released at 6 p.m. on Friday, April 29, 2005, so it took 43 days to sell two "
     "million copies of OS X 10.4.",
     ["two million"]),
    # dvice.com/archives/2007/10/look_what_the_cat_dragged_in_a.php: the version alone, named so before
    ("Today, Apple announced that OS 10.5, otherwise known as Leopard, will go on sale on October 26. 10.5 is the "
     "sixth iteration of the OS X operating system: some innovations include an updated Finder that's easier to "
     "keep clean, Time Machine, a program that backs up your files (even ones you throw away), and a preinstalled "
     "version of Boot Camp.",
     []),
    # a name with a slash and a digit  # made
    ("IBM's OS/2 2.0 ships in March.", []),
    # appleinsider.com/articles/05/06/06/...: already left alone, kept so
    ("Jobs promised more information of Leopard (presumably Mac OS X 10.5) during next year's developers "
     "conference.",
     []),
]


@pytest.mark.parametrize(("passage", "want"), VERSIONS, ids=[c[0][:40] for c in VERSIONS])
def test_a_version_is_no_amount(nlp, passage: str, want: list[str]) -> None:
    assert texts(nlp, passage) == want


MODELS = [
    # a count before the maker's product name: the later number names the chip  # made
    ("The new Mac Pro uses two quad-core Xeon 5500 processors.", ["two"]),
    # a maker's and a product's name before the number  # made
    ("Apple updated its Mac Pro with Intel Xeon 5400 chips.", []),
    # reut2-015:15921: a supply table's row label is two title-case words; its cells stay amounts
    ("Imports       0.35    0.35     2.09    0.29 Domestic Use 14.54   14.54    13.51   13.49 Exports       2.50",
     ["0.35", "0.35", "2.09", "0.29", "14.54", "14.54", "13.51", "13.49", "2.50"]),
]


@pytest.mark.parametrize(("passage", "want"), MODELS, ids=[c[0][:40] for c in MODELS])
def test_a_model_number_before_its_noun_is_no_amount(nlp, passage: str, want: list[str]) -> None:
    assert texts(nlp, passage) == want


PRODUCT_COUNTS = [
    # iphoneincanada.ca/2010/06/28/apple-announces-1-7-million-iphone-4-units-sold-in-3-days/
    ("This morning, Apple announced sales of over 1.7 million iPhone 4 units through Saturday June 26, which covers "
     "the first three days of sales since the iPhone 4 launch on June 24.",
     [("over 1.7 million", "unit")]),
    # gadgetvenue.com/apple-iphone-4-17-million-sold-3-days-06283401/
    ("Apple [AAPL] has announced that it has shifted 1.7 million iPhone 4 units within the first three days of "
     "launch.",
     [("1.7 million", "unit")]),
    # the brief's own example: the product in the plural is what is counted  # made
    ("Apple sold 3 million iPhone 4s in three weeks.", [("3 million", "iphone")]),
    # a console with its number before the noun  # made
    ("Sony sold 3 million PlayStation 3 consoles.", [("3 million", "console")]),
    # an airliner series with one digit  # made
    ("Singapore Airlines ordered 20 Boeing 787-9 aircraft.", [("20", "aircraft")]),
    # cnet.com/tech/tech-industry/apple-iphone-4-sales-1-7-million-in-three-days/: the product before the
    # count is its subject, and the count keeps its noun
    ("Apple on Monday said iPhone 4 sales topped 1.7 million units for the first three days the device was "
     "available to customers.",
     [("1.7 million", "unit")]),
    # appleinsider.com/articles/10/06/28/...: a count after the product's name
    ("Apple has plans to expand the international launch of iPhone 4 to 87 countries by September, its fastest "
     "global deployment of a new handset.",
     [("87", "country")]),
    # reut2-000:592: a title-case row label before a cell is no product; the cell counts no "cts"
    ("Shr 10 cts vs nine cts Net 388,000 vs 328,000 Sales 7.1 mln vs 4.1 mln Avg shrs 4,066,309 vs 3,688,890 "
     "Year Shr 37 cts vs 30 cts",
     [("4,066,309", None), ("3,688,890", None)]),
]


@pytest.mark.parametrize(("passage", "want"), PRODUCT_COUNTS, ids=[c[0][:40] for c in PRODUCT_COUNTS])
def test_a_count_of_products_names_what_it_counts(nlp, passage: str, want: list[tuple[str, str | None]]) -> None:
    assert counts(nlp, passage) == want
