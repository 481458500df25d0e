"""The pipeline: ingest -> clean -> extract -> validate -> land, one batch of documents per task run."""

from collections.abc import Callable, Iterable, Iterator
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
    discover,
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
    has_documents,
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
from tasks.relanding import (
    Where,
    at_cap,
    backfill_warnings,
    cap_text,
    documents_of,
    from_first,
    later_day_failed,
    later_days_warning,
    later_than,
    never_landed_message,
    only_warn,
    owned_until,
    relanded_line,
    unread_later_message,
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
            rec.note = (f"{day} is already landed from the same input by this build (run_id {plan.run_id}): "
                        "its partition is kept byte for byte and `runs` records this run as noop; --reprocess lands it again")
            return landed_before
        if not plan.files and not reprocess and day in landed_dates(wh, "ingest_log"):
            # an empty or mistyped input would otherwise replace the date's landed partition with nothing
            print(f"{settings.input} holds no input files for {day}; the partition landed before is kept "
                  "(--reprocess replaces it with an empty one)")
            rec.status = "noop"
            rec.note = (f"{settings.input} holds no input files for {day}: the partition landed before is kept "
                        "(--reprocess replaces it with an empty one)")
            return landed_before

        warm_up(settings.spacy_model, settings.nlp_processes)
        stage = open_stage(wh, plan.run_id, day)
        window = day - timedelta(days=settings.near_dup_window_days)
        seen = DedupState.from_landed(landed_doc_ids(wh, before=day), landed_canonical(wh, since=window, before=day))

        cleaned_batches = clean_in_order(plan, settings, seen, rec, day)
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


def where(settings: Settings) -> Where:
    """What the later-day messages name: the run's input, whether it is a landing folder, the warehouse."""
    return Where(settings.input, settings.warehouse, is_landing_area(settings.input))


def reland_later(settings: Settings, day: date, rec: RunRecord) -> None:
    """Land again, in date order, the later days whose duplicates were decided without ``day``'s
    documents as they are now; each is a ``news_etl`` subflow run. Past the cap, or without a landing
    folder to read them from, warn with the backfill that lands them."""
    at, cap = where(settings), settings.reland_later_days
    owned = owned_until(day, backfill_end())
    later = later_than(landed_dates(settings.warehouse, "ingest_log"), owned)
    warn = only_warn(cap, at)
    if warn is not None:
        named = from_first(later, next(stale_later_days(settings, owned), None)) if warn.from_first_stale else later
        _warning(later_days_warning(at, day, named, warn.why))
    else:
        for stale in stale_later_days(settings, day):
            if at_cap(rec.relanded, cap):
                _warning(later_days_warning(at, day, from_first(later, stale), cap_text(rec.relanded)))
                break
            try:
                with relanding():
                    news_etl(input=str(settings.input), warehouse=str(settings.warehouse), logical_date=stale,
                             batch_size=settings.batch_size, spacy_model=settings.spacy_model, nlp_processes=settings.nlp_processes)
            except Exception as e:
                raise LaterDayError(later_day_failed(at, day, rec.relanded, stale, later[-1], e)) from e
            rec.relanded.append(stale)
            print(relanded_line(stale, day))
    # a later day without input here (landed from another folder, or its folder since removed) is passed over, by
    # this run and by the backfill its warning names
    _warning(unread_later_message(at, documents_of(day), unread_days(settings, later)))


def unread_days(settings: Settings, days: Iterable[date]) -> list[date]:
    """The landed ``days`` with documents that the run's landing folder holds no input for: no run from it lands
    them again (an input without ``YYYY-MM-DD`` folders is read for every day, so it has none)."""
    if not is_landing_area(settings.input):
        return []
    return [d for d in days if not discover(settings.input, d) and has_documents(settings.warehouse, d)]


class LaterDayError(RuntimeError):
    """A run published its day, but landing a later day again failed: that day and after are still stale."""


def _warning(message: str | None) -> None:
    # a warning: the CLI shows the flow's log from WARNING up, and an operator should see this
    if message:
        get_run_logger().warning(message)


def warn_never_landed(settings: Settings, day: date) -> None:
    """A run that lands a day before the warehouse's last one lands again only the later days that are
    landed: a later day of the landing folder that never was is easy to take for done."""
    _warning(never_landed_message(where(settings), landed_dates(settings.warehouse, "ingest_log"),
                                  landing_days(settings.input), owned_until(day, backfill_end())))


def after_backfill(settings: Settings, backfill: Backfill) -> list[str]:
    """What a backfill says once, at its end, about the days its changed days left stale (see
    :func:`tasks.relanding.backfill_warnings`); the stale days are tested only when a day of its range changed."""
    landed = landed_dates(settings.warehouse, "ingest_log")
    stale = from_first(landed, next(stale_later_days(settings, backfill.end), None)) if backfill.changed else []
    unread = unread_days(settings, later_than(landed, min(backfill.changed))) if backfill.changed else []
    never = never_landed_message(where(settings), landed, landing_days(settings.input), backfill.end)
    return backfill_warnings(where(settings), backfill.changed, stale, never, unread)


def backfill_no_input(settings: Settings) -> Callable[[date], bool]:
    """For ``newsetl backfill``: whether a landed day of its range has documents but no input in its landing
    folder (it keeps the day as landed, and names it if an earlier day of the range changed)."""
    return lambda day: bool(unread_days(settings, [day]))


def clean_in_order(plan: Plan, settings: Settings, seen: frozenset[str] | DedupState, rec: RunRecord,
                   day: date | None = None) -> Iterator[CleanBatch]:
    """Ingest and clean batch after batch. De-duplication state advances strictly in batch order:
    each batch is cleaned against everything before it while earlier batches are still extracting.
    ``day`` (the logical date) bounds the dates read from a page's header lines."""
    for files in plan.batches(settings.batch_size):
        with rec.timed("ingest"):
            raw = ingest_task(files, plan.root, settings.max_file_bytes, plan.not_after)
        with rec.timed("clean"):
            cleaned = clean_task(quote(raw), seen, day)
        seen = cleaned.seen
        yield cleaned
    warm_validation()  # the input is read: GX loads while the last batches are extracted


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
