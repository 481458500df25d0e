"""The limit: bare ``nlp.pipe`` of the pipeline's spaCy model over texts, nothing else.

    python bench/bare.py texts.jsonl --processes N [--batch-size 64] [--checkpoints 1000,5000]

Reads one JSON string per line (the cleaned texts the pipeline parses), loads the same pipeline
(``tasks.nlp.load_pipeline``: same components), parses with ``nlp.pipe(batch_size, n_process)``
and prints JSON: words, seconds and words/s overall and at each checkpoint (a document count),
so one pass measures every corpus size that is a prefix of it. Model loading is not timed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("texts", type=Path)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--checkpoints", default="")
    a = ap.parse_args()
    from tasks.nlp import load_pipeline

    texts = [json.loads(line) for line in a.texts.open(encoding="utf-8")]
    marks = sorted({int(x) for x in a.checkpoints.split(",") if x} | {len(texts)})
    t_load = time.perf_counter()
    nlp = load_pipeline(a.model)
    load_s = time.perf_counter() - t_load
    points = []
    words = 0
    t0 = time.perf_counter()
    for i, (text, _doc) in enumerate(zip(texts, nlp.pipe(texts, batch_size=a.batch_size, n_process=a.processes), strict=True), 1):
        words += len(text.split())
        if i in marks:
            s = time.perf_counter() - t0
            points.append({"docs": i, "words": words, "seconds": round(s, 3), "words_per_s": round(words / s, 1)})
    print(json.dumps({"processes": a.processes, "batch_size": a.batch_size, "components": nlp.pipe_names,
                      "load_s": round(load_s, 3), "points": points}))


if __name__ == "__main__":
    main()
