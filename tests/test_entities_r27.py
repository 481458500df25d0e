"""Entities round 27: Canadian Pacific. From 1971 to 2001 "Canadian Pacific Ltd" was the holding
company (Wikipedia "Canadian Pacific Limited"), with CP Rail, CP Air and CP Hotels as units; the
railway (Wikipedia "Canadian Pacific Railway") keeps "CP Rail" and, outside that period, the bare
"Canadian Pacific". An acronym spells an earlier organization with its country word as well as
without it: "CP" after "Canadian Pacific Ltd", "AWB" after "the Australian Wheat Board", as "INS"
spells "the U.S. Immigration and Naturalization Service" without it; such an acronym is an ORG
whatever the model tagged it.

Sentences are from Reuters-21578 stories outside the links set and the amounts fixture, each
named on its row; the one sentence made up is marked. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.gazetteer import load
from tests.helpers import link_test, mentions_by_text

_CP_RESULTS = (  # reuters-3269, the opening paragraphs
    "MONTREAL, March 9 - Canadian Pacific Ltd said fourth quarter 1986 operating profit rose to 91.6 mln dlrs, or "
    "30 cts a share, from 50.7 mln dlrs, or 20 cts a share, a year ago.\n\nThe statement confirmed released "
    "preliminary earnings figures the company released in February.\n\nA 102.6 mln dlr gain on the sale of CP's "
    "Cominco Ltd interest helped raise final 1986 fourth quarter profit to 193.8 mln dlrs or 65 cts a share.\n\n"
    "The company said a drop in 1986 full-year operating profit to 150.1 mln dlrs from a restated 252.7 mln dlrs "
    "in 1985 was due mainly to lower world oil prices.\n\nThe company said its CP Rail division reported 1986 net "
    "income of 119.4 mln dlrs, compared with 133.4 mln dlrs in 1985."
)

# (source, text, date, surface, the title of each of its mentions, or the one title when written once)
_LINKED = [
    ("reuters-3269", _CP_RESULTS, date(1987, 3, 9), "Canadian Pacific Ltd", "Canadian Pacific Limited"),
    # the holding company's short name, not the railway unit named after it
    ("reuters-3269", _CP_RESULTS, date(1987, 3, 9), "CP", "Canadian Pacific Limited"),
    ("reuters-3269", _CP_RESULTS, date(1987, 3, 9), "CP Rail", "Canadian Pacific Railway"),
    ("reuters-11490",
     "Analysts believe Pacific Western's aggressive and cost-conscious chairman Rhys Eyton will develop the true "
     "potential of the former CP Air, which floundered for four decades inside the bureaucracy of conglomerate "
     "Canadian Pacific Ltd.", date(1987, 3, 31), "Canadian Pacific Ltd.", "Canadian Pacific Limited"),
    ("reuters-11490",
     "Analysts believe Pacific Western's aggressive and cost-conscious chairman Rhys Eyton will develop the true "
     "potential of the former CP Air, which floundered for four decades inside the bureaucracy of conglomerate "
     "Canadian Pacific Ltd.", date(1987, 3, 31), "CP Air", "Canadian Pacific Air Lines"),
    ("reuters-20790",
     "MONTREAL, Oct 20 - CIP Inc, wholly-owned by Canadian Pacific Ltd, is considering building a pulp mill in "
     "Texas which would use kenaf fibre instead of wood, CIP president Cecil Slenniken said in an interview.",
     date(1987, 10, 20), "Canadian Pacific Ltd", "Canadian Pacific Limited"),
    # the Toronto stock of 1987 is the holding company's
    ("reuters-14609",
     "Interlisted issues led the Toronto market lower, analyst Ing said. Seagram fell 2-1/8 to 100-3/8, Northern "
     "Telecom slid 1-1/2 to 58-1/2 and leading active trader Canadian Pacific lost 1/4 to 24-3/4.",
     date(1987, 4, 7), "Canadian Pacific", "Canadian Pacific Limited"),
    # after 2001 the name is the railway's again
    ("made", "Canadian Pacific said its freight volumes rose in the first quarter.",  # made
     date(2010, 4, 20), "Canadian Pacific", "Canadian Pacific Railway"),
    # an acronym spelled with the country word of an earlier name
    ("reuters-1377",
     "WASHINGTON, March 3 - The Australian Government will likely reimburse the Australian Wheat Board, AWB, about "
     "132 mln (U.S.) dlrs to pay wheat farmers for their 1986/87 crop, the U.S. Agriculture Department said.",
     date(1987, 3, 3), "AWB", "AWB Limited"),
    ("reuters-17416",
     "Michael German, an economist with the American Gas Association, said while a significant amount of gas was "
     "now replacing oil in dual-fuel boilers, the progress of expanding the marketshare of gas was slow.\n\nAGA's "
     "German said that while industrial consumers were concerned with regulatory issues in their long-range "
     "capital investment decisions, in the dual-fuel boiler market relied on spot purchases.",
     date(1987, 4, 29), "AGA", "American Gas Association"),
]  # fmt: skip


test_canadian_pacific_names_link_to_the_company_of_their_period = link_test([("Canadian Pacific and acronyms", _LINKED)])


# (source, text, date, acronym): each mention of the acronym is an organization
_ACRONYM_IS_ORG = [
    ("reuters-3269", _CP_RESULTS, date(1987, 3, 9), "CP"),
    ("reuters-12178",
     "WASHINGTON, April 1 - French Prime Minister Jacques Chirac told U.S. congressmen France would announce a "
     "decision in two to three weeks on which group is to control its second largest communications firm, "
     "Compagnie Generale de Construction Telphoniques, French sources said.\n\nThey said Chirac promised that "
     "France's decision would be based on financial, economic and technical criteria, and not on political "
     "grounds.\n\nU.S. and German companies are the leading contenders to take control of CGCT.",
     date(1987, 4, 1), "CGCT"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "day", "acronym"), _ACRONYM_IS_ORG)
def test_an_acronym_of_an_earlier_company_is_an_organization(nlp, source, text, day, acronym):
    found = mentions_by_text(nlp, text, day).get(acronym, [])
    assert found and {m.label for m in found} == {"ORG"}, source


@pytest.mark.parametrize(("year", "title"), [
    (1987, "Canadian Pacific Limited"), (1999, "Canadian Pacific Limited"), (1965, "Canadian Pacific Railway"),
    (2010, "Canadian Pacific Railway"),
])  # fmt: skip
def test_the_bare_name_is_the_holding_company_only_while_it_existed(year, title):
    assert load().lookup("Canadian Pacific", year)[0][0].canonical_name == title


def test_the_holding_company_name_is_never_the_railway():
    assert {e.canonical_name for e, _ in load().lookup("Canadian Pacific Ltd", None)} == {"Canadian Pacific Limited"}
