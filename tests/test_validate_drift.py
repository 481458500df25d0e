"""``newsetl validate`` on a day landed by a newsetl with another table contract (a column added since,
review 21's leftover): the user is told which table lacks what and how to land the day again, instead of
GX's "list index out of range"; landing it again with this version clears it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.validate import schema_drift

DAY = date(2020, 1, 16)


@pytest.fixture
def older_day(seeded_warehouse: Path, tmp_path: Path) -> Path:
    """The seeded warehouse with its mentions partition as a version before ``affiliation`` wrote it."""
    wh = tmp_path / "warehouse"
    shutil.copytree(seeded_warehouse, wh)
    for f in (wh / "parquet" / "mentions" / f"dt={DAY}").glob("*.parquet"):
        pq.write_table(pq.read_table(f).drop_columns(["affiliation"]), f, compression="zstd")
    return wh


def test_a_day_landed_by_this_version_has_no_drift(seeded_warehouse: Path) -> None:
    assert schema_drift(seeded_warehouse, DAY) == []


def test_validate_names_the_missing_column_and_the_command_that_relands_the_day(older_day: Path) -> None:
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(older_day), "--logical-date", DAY.isoformat()])
    assert res.exit_code == 1
    text = " ".join(res.output.split())
    assert f"schema mentions dt={DAY}: lacks affiliation" in text
    assert f"newsetl backfill --start {DAY} --end {DAY}" in text
    assert "the landed files have no column affiliation" in text
    assert "list index out of range" not in text


def test_landing_the_day_again_with_this_version_clears_it(older_day: Path) -> None:
    from flows.news_etl import news_etl
    from tests.conftest import SEEDS

    news_etl(input=str(SEEDS), warehouse=str(older_day), logical_date=DAY, reprocess=True)
    assert schema_drift(older_day, DAY) == []
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(older_day), "--logical-date", DAY.isoformat()])
    assert res.exit_code == 0, res.output
