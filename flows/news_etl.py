"""The pipeline: ingest -> clean -> extract -> validate -> land, one batch of documents per task run."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from prefect import Flow, flow
from prefect.context import FlowRunContext
from prefect.logging import get_run_logger
from prefect.runtime import flow_run
from prefect.utilities.annotations import (
    quote,  # big batches: spare Prefect walking them for futures
)

from tasks.clean import CleanBatch, DedupState, clean_task
from tasks.extract import add_seconds, extract_task, in_order, story_date, unwalked, warm_up
from tasks.ingest import (
    Plan,
    default_logical_date,
    ingest_task,
    is_landing_area,
    landing_days,
    log_rows,
    plan_task,
    reject_rows,
)
from tasks.land import (
    apply_gate_task,
    consolidate_task,
    dedup_keys,
    depends_on,
    discard,
    extractor_failures,
    land_task,
    landed_canonical,
    landed_dates,
    landed_doc_ids,
    mark_crashed,
    migrate_state,
    open_stage,
    recover,
    stage_dedup,
    stage_story_dates,
    stage_task,
    warehouse_lock,
)
from tasks.report import (
    Backfill,
    RunRecord,
    already_landed,
    backfill_end,
    current_backfill,
    finish_run,
    query_example,
    relanding,
    relanding_now,
    report_task,
    stale_later_days,
)
from tasks.settings import Settings
from tasks.validate import Inputs, dq_report_task, validate_task
from tasks.validate import warm as warm_validation


def _schedule() -> tuple[bool, datetime | None]:
    """Whether this flow run was made by its deployment's schedule, and when it was due."""
    ctx = FlowRunContext.get()
    run = ctx.flow_run if ctx is not None else None
    return (bool(run and run.auto_scheduled), run.expected_start_time if run else None)


class DataQualityError(RuntimeError):
    """The data-quality gate failed: nothing was published."""


@flow(name="news_etl", log_prints=True)
def news_etl(
    input: str | None = None,
    warehouse: str | None = None,
    logical_date: date | None = None,
    batch_size: int | None = None,
    reprocess: bool = False,
    spacy_model: str | None = None,
    nlp_processes: int | None = None,
    reland_later_days: int | None = None,
) -> dict[str, object]:
    """Land the documents of ``input`` for ``logical_date`` in ``warehouse``; by default a run its
    schedule made lands the UTC day before its scheduled start, any other run today (UTC).

    Re-running the same input for the same date changes nothing unless ``reprocess``. A run that changes
    its day lands again up to ``reland_later_days`` later days de-duplicated without it (0: only warns).
    """
    settings = Settings.from_env(input=input, warehouse=warehouse, batch_size=batch_size, spacy_model=spacy_model,
                                 nlp_processes=nlp_processes, reland_later_days=reland_later_days)
    day = logical_date or default_logical_date(*_schedule(), datetime.now(UTC))
    rec = RunRecord(settings, day, flow_run_id=str(flow_run.get_id() or "") or RunRecord(settings, day).flow_run_id)
    landed_before = land_day(settings, day, rec, reprocess)
    if rec.status != "published":
        return rec.summary()
    # the lock is free again: each later day is a run of its own, which takes it in turn
    backfill = current_backfill()
    if landed_before != dedup_keys(settings.warehouse, day) and not relanding_now():
        if backfill is not None:
            backfill.changed.append(day)  # the command warns about the days after its range once, at its end
        else:
            reland_later(settings, day, rec)
    if not relanding_now() and backfill is None:
        warn_never_landed(settings, day)
    report_task(rec)
    return rec.summary()


def land_day(settings: Settings, day: date, rec: RunRecord, reprocess: bool) -> frozenset[tuple[str, bool]]:
    """Ingest, clean, extract, validate and publish ``day`` under the warehouse lock; what its partition
    held for the later days' de-duplication before."""
    wh = settings.warehouse
    with warehouse_lock(wh, settings.lock_timeout_s), finish_run(rec):
        finished, crashed = recover(wh), mark_crashed(wh, rec.flow_run_id)
        migrate_state(wh)  # review 24 kept the de-duplication state under parquet/, where BI tools list tables
        if finished or crashed:
            # a warning: the CLI shows the flow's log from WARNING up, and an operator should see this
            swap = f"finished the interrupted publish of {', '.join(finished)}" if finished else "no publish was under way"
            get_run_logger().warning(f"recovered after a crash: {len(crashed)} run(s) marked crashed in runs; {swap}")
        plan = plan_task(settings.input, day, rec.salt(), settings.max_file_bytes)
        rec.run_id = plan.run_id
        rec.add(files=len(plan.files))
        landed_before = dedup_keys(wh, day)
        if not reprocess and already_landed(wh, day, plan.run_id, settings.near_dup_window_days):
            rec.status = "noop"
            return landed_before
        if not plan.files and not reprocess and day in landed_dates(wh, "ingest_log"):
            # an empty or mistyped input would otherwise replace the date's landed partition with nothing
            print(f"{settings.input} holds no input files for {day}; the partition landed before is kept "
                  "(--reprocess replaces it with an empty one)")
            rec.status = "noop"
            return landed_before

        warm_up(settings.spacy_model, settings.nlp_processes)
        stage = open_stage(wh, plan.run_id, day)
        window = day - timedelta(days=settings.near_dup_window_days)
        seen = DedupState.from_landed(landed_doc_ids(wh, before=day), landed_canonical(wh, since=window, before=day))

        cleaned_batches = clean_in_order(plan, settings, seen, rec)
        extract = partial(extract_task.submit, model=settings.spacy_model, processes=settings.nlp_processes,
                          on_error=settings.on_extract_error)
        batches = in_order(cleaned_batches, lambda cleaned: extract(unwalked(cleaned.docs)), settings.max_in_flight)
        state = seen
        for i, (cleaned, facts) in enumerate(batches):
            state = cleaned.seen
            with rec.timed("stage"):
                stage_task(stage, i, quote({
                    **facts.tables,
                    "ingest_log": log_rows(cleaned.files, cleaned.rejects, set(cleaned.duplicates), {d.source_uri for d in cleaned.docs}),
                    "rejects": reject_rows(cleaned.rejects),
                }))
                stage_story_dates(stage, i, [(d.doc_id, story_date(d)) for d in cleaned.docs])
            rec.note_batch(cleaned, facts)
            add_seconds(rec.stage_seconds, facts, rec.started_at)

        with rec.timed("stage"):
            # what the earlier days decided about this day's documents: a later run of an earlier day
            # lands this one again only if it changes that
            stage_dedup(stage, state.run_docs, depends_on(wh, day, settings.near_dup_window_days, state.run_docs))
        with rec.timed("consolidate"):
            files = consolidate_task(stage)
        with rec.timed("validate"):
            inputs = Inputs(plan.root, plan.files, plan.max_bytes)
            gate = validate_task(files, settings.dq_error_threshold, rec.started_at, extractor_failures(stage), quote(inputs))
            rec.note_gate(gate)
        with rec.timed("dq_report"):
            status = "passed" if gate.passed else "failed_dq"
            rec.dq_report = dq_report_task(wh, day, f"run-{rec.flow_run_id}", gate, status)
        if not gate.passed:
            # write-audit-publish: the staged partitions are dropped, the published ones stay as they were
            discard(stage)
            rec.status = "failed_dq"
            raise DataQualityError(f"data-quality gate failed for {', '.join(gate.blocking)}; nothing was published (report: {rec.dq_report})")

        with rec.timed("land"):
            apply_gate_task(stage, gate.failed_positions(), quote(gate.quarantined), quote(gate.dq_rows()))
            rec.catalog = land_task(stage)
        rec.status = "published"
        rec.example = query_example(rec.catalog)
        return landed_before


def reland_later(settings: Settings, day: date, rec: RunRecord) -> None:
    """Land again, in date order, the later days whose duplicates were decided without ``day``'s
    documents as they are now; each is a ``news_etl`` subflow run. Past the cap, or without a landing
    folder to read them from, warn with the backfill that lands them."""
    # a backfill lands the days up to its --end itself, in order: only the days after them are left stale
    owned = max(day, backfill_end() or day)
    wh, later = settings.warehouse, [d for d in landed_dates(settings.warehouse, "ingest_log") if d > owned]
    if settings.reland_later_days <= 0 or not is_landing_area(settings.input):
        if settings.reland_later_days <= 0 and is_landing_area(settings.input):
            # only from the first day this change reaches: the backfill skips the days after it that it leaves alone
            first = next(stale_later_days(settings, owned), None)
            later = [d for d in later if first is not None and d >= first]
        why = "" if settings.reland_later_days <= 0 else f" ({settings.input} has no YYYY-MM-DD folders to read them from)"
        warn_later_days(settings, day, later, why)
        return
    for stale in stale_later_days(settings, day):
        if len(rec.relanded) >= settings.reland_later_days:
            limit = f" (this run landed {len(rec.relanded)} again, its reland_later_days limit)"
            warn_later_days(settings, day, [d for d in later if d >= stale], limit)
            return
        try:
            with relanding():
                news_etl(input=str(settings.input), warehouse=str(wh), logical_date=stale, batch_size=settings.batch_size,
                         spacy_model=settings.spacy_model, nlp_processes=settings.nlp_processes)
        except Exception as e:
            done = f"; landed again: {', '.join(map(str, rec.relanded))}" if rec.relanded else ""
            raise LaterDayError(
                f"{day} was published{done}; landing the later day {stale} again failed ({type(e).__name__}: {e}); "
                f"retry with `newsetl backfill --start {stale} --end {later[-1]} --input {settings.input} --warehouse {wh}`") from e
        rec.relanded.append(stale)
        print(f"{stale}: landed again after {day} changed")


class LaterDayError(RuntimeError):
    """A run published its day, but landing a later day again failed: that day and after are still stale."""


def warn_later_days(settings: Settings, day: date, later: list[date], why: str = "") -> None:
    """Later days landed before this one changed were de-duplicated without its stories: a copy they
    hold of one is a second copy, and a story they skipped as this day's may be gone from it."""
    if later:
        get_run_logger().warning(later_days_message(settings, f"this run changed {day}", later, why, f"{later[0]} to {later[-1]}"))


def later_days_message(settings: Settings, changed: str, later: list[date], why: str = "", shown: str | None = None) -> str:
    """The warning about the landed ``later`` days that ``changed`` (who changed which day) left stale."""
    # pasted without them, the command would read the default input into the default warehouse
    source = settings.input if is_landing_area(settings.input) else "<their landing folder>"
    return (f"{len(later)} later day(s) ({shown or days_text(later)}) were landed before {changed}: their "
            f"duplicates were decided without its documents{why}; land them again with `newsetl backfill --start "
            f"{later[0]} --end {later[-1]} --input {source} --warehouse {settings.warehouse}` (it lands only the days "
            "whose earlier documents changed)")


def days_text(days: list[date]) -> str:
    """Days for a message: each of up to five, else the first and last and how many."""
    return ", ".join(map(str, days)) if len(days) <= 5 else f"{days[0]} to {days[-1]}, {len(days)} days"


def stale_after(settings: Settings, after: date) -> list[date]:
    """The landed days after ``after``, from the first one a run from ``settings.input`` would land differently
    (what ``newsetl backfill`` over them lands again, skipping the ones still current)."""
    first = next(stale_later_days(settings, after), None)
    return [] if first is None else [d for d in landed_dates(settings.warehouse, "ingest_log") if d >= first]


def warn_never_landed(settings: Settings, day: date) -> None:
    """A run that lands a day before the warehouse's last one lands again only the later days that are
    landed: a later day of the landing folder that never was is easy to take for done."""
    message = never_landed_message(settings, max(day, backfill_end() or day))
    if message:
        get_run_logger().warning(message)


def never_landed_message(settings: Settings, after: date) -> str | None:
    """The days of the landing folder after ``after`` never landed, when a later day is landed; else None."""
    landed = set(landed_dates(settings.warehouse, "ingest_log"))
    if not any(d > after for d in landed):
        return None  # days landed in order: the later folders are simply next
    never = [d for d in landing_days(settings.input) if d > after and d not in landed]
    if not never:
        return None
    shown = ", ".join(map(str, never)) if len(never) <= 5 else f"{never[0]} to {never[-1]}"
    return (f"{len(never)} later day(s) of {settings.input} were never landed ({shown}); land them with `newsetl backfill "
            f"--start {never[0]} --end {never[-1]} --input {settings.input} --warehouse {settings.warehouse}`")


def backfill_warnings(settings: Settings, backfill: Backfill) -> list[str]:
    """What a backfill says once, at its end, about the days after its range: the landed ones its changes left
    stale (naming the days of the range that changed) and the folder's days never landed."""
    out = []
    later = stale_after(settings, backfill.end) if backfill.changed else []
    if later:
        out.append(later_days_message(settings, f"this backfill changed {days_text(backfill.changed)}", later))
    never = never_landed_message(settings, backfill.end)
    if never:
        out.append(never)
    return out


def clean_in_order(plan: Plan, settings: Settings, seen: frozenset[str] | DedupState, rec: RunRecord) -> Iterator[CleanBatch]:
    """Ingest and clean batch after batch. De-duplication state advances strictly in batch order:
    each batch is cleaned against everything before it while earlier batches are still extracting."""
    n = 0
    for files in plan.batches(settings.batch_size):
        with rec.timed("ingest"):
            raw = ingest_task(files, plan.root, settings.max_file_bytes, plan.not_after)
        with rec.timed("clean"):
            cleaned = clean_task(quote(raw), seen)
        seen = cleaned.seen
        n += 1
        yield cleaned
    if n == 1:
        warm_validation()  # the whole input was one batch: GX loads while it is extracted


def with_task_runner(kind: str = "default", dask_address: str | None = None, dask_workers: int | None = None) -> Flow:
    """``news_etl`` on the chosen task runner: ``default`` (threads in this process) or ``dask``
    (the cluster at ``dask_address``, else a LocalCluster of ``dask_workers`` processes)."""
    if kind == "default":
        return news_etl
    if kind != "dask":
        raise ValueError(f"unknown task runner {kind!r} (expected default or dask)")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1, "processes": True,
                                                "dashboard_address": None})
    return news_etl.with_options(task_runner=runner)


def run_local(**kwargs: object) -> dict[str, object]:
    """Run the flow in this process (the ephemeral Prefect API unless PREFECT_API_URL is set)."""
    return news_etl(**kwargs)


if __name__ == "__main__":
    print(run_local(input=str(Path("seeds/articles"))))
