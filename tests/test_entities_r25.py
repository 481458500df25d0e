"""Entities round 25: the mislinks round 24 left. A short form written before its full name
links forward only to the one fuller name it can mean (not the first of several, not a unit
named for its place, not a table row the model ran into one name); "Federal funds" and "Fed
funds" are the rate, and "Federal" before a lower-case noun an adjective, not the Federal
Reserve; a formal given name ("Robert") is the person the gazetteer knows by the short one
("Bob") only when the story marks that public figure (an office before the name, a party tag,
or another of the person's full names in the story).

Sentences are from Reuters-21578 stories outside the links set and the amounts fixture, each
named. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import mentions_by_text

_VISTA = (
    "BIRMINGHAM, Ala., March 6 - SouthTrust Corp, a 5.1 billion dlr multibank holding company, said it entered "
    "into agreements to acquire four Florida banks with assets totalling more than 233.2 mln dlrs.\n\nTerms of the "
    "agreements were not disclosed.\n\nThe four banks are: Central Bank of Volusia County, with assets of 59.3 mln "
    "dlrs, Bank of Pensacola with assets of 63.8 mln dlrs, and Vista Bank, which operates Vista Bank of Volusia "
    "County with assets of 37.8 mln dlrs and Vista Bank of Marion County with assets of 72.3 mln dlrs.\n\nIt said "
    "the agreements are subject to regulatory approval.\n\nReuter"
)
_ROSARIO = (
    "BUENOS AIRES, April 1 - One grain vessel was awaiting berth at Bahia Blanca, four at Buenos Aires and five at "
    "Rosario, on March 31, National Grain Board figures show.\n\nThe situation at these ports was as follows, giving "
    "the number of ships loading, awaiting berth and expected respectively.\n\nBahia Blanca - 4, 1, 1 Buenos Aires "
    "- 1, 4, 9 Rosario -      6, 5, 7 The tonnage of grain and oilseeds to be loaded onto ships loading, awaiting "
    "berth and expected at each port was as follows.\n\nBahia Blanca - Wheat 161,360.\n\nBuenos Aires - Maize "
    "104,304, Wheat 14,330.\n\nRosario - Wheat 50,400, maize 157,040, subproducts 50,100, sunflowerseed 1,000 and "
    "millet 3,100. REUTER"
)

#: (story, text, story date, short form written first, a later name it must not take).
_NO_FORWARD = [
    # the parent bank, written before two of its banks named for their counties
    ("reuters-2810", _VISTA, date(1987, 3, 6), "Vista Bank", "Vista Bank of Marion County"),
    # a port, before the table row "Rosario - Wheat 50,400" the model reads as one name
    ("reuters-11911", _ROSARIO, date(1987, 4, 1), "Rosario", "Rosario - Wheat"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "short", "later"), _NO_FORWARD)
def test_a_short_form_does_not_link_forward_to_a_name_it_cannot_mean(nlp, story, text, day, short, later):
    by_text = mentions_by_text(nlp, text, day)
    assert by_text.get(short), story
    assert {m.entity.canonical_name for m in by_text[short]}.isdisjoint({later}), story


_HAMBRECHT = (
    "NEW YORK, March 24 - <Hambrecht and Quist Group> said Gordon Macklin has resigned as president of the "
    "<National Association of Securities Dealers> to become chairman and co-chief executive officer of Hambrecht "
    "and Quist.\n\nThe San Francisco brokerage firm said Macklin is expected to join it by July.\n\nAs chairman, he "
    "succeeds Hugh T. Wyles.\n\nThe other chief executive officer is founder William R. Hambrecht."
)


def test_a_firm_written_first_links_forward_to_the_firm_not_the_founder(nlp):
    # reuters-8886: "Hambrecht" (the model cuts "Hambrecht and Quist Group" in two) is the firm
    # named later, not its founder William R. Hambrecht who is also named later
    by_text = mentions_by_text(nlp, _HAMBRECHT, date(1987, 3, 24))
    firm = {m.entity.entity_id for m in by_text["Hambrecht and Quist"]}
    assert {m.entity.entity_id for m in by_text["Hambrecht"]} == firm


_FED_5439 = (
    "NEW YORK, March 16 - The Federal Reserve entered the U.S. Government securities market to arrange three-day "
    "System repurchase agreements, a Fed spokesman said.\n\nDealers said that Federal funds were trading at 6-1/4 "
    "pct when the Fed began its temporary and direct supply of reserves to the banking system.\n\nReuter"
)
_FED_2155 = (
    "NEW YORK, March 5 - The Federal Reserve is not expected to intervene in the U.S. government securities "
    "market to add or drain reserves, economists said.\n\nMost economists said they did not expect the Fed to add "
    "reserves with Federal funds trading below six pct.\n\nThey said the funds rate's softer tone may indicate that "
    "the need to add reserves in the current bank reserve maintenance period is smaller than previously "
    "estimated.\n\nFed funds opened at 5-15/16 pct and remained at that level. Yesterday funds averaged 6.01 "
    "pct.\n\nReuter"
)
_FED_20780 = (
    "WASHINGTON, Oct 20 - Reagan said in a statement following a meeting with his top economic advisers that he "
    "was prepared to order across the board spending cuts to comply with a Federal balanced budget law, but "
    "preferred to negotiate with Congress.\n\nBut Reagan announced his willingness to negotiate with Congress after "
    "meeting for about an hour with White House Chief of Staff Howard Baker, Treasury Secretary James Baker, "
    "Federal Reserve Board Chairman Alan Greenspan and chief economic adviser Beryl Sprinkel."
)

#: (story, text, story date, the word that is no bank, the text the Federal Reserve keeps).
_FEDERAL = [
    ("reuters-5439", _FED_5439, date(1987, 3, 16), "Federal", "Fed"),  # "Federal funds were trading"
    ("reuters-2155", _FED_2155, date(1987, 3, 5), "Fed", "The Federal Reserve"),  # "Fed funds opened at"
    ("reuters-20780", _FED_20780, date(1987, 10, 20), "Federal", "Federal Reserve Board"),  # "a Federal ... law"
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "word", "bank"), _FEDERAL)
def test_federal_funds_and_a_federal_law_are_not_the_federal_reserve(nlp, story, text, day, word, bank):
    ms = extract_mentions(nlp(text), day)
    fed = {m.entity.entity_id for m in ms if m.text in (bank, bank.removeprefix("The ")) and m.entity.canonical_name == "Federal Reserve"}
    assert fed, story
    start = text.index(f"{word} funds") if f"{word} funds" in text else text.index(f"{word} balanced")
    at = [m for m in ms if m.start_char == start]
    assert all(m.entity.entity_id not in fed for m in at), story


#: (story, sentence, story date, the formal name written, the short-named figure it is not).
_NOT_THE_FIGURE = [
    ("reuters-17680", "\"In larger pharmaceutical companies each product does not have as much overall significance. "
     "But this is very important to Genentech,\" said Robert Riley, a senior consultant at Arthur D. Little Inc.",
     date(1987, 6, 1), "Robert Riley", "Bob Riley"),
    ("reuters-17959", "Dr. Frederick Goodwin, the institute's scientific director, said in a joint interview with "
     "Pert, that \"my gut reaction is that we are onto something.\"", date(1987, 6, 2), "Frederick Goodwin",
     "Fred Goodwin"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "name", "figure"), _NOT_THE_FIGURE)
def test_a_formal_given_name_without_a_cue_is_not_the_figure_known_by_the_short_one(nlp, story, text, day, name, figure):
    by_text = mentions_by_text(nlp, text, day)
    assert by_text.get(name), story
    assert figure not in {m.entity.canonical_name for m in by_text[name]}, story


#: (story, text, story date, the name written, the figure it is).
_THE_FIGURE = [
    # an office before the name
    ("reuters-2156", "WASHINGTON, March 5 - House Speaker James Wright said President Reagan should realize that "
     "there will be no way to meet the deficit reduction targets in the 1988 budget without a tax increase.",
     date(1987, 3, 5), "James Wright", "Jim Wright"),
    # the full name the gazetteer knows written earlier in the story
    ("reuters-17320", "WASHINGTON, April 27 - White House spokesman Marlin Fitzwater declined to comment on the "
     "continuing slide of the dollar against the Japanese yen, but said Treasury Secretary James Baker was watching "
     "developments.\n\n\"Jim Baker is monitoring that at the Treasury Department, but at this point we don't have "
     "any comment to make on the dollar,\" Fitzwater told reporters.", date(1987, 4, 27), "Jim Baker",
     "James Baker"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "text", "day", "name", "figure"), _THE_FIGURE)
def test_a_given_name_variant_with_a_cue_is_the_figure(nlp, story, text, day, name, figure):
    by_text = mentions_by_text(nlp, text, day)
    assert [m.entity.canonical_name for m in by_text[name]] == [figure], story


_CONGRESSIONAL = (
    "WASHINGTON, March 5 - Key members of the House Agriculture committee have agreed to scale-back the 0/92 "
    "provision of a pending disaster aid bill to cover only 1987 crop wheat, but a broader 0/92 proposal is likely "
    "to be resurrected later, Congressional sources said.\n\nA broader 0/92 might be resurrected later because both "
    "the Congressional Budget Office and the Reagan administration estimate it would result in significant budget "
    "savings."
)


def test_congressional_sources_are_not_the_congressional_budget_office(nlp):
    # reuters-2508 (its first paragraph and the one naming the office): an adjective, not a
    # short form of the office named later
    by_text = mentions_by_text(nlp, _CONGRESSIONAL, date(1987, 3, 5))
    assert by_text.get("Congressional")
    assert [m.entity.canonical_name for m in by_text["the Congressional Budget Office"]] == ["Congressional Budget Office"]
    assert "Congressional Budget Office" not in {m.entity.canonical_name for m in by_text["Congressional"]}
