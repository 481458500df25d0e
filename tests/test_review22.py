"""Session 20's review 22: a run that changes its day lands again the later days de-duplicated without it.

A deployment run for a past date (or a late file's re-run) used to leave the later days stale, with only a
warning in a log, until someone ran ``newsetl backfill`` by hand. Now the run lands them again itself, in date
order, each as its own ``news_etl`` subflow run (``reland_later_days``, ``NEWSETL_RELAND_LATER_DAYS``).

Days A and B are review 21's Reuters-21578 stories; day C adds two stories from 13 March 1987 (``reut2-004.sgm``),
outside the evaluation sets: ``reuters-4712`` is Reuters' word-for-word re-send of B's ``reuters-4616``, and
``reuters-4631`` is C's own.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import snapshot, sql
from tests.test_review21 import (
    COIN,
    COIN_AGAIN,
    DAY_A,
    DAY_B,
    OUTLETS,
    OUTLETS_AGAIN,
    QUAKER,
    _jsonl,
)

DAY_C = "1987-03-13"
_MIYAZAWA = ("TOKYO, March 13 - Finance Minister Kiichi Miyazawa told a press conference he thinks exchange rates will "
             "remain stable due to the currency accord reached in Paris last month by six major industrialised nations "
             "but he did not say for how long.\n\nThe dollar has hovered around 153 yen since the six agreed to cooperate "
             "to bring about currency stability.\n\nAsked to comment on remarks by some U.S. Officials calling for a "
             "further decline of the dollar, Miyazawa said only the U.S. President and the U.S. Treasury Secretary can "
             "make official statements about exchange rates. REUTER")
MIYAZAWA = {"id": "reuters-4616", "title": "MIYAZAWA SAYS EXCHANGE RATES WILL STAY STABLE", "published_at": "12-MAR-1987 20:20:24.76",
            "text": _MIYAZAWA}
MIYAZAWA_AGAIN = {"id": "reuters-4712", "title": "MIYAZAWA SAYS EXCHANGE RATES WILL STAY STABLE", "published_at": "13-MAR-1987 07:23:42.60",
                  "text": _MIYAZAWA}
BEEF = {"id": "reuters-4631", "title": "JAPAN SETS 1987/88 FIRST HALF BEEF IMPORT QUOTA", "published_at": "13-MAR-1987 01:05:12.15",
        "text": "TOKYO, March 13 - The Agriculture Ministry said it set Japan's beef import quota for the six months from April 1 "
                "at 93,000 tonnes, up from 83,000 in the second half of 1986/87 and 85,000 a year earlier.\n\nUnder an agreement "
                "with the U.S. And Australia, Japan has been increasing imports by 9,000 tonnes a year from March 31, 1985, to "
                "reach a projected 177,000 tonnes in the year to March 31, 1988. REUTER"}


def _landing(root: Path) -> Path:
    _jsonl(root / DAY_A / "wire.jsonl", QUAKER, COIN, OUTLETS)
    _jsonl(root / DAY_B / "wire.jsonl", COIN_AGAIN, OUTLETS_AGAIN, MIYAZAWA)
    _jsonl(root / DAY_C / "wire.jsonl", MIYAZAWA_AGAIN, BEEF)
    return root


def _run(landing: Path, wh: Path, day: str, *extra: str, code: int = 0) -> str:
    from flows.cli import app

    res = CliRunner().invoke(app, ["run", "--input", str(landing), "--warehouse", str(wh), "--logical-date", day, *extra])
    assert res.exit_code == code, res.output
    return res.output


def _runs(wh: Path, day: str) -> list[str]:
    return [s for (s,) in sql(wh, f"select status from runs where dt = '{day}' order by started_at")]


@pytest.fixture(scope="module")
def in_order(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("review22")
    landing, wh = _landing(root / "landing"), root / "wh"
    for day in (DAY_A, DAY_B, DAY_C):
        _run(landing, wh, day)
    return landing, wh


def test_days_landed_c_a_b_end_as_landed_a_b_c(in_order: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, expected = in_order
    wh = tmp_path / "wh"
    _run(landing, wh, DAY_C)
    out_a = _run(landing, wh, DAY_A)
    # review 24: none of A's stories is a copy of C's, so C's rows would come out the same: it is not landed again
    assert "landed again" not in out_a
    out_b = _run(landing, wh, DAY_B)
    assert "landed again" in out_b
    assert "were landed before this run changed" not in caplog.text, "the later days were landed again: nothing is left to warn about"
    assert f"were never landed ({DAY_B})" in caplog.text, "landing A named B, the day between that was never landed"
    # C: its own run, then once after B (whose story C's copy repeats), each a run of its own
    assert _runs(wh, DAY_C) == ["published"] * 2
    assert sql(wh, f"select source_id from documents where dt = '{DAY_C}'") == [("reuters-4631",)], "C's copy of B's story is gone"
    assert snapshot(wh) == snapshot(expected)


def test_with_reland_off_the_run_only_warns(in_order: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, _ = in_order
    wh = tmp_path / "wh"
    _run(landing, wh, DAY_C)
    out = _run(landing, wh, DAY_B, "--reland-later-days", "0")
    assert "landed again" not in out
    assert f"newsetl backfill --start {DAY_C} --end {DAY_C}" in caplog.text
    assert _runs(wh, DAY_C) == ["published"]
    assert sql(wh, "select count(*) - count(distinct doc_id) from documents") == [(1,)], "C keeps its copy of B's story"


def test_a_run_that_changes_nothing_for_later_days_lands_none_again(in_order: tuple[Path, Path], tmp_path: Path) -> None:
    landing, expected = in_order
    wh = tmp_path / "wh"
    shutil.copytree(expected, wh)
    out = _run(landing, wh, DAY_B, "--reprocess")
    assert "landed again" not in out
    assert _runs(wh, DAY_C) == ["published"], "B published again with the same documents: C was not stale"
    assert snapshot(wh) == snapshot(expected)


def test_only_the_later_days_the_landing_folder_holds_are_landed_again(in_order: tuple[Path, Path], tmp_path: Path) -> None:
    # C landed from another folder: this landing folder cannot tell how to land it, so it is kept as it is
    landing, _ = in_order
    elsewhere, wh = tmp_path / "elsewhere", tmp_path / "wh"
    shutil.copytree(landing / DAY_C, elsewhere / DAY_C)
    partial = tmp_path / "landing"
    shutil.copytree(landing, partial, ignore=shutil.ignore_patterns(DAY_C))
    _run(partial, wh, DAY_B)
    _run(elsewhere, wh, DAY_C)
    c_before = snapshot(wh)
    out = _run(partial, wh, DAY_A)
    assert "landed again" in out and DAY_B in out.split("landed again", 1)[1].splitlines()[0]
    assert _runs(wh, DAY_B) == ["published"] * 2 and _runs(wh, DAY_C) == ["published"]
    c_rows = {t: [r for r in rows if r.get("logical_date") == date.fromisoformat(DAY_C)] for t, rows in c_before.items()}
    assert {t: [r for r in rows if r.get("logical_date") == date.fromisoformat(DAY_C)] for t, rows in snapshot(wh).items()} == c_rows


def test_a_later_day_that_fails_names_itself_and_the_retry_and_the_day_stays_published(
        in_order: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # another run takes the warehouse between this run's publish and the later day's run (lock wait 0)
    import flows.news_etl as module

    landing, expected = in_order
    wh = tmp_path / "wh"
    _run(landing, wh, DAY_C)
    real, held = module.stale_later_days, []

    def busy(settings, after: date) -> Iterator[date]:  # noqa: ANN001 - Settings, as the real one
        for day in real(settings, after):
            held.append((wh / ".lock").open("a+"))
            fcntl.flock(held[-1], fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield day

    monkeypatch.setattr(module, "stale_later_days", busy)
    # B, whose story C's copy repeats (review 24: A changes nothing of C's, so C is not landed again after A)
    out = " ".join(_run(landing, wh, DAY_B, code=1).split())
    for fh in held:
        fh.close()
    assert f"landing the later day {DAY_C} again failed" in out and "WarehouseBusy" in out
    assert f"newsetl backfill --start {DAY_C} --end {DAY_C} --input {landing}" in out
    assert _runs(wh, DAY_B) == ["published"]
    monkeypatch.setattr(module, "stale_later_days", real)
    # the retry the error names
    from flows.cli import app

    res = CliRunner().invoke(app, ["backfill", "--start", DAY_C, "--end", DAY_C, "--input", str(landing), "--warehouse", str(wh)])
    assert res.exit_code == 0, res.output
    _run(landing, wh, DAY_A)
    assert snapshot(wh) == snapshot(expected)


def test_the_deployment_lands_later_days_again() -> None:
    import yaml

    from flows.news_etl import news_etl
    from tasks.settings import REPO_ROOT

    (dep,) = yaml.safe_load((REPO_ROOT / "prefect.yaml").read_text())["deployments"]
    assert int(dep["parameters"]["reland_later_days"]) > 0
    assert news_etl.validate_parameters({"reland_later_days": "5"})["reland_later_days"] == 5
