"""Reader for MEANTIME (NewsReader) XML: text rebuilt from tokens with gold spans as char offsets.

Only sentences 0-5 of each document are annotated; ``annotated_end`` is the char offset
where sentence 6 starts, so scorers count predictions before it only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tasks.evaluate import SHARED_DATA

ROOT = SHARED_DATA / "meantime-dev"
ANNOTATED_SENTENCES = 6

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "£", "€"}


@dataclass(frozen=True)
class GoldSpan:
    start_char: int
    end_char: int
    text: str
    type: str
    value: str | None = None
    ref: str | None = None
    """For entities: DBpedia resource title (``Apple_Inc.``), when linked."""
    syntactic_type: str | None = None
    """For entities: NAM (proper name), PRE.NAM, NOM, PRO, ... as annotated."""


@dataclass
class MeantimeDoc:
    name: str
    text: str
    dct: date | None
    annotated_end: int
    entities: list[GoldSpan] = field(default_factory=list)
    values: list[GoldSpan] = field(default_factory=list)
    timexes: list[GoldSpan] = field(default_factory=list)


def files(root: Path = ROOT) -> list[Path]:
    """Every MEANTIME document under ``root``: the release keeps them in ``corpus_<topic>/``
    folders, and a user's own copy of another part of the corpus may be laid out flat."""
    return sorted(root.rglob("*.xml"))


def gold_files(root: Path) -> list[Path]:
    """``files(root)``, failing with the folder's name when it holds no MEANTIME document."""
    if not root.exists():
        raise FileNotFoundError(f"gold data not found at {root}")
    found = files(root)
    if not found:
        raise FileNotFoundError(f"no MEANTIME .xml documents under {root}")
    return found


def read(path: Path) -> MeantimeDoc:
    tree = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, prev_sentence, prev_tok = 0, None, ""
    annotated_end = None
    for tok in tree.iter("token"):
        sent, word = int(tok.get("sentence", "0")), tok.text or ""
        if prev_sentence is not None and sent != prev_sentence:
            sep = "\n"
            if sent == ANNOTATED_SENTENCES and annotated_end is None:
                annotated_end = pos
        elif prev_sentence is None or word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        pieces.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        pieces.append(word)
        pos += len(word)
        prev_sentence, prev_tok = sent, word
    text = "".join(pieces)
    doc = MeantimeDoc(path.stem, text, None, annotated_end if annotated_end is not None else len(text))

    markables = tree.find("Markables")
    targets: dict[str, ET.Element] = {}
    if markables is not None:
        for el in markables:
            if el.tag == "ENTITY":
                targets[el.get("m_id", "")] = el
    refers: dict[str, str] = {}
    for rel in tree.iter("REFERS_TO"):
        tgt = rel.find("target")
        if tgt is not None:
            for src in rel.findall("source"):
                refers[src.get("m_id", "")] = tgt.get("m_id", "")

    def span(el: ET.Element) -> tuple[int, int] | None:
        ids = [a.get("t_id", "") for a in el.findall("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)

    if markables is None:
        return doc
    for el in markables:
        if el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
            try:
                doc.dct = date.fromisoformat((el.get("value") or "")[:10])
            except ValueError:
                pass
            continue
        s = span(el)
        if s is None:
            continue
        start, end = s
        if el.tag == "ENTITY_MENTION":
            ent = targets.get(refers.get(el.get("m_id", ""), ""))
            if ent is None:
                continue
            ref = ent.get("external_ref") or None
            if ref:
                ref = ref.rsplit("/", 1)[-1]
            doc.entities.append(
                GoldSpan(start, end, text[start:end], ent.get("ent_type", ""), ref=ref,
                         syntactic_type=el.get("syntactic_type") or None)
            )
        elif el.tag == "VALUE":
            doc.values.append(GoldSpan(start, end, text[start:end], el.get("type", "")))
        elif el.tag == "TIMEX3":
            doc.timexes.append(
                GoldSpan(start, end, text[start:end], el.get("type", ""), value=el.get("value"))
            )
    return doc
