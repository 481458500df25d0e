"""Ingestion end to end: every format, encoding and kind of bad input through the real flow."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.news_etl import news_etl
from tasks import dates
from tasks.evaluate import SHARED_DATA
from tasks.ingest import Chunk, check_published_at, future_cutoff, plan_run, read_batch
from tests.conftest import FIXTURES, needs_shared
from tests.helpers import sql

DAY = date(2020, 1, 16)
ING = FIXTURES / "ingest"
SIDECARS = {"plain.json", "extra_fields.json", "gzipped.json", "latin1.json", "declared_utf8.json"}


def input_files(root: Path) -> set[str]:
    """Every file a person would see in the folder (symlinks included, sidecars excluded)."""
    out = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            if name in SIDECARS or (p.is_dir() and not p.is_symlink()):
                continue
            out.add(p.relative_to(root).as_posix())
    return out


def ingest_log(wh: Path) -> dict[str, dict[str, object]]:
    cols = ["path", "status", "format", "error", "error_line", "n_records", "n_loaded", "n_duplicate", "n_rejected", "sha256"]
    rows = sql(wh, f"select {', '.join(cols)} from ingest_log")
    return {r[0]: dict(zip(cols, r, strict=True)) for r in rows}


def assert_each_file_once(wh: Path, root: Path) -> None:
    paths = [r[0] for r in sql(wh, "select path from ingest_log")]
    assert len(paths) == len(set(paths)), "a file has more than one ingest_log row"
    assert input_files(root) <= set(paths), f"files missing from ingest_log: {input_files(root) - set(paths)}"


def cli_run(input: Path, wh: Path, *extra: str) -> int:
    res = CliRunner().invoke(app, ["run", "--input", str(input), "--warehouse", str(wh), "--logical-date", DAY.isoformat(), *extra])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res.exit_code


@pytest.fixture(scope="module")
def formats_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wh = tmp_path_factory.mktemp("formats") / "wh"
    assert cli_run(ING / "formats", wh, "--strict") == 0, "--strict passes when nothing is rejected"
    return wh


def doc(wh: Path, uri: str, cols: str = "text") -> tuple:
    rows = sql(wh, f"select {cols} from documents where source_uri = '{uri}'")
    assert len(rows) == 1, f"{uri}: {len(rows)} documents"
    return rows[0]


def test_every_format_and_encoding_loads(formats_wh: Path) -> None:
    root = ING / "formats"
    log = ingest_log(formats_wh)
    assert set(log) == input_files(root)
    assert {p: r["status"] for p, r in log.items() if r["status"] != "loaded"} == {}
    for path, row in log.items():
        assert row["sha256"] == hashlib.sha256((root / path).read_bytes()).hexdigest(), path
    assert {p: log[p]["format"] for p in ("wire.jsonl.gz", "gzipped.txt.gz", "wire.ndjson", "array.json", "article.html")} == {
        "wire.jsonl.gz": "jsonl", "gzipped.txt.gz": "txt", "wire.ndjson": "jsonl", "array.json": "json", "article.html": "html"}
    assert log["array.json"]["n_loaded"] == 2 and log["wire.jsonl.gz"]["n_loaded"] == 2
    assert "café chain’s" in doc(formats_wh, "cp1252.txt")[0] and "“best days”" in doc(formats_wh, "cp1252.txt")[0]
    assert "€ 300 million" in doc(formats_wh, "cp1252.txt")[0]
    assert doc(formats_wh, "utf8_bom.txt")[0].startswith("Zürich-based UBS")
    assert "¥ 30 billion" in doc(formats_wh, "utf16.txt")[0]
    assert doc(formats_wh, "latin1.txt", "language, title") == ("fr", "Exportations françaises")
    # the document keeps the sha256 of the exact original bytes
    assert doc(formats_wh, "utf16.txt", "sha256")[0] == hashlib.sha256((root / "utf16.txt").read_bytes()).hexdigest()


def test_unknown_sidecar_fields_warn_and_still_load(formats_wh: Path) -> None:
    row = ingest_log(formats_wh)["extra_fields.txt"]
    assert row["status"] == "loaded" and row["n_loaded"] == 1
    assert row["error"].startswith("warning:") and "extra_fields.txt" in row["error"] and "author, section" in row["error"]


def test_document_dates_say_where_they_came_from(formats_wh: Path) -> None:
    published = lambda uri: doc(formats_wh, uri, "published_at, dct_source")  # noqa: E731
    at, src = published("plain.txt")
    assert (at.astimezone(UTC), src) == (datetime(2020, 1, 14, 15, tzinfo=UTC), "metadata")  # -05:00 kept, stored as UTC
    at, src = published("article.html")
    assert (at.astimezone(UTC).date(), src) == (date(2019, 12, 11), "html")
    assert doc(formats_wh, "article.html", "title")[0] == "Brazil cuts interest rate to record low"
    at, src = published("dateline.txt")
    assert (at.astimezone(UTC).date(), src) == (date(2020, 1, 14), "dateline")  # the dateline writes its year
    assert published("wire.jsonl#L2") == (None, "none")


def test_bylines_datelines_signatures_and_headlines_are_kept_apart(formats_wh: Path) -> None:
    rows = sql(formats_wh, """select d.source_uri, b.kind, b.line, b.line_index, b.start_char
                              from boilerplate b join documents d using (doc_id) order by 1, 5""")
    got = {(uri, kind, line) for uri, kind, line, _, _ in rows}
    assert {("plain.txt", "byline", "By Jane Doe"), ("plain.txt", "share", "Share this"),
            ("dateline.txt", "dateline", "NEW YORK, Jan 14, 2020 (Reuters) -"), ("dateline.txt", "signature", "Reuters"),
            ("article.html", "headline", "Brazil cuts interest rate to record low")} <= got
    original = (ING / "formats" / "dateline.txt").read_text()
    for uri, _, line, _, start in rows:
        if uri == "dateline.txt":
            assert original[start : start + len(line)] == line
    body = doc(formats_wh, "dateline.txt")[0]
    assert body.startswith("Citigroup's quarterly profit") and not body.rstrip().endswith("Reuters")
    assert not doc(formats_wh, "plain.txt")[0].startswith("By ")


def test_sentence_offsets_slice_the_text_and_foreign_text_skips_english_nlp(formats_wh: Path) -> None:
    rows = sql(formats_wh, """select d.source_uri, d.text, s.sentence_index, s.start_char, s.end_char
                              from sentences s join documents d using (doc_id) order by 1, 3""")
    assert rows
    last: dict[str, int] = {}
    for uri, text, _, start, end in rows:
        piece = text[start:end]
        assert 0 <= start < end <= len(text) and piece.strip() == piece and piece, (uri, piece)
        assert start >= last.get(uri, 0), f"{uri}: sentences overlap"
        last[uri] = end
    assert "latin1.txt" not in {r[0] for r in rows}
    assert sql(formats_wh, "select count(*) from mentions m join documents d using (doc_id) where d.language = 'fr'") == [(0,)]


# -- bad input -----------------------------------------------------------------------------

#: path -> (status, words the error must contain, error line)
EXPECTED_BAD = {
    "good.txt": ("loaded", [], None),
    "empty.txt": ("rejected", ["empty.txt", "empty"], None),
    "whitespace.txt": ("rejected", ["whitespace.txt", "whitespace"], None),
    "binary.txt": ("rejected", ["binary.txt", "binary"], None),
    "picture.png": ("rejected", ["picture.png", "unsupported file type '.png'"], None),
    "bom_invalid.txt": ("rejected", ["bom_invalid.txt: line 2", "invalid bytes", "utf-8"], 2),
    "declared_utf8.txt": ("rejected", ["declared_utf8.txt: line 2", "declared encoding utf-8"], 2),
    "truncated.txt.gz": ("rejected", ["truncated.txt.gz", "truncated"], None),
    "truncated.jsonl.gz": ("partial", ["truncated.jsonl.gz: line", "gzip stream is truncated"], None),
    "lines.jsonl": ("partial", ["lines.jsonl: line 2", "malformed JSON"], 2),
    "only_blank.jsonl": ("rejected", ["only_blank.jsonl", "no JSON lines"], None),
    "big.txt": ("rejected", ["big.txt", "over the 2000-byte size limit", "NEWSETL_MAX_FILE_BYTES"], None),
    "loop.txt": ("rejected", ["loop.txt", "symlink loop"], None),
    "sub/again": ("rejected", ["sub/again", "symlink loop"], None),
    "dangling.txt": ("rejected", ["dangling.txt", "not found"], None),
    "dates.jsonl": ("partial", ["dates.jsonl: line 1", "in the future"], 1),
}


@pytest.fixture
def bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bad fixtures plus what git cannot hold: symlink loops, a broken link, dates relative to now."""
    src = tmp_path / "bad"
    shutil.copytree(ING / "bad", src, symlinks=True)
    (src / "loop.txt").symlink_to("loop.txt")
    (src / "dangling.txt").symlink_to("nowhere.txt")
    (src / "sub").mkdir()
    (src / "sub" / "again").symlink_to("..")
    now = datetime.now(UTC)  # the run starts after this: "future" is relative to the run, not a fixed date
    (src / "dates.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "future", "published_at": (now + timedelta(days=30)).isoformat(), "text": "A story dated a month after the run."},
        {"id": "yesterday", "published_at": (now - timedelta(days=1)).isoformat(), "text": "A story dated the day before the run."},
        {"id": "after-day", "published_at": "2020-01-20", "text": "Dated after the logical date but long before the run."},
    ]))
    monkeypatch.setenv("NEWSETL_MAX_FILE_BYTES", "2000")
    return src


def test_each_bad_input_is_logged_with_its_reason_and_the_rest_lands(bad_input: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    assert cli_run(bad_input, wh, "--strict") == 1, "--strict exits non-zero when anything was rejected"
    (summary,) = sql(wh, "select n_loaded, n_rejected from runs where status = 'published'")
    log = ingest_log(wh)
    for path, (status, words, line) in EXPECTED_BAD.items():
        row = log[path]
        assert row["status"] == status, (path, row)
        for w in words:
            assert w in (row["error"] or ""), (path, w, row["error"])
        if line is not None:
            assert row["error_line"] == line, (path, row)
    assert_each_file_once(wh, bad_input)
    assert set(log) == set(EXPECTED_BAD), "every file, and only files, are logged"
    # streamed lines: each bad line is its own reject, with its number and raw content
    rejects = {r[0]: r[1:] for r in sql(wh, "select line, reason, raw from rejects where path = 'lines.jsonl'")}
    assert set(rejects) == {2, 3, 4, 5, 6, 8}
    assert 'no "text" field' in rejects[3][0] and "whitespace only" in rejects[4][0]
    assert "published_at" in rejects[5][0] and "last Tuesday-ish" in rejects[5][0] and "published_at" in rejects[6][0]
    assert "expected a JSON object" in rejects[8][0] and rejects[2][1] == '{"id": "l-2", "text": "a line cut short\n'
    assert log["lines.jsonl"]["n_loaded"] == 2 and log["lines.jsonl"]["n_rejected"] == 6
    assert log["truncated.jsonl.gz"]["n_loaded"] > 0, "lines before the truncation land"
    assert log["dates.jsonl"]["n_loaded"] == 2 and log["dates.jsonl"]["n_rejected"] == 1
    loaded = sum(int(r["n_loaded"]) for r in log.values())
    rejected = sum(int(r["n_rejected"]) for r in log.values())
    assert summary == (loaded, rejected)
    assert sql(wh, "select count(*) from rejects")[0][0] == rejected


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: file permissions cannot make a file unreadable")
def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "locked.txt").write_text("Nobody may read this file.\n")
    (src / "locked.txt").chmod(0)
    (src / "open.txt").write_text("Anybody may read this one, it has a few words.\n")
    wh = tmp_path / "wh"
    news_etl(input=str(src), warehouse=str(wh), logical_date=DAY)
    log = ingest_log(wh)
    assert log["locked.txt"]["status"] == "rejected" and "unreadable" in log["locked.txt"]["error"]
    assert log["open.txt"]["status"] == "loaded"


def test_manifest_supplies_metadata_and_cannot_reach_outside_the_root(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    root = ING / "manifest"
    news_etl(input=str(root), warehouse=str(wh), logical_date=DAY)
    log = ingest_log(wh)
    assert {p: r["status"] for p, r in log.items()} == {
        "manifest.csv": "partial", "a.txt": "loaded", "sub/b.txt": "loaded", "../outside.txt": "rejected",
        "missing.txt": "rejected", "unlisted.txt": "skipped"}
    assert "outside the input root" in log["../outside.txt"]["error"]
    assert "missing.txt" in log["missing.txt"]["error"] and "not found" in log["missing.txt"]["error"]
    assert "manifest.csv: line 6" in log["manifest.csv"]["error"] and log["manifest.csv"]["error_line"] == 6
    assert "not listed in manifest.csv" in log["unlisted.txt"]["error"]
    title, published, src, url = doc(wh, "a.txt", "title, published_at, dct_source, source_id")
    assert title == "Peru mining output" and published.astimezone(UTC) == datetime(2020, 1, 15, 12, tzinfo=UTC) and src == "metadata"
    assert_each_file_once(wh, root)


# -- duplicates ----------------------------------------------------------------------------


def test_wire_resend_is_a_near_duplicate_of_the_first_copy_across_batches(tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    summary = news_etl(input=str(ING / "dupes"), warehouse=str(wh), logical_date=DAY, batch_size=1)
    rows = {r[0]: r[1:] for r in sql(wh, "select source_id, doc_id, cluster_id, duplicate_of from documents")}
    assert set(rows) == {"impeach-1", "impeach-1-resend", "uk-cpi"}, "the exact copy is not stored twice"
    first, resend, other = rows["impeach-1"], rows["impeach-1-resend"], rows["uk-cpi"]
    assert first[1:] == (first[0], None)
    assert resend[1:] == (first[0], first[0]), "the re-send points at the first-seen copy"
    assert other[1:] == (other[0], None)
    assert summary["duplicates"] == 1 and summary["documents loaded"] == 3
    assert ingest_log(wh)["wire.jsonl"]["n_duplicate"] == 1


def _wire_days(tmp_path: Path, days: dict[date, list[str]]) -> Path:
    """A landing folder with ``YYYY-MM-DD`` sub-folders holding the named records of the dupes fixture."""
    records = {json.loads(line)["id"]: line for line in (ING / "dupes" / "wire.jsonl").read_text().splitlines()}
    root = tmp_path / "landing"
    for day, ids in days.items():
        (root / day.isoformat()).mkdir(parents=True)
        (root / day.isoformat() / "wire.jsonl").write_text("".join(records[i] + "\n" for i in ids))
    return root


def test_a_resend_the_next_day_points_at_the_copy_landed_the_day_before(tmp_path: Path) -> None:
    wh, nxt = tmp_path / "wh", DAY + timedelta(days=1)
    root = _wire_days(tmp_path, {DAY: ["impeach-1"], nxt: ["impeach-1-resend", "uk-cpi"]})
    news_etl(input=str(root), warehouse=str(wh), logical_date=DAY)
    news_etl(input=str(root), warehouse=str(wh), logical_date=nxt)
    rows = {r[0]: r[1:] for r in sql(wh, "select source_id, doc_id, cluster_id, duplicate_of, logical_date from documents")}
    first, resend, other = rows["impeach-1"], rows["impeach-1-resend"], rows["uk-cpi"]
    assert resend[1:3] == (first[0], first[0]) and resend[3] == nxt, "the re-send lands in its own day, pointing at yesterday's copy"
    assert other[1:3] == (other[0], None)
    (n,) = sql(wh, "select count(distinct cluster_id) from documents")[0]
    assert n == 2


def test_a_resend_older_than_the_window_starts_its_own_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wh, later = tmp_path / "wh", DAY + timedelta(days=3)
    root = _wire_days(tmp_path, {DAY: ["impeach-1"], later: ["impeach-1-resend"]})
    monkeypatch.setenv("NEWSETL_NEAR_DUP_WINDOW_DAYS", "2")
    news_etl(input=str(root), warehouse=str(wh), logical_date=DAY)
    news_etl(input=str(root), warehouse=str(wh), logical_date=later)
    rows = dict(sql(wh, "select source_id, duplicate_of from documents"))
    assert rows == {"impeach-1": None, "impeach-1-resend": None}


# -- streaming -----------------------------------------------------------------------------


def _jsonl(path: Path, n: int, bad: set[int] = frozenset()) -> bytes:  # type: ignore[assignment]
    lines = [("{broken" if i in bad else json.dumps({"id": f"d{i}", "text": f"Short wire item number {i} on grain prices."})) for i in range(1, n + 1)]
    return _write(path, ("\n".join(lines) + "\n").encode())


def _write(path: Path, data: bytes) -> bytes:
    """Write ``data`` (gzipped when the name ends in .gz) and return the file's bytes."""
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path.read_bytes()


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
def test_a_big_jsonl_is_read_lazily_across_batches(tmp_path: Path, name: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("A small text file read before the big one.\n")
    raw = _jsonl(src / name, 3000, bad={1500})
    plan = plan_run(src, DAY, "test")
    seen_lines: list[int] = []
    n_batches = 0
    for batch in plan.batches(100):
        n_batches += 1
        chunks = [w for w in batch if isinstance(w, Chunk)]
        assert len(chunks) <= 1 and sum(len(c.lines) for c in chunks) <= 100
        seen_lines += [ln.n for c in chunks for ln in c.lines]
        results = read_batch(batch, plan.root, plan.max_bytes, plan.not_after)
        if chunks and chunks[0].last:
            assert results[-1].sha256 == hashlib.sha256(raw).hexdigest()
    assert seen_lines == list(range(1, 3001))
    assert n_batches == 31  # a.txt rides in the first batch with 99 lines


def test_a_streamed_file_gets_one_merged_ingest_log_row(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw = _jsonl(src / "feed.jsonl", 500, bad={120, 121, 377})
    wh = tmp_path / "wh"
    summary = news_etl(input=str(src), warehouse=str(wh), logical_date=DAY, batch_size=50)
    (row,) = ingest_log(wh).values()
    assert (row["path"], row["status"], row["n_records"], row["n_loaded"], row["n_rejected"]) == ("feed.jsonl", "partial", 500, 497, 3)
    assert row["error_line"] == 120 and "feed.jsonl: line 120" in row["error"]
    assert row["sha256"] == hashlib.sha256(raw).hexdigest()
    assert [r[0] for r in sql(wh, "select line from rejects order by line")] == [120, 121, 377]
    assert summary["documents loaded"] == 497
    assert sql(wh, "select count(*) from documents")[0][0] == 497


def _array(path: Path, n: int, bad: dict[int, str] | None = None, pretty: bool = False) -> bytes:
    """A JSON array of ``n`` short articles; ``bad`` replaces elements by raw JSON text."""
    items = [(bad or {}).get(i) or json.dumps({"id": f"a{i}", "text": f"Short wire item number {i} on grain prices."}, indent=1 if pretty else None)
             for i in range(1, n + 1)]
    return _write(path, ("[\n" + ",\n".join(items) + "\n]\n" if pretty else "[" + ",".join(items) + "]").encode())


@pytest.mark.parametrize("name", ["export.json", "export.json.gz"])
def test_a_big_json_array_is_read_lazily_element_by_element(tmp_path: Path, name: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw = _array(src / name, 2500)  # minified: every element on line 1
    plan = plan_run(src, DAY, "test")
    items: list[int] = []
    n_batches = 0
    for batch in plan.batches(100):
        n_batches += 1
        (chunk,) = batch
        assert isinstance(chunk, Chunk) and len(chunk.lines) <= 100
        items += [ln.item or 0 for ln in chunk.lines]
        (res,) = read_batch(batch, plan.root, plan.max_bytes, plan.not_after)
        assert res.format == "json" and not res.rejects
        assert [r.source_uri for r in res.records] == [f"{name}#item{ln.item}" for ln in chunk.lines]
        if chunk.last:
            assert res.sha256 == hashlib.sha256(raw).hexdigest()
    assert items == list(range(1, 2501)) and n_batches == 26  # 25 full, then the end of the file with its hash


def test_bad_elements_of_a_json_array_name_item_and_line_and_the_rest_lands(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    _array(src / "export.json", 300, bad={40: '{"id": "no-text"}', 41: '"just a string"'}, pretty=True)
    wh = tmp_path / "wh"
    news_etl(input=str(src), warehouse=str(wh), logical_date=DAY, batch_size=50)
    row = ingest_log(wh)["export.json"]
    assert (row["status"], row["n_records"], row["n_loaded"], row["n_rejected"]) == ("partial", 300, 298, 2)
    rejects = sql(wh, "select line, reason, raw from rejects order by line")
    # "[" is line 1, a pretty element takes 4 lines: element 40 starts on line 2 + 39 * 4, the one-line 41 after it
    assert [r[1] for r in rejects] == ['export.json: item 40 (line 158): no "text" field',
                                       "export.json: item 41 (line 159): expected a JSON object, got str"]
    assert [r[0] for r in rejects] == [158, 159] and rejects[0][2] == '{"id": "no-text"}'
    assert sql(wh, "select source_uri from documents where source_id = 'a42'") == [("export.json#item42",)]


def test_malformed_json_in_an_array_keeps_the_elements_before_and_the_rest_raw(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    _array(src / "export.json", 120, bad={100: '{"id": "a100", "text": "cut off'}, pretty=True)
    wh = tmp_path / "wh"
    news_etl(input=str(src), warehouse=str(wh), logical_date=DAY, batch_size=30)
    row = ingest_log(wh)["export.json"]
    assert (row["status"], row["n_loaded"], row["n_rejected"]) == ("partial", 99, 1)
    assert row["error_line"] == 398 and "export.json: line 398: malformed JSON" in row["error"] and "the rest is not read" in row["error"]
    ((raw,),) = sql(wh, "select raw from rejects")
    assert raw.startswith('{"id": "a100", "text": "cut off') and '"id": "a120"' in raw, "the unread rest is kept, not lost"


def test_future_means_after_the_run_not_after_some_clock() -> None:
    start = datetime(2021, 6, 1, 12, tzinfo=UTC)
    cutoff = future_cutoff(date(2021, 5, 1), start)
    assert cutoff == start + timedelta(days=1)
    check_published_at("2021-06-02T11:00:00Z", cutoff)
    with pytest.raises(ValueError, match="in the future"):
        check_published_at("2021-06-03T00:00:00Z", cutoff)
    assert future_cutoff(date(2030, 1, 1), start) == datetime(2030, 1, 3, tzinfo=UTC), "a future logical date moves it"


# -- Reuters -------------------------------------------------------------------------------


def _reuters_dates_parse() -> bool:
    try:
        return dates.parse_published_at("26-FEB-1987 15:01:01.79") is not None
    except ValueError:
        return False


@needs_shared
def test_reuters_sample_ingests_with_its_dates(tmp_path: Path) -> None:
    if not _reuters_dates_parse():
        pytest.skip("tasks.dates.parse_published_at does not accept Reuters dates (26-FEB-1987 15:01:01.79) yet")
    from bench.reuters import convert

    src = tmp_path / "reuters"
    n = convert(SHARED_DATA / "reuters21578", src / "reuters.jsonl", limit=150)
    wh = tmp_path / "wh"
    news_etl(input=str(src), warehouse=str(wh), logical_date=date(1987, 3, 1))
    row = ingest_log(wh)["reuters.jsonl"]
    assert row["status"] in ("loaded", "partial") and row["n_rejected"] == 0, row
    assert row["n_records"] == n
    got = sql(wh, "select min(published_at), max(published_at), count(*), count(*) filter (dct_source = 'metadata') from documents")[0]
    assert got[0].year == 1987 and got[1].year == 1987 and got[2] == got[3] > 0
    first = sql(wh, "select published_at from documents where source_id = 'reuters-1'")
    assert first and first[0][0].astimezone(UTC).date() == date(1987, 2, 26)
    kinds = dict(sql(wh, "select kind, count(*) from boilerplate group by kind"))
    assert kinds.get("dateline", 0) >= 0.9 * got[2] and kinds.get("signature", 0) >= 0.9 * got[2]
