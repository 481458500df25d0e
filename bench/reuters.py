"""Convert Reuters-21578 SGML to the pipeline's JSONL input (a benchmark tool, not a product format).

Each ``<REUTERS>`` with a ``<BODY>`` becomes one line: ``id`` (NEWID), ``title``, ``published_at``
(the ``<DATE>`` string as Reuters wrote it; the pipeline parses it), ``source`` and ``text`` = the
dateline, then the body with its hard line wraps joined and its ``&\\t`` paragraph marks as blank lines.

    python bench/reuters.py ../shared/data/reuters21578 out.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tasks.evaluate.reuters import articles, reuters_date

__all__ = ["articles", "convert", "reuters_date"]


def convert(src: Path, out: Path, limit: int | None = None) -> int:
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for art in articles(src):
            if limit is not None and n >= limit:
                break
            fh.write(json.dumps({k: v for k, v in art.items() if v is not None and k != "body"}, ensure_ascii=False) + "\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    print(f"{convert(a.src, a.out, a.limit)} articles -> {a.out}")


if __name__ == "__main__":
    main()
