"""Clean: normalize text, separate boilerplate from the body, identify and de-duplicate documents."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from prefect import task

from tasks import dates
from tasks.ingest import FileResult, RawRecord, Reject

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")

#: (kind, pattern) in priority order; a line matching one is not article body.
BOILERPLATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("caption", re.compile(r"(^|\s)(photo|image|picture|video|credit)s?\s*:\s*\S.{0,80}$", re.I)),
    ("caption", re.compile(r"^\(?(photo|image|file photo|reuters photo)\b.{0,80}\)?$", re.I)),
    ("share", re.compile(r"^(share( this( article| story)?)?|share on \w+|tweet( this)?|email this|print this|follow us( on \w+)?)[.!:]?$", re.I)),
    ("read_more", re.compile(r"^(read more|related( stories| articles)?|see also|more on this story|click here)\b.{0,120}$", re.I)),
    ("advertisement", re.compile(r"^(advertisement|sponsored( content)?|ad)$", re.I)),
    ("byline", re.compile(r"^by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,4}(\s*(,|and)\s*[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,4})*$")),
    ("lone_word", re.compile(r"^[\w'-]{1,20}$")),
)


@dataclass(frozen=True)
class BoilerLine:
    line_index: int
    line: str
    kind: str
    start_char: int


@dataclass(frozen=True)
class CleanDoc:
    doc_id: str
    source_uri: str
    path: str
    source_id: str | None
    title: str | None
    published_at: datetime | None
    dct_source: str
    text: str
    language: str
    n_words: int
    sha256: str
    boilerplate: tuple[BoilerLine, ...] = ()


@dataclass
class CleanBatch:
    docs: list[CleanDoc] = field(default_factory=list)
    """New documents, first-seen order."""
    duplicates: list[str] = field(default_factory=list)
    """``source_uri`` of records whose document was already seen."""
    rejects: list[Reject] = field(default_factory=list)
    files: list[FileResult] = field(default_factory=list)
    seen: frozenset[str] = frozenset()
    """Every doc_id seen so far (landed before, or earlier in this run)."""


def normalize(text: str) -> str:
    """NFC, ``\\n`` line endings, no control characters, no trailing spaces on lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def boilerplate_kind(line: str) -> str | None:
    """Why ``line`` is not article body, or None when it is body."""
    stripped = line.strip()
    if not stripped:
        return None
    for kind, pattern in BOILERPLATE_RULES:
        if pattern.search(stripped):
            return kind
    return None


def split_boilerplate(text: str) -> tuple[str, list[BoilerLine]]:
    """The body (paragraphs separated by one blank line) and the removed lines with their offsets."""
    body: list[str] = []
    removed: list[BoilerLine] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        kind = boilerplate_kind(line)
        if kind:
            removed.append(BoilerLine(i, line, kind, pos))
        elif line.strip():
            body.append(line.strip())
        elif body and body[-1] != "":
            body.append("")
        pos += len(line) + 1
    return "\n".join(body).strip(), removed


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@cache
def _langid():  # noqa: ANN202 - third-party object
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code, or ``und`` when the text is too short or the guess too weak."""
    sample = text[:2000]
    if len(sample.split()) < 3:
        return "und"
    lang, prob = _langid().classify(sample)
    return lang if prob >= 0.5 else "und"


def clean_record(rec: RawRecord) -> CleanDoc:
    text, removed = split_boilerplate(normalize(rec.text))
    published = dates.parse_published_at(rec.published_at)
    return CleanDoc(
        doc_id=doc_id(text),
        source_uri=rec.source_uri,
        path=rec.path,
        source_id=rec.source_id,
        title=normalize(rec.title).strip() if rec.title else None,
        published_at=published,
        dct_source=rec.dct_source if published else "none",
        text=text,
        language=detect_language(text) if text else "und",
        n_words=len(text.split()),
        sha256=rec.sha256,
        boilerplate=tuple(removed),
    )


def clean_batch(files: Sequence[FileResult], seen: Iterable[str]) -> CleanBatch:
    """Clean every record; documents whose id is in ``seen`` (or repeats) become duplicates."""
    out = CleanBatch(files=list(files))
    known = set(seen)
    for res in files:
        out.rejects.extend(res.rejects)
        for rec in res.records:
            doc = clean_record(rec)
            if not doc.text:
                out.rejects.append(Reject(rec.path, rec.line, f"{rec.source_uri}: nothing left after removing boilerplate", rec.text))
            elif doc.doc_id in known:
                out.duplicates.append(rec.source_uri)
            else:
                known.add(doc.doc_id)
                out.docs.append(doc)
    out.seen = frozenset(known)
    return out


@task(name="clean")
def clean_task(files: list[FileResult], seen: frozenset[str]) -> CleanBatch:
    return clean_batch(files, seen)
