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
