"""Session 24's review 31: a scheduled user's checks of backfill, the deployment and the warehouse contract.

Review 30 left ``newsetl backfill`` without ``--input`` reading the default input, the flat seeds folder, and
stopping on its layout with a message about a folder the user never named. The deployment file and the
README's Prefect section must name the flow's parameters as its signature has them, and the data dictionary,
the Arrow schemas and the data-quality suites must agree on the columns and on the values a column may hold.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tasks.schema import TABLES, data_dictionary
from tasks.settings import REPO_ROOT
from tasks.validate import EXPECTATIONS_DIR


def _cli(*args: str) -> tuple[int, str]:
    from flows.cli import app

    res = CliRunner().invoke(app, list(args))
    return res.exit_code, " ".join(res.output.split())


# --- 1. backfill without a landing folder ---------------------------------------------------------------


def test_backfill_without_input_asks_for_a_landing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on main it read seeds/articles and said that folder "has no YYYY-MM-DD sub-folders", a folder never named
    monkeypatch.delenv("NEWSETL_INPUT", raising=False)
    wh = tmp_path / "wh"
    code, out = _cli("backfill", "--start", "2020-01-01", "--end", "2020-01-02", "--warehouse", str(wh))
    assert code == 2, out
    assert "newsetl backfill needs --input" in out and "one YYYY-MM-DD sub-folder per date" in out, out
    assert str(REPO_ROOT / "seeds" / "articles") in out and "newsetl run" in out, out
    assert not wh.exists(), "nothing is landed"


def test_backfill_names_where_its_folder_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flat, wh = tmp_path / "flat", tmp_path / "wh"
    flat.mkdir()
    (flat / "a.txt").write_text("The Treasury said on Tuesday it would sell more bonds.\n")
    monkeypatch.setenv("NEWSETL_INPUT", str(flat))
    code, out = _cli("backfill", "--start", "2020-01-01", "--end", "2020-01-02", "--warehouse", str(wh))
    assert code == 2, out
    assert f"NEWSETL_INPUT {flat} has no YYYY-MM-DD sub-folders" in out, out
    code, out = _cli("backfill", "--start", "2020-01-01", "--end", "2020-01-02", "--input", str(tmp_path / "landing"),
                     "--warehouse", str(wh))
    assert code == 1, out
    assert f"input not found: {tmp_path / 'landing'} (--input)" in out and "one YYYY-MM-DD sub-folder per date" in out, out
    assert not wh.exists(), "nothing is landed"


# --- 2. the deployment and the README name the flow's parameters ------------------------------------------


def _deployments() -> list[dict]:
    return yaml.safe_load((REPO_ROOT / "prefect.yaml").read_text())["deployments"]


def test_every_deployment_passes_parameters_its_flow_takes() -> None:
    from prefect.flows import load_flow_from_entrypoint

    for dep in _deployments():
        path, _, name = dep["entrypoint"].partition(":")
        assert (REPO_ROOT / path).is_file(), dep["entrypoint"]
        flow = load_flow_from_entrypoint(str(REPO_ROOT / path) + ":" + name)
        params = set(inspect.signature(flow.fn).parameters)
        assert set(dep.get("parameters") or {}) <= params, (dep["name"], set(dep["parameters"]) - params)
        flow.validate_parameters(dict(dep.get("parameters") or {}))  # the types Prefect checks at run time


def test_the_parameter_lists_in_prefect_yaml_and_the_readme_are_the_flows() -> None:
    from flows.news_etl import news_etl

    params = list(inspect.signature(news_etl.fn).parameters)
    head = (REPO_ROOT / "prefect.yaml").read_text().split("\nname:")[0]
    (listed,) = re.findall(r"# Parameters: ([\w, ]+?);", head)
    assert sorted(listed.split(", ")) == sorted(params)
    readme = " ".join((REPO_ROOT / "README.md").read_text().split())
    (listed,) = re.findall(r"takes the flow's parameters: .*?\((`\w+`(?:, `\w+`)*);", readme)
    assert sorted(listed.replace("`", "").split(", ")) == sorted(params)
    # the commands the README gives name the deployment, its flow and its work pool as prefect.yaml does
    (dep,) = _deployments()
    assert f"prefect deployment run {news_etl.name}/{dep['name']} " in readme
    assert f"prefect work-pool create {dep['work_pool']['name']} --type process" in readme
    assert f"prefect worker start --pool {dep['work_pool']['name']}" in readme


# --- 3. data dictionary, Arrow schemas and suites agree --------------------------------------------------


def _suites() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(EXPECTATIONS_DIR.glob("*.json"))}


def test_each_suite_expects_exactly_the_schemas_columns() -> None:
    assert (REPO_ROOT / "docs" / "data_dictionary.md").read_text() == data_dictionary()
    for table, spec in _suites().items():
        (cols,) = [e["kwargs"]["column_set"] for e in spec["expectations"]
                   if e["type"] == "expect_table_columns_to_match_set"]
        assert cols == TABLES[table].column_names, table


def test_every_value_a_suite_allows_is_in_the_data_dictionary() -> None:
    # the dictionary listed 6 of the 12 TIMEX3 mods ("..."), and no entity labels
    for table, spec in _suites().items():
        docs = {c.name: c.doc for c in TABLES[table].columns}
        for e in spec["expectations"]:
            col = e["kwargs"].get("column", "")
            if e["type"] != "expect_column_values_to_be_in_set" or col.startswith("_"):
                continue
            missing = [v for v in e["kwargs"]["value_set"] if not re.search(rf"(?<![\w-]){re.escape(str(v))}(?![\w-])", docs[col])]
            assert not missing, f"{table}.{col}: {missing} not in docs/data_dictionary.md"


PAGE = """https://example.com/news/2011/11/11/story
Updated: November 11, 2011 20:09 IST
By John Smith
WASHINGTON, Jan 15 (Reuters) - The Treasury said on Tuesday it would sell more bonds next week.
Photo: Reuters
Advertisement
Share this
post
Read more: other stories about bonds
The sale was larger than analysts had expected, dealers said.
Reuter
"""

HEADLINED = """Treasury Sells More Bonds Than Expected

The Treasury said on Tuesday it would sell more bonds next week.

The sale was larger than analysts had expected, dealers said.
"""


def test_every_boilerplate_kind_cleaning_gives_is_allowed_and_documented() -> None:
    from tasks.clean import split_boilerplate

    kinds = {b.kind for b in split_boilerplate(PAGE)[1]} | {b.kind for b in split_boilerplate(HEADLINED, find_headline=True)[1]}
    assert len(kinds) == 11, kinds
    (allowed,) = [e["kwargs"]["value_set"] for e in _suites()["boilerplate"]["expectations"]
                  if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == "kind"]
    assert kinds <= set(allowed)
    doc = next(c.doc for c in TABLES["boilerplate"].columns if c.name == "kind")
    assert all(f"`{k}`" in doc for k in kinds)


# --- 4. the seeds landed twice ----------------------------------------------------------------------------


def _bytes(wh: Path) -> dict[str, bytes]:
    return {p.relative_to(wh).as_posix(): p.read_bytes() for p in sorted((wh / "parquet").rglob("*.parquet"))}


def test_a_second_run_of_the_seeds_says_why_it_wrote_nothing(seeded_warehouse: Path, tmp_path: Path) -> None:
    # on main the summary of the no-op run read "dq report None" and "catalog None", and no example query
    import shutil

    from tests.helpers import sql

    wh = tmp_path / "wh"
    shutil.copytree(seeded_warehouse, wh)
    before = _bytes(wh)
    code, out = _cli("run", "--input", str(REPO_ROOT / "seeds" / "articles"), "--warehouse", str(wh),
                     "--logical-date", "2020-01-16")
    assert code == 0, out
    words = re.sub(r"[\s│]+", " ", out)  # the words, without the table's box
    assert "status noop" in words and "note 2020-01-16 is already landed from the same input by this build" in words, out
    assert "None" not in out, out
    assert f"catalog: {wh / 'news.duckdb'}" in out and "Example query" in out, out
    after = _bytes(wh)
    runs = [k for k in after if k.startswith("parquet/runs/")]
    assert {k: v for k, v in after.items() if k not in runs} == {k: v for k, v in before.items() if k not in runs}
    assert sql(wh, "select status, count(*) from runs group by 1 order by 1") == [("noop", 1), ("published", 1)]
    assert sql(wh, "select distinct status from ingest_log") == [("loaded",)]
