"""Entities round 37: the wrong links round 36's audit of 450 linked mentions left.

Counted by class on 2,000 Reuters-21578 stories picked by ``sha256("ent37:" + NEWID)`` (the links
set, the dates fixture and the amounts fixture left out). Where the story shows a name is not the
gazetteer's referent it is unlinked, or the referent the story itself names:

- an acronym two known bodies share is the one the story spells out ("EPA officials" after "the
  government's Economic Planning Agency" in a Tokyo story is no US agency);
- a name before a noun of a thing named after it is the thing ("a Delta rocket", "a Colorado
  beetle alert"), a body's head before "of" and a word that is no place is a longer name the
  model cut ("Army of god letters");
- "Times change," is no paper; "told the Times" in a story naming the Times of Zambia is it;
- "northern Ireland" is Northern Ireland, not the Republic;
- a US state or town the model cut out of a firm's name is part of it ("Public Service Co of
  Indiana's bonds", "Pittsburgh and West Virginia Railroad", "The Chicago, Missouri" after "the
  Chicago, Missouri and Western Railway");
- a word between states in a list of states is no town of the next state ("Maryland, Deleware,
  Virginia, the Carolinas, Georgia").

The guards at the end are rows of this round's samples a looser first version got wrong ("the
EC executive" after "the Commission", "the U.S." after "US Sprint") or would have ("Strata Bit
Corp of Houston", "Sun Banks in Florida and Trust Co banks", found by the class count).

Sentences are Reuters-21578 and TimeBank-AQUAINT (dev) stories of round 36's and this round's
samples (none in an evaluation set), each named on its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import written

_EPA = (  # reuters-17068
    "TOKYO, April 24 - Japan should look out for possible effects of the yen's recent sharp rise on Japan's economy "
    "as growth remains slow, the government's Economic Planning Agency said in a monthly report submitted to cabinet "
    "ministers.\n\nEPA officials told reporters the underlying trend of the economy is firm but growth is slow due to "
    "sluggish exports."
)
_ZAMBIA = (  # reuters-6025
    "\"So far our copper has been reaching its destinations without hindrance,\" he told the Times.\n\nThe Times of "
    "Zambia quoted unnamed sources as saying Zambia exported 100,000 tonnes of copper through Dar es Salaam and "
    "17,000 through Beira in the last quarter of 1986."
)
_ULSTER = (  # tb-PRI19980216.2000.0170 (TimeBank-AQUAINT dev)
    "The British government has formally called for Sinn Fein, the IRA's political wing, to be expelled from the "
    "multiparty peace talks on northern Ireland. The move had been widely expected after northern Ireland police "
    "said they believe the IRA was behind two killings in Belfast last week."
)

# (source, text, date, surface, canonical name)
_NAMED_IN_THE_STORY = [
    ("reuters-17068", _EPA, date(1987, 4, 24), "EPA", "Economic Planning Agency"),
    ("reuters-6025", _ZAMBIA, date(1987, 3, 17), "Times", "Times of Zambia"),
    ("tb-PRI19980216.2000.0170", _ULSTER, date(1998, 2, 16), "Ireland", "Northern Ireland"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _NAMED_IN_THE_STORY)
def test_a_name_is_the_referent_the_story_names(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {name}, source


_ARMY = (  # tb-CNN19980227.2130.0067 (TimeBank-AQUAINT dev)
    "And law enforcement sources say they can't ignore letters penned under the name army of god. Army of god is a "
    "secret organization that hates abortion providers, homosexuals and the US government.\n\nArmy of god letters claim responsibility for the Atlanta abortion clinic bombing, a nineteen ninety-seven "
    "attack on a gay lounge and the Birmingham assault."
)

# (source, text, date, surface, a title the mention must not take)
_NOT_THAT_ONE = [
    ("reuters-8031", "CAPE CANAVERAL, March 20 - NASA launched an Indonesian communications satellite aboard a Delta "
     "rocket, marking the first international payload to be put into orbit since the Challenger disaster.",
     date(1987, 3, 20), "Delta", "Delta Air Lines"),
    # reuters-207: one sense per story, the rocket written again alone is the rocket too
    ("reuters-207", "CAPE CANAVERAL, Fla., Feb 26 - An unmanned Delta rocket carrying a 57 mln dlr hurricane-tracking "
     "satellite blasted off here today in NASA's first successful launch of the year.\n\nThe 116-foot (35.4-meter) "
     "Delta -- a reliable workhorse of the U.S. rocket fleet -- lifted off at 1805 EST from Cape Canaveral Air Force "
     "Station.", date(1987, 2, 26), "Delta", "Delta Air Lines"),
    ("reuters-8713", "DUBLIN, March 24 - The Irish Agriculture Department issued a Colorado beetle alert today after "
     "three of the beetles were found in a box of parsley imported from France.", date(1987, 3, 24), "Colorado", "Colorado"),
    ("reuters-20860", "But political experts said that if Monday's stock decline turns out to be a temporary phenomena "
     "it will have no effect on the 1988 election.\n\n\"Times change, conditions change,\" Schneider said.",
     date(1987, 10, 19), "Times", "The Times"),
    ("tb-CNN19980227.2130.0067", _ARMY, date(1998, 2, 27), "Army", "United States Army"),
    ("reuters-3110", "Rain reached along the northern Pacific Coast, across northwest Utah, Maryland, Deleware, Virginia, "
     "the Carolinas, Georgia and northern Alabama.", date(1987, 3, 9), "Deleware", "Deleware, Virginia"),
    ("reuters-3110", "Rain reached along the northern Pacific Coast, across northwest Utah, Maryland, Deleware, Virginia, "
     "the Carolinas, Georgia and northern Alabama.", date(1987, 3, 9), "Carolinas", "Carolinas, Georgia"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "wrong"), _NOT_THAT_ONE)
def test_a_name_the_story_shows_is_something_else_is_not_linked(nlp, source, text, day, surface, wrong):
    ms = written(nlp, text, day, surface)
    assert ms, source
    # unlinked: no gazetteer entry and no country, whatever name the text gives it
    assert all((m.entity.canonical_name, m.entity.country_code) != (wrong, "US") for m in ms), source
    assert all(m.entity.wikidata_qid is None and m.entity.country_code is None for m in ms), source


_RAILWAY = (  # reuters-12309
    "CHICAGO, April 1 - Illinois Central Gulf Railroad, a subsidiary of IC Industries Inc, said it will complete the "
    "sale to the Chicago, Missouri and Western Railway of its 631-mile line from Joliet, Ill., to St. Louis by April "
    "30.\n\nThe Chicago, Missouri is a wholly owned subsidiary of the Venango River Corp, a transportation holding "
    "company."
)

# (source, text, date, a state or town the firm's name holds, the firm's name as written)
_FIRM_NAMES = [
    ("reuters-2656", "NEW YORK, March 6 - Standard and Poor's Corp said it raised to BBB-plus from BBB Public Service "
     "Co of Indiana's first mortgage bonds.", date(1987, 3, 6), "Indiana", "Public Service Co of Indiana"),
    ("reuters-16411", "Texcan said its bank debt will be paid to United Bancorp of Arizona's <UBAZ> United Bank of "
     "Arizona and Security Pacific's Corp's <SPC> Security Pacific Bank.", date(1987, 4, 13), "Arizona", "United Bank of Arizona"),
    ("reuters-20566", "PITTSBURGH, Oct 20 - Shr 14 cts vs 14 cts Net 213,000 vs 210,000 Revs 229 mln vs 229 mln NOTE: "
     "Full name Pittsburgh and West Virginia Railroad.", date(1987, 10, 20), "West Virginia", "Pittsburgh and West Virginia Railroad"),
    ("reuters-12309", _RAILWAY, date(1987, 4, 1), "Missouri", "Chicago, Missouri and Western Railway"),
]


@pytest.mark.parametrize(("source", "text", "day", "place", "firm"), _FIRM_NAMES)
def test_a_place_inside_a_firms_name_is_the_firm(nlp, source, text, day, place, firm):
    ms = extract_mentions(nlp(text), day)
    assert not [m for m in ms if m.text == place], source
    assert any(firm in m.text and m.label == "ORG" and m.entity.canonical_name == m.text for m in ms), source


def test_the_places_alone_after_the_railways_full_name_are_the_railway(nlp):
    ms = written(nlp, _RAILWAY, date(1987, 4, 1), "Chicago, Missouri")
    assert ms
    assert {m.entity.canonical_name for m in ms} == {"Chicago, Missouri and Western Railway"}
    # the dateline and "Joliet, Ill." stay places
    assert {m.entity.canonical_name for m in written(nlp, _RAILWAY, date(1987, 4, 1), "Joliet")} == {"Joliet, Illinois"}


_COMMISSION = (  # reuters-17444
    "LONDON, June 1 - The European Commission should make urgent and concrete proposals to break the deadlock over "
    "moves to cut sky-high European airfares, an independent report said.\n\nThe IEA report said European governments "
    "and the Commission, the EC executive authority, had been extraordinarily lax about the airlines' secretiveness."
)
_SPRINT = (  # reuters-1241
    "ATLANTA , March 3 - National Data Corp said it signed a multi-year contract with US Sprint to provide the long "
    "distance telephone company with around the clock operator services.\n\nThe new services will allow subscribers "
    "to make collect, person-to-person and station-to-station calls, and to receive call assistance services anywhere "
    "in the U.S., the company said."
)

# (source, text, date, surface, canonical name): the guards, as the old code had them
_STAYS = [
    # one body of one country spelled out does not take the letters from another of the same
    ("reuters-17444", _COMMISSION, date(1987, 6, 1), "EC", "European Economic Community"),
    ("reuters-1241", _SPRINT, date(1987, 3, 3), "U.S.", "United States"),
    # a city after "Corp of" is the firm's seat; a place after "in" is a place
    ("reuters-18567", "DBS, which Paues said began operations today, brings together Sandvik's wholly-owned U.S. "
     "Subsidiary Strata Bit Corp of Houston and Diamant Boart's petroleum activities in Europe.", date(1987, 6, 18),
     "Houston", "Houston"),
    ("reuters-12125", "NEW YORK, April 1 - SunTrust Banks said that Sun Banks in Florida and Trust Co banks in Georgia "
     "have raised their prime rate to 7-3/4 pct from 7-1/2 pct.", date(1987, 4, 1), "Florida", "Florida"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _STAYS)
def test_a_name_outside_those_cases_keeps_its_link(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {name}, source
