"""Perf session 27, Prefect start-up: the ephemeral API a run starts no longer registers Prefect's block types
(importing every installed Prefect collection, dask.distributed among them, to hash them); a user's own
setting wins, and a run under the defaults still records its flow run and task runs."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from flows.news_etl import news_etl
from tasks.settings import REPO_ROOT
from tests.conftest import SEEDS

KEYS = ("PREFECT_SERVER_REGISTER_BLOCKS_ON_START", "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION",
        "PREFECT_API_BLOCKS_REGISTER_ON_START", "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION")
PROBE = ("import tasks; from prefect.settings import get_current_settings as g; s = g().server; "
         "print(s.register_blocks_on_start, s.memoize_block_auto_registration)")


def _server_settings(**env: str) -> str:
    """What Prefect's server settings are in a fresh process that imported the project, as `newsetl` does."""
    clean = {k: v for k, v in os.environ.items() if k not in KEYS}
    out = subprocess.run([sys.executable, "-c", PROBE], env={**clean, "PYTHONPATH": str(REPO_ROOT), **env},
                         capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    return out.stdout.strip().splitlines()[-1]


def test_the_ephemeral_api_skips_block_registration_by_default() -> None:
    assert _server_settings() == "False False"


@pytest.mark.parametrize("name", ["PREFECT_SERVER_REGISTER_BLOCKS_ON_START", "PREFECT_API_BLOCKS_REGISTER_ON_START"])
def test_a_users_own_setting_wins(name: str) -> None:
    # under the current name or the older one Prefect still reads; the other default still holds
    assert _server_settings(**{name: "true"}) == "True False"


def test_a_run_under_the_defaults_records_its_flow_run_and_task_runs(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    summary = news_etl(input=str(SEEDS), warehouse=str(tmp_path / "wh"), logical_date=date(2020, 1, 16))
    assert summary["status"] == "published"

    async def recorded() -> tuple[list[object], list[object], list[object], str]:
        async with get_client() as client:
            runs = await client.read_flow_runs(sort="START_TIME_DESC", limit=1)
            tasks = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[runs[0].id])))
            flow = await client.read_flow(runs[0].flow_id)
            return runs, tasks, await client.read_block_types(), flow.name

    runs, task_runs, block_types, flow_name = asyncio.run(recorded())
    assert flow_name == "news_etl"
    assert runs[0].state.is_completed()
    names = {t.name.split("-")[0] for t in task_runs}
    assert {"plan", "ingest", "clean", "extract", "validate", "land"} <= names, names
    # the harness's API ran under the project's defaults: it registered no block types
    assert block_types == []
