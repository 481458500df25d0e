"""Session 20's review 23: a new user's walk-through of the README, the CLI and the data dictionary.

What a data engineer following the README met: a warning whose ``newsetl backfill`` lands the wrong folder into
the wrong warehouse when pasted, ``newsetl backfill`` warning about the very days it was about to land,
``newsetl validate --help`` promising a default it does not have, ``newsetl query`` cutting values short with an
ellipsis, and a malformed JSONL line reported as "Invalid control character at at column 39".

The landing days are review 21's Reuters-21578 stories (outside the evaluation sets).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_review21 import DAY_A, DAY_B, _jsonl
from tests.test_review22 import BEEF, MIYAZAWA, _landing, _run, _runs


def _cli(*args: str) -> tuple[int, str]:
    from flows.cli import app

    res = CliRunner().invoke(app, list(args))
    return res.exit_code, res.output


@pytest.fixture(scope="module")
def b_landed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A landing folder of three days, and a warehouse holding only the second (B), landed first."""
    root = tmp_path_factory.mktemp("review23")
    landing, wh = _landing(root / "landing"), root / "wh"
    _run(landing, wh, DAY_B)
    return landing, wh


def test_the_warning_names_a_backfill_that_lands_this_folder_into_this_warehouse(
        b_landed: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # pasted as it was, the command read the default input (seeds/articles/) into the default warehouse
    landing, landed = b_landed
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    _run(landing, wh, DAY_A, "--reland-later-days", "0")
    assert f"newsetl backfill --start {DAY_B} --end {DAY_B} --input {landing} --warehouse {wh}" in caplog.text


def test_backfill_warns_only_about_the_days_after_its_end(
        b_landed: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # landing A in the range made the flow warn that B, the range's next day, needed the backfill running it
    landing, landed = b_landed
    wh = tmp_path / "wh"
    shutil.copytree(landed, wh)
    code, out = _cli("backfill", "--start", DAY_A, "--end", DAY_B, "--input", str(landing), "--warehouse", str(wh))
    assert code == 0, out
    assert _runs(wh, DAY_B) == ["published"] * 2, "B was landed again by the backfill itself"
    assert "newsetl backfill" not in caplog.text, caplog.text
    # a day after --end is still named, with the backfill that lands it from this folder into this warehouse
    late = tmp_path / "landing"
    shutil.copytree(landing, late)
    # review 24: a late file whose story B also carries (a late file B's stories do not repeat leaves B as it is)
    _jsonl(late / DAY_A / "late.jsonl", MIYAZAWA)
    caplog.clear()
    code, out = _cli("backfill", "--start", DAY_A, "--end", DAY_A, "--input", str(late), "--warehouse", str(wh))
    assert code == 0, out
    # review 25: the backfill says it once, at its end, on its own output (its days' runs used to, each)
    assert f"newsetl backfill --start {DAY_B} --end {DAY_B} --input {late} --warehouse {wh}" in " ".join(out.split())


def test_validate_of_a_day_not_landed_names_the_days_that_are(b_landed: tuple[Path, Path]) -> None:
    _, wh = b_landed
    code, out = _cli("validate", "--warehouse", str(wh), "--logical-date", DAY_A)
    assert code == 2
    assert DAY_B in " ".join(out.split()), out


def test_validate_help_says_it_checks_every_landed_day_by_default() -> None:
    code, out = _cli("validate", "--help")
    assert code == 0
    text = " ".join(out.replace("│", " ").split())
    assert "today" not in text, "validate without --logical-date checks every landed day, not today's"
    assert "every landed" in text


def test_query_prints_whole_values_when_its_output_is_not_a_terminal(tmp_path: Path) -> None:
    from tasks import land

    land.build_catalog(tmp_path)
    values = [f"{c}{'x' * 40}" for c in "abcd"]
    code, out = _cli("query", "--warehouse", str(tmp_path), "select " + ", ".join(f"'{v}' as c{i}" for i, v in enumerate(values)))
    assert code == 0, out
    for v in values:
        assert v in out, out
    assert "…" not in out


def test_query_in_a_narrow_terminal_folds_values_instead_of_cutting_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import cli
    from tasks import land

    land.build_catalog(tmp_path)
    monkeypatch.setattr(cli, "out", cli.Console(width=60, force_terminal=True, color_system=None))
    with cli.out.capture() as cap:
        code, _ = _cli("query", "--warehouse", str(tmp_path), "select repeat('y', 50) as a, repeat('z', 50) as b")
    assert code == 0
    assert "…" not in cap.get()
    assert cap.get().count("y") == 50 and cap.get().count("z") == 50


def _rejects(tmp_path: Path, *lines: str) -> list[str]:
    from tasks.ingest import plan_run, read_batch

    (tmp_path / "wire.jsonl").write_text("".join(line + "\n" for line in lines))
    plan = plan_run(tmp_path, date(2020, 1, 16), "salt")
    results = [r for items in plan.batches(10) for r in read_batch(items, plan.root, plan.max_bytes)]
    return [x.reason for r in results for x in r.rejects]


def test_a_jsonl_line_cut_short_says_its_string_is_unterminated(tmp_path: Path) -> None:
    good = json.dumps({"text": "A whole story."})
    (reason,) = _rejects(tmp_path, good, '{"id": "cut", "text": "a line cut short')
    assert reason.startswith("wire.jsonl: line 2: malformed JSON"), reason
    assert "Unterminated string" in reason and " at at " not in reason, reason


def test_a_control_character_in_a_jsonl_string_is_named_once(tmp_path: Path) -> None:
    (reason,) = _rejects(tmp_path, '{"text": "tab\there"}')
    assert "Invalid control character at column" in reason and " at at " not in reason, reason


def test_the_data_dictionary_says_runs_land_later_days_again_and_how_the_entities_view_rolls_up() -> None:
    from tasks.schema import data_dictionary

    text = " ".join(data_dictionary().split())
    assert "reland_later_days" in text, "the dictionary still said a run only warns about the later days"
    assert "says so in a warning naming the later days; `newsetl backfill`" not in text
    assert "`run_id` and `logical_date` are those of the latest partition" in text


@pytest.mark.parametrize(("name", "value", "wanted"), [("NEWSETL_RELAND_LATER_DAYS", "all", "a whole number"),
                                                        ("NEWSETL_DQ_ERROR_THRESHOLD", "5%", "a number")])
def test_a_mistyped_setting_stops_in_one_line_naming_the_variable(
        monkeypatch: pytest.MonkeyPatch, name: str, value: str, wanted: str) -> None:
    monkeypatch.setenv(name, value)
    code, out = _cli("query", "select 1")
    assert code == 2
    text = " ".join(out.split())
    assert f"{name}={value!r} is not {wanted}" in text and "Traceback" not in text, out


def test_backfill_of_a_folder_without_day_folders_stops_before_landing_anything(tmp_path: Path) -> None:
    # it landed the whole folder on --start and empty partitions on the days after it
    flat, wh = tmp_path / "flat", tmp_path / "wh"
    _jsonl(flat / "stories.jsonl", BEEF)
    code, out = _cli("backfill", "--start", DAY_A, "--end", DAY_B, "--input", str(flat), "--warehouse", str(wh))
    text = " ".join(out.split())
    assert code == 2, out
    assert f"{flat} has no YYYY-MM-DD sub-folders" in text and "newsetl run --input" in text
    assert not wh.exists(), "nothing is landed"
