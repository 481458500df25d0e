"""Report: the run's record (the ``runs`` row), its summary and the Prefect artifact."""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
import uuid
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE
from rich.console import Console

from tasks import __version__, land
from tasks.clean import CleanBatch
from tasks.extract import Extracted
from tasks.settings import REPO_ROOT, Settings
from tasks.validate import GateResult

EXAMPLE_SQL = (
    "select canonical_name, label, mention_count from entities "
    "order by mention_count desc, canonical_name limit 5"
)


@dataclass
class RunRecord:
    """What a run did; becomes a ``runs`` row and the printed summary."""

    settings: Settings
    logical_date: date
    flow_run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    run_id: str = ""
    status: str = "failed"
    counts: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    dq_success: bool | None = None
    """As the ``runs`` column says: no error-severity expectation failed (quarantine may still pass the gate)."""
    dq_passed: bool | None = None
    dq_errors: int = 0
    dq_warnings: int = 0
    dq_blocking: list[str] = field(default_factory=list)
    error: str | None = None
    finished_at: datetime | None = None
    catalog: Path | None = None
    dq_report: Path | None = None
    example: list[tuple[object, ...]] = field(default_factory=list)
    relanded: list[date] = field(default_factory=list)
    """Later days this run landed again after it changed its own (each is its own run, with its own row)."""
    note: str | None = None
    """Why a ``noop`` run wrote nothing, for its summary (the ``runs`` row says ``noop``)."""

    def add(self, **counts: int) -> None:
        for k, v in counts.items():
            self.counts[k] = self.counts.get(k, 0) + v

    @contextlib.contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] = round(self.stage_seconds.get(stage, 0.0) + time.perf_counter() - t0, 3)

    def note_batch(self, cleaned: CleanBatch, facts: Extracted) -> None:
        self.add(
            records=sum(len(f.records) + len(f.rejects) for f in cleaned.files), loaded=len(cleaned.docs),
            duplicate=len(cleaned.duplicates), rejected=len(cleaned.rejects),
            mentions=facts.count("mentions"), timexes=facts.count("timexes"), amounts=facts.count("amounts"),
            quarantined=facts.count("quarantine"),
        )
        if _PROGRESS is not None:
            _PROGRESS.update(self.counts)

    def note_gate(self, gate: GateResult) -> None:
        self.dq_passed, self.dq_success = gate.passed, gate.n_errors == 0
        self.dq_errors, self.dq_warnings = gate.n_errors, gate.n_warnings
        self.dq_blocking = gate.blocking
        self.add(quarantined=gate.n_failed_rows)

    @property
    def duration_s(self) -> float:
        end = self.finished_at or datetime.now(UTC)
        return (end - self.started_at).total_seconds()

    def salt(self) -> str:
        """What besides the input decides the output: the code and reference data, the model and the
        near-duplicate window. What the earlier days decide (its duplicates are theirs) is checked apart,
        by :func:`already_landed`: only the earlier documents its own collide with count."""
        window = self.settings.near_dup_window_days
        return f"newsetl={__version__}|code={code_fingerprint()}|model={self.settings.spacy_model}|near_dup_days={window}"

    def runs_row(self) -> dict[str, object]:
        c = self.counts.get
        return {
            "flow_run_id": self.flow_run_id, "input": str(self.settings.input),
            "started_at": self.started_at, "finished_at": self.finished_at, "status": self.status,
            "n_files": c("files", 0), "n_records": c("records", 0), "n_loaded": c("loaded", 0),
            "n_duplicate": c("duplicate", 0), "n_rejected": c("rejected", 0),
            "n_quarantined": c("quarantined", 0), "n_mentions": c("mentions", 0),
            "n_timexes": c("timexes", 0), "n_amounts": c("amounts", 0), "dq_success": self.dq_success,
            "duration_s": round(self.duration_s, 3), "stage_seconds": json.dumps(self.stage_seconds, sort_keys=True),
            "versions": json.dumps(versions(self.settings.spacy_model), sort_keys=True),
        }

    def summary(self) -> dict[str, object]:
        c = self.counts.get
        return {
            "status": self.status, "logical_date": self.logical_date.isoformat(), "run_id": self.run_id,
            "files": c("files", 0), "documents loaded": c("loaded", 0), "duplicates": c("duplicate", 0),
            "rejected": c("rejected", 0), "mentions": c("mentions", 0), "timexes": c("timexes", 0),
            "amounts": c("amounts", 0), "quarantined": c("quarantined", 0),
            "data quality": _dq_text(self), "dq report": str(self.dq_report) if self.dq_report else None, "seconds": round(self.duration_s, 1),
            "catalog": str(self.catalog) if self.catalog else None,
        } | ({"landed again": ", ".join(d.isoformat() for d in self.relanded)} if self.relanded else {}) \
          | ({"note": self.note} if self.note else {})

    def markdown(self) -> str:
        lines = [f"# newsetl run {self.logical_date.isoformat()}", "", "| | |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in self.summary().items() if v is not None]
        if self.stage_seconds:
            lines += ["", "| stage | seconds |", "|---|---|"]
            lines += [f"| {k} | {v} |" for k, v in self.stage_seconds.items()]
        if self.error:
            lines += ["", f"**Error:** {self.error}"]
        return "\n".join(lines)


class Progress:
    """One live line on the terminal for a long run: documents so far and their rate, no log lines."""

    def __init__(self, console: Console) -> None:
        from rich.progress import Progress as Bar
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Bar(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True)
        self.task = self.bar.add_task("starting", total=None)
        self.started = time.perf_counter()
        self.last = ""

    def update(self, counts: dict[str, int]) -> None:
        done = counts.get("loaded", 0) + counts.get("duplicate", 0)
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        self.last = (
            f"{done:,} documents ({rate:,.0f}/s): {counts.get('loaded', 0):,} new, {counts.get('duplicate', 0):,} duplicate, "
            f"{counts.get('rejected', 0):,} rejected; {counts.get('mentions', 0):,} mentions, "
            f"{counts.get('timexes', 0):,} timexes, {counts.get('amounts', 0):,} amounts"
        )
        self.bar.update(self.task, description=self.last)


_PROGRESS: Progress | None = None


@contextlib.contextmanager
def progress(console: Console) -> Iterator[Progress]:
    """Show run progress on ``console`` while the flow runs in this process."""
    global _PROGRESS
    _PROGRESS = Progress(console)
    try:
        with _PROGRESS.bar:
            yield _PROGRESS
    finally:
        _PROGRESS = None


def _dq_text(r: RunRecord) -> str:
    if r.dq_passed is None:
        return "not run"
    failed = f"{r.dq_errors} error and {r.dq_warnings} warning expectations failed"
    if not r.dq_passed:
        return f"FAILED ({', '.join(r.dq_blocking)}): {failed}"
    # "passed: 1 error ... failed" read as a contradiction: the gate passed because the failing rows,
    # under the threshold, were held back
    return f"passed with failing rows quarantined: {failed}" if r.dq_errors else f"passed: {failed}"


FINGERPRINTED = (("tasks", "*.py"), ("seeds/gazetteer", "*.csv"), ("expectations", "*.json"))
"""What decides the landed rows besides the input: step code, gazetteer, data-quality suites."""


def fingerprint(root: Path, patterns: Sequence[tuple[str, str]] = FINGERPRINTED) -> str:
    """sha256 (16 hex) over the relative paths and bytes of the files matching ``patterns`` under ``root``."""
    h = hashlib.sha256()
    for folder, glob in patterns:
        for f in sorted((root / folder).glob(glob)):
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@cache
def code_fingerprint() -> str:
    """This checkout's fingerprint: a changed extractor or gazetteer makes the same input a new run
    (landed again) instead of a no-op, even when nobody bumped the version."""
    return fingerprint(REPO_ROOT)


def versions(model: str) -> dict[str, str]:
    out = {"newsetl": __version__, "code": code_fingerprint(), "spacy_model": model}
    for pkg in ("prefect", "duckdb", "great-expectations", "spacy", "pyarrow"):
        try:
            out[pkg] = version(pkg)
        except Exception:  # noqa: BLE001 - a missing package only blanks its entry
            out[pkg] = "?"
    return out


def already_landed(warehouse: Path, day: date, run_id: str, window_days: int) -> bool:
    """True when the partition for ``day`` was landed from exactly this input by this code, and the earlier
    days still hold the same copies of its documents (exact, or near ones its lookup finds) as then."""
    t = land.read_partition(warehouse, "ingest_log", day)
    if not (t.num_rows > 0 and set(t.column("run_id").to_pylist()) == {run_id}):
        return False
    stored = land.read_dedup(warehouse, day)
    return stored is not None and stored[1] == land.depends_on(warehouse, day, window_days, stored[0])


def landed_from_input(settings: Settings, day: date) -> bool:
    """The flow's own no-op tests: the day's partition came from these very input bytes and this code,
    de-duplicated against the same earlier copies of its documents as now, or the day has no input files
    now (a run would keep what is landed)."""
    from tasks.ingest import plan_run

    plan = plan_run(settings.input, day, RunRecord(settings, day).salt(), settings.max_file_bytes)
    return not plan.files or already_landed(settings.warehouse, day, plan.run_id, settings.near_dup_window_days)


def stale_later_days(settings: Settings, after: date) -> Iterator[date]:
    """The days landed after ``after`` that a run from ``settings.input`` would land differently, in date
    order. Each day is tested only when the next one is asked for, so a caller that lands each day again
    before asking tests the following day against the documents it now follows."""
    for day in land.landed_dates(settings.warehouse, "ingest_log"):
        if day > after and not landed_from_input(settings, day):
            yield day


_RELANDING: ContextVar[bool] = ContextVar("newsetl_relanding", default=False)
"""Set while a run lands later days again: their runs leave the days after them to it. It lives here, not in
flows/, because a Dask task runner pickles the flow module's globals by value and a ContextVar does not pickle."""


@contextlib.contextmanager
def relanding() -> Iterator[None]:
    """Runs inside land a later day again for an earlier day's run, which owns the days after them."""
    token = _RELANDING.set(True)
    try:
        yield
    finally:
        _RELANDING.reset(token)


def relanding_now() -> bool:
    """This run lands a later day again for another run (see :func:`relanding`)."""
    return _RELANDING.get()


@dataclass
class Backfill:
    """A ``newsetl backfill`` under way: the last day of its range, and the days of it whose runs changed their
    partition. Its runs leave the warnings about the days after ``end`` to the command, which gives each once."""

    end: date
    changed: list[date] = field(default_factory=list)


_BACKFILL: ContextVar[Backfill | None] = ContextVar("newsetl_backfill", default=None)
"""Set while ``newsetl backfill`` runs its range: the days up to its end are its own to land, in order."""


@contextlib.contextmanager
def backfilling(end: date) -> Iterator[Backfill]:
    """Runs inside belong to a backfill ending on ``end``, which lands the later days up to it itself."""
    token = _BACKFILL.set(Backfill(end))
    try:
        yield _BACKFILL.get()
    finally:
        _BACKFILL.reset(token)


def backfill_end() -> date | None:
    """The last day of the backfill this run belongs to, if any (see :func:`backfilling`)."""
    bf = _BACKFILL.get()
    return bf.end if bf else None


def current_backfill() -> Backfill | None:
    """The backfill this run belongs to, if any (see :func:`backfilling`)."""
    return _BACKFILL.get()


@contextlib.contextmanager
def finish_run(rec: RunRecord) -> Iterator[RunRecord]:
    """Append the run to the ``runs`` log as running, then rewrite it however the run ends."""
    rec.status = "running"
    land.append_run(rec.settings.warehouse, rec.runs_row(), "none", rec.logical_date)
    try:
        yield rec
    except BaseException as e:
        rec.error = f"{type(e).__name__}: {e}"
        if rec.status == "running":
            rec.status = "failed"
        raise
    finally:
        rec.finished_at = datetime.now(UTC)
        land.append_run(rec.settings.warehouse, rec.runs_row(), rec.run_id or "none", rec.logical_date)
        if rec.status == "noop" and land.catalog_is_current(rec.settings.warehouse) is False:
            land.build_catalog(rec.settings.warehouse)
        if rec.status == "noop" and (rec.settings.warehouse / land.CATALOG).exists():
            rec.catalog = rec.settings.warehouse / land.CATALOG  # unchanged, and still where to query


def query_example(catalog: Path, sql: str = EXAMPLE_SQL) -> list[tuple[object, ...]]:
    import duckdb

    con = duckdb.connect(str(catalog), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@task(name="report", cache_policy=NO_CACHE)
def report_task(record: RunRecord) -> str:
    from prefect.artifacts import create_markdown_artifact

    md = record.markdown()
    create_markdown_artifact(markdown=md, key="newsetl-run-summary", description="newsetl run summary")
    return md
