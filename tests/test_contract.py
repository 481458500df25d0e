"""The warehouse contract: documented, and what lands matches it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import app
from tasks.schema import TABLES, data_dictionary
from tasks.settings import REPO_ROOT
from tasks.validate import EXPECTATIONS_DIR


def test_data_dictionary_is_generated_from_the_schemas() -> None:
    doc = (REPO_ROOT / "docs" / "data_dictionary.md").read_text()
    assert doc == data_dictionary(), "regenerate: python -m tasks.schema > docs/data_dictionary.md"


def test_every_fact_table_has_a_suite_naming_only_real_columns() -> None:
    for table in ("documents", "sentences", "boilerplate", "mentions", "entities", "timexes", "amounts"):
        spec = json.loads((EXPECTATIONS_DIR / f"{table}.json").read_text())
        assert spec["name"] == table
        for e in spec["expectations"]:
            col = e["kwargs"].get("column")
            assert col is None or col in TABLES[table].column_names or col.startswith("_"), (table, col)
            assert e["meta"]["severity"] in ("error", "warning")


def test_every_setting_is_in_the_readme() -> None:
    from dataclasses import fields

    from tasks.settings import Settings

    readme = (REPO_ROOT / "README.md").read_text()
    missing = [f"NEWSETL_{f.name.upper()}" for f in fields(Settings) if f"`NEWSETL_{f.name.upper()}`" not in readme]
    assert not missing, f"document these settings in the README's Settings table: {missing}"


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for cmd in ("run", "backfill", "query", "serve", "eval"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output, cmd


def test_query_answers_sql_as_csv_and_json(seeded_warehouse) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["query", "select count(*) as n from documents", "--warehouse", str(seeded_warehouse), "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines() == ["n", "4"]
    res = runner.invoke(app, ["query", "select label from mentions where text = 'Iraq' limit 1", "--warehouse", str(seeded_warehouse), "--format", "json"])
    assert json.loads(res.output) == [{"label": "GPE"}]
    bad = runner.invoke(app, ["query", "select * from nowhere", "--warehouse", str(seeded_warehouse)])
    assert bad.exit_code == 1


def test_query_is_read_only(seeded_warehouse) -> None:
    res = CliRunner().invoke(app, ["query", "drop view documents", "--warehouse", str(seeded_warehouse)])
    assert res.exit_code == 1


def test_deployments_can_pass_parameters_as_strings() -> None:
    """Scheduled and deployed runs send JSON parameters that Prefect validates against the signature."""
    from datetime import date

    from flows.news_etl import news_etl

    params = news_etl.validate_parameters({"logical_date": "2020-01-16", "input": "seeds/articles", "batch_size": "50"})
    assert params["logical_date"] == date(2020, 1, 16) and params["batch_size"] == 50


def test_progress_line_counts_documents_and_facts() -> None:
    from io import StringIO

    from rich.console import Console

    from tasks.report import Progress

    p = Progress(Console(file=StringIO(), force_terminal=True))
    p.update({"loaded": 1200, "duplicate": 34, "rejected": 2, "mentions": 5000, "timexes": 700, "amounts": 900})
    assert p.last.startswith("1,234 documents (") and "1,200 new, 34 duplicate, 2 rejected" in p.last
    assert "5,000 mentions, 700 timexes, 900 amounts" in p.last


def test_every_view_of_the_catalog_is_documented(tmp_path: Path) -> None:
    import duckdb

    from tasks.land import build_catalog
    from tasks.schema import VIEWS

    con = duckdb.connect(str(build_catalog(tmp_path)), read_only=True)
    try:
        views = {v for (v,) in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    finally:
        con.close()
    assert views - set(TABLES) == set(VIEWS), "document the catalog's views in tasks/schema.py VIEWS"
    readme = (REPO_ROOT / "README.md").read_text()
    assert all(f"`{v}`" in readme for v in VIEWS)
