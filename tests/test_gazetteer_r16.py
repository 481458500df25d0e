"""Gazetteer round 16: names left unlinked in exactly two stories of the whole Reuters-21578 corpus
(the hand-labelled links set left out), where the current English Wikipedia title is certain.
Sentences are from Reuters-21578 stories outside the links set, dated by their <DATE>."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tasks.gazetteer import load
from tests.helpers import linked

BAND = [
    # officials and business people of 1987 copy, under today's titles
    ("BEIRUT, March 2 - Lebanese President Amin Gemayel has agreed to three key points in a new Syrian-brokered "
     "plan.", date(1987, 3, 2), "Amin Gemayel", "Amine Gemayel"),
    ("PITTSBURGH, March 11 - H.J. Heinz Co said its board of directors has elected Anthony O'Reilly chairman of "
     "the board, succeeding Henry Heinz II, who died.", date(1987, 3, 11), "Anthony O'Reilly", "Tony O'Reilly"),
    ("WASHINGTON, March 16 - Missouri Republican Senators John Danforth and Christopher Bond have introduced a "
     "bill that would allow wheat and feedgrain producers to plant soybeans.", date(1987, 3, 16),
     "Christopher Bond", "Kit Bond"),
    ("ROME, March 22 - Bank of Italy governor Carlo Ciampi appointed three commissioners to take over the "
     "temporary running of the bank.", date(1987, 3, 22), "Carlo Ciampi", "Carlo Azeglio Ciampi"),
    ("COPENHAGEN, March 11 - Prices rose on the Danish bond market after Prime Minister Poul Schlueter said the "
     "government was prepared to impose further austerity measures.", date(1987, 3, 11), "Poul Schlueter",
     "Poul Schlüter"),
    ("Chairman Sir Francis Tombs said in the prospectus special arrangements were being made for small "
     "investors.", date(1987, 4, 28), "Francis Tombs", "Francis Tombs, Baron Tombs"),
    ("The sanctions will end all military cooperation and aid, acting prime minister Geoffrey Palmer said.",
     date(1987, 10, 19), "Geoffrey Palmer", "Geoffrey Palmer (politician)"),
    ("WASHINGTON, June 1 - A group controlled by New York investor Saul Steinberg told the Securities and "
     "Exchange Commission it has acquired a stake in the company.", date(1987, 6, 1), "Saul Steinberg",
     "Saul Steinberg (businessman)"),
    ("It has given money to the \"haves\" as opposed to the \"have-nots.\" Labour leader Neil Kinnock called it "
     "\"a bribes budget.\"", date(1987, 3, 17), "Neil Kinnock", "Neil Kinnock"),
    ("WASHINGTON, Oct 20 - Saudi Arabian Crown Prince Abdullah bin Abdul Aziz was thanked by the Reagan "
     "administration for his country's help.", date(1987, 10, 20), "Abdullah bin Abdul Aziz",
     "Abdullah of Saudi Arabia"),
    # companies: today's titles, and the 1987 long names of rows already there
    ("GLASGOW, Scotland, March 25 - The U.S. Caterpillar Tractor Co was granted a court injunction ordering some "
     "300 workers to end their occupation of its plant.", date(1987, 3, 25), "Caterpillar Tractor Co",
     "Caterpillar Inc."),
    ("BELMONT, Calif., March 2 - Oracle Systems Corp said it plans to register with the Securities and Exchange "
     "Commission an offering of shares.", date(1987, 3, 2), "Oracle Systems Corp", "Oracle Corporation"),
    ("Its Indian joint venture <Maruti Udyog Ltd>, MUL, 26 pct owned by Suzuki, will reduce component imports.",
     date(1987, 3, 23), "Maruti Udyog Ltd", "Maruti Suzuki"),
    ("Talks have been held with other Japanese firms, including Mitsubishi Heavy Industries Co Ltd <MITH.T> and "
     "Ishikawajima-Harima Heavy Industries Co Ltd <JIMA.T>, he said.", date(1987, 3, 5),
     "Ishikawajima-Harima Heavy Industries Co Ltd", "IHI Corporation"),
    ("WOODBURY, N.Y., June 19 - Cablevision Systems Corp said its agreement to buy cable systems was approved.",
     date(1987, 6, 19), "Cablevision Systems Corp", "Cablevision"),
    ("HICKSVILLE, N.Y., March 20 - Long Island Lighting Co said it revised its preliminary 1986 net income.",
     date(1987, 3, 20), "Long Island Lighting Co", "Long Island Lighting Company"),
    # places
    ("The epicentre of the tremor was located in the Sea of Japan far off Niigata, it said.",
     date(1987, 3, 24), "Sea of Japan", "Sea of Japan"),
    ("Winds gusting to 45 mph caused four to six foot waves along the western and southern shores of Lake "
     "Michigan during the morning.", date(1987, 3, 10), "Lake Michigan", "Lake Michigan"),
    ("Yao gave the news conference in the Great Hall of the People along with Vice-Premiers Li Peng and Tian "
     "Jiyun.", date(1987, 3, 31), "Great Hall of the People", "Great Hall of the People"),
]


@pytest.mark.parametrize(("text", "day", "surface", "title"), BAND)
def test_a_name_of_the_two_story_band_links_to_its_article(nlp, text, day, surface, title):
    assert linked(nlp, text, day, surface) == [title]


def test_a_common_first_name_and_surname_with_two_referents_gets_no_row():
    # "Bob Graham" is the senator in some copy but Westpac's chief economist in both stories of the
    # band, and "David Owen" both the SDP leader and a Kleinwort economist: no row guesses between them
    g = load()
    assert g.lookup("Bob Graham", 1987) == []
    assert g.lookup("David Owen", 1987) == []


def test_a_surname_shared_by_later_politicians_is_not_an_alias():
    # "Cuomo" alone is Andrew Cuomo in later copy, "Cranston" an actor (and a Rhode Island city):
    # only the full names key the rows
    g = load()
    assert g.lookup("Cuomo", 1987) == []
    assert all(e.label != "PERSON" for e, _ in g.lookup("Cranston", 1987))
    assert g.lookup("Mario Cuomo", 1987)[0][0].canonical_name == "Mario Cuomo"


# ---------------------------------------------------------------- part 2: firms tagged PERSON

def labels(nlp, text: str, surface: str) -> list[str]:
    return [m.label for m in extract_mentions(nlp(text), date(1987, 4, 9)) if m.text == surface]


@pytest.mark.parametrize(("text", "surface"), [
    ("CALGARY, Alberta, April 9 - <Sulpetro Ltd> said it had not yet obtained Canadian government approval of a "
     "previously reported agreement to restructure its 505 mln dlr debt. Sulpetro said it was operating as if the "
     "restructuring were implemented, and was required to pay interest only on the term loan part of its debt.",
     "Sulpetro"),
    ("NEW YORK, March 18 - Standard and Poor's Corp said it raised to A-minus from BBB-plus Hechinger Co's 19.9 "
     "mln dlrs of industrial revenue bonds. In its release yesterday, S and P cited what it termed an outstanding "
     "record of sales and earnings growth by Hechinger.", "Hechinger"),
    ("TORONTO, March 25 - <Timminco Ltd> said it acquired Universal Adhesives Inc, of Memphis, for undisclosed "
     "terms. Timminco said Universal Adhesives will complement the company's Canadian-based industrial adhesives "
     "division.", "Timminco"),
])
def test_a_one_word_name_the_story_writes_with_a_legal_form_is_the_firm(nlp, text, surface):
    got = labels(nlp, text, surface)
    assert got and set(got) == {"ORG"}


def test_a_founder_the_story_names_in_full_stays_a_person(nlp):
    # "Bond Corp" is his company, but "chairman Alan Bond" is written out: "Bond said" is the man
    text = ("PERTH, April 13 - Bond Corp Holdings Ltd <BONA.S> plans to use its 1.05 billion dlr acquisition of "
            "Kerry Packer's television and radio holdings as the springboard to a global media group, chairman "
            "Alan Bond said. \"It's intended that we will be a global media company in the fullness of time,\" "
            "Bond said.")
    assert labels(nlp, text, "Bond") == ["PERSON"]
