"""Fault injection against the data-quality gate: each contract a user relies on is broken in one
staged row of a real seed run (real Parquet, real GX), and the gate must quarantine that row under
the rule that names the broken contract, with a reason, and report it in dq_results.

The staged files are the seed run's consolidated partitions (the seed run quarantines nothing, so
its published partitions are byte for byte what it validated), laid out as the flow stages them:
``_staging/<run_id>/final/<table>/dt=<day>/``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import flows.news_etl as news_etl_module
from flows.cli import app
from flows.news_etl import news_etl
from tasks import land
from tasks.schema import FACT_TABLES, TABLES
from tasks.validate import CHECK_REASONS, GateResult, lineage, validate_files
from tests.conftest import SEEDS
from tests.helpers import sql

DAY = date(2020, 1, 16)
RUN = datetime(2026, 1, 1, tzinfo=UTC)
NO_DOC = "f" * 32  # a well-formed doc_id no document has
Rows = list[dict[str, object]]
Staged = dict[str, Rows]
Change = Callable[[Rows, Staged], int]


@pytest.fixture(scope="module")
def stage(seeded_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> land.Stage:
    (run_id,) = sql(seeded_warehouse, "select distinct run_id from documents")[0]
    assert sql(seeded_warehouse, "select count(*) from quarantine") == [(0,)], "the seed partitions must be what was validated"
    st = land.Stage(tmp_path_factory.mktemp("stage") / "wh", str(run_id), DAY)
    for table in FACT_TABLES:
        st.final_dir(table).mkdir(parents=True)
        shutil.copy(land.partition_dir(seeded_warehouse, table, DAY) / "part-0.parquet", st.final_dir(table) / "part-0.parquet")
    return st


def files_of(st: land.Stage) -> dict[str, list[Path]]:
    return {t: [st.final_dir(t) / "part-0.parquet"] for t in FACT_TABLES}


def inject(st: land.Stage, tmp: Path, table: str, change: Change) -> tuple[land.Stage, int]:
    """A copy of the staged run with one row of ``table`` broken; returns the broken row's position."""
    copy = land.Stage(tmp / "wh", st.run_id, st.logical_date)
    shutil.copytree(st.root, copy.root)
    staged = {t: pq.read_table(files_of(copy)[t][0]).to_pylist() for t in FACT_TABLES}
    rows = staged[table]
    pos = change(rows, staged)
    pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[table].schema), files_of(copy)[table][0])
    return copy, pos


# -- faults ------------------------------------------------------------------------------------


def _set(**values: object) -> Change:
    def change(rows: Rows, staged: Staged) -> int:
        rows[0].update(values)
        return 0

    return change


def _where(pred: Callable[[dict], bool], **values: object) -> Change:
    def change(rows: Rows, staged: Staged) -> int:
        i = next(i for i, r in enumerate(rows) if pred(r))
        rows[i].update(values)
        return i

    return change


def _duplicate(rows: Rows, staged: Staged) -> int:
    rows.append(dict(rows[0]))
    return len(rows) - 1


def _shift_start(rows: Rows, staged: Staged) -> int:
    rows[0]["start_char"] = int(rows[0]["start_char"]) + 1  # type: ignore[arg-type]
    return 0


def _past_the_end(rows: Rows, staged: Staged) -> int:
    rows[-1]["end_char"] = int(rows[-1]["end_char"]) + 10_000  # type: ignore[arg-type]
    return len(rows) - 1


def _other_sentence(rows: Rows, staged: Staged) -> int:
    """The index of a sentence the document has, but not the one the span starts in."""
    have = {(s["doc_id"], s["sentence_index"]) for s in staged["sentences"]}
    for i, r in enumerate(rows):
        for other in (int(r["sentence_index"]) + 1, int(r["sentence_index"]) - 1):  # type: ignore[arg-type]
            if (r["doc_id"], other) in have:
                r["sentence_index"] = other
                return i
    raise AssertionError("no document with two sentences")


def _one_more_mention(rows: Rows, staged: Staged) -> int:
    rows[0]["mention_count"] = int(rows[0]["mention_count"]) + 1  # type: ignore[arg-type]
    return 0


def _inverted_dates(rows: Rows, staged: Staged) -> int:
    i = next(i for i, r in enumerate(rows) if r["type"] == "DATE")
    rows[i]["date_start"], rows[i]["date_end"] = date(2020, 2, 1), date(2020, 1, 1)
    return i


OTHER_RUN = _set(run_id="0123456789abcdef")
NEXT_DAY = _set(logical_date=DAY + timedelta(days=1))
UNIQUE = "expect_column_values_to_be_unique"
KEY = "expect_compound_columns_to_be_unique"

#: contract -> (table, fault, the rule that must catch it). The fault list of review 17: keys,
#: offsets, referential integrity, value domains, ranges, lineage, counts, for every landed table.
CASES: dict[str, tuple[str, Change, str]] = {
    "documents: doc_id unique": ("documents", _duplicate, f"{UNIQUE}(column=doc_id)"),
    "documents: n_chars is len(text)": ("documents", _set(n_chars=3), "_n_chars_ok"),
    "documents: language code": ("documents", _set(language="english"), "column=language"),
    "documents: run_id is the run's": ("documents", OTHER_RUN, "_lineage_ok"),
    "documents: logical_date is the run's": ("documents", NEXT_DAY, "_lineage_ok"),
    "sentences: key unique": ("sentences", _duplicate, KEY),
    "sentences: offsets inside the text": ("sentences", _past_the_end, "_span_ok"),
    "sentences: doc_id in documents": ("sentences", _set(doc_id=NO_DOC), "_doc_known"),
    "sentences: run_id is the run's": ("sentences", OTHER_RUN, "_lineage_ok"),
    "boilerplate: doc_id in documents": ("boilerplate", _set(doc_id=NO_DOC), "_doc_known"),
    "boilerplate: kind domain": ("boilerplate", _set(kind="banner"), "column=kind"),
    "boilerplate: logical_date is the run's": ("boilerplate", NEXT_DAY, "_lineage_ok"),
    "mentions: key unique": ("mentions", _duplicate, KEY),
    "mentions: offsets slice text": ("mentions", _shift_start, "_span_ok"),
    "mentions: entity_id in entities": ("mentions", _set(entity_id="0123456789abcdef"), "_entity_known"),
    "mentions: doc_id in documents": ("mentions", _set(doc_id=NO_DOC), "_doc_known"),
    "mentions: sentence_index a sentence of the document": ("mentions", _set(sentence_index=999), "_sentence_ok"),
    "mentions: sentence_index the sentence holding the span": ("mentions", _other_sentence, "_sentence_ok"),
    "mentions: label domain": ("mentions", _set(label="ANIMAL"), "column=label"),
    "mentions: run_id is the run's": ("mentions", OTHER_RUN, "_lineage_ok"),
    "entities: entity_id unique": ("entities", _duplicate, f"{UNIQUE}(column=entity_id)"),
    "entities: country_code ISO 3166-1": ("entities", _where(lambda r: r["country_code"] is not None, country_code="XX"), "_country_ok"),
    "entities: country_code shape": ("entities", _set(country_code="usa"), "column=country_code"),
    "entities: latitude range": ("entities", _set(latitude=123.0), "column=latitude"),
    "entities: longitude range": ("entities", _set(longitude=-200.0), "column=longitude"),
    "entities: run_id is the run's": ("entities", OTHER_RUN, "_lineage_ok"),
    "timexes: value shape of its type": ("timexes", _where(lambda r: r["type"] == "DATE", value="P2W"), "_value_ok"),
    "timexes: type domain": ("timexes", _set(type="DAY"), "column=type"),
    "timexes: mod domain": ("timexes", _set(mod="ABOUT"), "column=mod"),
    "timexes: date_start <= date_end": ("timexes", _inverted_dates, "_dates_ordered"),
    "timexes: sentence_index a sentence of the document": ("timexes", _set(sentence_index=999), "_sentence_ok"),
    "timexes: logical_date is the run's": ("timexes", NEXT_DAY, "_lineage_ok"),
    "amounts: currency ISO 4217": ("amounts", _where(lambda r: r["currency"] == "USD", currency="ZZZ"), "_currency_ok"),
    "amounts: value_low <= value <= value_high": ("amounts", _where(lambda r: r["value"] is not None, value_low=1e15, value_high=2e15), "_range_ok"),
    "amounts: kind domain": ("amounts", _set(kind="weight"), "column=kind"),
    "amounts: doc_id in documents": ("amounts", _set(doc_id=NO_DOC), "_doc_known"),
    "amounts: sentence_index a sentence of the document": ("amounts", _set(sentence_index=999), "_sentence_ok"),
    "amounts: run_id is the run's": ("amounts", OTHER_RUN, "_lineage_ok"),
}


def _quarantined(gate: GateResult, table: str, rule: str) -> list[dict[str, object]]:
    return [q for q in gate.quarantined if q["table_name"] == table and rule in str(q["rule"])]


@pytest.mark.parametrize("case", list(CASES))
def test_a_broken_contract_is_quarantined_under_its_rule(stage: land.Stage, tmp_path: Path, case: str) -> None:
    table, change, rule = CASES[case]
    broken, pos = inject(stage, tmp_path, table, change)
    gate = validate_files(files_of(broken), 1.0, RUN, docs=False, only=(table,))
    t = gate.tables[table]
    assert pos in t.reasons and any(rule in r for r, _ in t.reasons[pos]), f"{case}: missed; {t.reasons}"
    assert not t.table_failures, "one bad row must be held back, not fail the table"
    assert gate.passed, "under the threshold the rest is published"
    bad = pq.read_table(files_of(broken)[table][0]).slice(pos, 1).to_pylist()[0]
    rows = _quarantined(gate, table, rule)
    assert any(all(json.loads(str(q["row_json"]))[k] == bad[k] for k in TABLES[table].key) for q in rows), "the row is not in quarantine"
    assert all(q["reason"] for q in rows)
    failing = [r for r in gate.dq_rows() if not r["success"] and r["table_name"] == table and rule in str(r["expectation"])]
    assert failing and all(r["severity"] == "error" and r["unexpected_count"] for r in failing)


def test_a_miscounted_entity_is_a_warning_not_a_quarantine(stage: land.Stage, tmp_path: Path) -> None:
    # quarantining the entity would take every mention of it along for one count; publishing recounts
    broken, pos = inject(stage, tmp_path, "entities", _one_more_mention)
    gate = validate_files(files_of(broken), 0.05, RUN, docs=False, only=("entities",))
    assert gate.passed and not gate.tables["entities"].failed_rows
    (row,) = [r for r in gate.dq_rows() if "_count_ok" in str(r["expectation"])]
    assert (row["severity"], row["success"], row["unexpected_count"]) == ("warning", False, 1)


def test_the_clean_staged_run_passes_every_new_check(stage: land.Stage) -> None:
    gate = validate_files(files_of(stage), 0.05, RUN, docs=False)
    new = ("_doc_known", "_sentence_ok", "_lineage_ok", "_count_ok", "_country_ok")
    ran = [r for r in gate.dq_rows() if any(c in str(r["expectation"]) for c in new)]
    assert len(ran) == 17, "a lineage check per table (7), doc_id in 5, sentence_index in 3, two on entities"
    assert all(r["success"] and r["element_count"] for r in ran), [r for r in ran if not r["success"] or not r["element_count"]]
    assert gate.passed and gate.n_failed_rows == 0


def test_a_new_check_gives_its_own_reason(stage: land.Stage, tmp_path: Path) -> None:
    # an orphan mention used to be blamed on its offsets only
    broken, pos = inject(stage, tmp_path, "mentions", _set(doc_id=NO_DOC))
    gate = validate_files(files_of(broken), 1.0, RUN, docs=False, only=("mentions",))
    reasons = [why for rule, why in gate.tables["mentions"].reasons[pos] if "_doc_known" in rule]
    assert reasons == [CHECK_REASONS["_doc_known"]]


@pytest.mark.parametrize(("path", "expected"), [
    ("wh/_staging/abc123/final/mentions/dt=2020-01-16/part-0.parquet", ("abc123", DAY)),
    ("wh/parquet/mentions/dt=2020-01-16/part-0.parquet", (None, DAY)),  # a landed partition: the day only
    ("somewhere/mentions.parquet", (None, None)),  # a file of unknown origin: lineage not checked
])
def test_lineage_is_read_from_where_the_run_staged(path: str, expected: tuple[str | None, date | None]) -> None:
    assert lineage({"mentions": [Path(path)]}) == expected


def test_a_staged_mention_in_the_wrong_sentence_is_quarantined_by_the_flow_and_counts_follow(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the fault is written into the staged mentions after consolidation, before the gate reads them
    real = news_etl_module.consolidate_task

    def consolidate_then_break(st: land.Stage) -> dict[str, list[Path]]:
        files = real(st)
        path = files["mentions"][0]
        rows = pq.read_table(path).to_pylist()
        rows[0]["sentence_index"] = 999
        pq.write_table(pa.Table.from_pylist(rows, schema=TABLES["mentions"].schema), path)
        return files

    monkeypatch.setattr(news_etl_module, "consolidate_task", consolidate_then_break)
    wh = tmp_path / "wh"
    summary = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)
    assert summary["status"] == "published", "1 mention of ~50 is under the 5 % threshold"
    ((rule, reason, row),) = sql(wh, "select rule, reason, row_json from quarantine where table_name = 'mentions'")
    assert "_sentence_ok" in rule and reason == CHECK_REASONS["_sentence_ok"]
    assert json.loads(row)["sentence_index"] == 999
    assert sql(wh, "select count(*) from mentions where sentence_index = 999") == [(0,)]
    assert sql(wh, "select unexpected_count from dq_results where expectation like '%_sentence_ok%' and table_name = 'mentions'") == [(1,)]
    assert sql(wh, "select dq_success from runs") == [(False,)]
    # the held-back mention leaves its entity's count: published counts add up to published mentions
    assert sql(wh, "select count(*) from dq_results where expectation like '%_count_ok%' and success") == [(1,)]
    assert sql(wh, "select count(*) from entities e where mention_count <> (select count(*) from mentions m where m.entity_id = e.entity_id)") == [(0,)]
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", DAY.isoformat()])
    assert res.exit_code == 0, res.output
