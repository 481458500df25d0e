"""Spelling variants of known people (entities round 20, issue #4): a full name the gazetteer does
not know is the one person of the story's period whose surname it spells another way, when its
given name agrees ("Volodymyr Zelenskiy" for Zelenskyy, "Mikhael Gorbachev", "Richard
Weizsaecker"). A word's other transliterations count only where the gazetteer itself spells that
word more than one way ("Gaddafi", "Qaddafi", "Gadhafi"; "Mohammed", "Muhammad"); a son, a
namesake with another given name and a person known by a middle name stay apart.

Sentences are from Reuters-21578 stories outside the hand-labelled sets (dated as the corpus dates
them), the TimeBank part of TimeBank-AQUAINT (dev split), the brief's probe, or marked ``# made``."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import _GIVEN_FORMS_FOLDED
from tasks.gazetteer import load
from tests.helpers import known, linked

#: (text, story date, surface, a name the gazetteer knows the person by).
_VARIANTS = [
    # the brief's probe (issue #4): Reuters' spelling of a name the gazetteer titles "Zelenskyy"
    ("Ukraine's President Volodymyr Zelenskiy said on Tuesday that talks with Moscow were not on the "
     "agenda.", date(2023, 5, 2), "Volodymyr Zelenskiy", "Zelensky"),  # made (after the brief's probe)
    # reuters-3014
    ("The decision to send Shultz to Moscow followed an announcement by Soviet leader Mikhael Gorbachev "
     "that he was willing to separate elimination of medium-range missiles in Europe from his demand for "
     "curbs on U.S. Development of a Strategic Defence Initiative (SDI) anti-missile system.",
     date(1987, 3, 9), "Mikhael Gorbachev", "Mikhail Gorbachev"),
    # reuters-8062: "ae" for the umlaut, and "von" left out
    ("LA PAZ, March 21 - Police fired tear gas to disperse 1,000 unemployed miners blocking the route of "
     "West German President Richard Weizsaecker's motorcade to La Paz, Bolivian Information Minister "
     "Herman Antelo said.", date(1987, 3, 21), "Richard Weizsaecker", "Richard von Weizsäcker"),
    # reuters-5961: initials written without a space
    ('"Clearly the NASD would willingly be the first to" voluntarily adopt a uniform rule such as it is '
     "proposing, NASD President Gordon S. Macklin said in a letter to SEC Chairman John S.R. Shad.",
     date(1987, 3, 17), "John S.R. Shad", "John S. R. Shad"),
    # TimeBank APW19980301.0720 (dev): tagged GPE, one "l" fewer than the gazetteer's "Muallem"
    ("The newspaper, quoting ``secret reports,'' said Syria had indicated its interest in resuming talks in "
     "remarks made last week by the Syrian ambassador to Washington, Walid Mualem, in a lecture to a closed "
     "forum in Baltimore.", date(1998, 3, 1), "Walid Mualem", "Walid Muallem"),
    # the brief's transliteration family, in AFP's spelling of both names
    ("Libyan leader Moamer Kadhafi on Monday rejected calls to step down.", date(2011, 3, 7),
     "Moamer Kadhafi", "Gaddafi"),  # made
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "surface", "name"), _VARIANTS, ids=[v[2] for v in _VARIANTS])
def test_another_spelling_of_a_known_person_links_to_that_person(nlp, text, day, surface, name):
    assert linked(nlp, text, day, surface) == [known(name)]


def test_the_surname_after_the_variant_links_to_the_same_person(nlp):
    # the brief's probe: "Zelenskiy" is an alias, and it used to follow the unlinked full name
    text = ("Ukraine's President Volodymyr Zelenskiy said on Tuesday that talks with Moscow were not on the "
            "agenda. Zelenskiy spoke after meeting European leaders.")  # made (after the brief's probe)
    day = date(2023, 5, 2)
    assert linked(nlp, text, day, "Volodymyr Zelenskiy") == linked(nlp, text, day, "Zelenskiy") == [known("Zelensky")]


#: (text, story date, surface, the known person it must not link to).
_FALSE_FRIENDS = [
    # reuters-11693: a son with his own given name
    ('NEW YORK, March 31 - <Ralph Andrews Productions> and <CCR Productions> said their new game show, '
     '"Lingo", was purchased for the fall season by CBS Inc for broadcast on its O and O network.\n\n'
     "The show will be hosted by Michael Reagan, son of President Reagan by his marriage to Jane Wyman, the "
     "production companies said.", date(1987, 3, 31), "Michael Reagan", "Ronald Reagan"),
    # reuters-4567: a son with his father's names and his own generation
    ("Japan Fund said it proposed the conversion to an open-end fund after rejecting a takeover offer of "
     "about 525 mln dlrs from an investment group led by T. Boone Pickens III, son of the Texas oilman.",
     date(1987, 3, 12), "T. Boone Pickens III", "T. Boone Pickens"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "surface", "other"), _FALSE_FRIENDS, ids=[f[2] for f in _FALSE_FRIENDS])
def test_a_relative_is_not_the_known_person(nlp, text, day, surface, other):
    got = linked(nlp, text, day, surface)
    assert got and known(other) not in got


#: (name, year, a name the gazetteer knows the person by, or None: no one).
_SPELLINGS = [
    # the brief's families: Gaddafi/Qaddafi/Kadhafi/Gadhafi, Mohammed/Muhammad/Mohamed, -iy/-yy/-y
    ("Muammar Kadhafi", 1987, "Gaddafi"),
    ("Moammar Qaddafi", 1987, "Gaddafi"),
    ("Mohamed Morsy", 2012, "Mohamed Morsi"),
    ("Volodymyr Zelenskyi", 2022, "Zelensky"),
    ("Dmitriy Medvedev", 2009, "Dmitry Medvedev"),
    # hyphen and space in a Korean given name, or neither
    ("Kim Jongun", 2018, "Kim Jong Un"),
    # the 9/11 Commission's "Ladin", once the gazetteer spells it so, is "Laden" for his son as well
    ("Usama bin Ladin", 2001, "Osama bin Laden"),
    ("Hamza bin Ladin", 2019, "Hamza bin Laden"),
    # "Mohammed" alone agrees with many people: Guyana's president is Irfaan Ali, not any Mohammed Ali
    ("Mohammed Ali", 2021, None),
    # "Mahmoud" is another name than "Mohammed" / "Muhammad", whatever the consonants
    ("Mahmoud Morsi", 2012, None),
    # a surname only: no given name to agree
    ("al-Shara", 2024, None),
    # common names the gazetteer keys only with a title or a disambiguator (Finance Minister Michael
    # Wilson, "Michael Wilson (Canadian politician)"; Deputy Secretary of State John C. Whitehead)
    ("Michael Wilson", 1987, None),
    ("John Whitehead", 1987, None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "year", "expected"), _SPELLINGS, ids=[f"{s[0]}-{s[1]}" for s in _SPELLINGS])
def test_the_gazetteer_tells_whose_spelling_a_name_is(name, year, expected):
    # names written as the brief lists them  # made
    person = load().spellings.person(name, year, _GIVEN_FORMS_FOLDED)
    assert (person.canonical_name if person else None) == (known(expected) if expected else None)
