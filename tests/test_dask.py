"""Scale-out: the same tables whatever the NLP process count or the task runner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flows.news_etl import news_etl, with_task_runner
from tests.conftest import SEEDS
from tests.helpers import snapshot

DAY = date(2020, 1, 16)


def test_two_nlp_processes_land_the_same_tables_as_one(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    summary = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, nlp_processes=2, batch_size=2)
    assert summary["status"] == "published" and summary["mentions"]
    one = news_etl(input=str(SEEDS), warehouse=str(tmp_path / "one"), logical_date=DAY, nlp_processes=1, batch_size=2)
    assert one["mentions"] == summary["mentions"]
    assert snapshot(wh) == snapshot(tmp_path / "one")


def test_dask_local_cluster_lands_the_same_tables_as_the_default_runner(seeded_warehouse: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    flow = with_task_runner("dask", dask_workers=2)
    # Small batches so several extract runs are in flight on the two workers at once.
    summary = flow(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, batch_size=1)
    assert summary["status"] == "published" and summary["documents loaded"]
    assert snapshot(wh) == snapshot(seeded_warehouse)
