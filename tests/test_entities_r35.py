"""Entities round 35: the corpus-level entities table of a larger, fresher sample, read as a BI user.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent35:" + NEWID)`` (the links set, the
dates fixture and the amounts fixture left out), with the MEANTIME dev documents past their
annotated sentences and the TimeBank-AQUAINT dev stories:

- a town that shares its name with towns abroad is the one in the country or province written
  after it ("Kimberley, B.C." is no South African town) or, failing that, the one in the one
  country the story names ("Spanish ports south of Valencia" are not in Venezuela);
- a legal form the copy writes in lower or mixed case ("General Electric COrp", "AutoSpa corp")
  is a legal form: the company links, or keeps one row, under its name alone;
- a country written just before a body every country has owns it even where the gazetteer has no
  row for that body ("senior French Treasury officials");
- a surname the model tagged as an event after the person's full name ("Gros, speaking to
  reporters" after "Francisco Gros") is the person, and every repeat of a surname written before
  the full name follows the first to that person ("Liemandt ... Liemandt, who said ... Gregory J.
  Liemandt").

Sentences are Reuters-21578 stories of that sample (none in an evaluation set), each named on its
row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import written

_VALENCIA = (  # reuters-7336
    "The European Community Commission has decided to abolish a special tax of eight Ecus per tonne imposed on "
    "exports of Spanish maize, Commission sources said.\n\nThey said the tax, which applies to Spanish sales to EC "
    "and non-EC countries alike, would no longer be required on exports from Spanish ports south of Valencia."
)
_KIMBERLEY = (  # reuters-17486
    "The locals' bargaining committees are expected to meet and prepare for the reopening of negotiations with "
    "Cominco, he said.\n\nThe three locals cover about 2,600 production and maintenance workers at Cominco's Trail "
    "smelter and Kimberley, B.C. lead-zinc mine."
)

# (source, text, date, surface, canonical name, country)
_TOWNS = [
    ("reuters-7336", _VALENCIA, date(1987, 3, 19), "Valencia", "Valencia, Spain", "ES"),
    ("reuters-17486", _KIMBERLEY, date(1987, 6, 1), "Kimberley", "Kimberley", "CA"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name", "country"), _TOWNS)
def test_a_town_is_the_namesake_in_the_country_the_story_writes(nlp, source, text, day, surface, name, country):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {(m.entity.canonical_name, m.entity.country_code) for m in ms} == {(name, country)}, source


_GE = (  # reuters-18335
    "Watkins-Johnson Co said it received a contract from General Electric COrp's <GE> G.E. Astro Space division "
    "for nearly two mln dlrs to provide traveling-wave-tube amplifiers on the Mars Observer spacecraft."
)
_AUTOSPA = (  # reuters-15051
    "AutoSpa corp said it will redeem all its common stock purchase warrants on May Five at 7.5 cts each."
)
_CHAMPLIN = (  # reuters-6125 (the story is written in lower case)
    "an eventual oil import fee in the united states will make no difference to champlin petroleum corp's joint "
    "venture agreement signed today with petroleos de venezuela (pdvsa), champlin chairman william adams said."
)

# (source, text, date, surface, the company's row)
_ODD_CASE_FORMS = [
    ("reuters-18335", _GE, date(1987, 6, 2), "General Electric COrp", "General Electric"),
    ("reuters-15051", _AUTOSPA, date(1987, 4, 8), "AutoSpa corp", "AutoSpa"),
    ("reuters-6125", _CHAMPLIN, date(1987, 3, 17), "champlin petroleum corp", "champlin petroleum"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _ODD_CASE_FORMS)
def test_a_legal_form_in_odd_case_is_a_legal_form(nlp, source, text, day, surface, name):
    ms = written(nlp, text, day, surface)
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {name}, source


_NIGERIA = (  # reuters-10525: Nigeria, France and Britain named
    "Nigeria and France have signed a bilateral agreement to reschedule Nigeria's official debt to France, "
    "government sources said.\n\nThe accord was signed here yesterday by Nigerian Finance Minister Chu Okongwu and "
    "senior French Treasury officials after talks with CoFACE, the French export credit agency, they said."
)


def test_a_country_written_before_a_body_owns_it(nlp):
    ms = written(nlp, _NIGERIA, date(1987, 3, 27), "Treasury")
    assert ms
    assert {(m.entity.canonical_name, m.entity.country_code) for m in ms} == {("Treasury", "FR")}


_GROS = (  # reuters-8121
    "Brazil wants to resume interest payments on its medium- and long-term foreign debt as soon as possible and "
    "is willing to discuss ways of softening the impact of the payments suspension on bank earnings, central bank "
    "governor Francisco Gros said.\n\nGros, speaking to reporters yesterday after his first meeting with Brazil's "
    "bank advisory committee since he was appointed last month, also promised a clear statement of Brazil's "
    "economic policy would be made in the next few days.\n\nBut bankers who attended the meeting with Gros said "
    "it was inconclusive."
)
_LIEMANDT = (  # reuters-17700
    "Liemandt took charge of Wyly, sold off its non-computer businesses and decided that it would focus solely on "
    "mainframe computer software. In 1984, the company was renamed Uccel Corp.\n\nLiemandt, who said he will leave "
    "the company after the merger is completed, also turned to acquisitions for growth.\n\nIn 1983, Walter "
    "Haefner, a Swiss financier and a major Wyly investor, lured Gregory J. Liemandt away from his job as chairman "
    "of General Electric Co's <GE> computer services unit."
)

# (source, text, date, surname, full name)
_SURNAMES = [
    ("reuters-8121", _GROS, date(1987, 3, 23), "Gros", "Francisco Gros"),
    ("reuters-17700", _LIEMANDT, date(1987, 6, 11), "Liemandt", "Gregory J. Liemandt"),
]


@pytest.mark.parametrize(("source", "text", "day", "surname", "full"), _SURNAMES)
def test_every_bare_surname_is_the_person_named_in_full(nlp, source, text, day, surname, full):
    ms = written(nlp, text, day, surname)
    assert len(ms) >= 2, source
    assert {(m.entity.canonical_name, m.entity.label, m.label) for m in ms} == {(full, "PERSON", "PERSON")}, source


_DELTA = (  # reuters-7930
    "Delta Air Lines <DAL> said a court order requiring Western Air Lines <WAL> to arbitrate with two of its "
    "unions will not delay the April 1 merger between the two airlines.\n\nThe order, which was issued by the "
    "Ninth Circuit Court of Appeals, requires Western to discuss with its two unions whether Western's labor "
    "contracts will be binding for Delta, Delta said."
)

_PONTIAC = (  # reuters-11654
    "Last week's four-day walkout by 9,000 UAW workers at Pontiac, Mich., follows longer strikes at two General "
    "Motors parts plants in the past year and rejection of proposed contracts at other facilities.\n\nAnalysts "
    "say the Pontiac strike will not be the last to hit the company."
)


def test_a_company_the_story_named_is_no_namesake_town(nlp):
    ms = written(nlp, _DELTA, date(1987, 3, 20), "Delta")
    assert len(ms) == 2
    assert {(m.entity.canonical_name, m.entity.label, m.label) for m in ms} == {("Delta Air Lines", "ORG", "ORG")}


def test_a_town_written_with_its_state_stays_the_town(nlp):
    # the story's "Pontiac" is also the car maker; the town of the strike keeps its state
    ms = written(nlp, _PONTIAC, date(1987, 3, 31), "Pontiac")
    assert ms[0].entity.canonical_name == "Pontiac, Michigan"
