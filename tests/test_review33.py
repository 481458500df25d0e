"""Review 33 (session 25): a BI analyst's "who, when, how much" in one view.

"What sums of money were mentioned with Iraq in January 2020, and for which date" took a hand join of
``mentions``, ``amounts`` and ``timexes`` on ``doc_id`` and ``sentence_index``. ``sentence_facts`` holds it: one
flat row per sentence, entity, amount and timex of a sentence naming an entity and holding an amount or a timex.
Run on the seeds landed by the flow (the session's shared ``seeded_warehouse``), read through the real catalog.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tasks import land
from tests.helpers import sql

PUBLIC_COLUMNS = [
    "doc_id", "sentence_index", "start_char", "end_char", "sentence_text", "published_at", "logical_date", "day",
    "entity_id", "canonical_name", "label", "amount_id", "amount_text", "kind", "value", "value_low", "value_high",
    "currency", "unit", "timex_id", "timex_text", "timex_type", "timex_value", "date_start", "date_end",
    "entity_amount_first",  # review 34
    "amount_timex",  # review 35
]


def test_a_run_leaves_the_sentence_facts_view_in_the_catalog(seeded_warehouse: Path) -> None:
    views = {r[0] for r in sql(seeded_warehouse, "select view_name from duckdb_views() where not internal")}
    assert "sentence_facts" in views
    assert [r[0] for r in sql(seeded_warehouse, "describe sentence_facts")] == PUBLIC_COLUMNS
    assert land.catalog_is_current(seeded_warehouse)


def test_the_250_million_sentence_lists_its_own_entities_and_amount_and_nothing_else(seeded_warehouse: Path) -> None:
    # "... the State Department, the Pentagon are preparing plans to cut $ 250 million in military aid." The
    # seed text breaks the sentence there ("aid. giving Iraq ..."), so Iraq and "5,300" are the next sentence's
    ((doc, idx, start, end),) = sql(seeded_warehouse, """
        select s.doc_id, s.sentence_index, s.start_char, s.end_char from sentences s join amounts a using (doc_id, sentence_index)
        where a.text = '$ 250 million'""")
    rows = sql(seeded_warehouse, f"""
        select sentence_index, start_char, end_char, sentence_text, canonical_name, amount_text, kind, value, currency,
               timex_text, date_start
        from sentence_facts where doc_id = '{doc}' and sentence_text like '%250 million%'""")
    assert rows and {r[:3] for r in rows} == {(idx, start, end)}
    assert rows[0][3].endswith("cut $ 250 million in military aid.")
    mentioned = {r[0] for r in sql(seeded_warehouse, f"""
        select e.canonical_name from mentions m join entities e using (entity_id)
        where m.doc_id = '{doc}' and m.sentence_index = {idx}""")}
    assert {r[4] for r in rows} == mentioned
    assert {"United States Department of State", "The Wall Street Journal"} <= mentioned and "Iraq" not in mentioned
    assert {r[5:9] for r in rows} == {("$ 250 million", "money", 250_000_000.0, "USD")}
    assert {(r[9], str(r[10])) for r in rows} == {("January 14", "2020-01-14")}
    assert len(rows) == len(mentioned), "one row per entity: the sentence has one amount and one date"
    # and that amount is nowhere else in the view
    assert sql(seeded_warehouse, f"select count(*) from sentence_facts where amount_text = '$ 250 million' and sentence_index <> {idx}") == [(0,)]


def test_a_sentence_without_an_amount_or_a_date_has_no_row(seeded_warehouse: Path) -> None:
    # "Iraqi officials did not comment." names Iraq and holds neither
    bare = sql(seeded_warehouse, """
        select s.doc_id, s.sentence_index from sentences s
        where exists (select 1 from mentions m where m.doc_id = s.doc_id and m.sentence_index = s.sentence_index)
          and not exists (select 1 from amounts a where a.doc_id = s.doc_id and a.sentence_index = s.sentence_index)
          and not exists (select 1 from timexes t where t.doc_id = s.doc_id and t.sentence_index = s.sentence_index)""")
    assert len(bare) >= 3
    shown = set(sql(seeded_warehouse, "select distinct doc_id, sentence_index from sentence_facts"))
    assert shown and not shown & set(bare)
    # "... values the company at about 4 billion euros" names no entity: no row either
    assert sql(seeded_warehouse, "select count(*) from sentence_facts where amount_text like '%4 billion euros'") == [(0,)]


def test_the_readme_question_answers_read_only_from_another_directory(
    seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(seeded_warehouse / land.CATALOG), read_only=True)
    try:
        rows = con.execute("""
            select distinct day, amount_text, value_low, currency, timex_text from sentence_facts
            where canonical_name = 'Iraq' and kind = 'money' and day between '2020-01-01' and '2020-01-31'""").fetchall()
    finally:
        con.close()
    assert [(str(d), text, low, cur, timex) for d, text, low, cur, timex in rows] == [
        ("2020-01-16", "billions of dollars", 1e9, "USD", None)
    ]
