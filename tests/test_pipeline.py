"""End to end: the flow on real files into real Parquet and a real DuckDB catalog."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.news_etl import DataQualityError, news_etl
from tasks import land
from tasks.schema import FACT_TABLES, TABLES
from tests.conftest import FIXTURES, SEEDS
from tests.helpers import snapshot, sql, staged_copy

DAY = date(2020, 1, 16)


def test_seed_facts_land_with_exact_offsets(seeded_warehouse: Path) -> None:
    wh = seeded_warehouse
    for table in (*FACT_TABLES, "ingest_log", "dq_results", "runs"):
        assert sql(wh, f"select count(*) from {table}")[0][0] > 0, f"{table} is empty"
    rows = sql(wh, """
        select s.text, substr(d.text, s.start_char + 1, s.end_char - s.start_char), s.kind from (
            select doc_id, start_char, end_char, text, 'mention' as kind from mentions
            union all select doc_id, start_char, end_char, text, 'timex' from timexes
            union all select doc_id, start_char, end_char, text, 'amount' from amounts) s
        join documents d using (doc_id)""")
    assert rows and all(span == sliced for span, sliced, _ in rows)
    seed = "where d.source_uri = '000_f5a45168e158e88b.txt'"
    texts = lambda t: {r[0] for r in sql(wh, f"select x.text from {t} x join documents d using (doc_id) {seed}")}  # noqa: E731
    assert "Iraq" in texts("mentions")
    assert "January 15" in texts("timexes")
    assert "$ 250 million" in texts("amounts")
    assert sql(wh, f"select t.value from timexes t join documents d using (doc_id) {seed} and t.text = 'January 15'")[0][0] == "2020-01-15"
    assert sql(wh, f"select a.value, a.currency from amounts a join documents d using (doc_id) {seed} and a.text = '$ 250 million'")[0] == (250_000_000.0, "USD")


def test_seeds_land_without_rejections(seeded_warehouse: Path) -> None:
    assert sql(seeded_warehouse, "select count(*) from rejects")[0][0] == 0
    assert {r[0] for r in sql(seeded_warehouse, "select status from ingest_log")} == {"loaded"}


def test_boilerplate_is_kept_apart_not_lost(seeded_warehouse: Path) -> None:
    body = sql(seeded_warehouse, "select text from documents where source_uri = '000_f5a45168e158e88b.txt'")[0][0]
    assert "Photo: NYTimes." not in body and "\npost\n" not in body
    removed = dict(sql(seeded_warehouse, "select line, kind from boilerplate b join documents d using (doc_id) where d.source_uri = '000_f5a45168e158e88b.txt'"))
    assert removed["post"] == "lone_word"
    assert removed["US troops at Ayn al Asad air base in Iraq on January 13 Photo: NYTimes."] == "caption"


def test_parquet_layout_and_explicit_schema(seeded_warehouse: Path) -> None:
    for table in FACT_TABLES:
        files = list((seeded_warehouse / "parquet" / table / "dt=2020-01-16").glob("*.parquet"))
        assert len(files) == 1
        meta = pq.ParquetFile(files[0])
        assert meta.metadata.row_group(0).column(0).compression == "ZSTD"
        assert meta.schema_arrow.names == TABLES[table].schema.names
        assert meta.schema_arrow.field(TABLES[table].column_names[0]).metadata[b"doc"]


def test_rows_carry_lineage(seeded_warehouse: Path) -> None:
    (run_id,) = sql(seeded_warehouse, "select distinct run_id from documents")[0]
    for table in FACT_TABLES:
        assert sql(seeded_warehouse, f"select distinct run_id, logical_date from {table}") == [(run_id, DAY)]
    assert sql(seeded_warehouse, "select status from runs") == [("published",)]


def test_rerun_is_identical_and_extracts_nothing(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    first = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)
    before = snapshot(wh)
    second = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)
    assert second["status"] == "noop" and second["mentions"] == 0
    assert snapshot(wh) == before
    forced = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, reprocess=True)
    assert forced["status"] == "published" and forced["mentions"] == first["mentions"]
    assert snapshot(wh) == before, "a forced re-run must land identical tables"
    assert [r[0] for r in sql(wh, "select status from runs order by started_at")] == ["published", "noop", "published"]


def test_backfill_lands_one_partition_per_day_and_replaces_only_its_own(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    wh = tmp_path / "wh"
    landing = FIXTURES / "landing"
    res = CliRunner().invoke(app, ["backfill", "--start", "2020-01-14", "--end", "2020-01-16", "--input", str(landing), "--warehouse", str(wh)])
    assert res.exit_code == 0, res.output
    assert land.landed_dates(wh) == [date(2020, 1, 14), date(2020, 1, 15), date(2020, 1, 16)]
    per_day = dict(sql(wh, "select dt, count(*) from documents group by dt"))
    assert set(per_day) == {date(2020, 1, 14), date(2020, 1, 15), date(2020, 1, 16)}
    keep = {p: p.stat().st_ino for p in (wh / "parquet").glob("*/dt=2020-01-1[46]/*.parquet") if "runs" not in p.parts}
    again = CliRunner().invoke(app, ["backfill", "--start", "2020-01-14", "--end", "2020-01-16", "--input", str(landing), "--warehouse", str(wh)])
    assert again.output.count("already landed, skipped") == 3
    news_etl(input=str(landing), warehouse=str(wh), logical_date=date(2020, 1, 15), reprocess=True)
    assert {p: p.stat().st_ino for p in keep} == keep, "re-running 2020-01-15 touched another day"
    assert dict(sql(wh, "select dt, count(*) from documents group by dt")) == per_day


def test_document_landed_earlier_is_a_duplicate_not_extracted_again(tmp_path: Path, copy_input) -> None:
    src = copy_input(SEEDS / "000_f5a45168e158e88b.txt")
    shutil.copy(SEEDS / "000_f5a45168e158e88b.json", src)
    wh = tmp_path / "wh"
    news_etl(input=str(src), warehouse=str(wh), logical_date=date(2020, 1, 16))
    later = news_etl(input=str(src), warehouse=str(wh), logical_date=date(2020, 1, 17))
    assert later["documents loaded"] == 0 and later["duplicates"] == 1 and later["mentions"] == 0
    assert sql(wh, "select status, n_duplicate from ingest_log where dt = '2020-01-17'") == [("duplicate", 1)]
    assert sql(wh, "select count(*) from documents")[0][0] == 1


def test_catalog_opens_read_only_from_another_directory(seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(seeded_warehouse / "news.duckdb"), read_only=True)
    views = [r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()]
    assert set(TABLES) <= set(views) and "entity_cooccurrence" in views
    for v in views:
        con.execute(f"select * from {v} limit 1").fetchall()
    con.close()


def test_catalog_opens_in_the_duckdb_cli(seeded_warehouse: Path, tmp_path: Path) -> None:
    cli = Path(sys.prefix) / "bin" / "duckdb"
    if not cli.exists():
        pytest.skip("duckdb CLI (package duckdb-cli) not installed")
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1.5")
    out = subprocess.run([cli, "-readonly", "-csv", str(seeded_warehouse / "news.duckdb"), "-c", "select count(*) from mentions"],
                         capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert int(out.split()[-1]) > 0


def test_bad_input_is_logged_with_file_and_line_and_the_rest_lands(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    summary = news_etl(input=str(FIXTURES / "bad"), warehouse=str(wh), logical_date=DAY)
    log = {r[0]: r[1:] for r in sql(wh, "select path, status, error, error_line, n_loaded from ingest_log")}
    assert log["empty.txt"][0] == "rejected" and "empty" in log["empty.txt"][1]
    assert log["invalid_utf8.txt"][0] == "rejected" and "invalid_utf8.txt" in log["invalid_utf8.txt"][1]
    status, error, line, loaded = log["mixed.jsonl"]
    assert status == "partial" and line == 2 and "mixed.jsonl: line 2" in error and loaded == 2
    assert log["good.txt"][0] == "loaded"
    rejects = sql(wh, "select path, line, raw from rejects where path = 'mixed.jsonl'")
    assert rejects == [("mixed.jsonl", 2, '{"text": "broken line"\n'), ("mixed.jsonl", 3, '{"title": "no text field here"}\n')]
    assert summary["documents loaded"] == 3 and summary["rejected"] == 4


def test_second_run_on_a_busy_warehouse_stops_with_a_clear_message(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    with land.warehouse_lock(wh):
        with pytest.raises(land.WarehouseBusy, match="another newsetl run"):
            news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)


def test_interrupted_publish_is_finished_by_the_next_run(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)
    before = snapshot(wh)
    stage = staged_copy(wh, "crashed", DAY)
    (stage.root / land.JOURNAL).write_text(json.dumps({"logical_date": "2020-01-16", "tables": list(land.PUBLISHED_TABLES)}))
    # crash after the first swap: one table already moved, the rest still staged
    first = land.PUBLISHED_TABLES[0]
    shutil.rmtree(land.partition_dir(wh, first, DAY))
    os.replace(stage.final_dir(first), land.partition_dir(wh, first, DAY))
    assert land.recover(wh) == ["crashed"]
    assert snapshot(wh) == before
    assert not (wh / land.STAGING / "crashed").exists()


def _boom_on(word: str, real):
    def extract(doc, exclude=(), text=None, **kwargs):
        if word in doc.text:
            raise ValueError(f"cannot read a number near {word!r}")
        return real(doc, exclude=exclude, text=text, **kwargs)

    return extract


def test_an_extractor_crash_on_one_document_quarantines_it_and_the_rest_lands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tasks import amounts

    monkeypatch.setenv("NEWSETL_NLP_PROCESSES", "1")  # the patch lives in this process, not in NLP workers
    monkeypatch.setattr(amounts, "extract_amounts", _boom_on("Brent crude", amounts.extract_amounts))
    wh = tmp_path / "wh"
    summary = news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)
    assert summary["status"] == "published" and summary["documents loaded"] == 4
    ((reason, row),) = sql(wh, "select reason, row_json from quarantine where rule = 'extractor_error'")
    assert "amounts extractor failed" in reason and "cannot read a number" in reason
    assert json.loads(row)["source_uri"] == "001_markets_brief.txt"
    broken = sql(wh, "select count(*) from amounts a join documents d using (doc_id) where d.source_uri = '001_markets_brief.txt'")
    assert broken == [(0,)]
    assert sql(wh, "select count(*) from amounts a join documents d using (doc_id) where d.source_uri like '000%'")[0][0] > 0
    assert sql(wh, "select count(*) from mentions m join documents d using (doc_id) where d.source_uri = '001_markets_brief.txt'")[0][0] > 0

    monkeypatch.setenv("NEWSETL_ON_EXTRACT_ERROR", "raise")
    with pytest.raises(Exception, match="001_markets_brief.txt: amounts extractor failed"):
        news_etl(input=str(SEEDS), warehouse=str(tmp_path / "wh2"), logical_date=DAY)


def test_serve_without_a_prefect_server_says_how_to_start_one() -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings
    from typer.testing import CliRunner

    from flows.cli import app

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        res = CliRunner().invoke(app, ["serve", "--cron", "0 6 * * *"])
    said = " ".join(res.output.split())  # rich wraps lines at the terminal width
    assert res.exit_code == 1
    assert "prefect server start" in said and "PREFECT_API_URL" in said


def test_a_changed_gazetteer_or_extractor_is_a_new_run_not_a_noop(tmp_path: Path) -> None:
    from tasks.report import FINGERPRINTED, fingerprint

    for folder, _ in FINGERPRINTED:
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "tasks" / "amounts.py").write_text("SCALE = 1e6\n")
    (tmp_path / "seeds" / "gazetteer" / "curated.csv").write_text("canonical_name,label\nDonald Trump,PERSON\n")
    (tmp_path / "README.md").write_text("docs do not decide the output\n")
    before = fingerprint(tmp_path)
    (tmp_path / "README.md").write_text("edited\n")
    assert fingerprint(tmp_path) == before
    (tmp_path / "seeds" / "gazetteer" / "curated.csv").write_text("canonical_name,label\nDonald Trump,PERSON\nJoe Biden,PERSON\n")
    after_gazetteer = fingerprint(tmp_path)
    (tmp_path / "tasks" / "amounts.py").write_text("SCALE = 1e9\n")
    assert len({before, after_gazetteer, fingerprint(tmp_path)}) == 3


def test_who_co_occurs_with_iraq_in_january_2020_is_one_query(seeded_warehouse: Path) -> None:
    rows = sql(seeded_warehouse, """
        select name_b, label_b, sum(documents) from entity_cooccurrence_daily
        where name_a = 'Iraq' and label_b in ('PERSON', 'ORG') and day between '2020-01-01' and '2020-01-31'
        group by all order by 1""")
    names = {r[0]: r[1] for r in rows}
    assert {"Donald Trump", "Qasem Soleimani", "Adil Abdul-Mahdi"} <= {n for n, label in names.items() if label == "PERSON"}
    assert names.get("United States Department of Defense") == "ORG"
    assert not sql(seeded_warehouse, "select 1 from entity_cooccurrence_daily where name_a = 'Iraq' and day >= '2020-02-01'")


def test_entity_views_count_an_entity_once_whatever_its_mentions_labels(seeded_warehouse: Path) -> None:
    # "Iraqi" (NORP) and "Iraq" (GPE) are one entity: a view grouping by the mention's label counted Iraq twice
    both = """select count(distinct doc_id) from mentions where entity_id = (select entity_id from entities where canonical_name = '{0}')
              and doc_id in (select doc_id from mentions where entity_id = (select entity_id from entities where canonical_name = '{1}'))"""
    (expected,) = sql(seeded_warehouse, both.format("Iraq", "Donald Trump"))[0]
    daily = sql(seeded_warehouse, "select sum(documents), count(distinct label_a) from entity_cooccurrence_daily where name_a = 'Iraq' and name_b = 'Donald Trump'")
    pair = sql(seeded_warehouse, "select sum(documents) from entity_cooccurrence where 'Iraq' in (name_a, name_b) and 'Donald Trump' in (name_a, name_b)")
    assert expected >= 1 and daily == [(expected, 1)] and pair == [(expected,)]
    assert sql(seeded_warehouse, "select count(*) from entity_daily_mentions where canonical_name = 'Iraq'") == [(1,)]


def test_query_rebuilds_a_catalog_written_by_an_older_version(seeded_warehouse: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    wh = tmp_path / "wh"
    shutil.copytree(seeded_warehouse, wh)
    con = duckdb.connect(str(wh / "news.duckdb"))
    con.execute("drop view entity_cooccurrence_daily")
    con.execute("comment on view documents is 'newsetl catalog (an older one)'")
    con.close()
    res = CliRunner().invoke(app, ["query", "select count(*) from entity_cooccurrence_daily", "--warehouse", str(wh), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert land.catalog_is_current(wh)


def test_an_extractor_that_fails_on_most_documents_fails_the_run_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a bug in one extractor once published 1 of 8,355 mentions with the gate passed
    from tasks import entities

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise TypeError("'str' object is not callable")

    monkeypatch.setenv("NEWSETL_NLP_PROCESSES", "1")  # the patch lives in this process, not in NLP workers
    wh = tmp_path / "wh"
    assert news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY)["status"] == "published"
    before = sql(wh, "select count(*) from mentions")
    assert before[0][0] > 0
    monkeypatch.setattr(entities, "extract_mentions", broken)
    with pytest.raises(DataQualityError, match="mentions"):
        news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, reprocess=True)
    assert sql(wh, "select count(*) from mentions") == before  # the landed date stays as it was
    (status,) = sql(wh, "select status from runs order by started_at desc limit 1")
    assert status == ("failed_dq",)
