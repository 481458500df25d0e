"""Entities round 43: how names the gazetteer does not know are shown.

A check list (``tests/fixtures/entities43_display.csv``) of 150 unlinked ORG, PERSON and GPE names,
sampled by class from 2,000 Reuters-21578 stories picked by ``sha256("entities43:" + NEWID)`` (the
links set, the dates fixture and the amounts fixture left out) and MEANTIME dev past sentence 5, was
labelled with each name's English Wikipedia title, or none, before any code changed. It showed no
display class wrong more often than right: a firm's legal form left out is the title as often as
"Corporation" is ("Jamesway", "TranStar Airlines" against "EDO Corporation"), and a middle initial
is kept by as many titles as drop it ("Frank N. Newman", "Howard F. Sachs" against "Gordon Macklin",
"Robert Bass"), so neither was changed. What changed is a name's trailing dash and padding: a
dateline written inside a digest story ("(NRCJ 1017) KUALA LUMPUR - William Ryrie ...") was tagged
with its dash and shown as "Kuala Lumpur -", an unlinked place; a table cell's name carried its
column padding into the mention's text.

Sentences are Reuters-21578 stories (none in an evaluation set), each named on its row."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions

# (source, text, surface, canonical name = English Wikipedia title)
_DIGEST_DATELINES = [
    (
        "reuters-13577",
        "Kuntze told bankers at a reception that deals for hedging price risks are not covered by current "
        "supervisory rules. (NRCJ 1017) KUALA LUMPUR - William Ryrie, chief executive of the World Bank's "
        "International Finance Corp, said on Monday that the plan was sound.",
        "KUALA LUMPUR", "Kuala Lumpur",
    ),
    (
        "reuters-13577",
        "He will meet the Malaysian government and the private sector during a visit between April 19 and "
        "21. (NRCA 0957) ADDIS ABABA -  Africa's economic performance in 1986 was disappointing with only a "
        "1.2 pct growth in combined gross domestic product.",
        "ADDIS ABABA", "Addis Ababa",
    ),
]


@pytest.mark.parametrize(("source", "text", "surface", "title"), _DIGEST_DATELINES)
def test_digest_dateline_is_the_place_without_its_dash(nlp, source, text, surface, title):
    ms = [m for m in extract_mentions(nlp(text), date(1987, 4, 8)) if surface in m.text]
    assert ms, source
    assert [(m.text, m.entity.canonical_name) for m in ms] == [(surface, title)], source


def test_table_cell_name_without_its_padding(nlp):
    # reuters-13394, a futures table: "Jun" is no name, but a mention's text is what the story
    # wrote for it, not the column's spaces
    text = ("Jun      ---    ---     --- 16085 Sep      ---    ---     ---    15985 Dec      ---    ---     "
            "---    15885 Mar      ---    ---     ---    15784")
    ms = extract_mentions(nlp(text), date(1987, 4, 7))
    assert ms
    assert all(m.text == m.text.strip() for m in ms)
    assert all(text[m.start_char:m.end_char] == m.text for m in ms)
