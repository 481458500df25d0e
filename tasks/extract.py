"""Extract: parse a batch once with spaCy, then find entities, timexes and amounts in it.

The three extractors share one parse per document; their rows carry offsets into
``documents.text`` and the index of the sentence they fall in. The parse and the extractors
run in :mod:`tasks.nlp` (on worker processes when ``processes`` > 1).
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import dates, entities, nlp
from tasks.clean import CleanDoc

Row = dict[str, object]
T = TypeVar("T")


@dataclass
class Extracted:
    """Rows for each fact table (lineage columns are added when staged)."""

    tables: dict[str, list[Row]] = field(
        default_factory=lambda: {t: [] for t in ("documents", "sentences", "boilerplate", "mentions", "entities", "timexes", "amounts", "quarantine")}
    )
    seconds: dict[str, float] = field(default_factory=dict)
    """``extract`` (wall time of the batch) and process-seconds in ``nlp``, ``entities``,
    ``timexes`` and ``amounts`` (summed over worker processes)."""

    def count(self, table: str) -> int:
        return len(self.tables[table])


def document_row(d: CleanDoc) -> Row:
    return {
        "doc_id": d.doc_id, "source_id": d.source_id, "source_uri": d.source_uri, "title": d.title,
        "published_at": d.published_at, "dct_source": d.dct_source, "text": d.text,
        "language": d.language, "n_words": d.n_words, "n_chars": len(d.text), "sha256": d.sha256,
        "cluster_id": d.cluster_id or d.doc_id, "duplicate_of": d.duplicate_of,
    }


def story_date(d: CleanDoc) -> date | None:
    """The date relative expressions count from: the day ``published_at`` names where it was
    written (not its UTC day: a story stamped 23:30 -05:00 means the writer's "tomorrow" as the
    next local day), or the dateline's day when the cut dateline names the day before or after it.
    A wire stamps stories in UTC, so "PEKING, April 1" may carry 31-MAR 22:30, and the reporter's
    "today" is April 1."""
    dct = d.written_on or (d.published_at.date() if d.published_at else None)
    line = dateline(d)
    return dates.local_date(line, dct) if line else dct


def dateline(d: CleanDoc) -> str | None:
    """The dateline cleaning cut from the text ("TOKYO, April 8 -"): where the story was filed,
    which says whose "Finance Ministry" it names."""
    return next((b.line for b in d.boilerplate if b.kind == "dateline"), None)


class ExtractionError(RuntimeError):
    """An extractor failed on a document and the failure policy is ``raise``."""


def extract_batch(docs: Sequence[CleanDoc], model: str, processes: int = 1, on_error: str = "quarantine") -> Extracted:
    """Facts for a batch. ``processes``: NLP worker processes (0 = one per core); the result is
    the same whatever the count. ``on_error``: when an extractor fails on a document,
    ``quarantine`` lands the document without that extractor's rows and records the error in
    ``quarantine``; ``raise`` fails the batch."""
    t0 = time.perf_counter()
    out = Extracted()
    t = out.tables
    english = [d for d in docs if d.language in ("en", "und")]
    items: list[nlp.DocInput] = [(d.doc_id, d.text, story_date(d), dateline(d), d.title) for d in english]
    facts, out.seconds = nlp.extract_docs(items, model, processes)
    by_id = {f.doc_id: f for f in facts}
    linked = []
    for d in docs:
        t["documents"].append(document_row(d))
        t["boilerplate"] += [{"doc_id": d.doc_id, **asdict(b)} for b in d.boilerplate]
        f = by_id.get(d.doc_id)
        if f is None:  # not English: lands with its language, no English NLP
            continue
        t["sentences"] += f.sentences
        t["timexes"] += f.timexes
        t["amounts"] += f.amounts
        t["mentions"] += f.mentions
        for table, error in f.errors:
            if on_error == "raise":
                raise ExtractionError(f"{d.source_uri}: {table} extractor failed: {error}")
            t["quarantine"].append({
                "table_name": table, "rule": "extractor_error",
                "reason": f"the {table} extractor failed on this document, which landed without its {table}: {error}",
                "row_json": json.dumps({"doc_id": d.doc_id, "source_uri": d.source_uri}, sort_keys=True),
            })
        dct = story_date(d)
        linked += [(m, dct) for m in f.linked]
    t["entities"] += entities.entity_rows(linked)
    out.seconds["extract"] = time.perf_counter() - t0
    return out


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(docs: list[CleanDoc], model: str, processes: int = 1, on_error: str = "quarantine") -> Extracted:
    return extract_batch(docs, model, processes, on_error)


class _Future(Protocol[T]):  # type: ignore[misc]
    def result(self) -> T: ...


def in_order(items: Iterable[T], submit: Callable[[T], _Future[Extracted]], max_in_flight: int) -> Iterator[tuple[T, Extracted]]:
    """Submit each item and yield ``(item, result)`` in submission order, with at most
    ``max_in_flight`` submitted and unfinished. ``items`` is consumed lazily, so preparing the
    next item (ingest, clean, dedup) overlaps the extraction of the ones in flight."""
    pending: deque[tuple[T, _Future[Extracted]]] = deque()
    for item in items:
        if len(pending) >= max(1, max_in_flight):
            first, fut = pending.popleft()
            yield first, fut.result()
        pending.append((item, submit(item)))
    while pending:
        first, fut = pending.popleft()
        yield first, fut.result()


def unwalked(value: T) -> T:
    """``value`` marked so Prefect does not walk it looking for futures (a batch holds none, and
    walking thousands of documents costs seconds). On the default runner only: prefect-dask hands
    the marker itself to the task instead of its content."""
    from prefect.context import FlowRunContext
    from prefect.utilities.annotations import quote

    ctx = FlowRunContext.get()
    if ctx is not None and type(ctx.task_runner).__name__ != "ThreadPoolTaskRunner":
        return value
    return quote(value)  # type: ignore[return-value]


def warm_up(model: str, processes: int) -> None:
    """Start loading the model in the background when extraction runs in this process (not on
    Dask workers), so it overlaps ingesting and cleaning the first batch."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    if ctx is not None and type(ctx.task_runner).__name__ != "ThreadPoolTaskRunner":
        return
    nlp.warm(model, processes)


def add_seconds(stage_seconds: dict[str, float], facts: Extracted, started_at: datetime) -> None:
    """Add a batch's extract timings to a run's ``stage_seconds``; the first batch also records
    ``first_batch`` = seconds from the flow's start until its facts were back (cold start)."""
    if "first_batch" not in stage_seconds:
        stage_seconds["first_batch"] = round((datetime.now(UTC) - started_at).total_seconds(), 3)
    for k, v in facts.seconds.items():
        stage_seconds[k] = round(stage_seconds.get(k, 0.0) + v, 3)
