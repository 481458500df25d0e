"""Land: stage Parquet per batch, consolidate, publish partitions atomically, rebuild the catalog.

Write-audit-publish: batches are written under ``_staging/<run>/``; after validation each
table's partition is consolidated (sorted by key, one file) and swapped into
``parquet/<table>/dt=<date>/`` by directory renames recorded in a journal, so a crash
leaves either the old or the new partition, and the next run finishes an interrupted swap.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.gazetteer import ODD_CASE_PATTERN
from tasks.schema import FACT_TABLES, LOG_TABLES, TABLES

CATALOG = "news.duckdb"
PARQUET = "parquet"
STAGING = "_staging"
JOURNAL = "PUBLISH.json"
PARQUET_OPTS = {"compression": "zstd"}
PUBLISHED_TABLES = (*FACT_TABLES, *LOG_TABLES)
STATE = "_state"
"""Internal state beside ``parquet/`` (never read as a table): ``_state/dedup/dt=<day>/``."""
STORY_DATES = "_story_dates"
"""A staging-only table (never published): each document's story date, the date its mentions were
seen on, so that the gate and publishing can date an entity by the mentions that are left."""
_STORY_DATES_SCHEMA = pa.schema([pa.field("doc_id", pa.string(), nullable=False), pa.field("story_date", pa.date32())])


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse lock."""


@dataclass(frozen=True)
class Stage:
    """Where one run writes before it publishes."""

    warehouse: Path
    run_id: str
    logical_date: date

    @property
    def root(self) -> Path:
        return self.warehouse / STAGING / self.run_id

    def part_dir(self, table: str) -> Path:
        return self.root / "parts" / table

    def final_dir(self, table: str) -> Path:
        return self.root / "final" / table / f"dt={self.logical_date.isoformat()}"


def partition_dir(warehouse: Path, table: str, day: date) -> Path:
    """Where ``table``'s partition for ``day`` is published; the internal de-duplication state (``DEDUP``)
    lives outside ``parquet/``, which BI tools list whole."""
    base = warehouse / DEDUP_DIR if table == DEDUP else warehouse / PARQUET / table
    return base / f"dt={day.isoformat()}"


# -- locking -------------------------------------------------------------------------------


@contextlib.contextmanager
def warehouse_lock(warehouse: Path, timeout_s: float = 0.0) -> Iterator[None]:
    """Hold the warehouse for one run; a second run waits ``timeout_s`` then stops with a message."""
    warehouse.mkdir(parents=True, exist_ok=True)
    path = warehouse / ".lock"
    with path.open("a+") as fh:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown"
                    raise WarehouseBusy(
                        f"another newsetl run is writing to {warehouse} ({holder}); "
                        "wait for it to finish (or set NEWSETL_LOCK_TIMEOUT_S to wait)"
                    ) from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, since {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


def lock_holder(warehouse: Path) -> str | None:
    """Who holds the warehouse lock right now (its ``pid ..., since ...`` line), or None if it is free."""
    path = warehouse / ".lock"
    if not path.exists():
        return None
    with path.open("r") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return fh.read().strip() or "unknown"
        fcntl.flock(fh, fcntl.LOCK_UN)
    return None


# -- reading what is landed ----------------------------------------------------------------


def landed_dates(warehouse: Path, table: str = "documents") -> list[date]:
    base = warehouse / PARQUET / table
    if not base.is_dir():
        return []
    out = []
    for p in base.iterdir():
        if p.name.startswith("dt=") and any(p.glob("*.parquet")):
            out.append(date.fromisoformat(p.name[3:]))
    return sorted(out)


def has_documents(warehouse: Path, day: date) -> bool:
    """The ``documents`` partition of ``day`` holds a row (read from the Parquet footers)."""
    return any(pq.ParquetFile(f).metadata.num_rows for f in partition_dir(warehouse, "documents", day).glob("*.parquet"))


def landed_doc_ids(warehouse: Path, before: date) -> frozenset[str]:
    """doc_ids landed in partitions earlier than ``before``."""
    days = [d for d in landed_dates(warehouse) if d < before]
    files = [str(f) for d in days for f in sorted(partition_dir(warehouse, "documents", d).glob("*.parquet"))]
    if not files:
        return frozenset()
    return frozenset(ds.dataset(files, format="parquet").to_table(columns=["doc_id"]).column("doc_id").to_pylist())


def landed_canonical(warehouse: Path, since: date, before: date, batch_rows: int = 4096) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of the canonical documents (not near-duplicates) landed in partitions from
    ``since`` up to, not including, ``before``; oldest partition first, by doc_id within one, so a
    later story always meets the same first copy."""
    for day in landed_dates(warehouse):
        if not since <= day < before:
            continue
        for f in sorted(partition_dir(warehouse, "documents", day).glob("*.parquet")):
            data = ds.dataset(str(f), format="parquet")
            for batch in data.to_batches(columns=["doc_id", "text"], filter=ds.field("duplicate_of").is_null(), batch_size=batch_rows):
                yield from zip(batch.column("doc_id").to_pylist(), batch.column("text").to_pylist(), strict=True)


def dedup_keys(warehouse: Path, day: date) -> frozenset[tuple[str, bool]]:
    """What the later days' de-duplication reads of ``day``'s partition: its doc_ids, each with whether it
    is canonical (``duplicate_of`` null); a run that leaves these alone changes no later day's run id."""
    files = [str(f) for f in sorted(partition_dir(warehouse, "documents", day).glob("*.parquet"))]
    if not files:
        return frozenset()
    t = ds.dataset(files, format="parquet").to_table(columns=["doc_id", "duplicate_of"])
    return frozenset(zip(t.column("doc_id").to_pylist(), (d is None for d in t.column("duplicate_of").to_pylist()), strict=True))


DEDUP = "_dedup"
"""Internal per-day state, staged and journaled under this name and published to ``_state/dedup/dt=<day>/``:
what a day's de-duplication looked up in the earlier days (its doc_ids and LSH band keys) and a fingerprint of
what it found there. Swapped in with the day's tables. Review 24 published it as ``parquet/_dedup/``, where a
BI tool listing ``parquet/`` took it for a table; :func:`migrate_state` moves such a folder."""
DEDUP_DIR = Path(STATE) / "dedup"
OLD_DEDUP_DIR = Path(PARQUET) / DEDUP
_DEDUP_SCHEMA = pa.schema([pa.field("doc_id", pa.string(), nullable=False), pa.field("bands", pa.list_(pa.uint64()))])
_DEPENDS = b"newsetl.depends"


def stage_dedup(stage: Stage, docs: Mapping[str, Sequence[int] | None], depends: str) -> None:
    out = stage.final_dir(DEDUP)
    out.mkdir(parents=True, exist_ok=True)
    ids = sorted(docs)
    t = pa.Table.from_pydict({"doc_id": ids, "bands": [None if docs[i] is None else list(docs[i]) for i in ids]}, schema=_DEDUP_SCHEMA)
    pq.write_table(t.replace_schema_metadata({_DEPENDS: depends.encode()}), out / "part-0.parquet", **PARQUET_OPTS)


def read_dedup(warehouse: Path, day: date) -> tuple[dict[str, tuple[int, ...] | None], str] | None:
    """The doc_ids and band keys ``day`` was de-duplicated by, and the fingerprint it landed with; None for
    a day landed without them (by an older newsetl)."""
    f = partition_dir(warehouse, DEDUP, day) / "part-0.parquet"
    if not f.is_file():
        # a warehouse of review 24's layout not yet migrated (a backfill tests its days before any run)
        f = warehouse / OLD_DEDUP_DIR / f"dt={day.isoformat()}" / "part-0.parquet"
    if not f.is_file():
        return None
    t = pq.read_table(f)
    depends = (t.schema.metadata or {}).get(_DEPENDS)
    if depends is None:
        return None
    bands = t.column("bands").to_pylist()
    return {i: None if b is None else tuple(b) for i, b in zip(t.column("doc_id").to_pylist(), bands, strict=True)}, depends.decode()


def _band_keys(warehouse: Path, day: date, ids: Sequence[str]) -> dict[str, tuple[int, ...] | None]:
    """Band keys of ``day``'s documents ``ids``: as that day stored them, else from their text."""
    from tasks.clean import NearDupIndex, minhash

    stored = read_dedup(warehouse, day)
    known = stored[0] if stored else {}
    out = {i: known[i] for i in ids if i in known}
    missing = [i for i in ids if i not in out]
    if missing:
        files = [str(f) for f in sorted(partition_dir(warehouse, "documents", day).glob("*.parquet"))]
        t = ds.dataset(files, format="parquet").to_table(columns=["doc_id", "text"], filter=ds.field("doc_id").isin(missing))
        for i, text in zip(t.column("doc_id").to_pylist(), t.column("text").to_pylist(), strict=True):
            sig = minhash(text)
            out[i] = None if sig is None else tuple(NearDupIndex._keys(sig))
    return out


def depends_on(warehouse: Path, day: date, window_days: int, docs: Mapping[str, Sequence[int] | None]) -> str:
    """Fingerprint of what the earlier days decide about ``day``'s documents ``docs`` (doc_id: band keys):
    which of its doc_ids the earlier days hold (exact duplicates) and the canonical documents in the
    near-duplicate window that share an LSH band with one of them (the only near-copies its lookup can
    find), each with its day (the oldest near-copy wins). A change to the earlier days outside these changes
    nothing in ``day``'s rows, so it is not a reason to land ``day`` again; landing C, A, B still ends as
    A, B, C because every change that reaches C's rows changes this fingerprint."""
    ids = pa.array(sorted(docs), type=pa.string())
    wanted = {(b, k) for keys in docs.values() if keys for b, k in enumerate(keys)}
    since = day - timedelta(days=window_days)
    exact: list[str] = []
    near: list[str] = []
    for d in landed_dates(warehouse):
        if d >= day:
            break
        files = [str(f) for f in sorted(partition_dir(warehouse, "documents", d).glob("*.parquet"))]
        data = ds.dataset(files, format="parquet")
        if len(ids):
            hit = data.to_table(columns=["doc_id"], filter=ds.field("doc_id").isin(ids)).column("doc_id").to_pylist()
            exact += hit  # which day holds the copy does not matter: a copy is a copy
        if wanted and d >= since:
            canon = data.to_table(columns=["doc_id"], filter=ds.field("duplicate_of").is_null()).column("doc_id").to_pylist()
            for i, keys in _band_keys(warehouse, d, canon).items():
                if keys and any((b, k) in wanted for b, k in enumerate(keys)):
                    near.append(f"{d}|{i}")
    h = hashlib.sha256("\n".join(sorted(set(exact))).encode() + b"\0" + "\n".join(sorted(near)).encode())
    return h.hexdigest()[:16]


def read_partition(warehouse: Path, table: str, day: date) -> pa.Table:
    files = sorted(partition_dir(warehouse, table, day).glob("*.parquet"))
    schema = TABLES[table].schema
    if not files:
        return schema.empty_table()
    return pa.concat_tables([pq.read_table(f, schema=schema) for f in files])


# -- staging -------------------------------------------------------------------------------


def open_stage(warehouse: Path, run_id: str, logical_date: date) -> Stage:
    stage = Stage(warehouse, run_id, logical_date)
    shutil.rmtree(stage.root, ignore_errors=True)
    stage.root.mkdir(parents=True)
    return stage


def to_table(table: str, rows: Sequence[dict[str, object]], run_id: str, logical_date: date) -> pa.Table:
    """Rows as an Arrow table with the contract's explicit schema (extra keys are an error)."""
    schema = TABLES[table].schema
    lineage = {"run_id": run_id, "logical_date": logical_date}
    full = [{**r, **lineage} for r in rows]
    extra = set().union(*(r.keys() for r in full)) - set(schema.names) if full else set()
    if extra:
        raise ValueError(f"{table}: columns not in the contract: {sorted(extra)}")
    return pa.Table.from_pylist(full, schema=schema)


def write_part(stage: Stage, table: str, index: int, rows: Sequence[dict[str, object]]) -> int:
    d = stage.part_dir(table)
    d.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_table(table, rows, stage.run_id, stage.logical_date), d / f"part-{index:05d}.parquet", **PARQUET_OPTS)
    return len(rows)


def stage_batch(stage: Stage, index: int, tables: dict[str, list[dict[str, object]]]) -> dict[str, int]:
    return {name: write_part(stage, name, index, rows) for name, rows in tables.items()}


def stage_story_dates(stage: Stage, index: int, dates: Sequence[tuple[str, date | None]]) -> None:
    d = stage.part_dir(STORY_DATES)
    d.mkdir(parents=True, exist_ok=True)
    t = pa.Table.from_pylist([{"doc_id": i, "story_date": s} for i, s in dates], schema=_STORY_DATES_SCHEMA)
    pq.write_table(t, d / f"part-{index:05d}.parquet", **PARQUET_OPTS)


#: One name per entity across partitions: ``min()`` took "TEXACO INC" over "Texaco Inc" (upper
#: case sorts first); this takes the form with fewest oddly cased words, then the most mentioned,
#: as ``tasks.entities.display_name`` does within a batch. A linked entity has one name anyway.
_ROLLUP_NAME = (
    "arg_min(canonical_name, struct_pack("
    f"o := len(regexp_extract_all(canonical_name, '{ODD_CASE_PATTERN}')), "
    "n := -mention_count, c := canonical_name))"
)


def entities_rollup(src: str) -> str:
    """One row per entity from per-batch or per-partition rows (counts add up, aliases merge)."""
    # the count is cast back to BIGINT, the type of the Parquet column: DuckDB sums a BIGINT into a
    # HUGEINT: Arrow readers got decimal128(38, 0) and pandas float64 for a count
    return f"""
        select entity_id, {_ROLLUP_NAME} as canonical_name, min(label) as label,
               min(wikidata_qid) as wikidata_qid, min(country_code) as country_code,
               min(latitude) as latitude, min(longitude) as longitude,
               list_sort(list_distinct(flatten(list(aliases)))) as aliases,
               cast(sum(mention_count) as bigint) as mention_count, min(first_seen) as first_seen,
               max(last_seen) as last_seen, arg_max(run_id, logical_date) as run_id,
               max(logical_date) as logical_date
        from {src} group by entity_id order by entity_id"""


def ingest_log_merge(src: str) -> str:
    """One row per path from per-batch rows (a streamed file logs a row per batch).

    Counts add up; a lone row keeps its status, merged rows follow ``tasks.ingest.file_status``;
    the error is the first rejection by line, else a warning or skip note."""
    return f"""
        select path, max(sha256) as sha256, max(size_bytes) as size_bytes, max(format) as format,
               case when count(*) = 1 then any_value(status)
                    when bool_or(status = 'skipped') then 'skipped'
                    when sum(n_rejected) > 0 and sum(n_loaded) = 0 and sum(n_duplicate) = 0 then 'rejected'
                    when sum(n_rejected) > 0 then 'partial'
                    when sum(n_duplicate) > 0 and sum(n_loaded) = 0 then 'duplicate'
                    else 'loaded' end as status,
               sum(n_records) as n_records, sum(n_loaded) as n_loaded, sum(n_duplicate) as n_duplicate,
               sum(n_rejected) as n_rejected,
               coalesce(first(error order by error_line nulls first, error) filter (where n_rejected > 0),
                        first(error order by error) filter (where error is not null)) as error,
               first(error_line order by error_line nulls first) filter (where n_rejected > 0) as error_line,
               min(run_id) as run_id, min(logical_date) as logical_date
        from {src} group by path order by path"""


def _consolidate_sql(table: str, files: list[str]) -> str:
    src = f"read_parquet({files!r}, union_by_name=true)"
    if table == "entities":
        return entities_rollup(src)
    if table == "ingest_log":
        return ingest_log_merge(src)
    return f"select * from {src} order by {', '.join(TABLES[table].key)}"


def consolidate(stage: Stage, table: str) -> int:
    """Merge a table's staged parts into one file sorted by the table's key."""
    schema = TABLES[table].schema
    out_dir = stage.final_dir(table)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in stage.part_dir(table).glob("*.parquet"))
    target = out_dir / "part-0.parquet"
    n = 0
    with pq.ParquetWriter(target, schema, **PARQUET_OPTS) as writer:
        if files:
            con = duckdb.connect()
            reader = con.execute(_consolidate_sql(table, files)).fetch_record_batch(50_000)
            for batch in reader:
                piece = pa.Table.from_batches([batch]).select(schema.names).cast(schema)
                writer.write_table(piece)
                n += piece.num_rows
            con.close()
    return n


def write_final(stage: Stage, table: str, rows: Sequence[dict[str, object]]) -> int:
    """A log table written whole (ingest_log, rejects, quarantine, dq_results)."""
    out = stage.final_dir(table)
    out.mkdir(parents=True, exist_ok=True)
    t = to_table(table, rows, stage.run_id, stage.logical_date)
    if t.num_rows:
        t = t.sort_by([(k, "ascending") for k in TABLES[table].key])
    pq.write_table(t, out / "part-0.parquet", **PARQUET_OPTS)
    return t.num_rows


def read_staged(stage: Stage, table: str) -> pa.Table:
    files = sorted(stage.final_dir(table).glob("*.parquet"))
    schema = TABLES[table].schema
    return pa.concat_tables([pq.read_table(f, schema=schema) for f in files]) if files else schema.empty_table()


def extractor_failures(stage: Stage) -> dict[str, int]:
    """Documents whose extractor failed, by the table it fills (the staged ``extractor_error`` rows)."""
    q = read_staged(stage, "quarantine")
    out: dict[str, int] = {}
    for table, rule in zip(q.column("table_name").to_pylist(), q.column("rule").to_pylist(), strict=True):
        if rule == "extractor_error":
            out[table] = out.get(table, 0) + 1
    return out


# -- publishing ----------------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make the names in ``path`` (files created or renamed into it) durable: a rename is only as
    durable as the directory holding the new name."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # a platform that cannot open a folder (Windows) has no such call to make
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; their renames are as durable as they get
    finally:
        os.close(fd)


def sync_tree(root: Path) -> None:
    """fsync every file under ``root``, then every folder, deepest first."""
    folders = [root]
    for path in sorted(root.rglob("*")):
        if path.is_dir():
            folders.append(path)
        else:
            fsync_file(path)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(folder)


def publish(stage: Stage, tables: Sequence[str] = (*PUBLISHED_TABLES, DEDUP)) -> None:
    """Swap the staged partitions into place. Journaled: ``recover`` finishes a crashed swap."""
    # the staged files reach the disk before the journal that lets recovery rename them into place:
    # without it a power cut could leave a renamed partition of empty or torn files that BI tools read
    sync_tree(stage.root / "final")
    journal = stage.root / JOURNAL
    tmp = journal.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"logical_date": stage.logical_date.isoformat(), "tables": list(tables)}))
        fh.flush()
        os.fsync(fh.fileno())
    # renamed into place whole: a run killed while writing it left an empty journal, which failed every
    # later run's recovery with a JSONDecodeError
    os.replace(tmp, journal)
    fsync_dir(stage.root)
    _apply_journal(stage.root)


def _apply_journal(root: Path) -> None:
    plan = json.loads((root / JOURNAL).read_text())
    warehouse = root.parent.parent
    day = date.fromisoformat(plan["logical_date"])
    trash = root / "trash"
    touched: set[Path] = set()
    for table in plan["tables"]:
        src = root / "final" / table / f"dt={day.isoformat()}"
        if not src.exists():
            continue  # already swapped before a crash
        dst = partition_dir(warehouse, table, day)
        if not dst.parent.exists():
            dst.parent.mkdir(parents=True)
            touched |= {dst.parent.parent, dst.parent.parent.parent}
        if dst.exists():
            trash.mkdir(exist_ok=True)
            old = trash / table
            shutil.rmtree(old, ignore_errors=True)
            os.replace(dst, old)
        os.replace(src, dst)
        touched.add(dst.parent)
    # the renames reach the disk before the journal is dropped: a power cut in between leaves the
    # journal, and recovery, which skips what is already in place, finishes the swap
    for folder in sorted(touched, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(folder)
    shutil.rmtree(root, ignore_errors=True)


def _journal_readable(root: Path) -> bool:
    try:
        plan = json.loads((root / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(plan, dict) and {"logical_date", "tables"} <= plan.keys()


def recover(warehouse: Path) -> list[str]:
    """Finish swaps interrupted by a crash; drop staging areas that never reached publish."""
    done = []
    base = warehouse / STAGING
    if not base.is_dir():
        return done
    for root in sorted(base.iterdir()):
        if root.is_file():  # a scratch file (``scratch_path``) of a run killed before its rename
            root.unlink(missing_ok=True)
            continue
        # nothing is swapped before the journal is whole, so a torn one (written by an older version,
        # or a full disk) means the run never started publishing
        if _journal_readable(root):
            _apply_journal(root)
            done.append(root.name)
        else:
            shutil.rmtree(root, ignore_errors=True)
    return done


def migrate_state(warehouse: Path) -> int:
    """Move review 24's ``parquet/_dedup/dt=<day>/`` folders to ``_state/dedup/`` (one rename each; a day
    already there keeps the newer copy) and drop the emptied ``parquet/_dedup``. Call it holding the warehouse
    lock; a run killed midway leaves each day in one place or the other, and ``read_dedup`` reads both."""
    old = warehouse / OLD_DEDUP_DIR
    if not old.is_dir():
        return 0
    moved = 0
    for src in sorted(old.iterdir()):
        if not src.name.startswith("dt="):
            continue
        dst = partition_dir(warehouse, DEDUP, date.fromisoformat(src.name[3:]))
        if dst.exists():
            shutil.rmtree(src)
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
        moved += 1
    for folder in (warehouse / DEDUP_DIR, warehouse / STATE, warehouse):
        fsync_dir(folder)
    shutil.rmtree(old)
    fsync_dir(old.parent)
    return moved


def mark_crashed(warehouse: Path, current_flow_run: str) -> list[str]:
    """Rewrite as ``crashed`` the ``runs`` rows still ``running`` from runs whose process died.

    Call it holding the warehouse lock: no other run can then be running, so such a row can only be
    left by a process killed before it recorded how it ended (it stayed ``running`` for ever)."""
    base = warehouse / PARQUET / "runs"
    marked = []
    for f in sorted(base.glob("dt=*/run-*.parquet")):
        if f.stem == f"run-{current_flow_run}":
            continue
        t = pq.read_table(f, schema=TABLES["runs"].schema)
        if t.num_rows != 1 or t.column("status")[0].as_py() != "running":
            continue
        row = t.to_pylist()[0]
        row["status"] = "crashed"
        tmp = scratch_path(warehouse, f)
        pq.write_table(pa.Table.from_pylist([row], schema=TABLES["runs"].schema), tmp, **PARQUET_OPTS)
        replace_durably(tmp, f)
        marked.append(row["flow_run_id"])
    return marked


def discard(stage: Stage) -> None:
    shutil.rmtree(stage.root, ignore_errors=True)


def append_run(warehouse: Path, row: dict[str, object], run_id: str, logical_date: date) -> Path:
    """The ``runs`` table is a log: each run adds its own file, written atomically."""
    d = partition_dir(warehouse, "runs", logical_date)
    new = not d.exists()
    d.mkdir(parents=True, exist_ok=True)
    target = d / f"run-{row['flow_run_id']}.parquet"
    tmp = scratch_path(warehouse, target)
    pq.write_table(to_table("runs", [row], run_id, logical_date), tmp, **PARQUET_OPTS)
    replace_durably(tmp, target)
    if new:
        fsync_dir(d.parent)
        fsync_dir(d.parent.parent)
    return target


def scratch_path(warehouse: Path, target: Path) -> Path:
    """Where a file bound for a published table folder is written before it is renamed into place:
    outside the table folders, which BI tools list whole (pyarrow and pandas open every file not named
    ``.*``/``_*``, and failed on a half-written ``run-<id>.tmp``; polars refuses a folder holding
    another extension). Same file system, so the rename stays atomic."""
    base = warehouse / STAGING
    base.mkdir(parents=True, exist_ok=True)
    return base / f".{target.parent.parent.name}-{target.name}.tmp"


def replace_durably(tmp: Path, target: Path) -> None:
    """Rename a written file over ``target`` so that after a power cut ``target`` is the old file or
    the whole new one, never an empty one (ext4 may commit the rename before the data)."""
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


# -- the DuckDB catalog --------------------------------------------------------------------

_DUCK_TYPES = {
    "string": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "double": "DOUBLE", "bool": "BOOLEAN",
    "date32[day]": "DATE", "timestamp[us, tz=UTC]": "TIMESTAMPTZ", "list<item: string>": "VARCHAR[]",
}

#: Entity-level views take the entity's label from ``entities``: a mention keeps spaCy's label
#: ("Iraqi" is NORP), so grouping by it would split Iraq into two rows. A day is the UTC date of
#: ``published_at``: a bare cast takes the reader's TimeZone, so a story of 23:30 -05:00 fell on
#: another day in New York than in UTC or Tokyo.
#: What ends the stretch of a sentence an amount's date is looked for in (``sentence_facts.amount_timex``): a
#: comma or semicolon before a space, a dash, or a word that starts another figure's clause ("fell 0.1 pct in
#: January after gaining 0.9 pct in December", "rose to 60.6 pct last month from 54.9 pct in March 1986",
#: "20.7 mln dlrs vs 10.4 mln"). Read on 40 Reuters-21578 sentences with two or more amounts and dates
#: (docs/evaluation.md, review 35).
AMOUNT_CLAUSE_BREAK = (r"(?i)[,;](\s|$)|\s--\s|\b(and|from|vs|versus|against|compared (with|to)|after|following"
                       r"|while|but)\b")

#: A story two partitions hold (landed out of order, until the later day is backfilled again) is joined within its
#: partition (``logical_date``): joined on ``doc_id`` alone its mentions met both ``documents`` rows, and
#: ``entity_daily_mentions`` counted each mention four times, ``document_facts`` each mention, timex and amount twice.
ANALYSIS_VIEWS = {
    "entity_daily_mentions": """
        select coalesce(cast(timezone('UTC', d.published_at) as date), m.logical_date) as day, m.entity_id,
               e.canonical_name, e.label, count(distinct (m.doc_id, m.mention_id)) as mentions,
               count(distinct m.doc_id) as documents
        from mentions m join documents d using (doc_id, logical_date) join entities e using (entity_id)
        group by all""",
    "entity_cooccurrence": """
        with e as (select distinct m.doc_id, m.entity_id, e.canonical_name, e.label
                   from mentions m join entities e using (entity_id))
        select a.entity_id as entity_a, a.canonical_name as name_a, a.label as label_a,
               b.entity_id as entity_b, b.canonical_name as name_b, b.label as label_b,
               count(*) as documents
        from e a join e b on a.doc_id = b.doc_id and a.entity_id < b.entity_id
        group by all""",
    "entity_cooccurrence_daily": """
        with e as (select distinct m.doc_id, coalesce(cast(timezone('UTC', d.published_at) as date), m.logical_date) as day,
                          m.entity_id, e.canonical_name, e.label
                   from mentions m join documents d using (doc_id) join entities e using (entity_id))
        select a.day, a.entity_id as entity_a, a.canonical_name as name_a, a.label as label_a,
               b.entity_id as entity_b, b.canonical_name as name_b, b.label as label_b,
               count(*) as documents
        from e a join e b on a.doc_id = b.doc_id and a.entity_id <> b.entity_id
        group by all""",
    "document_facts": """
        select d.doc_id, d.title, d.published_at, d.logical_date,
               (select count(*) from mentions m where m.doc_id = d.doc_id and m.logical_date = d.logical_date) as mentions,
               (select count(*) from timexes t where t.doc_id = d.doc_id and t.logical_date = d.logical_date) as timexes,
               (select count(*) from amounts a where a.doc_id = d.doc_id and a.logical_date = d.logical_date) as amounts
        from documents d""",
    # who, when, how much in one sentence: one flat row per sentence, entity, amount and timex (a sentence
    # with amounts but no timex has NULL timex columns, and the other way round), so a BI tool filters and
    # groups by plain columns instead of unnesting lists; every join keeps to one partition (logical_date),
    # so a story two days hold is not crossed with itself. ``entity_amount_first`` marks one row per entity and
    # amount (the row of the amount's own date, see ``amount_timex``), so a BI tool that cannot sum distinct values
    # totals an entity's amounts with a filter; a flag per amount alone would drop, under an entity filter, the amounts
    # first listed for another entity. ``amount_timex`` marks the row whose timex dates the amount: the nearest DATE or
    # TIME timex of the sentence with no clause break (``AMOUNT_CLAUSE_BREAK``) between them, ties to the one before;
    # without one in the amount's stretch, the sentence's first DATE or TIME timex
    "sentence_facts": f"""
        with ent as (select distinct m.doc_id, m.logical_date, m.sentence_index, m.entity_id, e.canonical_name, e.label
                     from mentions m join entities e using (entity_id) where m.sentence_index is not null),
             am as (select doc_id, logical_date, sentence_index, amount_id, text as amount_text, kind, value,
                           value_low, value_high, currency, unit, start_char as a_start, end_char as a_end
                    from amounts where sentence_index is not null),
             tx as (select doc_id, logical_date, sentence_index, timex_id, text as timex_text, type as timex_type,
                           value as timex_value, date_start, date_end, start_char as t_start, end_char as t_end
                    from timexes where sentence_index is not null),
             pairs as (select p.*, greatest(p.a_start, p.t_start) - least(p.a_end, p.t_end) as gap,
                              not regexp_matches(substr(d.text, least(p.a_end, p.t_end) + 1,
                                                        greatest(0, greatest(p.a_start, p.t_start) - least(p.a_end, p.t_end))),
                                                 '{AMOUNT_CLAUSE_BREAK}') as same_clause
                       from (select * from am full join tx using (doc_id, logical_date, sentence_index)) p
                       join documents d using (doc_id, logical_date)),
             facts as (select *, case when amount_id is not null and timex_id is not null then
                                    timex_type in ('DATE', 'TIME') and row_number() over (
                                        partition by logical_date, doc_id, amount_id
                                        order by timex_type in ('DATE', 'TIME') desc, same_clause desc,
                                                 case when same_clause then gap end nulls last, timex_id) = 1
                                 end as amount_timex
                       from pairs)
        select d.doc_id, s.sentence_index, s.start_char, s.end_char,
               substr(d.text, s.start_char + 1, s.end_char - s.start_char) as sentence_text,
               d.published_at, d.logical_date,
               coalesce(cast(timezone('UTC', d.published_at) as date), d.logical_date) as day,
               ent.entity_id, ent.canonical_name, ent.label,
               f.amount_id, f.amount_text, f.kind, f.value, f.value_low, f.value_high, f.currency, f.unit,
               f.timex_id, f.timex_text, f.timex_type, f.timex_value, f.date_start, f.date_end,
               case when f.amount_id is not null then row_number() over (
                   partition by d.logical_date, d.doc_id, f.amount_id, ent.entity_id
                   order by f.amount_timex desc nulls last, f.timex_id nulls first) = 1
               end as entity_amount_first,
               f.amount_timex
        from sentences s
        join documents d using (doc_id, logical_date)
        join ent using (doc_id, logical_date, sentence_index)
        join facts f using (doc_id, logical_date, sentence_index)
        order by d.logical_date, d.doc_id, s.sentence_index, ent.canonical_name, ent.entity_id,
                 f.amount_id nulls first, f.timex_id nulls first""",
}


def _table_view_sql(warehouse: Path, table: str) -> str:
    base = (warehouse / PARQUET / table).resolve()
    if not any(base.glob("dt=*/*.parquet")):
        cols = ", ".join(
            f"cast(null as {_DUCK_TYPES[str(f.type)]}) as {f.name}" for f in TABLES[table].schema
        )
        return f"select {cols}, cast(null as date) as dt where false"
    glob = (base / "dt=*" / "*.parquet").as_posix().replace("'", "''")
    return f"select * from read_parquet('{glob}', hive_partitioning=true, hive_types={{'dt': DATE}}, union_by_name=true)"


def build_catalog(warehouse: Path) -> Path:
    """(Re)write ``news.duckdb``: a view per table plus analysis views.

    Views hold absolute paths, so the catalog answers from any working directory; the file is
    rebuilt by every run (and by ``newsetl query`` if the warehouse moved).
    """
    target = warehouse / CATALOG
    # a name of its own: `newsetl query` rebuilds an outdated catalog without the run's lock, and two
    # writers of one temp file could rename the other's half-written catalog into place
    tmp = warehouse / f".{CATALOG}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for table in TABLES:
            sql = _table_view_sql(warehouse, table)
            if table == "entities":
                con.execute(f"create or replace view entities_by_partition as {sql}")
                sql = entities_rollup("entities_by_partition")
            con.execute(f"create or replace view {table} as {sql}")
        for name, sql in ANALYSIS_VIEWS.items():
            con.execute(f"create or replace view {name} as {sql}")
        con.execute(f"comment on view documents is 'newsetl catalog {catalog_version()}'")
        con.execute("checkpoint")
    finally:
        con.close()
    replace_durably(tmp, target)
    return target


def catalog_version() -> str:
    """Fingerprint of the views this version defines; kept as the comment of the ``documents`` view so
    that ``newsetl query`` rebuilds a catalog an older version wrote."""
    spec = {"tables": {t: TABLES[t].column_names for t in TABLES}, "views": ANALYSIS_VIEWS, "rollup": entities_rollup("x")}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


def catalog_is_current(warehouse: Path) -> bool:
    """True when the catalog's views point at this warehouse's location and were written by a version
    with the same views (an older catalog may lack a view or define one differently)."""
    target = warehouse / CATALOG
    if not target.exists():
        return False
    con = duckdb.connect(str(target), read_only=True)
    try:
        views = dict(con.execute("select view_name, sql from duckdb_views() where not internal").fetchall())
        comment = con.execute("select comment from duckdb_views() where view_name = 'documents'").fetchone()
        comment = comment[0] if comment else None
    finally:
        con.close()
    wanted = {*TABLES, *ANALYSIS_VIEWS}
    return (wanted <= set(views) and str((warehouse / PARQUET).resolve()) in views.get("documents", "")
            and comment == f"newsetl catalog {catalog_version()}")


STAGED_TABLES = (*FACT_TABLES, "ingest_log", "rejects", "quarantine")


def consolidate_all(stage: Stage) -> dict[str, list[Path]]:
    """Every staged table as one sorted partition; returns the fact tables' files for validation."""
    for table in STAGED_TABLES:
        consolidate(stage, table)
    return {t: sorted(stage.final_dir(t).glob("*.parquet")) for t in FACT_TABLES}


def hold_back(path: Path, table: str, positions: Sequence[int]) -> None:
    """Rewrite ``path`` without the rows at ``positions``, batch by batch (memory stays flat)."""
    drop = sorted(set(positions))
    tmp = path.with_suffix(".tmp")
    offset, i = 0, 0
    with pq.ParquetWriter(tmp, TABLES[table].schema, **PARQUET_OPTS) as writer:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=50_000):
            end = offset + batch.num_rows
            here = set()
            while i < len(drop) and drop[i] < end:
                here.add(drop[i] - offset)
                i += 1
            keep = [j for j in range(batch.num_rows) if j not in here] if here else None
            piece = pa.Table.from_batches([batch])
            writer.write_table(piece.take(pa.array(keep, type=pa.int64())) if keep is not None else piece)
            offset = end
    os.replace(tmp, path)


def recount_entities(stage: Stage) -> None:
    """``mention_count`` counts the mentions that are published: held-back mentions leave it, and an
    entity left with none is not published (nothing in the partition points at it). Recounted on
    every run: a staged count that disagreed is only a warning of the gate (see entities.json).
    ``first_seen``/``last_seen`` are redated the same way from the story dates the run staged: a
    quarantined document's date left an entity dated by a story that is not published."""
    ent, men = (stage.final_dir(t) / "part-0.parquet" for t in ("entities", "mentions"))
    dates = sorted(str(p) for p in stage.part_dir(STORY_DATES).glob("*.parquet"))
    con = duckdb.connect()
    try:
        if dates:
            sql = ("select e.* replace (m.n as mention_count, m.first_seen as first_seen, m.last_seen as last_seen) "
                   "from read_parquet(?) e join (select entity_id, count(*) as n, min(s.story_date) as first_seen, "
                   "max(s.story_date) as last_seen from read_parquet(?) left join "
                   "(select distinct doc_id, story_date from read_parquet(?)) s using (doc_id) group by entity_id) m "
                   "using (entity_id) order by entity_id")
            t = con.execute(sql, [str(ent), str(men), dates]).fetch_arrow_table()
        else:  # staged before story dates were (a copy of landed partitions): the dates stay as staged
            t = con.execute(
                "select e.* replace (m.n as mention_count) from read_parquet(?) e join "
                "(select entity_id, count(*) as n from read_parquet(?) group by entity_id) m using (entity_id) "
                "order by entity_id", [str(ent), str(men)]).fetch_arrow_table()
    finally:
        con.close()
    tmp = ent.with_suffix(".tmp")
    pq.write_table(t.select(TABLES["entities"].schema.names).cast(TABLES["entities"].schema), tmp, **PARQUET_OPTS)
    os.replace(tmp, ent)


def apply_gate(stage: Stage, failed: dict[str, list[int]], quarantine: list[dict[str, object]], dq: list[dict[str, object]]) -> None:
    """Hold back failing rows (by position in the consolidated partition), record the gate."""
    for table, positions in failed.items():
        if positions:
            hold_back(stage.final_dir(table) / "part-0.parquet", table, positions)
    recount_entities(stage)
    # extractor failures were staged with the batches; the gate's rows join them
    staged = read_staged(stage, "quarantine").drop_columns(["run_id", "logical_date"]).to_pylist()
    write_final(stage, "quarantine", staged + quarantine)
    write_final(stage, "dq_results", dq)


@task(name="stage", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def stage_task(stage: Stage, index: int, tables: dict[str, list[dict[str, object]]]) -> dict[str, int]:
    return stage_batch(stage, index, tables)


@task(name="consolidate", cache_policy=NO_CACHE)
def consolidate_task(stage: Stage) -> dict[str, list[Path]]:
    return consolidate_all(stage)


@task(name="hold_back", cache_policy=NO_CACHE)
def apply_gate_task(stage: Stage, failed: dict[str, list[int]], quarantine: list[dict[str, object]], dq: list[dict[str, object]]) -> None:
    apply_gate(stage, failed, quarantine, dq)


@task(name="land", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def land_task(stage: Stage) -> Path:
    publish(stage)
    return build_catalog(stage.warehouse)
