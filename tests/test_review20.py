"""Review 20: the warehouse as BI tools and operators use it without our CLI.

A warehouse of three logical dates is landed from seeds/articles/ (a one-document day, a day of the rest, a day with
no folder, which lands empty partitions) and read the way other tools read it: every file's schema, pyarrow's and
pandas' hive datasets over a table folder, DuckDB's ``read_parquet``; ``newsetl validate`` on the landed dates; two
writers at once (a run waiting on the lock, two catalog builds). Real DuckDB, Parquet and Prefect, no mocks.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from flows.cli import app
from tasks import land
from tasks.schema import TABLES
from tasks.settings import REPO_ROOT

SEEDS = REPO_ROOT / "seeds" / "articles"
ONE_DOC, REST, EMPTY = date(2020, 1, 15), date(2020, 1, 16), date(2020, 1, 17)
ALL_TABLES = (*land.PUBLISHED_TABLES, "runs")


@pytest.fixture(scope="module")
def landed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from flows.news_etl import news_etl

    root = tmp_path_factory.mktemp("review20")
    landing = root / "landing"
    one = landing / ONE_DOC.isoformat()
    one.mkdir(parents=True)
    for f in SEEDS.glob("000_*"):
        shutil.copy(f, one)
    rest = landing / REST.isoformat()
    rest.mkdir()
    for f in SEEDS.iterdir():
        if not f.name.startswith("000_"):
            shutil.copy(f, rest)
    wh = root / "wh"
    for day in (ONE_DOC, REST, EMPTY):  # no folder for EMPTY: it lands empty partitions
        news_etl(input=str(landing), warehouse=str(wh), logical_date=day)
    return wh


def _files(wh: Path, table: str) -> list[Path]:
    return sorted((wh / land.PARQUET / table).glob("dt=*/*"))


def _rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows


# -- 1. every partition, one schema --------------------------------------------------------------


def test_the_landed_dates_hold_the_cases_the_schema_tests_need(landed: Path) -> None:
    # a schema test over partitions that are all alike could not fail: one document, no rows, only NULLs
    docs = {f.parent.name: _rows(f) for f in _files(landed, "documents")}
    assert docs == {f"dt={ONE_DOC}": 1, f"dt={REST}": docs[f"dt={REST}"], f"dt={EMPTY}": 0} and docs[f"dt={REST}"] > 1
    assert all(_rows(f) == 0 for f in _files(landed, "rejects"))
    one = pq.read_table(land.partition_dir(landed, "documents", ONE_DOC))
    assert one.column("duplicate_of").null_count == one.num_rows == 1


@pytest.mark.parametrize("table", ALL_TABLES)
def test_every_partition_of_a_table_is_written_with_the_contract_schema(landed: Path, table: str) -> None:
    # pyarrow.dataset takes the schema of the first file it finds: a partition written another way would be cast or fail
    # (Arrow types compare equal whatever a list's child is named: Parquet's own name, `element`, comes back)
    want = [(f.name, f.type, f.nullable) for f in TABLES[table].schema]
    files = _files(landed, table)
    assert len({f.parent.name for f in files}) == 3, files
    for f in files:
        got = [(x.name, x.type, x.nullable) for x in pq.read_schema(f)]
        assert got == want, f"{f}: {got}"


@pytest.mark.parametrize("table", ALL_TABLES)
def test_non_arrow_readers_see_one_physical_schema_in_every_partition(landed: Path, table: str) -> None:
    # DuckDB, Spark and BI engines read the Parquet types (repetition, logical type), not the Arrow schema
    con = duckdb.connect()
    seen = {tuple(con.execute("select name, type, repetition_type, converted_type, logical_type from parquet_schema(?)",
                              [str(f)]).fetchall()) for f in _files(landed, table)}
    assert len(seen) == 1, seen


@pytest.mark.parametrize("table", ["documents", "mentions", "rejects"])
def test_each_reader_of_a_table_folder_gets_every_row_and_dt_typed_as_documented(landed: Path, table: str) -> None:
    folder = landed / land.PARQUET / table
    con = duckdb.connect(str(landed / land.CATALOG), read_only=True)
    n = con.execute(f"select count(*) from {table}").fetchone()[0]
    # docs/data_dictionary.md: pyarrow a string, pandas a category, DuckDB a DATE, unless told
    plain = ds.dataset(folder, format="parquet", partitioning="hive").to_table()
    assert plain.num_rows == n and plain.schema.field("dt").type == pa.string()
    typed = ds.dataset(folder, format="parquet", partitioning=ds.partitioning(pa.schema([("dt", pa.date32())]), flavor="hive")).to_table()
    assert typed.num_rows == n and typed.column("dt").to_pylist() == typed.column("logical_date").to_pylist()
    frame = pd.read_parquet(folder)
    assert len(frame) == n and isinstance(frame["dt"].dtype, pd.CategoricalDtype)
    glob = str(folder / "*" / "*.parquet")
    plain_sql = con.execute(f"describe select * from read_parquet('{glob}', hive_partitioning=true)").fetchall()
    union_sql = con.execute(f"describe select * from read_parquet('{glob}', hive_partitioning=true, union_by_name=true)").fetchall()
    assert plain_sql == union_sql, "union_by_name changed the columns: the partitions differ"
    assert dict((r[0], r[1]) for r in plain_sql)["dt"] == "DATE"


def test_a_table_folder_holds_nothing_but_its_parquet_files(landed: Path) -> None:
    # pyarrow and pandas open every file of the folder; polars refuses one holding another extension
    stray = [p for p in (landed / land.PARQUET).rglob("*") if p.is_file() and p.suffix != ".parquet"]
    assert not stray, stray


def test_a_runs_row_half_written_when_its_run_died_is_never_read_by_a_bi_tool(landed: Path, tmp_path: Path) -> None:
    # the runs log is written at the start and end of every run, beside partitions BI tools read; its temp
    # file, named run-<id>.tmp in the table folder, failed pandas.read_parquet with "Parquet magic bytes not found"
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    target = next(iter(_files(wh, "runs")))
    scratch = land.scratch_path(wh, target)
    assert (wh / land.PARQUET) not in scratch.parents
    scratch.write_bytes(target.read_bytes()[:100])  # a run killed while writing it
    assert len(pd.read_parquet(wh / land.PARQUET / "runs")) == 3
    assert ds.dataset(wh / land.PARQUET / "runs", format="parquet", partitioning="hive").count_rows() == 3
    land.recover(wh)
    assert not scratch.exists(), "the next run's recovery leaves the dead run's scratch file"


# -- 2. lineage a user audits --------------------------------------------------------------------


def test_each_partition_names_the_run_and_date_that_landed_it(landed: Path) -> None:
    con = duckdb.connect(str(landed / land.CATALOG), read_only=True)
    runs = dict(con.execute("select logical_date, run_id from runs where status = 'published'").fetchall())
    assert set(runs) == {ONE_DOC, REST, EMPTY} and len(set(runs.values())) == 3
    for table in ("documents", "mentions", "ingest_log", "dq_results"):
        got = con.execute(f"select dt, logical_date, run_id, count(*) from {table} group by all").fetchall()
        assert all(dt == day and run_id == runs[day] for dt, day, run_id, _ in got), (table, got)
    files = {day: n for day, n in con.execute("select logical_date, count(*) from ingest_log group by all").fetchall()}
    # a .txt and its .json sidecar are one input row; the day with no folder read no file
    assert files == {ONE_DOC: 1, REST: 2}, files


# -- 3. newsetl validate on a landed warehouse --------------------------------------------------


def test_validate_on_landed_partitions_names_the_checks_it_cannot_judge(landed: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", REST.isoformat()])
    assert res.exit_code == 0, res.output
    not_judged = [line for line in res.output.splitlines() if line.startswith("not judged")]
    assert len(not_judged) == 2 and "boilerplate" in not_judged[0] and "_line_ok" in not_judged[0], res.output
    assert "raw input" in not_judged[0] and "entities" in not_judged[1] and "_seen_ok" in not_judged[1]
    report = max((wh / "dq" / f"dt={REST}").glob("validate-*/summary.json"))
    assert json.loads(report.read_text())["not_judged"] == 2
    page = (report.parent / "index.html").read_text()
    assert "Not judged" in page and page.count("column=_line_ok") == 1
    # the run did judge them, with the raw input and its staged story dates at hand
    con = duckdb.connect(str(wh / land.CATALOG), read_only=True)
    judged = con.execute("select expectation, element_count, success from dq_results where dt = ? and "
                         "(expectation like '%_line_ok%' or expectation like '%_seen_ok%')", [REST]).fetchall()
    assert len(judged) == 2 and all(n > 0 and ok for _, n, ok in judged), judged


def test_validate_still_runs_every_other_check_on_landed_partitions(landed: Path) -> None:
    from tasks.validate import NOT_JUDGED_WHEN_LANDED, revalidate

    gate = revalidate(landed, REST, 0.05)
    ran = [str(r["expectation"]) for r in gate.dq_rows()]
    assert not any(col in e for e in ran for col in NOT_JUDGED_WHEN_LANDED)
    assert any("_span_ok" in e for e in ran) and any("_duplicate_known" in e for e in ran)
    assert gate.passed and gate.n_errors == 0


# -- 4. two writers at once ----------------------------------------------------------------------


def test_a_run_told_to_wait_for_the_lock_lands_after_the_holder_finishes(landed: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # a scheduled deployment run while an operator's manual run holds the warehouse (prefect.yaml sets the wait)
    from flows.news_etl import news_etl

    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    held, release = threading.Event(), threading.Event()

    def manual_run() -> None:
        with land.warehouse_lock(wh):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=manual_run)
    holder.start()
    held.wait(10)
    threading.Timer(3.0, release.set).start()
    monkeypatch.setenv("NEWSETL_LOCK_TIMEOUT_S", "60")
    started = time.monotonic()
    summary = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=date(2020, 1, 18))
    holder.join()
    assert time.monotonic() - started >= 3.0, "it did not wait for the holder"
    assert summary["status"] == "published", summary
    con = duckdb.connect(str(wh / land.CATALOG), read_only=True)
    assert con.execute("select count(distinct dt) from runs where status = 'published'").fetchone()[0] == 4


def _build(wh: str, times: int) -> int:
    failed = 0
    for _ in range(times):
        try:
            land.build_catalog(Path(wh))
        except Exception:  # noqa: BLE001 - counted: any failure is the defect
            failed += 1
    return failed


def test_two_catalog_builds_at_once_both_succeed_and_leave_a_whole_catalog(landed: Path, tmp_path: Path) -> None:
    # `newsetl query` rebuilds an outdated catalog without the run's lock while the run rebuilds it too: they
    # shared one temp file, and 10 of 30 builds failed (DuckDB lock conflicts, a temp file gone under the other)
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        failed = pool.starmap(_build, [(str(wh), 8), (str(wh), 8)])
    assert failed == [0, 0]
    con = duckdb.connect(str(wh / land.CATALOG), read_only=True)
    assert con.execute("select count(distinct dt) from runs").fetchone()[0] == 3
    assert not list(wh.glob(".news.duckdb*")), "a temp catalog was left behind"


def test_the_deployment_queues_its_runs_and_waits_for_a_manual_one() -> None:
    # two deployment runs started together: the second failed with WarehouseBusy on a process work pool
    spec = yaml.safe_load((REPO_ROOT / "prefect.yaml").read_text())
    (dep,) = spec["deployments"]
    assert dep["concurrency_limit"] == 1
    assert float(dep["work_pool"]["job_variables"]["env"]["NEWSETL_LOCK_TIMEOUT_S"]) >= 600
