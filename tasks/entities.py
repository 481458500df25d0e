"""Entity mentions: recognize, canonicalize and link to stable corpus-level entities."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)


@dataclass(frozen=True)
class Entity:
    entity_id: str
    canonical_name: str
    label: str
    wikidata_qid: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Mention:
    start_char: int
    end_char: int
    text: str
    label: str
    entity: Entity
    role: str = "name"
    title: str | None = None


def entity_id(key: str) -> str:
    """Stable id for an entity key (QID or label + normalized name)."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def normalize_name(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"\s+", " ", text)


def configure(nlp: Language) -> None:
    """Add the project's rules around the statistical NER (placeholder: none yet)."""


def extract_mentions(doc: Doc) -> list[Mention]:
    """Mentions in a parsed document, each linked to an entity.

    Placeholder until the entities issue lands: spaCy's spans, unlinked.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        name = normalize_name(ent.text)
        entity = Entity(entity_id(f"{ent.label_}:{name.lower()}"), name, ent.label_)
        out.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, entity))
    return out


def entity_rows(mentions: Iterable[tuple[Mention, date | None]]) -> list[dict[str, object]]:
    """One row per entity for a batch: counts, aliases and first/last seen dates."""
    rows: dict[str, dict[str, object]] = {}
    for m, seen in mentions:
        e = m.entity
        row = rows.setdefault(
            e.entity_id,
            {
                "entity_id": e.entity_id, "canonical_name": e.canonical_name, "label": e.label,
                "wikidata_qid": e.wikidata_qid, "country_code": e.country_code,
                "latitude": e.latitude, "longitude": e.longitude,
                "aliases": set(), "mention_count": 0, "first_seen": None, "last_seen": None,
            },
        )
        row["aliases"].add(m.text)  # type: ignore[union-attr]
        row["mention_count"] += 1  # type: ignore[operator]
        if seen is not None:
            row["first_seen"] = min(filter(None, [row["first_seen"], seen]))  # type: ignore[type-var]
            row["last_seen"] = max(filter(None, [row["last_seen"], seen]))  # type: ignore[type-var]
    for row in rows.values():
        row["aliases"] = sorted(row["aliases"])  # type: ignore[arg-type]
    return sorted(rows.values(), key=lambda r: str(r["entity_id"]))
