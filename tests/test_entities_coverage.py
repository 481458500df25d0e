"""Round-5 gazetteer coverage for 1985-2020 news (companies and their former names, exchanges,
indices, central banks, regulators, executives and leaders) and two linking guards: a given
name used for a person never becomes a place or a company, and a company the model tags as a
person does not spread through the given-name rule. Sentences from Reuters-21578 (1987) and
news copy of the period."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import GAZETTEER_DIR, load

WIRE = date(1987, 4, 1)


def mentions(nlp, text: str, dct: date | None = WIRE) -> list[Mention]:
    return extract_mentions(nlp(text), dct)


def linked(ms: list[Mention], surface: str) -> list[str]:
    return [m.entity.canonical_name for m in ms if m.text == surface]


# ---------------------------------------------------------------- companies of the period


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("This hasn't been Kellogg Co.'s year. The oat-bran craze has cost the world's largest cereal maker market share.",
     "Kellogg Co.'s", "Kellogg's"),
    ("It said that despite flat revenues, ATT's interexchange business and strong cash flow should sustain it.",
     "ATT", "AT&T Corporation"),  # the 1885-2005 company; "AT&T" is SBC's AT&T Inc.
    ("SAS signed a letter of intent for the MD-11s last December, but said it would wait for the government's decision.",
     "SAS", "Scandinavian Airlines"),
    ("Prices have kept to a narrow range since Opec agreed to curb output in December.", "Opec", "OPEC"),
    ("At a news conference, Mr. Fournier accused Paribas of planning to pay for the takeover by selling assets.",
     "Paribas", "Paribas"),
    ("Credit Lyonnais said it would lead a 200 mln dlr loan for the French utility.", "Credit Lyonnais", "Crédit Lyonnais"),
    ("Dayton Hudson Corp said retail sales for the five weeks ended April Four were 1.05 billion dlrs.",
     "Dayton Hudson Corp", "Target Corporation"),
    ("Union Bank of Switzerland will act as dealer for the program.", "Union Bank of Switzerland", "UBS"),
    ("The bond is available in denominations of 5,000 dlrs, lead manager Morgan Guaranty Ltd said.",
     "Morgan Guaranty Ltd", "J.P. Morgan & Co."),
])
def test_wire_copy_names_link_to_their_period_company(nlp, text, surface, canonical):
    assert canonical in linked(mentions(nlp, text), surface)


def test_company_short_form_after_its_full_name(nlp):
    text = ("Bethlehem Steel Corp said it will report a loss for the quarter. Bethlehem, the nation's second "
            "largest steelmaker, earned 46.9 mln dlrs a year ago.")
    assert set(linked(mentions(nlp, text), "Bethlehem")) == {"Bethlehem Steel"}


@pytest.mark.parametrize(("dct", "canonical"), [
    (date(1987, 3, 5), "Lockheed Corporation"),
    (date(2005, 3, 5), "Lockheed Martin"),
])
def test_lockheed_is_the_company_of_the_period(nlp, dct, canonical):
    text = "Lockheed said the contract will continue into 1993 when assembly of the last aircraft is completed."
    assert linked(mentions(nlp, text, dct), "Lockheed") == [canonical]


def test_raytheon_before_and_after_the_2020_merger(nlp):
    text = "Raytheon said it won a 300 mln dlr contract for Patriot missiles."
    assert linked(mentions(nlp, text, date(1991, 2, 1)), "Raytheon") == ["Raytheon Company"]
    assert linked(mentions(nlp, text, date(2021, 2, 1)), "Raytheon") == ["RTX Corporation"]


# ---------------------------------------------------------------- markets, central banks, regulators


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("The London International Financial Futures Exchange (LIFFE) said volume rose 40 pct in March.",
     "LIFFE", "London International Financial Futures and Options Exchange"),
    ("The Riksbank raised its key lending rate by half a point on Thursday.", "Riksbank", "Sveriges Riksbank"),
    ("The Bank of Spain provided 1,145 billion pesetas in assistance funds.", "The Bank of Spain", "Bank of Spain"),
    ("The Euro Stoxx 50 index of euro zone blue chips fell 1.2 percent.", "Euro Stoxx 50", "Euro Stoxx 50"),
    ("Tokyo's broader TOPIX index ended 0.8 percent lower.", "TOPIX", "TOPIX"),
    ("The Bundeskartellamt said it would examine the merger.", "Bundeskartellamt", "Federal Cartel Office"),
    ("Deutsche Boerse said trading volume on its electronic platform rose.", "Deutsche Boerse", "Deutsche Börse"),
])
def test_markets_and_regulators(nlp, text, surface, canonical):
    assert canonical in linked(mentions(nlp, text, None), surface)


# ---------------------------------------------------------------- people of the period


def test_official_and_his_surname(nlp):
    text = ("Agriculture Secretary Richard Lyng said the U.S. would not accept the proposal. "
            "\"It would be my thought that they have not lived up to the agreement,\" Lyng said.")
    ms = mentions(nlp, text)
    assert linked(ms, "Richard Lyng") == ["Richard Lyng"]
    assert linked(ms, "Lyng") == ["Richard Lyng"]


def test_bank_of_japan_governor(nlp):
    text = ("Bank of Japan Governor Satoshi Sumita said the central bank would intervene. "
            "\"We will act as necessary,\" Sumita said.")
    ms = mentions(nlp, text)
    assert linked(ms, "Sumita") == ["Satoshi Sumita"]


# ---------------------------------------------------------------- acronyms the text spells out


def test_acronym_spelled_by_an_earlier_name_beats_the_gazetteer(nlp):
    text = ("French farmers protested against taxes designed to smooth out currency differences known as "
            "Monetary Compensatory Amounts, MCA's, however, are unlikely to end.")
    assert linked(mentions(nlp, text), "MCA") == ["Monetary Compensatory Amounts"]


def test_gazetteer_acronym_still_links_without_a_spelled_name(nlp):
    text = "Cineplex also said that MCA Inc, which holds a 50 pct stake in the company, will buy one mln shares."
    assert linked(mentions(nlp, text), "MCA Inc") == ["MCA Inc."]


# ---------------------------------------------------------------- given names used for people


def test_given_name_of_a_son_is_not_a_town(nlp):
    text = "Texas Governor George W. Bush campaigned in Iowa. Bush's son, George, said he would help."
    ms = mentions(nlp, text, date(1999, 6, 1))
    george = [m for m in ms if m.text == "George"]
    assert george and george[0].label == "PERSON"
    assert george[0].entity.country_code is None and george[0].entity.canonical_name == "George"


def test_given_name_of_a_relative_is_not_the_person_named(nlp):
    text = "Former President George Bush spoke on Monday. Bush's son George is running for president."
    ms = mentions(nlp, text, date(1999, 6, 1))
    assert linked(ms, "George") == ["George"]


def test_relative_with_a_given_name_still_links_to_the_named_child(nlp):
    text = ("Juan Miguel Gonzalez wants Elian Gonzalez back in Cuba. Juan Miguel's son Elian was rescued "
            "off the coast of Florida.")
    assert linked(mentions(nlp, text, date(2000, 1, 6)), "Elian") == ["Elián González"]


def test_wife_named_like_a_city_is_a_person(nlp):
    ms = mentions(nlp, "His wife, Florence, died in 1990.", None)
    florence = [m for m in ms if m.text == "Florence"]
    assert florence and florence[0].label == "PERSON" and florence[0].entity.latitude is None


# ---------------------------------------------------------------- companies the model tags as people


def test_company_with_a_legal_form_is_not_a_person(nlp):
    text = ("Williams Holdings said it would bid for Norcros Plc. Norcros shares firmed to 410p. "
            "There was no response from Norcros.")
    ms = mentions(nlp, text)
    assert {m.label for m in ms if m.text.startswith("Norcros")} == {"ORG"}
    assert len({m.entity.entity_id for m in ms if m.text.startswith("Norcros")}) == 1


def test_bank_holding_company_tagged_as_a_person_is_one_company(nlp):
    text = ("LOS ANGELES, Oct 19 - Security Pacific Corp said growth in its third-quarter earnings was slowed by the "
            "purchase of Rainier Bancorp. Security Pacific completed its acquisition of Rainier on August 31.")
    ms = [m for m in mentions(nlp, text) if m.text.startswith("Rainier")]
    assert len(ms) == 2 and {m.label for m in ms} == {"ORG"}
    assert len({m.entity.entity_id for m in ms}) == 1


# ---------------------------------------------------------------- one sense per story


def test_town_named_with_its_state_keeps_that_sense(nlp):
    text = ("Amoco Corp said it will expand its carpet yarn plant in Andalusia, Ala. The expansion will bring "
            "Amoco's total face yarn capacity to nearly 140 mln pounds a year, with Andalusia capacity at 85 mln pounds.")
    ms = [m for m in mentions(nlp, text) if m.text == "Andalusia"]
    assert len(ms) == 2 and {m.entity.canonical_name for m in ms} == {"Andalusia, Alabama"}


def test_region_without_a_state_is_the_region(nlp):
    ms = mentions(nlp, "Farmers in Andalusia and Catalonia said the drought had cut the olive harvest.", None)
    assert linked(ms, "Andalusia") == ["Andalusia"] and linked(ms, "Catalonia") == ["Catalonia"]


# ---------------------------------------------------------------- the data


def test_curated_rows_are_unique_and_resolvable():
    with (GAZETTEER_DIR / "curated.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = [r["canonical_name"] for r in rows]
    assert len(names) == len(set(names))
    assert len(rows) > 2000
    gaz = load()
    for name in ("Digital Equipment Corporation", "Swiss Market Index", "Hong Kong Monetary Authority",
                 "Louis V. Gerstner Jr.", "Dallas/Fort Worth International Airport"):
        assert gaz.lookup(name), name
