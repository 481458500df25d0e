"""Entity rules, round 19: demonyms read by the story's period, and firms the model tags PERSON.

"Congolese" named the people of Congo-Brazzaville while the other Congo was Zaire (1971-1996),
whose people were "Zairean"; before and after, wire copy writes "Congolese" for the Democratic
Republic. ``seeds/gazetteer/demonyms.csv`` now carries the period the way ``curated.csv`` does.
Sentences are from Reuters-21578 stories outside the evaluation sets (dated by their <DATE>) or
from the stored news pages cited beside them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tasks.gazetteer import load, norm


def links(nlp, text: str, day: date | None, surface: str) -> set[tuple[str, str]]:
    """(title, label) of every mention written ``surface`` in ``text`` dated ``day``."""
    return {(m.entity.canonical_name, m.label) for m in extract_mentions(nlp(text), day) if norm(m.text) == norm(surface)}


# Reuters-21578 NEWID 18447 (16-JUN-1987): the OAU chairman was Congo-Brazzaville's president.
SASSOU = ('"Even if African countries want to pay their debts they will not be able to," Congolese president '
          "Sassou-Nguesso told a news conference at a meeting between foreign and African experts on the "
          "continent's economic prospects.")
# https://js.jsim.con.tc/news/search?form=PTFTNR&q=rwanda+rebels+congo (a news search page, February 2025)
KIVU = ("Congolese troops have fought back against Rwanda-backed rebels who the U.N. says are moving fast into "
        "the South Kivu province.")
# Reuters-21578 NEWID 6395 (18-MAR-1987)
ZAIRE = ("Zairean officials blame their present difficulties on the IMF recovery plan's two basic assumptions "
         "which, they said, failed to materialise last year.")

# (text, day, demonym, country)
DEMONYMS = [
    (SASSOU, date(1987, 6, 16), "Congolese", "Republic of the Congo"),
    (SASSOU, date(1996, 12, 31), "Congolese", "Republic of the Congo"),
    (SASSOU, date(1970, 6, 16), "Congolese", "Democratic Republic of the Congo"),
    (KIVU, date(2025, 2, 1), "Congolese", "Democratic Republic of the Congo"),
    (KIVU, date(1997, 6, 1), "Congolese", "Democratic Republic of the Congo"),
    (KIVU, None, "Congolese", "Democratic Republic of the Congo"),  # no date: today's sense
    (ZAIRE, date(1987, 3, 18), "Zairean", "Zaire"),
]


@pytest.mark.parametrize(("text", "day", "demonym", "country"), DEMONYMS, ids=[f"{c[2]}-{c[1]}" for c in DEMONYMS])
def test_a_demonym_names_the_country_of_the_story_s_period(nlp, text, day, demonym, country):
    assert links(nlp, text, day, demonym) == {(country, "NORP")}


def test_a_demonym_with_a_period_is_still_a_demonym_for_the_rules():
    # the rules ask "is this a demonym?" without a year: a dated row must not hide the name
    gaz = load()
    assert gaz.demonyms["Congolese"].canonical_name == "Democratic Republic of the Congo"
    assert gaz.demonym("Congolese", 1987).canonical_name == "Republic of the Congo"
    assert gaz.demonym("Congolese", 2005).canonical_name == "Democratic Republic of the Congo"
    assert gaz.demonym("Iraqi", 1987).canonical_name == "Iraq"


# A name the model tags PERSON is a company where the story says only a company's thing of it:
# its common stock, its staff, or that it is acquired. (text, day, name); Reuters-21578 NEWID in the comment.
FIRM_CUES = [
    # 6610
    ("EL SEGUNDO, Calif., March 18 - Wyle Laboratories said it is issuing in the Euro-Market 25 mln dlrs of 6-1/4 "
     "pct convertible subordinated debentures due March 2002.\n\nThe debentures are convertible into Wyle common "
     "stock at a rate of 19.25 dlrs worth of debentures for each common share, the company said.",
     date(1987, 3, 18), "Wyle"),
    # 5757
    ("In a filing with the Securities and Exchange Commission, Harris said it bought 81,001 Centerre common shares "
     "between Jan 2 and March 4 at prices ranging from 36.00 to 39.75 dlrs a share.", date(1987, 3, 16), "Centerre"),
    # 19758
    ("On May 11, Baxter and Carmark announced a definitive agreement for Baxter to acquire Carmark in a stock "
     "transaction valued at 528 mln dlrs.", date(1987, 6, 29), "Carmark"),
    # 7362
    ("KANSAS CITY, Mo., March 19 - <Azure Ventures Ltd> said it signed a letter of intent to acquire John Paul "
     "Richards and Associates Inc.\n\nThe company said if the merger is approved by shareholders of both companies, "
     "the shareholders of John Paul Richards would become majority shareholders, owning 60 pct of the common stock, "
     "of the new public company.", date(1987, 3, 19), "John Paul Richards"),
    # 9391
    ("He said the chief development since yesterday was the decision by the city's 20,000 Banespa workers to come "
     "out on strike.", date(1987, 3, 25), "Banespa"),
    # 16061
    ("Ontario Hydro spokeswoman Christina Warren told Reuters the blackout occurred when a transformer cable went "
     "down during routine maintenance at a downtown hydroelectricity station.", date(1987, 4, 9), "Ontario Hydro"),
    # 16728
    ("The union said it represented more than 10,000 Pathmark workers.", date(1987, 4, 13), "Pathmark"),
]


@pytest.mark.parametrize(("text", "day", "name"), FIRM_CUES, ids=[c[2] for c in FIRM_CUES])
def test_a_name_with_stock_staff_or_a_buyer_is_a_company(nlp, text, day, name):
    labels = {m.label for m in extract_mentions(nlp(text), day) if m.text == name}
    assert labels == {"ORG"}, labels


def test_a_person_whose_business_is_acquired_stays_a_person(nlp):
    # NEWID 15571 (9-APR-1987): the possessive makes "Clarke" the owner of what is bought
    text = ("In addition, David Clarke the president of another Hanson Trust subsidiary, Hanson Industries, will be "
            "named chairman of International Proteins's executive committee upon his election to the board at the "
            "annual meeting.\n\nInternational Proteins recently acquired Clarke's family business, Great South Beach "
            "Sales Co, for 900,000 restricted common shares of which 350,000 have been issued to date.")
    labels = {m.label for m in extract_mentions(nlp(text), date(1987, 4, 9)) if m.text.startswith("Clarke")}
    assert labels == {"PERSON"}, labels
