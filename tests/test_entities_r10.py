"""Linking mechanisms for wire copy (round 10), found by reading the system's output on 10,000
hash-picked Reuters-21578 stories outside the hand-labelled links set: a place the model tags
PERSON; a national body Wikipedia titles with its country in brackets; two-surname firms the
gazetteer knows ("Phillips and Drew"). Sentences are from Reuters-21578 stories, dated as the
pipeline dates them."""

from __future__ import annotations

from datetime import date

from tests.helpers import known, mentions_by_text


def test_a_place_tagged_as_a_person_is_the_place(nlp):
    got = mentions_by_text(nlp, "The figures cover around 95 pct of Rotterdam traffic in the products concerned.",
                           date(1987, 3, 23))
    [rotterdam] = got["Rotterdam"]
    assert rotterdam.label == "GPE"
    assert rotterdam.entity.canonical_name == known("Rotterdam")
    got = mentions_by_text(nlp, "WASHINGTON, June 18 - The International Monetary Fund said it has loaned Uganda 92.1 "
                                "mln dlrs to aid in economic recovery.", date(1987, 6, 18))
    assert got["Uganda"][0].entity.canonical_name == known("Uganda")


def test_a_city_name_that_speaks_stays_a_person(nlp):
    # (the end of a quote; "Gao" is also a city in Mali)
    for text in ('But more power is available at night or on Sundays," Gao said.',
                 "Ho said the cuts may come into effect by the end of next month."):
        got = mentions_by_text(nlp, text, date(1987, 4, 8))
        [(name, [person])] = got.items()
        assert person.label == "PERSON", name
        assert person.entity.label == "PERSON" and person.entity.country_code is None, name


def test_a_party_is_titled_with_the_country_of_the_story(nlp):
    text = ("LONDON, March 1 - Britain\"s ruling Conservatives have enlarged their lead over the opposition Labour "
            "Party, according to results of two opinion polls released on Saturday.\n\nThe Sunday Express poll is the "
            "first conducted since the Social Democratic Party scored an upset victory on Thursday in a parliamentary "
            "by-election in the former Labour stronghold of Greenwich, near London.")
    got = mentions_by_text(nlp, text, date(1987, 3, 1))
    assert got["the Social Democratic Party"][0].entity.canonical_name == known("Social Democratic Party (UK)")
    text = ("LISBON, April 3 - Portugal's minority centre-right government was ousted in a parliamentary censure vote "
            "backed by three left-wing opposition parties.\n\nThe Socialist Party (PS), Democratic Renewal Party (PRD) "
            "and Communist Party (PCP), who held 140 of the 250 parliament seats, voted for the motion against the "
            "Social Democratic Party (PSD) government and their Christian Democrat allies.")
    got = mentions_by_text(nlp, text, date(1987, 4, 3))
    socialists = got.get("The Socialist Party") or got["Socialist Party"]
    assert socialists[0].entity.canonical_name == known("Socialist Party (Portugal)")


def test_a_two_surname_brokerage_is_one_firm(nlp):
    got = mentions_by_text(nlp, "However, Chris Tinker, U.K. Analyst at brokers Phillips and Drew said the faster rise "
                                "in exports than imports would prove partly aberrational in coming months.",
                           date(1987, 3, 26))
    [firm] = got["Phillips and Drew"]
    assert firm.label == "ORG"
    assert firm.entity.canonical_name == known("Phillips & Drew")
    assert "Drew" not in got


def test_two_surnames_after_a_word_for_a_firm_are_one_firm(nlp):
    got = mentions_by_text(nlp, "\"It will be business as usual for Texaco,\" said Martin Klein, a bankruptcy attorney "
                                "at the New York law firm Dreyer and Traub.", date(1987, 4, 13))
    [firm] = got["Dreyer and Traub"]
    assert firm.label == "ORG"
    got = mentions_by_text(nlp, "The company said New York investment banking firm Matthews and Wright has arranged "
                                "7,300,000 dlrs in tax-free industrial revenue bonds and 4,700,000 dlrs in conventional "
                                "bonds.", date(1987, 3, 2))
    assert got["Matthews and Wright"][0].label == "ORG"
    assert "Wright" not in got


def test_congress_in_a_foreign_story_is_the_body_it_named(nlp):
    text = ("PEKING, March 31 - Charges of public sector waste, corruption and neglect of agriculture have surfaced amid "
            "the compliments in debates at the annual session of China's parliament, the National People's Congress "
            "(NPC).\n\nAlthough another congress member was quoted by the agency as saying Zhao's opening speech last week "
            "was \"discreet, appropriate, comprehensive and assuring,\" others said the government had spent too much or "
            "too little.\n\nAnother western diplomat said the Communist Party had granted a slightly greater role to the "
            "Congress in the last two or three years and some of its members were testing out their influence.")
    got = mentions_by_text(nlp, text, date(1987, 3, 31))
    npc = known("National People's Congress")
    assert got["the National People's Congress"][0].entity.canonical_name == npc
    assert got["Congress"][0].entity.canonical_name == npc
    assert got["congress"][0].entity.canonical_name == npc
    # (the story names no other congress: a Peking story's "Congress" may be the US one)
    got = mentions_by_text(nlp, "PEKING, March 3 - But the U.S. Embassy replied that Chinese figures showing 13 years "
                                "of trade deficits with the U.S. Out of the last 15 are inaccurate and said Peking itself "
                                "would have to persuade Congress to change laws which limit its exports.", date(1987, 3, 3))
    assert got["Congress"][0].entity.canonical_name == known("United States Congress")


def test_congress_in_a_manila_story_is_the_philippine_congress(nlp):
    text = ("MANILA, March 27 - Philippine sugar production in the 1987/88 crop year ending August has been set at 1.6 "
            "mln tonnes, up from a provisional 1.3 mln tonnes this year, Sugar Regulatory Administration (SRA) chairman "
            "Arsenio Yulo said.\n\n\"I think the President would rather wait till the new Congress convenes after the "
            "May elections,\" he said.")
    got = mentions_by_text(nlp, text, date(1987, 3, 27))
    assert got["Congress"][0].entity.canonical_name == known("Philippine Congress")


def test_a_country_word_before_a_body_is_the_body_titled_of_the_country(nlp):
    text = ("BRUSSELS, April 21 - The Belgian National Bank said it cut its one, two and three month treasury "
            "certificate rates effective immediately.\n\nThe Bank last adjusted its short-term treasury certificate "
            "rates on April 3, when all three rates were cut by 0.10 points.")
    got = mentions_by_text(nlp, text, date(1987, 4, 21))
    bank = got.get("The Belgian National Bank") or got["Belgian National Bank"]
    assert bank[0].entity.canonical_name == known("National Bank of Belgium")
    assert got["Bank"][0].entity == bank[0].entity


def test_an_agreement_named_for_a_place_is_the_agreement_not_a_person(nlp):
    # the model reads "Louvre" as a person in most of the 118 "Louvre accord/agreement/pact" of 1987 copy
    for text, day in [
        ("BONN, April 27 - Finance Minister Gerhard Stoltenberg reaffirmed his commitment to the Louvre accord struck "
         "in Paris where leading industrialised countries agreed to stabilise the dollar around then current levels.",
         date(1987, 4, 27)),
        ("BONN, Oct 20 - West German Finance Minister Gerhard Stoltenberg said the Louvre accord was vital to West "
         "Germany.", date(1987, 10, 20)),
    ]:
        got = mentions_by_text(nlp, text, day)
        [accord] = got["Louvre accord"]
        assert accord.label == "LAW"
        assert accord.entity.canonical_name == known("Louvre Accord")
        assert "Louvre" not in got
