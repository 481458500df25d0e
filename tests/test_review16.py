"""Session 16's operator review: crashes, a second run, backfill with late files, readers in other time zones.

Stories are Reuters-21578 (``reuters-1464``, ``reuters-1465`` in ``reut2-001.sgm``, ``reuters-2586`` in
``reut2-002.sgm``), outside the evaluation sets, as ``bench/reuters.py`` converts them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tasks import land
from tests.helpers import snapshot, sql, staged_copy

DAY = date(2020, 1, 16)

# reuters-1465 (reut2-001.sgm)
TENNECO = {"id": "reuters-1465", "title": "TENNECO <TGT> TO REDEEM 11 DLR PREFERRED", "published_at": "4-MAR-1987 10:16:02.51",
           "text": "HOUSTON, March 4 - Tenneco Inc said it will redeem all of its outstanding 11.00 dlr cumulative "
                   "preference stock on April eight at 102.24 dlrs a share including accrued dividends.\n\n"
                   "It said 2,515,400 shares of the stock will be redeemed.\n\nReuter"}
# reuters-2586 (reut2-002.sgm): two entities, so the story also makes a co-occurring pair
POSTMASTERS = {"id": "reuters-2586", "title": "POSTMASTERS <POST> LISTED ON NASDAQ", "published_at": "6-MAR-1987 10:03:52.59",
               "text": "TAMPA, Fla., March 6 - Postmasters Inc said its common stock has been listed on the NASDAQ system, "
                       "effective today.\n\nReuter"}
# reuters-1464 (reut2-001.sgm), filed at 10:15 but reaching the landing folder after its day was landed
CANADIAN = {"id": "reuters-1464", "title": "CANADIAN HOME SHOPPING SALES ABOVE EXPECTATIONS", "published_at": "4-MAR-1987 10:15:31.10",
            "text": "TORONTO, March 4 - <Canadian Home Shopping Network Ltd> said sales of 1,149,339 dlrs from the first "
                    "six weeks of operation by its cable television shop at home service were above the company's "
                    "expectations by a significant margin.\n\nReuter"}


def _jsonl(path: Path, *stories: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")


def _copy(src: Path, tmp_path: Path) -> Path:
    wh = tmp_path / "wh"
    shutil.copytree(src, wh)
    return wh


# -- crashes -------------------------------------------------------------------------------------


def test_a_torn_publish_journal_no_longer_blocks_every_later_run(seeded_warehouse: Path, tmp_path: Path) -> None:
    # a run killed while writing PUBLISH.json left it empty; recovery then raised JSONDecodeError in
    # every later run. Nothing is swapped before the journal is whole, so the staging area goes.
    wh = _copy(seeded_warehouse, tmp_path)
    before = snapshot(wh)
    stage = land.open_stage(wh, "torn", DAY)
    stage.final_dir("documents").mkdir(parents=True)
    (stage.root / land.JOURNAL).write_text("")
    assert land.recover(wh) == []
    assert not stage.root.exists()
    assert snapshot(wh) == before


def test_publish_leaves_a_whole_journal_or_none(seeded_warehouse: Path, tmp_path: Path) -> None:
    wh = _copy(seeded_warehouse, tmp_path)
    stage = staged_copy(wh, "again", DAY)
    before = snapshot(wh)
    land.publish(stage)
    assert not stage.root.exists() and not list((wh / land.STAGING).glob("*/*.tmp"))
    assert snapshot(wh) == before


def test_a_run_left_running_by_a_killed_process_is_marked_crashed(seeded_warehouse: Path, tmp_path: Path) -> None:
    # the runs row is written 'running' when a run starts; a kill -9 left it so for ever, a status
    # the data dictionary did not name
    from flows.news_etl import news_etl
    from tasks.settings import REPO_ROOT

    wh = _copy(seeded_warehouse, tmp_path)
    killed = {"flow_run_id": "killed-run", "input": "landing", "started_at": None, "finished_at": None, "status": "running",
              "n_files": 0, "n_records": 0, "n_loaded": 0, "n_duplicate": 0, "n_rejected": 0, "n_quarantined": 0,
              "n_mentions": 0, "n_timexes": 0, "n_amounts": 0, "dq_success": None, "duration_s": 0.0, "stage_seconds": "{}",
              "versions": "{}"}
    from datetime import UTC, datetime

    killed["started_at"] = datetime(2020, 1, 17, 6, tzinfo=UTC)
    land.append_run(wh, killed, "none", DAY)
    news_etl(input=str(REPO_ROOT / "seeds" / "articles"), warehouse=str(wh), logical_date=DAY)
    statuses = dict(sql(wh, "select flow_run_id, status from runs"))
    assert statuses["killed-run"] == "crashed"
    assert "running" not in statuses.values()


def _pids_alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        # a zombie is not ours to reap (its parent is gone); only a running one counts
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().split(") ")[-1][:1] != "Z":
            alive.append(pid)
    return alive


def test_nlp_workers_end_when_their_run_is_killed(tmp_path: Path) -> None:
    # a run killed with SIGKILL left its two model-holding workers (about 370 MB each) idling for ever
    script = ("import sys, time\nfrom tasks import nlp\n"
              "def main():\n"
              "    ex = nlp.pool('en_core_web_sm', 2)\n"
              "    print(sorted({ex.submit(nlp._ready).result() for _ in range(8)}), flush=True)\n"
              "    time.sleep(60)\n"
              "if __name__ == '__main__':\n    main()\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    try:
        workers = json.loads(proc.stdout.readline())
        assert workers and proc.pid not in workers
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while _pids_alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _pids_alive(workers) == []


def _flow_run_child() -> None:
    """What a flow run under `newsetl serve` does to the pool: Prefect runs it in a spawned process."""
    from tasks import nlp

    ex = nlp.pool("en_core_web_sm", 2)
    ex.submit(nlp._ready).result()


def test_a_flow_run_process_that_used_the_nlp_pool_exits(tmp_path: Path) -> None:
    # under `newsetl serve` the run's process hung at exit joining its idle workers, and SIGTERM and
    # SIGINT no longer stopped `serve`
    import multiprocessing

    child = multiprocessing.get_context("spawn").Process(target=_flow_run_child)
    child.start()
    child.join(60)
    try:
        assert child.exitcode == 0
    finally:
        if child.exitcode is None:
            child.kill()  # its workers follow it (exit_with_parent)
            child.join()


# -- a second run -------------------------------------------------------------------------------


def test_a_second_run_on_a_busy_warehouse_stops_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    # the refusal came after the Prefect API had started, below the flow's logged traceback
    from tasks.settings import REPO_ROOT

    wh = tmp_path / "wh"
    assert land.lock_holder(wh) is None
    with land.warehouse_lock(wh):
        assert land.lock_holder(wh).startswith(f"pid {os.getpid()}, since ")
        res = subprocess.run([Path(sys.executable).parent / "newsetl", "run", "--input", str(REPO_ROOT / "seeds" / "articles"),
                              "--warehouse", str(wh), "--logical-date", "2020-01-16"],
                             capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert res.returncode == 1
    assert "another newsetl run is writing to" in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert sorted(p.name for p in wh.iterdir()) == [".lock"], "the refused run wrote nothing"
    assert land.lock_holder(wh) is None


# -- backfill and time zones ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def landing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review16") / "landing"
    _jsonl(root / "1987-03-04" / "wire.jsonl", TENNECO)
    return root


def _backfill(landing: Path, wh: Path, *extra: str) -> str:
    from flows.cli import app

    res = CliRunner().invoke(app, ["backfill", "--start", "1987-03-04", "--end", "1987-03-04", "--input", str(landing),
                                   "--warehouse", str(wh), *extra])
    assert res.exit_code == 0, res.output
    return res.output


def test_backfill_lands_a_late_file_it_used_to_skip_and_keeps_unchanged_days(landing: Path, tmp_path: Path) -> None:
    src = tmp_path / "landing"
    shutil.copytree(landing, src)
    wh = tmp_path / "wh"
    _backfill(src, wh)
    unchanged = _backfill(src, wh)
    assert "1987-03-04: already landed, skipped" in unchanged
    _jsonl(src / "1987-03-04" / "late.jsonl", CANADIAN)
    late = _backfill(src, wh)
    assert "1987-03-04: its input changed since it was landed" in late
    assert sorted(r[0] for r in sql(wh, "select source_id from documents")) == ["reuters-1464", "reuters-1465"]
    log = sql(wh, "select path, status, run_id from ingest_log where dt = '1987-03-04' order by path")
    assert [r[:2] for r in log] == [("1987-03-04/late.jsonl", "loaded"), ("1987-03-04/wire.jsonl", "loaded")]
    published = sql(wh, "select run_id from runs where status = 'published' and logical_date = '1987-03-04' "
                        "order by finished_at desc limit 1")
    assert {r[2] for r in log} == {published[0][0]}, "runs and ingest_log name the same landing"


@pytest.mark.parametrize("reader_tz", ["UTC", "America/New_York", "Asia/Tokyo"])
def test_daily_views_give_the_utc_day_whatever_the_readers_time_zone(tmp_path_factory: pytest.TempPathFactory,
                                                                      reader_tz: str) -> None:
    # a bare cast of published_at to a date used the reader's TimeZone: the same story fell on 6 March
    # in New York and on 7 March in UTC and Tokyo
    wh = _late_evening_warehouse(tmp_path_factory)
    con = duckdb.connect(str(wh / land.CATALOG), read_only=True)
    try:
        con.execute(f"set TimeZone = '{reader_tz}'")
        days = {r[0] for r in con.execute("select day from entity_daily_mentions").fetchall()}
        pair_days = {r[0] for r in con.execute("select day from entity_cooccurrence_daily").fetchall()}
    finally:
        con.close()
    assert days == pair_days == {date(1987, 3, 7)}


_LATE: dict[str, Path] = {}


def _late_evening_warehouse(factory: pytest.TempPathFactory) -> Path:
    if "wh" not in _LATE:
        from flows.news_etl import news_etl

        src = factory.mktemp("late-evening")
        # made: the Postmasters story stamped 23:30 in Tampa's winter time, 04:30 UTC the next day
        _jsonl(src / "in" / "wire.jsonl", {**POSTMASTERS, "published_at": "1987-03-06T23:30:00-05:00"})
        wh = src / "wh"
        news_etl(input=str(src / "in"), warehouse=str(wh), logical_date=date(1987, 3, 6))
        _LATE["wh"] = wh
    return _LATE["wh"]
