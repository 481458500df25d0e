"""General news of 1989-2000 (entities round 22, from the TimeBank-AQUAINT links set's dev misses):
AP, NYT and Xinhua datelines ("HAVANA (AP) --", "DAR ES SALAAM, Tanzania (AP) _") after the blank
lines their copy opens with, AP's all-caps country headings over a table ("KENYA:"), a person's
name the model breaks at a lower-case particle into a person and an organization ("Daniel arap" +
"Moi"), a demonym before an international body ("a Libyan World Court case"), "Little Havana"
rather than Havana, and people of the period the gazetteer now holds.

Sentences are from TimeBank-AQUAINT stories outside the links set (named per case), from that
set's dev stories (marked "links set, dev" with their agency and date: naming them here would take
them out of ``tasks.evaluate.links.tb_pick``), or marked ``# made``; the set's test stories are not
read."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import linked, mentions_by_text

#: (story, text, story date, all-caps place opening it, its title).
_DATELINES = [
    ("APW20000115.0031", "\n\nHAVANA (AP) --\n\nThe grandmother of Elian Gonzalez said she is willing to go to "
     "Miami to bring the six-year-old boy home to Cuba.", date(2000, 1, 15), "HAVANA", "Havana"),
    ("APW19980911.0475", "\n\nDAR ES SALAAM, Tanzania (AP) _\n\nTanzania expelled five Iraqis and a Libyan who "
     "were questioned by the FBI and police in connection of the bombing of two U.S. embassies in East Africa "
     "last month.", date(1998, 9, 11), "DAR ES SALAAM", "Dar es Salaam"),
    ("NYT19990312.0271", "\n\nINDEPENDENCE, Mo. _ The North Atlantic Treaty Organization embraced three of its "
     "former rivals, the Czech Republic, Hungary and Poland on Friday.", date(1999, 3, 12), "INDEPENDENCE",
     "Independence, Missouri"),
    ("APW19991008.0265", "\n\nCAPE TOWN, South Africa (AP) --\n\nAnother man has been arrested in connection "
     "with the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224 people, police said "
     "today.", date(1999, 10, 8), "CAPE TOWN", "Cape Town"),
    ("APW19980418.0210", "\nBUDAPEST, Hungary (AP)_ Tired of being sidelined, Hungarian astronaut Bertalan "
     "Farkas is leaving for the United States to start a new career, he said Saturday.", date(1998, 4, 18),
     "BUDAPEST", "Budapest"),
]  # fmt: skip


#: Openings whose all-caps words name no place the gazetteer knows.
_NOT_DATELINES = [
    "\n\nNEWS ANALYSIS (AP) --\n\nThe vote on Friday was closer than anyone had expected.",  # made
    "\n\nEDITORS NOTE _\n\nThis story contains language some readers may find offensive.",  # made
]


@pytest.mark.parametrize("text", _NOT_DATELINES)
def test_an_all_caps_opening_that_is_no_known_place_is_not_tagged(nlp, text):
    assert [m for m in extract_mentions(nlp(text), date(1999, 1, 1)) if m.label == "GPE"] == []


def test_all_caps_country_headings_over_a_table_are_the_countries(nlp):
    # links set, dev (AP, 1998-08-10): the figures of the 1998 embassy bombings, country by country
    text = ("\n\nNAIROBI, Kenya (AP) _\n\nThe source for the Tanzanian figures is the U.S. Embassy in Dar es "
            "Salaam.\n\nKENYA:\nTotal Dead: 192\nAmericans: 12\nInjured: 4,877\n\nTANZANIA:\nTotal dead: 10\n"
            "Americans: 0\nInjured: 74\n\n")
    found = mentions_by_text(nlp, text, date(1998, 8, 10))
    assert [m.entity.canonical_name for m in found["KENYA"]] == ["Kenya"]
    assert [m.entity.canonical_name for m in found["TANZANIA"]] == ["Tanzania"]
    # ("Total Dead:" and "Americans:" are no headings of a place)
    assert [m.label for m in found.get("Americans", [])] == ["NORP", "NORP"]


def test_a_heading_that_names_no_place_is_not_tagged(nlp):
    text = "The figures follow.\n\nNOTE:\nFigures are provisional.\n"  # made
    assert [m for m in extract_mentions(nlp(text), date(1998, 8, 10)) if m.label == "GPE"] == []


#: (source, text, story date, the whole name, its title): names broken at a lower-case particle.
_PARTICLES = [
    # APW19980818.0515
    ("APW19980818.0515", "She will meet embassy guards and others who survived the blast and meet with President "
     "Daniel arap Moi in a five-hour visit before returning home.", date(1998, 8, 18), "Daniel arap Moi",
     "Daniel arap Moi"),
    # links set, dev (AP, 1998-08-10)
    ("links set (dev)", "The source for the Kenyan figures is the Department of Relief and Rehabilitation in the "
     "office of President Daniel arap Moi.", date(1998, 8, 10), "Daniel arap Moi", "Daniel arap Moi"),
]  # fmt: skip


#: The all-caps place opening a wire story is that place; a name broken at a particle is one person.
_WHOLE = [("GPE", *d) for d in _DATELINES] + [("PERSON", *p) for p in _PARTICLES]


@pytest.mark.parametrize(("label", "story", "text", "day", "name", "title"), _WHOLE, ids=[f"{w[0]}: {w[1]}" for w in _WHOLE])
def test_the_whole_name_is_one_mention_of_its_entity(nlp, label, story, text, day, name, title):
    found = mentions_by_text(nlp, text, day)
    assert [(m.label, m.entity.canonical_name) for m in found[name]] == [(label, title)]
    # no piece of it stands as a mention of its own ("Moi" as an organization)
    assert not {w for w in name.split() if w != name} & set(found), sorted(found)


def test_a_demonym_before_an_international_body_is_no_part_of_its_name(nlp):
    # links set, dev (AP, 1998-02-27)
    text = ("The World Court Friday rejected U.S. and British objections to a Libyan World Court case that has "
            "blocked the trial of two Libyans suspected of blowing up a Pan Am jumbo jet over Scotland in 1988.")
    found = mentions_by_text(nlp, text, date(1998, 2, 27))
    assert "Libyan World Court" not in found
    assert [m.entity.canonical_name for m in found["World Court"]] == ["International Court of Justice"]
    assert [m.entity.canonical_name for m in found["Libyan"]] == ["Libya"]


def test_a_national_body_keeps_its_demonym(nlp):
    # the rule is for international bodies only: "Japanese" is part of this ministry's name
    text = "The Japanese Foreign Ministry said on Friday it would send an envoy."  # made
    found = mentions_by_text(nlp, text, date(1998, 2, 27))
    assert [m.entity.country_code for m in found["The Japanese Foreign Ministry"]] == ["JP"]
    assert "Japanese" not in found


#: (story, text, story date, surface, title): people and places of 1998-2000 news.
_PEOPLE = [
    ("APW20000106.0064", "While an important step, the U.S. government decision to return 6-year-old Elian "
     "Gonzalez to Cuba does not guarantee that the boy will be repatriated, the communist leadership warned.",
     date(2000, 1, 6), "Elian Gonzalez", "Elián González"),
    ("APW19990506.0155", "Federal and state arrest warrants were issued for James C. Kopp, 44, of St. Albans, Vt. "
     "His whereabouts are unknown.", date(1999, 5, 6), "James C. Kopp", "James Kopp"),
    # links set, dev (NYT, 1998-10-25): the surname alone, which the model leaves untagged
    ("links set (dev)", "Additional details of the slaying emerged on Sunday. Slepian's lawyer, Glenn Edward "
     "Murray, said the sniper's bullet entered through a partially draped kitchen window, hit Slepian in the back "
     "and exited through his chest.", date(1998, 10, 25), "Slepian", "Barnett Slepian"),
    ("NYT19990312.0271", "Similarly, the Hungarian foreign minister, Janos Martonyi, who remembers the 1956 "
     "uprising as a 13-year-old, said that membership of NATO meant that Hungary was returning ``to her natural "
     "habitat.''", date(1999, 3, 12), "Janos Martonyi", "János Martonyi"),
    ("APW20000107.0318", "Protesters planned a large demonstration in Little Havana on Saturday and were planning "
     "to drive around Miami International Airport on Monday.", date(2000, 1, 7), "Little Havana", "Little Havana"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "surface", "title"), _PEOPLE, ids=[p[3] for p in _PEOPLE])
def test_people_and_places_of_the_period_link_to_their_articles(nlp, story, text, day, surface, title):
    # (each of its mentions: "Slepian" is written twice)
    assert set(linked(nlp, text, day, surface)) == {title}


def test_havana_alone_is_still_the_capital(nlp):
    # APW20000115.0031: the dateline and the city in the text
    text = ("\n\nHAVANA (AP) --\n\nThe grandmother of Elian Gonzalez said she is willing to go to Miami to bring "
            "the six-year-old boy home to Cuba.")
    found = mentions_by_text(nlp, text, date(2000, 1, 15))
    assert [m.entity.canonical_name for m in found["HAVANA"]] == ["Havana"]
    assert [m.entity.canonical_name for m in found["Miami"]] == ["Miami"]
