"""Entities round 54: a common word that opens a sentence, capitalized only by its place, is no name.

Read on 2,000 Reuters-21578 stories picked by ``sha256("entities54:" + NEWID)`` (the links set, the
dates fixture and N3's Reuters-128 stories left out): the model tagged "Wholesalers", "Sterling",
"Groups", "Royalties", "Chart", "Debt" ... ORG or PRODUCT where they open a sentence, and each became
an unlinked entity of its own. Such a mention is dropped when no gazetteer row or earlier name gave
it, the story writes the word in lower case elsewhere as a common word and never capitalized inside
a sentence.

The guards: a firm the story names inside sentences too ("a partially public Shearson", beside a quote's
"sell shearson") and a person's surname stay.

Sentences are Reuters-21578 stories of this round's sample (none in an evaluation set), each named on
its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import written

# (source, text, date, the opening word the model tagged)
_OPENERS = [
    ("reuters-4173",
     "U.K. Retailers expect consumer spending to accelerate in March after a disappointing increase in February, "
     "according to a monthly survey by the Confederation of British Industry (CBI).\n\n"
     "Fifty-nine pct of the 325 retailers questioned for the latest Distributive Trades Survey expected sales to be "
     "higher in March than they were in March 1986, with only six pct expecting lower sales.\n\n"
     "Wholesalers also expected stronger sales in March, while both retailers and wholesalers reported slower "
     "growth in import penetration, it said.",
     date(1987, 3, 12), "Wholesalers"),
    ("reuters-14780",
     "Volcker told a Congressional committee the dollar's fall so far should be \"large enough ... To support "
     "widespread expectations of a narrowing in the real trade deficit in the period ahead.\" Miyazawa, after "
     "meeting Treasury Secretary James Baker, said they agreed on the need for currency stabilization.\n\n"
     "Sterling opened at 1.6182/92 dlrs against New York's 1.6175/85 close and the 1.6200/10 finish here "
     "yesterday.\n\n"
     "Dealers said sterling sentiment remains positive as the ruling Conservative party maintained its lead in "
     "opinion polls.",
     date(1987, 4, 7), "Sterling"),
    ("reuters-16773",
     "\"They don't have the same kind of money they used to have ... They find their whole deposit base "
     "eroding,\" Fernandez said. Groups of major banks had decided that the international arena was not to "
     "their liking. The Philippines on Wednesday announced it wanted to renegotiate a debt restructuring accord "
     "it reached on March 27 with its 12-bank advisory committee, saying it wanted the same terms as were "
     "granted to Argentina.\n\n"
     "He said the approach adopted by groups of banks was changing.",
     date(1987, 4, 17), "Groups"),
]


@pytest.mark.parametrize(("source", "text", "day", "word"), _OPENERS, ids=[c[0] for c in _OPENERS])
def test_common_word_opening_a_sentence_is_no_name(nlp, source, text, day, word) -> None:
    assert written(nlp, text, day, word) == []


_SHEARSON = (
    "American Express stock got a lift from the rumor, as the market calculated a partially public Shearson may "
    "command a good market value, thereby boosting the total value of American Express.\n\n"
    "Yesterday, Shearson said it was elevating its chief operating officer, Jeffery Lane, to the added position "
    "of president.\n\n"
    "Shearson is a strong profit center for American Express, contributing about 20 pct of earnings last year.\n\n"
    "\"I think it is highly unlikely that American Express is going to sell shearson,\" said Perrin Long of "
    "Lipper Analytical."
)


def test_firm_named_inside_sentences_stays(nlp) -> None:
    # reuters-110: the quote's lower-case "shearson" does not make the firm a common word, while
    # reuters-4173's "Wholesalers" goes
    assert len(written(nlp, _SHEARSON, date(1987, 2, 26), "Shearson")) == 3
    _, text, day, word = _OPENERS[0]
    assert written(nlp, text, day, word) == []


def test_sentence_opening_surname_stays(nlp) -> None:
    # reuters-16773: "Fernandez" opens a sentence after the full name was given
    text = _OPENERS[2][1] + "\n\nPhilippine Central Bank Governor Jose Fernandez said lending had changed. " \
        "Fernandez said involuntary lending proved useful."
    assert [m.label for m in written(nlp, text, date(1987, 4, 17), "Fernandez")] == ["PERSON", "PERSON"]
    assert written(nlp, text, date(1987, 4, 17), "Groups") == []
