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
from tests.helpers import mentions_by_text

REUTERS = date(1987, 3, 5)


def linked(nlp, text: str, dct: date | None = REUTERS) -> dict[str, list[Mention]]:
    return mentions_by_text(nlp, text, dct)


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


# --- wire datelines: the model's date runs across the dash; an upper-case place left untagged

@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("NEW YORK, March 2 - Standard and Poor's Corp said it upgraded 500 mln dlrs of debt of Navistar "
     "International Corp and its unit Navistar Financial Corp.", "Standard and Poor's Corp", "S&P Global Ratings"),
    ("TOKYO, March 2 - Japan and the U.S. have agreed to hold talks on semiconductors.", "Japan", "Japan"),
    ("LONDON, March 3 - Britain's gold and currency reserves showed an underlying rise of 287 mln dlrs in "
     "February, the Treasury said.", "Britain", "United Kingdom"),
])
def test_a_name_after_the_dateline_dash_is_not_part_of_the_date(nlp, text, surface, entity):
    got = linked(nlp, text, date(1987, 3, 2))
    assert [m.entity.canonical_name for m in got[surface]] == [entity]


def test_a_company_after_the_dateline_dash_is_one_organization(nlp):
    text = ("HONOLULU, March 18 - Pacific Resources Inc said it signed a definitive agreement to buy "
            "marketing assets in Hawaii.")
    got = linked(nlp, text)
    assert got["Pacific Resources Inc"][0].label == "ORG" and "Pacific" not in got


@pytest.mark.parametrize(("text", "surface", "entity"), [
    # an upper-case dateline place the model left untagged
    ("BOCA RATON, Fla., March 22 - The Futures Industry Association opened its annual meeting.", "BOCA RATON",
     "Boca Raton, Florida"),
    ("COPENHAGEN, April 24 - The Danish central bank cut its discount rate by half a point.", "COPENHAGEN", "Copenhagen"),
    # the state of a member of Congress's party-state tag
    ("Sen. David Boren, D-Okla., chairman of the Senate intelligence committee, said he would hold hearings.",
     "Okla.", "Oklahoma"),
    ("Sen. John Heinz, R-Pa, urged the Administration to take steps to reduce volatility.", "Pa", "Pennsylvania"),
])
def test_wire_place_forms_the_model_misses_are_linked_places(nlp, text, surface, entity):
    got = linked(nlp, text)
    assert got[surface][0].entity.canonical_name == entity and got[surface][0].label == "GPE"


def test_a_dateline_that_is_not_a_known_place_adds_nothing(nlp):
    text = "SHR LOSS 14 CTS, March 5 - The company reported a loss."
    assert not [m for m in extract_mentions(nlp(text), REUTERS) if m.start_char == 0 and m.label == "GPE"]


# --- wire spellings: "and" for "&", ratings, tickers, party-state tags

@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("The Handelsblatt newspaper today quoted AT and T chairman James Olson as saying the bid stands.", "AT and T",
     "AT&T Corporation"),
    ("S and P cited further erosion in the firm's flexibility due to a restrictive bank loan agreement.", "S and P",
     "S&P Global Ratings"),
])
def test_an_ampersand_spelled_and_links(nlp, text, surface, entity):
    assert names(nlp, text, surface) == [entity]


def test_att_is_the_old_company_before_2005_and_att_inc_after(nlp):
    assert names(nlp, "AT&T said it would cut 27,000 jobs.", "AT&T", date(1987, 3, 1)) == ["AT&T Corporation"]
    assert names(nlp, "AT&T said it would buy T-Mobile USA.", "AT&T", date(2011, 3, 20)) == ["AT&T"]


@pytest.mark.parametrize("text", [
    "Standard and Poor's said it downgraded Allegheny International Inc's senior debt to CCC from B-minus and "
    "subordinated debt to CCC-minus from CCC-plus. The preferred stock was affirmed at C.",
    "Moody's lowered ANR Pipeline Co's first mortgage bonds to BB-plus from BBB.",
])
def test_rating_symbols_are_not_organizations(nlp, text):
    got = [m.text for m in extract_mentions(nlp(text), REUTERS)]
    assert not [t for t in got if t.rstrip(".") in {"CCC", "C", "BBB", "BB-plus", "CCC-minus", "CCC-plus"}]


def test_the_commodity_credit_corporation_stays(nlp):
    text = "The CCC said it accepted bids for export bonuses to cover sales of 15,000 tonnes of wheat to Yemen."
    assert names(nlp, text, "CCC") == ["Commodity Credit Corporation"]


def test_ticker_symbols_are_not_mentions(nlp):
    text = ("The Supreme Court declined to hear an appeal by U.S. West Inc <USW>. Two firms have "
            "McDonnell Douglas Corp <MD> as a major shareholder.")
    got = {m.text for m in extract_mentions(nlp(text), REUTERS)}
    assert "USW" not in got and "MD" not in got and "McDonnell Douglas Corp" in got


# --- people and institutions

def test_a_formal_given_name_finds_the_person_known_by_the_short_one(nlp):
    text = "He congratulated House Speaker James Wright for proposing tax increases to help cut the budget deficit."
    assert names(nlp, text, "James Wright") == ["Jim Wright"]


def test_an_institution_named_after_a_person_is_an_organization(nlp):
    text = ("He spoke before a luncheon of Southern Methodist University's Edwin L. Cox School of Business.")
    got = linked(nlp, text)
    assert got["Edwin L. Cox School of Business"][0].label == "ORG"


def test_a_body_named_in_quotes_is_an_organization(nlp):
    text = 'The accord followed a multilateral rescheduling pact agreed by "Paris Club" creditor nations.'
    got = linked(nlp, text)
    assert got["Paris Club"][0].label == "ORG" and got["Paris Club"][0].entity.canonical_name == "Paris Club"


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Proposed tax rises would be brought to the floor only if House Democratic leaders in Washington felt "
     "there was Republican support from President Reagan.", "House", "United States House of Representatives"),
    ("The West Virginia Democrat said at a Senate Finance Committee hearing that the bill would pass.",
     "Senate Finance Committee", "United States Senate Committee on Finance"),
    ("It is up to the tax-writing House Ways and Means Committee to decide.", "House Ways and Means Committee",
     "United States House Committee on Ways and Means"),
])
def test_us_congress_bodies_link(nlp, text, surface, entity):
    assert entity in names(nlp, text, surface)


@pytest.mark.parametrize(("city", "title"), [
    ("Phoenix", "Phoenix, Arizona"), ("Nashville", "Nashville, Tennessee"), ("Austin", "Austin, Texas"),
    ("Portland", "Portland, Oregon"),
])
def test_us_cities_wikipedia_titles_with_their_state(city, title):
    assert load().lookup(city)[0][0].canonical_name == title
