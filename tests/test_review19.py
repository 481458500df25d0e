"""Session 17's docs review: every SQL snippet, command flag, ``make`` target and reader recipe that README.md and
docs/*.md show, taken from the Markdown itself and run against a real landed warehouse (DuckDB catalog over zstd
Parquet), so a renamed column, view, flag or target breaks a test instead of a user's first day.

What is extracted: fenced ``sql`` blocks, the SQL of every ``newsetl query ... "..."`` (fenced or inline), inline
``select ...`` and ``read_parquet(...)`` code, the data dictionary's ``partitioning=...`` recipe, the analysis
views' column lists, every ``--flag`` written after ``newsetl <command>`` and every ``make <target>``.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pytest
import typer
from typer.testing import CliRunner

from flows.cli import app
from tasks import land
from tasks.settings import REPO_ROOT

DOCS = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md")), REPO_ROOT / "warehouse" / "README.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
QUERY = re.compile(r'newsetl query((?: --[\w-]+(?: [^\s"]+)?)*) "([^"]+)"')
# the docs' placeholder bucket, served locally: the snippet's own path below it is what is checked
BUCKET = "s3://bucket/newsetl/parquet"


def _text(doc: Path) -> str:
    return doc.read_text(encoding="utf-8")


def _prose(text: str) -> str:
    """The Markdown without its fenced blocks, so a block's backticks are not read as inline code."""
    return FENCE.sub("", text)


def _sql_snippets() -> list[tuple[str, str]]:
    """(where, SQL) for every runnable query the docs show; ``select ...`` placeholders are not queries."""
    found: list[tuple[str, str]] = []
    for doc in DOCS:
        text = _text(doc)
        found += [(f"{doc.name} sql block", body.strip()) for lang, body in FENCE.findall(text) if lang == "sql"]
        for code in INLINE.findall(_prose(text)):
            if code.lower().startswith("select ") and "..." not in code:
                found.append((f"{doc.name} inline", code))
            elif code.startswith("read_parquet(") and "..." not in code:
                found.append((f"{doc.name} inline", f"select count(*) from {code}"))
            elif code.startswith("cast(") and "published_at" in code:
                found.append((f"{doc.name} inline", f"select {code} from documents"))
    return found


def _query_commands() -> list[tuple[str, list[str], str]]:
    """(where, options, SQL) of every ``newsetl query`` the docs write out."""
    out = []
    for doc in DOCS:
        for opts, sql in QUERY.findall(_text(doc)):
            if "..." not in sql:
                out.append((doc.name, shlex.split(opts), sql))
    return out


def _local(sql: str, warehouse: Path) -> str:
    return sql.replace(BUCKET, str(warehouse / land.PARQUET))


def test_the_docs_show_the_snippets_this_file_runs() -> None:
    # an extractor that silently finds nothing would pass every test below
    where = {w for w, _ in _sql_snippets()}
    assert {"README.md sql block", "README.md inline", "data_dictionary.md inline"} <= where
    assert len(_sql_snippets()) >= 3 and len(_query_commands()) >= 3


@pytest.mark.parametrize(("where", "sql"), _sql_snippets(), ids=lambda v: v[:60])
def test_every_sql_snippet_in_the_docs_answers_on_a_landed_warehouse(seeded_warehouse: Path, where: str, sql: str) -> None:
    con = duckdb.connect(str(seeded_warehouse / land.CATALOG), read_only=True)
    try:
        rows = con.execute(_local(sql, seeded_warehouse)).fetchall()
    finally:
        con.close()
    assert rows, f"{where}: no rows on the seeds: {sql}"


@pytest.mark.parametrize(("where", "opts", "sql"), _query_commands(), ids=lambda v: v[:60] if isinstance(v, str) else None)
def test_every_newsetl_query_in_the_docs_runs_as_written(seeded_warehouse: Path, where: str, opts: list[str], sql: str) -> None:
    # the docs' own options (--format csv, --warehouse NEW), pointed at the landed warehouse
    if "--warehouse" in opts:
        opts[opts.index("--warehouse") + 1] = str(seeded_warehouse)
    else:
        opts += ["--warehouse", str(seeded_warehouse)]
    res = CliRunner().invoke(app, ["query", *opts, sql])
    assert res.exit_code == 0, f"{where}: {res.output}"
    assert "Error" not in res.output and res.output.strip()


def test_the_readme_sql_blocks_run_in_the_duckdb_cli_as_pasted(seeded_warehouse: Path, tmp_path: Path) -> None:
    cli = Path(sys.prefix) / "bin" / "duckdb"
    if not cli.exists():
        pytest.skip("duckdb CLI (package duckdb-cli, dev extra) not installed")
    blocks = [sql for where, sql in _sql_snippets() if where.endswith("sql block")]
    assert blocks
    for sql in blocks:
        res = subprocess.run([cli, "-readonly", "-csv", str(seeded_warehouse / land.CATALOG)], input=sql,
                             capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert res.returncode == 0 and not res.stderr, res.stderr
        assert len(res.stdout.splitlines()) > 1, f"header only: {sql}"


def _view_columns() -> dict[str, tuple[set[str], set[str]]]:
    """The README's analysis-views table: view -> (the columns its second cell names in backticks, the views
    whose columns it says it carries: "the `entities` columns and `dt`")."""
    out = {}
    for line in _text(REPO_ROOT / "README.md").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`[a-z_]+`", cells[0]) and "`" in cells[1]:
            borrowed = set(re.findall(r"the `(\w+)` columns", cells[1]))
            out[cells[0].strip("`")] = (set(re.findall(r"`(\w+)`", cells[1])) - borrowed, borrowed)
    return out


def test_the_analysis_views_have_the_columns_the_readme_lists(seeded_warehouse: Path) -> None:
    views = _view_columns()
    assert {"entity_daily_mentions", "entity_cooccurrence", "document_facts"} <= set(views)
    con = duckdb.connect(str(seeded_warehouse / land.CATALOG), read_only=True)
    try:
        for view, (documented, borrowed) in views.items():
            actual = {r[0] for r in con.execute(f"describe {view}").fetchall()}
            for other in borrowed:
                documented |= {r[0] for r in con.execute(f"describe {other}").fetchall()}
            assert documented <= actual, f"{view}: the README lists {sorted(documented - actual)}, not in the view"
    finally:
        con.close()


def _partitioning_recipe() -> str:
    text = _text(REPO_ROOT / "docs" / "data_dictionary.md")
    recipe = next(c for c in INLINE.findall(text) if c.startswith("partitioning=ds."))
    return recipe.removeprefix("partitioning=")


def test_dt_is_a_date_in_duckdb_and_a_string_in_pyarrow_unless_given_the_documented_partitioning(seeded_warehouse: Path) -> None:
    folder = seeded_warehouse / land.PARQUET / "documents"
    con = duckdb.connect()
    kinds = con.execute(f"select distinct typeof(dt) from read_parquet('{folder}/dt=*/*.parquet', hive_partitioning=true)").fetchall()
    assert kinds == [("DATE",)]
    assert ds.dataset(folder, partitioning="hive").schema.field("dt").type == pa.string()
    assert isinstance(pd.read_parquet(folder)["dt"].dtype, pd.CategoricalDtype)
    typed = eval(_partitioning_recipe(), {"ds": ds, "pa": pa})  # noqa: S307 - the docs' own one-line recipe
    assert ds.dataset(folder, partitioning=typed).schema.field("dt").type == pa.date32()


def _commands() -> dict[str, set[str]]:
    group = typer.main.get_command(app)
    return {name: {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)} for name, cmd in group.commands.items()}


def _written_flags() -> list[tuple[str, str, str]]:
    """(doc, command, --flag) for every flag the docs write after ``newsetl <command>``, on one line."""
    known = _commands()
    out = []
    for doc in DOCS:
        for line in _text(doc).splitlines():
            for m in re.finditer(r"newsetl (\w+)([^`#\n]*)", line):
                if m.group(1) in known:
                    out += [(doc.name, m.group(1), f) for f in re.findall(r"(?<![\w-])--[a-z][\w-]*", m.group(2))]
    # a synopsis's continuation lines ("            [--processes N] ...") belong to the command above them
    readme = _text(REPO_ROOT / "README.md")
    for block in (b for lang, b in FENCE.findall(readme) if lang == "sh"):
        command = None
        for line in block.splitlines():
            m = re.match(r"(?:\.venv/bin/)?newsetl (\w+)", line)
            command = m.group(1) if m else (command if line.startswith(" ") else None)
            if command and not m:
                out += [("README.md", command, f) for f in re.findall(r"--[a-z][\w-]*", line.split("#")[0])]
    return out


def test_every_flag_the_docs_write_is_an_option_of_its_command() -> None:
    known = _commands()
    written = _written_flags()
    assert {("README.md", "run", "--dask-workers"), ("README.md", "backfill", "--reprocess")} <= set(written)
    # every command takes --help, which the CLI adds and the options list leaves out
    wrong = sorted({(d, c, f) for d, c, f in written if f not in known[c] | {"--help"}})
    assert not wrong, f"flags the docs give that the command does not take: {wrong}"


def test_every_command_the_cli_has_is_in_the_readme_synopsis() -> None:
    readme = _text(REPO_ROOT / "README.md")
    missing = [c for c in _commands() if f"newsetl {c}" not in readme]
    assert not missing


def test_every_make_target_the_readme_names_exists() -> None:
    makefile = _text(REPO_ROOT / "Makefile")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    named = set(re.findall(r"\bmake ([a-z][\w-]*)", _text(REPO_ROOT / "README.md")))
    assert {"run", "test", "bench"} <= named
    assert named <= targets, f"the README names make targets the Makefile lacks: {sorted(named - targets)}"


def _printed_example(capsys: pytest.CaptureFixture[str], catalog: Path) -> list[str]:
    from flows.cli import _print_summary

    _print_summary({"status": "published", "catalog": str(catalog)}, [("Iraq", "GPE", 16)])
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("Example query"))
    return shlex.split(line.split(": ", 1)[1])


def test_the_example_query_a_run_prints_runs_without_the_dev_extra(
    seeded_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `make run` alone installs no duckdb CLI: the printed "duckdb <catalog> ..." was "command not found"
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    argv = _printed_example(capsys, seeded_warehouse / land.CATALOG)
    assert argv[:2] == ["newsetl", "query"], argv
    res = CliRunner().invoke(app, argv[1:])
    assert res.exit_code == 0 and "Iraq" in res.output, res.output


def test_the_example_query_a_run_prints_is_one_line_that_pastes_back(
    seeded_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the console cut the command at 80 columns, inside the quoted SQL or the catalog path
    argv = _printed_example(capsys, seeded_warehouse / land.CATALOG)
    assert argv[-1].startswith("select ") and argv[-1].endswith("limit 5"), argv
    if Path(argv[0]).name == "duckdb":
        res = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert res.returncode == 0 and "Iraq" in res.stdout, res.stderr
    else:
        assert CliRunner().invoke(app, argv[1:]).exit_code == 0


# a dq report path as long as a real one under /tmp (tests/test_review15.py's), and a catalog beside it
LONG_PATHS = {
    "dq report": "/tmp/r15/whr/dq/dt=1987-03-01/run-4202b0fb-f461-4f88-8751-c049421b51b3/index.html",
    "catalog": "/tmp/r19/a-warehouse-folder-with-a-long-descriptive-name/for-the-finance-desk/news.duckdb",
}


@pytest.mark.parametrize("key", sorted(LONG_PATHS))
def test_the_run_summary_prints_each_path_whole_on_one_line(capsys: pytest.CaptureFixture[str], key: str) -> None:
    # the table folded the path at its edge: what a user copied from the terminal was two broken halves
    from flows.cli import _print_summary

    _print_summary({"status": "published", **LONG_PATHS})
    assert f"{key}: {LONG_PATHS[key]}" in capsys.readouterr().out.splitlines()


def test_validate_prints_its_report_path_whole_on_one_line(seeded_warehouse: Path, tmp_path: Path) -> None:
    import shutil

    wh = tmp_path / "a-copy-of-the-seeded-warehouse-under-a-long-folder-name" / "warehouse"
    shutil.copytree(seeded_warehouse, wh)
    res = CliRunner().invoke(app, ["validate", "--warehouse", str(wh), "--logical-date", "2020-01-16"])
    assert res.exit_code == 0, res.output
    line = next(ln for ln in res.output.splitlines() if ln.startswith("report:"))
    assert Path(line.removeprefix("report: ")).is_file(), line


def _named_paths() -> set[str]:
    """Relative paths the docs write in inline code (``tasks/settings.py``, ``warehouse/dq/index.html``); a
    ``{json,md}`` alternation stands for its first member; placeholders (``YYYY``, ``...``) are not paths."""
    out = set()
    for doc in DOCS:
        for code in INLINE.findall(_prose(_text(doc))):
            if re.fullmatch(r"[\w.-]+(/[\w.{},-]*)+", code) and not code.startswith(("../", "s3")) and "YYYY" not in code:
                out.add(re.sub(r"\{(\w+),[^}]*\}", r"\1", code))
    return out


def test_every_repo_file_the_docs_name_exists() -> None:
    # outputs (warehouse/, Prefect's .prefect/ state) appear with a run, not in a clean clone
    named = {p for p in _named_paths() if not p.startswith(("warehouse/", "_staging", "landing/", "."))}
    assert {"tasks/settings.py", "bench/reuters.py", "tests/fixtures/reuters_links.jsonl"} <= named
    missing = sorted(p for p in named if not (REPO_ROOT / p).exists())
    assert not missing, f"the docs name files the repo lacks: {missing}"


def test_every_warehouse_file_the_docs_name_is_there_after_a_run(seeded_warehouse: Path) -> None:
    named = {p.removeprefix("warehouse/") for p in _named_paths() if p.startswith("warehouse/")} - {""}
    assert {"dq/index.html", "news.duckdb", "_staging/"} <= named
    missing = sorted(p for p in named if not (seeded_warehouse / p).exists())
    assert not missing, f"a run leaves no {missing} in its warehouse"
