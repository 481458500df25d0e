"""The Reuters-21578 converter the benchmark feeds the pipeline with."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from bench import reuters
from tasks.evaluate import SHARED_DATA
from tests.conftest import needs_shared

SRC = SHARED_DATA / "reuters21578"
SGML_TAG = re.compile(r"</(REUTERS|TEXT|TITLE|DATELINE|BODY|DATE|D)>|<(REUTERS|TEXT|TITLE|DATELINE|BODY)\b")


def _convert(tmp_path: Path, name: str, limit: int | None = None) -> tuple[int, list[dict]]:
    """Convert one Reuters SGML file; the converter's count and the documents it wrote."""
    sample = tmp_path / "sgm"
    sample.mkdir()
    shutil.copy(SRC / name, sample)
    out = tmp_path / "r.jsonl"
    n = reuters.convert(sample, out, limit=limit)
    return n, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@needs_shared
def test_converter_writes_one_dated_titled_document_per_article(tmp_path: Path) -> None:
    n, docs = _convert(tmp_path, "reut2-000.sgm")
    assert n == len(docs) > 900  # the file holds 1000 articles; a few have no body
    first = docs[0]
    assert first["id"] == "reuters-1" and first["title"] == "BAHIA COCOA REVIEW"
    assert first["published_at"] == "26-FEB-1987 15:01:01.79"
    assert first["text"].startswith("SALVADOR, Feb 26 - Showers continued")
    assert len({d["id"] for d in docs}) == n
    for d in docs:
        assert not SGML_TAG.search(d["text"]), "markup leaked into the text"  # "<BP>" tickers are text
        assert "&lt;" not in d["text"] and "\x03" not in d["text"]
        assert d["source"] == "reuters21578" and d["text"].strip()


@needs_shared
def test_converted_reuters_dates_are_read_by_the_pipeline(tmp_path: Path) -> None:
    from tasks.dates import parse_published_at

    _, docs = _convert(tmp_path, "reut2-005.sgm", limit=300)
    dates = [d["published_at"] for d in docs]
    assert len(dates) == 300
    assert all(parse_published_at(d) is not None for d in dates)


def test_trailing_junk_after_a_reuters_date_is_dropped() -> None:
    assert reuters.reuters_date("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM") == "27-MAR-1987 00:02:59.13"
    assert reuters.reuters_date(None) is None
