"""Ingest: find input files, read every format into raw records, and explain every rejection.

Nothing read is lost: a file becomes records, or a logged rejection naming the file (and the
line, for line-based formats) with the raw content kept in ``rejects``.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes
from prefect import task

from tasks import dates

TEXT_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html", ".htm": "html"}
MANIFEST_NAMES = {"manifest.csv", "_manifest.csv"}
KNOWN_META = {"id", "text", "title", "published_at", "source", "url", "date", "language"}
MAX_RAW_KEPT = 64 * 1024
_DAY_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class IngestError(ValueError):
    """A record or file that cannot be read; the message names what is wrong."""

    def __init__(self, message: str, line: int | None = None, raw: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.raw = raw


@dataclass(frozen=True)
class InputFile:
    path: Path
    rel: str
    """Path relative to the input root, as it appears in the tables."""
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Metadata for the file from a manifest CSV."""


@dataclass(frozen=True)
class RawRecord:
    source_uri: str
    path: str
    line: int | None
    text: str
    sha256: str
    source_id: str | None = None
    title: str | None = None
    published_at: str | None = None
    dct_source: str = "metadata"
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Reject:
    path: str
    line: int | None
    reason: str
    raw: str | None


@dataclass
class FileResult:
    path: str
    sha256: str | None
    size_bytes: int | None
    format: str | None
    records: list[RawRecord] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def reject(self, reason: str, line: int | None = None, raw: str | None = None) -> None:
        self.rejects.append(Reject(self.path, line, reason, raw[:MAX_RAW_KEPT] if raw else raw))


# -- discovery -----------------------------------------------------------------------------


def input_root(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def discover(path: Path, logical_date: date) -> list[InputFile]:
    """Input files under ``path`` in a stable order.

    A folder whose sub-folders are named ``YYYY-MM-DD`` is a landing area: only the folder of
    ``logical_date`` is read. Sidecar ``.json`` files next to a same-named ``.txt`` are metadata,
    not inputs; a ``manifest.csv`` lists files with their metadata.
    """
    if not path.exists():
        raise FileNotFoundError(f"input not found: {path}")
    if path.is_file():
        return [InputFile(path, path.name)]
    root = path
    day_dirs = [p for p in path.iterdir() if p.is_dir() and _DAY_DIR.match(p.name)]
    if day_dirs:
        path = root / logical_date.isoformat()
        if not path.is_dir():
            return []
    manifests = [p for p in path.iterdir() if p.name in MANIFEST_NAMES]
    if manifests:
        return _from_manifest(manifests[0], root)
    files: list[InputFile] = []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(path, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop: walk each real folder once
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        names = set(filenames)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if name.endswith(".json") and name[: -len(".json")] + ".txt" in names:
                continue  # sidecar
            files.append(InputFile(p, p.relative_to(root).as_posix()))
    return files


def _from_manifest(manifest: Path, root: Path) -> list[InputFile]:
    out: list[InputFile] = []
    with manifest.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            rel = (row.get("path") or "").strip()
            target = (manifest.parent / rel).resolve()
            meta = {k: v for k, v in row.items() if k != "path" and v}
            out.append(InputFile(target, rel, meta))
    return out


# -- reading -------------------------------------------------------------------------------


def read_file(f: InputFile, root: Path, max_bytes: int) -> FileResult:
    """Read one input file into records; never raises for bad content."""
    res = FileResult(f.rel, None, None, None)
    try:
        if root.resolve() not in f.path.resolve().parents:
            raise IngestError(f"{f.rel}: path is outside the input root {root.name}/; not read")
        size = f.path.stat().st_size
        res.size_bytes = size
        if size > max_bytes:
            raise IngestError(f"{f.rel}: file is {size} bytes, over the {max_bytes}-byte limit (NEWSETL_MAX_FILE_BYTES)")
        data = f.path.read_bytes()
        res.sha256 = hashlib.sha256(data).hexdigest()
        name = f.path.name.lower()
        if name.endswith(".gz"):
            data = _gunzip(data, f.rel, max_bytes)
            name = name[:-3]
        fmt = TEXT_SUFFIXES.get(Path(name).suffix)
        res.format = fmt
        if fmt is None:
            raise IngestError(f"{f.rel}: unsupported file type {Path(name).suffix or '(none)'!r}; expected .txt, .jsonl, .ndjson, .json, .html or .gz of these")
        if not data.strip():
            raise IngestError(f"{f.rel}: file is empty")
        if fmt == "txt":
            _read_txt(f, data, res)
        elif fmt == "jsonl":
            _read_jsonl(f, data, res)
        elif fmt == "json":
            _read_json(f, data, res)
        else:
            _read_html(f, data, res)
    except IngestError as e:
        res.reject(str(e), e.line, e.raw)
    except OSError as e:
        res.reject(f"{f.rel}: cannot read file: {e.strerror or e}")
    return res


def _gunzip(data: bytes, rel: str, max_bytes: int) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, max_bytes + 1)
        if len(out) > max_bytes:
            raise IngestError(f"{rel}: decompressed size is over the {max_bytes}-byte limit")
        if not d.eof:
            raise IngestError(f"{rel}: gzip stream is truncated (ends before its last block)")
        return out
    except (zlib.error, EOFError, gzip.BadGzipFile) as e:
        raise IngestError(f"{rel}: not a valid gzip file: {e}") from None


def decode(data: bytes, rel: str) -> str:
    """Bytes to text: BOMs honoured, UTF-8 preferred, else charset detection; binary rejected."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", rel)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", rel)
    if b"\x00" in data[:4096]:
        raise IngestError(f"{rel}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "utf-8"}:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise IngestError(
            f"{rel}: line {line}: invalid bytes for UTF-8 at byte {utf8_error.start} and no other encoding fits",
            line,
            data.decode("utf-8", "replace"),
        )
    return str(best)


def _strict(data: bytes, encoding: str, rel: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise IngestError(f"{rel}: line {line}: invalid bytes for {encoding} at byte {e.start}", line, data.decode(encoding, "replace")) from None


def _record(f: InputFile, res: FileResult, text: str, raw: bytes, meta: dict[str, object], line: int | None, dct_source: str = "metadata") -> None:
    meta = {**f.meta, **meta}
    uri = f.rel if line is None else f"{f.rel}#L{line}"
    where = f"{f.rel}" + (f": line {line}" if line else "")
    if not isinstance(text, str) or not text.strip():
        res.reject(f"{where}: text is empty or whitespace only", line, raw.decode("utf-8", "replace"))
        return
    unknown = sorted(set(meta) - KNOWN_META)
    if unknown:
        res.warnings.append(f"{where}: unknown metadata fields ignored: {', '.join(unknown)}")
    published = meta.get("published_at") or meta.get("date")
    try:
        dates.parse_published_at(published)
    except ValueError as e:
        res.reject(f"{where}: published_at: {e}", line, raw.decode("utf-8", "replace"))
        return
    res.records.append(
        RawRecord(
            source_uri=uri,
            path=f.rel,
            line=line,
            text=text,
            sha256=hashlib.sha256(raw).hexdigest(),
            source_id=_str(meta.get("id")) or (Path(f.rel).name.split(".")[0] if line is None else None),
            title=_str(meta.get("title")),
            published_at=_str(published),
            dct_source=dct_source if published else "none",
            url=_str(meta.get("url")),
            source=_str(meta.get("source")),
        )
    )


def _str(v: object) -> str | None:
    return None if v is None or v == "" else str(v)


def _read_txt(f: InputFile, data: bytes, res: FileResult) -> None:
    text = decode(data, f.rel)
    meta: dict[str, object] = {}
    sidecar = f.path.with_suffix(".json") if not f.path.name.endswith(".gz") else None
    if sidecar and sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise IngestError(f"{f.rel}: sidecar {sidecar.name} is not valid JSON: {e}") from None
        if not isinstance(loaded, dict):
            raise IngestError(f"{f.rel}: sidecar {sidecar.name} must hold one JSON object")
        meta = loaded
    _record(f, res, text, data, meta, None)


def _read_jsonl(f: InputFile, data: bytes, res: FileResult) -> None:
    text = decode(data, f.rel)
    for n, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            res.reject(f"{f.rel}: line {n}: malformed JSON ({e.msg} at column {e.colno})", n, line)
            continue
        if not isinstance(obj, dict):
            res.reject(f"{f.rel}: line {n}: expected a JSON object, got {type(obj).__name__}", n, line)
            continue
        if "text" not in obj:
            res.reject(f"{f.rel}: line {n}: no \"text\" field", n, line)
            continue
        _record(f, res, obj.get("text"), line.encode(), {k: v for k, v in obj.items() if k != "text"}, n)


def _read_json(f: InputFile, data: bytes, res: FileResult) -> None:
    text = decode(data, f.rel)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(f"{f.rel}: line {e.lineno}: malformed JSON ({e.msg})", e.lineno, text) from None
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items, start=1):
        raw = json.dumps(item, ensure_ascii=False).encode()
        if not isinstance(item, dict) or "text" not in item:
            res.reject(f"{f.rel}: item {i}: expected an object with a \"text\" field", None, raw.decode())
            continue
        _record(f, res, item.get("text"), raw, {k: v for k, v in item.items() if k != "text"}, i if isinstance(obj, list) else None)


def _read_html(f: InputFile, data: bytes, res: FileResult) -> None:
    import trafilatura  # heavy import, only for HTML inputs

    html = decode(data, f.rel)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, as_dict=True)
    if not doc or not (doc.get("text") or "").strip():
        raise IngestError(f"{f.rel}: no article text found in the HTML")
    meta = {"title": doc.get("title"), "published_at": doc.get("date"), "url": doc.get("url")}
    _record(f, res, doc["text"], data, {k: v for k, v in meta.items() if v}, None, dct_source="html")


# -- batching ------------------------------------------------------------------------------


def batches(files: Sequence[InputFile], batch_size: int) -> Iterator[list[InputFile]]:
    """Groups of files of about ``batch_size`` records (a JSONL file counts by its size)."""
    group: list[InputFile] = []
    weight = 0
    for f in files:
        w = _estimated_records(f)
        if group and weight + w > batch_size:
            yield group
            group, weight = [], 0
        group.append(f)
        weight += w
    if group:
        yield group


def _estimated_records(f: InputFile) -> int:
    if f.path.suffix.lower() in {".jsonl", ".ndjson", ".json", ".gz"}:
        try:
            return max(1, f.path.stat().st_size // 4096)
        except OSError:
            return 1
    return 1


def read_batch(files: Sequence[InputFile], root: Path, max_bytes: int) -> list[FileResult]:
    return [read_file(f, root, max_bytes) for f in files]


@dataclass(frozen=True)
class Plan:
    """What one run will read, and the content id of the run."""

    root: Path
    files: tuple[InputFile, ...]
    run_id: str
    fingerprint: str

    def batches(self, batch_size: int) -> list[list[InputFile]]:
        return list(batches(self.files, batch_size))


def plan_run(input_path: Path, logical_date: date, salt: str) -> Plan:
    """Discover inputs and derive the run id from their content, the date and ``salt``
    (code version and output-affecting settings): the same input gives the same id."""
    files = discover(input_path, logical_date)
    h = hashlib.sha256(f"{logical_date.isoformat()}|{salt}".encode())
    for f in files:
        h.update(f.rel.encode())
        h.update(b"\0")
        try:
            with f.path.open("rb") as fh:
                h.update(hashlib.file_digest(fh, "sha256").digest())
        except OSError as e:
            h.update(str(e).encode())
        sidecar = f.path.with_suffix(".json")
        if f.path.suffix == ".txt" and sidecar.exists():
            h.update(sidecar.read_bytes())
        h.update(json.dumps(f.meta, sort_keys=True).encode())
    digest = h.hexdigest()
    return Plan(input_root(input_path), tuple(files), digest[:16], digest)


def log_rows(files: Sequence[FileResult], rejects: Sequence[Reject], duplicates: set[str], loaded: set[str]) -> list[dict[str, object]]:
    """One ``ingest_log`` row per file, from what became of its records."""
    by_path: dict[str, list[Reject]] = {}
    for x in rejects:
        by_path.setdefault(x.path, []).append(x)
    rows = []
    for r in files:
        uris = [rec.source_uri for rec in r.records]
        n_dup = sum(u in duplicates for u in uris)
        n_loaded = sum(u in loaded for u in uris)
        file_rejects = by_path.get(r.path, [])
        n_rej = len(file_rejects)
        n = len(uris) + sum(1 for x in r.rejects)
        if n_rej and not n_loaded and not n_dup:
            status = "rejected"
        elif n_rej:
            status = "partial"
        elif n_dup and not n_loaded:
            status = "duplicate"
        else:
            status = "loaded"
        first = min(file_rejects, key=lambda x: x.line or 0) if file_rejects else None
        error = first.reason if first else None
        if r.warnings and not error:
            error = "warning: " + "; ".join(r.warnings[:3])
        rows.append({
            "path": r.path, "sha256": r.sha256, "size_bytes": r.size_bytes, "format": r.format,
            "status": status, "n_records": n, "n_loaded": n_loaded, "n_duplicate": n_dup,
            "n_rejected": n_rej, "error": error, "error_line": first.line if first else None,
        })
    return rows


def reject_rows(rejects: Sequence[Reject]) -> list[dict[str, object]]:
    return [{"path": r.path, "line": r.line, "reason": r.reason, "raw": r.raw} for r in rejects]


@task(name="plan", retries=2, retry_delay_seconds=1)
def plan_task(input_path: Path, logical_date: date, salt: str) -> Plan:
    return plan_run(input_path, logical_date, salt)


@task(name="ingest", retries=2, retry_delay_seconds=1)
def ingest_task(files: list[InputFile], root: Path, max_bytes: int) -> list[FileResult]:
    return read_batch(files, root, max_bytes)
