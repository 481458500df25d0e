"""A near-duplicate whose canonical copy is quarantined is held back with it.

Published alone, the copy's ``duplicate_of`` would name a document no reader can find (review 18 left
this open). Real flow run, real GX, real Parquet; the canonical row is broken in the run's staging area
just before the gate, as tests/test_review18.py does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import flows.news_etl as news_etl_module
from flows.news_etl import news_etl
from tasks import land
from tasks.schema import TABLES
from tasks.validate import DUPLICATE_CASCADE_RULE
from tests.helpers import sql
from tests.test_gate_ranges import WINTERKILL
from tests.test_review18 import PAKISTAN

# made: a wire re-send of reuters-1069 with one word changed, so it lands as its near-duplicate
RESEND = dict(WINTERKILL, id="reuters-1069-resend", text=WINTERKILL["text"].replace("private forecaster", "the forecaster"))


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[list[dict[str, object]]], None]) -> Path:
    src = tmp_path / "in" / "wire.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps(r) + "\n" for r in (WINTERKILL, RESEND, PAKISTAN[0])))
    real = news_etl_module.consolidate_task

    def consolidate_then_break(st: land.Stage) -> dict[str, list[Path]]:
        files = real(st)
        path = st.final_dir("documents") / "part-0.parquet"
        rows = pq.read_table(path).to_pylist()
        change(rows)
        pq.write_table(pa.Table.from_pylist(rows, schema=TABLES["documents"].schema), path)
        return files

    monkeypatch.setattr(news_etl_module, "consolidate_task", consolidate_then_break)
    monkeypatch.setenv("NEWSETL_DQ_ERROR_THRESHOLD", "0.99")  # three stories, two held back: most of each table
    wh = tmp_path / "wh"
    assert news_etl(input=str(src.parent), warehouse=str(wh), logical_date=date(1987, 3, 3))["status"] == "published"
    return wh


def test_the_copy_of_a_quarantined_story_is_held_back_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def break_the_canonical(rows: list[dict[str, object]]) -> None:
        canonical = next(r for r in rows if r["source_id"] == "reuters-1069")
        resend = next(r for r in rows if r["source_id"] == "reuters-1069-resend")
        assert resend["duplicate_of"] == canonical["doc_id"]  # the re-send landed as the near-duplicate
        canonical["n_chars"] = 3

    wh = _run(tmp_path, monkeypatch, break_the_canonical)
    assert sql(wh, "select source_id from documents") == [("reuters-332",)]
    assert sql(wh, "select count(*) from amounts where unit = 'degree Fahrenheit'") == [(0,)]
    held = sql(wh, f"select row_json from quarantine where table_name = 'documents' and rule = '{DUPLICATE_CASCADE_RULE}'")
    assert [json.loads(r)["source_id"] for (r,) in held] == ["reuters-1069-resend"]


def test_a_quarantined_copy_leaves_its_canonical_story_published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def break_the_copy(rows: list[dict[str, object]]) -> None:
        next(r for r in rows if r["source_id"] == "reuters-1069-resend")["n_chars"] = 3

    wh = _run(tmp_path, monkeypatch, break_the_copy)
    assert sql(wh, "select source_id, duplicate_of from documents order by source_id") == [
        ("reuters-1069", None), ("reuters-332", None)]
