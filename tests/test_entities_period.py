"""Date-aware linking: a name takes the referent of the document's period ("Bush" is George
H. W. Bush in 1987 Reuters copy, George W. Bush in 2005). Sentences from Reuters-21578 (1987)
and TimeBank (1990, 2000)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import GAZETTEER_DIR, load


def linked(nlp, text: str, dct: date | None, surface: str) -> list[Mention]:
    return [m for m in extract_mentions(nlp(text), dct) if m.text == surface]


DOLE = ("The field of Republican hopefuls, which is currently dominated by Vice-President George Bush "
        "and Senate Minority Leader Robert Dole, neither of whom have announced formally.")


@pytest.mark.parametrize(("dct", "who"), [
    (date(1987, 3, 24), "George H. W. Bush"),
    (date(2005, 3, 24), "George W. Bush"),
])
def test_the_same_name_links_to_the_person_of_the_documents_year(nlp, dct, who):
    ms = linked(nlp, DOLE, dct, "George Bush")
    assert [m.entity.canonical_name for m in ms] == [who]
    assert ms[0].title == "Vice-President"


def test_a_surname_and_a_title_take_the_period_referent(nlp):
    text = ("Iraq's Saddam Hussein called President Bush a liar and said the outbreak of holy war could "
            "bring thousands of Americans home in coffins. Bush, commenting on the two-week gulf crisis "
            "from his vacation home in Maine, said he saw little reason to be optimistic.")
    ms = linked(nlp, text, date(1990, 8, 16), "Bush")
    assert len(ms) == 2 and {m.entity.canonical_name for m in ms} == {"George H. W. Bush"}


def test_without_a_date_the_latest_year_the_text_writes_decides(nlp):
    text = ("Reagan's term ends in January 1989.\n\nIt gives a hollow ring to the words used by Vice "
            "President George Bush just a week ago when he formally entered the White House race.")
    assert [m.entity.canonical_name for m in linked(nlp, text, None, "George Bush")] == ["George H. W. Bush"]
    # no date and no year in the text: today's referent
    text = "It gives a hollow ring to the words used by Vice President George Bush just a week ago."
    assert [m.entity.canonical_name for m in linked(nlp, text, None, "George Bush")] == ["George W. Bush"]


def test_clinton_in_2000_is_the_president(nlp):
    text = "Jeb Bush also asked President Clinton to reverse the INS order."
    assert [m.entity.canonical_name for m in linked(nlp, text, date(2000, 1, 7), "Clinton")] == ["Bill Clinton"]
    assert [m.entity.canonical_name for m in linked(nlp, text, date(2012, 1, 7), "Clinton")] == ["Hillary Clinton"]


@pytest.mark.parametrize(("dct", "state"), [(date(1987, 4, 8), "Soviet Union"), (date(2005, 4, 8), "Russia")])
def test_a_capital_standing_for_its_government_is_the_state_of_its_day(nlp, dct, state):
    text = ("Soviet Deputy Foreign Minister Vladimir Petrovsky said today Moscow felt \"indignation and "
            "regret\" at what he called truly hostile actions.")
    ms = linked(nlp, text, dct, "Moscow")
    assert [(m.entity.canonical_name, m.role) for m in ms] == [(state, "metonym")]


def test_bonn_in_1987_is_west_germany(nlp):
    text = ("Two West German officials, State Secretaries Otto Schlecht and Hans Tietmeyer, told reporters "
            "Bonn saw no need at the moment for action to bolster the EC's growth.")
    ms = linked(nlp, text, date(1987, 3, 9), "Bonn")
    assert [(m.entity.canonical_name, m.role) for m in ms] == [("West Germany", "metonym")]
    # a place, not an agent: the city
    ms = linked(nlp, "The talks will be held in Bonn next week.", date(1987, 3, 9), "Bonn")
    assert [m.entity.canonical_name for m in ms] == ["Bonn"]


def test_the_kremlin_before_1992_is_the_soviet_government(nlp):
    text = "He said the Kremlin planned to produce 235 mln tonnes of grain in 1988 versus a planned 232 mln this year."
    assert [m.entity.canonical_name for m in linked(nlp, text, date(1987, 10, 19), "Kremlin")] == [
        "Government of the Soviet Union"]
    assert [m.entity.canonical_name for m in linked(nlp, text, date(2007, 6, 10), "Kremlin")] == ["Government of Russia"]


def test_ec_is_the_community_before_the_union_and_the_commission_after(nlp):
    text = "The country also bought around 30,000 tonnes of EC soft wheat 12 days ago, they said."
    assert {m.entity.canonical_name for m in linked(nlp, text, date(1987, 3, 2), "EC")} == {"European Economic Community"}
    assert {m.entity.canonical_name for m in linked(nlp, text, date(2004, 3, 2), "EC")} == {"European Commission"}


def test_period_columns_are_years_in_order():
    """Curated rows' valid_from/valid_to are empty or years, from <= to; a name shared by dated
    rows of one label has no row without a period unless that row is the intended default."""
    with (GAZETTEER_DIR / "curated.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lo, hi = r["valid_from"], r["valid_to"]
            for v in (lo, hi):
                assert v == "" or (v.isdigit() and 1800 <= int(v) <= 2100), r["canonical_name"]
            if lo and hi:
                assert int(lo) <= int(hi), r["canonical_name"]
    gaz = load()
    assert [e.canonical_name for e, _ in gaz.lookup("Bush", 1987)][0] == "George H. W. Bush"
    assert [e.canonical_name for e, _ in gaz.lookup("Bush", 2003)][0] == "George W. Bush"
    assert [e.canonical_name for e, _ in gaz.lookup("Yugoslavia", 1999)][0] == "Serbia and Montenegro"
    assert [e.canonical_name for e, _ in gaz.lookup("Yugoslavia")][0] == "Yugoslavia"


@pytest.mark.parametrize(("dct", "who"), [
    (date(1987, 3, 24), "George H. W. Bush"),
    (date(2005, 3, 24), "George W. Bush"),
])
def test_the_pipeline_hands_each_documents_date_to_the_linker(dct, who):
    from tasks.nlp import extract_docs

    facts, _ = extract_docs([("d1", DOLE, dct, None)], "en_core_web_sm")
    rows = [m for m in facts[0].mentions if m["text"] == "George Bush"]
    assert [m["canonical_name"] for m in rows] == [who]
