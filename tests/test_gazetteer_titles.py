"""Gazetteer rounds 14-16: canonical names are today's English Wikipedia titles (issue #4's
contract), and the frequency bands of names the whole Reuters-21578 corpus left unlinked (the
hand-labelled links set left out). One check runs every round's linking cases; each round's own
rules keep their tests. Sentences are from Reuters-21578 stories outside the links set, dated by
their <DATE>."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import entity_id, extract_mentions
from tasks.gazetteer import load, norm
from tests.helpers import linked

# ================================================================ round 14
# Gazetteer round 14: canonical names are today's English Wikipedia titles (issue #4's contract).
#
# Part 1, the current-title audit of curated.csv: entities renamed since the period of the copy
# (Royal Dutch Shell -> Shell plc, Standard & Poor's -> S&P Global Ratings, ...) keep the former
# title as an alias and link under the current one; a name that passed to a different body at a
# date ("Foreign Office": the Foreign and Commonwealth Office 1968-2020, the Foreign, Commonwealth
# and Development Office since) is read by the story's year. Part 2: names left unlinked in four or
# more stories of the whole Reuters-21578 corpus (the hand-labelled links set left out).
# Sentences are from Reuters-21578 stories outside the links set, dated by their <DATE>.

R14_RENAMED = [
    ("NEW YORK, MARCH 9 - Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group <RD> said that "
     "it raised crude oil prices by about 47 Canadian cts a barrel today.",
     date(1987, 3, 9), "Royal Dutch/Shell Group", "Shell plc"),
    ("The issue is rated AAA by Standard and Poor's and secured by Federal Home Loan Mortgage Corp, Freddie Mac, "
     "certificates.", date(1987, 2, 26), "Standard and Poor's", "S&P Global Ratings"),
    ("Hoffmann-La Roche and Co <HOFZ.Z> has not yet reported its results.", date(1987, 3, 13),
     "Hoffmann-La Roche and Co", "Roche"),
    ("Non-refundable for 10 years, the issue is rated A-2 by Moody's and AA by Standard and Poor's.",
     date(1987, 2, 26), "Moody's", "Moody's Ratings"),
    ("BAHRAIN, March 7 - The yield on 30-day bankers security deposit accounts issued this week by the Saudi "
     "Arabian Monetary Agency (SAMA) fell to 5.84073 pct from 6.21950 last Saturday, bankers said.",
     date(1987, 3, 7), "Saudi Arabian Monetary Agency", "Saudi Central Bank"),
    ("Three eleventh round blocks were awarded in the Haltenbanken exploration tract off central Norway, "
     "including the Smoerbukk West field where Den Norske Stats Oljeselskap A/S <STAT.OL> (Statoil) was "
     "appointed operator.", date(1987, 3, 25), "Statoil", "Equinor"),
    ("STUTTGART, March 3 - Daimler-Benz AG [DAIG.F] said its car production could fall by 150 cars a day in the "
     "foreseeable future if works councils continue to refuse to approve the firm's requests for employees to "
     "work overtime when necessary.", date(1987, 3, 3), "Daimler-Benz AG", "Mercedes-Benz Group"),
    ("CINCINNATI, March 5 - Federated Department Stores Inc said sales for the four weeks ended February 28 were "
     "up 9.6 pct to 720.0 mln dlrs from 656.8 mln dlrs a year before.",
     date(1987, 3, 5), "Federated Department Stores Inc", "Macy's, Inc."),
    ("NEW YORK, March 24 - OII HoLdings Corp, a concern formed by Kohlberg Kravis Roberts and Co, said it "
     "completed its previously announced acquisition of Owens-Illinois Inc.",
     date(1987, 3, 24), "Kohlberg Kravis Roberts and Co", "KKR & Co."),
    ("Food chain Ahold NV <AHLN.AS> reported an 8.1 pct increase in net 1986 profit but said it did not see "
     "profits growing in 1987 due to the uncertainty of the dollar.", date(1987, 3, 16), "Ahold NV", "Ahold"),  # its own article until the 2016 merger
]


@pytest.mark.parametrize(("former", "current"), [
    ("Royal Dutch Shell", "Shell plc"), ("Total S.A.", "TotalEnergies"), ("Standard & Poor's", "S&P Global Ratings"),
    ("Kellogg Company", "Kellogg's"), ("20th Century Fox", "20th Century Studios"), ("OS X", "macOS"),
    ("Kia Motors", "Kia"), ("Moody's Investors Service", "Moody's Ratings"), ("Time Warner", "WarnerMedia"),
    ("Islamic State of Iraq and the Levant", "Islamic State"),
    # round 15, checked against stored Wikipedia copies
    ("Symantec", "Gen Digital"), ("NortonLifeLock", "Gen Digital"), ("NCR Corporation", "NCR Voyix"),
    ("Delphi Automotive", "Aptiv"), ("Delphi Corp.", "Aptiv"),
    # round 17: renames since 2015
    ("Twitter", "X (social network)"), ("Brexit Party", "Reform UK"), ("Square Inc", "Block, Inc."),
    ("DONG Energy", "Ørsted (company)"), ("Facebook Inc", "Meta Platforms"), ("ARM Holdings", "Arm Holdings"),
    ("Snapchat Inc", "Snap Inc."), ("Front National", "National Rally"), ("BSkyB", "Sky Group"),
    ("La République En Marche!", "Renaissance (French political party)"), ("DeepMind", "Google DeepMind"),
    ("China Evergrande Group", "Evergrande Group"), ("Severodonetsk", "Sievierodonetsk"),
    ("Ant Financial", "Ant Group"), ("Uber Technologies", "Uber"), ("Qatar Petroleum", "QatarEnergy"),
    ("Huawei Technologies", "Huawei"), ("Fiat Chrysler", "Fiat Chrysler Automobiles"), ("Meituan Dianping", "Meituan"),
])  # fmt: skip
def test_a_former_title_stays_an_alias_of_the_renamed_row(former, current):
    gaz = load()
    assert gaz.lookup(former)[0][0].canonical_name == current
    assert former not in gaz.by_name


FOREIGN_OFFICE = ("The report, monitored by the British Broadcasting Corp, followed an announcement by the Foreign "
                  "Office in London that Britain had withdrawn four of its six remaining diplomats in Tehran.")


@pytest.mark.parametrize(("day", "title"), [
    (date(1987, 6, 18), "Foreign and Commonwealth Office"),
    (date(2021, 6, 18), "Foreign, Commonwealth and Development Office"),
])
def test_the_foreign_office_is_the_department_of_the_story_s_year(nlp, day, title):
    assert linked(nlp, FOREIGN_OFFICE, day, "Foreign Office") == [title]


def test_a_dateline_city_takes_the_english_article_title(nlp):
    text = ("MONTREAL, March 2 - Alcan Aluminium Ltd said its board declared a three-for-two stock split, subject "
            "to shareholder approval at the April 23 annual meeting.")
    assert linked(nlp, text, date(1987, 3, 2), "MONTREAL") == ["Montreal"]


@pytest.mark.parametrize(("name", "title"), [
    ("Montréal", "Montreal"), ("Québec", "Quebec City"), ("Aarhus", "Aarhus"), ("Xi'an", "Xi'an"),
    ("Cordoba", "Córdoba, Argentina"),  # the largest namesake is disambiguated on Wikipedia too
    ("Thane", "Thane"), ("Herat", "Herat"),  # geonames' macrons ("Thāne", "Herāt") are no part of the titles
])
def test_a_generated_city_row_carries_the_wikipedia_title(name, title):
    hits = [e for e, _ in load().lookup(name) if e.kind in ("city", "capital")]
    assert hits and hits[0].canonical_name == title


# ---------------------------------------------------------------- part 2: the full-corpus band

R14_BAND = [
    # a company written with "Group" and a legal form: the title keeps "Group"
    ("The trading banks affected are the <Bank of New Zealand>, Australia and New Zealand Banking Group Ltd "
     "<ANZA.S>, Westpac Banking Corp <WSTP.S> and <National Bank of New Zealand Ltd>.",
     date(1987, 3, 5), "Australia and New Zealand Banking Group Ltd", "Australia and New Zealand Banking Group"),
    ("LOS ANGELES, March 19 - Jefferies Group Inc said founder and chairman Boyd L. Jefferies has resigned and "
     "intends to plead guilty to two felony charges.", date(1987, 3, 19), "Jefferies Group Inc", "Jefferies Group"),
    # 1987 companies under the title of the article their history lives in now
    ("He told security analysts Middle South was close to recommending resumption of the common stock dividend "
     "when the Mississippi court ordered the rate rollback.", date(1987, 3, 25), "Middle South", "Entergy"),
    ("Without a new agreement containing lower labor costs, AMC said it would phase out vehicle production at the "
     "complex in Kenosha, Wisconsin, by 1989.", date(1987, 3, 2), "AMC", "American Motors Corporation"),
    ("CLEVELAND, Feb 26 - Standard Oil Co and BP North America Inc said they plan to form a venture to manage the "
     "money market borrowing and investment activities of both companies.",
     date(1987, 2, 26), "Standard Oil Co", "Standard Oil of Ohio"),
    ("NEW YORK, Feb 26 - ChemLawn Corp <CHEM> could attract a higher bid than the 27 dlrs per share offered by "
     "Waste Management Inc <WNX>, Wall Street arbitrageurs said.", date(1987, 2, 26), "Waste Management Inc",
     "Waste Management, Inc."),
    # bodies, outlets and a party of 1987 copy
    ("The legislation outlined by Ryzhkov, formally called the draft law on state enterprises, is expected to be "
     "approved by the Supreme Soviet, to take effect next January 1.",
     date(1987, 6, 29), "Supreme Soviet", "Supreme Soviet of the Soviet Union"),
    ("BOGOTA, March 13 - Colombia opened coffee export registrations for April and May with the National Coffee "
     "Growers' Federation setting no limit, Gilberto Arango, president of the private exporters' association, said.",
     date(1987, 3, 13), "National Coffee Growers' Federation", "National Federation of Coffee Growers of Colombia"),
    ("LONDON, Feb 27 - Britain's centrist Liberal-Social Democratic Alliance won a surprise victory in a "
     "parliamentary by-election in the London borough of Greenwich, a seat held by the main opposition Labour "
     "party for the past 50 years.", date(1987, 2, 26), "Liberal-Social Democratic Alliance", "SDP–Liberal Alliance"),
    # an official named by his surname after the full name earlier in the story
    ("Speaking to a House Agriculture Appropriations subcommittee, Amstutz cited three factors which have "
     "improved the wheat outlook.", date(1987, 3, 18), "Amstutz", "Daniel Amstutz"),
    # places: an island, a port and a dateline town below cities.csv's population floor
    ("The last confirmed Iraqi attack on shipping was on March 8, when an Iranian tanker was hit by a missile "
     "south of Iran's Kharg island oil export terminal.", date(1987, 3, 18), "Kharg", "Kharg Island"),
    ("MARTINSVILLE, Va., March 19 - Qtly div nine cts vs eight cts prior Payable July one Record June 12 Reuter",
     date(1987, 3, 19), "MARTINSVILLE", "Martinsville, Virginia"),
    ("CITY OF COMMERCE, Calif., March 9 - The Federated Group Inc said its four-week March 1 sales totaled "
     "25.7 mln dlrs, down eight pct from the same period a year ago.", date(1987, 3, 9), "CITY OF COMMERCE", "Commerce, California"),
]


def test_the_supreme_soviet_of_1992_is_russia_s():
    hits = load().lookup("Supreme Soviet", 1992)
    assert hits[0][0].canonical_name == "Supreme Soviet of Russia"


# ================================================================ round 15
# Gazetteer round 15: names left unlinked in exactly three stories of the whole Reuters-21578 corpus
# (the hand-labelled links set left out), and the titles round 14 left unconfirmed, checked against
# stored copies of the English Wikipedia (Symantec -> Gen Digital, NCR Corporation -> NCR Voyix, Delphi
# Automotive -> Aptiv; the Viacom and News Corporation of 1987 copy are the articles of the companies
# that carried those names before the 2005 and 2013 splits). Sentences are from Reuters-21578 stories
# outside the links set, dated by their <DATE>.

# ---------------------------------------------------------------- part 1: the unconfirmed titles

R15_RENAMED = [
    ("NEW YORK, March 2 - <Willemijn Holding BV> of Rotterdam said it has licensed NCR Corp to produce and sell "
     "products and services using token ring technology.", date(1987, 3, 2), "NCR Corp", "NCR Voyix"),
    ("NEW YORK, March 2 - Viacom International Inc said it received revised merger offers from <National "
     "Amusements Inc> and <MCV Holdings Inc>.", date(1987, 3, 2), "Viacom International Inc", "Viacom (1952–2005)"),
    ("NEW YORK, March 9 - The News Corp said the South China Morning Post Ltd of Hong Kong become a wholly-owned "
     "subsidiary March 7 as previously announced.", date(1987, 3, 9), "News Corp", "News Corporation (1980–2013)"),
]


@pytest.mark.parametrize(("name", "year", "title"), [
    ("Viacom", 1987, "Viacom (1952–2005)"), ("Viacom", 2010, "Viacom (2005–2019)"),
    ("News Corp", 1987, "News Corporation (1980–2013)"), ("News Corp", 2015, "News Corp"),
])
def test_a_name_two_companies_carried_in_turn_is_read_by_the_year(name, year, title):
    assert load().lookup(name, year)[0][0].canonical_name == title


def test_without_a_date_the_name_is_the_company_that_carries_it_now():
    assert load().lookup("News Corp")[0][0].canonical_name == "News Corp"


# ---------------------------------------------------------------- part 2: the three-story band

R15_BAND = [
    # companies under the title of the article their history lives in now
    ("NEW YORK, March 11 - The Wall Street Journal said the stocks of Owens-Illinois Inc <OI> and Inco Ltd <N> "
     "will be dropped as components of the 30 stock Dow Jones Industrial aveage, effective with the start of "
     "trading on the New York Stock Exchange tomorrow.", date(1987, 3, 11), "Owens-Illinois Inc", "O-I Glass"),
    ("BUFFALO, N.Y., March 11 - Datarex Systems Inc said it was named a distributor for Minnesota Mining and "
     "Manufacturing Co's data recording media and other computer suppliers and accessories in the United States.",
     date(1987, 3, 11), "Minnesota Mining and Manufacturing Co", "3M"),
    ("NEW YORK, March 5 - Duke Power Co is raising 100 mln dlrs through an offering of first and refunding "
     "mortgage bonds due 1997 yielding 7.663 pct, said lead manager Morgan Stanley.",
     date(1987, 3, 5), "Duke Power Co", "Duke Energy"),
    ("Gates Corp, which owns 64.8 pct of Gates Learjet, agreed earlier this week to sell its shares to a "
     "partnership formed by privately-held <Cobey Corp> and a unit of Bear Stearns Cos Inc <BSC> for 6.50 dlrs "
     "a share or 51 mln dlrs.", date(1987, 3, 12), "Gates Learjet", "Learjet"),
    ("UPPER SADDLE RIVER, N.J., March 2 - Western Union said John Pope Jr has been elected president of the "
     "telegraph company and executive vice president of the corporation.", date(1987, 3, 2), "Western Union",
     "Western Union"),
    # bodies and outlets
    ("Lord Belstead, a junior agriculture minister, told the House of Lords the tax would raise the price of raw "
     "materials used in many processed foods by about 100 pct.", date(1987, 3, 11), "House of Lords",
     "House of Lords"),
    ("An Ifo report said recessionary influences were affecting the engineering industry particularly.",
     date(1987, 4, 5), "Ifo", "Ifo Institute for Economic Research"),
    ("HAVANA, March 5 - Over 750,000 head of cattle are suffering the effects of a severe shortage of feed as a "
     "result of a prolonged drought in the normally rich sugar and cattle producing province of Camaguey, the "
     "newspaper Granma reported.", date(1987, 3, 5), "Granma", "Granma (newspaper)"),
    # officials and business people of 1987 copy
    ("NEW YORK, March 3 - AMR Corp chairman Robert Crandall, denying industry speculation, said the company is "
     "not interested in acquiring shuttle routes in the northeast region of the U.S.",
     date(1987, 3, 3), "Robert Crandall", "Robert Crandall"),
    ("LISBON, March 25 - Portuguese Prime Minister Anibal Cavaco Silva said Portugal would hand back Macao to "
     "China on December 20, 1999, but added the existing political, economic and social system there would be "
     "maintained until the year 2050.", date(1987, 3, 25), "Anibal Cavaco Silva", "Aníbal Cavaco Silva"),
    ("But Opposition leader Constantine Mitsotakis told reporters he thought the suspension would be temporary "
     "until the crisis is resolved.", date(1987, 3, 28), "Constantine Mitsotakis", "Konstantinos Mitsotakis"),
    ("Neither Rep. Edward Madigan (R-Ill.) nor Sen. Bob Dole (R-Kans.), sponsors of the bills, have brought the "
     "legislation forward.", date(1987, 3, 9), "Edward Madigan", "Ed Madigan"),  # the article moved to his short name
    ("The reduced contribution reflects the spin-off from Hong Kong Land of <Dairy Farm International Ltd> last "
     "September.", date(1987, 3, 25), "Dairy Farm International Ltd", "DFI Retail Group"),  # renamed in 2022
    # places
    ("BAHRAIN, March 5 - Iranian troops are fighting on two widely separated fronts in a new offensive in the "
     "mountains of Kurdistan in northern Iraq, Tehran's IRNA news agency said.",
     date(1987, 3, 5), "Kurdistan", "Kurdistan"),
    ("The company said Montagu's main asset is a 10 pct interest in the Hog Ranch Joint Venture, which operates "
     "the open cut heap leach Hog Ranch gold mine in Washoe County, Nev.",
     date(1987, 3, 17), "Washoe County", "Washoe County, Nevada"),
]


def test_a_title_of_several_words_keys_an_official_with_a_common_name(nlp):
    # "John Whitehead" alone is too common a name to link; the gazetteer keys him with his whole
    # title, of which the last word alone ("State") says nothing
    text = ("WASHINGTON, March 5 - The Reagan administration wants to encourage expanded trade with the Soviet "
            "Union but does not believe Moscow yet warrants most-favored-nation treatment, Deputy Secretary of "
            "State John Whitehead said.")
    assert linked(nlp, text, date(1987, 3, 5), "John Whitehead") == ["John C. Whitehead"]


def test_a_title_s_last_word_still_keys_an_official(nlp):
    text = ("OTTAWA, March 5 - Western Canada's resource-based economy is being hurt by international market "
            "forces and there is little Ottawa can do about it, Finance Minister Michael Wilson said.")
    assert linked(nlp, text, date(1987, 3, 5), "Michael Wilson") == ["Michael Wilson (Canadian politician)"]
    assert linked(nlp, text, date(1987, 3, 5), "Western Canada") == ["Western Canada"]


def test_the_common_name_alone_stays_unlinked(nlp):
    text = "John Whitehead, a spokesman for the company, said the plant would reopen next week."
    assert all(m.entity.canonical_name != "John C. Whitehead"
               for m in extract_mentions(nlp(text), date(1987, 3, 5)))


# ================================================================ round 16
# Gazetteer round 16: names left unlinked in exactly two stories of the whole Reuters-21578 corpus
# (the hand-labelled links set left out), where the current English Wikipedia title is certain.
# Sentences are from Reuters-21578 stories outside the links set, dated by their <DATE>.

R16_BAND = [
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


# ================================================================ round 19
# Gazetteer round 19: company and body names of the two-story band that round 16 did not read.
# (text, day, surface, title); the comment names the Reuters-21578 NEWID
R19_BAND = [
    # 147
    ("BIRMINGHAM, Ala., Feb 26 - Torchmark Corp said its board authorized the purchase from time to time of a "
     "significant portion of its 7-3/4 pct convertible subordinated debentures.", date(1987, 2, 26), "Torchmark Corp",
     "Globe Life"),
    # 2660
    ("PITTSBURGH, March 6 - Mine Safety Appliances Co said it agreed to sell its filter products division to "
     "Donaldson Co Inc <DCI> for undisclosed terms.", date(1987, 3, 6), "Mine Safety Appliances Co", "MSA Safety"),
    # 1700
    ("The company said the electric output from the previously-announced project is expected to be sold to "
     "Allegheny Power System Inc <AYP> under a 30-year contract now being negotiated.", date(1987, 3, 4),
     "Allegheny Power System Inc", "Allegheny Energy"),
    # 3058
    ("NEW YORK, March 9 - British retailer Burton Group PLC said trading in its American Depositary Receipts will "
     "start today.", date(1987, 3, 9), "Burton Group PLC", "Arcadia Group"),
    # 1447
    ("PASADENA, Calif., March 4 - Jacobs Engineering group Inc said its shareholders approved reincorporation of "
     "the company in Delaware and certain indemnification agreements with officers and directors of the company.",
     date(1987, 3, 4), "Jacobs Engineering", "Jacobs Solutions"),
    # 17234
    ("He said the bank was also likely to extend a credit line to the Industrial Development Bank of India.",
     date(1987, 4, 27), "the Industrial Development Bank of India", "IDBI Bank"),
    # 9743
    ("ZURICH, March 26 - Eurofima of Basle is launching 40 mln Swiss francs of six year notes with a 4-3/8 pct "
     "coupon and 100.25 issue price, lead manager Zurich Cantonal Bank said.", date(1987, 3, 26),
     "Zurich Cantonal Bank", "Zürcher Kantonalbank"),
    # 481
    ("NEW YORK, MARCH 2 - Shares of Temple Inland Inc <TIN> and International Paper Co <IP> rose sharply this "
     "morning following a recommendation by Prudential Bache Securities, traders said.", date(1987, 3, 2),
     "Temple Inland Inc", "Temple-Inland"),
    # 308
    ("Seizaburo Sato, professor of politics at Tokyo University, thought the last possibility most likely.",
     date(1987, 3, 2), "Tokyo University", "University of Tokyo"),
    # 10723
    ("Yugoslavia is a communist nonaligned state, belonging neither to the Warsaw Pact or the Western alliance, "
     "Nato, but it enjoys preferential trading status in Comecon.", date(1987, 3, 30), "the Warsaw Pact",
     "Warsaw Pact"),
    # 10670
    ("Solidarity leader Lech Walesa, whose banned organisation has been replaced by the OPZZ, condemned the "
     "increases in front of a crowd of 1,500 cheering supporters at St Brygida's Roman Catholic Church in the "
     "Baltic port of Gdansk.", date(1987, 3, 29), "Roman Catholic Church", "Catholic Church"),
    # 510
    ("WINSTON-SALEM, N.C., March 2 - R.J. Reynolds Tobacco Co, a unit of R.J.R. Nabisco Inc <RJR>, said it has "
     "formed an executive management committee to oversee the company's worldwide tobacco operations.",
     date(1987, 3, 2), "R.J. Reynolds Tobacco Co",
     "R. J. Reynolds Tobacco Company"),
    # the acronyms and short forms of a name written in full earlier in the story, one sense per story
    # 6691
    ("DETROIT, March 18 - Unisys Corp said that UNIX OS-based computer systems previously offered by Sperry and "
     "Burroughs have been merged into a single family of products.", date(1987, 3, 18), "Sperry",
     "Sperry Corporation"),
]


# ================================================================ every round's linking cases

_LINK_CLASSES = [
    ("r14 renamed, under its current title", R14_RENAMED),
    ("r14 four-story band", R14_BAND),
    ("r15 1987 company, under the article of its history", R15_RENAMED),
    ("r15 three-story band", R15_BAND),
    ("r16 two-story band", R16_BAND),
    ("r19 two-story band, companies and bodies", R19_BAND),
]
_LINK_CASES = [(cls, *row) for cls, rows in _LINK_CLASSES for row in rows]


@pytest.mark.parametrize(("cls", "text", "day", "surface", "title"), _LINK_CASES, ids=[f"{c[0]}: {c[3]}" for c in _LINK_CASES])
def test_a_name_links_to_its_current_article(nlp, cls, text, day, surface, title):
    # the row's entity, not an unlinked name that happens to read like the title ("Warsaw Pact")
    row = entity_id(load().by_name[title].key)
    got = [(m.entity.canonical_name, m.entity.entity_id) for m in extract_mentions(nlp(text), day) if norm(m.text).rstrip(".") == norm(surface).rstrip(".")]
    assert got and set(got) == {(title, row)}, got
