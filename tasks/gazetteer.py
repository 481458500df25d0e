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
    "airline", "index", "product", "person", "treaty", "event",
})  # fmt: skip
#: The spaCy labels a row may carry: names of things, places, people, agreements and events
#: ("Brexit", "COVID-19 pandemic").
ROW_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "PRODUCT", "LAW", "EVENT"})


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
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
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
    decomposed = unicodedata.normalize("NFKD", norm(text).replace("-", " "))
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


@dataclass
class Gazetteer:
    entries: list[GazEntry]
    exact: dict[str, list[tuple[GazEntry, str]]]
    folded: dict[str, list[tuple[GazEntry, str]]]
    demonyms: dict[str, GazEntry]
    by_name: dict[str, GazEntry]
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
    return Gazetteer(entries, exact, folded, demonyms, by_name, dated)
