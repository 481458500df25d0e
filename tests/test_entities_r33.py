"""Entities round 33: one country's ministry, central bank and treasury are not another's.

Read on 2,000 Reuters-21578 stories picked by ``sha256("ent33:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out): a body's name that names no country ("the Finance
Ministry", "Parliament", "the Treasury") was one corpus entity per name, merging every country's body
into one row. Now:

- a country written before it as the owner ("Japan's Agriculture Ministry", "Uganda's Ministry of
  Industry") makes it that country's body, whichever country the story names most;
- else, in a story that names one country only, it is that country's body: the gazetteer's entry
  where there is one, else an unlinked entity keyed by name and country, with its ``country_code``
  ("the Finance Ministry" of a Paris story and of a Pretoria story are two rows);
- in a story that names several countries the text does not say whose body it is: it keeps its one
  unlinked row, and a ministry is never the United States' (which has Departments).

Sentences are Reuters-21578 stories of that sample (none in an evaluation set), each named on its
row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import first_mention

_PARIS_TRADE = (  # reuters-5508
    "PARIS, March 16 - France posted a seasonally adjusted trade deficit of 400 mln francs in February after a "
    "2.5 billion franc deficit in January, the Finance Ministry said.\n\nFor the first two months of this year "
    "the trade deficit, on a seasonally adjusted basis, was 2.9 billion francs."
)
_PARIS_SALES = (  # reuters-10637
    "PARIS, March 29 - The French public sector will get a total of five billion francs of investment from the "
    "41 billion francs which the government expects to raise through its privatisation program, the Finance "
    "Ministry said in a statement."
)
_PRETORIA = (  # reuters-8680
    "PRETORIA, March 24 - South Africa will disclose later today new arrangements for its repayment of foreign "
    "debt, the Finance Ministry said.\n\nFinance Minister Barend du Plessis will announce details at a news "
    "conference at 1500 gmt, a spokesman said."
)
_DIET = (  # reuters-1957
    "TOKYO, March 5 - Japan's ruling Liberal Democratic Party started moves to push through the delayed draft "
    "budget for 1987/88 through Parliament, deepening a clash with the opposition which called the move rash "
    "and unforgivable."
)
_FARM = (  # reuters-14858
    "TOKYO, April 8 - Japan's Agriculture Ministry, angered by U.S. Demands that Japan open its farm products "
    "market, will tell U.S. Officials at talks later this month that liberalisation would harm existing U.S. "
    "Farm exports to Japan, a senior ministry official said."
)
_COFFEE = (  # reuters-21567
    "KAMPALA, Oct 19 - Uganda plans to export roasted coffee to Europe by the end of 1988, a prominent local "
    "businessman said.\n\nA.R. Sendi said on Sunday that Uganda's Ministry of Industry supports his plan to build "
    "a factory to roast, grind and pack local coffee for export.\n\nThe U.S. Is the biggest buyer of Ugandan "
    "coffee, most of which is used to produce instant coffee."
)
_VOLCKER = (  # reuters-18132 as landed ("BONN, June 2 -" cut): Bonn's ministry, the story names only the US
    "Finance Minster Gerhard Stoltenberg praised the excellent leadership of Federal Reserve Board "
    "Chairman Paul Volcker whom the White House said will not be standing for a third term when his current "
    "period in office expires.\n\n\"Paul Volcker will go down in U.S. History as one of the important chairmen "
    "of the Federal Reserve Board. By his excellent leadership he has also won our great respect,\" Stoltenberg "
    "said in a Finance Ministry statement."
)


# (source, text, date, surface, name, country code)
_STORY_COUNTRY = [
    ("reuters-5508", _PARIS_TRADE, date(1987, 3, 16), "Finance Ministry", "Finance Ministry", "FR"),
    ("reuters-10637", _PARIS_SALES, date(1987, 3, 29), "Finance Ministry", "Finance Ministry", "FR"),
    ("reuters-8680", _PRETORIA, date(1987, 3, 24), "Finance Ministry", "Finance Ministry", "ZA"),
    # Japan's parliament is the National Diet (round 34 gave the gazetteer "Parliament of Japan")
    ("reuters-1957", _DIET, date(1987, 3, 5), "Parliament", "National Diet", "JP"),
    # the owner written before the body beats the United States the story names more
    ("reuters-14858", _FARM, date(1987, 4, 8), "Agriculture Ministry",
     "Ministry of Agriculture, Forestry and Fisheries (Japan)", "JP"),
    ("reuters-21567", _COFFEE, date(1987, 10, 19), "Ministry of Industry", "Ministry of Industry", "UG"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name", "code"), _STORY_COUNTRY)
def test_a_bare_body_is_the_body_of_its_storys_country(nlp, source, text, day, surface, name, code):
    m = first_mention(nlp, text, day, surface)
    assert (m.entity.canonical_name, m.entity.country_code) == (name, code), source


def test_two_countries_finance_ministries_are_two_entities(nlp):
    paris = first_mention(nlp, _PARIS_TRADE, date(1987, 3, 16), "Finance Ministry").entity
    again = first_mention(nlp, _PARIS_SALES, date(1987, 3, 29), "Finance Ministry").entity
    pretoria = first_mention(nlp, _PRETORIA, date(1987, 3, 24), "Finance Ministry").entity
    assert paris.entity_id == again.entity_id
    assert paris.entity_id != pretoria.entity_id


# (source, text, date, surface): the text does not say whose body it is
# (reuters-10266's Finance Ministry and reuters-15748's Parliament moved to test_entities_r34.py: round 34
# reads the nearest country before the body, Mexico's ministry and Britain's Parliament)
_NO_OWNER = [
    ("reuters-18132", _VOLCKER, date(1987, 6, 2), "Finance Ministry"),  # the US has no Finance Ministry
]


@pytest.mark.parametrize(("source", "text", "day", "surface"), _NO_OWNER)
def test_without_one_country_the_body_keeps_its_one_row(nlp, source, text, day, surface):
    m = first_mention(nlp, text, day, surface)
    assert (m.entity.canonical_name, m.entity.country_code) == (surface, None), source
