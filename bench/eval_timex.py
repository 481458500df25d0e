"""Full TIMEX3 evaluation on TimeBank-AQUAINT, MEANTIME and the blind Reuters set plus a speed comparison with dateparser.

Writes bench/results/eval_timex.{json,md}. Run: ``.venv/bin/python bench/eval_timex.py``
(dateparser comes from the ``bench`` extra; the runtime never imports it).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from datetime import datetime
from pathlib import Path

from tasks.dates import extract_timexes
from tasks.evaluate import timex

RESULTS = Path(__file__).parent / "results"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?'\"])\s+(?=[A-Z`'\"])|\n\s*\n")


def sentences(docs: list[timex.TmlDoc], limit: int) -> list[tuple[str, datetime]]:
    out = []
    for d in docs:
        assert d.dct is not None
        base = datetime(d.dct.year, d.dct.month, d.dct.day)
        for s in _SENTENCE_BREAK.split(d.text):
            s = " ".join(s.split())
            if len(s) > 20:
                out.append((s, base))
    return out[:limit]


def speed(sents: list[tuple[str, datetime]]) -> dict[str, float]:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    ours = sum(len(extract_timexes(s, base.date())) for s, base in sents)
    t1 = time.perf_counter()
    theirs = 0
    for s, base in sents:
        found = search_dates(s, languages=["en"], settings={"RELATIVE_BASE": base})
        theirs += len(found or [])
    t2 = time.perf_counter()
    return {
        "sentences": len(sents),
        "newsetl_s": t1 - t0,
        "dateparser_s": t2 - t1,
        "newsetl_found": ours,
        "dateparser_found": theirs,
        "speedup": (t2 - t1) / (t1 - t0),
    }


def _row(name: str, r: dict[str, object]) -> str:
    s = r["scores"]
    assert isinstance(s, dict)
    return (
        f"| {name} | {r['n_docs']} | {s['n_gold']} | {s['n_pred']} | {s['strict_f1']:.3f} | "
        f"{s['relaxed_f1']:.3f} | {s['value_f1']:.3f} | {s['type_f1']:.3f} | {s['strict_p']:.3f} | {s['strict_r']:.3f} |"
    )


def markdown(
    res: dict[str, dict[str, object]],
    mt: dict[str, dict[str, object]],
    rt: dict[str, dict[str, object]],
    table: str,
    sp: dict[str, float],
    cmd: str,
) -> str:
    lines = [
        "# TIMEX3 evaluation on TimeBank-AQUAINT (TempEval-3 training gold) and MEANTIME (Wikinews)",
        "",
        f"Command: `{cmd}`  ",
        f"Date: {datetime.now().isoformat(timespec='seconds')} on {platform.python_version()}",
        "",
        "Scoring as TempEval-3: strict = exact span, relaxed = overlap; value/type P = correct among",
        "matched / system count, R = correct among matched / gold count. `test` is held out (never tuned on).",
        "Published rows are TempEval-3 *Platinum* test figures, quoted for comparison (different test set).",
        "",
        "| system / split | docs | gold | pred | strict F1 | relaxed F1 | value F1 | type F1 | strict P | strict R |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for split, r in res.items():
        lines.append(_row(f"newsetl ({split})", r))
    for split, r in mt.items():
        lines.append(_row(f"newsetl, MEANTIME ({split})", r))
    for split, r in rt.items():
        lines.append(_row(f"newsetl, Reuters blind ({split})", r))
    for name, fig in timex.PUBLISHED.items():
        lines.append(
            f"| {name} | | | | {fig.get('strict_f1', '-')} | | {fig.get('value_f1', '-')} | | | |"
        )
    lines += [
        "",
        "Targets on test: " + ", ".join(f"{k} >= {v}" for k, v in timex.TARGETS.items()),
        "",
        "MEANTIME rows: the 60 English Wikinews articles of `../shared/data/meantime-dev`, scored on their",
        "annotated sentences 0-5 only, the article's date line (its CREATION_TIME) excluded; split by the same",
        "hash. MEANTIME follows the NewsReader guidelines, whose conventions differ from TimeBank's in places",
        "('two years ago' is a DURATION 'two years'; ranges 'from 2009 to 2011' are one DURATION; 'this",
        "morning' is a DATE; fractions 'P2.5Y'). MEANTIME writes UTC clock times with ISO 8601's 'Z', as newsetl",
        "does ('18:00 UTC' -> T18:00Z); named local zones ('9 a.m. EST') stay local times, as TimeBank writes them;",
        "a stated offset stays with the local time ('6:40 p.m. (GMT +8)' -> T18:40+08:00; MEANTIME's gold writes",
        "T06:40Z for it, which is neither the local time nor its UTC equivalent 10:40Z).",
        "",
        "Reuters blind rows: 40 Reuters-21578 stories (`tests/fixtures/timex_reuters.jsonl`), each story's",
        "opening labelled by hand before any tagger ran on it (conventions in `tasks.evaluate.timex.reuters_documents`);",
        "the dateline's date is the creation time and is not scored; split dev/test in the fixture.",
        "",
        "## Speed (same sentences, same process)",
        "",
        f"- sentences: {sp['sentences']}",
        f"- newsetl `extract_timexes` (no spaCy doc): {sp['newsetl_s']:.3f} s, {sp['newsetl_found']} expressions",
        f"- `dateparser.search.search_dates`: {sp['dateparser_s']:.3f} s, {sp['dateparser_found']} expressions",
        f"- speed-up: **{sp['speedup']:.1f}x**",
        "",
        "## Timing of the harness runs",
        "",
    ]
    named = [
        *res.items(),
        *((f"MEANTIME {k}", v) for k, v in mt.items()),
        *((f"Reuters blind {k}", v) for k, v in rt.items()),
    ]
    for split, r in named:
        t = r["timing"]
        assert isinstance(t, dict)
        lines.append(f"- {split}: tagger {t['tagger_s']:.2f} s, spaCy parse {t['spacy_s']:.2f} s, {t['chars']} chars")
    lines += ["", "```", table, "```", ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speed-sentences", type=int, default=1500)
    args = ap.parse_args()
    res = timex.run(["dev", "test"])
    mt = timex.run_meantime(["dev", "test"])
    rt = timex.run_reuters(["dev", "test"])
    table = timex.table(
        {f"newsetl ({s}, {res[s]['n_docs']} docs)": res[s]["scores"] for s in res}  # type: ignore[misc]
        | {f"MEANTIME ({s}, {mt[s]['n_docs']} docs)": mt[s]["scores"] for s in mt}  # type: ignore[misc]
        | {f"Reuters blind ({s}, {rt[s]['n_docs']} docs)": rt[s]["scores"] for s in rt}  # type: ignore[misc]
        | dict(timex.PUBLISHED)  # type: ignore[arg-type]
    )
    sents = sentences(timex.documents("all"), args.speed_sentences)
    sp = speed(sents)
    for r in [*res.values(), *mt.values(), *rt.values()]:
        r.pop("errors", None)  # test errors are never looked at; dev errors via tasks.evaluate.timex
    cmd = "python bench/eval_timex.py" + (
        f" --speed-sentences {args.speed_sentences}" if args.speed_sentences != 1500 else ""
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"results": res, "meantime": mt, "reuters_blind": rt, "speed": sp, "published": timex.PUBLISHED}
    (RESULTS / "eval_timex.json").write_text(json.dumps(payload, indent=1))
    md = markdown(res, mt, rt, table, sp, cmd)
    (RESULTS / "eval_timex.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
