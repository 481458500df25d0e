"""Entity evaluation on MEANTIME: typed mention P/R/F1 (relaxed and strict) and link accuracy.

Scoring choices (printed under the table):

- Gold: ENTITY_MENTIONs of type PER, ORG or LOC whose syntactic type is a proper name
  (``NAM``, or ``PRE.NAM`` for a name used as a premodifier: "Airbus A380", "German"), in the
  annotated region (before ``annotated_end``). Nominal (``NOM``), pronominal (``PRO``),
  appositive/conjunction extents and the PRO (product) and FIN (financial) types are not
  NER targets and are not scored. Neither is a NAM extent that strictly contains a NAM
  mention of the same entity (same type and DBpedia ref): MEANTIME tags appositions and
  title + name extents ("Irish low cost airline, Ryanair", "Airbus chief executive Noel
  Forgeard") NAM as well as the name inside them; the inner name is scored, the compound is
  left unscored like the APP extents above.
- Predictions: mentions before ``annotated_end`` with label PERSON -> PER, ORG -> ORG,
  GPE/LOC/FAC -> LOC; a NORP mention that is a demonym (linked to its country) -> LOC, as
  MEANTIME annotates demonym premodifiers as LOC names. Other labels are ignored.
- A prediction that matches no scored gold mention but overlaps an unscored gold mention of
  the same type (e.g. inside the extent "Apple CEO Steve Jobs") is neither right nor wrong.
- Relaxed: same type and overlapping spans; strict: same type and identical offsets.
  Matching is one-to-one, greedy by character Jaccard overlap.
- Link accuracy: over scored gold mentions with a DBpedia ref, the share whose relaxed match
  has ``canonical_name`` equal to the ref title (URL-decoded, underscores as spaces,
  first letter case-insensitive as in Wikipedia). An unmatched gold mention counts as wrong.
  ``link`` uses the typed relaxed match; ``link*`` (``link_acc_any_type``) an untyped one, so
  that a type disagreement alone is not counted twice.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from spacy.language import Language
from spacy.tokens import Doc

from tasks.evaluate import PRF, bootstrap_interval, f1_of, meantime, select, share_of

TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SCORED_GOLD_TYPES = frozenset({"PER", "ORG", "LOC"})
NAME_SYNTAX = frozenset({"NAM", "PRE.NAM"})
MODEL = "en_core_web_sm"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    ref: str | None
    scored: bool


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    type: str
    canonical_name: str


def gold_mentions(doc: meantime.MeantimeDoc, unscore_compounds: bool = True) -> list[Gold]:
    """Gold mentions in the annotated region; ``unscore_compounds=False`` is the first rounds'
    scoring, which also scored NAM extents wrapping a name of the same entity."""
    spans = [
        g for g in doc.entities
        if g.start_char < doc.annotated_end and g.type in SCORED_GOLD_TYPES
    ]
    names = [g for g in spans if g.syntactic_type in NAME_SYNTAX]
    return [
        Gold(
            g.start_char, g.end_char, g.type, g.ref,
            g.syntactic_type in NAME_SYNTAX and not (unscore_compounds and _compound(g, names)),
        )
        for g in spans
    ]


def _compound(g: meantime.GoldSpan, names: list[meantime.GoldSpan]) -> bool:
    """An extent that strictly contains a name mention of the same entity: an apposition or a
    title + name ("Irish low cost airline, Ryanair" around "Ryanair", "Airbus chief executive
    Noel Forgeard" around "Noel Forgeard"). MEANTIME tags such extents NAM too, but they are
    the APP extents the guidelines set apart: the inner name is the NER target, and one
    predicted span cannot match both."""
    return any(
        n is not g and n.type == g.type and n.ref == g.ref
        and g.start_char <= n.start_char and n.end_char <= g.end_char
        and (n.end_char - n.start_char) < (g.end_char - g.start_char)
        for n in names
    )


def title_of(ref: str) -> str:
    return unquote(ref).strip().replace("_", " ")


def same_title(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a[0].upper() + a[1:] == b[0].upper() + b[1:]


def _overlap(a: Gold | Pred, b: Gold | Pred) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(golds: list[Gold], preds: list[Pred], strict: bool, typed: bool = True) -> dict[int, int]:
    """One-to-one matches gold index -> pred index (same type unless ``typed`` is False),
    greedy by overlap / union (Jaccard)."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if typed and p.type != g.type:
                continue
            if strict and (p.start, p.end) != (g.start, g.end):
                continue
            ov = _overlap(g, p)
            if ov > 0:
                union = max(g.end, p.end) - min(g.start, p.start)
                cands.append((-ov / union, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


@dataclass
class Tally:
    relaxed_tp: int = 0
    strict_tp: int = 0
    n_pred_relaxed: int = 0
    n_pred_strict: int = 0
    n_gold: int = 0
    link_ok: int = 0
    link_any_ok: int = 0
    link_n: int = 0

    def add(self, golds: list[Gold], preds: list[Pred]) -> None:
        scored = [g for g in golds if g.scored]
        self.n_gold += len(scored)
        for strict in (False, True):
            m = match(scored, preds, strict)
            matched = set(m.values())
            unscored = [g for g in golds if not g.scored]
            ignored = {
                pi for pi, p in enumerate(preds)
                if pi not in matched and any(g.type == p.type and _overlap(g, p) for g in unscored)
            }
            n_pred = len(preds) - len(ignored)
            if strict:
                self.strict_tp += len(m)
                self.n_pred_strict += n_pred
            else:
                self.relaxed_tp += len(m)
                self.n_pred_relaxed += n_pred
                untyped = match(scored, preds, strict=False, typed=False)
                for gi, g in enumerate(scored):
                    if not g.ref:
                        continue
                    self.link_n += 1
                    if gi in m and same_title(preds[m[gi]].canonical_name, title_of(g.ref)):
                        self.link_ok += 1
                    if gi in untyped and same_title(preds[untyped[gi]].canonical_name, title_of(g.ref)):
                        self.link_any_ok += 1

    def summary(self) -> dict[str, float | int]:
        r = PRF(self.relaxed_tp, self.n_pred_relaxed, self.n_gold)
        s = PRF(self.strict_tp, self.n_pred_strict, self.n_gold)
        return {
            "relaxed_p": r.precision, "relaxed_r": r.recall, "relaxed_f1": r.f1,
            "strict_p": s.precision, "strict_r": s.recall, "strict_f1": s.f1,
            "link_acc": self.link_ok / self.link_n if self.link_n else 0.0,
            "link_acc_any_type": self.link_any_ok / self.link_n if self.link_n else 0.0,
            "n_gold": self.n_gold, "n_pred": self.n_pred_relaxed, "n_linkable": self.link_n,
        }


def preds_pipeline(doc: Doc, end: int, dct: date | None = None, demonyms: bool = True) -> list[Pred]:
    """``demonyms=False`` leaves out demonym mentions, for gold that labels names only."""
    from tasks.entities import extract_mentions

    out = []
    # the document date, as the pipeline passes published_at: names take their period's referent
    for m in extract_mentions(doc, dct):
        if m.start_char >= end:
            continue
        t = TYPES.get(m.label) or ("LOC" if demonyms and m.role == "demonym" else None)
        if t:
            out.append(Pred(m.start_char, m.end_char, t, m.entity.canonical_name))
    return out


def preds_plain(doc: Doc, end: int, dct: date | None = None) -> list[Pred]:
    from tasks.entities import normalize_name

    return [
        Pred(e.start_char, e.end_char, TYPES[e.label_], normalize_name(e.text))
        for e in doc.ents if e.label_ in TYPES and e.start_char < end
    ]


def plain_pipeline(name: str = MODEL) -> Language:
    from tasks.nlp import resolve_model

    return importlib.import_module(resolve_model(name)).load()


def systems() -> dict[str, tuple[Callable[[], Language], Callable[[Doc, int, date | None], list[Pred]]]]:
    from tasks.nlp import load_pipeline

    return {
        f"{MODEL} (plain)": (plain_pipeline, preds_plain),
        "newsetl entities": (lambda: load_pipeline(MODEL), preds_pipeline),
    }


def corpus(
    split: str, limit: int | None = None, unscore_compounds: bool = True, root: Path = meantime.ROOT,
) -> list[tuple[meantime.MeantimeDoc, list[Gold]]]:
    paths = {p.stem: p for p in meantime.gold_files(root)}
    names = select(paths, split)[:limit] if limit else select(paths, split)
    out = []
    for n in names:
        d = meantime.read(paths[n])
        out.append((d, gold_mentions(d, unscore_compounds)))
    return out


Scores = dict[str, float | int | tuple[float, float]]


def evaluate(split: str, limit: int | None = None, root: Path = meantime.ROOT) -> dict[str, Scores]:
    """Scores per system; the ``old_*`` figures score wrapper NAM extents as the first rounds did
    (``gold_mentions(unscore_compounds=False)``), reported so figures stay comparable."""
    docs = corpus(split, limit, root=root)
    old_golds = [gold_mentions(d, unscore_compounds=False) for d, _ in docs]
    results = {}
    for name, (load, predict) in systems().items():
        nlp = load()
        per_doc: list[dict[str, float]] = []
        t0 = time.perf_counter()
        for (d, golds), og, parsed in zip(docs, old_golds, nlp.pipe([d.text for d, _ in docs]), strict=True):
            preds = predict(parsed, d.annotated_end, d.dct)
            now, then = Tally(), Tally()
            now.add(golds, preds)
            then.add(og, preds)
            per_doc.append({**asdict(now), **{f"old_{k}": v for k, v in asdict(then).items()}})
        seconds = time.perf_counter() - t0
        tally = Tally(**{k: int(sum(c[k] for c in per_doc)) for k in asdict(Tally())})
        o = Tally(**{k: int(sum(c[f"old_{k}"] for c in per_doc)) for k in asdict(Tally())}).summary()
        results[name] = {
            **tally.summary(), "old_relaxed_f1": o["relaxed_f1"], "old_link_acc": o["link_acc"],
            **intervals(per_doc), "n_docs": len(docs), "seconds": round(seconds, 2),
        }
    return results


def intervals(per_doc: list[dict[str, float]]) -> dict[str, tuple[float, float]]:
    """95 % bootstrap intervals (over documents) of the headline figures."""
    return {
        "relaxed_f1_ci": bootstrap_interval(per_doc, f1_of("relaxed_tp", "n_pred_relaxed", "n_gold")),
        "link_acc_ci": bootstrap_interval(per_doc, share_of("link_ok", "link_n")),
        "old_link_acc_ci": bootstrap_interval(per_doc, share_of("old_link_ok", "old_link_n")),
    }


#: (header, key) columns of a scores table, printed as 0.000.
Columns = tuple[tuple[str, str], ...]


def text_table(split: str, results: dict[str, Scores], middle: Columns, after: Columns, intervals: Columns,
               over: str = "documents") -> str:
    """The plain-text table both entity harnesses print: counts, relaxed P/R/F1, ``middle``, link
    accuracy (typed and any type), linkable count, ``after``; then one interval line per system."""
    def cells(cols: Columns, r: Scores | None = None) -> str:
        return "".join(f" {r[k]:6.3f}" if r is not None else f" {h:>6}" for h, k in cols)

    rel = (("rel P", "relaxed_p"), ("rel R", "relaxed_r"), ("rel F1", "relaxed_f1"))
    link = (("link", "link_acc"), ("link*", "link_acc_any_type"))
    head = (f"{'split':5} {'system':28} {'docs':>4} {'gold':>5} {'pred':>5}"
            f"{cells(rel + middle + link)} {'n':>4}{cells(after)}")
    lines = [head, "-" * len(head)]
    for name, r in results.items():
        lines.append(f"{split:5} {name:28} {r['n_docs']:>4} {r['n_gold']:>5} {r['n_pred']:>5}"
                     f"{cells(rel + middle + link, r)} {r['n_linkable']:>4}{cells(after, r)}")
    lines.append("")
    for name, r in results.items():
        spans = ", ".join(f"{h} {ci_text(r[k])}" for h, k in intervals)
        lines.append(f"{name}: 95 % bootstrap interval over {over}: {spans}")
    return "\n".join(lines)


def table(split: str, results: dict[str, Scores]) -> str:
    return text_table(
        split, results,
        middle=(("str P", "strict_p"), ("str R", "strict_r"), ("str F1", "strict_f1")),
        after=(("old F1", "old_relaxed_f1"), ("oldlnk", "old_link_acc")),
        intervals=(("rel F1", "relaxed_f1_ci"), ("link", "link_acc_ci"), ("oldlnk", "old_link_acc_ci")),
    )


def ci_text(bounds: float | int | tuple[float, float]) -> str:
    lo, hi = bounds if isinstance(bounds, tuple) else (bounds, bounds)
    return f"[{lo:.3f}, {hi:.3f}]"


NOTES = (
    "gold: MEANTIME PER/ORG/LOC proper-name mentions (syntactic type NAM, PRE.NAM) in sentences 0-5;\n"
    "NOM/PRO/APP/CONJ extents, NAM extents wrapping a NAM of the same entity (apposition, title + name)\n"
    "and PRO/FIN types unscored. pred: PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,\n"
    "demonym NORP->LOC. rel = same type + overlap, str = same type + exact offsets.\n"
    "link = share of scored gold mentions with a DBpedia ref whose relaxed (typed) match's canonical_name is that title;\n"
    "link* = the same with an untyped overlap match, so a type disagreement alone (MEANTIME LOC vs OntoNotes ORG\n"
    "for the European Union) does not also count as a linking error.\n"
    "oldF1/oldlnk = relaxed F1 and link accuracy under the first rounds' scoring (wrapper NAM extents scored)."
)


def main(split: str = "test", limit: int | None = None, data: Path | None = None) -> str:
    """Run the harness on ``split`` (dev, test or all) and return a printable table: MEANTIME,
    then the hand-labelled Reuters and TimeBank-AQUAINT linking sets (``tasks.evaluate.links``). With ``data``, score
    only the gold under that folder: MEANTIME .xml documents (another part of the corpus) and NIF .ttl files
    (``tasks.evaluate.nif``: the N3 collection's Reuters-128 and RSS-500)."""
    from tasks.evaluate import links

    if data is not None:
        return scored_folder(split, limit, data)
    return (
        table(split, evaluate(split, limit)) + "\n\n" + NOTES + "\n\n"
        + links.table(split, links.evaluate(split, limit)) + "\n\n" + links.NOTES + "\n\n"
        + links.table(split, links.evaluate(split, limit, "timebank")) + "\n\n" + links.TB_NOTES + "\n\n"
        + links.table(split, links.evaluate(split, limit, "esc")) + "\n\n" + links.ESC_NOTES
    )


def scored_folder(split: str, limit: int | None, data: Path) -> str:
    """The tables for a user's gold folder: NIF .ttl files, MEANTIME .xml documents, or both."""
    from tasks.evaluate import nif

    ttl = nif.files(data) if data.exists() else []
    out = [f"gold: {data}"]
    if ttl:
        out.append(nif.main(split, limit, data))
    if not ttl or meantime.files(data):
        try:
            out.append(table(split, evaluate(split, limit, root=data)) + "\n\n" + NOTES)
        except FileNotFoundError:
            if data.exists():
                raise FileNotFoundError(f"no MEANTIME .xml or NIF .ttl documents under {data}") from None
            raise
    return "\n".join(out)


def as_json(results: Iterable[tuple[str, dict[str, Scores]]]) -> str:
    return json.dumps({split: r for split, r in results}, indent=2, sort_keys=True)


if __name__ == "__main__":
    import sys

    print(main(*(sys.argv[1:2] or ["dev"])))
