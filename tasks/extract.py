"""Extract: parse a batch once with spaCy, then find entities, timexes and amounts in it.

The three extractors share one parse per document; their rows carry offsets into
``documents.text`` and the index of the sentence they fall in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from prefect import task

from tasks import amounts, dates, entities, nlp
from tasks.clean import CleanDoc

Row = dict[str, object]


@dataclass
class Extracted:
    """Rows for each fact table (lineage columns are added when staged)."""

    tables: dict[str, list[Row]] = field(
        default_factory=lambda: {t: [] for t in ("documents", "sentences", "boilerplate", "mentions", "entities", "timexes", "amounts")}
    )

    def count(self, table: str) -> int:
        return len(self.tables[table])


def document_row(d: CleanDoc) -> Row:
    return {
        "doc_id": d.doc_id, "source_id": d.source_id, "source_uri": d.source_uri, "title": d.title,
        "published_at": d.published_at, "dct_source": d.dct_source, "text": d.text,
        "language": d.language, "n_words": d.n_words, "n_chars": len(d.text), "sha256": d.sha256,
        "cluster_id": d.cluster_id or d.doc_id, "duplicate_of": d.duplicate_of,
    }


def _span_rows(doc_id: str, id_col: str, spans: Sequence[object], starts: Sequence[int]) -> list[Row]:
    rows = []
    for i, span in enumerate(spans):
        row = {"doc_id": doc_id, id_col: i, **asdict(span)}  # type: ignore[call-overload]
        row["sentence_index"] = nlp.sentence_index(starts, int(row["start_char"]))
        rows.append(row)
    return rows


def extract_batch(docs: Sequence[CleanDoc], model: str) -> Extracted:
    out = Extracted()
    t = out.tables
    english = [d for d in docs if d.language in ("en", "und")]
    parsed = dict(zip((d.doc_id for d in english), nlp.parse([d.text for d in english], model), strict=True))
    for d in docs:
        t["documents"].append(document_row(d))
        t["boilerplate"] += [{"doc_id": d.doc_id, **asdict(b)} for b in d.boilerplate]
        doc = parsed.get(d.doc_id)
        if doc is None:  # not English: lands with its language, no English NLP
            continue
        sents = nlp.sentence_spans(doc)
        starts = [s for s, _ in sents]
        t["sentences"] += [
            {"doc_id": d.doc_id, "sentence_index": i, "start_char": s, "end_char": e}
            for i, (s, e) in enumerate(sents)
        ]
        dct = d.published_at.date() if d.published_at else None
        timexes = dates.extract_timexes(d.text, dct, doc)
        mentions = entities.extract_mentions(doc)
        found = amounts.extract_amounts(doc, exclude=[(x.start_char, x.end_char) for x in timexes])
        t["timexes"] += _span_rows(d.doc_id, "timex_id", timexes, starts)
        t["amounts"] += _span_rows(d.doc_id, "amount_id", found, starts)
        for i, m in enumerate(mentions):
            t["mentions"].append({
                "doc_id": d.doc_id, "mention_id": i, "start_char": m.start_char, "end_char": m.end_char,
                "text": m.text, "label": m.label, "entity_id": m.entity.entity_id,
                "canonical_name": m.entity.canonical_name,
                "sentence_index": nlp.sentence_index(starts, m.start_char), "role": m.role, "title": m.title,
            })
        t["entities"] += entities.entity_rows((m, dct) for m in mentions)
    return out


@task(name="extract")
def extract_task(docs: list[CleanDoc], model: str) -> Extracted:
    return extract_batch(docs, model)
