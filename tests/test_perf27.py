"""Perf session 27: work that was serial before the first batch or after the last one starts earlier,
and what a run lands, and whether its gate blocks it, stays the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import flows.news_etl as etl
from flows.news_etl import DataQualityError, news_etl
from tasks import clean, nlp
from tests.conftest import SEEDS
from tests.helpers import snapshot, sql

DAY = date(2020, 1, 16)


def _spy(monkeypatch: pytest.MonkeyPatch, events: list[str]) -> None:
    """Record, in order, each batch cleaned, GX's warm-up and the validation."""
    def wrap(name: str, fn: Callable[..., object], call: bool = True) -> Callable[..., object]:
        def spy(*args: object, **kwargs: object) -> object:
            events.append(name)
            return fn(*args, **kwargs) if call else None
        return spy

    monkeypatch.setattr(etl, "clean_task", wrap("clean", etl.clean_task))
    monkeypatch.setattr(etl, "validate_task", wrap("validate", etl.validate_task))
    monkeypatch.setattr(etl, "warm_validation", wrap("warm", etl.warm_validation))


def test_a_run_of_many_batches_loads_gx_before_validating_and_lands_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = tmp_path / "one"
    assert news_etl(input=str(SEEDS), warehouse=str(one), logical_date=DAY)["status"] == "published"
    events: list[str] = []
    _spy(monkeypatch, events)
    many = tmp_path / "many"
    assert news_etl(input=str(SEEDS), warehouse=str(many), logical_date=DAY, batch_size=1)["status"] == "published"
    assert events.count("clean") >= 3
    # GX loads once the input is read, while the last batches extract, not after them
    assert events == ["clean"] * events.count("clean") + ["warm", "validate"]
    assert snapshot(many) == snapshot(one)


def test_a_failing_gate_still_blocks_a_run_of_many_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tasks import entities

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise TypeError("'str' object is not callable")

    monkeypatch.setenv("NEWSETL_NLP_PROCESSES", "1")  # the patch lives in this process, not in NLP workers
    wh = tmp_path / "wh"
    assert news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, batch_size=1)["status"] == "published"
    before = snapshot(wh)
    events: list[str] = []
    _spy(monkeypatch, events)
    monkeypatch.setattr(entities, "extract_mentions", broken)
    with pytest.raises(DataQualityError, match="mentions"):
        news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=DAY, batch_size=1, reprocess=True)
    assert events[-2:] == ["warm", "validate"]
    assert snapshot(wh) == before  # nothing of the failed run was published
    assert sql(wh, "select status from runs order by started_at desc limit 1") == [("failed_dq",)]


def test_newsetl_run_starts_the_model_workers_before_the_flow_and_stops_them_if_unused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.cli import app

    seen: list[object] = []

    def flow(**kwargs: object) -> dict[str, object]:
        seen.append(nlp._pool_key)  # what the Prefect API's start-up overlaps
        return {"status": "noop", "files": 1}

    monkeypatch.setattr(etl, "with_task_runner", lambda *a, **k: flow)
    nlp.shutdown()
    res = CliRunner().invoke(app, ["run", "--input", str(SEEDS), "--warehouse", str(tmp_path / "wh"), "--processes", "2"])
    assert res.exit_code == 0, res.output
    assert seen == [("en_core_web_sm", 2)]
    # the flow extracted nothing: its workers, perhaps still loading the model, are stopped, not waited for
    assert nlp._pool is None


def test_cleaning_after_its_warm_up_is_the_same() -> None:
    english = ("The Bank of England left its rates unchanged on Tuesday, its governor said, and sterling rose "
               "against the dollar in quiet trading after the decision was announced in London.")
    german = ("Die Bundesbank hat am Dienstag die Zinsen nicht verändert, sagte ihr Präsident, und die Mark "
              "stieg gegenüber dem Dollar im ruhigen Handel, nachdem die Entscheidung bekannt wurde.")
    cold = [(clean.detect_language(t), clean.minhash(" ".join([t] * 4)).tolist()) for t in (english, german)]
    clean._langid.cache_clear()
    clean._permutations.cache_clear()
    clean.warm().join()
    assert clean._langid.cache_info().currsize == clean._permutations.cache_info().currsize == 1
    assert [(clean.detect_language(t), clean.minhash(" ".join([t] * 4)).tolist()) for t in (english, german)] == cold
    assert [c[0] for c in cold] == ["en", "de"]
