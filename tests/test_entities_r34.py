"""Entities round 34: the same person or body under several rows of the corpus-level entities table.

Read on 2,000 Reuters-21578 stories picked by ``sha256("ent34:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out):

- a body every country has ("the Finance Ministry", "Parliament") in a story that names several
  countries is the body of the nearest country written before it, in its sentence or the one
  before, whose body of that name the gazetteer knows: Mexico's ministry after "Mexico denied
  reports that British banks ..." (Britain has a Treasury, no Finance Ministry), Britain's
  Parliament after "British Prime Minister Margaret Thatcher said"; a bare "Parliament" is never
  guessed from the country a story names most;
- Japan's parliament is the National Diet, and the gazetteer knows other parliaments by their own
  names (Folketing, Storting, Riksdag, Cortes Generales, Jatiya Sangsad ...);
- a full name the model tagged as an organization, a work or a town ("Shuichi Takemoto",
  "Dennis A. Levine", "Stewart Freeman, Michigan's chief environmental attorney") and the surname
  the story then writes alone, tagged a person, were two rows for one man: both are the person;
- "Gruppo Ferruzzi" tagged a person, "Ferruzzi" and "Babcock shares" after "Gruppo Ferruzzi" and
  "Deutsche Babcock AG" are the company.

Sentences are Reuters-21578 stories of that sample (none in an evaluation set), each named on its
row. No third-party checklist was used."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import extract_mentions
from tests.helpers import first_mention

_MEXICO = (  # reuters-10266 as the pipeline lands it (dateline cut): Mexico, Britain, France, Switzerland, Canada
    "Mexico denied reports that British banks are resisting signing a 76 billion dlr new "
    "loan and rescheduling package.\n\nIn a statement, the Finance Ministry said the process for formalizing the "
    "package was going as planned.\n\nBanking sources in London had been quoted earlier as saying the British "
    "banks were balking at signing the package in an effort to get all participants to contribute equally to a "
    "new 7.7 billion dlr loan contained in the deal.\n\nHowever, the Finance Ministry statement said all the "
    "British banks had promised their participation in the loan."
)
_COMMONS = (  # reuters-15748 as the pipeline lands it (the "LONDON, April 9 -" dateline cut): Japan named most
    "European Community trade experts will meet in Brussels tomorrow to discuss possible EC action against "
    "Japan over trade, British Prime Minister Margaret Thatcher said.\n\nShe told Parliament the officials "
    "would examine ideas put forward by the U.K. Last weekend. \"Trade matters and trade initiatives have to be "
    "taken by the Community,\" Thatcher said.\n\nShe said the experts would focus \"on more effective action "
    "against the dumping of components (by Japan), possible unbinding of tariffs on certain products (to allow "
    "each EC country to set their own tariffs) ... And measures which might be necessary to avoid diversion if "
    "the United States acts against Japan.\""
)
_DIET = (  # reuters-1957
    "TOKYO, March 5 - Japan's ruling Liberal Democratic Party started moves to push through the delayed draft "
    "budget for 1987/88 through Parliament, deepening a clash with the opposition which called the move rash "
    "and unforgivable."
)

# (source, text, date, surface, the body it is)
_NEAREST = [
    ("reuters-10266", _MEXICO, date(1987, 3, 26), "Finance Ministry", "Secretariat of Finance and Public Credit"),
    ("reuters-15748", _COMMONS, date(1987, 4, 9), "Parliament", "Parliament of the United Kingdom"),
    ("reuters-1957", _DIET, date(1987, 3, 5), "Parliament", "National Diet"),
]


@pytest.mark.parametrize(("source", "text", "day", "surface", "name"), _NEAREST)
def test_a_bare_body_is_the_nearest_countrys(nlp, source, text, day, surface, name):
    assert first_mention(nlp, text, day, surface).entity.canonical_name == name, source


_TAKEMOTO = (  # reuters-4665
    "A Foreign Ministry official dismissed arguments made by senior U.S. Government officials seeking to block "
    "the sale of a U.S. Microchip maker to a Japanese firm.\n\n\"They appear to be linking completely unrelated "
    "issues,\" Shuichi Takemoto of the Foreign Ministry's North American Division told Reuters.\n\nU.S. Commerce "
    "Secretary Malcolm Baldrige has asked the White House to consider blocking the sale of <Fairchild "
    "Semiconductor Corp> to Japan's Fujitsu Ltd <ITSU.T>, U.S. Officials said yesterday.\n\nTakemoto said "
    "national security should not be an issue since the planned purchase of Fairchild from its current owner, "
    "Schlumberger Ltd <SLB>, does not include Fairchild's main defence-related division."
)
_LEVINE = (  # reuters-8216
    "The suit also names as defendants <Drexel Burnham Lambert Inc>, investment banker for the partnership, law "
    "firm Fried, Frank, Harris, Shriver and Jacobson and its attorney Stephen Fraidin, and financial services "
    "company Seligmann Harris and Co, as well as former Drexel investment bankers Dennis A. Levine and Martin A. "
    "Siegel.\n\nLevine and Siegel have already pleaded guilty to insider trading violations, as has Boesky."
)
_RICART = (  # reuters-7510
    "Dominican Alfredo Ricart will take over as executive director of the International Sugar Organization "
    "(ISO) in mid-April, ISO officer in charge Constantin Politoff said.\n\nPrevious ISO chief William Miller "
    "retired at end-February last year.\n\nRicart told Reuters his first aim is put the \"house in order\" by "
    "having a new administrative sugar pact with improved allocations of voting rights and financial "
    "contributions."
)
_FREEMAN = (  # reuters-9658
    "Lomac Inc, a publicly traded company, will pay the U.S. and Michigan governments to help clean up a toxic "
    "waste site in the first major settlement under the 1986 Superfund-Two act, Michigan officials said.\n\n"
    "Lomac will pay 17 mln dlrs to help clean the site, they said.\n\nStewart Freeman, Michigan's chief "
    "environmental attorney, told Reuters that Lomac, a new company, agreed to buy a chemical site near "
    "Muskegon, Mich., formerly operated by Bafors Nobel Inc, a bankrupt subsidiary of A.B. Nobel of Sweden.\n\n"
    "The settlement was also the largest in history in a bankruptcy case involving environmental issues, "
    "Freeman said."
)

# (source, text, date, full name, surname)
_ONE_PERSON = [
    ("reuters-4665", _TAKEMOTO, date(1987, 3, 13), "Shuichi Takemoto", "Takemoto"),
    ("reuters-8216", _LEVINE, date(1987, 3, 23), "Dennis A. Levine", "Levine"),
    ("reuters-7510", _RICART, date(1987, 3, 19), "Alfredo Ricart", "Ricart"),
    ("reuters-9658", _FREEMAN, date(1987, 3, 25), "Stewart Freeman", "Freeman"),
]


@pytest.mark.parametrize(("source", "text", "day", "full", "surname"), _ONE_PERSON)
def test_a_full_name_tagged_otherwise_and_its_surname_are_one_person(nlp, source, text, day, full, surname):
    ms = extract_mentions(nlp(text), day)
    rows = {(m.entity.entity_id, m.entity.canonical_name, m.entity.label) for m in ms if m.text in (full, surname)}
    assert {(name, label) for _, name, label in rows} == {(full, "PERSON")}, source
    assert {m.label for m in ms if m.text in (full, surname)} == {"PERSON"}, source


_BABCOCK = (  # reuters-6388
    "Deutsche Babcock AG <DBCG.G> said an issue price of 165 marks had been set on a two-for-five rights issue "
    "of shares which will raise nominal capital by 100 mln marks to 350 mln marks.\n\nThe subscription period "
    "for the offer runs from March 26 to April eight, it added.\n\nBabcock shares opened at 222.2 marks in "
    "Frankfurt after a close of 226 yesterday. Babcock, which has set an unchanged three mark a share dividend "
    "on 1985/86 business, announced last week that Iran was selling its 25.2 pct holding in the company."
)
_FERRUZZI = (  # reuters-11344
    "Gruppo Ferruzzi is studying a project which could result in a public share offer of up to 49 pct of its "
    "French unit European Sugar (France) and could raise around 400 mln dlrs, Ferruzzi chairman Raul Gardini "
    "said.\n\nFerruzzi announced last week it had agreed in principle to buy the CPC operation for 630 mln dlrs."
    "\n\nA Ferruzzi spokesman later confirmed that the group was studying the transfer of the CPC business to "
    "European Sugar along with a possible share offering in the Paris unit, but gave no details."
)
_CPC = (  # reuters-10139
    "Sources close to Italy's <Gruppo Ferruzzi> said <European Sugar (France)>, a French company owned by "
    "Ferruzzi, would take over control of <CPC Industrial Division>, the corn wet milling business acquired by "
    "the Italian group earlier this week from CPC International Inc <CPC>."
)

# (source, text, date, the company's short name, the company)
_ONE_COMPANY = [
    ("reuters-6388", _BABCOCK, date(1987, 3, 18), "Babcock", "Deutsche Babcock"),
    ("reuters-11344", _FERRUZZI, date(1987, 3, 31), "Ferruzzi", "Gruppo Ferruzzi"),
    ("reuters-10139", _CPC, date(1987, 3, 26), "Ferruzzi", "Gruppo Ferruzzi"),
]


@pytest.mark.parametrize(("source", "text", "day", "short", "company"), _ONE_COMPANY)
def test_a_company_named_after_an_opening_word_is_one_company(nlp, source, text, day, short, company):
    ms = [m for m in extract_mentions(nlp(text), day) if short in m.text]
    assert ms, source
    assert {(m.entity.canonical_name, m.entity.label) for m in ms} == {(company, "ORG")}, source
    assert {m.label for m in ms} == {"ORG"}, source


_ITALY = (  # reuters-13958: the model tags "Treasury" of the second "the Italian Treasury" alone
    "This week's Group of Seven (G-7) meeting in Washington provides an opportunity to verify an accord reached "
    "at the Tokyo summit last May to include Italy and Canada in Group of Five (G-5) talks on management of the "
    "international monetary system and related issues, the Italian Treasury said.\n\nIt said in a statement the "
    "G-7 meeting, which Italy plans to attend, will provide a forum for considering the Tokyo accord in the light "
    "of events in Paris in February this year.\n\nOn February 22, Italy boycotted a meeting in Paris of its G-7 "
    "partners - the United States, Japan, West Germany, France, Britain and Canada - after being excluded from an "
    "earlier session of talks involving G-5 members.\n\nToday's statement from the Italian Treasury said- "
    "\"Nobody denies the existence of G-5 but we should like it to be remembered that the Tokyo accords provided "
    "for the enlargement of the group to Italy and Canada whenever \"the management or the improvement of the "
    "international monetary economic policy measures are to be discussed or dealt with.'\" Italy refused to "
    "attend the Paris G-7 meeting on the grounds that G-5, grouping the United States, Japan, West Germany, France "
    "and Britain, had reduced Italy's role to rubber stamping agreements already taken."
)


def test_a_body_the_story_named_is_no_nearer_countrys(nlp):
    # Britain is the nearest country with a Treasury the gazetteer knows, but "Italian" owns it
    ms = [m for m in extract_mentions(nlp(_ITALY), date(1987, 4, 7)) if "Treasury" in m.text]
    assert "Treasury" in {m.text for m in ms}  # the second one, without "the Italian"
    assert {m.entity.canonical_name for m in ms} == {"Italian Treasury"}
