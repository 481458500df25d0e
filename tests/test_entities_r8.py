"""Linking mechanisms for wire copy (round 8): "Swiss" as a country prefix, national bodies of
any length in the dateline's country, a full name repeated without its title, partnership
names, a company's leading word that is also a place. Sentences in the style of Reuters-21578
(1987) wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import Mention, extract_mentions
from tasks.gazetteer import load

REUTERS = date(1987, 3, 9)


def mentions(nlp, text: str, dct: date | None = REUTERS) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in extract_mentions(nlp(text), dct):
        out.setdefault(m.text, []).append(m)
    return out


def known(name: str) -> str:
    """The gazetteer's canonical name for ``name`` (its rows are another module's business)."""
    return load().lookup(name)[0][0].canonical_name


def test_a_demonym_ending_in_s_prefixes_its_country_bodies(nlp):
    # "Swiss" was dropped as a plural; in a Zurich story "the National Bank" is the Swiss one
    # even though the story names the United States twice
    text = ("ZURICH, March 9 - The National Bank bought dollars in Zurich today as the U.S. currency "
            "fell, dealers said, adding that U.S. officials had asked for support.")
    [m] = mentions(nlp, text)["National Bank"]
    assert m.entity.canonical_name == known("Swiss National Bank")


def test_a_national_body_longer_than_three_words_takes_the_story_country(nlp):
    text = ("WASHINGTON, March 9 - The Senate Committee on Foreign Relations approved the treaty, "
            "which Japan and Britain had already ratified.")
    [m] = mentions(nlp, text)["The Senate Committee on Foreign Relations"]
    assert m.entity.canonical_name == known("United States Senate Committee on Foreign Relations")


def test_a_full_name_repeated_without_its_title_is_the_same_person(nlp):
    text = ("OTTAWA, March 9 - Finance Minister Michael Wilson said the budget would cut the deficit. "
            "Michael Wilson told reporters taxes would rise.")
    first, again = mentions(nlp, text)["Michael Wilson"]
    assert first.entity.canonical_name == known("Michael Wilson (Canadian politician)")
    assert again.entity == first.entity


def test_hyphenated_and_abbreviated_datelines_are_one_place(nlp):
    got = mentions(nlp, "PORT-AU-PRINCE, March 9 - Haiti's government said it would hold elections in November.")
    assert "AU" not in got
    assert got["PORT-AU-PRINCE"][0].entity.canonical_name == known("Port-au-Prince")
    got = mentions(nlp, "ST LOUIS, March 9 - Monsanto Co said it would sell its unit.")
    assert got["ST LOUIS"][0].entity.canonical_name == known("St. Louis")


def test_a_partnership_of_surnames_is_one_firm_and_no_town(nlp):
    text = ("NEW YORK, March 9 - An investor group led by Welsh, Carson, Anderson and Stowe said it "
            "offered 24 dlrs a share for the company.")
    got = mentions(nlp, text)
    [m] = got["Welsh, Carson, Anderson and Stowe"]
    assert m.label == "ORG"
    assert "Carson" not in got and "Anderson" not in got


def test_a_partnership_runs_on_to_its_legal_form(nlp):
    got = mentions(nlp, "NEW YORK, March 9 - Donaldson, Lufkin and Jenrette Securities Corp said it lowered its rating.")
    [m] = got["Donaldson, Lufkin and Jenrette Securities Corp"]
    assert (m.label, m.entity.canonical_name) == ("ORG", known("Donaldson Lufkin and Jenrette"))
    assert "Lufkin" not in got


def test_a_partnership_opening_with_a_known_company_is_that_company(nlp):
    text = ("NEW YORK, March 9 - The company said it sold 100 mln dlrs of notes. "
            "Merrill Lynch, Pierce, Fenner and Smith Inc was the underwriter.")
    [m] = mentions(nlp, text)["Merrill Lynch, Pierce, Fenner and Smith Inc"]
    assert m.entity.canonical_name == known("Merrill Lynch")


def test_a_list_of_places_is_no_partnership(nlp):
    got = mentions(nlp, "WASHINGTON, March 9 - Ohio, Indiana and Michigan reported higher farm incomes.")
    assert got["Indiana"][0].entity.canonical_name == "Indiana"
    assert all(m.label == "GPE" for ms in got.values() for m in ms)


def test_a_company_leading_word_that_is_a_place_stays_the_company(nlp):
    text = ("TORONTO, June 18 - A compromise reached between Gulf Canada Corp and debenture holders at "
            "the annual meeting today will cost the company a couple of million dollars, the chairman "
            "said. After a half-hour discussion, Cohen and Gulf lawyers agreed to compensate them.")
    [m] = mentions(nlp, text)["Gulf"]
    assert m.label == "ORG"
    assert m.entity.canonical_name == mentions(nlp, text)["Gulf Canada Corp"][0].entity.canonical_name


def test_the_sea_after_a_company_named_for_it_stays_the_sea(nlp):
    text = ("LONDON, March 9 - Gulf Canada Ltd said it would ship crude oil from the Gulf next month.")
    got = mentions(nlp, text)
    assert got["Gulf"][0].entity.canonical_name == known("Persian Gulf")


def test_a_list_of_known_companies_is_no_partnership(nlp):
    text = ("NEW YORK, March 9 - Posted prices were raised by Mobil, Exxon, Texaco and Chevron, "
            "oil industry sources said.")
    got = mentions(nlp, text)
    assert "Mobil, Exxon, Texaco and Chevron" not in got
    assert got["Texaco"][0].entity.canonical_name == known("Texaco")


def test_a_city_after_an_exchange_named_for_it_stays_the_city(nlp):
    # only a company written with its legal form lends its name to a bare place word
    text = ("CHICAGO, March 9 - The Chicago Board of Trade said it would extend trading hours. "
            "Traders in Chicago said volume was light.")
    got = mentions(nlp, text)
    assert got["Chicago"][0].entity.canonical_name == known("Chicago")


def test_a_saint_town_written_st_takes_its_wikipedia_title(nlp):
    got = mentions(nlp, "ST. PAUL, Minn., March 9 - Minnesota Mining and Manufacturing Co said it raised prices.")
    assert got["ST. PAUL"][0].entity.canonical_name == "Saint Paul, Minnesota"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("TORONTO, March 9 - John Labatt Ltd said it would buy the brewer.", "John Labatt Ltd", "Labatt Brewing Company"),
    ("BONN, March 9 - The Bundespost said telephone charges would fall.", "Bundespost", "Deutsche Bundespost"),
    ("NEW YORK, March 9 - Home Box Office said it would raise its fees.", "Home Box Office", "HBO"),
    ("NEW YORK, March 9 - Accu-Weather said West Texas was dry.", "Accu-Weather", "AccuWeather"),
    ("LONDON, March 9 - Plessey Co Plc said its profits rose.", "Plessey Co Plc", "Plessey"),
])
def test_round_8_wire_copy_names_link(nlp, text: str, name: str, title: str):
    assert mentions(nlp, text)[name][0].entity.canonical_name == title


def test_round_8_companies_and_officials_of_1987_link(nlp):
    text = ("NEW YORK, March 9 - U.S. Attorney Rudolph Giuliani said Loral Corp and American Stores Co "
            "were not involved. The Export Credits Guarantee Department said British Sugar Plc had cover.")
    got = mentions(nlp, text)
    assert got["Rudolph Giuliani"][0].entity.canonical_name == "Rudy Giuliani"
    assert got["Loral Corp"][0].entity.canonical_name == "Loral Corporation"
    [ecgd] = [ms[0] for name, ms in got.items() if name.endswith("Export Credits Guarantee Department")]
    assert ecgd.entity.canonical_name == "UK Export Finance"
