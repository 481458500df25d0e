"""Entities on business and wire copy: sentences from Reuters-21578 style news (ticker markup,
results tables, legal forms, company short forms) and the curated business coverage."""

from __future__ import annotations

import csv
import re

import pytest

from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import GAZETTEER_DIR, KINDS, ROW_LABELS, load


def mentions(nlp, text: str) -> list[Mention]:
    return extract_mentions(nlp(text))


def names(ms: list[Mention]) -> dict[str, str]:
    return {m.text: m.entity.canonical_name for m in ms}


# ---------------------------------------------------------------- wire-copy clean-up


def test_ticker_markup_is_not_part_of_a_company_name(nlp):
    ms = mentions(nlp, "Dome Petroleum Ltd is under pressure from one of its largest creditors, "
                       "<Canadian Imperial Bank of Commerce>, to sell its 42 pct stake in <Encor Energy Corp Ltd>.")
    got = names(ms)
    assert got.get("Canadian Imperial Bank of Commerce") == "Canadian Imperial Bank of Commerce"
    assert got.get("Encor Energy Corp Ltd") == "Encor Energy"
    assert not any("<" in m.text or ">" in m.text for m in ms)


def test_acronym_defined_after_ticker_markup_binds(nlp):
    ms = mentions(nlp, "Khoo is a major shareholder of the <National Bank of Brunei Bhd> (NBB), which closed in "
                       "November after the Brunei authorities alleged 90 pct of its loans had been extended to Khoo-related firms.")
    nbb = [m for m in ms if m.text == "NBB"]
    assert nbb and nbb[0].entity.canonical_name == "National Bank of Brunei"
    assert nbb[0].role == "acronym"


def test_results_table_cells_are_not_names(nlp):
    ms = mentions(nlp, "Oper shr loss 1.99 dlr vs loss 4.88 dlrs Oper net loss 29.1 mln vs 70.8 mln "
                       "Revs 34.8 mln vs 84.8 mln Avg shrs 5,234,000 vs 3,954,000")
    assert not [m for m in ms if m.label in ("PERSON", "ORG", "PRODUCT")]


def test_money_supply_aggregate_is_not_an_organization(nlp):
    ms = mentions(nlp, "U.S. M-1 money supply fell two billion dlrs to a seasonally adjusted 738.9 billion dlrs "
                       "in the March 30 week, the Federal Reserve said.")
    assert not [m for m in ms if "M-1" in m.text]
    us = [m for m in ms if m.text == "U.S."]
    assert us and us[0].entity.canonical_name == "United States" and us[0].label == "GPE"


def test_legal_forms_in_wire_spelling_are_dropped_for_matching(nlp):
    got = names(mentions(nlp, "The issue was managed by Goldman Sachs and Co, with Nippon Kokan KK and "
                              "British Telecommunications Plc among the buyers."))
    assert got.get("Goldman Sachs and Co") == "Goldman Sachs"
    assert got.get("Nippon Kokan KK") == "Nippon Kokan"
    assert got.get("British Telecommunications Plc") == "BT Group"


def test_a_company_is_not_the_town_it_shares_a_name_with(nlp):
    ms = mentions(nlp, "Gillette Co said it will buy back up to seven mln of its common shares.")
    gillette = [m for m in ms if m.text.startswith("Gillette")]
    assert gillette and gillette[0].entity.canonical_name != "Gillette, Wyoming"
    assert gillette[0].entity.country_code is None or gillette[0].label == "ORG"


def test_a_state_beats_a_small_namesake_town(nlp):
    ms = mentions(nlp, "The plan calls for the sale of the assets to a new company that will retain the same "
                       "name, but be incorporated in Delaware.")
    assert names(ms).get("Delaware") == "Delaware"


def test_ap_state_abbreviations_link_to_the_state(nlp):
    got = names(mentions(nlp, "The company will close its plant in Dearborn, Mich., and move the work to "
                              "a plant in Sacramento, Calif., next year."))
    assert got.get("Mich.") == "Michigan"
    assert got.get("Calif.") == "California"
    assert got.get("Dearborn") == "Dearborn, Michigan"


def test_sentence_final_us_without_its_dot_is_the_united_states(nlp):
    gaz = load()
    assert gaz.lookup("U.S")[0][0].canonical_name == "United States"
    assert gaz.lookup("U.K")[0][0].canonical_name == "United Kingdom"


def test_an_unclosed_parenthesis_ends_a_name(nlp):
    ms = mentions(nlp, "Finance ministers of the Group of Seven (G-7) met in Paris on Sunday.")
    g7 = [m for m in ms if "Group of Seven" in m.text]
    assert g7 and g7[0].text == "the Group of Seven" and g7[0].entity.canonical_name == "G7"
    ms = mentions(nlp, "The fund is run by Industrial Equity (Pacific) Ltd, a unit of Equiticorp Tasman Ltd.")
    assert "Industrial Equity (Pacific) Ltd" in [m.text for m in ms]


def test_currency_after_a_country_in_a_table_is_not_a_person(nlp):
    ms = mentions(nlp, "The loan is worth 50 mln H.K. Dlrs and 20 mln U.S. Dlrs, bankers said.")
    assert not [m for m in ms if m.label == "PERSON"]
    assert [m.entity.canonical_name for m in ms if m.text == "U.S."] == ["United States"]


def test_spelled_out_legal_form_in_the_title_links(nlp):
    ms = mentions(nlp, "The Federal Deposit Insurance Corp said it closed the bank on Friday.")
    assert any(m.entity.canonical_name == "Federal Deposit Insurance Corporation" for m in ms)


def test_a_famous_town_abroad_beats_a_us_namesake(nlp):
    ms = mentions(nlp, "Leaders of the seven major industrial democracies will meet in Venice in June.")
    venice = [m for m in ms if m.text == "Venice"]
    assert venice and venice[0].entity.canonical_name == "Venice" and venice[0].entity.country_code == "IT"


# ---------------------------------------------------------------- canonicalization


def test_company_short_form_takes_the_company_whatever_the_model_label(nlp):
    ms = mentions(nlp, "Morrison Knudsen Corp, in its third quarter earnings report released today, said that its "
                       "backlog stood at 3.8 billion dlrs.\n\nMorrison Knudsen said the backlog was 20 pct above a year "
                       "ago.\n\nMorrison said it also took a 70 mln dlrs charge.")
    full = [m for m in ms if m.text == "Morrison Knudsen Corp"][0]
    for short in ("Morrison Knudsen", "Morrison"):
        got = [m for m in ms if m.text == short]
        assert got and all(m.entity == full.entity and m.label == "ORG" for m in got), short


def test_short_form_of_dome_petroleum_after_the_full_name(nlp):
    ms = mentions(nlp, "Dome Petroleum Ltd is under pressure from one of its largest creditors to sell its stake.\n\n"
                       "Dome has pledged its 42.5 mln Encor shares as security for part of its debt, and the bank "
                       "wants Dome to sell the stock to pay down debt, analysts said.")
    dome = [m for m in ms if m.text == "Dome"]
    assert dome and all(m.entity.canonical_name == "Dome Petroleum" and m.label == "ORG" for m in dome)


def test_a_president_named_in_an_administration_stays_a_person(nlp):
    ms = mentions(nlp, "Among the report's options are several already advocated by the Reagan Administration. "
                       "Reagan is expected to act on them next month.")
    reagan = [m for m in ms if m.text == "Reagan"]
    assert reagan and reagan[0].label == "PERSON" and reagan[0].entity.canonical_name == "Ronald Reagan"


def test_dow_after_dow_chemical_is_the_company_and_the_dow_jones_average_is_the_index(nlp):
    ms = mentions(nlp, "Dow Chemical Co said it will raise prices of caustic soda. Dow said the increase "
                       "takes effect on April 1.")
    dow = [m for m in ms if m.text == "Dow"]
    assert dow and dow[0].entity.canonical_name == "Dow Chemical Company"
    ms = mentions(nlp, "The Dow Jones Industrial Average fell 508 points, or 22.6 pct, on Monday.")
    assert any(m.entity.canonical_name == "Dow Jones Industrial Average" for m in ms)


def test_market_indices_are_organizations_not_products(nlp):
    ms = mentions(nlp, "The Nasdaq composite index lost 9.1 percent and the S&P 500 fell 8.8 percent. In London, "
                       "the FTSE 100 closed down 5.3 percent, while Japan's Nikkei 225 average slid 4.1 percent.")
    got = {m.entity.canonical_name: m.label for m in ms}
    for title in ("Nasdaq Composite", "S&P 500", "FTSE 100 Index", "Nikkei 225"):
        assert got.get(title) == "ORG", (title, got)


def test_a_known_company_is_not_the_short_form_of_its_own_unit(nlp):
    ms = mentions(nlp, "Ford Motor Credit Co said it will raise rates. Ford said car sales fell.")
    assert [m.entity.canonical_name for m in ms if m.text == "Ford"] == ["Ford Motor Company"]
    ms = mentions(nlp, "Airbus Helicopters won an order. Airbus said deliveries rose.")
    assert [m.entity.canonical_name for m in ms if m.text == "Airbus"] == ["Airbus"]
    ms = mentions(nlp, "Dow Jones & Co said its profit rose. Dow Jones publishes The Wall Street Journal.")
    assert [m.entity.canonical_name for m in ms if m.text == "Dow Jones & Co"] == ["Dow Jones & Company"]


def test_a_known_acronym_is_not_the_short_form_of_an_unknown_name(nlp):
    ms = mentions(nlp, "Volkswagen AG said the VW Supervisory Board met on Friday. VW said profits rose.")
    vw = [m for m in ms if m.text == "VW"]
    assert vw and all(m.entity.canonical_name == "Volkswagen" for m in vw)


def test_a_party_named_without_its_country_in_a_story_about_the_country(nlp):
    ms = mentions(nlp, "Japanese Prime Minister Yasuhiro Nakasone faces a revolt in his ruling Liberal Democratic "
                       "Party, Tokyo sources said.")
    assert "Liberal Democratic Party (Japan)" in {m.entity.canonical_name for m in ms}


def test_ec_in_1987_copy_is_the_european_community(nlp):
    ms = mentions(nlp, "The country also bought around 30,000 tonnes of EC soft wheat 12 days ago, "
                       "they said. The European Community will decide on the tax next week.")
    got = {m.entity.canonical_name for m in ms if m.text in ("EC", "The European Community")}
    assert got == {"European Economic Community"}


def test_hyphenated_pair_of_places_is_one_mention_per_place(nlp):
    text = "The U.S.-Japan trade dispute deepened as the U.S.-Soviet summit neared.\n\nThe Iran-Iraq war and Soviet-American talks."
    ms = mentions(nlp, text)
    got = [(m.text, m.label, m.entity.canonical_name) for m in ms]
    for part in [("U.S.", "GPE", "United States"), ("Japan", "GPE", "Japan"), ("Soviet", "NORP", "Soviet Union"),
                 ("American", "NORP", "United States"), ("Iran", "GPE", "Iran"), ("Iraq", "GPE", "Iraq")]:
        assert part in got, got
    assert all(text[m.start_char:m.end_char] == m.text for m in ms)
    # a hyphenated name that is itself an entry is kept whole
    assert [m.text for m in mentions(nlp, "Guinea-Bissau held elections.")] == ["Guinea-Bissau"]


def test_opec_spelled_out_in_news_style_is_opec(nlp):
    ms = mentions(nlp, "The Organization of Petroleum Exporting Countries agreed to cut output, OPEC said.")
    assert {m.entity.canonical_name for m in ms} == {"OPEC"}


def test_west_german_is_a_demonym_of_west_germany(nlp):
    ms = mentions(nlp, "West German Economics Minister Martin Bangemann said the mark would stay stable.")
    wg = [m for m in ms if m.text == "West German"]
    assert wg and wg[0].role == "demonym" and wg[0].entity.canonical_name == "West Germany"


# ---------------------------------------------------------------- business coverage


@pytest.mark.parametrize(("sentence", "surface", "title"), [
    ("General Motors Corp and Chrysler Corp asked the Treasury for loans.", "General Motors Corp", "General Motors"),
    ("General Motors Corp and Chrysler Corp asked the Treasury for loans.", "Chrysler Corp", "Chrysler"),
    ("Ford Motor Co said its first quarter sales fell.", "Ford Motor Co", "Ford Motor Company"),
    ("The issue is rated A-1 by Moody's and A by Standard and Poor's.", "Moody's", "Moody's Ratings"),
    ("Standard and Poor's Corp said the merger would not affect the ratings.", "Standard and Poor's Corp", "S&P Global Ratings"),
    ("The Securities and Exchange Commission approved the rule on Tuesday.", "The Securities and Exchange Commission",
     "U.S. Securities and Exchange Commission"),
    ("Shares of Lehman Brothers fell 45 pct on the New York Stock Exchange.", "Lehman Brothers", "Lehman Brothers"),
    ("The United Auto Workers union said it would strike at Ford.", "The United Auto Workers", "United Auto Workers"),
    ("Federal Reserve Board Chairman Alan Greenspan said inflation was under control.", "Alan Greenspan", "Alan Greenspan"),
    ("The FTSE 100 index closed 30 points lower in London.", "The FTSE 100 index", "FTSE 100 Index"),
    ("Canadian Imperial Bank of Commerce lent the money to a unit in Quebec.", "Quebec", "Quebec"),
    ("The FDA approved the drug for sale in the United States.", "FDA", "Food and Drug Administration"),
    ("The Food and Agricultural Organisation said world cereal stocks would rise.", "The Food and Agricultural Organisation",
     "Food and Agriculture Organization"),
    ("Richard Nixon resigned in 1974 and Nixon never returned to office.", "Richard Nixon", "Richard Nixon"),
])
def test_business_news_names_link_to_their_wikipedia_titles(nlp, sentence, surface, title):
    ms = mentions(nlp, sentence)
    hit = [m for m in ms if surface.startswith(m.text) or m.text.startswith(surface) or m.text in surface]
    assert any(m.entity.canonical_name == title for m in hit), [(m.text, m.entity.canonical_name) for m in ms]


def test_curated_rows_are_well_formed():
    with (GAZETTEER_DIR / "curated.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    titles = [r["canonical_name"] for r in rows]
    assert len(titles) == len(set(titles)), "canonical names repeat"
    for r in rows:
        assert r["kind"] in KINDS, r
        assert r["label"] in ROW_LABELS, r
        assert not r["wikidata_qid"] or re.fullmatch(r"Q\d+", r["wikidata_qid"]), r
        assert not r["country_code"] or re.fullmatch(r"[A-Z]{2}", r["country_code"]), r
