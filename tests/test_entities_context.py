"""Names whose referent the period or the story decides: acronyms two bodies share ("ICC",
"ITC", "ADB"), city spellings geonames writes otherwise ("Basra"), and US state abbreviations
written without their dots after a town ("Pensacola, Fla,"). Sentences from Reuters-21578
(1987) unless said otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.build_gazetteer import _spelling_variant
from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import load

REUTERS = date(1987, 3, 5)


def linked(nlp, text: str, dct: date | None = REUTERS) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in extract_mentions(nlp(text), dct):
        out.setdefault(m.text, []).append(m)
    return out


def names(nlp, text: str, surface: str, dct: date | None = REUTERS) -> list[str]:
    return [m.entity.canonical_name for m in linked(nlp, text, dct).get(surface, [])]


# --- "ICC": the Interstate Commerce Commission (1887-1995), the International Criminal Court (2002-)

def test_icc_in_1987_copy_is_the_interstate_commerce_commission(nlp):
    text = ("The ICC had rejected in July, on grounds it would reduce competition, the merger of the "
            "Santa Fe and Southern Pacific Railroads.")
    assert names(nlp, text, "ICC") == ["Interstate Commerce Commission"]


def test_icc_in_recent_copy_is_the_international_criminal_court(nlp):
    text = "The ICC issued an arrest warrant for Sudan's president on charges of war crimes in Darfur."
    assert names(nlp, text, "ICC", date(2009, 3, 4)) == ["International Criminal Court"]


def test_icc_defined_after_a_country_prefix_binds_in_any_period(nlp):
    text = ("Santa Fe Southern Pacific Corp will later today formally ask the U.S. Interstate Commerce "
            "Commission (ICC) to reconsider its earlier rejection of the merger. The ICC had ordered "
            "the holding company to divest one or the other railroad.")
    for dct in (REUTERS, date(2010, 1, 1)):
        assert set(names(nlp, text, "ICC", dct)) == {"Interstate Commerce Commission"}


# --- "ITC" and "ADB": two bodies each, no period tells them apart: only the story decides

def test_an_undefined_ambiguous_acronym_stays_unlinked(nlp):
    itc = names(nlp, "The ITC ruled provisionally last June 18 that the domestic industry was being injured.", "ITC")
    adb = names(nlp, "N'Diaye said the ADB intends to increase its capital by 200 per cent by next June.", "ADB")
    assert itc == ["ITC"] and adb == ["ADB"]
    m = linked(nlp, "The ITC ruled provisionally last June 18 that the domestic industry was being injured.")["ITC"][0]
    assert m.entity.wikidata_qid is None and m.entity.country_code is None


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Brazil's orange juice exports are pending a final ruling by the U.S. International Trade Commission (ITC) "
     "on whether the imports are injuring the domestic orange industry. The ITC ruled provisionally last June 18.",
     "ITC", "United States International Trade Commission"),
    ("The still unresolved legal wrangle surrounding the International Tin Council (ITC), which had buffer stock "
     "losses running into hundreds of millions of sterling, is casting a shadow. The ITC's failure has restricted "
     "negotiators' ability to compromise.", "ITC", "International Tin Council"),
    ("The African Development Bank (ADB) opened a regional office in Rabat which will cover Morocco, Algeria, "
     "Tunisia and Libya. N'Diaye said the ADB intends to increase its capital.", "ADB", "African Development Bank"),
    ("Loans from the Asian Development Bank to Pakistan rose last year, officials said. The ADB approved two "
     "new loans for irrigation.", "ADB", "Asian Development Bank"),
])
def test_an_ambiguous_acronym_the_story_spells_out_links(nlp, text, surface, entity):
    assert set(names(nlp, text, surface)) == {entity}


# --- city spellings: geonames' transliteration is not the English article's

def test_basra_links_to_the_iraqi_city_with_coordinates(nlp):
    text = ("The statement by the Iranian High Command appeared to herald the close of an assault on the "
            "port city of Basra in southern Iraq.")
    m = linked(nlp, text)["Basra"][0]
    assert m.entity.canonical_name == "Basra" and m.entity.country_code == "IQ"
    assert m.entity.latitude == pytest.approx(30.5, abs=0.1)


def test_major_cities_get_their_spelling_variants_from_geonames():
    gaz = load()
    for variant, city in (("Basrah", "Basra"), ("Jedda", "Jeddah"), ("Makkah", "Mecca"), ("Riyad", "Riyadh")):
        assert gaz.lookup(variant)[0][0].canonical_name == city
    # a similar name of another language or place is not a spelling variant
    assert not _spelling_variant("Mila", "Milan") and not _spelling_variant("Linzhou", "Liuzhou")
    assert _spelling_variant("Manilla", "Manila")


# --- US state abbreviations without dots, only after "<town>, "

@pytest.mark.parametrize(("text", "town", "abbr", "town_name", "state"), [
    ("The company said it signed WJTC-TV, Pensacola, Fla, to carry its programs.", "Pensacola", "Fla",
     "Pensacola, Florida", "Florida"),
    ("GM's Lansing, Mich, plant which builds the company's \"N-body\" cars will be idled.", "Lansing", "Mich",
     "Lansing, Michigan", "Michigan"),
    ("Ray Hankes of Fairbury, Ill was elected Vice President.", "Fairbury", "Ill", "Fairbury, Illinois", "Illinois"),
    ("Moody's lowered revenue bonds of Vincennes, Ind, to Baa-3 from B-1.", "Vincennes", "Ind",
     "Vincennes, Indiana", "Indiana"),
    ("Deposits of Farmers State Bank, Hart, Tex., were assumed by Hale County State Bank, Plainview, Tex.",
     "Tex.", "Tex.", "Texas", "Texas"),
])
def test_a_state_abbreviation_after_a_town_is_the_state(nlp, text, town, abbr, town_name, state):
    got = linked(nlp, text)
    assert got[town][0].entity.canonical_name == town_name and got[town][0].label == "GPE"
    assert got[abbr][0].entity.canonical_name == state and got[abbr][0].label == "GPE"


def test_an_abbreviation_tagged_as_a_person_after_a_town_is_the_state(nlp):
    got = linked(nlp, "The company, based in Boise, Ida., said it would buy the plant.")
    assert got["Boise"][0].entity.canonical_name == "Boise, Idaho"
    assert [m.entity.canonical_name for m in got["Ida"]] == ["Idaho"] and got["Ida"][0].label == "GPE"


@pytest.mark.parametrize("text", [
    "Miss Smith said Pa would not go.",
    "Shares of Ind rose, but Ill Inc fell.",
])
def test_the_same_words_elsewhere_are_not_states(nlp, text):
    assert not [m for m in extract_mentions(nlp(text), REUTERS) if m.entity.canonical_name in
                {"Mississippi", "Pennsylvania", "Indiana", "Illinois"}]


def test_a_town_name_starting_with_an_abbreviation_is_not_a_state(nlp):
    text = "The branches are in La Jolla, La Mesa and San Juan Capistrano."
    got = linked(nlp, text)
    assert got["La Jolla"][0].entity.canonical_name == "La Jolla, California"
    assert "Louisiana" not in {m.entity.canonical_name for ms in got.values() for m in ms}
