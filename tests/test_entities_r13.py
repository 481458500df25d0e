"""Type errors of 1987 wire copy (round 13): companies and outlets the model tags PERSON (a firm's
cue anywhere in the story makes the name a company everywhere in it), places it tags PERSON,
people it tags as organizations or places, a firm named after a person going by the surname, and
the legal forms "Spa" and "Incorp". Sentences are from Reuters-21578 stories outside the
hand-labelled links set, dated as the corpus dates them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import mentions_by_text

MARCH_87 = date(1987, 3, 20)


def labels(nlp, text: str, surface: str, dct: date = MARCH_87) -> list[str]:
    got = mentions_by_text(nlp, text, dct)
    assert surface in got, sorted(got)
    return [m.label for m in got[surface]]


#: A name the model tags PERSON (or GPE) with a company's cue somewhere in its story: (cue, text,
#: surface, the labels of its mentions, the story's date).
_FIRM_CUES = [
    ("said it, all through the story",
     "Traders said there was also speculation that Henley was a buyer of Santa Fe stock in the last two days. "
     "Henley said it does not comment on whether it is buying or selling stock.", "Henley", ["ORG", "ORG"], MARCH_87),
    ("analyst of X", "Frederick Leuffer of C.J. Lawrence believes SEC intervention could be meaningful but acknowledged "
     "it is unlikely.", "C.J. Lawrence", ["ORG"], MARCH_87),
    ("a unit of", "DENVER, March 19 - Pitney Bowes Inc said Mountain Bell, a unit of US West Inc <USW>, began a test.",
     "Mountain Bell", ["ORG"], MARCH_87),
    ("a share price move", "Hemlo Gold advanced 7/8 to 27-1/4 and Lacana Mining climbed 1-3/8 to 16-1/8.",
     "Hemlo Gold", ["ORG"], MARCH_87),
    ("possessive before a business noun",
     "Tenneco said it will become Poclain's majority shareholder under the plan announced in December.",
     "Poclain", ["ORG"], MARCH_87),
    # a place the gazetteer does not know, tagged GPE, with a company noun in apposition
    ("a N.J.-based company", "BOSTON, March 2 - Genzyme Corp said it and Howmedica, a Rutherford, N.J.-based company "
     "owned by Pfizer Inc, have agreed to develop a new product.", "Howmedica", ["ORG"], date(1987, 3, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("cue", "text", "surface", "expected", "dct"), _FIRM_CUES, ids=[c[0] for c in _FIRM_CUES])
def test_a_company_s_cue_makes_the_name_a_company(nlp, cue, text, surface, expected, dct):
    assert labels(nlp, text, surface, dct) == expected


def test_said_it_was_is_no_company_cue(nlp):
    # a person says "it was too early" as often as a company does
    text = "Poindexter said it was too early to say what effect the report would have."
    assert "ORG" not in labels(nlp, text, "Poindexter")


def test_a_firm_before_its_analyst_is_a_firm(nlp):
    text = ("\"The breakout is pretty important,\" said Janney Montgomery analyst Louis Marckesano of TWA's sale of "
            "its stock.")
    got = mentions_by_text(nlp, text, MARCH_87)
    assert got["Janney Montgomery"][0].label == "ORG"
    assert got["Janney Montgomery"][0].entity.canonical_name == "Janney Montgomery Scott"
    assert got["Louis Marckesano"][0].label == "PERSON"


#: Pieces the model split or cut short that make one firm: (rule, text, the firm, a piece that must
#: not stand alone).
_ONE_FIRM = [
    ("two partners' names with a company's cue",
     "CHICAGO, March 20 - Duff and Phelps said it lowered the ratings on Atlantic City Electric Co first mortgage bonds.",
     "Duff and Phelps", "Phelps"),
    ("a Romance bank's head before the tagged word",
     "Industry sources say the closure of the Banco do Brasil will soon force the shutdown of private banks.",
     "Banco do Brasil", "Brasil"),
    ("partners' names before 'and Co'",
     "The offering will be underwritten by Ryan, Beck and Co, West Orange, N.J.", "Ryan, Beck and Co", "Ryan"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "firm", "piece"), _ONE_FIRM, ids=[c[0] for c in _ONE_FIRM])
def test_the_pieces_of_a_firm_s_name_are_one_firm(nlp, rule, text, firm, piece):
    got = mentions_by_text(nlp, text, MARCH_87)
    assert got[firm][0].label == "ORG"
    assert piece not in got


def test_a_name_in_ticker_markup_is_a_company(nlp):
    text = ("The Italian government's adviser for the offer, <Credit Industriel et Commercial> said demand for "
            "the bonds was strong.")
    got = mentions_by_text(nlp, text, MARCH_87)
    assert all(m.label == "ORG" for ms in got.values() for m in ms if "Credit" in m.text)


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Major-General Setijana, military commander of central Java, said in widely-quoted remarks last week that "
     "both leftist and rightist groups were active.", "Java", "GPE"),
    ("IRNA quoted the commander in the Kurdish border village of Haj Omran as saying nine Iraqi counter-attacks "
     "had been repulsed.", "Haj Omran", "GPE"),
    ("The tanker had set sail on Tuesday after loading oil at the Saudi port of Ras Tannurah.", "Ras Tannurah", "GPE"),
    ("The pipeline was shut down from Cushing, Okla, to Witchita Falls, Kan, on Saturday due to an undetermined leak.",
     "Witchita Falls", "GPE"),
    ("Norsk Data said it signed a contract with <Computer Connection A/S>, Mjoendalen, Norway, to install a data "
     "communications network.", "Mjoendalen", "GPE"),
])
def test_a_place_s_cue_makes_a_person_a_place(nlp, text, surface, label):
    assert labels(nlp, text, surface) == [label]


#: Which entity a name is when a person, a firm and a place share words: (rule, text, story date,
#: surface, which of its mentions (0 first, -1 last), label, canonical name).
_WHO = [
    ("a town before its state takes the state",
     "The well lies in Jefferson Davis Parish, La., and is producing 1.1 mln cubic feet of gas a day.",
     MARCH_87, "Jefferson Davis Parish", 0, "GPE", "Jefferson Davis Parish, Louisiana"),
    # "Smith" after "Smith Barney" and "William Smith": the title makes it the analyst
    ("a surname after the analyst title is no firm",
     "William Smith, an analyst with Smith Barney, Harris Upham and Co, said the company was well run. "
     "\"It is a strong basic earnings story,\" analyst Smith said.", MARCH_87, "Smith", -1, "PERSON", "William Smith"),
    # a Chinese name: the surname comes first, and the model tags it ORG when it speaks alone
    ("a surname-first speaker is the person",
     "PEKING, March 26 - China's budget deficit for 1986 was 7.06 billion yuan, Finance Minister Wang Bingqian "
     "told the National People's Congress. Wang said the 1986 deficit was due to excess capital construction.",
     date(1987, 3, 26), "Wang", 0, "PERSON", "Wang Bingqian"),
    ("a firm named after a person goes by the surname",
     "SAN FRANCISCO, March 31 - Charles Schwab and Co Inc is the nation's largest discount brokerage firm. "
     "The right is exchangeable into warrants upon transfer to a Security Pacific non-affiliate, Schwab said.",
     date(1987, 3, 31), "Schwab", 0, "ORG", "Charles Schwab Corporation"),
    ("a person's cue takes the surname from the firm",
     "NEW YORK, June 17 - Robert Salomon, managing director of Salomon Inc, said the company's second quarter "
     "would be profitable. Salomon said he was deluged with calls from analysts after yesterday's report.",
     date(1987, 6, 17), "Salomon", -1, "PERSON", "Robert Salomon"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "dct", "surface", "which", "label", "canonical"), _WHO, ids=[c[0] for c in _WHO])
def test_a_shared_name_goes_to_the_right_entity(nlp, rule, text, dct, surface, which, label, canonical):
    m = mentions_by_text(nlp, text, dct)[surface][which]
    assert (m.label, m.entity.canonical_name) == (label, canonical)


def test_a_person_s_role_after_a_name_makes_it_a_person(nlp):
    text = ("The Israeli citizen allegedly traded on inside information from Nahum Vaskevitch, head of Merrill Lynch "
            "and Co's London mergers office. Vaskevitch was suspended by Merrill.")
    got = mentions_by_text(nlp, text, MARCH_87)
    assert got["Nahum Vaskevitch"][0].label == "PERSON"
    assert got["Vaskevitch"][0].entity.canonical_name == "Nahum Vaskevitch"


@pytest.mark.parametrize(("text", "surface"), [
    ("STET and Fiat each hold 48 pct of the venture, with the remaining stake held by state merchant bank "
     "Telettra Spa <MDBI.MI>.", "Telettra Spa"),
    ("Sedgwick said its wholly owned Canadian subsidiary Sedgwick Tomenson Inc had acquired BSi Incorp for a "
     "maximum eight mln Canadian dlrs.", "BSi Incorp"),
])
def test_spa_and_incorp_are_legal_forms(nlp, text, surface):
    assert labels(nlp, text, surface) == ["ORG"]


def test_the_saudi_press_agency_is_no_legal_form(nlp):
    text = "King Fahd told the Saudi Press Agency SPA that the kingdom would defend prices."
    got = mentions_by_text(nlp, text, MARCH_87)
    assert not any(m.text.endswith(" SPA") and m.text != "Saudi Press Agency SPA" for ms in got.values() for m in ms)


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Production at the Sullivan mine at Kimberley, British Columbia, was 2.2 mln long tons of ore last year.",
     "Sullivan", "FAC"),
    ("Three eleventh round blocks were awarded in the Haltenbanken exploration tract off central Norway.",
     "Haltenbanken", "LOC"),
    ("As previously reported, the Belvidere (Ill.) assembly plant is not scheduled to operate.", "Belvidere", "GPE"),
    ("The company will supply parts to <Nissan Motor Manufacturing Corp USA> in nearby Smyna.", "Smyna", "GPE"),
])
def test_a_feature_or_a_place_cue_makes_a_person_a_place(nlp, text, surface, label):
    assert labels(nlp, text, surface) == [label]


def test_a_mountain_keeps_its_mt(nlp):
    text = "The Renison Goldfields Consolidated Ltd <RGFJ.S> (RGC) Mt Lyell copper mine in Tasmania will stay open."
    got = mentions_by_text(nlp, text, MARCH_87)
    assert got["Mt Lyell"][0].label == "LOC"
    assert "Lyell" not in got


def test_a_place_cue_holds_for_the_whole_story(nlp):
    text = ("Three eleventh round blocks were awarded in the Haltenbanken exploration tract off central Norway. "
            "Statoil was named operator on an area south of Haltenbanken.")
    assert labels(nlp, text, "Haltenbanken") == ["LOC", "LOC"]


@pytest.mark.parametrize(("text", "surface"), [
    ("\"This is a major undertaking and a process that would spread out over next year,\" he said.\n\nFloor traders "
     "at the MidAmerica Commodity Exchange, which merged with the CBT about a year ago, said they were preparing to "
     "vacate their floor at the end of this month.", "Floor"),
    ("Talks to restore quotas collapsed early last month when producers and consumers failed to resolve differences "
     "on how quotas should be allocated.\n\nProducer delegates said there was no sense of urgency among producers "
     "to reopen quota talks with consumers, with most countries now prepared to wait for the ICO's annual September "
     "council session to restart negotiations.", "Producer"),
])
def test_a_common_word_opening_a_sentence_is_no_person(nlp, text, surface):
    assert surface not in mentions_by_text(nlp, text, MARCH_87)


def test_a_company_s_short_name_opening_a_sentence_stays(nlp):
    text = ("Avia Group International Inc was sued by shareholders over the sale of Avia to Reebok International Ltd. "
            "Avia stockholders also seek to receive compensation.")
    got = mentions_by_text(nlp, text, MARCH_87)
    assert "Avia" in got and all(m.label == "ORG" for m in got["Avia"])


def test_a_french_firm_s_et_joins_its_partners(nlp):
    text = ("French industrial gas group <Duffour et Igon> has decided to back the takeover bid. Aga agreed to buy a "
            "20 pct stake in Duffour et Igon.")
    got = mentions_by_text(nlp, text, MARCH_87)
    assert [m.label for m in got["Duffour et Igon"]] == ["ORG", "ORG"]


def test_an_arabic_surname_without_its_article_is_the_person(nlp):
    text = ("CAIRO, June 29 - UAE Oil Minister Mana Said al-Oteiba arrived in Alexandria last night for a visit to "
            "Egypt, the national Middle East News Agency (MENA) said. It said Oteiba, who had just attended the OPEC "
            "ministerial meeting in Vienna, would meet President Hosni Mubarak.")
    got = mentions_by_text(nlp, text, date(1987, 6, 29))
    m = got["Oteiba"][0]
    assert (m.label, m.entity.canonical_name) == ("PERSON", "Mana Said al-Oteiba")


def test_a_known_place_keeps_its_label_whatever_follows(nlp):
    text = "The plant is in Ohio, a state that has lost many manufacturing jobs, the company said."
    assert labels(nlp, text, "Ohio") == ["GPE"]


@pytest.mark.parametrize(
    ("text", "era"),
    # made sentences: no story in the shared corpora dates anything B.C. ("B.C." became an alias of
    # British Columbia in round 13, for "VANCOUVER, B.C.")
    [("The temple was built around 300 B.C. by the Greeks, archaeologists said.", "B.C."),
     ("The city was founded in the fifth century B.C. and later became a Roman town.", "B.C."),
     ("Pompeii was buried by the eruption of Vesuvius in A.D. 79.", "A.D.")],
)
def test_an_era_is_no_place(nlp, text, era):
    assert era not in mentions_by_text(nlp, text, MARCH_87)


def test_british_columbia_after_its_town_stays(nlp):
    text = ("VANCOUVER, B.C., May 31 - Piosec Technology Ltd said it exchanged 4.5 mln common shares for 21 pct of "
            "privately owned <Alliance Semiconductor Corp> of Santa Clara, Calif.")
    got = mentions_by_text(nlp, text, date(1987, 5, 31))
    assert got["B.C."][0].entity.canonical_name == "British Columbia"
