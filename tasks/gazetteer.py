"""The entity gazetteer: versioned CSVs in ``seeds/gazetteer`` (see its README for the columns).

Files are read in priority order: hand-curated entries first, then countries, US states and
cities (largest first), so when one alias names several entries the earlier one wins, unless
the rows carry the period in which their names refer to them (``valid_from``/``valid_to``,
curated rows only): then the entry of the document's year wins ("Bush" is George H. W. Bush in
1987 copy and George W. Bush in 2005 copy; see ``Gazetteer.lookup``).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from tasks.settings import REPO_ROOT

GAZETTEER_DIR = REPO_ROOT / "seeds" / "gazetteer"
COLUMNS = [
    "canonical_name", "label", "wikidata_qid", "country_code", "latitude", "longitude",
    "aliases", "metonyms", "kind",
]
#: Optional columns (curated.csv): first and last year in which the row's names refer to it.
PERIOD_COLUMNS = ["valid_from", "valid_to"]
#: Files in priority order.
FILES = ("curated.csv", "countries.csv", "us_states.csv", "cities.csv")
PLACE_KINDS = frozenset({"country", "former_country", "us_state", "city", "capital", "region"})
#: Every ``kind`` a row may carry (seeds/gazetteer/README.md says what each means).
KINDS = PLACE_KINDS | frozenset({
    "airport", "facility", "intl_org", "gov", "military", "party", "armed_group", "ngo", "outlet", "company",
    "airline", "index", "product", "person", "treaty", "event", "sports_team", "university",
})  # fmt: skip
#: The spaCy labels a row may carry: names of things, places, people, agreements and events
#: ("Brexit", "COVID-19 pandemic").
ROW_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "PRODUCT", "LAW", "EVENT"})


#: Words that show a name was not written as the firm writes it: a slipped shift key ("AFG
#: INdustries", "LLoyd's Bank", "MArk IV"), a shouted word of a table or an upper-case story
#: ("CYACQ", "TEXACO INC", "McDONNELL"), or a content word in lower case ("AFG industries").
#: The same pattern runs in SQL (``tasks.land.entities_rollup``), so it keeps to what RE2 reads.
ODD_CASE_PATTERN = r"\b[A-Z]{2}[a-z]+|\b(?:Mc|Mac)?[A-Z]{4,}\b|(?:^|\s)[a-z]{4,}"


@dataclass(frozen=True)
class GazEntry:
    canonical_name: str
    label: str
    wikidata_qid: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    kind: str
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]
    rank: int
    """Position in priority order: lower wins among entries sharing an alias."""
    valid_from: int | None = None
    """First year in which the row's names refer to it (None: since always)."""
    valid_to: int | None = None
    """Last year in which the row's names refer to it (None: still today)."""

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def distance(self, year: int) -> int:
        """Years between ``year`` and the row's period (0 inside it)."""
        if self.valid_from is not None and year < self.valid_from:
            return self.valid_from - year
        if self.valid_to is not None and year > self.valid_to:
            return year - self.valid_to
        return 0

    @property
    def key(self) -> str:
        """Deterministic entity key: the QID when known, else the gazetteer's canonical name."""
        return f"wd:{self.wikidata_qid}" if self.wikidata_qid else f"gz:{self.label}:{self.canonical_name}"


_SPACES = re.compile(r"\s+")
_OPEN_PAREN = re.compile(r"\s*\([^)]*$")
#: "THe New York STock Exchange": wire copy types the article in any case, and the folded lookup
#: after it ignores case only once the article is off.
_ARTICLE = re.compile(r"^(?i:the)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")


@lru_cache(maxsize=1 << 14)  # names repeat within and across documents; called ~70 times a document
def norm(text: str) -> str:
    """Lookup form of a name: no leading article, no possessive, single spaces, no final dot-less stop."""
    # "<San Miguel Corp>" (Reuters ticker markup), "International Coffee Organization (ICO"
    text = _SPACES.sub(" ", text.strip().strip("<>").strip())
    text = _OPEN_PAREN.sub("", text)
    text = _ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text)


@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Case-, accent- and hyphen-insensitive lookup form: news copy often drops diacritics that
    the Wikipedia title keeps ("Noel Forgeard" for "Noël Forgeard", "Nestle" for "Nestlé") and
    hyphenates or not ("Dar-es-Salaam", "Dar es Salaam")."""
    plain = norm(text).replace("-", " ")
    if plain.isascii():
        return plain.casefold()  # nothing to decompose, no combining mark: most lookups, a third of them new
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _float(v: str) -> float | None:
    return float(v) if v else None


def _int(v: str | None) -> int | None:
    return int(v) if v else None


def _split(v: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in v.split("|") if a.strip())


def read_entries(directory: Path = GAZETTEER_DIR) -> list[GazEntry]:
    out: list[GazEntry] = []
    for fname in FILES:
        path = directory / fname
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                out.append(GazEntry(
                    r["canonical_name"], r["label"], r["wikidata_qid"] or None, r["country_code"] or None,
                    _float(r["latitude"]), _float(r["longitude"]), r["kind"],
                    _split(r["aliases"]), _split(r.get("metonyms") or ""), len(out),
                    _int(r.get("valid_from")), _int(r.get("valid_to")),
                ))
    return out


#: A demonym row with a period: (demonym, canonical name, valid_from, valid_to).
DatedDemonym = tuple[str, str, int | None, int | None]


def _demonym_rows(directory: Path) -> list[dict[str, str]]:
    path = directory / "demonyms.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_demonyms(directory: Path = GAZETTEER_DIR) -> dict[str, str]:
    """Demonym (as written, e.g. ``Iraqi``, ``Iraqis``) -> canonical name of its country/body,
    from the rows without a period."""
    return {
        r["demonym"]: r["canonical_name"] for r in _demonym_rows(directory)
        if not (r.get("valid_from") or r.get("valid_to"))
    }


def read_dated_demonyms(directory: Path = GAZETTEER_DIR) -> list[DatedDemonym]:
    """The demonym rows with a period: "Congolese" meant Congo-Brazzaville while the other
    Congo was Zaire (1971-1996), the Democratic Republic before and after."""
    return [
        (r["demonym"], r["canonical_name"], _int(r.get("valid_from")), _int(r.get("valid_to")))
        for r in _demonym_rows(directory) if r.get("valid_from") or r.get("valid_to")
    ]


def _case_sensitive(alias: str) -> bool:
    """Short or upper-case aliases (US, IS, LA, AP) only match as written."""
    return len(alias) <= 3 or alias.isupper() or "." in alias and len(alias) <= 6


#: Words before a person's name in some aliases ("Minister Michael Wilson", "Sir Colin
#: Marshall"): the gazetteer keys a common name with its title, so such a name is no given name
#: and surname to compare.
_NAME_TITLES = frozenset("""
sheikh shaikh king queen prince princess crown pope sir dame lord lady mr mr. mrs mrs. ms ms. dr dr.
president minister secretary ayatollah emir sultan grand duke imam cardinal general gen. senator
""".split())
#: Arabic articles inside a name, which outlets write or not ("Muammar al-Gaddafi", "Abdel
#: Fattah el-Sisi").
_ARTICLES = frozenset({"al", "el"})
#: First words of a surname written alone ("al-Sharaa", "De Croo", "Le Pen"): no given name to
#: compare (nor is "Al" of "Al Gore", whom the gazetteer's own names find).
_PARTICLES = _ARTICLES | frozenset({"de", "le", "la", "van", "von", "der", "den", "di", "da", "du", "dos", "del", "bin", "ibn"})
#: Particles wire copy leaves out of a name ("Richard Weizsaecker"); not "bin" of "Mohammed bin Salman".
_OMITTED = _PARTICLES - {"bin", "ibn"}
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv", "3rd"})
#: Shorter transliteration keys join different names ("Saad" is not "Said").
_SHORTEST_KEY = 4
#: A title with a disambiguator or a peerage ("Michael Wilson (Canadian politician)", "John
#: MacGregor, Baron MacGregor of Pulham Market"): a common name the gazetteer keys otherwise.
_KEYED_APART = re.compile(r"[(,]")
_Y_ENDING = re.compile(r"(?:iy|yy|yi|ii|ij)$")
_DIGRAPHS = (("kh", "k"), ("gh", "k"), ("dh", "d"), ("ph", "f"), ("zh", "j"), ("dj", "j"), ("ck", "k"))
_LETTER_CLASS = str.maketrans("qgcweiyu", "kkkvaaao")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 14)
def spelling(token: str) -> str:
    """A name word as outlets spell it alike: folded, without apostrophes or dots, and with one
    ending for the transliterated Slavic "-iy"/"-yy"/"-yi"/"-ii" ("Zelenskiy", "Zelenskyy",
    "Zelensky"; "Andrii", "Andriy")."""
    word = fold(token).replace("'", "").replace("’", "").replace(".", "")
    return _Y_ENDING.sub("y", word) if len(word) > 4 else word


@lru_cache(maxsize=1 << 14)
def skeleton(token: str) -> str:
    """Transliteration key of a name word: German "oe"/"ue"/"ae" as the umlaut's vowel, Arabic
    "q"/"k"/"g"/"gh", "kh"/"k", "dh"/"d" alike, vowels as front (a, e, i, y) or back (o, u), doubled
    letters once ("Qaddafi", "Kadhafi", "Gadhafi"; "Mohammed", "Muhammad"; "Moammar", "Muammar";
    not "Mahmoud", whose vowels are another name's)."""
    word = spelling(token)
    for a, b in (("oe", "o"), ("ue", "u"), ("ae", "a")):
        word = word.replace(a, b)
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    return _REPEATS.sub(r"\1", word.translate(_LETTER_CLASS))


def name_words(name: str) -> tuple[str, ...]:
    """The words of a person's name that spelling variants are compared on: no Arabic article
    inside the name, no generation ("Jr.")."""
    words = [w for w in fold(name).split() if w.strip(".")]
    if len(words) > 1 and words[-1].rstrip(".") in _GENERATIONS:
        words = words[:-1]
    inner = [w for w in words[1:-1] if w not in _ARTICLES]
    return tuple(spelling(w) for w in (words[:1] + inner + words[-1:])) if len(words) > 1 else tuple(spelling(w) for w in words)


def generation(name: str) -> str:
    """"iii" of "T. Boone Pickens III" (or "3rd"), "jr" of "Louis Gerstner Jr."; "" without one."""
    words = fold(name).split()
    last = words[-1].rstrip(".") if len(words) > 1 else ""
    return ("iii" if last == "3rd" else last) if last in _GENERATIONS else ""


@dataclass
class PersonNames:
    """The name words of one gazetteer person, over its Wikipedia title and aliases."""

    entry: GazEntry
    names: tuple[tuple[str, ...], ...]
    """Its names of more than one word, as ``name_words``."""
    surnames: frozenset[str]
    generations: frozenset[str]
    """"jr", "iii"... of its names, "" for names without one: "T. Boone Pickens III" is the
    son of T. Boone Pickens."""


@dataclass
class SpellingIndex:
    """People by the transliteration key of their surname, and by their full name without
    spaces ("Kim Jong Un", "Kim Jong-un"), built once at load; ``varied`` holds the keys of name
    words the gazetteer itself spells more than one way ("Gaddafi", "Qaddafi"), the only words
    whose other spellings are trusted."""

    by_surname: dict[str, list[PersonNames]]
    compact: dict[str, list[PersonNames]]
    varied: frozenset[str]

    def same_word(self, written: str, known: str) -> bool:
        """``written`` is ``known`` or, for a word the gazetteer spells several ways, another
        transliteration of it."""
        if written == known:
            return True
        key = skeleton(known)
        return len(key) >= _SHORTEST_KEY and key in self.varied and skeleton(written) == key

    def given_agrees(self, written: str, given: str, forms: dict[str, tuple[str, ...]]) -> bool:
        return self.same_word(written, given) or given in forms.get(written, ())

    def middles_agree(self, written: tuple[str, ...], known: tuple[str, ...]) -> bool:
        """The middle names written are the person's, an initial standing for a name, and only
        particles are left out ("Richard Weizsaecker"): "Mohammed Ali" is not Mohamed Irfaan Ali,
        and "John Whitehead" not John C. Whitehead, whom the gazetteer keys by his title alone."""
        def matches(w: str, m: str) -> bool:
            return self.same_word(w, m) or (len(w) == 1 or len(m) == 1) and w[:1] == m[:1]

        return (all(any(matches(w, m) for m in known) for w in written)
                and all(any(matches(w, m) for w in written) for m in known if m not in _OMITTED))

    def person(self, name: str, year: int | None, forms: dict[str, tuple[str, ...]]) -> GazEntry | None:
        """The one person of the period whose surname and given name ``name`` spells another way,
        or whose full name it writes with other spaces; None for none or several."""
        words = name_words(name)
        if len(words) < 2 or words[0] in _PARTICLES or words[0] in _NAME_TITLES:
            return None
        born = generation(name)
        found = {id(p.entry): p.entry for p in self.compact.get("".join(words), []) if born in p.generations}
        for p in self.by_surname.get(skeleton(words[-1]), []):
            if born in p.generations and self.spells(words, p, forms):
                found[id(p.entry)] = p.entry
        here = [e for e in found.values() if year is None or e.distance(year) == 0]
        return here[0] if len(here) == 1 else None

    def spells(self, words: tuple[str, ...], p: PersonNames, forms: dict[str, tuple[str, ...]]) -> bool:
        """``words`` are one of ``p``'s names, its surname spelled as any of them."""
        return any(self.same_word(words[-1], s) for s in p.surnames) and any(
            self.given_agrees(words[0], n[0], forms) and self.middles_agree(words[1:-1], n[1:-1]) for n in p.names
        )


def _variant_pairs(names: list[tuple[str, ...]]) -> set[str]:
    """Keys of the words that two names of one person spell differently but alike ("Moammar
    Gadhafi" / "Muammar Qaddafi"), position by position, surnames always."""
    keys: set[str] = set()
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            keys.update(skeleton(x) for x, y in _aligned(a, b) if x != y and skeleton(x) == skeleton(y))
    return keys


def _aligned(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[str, str]]:
    """Words in the same place of two names: all of them in names of one length, else the
    surnames and, when both have one, the given names."""
    if len(a) == len(b):
        return list(zip(a, b, strict=True))
    return [(a[-1], b[-1])] + ([(a[0], b[0])] if len(a) > 1 and len(b) > 1 else [])


def spelling_index(entries: list[GazEntry]) -> SpellingIndex:
    by_surname: dict[str, list[PersonNames]] = {}
    compact: dict[str, list[PersonNames]] = {}
    varied: set[str] = set()
    for e in entries:
        if e.label != "PERSON":
            continue
        written = [n for n in (e.canonical_name, *e.aliases) if not _KEYED_APART.search(n)]
        names = [n for n in map(name_words, written) if n and n[0] not in _NAME_TITLES and all(w.isalpha() for w in n)]
        full = [n for n in names if len(n) > 1 and n[0] not in _PARTICLES]
        if not full:
            continue
        varied |= _variant_pairs(names)
        person = PersonNames(
            e, tuple(dict.fromkeys(full)), frozenset(n[-1] for n in names), frozenset(generation(n) for n in written),
        )
        for key in {skeleton(s) for s in person.surnames}:
            by_surname.setdefault(key, []).append(person)
        for key in {"".join(n) for n in full}:
            compact.setdefault(key, []).append(person)
    return SpellingIndex(by_surname, compact, frozenset(varied))


#: Kinds a one-letter misspelling is read as: towns are left out, since a town the gazetteer
#: lacks is often one letter from one it has ("Stirling" and Sterling, "Misima" and Mishima).
MISSPELT_KINDS = frozenset({"country", "former_country", "us_state", "region"})
_SHORTEST_MISSPELLING = 6
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Words one deletion, transposition, substitution or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS}) - {word}


@dataclass
class Gazetteer:
    entries: list[GazEntry]
    exact: dict[str, list[tuple[GazEntry, str]]]
    folded: dict[str, list[tuple[GazEntry, str]]]
    demonyms: dict[str, GazEntry]
    by_name: dict[str, GazEntry]
    spellings: SpellingIndex | None = None
    dated_demonyms: dict[str, list[tuple[GazEntry, int | None, int | None]]] = field(default_factory=dict)

    def demonym(self, name: str, year: int | None = None) -> GazEntry | None:
        """The country or body a demonym names in copy of ``year``: a row whose period holds the
        year, else the row without a period (also when the year is unknown)."""
        if year is not None:
            for e, lo, hi in self.dated_demonyms.get(name, ()):
                if (lo is None or lo <= year) and (hi is None or year <= hi):
                    return e
        return self.demonyms.get(name)

    def lookup(self, text: str, year: int | None = None) -> list[tuple[GazEntry, str]]:
        """Entries named by ``text`` with the role of the alias (name, acronym, metonym), best first.

        ``year`` (of the document) orders entries that share the name by their period: first
        those whose period holds the year, then rows without a period, then the others, nearest
        period first; priority order within each group. Without a year, a row whose period is
        still open comes first ("Bush" is George W. Bush, "EC" the European Commission), then
        priority order: the caller passes None only when neither the document date nor the
        text tells the period."""
        hits = self.exact.get(norm(text)) or self.folded.get(fold(text), [])
        if len(hits) > 1 and any(e.dated for e, _ in hits):
            return _by_period(hits, year)
        return hits

    def misspelt_place(self, word: str) -> GazEntry | None:
        """The one country, US state or province that ``word`` misspells by one letter
        ("Califoirnia", "Guandong", "Tennesse"): a word of six letters or more, with the same
        first letter, and no other name of the gazetteer one letter away."""
        w = fold(word)
        if len(w) < _SHORTEST_MISSPELLING or not w.isalpha() or w in self.folded:
            return None
        if w.endswith("s") and w[:-1] in self.folded:
            return None  # a plural is no misspelling: "some Brazils" (coffee), "the two Koreas"
        near = {k for k in _one_edit(w) if k in self.folded}
        if len(near) != 1 or next(iter(near))[:1] != w[:1]:
            return None
        entries = {id(e): e for e, _ in self.folded[near.pop()]}
        if len(entries) != 1:
            return None
        entry = next(iter(entries.values()))
        return entry if entry.kind in MISSPELT_KINDS else None

    def patterns(self) -> list[tuple[str, str]]:
        """(alias, label) pairs for the phrase matcher: every alias and metonym as written."""
        out = []
        for key, hits in self.exact.items():
            labels = {e.label for e, _ in hits}
            if len(labels) == 1:
                out.append((key, next(iter(labels))))
        return out


def _by_period(hits: list[tuple[GazEntry, str]], year: int | None) -> list[tuple[GazEntry, str]]:
    def key(h: tuple[GazEntry, str]) -> tuple[int, int, int]:
        e = h[0]
        if year is None:  # as of today: a name's current referent, else priority order
            return (0 if e.dated and e.valid_to is None else 1, 0, e.rank)
        if not e.dated:
            return (1, 0, e.rank)
        d = e.distance(year)
        return (0 if d == 0 else 2, d, e.rank)

    return sorted(hits, key=key)


def _role(alias: str, entry: GazEntry) -> str:
    if alias in entry.metonyms:
        return "metonym"
    if re.fullmatch(r"(?:[A-Z]\.?){2,6}", alias) and not entry.canonical_name.isupper():
        return "acronym"
    if entry.label == "PERSON" and alias != entry.canonical_name and entry.canonical_name.endswith(" " + alias):
        return "short_form"
    return "name"


def _with_and(*names: str) -> list[str]:
    """The names and, for those with an ampersand, the spelling wire copy uses ("AT and T",
    "S and P", "Standard and Poor's", "Procter and Gamble" for "&")."""
    out = list(names)
    for n in names:
        if "&" in n:
            spelled = _SPACES.sub(" ", n.replace("&", " and ")).strip()
            if spelled not in out:
                out.append(spelled)
    return out


@cache
def load(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    entries = read_entries(directory)
    exact: dict[str, list[tuple[GazEntry, str]]] = {}
    folded: dict[str, list[tuple[GazEntry, str]]] = {}
    by_name: dict[str, GazEntry] = {}
    for e in entries:
        by_name.setdefault(e.canonical_name, e)
        for alias in _with_and(e.canonical_name, *e.aliases, *e.metonyms):
            key, role = norm(alias), _role(alias, e)
            if not key:
                continue
            lst = exact.setdefault(key, [])
            if all(x is not e for x, _ in lst):
                lst.append((e, role))
            if not _case_sensitive(key):
                flst = folded.setdefault(fold(key), [])
                if all(x is not e for x, _ in flst):
                    flst.append((e, role))
    demonyms = {d: by_name[c] for d, c in read_demonyms(directory).items() if c in by_name}
    dated: dict[str, list[tuple[GazEntry, int | None, int | None]]] = {}
    for d, c, lo, hi in read_dated_demonyms(directory):
        if c in by_name:
            dated.setdefault(d, []).append((by_name[c], lo, hi))
            demonyms.setdefault(d, by_name[c])  # a demonym known only for a period is a demonym all the same
    return Gazetteer(entries, exact, folded, demonyms, by_name, spelling_index(entries), dated)
