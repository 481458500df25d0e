"""Session 15's end-to-end review: what a user meets running the product as the README says.

Sentences are Reuters-21578 stories outside the evaluation sets (``reuters-109``, ``reuters-225``,
``reut2-000.sgm``), as ``bench/reuters.py`` converts them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tasks import land
from tests.helpers import sql

DAY = date(1987, 3, 1)

# reuters-109 (reut2-000.sgm): a money amount written negative
NEGATIVE_MONEY = ('For the week as a whole, he said that float related as of adjustments were "small," adding that '
                  "they fell to a negative 750 mln dlrs on Tuesday due to a number of corrections for unrelated cash "
                  "letter errors in six districts around the country.")
# reuters-225 (reut2-000.sgm): a percent written negative
NEGATIVE_PERCENT = ("Coupon rates on new 10-year government bonds, minus 0.1 percentage points, is the likeliest "
                    "choice, they added.")

#: amount text -> value the story writes (signed spans must be published, not quarantined)
SIGNED = {
    "negative 750 mln dlrs": -750_000_000.0,  # reuters-109
    "minus 0.1 percentage points": -0.1,  # reuters-225
}


def _flow(src: Path, wh: Path, day: date = DAY, **kw: object) -> dict[str, object]:
    from flows.news_etl import news_etl

    return news_etl(input=str(src), warehouse=str(wh), logical_date=day, **kw)


@pytest.fixture(scope="module")
def review_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("review15") / "in"
    src.mkdir()
    stories = [{"id": "reuters-109", "published_at": "26-FEB-1987 16:34:32.42", "text": NEGATIVE_MONEY},
               {"id": "reuters-225", "published_at": "1-MAR-1987 20:10:34.61", "text": NEGATIVE_PERCENT}]
    (src / "signs.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    # made: one real sentence repeated past spaCy's 1,000,000-character limit (a 1.2 MB file)
    (src / "long.txt").write_text((NEGATIVE_MONEY + "\n") * 6000, encoding="utf-8")
    # made: real text, then a NUL byte on line 41, beyond the first 4 KiB that used to be sniffed
    (src / "nul.txt").write_bytes((NEGATIVE_PERCENT + "\n").encode() * 40 + b"A stray \x00 byte.\n")
    wh = src.parent / "wh"
    summary = _flow(src, wh)
    assert summary["status"] == "published", summary
    return wh


def _log(wh: Path) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in sql(wh, "select path, status, error, error_line from ingest_log")}


def test_an_article_longer_than_the_nlp_limit_is_rejected_alone_and_the_rest_lands(review_wh: Path) -> None:
    # a 1.2 MB story used to fail the whole run with spaCy's E088 traceback and land nothing
    status, error, _ = _log(review_wh)["long.txt"]
    assert status == "rejected"
    assert error.startswith("long.txt: ") and "1,000,000" in error and "characters" in error
    raw = sql(review_wh, "select raw from rejects where path = 'long.txt'")
    assert raw and raw[0][0].startswith(NEGATIVE_MONEY[:40]), "the rejected text is kept in rejects"
    assert {r[0] for r in sql(review_wh, "select source_id from documents")} == {"reuters-109", "reuters-225"}


def test_a_nul_byte_anywhere_rejects_the_file_naming_its_line(review_wh: Path) -> None:
    status, error, line = _log(review_wh)["nul.txt"]
    assert (status, line) == ("rejected", 41)
    assert error.startswith("nul.txt: line 41: NUL byte"), error
    assert not sql(review_wh, "select count(*) from documents where contains(text, chr(0))")[0][0]


@pytest.mark.parametrize("text", list(SIGNED))
def test_an_amount_the_story_writes_negative_is_published_not_quarantined(review_wh: Path, text: str) -> None:
    rows = sql(review_wh, f"select value from amounts where text = '{text}'")
    assert rows == [(SIGNED[text],)], rows
    held = sql(review_wh, f"select rule from quarantine where json_extract_string(row_json, '$.text') = '{text}'")
    assert held == [], held


def test_entities_view_counts_are_bigint_like_the_parquet(review_wh: Path) -> None:
    # sum() over the partitions gave HUGEINT: Arrow readers saw decimal128(38, 0), pandas float64
    types = dict(sql(review_wh, "select column_name, data_type from information_schema.columns where table_name = 'entities'"))
    assert types["mention_count"] == "BIGINT"
    parquet = pq.read_schema(next((review_wh / land.PARQUET / "entities").glob("dt=*/*.parquet")))
    assert str(parquet.field("mention_count").type) == "int64"


def test_data_quality_pages_load_nothing_from_the_network(review_wh: Path) -> None:
    pages = list((review_wh / "dq").rglob("*.html"))
    assert len(pages) > 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r'<(?:img|script|link)\b[^>]*\b(?:src|href)="(?:https?:)?//[^"]*"', html, re.I)
        assert remote == [], (page.name, remote[:2])


def test_an_empty_input_keeps_the_partition_landed_before(tmp_path: Path) -> None:
    # a run over a folder with nothing in it used to publish an empty partition over the landed one
    src = tmp_path / "in"
    src.mkdir()
    (src / "signs.jsonl").write_text(json.dumps({"id": "reuters-225", "text": NEGATIVE_PERCENT}) + "\n", encoding="utf-8")
    wh = tmp_path / "wh"
    assert _flow(src, wh)["status"] == "published"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _flow(empty, wh)["status"] == "noop"
    docs = (wh / land.PARQUET / "documents" / f"dt={DAY}").glob("*.parquet")
    assert sum(pq.read_metadata(f).num_rows for f in docs) == 1
    assert _flow(empty, wh, reprocess=True)["status"] == "published", "--reprocess still empties the date on purpose"


@pytest.mark.parametrize("command", [["run"], ["backfill", "--start", "2020-01-14", "--end", "2020-01-15"]])
def test_a_missing_input_stops_in_one_line_before_anything_is_written(tmp_path: Path, command: list[str]) -> None:
    from flows.cli import app

    missing, wh = tmp_path / "landing", tmp_path / "wh"
    res = CliRunner().invoke(app, [*command, "--input", str(missing), "--warehouse", str(wh)])
    assert res.exit_code == 1
    assert f"input not found: {missing}" in " ".join(res.output.split())  # rich wraps long lines
    assert "Traceback" not in res.output
    assert not wh.exists(), "nothing is created for a run that cannot start"


def test_run_summary_prints_the_dq_report_path_whole(capsys: pytest.CaptureFixture[str]) -> None:
    # rich cut the path at the table's edge ("run-4202b0fb-f461-4f88-875…"): it could not be opened
    from flows.cli import _print_summary

    report = "/tmp/r15/whr/dq/dt=1987-03-01/run-4202b0fb-f461-4f88-8751-c049421b51b3/index.html"
    _print_summary({"status": "published", "dq report": report})
    printed = "".join(line.strip(" │┃|\n") for line in capsys.readouterr().out.splitlines() if "dq report" in line or "/" in line)
    assert "…" not in printed
    assert report.split("/")[-2] in printed.replace(" ", "")
