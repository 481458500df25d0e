"""Money, counts, percents and quantities with their value, currency, unit and object."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Amount:
    start_char: int
    end_char: int
    text: str
    kind: str
    value: float | None
    value_low: float | None = None
    value_high: float | None = None
    currency: str | None = None
    unit: str | None = None
    object: str | None = None
    approximate: str | None = None
    vague: bool = False


_KINDS = {"MONEY": "money", "CARDINAL": "count", "PERCENT": "percent", "QUANTITY": "quantity"}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", re.I)


def extract_amounts(doc: Doc, exclude: Sequence[tuple[int, int]] = ()) -> list[Amount]:
    """Amounts in a parsed document; spans overlapping ``exclude`` (e.g. dates) are skipped.

    Placeholder until the amounts issue lands: spaCy's numeric entities, digits only.
    """
    out = []
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None or any(s < ent.end_char and ent.start_char < e for s, e in exclude):
            continue
        m = _NUMBER.search(ent.text)
        value = None
        if m:
            value = float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1)
        currency = "USD" if kind == "money" and "$" in ent.text else None
        out.append(
            Amount(ent.start_char, ent.end_char, ent.text, kind, value, currency=currency, vague=m is None)
        )
    return out
