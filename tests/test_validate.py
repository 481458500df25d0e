"""The data-quality gate: every suite catches its known-bad rows, which end in quarantine, not lost;
over the threshold nothing is published and the published partitions stay byte for byte as they were."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.news_etl import DataQualityError, news_etl
from tasks import amounts, land
from tasks.schema import FACT_TABLES, TABLES
from tasks.validate import (
    CASCADE_RULE,
    ENTITY_CASCADE_RULE,
    EXPECTATIONS_DIR,
    GX_TYPES,
    GateResult,
    _context,
    _label,
    frames_for,
    judge_extractors,
    load_suite,
    offline,
    validate_files,
    validate_tables,
)
from tests.conftest import FIXTURES, SEEDS
from tests.helpers import sql

DAY = date(2020, 1, 16)
RUN = datetime(2026, 1, 1, tzinfo=UTC)
SEED_DOC = "000_f5a45168e158e88b.txt"
EXTERNAL = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"(?:https?:)?//", re.I)

Rows = list[dict[str, object]]


@pytest.fixture(scope="module")
def landed(seeded_warehouse: Path) -> dict[str, pa.Table]:
    return {t: land.read_partition(seeded_warehouse, t, DAY) for t in FACT_TABLES}


def gate_after(landed: dict[str, pa.Table], table: str, change: Callable[[Rows], int], threshold: float = 1.0,
               suites: tuple[str, ...] = ()) -> tuple[GateResult, dict, int]:
    """Validate the seed partition after ``change`` broke one row of ``table`` (returns its position).

    Only the ``suites`` given (default: the changed table's) run, to keep this fast."""
    tables = dict(landed)
    rows = tables[table].to_pylist()
    pos = change(rows)
    tables[table] = pa.Table.from_pylist(rows, schema=TABLES[table].schema)
    frames = frames_for(tables, RUN)
    return validate_tables({t: frames[t] for t in suites or (table,)}, threshold, docs=False), frames, pos


def _first(rows: Rows, **match: object) -> int:
    return next(i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items()))


def _set(pred: Callable[[dict], bool], **values: object) -> Callable[[Rows], int]:
    def change(rows: Rows) -> int:
        i = next(i for i, r in enumerate(rows) if pred(r))
        rows[i].update(values)
        return i

    return change


def _duplicate_first(rows: Rows) -> int:
    rows.append(dict(rows[0]))
    return len(rows) - 1


def _shift_start(rows: Rows) -> int:
    rows[0]["start_char"] = int(rows[0]["start_char"]) + 1  # type: ignore[arg-type]
    return 0


def _past_the_end(rows: Rows) -> int:
    rows[-1]["end_char"] = int(rows[-1]["end_char"]) + 10_000  # type: ignore[arg-type]
    return len(rows) - 1


def _inverted_dates(rows: Rows) -> int:
    i = _first(rows, type="DATE")
    rows[i]["date_start"], rows[i]["date_end"] = date(2020, 2, 1), date(2020, 1, 1)
    return i


ANY: Callable[[dict], bool] = lambda r: True  # noqa: E731
CASES = {
    "documents: duplicate doc_id": ("documents", _duplicate_first, "expect_column_values_to_be_unique(column=doc_id)"),
    "documents: published in 1850": ("documents", _set(lambda r: r["published_at"] is not None, published_at=datetime(1850, 1, 1, tzinfo=UTC)), "_published_ok"),
    "documents: n_chars wrong": ("documents", _set(ANY, n_chars=3), "_n_chars_ok"),
    "sentences: end past the text": ("sentences", _past_the_end, "_span_ok"),
    "sentences: duplicate key": ("sentences", _duplicate_first, "expect_compound_columns_to_be_unique"),
    "boilerplate: unknown kind": ("boilerplate", _set(ANY, kind="banner"), "column=kind"),
    "mentions: broken offset": ("mentions", _shift_start, "_span_ok"),
    "mentions: unknown label": ("mentions", _set(ANY, label="ANIMAL"), "column=label"),
    "mentions: entity not landed": ("mentions", _set(ANY, entity_id="0123456789abcdef"), "_entity_known"),
    "entities: duplicate entity_id": ("entities", _duplicate_first, "expect_column_values_to_be_unique(column=entity_id)"),
    "entities: latitude out of range": ("entities", _set(ANY, latitude=123.0), "column=latitude"),
    "timexes: DATE valued like a DURATION": ("timexes", _set(lambda r: r["type"] == "DATE", value="P2W"), "_value_ok"),
    "timexes: date_start after date_end": ("timexes", _inverted_dates, "_dates_ordered"),
    "timexes: unknown anchor": ("timexes", _set(ANY, anchor="moon"), "column=anchor"),
    "amounts: invalid currency": ("amounts", _set(lambda r: r["currency"] == "USD", currency="ZZZ"), "_currency_ok"),
    "amounts: negative value": ("amounts", _set(lambda r: r["value"] is not None, value=-5.0), "column=value,"),
    "amounts: value outside its range": ("amounts", _set(lambda r: r["value"] is not None, value_low=1e15, value_high=2e15), "_range_ok"),
    "amounts: broken offset": ("amounts", _shift_start, "_span_ok"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_suite_catches_its_bad_row_and_quarantines_it(landed: dict[str, pa.Table], case: str) -> None:
    table, change, rule = CASES[case]
    gate, frames, pos = gate_after(landed, table, change)
    t = gate.tables[table]
    assert pos in t.failed_rows, f"{case}: the bad row was not caught"
    assert any(rule in r for r, _ in t.reasons[pos]), t.reasons[pos]
    assert not t.table_failures
    bad = frames[table].iloc[pos]
    quarantined = [q for q in gate.quarantine_rows(frames) if q["table_name"] == table and rule in str(q["rule"])]
    keys = TABLES[table].key
    assert any(all(json.loads(str(q["row_json"]))[k] == bad[k] for k in keys) for q in quarantined), "the row is not in quarantine"
    assert all(q["reason"] for q in quarantined)
    failing = [r for r in gate.dq_rows() if not r["success"] and r["table_name"] == table]
    assert any(rule in str(r["expectation"]) and r["severity"] == "error" and r["unexpected_count"] for r in failing)


def test_validating_files_in_small_chunks_gives_the_whole_table_verdict(landed: dict[str, pa.Table], tmp_path: Path) -> None:
    # one broken row per table, a document among them (its rows cascade): validated from key-sorted
    # files 3 rows at a time, the gate must match validating the whole tables in memory
    breaks = {
        "documents": _set(lambda r: r["source_uri"] == SEED_DOC, published_at=datetime(1850, 1, 1, tzinfo=UTC)),
        "sentences": _past_the_end, "boilerplate": _set(ANY, kind="banner"), "mentions": _duplicate_first,
        "entities": _set(ANY, latitude=123.0), "timexes": _inverted_dates,
        "amounts": _set(lambda r: r["currency"] == "USD", currency="ZZZ"),
    }
    tables, files = {}, {}
    for table in FACT_TABLES:
        rows = landed[table].to_pylist()
        breaks[table](rows)
        t = pa.Table.from_pylist(rows, schema=TABLES[table].schema).sort_by([(k, "ascending") for k in TABLES[table].key])
        tables[table] = t
        files[table] = [tmp_path / f"{table}.parquet"]
        pq.write_table(t, files[table][0])
    frames = frames_for(tables, RUN)
    whole = validate_tables(frames, 1.0, docs=False)
    chunked = validate_files(files, 1.0, RUN, docs=False, chunk_rows=3)
    assert all(t.num_rows > 3 for t in tables.values()), "the seed tables must span several chunks"
    assert chunked.failed_positions() == whole.failed_positions()
    assert {n: t.reasons for n, t in chunked.tables.items()} == {n: t.reasons for n, t in whole.tables.items()}
    assert len(chunked.tables["sentences"].failed_rows) > 1, "the 1850 document's sentences cascade"
    def counts(g: GateResult) -> list[tuple]:
        return [(r["table_name"], r["expectation"], r["success"], r["element_count"], r["unexpected_count"],
                 None if r["unexpected_percent"] is None else round(float(str(r["unexpected_percent"])), 6)) for r in g.dq_rows()]
    assert counts(chunked) == counts(whole)
    key = lambda q: (q["table_name"], q["rule"], q["row_json"])  # noqa: E731
    assert sorted(chunked.quarantined, key=key) == sorted(whole.quarantine_rows(frames), key=key)
    assert chunked.blocking == whole.blocking


def test_clean_seed_partition_passes_every_expectation(landed: dict[str, pa.Table], seeded_warehouse: Path) -> None:
    # the flow's gate: the suites, then the extractors judged (none failed on the seeds)
    gate = judge_extractors(validate_tables(frames_for(landed, RUN), 0.05, docs=False), {})
    assert gate.passed and gate.n_failed_rows == 0
    assert [r["expectation"] for r in gate.dq_rows() if not r["success"]] == []
    # and the flow recorded exactly that
    assert sql(seeded_warehouse, "select count(*), count(*) filter (where not success) from dq_results") == [(gate.n_expectations, 0)]
    assert sql(seeded_warehouse, "select count(*) from quarantine") == [(0,)]


def test_quarantined_document_takes_its_rows_along(landed: dict[str, pa.Table]) -> None:
    seed = _first(landed["documents"].to_pylist(), source_uri=SEED_DOC)
    gate, frames, pos = gate_after(landed, "documents", _set(lambda r: r["source_uri"] == SEED_DOC, published_at=datetime(1850, 1, 1, tzinfo=UTC)),
                                  suites=FACT_TABLES)
    assert pos == seed
    doc_id = frames["documents"]["doc_id"].iloc[pos]
    for table in ("sentences", "mentions", "timexes", "amounts"):
        mine = set(frames[table].index[frames[table]["doc_id"] == doc_id])
        assert mine and mine <= gate.tables[table].failed_rows, table
        assert all(gate.tables[table].reasons[p] == [(CASCADE_RULE, gate.tables[table].reasons[p][0][1])] for p in mine)


def test_quarantined_entity_takes_its_mentions_along(landed: dict[str, pa.Table]) -> None:
    gate, frames, pos = gate_after(landed, "entities", _set(lambda r: r["canonical_name"] == "Iraq", label="ANIMAL"),
                                  suites=("entities", "mentions"))
    mine = set(frames["mentions"].index[frames["mentions"]["entity_id"] == frames["entities"]["entity_id"].iloc[pos]])
    assert mine and mine <= gate.tables["mentions"].failed_rows
    assert {r for p in mine for r, _ in gate.tables["mentions"].reasons[p]} == {ENTITY_CASCADE_RULE}


def test_threshold_decides_between_quarantine_and_failing_the_run(landed: dict[str, pa.Table]) -> None:
    under, _, _ = gate_after(landed, "mentions", _shift_start, threshold=0.05)
    assert under.passed and under.n_failed_rows == 1, "1 of 53 mentions is under 5 %: quarantine, publish the rest"

    def break_all(rows: Rows) -> int:
        for r in rows:
            r["end_char"] = 0
        return 0

    over, _, _ = gate_after(landed, "mentions", break_all, threshold=0.05)
    assert not over.passed and over.blocking == ["mentions"]


def test_wrong_column_type_fails_the_table(landed: dict[str, pa.Table]) -> None:
    tables = dict(landed)
    m = tables["mentions"]
    i = m.schema.get_field_index("start_char")
    tables["mentions"] = m.set_column(i, pa.field("start_char", pa.string()), m.column(i).cast(pa.string()))
    gate = validate_tables({"mentions": frames_for(tables, RUN)["mentions"]}, 1.0, docs=False)
    assert "mentions" in gate.blocking
    assert "expect_column_values_to_be_of_type(column=start_char, type_=int32)" in gate.tables["mentions"].table_failures


def test_english_documents_without_sentences_fail_the_share(landed: dict[str, pa.Table]) -> None:
    tables = dict(landed)
    doc = next(d["doc_id"] for d in landed["documents"].to_pylist() if d["language"] == "en")
    tables["sentences"] = pa.Table.from_pylist([s for s in landed["sentences"].to_pylist() if s["doc_id"] != doc], schema=TABLES["sentences"].schema)
    gate = validate_tables({"documents": frames_for(tables, RUN)["documents"]}, 1.0, docs=False)
    docs = gate.tables["documents"]
    assert any("_has_sentence" in f for f in docs.table_failures), "a share below 95 % is a table-level failure"
    assert not docs.failed_rows, "no single document is to blame for a share"


def test_share_of_unanchored_timexes_is_reported(landed: dict[str, pa.Table]) -> None:
    gate = validate_tables({"timexes": frames_for(landed, RUN)["timexes"]}, 0.05, docs=False)
    (row,) = [r for r in gate.dq_rows() if r["table_name"] == "timexes" and "expect_column_values_to_not_be_in_set(column=anchor" in str(r["expectation"])]
    share = sum(t["anchor"] == "none" for t in landed["timexes"].to_pylist()) / landed["timexes"].num_rows
    assert row["severity"] == "warning" and row["unexpected_percent"] == pytest.approx(100 * share)


def test_suites_cover_the_data_dictionary() -> None:
    for table in FACT_TABLES:
        spec = load_suite(table)
        exps = spec["expectations"]
        types = {e["kwargs"]["column"]: e["kwargs"]["type_"] for e in exps if e["type"] == "expect_column_values_to_be_of_type"}
        assert types == {c.name: GX_TYPES[str(c.type)] for c in TABLES[table].columns}, table
        not_null = {e["kwargs"]["column"] for e in exps if e["type"] == "expect_column_values_to_not_be_null" and "mostly" not in e["kwargs"]}
        assert not_null == {c.name for c in TABLES[table].columns if not c.nullable}, table
        for e in exps:
            assert (e["severity"] == "warning") == (e["meta"]["severity"] == "warning"), (table, e)
    # dq_results is keyed by (table_name, expectation): labels must be unique within a table
    labels = [(t, _label(e["type"], e["kwargs"])) for t in FACT_TABLES for e in load_suite(t)["expectations"]]
    assert len(labels) == len(set(labels))
    assert sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json")) == sorted(FACT_TABLES)


def test_gx_stays_quiet_and_offline() -> None:
    ctx = _context()
    assert ctx.config.analytics_enabled is False
    assert ctx.variables.progress_bars.globally is False
    assert logging.getLogger("great_expectations.data_context.types.base").getEffectiveLevel() >= logging.WARNING


def test_offline_strips_cdn_assets() -> None:
    page = ('<html><head><link rel="stylesheet" href="https://cdn.example/x.css"/>'
            '<script src="https://cdn.example/x.js"></script><script src="//cdn.example/y.js"></script></head>'
            '<body><a href="https://greatexpectations.io">GX</a></body></html>')
    out = offline(page)
    assert not EXTERNAL.search(out) and "<style>" in out and 'href="https://greatexpectations.io"' in out


# -- through the flow ------------------------------------------------------------------------


def _digests(warehouse: Path) -> dict[str, str]:
    files = [p for p in (warehouse / land.PARQUET).rglob("*") if p.is_file() and "runs" not in p.relative_to(warehouse).parts]
    files.append(warehouse / land.CATALOG)
    return {str(p.relative_to(warehouse)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def _bad_currency(real: Callable[..., list]) -> Callable[..., list]:
    def extract(doc, exclude=(), text=None, **kwargs):  # noqa: ANN001, ANN003, ANN202 - same signature as the real extractor
        return [replace(a, currency="ZZZ") if a.text == "$ 250 million" else a for a in real(doc, exclude=exclude, text=text, **kwargs)]

    return extract


def test_bad_rows_through_the_flow_are_quarantined_and_the_rest_published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copy_input) -> None:
    # two bad inputs: a document dated 1850 (a fixture file) and an amount with a made-up currency
    # (the amounts extractor patched in-process to emit one)
    src = copy_input(SEEDS)
    shutil.copy(FIXTURES / "quality" / "dated_1850.jsonl", src)
    monkeypatch.setattr(amounts, "extract_amounts", _bad_currency(amounts.extract_amounts))
    monkeypatch.setenv("NEWSETL_DQ_ERROR_THRESHOLD", "0.25")
    monkeypatch.setenv("NEWSETL_NLP_PROCESSES", "1")  # the patch lives in this process, not in NLP workers
    wh = tmp_path / "wh"
    summary = news_etl(input=str(src), warehouse=str(wh), logical_date=DAY)
    assert summary["status"] == "published" and summary["documents loaded"] == 5
    assert str(summary["data quality"]).startswith("passed with failing rows quarantined: 2 error")
    q = sql(wh, "select table_name, rule, reason, row_json from quarantine")
    ((rule, reason, row),) = [(r, why, j) for t, r, why, j in q if t == "amounts" and "ZZZ" in j]
    assert rule == "expect_column_values_to_be_in_set(column=_currency_ok)"
    assert "ISO 4217" in reason and json.loads(row)["text"] == "$ 250 million"
    assert sql(wh, "select count(*) from amounts where text = '$ 250 million'") == [(0,)], "a quarantined row must not be published"
    ((doc, doc_rule),) = [(json.loads(j), r) for t, r, _, j in q if t == "documents"]
    assert doc["source_id"] == "quality-1850" and doc["published_at"].startswith("1850-03-04") and "_published_ok" in doc_rule
    cascaded = {t for t, r, _, j in q if r == CASCADE_RULE and json.loads(j)["doc_id"] == doc["doc_id"]}
    assert {"sentences", "mentions"} <= cascaded, "the document's facts are held back with it"
    for table in ("documents", "sentences", "mentions", "timexes", "amounts"):
        assert sql(wh, f"select count(*) from {table} where doc_id = '{doc['doc_id']}'") == [(0,)], table
    assert sql(wh, "select count(*) from quarantine")[0][0] == summary["quarantined"]
    # published, yet dq_success is false: error expectations failed and their rows were held back
    assert sql(wh, "select n_quarantined > 2, dq_success from runs where status = 'published'") == [(True, False)]
    assert sorted(sql(wh, "select table_name, unexpected_count from dq_results where not success and severity = 'error'")) == [("amounts", 1), ("documents", 1)]
    # Data Docs: readable offline, linked from dq/index.html
    report = Path(str(summary["dq report"]))
    assert report.is_file() and report.is_relative_to(wh / "dq")
    pages = list(report.parent.glob("*.html"))
    assert {p.stem for p in pages} == {"index", *FACT_TABLES}
    for p in [*pages, wh / "dq" / "index.html"]:
        assert not EXTERNAL.search(p.read_text()), f"{p.name} loads something from the network"
        assert 'href="../' not in p.read_text(), f"{p.name} links outside the report"
    assert report.parent.name in (wh / "dq" / "index.html").read_text()
    assert "FAIL" in report.read_text() and "_currency_ok" in report.read_text()
    # what was published re-validates clean
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", "2020-01-16"])
    assert res.exit_code == 0, res.output


def test_gate_failure_over_threshold_leaves_published_data_untouched(seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wh = tmp_path / "wh"
    shutil.copytree(seeded_warehouse, wh)
    land.build_catalog(wh)
    before = _digests(wh)
    real = amounts.extract_amounts
    monkeypatch.setenv("NEWSETL_NLP_PROCESSES", "1")  # the patch lives in this process, not in NLP workers
    monkeypatch.setattr(amounts, "extract_amounts", lambda doc, exclude=(), text=None, **kw: [replace(a, currency="ZZZ") for a in real(doc, exclude=exclude, text=text, **kw)])
    with pytest.raises(DataQualityError, match="amounts"):
        news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, reprocess=True)
    assert _digests(wh) == before, "a failed gate changed published files"
    assert not any((wh / land.STAGING).iterdir()), "the staged run was not discarded"
    statuses = [r[0] for r in sql(wh, "select status from runs order by started_at")]
    assert statuses == ["published", "failed_dq"]
    assert sql(wh, "select dq_success, n_quarantined > 0 from runs where status = 'failed_dq'") == [(False, True)]
    failed_report = max((wh / "dq").glob("dt=2020-01-16/run-*/summary.json"), key=lambda p: p.stat().st_mtime)
    assert json.loads(failed_report.read_text())["status"] == "failed_dq"


def test_artifact_has_the_pass_fail_table(seeded_warehouse: Path) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["newsetl-data-quality"])))
    assert arts, "no data-quality artifact"
    md = str(arts[0].data)
    assert "| table | rows | expectations | errors | warnings | quarantined | verdict |" in md
    assert all(f"| {t} |" in md for t in FACT_TABLES)


# -- newsetl validate ------------------------------------------------------------------------


def test_validate_command_fails_on_a_tampered_partition(seeded_warehouse: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    shutil.copytree(seeded_warehouse, wh)
    runner = CliRunner()
    assert runner.invoke(app, ["validate", "--help"]).exit_code == 0
    (f,) = land.partition_dir(wh, "mentions", DAY).glob("*.parquet")
    rows = pq.read_table(f).to_pylist()
    rows[3]["start_char"] += 2
    pq.write_table(pa.Table.from_pylist(rows, schema=TABLES["mentions"].schema), f)
    bad = runner.invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", "2020-01-16"])
    assert bad.exit_code == 1, bad.output
    assert "_span_ok" in bad.output and "mentions" in bad.output
    nothing = runner.invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", "2019-01-01"])
    assert nothing.exit_code == 2


@pytest.mark.slow
def test_report_renders_in_a_headless_browser(seeded_warehouse: Path, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("no chromium to render the report with")
    page = next((seeded_warehouse / "dq").glob("dt=*/run-*/mentions.html"))
    out = tmp_path / "dom.html"
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    out.write_text(dom)
    assert "Expectation Validation Result" in dom and "_span_ok" in dom
