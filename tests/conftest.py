from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tasks.evaluate import SHARED_DATA
from tasks.settings import REPO_ROOT

SEEDS = REPO_ROOT / "seeds" / "articles"
FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = SEEDS / "000_f5a45168e158e88b.txt"

needs_shared = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data not present beside the repo")


#: Variables `newsetl serve` sets in its own process for the runs it serves; a test that calls it in-process
#: left NEWSETL_LOCK_TIMEOUT_S=3600 behind, and a later busy-warehouse test then waited an hour on the lock.
SERVE_SETS = ("NEWSETL_LOCK_TIMEOUT_S", "PREFECT_LOGGING_LEVEL")


@pytest.fixture(autouse=True)
def _serve_env_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in SERVE_SETS:
        # setenv, then delenv if it was unset: monkeypatch records the first state and puts it back after the test
        monkeypatch.setenv(key, os.environ.get(key, ""))
        if not os.environ[key]:
            monkeypatch.delenv(key)


@pytest.fixture(scope="session", autouse=True)
def prefect_harness() -> Iterator[None]:
    """One ephemeral Prefect API for the whole session (starting one costs ~8 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201 - a spaCy Language, imported only by the tests that parse
    """The configured en_core_web_sm pipeline, loaded once for the session."""
    from tasks.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


@pytest.fixture(scope="session")
def seeded_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/articles/ landed once for 2020-01-16; tests that only read share it."""
    from flows.news_etl import news_etl

    wh = tmp_path_factory.mktemp("seeded") / "warehouse"
    news_etl(input=str(SEEDS), warehouse=str(wh), logical_date=_day("2020-01-16"))
    return wh


@pytest.fixture
def copy_input(tmp_path: Path):
    def _copy(src: Path, name: str = "input") -> Path:
        dst = tmp_path / name
        shutil.copytree(src, dst) if src.is_dir() else (dst.mkdir(), shutil.copy(src, dst))
        return dst

    return _copy


def _day(s: str):
    from datetime import date

    return date.fromisoformat(s)
