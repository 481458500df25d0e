"""TimeBank-AQUAINT (TempEval-3 training gold) reader and a TempEval-3-style TIMEX3 scorer,
also run on MEANTIME (Wikinews, NewsReader TIMEX3 annotation) as a second gold corpus.

Text is the TEXT element with all TimeML tags stripped; gold spans are char offsets into it.
The document creation time (``<DCT>``) is the ``dct`` and is never scored.

MEANTIME annotates only sentences 0-5 of each article, so only those are scored, and the article's
date line (sentence 1, "March 01, 2008") is its CREATION_TIME: not a timex row, so predictions
inside it are not counted. Both corpora use the same ``split_of`` hash, so their test parts stay
held out alike.

A third set, ``tests/fixtures/timex_reuters.jsonl``, is Reuters-21578 wire copy labelled by hand
before the tagger ever saw it (see ``reuters_documents``).
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from tasks.evaluate import (
    PRF,
    SHARED_DATA,
    bootstrap_interval,
    f1_of,
    meantime,
    require,
    reuters,
    select,
)
from tasks.settings import REPO_ROOT

ROOT = SHARED_DATA / "timebank-aquaint"
SUBCORPORA = ("TimeBank", "AQUAINT")

#: Published TempEval-3 Platinum (test) figures, for comparison only (UzZaman et al. 2013).
PUBLISHED = {
    "HeidelTime (TE-3 Platinum)": {"strict_f1": 0.813, "value_f1": 0.776},
    "SUTime (TE-3 Platinum)": {"value_f1": 0.674},
}
TARGETS = {"value_f1": 0.82, "strict_f1": 0.84, "type_f1": 0.90}


@dataclass(frozen=True)
class GoldTimex:
    start_char: int
    end_char: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex] = field(default_factory=list)


def files(root: Path = ROOT) -> list[Path]:
    """TimeML documents under ``root``: TBAQ's two sub-corpora, or, for another TimeML corpus
    (TempEval-3 Platinum, a user's own gold), every ``.tml`` file below it."""
    if all((root / sub).is_dir() for sub in SUBCORPORA):
        return sorted(p for sub in SUBCORPORA for p in (root / sub).glob("*.tml"))
    return sorted(root.rglob("*.tml"))


def _dct(tree: ET.Element) -> date | None:
    for el in tree.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            value = el.get("value", "")
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                return None
    return None


def read(path: Path) -> TmlDoc:
    tree = ET.parse(path).getroot()
    text_el = tree.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            pieces.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                pos += len(child.tail)
        is_scored = el.get("functionInDocument") != "CREATION_TIME"
        if el.tag == "TIMEX3" and is_scored:
            surface = "".join(pieces)[start:pos]
            gold.append(
                GoldTimex(start, pos, surface, el.get("type", ""), el.get("value", ""), el.get("mod"))
            )

    walk(text_el)
    gold.sort(key=lambda g: g.start_char)
    return TmlDoc(path.stem, "".join(pieces), _dct(tree), gold)


def documents(split: str = "all", limit: int | None = None, root: Path = ROOT) -> list[TmlDoc]:
    paths = {p.stem: p for p in files(require(root))}
    names = select(paths, split)
    if limit is not None:
        names = names[:limit]
    return [read(paths[n]) for n in names]


# -- scoring -------------------------------------------------------------------------------------


class SpanLike(Protocol):
    start_char: int
    end_char: int
    type: str
    value: str


@dataclass
class Scores:
    n_gold: int = 0
    n_pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)
    per_doc: list[dict[str, float]] = field(default_factory=list)
    """Each scored document's own counts, for the bootstrap intervals."""

    def prf(self, which: str) -> PRF:
        return PRF(getattr(self, which), self.n_pred, self.n_gold)

    def counts(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in COUNTS}

    def as_dict(self) -> dict[str, float | int | tuple[float, float]]:
        out: dict[str, float | int | tuple[float, float]] = {"n_gold": self.n_gold, "n_pred": self.n_pred}
        for k in ("strict", "relaxed", "value", "type"):
            p = self.prf(k)
            out |= {f"{k}_p": p.precision, f"{k}_r": p.recall, f"{k}_f1": p.f1}
        for k in ("strict", "value", "type"):
            out[f"{k}_f1_ci"] = bootstrap_interval(self.per_doc, f1_of(k, "n_pred", "n_gold"))
        return out


COUNTS = ("n_gold", "n_pred", "strict", "relaxed", "value", "type")


def _match(gold: Sequence[SpanLike], pred: Sequence[SpanLike]) -> list[tuple[int, int]]:
    """One-to-one overlap matching, exact spans first, then largest overlap."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end_char, p.end_char) - max(g.start_char, p.start_char)
            if overlap > 0:
                exact = g.start_char == p.start_char and g.end_char == p.end_char
                pairs.append((-(10**6 if exact else overlap), gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_doc(
    scores: Scores, name: str, text: str, gold: Sequence[SpanLike], pred: Sequence[SpanLike]
) -> None:
    before = scores.counts()
    _score(scores, name, text, gold, pred)
    scores.per_doc.append({k: v - before[k] for k, v in scores.counts().items()})


def _score(scores: Scores, name: str, text: str, gold: Sequence[SpanLike], pred: Sequence[SpanLike]) -> None:
    scores.n_gold += len(gold)
    scores.n_pred += len(pred)
    matched = _match(gold, pred)
    seen_g = {gi for gi, _ in matched}
    seen_p = {pi for _, pi in matched}
    for gi, pi in matched:
        g, p = gold[gi], pred[pi]
        strict = g.start_char == p.start_char and g.end_char == p.end_char
        scores.strict += strict
        scores.relaxed += 1
        scores.value += g.value == p.value
        scores.type += g.type == p.type
        if not strict or g.value != p.value or g.type != p.type:
            scores.errors.append(
                {
                    "doc": name,
                    "kind": "mismatch",
                    "gold": [text[g.start_char : g.end_char], g.type, g.value],
                    "pred": [text[p.start_char : p.end_char], p.type, p.value],
                }
            )
    for gi, g in enumerate(gold):
        if gi not in seen_g:
            ctx = text[max(0, g.start_char - 40) : g.end_char + 40].replace("\n", " ")
            scores.errors.append(
                {"doc": name, "kind": "missed", "gold": [g.text, g.type, g.value], "ctx": ctx}
            )
    for pi, p in enumerate(pred):
        if pi not in seen_p:
            ctx = text[max(0, p.start_char - 40) : p.end_char + 40].replace("\n", " ")
            surface = text[p.start_char : p.end_char]
            scores.errors.append(
                {"doc": name, "kind": "spurious", "pred": [surface, p.type, p.value], "ctx": ctx}
            )


def _parser() -> Callable[[str], object] | None:
    try:
        from tasks.nlp import load_pipeline

        return load_pipeline("en_core_web_sm")
    except Exception:  # noqa: BLE001 - the harness runs without spaCy context too
        return None


class _Tagger:
    """The real tagger over gold texts (with the spaCy parse when available), timing parse and tagging apart."""

    def __init__(self, use_spacy: bool) -> None:
        self.nlp = _parser() if use_spacy else None
        self.timing = {"spacy_s": 0.0, "tagger_s": 0.0, "chars": 0}

    def __call__(self, text: str, dct: date | None, chars: int) -> list:
        from tasks.dates import extract_timexes

        t0 = time.perf_counter()
        parsed = self.nlp(text) if self.nlp is not None else None
        t1 = time.perf_counter()
        pred = extract_timexes(text, dct, parsed)  # type: ignore[arg-type]
        self.timing["spacy_s"] += t1 - t0
        self.timing["tagger_s"] += time.perf_counter() - t1
        self.timing["chars"] += chars
        return pred


def evaluate(docs: Iterable[TmlDoc], use_spacy: bool = True) -> tuple[Scores, dict[str, float]]:
    tag = _Tagger(use_spacy)
    scores = Scores()
    for d in docs:
        score_doc(scores, d.name, d.text, d.timexes, tag(d.text, d.dct, len(d.text)))
    return scores, tag.timing


# -- MEANTIME ------------------------------------------------------------------------------------


@dataclass
class MeantimeTimexDoc:
    """A MEANTIME article cut to its annotated sentences, with the date line's span to skip."""

    name: str
    text: str
    dct: date | None
    timexes: list[meantime.GoldSpan]
    annotated_end: int
    dct_span: tuple[int, int] | None


def _dct_span(path: Path, text: str) -> tuple[int, int] | None:
    """Char span of the sentence the CREATION_TIME is anchored to, when it covers that whole
    sentence (Wikinews' date line); None when the DCT has no anchor in the text."""
    root = ET.parse(path).getroot()
    sentence_of = {t.get("t_id", ""): t.get("sentence", "") for t in root.iter("token")}
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") != "CREATION_TIME":
            continue
        sents = {sentence_of.get(a.get("t_id", "")) for a in el.findall("token_anchor")}
        if len(sents) != 1:
            return None
        (idx,) = sents
        n_tokens = sum(1 for s in sentence_of.values() if s == idx)
        if idx is None or n_tokens != len(el.findall("token_anchor")):
            return None
        start = 0
        for _ in range(int(idx)):
            start = text.index("\n", start) + 1
        end = text.find("\n", start)
        return start, end if end >= 0 else len(text)
    return None


def _date_line(text: str) -> date | None:
    """The Wikinews date line (sentence 1, "September 01, 2007") of an article whose annotation
    marks no CREATION_TIME: the publication date a feed would hand the pipeline as published_at.
    (The line itself is then gold as an ordinary timex, so it stays scored.)"""
    from tasks.dates import parse_published_at

    lines = text.split("\n")
    try:
        dt = parse_published_at(lines[1]) if len(lines) > 1 else None
    except ValueError:
        return None
    return dt.date() if dt is not None else None


def meantime_documents(
    split: str = "all", limit: int | None = None, root: Path = meantime.ROOT,
) -> list[MeantimeTimexDoc]:
    paths = {p.stem: p for p in meantime.gold_files(root)}
    names = select(paths, split)
    if limit is not None:
        names = names[:limit]
    out = []
    for n in names:
        d = meantime.read(paths[n])
        gold = [g for g in d.timexes if g.start_char < d.annotated_end]
        dct = d.dct if d.dct is not None else _date_line(d.text)
        out.append(MeantimeTimexDoc(n, d.text, dct, gold, d.annotated_end, _dct_span(paths[n], d.text)))
    return out


def evaluate_meantime(docs: Iterable[MeantimeTimexDoc], use_spacy: bool = True) -> tuple[Scores, dict[str, float]]:
    """The TBAQ scoring on the annotated sentences; the whole article is tagged (later sentences
    give context such as the tense), predictions after sentence 5 or on the date line are dropped."""
    tag = _Tagger(use_spacy)
    scores = Scores()
    for d in docs:
        pred = tag(d.text, d.dct, d.annotated_end)
        span = d.dct_span
        kept = [
            p for p in pred
            if p.start_char < d.annotated_end and not (span and span[0] <= p.start_char and p.end_char <= span[1])
        ]
        gold = [GoldTimex(g.start_char, g.end_char, g.text, g.type, g.value or "") for g in d.timexes]
        score_doc(scores, d.name, d.text, gold, kept)
    return scores, tag.timing


def run_meantime(
    splits: Sequence[str], limit: int | None = None, root: Path = meantime.ROOT,
) -> dict[str, dict[str, object]]:
    return _run(splits, limit, partial(meantime_documents, root=root), evaluate_meantime)


# -- Reuters-21578, labelled blind ---------------------------------------------------------------

REUTERS_LABELLED = REPO_ROOT / "tests" / "fixtures" / "timex_reuters.jsonl"
REUTERS_SRC = SHARED_DATA / "reuters21578"


@dataclass
class ReutersTimexDoc:
    """A Reuters-21578 story as the pipeline lands it, scored from the end of its dateline to
    ``opening_end`` only."""

    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex]
    dateline_end: int
    opening_end: int


def reuters_documents(
    split: str = "all", limit: int | None = None, path: Path = REUTERS_LABELLED, src: Path = REUTERS_SRC,
) -> list[ReutersTimexDoc]:
    """The blind-labelled Reuters TIMEX3 set: 40 stories, labelled before any tagger ran on them.

    Chosen by ordering Reuters-21578 stories on ``sha256("timex-reuters-v1:" + NEWID)`` and taking
    the first 40 that are not evaluation stories of the links or amounts sets, whose body has 300
    characters or more, and which are not tables of figures (at most 12 % digits, fewer than three
    "vs"). Every third one in that order is ``test``, the rest ``dev`` (the fixture's ``split``).
    Only each story's opening is labelled: from the end of its dateline to the first sentence end
    at or after character 800 of the landed text.

    Conventions (TimeML 1.2.1 / TempEval-3, with TimeBank-AQUAINT dev gold deciding where the
    guidelines leave room): no leading preposition ("on", "in", "since"), modifiers inside with a
    ``mod`` ("late July" END, "the end of 1988" END, "Earlier this month" START; "earlier today"
    and "later today" are today with no mod); possessives left out ("last year's" -> "last year");
    compound durations tagged alone ("15-year", "five-month" before "period"); a ranged duration is
    one timex with an X value ("one to two months" PXM, as TBAQ's "the next 12 to 18 months");
    "April 15-30" is two dates, "April 15" and "30"; a rate "a year" ("6.3 mln tonnes a year") is a
    SET P1Y; "annual", "semiannual", "short-term", "long term", "current" and "soon" are not tagged
    (TBAQ dev tags "annual" 0 of 4 times, "long-term"/"short-term" 0 of 9); "now" and "currently"
    are PRESENT_REF, the adjective "recent" PAST_REF. Values count from the story's own date, which
    is its dateline's (a Hong Kong story filed 1 March UTC under "March 2" has today = 1987-03-02);
    weeks are ISO weeks. The dateline's date is the document creation time, not a scored timex, so
    predictions inside the dateline are dropped, as MEANTIME's date line is.
    """
    from tasks.dates import parse_published_at

    rows = [json.loads(line) for line in require(path).read_text().splitlines() if line.strip()]
    rows = [r for r in rows if split == "all" or r["split"] == split][:limit]
    wanted = {r["id"] for r in rows}
    texts = {a["id"]: a["text"] for a in reuters.articles(require(src)) if a["id"] in wanted}
    out = []
    for r in rows:
        text = texts[r["id"]] or ""
        gold = [GoldTimex(g["start"], g["end"], g["text"], g["type"], g["value"], g["mod"]) for g in r["timexes"]]
        if any(text[g.start_char : g.end_char] != g.text for g in gold):
            raise ValueError(f"{r['id']}: labelled offsets do not match the landed text")
        published = parse_published_at(r["published_at"])
        dct = published.date() if published is not None else None
        out.append(ReutersTimexDoc(r["id"], text, dct, gold, r["dateline_end"], r["opening_end"]))
    return out


def evaluate_reuters(docs: Iterable[ReutersTimexDoc], use_spacy: bool = True) -> tuple[Scores, dict[str, float]]:
    """The TBAQ scoring on each story's labelled opening; the whole story is tagged, as the
    pipeline tags it, and predictions in the dateline or after the opening are dropped."""
    tag = _Tagger(use_spacy)
    scores = Scores()
    for d in docs:
        pred = tag(d.text, d.dct, d.opening_end)
        kept = [p for p in pred if d.dateline_end <= p.start_char < d.opening_end]
        score_doc(scores, d.name, d.text, d.timexes, kept)
    return scores, tag.timing


def run_reuters(splits: Sequence[str], limit: int | None = None) -> dict[str, dict[str, object]]:
    return _run(splits, limit, reuters_documents, evaluate_reuters)


def table(results: dict[str, dict[str, float | int]]) -> str:
    cols = ("strict_f1", "relaxed_f1", "value_f1", "type_f1", "strict_p", "strict_r")
    lines = [f"{'system / split':34} {'n_gold':>6} {'n_pred':>6} " + " ".join(f"{c:>10}" for c in cols)]
    for name, r in results.items():
        row = " ".join(f"{r[c]:>10.3f}" if c in r else f"{'-':>10}" for c in cols)
        ng = r.get("n_gold", "-")
        npred = r.get("n_pred", "-")
        lines.append(f"{name:34} {ng!s:>6} {npred!s:>6} {row}")
    for name, r in results.items():
        if "value_f1_ci" in r:
            cis = ", ".join(f"{k} F1 [{r[f'{k}_f1_ci'][0]:.3f}, {r[f'{k}_f1_ci'][1]:.3f}]" for k in ("strict", "value", "type"))  # type: ignore[index]
            lines.append(f"  {name}: 95 % bootstrap interval over documents: {cis}")
    targets = ", ".join(f"{k} >= {v}" for k, v in TARGETS.items())
    lines.append(f"targets on held-out test: {targets}")
    return "\n".join(lines)


def run(splits: Sequence[str], limit: int | None = None, root: Path = ROOT) -> dict[str, dict[str, object]]:
    return _run(splits, limit, partial(documents, root=root), evaluate)


def _run(splits: Sequence[str], limit: int | None, load: Callable[[str, int | None], Sequence[Any]],
         score: Callable[[Sequence[Any]], tuple[Scores, dict[str, float]]]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for split in splits:
        docs = load(split, limit)
        scores, timing = score(docs)
        out[split] = {"scores": scores.as_dict(), "timing": timing, "n_docs": len(docs), "errors": scores.errors}
    return out


def main(split: str = "test", limit: int | None = None, data: Path | None = None) -> str:
    """Score ``split`` (and dev for reference) and return a printable table. With ``data``, score
    only the gold under that folder: TimeML ``.tml`` files (TempEval-3 style) or, if it holds
    none, MEANTIME ``.xml`` files."""
    if data is not None:
        return _main_on(data, split, limit)
    splits = ["dev", "test"] if split in ("test", "all") else [split]
    if split == "all":
        splits = ["dev", "test", "all"]
    res = run(splits, limit)
    rows: dict[str, dict[str, float | int]] = {}
    for s in splits:
        rows[f"newsetl ({s}, {res[s]['n_docs']} docs)"] = res[s]["scores"]  # type: ignore[assignment]
    mt = run_meantime(splits, limit) if meantime.ROOT.exists() else {}
    for s in mt:
        rows[f"MEANTIME ({s}, {mt[s]['n_docs']} docs)"] = mt[s]["scores"]  # type: ignore[assignment]
    rt = run_reuters(splits, limit) if REUTERS_SRC.exists() else {}
    for s in rt:
        rows[f"Reuters blind ({s}, {rt[s]['n_docs']} docs)"] = rt[s]["scores"]  # type: ignore[assignment]
    for name, figures in PUBLISHED.items():
        rows[name] = figures  # type: ignore[assignment]
    timing = "; ".join(
        f"{s}: tagger {res[s]['timing']['tagger_s']:.2f}s, spaCy {res[s]['timing']['spacy_s']:.2f}s"  # type: ignore[index]
        for s in splits
    )
    return table(rows) + "\n" + timing


def _main_on(data: Path, split: str, limit: int | None) -> str:
    if files(require(data)):
        corpus, res = "TimeML", run([split], limit, root=data)
    elif meantime.files(data):
        corpus, res = "MEANTIME", run_meantime([split], limit, root=data)
    else:
        raise FileNotFoundError(f"no TimeML .tml or MEANTIME .xml gold documents under {data}")
    rows: dict[str, dict[str, float | int]] = {
        f"newsetl {corpus} ({split}, {res[split]['n_docs']} docs)": res[split]["scores"],  # type: ignore[dict-item]
        **PUBLISHED,
    }
    timing = res[split]["timing"]
    return (f"gold: {data}\n" + table(rows)
            + f"\n{split}: tagger {timing['tagger_s']:.2f}s, spaCy {timing['spacy_s']:.2f}s")  # type: ignore[index]


if __name__ == "__main__":
    import sys

    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    corpus = sys.argv[2] if len(sys.argv) > 2 else "tbaq"
    runs = {"meantime": run_meantime, "reuters": run_reuters}
    r = runs.get(corpus, run)([which])
    print(json.dumps(r[which]["scores"], indent=1))
