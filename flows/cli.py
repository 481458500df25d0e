"""``newsetl``: run, backfill, query, serve, validate and evaluate."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from tasks.settings import DEFAULTED, REPO_ROOT, Settings


class _Commands(TyperGroup):
    """Notes whether the command line asks a command for its help, which the settings check lets through."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name, cmd, rest = super().resolve_command(ctx, args)
        ctx.meta["newsetl.help"] = any(a in ctx.help_option_names for a in rest)
        return name, cmd, rest


app = typer.Typer(cls=_Commands, add_completion=False, no_args_is_help=True, help="newsetl: raw news in, validated facts out.")
# soft_wrap: an error line often ends in the command that fixes it, and a console folding it at 80 columns
# (any pipe, CI log or captured output) cut that command into lines that no longer paste as one
err = Console(stderr=True, soft_wrap=True)
out = Console()


@app.callback()
def _check_settings(ctx: typer.Context) -> None:
    # a mistyped NEWSETL_* value stops every command here in one line, not in a traceback mid-run; the
    # command's --help still prints: it is where a user looks up what the value should be
    from tasks.settings import SettingsError

    if ctx.meta.get("newsetl.help"):
        return
    try:
        Settings.from_env()
    except SettingsError as e:
        err.print(f"[red]newsetl: {e}[/]")
        raise typer.Exit(2) from None


DateOpt = Annotated[str | None, typer.Option("--logical-date", help="Data interval YYYY-MM-DD (default: today, UTC; a scheduled run: the day before it was due).")]
ValidateDateOpt = Annotated[str | None, typer.Option("--logical-date", help="The landed day YYYY-MM-DD to check (default: every landed day).")]
WarehouseOpt = Annotated[Path | None, typer.Option("--warehouse", help="Warehouse folder (default: warehouse/).")]


def _day(value: str | None, option: str = "--logical-date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        # the option named: "Invalid value: not a date" left the user to guess which of --start and --end it was
        raise typer.BadParameter(f"not a date: {value!r} (expected YYYY-MM-DD)", param_hint=f"'{option}'") from None


def _example_command(catalog: str, sql: str) -> str:
    """A command that answers ``sql`` in this environment. The duckdb CLI comes with the dev extra only, so
    after ``make run`` alone a bare ``duckdb`` is not found; ``newsetl query`` always is. ``.venv/bin`` is
    seldom on PATH, hence the full paths."""
    bin_dir = Path(sys.executable).parent
    if (bin_dir / "duckdb").exists():
        return f'{bin_dir / "duckdb"} {catalog} "{sql}"'
    newsetl = bin_dir / "newsetl"
    return f'{newsetl if newsetl.exists() else "newsetl"} query --warehouse {Path(catalog).parent} "{sql}"'


PATH_KEYS = ("dq report", "catalog")


def _print_summary(summary: dict[str, object], example: list[tuple[object, ...]] | None = None) -> None:
    t = Table(title="newsetl run", show_header=False)
    t.add_column(no_wrap=True)
    t.add_column(overflow="fold")
    paths = {k: summary[k] for k in PATH_KEYS if summary.get(k)}
    for k, v in summary.items():
        if k not in paths and v is not None:  # a noop run has no dq report: no "None" row
            t.add_row(str(k), str(v))
    out.print(t)
    # below the table, one line each: a path the table folds at its edge does not paste back whole
    for k, v in paths.items():
        out.print(f"{k}: {v}", soft_wrap=True, highlight=False, markup=False)
    if example:
        from tasks.report import EXAMPLE_SQL

        # soft_wrap: a command cut into lines by the console width would not paste back as one
        out.print(f"[bold]Example query[/]: {_example_command(str(summary.get('catalog')), EXAMPLE_SQL)}", soft_wrap=True)
        ex = Table("canonical_name", "label", "mention_count")
        for row in example:
            ex.add_row(*(str(x) for x in row))
        out.print(ex)


def _warm_up(runner: Runner, processes: int | None) -> None:
    """Start what the first batch needs now, while the Prefect API starts (5-9 s, serial before the flow):
    cleaning's language identifier and MinHash permutations, and, with threads, the NLP workers loading
    the model (the flow's own warm-up then finds them loading or ready; a Dask worker loads its own)."""
    from tasks import clean, nlp
    from tasks.settings import SettingsError

    clean.warm()
    if runner is not Runner.default:
        return
    try:
        settings = Settings.from_env(nlp_processes=processes)
    except SettingsError:
        return  # the flow reports it
    nlp.warm(settings.spacy_model, settings.nlp_processes)


def _guarded(flow_fn: Callable[..., dict[str, object]], **kwargs: object) -> dict[str, object]:
    """Run the flow; expected failures end with one clear line and a non-zero exit, not a traceback."""
    from flows.news_etl import DataQualityError, LaterDayError
    from tasks.land import WarehouseBusy
    from tasks.nlp import ModelNotInstalled

    try:
        return flow_fn(**kwargs)
    except (DataQualityError, WarehouseBusy, FileNotFoundError, LaterDayError, ModelNotInstalled) as e:
        err.print(f"[red]newsetl: {e}[/]")
        raise typer.Exit(1) from None


def _landed_days(landed: list[date]) -> str:
    """The days a warehouse holds, for a message about one it does not: a typo is then plain to see."""
    from tasks.relanding import days_text

    return f" (landed: {days_text(landed)})" if landed else ""


def _require_input(input: Path | None) -> None:
    """A missing input stops here, in one line, before the Prefect API starts (about 8 s) and before
    the flow logs the same error twice with its traceback."""
    path = Settings.from_env(input=input).input
    if not path.exists():
        err.print(f"[red]newsetl: input not found: {path}[/]")
        raise typer.Exit(1)


def _require_model() -> None:
    """A spaCy model that is not installed stops here, in one line, before the Prefect API starts and
    before NLP workers fail to load it (they died with a BrokenProcessPool traceback)."""
    from tasks.nlp import ModelNotInstalled, resolve_model

    try:
        resolve_model(Settings.from_env().spacy_model)
    except ModelNotInstalled as e:
        err.print(f"[red]newsetl: {e}[/]")
        raise typer.Exit(2) from None


LANDING_LAYOUT = "a folder with one YYYY-MM-DD sub-folder per date (landing/2020-01-15/...)"
DEFAULT_LANDING = REPO_ROOT / "landing"
"""The landing folder ``newsetl serve`` and prefect.yaml's deployment read by default (``input: landing``)."""


def _require_landing_area(input: Path | None) -> None:
    """A backfill reads each date from its own ``YYYY-MM-DD`` folder: a flat folder or a file would be
    landed whole on the first date and the dates after it landed empty. Without ``--input`` or
    ``NEWSETL_INPUT`` there is no landing folder to read: the default input, ``seeds/articles/``, is a
    flat folder of samples for ``newsetl run`` (review 30: backfill read it and stopped on its layout)."""
    from tasks.ingest import is_landing_area

    if input is None and "NEWSETL_INPUT" not in os.environ:
        err.print(f"newsetl backfill needs --input: the landing folder to read, {LANDING_LAYOUT}; the default "
                  f"input, {Settings().input}, is a flat folder of samples, landed with `newsetl run`",
                  style="red", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(2)
    path = Settings.from_env(input=input).input
    named = "--input" if input is not None else "NEWSETL_INPUT"
    if not path.exists():
        err.print(f"newsetl backfill: input not found: {path} ({named}); it should be the landing folder, {LANDING_LAYOUT}",
                  style="red", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(1)
    if not is_landing_area(path):
        err.print(f"newsetl backfill: {named} {path} has no YYYY-MM-DD sub-folders, and a backfill reads each date "
                  f"from its own (landing/2020-01-15/...); to land one folder or file, use `newsetl run --input {path} "
                  "--logical-date YYYY-MM-DD`", style="red", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(2)


def _require_free(warehouse: Path | None) -> None:
    """A busy warehouse stops here in one line, before the Prefect API starts and before the flow
    logs the refusal with a traceback; with NEWSETL_LOCK_TIMEOUT_S the flow waits instead."""
    from tasks.land import lock_holder

    s = Settings.from_env(warehouse=warehouse)
    blocked = next((p for p in (s.warehouse, *s.warehouse.parents) if p.exists() and not p.is_dir()), None)
    if blocked is not None:
        # the flow would fail to make its folders with a FileExistsError traceback after the API started
        err.print(f"newsetl: the warehouse {s.warehouse} cannot be a folder: {blocked} is a file",
                  style="red", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(2)
    holder = lock_holder(s.warehouse) if s.lock_timeout_s <= 0 else None
    if holder:
        err.print(f"[red]newsetl: another newsetl run is writing to {s.warehouse} ({holder}); wait for it to finish "
                  "(or set NEWSETL_LOCK_TIMEOUT_S to wait)[/]")
        raise typer.Exit(1)


class Runner(StrEnum):
    default = "default"
    dask = "dask"


@app.command()
def run(
    input: Annotated[Path | None, typer.Option("--input", help="File or folder to read (default: seeds/articles/).")] = None,
    warehouse: WarehouseOpt = None,
    logical_date: DateOpt = None,
    batch_size: Annotated[int | None, typer.Option(min=1, help="Documents per task run (default: 200, or NEWSETL_BATCH_SIZE).")] = None,
    reprocess: Annotated[bool, typer.Option(help="Land again even if this input was already landed.")] = False,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any input was rejected.")] = False,
    processes: Annotated[int | None, typer.Option(min=0, help="NLP worker processes (default: 0 = one per core, or NEWSETL_NLP_PROCESSES).")] = None,
    task_runner: Annotated[Runner, typer.Option(help="Where tasks run: threads here, or a Dask cluster.")] = Runner.default,
    dask_address: Annotated[str | None, typer.Option(help="Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster).")] = None,
    dask_workers: Annotated[int | None, typer.Option(min=1, help="Workers of the LocalCluster (default: one per core).")] = None,
    reland_later_days: Annotated[int | None, typer.Option(
        min=0, help="When this run changes its day, land again up to N later days de-duplicated without it (0: only warn; default 31).")] = None,
) -> None:
    """Run the pipeline once and print a summary."""
    from flows.news_etl import with_task_runner
    from tasks.report import query_example

    if dask_address and task_runner is not Runner.dask:
        raise typer.BadParameter("--dask-address needs --task-runner dask")
    _require_input(input)
    _require_model()
    _require_free(warehouse)
    flow = with_task_runner(task_runner.value, dask_address, dask_workers)
    from tasks.report import progress

    _warm_up(task_runner, processes)
    try:
        with progress(err):
            summary = _guarded(flow, input=str(input) if input else None, warehouse=str(warehouse) if warehouse else None,
                               logical_date=_day(logical_date), batch_size=batch_size, reprocess=reprocess,
                               nlp_processes=processes, reland_later_days=reland_later_days)
    finally:
        from tasks import nlp

        nlp.drop_unused()  # a run that had nothing to extract does not wait for the model to load
    catalog = summary.get("catalog")
    _print_summary(summary, query_example(Path(str(catalog))) if catalog else None)
    if not int(summary.get("files", 0) or 0):
        err.print(f"[yellow]newsetl: no input files found under {Settings.from_env(input=input).input}[/]")
    if strict and int(summary.get("rejected", 0) or 0):
        err.print(f"[red]--strict: {summary['rejected']} input record(s) rejected; see the ingest_log and rejects tables[/]")
        raise typer.Exit(1)


@app.command()
def backfill(
    start: Annotated[str, typer.Option("--start", help="First date, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--end", help="Last date, YYYY-MM-DD (inclusive).")],
    input: Annotated[Path | None, typer.Option("--input", help="Landing folder with one YYYY-MM-DD sub-folder per date (required unless NEWSETL_INPUT names one; the default input seeds/articles/ is not one).")] = None,
    warehouse: WarehouseOpt = None,
    reprocess: Annotated[bool, typer.Option(help="Re-land dates that are already landed (a landed date with no input in the folder is kept; `newsetl run --reprocess` empties it).")] = False,
    max_parallel: Annotated[int, typer.Option(min=1, help="Kept for scripts: the dates share one warehouse lock, so they always run one after another.")] = 1,
) -> None:
    """Run the flow once per date from --start to --end (inclusive); a date already landed from the same input is skipped unless --reprocess (a date whose folder changed is landed again)."""
    from flows.news_etl import after_backfill, backfill_no_input, news_etl
    from tasks import land
    from tasks.relanding import backfill_day_line, backfill_days, backfill_step
    from tasks.report import backfilling, landed_from_input

    first, last = _day(start, "--start"), _day(end, "--end")
    assert first and last
    if last < first:
        raise typer.BadParameter(f"{end} is before --start {start}", param_hint="'--end'")
    _require_landing_area(input)
    _require_model()
    _require_free(warehouse)
    settings = Settings.from_env(warehouse=warehouse)
    done = set(land.landed_dates(settings.warehouse, "ingest_log"))
    days = backfill_days(first, last)

    def unchanged(day: date) -> bool:
        return landed_from_input(Settings.from_env(input=input, warehouse=settings.warehouse), day)

    no_input = backfill_no_input(Settings.from_env(input=input, warehouse=settings.warehouse))
    if max_parallel > 1:
        err.print("[yellow]runs share one warehouse lock, so dates run one after another[/]")
    # the range is landed in date order here; the days after --end it changed, and the folder's days after it
    # never landed, are named once at the end (each day's run warned again about the same days)
    with backfilling(last) as run:
        try:
            for day in days:
                runs, line = backfill_step(day, done, reprocess, unchanged, no_input)
                if line:
                    out.print(line)
                if not runs:
                    continue
                s = _guarded(news_etl, input=str(input) if input else None, warehouse=str(settings.warehouse), logical_date=day,
                             reprocess=reprocess, reland_later_days=0)
                out.print(backfill_day_line(day, s))
        finally:
            for line in after_backfill(Settings.from_env(input=input, warehouse=settings.warehouse), run):
                err.print(f"newsetl backfill: {line}", style="yellow", soft_wrap=True, highlight=False, markup=False)


class Fmt(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the warehouse views (read-only).")],
    warehouse: WarehouseOpt = None,
    format: Annotated[Fmt, typer.Option("--format", help="Output format.")] = Fmt.table,
) -> None:
    """Answer SQL over every table (read-only)."""
    import duckdb

    from tasks import land

    wh = Settings.from_env(warehouse=warehouse).warehouse
    catalog = wh / land.CATALOG
    if not catalog.exists():
        err.print(f"[red]no catalog at {catalog}; run `newsetl run` first[/]")
        raise typer.Exit(2)
    if not land.catalog_is_current(wh):
        land.build_catalog(wh)  # the warehouse moved (views hold absolute paths) or an older version wrote it
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description or []]
        rows = cur.fetchall()
    except duckdb.Error as e:
        err.print(f"[red]{e}[/]")
        raise typer.Exit(1) from None
    finally:
        # the error's traceback keeps this frame alive until a GC pass: an open connection blocks a writer
        con.close()
    if format is Fmt.json:
        out.print_json(json.dumps([dict(zip(cols, r, strict=True)) for r in rows], default=str))
    elif format is Fmt.csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    else:
        _print_rows(cols, rows)


def _print_rows(cols: list[str], rows: list[tuple[object, ...]]) -> None:
    """A result as a table that never cuts a value short: an ellipsis in a run_id or a path hides what
    was asked for. A terminal folds long values onto more lines; a file or pipe gets the table as wide
    as its values."""
    from rich.measure import Measurement
    from rich.table import Column

    t = Table(*(Column(c, overflow="fold") for c in cols))
    for r in rows:
        t.add_row(*("" if v is None else str(v) for v in r))
    if out.is_terminal:
        out.print(t)
        return
    need = Measurement.get(out, out.options.update_width(1 << 20), t).maximum
    Console(file=out.file, width=max(need, out.width), color_system=None).print(t)


@app.command()
def serve(
    cron: Annotated[str, typer.Option(help="Cron schedule (UTC).")] = "0 6 * * *",
    input: Annotated[Path | None, typer.Option("--input", help="Landing folder each run reads its day's YYYY-MM-DD sub-folder from (default: NEWSETL_INPUT, else landing/ in the project folder, as prefect.yaml's deployment).")] = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Serve the flow with a cron schedule (needs `prefect server start`: the ephemeral API cannot schedule)."""
    from prefect.settings import get_current_settings

    from flows.news_etl import news_etl

    if not get_current_settings().api.url:
        # without a server Prefect would start a throw-away API that never fires the schedule
        err.print("[red]newsetl serve needs a running Prefect server: start one with `prefect server start` and "
                  "set PREFECT_API_URL=http://127.0.0.1:4200/api (README, section Prefect)[/]")
        raise typer.Exit(1)
    if input is None:
        # review 32: the default input, the flat seeds folder, would be read whole again by every scheduled day
        input = Settings.from_env().input if "NEWSETL_INPUT" in os.environ else DEFAULT_LANDING
    if not input.exists():
        err.print(f"newsetl serve: input not found: {input}; each scheduled run reads the day before it was due from "
                  f"its landing folder, {LANDING_LAYOUT}: create it, or name another with --input",
                  style="red", soft_wrap=True, highlight=False, markup=False)
        raise typer.Exit(1)
    _require_model()  # every scheduled run would fail on it, each in a worker's traceback

    params = {k: str(v) for k, v in {"input": input, "warehouse": warehouse}.items() if v}
    # as prefect.yaml: a served run waits for a manual run's lock instead of failing, and the served runs
    # queue in Prefect (one at a time) instead of meeting each other at the lock
    os.environ.setdefault("NEWSETL_LOCK_TIMEOUT_S", "3600")
    if "PREFECT_LOGGING_LEVEL" in DEFAULTED:
        # the served runs log as a worker's do (each task's end, the summary): at `newsetl run`'s WARNING a
        # served run showed nothing on this terminal and no log at all in the UI
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
    news_etl.serve(name="news-etl-daily", cron=cron, parameters=params, global_limit=1)


@app.command()
def validate(
    warehouse: WarehouseOpt = None,
    logical_date: ValidateDateOpt = None,
) -> None:
    """Re-run the data-quality suites on what is landed (every date unless --logical-date); exit 1 if an error expectation fails."""
    from rich.markup import escape

    from tasks import land
    from tasks import validate as dq

    settings = Settings.from_env(warehouse=warehouse)
    wh = settings.warehouse
    day = _day(logical_date)
    landed = land.landed_dates(wh)
    days = [day] if day else landed
    if not days or (day and day not in landed):
        err.print(f"[red]nothing landed in {wh}{f' for {day}' if day else ''}{_landed_days(landed)}[/]")
        raise typer.Exit(2)
    failed = 0
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for d in days:
        gate = dq.revalidate(wh, d, settings.dq_error_threshold)
        report = dq.write_docs(wh, d, f"validate-{stamp}", gate, "passed" if not gate.n_errors else "failed")
        skipped = f", {len(gate.not_judged)} not judged (below)" if gate.not_judged else ""
        t = Table(title=f"{d}: {gate.n_expectations} expectations, {gate.n_errors} error and {gate.n_warnings} warning failed{skipped}")
        for col in ("table", "rows", "expectations", "errors", "warnings"):
            t.add_column(col)
        for s in gate.summary_rows():
            t.add_row(*(str(s[c]) for c in ("table", "rows", "expectations", "errors", "warnings")))
        out.print(t)
        for r in dq.failures(gate):
            colour = "red" if r["severity"] == "error" else "yellow"
            detail = escape(f"{r['table_name']}: {r['expectation']} unexpected={r['unexpected_count']} sample={r['unexpected_sample']}")
            out.print(f"[{colour}]{r['severity']}[/] {detail}", soft_wrap=True)
        drift = dq.schema_drift(wh, d)
        for line in drift:
            out.print(f"[red]schema[/] {escape(line)}", soft_wrap=True)
        if drift:
            out.print(dq.drift_advice(d), soft_wrap=True, highlight=False, markup=False)
        for r in gate.not_judged:
            detail = escape(f"{r['table_name']}: {r['expectation']}: {r['reason']}")
            out.print(f"[yellow]not judged[/] {detail}", soft_wrap=True)
        out.print(f"report: {report}", soft_wrap=True, highlight=False, markup=False)
        failed += gate.n_errors
    if failed:
        err.print(f"[red]{failed} error-severity expectation(s) failed[/]")
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    what: Annotated[str, typer.Argument(help="entities, timex or amounts")],
    split: Annotated[str | None, typer.Option(help="dev, test or all (default: test; all with --data)")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many gold documents.")] = None,
    data: Annotated[Path | None, typer.Option(
        "--data", help="Score your own gold instead: a folder of MEANTIME .xml (entities, amounts, timex), "
        "NIF .ttl files such as the N3 collection (entities) or TimeML .tml files (timex), e.g. the parts of "
        "a corpus we never tuned on.")] = None,
) -> None:
    """Score a step against gold data in ../shared/data, or against the gold under --data."""
    import importlib

    from rich.markup import escape

    from tasks.evaluate import GoldFormatError

    if what not in ("entities", "timex", "amounts"):
        raise typer.BadParameter(f"expected entities, timex or amounts, not {what!r}", param_hint="'WHAT'")
    if data is not None and not data.is_dir():
        err.print(f"newsetl eval: --data {data}: no such folder", style="red", highlight=False, markup=False)
        raise typer.Exit(2)
    if split not in (None, "dev", "test", "all"):
        raise typer.BadParameter(f"expected dev, test or all, not {split!r}", param_hint="--split")
    _require_model()
    module = importlib.import_module(f"tasks.evaluate.{what}")
    kwargs = {} if data is None else {"data": data}
    try:
        report = module.main(split=split or ("all" if data is not None else "test"), limit=limit, **kwargs)
    except (FileNotFoundError, GoldFormatError) as exc:
        # on stderr: `newsetl eval ... > report.txt` had put the error in the report and shown nothing
        err.print(f"[red]newsetl eval: {escape(str(exc))}[/]")
        raise typer.Exit(2) from None
    out.print(report, markup=False, highlight=False, soft_wrap=True)


def today() -> date:
    return datetime.now(UTC).date()


if __name__ == "__main__":
    app()
