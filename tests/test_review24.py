"""Session 21's review 24: product leftovers.

A re-run of a past day landed every later day again, even when their rows came out identical: a day's run id
covered every doc_id landed on the days before it. Now a later day is landed again only when what its
de-duplication found in the earlier days changed: which of its doc_ids they hold, and which canonical stories
in the near-duplicate window share an LSH band with one of its own (``tasks.land.depends_on``). Landing the
days in any order still ends as landing them in date order, row for row.

Also: a run that lands an earlier day names the later days of the landing folder that were never landed, and
``--help`` prints even when a ``NEWSETL_*`` value is mistyped.

Days A, B and C are review 22's Reuters-21578 stories; the late file adds one story to A: ``reuters-3461``
(``reut2-003.sgm``, 11 March 1987, outside the evaluation sets), which no later day carries, or B's or C's own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import snapshot
from tests.test_review21 import DAY_A, DAY_B, _jsonl
from tests.test_review22 import BEEF, DAY_C, MIYAZAWA, _landing, _run, _runs

FORINT = {"id": "reuters-3461", "title": "HUNGARY TO DEVALUE FORINT AGAINST WESTERN UNITS", "published_at": "11-MAR-1987 03:37:49.84",
          "text": "BUDAPEST, March 11 - Hungary is to devalue the forint by an average of eight pct against Western currencies, "
                  "the official news agency MTI said.\n\nMTI did not say when the devaluation would become effective, but it "
                  "expected new rates to be announced later today.\n\nHungary devalued the forint by a similar amount last "
                  "September 23. Western bankers say the forint is more realistically valued than currencies of Hungary's "
                  "COMECON allies. REUTER"}


@pytest.fixture(scope="module")
def in_order(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("review24")
    landing, wh = _landing(root / "landing"), root / "wh"
    for day in (DAY_A, DAY_B, DAY_C):
        _run(landing, wh, day)
    return landing, wh


LATE_FILES = [
    # (what the late file adds to A, the later days that are landed again)
    pytest.param(FORINT, [], id="a story no later day carries: B and C come out the same"),
    pytest.param(MIYAZAWA, [DAY_B], id="B's story: B's copy becomes a duplicate; C's copy already was one"),
    pytest.param(BEEF, [DAY_C], id="C's own story: C's copy becomes a duplicate; B does not carry it"),
]


@pytest.mark.parametrize(("late", "relanded"), LATE_FILES)
def test_a_past_day_rerun_lands_again_only_the_later_days_it_changes(
        in_order: tuple[Path, Path], tmp_path: Path, late: dict[str, str], relanded: list[str]) -> None:
    landing, landed = in_order
    changed, wh = tmp_path / "landing", tmp_path / "wh"
    shutil.copytree(landing, changed)
    shutil.copytree(landed, wh)
    _jsonl(changed / DAY_A / "late.jsonl", late)
    out = _run(changed, wh, DAY_A)
    assert [d for d in (DAY_B, DAY_C) if len(_runs(wh, d)) > 1] == relanded, out
    # still what landing the changed folder in date order gives, run ids included
    fresh = tmp_path / "fresh"
    for day in (DAY_A, DAY_B, DAY_C):
        _run(changed, fresh, day)
    assert snapshot(wh) == snapshot(fresh)
    # and idempotent: the same run again changes nothing
    _run(changed, wh, DAY_A)
    assert _runs(wh, DAY_A)[-1] == "noop"
    assert [len(_runs(wh, d)) > 1 for d in (DAY_B, DAY_C)] == [d in relanded for d in (DAY_B, DAY_C)]


def test_landing_an_earlier_day_names_the_later_days_never_landed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    landing, wh = _landing(tmp_path / "landing"), tmp_path / "wh"
    _run(landing, wh, DAY_C)
    _run(landing, wh, DAY_A)
    assert (f"1 later day(s) of {landing} were never landed ({DAY_B}); land them with `newsetl backfill --start {DAY_B} "
            f"--end {DAY_B} --input {landing} --warehouse {wh}`") in caplog.text
    # days landed in date order: the next folder is simply next, nothing to say
    caplog.clear()
    _run(landing, tmp_path / "in_order", DAY_A)
    assert "never landed" not in caplog.text


@pytest.mark.parametrize("command", [["run"], ["backfill"], ["query"], ["validate"], ["serve"], ["eval"]])
def test_help_prints_when_a_setting_is_mistyped(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.cli import app

    monkeypatch.setenv("NEWSETL_BATCH_SIZE", "two hundred")
    res = CliRunner().invoke(app, [*command, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output and "NEWSETL_BATCH_SIZE" not in res.output
    # without --help the command still stops on the bad value, in one line
    res = CliRunner().invoke(app, [*command, *(["select 1"] if command == ["query"] else [])])
    assert res.exit_code == 2 and "NEWSETL_BATCH_SIZE='two hundred'" in " ".join(res.output.split())


def test_an_error_line_keeps_its_command_on_one_line(tmp_path: Path) -> None:
    # a console that is not a terminal folded the line at 80 columns, cutting the command it ends with
    from flows.cli import app

    flat = tmp_path / "a-folder-whose-name-is-long-enough-to-fold" / "flat"
    _jsonl(flat / "stories.jsonl", FORINT)
    res = CliRunner().invoke(app, ["backfill", "--start", DAY_A, "--end", DAY_B, "--input", str(flat), "--warehouse", str(tmp_path / "wh")])
    assert res.exit_code == 2
    assert f"`newsetl run --input {flat} --logical-date YYYY-MM-DD`" in res.output, res.output
