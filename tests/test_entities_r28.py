"""Entities round 28: gazetteer breadth in MEANTIME's domains (aircraft, airlines and aerospace;
computers, phones and music). Rows were added by kind -- airlines and their short names, engine,
parts and aircraft makers, lessors, accident boards, chief executives of 2004-2011 and of 1987,
record labels, trade shows, the computer and engine products of 1987 wire copy -- each under its
English Wikipedia title; a name that passed to another referent has a period (`Cray` is Cray
Research to 1999, Cray Inc. from 2000).

Sentences are from Reuters-21578 stories outside the links set, the dates fixture and the amounts
fixture, and from the unannotated sentences (6 onwards) of MEANTIME dev documents, each named on
its row; sentences made up are marked. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.gazetteer import load
from tests.helpers import link_test, mentions_by_text

_MANSFIELD = (  # meantime 199629_Apple_executive_leaves_company, sentences after the annotated six
    "Papermaster's post will be filled by Bob Mansfield, Apple's senior vice president for Macintosh "
    "engineering.\nMansfield was already involved in iPhone development, overseeing processor and display "
    "engineering."
)
_MANNION = (  # meantime 71426_Aer_Lingus_buys_twelve_new_long-haul_Airbus_jets, after the annotated six
    "The airline had approached Airbus rival Boeing regarding a potential deal for their new 787 aircraft, but "
    "Aer Lingus Chief Executive Dermot Mannion stated that he believed the Airbus aircraft were ``better on fuel "
    "and better on range'' than the 787.\nHe also said that, although the aircraft have a catalogue value of "
    "€1.78 billion (US$ 2.4 billion), Airbus had offered them at an ``exceptional discounts'' on them.\nSome of "
    "the A330s will be replaced by the new aircraft.\nAs well as new routes to the US, Mannion stated that there "
    "was a possibility of routes elsewhere resulting from the new aircraft as well."
)
_DRAGONAIR = (  # reuters-5259
    "A hearing started today and continues tomorrow. An application by Dragonair is to start flights to "
    "Malaysian cities including Kuala Lumpur and Kota Kinabalu. Cathay is opposing Dragonair's request."
)
_IBM_OS = (  # reuters-19589
    "When International Business Machines Corp <IBM> announced its new generation of personal computers, the "
    "PS/2 family, in April, it also decided to establish a new operating system for the machines, a death "
    "sentence for the billions of dollars of software now in use on the existing system."
)
_TOSHIBA_MACHINE = (  # reuters-17453
    "Toshiba's 50-pct subsidiary <Toshiba Machine Co Ltd> \"is a completely independent company with "
    "independent management,\" Toshiba Corp senior vice-president Osamu Iemura told a press conference."
)

# (source, text, date, surface, the title of each of its mentions, or the one title when written once)
_PEOPLE = [
    ("meantime 199629", _MANSFIELD, date(2010, 8, 9), "Bob Mansfield", "Bob Mansfield"),
    ("meantime 199629", _MANSFIELD, date(2010, 8, 9), "Mansfield", "Bob Mansfield"),
    ("meantime 71426", _MANNION, date(2007, 6, 9), "Dermot Mannion", "Dermot Mannion"),
    ("meantime 71426", _MANNION, date(2007, 6, 9), "Mannion", "Dermot Mannion"),
    ("reuters-7383",
     "BEVERLY HILLS, Calif., March 19 - International Lease Finance Corp is negotiating with <Airbus Industrie> "
     "for additional orders of A320 and A330 jets, according to ILFC president Steven Udvar-Hazy.",
     date(1987, 3, 19), "Steven Udvar-Hazy", "Steven F. Udvar-Házy"),
    ("reuters-8766",
     "Digital predsident Kenneth Olsen told reporters that the company now offers a full range of systems, "
     "applications and services for its manufacturing customers based on its popular VAX computer operating "
     "system.", date(1987, 3, 24), "Kenneth Olsen", "Ken Olsen"),
    ("made", "Qantas chief executive Alan Joyce said the airline would ground its A380 fleet.",  # made
     date(2010, 11, 4), "Alan Joyce", "Alan Joyce (businessman)"),
]
_COMPANIES = [
    ("reuters-5259", _DRAGONAIR, date(1987, 3, 16), "Dragonair", ["Cathay Dragon", "Cathay Dragon"]),
    ("reuters-17453", _TOSHIBA_MACHINE, date(1987, 6, 1), "Toshiba Machine Co Ltd", "Shibaura Machine"),
    ("reuters-19425",
     "The Norweigan state-own firm Kongsberg Vaapenfabrikk was involved in the original technology transfer, "
     "providing vital computer software to be used with the Japanese milling equipment.",
     date(1987, 6, 19), "Kongsberg Vaapenfabrikk", "Kongsberg Gruppen"),
    ("reuters-3935",
     "Called the Telecommunications Marketing and Service organization, IBM said the group combines the U.S. "
     "direct sales, service and support operations of its Rolm Corp unit with the marketing support operations "
     "of its Information Systems Group.", date(1987, 3, 11), "Rolm Corp", "ROLM"),
    ("reuters-503",
     "DAYTON, Ohio, March 2 - NCR Corp's Personal Computer division said it signed an agreement to distrubute "
     "its personal computer products to 544 <Computerland Corp> stores in the U.S.",
     date(1987, 3, 2), "Computerland Corp", "ComputerLand"),
    ("reuters-4989",
     "FARMINGDALE, N.Y., March 13 - Fairchild Industries Inc said it will close the Fairchild Republic plant at "
     "Farmingdale this year, and sell it next year, after agreeing with the U.S. Air Force to terminate the "
     "T-46A trainer aircraft program.", date(1987, 3, 13), "Fairchild Republic", "Fairchild Republic"),
    ("reuters-10608",
     "Electronic Industries Association of Japan (EIAJ) Chairman Shoichi Saba stated: \"EIAJ believes that it is "
     "premature and even irrational to attempt an assessment of the impact of the agreement.\"",
     date(1987, 3, 28), "EIAJ",
     ["Japan Electronics and Information Technology Industries Association"] * 2),
    # the supercomputer maker of 1987 copy is Cray Research; the name passed to Cray Inc. in 2000
    ("reuters-10301",
     "India wanted to buy a powerful supercomputer, such as the Cray X-MP with two processors running in tandem, "
     "but the Times said U.S. Officials offered a choice of machines with a single processor, several "
     "generations behind the Cray X-MP.", date(1987, 3, 27), "Cray", ["Cray Research", "Cray Research"]),
    ("made", "Cray said it had won a contract to build a supercomputer for the weather service.",  # made
     date(2009, 5, 1), "Cray", "Cray"),
    ("made", "Ryanair, easyJet and Aer Lingus cut fares, while British Midland and Germanwings added routes.",  # made
     date(2008, 1, 10), "British Midland", "British Midland International"),
    ("made", "Ryanair, easyJet and Aer Lingus cut fares, while British Midland and Germanwings added routes.",  # made
     date(2008, 1, 10), "Germanwings", "Germanwings"),
]
_PRODUCTS_AND_EVENTS = [
    ("reuters-19589", _IBM_OS, date(1987, 6, 29), "PS/2", "IBM Personal System/2"),
    ("reuters-11404",
     "EAST HARTFORD, Conn., March 31 - Pratt and Whitney, a unit of United Technologies Corp, said a Swissair "
     "order for PW4000 turbofan engines could be worth more than 470 mln dlrs.",
     date(1987, 3, 31), "PW4000", "Pratt & Whitney PW4000"),
    ("reuters-15314",
     "<International Aero Engines>, IAE, 30 pct owned by United Technologies' Pratt and Whitney division, has "
     "decided not to launch a superfan version of its V2500 engine.", date(1987, 4, 8), "V2500", "IAE V2500"),
    ("made", "Jobs unveiled the iPhone at the Macworld Conference & Expo in San Francisco.",  # made
     date(2007, 1, 9), "Macworld Conference & Expo", "Macworld/iWorld"),
    ("made", "Airbus took 120 orders at the Paris Air Show, against Boeing's 90.",  # made
     date(2005, 6, 17), "Paris Air Show", "Paris Air Show"),
]  # fmt: skip


test_domain_names_link_to_their_titles = link_test([
    ("people", _PEOPLE), ("companies", _COMPANIES), ("products and events", _PRODUCTS_AND_EVENTS),
])


# (source, text, date, surface, label): the kind of thing the name is, whatever the model tagged
_LABELS = [
    ("made", "Microsoft's MS-DOS runs on most personal computers sold today.",  # made
     date(1987, 6, 1), "MS-DOS", "PRODUCT"),
    ("reuters-4989", "FARMINGDALE, N.Y., March 13 - Fairchild Industries Inc said it will close the Fairchild "
     "Republic plant at Farmingdale this year.", date(1987, 3, 13), "Fairchild Republic", "ORG"),
    ("made", "Apple will hold its Worldwide Developers Conference in June.",  # made
     date(2010, 4, 28), "Worldwide Developers Conference", "EVENT"),
    # an acronym defined for a product is the product, though the model tags it ORG
    ("reuters-19589",
     "IBM did not endorse Unix for any of its PS/2 models, although it did say that it would announce a version "
     "of its Advanced Interactive Executive (AIX), a Unix compatible operating system.",
     date(1987, 6, 29), "AIX", "PRODUCT"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "day", "surface", "label"), _LABELS)
def test_a_domain_name_carries_its_kind(nlp, source, text, day, surface, label):
    found = mentions_by_text(nlp, text, day).get(surface, [])
    assert found and {m.label for m in found} == {label}, source


def test_a_company_named_twice_over_is_one_mention_not_two_surnames(nlp):
    # reuters-10875: "Reynolds and Reynolds" was split into two "Reynolds" short forms
    text = (
        "DETROIT, March 30 - <Advanced Voice Technologies Inc> said it has filed a suit against Reynolds and "
        "Reynolds Co <REYNA>, charging the company with pirating a computer-based voice messaging system.\n\n"
        "Advanced Voice said Reynolds and Reynolds learned of the system while test marketing it."
    )
    found = mentions_by_text(nlp, text, date(1987, 3, 30))
    assert "Reynolds" not in found
    assert [m.entity.canonical_name for m in found["Reynolds and Reynolds"]] == ["Reynolds and Reynolds"]


@pytest.mark.parametrize(("name", "year", "title"), [
    ("Cray", 1987, "Cray Research"), ("Cray", 1999, "Cray Research"), ("Cray", 2000, "Cray"),
    ("Cray", 2011, "Cray"), ("Cray Research", 2005, "Cray Research"),
])  # fmt: skip
def test_cray_is_the_company_of_its_period(name, year, title):
    assert load().lookup(name, year)[0][0].canonical_name == title


@pytest.mark.parametrize("name", ["BEA", "BMI", "Saab", "Edgar Bronfman", "Comair"])
def test_a_name_two_referents_share_in_the_domain_stays_unlinked(name):
    # the French accident board and BEA Systems; Broadcast Music and British Midland; Saab AB and the
    # carmaker; Edgar Bronfman Sr. and Jr.; the US and the South African Comair
    assert load().lookup(name, 2008) == []
