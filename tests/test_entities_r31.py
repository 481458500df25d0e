"""Entities round 31: the European Currency Unit, and "European" in its Community sense.

The European Currency Unit (1979-1998) has a row: "European Currency Units" and "European
currency units" (wire copy writes both) are one mention of it, not "European" the continent,
and "ECU"/"ECUs" name it (every ECU of Reuters-21578 is the currency). Before the Union (1994),
"European" is the European Economic Community where its institutions follow ("the proposed
European common market tax"), or one of its policies in a story that names the Community
("European agriculture ... both the Community and the U.S."); otherwise it stays the continent.

Sentences are from Reuters-21578 stories outside the links set, the dates fixture and the amounts
fixture, each named on its row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

from tests.helpers import link_test, linked

_ECU = "European Currency Unit"
_EEC = "European Economic Community"

# (source, text, date, surface, title)
_CURRENCY = [
    ("reuters-8437", "Senegal received about 155 mln European Currency Units (176 mln dlrs) between 1975 and 1984 "
     "mainly to compensate for a fall in its peanut export earnings.", date(1987, 3, 23),
     "European Currency Units", _ECU),
    ("reuters-2264", "The rebate was set at 153 European currency units per tonne for March and 133 for April "
     "through July.", date(1987, 3, 5), "European currency units", _ECU),
    ("reuters-16190", "Worse, how are European Community sales to Japan rising rapidly when the European Currency "
     "Unit has until now declined only 11 pct against the yen.?", date(1987, 4, 13), "European Currency Unit",
     _ECU),
    ("reuters-8437", "The Ivory Coast received 108 mln ECUs (123 mln dlrs) and Ghana received 91 mln ECUs (104 mln "
     "dlrs) mostly to make up for a drop in coffee and cocoa export earnings.", date(1987, 3, 23), "ECUs",
     [_ECU, _ECU]),
    ("reuters-18033", "LISBON, June 2 - Portugal has contracted a six-year, 150 mln ECU loan from a group of "
     "foreign banks led by Daiwa Europe Ltd to finance investment projects, the finance ministry said.",
     date(1987, 6, 2), "ECU", _ECU),
]
_COMMUNITY = [
    ("reuters-9933", "WASHINGTON, March 26 - The Senate voted to condemn the proposed European common market tax on "
     "vegetable and marine fats and oils and said it would result in retaliation.", date(1987, 3, 26),
     "European", _EEC),
    ("reuters-7625", "Several top government officials told the American Soybean Association and the National "
     "Soybean Processors Association delegations there was no reason for American producers and processors to "
     "pay for EC agriculture, the spokesman said.\n\nEuropean agriculture was facing severe problems, but both "
     "the Community and the U.S. Should work closely within the framework provided by the General Agreement on "
     "Tariffs and Trade, he said.", date(1987, 3, 20), "European", _EEC),
    # a policy word in a story that never names the Community stays the continent
    ("reuters-16146", "\"We would like the Business Administration Court in the Hague to ask the Luxembourg Court "
     "of Justice not only whether the Dutch Grain Commodity Board, the levy collection agency, has interpreted "
     "the levy regulations correctly, but also whether the regulations themselves may contravene European law,\" "
     "Pex said.", date(1987, 4, 13), "European", "Europe"),
    ("reuters-16146", "ROTTERDAM, April 13 - A major animal feed producer, Cehave NV Veghel (CHV), has begun legal "
     "proceedings against the application of the European Community grain co-responsibility levy, with the full "
     "backing of the Dutch animal grain and feed trade association, Het Comite, association chief executive Peter "
     "Pex told Reuters.\n\n\"We would like the Business Administration Court in the Hague to ask the Luxembourg "
     "Court of Justice not only whether the Dutch Grain Commodity Board, the levy collection agency, has "
     "interpreted the levy regulations correctly, but also whether the regulations themselves may contravene "
     "European law,\" Pex said.", date(1987, 4, 13), "European", _EEC),
    # other nouns after "European" keep the continent, in Community stories too
    ("reuters-11198", "Instead, the Community is trying to target problem areas in European trade with Japan, "
     "including wines and spirits, cosmetics, and financial services, and will continue talking to try to improve "
     "the situation, the diplomats said.", date(1987, 3, 31), "European", "Europe"),
    ("reuters-12876", "\"I am not particularly optimistic for the prospects in the Japanese equity market for "
     "continental European banks who have little experience in equities outside their domestic equity market,\" "
     "he said.", date(1987, 4, 3), "European", "Europe"),
]

test_currency_and_community_link = link_test([
    ("currency", _CURRENCY), ("community", _COMMUNITY),
])  # fmt: skip


def test_european_currency_units_are_not_the_continent(nlp):
    # reuters-263: the currency's name is one mention, and no "European" of it links to Europe
    text = ("EC farm policies now swallow two-thirds of an annual budget of about 36 billion European currency "
            "units (Ecu) and are mainly responsible for an expected shortfall this year of about five billion "
            "Ecus.")
    assert linked(nlp, text, date(1987, 3, 1), "European currency units") == [_ECU]
    assert linked(nlp, text, date(1987, 3, 1), "European") == []
