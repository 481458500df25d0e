"""Session 19's review 21: days landed in any order (a backfill's queued runs, an old day re-run or fixed)
give the warehouse and the IDs that landing them in date order gives.

A day's duplicates are decided against the days before it, so a day landed before an earlier one, or
before an earlier one changed, has to be landed again; a backfill over it now does so instead of
skipping it as "already landed".

Stories are Reuters-21578 (``reut2-003.sgm`` and ``reut2-004.sgm``), outside the evaluation sets, as
``bench/reuters.py`` converts them: Reuters re-sent ``reuters-4042`` word for word the next day as
``reuters-4128``, and ``reuters-3793`` as ``reuters-4066`` with only the dateline's day changed (the
dateline is not body text, so the two bodies are one document).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import snapshot, sql

DAY_A, DAY_B = "1987-03-11", "1987-03-12"

# reuters-3774 (reut2-003.sgm)
QUAKER = {"id": "reuters-3774", "title": "QUAKER OATS CO <OAT> REGULAR DIVIDEND", "published_at": "11-MAR-1987 12:38:56.81",
          "text": "CHICAGO, March 11 - Qtly div 20 cts vs 20 cts previously Pay April 15 Record March 23\n\nReuter"}
_COIN = ("Britain will from next autumn mint and market a new bullion coin called the \"Britannia\" containing one ounce "
         "of 24 carat gold, together with bullion coins of smaller denominations, a Treasury official said.\n\nThe new "
         "investment coin, to be sold worldwide, will fluctuate in price according to the international price of gold."
         "\n\nThe smaller coins will be in denominations of a half ounce, a quarter ounce and a tenth of an ounce. REUTER")
# reuters-3793 (reut2-003.sgm) and its re-send reuters-4066 (reut2-004.sgm), dated a day later
COIN = {"id": "reuters-3793", "title": "BRITAIN TO MINT NEW \"BRITANNIA\" GOLD COIN", "published_at": "11-MAR-1987 13:05:38.31",
        "text": "LONDON, March 11 - " + _COIN}
COIN_AGAIN = {"id": "reuters-4066", "title": "BRITAIN TO MINT NEW \"BRITANNIA\" GOLD COIN", "published_at": "12-MAR-1987 03:43:21.65",
              "text": "LONDON, March 12 - " + _COIN}
_OUTLETS = ("TOKYO, March 12 - Japan has relaxed its limit on the establishment of securities company outlets in order "
            "to service a growing number of individual investors, the Finance Ministry said.\n\nJapanese securities "
            "companies can now set up as many as 21 new outlets in the two years before March 31, 1989, against the "
            "previous maximum of 13.\n\nThe rules apply to outlets in department stores, supermarkets and other "
            "locations convenient for individuals.\n\nForeign securities firms are not affected by the ruling, it said. REUTER")
# reuters-4042 (reut2-004.sgm) and its re-send reuters-4128 (reut2-004.sgm): an exact duplicate
OUTLETS = {"id": "reuters-4042", "title": "JAPAN RELAXES RULES ON SECURITIES COMPANY OUTLETS", "published_at": "11-MAR-1987 22:42:47.98",
           "text": _OUTLETS}
OUTLETS_AGAIN = {"id": "reuters-4128", "title": "JAPAN RELAXES RULES ON SECURITIES COMPANY OUTLETS", "published_at": "12-MAR-1987 07:29:34.82",
                 "text": _OUTLETS}


def _jsonl(path: Path, *stories: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")


def _landing(root: Path) -> Path:
    _jsonl(root / DAY_A / "wire.jsonl", QUAKER, COIN, OUTLETS)
    _jsonl(root / DAY_B / "wire.jsonl", COIN_AGAIN, OUTLETS_AGAIN)
    return root


def _cli(*args: str) -> str:
    from flows.cli import app

    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def _backfill(landing: Path, wh: Path, start: str, end: str) -> str:
    return _cli("backfill", "--start", start, "--end", end, "--input", str(landing), "--warehouse", str(wh))


_IDS = {  # every published ID of day A's rows, as a BI join would use them
    "documents": "select doc_id, cluster_id, duplicate_of from documents",
    "mentions": "select doc_id, mention_id, entity_id from mentions",
    "timexes": "select doc_id, timex_id, value from timexes",
    "amounts": "select doc_id, amount_id, value from amounts",
}


def _day_a_ids(wh: Path) -> dict[str, list[tuple]]:
    return {t: sorted(sql(wh, f"{q} where dt = '{DAY_A}'")) for t, q in _IDS.items()}


@pytest.fixture(scope="module")
def in_order(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, list[tuple]]]:
    """Day A then day B, as a backfill in date order lands them; with day A's IDs before B landed."""
    root = tmp_path_factory.mktemp("review21")
    landing, wh = _landing(root / "landing"), root / "wh"
    _backfill(landing, wh, DAY_A, DAY_A)
    ids = _day_a_ids(wh)
    _backfill(landing, wh, DAY_B, DAY_B)
    return landing, wh, ids


def test_date_order_keeps_one_copy_of_a_re_sent_story_and_day_a_ids(in_order: tuple[Path, Path, dict]) -> None:
    _, wh, ids_before_b = in_order
    assert sorted(sql(wh, "select source_id, cast(dt as varchar) from documents")) == [
        ("reuters-3774", DAY_A), ("reuters-3793", DAY_A), ("reuters-4042", DAY_A)]
    assert sql(wh, f"select status, n_duplicate from ingest_log where dt = '{DAY_B}'") == [("duplicate", 2)]
    assert _day_a_ids(wh) == ids_before_b, "landing day B changed an ID published with day A"


def test_days_landed_out_of_order_match_date_order_after_a_backfill(in_order: tuple[Path, Path, dict], tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    # a backfill's queued runs taken B first: B kept its copies of A's stories, and a backfill over both days then skipped B as "already landed", for good
    landing, expected, _ = in_order
    wh = tmp_path / "wh"
    _backfill(landing, wh, DAY_B, DAY_B)
    out = " ".join(_backfill(landing, wh, DAY_A, DAY_A).split())
    # the backfill's warning at its end (review 25; each of its days' runs used to log it)
    assert f"later day(s) ({DAY_B}) were landed before this backfill changed {DAY_A}" in out
    assert f"newsetl backfill --start {DAY_B} --end {DAY_B}" in out
    assert sql(wh, "select count(*) - count(distinct doc_id) from documents") == [(2,)], "B's copies of A's stories"
    again = _backfill(landing, wh, DAY_A, DAY_B)
    assert f"{DAY_A}: already landed, skipped" in again
    assert f"{DAY_B}: its input changed since it was landed" in again
    assert snapshot(wh) == snapshot(expected)
    assert _backfill(landing, wh, DAY_A, DAY_B).count("already landed, skipped") == 2


def test_a_story_dropped_as_a_copy_comes_back_when_the_earlier_day_loses_it(in_order: tuple[Path, Path, dict], tmp_path: Path) -> None:
    # day A's input fixed (the Japan story taken out of its folder): day B had skipped its re-send as a
    # copy of A's, so the story was in no partition at all until B was landed again
    landing, expected, _ = in_order
    src, wh = tmp_path / "landing", tmp_path / "wh"
    shutil.copytree(landing, src)
    shutil.copytree(expected, wh)
    _jsonl(src / DAY_A / "wire.jsonl", QUAKER, COIN)
    out = _backfill(src, wh, DAY_A, DAY_B)
    assert f"{DAY_B}: its input changed since it was landed" in out
    assert sql(wh, "select source_id, cast(dt as varchar) from documents where text like 'Japan has relaxed%'") == [("reuters-4128", DAY_B)]
    _jsonl(src / DAY_A / "wire.jsonl", QUAKER, COIN, OUTLETS)
    _backfill(src, wh, DAY_A, DAY_B)
    assert snapshot(wh) == snapshot(expected), "restoring day A's input gives back the warehouse it gave"
