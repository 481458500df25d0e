"""Session 22's review 25: product defects found by a demanding user.

1. Review 24 kept each day's de-duplication state in ``warehouse/parquet/_dedup/dt=<day>/``, where a BI tool
   that lists every folder of ``parquet/`` took it for a table. It now lives in ``warehouse/_state/dedup/``, and
   a run on a warehouse of the old layout moves the old folder there (a backfill reads it before any run does).
2. A backfill over several days repeated the stale-days and never-landed warnings once per day; it now says
   each once, at its end, naming every day concerned.

Days A, B and C are review 22's Reuters-21578 stories (outside the evaluation sets), D review 24's ``reuters-3461``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tasks import land
from tasks.schema import TABLES
from tests.helpers import snapshot
from tests.test_review21 import COIN, COIN_AGAIN, DAY_A, DAY_B, OUTLETS, QUAKER, _jsonl
from tests.test_review22 import BEEF, DAY_C, MIYAZAWA, MIYAZAWA_AGAIN, _landing, _run, _runs
from tests.test_review24 import FORINT

DAY_D = "1987-03-14"


def _backfill(landing: Path, wh: Path, start: str, end: str) -> str:
    from flows.cli import app

    res = CliRunner().invoke(app, ["backfill", "--start", start, "--end", end, "--input", str(landing), "--warehouse", str(wh)])
    assert res.exit_code == 0, res.output
    return res.output


def _state(wh: Path, day: str) -> Path:
    return wh / "_state" / "dedup" / f"dt={day}" / "part-0.parquet"


@pytest.fixture(scope="module")
def in_order(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("review25")
    landing, wh = _landing(root / "landing"), root / "wh"
    for day in (DAY_A, DAY_B):
        _run(landing, wh, day)
    return landing, wh


def test_every_folder_under_parquet_is_a_table(in_order: tuple[Path, Path], tmp_path: Path) -> None:
    landing, landed = in_order
    # a BI tool that lists parquet/ and opens each folder as a table met `_dedup`, no table of the dictionary
    assert {p.name for p in (landed / land.PARQUET).iterdir()} <= set(TABLES)
    for day in (DAY_A, DAY_B):
        assert pq.read_table(_state(landed, day)).column_names == ["doc_id", "bands"]
    # a re-run lands the same tables and the same state
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    _run(landing, wh, DAY_A, "--reprocess")
    assert snapshot(wh) == snapshot(landed)
    for day in (DAY_A, DAY_B):
        assert pq.read_table(_state(wh, day)).equals(pq.read_table(_state(landed, day)))
    assert not (wh / land.PARQUET / "_dedup").exists()


def _old_layout(landed: Path, wh: Path) -> None:
    """``landed`` as review 24 wrote it: the state under ``parquet/_dedup/``."""
    shutil.copytree(landed, wh)
    shutil.move(wh / "_state" / "dedup", wh / land.PARQUET / "_dedup")
    shutil.rmtree(wh / "_state")


def test_a_warehouse_of_the_old_layout_is_moved_on_its_next_run(in_order: tuple[Path, Path], tmp_path: Path) -> None:
    landing, landed = in_order
    wh = tmp_path / "wh"
    _old_layout(landed, wh)
    # before any run moved it, a backfill reads the old folder: both days are still current
    out = _backfill(landing, wh, DAY_A, DAY_B)
    assert f"{DAY_A}: already landed, skipped" in out and f"{DAY_B}: already landed, skipped" in out, out
    # the next run (a no-op) moves it; no `_dedup` is left among the tables
    _run(landing, wh, DAY_A)
    assert _runs(wh, DAY_A)[-1] == "noop"
    assert not (wh / land.PARQUET / "_dedup").exists()
    assert {p.name for p in (wh / land.PARQUET).iterdir()} <= set(TABLES)
    for day in (DAY_A, DAY_B):
        assert pq.read_table(_state(wh, day)).equals(pq.read_table(_state(landed, day)))
    # every table folder reads as one dataset again, and the moved state still decides what is current
    assert ds.dataset(wh / land.PARQUET / "documents", format="parquet", partitioning="hive").count_rows() > 0
    out = _backfill(landing, wh, DAY_A, DAY_B)
    assert out.count("already landed, skipped") == 2, out


def test_a_backfill_names_the_days_after_its_range_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # C carries a re-send of A's coin story and B's Miyazawa story: A's and B's runs each leave C stale; D's
    # folder is there but was never landed
    landing, wh = tmp_path / "landing", tmp_path / "wh"
    _jsonl(landing / DAY_A / "wire.jsonl", QUAKER, COIN, OUTLETS)
    _jsonl(landing / DAY_B / "wire.jsonl", MIYAZAWA)
    _jsonl(landing / DAY_C / "wire.jsonl", MIYAZAWA_AGAIN, BEEF, COIN_AGAIN)
    _jsonl(landing / DAY_D / "wire.jsonl", FORINT)
    _run(landing, wh, DAY_C)
    caplog.clear()
    said = " ".join((_backfill(landing, wh, DAY_A, DAY_B) + caplog.text).split())
    assert said.count("were landed before") == 1, said
    assert (f"1 later day(s) ({DAY_C}) were landed before this backfill changed {DAY_A}, {DAY_B}: their duplicates "
            f"were decided without its documents; land them again with `newsetl backfill --start {DAY_C} --end {DAY_C} "
            f"--input {landing} --warehouse {wh}`") in said
    assert said.count("were never landed") == 1, said
    assert (f"1 later day(s) of {landing} were never landed ({DAY_D}); land them with `newsetl backfill --start {DAY_D} "
            f"--end {DAY_D} --input {landing} --warehouse {wh}`") in said
    # what it names is what is left: backfilling it lands C again and then nothing is left to say
    caplog.clear()
    said = " ".join((_backfill(landing, wh, DAY_C, DAY_D) + caplog.text).split())
    assert f"{DAY_C}: its input changed" in said and "were landed before" not in said and "never landed" not in said, said


def test_a_dask_run_shows_no_scheduler_chatter(tmp_path: Path) -> None:
    # the CLI shows warnings only; distributed logged 24 INFO lines of its LocalCluster's start and stop
    import os
    import subprocess
    import sys

    from tasks.settings import REPO_ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    env["PYTHONPATH"] = str(REPO_ROOT)
    res = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--task-runner", "dask", "--dask-workers", "1", "--input",
         str(REPO_ROOT / "seeds" / "articles" / "002_wire.jsonl"), "--warehouse", str(tmp_path / "wh"),
         "--logical-date", "2020-01-16"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600, check=False)
    assert res.returncode == 0, res.stderr
    assert "published" in res.stdout
    assert "distributed." not in res.stdout + res.stderr, res.stderr
