"""Entities round 29: the courts called "the High Court", names whose referent began after the
story was written, and the European Union's label.

"The High Court" is the court of the country the story is set in (its dateline, else the country
it names most) where that country has one High Court: England and Wales (High Court of Justice),
Ireland, Australia, New Zealand, Singapore, Hong Kong, Kenya; a story with no country, one set in
a country of many High Courts (India) or in Scotland or Northern Ireland leaves it unlinked. A
one-word name of a body or product that began after the story's year does not link to it ("RT" is
no TV channel in 1987 copy, "Wagner and Brown" no Wagner Group). The European Union keeps the ORG
label en_core_web_sm gives it (issue #4), though MEANTIME types it LOC.

Sentences are from Reuters-21578 stories outside the links set, the dates fixture and the amounts
fixture, and from the unannotated sentences (6 onwards) of MEANTIME dev documents, each named on
its row; sentences made up are marked. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import link_test, linked, mentions_by_text

_GUINNESS = (  # reuters-16204
    "LONDON, April 13 - Former Guinness Plc <GUIN.L> chairman Ernest Saunders dismissed allegations he "
    "ordered the shredding of documents in the early stages of a U.K. Investigation as \"completely untrue,\" "
    "the Press Association news agency reported. The allegations were made by his former personal assistant "
    "Margaret McGrath, in a statement to the High Court on Friday."
)
_TENNANT = (  # reuters-21099
    "LONDON, Oct 19 - The U.K. Government said it would seek the compulsory winding up of James Tennant "
    "Commodities Ltd on grounds of public interest and that details would be heard in the High Court on "
    "November 18."
)
_SINGAPORE = (  # reuters-3443
    "SINGAPORE, March 11 - The Singapore High Court has adjourned summary judgement for the second time on a "
    "<National Bank of Brunei Bhd> case for loan repayments from Khoo Teck Puat and 15 associated companies, "
    "court sources said."
)
_WAGNER = (  # reuters-16395
    "The partnership, which includes Wagner and Brown of Midland Texas and Irvine, Calif.-based AFG Industries "
    "Inc, last week dropped its 100 dlr a share hostile tender offer."
)
_EU_BAN = (  # meantime 87805_Indonesia_transport_minister, sentences after the annotated six
    "A European Commission review was held in Brussels on November 28.\n"
    "Although bans were lifted on Pakistani flag carrier Pakistan International Airlines and Surinam carrier "
    "Blue Wing Airlines, the sanctions on Indonesian airlines remained in force.\n"
    "As long as the EU ban is still in place, there will be additional payment."
)

# (source, text, date, surface, title)
_HIGH_COURTS = [
    ("reuters-16204", _GUINNESS, date(1987, 4, 13), "the High Court", "High Court of Justice"),
    ("reuters-21099", _TENNANT, date(1987, 10, 19), "the High Court", "High Court of Justice"),
    ("reuters-3443", _SINGAPORE, date(1987, 3, 11), "Singapore High Court", "High Court of Singapore"),
    ("made", "SYDNEY, March 3 - Bond Corp told the High Court in Canberra that the takeover code did not "  # made
     "apply.", date(1987, 3, 3), "the High Court", "High Court of Australia"),
    ("made", "DUBLIN, March 3 - Irish Life said it would appeal to the High Court against the ruling.",  # made
     date(1987, 3, 3), "the High Court", "High Court (Ireland)"),
    ("made", "WELLINGTON, March 3 - Fletcher Challenge said it would ask the High Court to review the "  # made
     "ruling.", date(1987, 3, 3), "the High Court", "High Court of New Zealand"),
    ("made", "NAIROBI, March 3 - The company said it would ask the High Court to review the ruling.",  # made
     date(1987, 3, 3), "the High Court", "High Court of Kenya"),
    ("made", "HONG KONG, March 3 - The company said it would ask the High Court to review the ruling.",  # made
     date(1987, 3, 3), "the High Court", "High Court (Hong Kong)"),
]
_OUTLETS = [
    ("made", "RT reported that Russian forces had entered the town, Wagner fighters said.",  # made
     date(2022, 3, 1), "RT", "RT (TV network)"),
    ("made", "Tass and the Fars news agency carried the statement.", date(2010, 3, 1),  # made
     "Fars", "Fars News Agency"),
]

test_the_high_court_is_the_court_of_the_storys_country = link_test([
    ("high court", _HIGH_COURTS), ("outlet in its period", _OUTLETS),
])  # fmt: skip


# (source, text, date, surface): "the High Court" stays unlinked -- its canonical name is the surface
_NO_COUNTRY = [
    # a US story: "the High Court" is the Supreme Court in US copy, and the US has no court of that title
    ("reuters-16636", "NEW YORK, April 13 - Texaco Inc has re-established some key oil supply lines following "
     "yesterday's court filing for protection under Chapter 11 of the U.S. bankrupcty code.\n\nThe severe "
     "conditions with suppliers and creditors arose from an unfavorable ruling last Monday by the U.S. Supreme "
     "Court in Texaco's ongoing dispute with Pennzoil Co <PZL> over the acquisition of Getty Oil Co in 1984."
     "\n\nThe High Court said Texas Courts must consider Texaco's plea to cut its 10.3 billion dlr bond while "
     "appealing the case.", date(1987, 4, 13), "The High Court"),
    ("made", "NEW DELHI, March 3 - The company said it would ask the High Court to review the ruling.",  # made
     date(1987, 3, 3), "the High Court"),
    ("made", "EDINBURGH, March 3 - Guinness said it would ask the High Court to review the ruling, a British "  # made
     "official said.", date(1987, 3, 3), "the High Court"),
    ("made", "The Beatles' label lost its case against the computer maker today in the High Court.",  # made
     date(2006, 5, 8), "the High Court"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface"), _NO_COUNTRY)
def test_the_high_court_of_no_one_country_stays_unlinked(nlp, source, text, day, surface):
    assert linked(nlp, text, day, surface) == ["High Court"], source


# (source, text, date, surface, title of a body founded later that it must not link to)
_NOT_YET = [
    ("reuters-16395", _WAGNER, date(1987, 4, 13), "Wagner", "Wagner Group"),
    # "HRW" is hard red winter wheat in grain copy, and Human Rights Watch took that name in 1988
    ("reuters-14702", "Soybeans L/H April - No bids, 26 ov May offered. HRW wheat April - No bids, 43 ov May "
     "offered.", date(1987, 4, 7), "HRW", "Human Rights Watch"),
    ("made", "IBM said its RT workstation is selling well.", date(1987, 3, 1), "RT", "RT (TV network)"),  # made
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "later"), _NOT_YET)
def test_a_one_word_name_does_not_link_to_a_body_founded_after_the_story(nlp, source, text, day, surface, later):
    assert later not in linked(nlp, text, day, surface), source


def test_the_wagner_group_is_linked_in_its_own_period(nlp):
    text = "Wagner fighters have been seen near the town, the ministry said."  # made
    assert set(linked(nlp, text, date(2022, 3, 1), "Wagner")) <= {"Wagner Group"}


@pytest.mark.parametrize(("surface", "title"), [("European Commission", "European Commission"),
                                                ("EU", "European Union")])
def test_the_european_union_keeps_the_models_org_label(nlp, surface, title):
    # MEANTIME dev types the EU LOC (7 mentions, all in 87805), en_core_web_sm ORG: a user's
    # "EU banned" is the body acting, so the model's label stands
    found = mentions_by_text(nlp, _EU_BAN, date(2007, 12, 20))[surface]
    assert [(m.label, m.entity.canonical_name) for m in found] == [("ORG", title)]
