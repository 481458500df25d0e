"""Entities round 36: wrong links before missing ones, read name by name over a fresh sample.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent36:" + NEWID)`` (the links set, the
dates fixture and the amounts fixture left out), with the MEANTIME dev documents past their
annotated sentences and the TimeBank-AQUAINT dev stories. A wrong link merges facts about two
referents, so where the story shows a word is not the gazetteer's town it stays unlinked:

- a town's name inside a longer name the model cut: after a possessive that is no place
  ("Workers' Union"), before a particle of a person's name ("Orlando dos Santos"), before a
  money-supply measure ("Sterling M3") or opening a firm's list of partners ("Howard, Weil,
  Labouisse, Friedrichs Inc");
- "Georgia" is the US state unless the story names the Soviet Union or a neighbour ("the
  Carolinas, Georgia and northern Alabama", "the Georgia Democrat");
- a town of a US state the story names beats the gazetteer's first namesake abroad ("the
  Birmingham assault" in a story on an Alabama clinic bombing);
- a small US town written alone in a story that names no US place is no US town ("the state
  prosecutor's office in Brunswick" in a Volkswagen story);
- a town written with the state its firm is based in is that state's town ("Dublin, Calif.-based
  Plant Cell Research" is no Irish firm);
- a town's name written bare, not after a place's preposition nor with its state, in a story
  naming one unknown firm whose name opens with it, is that firm ("Phoenix chairman" after
  "Phoenix Financial corp"), while "in Miami" stays the city;
- a table row's label is no company ("Total Use" is not TotalEnergies);
- "Bali" is the Indonesian island, not a town of West Bengal.

Sentences are Reuters-21578 and TimeBank-AQUAINT (dev) stories of those samples (none in an
evaluation set), each named on its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import written

# (source, text, date, surface, a title the mention must not take)
_NOT_THE_TOWN = [
    ("reuters-9604", "Wellington Harbour Board Workers' Union secretary Ross Wilson told reporters talks late yesterday "
     "ended with agreement to take unresolved issues before an industrial conciliator.", date(1987, 3, 25),
     "Union", "Union, New Jersey"),
    ("reuters-10737", "The Bank of England said the broad measure of U.K. Money supply, Sterling M3, rose a seasonally "
     "adjusted 2.2 pct in February after a 1.1 pct rise in January.", date(1987, 3, 30), "Sterling", "Sterling, Virginia"),
    ("reuters-7434", "The initial public offering of 1.1 mln shares of MMR Holding Corp common stock was priced at 13.50 "
     "dlrs a share, said William Blair and Co and Howard, Weil, Labouisse, Friedrichs Inc, co-managers of the "
     "underwriting group.", date(1987, 3, 19), "Howard", "Howard, Wisconsin"),
    ("reuters-4061", "Seamen in Santos, Brazil's main port, are in defiant mood. One of their leaders, Orlando dos Santos, "
     "told Reuters that most of the 1,100 seamen in the port offered their resignations on Wednesday.",
     date(1987, 3, 12), "Orlando", "Orlando, Florida"),
    ("reuters-4760", "WOLFSBURG, March 13 - Volkswagen AG said it has dismissed the head of its foreign exchange "
     "department.\n\nMeanwhile, the state prosecutor's office in Brunswick, which is looking into the currency "
     "transactions, said the Federal Criminal Office in Wiesbaden had also joined the investigation.",
     date(1987, 3, 13), "Brunswick", "Brunswick, Ohio"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "wrong"), _NOT_THE_TOWN)
def test_a_word_the_story_shows_is_no_town_is_not_linked_to_it(nlp, source, text, day, surface, wrong):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert all(m.entity.canonical_name != wrong and m.entity.wikidata_qid is None for m in ms), source


_BIRMINGHAM = (  # tb-CNN19980227.2130.0067 (TimeBank-AQUAINT dev)
    "New evidence is suggesting that a series of bombings in Atalanta and last month's explosion at an Alabama "
    "women's clinic might be related.\n\nArmy of god letters claim responsibility for the Atlanta abortion clinic "
    "bombing, a nineteen ninety-seven attack on a gay lounge and the Birmingham assault."
)

# (source, text, date, surface, canonical name, country)
_PLACED = [
    ("reuters-3110", "Rain reached along the northern Pacific Coast, across northwest Utah, Maryland, Deleware, Virginia, "
     "the Carolinas, Georgia and northern Alabama.", date(1987, 3, 9), "Georgia", "Georgia (U.S. state)", "US"),
    ("reuters-4502", "Two plants previously put on temporary layoff are the Lakewood (Georgia) assembly plant, which will "
     "be closed in early May for model changeover and the Norwood (Ohio) plant.", date(1987, 3, 12),
     "Georgia", "Georgia (U.S. state)", "US"),
    ("reuters-386", "When asked on the syndicated television program if he thought Gates would be confirmed, the Georgia "
     "Democrat shot back: \"I wouldn't bet any money on it.\"", date(1987, 3, 2), "Georgia", "Georgia (U.S. state)", "US"),
    # reuters-9327: the country stays the country where the story names the Soviet Union
    ("reuters-9327", "Floods and avalanches killed 110 people and caused around 350 mln roubles worth of damage in the "
     "southern Soviet republic of Georgia earlier this year, the government daily Izvestia said.", date(1987, 3, 25),
     "Georgia", "Georgia (country)", "GE"),
    # reuters-4963: a town written with the state its firm is based in
    ("reuters-4963", "The company said it sold Dublin, Calif.-based Plant Cell Research to Montedision SpA of Milan.",
     date(1987, 3, 13), "Dublin", "Dublin, California", "US"),
    ("tb-CNN19980227.2130.0067", _BIRMINGHAM, date(1998, 2, 27), "Birmingham", "Birmingham, Alabama", "US"),
    ("reuters-8031", "The 43 mln dlr satellite, the Palapa B2-P, was launched as the result of an agreement reached last "
     "year between President Ronald Reagan and Indonesia's President Suharto when they met on Bali.",
     date(1987, 3, 20), "Bali", "Bali", "ID"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name", "country"), _PLACED)
def test_a_place_is_the_one_the_story_places_it_in(nlp, source, text, day, surface, name, country):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {(m.entity.canonical_name, m.entity.country_code) for m in ms} == {(name, country)}, source


_TABLE = (  # reuters-15864
    "DURUM -- 1986/87            1985/86 04/09/87 03/09/87  04/09/87 03/09/87 Start Stocks   121    121      100    "
    "100 Production      95     95      113    113 Ttl Supply-X   221    221      218    218 Domestic Use    54     58"
    "       44     44 Exports         85     80       53     53 Total Use      139    138       97     97 End Stocks"
    "      82     83      121    121 Note - Season begins June 1."
)
_TOTAL = (  # reuters-3798
    "In two of the biggest transactions of recent months, French-owned Minatome Corp., a unit of <Total Compagnie "
    "Francaise des Petroles>, spent more than 230 mln dlrs to separately acquire oil assets of Texas International."
)


def test_a_table_rows_label_is_no_company(nlp):
    assert all(m.entity.canonical_name != "TotalEnergies" for m in written(nlp, _TABLE, date(1987, 4, 9), "Total"))
    # the company named in running text stays the company
    assert {m.entity.canonical_name for m in written(nlp, _TOTAL, date(1987, 3, 11), "Total")} == {"TotalEnergies"}


_PHOENIX = (  # reuters-15596
    "Data Access Systems Inc said chairman David Cohen has sold 1,800,000 common shares to Phoenix Financial corp for "
    "undisclosed terms and resigned as chairman and chief executive officer.\n\nThe company said Phoenix Financial now "
    "has a 27 pct interest in Data Access and effective control.\n\nData Access said Phoenix chairman Martin S. "
    "Ackerman has been named chairman of Data Access as well and two other Phoenix representatives have been named "
    "to the Data Access board."
)
_POTOMAC = (  # reuters-14737
    "Capital Cities/ABC's ABC Television Network said its Newsone news service reached a cooperative agreement with "
    "Potomac Telecommunications Group to offer ABC affiliates expanded coverage of Washington news.\n\nPotomac will "
    "work with ABC to transmit stories at rates lower than current transmitting costs."
)
_MIAMI = (  # tb-NYT20000105.0325 (TimeBank-AQUAINT dev)
    "Lawyers for the boy's family in Miami sent letters of protest to Attorney General Janet Reno and President "
    "Clinton.\n\nGonzalez _ perhaps under duress from the Castro regime _ has indicated he does not want to travel "
    "to Miami, and there is ``no way'' the Miami Gonzalezes will assist in sending Elian back to Cuba, Perez said.\n\n"
    "``Nobody wants the boy to be separated from his father,'' said Ninoska Perez of the Miami-based Cuban-American "
    "National Foundation."
)

# (source, text, date, surface, canonical name)
_FIRMS = [
    ("reuters-15596", _PHOENIX, date(1987, 4, 9), "Phoenix", "Phoenix Financial"),
    ("reuters-14737", _POTOMAC, date(1987, 4, 7), "Potomac", "Potomac Telecommunications Group"),
    # after "in", after "to", before "-based": the city
    ("tb-NYT20000105.0325", _MIAMI, date(2000, 1, 5), "Miami", "Miami"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _FIRMS)
def test_a_bare_town_name_is_the_unknown_firm_the_story_names_with_it(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {name}, source
