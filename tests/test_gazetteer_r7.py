"""Gazetteer coverage for 1987 wire copy (round 7): the companies Reuters-21578 names most
often that have since been renamed or absorbed, 1987 officials, and foreign government bodies.
Sentences are from Reuters-21578 stories outside the hand-labelled links set; each is dated as
the pipeline dates it (the story's <DATE>), and a name must reach today's Wikipedia title."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import GAZETTEER_DIR, KINDS, PLACE_KINDS, ROW_LABELS, load, norm
from tests.test_gazetteer_r9 import CASES as ROUND_9
from tests.test_gazetteer_r11 import CASES as ROUND_11


def mentions(nlp, text: str, day: date) -> list[Mention]:
    return extract_mentions(nlp(text), day)


def _bare(text: str) -> str:
    # the extent ("The ...", a final "Corp.") is the recognizer's business, not the gazetteer's
    return norm(text).rstrip(".")


def linked(ms: list[Mention], surface: str) -> list[str]:
    return [m.entity.canonical_name for m in ms if _bare(m.text) == _bare(surface)]


# ---------------------------------------------------------------- renamed and absorbed companies


RENAMED_COMPANIES = [
    ("COPENHAGEN, March 11 - Danish-based insulin and enzymes producer Novo Industri A/S (NVO.CO) said "
     "pre-tax earnings fell almost 10 pct in 1986 though sales rose by two pct.",
     date(1987, 3, 11), "Novo Industri A/S", "Novo Nordisk"),
    ("ZURICH, March 13 - Schweizerische Aluminium AG <ALUZ.Z>, Alusuisse, plans to reduce share and "
     "participation certificate capital by 50 pct to cover losses in 1986.",
     date(1987, 3, 13), "Schweizerische Aluminium AG", "Alusuisse"),
    ("NASHVILLE, Tenn., April 17 - Hospital Corp of America said its management believes the 47 dlr per "
     "share acquisition offer it received from Charles R. Miller, Richard E. Ragsdale and Richard L. Scott "
     "is not in the best interest of shareholders.",
     date(1987, 4, 17), "Hospital Corp of America", "HCA Healthcare"),
    ("Watanabe has acted as mediator between two rival groups, one of which included C and W, seeking to "
     "compete against <Kokusai Denshin Denwa Co Ltd>, which now monopolizes Japan's overseas telephone business.",
     date(1987, 4, 2), "Kokusai Denshin Denwa Co Ltd", "KDDI"),
    ("NEW YORK, April 1 - Moody's Investors Service Inc said it may downgrade the debt ratings of GAF Corp "
     "because of its 3.1 billion dlr acquisition offer for Borg-Warner Corp.",
     date(1987, 4, 1), "Borg-Warner Corp", "BorgWarner"),
    ("CHICAGO, June 2 - Allegis Corp said it has created a limited partnership to sell selected hotels in "
     "Canada to the public.",
     date(1987, 6, 2), "Allegis Corp", "United Airlines Holdings"),
    ("HOUSTON, March 5 - Hughes Tool Co said its board has appointed a committee to search for a chief "
     "operating officer in the event that it does not complete its merger with Baker International Corp <BKO>.",
     date(1987, 3, 5), "Baker International Corp", "Baker Hughes"),
    ("NASHUA, N.H., March 30 - Centronics Corp said it has named Salomon Inc financial advisor to help it "
     "identify acquisition candidates.",
     date(1987, 3, 30), "Salomon Inc", "Salomon Brothers"),
    ("U.S. West, one of the seven regional companies, argued that the consent decree barred it.",
     date(1987, 3, 9), "U.S. West", "US West"),
    ("A reprsentative of Shell Oil Co, the U.S. arm of Royal Dutch, distributed a statement after the news "
     "conference.", date(1987, 3, 9), "Shell Oil Co", "Shell USA"),
    ("A reprsentative of Shell Oil Co, the U.S. arm of Royal Dutch, distributed a statement after the news "
     "conference.", date(1987, 3, 9), "Royal Dutch", "Shell plc"),
    ("But a U.S. Court of Appeals last July vacated the award, the company said.",
     date(1987, 3, 9), "U.S. Court of Appeals", "United States courts of appeals"),
]


def test_a_company_name_with_and_for_the_ampersand_is_one_name(nlp):
    """"Cable and Wireless Plc" is one company, not "Cable" and "Wireless Plc"."""
    ms = mentions(nlp, "LONDON, March 31 - Cable and Wireless Plc <CAWL.L> said proposals to resolve a dispute would "
                       "give Cable a five pct stake.", date(1987, 3, 31))
    assert linked(ms, "Cable and Wireless Plc") == ["Cable & Wireless plc"]
    assert not linked(ms, "Wireless Plc")


def test_a_company_short_form_follows_its_renamed_full_name(nlp):
    ms = mentions(nlp, "NEW YORK, March 30 - An investor group trying to acquire GenCorp Inc said it would move "
                       "to unseat the board of directors and take other action if GenCorp refuses to discuss a "
                       "2.3 billion dlr takeover bid.", date(1987, 3, 30))
    assert linked(ms, "GenCorp Inc") == ["Aerojet Rocketdyne"]
    assert linked(ms, "GenCorp") == ["Aerojet Rocketdyne"]


def test_a_wall_street_firm_links_to_the_article_of_its_history(nlp):
    ms = mentions(nlp, "\"The market was ripe for some type of pullback,\" said Frank Korth, analyst at Shearson Lehman "
                       "Brothers.", date(1987, 3, 30))
    assert linked(ms, "Shearson Lehman Brothers") == ["Shearson"]


def test_an_acronym_that_named_a_company_in_1987_is_read_by_the_story_s_year(nlp):
    """"CPC" was CPC International (Bestfoods since 1998) in 1987 copy; the same letters are the
    Chinese Communist Party in today's news."""
    ms = mentions(nlp, "NEW YORK, March 24 - CPC International Inc said it reached an agreement in principle to sell "
                       "its European corn wet milling business. CPC said it expects no material gain or loss this "
                       "year.", date(1987, 3, 24))
    assert linked(ms, "CPC International Inc") == ["Bestfoods"]
    assert linked(ms, "CPC") == ["Bestfoods"]
    # a 1987 story that never writes the company's name leaves the acronym unlinked, not the party
    assert linked(mentions(nlp, "In 1986 CPC earned 2.30 dlrs per share.", date(1987, 4, 1)), "CPC") != [
        "Chinese Communist Party"]
    assert linked(mentions(nlp, "CPC said on Tuesday it would tighten discipline.", date(2015, 3, 1)), "CPC") == [
        "Chinese Communist Party"]


# ---------------------------------------------------------------- 1987 officials


def test_budget_director_and_his_surname_link_to_the_official(nlp):
    ms = mentions(nlp, "WASHINGTON, March 26 - White House Budget Director James Miller said a budget plan drafted "
                       "by Senate Budget Chairman Lawton Chiles (D-Fla.) was \"seriously deficient.\" In a statement, "
                       "Miller called the senator's proposal deficient.", date(1987, 3, 26))
    assert linked(ms, "James Miller") == ["James C. Miller III"]
    assert linked(ms, "Miller") == ["James C. Miller III"]
    assert linked(ms, "Lawton Chiles") == ["Lawton Chiles"]


def test_a_common_name_links_only_with_the_office_written_before_it(nlp):
    ms = mentions(nlp, "OTTAWA, March 5 - Finance Minister Michael Wilson said large inflows of capital into "
                       "Canada, principally into the country's bond market, is a major reason behind the sharp "
                       "recovery in the Canadian dollar.", date(1987, 3, 5))
    assert linked(ms, "Michael Wilson") == ["Michael Wilson (Canadian politician)"]
    # the alias is the title and name together: the name alone is not that minister
    assert "Michael Wilson" not in load().exact


MINISTERS = [
    ("Finance Minister Dilson Funaro told reporters all short range credit lines were renewed, \"without exception.\"",
     date(1987, 4, 1), "Dilson Funaro", "Dílson Funaro"),
    ("HOUSTON, April 27 - The Reagan Administration is considering tax incentives to boost oil output and restore "
     "100,000 jobs, U.S. Energy Secretary John Herrington said.",
     date(1987, 4, 27), "John Herrington", "John S. Herrington"),
]


# ---------------------------------------------------------------- government bodies


BODIES = [
    ("\"I think the predominant feeling ... Is of being scared this conflict will escalate,\" a top West German "
     "Foreign Ministry official, Helmut Schaefer, told reporters in Bahrain after a tour of three Gulf states.",
     date(1987, 10, 20), "West German Foreign Ministry", "Federal Foreign Office"),
    ("BONN, March 26 - The West German Finance Ministry said the cabinet will discuss a bill on Wednesday to "
     "increase tax cuts by an extra 5.2 billion marks next year to a total of 13.7 billion marks.",
     date(1987, 3, 26), "The West German Finance Ministry", "Federal Ministry of Finance (Germany)"),
    ("The Post and Telecommunications Ministry has said it wants only one competitor to KDD and has backed "
     "Watanabe's efforts.",
     date(1987, 4, 2), "The Post and Telecommunications Ministry", "Ministry of Posts and Telecommunications"),
    ("TOKYO, March 20 - Japanese Agriculture Ministry officials said a study of agriculture subsidies by the "
     "Organisation for Economic Cooperation and Development, OECD, is still under way and will be completed "
     "sometime next month.",
     date(1987, 3, 20), "Japanese Agriculture Ministry", "Ministry of Agriculture, Forestry and Fisheries (Japan)"),
    ("TOKYO, March 20 - Japanese Agriculture Ministry officials said a study of agriculture subsidies by the "
     "Organisation for Economic Cooperation and Development, OECD, is still under way and will be completed "
     "sometime next month.",
     date(1987, 3, 20), "the Organisation for Economic Cooperation and Development", "OECD"),
]


BARE_BODIES = [
    ("TOKYO, March 13 - A Foreign Ministry official dismissed arguments made by senior U.S. Government officials "
     "seeking to block the sale of a U.S. Microchip maker to a Japanese firm.",
     date(1987, 3, 13), "Foreign Ministry", "Ministry of Foreign Affairs (Japan)"),
    ("WIESBADEN, March 26 - The Federal Statistics Office will today publish trade and current account figures "
     "for February, a spokeswoman said in reply to queries. In January the West German current account surplus "
     "provisionally narrowed to 4.9 billion marks from 8.5 billion in December.",
     date(1987, 3, 26), "The Federal Statistics Office", "Federal Statistical Office of Germany"),
    ("LISBON, March 13 - Portugal's consumer prices rose one pct last month after a 1.2 pct increase in January and a "
     "1.3 pct rise in February 1986, the National Statistics Institute said.",
     date(1987, 3, 13), "the National Statistics Institute", "Statistics Portugal"),
    ("Malaysia's 1987 current account is expected to be in the black with the Central Bank projecting a 500 mln "
     "ringgit surplus compared with last year's 1.2 billion ringgit deficit.",
     date(1987, 10, 19), "the Central Bank", "Bank Negara Malaysia"),
]


def test_the_japanese_parliament_links_by_its_own_name_only(nlp):
    ms = mentions(nlp, "However, Miyazawa failed to outline the size of the Japanese economic package in his meeting with "
                       "Baker today because the Japanese 1987/88 budget has not been authorized by the Diet, or "
                       "parliament, despite the new fiscal year which started April one, the officials said.",
                  date(1987, 4, 7))
    assert linked(ms, "the Diet") == ["National Diet"]
    # "Parliament" alone is left to the story's own country: a London story about Japanese firms
    # ("... the strength of feeling inside Parliament") is not about the Diet
    assert not [h for h, _ in load().lookup("Japanese Parliament")]


WIRE_NAMES = [*RENAMED_COMPANIES, *MINISTERS, *BODIES, *BARE_BODIES, *ROUND_9, *ROUND_11]


@pytest.mark.parametrize(("text", "day", "surface", "title"), WIRE_NAMES, ids=[c[2] for c in WIRE_NAMES])
def test_a_1987_wire_name_links_to_its_article(nlp, text, day, surface, title):
    """Renamed companies reach the article their history lives in now; ministers, bodies and bare
    institution names ("the Foreign Ministry" in a Tokyo story) reach theirs. Rounds 9 and 11 went
    down the same frequency band; their tables live beside their other tests."""
    got = linked(mentions(nlp, text, day), surface)
    assert got and set(got) == {title}, got


# ---------------------------------------------------------------- the data


def _curated() -> list[dict[str, str]]:
    with (GAZETTEER_DIR / "curated.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_curated_row_is_well_formed():
    bad = []
    for r in _curated():
        name = r["canonical_name"]
        problems = [
            name != name.strip() or not name,
            r["label"] not in ROW_LABELS,
            r["kind"] not in KINDS,
            bool(r["wikidata_qid"]) and not re.fullmatch(r"Q[1-9]\d*", r["wikidata_qid"]),
            bool(r["country_code"]) and not re.fullmatch(r"[A-Z]{2}", r["country_code"]),
            bool(r["latitude"]) != bool(r["longitude"]),
            bool(r["latitude"]) and not (-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180),
            any(a != a.strip() or not a for a in r["aliases"].split("|")) if r["aliases"] else False,
            any(a != a.strip() or not a for a in r["metonyms"].split("|")) if r["metonyms"] else False,
            any(v and not re.fullmatch(r"\d{4}", v) for v in (r["valid_from"], r["valid_to"])),
            bool(r["valid_from"] and r["valid_to"]) and int(r["valid_from"]) > int(r["valid_to"]),
            r["kind"] == "person" and r["label"] != "PERSON",
        ]
        if any(problems):
            bad.append(name)
    assert not bad


def test_a_new_alias_does_not_take_a_name_from_a_place():
    """The round-7 company aliases are not the names of countries, states or cities the
    gazetteer already knows, so a dateline or a town never becomes a company."""
    gaz = load()
    for alias in ("GenCorp", "TransCanada", "Allegis", "Teck", "Olin", "Varity", "Dixons", "Hughes Tool"):
        hits = gaz.lookup(alias)
        assert hits and hits[0][0].kind not in PLACE_KINDS, alias
