"""The entity gazetteer: versioned CSVs in ``seeds/gazetteer`` (see its README for the columns).

Files are read in priority order: hand-curated entries first, then countries, US states and
cities (largest first), so when one alias names several entries the earlier one wins.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from tasks.settings import REPO_ROOT

GAZETTEER_DIR = REPO_ROOT / "seeds" / "gazetteer"
COLUMNS = [
    "canonical_name", "label", "wikidata_qid", "country_code", "latitude", "longitude",
    "aliases", "metonyms", "kind",
]
#: Files in priority order.
FILES = ("curated.csv", "countries.csv", "us_states.csv", "cities.csv")
PLACE_KINDS = frozenset({"country", "former_country", "us_state", "city", "capital", "region"})


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

    @property
    def key(self) -> str:
        """Deterministic entity key: the QID when known, else the gazetteer's canonical name."""
        return f"wd:{self.wikidata_qid}" if self.wikidata_qid else f"gz:{self.label}:{self.canonical_name}"


_SPACES = re.compile(r"\s+")
_OPEN_PAREN = re.compile(r"\s*\([^)]*$")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")


@lru_cache(maxsize=1 << 16)  # names repeat within and across documents; called ~70 times a document
def norm(text: str) -> str:
    """Lookup form of a name: no leading article, no possessive, single spaces, no final dot-less stop."""
    # "<San Miguel Corp>" (Reuters ticker markup), "International Coffee Organization (ICO"
    text = _SPACES.sub(" ", text.strip().strip("<>").strip())
    text = _OPEN_PAREN.sub("", text)
    text = _ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive lookup form: news copy often drops diacritics that the
    Wikipedia title keeps ("Noel Forgeard" for "Noël Forgeard", "Nestle" for "Nestlé")."""
    decomposed = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _float(v: str) -> float | None:
    return float(v) if v else None


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
                ))
    return out


def read_demonyms(directory: Path = GAZETTEER_DIR) -> dict[str, str]:
    """Demonym (as written, e.g. ``Iraqi``, ``Iraqis``) -> canonical name of its country/body."""
    path = directory / "demonyms.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["demonym"]: r["canonical_name"] for r in csv.DictReader(f)}


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

    def lookup(self, text: str) -> list[tuple[GazEntry, str]]:
        """Entries named by ``text`` with the role of the alias (name, acronym, metonym), best first."""
        hits = self.exact.get(norm(text))
        if hits:
            return hits
        return self.folded.get(fold(text), [])

    def patterns(self) -> list[tuple[str, str]]:
        """(alias, label) pairs for the phrase matcher: every alias and metonym as written."""
        out = []
        for key, hits in self.exact.items():
            labels = {e.label for e, _ in hits}
            if len(labels) == 1:
                out.append((key, next(iter(labels))))
        return out


def _role(alias: str, entry: GazEntry) -> str:
    if alias in entry.metonyms:
        return "metonym"
    if re.fullmatch(r"(?:[A-Z]\.?){2,6}", alias) and not entry.canonical_name.isupper():
        return "acronym"
    if entry.label == "PERSON" and alias != entry.canonical_name and entry.canonical_name.endswith(" " + alias):
        return "short_form"
    return "name"


@cache
def load(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    entries = read_entries(directory)
    exact: dict[str, list[tuple[GazEntry, str]]] = {}
    folded: dict[str, list[tuple[GazEntry, str]]] = {}
    by_name: dict[str, GazEntry] = {}
    for e in entries:
        by_name.setdefault(e.canonical_name, e)
        for alias in (e.canonical_name, *e.aliases, *e.metonyms):
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
    return Gazetteer(entries, exact, folded, demonyms, by_name)
