"""Entities round 44: web news of 2005-2013 (EventStoryLine dev stories) and the classes it showed.

First measured on 22 EventStoryLine (ECB+) dev stories kept outside the repo, labelled before newsetl
ran on them, link accuracy was 0.521 against 0.963 on MEANTIME dev. The classes taken, each checked on
Reuters-21578 too: US federal agencies written "U.S. X" whose article is "United States X" (and
others the gazetteer lacked), sports governing bodies known by acronym, places geonames names
otherwise than today's titles (New York City's boroughs, Hollywood, English exonyms: "Marseilles"), a region
written with its kind ("Aceh province"), US counties titled "X County, State", and an armed service's
bare name after the service the story named with its country.

Sentences are single sentences of the EventStoryLine dev stories (named by their file) or of
Reuters-21578 stories (named by NEWID)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions

# (source, text, surface, English Wikipedia title)
_NAMES = [
    (
        "esc 20_11",
        "Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological Survey in "
        "Golden, Colo., said it was 6.1.",
        "U.S. Geological Survey", "United States Geological Survey",
    ),
    (
        "esc 20_1",
        "The US Geological Survey put the epicentre of Sunday's quake at about 58km (36 miles) south-west of "
        "Bandar Abbas.",
        "US Geological Survey", "United States Geological Survey",
    ),
    (
        "esc 7_3",
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on his WBA, "
        "IBF and WBO heavyweight title belts on Saturday in Bern, Switzerland.",
        "IBF", "International Boxing Federation",
    ),
    (
        "esc 7_3",
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on his WBA, "
        "IBF and WBO heavyweight title belts on Saturday in Bern, Switzerland.",
        "WBO", "World Boxing Organization",
    ),
    (
        "esc 37_12",
        "A magnitude-6.1 earthquake struck Indonesia's Aceh province on Tuesday at 07:37 a.m. UTC (3:37 a.m. "
        "EDT), killing at least one and leaving two others missing, the Associated Press reported.",
        "Aceh province", "Aceh",
    ),
    (
        "esc 33_10",
        "An 18-year old male confessed to the gang related murder of a Brooklyn mother who tried to protect "
        "a group of school children from harm by shielding them.",
        "Brooklyn", "Brooklyn",
    ),
    (
        "esc 4_2",
        "Esther Williams, whose experiences as a young swimming champion led to a career of Hollywood "
        "\"aqua -musicals\" designed just for her, died on Thursday in Beverly Hills, California, at the "
        "age of 91, her spokesman said.",
        "Hollywood", "Hollywood, Los Angeles",
    ),
]


def _bare(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def _titles(nlp, text: str, surface: str, dct: date | None = None) -> list[str]:
    return [m.entity.canonical_name for m in extract_mentions(nlp(text), dct) if _bare(m.text) == surface]


@pytest.mark.parametrize(("source", "text", "surface", "title"), _NAMES)
def test_name_takes_todays_title(nlp, source, text, surface, title):
    assert _titles(nlp, text, surface) == [title], source


# a US county: the one state that has a county of that name, else the state the story names
_COUNTIES = [
    (
        "reuters-7715",
        "The company said it plans to open a retail banking office in downtown Washington this summer, plus "
        "several more offices in Baltimore County and others in Fairfax County, Va.",
        "Baltimore County", "Baltimore County, Maryland",
    ),
    (
        "reuters-1616",
        "Only 55 exploratory wells were drilled in Kern County in 1986, compared to 137 in 1985, according to "
        "David Mitchell of the state energy commission.",
        "Kern County", "Kern County, California",
    ),
    (
        # Dallas County is in five states: the story's Dallas decides (where the story names none of
        # them, the county stays unlinked)
        "reuters-8538",
        "The company also said it filed an appliction with the Comptroller of the Currency for permission to "
        "consolidate its five banks located in Dallas County into one bank under the name BancTexas Dallas NA.",
        "Dallas County", "Dallas County, Texas",
    ),
]


@pytest.mark.parametrize(("source", "text", "surface", "title"), _COUNTIES)
def test_us_county_is_titled_with_its_state(nlp, source, text, surface, title):
    assert _titles(nlp, text, surface, date(1987, 3, 23)) == [title], source


def test_bare_navy_after_a_countrys_navy_is_that_navy(nlp):
    # esc 12_1: two sentences of one story; its "the Navy" is the Indian Navy named before
    text = ("Indian Navy is part of the international effort to ensure the safety and freedom of seaborne trade "
            "in this high-risk stronghold of modern-day piracy. This is the fifth successful anti-piracy operation "
            "conducted by INS Sukanya in the course of her ongoing patrol mission in the Gulf of Aden that "
            "commenced in September, the Navy said.")
    navy = [m.entity for m in extract_mentions(nlp(text)) if _bare(m.text) in ("Indian Navy", "Navy")]
    assert len(navy) == 2
    assert navy[0].entity_id == navy[1].entity_id
    assert navy[1].canonical_name == "Indian Navy"
    # reuters-813: a story that names no other navy keeps the gazetteer's
    text = ("WASHINGTON, March 2 - American Telephone and Telegraph Co has received a 57.3 mln dlr contract to "
            "develop laboratory equipment for an Enhanced Modular Signal Processor, the Navy said.")
    assert _titles(nlp, text, "Navy", date(1987, 3, 2)) == ["United States Navy"]
