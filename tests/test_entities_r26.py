"""Entities round 26: names of MEANTIME's domains (airlines, aircraft and computer makers, Apple)
the linker cut or missed. An Irish surname written with a space after "O'" is one name; a
building named with a lower-case head ("the Moscone West center") is the building the gazetteer
knows; an event named with the company that holds it first ("Apple Worldwide Developers
Conference") is the company and its event. An airline's "Air Lines" is Wikipedia's "Airlines"
and the other way round. "Treasury" before the name of a debt ("comparable
Treasury securities") is the government's paper, not the Treasury Department: left unlinked.

Sentences are from MEANTIME dev documents (Wikinews, CC BY 2.5; the document is named on each
row) and from Reuters-21578 stories outside the links set and the amounts fixture, each named.
No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import entity_id
from tasks.gazetteer import load
from tests.helpers import link_test, linked, mentions_by_text

# MEANTIME dev (Wikinews) and Reuters-21578 sentences: (source, text, date, surface, the title
# of each of its mentions, or the one title when it is written once)
_LINKED = [
    ("11714_Ryanair_exercises_options_on_five_Boeing_737s",
     "Ryanair CEO, Michael O' Leary, justified his choice of Boeing by saying, ``The Boeing 737-800 has the best "
     "technical reliability and ensures that Ryanair is the number one on-time major airline in Europe''",
     date(2005, 6, 13), "Michael O' Leary", "Michael O'Leary (businessman)"),
    ("21302_Apple_unveils_iPod_nano",
     "The announcement came today at a special music event hosted by Apple, held in the Moscone West Convention "
     "Center in San Francisco.", date(2005, 9, 7), "the Moscone West Convention Center", "Moscone Center"),
    ("265977_Apple_announces_Mac_OS_X_Lion,_iOS_5,_and_iCloud",
     "At the company's own Worldwide Developers Conference (WWDC) keynote at the Moscone West center in San "
     "Francisco, Apple CEO Steve Jobs introduced the next generation of software products from Apple.",
     date(2011, 6, 7), "the Moscone West center", "Moscone Center"),
    ("190356_Apple_unveils_iPhone_4",
     "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company CEO Steve Jobs unveiled "
     "iPhone 4, along with the new iOS 4 operating system for Apple mobile devices.",
     date(2010, 6, 8), "Apple", ["Apple Inc.", "Apple Inc."]),
    ("190356_Apple_unveils_iPhone_4",
     "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company CEO Steve Jobs unveiled "
     "iPhone 4, along with the new iOS 4 operating system for Apple mobile devices.",
     date(2010, 6, 8), "Worldwide Developers Conference", "Worldwide Developers Conference"),
    # an airline's legal name written "Air Lines" where Wikipedia writes "Airlines"
    ("reuters-7930",
     "ATLANTA, March 20 - Delta Air Lines <DAL> said a court order requiring Western Air Lines <WAL> to arbitrate "
     "with two of its unions will not delay the April 1 merger between the two airlines.",
     date(1987, 3, 20), "Western Air Lines", "Western Airlines"),
    ("reuters-17778", "Allegis owns United Air Lines, Hertz rental cars, and Westin and Hilton International hotels.",
     date(1987, 6, 1), "United Air Lines", "United Airlines"),
    # airlines and a maker's name of the period the gazetteer lacked
    ("reuters-2300",
     "CHICAGO, March 5 - Midway Airlines Inc said its February load factor declined 1.6 pct to 55.9 pct from 57.5 "
     "pct in the same month last year.", date(1987, 3, 5), "Midway Airlines Inc", "Midway Airlines (1976–1991)"),
    ("reuters-3284",
     "CHICAGO, March 9 - McDonnell Douglas Corp said recent talks with Airbus Industries about joint development "
     "and production of a new jetliner with the European aircraft manufacturing consortium have been very "
     "informal.", date(1987, 3, 9), "Airbus Industries", "Airbus"),
    # reuters-16278: the broker's conference, the broker's full name kept whole
    ("reuters-16278",
     "At a Drexel Burnham Lambert Investor Conference, Coopervision chairman Parker Montgomery said, as "
     "previously announced, he will listen to any bid that makes sense for shareholders.",
     date(1987, 4, 13), "Drexel Burnham Lambert", "Drexel Burnham Lambert"),
]  # fmt: skip


test_a_domain_name_is_found_whole_and_linked = link_test([("MEANTIME's domains", _LINKED)])


def test_an_airline_whose_title_is_its_name_is_linked_not_left_as_written(nlp):
    # reuters-6210: the unlinked name would read the same as the title; the gazetteer's row is the proof
    text = (
        "CHICAGO, March 17 - Simmons Airlines Inc said its load factor for February declines to 41.8 pct from 46.1 "
        "pct a year ago."
    )
    row = [e for e, _ in load().lookup("Simmons Airlines") if e.canonical_name == "Simmons Airlines"]
    found = mentions_by_text(nlp, text, date(1987, 3, 17))["Simmons Airlines Inc"]
    assert row and [m.entity.entity_id for m in found] == [entity_id(row[0].key)]


# (source, text, date, surface that must not be a mention)
_NOT_A_NAME = [
    # the surname is not cut at its apostrophe
    ("11714_Ryanair_exercises_options_on_five_Boeing_737s",
     "Ryanair CEO, Michael O' Leary, justified his choice of Boeing by saying, ``The Boeing 737-800 has the best "
     "technical reliability and ensures that Ryanair is the number one on-time major airline in Europe''",
     date(2005, 6, 13), "Michael O'"),
    ("11714_Ryanair_exercises_options_on_five_Boeing_737s",
     "Ryanair CEO, Michael O' Leary, justified his choice of Boeing by saying, ``The Boeing 737-800 has the best "
     "technical reliability and ensures that Ryanair is the number one on-time major airline in Europe''",
     date(2005, 6, 13), "Leary"),
    # a company's "O'" is no Irish surname: no person "O' Nuts"
    ("reuters-18611", "NEW YORK, June 18 - Chock Full O' Nuts Corp said its board declared a three pct stock "
     "dividend.", date(1987, 6, 18), "O' Nuts"),
    # the event is not left with the company's name in it
    ("190356_Apple_unveils_iPhone_4",
     "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company CEO Steve Jobs unveiled "
     "iPhone 4, along with the new iOS 4 operating system for Apple mobile devices.",
     date(2010, 6, 8), "Apple Worldwide Developers Conference"),
    # reuters-16278: nor the company cut before the last word of its name
    ("reuters-16278",
     "At a Drexel Burnham Lambert Investor Conference, Coopervision chairman Parker Montgomery said, as "
     "previously announced, he will listen to any bid that makes sense for shareholders.",
     date(1987, 4, 13), "Lambert Investor Conference"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "day", "surface"), _NOT_A_NAME)
def test_a_part_of_a_name_is_no_mention(nlp, source, text, day, surface):
    assert surface not in mentions_by_text(nlp, text, day), source


_FORD_CREDIT = (
    "NEW YORK, March 5 - Ford Motor Credit Co, a unit of Ford Motor Co, is raising 250 mln dlrs via an offering of "
    "notes due 1990 yielding 6.95 pct, said lead underwriter Goldman Sachs.\n\nThe notes have a 6-7/8 pct coupon "
    "and were priced at 99.80 to yield 47 basis points more than comparable Treasury securities.\n\nNon-callable "
    "for life, the issue is rated A-1 by Moody's and AA by Standard and Poor's.\n\nOn October 7, 1986, the credit "
    "unit sold 200 mln dlrs of same-maturity notes, rated A-1/A, that were priced to yield 7.172 pct or 77 basis "
    "points over Treasuries.\n\nReuter"
)
_REPUBLIC = (
    "NEW YORK, Oct 19 - Republic National Bank of New York, a unit of Republic New York Corp, is offering 100 mln "
    "dlrs of notes due 1989 yielding 9.612 pct, said sole manager Salomon Brothers Inc.\n\nThe notes have a 9-1/2 "
    "pct coupon and were priced at 99.80 to yield 63 basis points more than the when-issued two-year Treasury "
    "notes.\n\nNon-callable for life, the issue is rated Aa-1 by Moody's Investors Service Inc and AA by Standard "
    "and Poor's Corp.\n\nReuter"
)
_RESERVES = (
    "WASHINGTON, June 2 - The Treasury Department said it would release data on U.S. reserve assets on a monthly "
    "basis from now on instead of quarterly.\n\nReserve assets are held in gold, special drawing rights with the "
    "Internatinal Monetary Fund, foreign currencies and in a U.S. reserve position in the IMF.\n\nAssets totaled "
    "46.59 billion dlrs at the end of April, compared with 48.82 billion dlrs at the end of March, the Treasury "
    "said.\n\nReuter"
)

#: Reuters-21578 stories: (story, text, date, titles of the mentions written "Treasury")
_TREASURY = [
    # the paper a new issue is priced against
    ("reuters-2407", _FORD_CREDIT, date(1987, 3, 5), ["Treasury"]),
    ("reuters-21159", _REPUBLIC, date(1987, 10, 19), ["Treasury"]),
    # the department that speaks is still the department
    ("reuters-18321", _RESERVES, date(1987, 6, 2), ["United States Department of the Treasury"]),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "titles"), _TREASURY)
def test_treasury_paper_is_not_the_treasury_department(nlp, story, text, day, titles):
    assert linked(nlp, text, day, "Treasury") == titles, story
