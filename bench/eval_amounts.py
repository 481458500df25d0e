"""Full amounts evaluation (dev and test) plus speed per 1k Reuters documents.

Run: ``.venv/bin/python bench/eval_amounts.py`` -> bench/results/eval_amounts.{json,md}
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.amounts import extract_amounts  # noqa: E402
from tasks.evaluate import amounts as harness  # noqa: E402
from tasks.nlp import load_pipeline  # noqa: E402

OUT = ROOT / "bench" / "results"
N_DOCS = 1000


def speed(n_docs: int = N_DOCS) -> dict:
    """Seconds for the spaCy parse and for extract_amounts on the same n Reuters bodies."""
    texts = [body for _, body in harness.reuters_bodies(limit=n_docs)]
    nlp = load_pipeline(harness.MODEL)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_amounts = sum(len(extract_amounts(doc)) for doc in docs)
    extract_s = time.perf_counter() - t0
    return {
        "n_docs": len(texts),
        "n_chars": sum(map(len, texts)),
        "n_amounts": n_amounts,
        "parse_s_per_1k_docs": round(parse_s * 1000 / len(texts), 3),
        "extract_s_per_1k_docs": round(extract_s * 1000 / len(texts), 3),
        "extract_share_of_parse": round(extract_s / parse_s, 4),
        "machine": f"{platform.machine()} {platform.python_version()}",
    }


def main() -> None:
    results = {split: harness.evaluate(split) for split in ("dev", "test")}
    for res in results.values():  # error lists are for tuning on dev, not for the record
        for val in res.values():
            if isinstance(val, dict):
                val.pop("errors", None)
    results["speed"] = speed()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "eval_amounts.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sp = results["speed"]
    md = ["# Amounts evaluation", "", "Command: `.venv/bin/python bench/eval_amounts.py`", ""]
    for split in ("dev", "test"):
        md += ["```", harness.format_report(results[split]), "```", ""]
    md += [
        "## Speed",
        "",
        f"{sp['n_docs']} Reuters-21578 bodies ({sp['n_chars']} chars, {sp['n_amounts']} amounts), "
        f"{sp['machine']}:",
        "",
        "| stage | s per 1k docs |",
        "|---|---|",
        f"| spaCy parse (en_core_web_sm) | {sp['parse_s_per_1k_docs']} |",
        f"| extract_amounts | {sp['extract_s_per_1k_docs']} |",
        "",
        f"extract_amounts costs {sp['extract_share_of_parse']:.1%} of the parse time.",
        "",
    ]
    (OUT / "eval_amounts.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
