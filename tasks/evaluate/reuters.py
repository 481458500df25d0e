"""Reuters-21578 SGML read as the pipeline ingests it: the one reader behind the benchmark's
JSONL (``bench/reuters.py``) and the hand-labelled evaluation sets, so labelled offsets are
offsets into the very text newsetl lands.

Each ``<REUTERS>`` with a ``<BODY>`` is one article: ``id`` (NEWID), ``title``, ``published_at``
(the ``<DATE>`` string as Reuters wrote it; the pipeline parses it), ``source`` and ``text`` = the
dateline, then the body with its hard line wraps joined and its ``&\\t`` paragraph marks as blank lines.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

_DOC = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<body>.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
# Some <DATE>s carry trailing junk ("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"): keep the date only.
_DATE = re.compile(r"\d{1,2}-[A-Za-z]{3}-\d{4}(?: \d{1,2}:\d{2}:\d{2}(?:\.\d+)?)?")


def reuters_date(raw: str | None) -> str | None:
    """The ``<DATE>`` as Reuters wrote it, without trailing junk; None when there is none."""
    m = _DATE.search(html.unescape(raw or ""))
    return m.group(0) if m else None


def _field(doc: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return m.group(1) if m else None


def _paragraphs(body: str) -> str:
    paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in body.split("&\\t")]
    return "\n\n".join(p for p in paras if p)


def body_words(body: str) -> int:
    """Words of a body without the "Reuter" sign-off."""
    return len(body.split()) - (1 if body.endswith("Reuter") else 0)


def articles(src: Path) -> Iterator[dict[str, str | None]]:
    """Articles with a body, in file and document order; ``body`` is the text without the dateline."""
    for path in sorted(src.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for m in _DOC.finditer(raw):
            doc = m.group("body")
            body = _field(doc, "BODY")
            if body is None:
                continue
            body = html.unescape(body).replace("\x03", "").rstrip()
            if body.endswith("Reuter"):
                body = body[: -len("Reuter")].rstrip() + "\n&\\tReuter"
            dateline = html.unescape(_field(doc, "DATELINE") or "").strip()
            text = _paragraphs(body)
            newid = _NEWID.search(m.group("attrs"))
            yield {
                "id": f"reuters-{newid.group(1) if newid else '?'}",
                "title": html.unescape(_field(doc, "TITLE") or "").strip() or None,
                "published_at": reuters_date(_field(doc, "DATE")),
                "source": "reuters21578",
                "text": f"{dateline} {text}" if dateline else text,
                "body": text,
            }
