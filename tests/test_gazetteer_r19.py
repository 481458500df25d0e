"""Gazetteer round 19: company and body names of the two-story band (names left unlinked in
exactly two Reuters-21578 stories, the evaluation stories left out) that round 16 did not read,
under today's English Wikipedia title: renamed firms reach the article their history lives in
now (Torchmark as Globe Life, Eurotunnel as Getlink, Mine Safety Appliances as MSA Safety), and
the wire's own spellings of known names reach their rows ("Walgreen", "Lloyds of London").
Sentences are from Reuters-21578 stories outside the evaluation sets, dated by their <DATE>.

The band's linking cases are in ``tests/test_gazetteer_titles.py`` (R19_BAND), checked with every
round's.
"""

from __future__ import annotations

from datetime import date

from tasks.entities import extract_mentions


def test_a_wire_spelling_of_a_known_firm_reaches_its_row(nlp):
    # NEWID 3217 (9-MAR-1987): the insurance market, and "Lloyds" after it is the same, not Lloyds Bank
    text = ("LONDON, March 9 - U.K. Insurers could face more than 30 mln stg of insurance claims following the "
            "Zeebrugge ferry disaster, a spokesman for Lloyds of London said.\n\nIt could take weeks before the "
            "extent of the compensation claims for passengers, crew and cargo was known and also before it was "
            "known how much, if any, of the ship could be salvaged, said David Larner of Lloyds.")
    got = {(m.text, m.entity.canonical_name) for m in extract_mentions(nlp(text), date(1987, 3, 9)) if "Lloyds" in m.text}
    assert got == {("Lloyds of London", "Lloyd's of London"), ("Lloyds", "Lloyd's of London")}, got
    # NEWID 1179 (3-MAR-1987)
    text = ("DEERFIELD, Ill., March 3 - Walgreen Co said its sales in February rose 18.8 pct over sales during the "
            "same month last year.")
    got = {m.entity.canonical_name for m in extract_mentions(nlp(text), date(1987, 3, 3)) if "Walgreen" in m.text}
    assert got == {"Walgreens"}, got


def test_a_firm_named_for_two_founders_is_one_firm_not_a_person(nlp):
    # NEWID 6021 (17-MAR-1987): "Rohm and Haas" is one firm, not a person "Rohm" and a firm "Haas Seed"
    text = ("It said Charles H. Baker, former president of Rohm and Haas Co's <ROH> Rohm and Haas Seed Inc "
            "affiliate, has been named president of the new agriculture unit. The company said Baker will also act "
            "for a limited time as president of <Chaco Enterprises Inc>, formed to acquire the Hybrex hybrid wheat "
            "technology from Rohm and Haas.")
    ms = extract_mentions(nlp(text), date(1987, 3, 17))
    assert all(m.label != "PERSON" or "Rohm" not in m.text for m in ms), [(m.text, m.label) for m in ms]
