"""Entities in 2000s news (round 12): products of the period tagged as organizations, people or
places, a US state's name before its senator, title words the model glued to a company, an
article or quotation marks inside a name, technology words tagged as names, and well-known
companies, people and places of the period. Sentences are from the unannotated part of MEANTIME
dev documents (Wikinews, CC BY 2.5), dated as the corpus dates them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import mentions_by_text

TANKER = date(2008, 3, 1)
IPHONE_4 = date(2010, 6, 8)


def only(nlp, text: str, dct: date | None, surface: str):  # noqa: ANN201 - a Mention
    got = mentions_by_text(nlp, text, dct)
    assert surface in got, sorted(got)
    return got[surface][0]


@pytest.mark.parametrize(("text", "dct", "surface", "title"), [
    ("Steve Jobs announced that automatic podcasting subscription would be built in to iTunes and iPod seamlessly.",
     date(2005, 6, 6), "iTunes", "iTunes"),
    ("He also announced that QuickTime 7 would be soon available for Windows.", date(2005, 6, 6), "Windows",
     "Microsoft Windows"),
    ("This feature is called FaceTime, and connects with other iPhone 4s via Wi-Fi.", IPHONE_4, "FaceTime", "FaceTime"),
    ("iPhone users, however, account for over half of those surfing the Internet on a mobile browser in the U.S. "
     "Jobs also noted that over five billion iOS applications, commonly called \" apps, \" have been purchased from "
     "Apple's App Store.", IPHONE_4, "App Store", "App Store (iOS)"),
    ("The iPod nano replaces the similar iPod Mini in the iPod family.", date(2005, 9, 7), "iPod Mini", "iPod Mini"),
])
def test_a_product_of_the_period_is_a_product(nlp, text, dct, surface, title):
    m = only(nlp, text, dct, surface)
    assert (m.label, m.entity.canonical_name) == ("PRODUCT", title)


def test_a_product_s_plural_names_the_product(nlp):
    m = only(nlp, "Earlier this year, Android phones managed to outsell iPhones.", IPHONE_4, "iPhones")
    assert (m.label, m.entity.canonical_name) == ("PRODUCT", "iPhone")


def test_a_model_number_after_a_product_is_part_of_its_name(nlp):
    text = ("Structure-wise, iPhone 4 has a new stainless steel frame, which acts as an antenna, supposedly boosting "
            "its signal reception abilities and possibly reducing the amount of dropped calls.")
    assert only(nlp, text, IPHONE_4, "iPhone 4").entity.canonical_name == "iPhone 4"


def test_a_one_word_product_name_is_not_forced_onto_the_text(nlp):
    # "Windows" and "Safari" are products only where the model found a name
    got = mentions_by_text(nlp, "The company's Safari tours left from Nairobi.", date(2008, 1, 1))
    assert all(m.label != "PRODUCT" for ms in got.values() for m in ms)


def test_quotation_marks_are_no_part_of_a_product_name(nlp):
    text = ("He said that the App Store will be available for Apple's current OS ``Snow Leopard'' within 90 days, and "
            "that applications can be submitted starting next month.")
    m = only(nlp, text, date(2010, 10, 23), "Snow Leopard")
    assert (m.label, m.entity.canonical_name) == ("PRODUCT", "Mac OS X Snow Leopard")


@pytest.mark.parametrize("text", [
    "VoIP applications would be allowed over Wi-Fi only.",
    "This feature is called FaceTime, and connects with other iPhone 4s via Wi-Fi.",
])
def test_a_technology_is_no_name(nlp, text):
    got = mentions_by_text(nlp, text, IPHONE_4)
    assert "VoIP" not in got and "Wi-Fi" not in got


def test_a_state_before_its_senator_is_the_state(nlp):
    text = ("Washington senator Patty Murray, who hails from the same state where Boeing bases their commercial "
            "airliner operations, said in a critical statement ``We are shocked that the Air Force tapped a European "
            "company and its foreign workers to provide a tanker to our American military.")
    got = mentions_by_text(nlp, text, TANKER)
    assert got["Washington"][0].entity.canonical_name == "Washington (state)"
    murray = got["Patty Murray"][0]
    assert (murray.title, murray.affiliation) == ("senator", "Washington (state)")


def test_washington_alone_is_still_the_capital(nlp):
    text = "The airline already offers flights to New York, Boston, Chicago, Los Angeles, Dubai, and Washington."
    assert only(nlp, text, date(2007, 6, 9), "Washington").entity.canonical_name == "Washington, D.C."


def test_title_words_glued_to_a_company_go_to_the_title(nlp):
    text = ("When asked whether the deal should be seen as a step towards a resolution of the rift between Russia and "
            "the US, Boeing Executive Vice President Scott Carson replied, ``It represents a business relationship "
            "between our Company and Aeroflot, and I' m really proud of it,''.")
    got = mentions_by_text(nlp, text, date(2007, 6, 10))
    assert got["Boeing"][0].entity.canonical_name == "Boeing"
    carson = got["Scott Carson"][0]
    assert (carson.title, carson.affiliation) == ("Executive Vice President", "Boeing")


def test_a_lower_case_office_before_a_name_is_its_title(nlp):
    text = ("Boeing had initially agreed to lease 100 tankers, but in 2003 a scandal erupted when it emerged that "
            "Boeing executive Michael M. Sears arranged a job for USAF official Darleen Druyun while negotiations "
            "were still underway.")
    got = mentions_by_text(nlp, text, TANKER)
    assert got["Michael M. Sears"][0].title == "executive"
    druyun = got["Darleen Druyun"][0]
    assert (druyun.title, druyun.affiliation) == ("official", "United States Air Force")


def test_an_indefinite_article_opening_a_sentence_is_no_part_of_a_name(nlp):
    m = only(nlp, "A European Commission review was held in Brussels on November 28.", date(2007, 12, 20),
             "European Commission")
    assert m.entity.canonical_name == "European Commission"


def test_a_sea_written_with_the_is_one_name(nlp):
    text = ("The test flight lasted four hours, with the aircraft flying no higher than 10,000 nor further than 100 "
            "miles from Toulouse as it circled the Bay of Biscay.")
    m = only(nlp, text, None, "Bay of Biscay")
    assert (m.label, m.entity.canonical_name) == ("LOC", "Bay of Biscay")


@pytest.mark.parametrize(("text", "dct", "surface", "title", "label"), [
    ("EVA Airways is the other launch customer.", date(2005, 2, 17), "EVA Airways", "EVA Air", "ORG"),
    ("In a statement, SIA said that, ``The delays are disappointing; all the more so because the flight test and "
     "certification programme is proceeding well, and the delays are down to production issues.''",
     date(2006, 10, 5), "SIA", "Singapore Airlines", "ORG"),
    ("``The response has been massive,'' said Julien Talavan, a spokesman for Force Ouvrière, the main Airbus "
     "union in France.", date(2007, 2, 28), "Force Ouvrière", "Force Ouvrière", "ORG"),
    ("It also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents since "
     "it opened last September, the most severe of which being the discovery of large cracks in airport taxiways "
     "shortly after opening.", None, "Suvarnabhumi", "Suvarnabhumi Airport", None),
    ("Washington representative Norm Dicks said he too was ``shocked'', releasing a statement saying ``This "
     "decision is even more disappointing because the Air Force had previously favored the Boeing 767 tanker and "
     "we were prepared to move forward with the production of 100 tankers in 2003, before the process was halted "
     "due to the Boeing scandal.", TANKER, "Boeing 767", "Boeing 767", "PRODUCT"),
])
def test_a_well_known_name_of_the_2000s_links(nlp, text, dct, surface, title, label):
    m = only(nlp, text, dct, surface)
    assert m.entity.canonical_name == title
    assert label is None or m.label == label


def test_a_bare_model_number_is_a_model_of_the_maker_the_story_names(nlp):
    text = "Boeing secures $11bn of aircraft deals\nThe Air India order is worth US$ 6.8 billion for 50 787s."
    m = only(nlp, text, date(2005, 4, 27), "787s")
    assert (m.label, m.entity.canonical_name) == ("PRODUCT", "Boeing 787 Dreamliner")


def test_a_price_is_no_name(nlp):
    got = mentions_by_text(nlp, "The 16GB version is priced at US $199 and the 32GB version at US $299.", IPHONE_4)
    assert not any("$" in surface for surface in got)


def test_an_airport_is_geocoded(nlp):
    text = ("It also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents "
            "since it opened last September.")
    e = only(nlp, text, date(2006, 10, 5), "Suvarnabhumi").entity
    assert e.country_code == "TH" and e.latitude is not None and 13 < e.latitude < 14.5


# The rules above checked on 1987 wire copy (Reuters-21578), dated as the pipeline dates it.

def test_a_company_whose_first_word_names_a_product_stays_a_company(nlp):
    text = ("FAIRFIELD, N.J., March 25 - AIM Telephones Inc said it has sold three mln dlrs of nine pct seven-year "
            "subordinated notes to principal shareholder <Quince Associates>.")
    got = mentions_by_text(nlp, text, date(1987, 3, 25))
    assert all(m.label == "ORG" for surface, ms in got.items() if surface.startswith("AIM") for m in ms)


def test_a_modifier_alone_is_no_title(nlp):
    text = ("NEW YORK, March 9 - The special prosecutor in the Iran arms scandal is expected to bring indictments that "
            "could include felony charges against senior Reagan administration officials, the New York Times reported.")
    got = mentions_by_text(nlp, text, date(1987, 3, 9))
    assert all(m.title is None for m in got.get("Reagan", []))


def test_a_lower_case_office_after_its_body_gets_the_body(nlp):
    text = ("ROME, March 22 - Bank of Italy governor Carlo Ciampi appointed three commissioners to take over the "
            "temporary running of the Cassa di Risparmio di Calabria e Lucania (Carical).")
    ciampi = only(nlp, text, date(1987, 3, 22), "Carlo Ciampi")
    assert (ciampi.title, ciampi.affiliation) == ("governor", "Bank of Italy")


def test_a_model_s_plural_in_wire_copy_is_the_model(nlp):
    text = ("Air Portugal said it has taken options on two further aircraft which may be either A310-300s or "
            "A340s.")
    m = only(nlp, text, date(1987, 4, 7), "A340s")
    assert (m.label, m.entity.canonical_name) == ("PRODUCT", "Airbus A340")
