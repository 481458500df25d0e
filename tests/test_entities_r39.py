"""Entities round 39: one real-world thing under several rows, the classes round 38 left.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent39:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out):

- a firm's name the model cut short ("Malaysia Bhd" of "Esso Malaysia Bhd", "Courier Corp" of
  "Purolator Courier Corp", "Nissan Inc" of "<Pilipinas Nissan Inc") made a row of its own, named
  after a country or a common word, or linked to another firm: the proper nouns before it open it;
- a firm's full name with a firm's noun before it ("the Japanese daily Asahi Shimbun said") stayed
  a person because "said" followed it: only "said it" is no cue for a full name;
- a person's full name with ", Japan's deputy minister of ..." after it stayed a place;
- a company's full name with its legal form, tagged a place ("Echo Bay Mines Ltd", "Rio
  Tinto-Zinc Corp PLC"), kept the place label;
- "THe New York STock Exchange" (the article typed in odd case) and "ENI" (Reuters' spelling of
  Eni) stayed unlinked beside the linked rows.

The guards: a person and the firm named after him stay two entities; initials run together before a
firm the gazetteer knows ("FW Woolworth Co") do not make another firm.

Sentences are Reuters-21578 stories of this round's samples (none in an evaluation set), each named
on its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import known, written

# (source, text, date, the firm's full name, the cut name the model tagged alone)
_CUT_FIRMS = [
    ("reuters-11270", "Esso Malaysia Bhd, a unit of Exxon Corp of the U.S., Reported net profit of 70 mln ringgit "
     "from its petroleum and ammonia operations in 1986 compared with 48.7 mln in 1985.",
     date(1987, 3, 31), "Esso Malaysia Bhd", "Malaysia Bhd"),
    ("reuters-768", "Several analysts said they do not believe another suitor will top the 265 mln dlr bid for "
     "Purolator Courier Corp by E.F. Hutton LBO Inc.",
     date(1987, 3, 2), "Purolator Courier Corp", "Courier Corp"),
    ("reuters-16091", "The Kuwait Investment Office (KIO) has increased its stake in <Sime Darby Bhd> to 63.35 mln "
     "shares, or 6.5 pct of the company's issued capital.",
     date(1987, 4, 11), "Sime Darby Bhd", "Darby Bhd"),
    ("reuters-19089", "The two accredited local car manufacturers are <Pilipinas Nissan Inc>, which gets car kits "
     "from Nissan Motor Company Ltd, and <Philippine Automotive Manufacturing Corp>.",
     date(1987, 6, 19), "Pilipinas Nissan Inc", "Nissan Inc"),
]


@pytest.mark.parametrize(("source", "text", "day", "full", "cut"), _CUT_FIRMS)
def test_a_firm_the_model_cut_short_keeps_its_first_words(nlp, source, text, day, full, cut):
    ms = written(nlp, text, day, full)
    assert ms and all(m.label == "ORG" for m in ms), source
    assert not written(nlp, text, day, cut), source


def test_a_cut_firm_is_not_the_known_firm_its_last_word_names(nlp):
    text, day = _CUT_FIRMS[3][1], _CUT_FIRMS[3][2]
    ms = written(nlp, text, day, "Pilipinas Nissan Inc")
    assert ms and all(m.entity.canonical_name != known("Nissan") for m in ms)


# (source, text, date, surface): a firm's noun before its full name, "said" after it
_NAMED_OUTLETS = [
    ("reuters-1904", "The Japanese daily Asahi Shimbun said today that IBJ and three other banks plan to abandon a "
     "total of 16 billion yen in loans to Japan Line.", date(1987, 3, 4), "Asahi Shimbun"),
    ("reuters-17294", "\"I'd be very cautious about present stock levels,\" Chris Honnor of London-based brokers "
     "Grieveson Grant said.", date(1987, 4, 27), "Grieveson Grant"),
    ("reuters-5267", "The West German weekly Der Speigel said a fraud involving VW's reported 480 mln mark loss on "
     "foreign exchange dealings came to light when the Hungarian National Bank refused to honour what turned "
     "out to be a fake forward currency purchase contract.", date(1987, 3, 16), "Der Speigel"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface"), _NAMED_OUTLETS)
def test_a_full_name_after_a_firms_noun_is_a_firm_though_said_follows(nlp, source, text, day, surface):
    ms = written(nlp, text, day, surface)
    assert ms and all(m.label == "ORG" for m in ms), source


def test_a_person_with_his_countrys_office_after_his_name_is_the_person_of_other_stories(nlp):
    here = written(nlp, "Deputy U.S. Trade Representative Michael Smith and Makoto Kuroda, Japan's deputy minister "
                   "of International Trade and Industry (MITI), are due to meet in Washington this week in an effort "
                   "to end the dispute.", date(1987, 4, 8), "Makoto Kuroda")  # reuters-14826
    there = written(nlp, "Makoto Kuroda, vice minister for international affairs at the Ministry of International "
                    "Trade and Industry, said Japan would stimulate the economy.", date(1987, 3, 9), "Makoto Kuroda")  # reuters-2992
    assert here and there
    assert {m.label for m in here} == {"PERSON"}
    assert {m.entity.entity_id for m in here} == {m.entity.entity_id for m in there}


# (source, text, date, surface, gazetteer name or None)
_FIRMS_TAGGED_PLACES = [
    ("reuters-11638", "Echo Bay Mines Ltd said it discovered a gold deposit in the Cove area near its McCoy gold mine "
     "in Nevada.", date(1987, 3, 31), "Echo Bay Mines Ltd", None),
    ("reuters-9891", "Foote Mineral Co said it signed a letter of intent to merge into Rio Tinto-Zinc Corp PLC for "
     "cash.", date(1987, 3, 26), "Rio Tinto-Zinc Corp PLC", "Rio Tinto"),
    ("reuters-18927", "North Hills Electronics Inc said its North Hills Israel Ltd unit closed on a 1,500,000 dlr loan "
     "from Overseas Private Investment Corp.", date(1987, 6, 18), "North Hills Israel Ltd", None),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _FIRMS_TAGGED_PLACES)
def test_a_name_with_a_legal_form_is_a_company_whatever_the_model_tagged(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms and all(m.label == "ORG" for m in ms), source
    if name is not None:
        assert {m.entity.canonical_name for m in ms} == {known(name)}, source


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), [
    ("reuters-6074", "THe New York STock Exchange said an option trading rights seat sold for 40,000 dlrs, off 5,000 "
     "dlrs from the previous sale on January 29.", date(1987, 3, 17), "THe New York STock Exchange",
     "New York Stock Exchange"),
    ("reuters-14689", "ENI owns 48 pct of the joint venture company, Super Octanos, while Pequiven has 49 pct.",
     date(1987, 4, 7), "ENI", "Eni"),
])
def test_a_known_body_typed_oddly_links(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {known(name)}, source


def test_a_person_and_the_firm_named_after_him_stay_apart(nlp):
    text = ("The company said Hambrecht and Quist president William R. Hambrecht and three other Hambrecht and Quist "
            "representatives have been named to the board.")  # reuters-11873
    ms = extract_mentions(nlp(text), date(1987, 4, 1))
    person = [m for m in ms if m.text == "William R. Hambrecht"]
    firm = [m for m in ms if m.text == "Hambrecht and Quist"]
    assert person and firm
    assert {m.label for m in person} == {"PERSON"} and {m.label for m in firm} == {"ORG"}
    assert not {m.entity.entity_id for m in person} & {m.entity.entity_id for m in firm}


def test_initials_before_a_known_firm_do_not_make_another_firm(nlp):
    text = ("PRINCETON, N.J. - FW Woolworth Co's chairman and chief executive officer, Harold Sells, said the company remains "
            "commmitted to its general merchandise division.")  # reuters-18796
    ms = [m for m in extract_mentions(nlp(text), date(1987, 6, 18)) if "Woolworth" in m.text]
    assert ms and {m.entity.canonical_name for m in ms} == {known("Woolworth")}
