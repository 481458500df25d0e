"""Entities round 23: a state, province or country misspelt by one letter ("Califoirnia",
"Guandong"), a person named by the given name before the full name ("Juanita" ... "Juanita
Castro"), and the Voice of America and Hawker Siddeley Canada under their English Wikipedia titles.

Sentences are from Reuters-21578 stories outside the links set and the amounts fixture, and from
TimeBank-AQUAINT stories outside the links set (each named), from the links set's dev stories
(marked "links set, dev" with their agency and date, as round 22 did), or marked ``# made``; the
set's test stories are not read. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tasks.gazetteer import load
from tests.helpers import link_test, mentions_by_text

#: (story, text, story date, misspelt word, the place it is).
_MISSPELT = [
    ("reuters-12487", "The company blamed the expected loss on regulatory and permitting issues that limited the "
     "full utilization of hazardous waste treatment cites in Califoirnia, continued startup delays for major "
     "remediation projects.", date(1987, 4, 2), "Califoirnia", "California"),
    ("reuters-3145", "Ranger said that under the deal, it would retain a five pct gross overriding royalty on its "
     "stake from blocks east cameron 65 and 82 in the Gulf of Mexico offshore Lousiana.", date(1987, 3, 9),
     "Lousiana", "Louisiana"),
    ("reuters-4348", "MONROE, La., March 12 - Century Telephone Enterprises Inc said it agreed to sell its cable "
     "television properties located in Michigan, Tennesse, Tennesse, Florida, Arkansas and Louisiana.",
     date(1987, 3, 12), "Tennesse", "Tennessee"),
    ("reuters-6114", "Mostly dry weather in early-rice areas of Guanxi and Guandong resulted in irrigation for "
     "continued rice planting, it said.", date(1987, 3, 17), "Guandong", "Guangdong"),
    ("reuters-6114", "Mostly dry weather in early-rice areas of Guanxi and Guandong resulted in irrigation for "
     "continued rice planting, it said.", date(1987, 3, 17), "Guanxi", "Guangxi"),
]  # fmt: skip


#: (word, the place it is read as, or None): a word one letter from two names of the gazetteer
#: ("Amrica": Africa, America, Arica) is not guessed at.
_ONE_LETTER = [
    ("Califoirnia", "California"),  # reuters-12487
    ("Guandong", "Guangdong"),  # reuters-6114
    ("Amrica", None),  # made
    ("Europl", None),  # made: Europe or Europol
    ("Lybia", None),  # links set, dev (AP, 1998-02-27): five letters, too short to trust one letter
]


@pytest.mark.parametrize(("word", "title"), _ONE_LETTER)
def test_a_one_letter_misspelling_is_read_only_when_one_name_is_that_close(word, title):
    found = load().misspelt_place(word)
    assert (found.canonical_name if found else None) == title


#: (story, text, story date, word): real places the gazetteer lacks, one letter from a town it has
#: (Mishima, Sterling): a town is never read as misspelt.
_REAL_PLACES = [
    ("reuters-2983", "SYDNEY, March 9 - <Placer Pacific Ltd> said it hopes the Papua New Guinea government will "
     "approve development of the Misima gold project next month.", date(1987, 3, 9), "Misima"),
    ("wsj_0904", "During the third quarter, Compaq purchased a former Wang Laboratories manufacturing facility in "
     "Stirling, Scotland, which will be used for international service and repair operations.",
     date(1989, 10, 26), "Stirling"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "word"), _REAL_PLACES)
def test_a_word_one_letter_from_a_known_town_is_not_read_as_that_town(nlp, story, text, day, word):
    found = mentions_by_text(nlp, text, day).get(word, [])
    assert found, story
    assert all(m.entity.canonical_name == word for m in found), story


def test_a_demonym_one_letter_from_its_country_stays_a_demonym(nlp):
    # the demonym row wins over the country one letter away
    text = "Kenyan officials said the talks would resume next week."  # made
    found = mentions_by_text(nlp, text, date(1987, 4, 1))["Kenyan"]
    assert [(m.label, m.role) for m in found] == [("NORP", "demonym")]


#: (source, text, story date, given name written first, its offset in the text, the person).
_GIVEN_FIRST = [
    # links set, dev (NYT, 2000-04-14): a feature on Fidel Castro's sister in Miami
    ("links set (dev)", "She is Fidel Castro's younger sister, Juanita. While her brother is the personification of "
     "evil in this neighborhood where Cuban flags fly from beatup Buicks, Juanita Castro is a beloved and respected "
     "member of this community.", date(2000, 4, 14), "Juanita", "Juanita Castro"),
    # NYT20000224.0173
    ("NYT20000224.0173", "After making his opinions known, Manuel Gonzalez reportedly was ostracized by his Miami "
     "kin, especially Lazaro, who has been keeping Elian and who has gone to court to try to keep the boy here.\n\n"
     "To his credit, Lazaro Gonzalez has issued a statement asking Miami's exiles to respect his brother's "
     "opinions.", date(2000, 2, 24), "Lazaro", "Lazaro Gonzalez"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "day", "given", "person"), _GIVEN_FIRST)
def test_a_given_name_before_the_full_name_is_that_person(nlp, source, text, day, given, person):
    first = next(m for m in extract_mentions(nlp(text), day) if m.text == given)
    assert (first.label, first.entity.canonical_name) == ("PERSON", person), source


#: Given names written first that stay apart: two people of the story have the name.
_GIVEN_FIRST_APART = [
    ("Maria said the family would appeal. Maria Lopez and Maria Santos both testified on Tuesday.",  # made
     "Maria"),
    ("Juanita spoke first. Later Juanita Castro and Juanita Broaddrick were named.", "Juanita"),  # made
]


@pytest.mark.parametrize(("text", "given"), _GIVEN_FIRST_APART)
def test_a_given_name_shared_in_the_story_is_not_linked_forward(nlp, text, given):
    first = [m for m in extract_mentions(nlp(text), date(2000, 1, 1)) if m.text == given][:1]
    assert [m.entity.canonical_name for m in first] in ([], [given])


#: (story, text, story date, surface, title): rows added this round, titles as on English Wikipedia.
_ROWS = [
    ("VOA19980303.1600.0917", "But the police and anti Abacha political groups will be a test of the opposition's "
     "resolve. Purnell Murdock, VOA News.", date(1998, 3, 3), "VOA News", "Voice of America"),
    ("VOA19980331.1700.1533", "Secretary Shalala says UNOS five months ago, or gave them five months to develop a "
     "new plan to distribute livers which are in the shortest supply. This is VOA Today.", date(1998, 3, 31),
     "VOA", "Voice of America"),
    ("reuters-6811", "TORONTO, March 18 - <Hawker Siddeley Canada Inc> said that, due to poor market conditions for "
     "railway freight car manufacturing, it plans to sell its Trenton Works division in Trenton, Nova Scotia.",
     date(1987, 3, 18), "Hawker Siddeley Canada Inc", "Hawker Siddeley Canada"),
]  # fmt: skip


# Each table above is the same check: every mention written so links to that one title.
_LINK_CLASSES = [
    ("a state or province misspelt by one letter is that place", _MISSPELT),
    ("rows of this round link under their titles", _ROWS),
]
test_round23_name_links_to_its_title = link_test(_LINK_CLASSES)
