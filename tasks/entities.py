"""Entity mentions: recognize, canonicalize and link to stable corpus-level entities.

Recognition is spaCy's statistical NER plus one rule component after it
(``newsetl_entity_rules``) that reconciles the model's spans with gazetteer matches:
a gazetteer name that strictly covers model spans replaces them ("Islamic" NORP + "State"
-> "Islamic State" ORG); a model span that is exactly a gazetteer name takes the gazetteer's
label ("Trump" ORG -> PERSON); an unambiguous gazetteer name the model missed is added.

Linking (``extract_mentions``) then works per document, in text order:

1. demonyms (NORP "Iraqi") link to their country, role ``demonym``;
2. acronyms defined in the text ("Islamic State (IS)") bind to the defined entity; every
   later occurrence of the acronym is a mention of it, role ``acronym``;
3. a later short form of an earlier name in the same document ("Abdul Mahdi" after
   "Adel Abdul Mahdi", "Northrop" after "Northrop Grumman") resolves to it, role ``short_form``;
4. otherwise the gazetteer (lookup ignores a leading "the" and a possessive "'s");
5. otherwise a stable unlinked entity keyed by label + normalized surface form.

Titles before a person's name ("Iraqi Prime Minister Adel Abdul Mahdi") are split off into
``Mention.title``; the country or organization named just before the title goes to
``Mention.affiliation``.

Place names shared by a city and a US state ("Washington", "New York") mean the state only
after "<place>, " or before "state"; otherwise the city. A capital city that is the subject
of a non-stative verb ("Washington resumed military operations", "if Baghdad agreed") is a
metonym for its country's government and links to the country, role ``metonym``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tasks import gazetteer as gz
from tasks.gazetteer import GazEntry, Gazetteer

LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
#: Gazetteer labels a spaCy label may link to, best first.
COMPATIBLE = {
    "PERSON": ("PERSON",),
    "ORG": ("ORG", "GPE"),
    "GPE": ("GPE", "LOC"),
    "LOC": ("LOC", "GPE"),
    "FAC": ("LOC", "GPE", "ORG"),
    "NORP": ("ORG", "GPE"),
}
#: Words that make up a title or role written before a person's name.
TITLE_WORDS = frozenset("""
President Vice Prime Minister Secretary General Gen. Brigadier Brig. Colonel Col. Lt. Lieutenant
Major Maj. Captain Capt. Admiral Adm. Sergeant Sgt. Commander Cmdr. Chief Chairman Chairwoman
Chair CEO CFO COO Executive Officer Director Senator Sen. Rep. Representative Congressman
Congresswoman Governor Gov. Mayor King Queen Prince Princess Crown Sheikh Ayatollah Pope Judge
Justice Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Lord Dame Foreign Defense Defence Interior Finance
State Deputy Spokesman Spokeswoman Speaker Ambassador Chancellor Premier Leader Supreme Attorney
Treasury Commerce Trade Economy Energy Health Home Presiding Emir Sultan Cardinal Archbishop
Bishop Rev. Father Imam Field Marshal Assistant Undersecretary Under Minister-President
President-elect Senior Former former late chief executive officer spokesman spokeswoman minister
president secretary chairman director founder co-founder analyst
""".split())
STATIVE_VERBS = frozenset({"be", "have", "lie", "sit", "remain", "become", "host", "border", "stay", "seem"})
_DEFINITION_RE = re.compile(r"[A-Z][A-Z0-9&.-]{1,7}")


@dataclass(frozen=True)
class Entity:
    entity_id: str
    canonical_name: str
    label: str
    wikidata_qid: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Mention:
    start_char: int
    end_char: int
    text: str
    label: str
    entity: Entity
    role: str = "name"
    title: str | None = None
    affiliation: str | None = None
    """Canonical name of the country/organization named before a person's title, if any."""


def entity_id(key: str) -> str:
    """Stable id for an entity key (QID or label + normalized name)."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def normalize_name(text: str) -> str:
    return gz.norm(text)


def _entity(e: GazEntry) -> Entity:
    return Entity(
        entity_id(e.key), e.canonical_name, e.label, e.wikidata_qid, e.country_code,
        e.latitude, e.longitude,
    )


def _unlinked(label: str, text: str) -> Entity:
    name = normalize_name(text)
    return Entity(entity_id(f"{label}:{name.casefold()}"), name, label)


# --------------------------------------------------------------------------- recognition


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "la", "al", "on", "in"})


def _descriptive(alias: str) -> bool:
    return any(w[0].islower() and w not in _FUNCTION_WORDS for w in alias.split()[1:])


class EntityRules:
    """Reconciles the statistical NER's spans with gazetteer matches (see module doc)."""

    def __init__(self, nlp: Language, gaz: Gazetteer) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}
        by_label: dict[str, list[str]] = {}
        for alias, label in gaz.patterns():
            hits = gaz.exact[alias]
            # cities are only linked, never forced: too many are also common words or surnames;
            # descriptions ("Iraqi parliament", "US military") are linked, never forced either
            if all(e.kind in ("city", "capital") for e, _ in hits) or _descriptive(alias):
                continue
            by_label.setdefault(label, []).append(alias)
        for label, aliases in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(aliases)))

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        if not found:
            return doc
        ents = list(doc.ents)
        for m in filter_spans(found):
            over = [e for e in ents if e.start < m.end and m.start < e.end]
            if not over:
                if len(m) > 1 or not m[0].is_sent_start:
                    ents.append(m)
                continue
            if all(m.start <= e.start and e.end <= m.end for e in over) and any(len(e) < len(m) for e in over):
                ents = [e for e in ents if e not in over] + [m]
                continue
            if len(over) == 1:
                e = over[0]
                if e.label_ != m.label_ and e.label_ in COMPATIBLE and normalize_name(e.text) == m.text:
                    ents = [x for x in ents if x is not e] + [Span(doc, e.start, e.end, label=m.label_)]
                elif not (e.start <= m.start and m.end <= e.end) and len(m) > len(e):
                    ents = [x for x in ents if x is not e] + [m]
        doc.ents = filter_spans(ents)
        return doc


@Language.factory("newsetl_entity_rules")
def _make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, gz.load())


def configure(nlp: Language) -> None:
    """Add the gazetteer reconciliation component after the statistical NER."""
    if "newsetl_entity_rules" in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsetl_entity_rules", after="ner")
    else:
        nlp.add_pipe("newsetl_entity_rules", last=True)


# --------------------------------------------------------------------------- linking


@dataclass
class _Seen:
    tokens: tuple[str, ...]
    label: str
    entity: Entity


def _country(gaz: Gazetteer, code: str | None) -> GazEntry | None:
    if not code:
        return None
    for e in gaz.entries:
        if e.kind == "country" and e.country_code == code:
            return e
    return None


_COUNTRY_CACHE: dict[str, GazEntry | None] = {}


def _country_of(gaz: Gazetteer, code: str | None) -> GazEntry | None:
    if code not in _COUNTRY_CACHE:
        _COUNTRY_CACHE[code or ""] = _country(gaz, code)
    return _COUNTRY_CACHE.get(code or "")


def _state_context(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].text if span.start > 0 else ""
    before2 = doc[span.start - 2] if span.start > 1 else None
    return after == "state" or (before == "," and before2 is not None and before2.ent_type_ in ("GPE", "LOC"))


def _agentive_subject(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in STATIVE_VERBS


def _choose(hits: list[tuple[GazEntry, str]], label: str, span: Span) -> tuple[GazEntry, str] | None:
    compat = COMPATIBLE.get(label, ())
    good = [h for h in hits if h[0].label in compat] or ([] if label == "PERSON" else [h for h in hits if h[0].kind not in ("city", "capital", "us_state")])
    if not good:
        return None
    kinds = {h[0].kind for h in good}
    if "us_state" in kinds and kinds & {"city", "capital"} and not _state_context(span):
        good = [h for h in good if h[0].kind != "us_state"]
    return good[0]


def _title(doc: Doc, start: int) -> tuple[int, int]:
    """Token range [i, start) of title words written right before ``start``."""
    i = start
    while i > 0:
        t = doc[i - 1]
        if t.text in TITLE_WORDS and t.ent_type_ not in ("PERSON",):
            i -= 1
        elif t.lower_ == "of" and i - 2 >= 0 and doc[i - 2].text in TITLE_WORDS and i < start:
            i -= 1
        else:
            break
    while i < start and doc[i].lower_ == "of":
        i += 1
    return i, start


def _affiliation(doc: Doc, before: int, resolved: dict[int, Entity]) -> str | None:
    if before <= 0:
        return None
    tok = doc[before - 1]
    if tok.text in ("'s", "’s") and before >= 2:
        tok = doc[before - 2]
    ent = resolved.get(tok.i)
    return ent.canonical_name if ent is not None else None


def _initials_match(acr: str, name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    letters = acr.replace(".", "")
    return bool(words) and letters[0] == words[0][0] and len(letters) <= len(name.split()) + 3


def extract_mentions(doc: Doc) -> list[Mention]:
    """Mentions in a parsed document, each linked to an entity (see module doc)."""
    gaz = gz.load()
    seen: list[_Seen] = []
    acronyms: dict[str, tuple[Entity, str]] = {}
    token_entity: dict[int, Entity] = {}
    out: list[Mention] = []
    ents = [e for e in doc.ents if e.label_ in LABELS]
    covered = {i for e in ents for i in range(e.start, e.end)}

    spans: list[Span] = list(ents)
    # later occurrences of acronyms are found after definitions are bound, in one ordered pass
    pending_acr: list[Span] = []

    for ent in spans:
        label = ent.label_
        start = ent.start
        title_from, _ = _title(doc, start)
        # titles inside the model's PERSON span ("President Vladimir Putin") are split off too
        inner = start
        if label == "PERSON":
            while inner < ent.end - 1 and doc[inner].text in TITLE_WORDS:
                inner += 1
        title_toks = list(doc[title_from:start]) + list(doc[start:inner]) if label == "PERSON" else []
        span = doc[inner:ent.end] if label == "PERSON" else ent
        text = span.text
        key = normalize_name(text)
        entity: Entity | None = None
        role = "name"

        if label == "NORP":
            country = gaz.demonyms.get(key)
            if country is not None:
                entity, role = _entity(country), "demonym"
        if entity is None and key in acronyms and acronyms[key][1] == text.strip():
            entity, role = acronyms[key][0], "acronym"
        if entity is None:
            toks = tuple(key.split())
            for s in reversed(seen):
                if s.label != label or len(s.tokens) <= len(toks):
                    continue
                if (label == "PERSON" and s.tokens[-len(toks):] == toks) or (label == "ORG" and s.tokens[: len(toks)] == toks):
                    entity, role = s.entity, "short_form"
                    break
        if entity is None:
            hit = _choose(gaz.lookup(text), label, span)
            if hit is not None:
                g, role = hit
                if g.kind == "capital" and label == "GPE" and _agentive_subject(span):
                    country = _country_of(gaz, g.country_code)
                    if country is not None:
                        g, role = country, "metonym"
                entity = _entity(g)
        if entity is None:
            entity = _unlinked(label, text)
        seen.append(_Seen(tuple(key.split()), label, entity))
        for t in span:
            token_entity[t.i] = entity

        # "Islamic State (IS)": bind the acronym in parentheses to this entity
        e_end = ent.end
        if e_end + 2 < len(doc) and doc[e_end].text == "(" and doc[e_end + 2].text == ")":
            acr = doc[e_end + 1].text
            if _DEFINITION_RE.fullmatch(acr) and acr != text and _initials_match(acr, entity.canonical_name if role != "acronym" else text):
                acronyms[acr] = (entity, acr)
                pending_acr.append(doc[e_end + 1:e_end + 2])

        title = " ".join(t.text for t in title_toks) or None
        aff = _affiliation(doc, title_from, token_entity) if title_toks else None
        out.append(Mention(span.start_char, span.end_char, text, label, entity, role, title, aff))

    # acronym occurrences the model did not tag (or tagged as something else)
    by_start = {m.start_char: m for m in out}
    if acronyms:
        for tok in doc:
            if tok.text in acronyms:
                entity, _ = acronyms[tok.text]
                existing = by_start.get(tok.idx)
                if tok.i in covered and not (existing and existing.end_char == tok.idx + len(tok.text)):
                    continue
                label = next((m.label for m in out if m.entity == entity and m.role != "acronym"), entity.label)
                by_start[tok.idx] = Mention(tok.idx, tok.idx + len(tok.text), tok.text, label, entity, "acronym")
        out = list(by_start.values())
    out.sort(key=lambda m: (m.start_char, -m.end_char))
    return out


def entity_rows(mentions: Iterable[tuple[Mention, date | None]]) -> list[dict[str, object]]:
    """One row per entity for a batch: counts, aliases and first/last seen dates."""
    rows: dict[str, dict[str, object]] = {}
    for m, seen in mentions:
        e = m.entity
        row = rows.setdefault(
            e.entity_id,
            {
                "entity_id": e.entity_id, "canonical_name": e.canonical_name, "label": e.label,
                "wikidata_qid": e.wikidata_qid, "country_code": e.country_code,
                "latitude": e.latitude, "longitude": e.longitude,
                "aliases": set(), "mention_count": 0, "first_seen": None, "last_seen": None,
            },
        )
        row["aliases"].add(m.text)  # type: ignore[union-attr]
        row["mention_count"] += 1  # type: ignore[operator]
        if seen is not None:
            row["first_seen"] = min(filter(None, [row["first_seen"], seen]))  # type: ignore[type-var]
            row["last_seen"] = max(filter(None, [row["last_seen"], seen]))  # type: ignore[type-var]
    for row in rows.values():
        row["aliases"] = sorted(row["aliases"])  # type: ignore[arg-type]
    return sorted(rows.values(), key=lambda r: str(r["entity_id"]))
