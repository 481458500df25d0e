"""Linking mechanisms for wire copy (round 8): "Swiss" as a country prefix, national bodies of
any length in the dateline's country, a full name repeated without its title, partnership
names, a company's leading word that is also a place. Sentences are from Reuters-21578 stories
outside the hand-labelled links set, dated as the pipeline dates them, except where a test says
the corpus holds no example."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import Mention
from tests.helpers import known, mentions_by_text

REUTERS = date(1987, 3, 9)


def mentions(nlp, text: str, dct: date | None = REUTERS) -> dict[str, list[Mention]]:
    return mentions_by_text(nlp, text, dct)


@pytest.mark.parametrize(("text", "day", "surface", "body"), [
    # "Swiss" was dropped as a plural; in a Zurich story "the National Bank" is the Swiss one
    ("ZURICH, March 3 - The Swiss Federal Government's new series of six-month money market certificates "
     "raised 177.5 mln Swiss francs at an issue price of 98.401 pct to give an average annual yield of "
     "3.286 pct, the National Bank said.", date(1987, 3, 3), "the National Bank", "Swiss National Bank"),
    # bodies longer than three words used to be skipped
    ("OSLO, March 13 - Norway's wholesale price index (base 1981) rose 0.5 pct in February to 136.0 after "
     "a 1.7 pct rise in January to 135.0, the Central Bureau of Statistics said.",
     date(1987, 3, 13), "the Central Bureau of Statistics", "Statistics Norway"),
    ("AMSTERDAM, March 11 - Dutch imports of Japanese cars rose 41.8 pct last year to 143,880 units, "
     "compared with a 37.4 pct rise in imports from other EC countries to 437,500 units, the association "
     "said, quoting unpublished Central Bureau of Statistics figures.",
     date(1987, 3, 11), "Central Bureau of Statistics", "Statistics Netherlands"),
])
def test_a_bare_national_body_is_that_of_the_story_s_country(nlp, text, day, surface, body):
    [m] = mentions(nlp, text, day)[surface]
    assert m.entity.canonical_name == known(body)


def test_a_full_name_repeated_without_its_title_is_the_same_person(nlp):
    # a made sentence: no Reuters-21578 story repeats a titled full name
    text = ("OTTAWA, March 9 - Finance Minister Michael Wilson said the budget would cut the deficit. "
            "Michael Wilson told reporters taxes would rise.")
    first, again = mentions(nlp, text)["Michael Wilson"]
    assert first.entity.canonical_name == known("Michael Wilson (Canadian politician)")
    assert again.entity == first.entity


def test_hyphenated_and_abbreviated_datelines_are_one_place(nlp):
    got = mentions(nlp, "PORT-AU-PRINCE, March 13 - Haiti's agriculture minister yesterday announced his department "
                        "will permit the importation of 730 black Creole pigs, which had been banned from the island "
                        "nation since 1983.")
    assert "AU" not in got
    assert got["PORT-AU-PRINCE"][0].entity.canonical_name == known("Port-au-Prince")
    got = mentions(nlp, "ST LOUIS, Feb 26 - Gulf barge freight rates firmed again on the outlook for steady vessel "
                        "loadings at the Gulf, increasing the demand for barges to supply those ships, dealers said.")
    assert got["ST LOUIS"][0].entity.canonical_name == known("St. Louis")


def test_a_partnership_runs_on_to_its_legal_form(nlp):
    got = mentions(nlp, "NEW YORK, March 9 - Donaldson, Lufkin and Jenrette Securities Corp said it lowered its rating.")
    [m] = got["Donaldson, Lufkin and Jenrette Securities Corp"]
    assert (m.label, m.entity.canonical_name) == ("ORG", known("Donaldson Lufkin and Jenrette"))
    assert "Lufkin" not in got


def test_a_partnership_opening_with_a_known_company_is_that_company(nlp):
    text = ("\"I'd put it off as long as they conceivably could,\" said Lawrence Cohn, analyst with Merrill Lynch, "
            "Pierce, Fenner and Smith.")
    [m] = mentions(nlp, text, date(1987, 2, 26))["Merrill Lynch, Pierce, Fenner and Smith"]
    assert m.entity.canonical_name == known("Merrill Lynch")


def test_a_list_of_places_is_no_partnership(nlp):
    got = mentions(nlp, "USDA personnel in the corn belt states of Iowa, Illinois, and Indiana have been reporting "
                        "heavy signup activity, an ASCS official told Reuters.", date(1987, 3, 24))
    assert [(got[s][0].label, got[s][0].entity.canonical_name) for s in ("Iowa", "Illinois", "Indiana")] == [
        ("GPE", "Iowa"), ("GPE", "Illinois"), ("GPE", "Indiana")]


def test_a_company_leading_word_that_is_a_place_stays_the_company(nlp):
    text = ("TORONTO, June 18 - A compromise reached between Gulf Canada Corp and debenture holders at "
            "the annual meeting today will cost the company a couple of million dollars, the chairman "
            "said. After a half-hour discussion, Cohen and Gulf lawyers agreed to compensate them.")
    [m] = mentions(nlp, text)["Gulf"]
    assert m.label == "ORG"
    assert m.entity.canonical_name == mentions(nlp, text)["Gulf Canada Corp"][0].entity.canonical_name


def test_the_sea_after_a_company_named_for_it_stays_the_sea(nlp):
    # a made sentence: no Reuters-21578 story names Gulf Canada and then the Gulf itself
    text = ("LONDON, March 9 - Gulf Canada Ltd said it would ship crude oil from the Gulf next month.")
    got = mentions(nlp, text)
    assert got["Gulf"][0].entity.canonical_name == known("Persian Gulf")


def test_a_list_of_known_companies_is_no_partnership(nlp):
    text = ("The kingdom's main buyers, the four U.S. Oil firms with past stakes in the national oil company "
            "Aramco -- Mobil, Exxon, Texaco and Chevron -- enjoy considerable flexibility in the timing and volume "
            "of their liftings but are bound to pay official prices, the sources said.")
    got = mentions(nlp, text, date(1987, 3, 12))
    assert "Mobil, Exxon, Texaco and Chevron" not in got
    assert got["Texaco"][0].entity.canonical_name == known("Texaco")


def test_a_city_after_an_exchange_named_for_it_stays_the_city(nlp):
    # only a company written with its legal form lends its name to a bare place word
    text = ("WASHINGTON, March 9 - The heads of the Chicago Board of Trade, CBT, and the Chicago Mercantile "
            "Exchange, CME, are to address a meeting of the Commodity Futures Trading Commission's financial "
            "products advisory committee March 11 in Chicago, CFTC said.")
    got = mentions(nlp, text)
    assert got["Chicago"][0].entity.canonical_name == known("Chicago")


def test_a_saint_town_written_st_takes_its_wikipedia_title(nlp):
    got = mentions(nlp, "ST. PAUL, Minn., March 2 - Qtly dividend 12-1/2 cts vs 12-1/2 cts Pay March 31 Record "
                        "March 16", date(1987, 3, 2))
    assert got["ST. PAUL"][0].entity.canonical_name == "Saint Paul, Minnesota"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("TORONTO, March 13 - John Labatt Ltd said its share of the Canadian beer market is holding at more than "
     "41 pct.", "John Labatt Ltd", "Labatt Brewing Company"),
    ("STOCKHOLM, March 12 - Sweden's Telefon AB L.M. Ericsson said one of its units won a contract worth 7.5 mln "
     "dlrs from the West German PTT, taking the value of orders signed with the Bundespost in the past few days "
     "to 47.5 mln dlrs.", "Bundespost", "Deutsche Bundespost"),
    ("Bigelow said that Time's Home Box Office added  subscribers last year and the trend is continuing in the "
     "first quarter of 1987.", "Home Box Office", "HBO"),
    ("STATE COLLEGE, Pa., March 3 - Winter wheat crops in the western Soviet Union, Poland and eastern "
     "Czechoslovakia through northern Romania may suffer some winterkill over the next two nights, private "
     "forecaster Accu-Weather Inc said.", "Accu-Weather Inc", "AccuWeather"),
    ("LONDON, March 9 - Plessey Co Plc <PLY.L> said it had won a multi-million stg contract to supply Colombia "
     "with the System X digital telephone exchange.", "Plessey Co Plc", "Plessey"),
])
def test_round_8_wire_copy_names_link(nlp, text: str, name: str, title: str):
    assert mentions(nlp, text)[name][0].entity.canonical_name == title


def test_round_8_companies_and_officials_of_1987_link(nlp):
    text = ("As a result of trading on information supplied by David, while he was at the firm of Paul, Weiss, "
            "Rifkind, Wharton and Garrison, the defendants gained about 160,000 dlrs in their insider trading "
            "scheme, according to U.S. Attorney Rudolph W. Giuliani.")
    got = mentions(nlp, text, date(1987, 3, 2))
    assert got["Rudolph W. Giuliani"][0].entity.canonical_name == "Rudy Giuliani"
    text = ("NEW YORK, March 3 - Standard and Poor's Corp said it lowered the ratings on Loral Corp's subordinated "
            "debt to BBB from A-minus.")
    assert mentions(nlp, text, date(1987, 3, 3))["Loral Corp"][0].entity.canonical_name == "Loral Corporation"
    text = ("LONDON, March 23 - Representatives from Nigeria are meeting today and tomorrow with officials of "
            "Britain's Export Credits Guarantee Department (ECGD) in the first of what could be a series of "
            "bilateral talks to reschedule Nigeria's official debts, banking sources said.")
    got = mentions(nlp, text, date(1987, 3, 23))
    [ecgd] = [ms[0] for name, ms in got.items() if name.endswith("Export Credits Guarantee Department")]
    assert ecgd.entity.canonical_name == "UK Export Finance"
