"""Entities round 45: places the model tags as people, a headline's bare service, ships and supermarkets.

Read off the EventStoryLine (ECB+) dev stories kept outside the repo and checked on Reuters-21578:
a town of several words the gazetteer knows, tagged PERSON after a place preposition ("off Banda
Aceh", "at Bahia Blanca"); a place the story linked before, not the surname of an unknown "person"
("Egypt" after "Etisalat Egypt"); a town written as English copy spells its title ("Marseilles");
a headline's "Navy" before "The Indian Navy", which the model left untagged at a sentence's start;
a navy's ship prefix glued to a name ("INS Sukanya"); Britain's supermarket chains.

Sentences are from the EventStoryLine dev stories (named by their file) or Reuters-21578 stories
(named by NEWID)."""

from __future__ import annotations

from tasks.entities import extract_mentions
from tests.helpers import found


def test_town_of_two_words_after_a_place_preposition_is_the_town(nlp):
    # esc 37_10
    text = "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting an Indian Ocean-wide tsunami alert."
    assert found(nlp, text, "Banda Aceh") == [("GPE", "Banda Aceh")]
    # Reuters NEWID 11911 (the model tagged it PERSON)
    text = "One grain vessel was awaiting berth at Bahia Blanca, four at Buenos Aires and five at Rosario, on March 2."
    assert found(nlp, text, "Bahia Blanca") == [("GPE", "Bahía Blanca")]


def test_place_linked_before_is_no_surname_of_an_unknown_person(nlp):
    # esc 30_2: "Etisalat Egypt" is tagged PERSON; "Egypt's" after it was its "surname"
    text = (
        "A different cable, owned by Telecom Egypt, was also cut, affecting services in Egypt.\n"
        "Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers, and among the most affected by the cable cut."
    )
    assert found(nlp, text, "Egypt") == [("GPE", "Egypt")] * 3


def test_english_spelling_of_a_town_tagged_person_is_the_town(nlp):
    # esc 30_1
    text = (
        "All Seacom traffic to Europe was affected by the break which happened on 8 October 2011 on one of their "
        "Mediterranean backhaul service providers' cables between Abu Talat and Marseilles."
    )
    assert found(nlp, text, "Marseilles") == [("GPE", "Marseille")]


def test_headline_navy_before_the_countrys_navy_is_that_navy(nlp):
    # esc 12_1: the headline, then the story's first sentence
    text = (
        "Navy foils Somali pirate attack off Gulf of Aden\n"
        "The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on "
        "merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth "
        "successful anti-piracy operation since September."
    )
    navies = [m for m in extract_mentions(nlp(text)) if m.text in ("Navy", "Indian Navy")]
    assert [m.text for m in navies] == ["Navy", "Indian Navy"]
    assert {m.entity.canonical_name for m in navies} == {"Indian Navy"}
    assert len({m.entity.entity_id for m in navies}) == 1


def test_ship_prefix_and_name_are_the_ship_not_the_agency(nlp):
    # esc 12_1
    text = (
        "At 9.25 a.m. on Thursday, navy personnel aboard warship INS Sukanya spotted a group of five suspicious "
        "boats speedily approaching the merchant vessels of her group."
    )
    found = [(m.text, m.entity.canonical_name) for m in extract_mentions(nlp(text))]
    assert found == [("INS Sukanya", "INS Sukanya")]


def test_british_supermarket_chain_is_tagged_and_linked(nlp):
    # esc 14_11
    text = "A FIRE has badly damaged the Waitrose supermarket in Wellington's High Street."
    assert found(nlp, text, "Waitrose") == [("ORG", "Waitrose")]
