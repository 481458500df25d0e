"""Entities round 41: the name a user sees for an entity the gazetteer does not know.

Read on 3,000 Reuters-21578 stories picked by ``sha256("ent41:" + NEWID)`` (the links set, the dates
fixture and the amounts fixture left out). An unlinked name's key ignores case, so "CYACQ Corp" in
one story and "Cyacq Corp" in fifteen are one entity, but the ``entities`` row took ``min()`` of the
names its partitions wrote, and upper case sorts first: "CYACQ", "AFG INdustries" (a slipped shift
key) over "AFG Industries", "LLoyd's Bank", "MArk IV Industries". Within one story each mention
carried the name as its own span wrote it ("the Pacific coast" beside "the Pacific Coast"). The
name shown is now the form with fewest oddly cased words: in a story, across a batch's rows, and in
the partition roll-up.

Sentences are Reuters-21578 stories (none in an evaluation set), each named on its row. No
third-party checklist was used."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from tasks import land
from tasks.entities import display_name, entity_rows, extract_mentions, name_key

# (source, text, date, key of the name, the name every mention shows)
_ONE_STORY = [
    (
        "reuters-918",
        "Ayala told an oil seminar the project, due for completion in 1988, is aimed at improving "
        "distribution of oil products in the domestic market, mainly along the Pacific coast.\n\n"
        "The project consists of a pipeline linking Nueva Teapa on the Gulf of Mexico with Salina Cruz "
        "on the Pacific Coast, and construction of the second phase of the Salina Cruz refinery.",
        date(1987, 3, 3),
        "pacific coast",
        "Pacific Coast",
    ),
    (
        "reuters-16636 and reuters-16306",
        "Texaco Inc has re-established some key oil supply lines following yesterday's court filing "
        "for protection under Chapter 11 of the U.S. bankrupcty code, said Elton Yates.\n\n"
        "Bankruptcy specialists said it was likely Texaco's chapter 11 filing would allow the company "
        "to secure its credit lines and oil supplies.",
        date(1987, 4, 13),
        "chapter 11",
        "Chapter 11",
    ),
]


@pytest.mark.parametrize(("source", "text", "day", "key", "name"), _ONE_STORY)
def test_one_story_shows_one_name_for_an_unlinked_entity(nlp, source, text, day, key, name):
    ms = [m for m in extract_mentions(nlp(text), day) if name_key(m.entity.canonical_name) == key]
    assert len(ms) >= 2, source
    assert {m.entity.canonical_name for m in ms} == {name}, source


# (forms as the sample's stories wrote them, in the order read; the name shown)
_FORMS = [
    (["CYACQ", "Cyacq"], "Cyacq"),
    (["AFG INdustries", "AFG Industries", "AFG industries"], "AFG Industries"),
    (["LLoyd's Bank", "Lloyd's Bank"], "Lloyd's Bank"),
    (["MArk IV Industries", "Mark IV Industries"], "Mark IV Industries"),
    (["TEXACO INC", "Texaco Inc"], "Texaco Inc"),
    (["McDONNELL DOUGLAS", "McDonnell Douglas"], "McDonnell Douglas"),
    # guards: forms cased alike keep the first; a three-letter acronym is no shouting
    (["Uni-Marts", "Uni Marts"], "Uni-Marts"),
    (["BAT Industries", "Bat Industries"], "BAT Industries"),
]


@pytest.mark.parametrize(("forms", "name"), _FORMS)
def test_the_best_written_form_is_shown(forms, name):
    assert display_name(forms) == name


def test_a_batchs_entity_row_shows_the_best_written_form(nlp):
    stories = [
        (
            "Gencorp Inc said it filed suit against the unsolicited 100 dlr-a-share tender offer of "
            "Wagner and Brown and AFG INdustries.",
            date(1987, 3, 23),
        ),
        ("AFG Industries said it would raise its offer for Gencorp.", date(1987, 3, 24)),
    ]
    mentions = [(m, day) for text, day in stories for m in extract_mentions(nlp(text), day)]
    rows = [
        r for r in entity_rows(mentions) if name_key(str(r["canonical_name"])) == "afg industries"
    ]
    assert [r["canonical_name"] for r in rows] == ["AFG Industries"]


def test_the_rollup_shows_the_best_written_form_across_partitions():
    con = duckdb.connect()
    con.execute(
        "create table p as select * from (values "
        "('e1', 'CYACQ', 1), ('e1', 'Cyacq', 15), "
        "('e2', 'AFG INdustries', 1), ('e2', 'AFG industries', 1), ('e2', 'AFG Industries', 10), "
        "('e3', 'W Berisford', 1), ('e3', 'W. Berisford', 4)"
        ") t(entity_id, canonical_name, mention_count)"
    )
    con.execute(
        "create table x as select entity_id, canonical_name, 'ORG' as label, null as wikidata_qid, "
        "null as country_code, null as latitude, null as longitude, ['a'] as aliases, "
        "mention_count::bigint as mention_count, null::date as first_seen, null::date as last_seen, "
        "'r' as run_id, date '1987-03-01' as logical_date from p"
    )
    got = dict(
        con.execute(
            f"select entity_id, canonical_name from ({land.entities_rollup('x')})"
        ).fetchall()
    )
    assert got == {"e1": "Cyacq", "e2": "AFG Industries", "e3": "W. Berisford"}


# (source, text, date, the firm's whole name, a name the model had made of its parenthesis or None)
_PARENTHESIZED_FIRMS = [
    (
        "reuters-8065",
        "An offer document prepared by financial adviser <Jardine Fleming (Securities) Ltd> said Hong "
        "Kong Land offers shareholders 200 Mandarin shares.",
        date(1987, 3, 23),
        "Jardine Fleming (Securities) Ltd",
        None,
    ),
    (
        "reuters-5217",
        "At the same meeting Goldman Sachs (Japan) Corp president Eugene Atkinson urged Japan to fully "
        "deregulate interest rates.",
        date(1987, 3, 13),
        "Goldman Sachs (Japan) Corp",
        "Japan",
    ),
    (
        "reuters-9814",
        "<Philips Electrical (Ireland) Ltd> has arranged the sale of the one mln ordinary shares.",
        date(1987, 3, 25),
        "Philips Electrical (Ireland) Ltd",
        "Ireland",
    ),
    (
        "reuters-11218",
        "SIMBL has invited Commonwealth Bank of Australia, Malayan Banking Bhd and N.M. Rothschild and "
        "Sons (Singapore) Ltd to subscribe at a price of 100 pct.",
        date(1987, 4, 1),
        "N.M. Rothschild and Sons (Singapore) Ltd",
        "Singapore",
    ),
    (
        "reuters-20982",
        "Simon and Schuster said it agreed in principle to acquire <Woodhead-Faulkner (Publishers) Ltd>, "
        "a British-based publisher of professional and commercial books.",
        date(1987, 10, 20),
        "Woodhead-Faulkner (Publishers) Ltd",
        None,
    ),
]


@pytest.mark.parametrize(("source", "text", "day", "firm", "inside"), _PARENTHESIZED_FIRMS)
def test_a_parenthesis_before_a_legal_form_is_part_of_the_firm(
    nlp, source, text, day, firm, inside
):
    ms = extract_mentions(nlp(text), day)
    assert [(m.label, m.entity.label) for m in ms if m.text == firm] == [("ORG", "ORG")], source
    if inside is not None:
        start = text.index(firm)
        assert not [
            m for m in ms if m.text == inside and start <= m.start_char < start + len(firm)
        ], source


def test_an_acronym_in_parentheses_is_no_firm(nlp):
    # reuters-19980: no legal form after the parenthesis
    text = (
        "Finance ministers from the 13-member Caribbean Community (Caricom) approved a draft agreement "
        "for a new export credit facility."
    )
    ms = extract_mentions(nlp(text), date(1987, 6, 29))
    assert not [m for m in ms if "(" in m.text]
