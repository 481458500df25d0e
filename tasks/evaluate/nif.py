"""Entity linking against NIF 2.0 Turtle gold: the N3 collection's Reuters-128 and RSS-500.

N3 (Röder et al., LREC 2014; data under GNU AGPL-3.0 in its repository, not copied here) marks
named entities in news with a DBpedia URI, or a ``notInWiki`` URI (NIL). Reuters-128 is 128
Reuters-21578 stories, RSS-500 500 sentences from news feeds. Each file holds ``nif:Context``
resources (``nif:isString`` = the text) and phrases pointing at them
(``nif:referenceContext``) with ``nif:beginIndex``/``nif:endIndex`` (offsets in Unicode code
points, which is what Python indexes), ``nif:anchorOf`` and ``itsrdf:taIdentRef``.

The reader (``read``) handles the Turtle these files are written in: ``@prefix``/``PREFIX``
lines, IRIs and prefixed names, ``a``, ``;`` and ``,`` lists, short and ``\"\"\"`` long strings with
their escapes, ``@lang`` and ``^^datatype``. A file it cannot read, or whose phrases do not
fit their text, raises ``NifError`` naming the file and line.

Documents: one per context. ``dev``/``test`` by a stable hash of the context URI
(``sha256("n3-v1:" + uri)``, about half each). A Reuters-128 story takes as document date the
``<DATE>`` of its Reuters-21578 story in ``../shared/data/reuters21578``: the one its
``nif:sourceUrl`` names, if that story's body holds the text, else one found by the text alone
(N3 dropped apostrophes and line breaks, so texts are compared letters and digits only; on
Reuters-128 all 128 are found, 126 through their URL); a story that is also in the
hand-labelled Reuters links set (``tests/fixtures/reuters_links.jsonl``) is left out (none
is). RSS-500 sentences have no date.

Scoring (untyped: N3 marks no types):

- Gold: every marked phrase. Predictions: ``extract_mentions`` name mentions labelled PERSON,
  ORG, GPE, LOC or FAC. N3 does not mark demonyms as a rule (Reuters-128 dev: "Japanese",
  "French", "Iranian" before a noun are left unmarked; a single "Dutch" is marked), so NORP
  demonym mentions are not predictions here, as in the Reuters links set.
- Match: one-to-one by overlap, greedy by character Jaccard (``entities.match``, untyped).
- Mention recall = matched gold / gold. Mention precision would be printed only for a file
  whose gold marks every name (``EXHAUSTIVE``); checked on dev, neither does: Reuters-128
  marks 1 of the 35 "U.S." in its dev stories and leaves "Texas", "Congress" and "SEC"
  unmarked, RSS-500 marks one to three names per sentence. An unmatched prediction there is
  mostly a right name the annotators skipped, so precision would mislead.
- Link accuracy = share of gold phrases with an English DBpedia title whose matched mention has
  that title as ``canonical_name`` (``entities.same_title``: URL-decoded, underscores as spaces,
  first letter case-insensitive); an unmatched phrase counts as wrong. Titles are DBpedia
  2014's as written, never mapped to today's Wikipedia titles. German-DBpedia refs and NIL
  count for recall only.
- 95 % bootstrap intervals resample whole documents.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote

from tasks.evaluate import PRF, SHARED_DATA, GoldFormatError, bootstrap_interval, share_of
from tasks.evaluate.entities import Gold, Pred, ci_text, match, same_title
from tasks.settings import REPO_ROOT

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DBPEDIA_EN = ("http://dbpedia.org/resource/", "http://dbpedia.org/page/")
SALT = "n3-v1:"
TEST_SHARE = 0.5
#: Letters and digits of a context's opening that must recur in its Reuters-21578 story.
KEY = 60
REUTERS = SHARED_DATA / "reuters21578"
LINKS_FIXTURE = REPO_ROOT / "tests" / "fixtures" / "reuters_links.jsonl"
#: Files whose gold marks every name in the text, so that precision means something. Neither N3 file does
#: (checked on dev, see the docstring), so no precision is printed for them.
EXHAUSTIVE: frozenset[str] = frozenset()


class NifError(GoldFormatError):
    """A NIF file this reader cannot use; the message names the file and line."""

    def __init__(self, path: Path | str, line: int, what: str) -> None:
        super().__init__(f"{path}:{line}: {what}")
        self.path, self.line = str(path), line


# ------------------------------------------------------------------ Turtle (the subset NIF files use)


@dataclass(frozen=True)
class Term:
    kind: str  # "iri", "literal"
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class _Tok:
    kind: str  # iri, pname, string, punct, a, prefix, lang, dtmark, number
    text: str
    line: int


_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_PNAME = re.compile(r"[A-Za-z][\w.-]*?:[\w\-.%:]*[\w\-%:]|[A-Za-z][\w.-]*?:|:[\w\-.%]*")
_WORD = re.compile(r"@prefix|@base|PREFIX|BASE|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\^\^|a(?=[\s<\"])|[.;,\[\]()]")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _unescape(raw: str, path: Path | str, line: int) -> str:
    """Turtle escapes: ``\\t \\n \\" \\\\`` ... and ``\\uXXXX`` / ``\\UXXXXXXXX``."""
    out, i = [], 0
    while i < len(raw):
        ch = raw[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = raw[i + 1: i + 2]
        if nxt in _ECHAR:
            out.append(_ECHAR[nxt])
            i += 2
        elif nxt in ("u", "U"):
            width = 4 if nxt == "u" else 8
            digits = raw[i + 2: i + 2 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise NifError(path, line, f"bad escape \\{nxt}{digits}")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            raise NifError(path, line, f"bad escape \\{nxt}")
    return "".join(out)


def _string(text: str, i: int, path: Path | str, line: int) -> tuple[str, int]:
    """The string literal starting at ``text[i]`` (a quote): its value and the index after it."""
    q = text[i]
    long = text[i: i + 3] == q * 3
    j = i + (3 if long else 1)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if long and text[j: j + 3] == q * 3 and text[j + 3: j + 4] != q:
            return _unescape(text[i + 3: j], path, line), j + 3
        if not long and text[j] == q:
            return _unescape(text[i + 1: j], path, line), j + 1
        if not long and text[j] == "\n":
            break
        j += 1
    raise NifError(path, line, "string literal not closed")


def _tokens(text: str, path: Path | str) -> Iterator[_Tok]:
    i, line = 0, 1
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(text) and text[i] != "\n":
                i += 1
        elif ch == "<":
            j = text.find(">", i)
            if j < 0 or "\n" in text[i:j]:
                raise NifError(path, line, "IRI not closed")
            yield _Tok("iri", _unescape(text[i + 1: j], path, line), line)
            i = j + 1
        elif ch in "\"'":
            start = line
            value, j = _string(text, i, path, line)
            line += text.count("\n", i, j)
            yield _Tok("string", value, start)
            i = j
        else:
            m = _WORD.match(text, i)
            if m:
                word = m.group(0)
                kind = {"@prefix": "prefix", "PREFIX": "prefix", "^^": "dtmark", "a": "a"}.get(word)
                if kind is None and word.startswith("@") and word not in ("@base",):
                    kind = "lang"
                if word in ("@base", "BASE", "[", "]", "(", ")"):
                    raise NifError(path, line, f"{word!r} is not supported by this reader")
                yield _Tok(kind or "punct", word, line)
                i = m.end()
                continue
            m = _PNAME.match(text, i) or _NUMBER.match(text, i)
            if not m:
                raise NifError(path, line, f"unexpected {text[i:i + 20]!r}")
            yield _Tok("pname" if ":" in m.group(0) else "number", m.group(0), line)
            i = m.end()


class _Parser:
    def __init__(self, text: str, path: Path | str) -> None:
        self.toks = list(_tokens(text, path))
        self.pos = 0
        self.path = path
        self.prefixes: dict[str, str] = {}

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.peek()
        if tok is None:
            last = self.toks[-1].line if self.toks else 1
            raise NifError(self.path, last, "unexpected end of file")
        self.pos += 1
        return tok

    def expect(self, text: str) -> None:
        tok = self.take()
        if tok.text != text:
            raise NifError(self.path, tok.line, f"expected {text!r}, found {tok.text!r}")

    def iri(self, tok: _Tok) -> str:
        if tok.kind == "iri":
            return tok.text
        if tok.kind == "pname":
            prefix, _, local = tok.text.partition(":")
            if prefix not in self.prefixes:
                raise NifError(self.path, tok.line, f"unknown prefix {prefix + ':'!r}")
            return self.prefixes[prefix] + local
        raise NifError(self.path, tok.line, f"expected an IRI, found {tok.text!r}")

    def obj(self) -> Term:
        tok = self.take()
        if tok.kind == "string":
            nxt = self.peek()
            if nxt is not None and nxt.kind == "lang":
                self.pos += 1
                return Term("literal", tok.text, lang=nxt.text[1:])
            if nxt is not None and nxt.kind == "dtmark":
                self.pos += 1
                return Term("literal", tok.text, datatype=self.iri(self.take()))
            return Term("literal", tok.text)
        if tok.kind == "number":
            return Term("literal", tok.text)
        return Term("iri", self.iri(tok))

    def statements(self) -> Iterator[tuple[str, str, Term, int]]:
        """(subject, predicate, object, line of the subject) for every triple."""
        while (tok := self.peek()) is not None:
            if tok.kind == "prefix":
                self.pos += 1
                name = self.take()
                if name.kind != "pname" or not name.text.endswith(":"):
                    raise NifError(self.path, name.line, f"bad prefix name {name.text!r}")
                self.prefixes[name.text[:-1]] = self.iri(self.take())
                if tok.text == "@prefix":
                    self.expect(".")
                continue
            subj_tok = self.take()
            subject = self.iri(subj_tok)
            while True:
                verb = self.take()
                pred = RDF_TYPE if verb.kind == "a" else self.iri(verb)
                while True:
                    yield subject, pred, self.obj(), subj_tok.line
                    sep = self.take()
                    if sep.text != ",":
                        break
                if sep.text == ".":
                    break
                if sep.text != ";":
                    raise NifError(self.path, sep.line, f"expected ';', ',' or '.', found {sep.text!r}")
                nxt = self.peek()
                if nxt is not None and nxt.text == ".":  # a trailing ';'
                    self.pos += 1
                    break


def triples(text: str, path: Path | str = "<string>") -> Iterator[tuple[str, str, Term, int]]:
    """The triples of a Turtle document, each with the line its subject starts on."""
    return _Parser(text, path).statements()


# ------------------------------------------------------------------ NIF documents


@dataclass(frozen=True)
class Phrase:
    begin: int
    end: int
    anchor: str
    ref: str | None
    line: int

    @property
    def title(self) -> str | None:
        """The English DBpedia title of ``ref`` (URL-decoded, underscores as spaces), if it has one."""
        for base in DBPEDIA_EN:
            if self.ref and self.ref.startswith(base):
                return unquote(self.ref[len(base):]).replace("_", " ").strip() or None
        return None

    @property
    def nil(self) -> bool:
        return self.ref is None or "/notInWiki" in self.ref


@dataclass
class NifContext:
    uri: str
    text: str
    line: int
    source_url: str | None = None
    phrases: list[Phrase] = field(default_factory=list)
    dct: date | None = None

    @property
    def collection(self) -> str:
        """``Reuters-128`` for ``http://aksw.org/N3/Reuters-128/41#char=0,481``."""
        parts = self.uri.split("#")[0].rstrip("/").split("/")
        return parts[-2] if len(parts) >= 2 else ""


def _index(t: Term, path: Path | str, line: int) -> int:
    if not t.value.isdigit():
        raise NifError(path, line, f"offset {t.value!r} is not a non-negative integer")
    return int(t.value)


def read(path: Path) -> list[NifContext]:
    """The contexts of one NIF Turtle file with their phrases, in file order of the contexts."""
    subjects: dict[str, dict[str, Term]] = {}
    lines: dict[str, int] = {}
    for s, p, o, line in triples(path.read_text(encoding="utf-8"), path):
        subjects.setdefault(s, {})[p] = o
        lines.setdefault(s, line)
    contexts = {
        s: NifContext(s, po[NIF + "isString"].value, lines[s],
                      po[NIF + "sourceUrl"].value if NIF + "sourceUrl" in po else None)
        for s, po in subjects.items() if NIF + "isString" in po
    }
    for s, po in subjects.items():
        if NIF + "referenceContext" not in po:
            continue
        line = lines[s]
        ctx = contexts.get(po[NIF + "referenceContext"].value)
        if ctx is None:
            raise NifError(path, line, f"phrase {s} refers to a context not in the file")
        for key in ("beginIndex", "endIndex"):
            if NIF + key not in po:
                raise NifError(path, line, f"phrase {s} has no nif:{key}")
        begin, end = _index(po[NIF + "beginIndex"], path, line), _index(po[NIF + "endIndex"], path, line)
        if not begin < end <= len(ctx.text):
            raise NifError(path, line, f"phrase {s} spans {begin}-{end}, outside its text of {len(ctx.text)}")
        anchor = po[NIF + "anchorOf"].value if NIF + "anchorOf" in po else ctx.text[begin:end]
        if ctx.text[begin:end] != anchor:
            raise NifError(path, line, f"anchor {anchor!r} is not the text at {begin}-{end}: {ctx.text[begin:end]!r}")
        ref = po.get(ITS + "taIdentRef")
        ctx.phrases.append(Phrase(begin, end, anchor, ref.value if ref else None, line))
    for ctx in contexts.values():
        ctx.phrases.sort(key=lambda ph: (ph.begin, ph.end))
    return sorted(contexts.values(), key=lambda c: c.line)


def files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.ttl"))


def split_of(uri: str) -> str:
    """``test`` for about half of the contexts, by a stable hash of the context URI; else ``dev``."""
    bucket = int(hashlib.sha256((SALT + uri).encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < TEST_SHARE else "dev"


# ------------------------------------------------------------------ Reuters-21578 dates


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def find_stories(contexts: list[NifContext], src: Path = REUTERS) -> dict[str, dict[str, str | None]]:
    """Context URI -> its Reuters-21578 story (``reuters.articles``), checked by text: the context's first
    ``KEY`` letters and digits (N3 dropped apostrophes and line breaks) must occur in the story's body. The story
    named by the context's ``nif:sourceUrl`` (``.../Reuters-21578/<NEWID>``) is tried first; failing that, a
    story whose body starts with those letters, then any story holding them (the wire repeats stories)."""
    from tasks.evaluate import reuters

    if not src.exists():
        return {}
    arts = [(_letters(str(a["body"])), a) for a in reuters.articles(src)]
    by_id = {str(a["id"]): (body, a) for body, a in arts}
    starts: dict[str, dict[str, str | None]] = {}
    for body, a in arts:
        starts.setdefault(body[:KEY], a)
    found: dict[str, dict[str, str | None]] = {}
    for c in contexts:
        key = _letters(c.text)[:KEY]
        if len(key) < KEY:
            continue
        named = by_id.get(f"reuters-{c.source_url.rstrip('/').rsplit('/', 1)[-1]}") if c.source_url else None
        if named is not None and key in named[0]:
            found[c.uri] = named[1]
            continue
        hit = starts.get(key) or next((a for body, a in arts if key in body), None)
        if hit is not None:
            found[c.uri] = hit
    return found


def linked_set_ids(path: Path = LINKS_FIXTURE) -> set[str]:
    import json

    if not path.exists():
        return set()
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def reuters_date(published_at: str | None) -> date | None:
    if not published_at:
        return None
    return datetime.strptime(published_at.split()[0], "%d-%b-%Y").date()


# ------------------------------------------------------------------ scoring


def gold_of(ctx: NifContext) -> list[Gold]:
    return [Gold(ph.begin, ph.end, "ANY", ph.title, True) for ph in ctx.phrases]


def tally(golds: list[Gold], preds: list[Pred]) -> dict[str, float]:
    """One document's counts: untyped overlap matches, and links of gold with an English title."""
    m = match(golds, preds, strict=False, typed=False)
    linkable = [gi for gi, g in enumerate(golds) if g.ref]
    return {
        "tp": len(m), "n_gold": len(golds), "n_pred": len(preds),
        "link_n": len(linkable),
        "link_ok": sum(1 for gi in linkable if gi in m and same_title(preds[m[gi]].canonical_name, golds[gi].ref or "")),
    }


Scores = dict[str, float | int | tuple[float, float] | str]


def summarize(per_doc: list[dict[str, float]], exhaustive: bool) -> Scores:
    tot = {k: sum(c[k] for c in per_doc) for k in ("tp", "n_gold", "n_pred", "link_n", "link_ok")}
    prf = PRF(tot["tp"], int(tot["n_pred"]), int(tot["n_gold"]))
    out: Scores = {
        "n_docs": len(per_doc), "n_gold": int(tot["n_gold"]), "n_pred": int(tot["n_pred"]),
        "n_linkable": int(tot["link_n"]), "recall": prf.recall,
        "link_acc": tot["link_ok"] / tot["link_n"] if tot["link_n"] else 0.0,
        "recall_ci": bootstrap_interval(per_doc, share_of("tp", "n_gold")),
        "link_acc_ci": bootstrap_interval(per_doc, share_of("link_ok", "link_n")),
    }
    if exhaustive:
        out["precision"] = prf.precision
        out["precision_ci"] = bootstrap_interval(per_doc, share_of("tp", "n_pred"))
    return out


@dataclass
class Corpus:
    name: str
    docs: list[NifContext]
    exhaustive: bool
    note: str = ""


def corpus(path: Path, split: str, limit: int | None = None, src: Path = REUTERS) -> Corpus:
    """One file's documents of ``split`` (dev, test or all), each with its document date."""
    contexts = read(path)
    docs = [c for c in contexts if split == "all" or split_of(c.uri) == split]
    name = docs[0].collection if docs else path.stem
    note = ""
    if any(c.source_url and "Reuters-21578" in c.source_url for c in contexts):
        stories = find_stories(docs, src)
        inset = linked_set_ids()
        kept = [c for c in docs if str(stories.get(c.uri, {}).get("id")) not in inset]
        for c in kept:
            c.dct = reuters_date(stories[c.uri]["published_at"]) if c.uri in stories else None
        note = (f"{len(stories)} of {len(docs)} stories found in Reuters-21578 (their <DATE> is the document date); "
                f"{len(docs) - len(kept)} left out as stories of the hand-labelled Reuters links set")
        docs = kept
    docs = docs[:limit] if limit else docs
    return Corpus(name, docs, name in EXHAUSTIVE, note)


def evaluate(path: Path, split: str, limit: int | None = None) -> tuple[Corpus, dict[str, Scores]]:
    from tasks.evaluate.entities import preds_pipeline, systems

    c = corpus(path, split, limit)
    results: dict[str, Scores] = {}
    for name, (load, predict) in systems().items():
        nlp = load()
        per_doc = []
        t0 = time.perf_counter()
        for d, parsed in zip(c.docs, nlp.pipe([d.text for d in c.docs]), strict=True):
            if predict is preds_pipeline:
                preds = preds_pipeline(parsed, len(d.text), d.dct, demonyms=False)
            else:
                preds = predict(parsed, len(d.text), d.dct)
            per_doc.append(tally(gold_of(d), preds))
        results[name] = {**summarize(per_doc, c.exhaustive), "seconds": round(time.perf_counter() - t0, 2)}
    return c, results


def table(split: str, c: Corpus, results: dict[str, Scores]) -> str:
    head = f"{'split':5} {'system':28} {'docs':>4} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'link':>6} {'n':>4}"
    lines = [f"{c.name} (NIF)", head, "-" * len(head)]
    for name, r in results.items():
        p = f"{r['precision']:6.3f}" if "precision" in r else f"{'-':>6}"
        lines.append(f"{split:5} {name:28} {r['n_docs']:>4} {r['n_gold']:>5} {r['n_pred']:>5} {p} "
                     f"{r['recall']:6.3f} {r['link_acc']:6.3f} {r['n_linkable']:>4}")
    lines.append("")
    for name, r in results.items():
        spans = [f"R {ci_text(r['recall_ci'])}", f"link {ci_text(r['link_acc_ci'])}"]
        if "precision_ci" in r:
            spans.insert(0, f"P {ci_text(r['precision_ci'])}")
        lines.append(f"{name}: 95 % bootstrap interval over documents: {', '.join(spans)}")
    if c.note:
        lines += ["", c.note]
    return "\n".join(lines)


NOTES = (
    "N3 NIF gold (Reuters-128 / RSS-500): every marked phrase is a gold mention (no types); pred = PERSON, ORG, GPE, LOC,\n"
    "FAC name mentions (demonyms not predicted: N3 leaves them unmarked). Match = one-to-one overlap. R = matched gold /\n"
    "gold; no P ('-'): neither file marks every name (Reuters-128 leaves most 'U.S.' unmarked, RSS-500 marks a few a line).\n"
    "link = share of gold phrases with an English DBpedia 2014 title whose matched mention's canonical_name is that title\n"
    "(unmatched counts wrong; titles not mapped to today's); n = such phrases. NIL and German-DBpedia refs: recall only."
)


def main(split: str = "dev", limit: int | None = None, data: Path | None = None) -> str:
    """Tables for every NIF ``.ttl`` file under ``data``."""
    if data is None or not files(data):
        raise FileNotFoundError(f"no NIF .ttl files under {data}")
    parts = []
    for path in files(data):
        c, results = evaluate(path, split, limit)
        parts.append(table(split, c, results))
    return "\n\n".join(parts) + "\n\n" + NOTES
