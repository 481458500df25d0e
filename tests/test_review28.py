"""Session 23's review 28.

1. Review 27 made a run that changes its day name the later landed days its landing folder holds no input for (it
   cannot land them again, so they keep a second copy of a story it now lands). A run with ``reland_later_days`` 0,
   and ``newsetl backfill``, said nothing about them: the day was kept stale, silently (a backfill whose range
   held it printed "already landed, skipped", and with ``--reprocess`` replaced it with an empty partition).

Days B and C are review 22's Reuters-21578 stories (outside the evaluation sets): C carries ``reuters-4712``, Reuters'
word-for-word re-send of B's ``reuters-4616``. C is landed from another folder than B's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import sql
from tests.test_review21 import _jsonl
from tests.test_review22 import BEEF, DAY_B, DAY_C, MIYAZAWA, MIYAZAWA_AGAIN, _run


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    landing, wh = tmp_path / "landing", tmp_path / "wh"
    _jsonl(landing / DAY_B / "wire.jsonl", MIYAZAWA)
    _jsonl(tmp_path / "elsewhere" / DAY_C / "wire.jsonl", MIYAZAWA_AGAIN, BEEF)
    _run(tmp_path / "elsewhere", wh, DAY_C)
    return landing, wh


def _said(output: str, caplog: pytest.LogCaptureFixture) -> str:
    return " ".join((output + caplog.text).split())


def _unread(landing: Path, wh: Path, changed: str) -> str:
    return (f"1 later day(s) ({DAY_C}) have no input in {landing}: kept as landed, not checked against {changed} "
            f"(a copy they hold of one of them is a second copy); land them again from the input they came from: "
            f"`newsetl backfill --start {DAY_C} --end {DAY_C} --input <their landing folder> --warehouse {wh}`")


def test_a_run_that_only_warns_names_a_later_day_without_input(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, wh = _folders(tmp_path)
    caplog.clear()
    said = _said(_run(landing, wh, DAY_B, "--reland-later-days", "0"), caplog)
    assert sql(wh, "select count(*) - count(distinct doc_id) from documents") == [(1,)], "C keeps its copy of B's story"
    assert _unread(landing, wh, f"{DAY_B}'s documents") in said, said
    assert said.count("have no input in") == 1, said


def _backfill(landing: Path, wh: Path, start: str, end: str, *extra: str) -> str:
    from flows.cli import app

    res = CliRunner().invoke(app, ["backfill", "--start", start, "--end", end, "--input", str(landing), "--warehouse", str(wh), *extra])
    assert res.exit_code == 0, res.output
    return res.output


def test_a_backfill_names_a_later_day_without_input_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, wh = _folders(tmp_path)
    caplog.clear()
    said = _said(_backfill(landing, wh, DAY_B, DAY_B), caplog)
    assert _unread(landing, wh, f"the documents of {DAY_B}") in said, said
    assert said.count("have no input in") == 1, said


def test_a_backfill_over_a_day_without_input_does_not_call_it_landed_from_it(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, wh = _folders(tmp_path)
    caplog.clear()
    said = _said(_backfill(landing, wh, DAY_B, DAY_C), caplog)
    assert f"{DAY_C}: already landed, skipped" not in said, said
    assert f"{DAY_C}: no input in the landing folder, kept as landed" in said, said
    assert _unread(landing, wh, f"the documents of {DAY_B}") in said, said
    assert sql(wh, "select count(*) - count(distinct doc_id) from documents") == [(1,)], "nothing lost, nothing relanded"
    # nothing changed in the range: nothing to say about C
    caplog.clear()
    said = _said(_backfill(landing, wh, DAY_B, DAY_C), caplog)
    assert "have no input in" not in said, said
    # --reprocess lands B again, but does not replace C with the nothing this folder holds for it
    said = _said(_backfill(landing, wh, DAY_B, DAY_C, "--reprocess"), caplog)
    assert f"{DAY_C}: no input in the landing folder, kept as landed" in said, said
    assert sql(wh, f"select count(*) from documents where dt = '{DAY_C}'") == [(2,)]


def test_a_copied_warehouse_says_how_its_catalog_reads_the_copy(seeded_warehouse: Path, tmp_path: Path) -> None:
    """3. BI users read the Parquet and `news.duckdb` directly. Every table read the same by pyarrow.dataset, pandas
    and duckdb from another directory, but the catalog of a copied warehouse read the original's files, silently, and
    the data dictionary did not say so; the command it now names makes the copy's catalog read the copy."""
    import shutil

    import duckdb

    from flows.cli import app
    from tasks.schema import data_dictionary

    said = " ".join(data_dictionary().split())
    assert "a warehouse moved or copied elsewhere" in said and '`newsetl query "select 1" --warehouse <new place>`' in said
    copy = tmp_path / "copy"
    shutil.copytree(seeded_warehouse, copy)

    def reads() -> str:
        con = duckdb.connect(str(copy / "news.duckdb"), read_only=True)
        try:
            return con.execute("select sql from duckdb_views() where view_name = 'documents'").fetchone()[0]
        finally:
            con.close()

    assert str(seeded_warehouse / "parquet") in reads()  # the copy's catalog reads the original
    res = CliRunner().invoke(app, ["query", "select 1", "--warehouse", str(copy)])
    assert res.exit_code == 0, res.output
    assert str(copy / "parquet") in reads() and str(seeded_warehouse) not in reads()
