"""Evaluation harnesses against gold corpora in ``../shared/data``.

Each gold document belongs to one split, fixed by a hash of its name: ``dev`` (tune on it)
or ``test`` (held out: never look at its errors while developing).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

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


def require(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"gold data not found at {path} (expected ../shared/data beside the repo)")
    return path
