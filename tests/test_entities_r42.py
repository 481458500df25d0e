"""Entities round 42: names of kinds news copy recurs on, under their English Wikipedia titles.

Read on 3,000 Reuters-21578 stories picked by ``sha256("entities42:" + NEWID)`` (the links set, the
dates fixture and the amounts fixture left out): the most frequent names left unlinked or shown
under a name that is no Wikipedia title. Widened by kind rather than by instance: the eleven
regional Federal Reserve Banks besides New York's ("the Kansas City Federal Reserve Bank", "the
Dallas Fed"), the national central banks the gazetteer lacked (a "central bank" in a story about
one of those countries now links, as it did for the banks the gazetteer had), national news
agencies ("the Emirates news agency WAM", "the official Antara news agency", Tanjug, EFE) and
"Reuter", the agency's name as 1987 wire copy writes it before a noun ("a Reuter survey"); a
surname "Reuter" still goes to the person the story names in full.

Sentences are Reuters-21578 stories (none in an evaluation set), each named on its row. No
third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions

# (source, text, date, surface, canonical name = English Wikipedia title)
_LINKED = [
    (
        "reuters-19028",
        "A Reuter survey of 17 money market economists produced a forecast of a 600 mln dlr M-1 decline "
        "for the week ended June 8, with estimates ranging from a gain of one billion dlrs to a decline of "
        "four billion.",
        date(1987, 6, 5), "Reuter", "Reuters",
    ),
    (
        "reuters-4603",
        "Asked to comment on a Reuter report from Jakarta saying Indonesia hoped Colombia could use its "
        "contacts with Brazil to suggest a compromise on the quota issue, Cardenas said the Brazilian stand "
        "was quite clear.",
        date(1987, 3, 12), "Reuter", "Reuters",
    ),
    (
        "reuters-4522",
        "Farm credit conditions showed further signs of stabilizing in the plains and mountain states "
        "during the fourth quarter of 1986, according to bankers surveyed by the Kansas City Federal "
        "Reserve Bank.",
        date(1987, 3, 12), "Kansas City Federal Reserve Bank", "Federal Reserve Bank of Kansas City",
    ),
    (
        "reuters-10632",
        "A bank study, carried by the Emirates news agency WAM, said total oil revenues of the six Gulf "
        "Cooperation Council (GCC) countries were likely to reach 39 billion dlrs this year from 33.",
        date(1987, 4, 1), "WAM", "Emirates News Agency",
    ),
    (
        "reuters-6954",
        "Indonesia cannot spend its way out of recession and has very limited economic options due to "
        "lower world oil prices, Central Bank governor Arifin Siregar was quoted as saying by the official "
        "Antara news agency.",
        date(1987, 3, 20), "Antara", "Antara (news agency)",
    ),
    (
        "reuters-20778",
        '"Several shells fell in a random manner on the northern border of the country," the official '
        "told KUNA.",
        date(1987, 6, 2), "KUNA", "Kuwait News Agency",
    ),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "title"), _LINKED)
def test_recurring_name_takes_its_wikipedia_title(nlp, source, text, day, surface, title):
    ms = [m for m in extract_mentions(nlp(text), day) if surface in m.text]
    assert ms, source
    assert {m.entity.canonical_name for m in ms} == {title}, source


def test_central_bank_of_a_country_the_gazetteer_lacked(nlp):
    # reuters-18900: "a Central Bank decision" in a story filed from Nicosia is Cyprus's, as "the
    # Central Bank" was for the countries whose central bank the gazetteer had
    text = ("The Supreme Court of Cyprus has rejected a plea by an offshore securities trading company "
            "against a Central Bank decision to revoke its licence.")
    ms = [m for m in extract_mentions(nlp(text), date(1987, 6, 18), "NICOSIA, June 18 -") if "Central" in m.text]
    assert ms
    assert {m.entity.canonical_name for m in ms} == {"Central Bank of Cyprus"}
