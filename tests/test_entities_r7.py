"""Boundaries and canonical names of wire-copy names (round 7): a company name runs on to its
legal form, "&" written "and" and a sentence's full stop after a final initial, "U.S." before a
word Reuters capitalized, bodies joining two fields with "and". Sentences from Reuters-21578
(1987)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.entities import Mention
from tests.helpers import known, mentions_by_text

REUTERS = date(1987, 3, 9)


def mentions(nlp, text: str, dct: date | None = REUTERS) -> dict[str, list[Mention]]:
    return mentions_by_text(nlp, text, dct)


# --- a name runs on to its legal form

def test_a_country_prefix_and_a_legal_form_make_one_company(nlp):
    text = ("WASHINGTON, March 9 - The Supreme Court declined to hear an appeal by U.S. West Inc <USW> "
            "challenging whether a consent decree was legally binding on the seven regional telephone firms.")
    got = mentions(nlp, text)
    [m] = got["U.S. West Inc"]
    assert (m.label, m.entity.canonical_name) == ("ORG", known("U.S. West"))
    assert "U.S." not in got


def test_a_company_is_not_cut_to_the_first_word_of_another_company(nlp):
    text = ("TOKYO, March 25 - Nippon Steel Corp <NSTC.TOK> said it will cut its capital spending.\n\n"
            "But capital spending by Nippon Kokan K.K. <NKKT.TOK> to improve and increase its production "
            "facilities will rise to 94.90 billion yen from 64 billion, the company said.")
    got = mentions(nlp, text)
    [m] = got["Nippon Kokan K.K."]
    assert m.label == "ORG" and m.entity.canonical_name != "Nippon Steel"
    assert "Nippon" not in got


@pytest.mark.parametrize(("text", "companies"), [
    ("S and P cut the ratings on 600 mln dlrs of debt of Resorts International Inc and Resorts "
     "International Financing Inc. Developer Donald Trump has agreed to pay 101 mln dlrs.",
     ["Resorts International Inc", "Resorts International Financing Inc."]),
    ("CAMBRIDGE, Mass., April 1 - Genetics Institute Inc and Wellcome PLC, a British-based pharmaceutical "
     "company, said they formed a joint venture.", ["Genetics Institute Inc", "Wellcome PLC"]),
    ("The company said Kidder Peabody and Co Inc and Hambrecht and Quist Inc will co-manage the underwriting.",
     ["Kidder Peabody and Co Inc", "Hambrecht and Quist Inc"]),
    ("The issue was sold through Drexel Burnham Lambert Inc and Donaldson, Lufkin and Jenrette Securities Corp.",
     ["Drexel Burnham Lambert Inc", "Donaldson, Lufkin and Jenrette Securities Corp."]),
])
def test_and_after_a_legal_form_starts_another_company(nlp, text, companies):
    got = mentions(nlp, text)
    assert [s for s, ms in got.items() if ms[0].label == "ORG" and s not in ("S and P",)] == companies


def test_a_place_before_a_company_the_model_found_stays_a_place(nlp):
    text = ("GLASGOW, Scotland, March 25 - The U.S. Caterpillar Tractor Co was granted a court injunction "
            "preventing the occupation of its plant.")
    got = mentions(nlp, text)
    assert got["U.S."][0].entity.canonical_name == "United States"
    assert got["Caterpillar Tractor Co"][0].label == "ORG"


def test_an_owner_with_a_possessive_is_not_part_of_its_unit(nlp):
    text = ("The company won an order worth over 700,000 dlrs to supply Textron Inc's Bell Helicopter Textron "
            "Inc unit with leased International Business Machines Corp equipment.")
    got = mentions(nlp, text)
    assert got["Textron Inc"][0].entity.canonical_name == known("Textron")
    assert "Bell Helicopter Textron Inc" in got


def test_a_bodys_acronym_with_a_legal_form_is_another_company(nlp):
    text = "FORT WORTH, Texas, March 6 - ICO Inc said its common stock will be listed on the exchange."
    [m] = mentions(nlp, text)["ICO Inc"]
    assert m.label == "ORG" and m.entity.canonical_name != "International Coffee Organization"


# --- "&" written "and", and a full stop after a final initial

def test_a_name_ending_in_an_initial_before_the_full_stop_is_found(nlp):
    text = ("The Justice Department urged the Supreme Court to reject the appeal. Also opposing the appeal "
            "was AT and T.\n\nThe appeals court ruling also allowed the operating companies to offer services.")
    [m] = mentions(nlp, text)["AT and T"]
    assert (m.label, m.entity.canonical_name, m.role) == ("ORG", "AT&T Corporation", "name")
    assert text[m.end_char] == "."


# --- bodies that join two fields with "and"

@pytest.mark.parametrize(("text", "name", "pieces"), [
    ("TOKYO, March 13 - Japan agreed in talks with the U.S. To amend its laws to allow more companies "
     "to engage in international value-added network telecommunications services, a Post and "
     "Telecommunications Ministry official said.",
     "Post and Telecommunications Ministry", ("Post", "Telecommunications Ministry")),
    # a partnership of surnames (round 8): no longer Carson, California or Anderson, Indiana
    ("NASHVILLE, Tenn., March 5 - Comdata Network Inc said it has entered into a letter of intent with a "
     "limited partnership managed by Welsh, Carson, Anderson and Stowe (WCAS) to merge Comdata into a "
     "corproration to be formed by WCAS.",
     "Welsh, Carson, Anderson and Stowe", ("Carson", "Anderson")),
    # a demonym before a body's name is part of it
    ("Sierra Leone signed an agreement to reschedule 26 mln marks of principal and interest payments on "
     "loans, the West German Foreign Ministry said.", "West German Foreign Ministry", ("West German",)),
    # a company named "of" a place opens the story whole
    ("SAN DIEGO, Calif., April 13 - Medical Imaging Centers of America Inc said Shared Imaging Partners "
     "agreed to buy its stake.", "Medical Imaging Centers of America Inc", ("America",)),
])
def test_a_name_of_several_words_is_one_organization(nlp, text, name, pieces):
    got = mentions(nlp, text)
    assert [m.label for m in got[name]] == ["ORG"]
    assert not any(p in got for p in pieces)


# --- Reuters capitalizes the word after "U.S."

@pytest.mark.parametrize(("text", "common"), [
    ("Novo said more than 50 pct of its B shares were owned by U.S. Investors.", "U.S. Investors"),
    ("Kato added Japan is the largest customer for U.S. Grain and depended on domestic output for only "
     "53 pct of its needs.", "U.S. Grain"),
    ("The Japanese, the dominant foreign investors in U.S. Dollar securities, have already sold U.S. "
     "Equities.", "U.S. Equities"),
])
def test_the_country_before_a_capitalized_common_word_is_the_country(nlp, text, common):
    got = mentions(nlp, text)
    assert common not in got
    assert {m.entity.canonical_name for m in got["U.S."]} == {"United States"}


def test_a_company_the_story_repeats_keeps_its_name(nlp):
    text = ("He declined comment on local press reports that U.S. Lines planned to suspend operations. "
            "U.S. Lines filed for protection from its creditors under Chapter 11 in November.")
    got = mentions(nlp, text)
    assert [m.label for m in got["U.S. Lines"]] == ["ORG", "ORG"]


# --- labels

def test_lower_case_congress_is_the_us_congress(nlp):
    text = ("The chief House tax writer also predicted congress would approve legislation to reform the "
            "welfare system.")
    [m] = mentions(nlp, text)["congress"]
    assert (m.label, m.entity.canonical_name) == ("ORG", "United States Congress")


def test_a_congress_with_an_indefinite_article_is_a_meeting(nlp):
    text = ("Cuban president Fidel Castro told a congress of the union of young communists here that the "
            "production of crude rose.")
    assert "congress" not in mentions(nlp, text)


def test_a_capital_tagged_org_in_a_list_of_places_is_the_place(nlp):
    text = ("The aim is to create broader European interest in Novo stock, currently listed in Copenhagen, "
            "London and New York, said the statement.")
    [m] = mentions(nlp, text)["Copenhagen"]
    assert (m.label, m.entity.canonical_name) == ("GPE", "Copenhagen")


# --- wire datelines

@pytest.mark.parametrize(("text", "place", "canonical"), [
    ("RYE BROOK, N.Y., Oct 20 - International Business Machines Corp said it introduced the System/370.",
     "RYE BROOK", "Rye Brook, New York"),
    ("TAUPO, New Zealand, March 23 - Debt among farmers is the main problem facing New Zealand agriculture.",
     "TAUPO", "Taupō"),
    ("SAO PAULO, March 9 - A strike by Brazil's 40,000 bank workers spread to other states.",
     "SAO PAULO", "São Paulo"),
    ("HAMILTON, Montana, March 24 - Ribi ImmunoChem Research Inc said it signed an agreement.",
     "HAMILTON", "Hamilton, Montana"),
    ("DUESSELDORF, March 13 - A Mannesmann AG unit said it won an order.", "DUESSELDORF", "Düsseldorf"),
    # an upper-case state abbreviation after the town is the state
    ("NORTHBROOK, ILL., March 25 - International Minerals and Chemical Corp said its board approved a split.",
     "ILL.", "Illinois"),
    ("BATON ROUGE, LA., March 26 - Great American Corp said it sold its bank.", "LA.", "Louisiana"),
])
def test_the_upper_case_words_opening_a_dateline_are_the_place(nlp, text, place, canonical):
    [m] = mentions(nlp, text)[place]
    assert (m.label, m.entity.canonical_name) == ("GPE", canonical)


def test_a_list_of_states_is_not_a_town_and_its_state(nlp):
    text = ("The suits were filed last November and December in Delaware, New York and New Jersey.")
    assert [m.entity.canonical_name for m in mentions(nlp, text)["Delaware"]] == ["Delaware"]


def test_the_reuter_sign_off_is_no_mention(nlp):
    text = ("The two sides failed to agree on the farm budget, the presidency of which Belgium is current "
            "president. REUTER")
    assert "REUTER" not in mentions(nlp, text)


@pytest.mark.parametrize(("text", "company"), [
    ("MILWAUKEE, March 16 - Becor Western Inc said an investor group is offering to acquire Becor for "
     "15.50 dlrs per share.", "Becor Western Inc"),
    ("EDISON, N.J., April 13 - Crazy Eddie Inc said its board has adopted a defensive shareholder rights plan.",
     "Crazy Eddie Inc"),
    ("MINNEAPOLIS, April 7 - FilmTec Corp, a subsidiary of Dow Chemical Co, said it won approval.", "FilmTec Corp"),
    ("KALAMAZOO, Mich, June 1 - First of America Bank Corp said it acquired Keystone Bancshares.",
     "First of America Bank Corp"),
    ("DUESSELDORF, March 13 - A Mannesmann AG <MMWG.F> spokesman said the company won an order.", "Mannesmann AG"),
])
def test_the_company_opening_a_wire_story_is_found(nlp, text, company):
    [m] = mentions(nlp, text)[company]
    assert (m.label, m.role) == ("ORG", "name")


def test_a_company_opening_the_story_gives_its_short_form_to_later_mentions(nlp):
    text = ("MILWAUKEE, March 16 - Becor Western Inc said an investor group is offering to acquire Becor for "
            "15.50 dlrs per share.\n\nBecor said it has also received expressions of interest from other parties.")
    got = mentions(nlp, text)
    assert {(m.label, m.entity.canonical_name) for m in got["Becor"]} == {("ORG", "Becor Western")}


@pytest.mark.parametrize(("text", "names"), [
    ("DETROIT, March 9 - Shares of Chrysler Corp rose after the announcement.", ["Chrysler Corp"]),
    ("WASHINGTON, March 20 - Subsidiaries of John Hancock Mutual Life Insurance Co told the Securities and "
     "Exchange Commission they hold a stake.", ["John Hancock Mutual Life Insurance Co",
                                                 "the Securities and Exchange Commission"]),
    ("NEW YORK, Oct 20 - Chemical Bank and Marine Midland Banks Inc said they are cutting their prime rate.",
     ["Chemical Bank", "Marine Midland Banks Inc"]),
])
def test_the_opening_company_is_not_run_across_words_the_model_told_apart(nlp, text, names):
    got = mentions(nlp, text)
    assert [s for s, ms in got.items() if ms[0].label == "ORG"] == names


# --- titles and trade terms

@pytest.mark.parametrize(("text", "person", "title"), [
    ("Japan wants to avoid a trade war, and Agriculture Secretary Richard Lyng will visit Tokyo.",
     "Richard Lyng", "Agriculture Secretary"),
    ("Output will rise to 2.4 mln tonnes from an expected 2.2 mln in 1987, Agriculture Minister Achmad Affandi "
     "said.", "Achmad Affandi", "Agriculture Minister"),
])
def test_a_portfolio_before_a_title_is_part_of_the_title(nlp, text, person, title):
    got = mentions(nlp, text)
    assert "Agriculture" not in got
    assert got[person][0].title == title


def test_a_delivery_term_is_no_organization(nlp):
    text = "Crude wet-milled corn oil, FOB, Midwest points, was nominally 16 cents a lb, brokers said."
    assert "FOB" not in mentions(nlp, text)


def test_a_name_the_gazetteer_knows_only_as_a_person_is_a_person(nlp):
    text = "Japan wants to avoid a trade war, Yeutter and Agriculture Secretary Richard Lyng said."
    [m] = mentions(nlp, text)["Yeutter"]
    assert (m.label, m.entity.canonical_name) == ("PERSON", "Clayton Yeutter")


@pytest.mark.parametrize(("text", "company", "canonical"), [
    ("COPENHAGEN, April 24 - Danish-based insulin and enzymes producer Novo Industri A/S <NVO.CO> said its "
     "shares would be listed in Zurich.", "Novo Industri A/S", "Novo Nordisk"),  # the gazetteer's 1987 name
    ("Closing of the sale to Boliden AB of Sweden would be part of the plan.", "Boliden AB", "Boliden AB"),  # the gazetteer row (round 11); the name is one company name either way
])
def test_nordic_legal_forms_are_legal_forms(nlp, text, company, canonical):
    [m] = mentions(nlp, text)[company]
    assert (m.label, m.entity.canonical_name) == ("ORG", canonical)


# --- hyphens, possessives and initials in company names

def test_a_hyphenated_company_name_is_one_name(nlp):
    text = ("MILWAUKEE, April 1 - Allis-Chalmers Corp said it expects proceeds of 90 mln dlrs.\n\n"
            "The sale is part of the overall restructure of Allis-Chalmers, which was announced on March 4.")
    got = mentions(nlp, text)
    [full], [short] = got["Allis-Chalmers Corp"], got["Allis-Chalmers"]
    assert (short.label, short.entity.entity_id) == ("ORG", full.entity.entity_id)
    assert full.entity.canonical_name == "Allis-Chalmers"
    assert "Allis" not in got and "Chalmers" not in got


def test_a_company_named_after_a_state_and_an_ocean_is_not_split(nlp):
    text = "The rating agency also said Georgia-Pacific benefitted from cost cutting in recent years."
    got = mentions(nlp, text)
    assert got["Georgia-Pacific"][0].label == "ORG"
    assert "Georgia" not in got


def test_a_company_named_with_a_possessive_is_one_name(nlp):
    text = ("NEW YORK, April 1 - J.C. Penney Co Inc said it signed a letter of intent to acquire one mln shares "
            "of Beeba's Creations Inc <BEBA> for 18.75 dlrs a share.")
    got = mentions(nlp, text)
    assert got["Beeba's Creations Inc"][0].label == "ORG"


def test_a_company_name_after_its_initials_is_its_short_form(nlp):
    text = ("NEW YORK, April 1 - J.C. Penney Co Inc said it signed a letter of intent to acquire a stake in a "
            "sportswear maker.\n\nPenney said the agreement calls for junior specialty shops in about 100 "
            "Penney stores.")
    got = mentions(nlp, text)
    assert {(m.role, m.entity.canonical_name) for m in got["Penney"]} == {
        ("short_form", got["J.C. Penney Co Inc"][0].entity.canonical_name)}



def test_the_country_before_a_capitalized_verb_is_the_country(nlp):
    text = "Taiwan's trade surplus with the U.S. Widened in the first two months of the year."
    got = mentions(nlp, text)
    assert got["U.S."][0].entity.canonical_name == "United States"
    assert "the U.S. Widened" not in got


def test_a_countrys_embassy_keeps_its_name(nlp):
    text = "The company will provide security services for the U.S. Embassy in Tegucigalpa."
    assert "the U.S. Embassy" in mentions(nlp, text)


def test_a_two_letter_state_with_dots_in_a_dateline(nlp):
    text = "WHEELING, W. Va., June 2 - Wesbanco Inc said its board executed a merger agreement."
    got = mentions(nlp, text)
    assert got["WHEELING"][0].entity.canonical_name == "Wheeling, West Virginia"


def test_a_rating_after_the_rated_notes_is_no_name(nlp):
    text = "Moody's rates the notes B-2 and Standard and Poor's rates them B-minus."
    assert "B-2" not in mentions(nlp, text)


def test_a_company_of_a_place_and_a_word_opening_the_story(nlp):
    text = "NEW YORK, June 2 - Gulf and Western Inc said it named J. Hugh Liedtke to its board."
    got = mentions(nlp, text)
    assert got["Gulf and Western Inc"][0].label == "ORG"
    assert "Gulf" not in got


@pytest.mark.parametrize(("text", "name"), [
    ("SAO PAULO, April 1 - The strike started to crumble following a warning from the federally-owned Banco do "
     "Brasil that it could dismiss employees.", "Banco do Brasil"),
    ("TURIN, March 16 - Italian state bank <Istituto Bancario San Paolo di Torino> said its fully-owned unit "
     "would buy a bank.", "Istituto Bancario San Paolo di Torino"),
    ("The bonds were priced at par, lead manager Banque Generale du Luxembourg SA said.",
     "Banque Generale du Luxembourg SA"),
])
def test_a_romance_institution_runs_on_over_its_particles(nlp, text, name):
    [m] = mentions(nlp, text)[name]
    assert m.label == "ORG"


# --- a company's short name the model tags as a people or a place

@pytest.mark.parametrize(("text", "short", "company"), [
    ("PALO ALTO, Calif., March 4 - Varian Associates Inc said it introduced an instrument that will help "
     "prepare chemical samples for analysis, Varian said.", "Varian", "Varian Associates"),
    ("HOUSTON, March 24 - Houston Metals Corp said drilling on its Green Mine has yielded positive results.\n\n"
     "Houston said representative assays from the drilling were encouraging.", "Houston", "Houston Metals"),
])
def test_a_companys_short_name_the_model_tags_otherwise_is_the_company(nlp, text, short, company):
    got = mentions(nlp, text)
    assert (got[short][-1].label, got[short][-1].entity.canonical_name) == ("ORG", company)


def test_a_demonym_adjective_is_not_the_short_name_of_a_body(nlp):
    text = ("The Arab Bankers Association held a meeting in London. Capital markets in the Arab world are still "
            "in their infancy, he said.")
    got = mentions(nlp, text)
    assert all(m.entity.canonical_name != "Arab Bankers Association" for m in got.get("Arab", []))


def test_a_place_tagged_person_in_a_list_of_places_is_the_place(nlp):
    text = "The airline will also operate flights to Duesseldorf and Rotterdam."
    [m] = mentions(nlp, text)["Rotterdam"]
    assert (m.label, m.entity.canonical_name) == ("GPE", "Rotterdam")


@pytest.mark.parametrize(("text", "phrase"), [
    ("Chrysler Canada currently buys the same Dodge-Colt models from Japan where the strong yen has sharply "
     "increased their price.", "the strong yen"),
    ("The Bank of England said it provided the money market with a further 663 mln stg assistance in the "
     "afternoon session. This takes the Bank's total assistance so far today to 928 mln stg. It also bought 378 "
     "mln stg bank bills and 13 mln stg of treasury bills.", "stg bank"),
])
def test_lower_case_words_in_a_normally_cased_sentence_are_no_name(nlp, text, phrase):
    assert phrase not in mentions(nlp, text)


def test_a_story_written_in_lower_case_keeps_its_names(nlp):
    text = "the country will need 300 mln dlrs this year, prime minister edward seaga said today."
    got = mentions(nlp, text)
    assert [m.label for m in got.get("edward seaga", [])] in ([], ["PERSON"])


def test_a_title_written_without_its_dot_is_split_off(nlp):
    text = 'The strike is "an implicit endorsement of war with Iran," said Sen Mark Hatfield of Oregon, a Republican.'
    [m] = mentions(nlp, text)["Mark Hatfield"]
    assert (m.label, m.title) == ("PERSON", "Sen")


def test_a_pair_of_known_bodies_is_one_mention_each(nlp):
    text = ("The attack fueled a sharp new White House-Congress debate over limits on his powers to make war.")
    got = mentions(nlp, text)
    assert got["Congress"][0].entity.canonical_name == "United States Congress"
    assert "White House" in got


def test_the_dateline_dash_is_not_part_of_the_company(nlp):
    text = "PAOLI, Pa., oct 19 - Ametek Inc said its board approved a special dividend."
    assert mentions(nlp, text)["Ametek Inc"][0].label == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Bond Corp is injecting Kerry Packer's electronic media interests into a new company.", "Kerry Packer"),
    ("But the report cautioned that South Africa's economy still faced high inflation.", "South Africa"),
])
def test_a_possessive_is_not_part_of_the_name(nlp, text, name):
    got = mentions(nlp, text)
    assert name in got and f"{name}'s" not in got


def test_a_name_written_with_a_possessive_keeps_it(nlp):
    text = "The issue is rated A-3 by Moody's and A-minus by Standard and Poor's."
    got = mentions(nlp, text)
    assert "Moody's" in got and "Standard and Poor's" in got
