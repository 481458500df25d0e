"""Ingest: find input files, read every format into raw records, and explain every rejection.

Nothing read is lost: a file becomes records, or a logged rejection naming the file (and the
line, for line-based formats) with the raw content kept in ``rejects``.

Line-based files (``.jsonl``/``.ndjson``) and ``.json`` files holding an array, gzipped or not,
are streamed: ``Plan.batches`` reads them lazily, a batch's worth of lines (array elements) at a
time, so a big file spans several batches and never sits whole in memory. Each batch then logs a partial ``ingest_log`` row for the file, and
landing merges them into one row per path (``tasks.land``).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from charset_normalizer import from_bytes
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import dates

TEXT_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html", ".htm": "html"}
MANIFEST_NAMES = {"manifest.csv", "_manifest.csv"}
KNOWN_META = {"id", "text", "title", "published_at", "source", "url", "date", "language", "encoding"}
MAX_RAW_KEPT = 64 * 1024
#: spaCy's ``nlp.max_length``: its parser needs about 1 GB per 100,000 characters, so a longer body
#: would fail its whole batch; it is refused here, on its own, with a message.
MAX_TEXT_CHARS = 1_000_000
#: A document dated more than this after the run's reference time is "from the future".
FUTURE_TOLERANCE = timedelta(days=1)
_DAY_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


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
    role: str = "input"
    """``input`` (read it), ``manifest`` (the manifest CSV itself), ``skip`` (logged as skipped,
    not read) or ``bad`` (logged as rejected with ``note``, not read)."""
    note: str | None = None
    """Why a ``skip`` or ``bad`` file is not read."""


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
    """What one file (or, for a streamed file, one batch's slice of it) gave."""

    path: str
    sha256: str | None
    size_bytes: int | None
    format: str | None
    records: list[RawRecord] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: str | None = None
    """Why the file was deliberately not read (status ``skipped``)."""
    listed: int = 0
    """For a manifest: its rows (the files it lists are logged on their own)."""

    def reject(self, reason: str, line: int | None = None, raw: str | None = None) -> None:
        self.rejects.append(Reject(self.path, line, reason, raw[:MAX_RAW_KEPT] if raw else raw))


@dataclass(frozen=True)
class Line:
    """One line of a streamed file: its number, its decoded text, or why it could not be read."""

    n: int
    text: str
    error: str | None = None
    item: int | None = None
    """For an element of a JSON array: its 1-based position (``n`` is the line it starts on)."""


@dataclass(frozen=True)
class Chunk:
    """The lines of a streamed file that fall into one batch."""

    file: InputFile
    lines: tuple[Line, ...]
    size_bytes: int | None
    last: bool
    sha256: str | None = None
    """Known once the whole file was read: set on the last chunk only."""
    empty: bool = False
    """On the last chunk: the whole file held no non-blank line."""


Work = InputFile | Chunk


# -- discovery -----------------------------------------------------------------------------


def is_landing_area(path: Path) -> bool:
    """A folder with ``YYYY-MM-DD`` sub-folders: each day's input is its own folder."""
    return path.is_dir() and any(p.is_dir() and _DAY_DIR.match(p.name) for p in path.iterdir())


def landing_days(path: Path) -> list[date]:
    """The days a landing area has a ``YYYY-MM-DD`` folder for, in order (none for any other input)."""
    if not path.is_dir():
        return []
    days = []
    for p in path.iterdir():
        if p.is_dir() and _DAY_DIR.match(p.name):
            with contextlib.suppress(ValueError):  # 2020-13-45 names no day
                days.append(date.fromisoformat(p.name))
    return sorted(days)


def input_root(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def sidecar_of(path: Path) -> Path | None:
    """The metadata sidecar ``<stem>.json`` of a ``.txt`` or ``.txt.gz`` file."""
    name = path.name
    for suffix in (".txt", ".txt.gz"):
        if name.lower().endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".json")
    return None


def discover(path: Path, logical_date: date) -> list[InputFile]:
    """Input files under ``path`` in a stable order.

    A folder whose sub-folders are named ``YYYY-MM-DD`` is a landing area: only the folder of
    ``logical_date`` is read. Sidecar ``.json`` files next to a same-named ``.txt`` are metadata,
    not inputs; a ``manifest.csv`` lists files with their metadata (other files are logged as
    skipped). A symlink that loops is logged, never followed twice.
    """
    if not path.exists() and not path.is_symlink():
        raise FileNotFoundError(f"input not found: {path}")
    if not path.is_dir():
        return [InputFile(path, path.name)]
    root = path
    day_dirs = [p for p in path.iterdir() if p.is_dir() and _DAY_DIR.match(p.name)]
    if day_dirs:
        path = root / logical_date.isoformat()
        if not path.is_dir():
            return []
    files = _walk(path, root)
    manifests = [f for f in files if f.path.name in MANIFEST_NAMES and f.path.parent == path]
    if manifests:
        return _from_manifest(manifests[0], root, files)
    return files


def _walk(path: Path, root: Path) -> list[InputFile]:
    files: list[InputFile] = []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(path, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen_dirs:  # reached again through a symlink: a loop
            dirnames[:] = []
            rel = Path(dirpath).relative_to(root).as_posix()
            files.append(InputFile(Path(dirpath), rel, role="bad",
                                   note=f"{rel}: symlink loop (points back to a folder already read); not followed"))
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        names = set(filenames)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if name.endswith(".json") and ({name[:-5] + ".txt", name[:-5] + ".txt.gz"} & names):
                continue  # sidecar
            files.append(InputFile(p, p.relative_to(root).as_posix()))
    return files


def _from_manifest(manifest: InputFile, root: Path, present: list[InputFile]) -> list[InputFile]:
    """The manifest, the files it lists (with its metadata), and the unlisted files as skipped."""
    out = [InputFile(manifest.path, manifest.rel, role="manifest")]
    listed: set[Path] = set()
    try:
        rows = _manifest_rows(manifest.path)
    except (OSError, UnicodeDecodeError, csv.Error):
        rows = []  # read_file explains
    for _, row in rows:
        rel = (row.get("path") or "").strip()
        if not rel:
            continue  # rejected with its line when the manifest is read
        target = manifest.path.parent / rel
        listed.add(Path(os.path.abspath(target)))
        meta = {k: v for k, v in row.items() if k and k != "path" and v}
        out.append(InputFile(target, (target.relative_to(root).as_posix() if _inside(target, root) else rel), meta))
    for f in present:
        if f.role != "input":
            out.append(f)
        elif f.path != manifest.path and Path(os.path.abspath(f.path)) not in listed:
            out.append(InputFile(f.path, f.rel, role="skip", note=f"{f.rel}: not listed in {manifest.rel}; not read"))
    return out


def _manifest_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        return [(reader.line_num, row) for row in reader]


def _inside(path: Path, root: Path) -> bool:
    try:
        return root.resolve() in path.resolve().parents
    except (OSError, RuntimeError):
        return Path(os.path.abspath(root)) in Path(os.path.abspath(path)).parents


# -- reading -------------------------------------------------------------------------------


def read_file(f: InputFile, root: Path, max_bytes: int, not_after: datetime | None = None) -> FileResult:
    """Read one input file into records; never raises for bad content."""
    res = FileResult(f.rel, None, None, None)
    try:
        if f.role == "skip":
            res.skipped = f.note
            return res
        if f.role == "bad":
            raise IngestError(f.note or f"{f.rel}: not read")
        res.size_bytes = precheck(f, root, max_bytes)
        data = f.path.read_bytes()
        res.sha256 = hashlib.sha256(data).hexdigest()
        if f.role == "manifest":
            res.format = "csv-manifest"
            _check_manifest(f, res)
            return res
        name = f.path.name.lower()
        if name.endswith(".gz"):
            data = _gunzip(data, f.rel, max_bytes)
            name = name[:-3]
        fmt = TEXT_SUFFIXES.get(Path(name).suffix)
        res.format = fmt
        if fmt is None:
            raise IngestError(f"{f.rel}: unsupported file type {Path(name).suffix or '(none)'!r}; expected .txt, .jsonl, .ndjson, .json, .html or .gz of these")
        if not data.strip():
            raise IngestError(f"{f.rel}: file is empty" if not data else f"{f.rel}: file holds only whitespace")
        if fmt == "txt":
            _read_txt(f, data, res, not_after)
        elif fmt == "jsonl":
            _parse_lines(f, res, _split_lines(decode(data, f.rel)), not_after)
        elif fmt == "json":
            _read_json(f, data, res, not_after)
        else:
            _read_html(f, data, res, not_after)
    except IngestError as e:
        res.reject(str(e), e.line, e.raw)
    except OSError as e:
        res.reject(_os_message(f.rel, e))
    return res


def precheck(f: InputFile, root: Path, max_bytes: int) -> int:
    """The file's size, after checking it is inside the root, readable and under the size limit."""
    if not _inside(f.path, root):
        raise IngestError(f"{f.rel}: path is outside the input root {root.name}/; not read")
    size = f.path.stat().st_size
    if f.path.is_dir():
        raise IngestError(f"{f.rel}: is a folder, not a file")
    if size > max_bytes:
        raise IngestError(f"{f.rel}: file is {size} bytes, over the {max_bytes}-byte size limit (NEWSETL_MAX_FILE_BYTES); not read")
    return size


def _os_message(rel: str, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return f"{rel}: symlink loop (too many levels of symbolic links); not read"
    if e.errno == errno.ENOENT:
        return f"{rel}: file not found (missing, or a broken symlink); not read"
    if e.errno == errno.EACCES:
        return f"{rel}: unreadable file (permission denied); not read"
    return f"{rel}: cannot read file: {e.strerror or e}"


def _check_manifest(f: InputFile, res: FileResult) -> None:
    try:
        rows = _manifest_rows(f.path)
    except (UnicodeDecodeError, csv.Error) as e:
        raise IngestError(f"{f.rel}: manifest is not a readable UTF-8 CSV: {e}") from None
    if rows and "path" not in rows[0][1]:
        raise IngestError(f"{f.rel}: manifest has no 'path' column (expected path, published_at, title, source, url)", 1)
    res.listed = len(rows)
    for n, row in rows:
        if not (row.get("path") or "").strip():
            res.reject(f"{f.rel}: line {n}: manifest row has no path", n, json.dumps(row, ensure_ascii=False))


def _gunzip(data: bytes, rel: str, max_bytes: int) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, max_bytes + 1)
        if len(out) > max_bytes:
            raise IngestError(f"{rel}: decompressed size is over the {max_bytes}-byte size limit (NEWSETL_MAX_FILE_BYTES)")
        if not d.eof:
            raise IngestError(f"{rel}: gzip stream is truncated (ends before its last block)")
        return out
    except (zlib.error, EOFError, gzip.BadGzipFile) as e:
        raise IngestError(f"{rel}: not a valid gzip file: {e}") from None


def decode(data: bytes, rel: str, declared: str | None = None) -> str:
    """Bytes to text: a declared encoding or a BOM is obeyed strictly, else UTF-8 is preferred,
    else charset detection; binary is rejected."""
    if declared:
        return _strict(data, declared, rel, "declared ")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", rel, "BOM-declared ")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", rel, "BOM-declared ")
    nul = data.find(b"\x00")
    if nul >= 0:
        # anywhere in the file, not only its head: a NUL deep in a text file would otherwise land in the body
        line = data[:nul].count(b"\n") + 1
        raise IngestError(f"{rel}: line {line}: NUL byte at byte {nul}; looks like a binary file, not text", line,
                          data[:MAX_RAW_KEPT].decode("utf-8", "replace"))
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


def _strict(data: bytes, encoding: str, rel: str, how: str = "") -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise IngestError(f"{rel}: unknown {how}encoding {encoding!r}") from None
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise IngestError(f"{rel}: line {line}: invalid bytes for the {how}encoding {encoding} at byte {e.start}", line, data.decode(encoding, "replace")) from None


def check_published_at(value: object, not_after: datetime | None) -> None:
    """Raise ValueError for a date that cannot be parsed or lies after ``not_after``."""
    published = dates.parse_published_at(value)
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=UTC)  # naive times are UTC (the contract of dates)
    if published is not None and not_after is not None and published > not_after:
        raise ValueError(f"{value!r} is in the future (after {not_after.isoformat()}, this run's reference time)")


def _record(f: InputFile, res: FileResult, text: object, raw: bytes, meta: dict[str, object], line: int | None,
            not_after: datetime | None, dct_source: str = "metadata", where: str | None = None, uri: str | None = None) -> None:
    meta = {**f.meta, **meta}
    uri = uri or (f.rel if line is None else f"{f.rel}#L{line}")
    where = where or (f"{f.rel}" + (f": line {line}" if line else ""))
    if not isinstance(text, str) or not text.strip():
        what = "text is not a string" if not isinstance(text, str) else ("text is empty" if not text else "text is whitespace only")
        res.reject(f"{where}: {what}", line, raw.decode("utf-8", "replace"))
        return
    if len(text) > MAX_TEXT_CHARS:
        res.reject(f"{where}: text is {len(text):,} characters long, over the {MAX_TEXT_CHARS:,} the NLP model "
                   "parses in one document; split the article", line, text[:MAX_RAW_KEPT])
        return
    unknown = sorted(set(meta) - KNOWN_META)
    if unknown:
        res.warnings.append(f"{where}: unknown metadata fields ignored: {', '.join(unknown)}")
    published = meta.get("published_at") or meta.get("date")
    try:
        check_published_at(published, not_after)
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


def _read_txt(f: InputFile, data: bytes, res: FileResult, not_after: datetime | None) -> None:
    meta: dict[str, object] = {}
    sidecar = sidecar_of(f.path)
    if sidecar and sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise IngestError(f"{f.rel}: sidecar {sidecar.name} is not valid JSON: {e}") from None
        if not isinstance(loaded, dict):
            raise IngestError(f"{f.rel}: sidecar {sidecar.name} must hold one JSON object")
        meta = loaded
    declared = meta.get("encoding") or f.meta.get("encoding")
    text = decode(data, f.rel, str(declared) if declared else None)
    _record(f, res, text, data, meta, None, not_after)


def _read_json(f: InputFile, data: bytes, res: FileResult, not_after: datetime | None) -> None:
    text = decode(data, f.rel)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(f"{f.rel}: line {e.lineno}: malformed JSON ({_json_error(e)})", e.lineno, text) from None
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items, start=1):
        raw = json.dumps(item, ensure_ascii=False).encode()
        where = f"{f.rel}: item {i}" if isinstance(obj, list) else f.rel
        if not isinstance(item, dict) or "text" not in item:
            res.reject(f"{where}: expected an object with a \"text\" field", None, raw.decode())
            continue
        _record(f, res, item.get("text"), raw, {k: v for k, v in item.items() if k != "text"},
                i if isinstance(obj, list) else None, not_after, where=where,
                uri=f"{f.rel}#item{i}" if isinstance(obj, list) else None)


def _read_html(f: InputFile, data: bytes, res: FileResult, not_after: datetime | None) -> None:
    import trafilatura  # heavy import, only for HTML inputs

    m = _HTML_CHARSET.search(data[:4096])
    html = decode(data, f.rel, m.group(1).decode("ascii") if m else None)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"original_date": True, "extensive_search": False})
    doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    if not doc or not (doc.get("text") or "").strip():
        raise IngestError(f"{f.rel}: no article text found in the HTML")
    meta = {"title": doc.get("title"), "published_at": doc.get("date"), "url": doc.get("url")}
    _record(f, res, doc["text"], data, {k: v for k, v in meta.items() if v}, None, not_after, dct_source="html")


# -- line-based files, streamed ----------------------------------------------------------


def is_streamed(f: InputFile, root: Path) -> bool:
    name = f.path.name.lower().removesuffix(".gz")
    fmt = TEXT_SUFFIXES.get(Path(name).suffix)
    # a file outside the root is not even peeked at: read_file rejects it
    return f.role == "input" and (fmt == "jsonl" or (fmt == "json" and _inside(f.path, root) and is_json_array(f)))


def is_json_array(f: InputFile) -> bool:
    """True when the (gzipped) ``.json`` file's first non-blank character opens an array."""
    try:
        with f.path.open("rb") as fh:
            head = (gzip.GzipFile(fileobj=fh) if f.path.name.lower().endswith(".gz") else fh).read(4096)
    except (OSError, EOFError, zlib.error):
        return False  # read_file reports it
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[:4094].decode("utf-16", "ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore")
    return text.lstrip(" \t\r\n").startswith("[")


class _Hashing(io.RawIOBase):
    """A read-only stream that hashes the bytes read through it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.sha = raw, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(b)  # type: ignore[attr-defined]
        self.sha.update(memoryview(b)[:n])
        return n


class LineReader:
    """Iterate the lines of a (gzipped) JSONL file lazily, decoded, with their numbers.

    A problem that stops the reading (truncated gzip, size limit) becomes a last ``Line`` with
    an ``error``; the lines before it stand. ``sha256`` and ``nonblank`` are final once iterated.
    """

    def __init__(self, f: InputFile, max_bytes: int) -> None:
        self.f, self.max_bytes = f, max_bytes
        self.sha256: str | None = None
        self.nonblank = 0

    def __iter__(self) -> Iterator[Line]:
        rel = self.f.rel
        n = 0
        with self.f.path.open("rb") as fh:
            hashing = _Hashing(fh)
            gz = self.f.path.name.lower().endswith(".gz")
            stream: IO[bytes] = gzip.GzipFile(fileobj=io.BufferedReader(hashing)) if gz else io.BufferedReader(hashing)  # type: ignore[arg-type]
            total = 0
            try:
                head = stream.peek(4) if hasattr(stream, "peek") else b""  # type: ignore[attr-defined]
                if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                    lines: Iterator[bytes | str] = io.TextIOWrapper(stream, encoding="utf-16", newline="")
                else:
                    lines = iter(stream)
                for raw in lines:
                    n += 1
                    total += len(raw)
                    if gz and total > self.max_bytes:
                        self.nonblank += 1
                        yield Line(n, "", f"{rel}: line {n}: decompressed size is over the {self.max_bytes}-byte size limit (NEWSETL_MAX_FILE_BYTES); the rest is not read")
                        break
                    line = self._decode(raw, n)
                    if line.text.strip() or line.error:
                        self.nonblank += 1
                        yield line
            except (EOFError, zlib.error, gzip.BadGzipFile) as e:
                what = "gzip stream is truncated" if isinstance(e, EOFError) else f"not a valid gzip file ({e})"
                self.nonblank += 1
                yield Line(n + 1, "", f"{rel}: line {n + 1}: {what}; lines after {n} are lost" if n else f"{rel}: {what}")
            except UnicodeDecodeError as e:
                self.nonblank += 1
                yield Line(n + 1, "", f"{rel}: line {n + 1}: invalid bytes for the BOM-declared encoding utf-16 ({e.reason}); the rest is not read")
            hashing.sha.update(fh.read())  # whatever the decoder left unread: the hash covers the whole file
            self.sha256 = hashing.sha.hexdigest()

    def _decode(self, raw: bytes | str, n: int) -> Line:
        if isinstance(raw, str):
            return Line(n, raw.removeprefix("\ufeff"))
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if b"\x00" in raw:
            return Line(n, raw.decode("utf-8", "replace"), f"{self.f.rel}: line {n}: binary content (NUL bytes), not text")
        try:
            return Line(n, raw.decode("utf-8"))
        except UnicodeDecodeError as e:
            return Line(n, raw.decode("utf-8", "replace"), f"{self.f.rel}: line {n}: invalid bytes for UTF-8 at column {e.start + 1} (JSON Lines must be UTF-8)")


class ArrayReader:
    """Iterate the elements of a (gzipped) JSON array lazily, each as a ``Line`` holding the
    element's exact source text, the line it starts on and its position.

    JSON is read as UTF-8 (or UTF-16 with a BOM), as RFC 8259 asks. Malformed JSON cannot be
    resynchronized: the elements before it stand, and a last ``Line`` with an ``error`` names the
    line and keeps the unread rest (up to 64 KiB). ``sha256`` and ``nonblank`` are final once iterated.
    """

    CHUNK = 1 << 20
    _WS = re.compile(r"[ \t\r\n]*")

    def __init__(self, f: InputFile, max_bytes: int) -> None:
        self.f, self.max_bytes = f, max_bytes
        self.sha256: str | None = None
        self.nonblank = 0
        self._buf, self._pos, self._line, self._eof, self._read = "", 0, 1, False, 0

    def __iter__(self) -> Iterator[Line]:
        with self.f.path.open("rb") as fh:
            hashing = _Hashing(fh)
            gz = self.f.path.name.lower().endswith(".gz")
            stream: IO[bytes] = gzip.GzipFile(fileobj=io.BufferedReader(hashing)) if gz else io.BufferedReader(hashing)  # type: ignore[arg-type]
            head = stream.peek(4) if hasattr(stream, "peek") else b""  # type: ignore[attr-defined]
            encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
            self._text = io.TextIOWrapper(stream, encoding=encoding, newline="")
            try:
                yield from self._elements()
            except (EOFError, zlib.error, gzip.BadGzipFile) as e:
                what = "gzip stream is truncated" if isinstance(e, EOFError) else f"not a valid gzip file ({e})"
                yield self._stop(f"{what}; the rest is lost")
            except UnicodeDecodeError as e:
                yield self._stop(f"invalid bytes for {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} ({e.reason}; JSON must be UTF-8); the rest is not read")
            except _TooBig:
                yield self._stop(f"decompressed size is over the {self.max_bytes}-byte size limit (NEWSETL_MAX_FILE_BYTES); the rest is not read")
            hashing.sha.update(fh.read())
            self.sha256 = hashing.sha.hexdigest()

    def _elements(self) -> Iterator[Line]:
        decoder = json.JSONDecoder()
        self._skip_ws()
        if not self._at("["):
            yield self._stop("expected a JSON array")
            return
        self._advance(1)
        item = 0
        while True:
            self._skip_ws()
            if self._at("]"):
                self._advance(1)
                self._skip_ws()
                if self._pos < len(self._buf):
                    yield self._stop("unexpected content after the closing ']' of the array; it is not read")
                return
            if item:
                if not self._at(","):
                    yield self._stop("malformed JSON (expected ',' or ']' between array elements)")
                    return
                self._advance(1)
                self._skip_ws()
            while True:
                try:
                    _, end = decoder.raw_decode(self._buf, self._pos)
                except json.JSONDecodeError as e:
                    if self._fill():
                        continue  # the element runs past what is read so far
                    line = self._line + self._buf.count("\n", self._pos, e.pos)
                    yield self._stop(f"malformed JSON ({e.msg}); the rest is not read", line)
                    return
                if end == len(self._buf) and self._fill():
                    continue  # a number (or literal) may go on in the next piece
                break
            item += 1
            self.nonblank += 1
            yield Line(self._line, self._buf[self._pos:end], None, item)
            self._advance(end - self._pos)

    def _fill(self) -> bool:
        """Read the next piece; False at the end of the file."""
        if self._eof:
            return False
        piece = self._text.read(self.CHUNK)
        self._read += len(piece)
        if self._read > self.max_bytes:
            raise _TooBig
        if not piece:
            self._eof = True
            return False
        self._buf = self._buf[self._pos:] + piece
        self._pos = 0
        return True

    def _at(self, char: str) -> bool:
        if self._pos >= len(self._buf):
            self._fill()
        return self._buf.startswith(char, self._pos)

    def _skip_ws(self) -> None:
        while True:
            end = self._WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            self._advance(end - self._pos)
            if self._pos < len(self._buf) or not self._fill():
                return

    def _advance(self, n: int) -> None:
        self._line += self._buf.count("\n", self._pos, self._pos + n)
        self._pos += n

    def _stop(self, why: str, line: int | None = None) -> Line:
        self.nonblank += 1
        n = line or self._line
        rest = self._buf[self._pos : self._pos + MAX_RAW_KEPT]
        return Line(n, rest, f"{self.f.rel}: line {n}: {why}")


class _TooBig(Exception):
    pass


def _json_error(e: json.JSONDecodeError) -> str:
    """The decoder's message with its column once: some messages already end in "at" ("Invalid control
    character at"), which "at column N" doubled."""
    return f"{e.msg.removesuffix(' at')} at column {e.colno}"


def _split_lines(text: str) -> list[Line]:
    return [Line(n, s) for n, s in enumerate(io.StringIO(text), start=1) if s.strip()]


def read_chunk(c: Chunk, not_after: datetime | None = None) -> FileResult:
    """Parse one batch's lines of a streamed file."""
    fmt = "json" if TEXT_SUFFIXES.get(Path(c.file.path.name.lower().removesuffix(".gz")).suffix) == "json" else "jsonl"
    res = FileResult(c.file.rel, c.sha256, c.size_bytes, fmt)
    _parse_lines(c.file, res, c.lines, not_after)
    if c.last and c.empty:
        held = "an empty JSON array" if fmt == "json" else "no JSON lines (only whitespace)"
        res.reject(f"{c.file.rel}: file is empty" if not c.size_bytes else f"{c.file.rel}: file holds {held}")
    return res


def _parse_lines(f: InputFile, res: FileResult, lines: Sequence[Line], not_after: datetime | None) -> None:
    for ln in lines:
        n, line = ln.n, ln.text
        if ln.error:
            res.reject(ln.error, n, line or None)
            continue
        where = f"{f.rel}: item {ln.item} (line {n})" if ln.item else f"{f.rel}: line {n}"
        try:
            # without its line break, a string left open reads "Unterminated string", not "Invalid control character"
            obj = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as e:
            res.reject(f"{where}: malformed JSON ({_json_error(e)})", n, line)
            continue
        if not isinstance(obj, dict):
            res.reject(f"{where}: expected a JSON object, got {type(obj).__name__}", n, line)
            continue
        if "text" not in obj:
            res.reject(f"{where}: no \"text\" field", n, line)
            continue
        _record(f, res, obj.get("text"), line.encode(), {k: v for k, v in obj.items() if k != "text"}, n, not_after,
                where=where, uri=f"{f.rel}#item{ln.item}" if ln.item else None)


# -- batching ------------------------------------------------------------------------------


def batches(files: Sequence[InputFile], batch_size: int, root: Path, max_bytes: int) -> Iterator[list[Work]]:
    """Lazily, groups of about ``batch_size`` records: whole files count one each; a streamed
    file is cut into ``Chunk``s of lines, read only when its batch is due."""
    group: list[Work] = []
    weight = 0
    for f in files:
        if not is_streamed(f, root):
            group.append(f)
            weight += 1
        else:
            started = False
            pending: list[Line] = []
            try:
                size = precheck(f, root, max_bytes)
                reader: LineReader | ArrayReader = ArrayReader(f, max_bytes) if f.path.name.lower().removesuffix(".gz").endswith(".json") else LineReader(f, max_bytes)
                for line in reader:
                    pending.append(line)
                    weight += 1
                    if weight >= batch_size:
                        group.append(Chunk(f, tuple(pending), size, last=False))
                        started = True
                        yield group
                        group, weight, pending = [], 0, []
                group.append(Chunk(f, tuple(pending), size, last=True, sha256=reader.sha256, empty=reader.nonblank == 0))
            except (IngestError, OSError) as e:
                if not started:
                    group.append(f)  # read_file rejects it with the reason
                else:  # failed half-way: keep what was read, log why the rest is missing
                    n = pending[-1].n + 1 if pending else 0
                    msg = str(e) if isinstance(e, IngestError) else _os_message(f.rel, e)
                    group.append(Chunk(f, (*pending, Line(n, "", f"{msg} (after a part of the file was read)")), None, last=True))
                weight += 1
        if weight >= batch_size:
            yield group
            group, weight = [], 0
    if group:
        yield group


def read_batch(items: Sequence[Work], root: Path, max_bytes: int, not_after: datetime | None = None) -> list[FileResult]:
    return [read_chunk(w, not_after) if isinstance(w, Chunk) else read_file(w, root, max_bytes, not_after) for w in items]


@dataclass(frozen=True)
class Plan:
    """What one run will read, and the content id of the run."""

    root: Path
    files: tuple[InputFile, ...]
    run_id: str
    fingerprint: str
    max_bytes: int = 1 << 30
    not_after: datetime | None = None
    """Documents dated after this are rejected as from the future: a day after the later of the
    run's start and the end of its logical date (a day of slack for sloppy time zones)."""

    def batches(self, batch_size: int) -> Iterator[list[Work]]:
        return batches(self.files, batch_size, self.root, self.max_bytes)


def default_logical_date(auto_scheduled: bool, expected_start: datetime | None, now: datetime) -> date:
    """The date a run lands when none is given.

    A run its schedule made lands the UTC day before its expected start: a 06:00 run would otherwise
    read a folder that is still filling, and files arriving later that day would never land. A
    late or retried scheduled run keeps its own day. An ad-hoc run lands the current UTC day.
    """
    if auto_scheduled and expected_start is not None:
        return expected_start.astimezone(UTC).date() - timedelta(days=1)
    return now.astimezone(UTC).date()


def future_cutoff(logical_date: date, started_at: datetime) -> datetime:
    end_of_day = datetime.combine(logical_date + timedelta(days=1), time(), UTC)
    return max(started_at, end_of_day) + FUTURE_TOLERANCE


def plan_run(input_path: Path, logical_date: date, salt: str, max_bytes: int = 1 << 30, started_at: datetime | None = None) -> Plan:
    """Discover inputs and derive the run id from their content, the date and ``salt``
    (code version and output-affecting settings): the same input gives the same id."""
    files = discover(input_path, logical_date)
    h = hashlib.sha256(f"{logical_date.isoformat()}|{salt}".encode())
    for f in files:
        h.update(f"{f.rel}|{f.role}".encode())
        h.update(b"\0")
        try:
            with f.path.open("rb") as fh:
                h.update(hashlib.file_digest(fh, "sha256").digest())
        except OSError as e:
            h.update(str(e).encode())
        sidecar = sidecar_of(f.path)
        if sidecar is not None and sidecar.is_file():
            h.update(sidecar.read_bytes())
        h.update(json.dumps(f.meta, sort_keys=True).encode())
    digest = h.hexdigest()
    started = started_at or datetime.now(UTC)
    return Plan(input_root(input_path), tuple(files), digest[:16], digest, max_bytes, future_cutoff(logical_date, started))


def log_rows(files: Sequence[FileResult], rejects: Sequence[Reject], duplicates: set[str], loaded: set[str]) -> list[dict[str, object]]:
    """One ``ingest_log`` row per file (per slice of a streamed file: landing merges them)."""
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
        n = r.listed or len(uris) + len(r.rejects)
        status = file_status(n_loaded + max(0, r.listed - n_rej), n_dup, n_rej, skipped=r.skipped is not None)
        first = min(file_rejects, key=lambda x: x.line or 0) if file_rejects else None
        error = first.reason if first else r.skipped
        if r.warnings and not error:
            error = "warning: " + "; ".join(r.warnings[:3])
        rows.append({
            "path": r.path, "sha256": r.sha256, "size_bytes": r.size_bytes, "format": r.format,
            "status": status, "n_records": n, "n_loaded": n_loaded, "n_duplicate": n_dup,
            "n_rejected": n_rej, "error": error, "error_line": first.line if first else None,
        })
    return rows


def file_status(n_loaded: int, n_dup: int, n_rej: int, skipped: bool = False) -> str:
    """The rule behind ``ingest_log.status`` (``tasks.land`` applies the same one in SQL)."""
    if skipped:
        return "skipped"
    if n_rej and not n_loaded and not n_dup:
        return "rejected"
    if n_rej:
        return "partial"
    if n_dup and not n_loaded:
        return "duplicate"
    return "loaded"


def reject_rows(rejects: Sequence[Reject]) -> list[dict[str, object]]:
    return [{"path": r.path, "line": r.line, "reason": r.reason, "raw": r.raw} for r in rejects]


@task(name="plan", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_task(input_path: Path, logical_date: date, salt: str, max_bytes: int = 1 << 30) -> Plan:
    return plan_run(input_path, logical_date, salt, max_bytes)


@task(name="ingest", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def ingest_task(items: list[Work], root: Path, max_bytes: int, not_after: datetime | None = None) -> list[FileResult]:
    return read_batch(items, root, max_bytes, not_after)
