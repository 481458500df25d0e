"""Evaluation harnesses against gold corpora in ``../shared/data``.

Each gold document belongs to one split, fixed by a hash of its name: ``dev`` (tune on it)
or ``test`` (held out: never look at its errors while developing).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tasks.settings import REPO_ROOT

SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
TEST_SHARE = 0.3


def split_of(name: str) -> str:
    """``test`` for about 30 % of documents, chosen by a stable hash of the name; else ``dev``."""
    bucket = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < TEST_SHARE else "dev"


def select(names: Iterable[str], split: str) -> list[str]:
    """Names in ``split`` (``dev``, ``test`` or ``all``), sorted."""
    return sorted(n for n in names if split == "all" or split_of(n) == split)


@dataclass(frozen=True)
class PRF:
    tp: float
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class GoldFormatError(ValueError):
    """A gold file a harness cannot read; the message names the file and line (``newsetl eval`` exits 2)."""


def require(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"gold data not found at {path} (expected ../shared/data beside the repo)")
    return path


def bootstrap_interval(
    per_doc: Sequence[Mapping[str, float]],
    metric: Callable[[Mapping[str, float]], float],
    rounds: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``metric`` over documents.

    Held-out splits here are 19-66 documents, so a figure one mention from its target says little
    on its own; resampling whole documents (not spans) keeps each story's correlated errors
    together. ``per_doc`` holds each document's counts (tp, n_pred, ...); a resample sums them
    and applies ``metric``. The seed is fixed so a report is reproducible."""
    if not per_doc:
        return (0.0, 0.0)
    keys = sorted({k for counts in per_doc for k in counts})
    table = np.array([[counts.get(k, 0.0) for k in keys] for counts in per_doc], dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(per_doc), size=(rounds, len(per_doc)))
    sums = table[picks].sum(axis=1)
    values = np.sort([metric(dict(zip(keys, row, strict=True))) for row in sums])
    tail = (1.0 - level) / 2
    return (float(np.quantile(values, tail)), float(np.quantile(values, 1.0 - tail)))


def f1_of(tp: str, n_pred: str, n_gold: str) -> Callable[[Mapping[str, float]], float]:
    """The F1 metric over summed counts named ``tp``/``n_pred``/``n_gold``, for ``bootstrap_interval``."""
    return lambda c: PRF(c[tp], int(c[n_pred]), int(c[n_gold])).f1


def share_of(hits: str, total: str) -> Callable[[Mapping[str, float]], float]:
    """``hits / total`` over summed counts (0 when ``total`` is 0), for ``bootstrap_interval``."""
    return lambda c: c[hits] / c[total] if c[total] else 0.0
