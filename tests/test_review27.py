"""Review 27: `newsetl serve` walked against `prefect server start`. A served run logged nothing, on the serve
terminal or in the UI (the CLI's WARNING level reached the runs it spawned), while the same flow run by a
process worker logs each task's end at INFO."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import flows.cli as cli
from flows.news_etl import news_etl


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Calls `newsetl serve` with Flow.serve replaced: what the environment held when it would have served."""
    seen: dict[str, object] = {}

    def fake_serve(**kwargs: object) -> None:
        seen.update(kwargs)
        seen["level"] = os.environ.get("PREFECT_LOGGING_LEVEL")

    monkeypatch.setattr(news_etl, "serve", fake_serve)
    monkeypatch.setattr(cli, "DEFAULT_LANDING", tmp_path)  # review 32: serve reads landing/ and stops if it is missing
    monkeypatch.delenv("NEWSETL_LOCK_TIMEOUT_S", raising=False)
    return seen


def test_served_runs_log_at_info_unless_the_user_set_a_level(served: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    # as after `apply_runtime_defaults()` when the user set no level: the project's WARNING holds
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    monkeypatch.setattr(cli, "DEFAULTED", {"PREFECT_LOGGING_LEVEL"}, raising=False)
    res = CliRunner().invoke(cli.app, ["serve", "--cron", "0 6 * * *"])
    assert res.exit_code == 0, res.output
    assert served["level"] == "INFO"
    assert served["name"] == "news-etl-daily" and served["global_limit"] == 1
    # a level the user set wins
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "ERROR")
    monkeypatch.setattr(cli, "DEFAULTED", set())
    res = CliRunner().invoke(cli.app, ["serve"])
    assert res.exit_code == 0, res.output
    assert served["level"] == "ERROR"


def test_runtime_defaults_remember_what_they_set(monkeypatch: pytest.MonkeyPatch) -> None:
    import tasks.settings as settings

    monkeypatch.setattr(settings, "DEFAULTED", set(), raising=False)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "ERROR")
    monkeypatch.delenv("DASK_LOGGING__DISTRIBUTED", raising=False)
    settings.apply_runtime_defaults()
    assert "PREFECT_LOGGING_LEVEL" not in settings.DEFAULTED
    assert "DASK_LOGGING__DISTRIBUTED" in settings.DEFAULTED


def test_a_later_day_without_input_in_the_landing_folder_is_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """README: a later date missing from the run's landing folder "is left as it is, with the warning". It was left
    without one: walking a deployment run for a past date over a warehouse whose later day came from another folder,
    that day kept a second copy of the past date's story and nothing said so."""
    from tests.helpers import sql
    from tests.test_review21 import _jsonl
    from tests.test_review22 import BEEF, DAY_B, DAY_C, MIYAZAWA, MIYAZAWA_AGAIN, _run

    landing, elsewhere, wh = tmp_path / "landing", tmp_path / "elsewhere", tmp_path / "wh"
    _jsonl(landing / DAY_B / "wire.jsonl", MIYAZAWA)
    _jsonl(elsewhere / DAY_C / "wire.jsonl", MIYAZAWA_AGAIN, BEEF)
    _run(elsewhere, wh, DAY_C)
    _run(landing, wh, DAY_B)
    assert sql(wh, "select count(*) - count(distinct doc_id) from documents") == [(1,)], "C keeps its copy of B's story"
    assert f"1 later day(s) ({DAY_C}) have no input in {landing}: kept as landed" in caplog.text
    assert f"newsetl backfill --start {DAY_C} --end {DAY_C} --input <their landing folder> --warehouse {wh}" in caplog.text
