"""The pipeline: ingest -> clean -> extract -> validate -> land, one batch of documents per task run."""

from datetime import UTC, date, datetime
from pathlib import Path

from prefect import flow
from prefect.runtime import flow_run

from tasks.clean import clean_task
from tasks.extract import extract_task
from tasks.ingest import ingest_task, log_rows, plan_task, reject_rows
from tasks.land import (
    apply_gate_task,
    consolidate_task,
    discard,
    land_task,
    landed_doc_ids,
    open_stage,
    recover,
    stage_task,
    warehouse_lock,
)
from tasks.report import RunRecord, already_landed, finish_run, query_example, report_task
from tasks.settings import Settings
from tasks.validate import dq_report_task, validate_task


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
) -> dict[str, object]:
    """Land the documents of ``input`` for ``logical_date`` (default: today, UTC) in ``warehouse``.

    Re-running the same input for the same date changes nothing unless ``reprocess``.
    """
    settings = Settings.from_env(input=input, warehouse=warehouse, batch_size=batch_size, spacy_model=spacy_model)
    day = logical_date or datetime.now(UTC).date()
    rec = RunRecord(settings, day, flow_run_id=str(flow_run.get_id() or "") or RunRecord(settings, day).flow_run_id)
    wh = settings.warehouse

    with warehouse_lock(wh, settings.lock_timeout_s), finish_run(rec):
        recover(wh)
        plan = plan_task(settings.input, day, rec.salt(), settings.max_file_bytes)
        rec.run_id = plan.run_id
        rec.add(files=len(plan.files))
        if not reprocess and already_landed(wh, day, plan.run_id):
            rec.status = "noop"
            return rec.summary()

        stage = open_stage(wh, plan.run_id, day)
        seen = landed_doc_ids(wh, before=day)
        for i, files in enumerate(plan.batches(settings.batch_size)):
            with rec.timed("ingest"):
                raw = ingest_task(files, plan.root, settings.max_file_bytes, plan.not_after)
            with rec.timed("clean"):
                cleaned = clean_task(raw, seen)
            with rec.timed("extract"):
                facts = extract_task(cleaned.docs, settings.spacy_model)
            with rec.timed("stage"):
                stage_task(stage, i, {
                    **facts.tables,
                    "ingest_log": log_rows(cleaned.files, cleaned.rejects, set(cleaned.duplicates), {d.source_uri for d in cleaned.docs}),
                    "rejects": reject_rows(cleaned.rejects),
                })
            seen = cleaned.seen
            rec.note_batch(cleaned, facts)

        with rec.timed("consolidate"):
            tables = consolidate_task(stage)
        with rec.timed("validate"):
            gate, frames = validate_task(tables, settings.dq_error_threshold, rec.started_at)
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
            apply_gate_task(stage, gate.failed_positions(), gate.quarantine_rows(frames), gate.dq_rows())
            rec.catalog = land_task(stage)
        rec.status = "published"
        rec.example = query_example(rec.catalog)
        report_task(rec)
        return rec.summary()


def run_local(**kwargs: object) -> dict[str, object]:
    """Run the flow in this process (the ephemeral Prefect API unless PREFECT_API_URL is set)."""
    return news_etl(**kwargs)


if __name__ == "__main__":
    print(run_local(input=str(Path("seeds/articles"))))
