"""Money, counts, percents and quantities with their value, currency, unit and object.

Detection is a left-to-right scan of the document text for number cores (digits, number
words, vague plurals like ``hundreds``), extended with the news idioms around them (currency
prefixes and words incl. Reuters' ``dlrs``/``stg``/``mln``, scale words, ``pct``, units,
ranges and approximators). The spaCy parse is used for what text alone cannot tell: the
counted noun (``object``), and whether a bare number is part of a date, time or name.

Conventions (documented in ``tasks/schema.py`` too):

* percents are in percentage points (``3.5 pct`` -> 3.5); proportions (``half``, ``a
  quarter``) are percents (50, 25); basis points are converted to points (50 bp -> 0.5) with
  ``unit`` ``basis point``, percentage-point changes keep ``unit`` ``percentage point``;
* cents and pence are converted to the main unit (``95 cts`` -> 0.95 USD);
* a range has ``value`` NULL and ``value_low``/``value_high``; an approximate amount keeps
  its ``value`` and gets the bound implied by its direction (``more than 4`` -> low 4);
* a range written as one expression (``15-20%``, ``200-250 seats``) is one row; a range whose ends
  a word joins (``175 million to 180 million Canadian dollars``, ``between $14 and $16``) is one
  row per end, ``between`` outside, as the gold marks each end, and both rows carry the range;
* vague amounts (``hundreds``, ``billions of dollars``) have ``value`` NULL and the order of
  magnitude as bounds (hundreds -> 100..999, thousands -> 1e3..1e6, billions -> 1e9..1e12);
  ``a few``/``several`` with a scale word is 2..9 of it (a few hundred million -> 2e8..9e8,
  several dozen -> 24..108); ``multi-million`` is 2e6..999e6;
* a vague amount of a unit ("millions of acres", "thousands of cubic metres of fuel") is a quantity in
  that unit, with the same bounds;
* sizes in two or three dimensions (``320x240``) are quantities with ``value`` and bounds NULL;
* capacities measured in time (``75 hours of video``) are quantities with ``unit`` ``hour``;
* currencies are ISO 4217 codes; Reuters' 1987 currencies (marks, francs, guilders, lire)
  get their ISO 4217 historic codes (DEM, FRF, NLG, ITL), see ``HISTORIC_CURRENCIES``;
* a currency that ISO 4217 recoded when it was redenominated or replaced (the peso of Mexico, the
  rouble, the zloty, the Turkish lira, ...) gets the code valid on the story's date (``dct``): pesos
  in a 1987 story are MXP, in a 2020 one MXN, so a sum per code never adds old units to new ones
  (see ``CURRENCY_ERAS``); without a date the code is today's;
* figures in Reuters results tables ("Net 3,080,000 vs 4,367,000", "Revs 15.6 mln") are money
  in the table's currency (that of its per-share row, else USD); share-count rows ("Avg shrs")
  stay counts; so are the cells of a lower-case table ("net loss 140.8 mln vs profit 682.4 mln assets 79.69
  billion"), a cell whose "vs" the wire dropped ("Net 26.8 mln 24.1 mln") and the cell before the next row's
  label ("vs 155,000 Revs"); a whole per-share figure beside one in cents is in cents ("Shr profit four vs
  loss seven cts"); so are cells the wire mistyped ("vs los 1,497,000", "vs pofit 702,000", "426 mlnm",
  "817.7 mlnvs 705.7 mln"), and a share-count row counts no noun of the next row ("Avg shrs 103.8 mln Year
  Shr loss");
* plain "dlrs"/"cts" in a story whose lead is about a dollar country (Canada, Australia, New
  Zealand, Hong Kong, Singapore, Taiwan) and names no U.S. cue are that country's dollar;
* a number written in full ("500,000 to two mln barrels") never takes the scale of the next one;
* points of a stock index named earlier in the sentence are quantities with ``unit`` ``index
  point`` ("the Dow Jones Industrial Average plunged more than 500 points"), and so is the level the
  move ends at ("fell 106.5 points to 4,208.1"), and the move written without "points" before the same move
  in percent or the level ("tumbled 5.39, or 1.2% to 452.76", "down 15.82 at 2681.76"); a move in
  points of a rate its sentence names ("the three-month interbank rate down 1/8 point", "cutting it [the
  prime] 1-1/2 points") is a percent in
  ``percentage point``, as "half a point" is; other moves in points (share and bond prices, a poll's
  lead) keep ``unit`` ``point``, as nothing says what they measure; the level a rate moved to or from ("cut
  half a point to 7.5", "1-1/2 points from 6-1/2") is a percent with no unit, as "7.5 pct" is, never a
  ``percentage point``;
* a multiple ("three times the size", "five times earnings", "65 times oversubscribed", "nearly three times
  higher") is a ratio, not a count of times: a quantity in ``unit`` ``times`` with no object (nothing is
  counted; "18 times shareholders' equity" had no object already), its span the number alone, as MEANTIME dev
  marks "four" of "up to four times faster"; a number of occasions ("voted three times over the objections",
  "three times a year") stays a count of ``time``, but a fraction of times is always a multiple ("will rise
  1.4 times in the period");
* "all" before a count is part of its extent, as MEANTIME marks "all 51", and approximates nothing;
* ounces are ``ounce`` whether or not the wire writes "troy" (metals are always quoted in troy ounces),
  so one filter on the unit finds them all;
* a results table whose per-share rows are in pence ("Shr 20.9p") is in sterling;
* the version of software a sentence names ("Berkeley BSD 4.3", no Bahamian dollars; "Mac OS X Leopard
  (10.5)") is no amount, as MEANTIME dev marks no number that versions a product, and neither is a product
  named with a plus ("3Com's 3+ network software"; "20+ stores" stays a count);
* a fraction in figures before "of" is the amount the same fraction in words is: "more than 1/8 of total
  spending" a percent of 12.5, "5/8 of a percentage point" 0.625 in ``percentage point``, "11/64 of an inch"
  a quantity in ``inch``; a fraction of one percent is that part of a percent ("1/10 of one pct" is 0.1);
* a share's move and price in eighths with no unit ("McCaw dropped 2 1/2 to 37 3/4", "the stock fell 7/8") are
  money in dollars (Canadian in a Toronto, Montreal or Vancouver story; LONDON stories, in pence, are left);
* a vote's tally is a score, no amount, whether written "voted 89-52" or "voted 217 to 206";
* the price after a move is in the move's money ("2p firmer at 134" is 1.34 GBP), in pence or cents
  unless the move would then be over a fifth of a level written with a point ("rose 28 cts to 18.64");
  whole-number share moves are dollars where the sentence names the share or the story quotes eighths;
* the first of a pair takes the second's scale and unit ("against 160 and 167 mln" tonnes);
* the dateline (in the text, or ``dateline`` where cleaning cut it off) names the market: plain dollars and
  cents of a story filed from Sydney, Melbourne, Wellington, Hong Kong or Singapore are that market's when
  the story names no other dollar, nor oil, a metal's ounce or a currency's rate (cents only, the rand's,
  from Johannesburg); there a whole-number move before a price in cents is cents ("Kidston 50 to 9.00");
* "a penny", "a cent" and "one-half cent" are one or half of the minor unit; a market report's list item
  after a name ("Mobil <MOB> one to 50-1/4") is a share's move and price as its verb-led first item is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

import pycountry
from spacy.tokens import Doc, Span, Token
from text_to_num import text2num


@dataclass(frozen=True)
class Amount:
    start_char: int
    end_char: int
    text: str
    kind: str
    value: float | None
    value_low: float | None = None
    value_high: float | None = None
    currency: str | None = None
    unit: str | None = None
    object: str | None = None
    approximate: str | None = None
    vague: bool = False


#: ISO 4217 codes withdrawn since (ISO 4217 "list three"), still needed for older news.
HISTORIC_CURRENCIES = frozenset(
    {"DEM", "FRF", "ITL", "NLG", "BEF", "ESP", "ATS", "PTE", "GRD", "IEP", "LUF", "FIM",
     "XEU", "SUR", "BRC", "ARA", "CYP", "CSK", "ECS", "PEI", "YUD", "ZRZ", "MXP",
     "HRK", "LTL", "LVL", "SIT", "EEK", "SKK", "BGL", "VEB", "ROL",
     # the withdrawn codes of ``CURRENCY_ERAS``
     "RUR", "ZMK", "TRL", "PLZ", "ILR", "VEF", "GHC", "ZWD", "ZWN", "ZWR", "ARP", "PES", "BRB", "BRN",
     "BRE", "BRR", "UYP", "SDP", "SDD", "UGS",
     # withdrawn since: the lev for the euro (2026), the Zimbabwe dollar for the ZiG (2024); without them
     # "Bulgarian levs" and "Zimbabwe dollars" of any date lost their currency
     "BGN", "ZWL"}
)

#: The codes one currency had in turn, each from the day its currency replaced the one before (the first
#: holds before the second's day). Codes and their order are ISO 4217 list three (withdrawn codes, SIX's
#: ``list-three.xml``); the day is that of the new currency's introduction, which list three's withdrawal
#: month of the old code follows (the rouble: SUR until its withdrawal, RUR until the 1998 redenomination).
#: Currencies that became the euro keep their own codes (FRF, DEM, ...): the euro is no recoding of them.
CURRENCY_ERAS: tuple[tuple[tuple[str, date | None], ...], ...] = (
    (("MXP", None), ("MXN", date(1993, 1, 1))),
    (("SUR", None), ("RUR", date(1991, 1, 1)), ("RUB", date(1998, 1, 1))),
    (("ZMK", None), ("ZMW", date(2013, 1, 1))),
    (("TRL", None), ("TRY", date(2005, 1, 1))),
    (("PLZ", None), ("PLN", date(1995, 1, 1))),
    (("CSK", None), ("CZK", date(1993, 2, 8))),
    (("ILR", None), ("ILS", date(1985, 9, 4))),
    (("VEB", None), ("VEF", date(2008, 1, 1)), ("VES", date(2018, 8, 20))),
    (("GHC", None), ("GHS", date(2007, 7, 1))),
    (("ZWD", None), ("ZWN", date(2006, 8, 1)), ("ZWR", date(2008, 8, 1)), ("ZWL", date(2009, 2, 2))),
    (("ROL", None), ("RON", date(2005, 7, 1))),
    (("BGL", None), ("BGN", date(1999, 7, 5))),
    (("ARP", None), ("ARA", date(1985, 6, 14)), ("ARS", date(1992, 1, 1))),
    (("PES", None), ("PEI", date(1985, 2, 1)), ("PEN", date(1991, 7, 1))),
    (("BRB", None), ("BRC", date(1986, 2, 28)), ("BRN", date(1989, 1, 16)), ("BRE", date(1990, 3, 16)),
     ("BRR", date(1993, 8, 1)), ("BRL", date(1994, 7, 1))),
    (("UYP", None), ("UYU", date(1993, 3, 1))),
    (("SDP", None), ("SDD", date(1992, 6, 8)), ("SDG", date(2007, 1, 10))),
    (("UGS", None), ("UGX", date(1987, 5, 18))),
)
_ERA_OF = {code: line for line in CURRENCY_ERAS for code, _ in line}
#: Words that name one era of a currency ("cruzados", "australes", "intis"): money the story writes so
#: is that currency whatever its date, as a 1995 story recalling 1987 cruzados does.
_ERA_WORD_RE = re.compile(r"\b(?:cruzados?|austral(?:es)?|intis)\b", re.I)


def currency_on(code: str | None, dct: date | None) -> str | None:
    """``code``, or the code of the same currency valid on ``dct`` (MXN on 1987-03-02 -> MXP)."""
    line = _ERA_OF.get(code or "")
    if line is None or dct is None:
        return code
    return next(c for c, since in reversed(line) if since is None or since <= dct)


def dated(found: Sequence[Amount], dct: date | None) -> list[Amount]:
    """``found`` with each recoded currency's code as it was on ``dct``, the story's date; an amount that
    names one era of its currency ("30 billion cruzados") keeps that era's code."""
    return [
        a if a.currency is None or _ERA_WORD_RE.search(a.text) else replace(a, currency=currency_on(a.currency, dct))
        for a in found
    ]


@cache
def iso_currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies) | HISTORIC_CURRENCIES


def valid_currency(code: str | None) -> bool:
    return code is not None and code in iso_currencies()


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_UNITS_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD = rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:-(?:{'|'.join(_UNITS_WORDS[1:10])}))?|{'|'.join(_UNITS_WORDS)})"
#: "and" joins number words only after a scale ("one hundred and five"), and a hyphen only before
#: one ("two-thousand"): "between four and five billion", "three-six pct" are ranges of two numbers.
#: "an estimated billion dlrs" (Reuters, of a quake's damage) counts one billion, as "an estimated one billion" does.
_WORDNUM = (
    rf"(?:(?:{_WORD}|a(?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b)"
    r"|(?<=\ban estimated )(?:million|billion|trillion)(?=[ \t]+\w))"
    rf"(?:(?:\s+|-(?=(?:hundred|thousand|million|billion|trillion|dozen)\b)"
    rf"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+)"
    rf"(?:{_WORD}|hundred|thousand|million|billion|trillion|dozen))*)"
)
#: The vulgar fractions today's copy sets as one character ("1½ times", "½ point", "2¾ per cent").
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_DIGITS = r"(?:\d*[½¼¾⅓⅔⅛⅜⅝⅞](?![\d½¼¾⅓⅔⅛⅜⅝⅞])|\d{1,2}/\d{1,2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[- ]\d{1,2}/\d{1,2})?|\.\d+|\d{1,2}/\d{1,2})"

#: Scale after a number; short forms only when attached or Reuters-style.
_SCALE_AFTER = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "billions": 1e9, "millions": 1e6, "mlns": 1e6, "blns": 1e9,
    "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
_SCALE_ATTACHED = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "k": 1e3,
                   "tn": 1e12, "trn": 1e12}

_VAGUE = {
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (100.0, 999.0),
    "thousands": (1e3, 1e6), "millions": (1e6, 1e9), "billions": (1e9, 1e12),
    "trillions": (1e12, 1e15),
}
_VAGUE_COMPOUND = {  # "tens of thousands" etc.
    "tens": 10.0, "hundreds": 100.0,
}

_PREFIX_CURRENCY = {
    "us$": "USD", "u.s.$": "USD", "dlrs": "USD", "dlr": "USD", "u.s. $": "USD", "$": "USD", "c$": "CAD", "can$": "CAD",
    "a$": "AUD", "aus$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD",
    "r$": "BRL", "£": "GBP", "gb£": "GBP", "gb #": "GBP", "gb#": "GBP", "stg": "GBP",
    "#": "GBP", "€": "EUR", "¥": "JPY", "y": "JPY", "dm": "DEM", "dfl": "NLG", "dfl.": "NLG",
    "ffr": "FRF", "ffr.": "FRF", "sfr": "CHF", "sfr.": "CHF", "rs": "INR", "rs.": "INR",
    "l": "ITL",
    # the currency signs of the Unicode "Currency Symbols" block in news use
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND",
    "฿": "THB", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₮": "MNT", "₸": "KZT", "₼": "AZN",
    "₵": "GHS", "₲": "PYG",
    # the renminbi's common abbreviation in Chinese business news ("RMB 1.2 billion"), not an ISO code
    "rmb": "CNY", "cn¥": "CNY",
    # the abbreviations today's English-language press of these countries writes against the figure
    # ("Rp169,000", "RM2.3 billion", "Dh5 billion", "KSh2 billion", "Tk 500 crore"), and the
    # Financial Times' Nordic crowns and renminbi ("SKr5bn", "Rmb5bn")
    "rp": "IDR", "rm": "MYR", "dh": "AED", "dhs": "AED", "ksh": "KES", "tk": "BDT",
    "skr": "SEK", "nkr": "NOK", "dkr": "DKK",
}
#: Currency signs written after the number in continental style ("5 €, 10 €", "100,000 ₭").
_SIGN_AFTER_RE = re.compile(r"[ \t]?(?P<s>[€¥₹₩₽₺₪₦₱₫฿₴₡₾₭₮₸₼₵₲])")
_PREFIX_RE = (
    r"(?:US\s?\$|U\.S\.\s?\$|C\$|Can\$|A\$|Aus\$|HK\$|NZ\$|S\$|NT\$|R\$|GB\s?£|GB\s?#|£|€|¥|₹|₩|₽|₺|₪|₦|₱|₫|฿|₴|₡|₾|₭|₮|₸|₼|₵|₲|\$|RMB\b"
    r"|dlrs|dlr|Stg|STG|stg|DM|Dfl\.?|dfl\.?|FFr\.?|SFr\.?|Sfr\.?|Rs\.?|Y(?=\d)|L(?=\d)"
    r"|CN¥|(?<![A-Za-z])(?:Rp|RM|Dhs?|KSh|Ksh|Tk|SKr|Skr|NKr|DKr|Rmb))"
)
#: A currency abbreviation written against the figure ("Rs1,599", "Rs.500 crore", "RM2.3 billion", "SFr5bn"):
#: the only letters a number may follow without a space besides an ISO code ("USD5").
_GLUED_PREFIX_RE = re.compile(r"(?<![A-Za-z])(?:(?P<rs>Rs\.?)|Rp|RM|Dhs?|KSh|Ksh|Tk|SFr|Sfr|SKr|Skr|NKr|DKr|Rmb)$")


def _glued_prefix(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start`` follows a currency abbreviation without a space. Letters other than
    the rupee's "Rs" also begin names ("the RM3", "a Tk2 engine"), so a figure after them must read as
    money: grouped, decimal or scaled ("RM50,000", "Dh5 billion", "SKr5bn")."""
    gm = _GLUED_PREFIX_RE.search(text, max(0, start - 4), start)
    if gm is None or text[start] == ".":
        return False  # "Rs.500": the figure starts after the abbreviation's full stop
    if gm.group("rs"):
        return True
    return bool(re.search(r"[.,]\d", text[start:end]) or _SCALE_ATTACHED_RE.match(text, end) or _SCALE_RE.match(text, end))

#: Currency words after a number; the value is the default code, refined by an adjective.
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "usd": "USD",
    "cent": "USD", "cents": "USD", "ct": "USD", "cts": "USD",
    "stg": "GBP", "sterling": "GBP", "pound": "GBP", "pounds": "GBP", "pence": "GBP", "p": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "euros": "EUR",
    "mark": "DEM", "marks": "DEM", "d-mark": "DEM", "d-marks": "DEM", "deutschemarks": "DEM",
    "franc": "FRF", "francs": "FRF", "guilder": "NLG", "guilders": "NLG",
    "lira": "ITL", "lire": "ITL", "peseta": "ESP", "pesetas": "ESP",
    "schilling": "ATS", "schillings": "ATS", "krona": "SEK", "kronor": "SEK",
    "krone": "DKK", "kroner": "DKK", "crowns": "SEK", "rupee": "INR", "rupees": "INR",
    "rand": "ZAR", "baht": "THB", "ringgit": "MYR", "won": "KRW", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN",
    "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR", "dinar": "KWD",
    "dinars": "KWD", "drachma": "GRD", "drachmas": "GRD", "drachmae": "GRD",
    "escudo": "PTE", "escudos": "PTE", "shekel": "ILS", "shekels": "ILS", "naira": "NGN",
    "cruzado": "BRC", "cruzados": "BRC", "austral": "ARA", "australes": "ARA",
    "punt": "IEP", "punts": "IEP", "rupiah": "IDR", "dirham": "AED", "dirhams": "AED",
    "zloty": "PLN", "forint": "HUF", "koruna": "CZK", "ecu": "XEU", "ecus": "XEU",
    "european currency units": "XEU", "european currency unit": "XEU",
    "shilling": "KES", "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "kwacha": "ZMW",
    "markka": "FIM", "markkaa": "FIM", "reais": "BRL", "quetzales": "GTQ", "colones": "CRC",
    "kronur": "ISK", "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT", "taka": "BDT", "kyats": "MMK",
    "kuna": "HRK", "litas": "LTL", "lats": "LVL", "tolars": "SIT", "kroons": "EEK",
    # plurals and units of 1980s wire copy: "47 billion forints", "58 mln SDRs", "500 mln bolivars"
    "forints": "HUF", "zlotys": "PLN", "korunas": "CZK", "sdr": "XDR", "sdrs": "XDR",
    "special drawing rights": "XDR", "bolivar": "VEB", "bolivars": "VEB", "sucre": "ECS",
    "sucres": "ECS", "intis": "PEI", "lei": "ROL",
    # Spanish plurals in Latin American wire copy: "66 billion bolivares"
    "bolivares": "VEB",
    # "Newman shares eased one penny", "500 million rmb"
    "penny": "GBP", "pennies": "GBP", "rmb": "CNY",
}
#: Singular/plural/short forms of one currency word, for "3.5 billion Swiss francs ... 71.2 billion francs".
_CURRENCY_BASE = {
    "dollars": "dollar", "dlr": "dollar", "dlrs": "dollar", "francs": "franc", "pounds": "pound",
    "pesos": "peso", "kroner": "krone", "riyals": "riyal", "dinars": "dinar", "rials": "rial",
    "cents": "cent", "cts": "cent", "ct": "cent", "marks": "mark", "ecus": "ecu",
    "shillings": "shilling", "schillings": "schilling", "rupees": "rupee", "kronor": "krona",
    "krone": "krone", "crowns": "crown", "pennies": "penny",
}
#: Country cues in the document for currency words shared by several countries.
_CURRENCY_CUES = {
    "franc": (
        (r"\bBelgi|\bBrussels", "BEF"), (r"\bSwiss\b|\bSwitzerland|\bZurich|\bGeneva|\bBasle|\bBern", "CHF"),
        (r"\bFrench\b|\bFrance\b|\bParis\b", "FRF"),
    ),
    "shilling": ((r"\bUganda", "UGX"), (r"\bKenya", "KES"), (r"\bTanzania", "TZS"), (r"\bSomali", "SOS")),
    "schilling": ((r"\bAustria", "ATS"),),
    # Zambia's and Malawi's currencies share the name: "a budget deficit of 303 mln kwacha, the Malawi news agency"
    "kwacha": ((r"\bZambia", "ZMW"), (r"\bMalawi", "MWK")),
    "dinar": (
        (r"\bKuwait", "KWD"), (r"\bIraq", "IQD"), (r"\bJordan", "JOD"), (r"\bBahrain", "BHD"),
        (r"\bLibya", "LYD"), (r"\bAlgeria", "DZD"), (r"\bTunisia", "TND"), (r"\bYugoslav", "YUD"),
    ),
    "peso": (
        (r"\bMexic", "MXN"), (r"\bPhilippine|\bManila", "PHP"), (r"\bArgentin", "ARS"), (r"\bChile", "CLP"),
        (r"\bColombia", "COP"), (r"\bUruguay", "UYU"),
    ),
    "krona": ((r"\bSwed", "SEK"), (r"\bIceland", "ISK")),
    "crown": (
        (r"\bSwed|\bStockholm", "SEK"), (r"\bNorw|\bOslo", "NOK"), (r"\bDanish|\bDenmark|\bCopenhagen", "DKK"),
        (r"\bCzech", "CSK"),
    ),
    "krone": ((r"\bDanish|\bDenmark|\bCopenhagen", "DKK"), (r"\bNorw|\bOslo", "NOK")),
    "riyal": ((r"\bSaudi", "SAR"), (r"\bQatar", "QAR")),
    "rupee": ((r"\bIndia", "INR"), (r"\bPakistan", "PKR"), (r"\bSri Lanka", "LKR"), (r"\bNepal", "NPR")),
    # without a money cue in the text, "61.4 mln pounds" is a weight
    "pound": (
        (r"\bstg\b|\b[Ss]terling|\bLondon\b|\bBritain|\bBritish\b|\bU\.K\.|\bUK\b|\bEngland|£", "GBP"),
        (r"\bIrish\b|\bIreland\b|\bDublin\b", "IEP"), (r"\bEgypt", "EGP"), (r"\bCyprus\b", "CYP"),
        (r"\bLebanon|\bLebanese\b", "LBP"),
        # Sudan's and Syria's budgets ("a budget deficit of 2.86 billion pounds") had been weights
        (r"\bSudan|\bKhartoum\b", "SDG"), (r"\bSyria|\bDamascus\b", "SYP"),
    ),
}
#: Money words before a bare "pounds" in a story that names no country: "operating profit of 361 million
#: pounds", quantulum3's "I spent 20 million pounds"; a weight is named by its goods, capacity or output.
_POUND_MONEY_BEFORE_RE = re.compile(
    r"\b(?:profits?|loss(?:es)?|revenues?|turnover|earnings|spent|spend(?:s|ing)?|paid|costs?|costing|worth|valued|"
    r"budgets?|deficits?|fined?|fines|bids?|prices?|priced|investments?|invested|dividends?|debts?|salar(?:y|ies)|"
    r"wages?|taxe?s?|sales? proceeds)\b[^.;:\n]{0,40}$",
    re.I,
)
_WEIGHT_BEFORE_RE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weights?[ \t]+of)\b[^.;:\n]{0,25}$", re.I)
_NAME_LIKE_CURRENCIES = frozenset({"mark", "marks", "rand", "won", "p", "punt", "pound", "franc", "crowns"})
_MINOR = {"cent", "cents", "ct", "cts", "pence", "p", "penny", "pennies"}
_CURRENCY_ADJ = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    # Reuters' short forms: "a 4.3 billion Can dlr offer", "150 mln Aust dlrs"
    "can": "CAD", "aust": "AUD",
    "new zealand": "NZD", "n.z.": "NZD", "hong kong": "HKD", "h.k.": "HKD", "singapore": "SGD", "taiwan": "TWD",
    "taiwanese": "TWD", "zimbabwe": "ZWL", "swiss": "CHF", "french": "FRF", "belgian": "BEF",
    "luxembourg": "LUF", "irish": "IEP", "egyptian": "EGP", "cyprus": "CYP", "lebanese": "LBP",
    "norwegian": "NOK", "danish": "DKK", "swedish": "SEK", "philippine": "PHP",
    "mexican": "MXN", "argentine": "ARS", "chilean": "CLP", "colombian": "COP",
    "pakistani": "PKR", "indian": "INR", "turkish": "TRY", "saudi": "SAR", "iranian": "IRR",
    "kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "west german": "DEM",
    "german": "DEM", "deutsche": "DEM", "dutch": "NLG", "italian": "ITL", "spanish": "ESP",
    "japanese": "JPY", "chinese": "CNY", "south african": "ZAR", "malaysian": "MYR",
    "brazilian": "BRC", "south korean": "KRW", "korean": "KRW", "jamaican": "JMD",
    "nigerian": "NGN", "kenyan": "KES", "brunei": "BND", "fiji": "FJD",
    "finnish": "FIM", "austrian": "ATS", "portuguese": "PTE", "greek": "GRD", "israeli": "ILS",
    "thai": "THB", "indonesian": "IDR", "polish": "PLN", "hungarian": "HUF", "czech": "CZK",
    "russian": "RUB", "peruvian": "PEN", "icelandic": "ISK", "ukrainian": "UAH",
    # the Gulf and Balkan currencies of Duckling's English money corpus ("42 qatari riyals")
    "qatari": "QAR", "omani": "OMR", "bahraini": "BHD", "emirati": "AED", "u.a.e.": "AED", "uae": "AED",
    "bulgarian": "BGN", "yemeni": "YER", "libyan": "LYD", "tunisian": "TND", "algerian": "DZD",
}
_ISO_STOP = frozenset({"ALL", "TOP", "CUP", "BOB", "MOP", "GEL", "PEN", "TRY", "SOS", "MAD",
                       "NIO", "AMD", "BAM", "CVE", "STD", "LSL"})

_PERCENT = {
    "%": None, "pct": None, "percent": None, "per cent": None, "per-cent": None,
    "percentage point": "percentage point", "percentage points": "percentage point",
    "pct point": "percentage point", "pct points": "percentage point",
    "pct pts": "percentage point", "basis point": "basis point", "basis points": "basis point",
    "bp": "basis point", "bps": "basis point",
}

_UNITS = {
    "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    "metric tonnes": "tonne", "tons": "ton", "ton": "ton", "short tons": "ton",
    "long tons": "long ton", "barrels per day": "barrel per day", "barrels a day": "barrel per day",
    "bpd": "barrel per day", "b/d": "barrel per day", "barrels": "barrel", "barrel": "barrel",
    "bbl": "barrel", "bags": "bag", "bag": "bag", "bales": "bale", "bale": "bale",
    "sacks": "sack", "kilos": "kilogram", "kilo": "kilogram", "kilograms": "kilogram",
    "kilogram": "kilogram", "kg": "kilogram", "kgs": "kilogram", "grams": "gram", "gram": "gram",
    "lbs": "pound", "lb": "pound", "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    # metals are quoted in troy ounces whether or not the wire writes "troy" ("31,720,769 ounces" of silver
    # beside "2,295,230 troy ounces"): one name, so that a filter on the unit finds them all
    "troy ounces": "ounce", "troy ounce": "ounce", "bushels": "bushel", "bushel": "bushel", "acres": "acre",
    "acre": "acre", "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "sq km": "square kilometre", "square miles": "square mile", "square feet": "square foot",
    "sq ft": "square foot", "square foot": "square foot", "square mile": "square mile",
    "square metres": "square metre", "square meters": "square metre", "square metre": "square metre",
    "square meter": "square metre", "square kilometre": "square kilometre", "square kilometer": "square kilometre",
    "cubic foot": "cubic foot", "cubic metre": "cubic metre", "cubic meter": "cubic metre", "cubic feet": "cubic foot", "cubic metres": "cubic metre",
    "cubic meters": "cubic metre", "cu m": "cubic metre", "km": "kilometre", "kms": "kilometre",
    "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "nautical miles": "nautical mile", "miles": "mile", "mile": "mile",
    "metres": "metre", "meters": "metre", "metre": "metre", "meter": "metre",
    "centimetres": "centimetre", "centimeters": "centimetre", "cm": "centimetre",
    "millimetres": "millimetre", "millimeters": "millimetre", "mm": "millimetre",
    "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch", "inch": "inch",
    "''": "inch", "yards": "yard", "gallons": "gallon", "gallon": "gallon", "litres": "litre",
    "liters": "litre", "litre": "litre", "liter": "litre", "megawatts": "megawatt",
    "megawatt": "megawatt", "mw": "megawatt", "kilowatts": "kilowatt", "kw": "kilowatt",
    "gigawatts": "gigawatt", "gw": "gigawatt", "kwh": "kilowatt hour",
    "kilowatt hours": "kilowatt hour", "gb": "gigabyte", "gigabytes": "gigabyte",
    "mb": "megabyte", "megabytes": "megabyte", "kb": "kilobyte", "tb": "terabyte", "ghz": "gigahertz",
    "mhz": "megahertz", "megapixels": "megapixel", "megapixel": "megapixel", "carats": "carat", "mph": "mile per hour", "km/h": "kilometre per hour",
    "kph": "kilometre per hour", "kmh": "kilometre per hour", "knots": "knot",
    "degrees": "degree", "cubic feet per day": "cubic foot per day",
    "decibels": "decibel", "decibel": "decibel", "db": "decibel", "pixels": "pixel",
    "pixels per inch": "pixel per inch", "ppi": "pixel per inch", "magnitude": "magnitude",
    "nmi": "nautical mile",
    # shipping: a ship's carrying capacity and its volume are measured, not counted, in tons
    "deadweight tonnes": "deadweight tonne", "deadweight tonne": "deadweight tonne",
    "deadweight tons": "deadweight tonne", "deadweight ton": "deadweight tonne", "dwt": "deadweight tonne",
    "gross tonnes": "gross ton", "gross tons": "gross ton", "gross registered tonnes": "gross registered ton",
    "gross registered tons": "gross registered ton", "grt": "gross registered ton",
    "compensated gross registered tonnes": "compensated gross ton", "compensated gross tonnes": "compensated gross ton",
    "short tonnes": "ton", "short tonne": "ton", "short ton": "ton", "long ton": "long ton",
    "metric tonne": "tonne", "teu": "twenty-foot equivalent unit", "teus": "twenty-foot equivalent unit",
    # round 10, from the unit lists of Microsoft Recognizers-Text's English specs, kept to those news
    # prints: speeds written out ("65 miles per hour", "5,000 km an hour"), millilitres and milligrams
    # (drug doses), storage and line speeds, word sizes ("16-bit chips"), areas with an exponent
    "miles per hour": "mile per hour", "miles an hour": "mile per hour", "mile per hour": "mile per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour", "kilometers an hour": "kilometre per hour",
    "km per hour": "kilometre per hour", "km an hour": "kilometre per hour", "km/hr": "kilometre per hour",
    "kmph": "kilometre per hour", "millilitres": "millilitre", "milliliters": "millilitre",
    "millilitre": "millilitre", "milliliter": "millilitre", "ml": "millilitre", "milligrams": "milligram",
    "milligram": "milligram", "mg": "milligram", "micrograms": "microgram", "microgram": "microgram",
    "terabytes": "terabyte", "terabyte": "terabyte", "gigabyte": "gigabyte", "megabyte": "megabyte",
    "kilobytes": "kilobyte", "kilobyte": "kilobyte", "petabytes": "petabyte", "petabyte": "petabyte",
    "bit": "bit", "bits": "bit", "mbps": "megabit per second", "gbps": "gigabit per second",
    "kbps": "kilobit per second", "km2": "square kilometre", "km²": "square kilometre",
    "m²": "square metre", "sq m": "square metre", "sq mi": "square mile",
    # round 11, from the units of quantulum3's and Duckling's English test corpora that news prints:
    # shipping and commodity copy's metric tons ("20,000 mt bulk wheat") and mill capacities ("250
    # tonnes a day", as "barrels a day"), beer and wine output in hectolitres, spoil in cubic yards,
    # power sold in megawatt hours, fibre and chip sizes, radiation doses after an accident
    "mt": "tonne", "tonnes a day": "tonne per day", "tonnes per day": "tonne per day",
    "tons a day": "ton per day", "tons per day": "ton per day", "tpd": "tonne per day",
    "hectolitres": "hectolitre", "hectoliters": "hectolitre", "hectolitre": "hectolitre",
    "hectoliter": "hectolitre", "centilitres": "centilitre", "centiliters": "centilitre", "cl": "centilitre",
    "cubic yards": "cubic yard", "cubic yard": "cubic yard", "cubic inches": "cubic inch",
    "cubic kilometres": "cubic kilometre", "cubic kilometers": "cubic kilometre", "cubic miles": "cubic mile",
    "megawatt hours": "megawatt hour", "megawatt-hours": "megawatt hour", "mwh": "megawatt hour",
    "gigawatt hours": "gigawatt hour", "gigawatt-hours": "gigawatt hour", "gwh": "gigawatt hour",
    "terawatt hours": "terawatt hour", "terawatt-hours": "terawatt hour", "twh": "terawatt hour",
    "kilowatt-hours": "kilowatt hour", "watt hours": "watt hour", "wh": "watt hour",
    "bytes": "byte", "exabytes": "exabyte", "nanometres": "nanometre", "nanometers": "nanometre",
    "nanometre": "nanometre", "nanometer": "nanometre", "microns": "micrometre", "micron": "micrometre",
    "micrometres": "micrometre", "micrometers": "micrometre", "millisieverts": "millisievert",
    "microsieverts": "microsievert", "sieverts": "sievert", "msv": "millisievert",
    "electronvolts": "electronvolt",  # not "eV": "20,000 EV batteries" are electric vehicles
}
#: Rates per hour: a date extractor may read their "per hour" as a set of times.
_PER_HOUR_UNITS = frozenset({"mile per hour", "kilometre per hour"})
#: Units that are also what is counted ("5.93 mln bags" counts bags).
_CONTAINER_UNITS = frozenset({"bags", "bag", "bales", "bale", "sacks"})
_MASS_UNITS = frozenset({"tonne", "ton", "long ton", "ounce", "pound", "kilogram", "bushel", "barrel", "gram"})
_UNIT_NEEDS_OF = frozenset({"pounds"})  # "pounds of butter" is weight, "pounds" alone money

_APPROX = [
    ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("just over", "more_than"),
    ("well over", "more_than"), ("nearly", "less_than"), ("almost", "less_than"),
    ("close to", "less_than"), ("just under", "less_than"), ("less than", "less_than"),
    ("fewer than", "less_than"), ("under", "less_than"), ("below", "less_than"),
    ("up to", "at_most"), ("as much as", "at_most"), ("as many as", "at_most"),
    ("as high as", "at_most"), ("at most", "at_most"), ("no more than", "at_most"),
    ("not more than", "at_most"), ("a maximum of", "at_most"), ("a maximum value of", "at_most"), ("at least", "at_least"),
    ("no less than", "at_least"), ("not less than", "at_least"), ("a minimum of", "at_least"),
    ("about", "approx"), ("around", "approx"), ("some", "approx"), ("approximately", "approx"),
    ("roughly", "approx"), ("an estimated", "approx"), ("estimated", "approx"),
    ("circa", "approx"), ("approx.", "approx"), ("an approximate", "approx"),
    ("or so", "approx"),
    # comparatives as thresholds: "cash deposits greater than 10,000 dlrs", "prices higher than 70 cts"
    ("greater than", "more_than"), ("larger than", "more_than"), ("bigger than", "more_than"),
    ("higher than", "more_than"), ("lower than", "less_than"), ("smaller than", "less_than"),
    # "sales exceeding 50 mln dlrs", "notes not exceeding 50 mln Australian dlrs" (Duckling's "exceeding
    # 2 hectoliters"); a participle, so outside the extent as "up to" is: MEANTIME marks "exceed" an event
    ("exceeding", "more_than"), ("not exceeding", "at_most"),
]
_COMPARATIVES = frozenset({"greater than", "larger than", "bigger than", "higher than", "lower than", "smaller than"})
#: Before a comparative, what makes its number the base of a comparison, not a threshold: "3.6 pct
#: higher than 1.11 billion cubic metres", "five times greater than 1985", "was higher than 1.5
#: billion a year ago".
_COMPARISON_BASE_RE = re.compile(
    r"(?:\d[\d.,/-]*(?:[ \t]*(?:%|pct|percent|per[ \t]+cent|points?|fold|mln|million|billion|[a-z]+s))?|\btimes|"
    r"\b(?:higher|lower|more|less)[ \t]+or|"  # "7.25 pct higher or lower than 4.7619": a band around a rate
    r"\b(?:is|was|were|are|be|been|being|it's|that's|remained|stood|came\s+in|ran|but|yet)(?:[ \t]+(?:much|far|slightly|"
    r"significantly|substantially|well|even|still|a\s+little|somewhat))?)[ \t]+$",
    re.I,
)
#: After an amount, the bound it sets: "20 pct or more of its common", "10 pct or less of SEC actions".
_OR_BOUND_AFTER_RE = re.compile(r"[ \t]+or[ \t]+(?P<w>more|greater|higher|above|over|less|fewer|lower|below|under)\b", re.I)
# "no higher than 10,000 nor further than 100 miles", "not fewer than 20": a negated comparative
# bounds the amount the other way round
for _neg in ("no", "not", "nor"):
    for _cmp in ("more", "higher", "greater", "larger", "bigger", "further", "farther", "longer", "heavier"):
        if (f"{_neg} {_cmp} than", "at_most") not in _APPROX:
            _APPROX.append((f"{_neg} {_cmp} than", "at_most"))
    for _cmp in ("less", "fewer", "lower", "smaller", "shorter", "lighter"):
        if (f"{_neg} {_cmp} than", "at_least") not in _APPROX:
            _APPROX.append((f"{_neg} {_cmp} than", "at_least"))

#: Approximators that stay outside the span, as in MEANTIME ("up to 840" -> "840").
_APPROX_OUTSIDE = frozenset({"up to", "as high as", "exceeding", "not exceeding"})

_CHANGE_VERBS = "revised|raised|moved|pushed|went|rose|jumped|climbed|shot|marked|bumped|ratcheted|edged|rounded|trade[sd]?"

_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a quarter": 25.0, "one quarter": 25.0,
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "two thirds": 200 / 3,
    "two-thirds": 200 / 3, "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
    "one-half": 50.0, "one-quarter": 25.0, "three-quarter": 75.0, "three quarter": 75.0,
}
# "one-sixth", "two fifths", "three-eighths": numerator and denominator words, hyphenated or not
_DENOMINATORS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_BASE_FRACTIONS = list(_FRACTIONS)
for _n, _nv in _NUMERATORS.items():
    for _d, _dv in _DENOMINATORS.items():
        if _nv < _dv:
            for _sep in ("-", " "):
                _FRACTIONS.setdefault(f"{_n}{_sep}{_d}{'s' if _nv > 1 else ''}", 100 * _nv / _dv)
# one compact alternative for the generated forms: a long alternation slows the scan of every text
_GENERIC_FRACTION = rf"(?:{'|'.join(_NUMERATORS)})[- ](?:{'|'.join(_DENOMINATORS)})s?"

#: Nouns whose plural is the singular, so a count before them is tagged as modifying an NN.
_INVARIANT_PLURALS = frozenset(
    "aircraft spacecraft hovercraft craft sheep deer fish cattle livestock personnel staff crew "
    "offspring species head swine".split()
)
#: Words before a number that make it an identifier, not an amount.
_ID_WORDS = frozenset(
    "article articles clause clauses section sections paragraph paragraphs chapter chapters "
    "rule rules item items no no. nos number page pages pp p. flight route highway resolution "
    "room gate platform line version model series phase stage level grade division category "
    "class type part title amendment proposition act order form schedule annex appendix "
    "figure fig table exhibit channel interstate road street avenue terminal runway pier "
    "code box suite unit tier squad bus platoon battalion brigade regiment volume vol. "
    "issue bill case docket rank seat district precinct ward lot block band tranche ".split()
)
#: Identifier labels that are also common verbs ("will issue 312,500 shares", "seat 150 passengers").
_ID_VERBS = frozenset("issue seat order schedule rank figure table block bill rule stage grade level number "
                      "line type form title class code exhibit file".split())
_TIME_UNITS = frozenset(
    "year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min "
    "mins second seconds sec decade decades century centuries quarter quarters night nights "
    "weekend weekends summer summers winter winters autumn autumns mth mths wk wks qtr qtrs o'clock am pm a.m. p.m. gmt edt est bst cet utc".split()
)
_QUANTITY_ADJ = frozenset("additional extra further another more other total some about nearly over".split())
_TIME_DETERMINERS = frozenset("last next this that a an per each every previous coming".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct "
    "oct. nov nov. dec dec.".split()
)
_NAME_LABELS = frozenset(
    {"PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "ORG", "PERSON", "GPE", "LOC", "NORP"}
)


def _alt(words: Sequence[str]) -> str:
    """Regex alternation, longest first so that ``barrels per day`` wins over ``barrels``."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


#: The first words a core match can open with (number words, "half", "several", "multi-", "tens",
#: the vague plurals, a scale after "an estimated"), and "a" before a space or hyphen ("a score of",
#: "a few", "a half", "a hundred", "a penny"). Their first two letters make the look-ahead below.
_CORE_FIRST_WORDS = (
    *_UNITS_WORDS, *_TENS_WORDS, *_NUMERATORS, *_SCALE_WORDS, *_VAGUE, *_VAGUE_COMPOUND,
    "half", "several", "multi", *(f.split()[0].split("-")[0] for f in _BASE_FRACTIONS if not f.startswith("a ")),
)
_CORE_WORD_START = "a[\\s-]|" + "|".join(
    f"{first}[{''.join(sorted({w[1] for w in _CORE_FIRST_WORDS if w[0] == first}))}]"
    for first in sorted({w[0] for w in _CORE_FIRST_WORDS})
)
# Every alternative starts with a digit, "." or a word-initial letter: the look-ahead lets the
# engine skip the other positions before trying seven alternations (core scanning 57 % faster).
# Only the word starts a core word can open with pass (``_CORE_WORD_START``: "the" and "and" do
# not, "three" and "a few" do): a third less of the scan, the same matches.
_CORE_PATTERN = (
    rf"(?=[\d.½¼¾⅓⅔⅛⅜⅝⅞]|\b(?:{_CORE_WORD_START}))(?:"
    rf"(?P<dims>\b\d+(?:\.\d+)?[ \t]?[x×][ \t]?\d+(?:\.\d+)?(?:[ \t]?[x×][ \t]?\d+(?:\.\d+)?)?(?!\w|\.\d))"
    r"|(?P<quote>\d+\.\d+/\d+(?:\.\d+)?(?![\d/]|\.\d)|\d{3,}/\d{2,}(?![\d/]|\.\d))"
    rf"|(?P<digits>{_DIGITS})"
    rf"|(?P<score>\ba\s+score\s+of\b)"
    r"{aminor}"
    rf"|(?P<fraction>\b(?:{_alt(_BASE_FRACTIONS)}|{_GENERIC_FRACTION})\b)"
    rf"|(?P<few>\b(?:(?:a\s+few|several|a\s+couple\s+of)\s+(?:(?:hundred|thousand|million|billion|trillion|dozen)\b\s*)+"
    r"|multi-?(?:million|billion|trillion)\b))"
    rf"|(?P<vague>\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|{_alt(list(_VAGUE))})\b)"
    rf"|(?P<words>\b{_WORDNUM}\b))"
)
#: "Barclays eased a penny to 503", "nearly a cent higher": one of the minor unit; not "a penny stock". Only
#: texts that have one scan with it, as an alternative tried at every word slows every scan.
_A_MINOR = r"\ba(?=[ \t]+(?:penny|cent)\b(?![ \t-]+(?:stocks?|shares?|ante|pinchers?)\b))"
_A_MINOR_RE = re.compile(_A_MINOR, re.I)
_CORE_A_RE = re.compile(_CORE_PATTERN.replace("{aminor}", rf"|(?P<aminor>{_A_MINOR})"), re.I)
_CORE_RE = re.compile(_CORE_PATTERN.replace("{aminor}", "|(?P<aminor>(?!))"), re.I)
#: The wire sometimes runs the scale into a stray letter or the next word: "426 mlnm", "183.9 mlnm dlrs",
#: "817.7 mlnvs 705.7 mln", "66.9 mlndlrs".
_SCALE_RE = re.compile(rf"[ \t]*-?(?P<s>{_alt(list(_SCALE_AFTER))})(?:\b|m\b|(?=(?:vs|dlrs)\b))", re.I)
_SCALE_ATTACHED_RE = re.compile(rf"(?P<s>{_alt(list(_SCALE_ATTACHED))})(?![A-Za-z0-9])", re.I)
#: "pc", the British papers' per cent ("a 5.2pc stake"; Reuters' grain tables too, "14 pc max moisture"), only in
#: lower case: "a 386 PC" is a computer.
_PCT_RE = re.compile(rf"[ \t]*-?(?P<p>%|(?:{_alt([p for p in _PERCENT if p != '%'])})\b|(?-i:pc)\b)", re.I)
#: A percent or basis points set against the figure ("5.2pc", "25bp", "50bps", "5pct").
_PCT_ATTACHED_RE = re.compile(r"(?:pct|pc|bps?)(?![A-Za-z0-9])")
_UNIT_RE = re.compile(rf"(?:[ \t]*|-)(?P<u>{_alt(list(_UNITS))})(?![A-Za-z0-9])", re.I)
_UNIT_ATTACHED_RE = re.compile(rf"(?P<u>{_alt([u for u in _UNITS if ' ' not in u])})(?![A-Za-z0-9])", re.I)
def _country_currencies() -> dict[str, str]:
    """Country name -> its currency, by the ISO 4217 rule that a national currency's numeric code is
    its country's ISO 3166 numeric code (Kenya 404 -> KES 404), for "780 mln Kenya shillings"."""
    out: dict[str, str] = {}
    for country in pycountry.countries:
        currency = pycountry.currencies.get(numeric=country.numeric)
        if currency is not None:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                if "," not in name and "(" not in name:
                    out[name.lower()] = currency.alpha_3
    return out


_COUNTRY_CURRENCY = _country_currencies()
_CUR_WORD_RE = re.compile(
    # "600 U.S.dlrs a tonne": the wire sometimes drops the space after an abbreviation
    rf"[ \t]*-?(?:(?P<adj>{_alt(list(_CURRENCY_ADJ))}|(?-i:{_alt([n.title() for n in _COUNTRY_CURRENCY])}))(?:\s+|(?<=\.)))?"
    rf"(?P<w>{_alt(list(_CURRENCY_WORDS))})\b",
    re.I,
)
_ISO_AFTER_RE = re.compile(r"\s*\(?(?P<iso>[A-Z]{3})\b")
_PREFIX_AT_END_RE = re.compile(rf"(?:(?P<adj>{_alt(list(_CURRENCY_ADJ))})\s+)?(?P<p>{_PREFIX_RE}|\b[A-Z]{{3}})\s*$")
_APPROX_AT_END_RE = re.compile(rf"(?:^|(?<=[^\w]))(?P<a>{_alt([a for a, _ in _APPROX if a != 'or so'])})\s+$", re.I)
_APPROX_MAP = dict(_APPROX)
_ESTIMATED_VERB_RE = re.compile(
    r"(?:\b(?:had|has|have|having|was|were|is|are|be|been|it|he|she|they|we|who|which|and|company|government|"
    r"ministry|department|bank|agency|analysts?|officials?|sources?|economists?|experts?|industry|group|firm|"
    r"study|report|survey|board)|(?!The\b)\b[A-Z][\w.&-]*)"
    r"(?:\s+(?:previously|originally|earlier|also|now|then|had|has|have))?\s+$"
)
_DEGREE_AT_END_RE = re.compile(
    r"(?:^|(?<=[^\w]))(?:slightly|somewhat|well|(?<!so )(?<!thus )far|much|a\s+little|just|significantly|substantially)\s+$",
    re.I,
)
_RANGE_RE = re.compile(r"\s*(?:-|–|to|and|or)\s*", re.I)
_FRACTION_OF_PCT_RE = re.compile(r"\s+of\s+(?:a|one|1)\s+(?:pct|percent|per\s+cent)\b(?![ \t-]*points?\b)", re.I)
_FRACTION_POINT_RE = re.compile(
    r"(?:\s+of)?(?:\s+a)?[ \t]*-?(?P<p>percentage\s+points?|pct\s+points?|basis\s+points?|points?)\b", re.I
)
#: A whole number and a fraction: "one and a half million", "one-and-a-half to three per cent", "two and
#: three-quarter times", "a million and a half".
_AND_HALF_RE = re.compile(
    r"(?:\s+and\s+|-and-)(?P<f>(?:a|one)[\s-]half|(?:a|one)[\s-]quarter|three[\s-]quarters?)\b", re.I
)
_AND_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
_DIGIT_WORDS = {w: i for i, w in enumerate(_UNITS_WORDS[:10])} | {"oh": 0}
#: Broadcast transcripts spell a decimal out: "a one point six billion dollar plan" (Duckling's "two
#: point two million"); the digits after "point" are single number words.
_POINT_WORDS_RE = re.compile(rf"[ \t]+point(?P<d>(?:[ \t]+(?:{'|'.join(_DIGIT_WORDS)})\b)+)", re.I)
_OF_RE = re.compile(r"\s+of\s+", re.I)
_FRACTION_MINOR_RE = re.compile(r"(?:[ \t]+of)?(?:[ \t]+an?)?(?=[ \t]+(?:cents?|cts?|penny|pence)\b)", re.I)
_OR_PER_SHARE_RE = re.compile(r",?\s+or\s+")
_PER_SHARE_AFTER_RE = re.compile(r"\s+(?:a|per)\s+(?:shr|share)\b", re.I)
#: "1,300 pounds of", "1,300 pounds (600 kgs) of": a weight, with or without its conversion
_UNIT_OF_RE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+of\s+", re.I)
#: "a third", "a fifth": a fraction before "of", an ordinal before a noun ("a third party").
_ORDINAL_LIKE_FRACTION_RE = re.compile(rf"an?\s+(?:{'|'.join(_DENOMINATORS)})", re.I)
_POSSESSIVE_RE = re.compile(r"(?:the\s+)?[A-Za-z]+(?:s'|'s)\s+")
#: "4 million of its 4.9 million shares": a part of the amount that follows, in its kind.
#: "buy one-half share of common", "$19 and one-eighth QVC share": part of one share, a count of shares.
_SHARE_PART_AFTER_RE = re.compile(r"\s+(?:(?:of\s+)?an?\s+)?(?:(?:[A-Z][A-Za-z&]*|common|new|ordinary|preferred)\s+)?share\b(?!-)")
#: "its one-third share", "a half share in the venture", "its current two-thirds share": a stake.
_STAKE_BEFORE_RE = re.compile(r"(?:\b(?:an?|the|its|their|his|her|our|your)|'s?)\s+(?:[a-z]+\s+)?$", re.I)
_PARTITIVE_RE = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|your|[A-Z][\w.&-]*'s?)\s+(?:[a-z]+(?:'s)?\s+)?")
#: Web and mail addresses: their digits ("?id=305", "%2520") are no amounts.
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: (every form opens with "(", a digit or "+": the look-ahead skips the other positions at once)
_PHONE_RE = re.compile(r"(?=[(\d+])(?:\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b|\+\d[\d ()-]{7,}\d)")
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?,?[ \t]+(?:{_alt(list(_MONTHS))})\b", re.I)
_TIME_AFTER_RE = re.compile(rf"\s+(?:\w+\s+)?(?:{_alt(list(_TIME_UNITS))})\b")
_VERSION_AFTER_RE = re.compile(
    r"[ \t]+(?:software[ \t]+)?(?:update|upgrade|firmware|release|beta|version|build|patch)\b(?!-)", re.I
)
_CLOCK_AFTER_RE = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o'clock)\b", re.I)
_DURATION_BEFORE_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\s+(?:or|and)\s+(?:a\s+)?$", re.I
)
_MEDIA_TIME_RE = re.compile(
    r"[ \t]+(?P<u>hours?|minutes?)[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:video|audio|music|playback|battery|talk|footage|content|recording|programming|TV|movies?|songs?)\b",
    re.I,
)
_ZONE_AFTER_RE = re.compile(
    r",?\s*(?:(?:pacific|eastern|central|mountain|atlantic)\b|[ecmp][sd]t\b|gmt\b|utc\b|local\s+time\b)",
    re.I,
)
_STREET_AFTER_RE = re.compile(
    r"(?:\s+[A-Z][a-z]+\.?){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Place|Square)\b"
    # "31 Baker Street's", "29 Bakers Square restaurant properties": a chain's name before what it counts
    r"(?!'s|\s+(?!in\b|on\b|at\b|and\b|or\b|of\b|to\b|from\b)[a-z])"
)
#: "15 a year", "10 per month": a count per unit of time (a rate), not a duration.
_RATE_RE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute|quarter)\b", re.I)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _digits_value(text: str) -> float:
    text = text.replace(",", "")
    if text[-1:] in _VULGAR:
        return float(text[:-1] or 0) + _VULGAR[text[-1]]
    # grain and bond quotes put a fraction of the last decimal after it: "2.88-1/4 dlrs" is 2.8825
    m = re.fullmatch(r"(?:(\d+(?:\.(\d+))?)[- ])?(\d{1,2})/(\d{1,2})", text)
    if m:
        whole = float(m.group(1)) if m.group(1) else 0.0
        unit = 10.0 ** -len(m.group(2) or "")
        return whole + unit * int(m.group(3)) / max(int(m.group(4)), 1)
    return float(text)


def words_value(text: str) -> float | None:
    """Value of number words (``two dozen``, ``a million``, ``twenty-five``) via text2num."""
    words = re.sub(r"\s+", " ", text.lower().strip())
    factor = 1.0
    if words.endswith(" dozen") or words == "dozen":
        factor, words = 12.0, words[: -len("dozen")].strip() or "one"
        if words == "a":
            words = "one"  # "a dozen"
    if words.startswith("a "):
        words = "one " + words[2:]
    if words == "a":
        return None
    if "trillion" in words:  # text2num stops at billions: "one trillion", "a trillion"
        high, _, low = words.partition("trillion")
        hv = words_value(high) if high.strip() else 1.0
        lv = words_value(low.strip().removeprefix("and ").strip()) if low.strip() else 0.0
        return None if hv is None or lv is None else hv * 1e12 * factor + lv * factor
    try:
        return float(text2num(words, "en")) * factor
    except ValueError:
        return None


def _scale_word(text: str) -> float:
    return _SCALE_AFTER.get(re.sub(r"\s+", " ", text.lower()), 1.0)


def _words_scale(words: str) -> float:
    """The scale a spelled-out number ends on ("six billion" -> 1e9), 1 when it has none."""
    last = re.split(r"[\s-]+", words.strip().lower())[-1]
    return _SCALE_WORDS[last] if last in _SCALE_WORDS and last != "hundred" else 1.0


def _incomplete(text: str, am: _Match, value: float) -> bool:
    """Whether a bare number can take the scale of the next one: "5 to 6 mln" can, a number
    written in full ("500,000 to two mln barrels", "1,200 and 3 mln") cannot."""
    return value < 1000 and "," not in text[am.core_start : am.core_end]


# ---------------------------------------------------------------------------------------------
# Scan
# ---------------------------------------------------------------------------------------------


@dataclass
class _Match:
    start: int
    end: int
    core_start: int
    core_end: int
    kind: str = "count"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    unit: str | None = None
    approx: str | None = None
    vague: bool = False
    minor: bool = False
    bare: bool = True
    has_of: bool = False
    scale: float = 1.0
    cur_word: str | None = None
    cur_adj: bool = False
    few: bool = False
    counts: bool = False
    #: a cell of a table whose header states its unit: it measures its row, it counts no noun
    cell: bool = False
    #: where a range's first end stops and its second starts when a word joins them ("175 million to
    #: 180 million"); each end is then a row of its own carrying the range
    split_at: tuple[int, int] | None = None


def _core_value(m: re.Match[str]) -> tuple[float | None, tuple[float, float] | None, str]:
    """(value, vague bounds, which) of a core match."""
    if m.group("dims"):
        return None, None, "dims"
    if m.group("quote"):
        return None, None, "quote"
    if m.group("digits"):
        return _digits_value(m.group("digits")), None, "digits"
    if m.group("score"):
        return 20.0, None, "words"
    if m.group("aminor"):
        return 1.0, None, "aminor"
    if m.group("fraction"):
        value = _FRACTIONS.get(re.sub(r"\s+", " ", m.group("fraction").lower()))
        return value, None, "fraction" if value is not None else "words"  # "nine-thirds" is no fraction
    if m.group("few"):
        # "a few hundred million": 2..9 of the scale, as "hundreds" is 100..999
        scale = 1.0
        words = m.group("few").lower().split()
        if words[0].startswith("multi"):
            # "a multi-million dlr agreement": some millions, 2..999 of them
            scale = _SCALE_WORDS[words[0].removeprefix("multi").lstrip("-")]
            return None, (2 * scale, 999 * scale), "few"
        for word in words[-3:]:
            scale *= _SCALE_WORDS.get(word, 12.0 if word == "dozen" else 1.0)  # "several dozen": 24..108
        if words[1] == "couple":
            return None, (2 * scale, 3 * scale), "few"  # "a couple of million dlrs": two or so
        return None, (2 * scale, 9 * scale), "few"
    if m.group("vague"):
        words = re.sub(r"\s+", " ", m.group("vague").lower()).split(" ")
        if len(words) == 3:
            base = _VAGUE[words[2]][0] * _VAGUE_COMPOUND[words[0]]
            return None, (base, base * 10), "vague"
        return None, _VAGUE[words[0]], "vague"
    return words_value(m.group("words")), None, "words"


def _scan(text: str, place: str = "") -> list[_Match]:
    """Amounts left to right; ``place`` is the story's dateline ("LONDON, March 3 -"), wherever it is."""
    out: list[_Match] = []
    pos = 0
    core = _CORE_A_RE if _A_MINOR_RE.search(text) else _CORE_RE
    while True:
        m = core.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if (tally := _tally_end(text, m.start())) is not None:
            pos = tally  # "voted 89-52", "voted 217 to 206": a score, as "led losers by seven-six" is
            continue
        got = _extend(text, m, out[-1].end if out else 0, place)
        if got is not None:
            out.append(got)
            pos = max(pos, got.end)
        elif m.group("digits") and m.group("digits").startswith("."):
            pos = m.start() + 1  # "Rs.500 crore": not .5 of a crore, the figure after the stop
        elif m.group("words") and " " in m.group("words").strip():
            pos = m.start() + m.group("words").index(" ")  # retry on the words after the first
        elif m.group("words") and (pair := _WORDS_PAIR_AFTER_RE.match(text, m.end())) and pair.group(0)[0] == "-":
            pos = pair.end()  # "Gainers led losers by seven-six": the score's second number goes too
    return out


#: A vote's tally: "voted 89-52", "By a 6-3 vote", "a vote of 26 to 15", "the 227 to 198 vote".
_TALLY_RE = re.compile(r"(?P<a>\d{1,3})[ \t]*(?:-|–|[ \t]to[ \t])[ \t]*(?P<b>\d{1,3})(?![\d/.,-]?\d|[ \t]*(?:%|pct\b|percent\b|per\b))")
_TALLY_BEFORE_RE = re.compile(r"\b(?:vot(?:ed|es|ing)|vote[ \t]+(?:was|of))[ \t]+$", re.I)
_TALLY_AFTER_RE = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:vote|decision|ruling|verdict)\b", re.I)


def _tally_end(text: str, start: int) -> int | None:
    """Where a vote's tally that starts at ``start`` ends, or None. A tally is a score, no amount: the
    labelled TimeBank-AQUAINT set marks nothing in "By a 6-3 vote". Written with a hyphen it was already
    dropped (as a failed range, "4-1" runs downwards); written with "to" it was two counts of nothing."""
    m = _TALLY_RE.match(text, start)
    if m is None or not _boundary_ok(text, start, m.end()) or (start and text[start - 1] in "-$#"):
        return None
    if _TALLY_BEFORE_RE.search(text, max(0, start - 20), start) or _TALLY_AFTER_RE.match(text, m.end()):
        return m.end()
    return None


def _boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    if before.isalnum() or before in "_/:." or (before == "-" and start >= 2 and text[start - 2].isalnum()):
        return False
    after = text[end : end + 2]
    if after[:1].isalnum():
        return False
    if after[:1] in ":." and after[1:2].isdigit():  # 18:00, version 10.5.2
        return False
    return not (after[:1] == "/" and after[1:2].isdigit())


_PENCE_RE = re.compile(r"p(?![A-Za-z0-9])(?!\.\s?m\b)")
_STERLING_CUE_RE = re.compile(_CURRENCY_CUES["pound"][0][0])
#: A story datelined "LONDON, March 3 -" quotes share prices in pence though it may never name the pound:
#: "Underwoods shares rose 49p to 237p".
_PENCE_CUE_RE = re.compile(rf"{_CURRENCY_CUES['pound'][0][0]}|\A\s*LONDON\b")
#: The same dateline where cleaning cut it off the text (``extract_amounts``' ``dateline``).
_LONDON_RE = re.compile(r"\s*LONDON\b")


#: A results table's per-share rows, which a British company's table prints in pence: "Shr 20.9p".
_PER_SHARE_LABEL_RE = re.compile(r"\b(?:[Ss]hr|SHR|[Dd]iv|DIV|[Dd]ividend)[ \t]+(?:(?:profit|loss)[ \t]+)?$")


def _pence_attached(text: str, end: int, place: str = "") -> re.Match[str] | None:
    """ "eased 11p to 459p": pence written against the number, in a text about sterling
    (elsewhere "1080p" is a video format), or in a results table's per-share row ("Shr 20.9p,
    Div 5.1p"), which names the table's currency where the story names no country."""
    m = _PENCE_RE.match(text, end)
    if m is None:
        return None
    if _PENCE_CUE_RE.search(text) or _LONDON_RE.match(place):
        return m
    number = re.search(r"[\d.,/-]+$", text[:end])
    start = number.start() if number is not None else end
    return m if _PER_SHARE_LABEL_RE.search(text, max(0, start - 20), start) else None


def _iso_attached(text: str, start: int) -> bool:
    """ "SGD1.75-billion", "USD5": an ISO 4217 code written against the number."""
    m = re.search(r"(?<![A-Za-z])([A-Z]{3})$", text[max(0, start - 4) : start])
    return m is not None and (m.group(1) in iso_currencies() or m.group(1) == "RMB") and m.group(1) not in _ISO_STOP


def _after_ok(text: str, end: int) -> bool:
    after = text[end : end + 2]
    return not (after[:1].isalnum() or (after[:1] in ":/" and after[1:2].isdigit()))


#: Denominators of the fractions news prints as "n/d": halves to 64ths of prices and rates, fifths,
#: tenths, hundredths ("8/10 of a share").
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})


def _plain_fraction_ok(digits: str) -> bool:
    """Whether a bare "n/d" (no whole part) can be a fraction: a proper one over a usual denominator.
    Other slash pairs are names ("the so-called 0/92 provision" of the 1985 farm bill), slogans
    ("24/7"), dates ("2/26", "9/11") or splits ("60/40"), not amounts."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", digits)
    return m is None or 0 < int(m.group(1)) < int(m.group(2)) and int(m.group(2)) in _FRACTION_DENOMINATORS


def _quote_bounds(bid: str, tail: str, rising: bool) -> tuple[float, float] | None:
    """A two-way price's two ends: the second number gives only the digits that change, "1.8160/70"
    is 1.8160 and 1.8170, "422.25/3.25" 422.25 and 423.25; "454.50/455" writes the second in full.
    ``rising``: the second end is the higher (a price: "0.5693/00" is 0.5693 and 0.5700); a deposit
    rate is quoted offer first ("4.18/07 pct")."""
    head = bid[: max(0, len(bid) - len(tail))]
    if "." not in tail and "." in bid and len(tail) > len(bid.split(".")[1]):
        second = tail if int(tail) >= int(bid.split(".")[0]) else None
    elif "." in tail and head and float(tail) and max(float(bid), float(tail)) / min(float(bid), float(tail)) <= 1.1:
        # "3.90/4.0 pct" writes the offer in full with fewer decimals; "422.25/3.25" gives only the
        # changed digits, which alone would be far from the bid
        second = tail
    else:
        second = head + tail
    if second is None or second.count(".") > 1:
        return None
    a, b = float(bid), float(second)
    if rising and b < a and head.rstrip("."):
        decimals = len(head.split(".")[1]) if "." in head else 0
        carried = f"{float(head.rstrip('.')) + 10.0 ** -decimals:.{decimals}f}"
        b = float(carried + ("." if head.endswith(".") else "") + tail)
    if not a or not b or max(a, b) / min(a, b) > 1.1:
        return None  # two ends of one price lie close together
    return min(a, b), max(a, b)


def _extend_quote(text: str, m: re.Match[str], floor: int) -> _Match | None:
    """A dealer's two-way price: "closed at 1.8160/70 marks", "6.64/66 dlrs an ounce", "at 563/567 dlrs",
    the bid and the offer (or the offer and the bid for deposits: "4.18/07 pct"), as a range. Only
    where the currency or the percent sign follows: "1985/86" is a season, "5,000/5,000" a loading rate."""
    bid, tail = m.group("quote").split("/")
    if _is_year_text(bid) or not _boundary_ok(text, m.start(), m.end()):
        return None
    am = _Match(m.start(), m.end(), m.start(), m.end(), low=float(bid), high=float(bid))
    _extend_suffix(text, am)
    if am.kind not in ("money", "percent") or am.unit not in (None, "percent"):
        return None
    bounds = _quote_bounds(bid, tail, rising=am.kind == "money")
    if bounds is None:
        return None
    am.low, am.high = bounds
    if am.minor:
        am.low, am.high = _scaled(am.low, 100), _scaled(am.high, 100)
    _extend_prefix(text, am, floor)
    _extend_approx(text, am, floor)
    return am


#: Words that make a "K" after a number kilobytes of memory, as "64MB" is megabytes.
_MEMORY_CUE_RE = re.compile(r"\b(?:memory|RAM|ROM|bytes|kilobytes|megabytes|expandable|disk|diskette|floppy|storage)\b")
#: A memory chip named by its capacity ("256K DRAM semiconductors") is a kind of chip, as "486" is.
_CHIP_AFTER_RE = re.compile(r"[ \t-]*(?:D?RAM|ROM|EPROM|chips?|bits?)\b")


def _memory_k(text: str, sm: re.Match[str]) -> bool:
    """ "256K of memory, expandable to 640K": a capital K after a number in a sentence about memory."""
    if sm.group("s") != "K" or _CHIP_AFTER_RE.match(text, sm.end()):
        return False
    start = max(text.rfind(".", 0, sm.start()), text.rfind("\n", 0, sm.start()), sm.start() - 80)
    stop = min(x for x in (text.find(".", sm.end()), text.find("\n", sm.end()), sm.end() + 80, len(text)) if x >= 0)
    return _MEMORY_CUE_RE.search(text, start, stop) is not None


_WORDS_PAIR_AFTER_RE = re.compile(rf"(?:-|[ \t]+and[ \t]+)(?:{_WORD}|\d)\b", re.I)


def _spoken_decimal(text: str, m: re.Match[str], end: int) -> tuple[float, int] | None:
    """(fraction, end) of "one point six" after whole number words, when a scale, percent, currency or
    unit follows: "at one point six people" stays the idiom and a count."""
    pm = _POINT_WORDS_RE.match(text, end)
    if pm is None or _words_scale(m.group("words")) > 1:
        return None
    if re.search(r"\bat[ \t]+$", text[max(0, m.start() - 4) : m.start()], re.I) and m.group("words").lower() == "one":
        return None  # "at one point two million people had gathered": the idiom, then the count
    after = pm.end()
    if not any(r.match(text, after) for r in (_SCALE_RE, _PCT_RE, _CUR_WORD_RE, _UNIT_RE)):
        return None
    digits = "".join(str(_DIGIT_WORDS[w.lower()]) for w in pm.group("d").split())
    return float("0." + digits), after


#: Thousands grouped by spaces, as price lists and some of today's outlets print them ("PTE 120 000 000",
#: "DEM 170 000", "10 000 dollars"; a no-break or thin space in typeset copy).
_SPACED_GROUPS_RE = re.compile(r"(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![\d½¼¾⅓⅔⅛⅜⅝⅞]|[.,]\d)")


_DAY_BEFORE_RE = re.compile(rf"(?:\b(?:{_alt(list(_MONTHS))})\.?|\d)[ \t]+$", re.I)


def _spaced_thousands(text: str, core_start: int, end: int) -> int | None:
    """Where a figure grouped by spaces ends, if the figure at ``core_start`` is one. An ordinary space
    between figures elsewhere parts two numbers ("in 2008 100 000 people", a table's columns), so it groups
    thousands only beside a currency; the typeset spaces group them always."""
    sp = _SPACED_GROUPS_RE.match(text, end)
    if sp is None or _DAY_BEFORE_RE.search(text, max(0, core_start - 12), core_start):
        return None  # "LONDON GOLD - APRIL 7 418.70 DLRS": a day, then the price
    if " " not in sp.group(0):
        return sp.end()
    pm = _PREFIX_AT_END_RE.search(text, max(0, core_start - 30), core_start)
    token = pm.group("p") if pm is not None else ""
    if pm is not None and (not re.fullmatch(r"[A-Z]{3}", token) or token in iso_currencies() and token not in _ISO_STOP):
        return sp.end()
    return sp.end() if _CUR_WORD_RE.match(text, sp.end()) else None


_ORDINAL_TAIL_RE = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)


def _extend(text: str, m: re.Match[str], floor: int = 0, place: str = "") -> _Match | None:
    """The amount around core ``m``; it may reach back to ``floor`` (the previous amount's end)."""
    value, vague_bounds, which = _core_value(m)
    core_start, end = m.start(), m.start() + len(m.group(0).rstrip())
    if which == "words" and value is None:
        return None
    if which == "words" and _ORDINAL_TAIL_RE.match(text, end):
        return None  # "the twenty-first since 2008": an ordinal, not twenty
    if which == "quote":
        return _extend_quote(text, m, floor)
    if which == "digits" and re.match(r"0\d", m.group("digits")):
        # "10 000 dollars" (quantulum3), a table's "2,318,00": a zero-led group is the tail of a number
        # the scan could not read, not an amount of 0 ("0033" is a code, "0800" a clock time)
        return None
    if which == "digits" and re.fullmatch(r"\d{1,3}", m.group("digits")) and (grouped := _spaced_thousands(text, core_start, end)):
        value, end = float(re.sub(r"[^\d.]", "", text[core_start:grouped])), grouped
    if which == "digits" and not _plain_fraction_ok(m.group("digits")):
        return None  # "the 0/92 program", "open 24/7", "2/26": a name, a slogan, a date
    if which == "digits" and not _boundary_ok(text, core_start, end):
        # "747-400", "A320", "18:00", "1/2" inside dates: not standalone numbers
        attached = (_SCALE_ATTACHED_RE.match(text, end) or _UNIT_ATTACHED_RE.match(text, end) or _pence_attached(text, end, place)
                    or _temp_attached(text, end) or _PCT_ATTACHED_RE.match(text, end))
        iso = _iso_attached(text, core_start) or _glued_prefix(text, core_start, end)
        if text[end : end + 1] != "%" and attached is None and not (iso and _after_ok(text, end)):
            return None
        if core_start and (text[core_start - 1].isalnum() or text[core_start - 1] in "_/:.") and not iso:
            return None
    if which == "digits" and value is not None and re.fullmatch(r"\d{1,2}/\d{1,3}", m.group("digits")) and _OF_RE.match(text, end):
        # "3/4 of the workers" is the proportion "three-quarters of" is, so the two sum alike
        value, which = 100 * value, "fraction"
    if which == "dims":
        # "320x240", "2 x 4 inches": a size in two or three dimensions has no single value
        am = _Match(core_start, end, core_start, end, kind="quantity", bare=False)
        _extend_unit_or_currency(text, am)
        am.kind, am.currency = "quantity", None
        return am
    half = _AND_HALF_RE.match(text, end) if which in ("digits", "words") else None
    if half is not None and value is not None:
        frac = _AND_FRACTIONS["quarters" if half.group("f").lower().startswith("three") else re.split(r"[\s-]", half.group("f").lower())[-1]]
        last = m.group(0).split()[-1].lower() if which == "words" else ""
        # "a million and a half" is half a million more, "one and a half" half of one more
        value, end = value + frac * _SCALE_WORDS.get(last, 12.0 if last == "dozen" else 1.0), half.end()
    if which == "words" and value is not None and (point := _spoken_decimal(text, m, end)) is not None:
        value, end = value + point[0], point[1]
    am = _Match(core_start, end, core_start, end, value=value)
    sign = _sign_start(text, core_start, floor) if which in ("digits", "words") and value is not None else None
    if sign is not None:
        am.start, am.value = sign, -value  # type: ignore[operator]
    if which == "words" and m.group("words") and _words_scale(m.group("words")) > 1:
        am.scale, am.bare = _words_scale(m.group("words")), False  # "six billion" is already scaled
    if vague_bounds is not None:
        am.vague, am.low, am.high = True, vague_bounds[0], vague_bounds[1]
        am.bare, am.few = False, which == "few"
    pct = _FRACTION_OF_PCT_RE.match(text, end) if which == "fraction" else None
    if pct is not None and value is not None:
        # "7/8 of a pct over libor", "less than 1/10 of one pct": a part of one percent, not 87.5 of them
        am.value, am.kind, am.bare, am.end = value / 100, "percent", False, pct.end()
        _extend_approx(text, am, floor)
        return am
    pp = _FRACTION_POINT_RE.match(text, end) if which == "fraction" else None
    if pp is not None and value is not None:
        # "a quarter percentage point": a fraction of a point, not of a whole
        am.value, am.unit, am.kind, am.bare = value / 100, "percentage point", "percent", False
        if pp.group("p").lower().startswith("basis"):
            am.value, am.unit = value / 10000, "basis point"
        am.end = pp.end()
        _extend_approx(text, am, floor)
        return am
    if which == "fraction" and re.match(r"-[A-Za-z]", text[end : end + 2]):
        return None  # "a third-quarter loss", "a half-hour": an ordinal or a duration in a compound
    if which == "fraction":
        am.kind, am.bare = "percent", False
        # "half a million" is a count, not a proportion
        # "half a million", and "a half dozen ships" as well
        hm = re.match(r"\s+(?:of\s+)?(?:a\s+)?(million|billion|dozen|thousand|hundred)\b", text[end:], re.I)
        minor = _FRACTION_MINOR_RE.match(text, end)
        if minor:
            # "by one-half cent to 26.50 cents a lb", "half a penny": part of one cent, money once its word is read
            am.kind, am.value = "count", value / 100
            end = am.end = minor.end()
        elif hm:
            am.kind, am.bare = "count", True
            am.value = value / 100 * (12.0 if hm.group(1).lower() == "dozen" else _SCALE_WORDS[hm.group(1).lower()])
            end = am.end = end + hm.end()
        elif (um := _UNIT_RE.match(text, end)) and um.group("u").lower() not in _UNIT_NEEDS_OF | {"''"}:
            # "a half ounce", "a quarter mile": a fraction of a unit, measured like "one ounce"
            am.kind, am.value = "count", value / 100
        elif (
            (an := re.match(r"\s+(?:of\s+)?an?\s+", text[end : end + 8], re.I))
            and (um := re.match(rf"(?P<u>{_alt([u for u in _UNITS if ' ' not in u and len(u) > 2])})\b",
                                text[end + an.end() : end + an.end() + 20], re.I))
            and um.group("u").lower() not in _UNIT_NEEDS_OF
        ):
            # "half a mile", "a tenth of an ounce": the fraction of one unit
            am.kind, am.bare, am.value = "quantity", False, value / 100
            am.unit = _UNITS[um.group("u").lower()]
            end = am.end = end + an.end() + um.end()
        elif _SHARE_PART_AFTER_RE.match(text, end) and not _STAKE_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]):
            am.kind, am.value = "count", value / 100
    if which == "digits":
        # attached suffixes: 1.5bn, 500km, 2GB, 15%
        sm = _SCALE_ATTACHED_RE.match(text, end)
        if sm and _memory_k(text, sm):
            am.kind, am.unit, am.bare, end, sm = "quantity", "kilobyte", False, sm.end(), None
        if sm and sm.group("s").lower() in ("b", "k", "m") and "/" in m.group("digits"):
            # "98-1/2b", "87-1/4k": a price quoted in fractions with its bid mark, no scale is fractional
            sm = None
        if sm:
            am.scale = _SCALE_ATTACHED[sm.group("s").lower()]
            am.value = (am.value or 0) * am.scale
            end = sm.end()
            am.bare = False
    am.end = end
    _extend_scale(text, am)
    _extend_range(text, am, place)
    _extend_scale(text, am)
    if am.low is None and re.match(r"-\d", text[am.end : am.end + 2]):
        return None  # "777-200LR": a model number, not a failed range
    if which == "words" and am.low is None and am.bare and _WORDS_PAIR_AFTER_RE.match(text, am.end):
        # "Declines led advances three-one", "two and three-quarter times", "the two, three and
        # six-month yields": a score, or a list whose first member shares the second's noun or unit
        return None
    _extend_suffix(text, am)
    _extend_paired(text, am)
    _extend_prefix(text, am, floor)
    _extend_approx(text, am, floor)
    if am.minor:
        am.value = _scaled(am.value, 100)
        am.low, am.high = _scaled(am.low, 100), _scaled(am.high, 100)
    return am


_MINUS_BEFORE_RE = re.compile(r"(?:(?<=[\s(\[])|^)(?:(?P<w>minus|negative)[ \t]+|[-−])$", re.I)
#: Words after which "minus" signs a number ("fell to minus 0.3 percent", "as low as minus 20 degrees
#: C") rather than subtracting it ("LIBOR minus 6-1/2 pct", "allocations minus 15 pct").
_MINUS_AFTER_WORDS = frozenset(
    "to at of from as near around about between was were is are be been hit reached stood and or with a "
    "fell dropped rose plunged slumped sank remained stayed ranging".split()
)


def _sign_start(text: str, start: int, floor: int) -> int | None:
    """Where a negative number's sign starts: "minus 20 degrees C", "a -0.5% change", "−3.2"."""
    m = _MINUS_BEFORE_RE.search(text, max(floor, start - 9), start)
    if m is None:
        return None
    prev = re.search(r"(\S+)\s*$", text[max(0, m.start() - 24) : m.start()])
    if m.group("w") is None:
        # a hyphen signs a number only after a verb or preposition ("fell -0.5%"): "1986 -87" is a year
        # span, "caesium-134 and -137" a second name
        if text[m.start()] == "−" or prev is None or prev.group(1)[-1] in "(:":
            return m.start()
        return m.start() if prev.group(1).lower() in _MINUS_AFTER_WORDS - {"and", "or"} else None
    if re.search(r"\bplus(?:\s+(?:or|and)\s+|\s*/\s*)$", text[max(0, m.start() - 10) : m.start()], re.I):
        return None  # "plus or minus 10 pct": a tolerance either way
    if prev is None or prev.group(1)[-1] in "(,;:" or prev.group(1).lower() in _MINUS_AFTER_WORDS:
        return m.start()
    return None


#: The year-ago figure the wire prints in parentheses between a figure and its unit: "3,426 (168,682) tonnes".
_PAIRED_AFTER_RE = re.compile(r"[ \t\n]*\([ \t]*(?:nil|unch|\d[\d,]*(?:\.\d+)?)[ \t]*\)")


def _extend_paired(text: str, am: _Match) -> None:
    """Both figures of "3,426 (168,682) tonnes" take the unit (or scale, percent, currency) after the
    parentheses; each stays its own amount, so the extents do not grow."""
    if not am.bare or am.kind != "count" or am.vague or am.low is not None:
        return
    pm = _PAIRED_AFTER_RE.match(text, am.end)
    if pm is not None:
        probe = pm.end()
    elif am.start and text[am.start - 1] == "(" and text.startswith(")", am.end):
        probe = am.end + 1  # the parenthesised figure itself
    else:
        return
    if text[probe : probe + 2].strip()[:1].isupper():
        return  # "Reserves 119,518 (116,728) Ecus 62,008": the next row's label, not a unit
    end = am.end
    am.end = probe
    _extend_scale(text, am)
    _extend_suffix(text, am)
    am.end = end


def _extend_scale(text: str, am: _Match) -> None:
    if am.vague:
        return
    sm = _SCALE_RE.match(text, am.end)
    if sm is None:
        return
    word = sm.group("s").lower()
    if word in ("billions", "millions") and am.value is not None:
        return
    factor = _scale_word(word)
    am.scale *= factor
    if am.value is not None:
        am.value *= factor
    am.end, am.bare = sm.end(), False


#: A verb of a price move right before "N to M": "rose 3 to 20" is a change and the new price.
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|eased|dropped|rocketed|climbed|slipped|added|lost|jumped|advanced|declined|skidded|"
    r"sank|surged|tumbled|plunged|slumped|shed|soared|dipped|slid|rallied|firmed|improved|edged\s+(?:up|down))"
    r"[ \t]+(?:US\$|C\$|A\$|[$#£€¥])?$",
    re.I,
)


_FROM_BY_BEFORE_RE = re.compile(rf"\b(?:from|by)\s+(?:{_PREFIX_RE}\s*)?$", re.I)
#: A unit only a change is measured in: "raised rates by 0.50 to 0.75 percentage point" is one range of
#: moves, since no level is written in points of a percent.
_MOVE_UNIT_AFTER_RE = re.compile(r"[ \t]*(?:percentage|pct|basis)[ \t]+points?\b", re.I)


#: "ranging from", "range in size from", "range widely from", "priced from": the two ends of one range
#: follow, as no move can be priced.
_RANGING_FROM_RE = re.compile(
    rf"\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?:[ \t]+(?:in[ \t]+[a-z]+|widely))?|anywhere|priced)"
    rf"[ \t]+from[ \t]+(?:{_PREFIX_RE}[ \t]*)?$",
    re.I,
)


#: A range given as the new level right before "from": "to between 15 and 18 pct from 13 to 15 pct",
#: "to around 6.25 to 6.35 pct from six to 6.10 pct". The move is already told, so the "from X to Y"
#: after it is the old range, not a change and a level.
_NEW_RANGE_FROM_RE = re.compile(
    r"\bto[ \t]+(?:between[ \t]+)?(?:(?:around|about|roughly|some)[ \t]+)?\S*\d\S*(?:[ \t]+[a-z]+)?"
    r"[ \t]+(?:and|to)[ \t]+\S*\d\S*(?:[ \t]+[a-z]+){0,3}[ \t]+from[ \t]+$",
    re.I,
)


def _old_range_after_new(before: str) -> bool:
    return _NEW_RANGE_FROM_RE.search(before) is not None


def _extend_range(text: str, am: _Match, place: str = "") -> None:
    if am.vague or am.value is None or am.low is not None:
        return
    rm = _RANGE_RE.match(text, am.end)
    if rm is None:
        return
    sep = rm.group(0).strip().lower()
    between = re.search(r"\bbetween\s+$", text[max(0, am.start - 12) : am.start], re.I)
    if sep == "and" and not between:
        return
    # "prices ranging from 2,899 to 3,699 dlrs", "has a range from 5,600 to 8,870 nautical miles": the
    # two ends of one range, where "from ... to" after a change ("rose from") is a change, then a level
    ranging = sep == "to" and (
        _RANGING_FROM_RE.search(text[max(0, am.start - 30) : am.start]) is not None
        or _old_range_after_new(text[max(0, am.start - 70) : am.start])
    )
    two_ends = between is not None or ranging
    move_to = sep == "to" and not ranging and _FROM_BY_BEFORE_RE.search(text[max(0, am.start - 16) : am.start])
    if move_to and move_to.group(0)[:2].lower() != "by":
        return  # "rose from 93,000 to 3,594,000": one level, then another
    if sep == "or" and not _followed_by_marker(text, rm.end()):
        return
    pm = re.compile(rf"(?:{_PREFIX_RE})?\s*").match(text, rm.end())
    after = pm.end() if pm else rm.end()
    m2 = _CORE_RE.match(text, after)
    if m2 is None or not (m2.group("digits") or m2.group("words")):
        return
    v2, _, _ = _core_value(m2)
    if v2 is None:
        return
    end2 = m2.end()
    if (half2 := _AND_HALF_RE.match(text, end2)) is not None and re.fullmatch(r"[\d.]+|[a-z]+", m2.group(0), re.I):
        # "two to three-and-a-half times": the far end has its fraction too
        frac = _AND_FRACTIONS["quarters" if half2.group("f").lower().startswith("three") else re.split(r"[\s-]", half2.group("f").lower())[-1]]
        v2, end2 = v2 + frac, half2.end()
    sm = _SCALE_ATTACHED_RE.match(text, end2) if m2.group("digits") else None
    attached = 1.0
    if sm:
        attached = _SCALE_ATTACHED[sm.group("s").lower()]
        v2 *= attached
        end2 = sm.end()
    if m2.group("digits") and sm is None and not _after_ok(text, end2):
        return
    if move_to and not _MOVE_UNIT_AFTER_RE.match(text, end2):
        return  # "rose by 93,000 to 3,594,000", "will be cut by $200 to $399": a change, then a level
    v1 = am.value
    groups = re.fullmatch(r"\d{1,3}((?:,000)+)", m2.group(0))
    if groups and re.fullmatch(r"\d{1,3}", text[am.core_start : am.core_end]) and am.scale == 1:
        shared = 1000.0 ** (len(groups.group(1)) // 4)
        if v1 * shared <= v2:
            v1 *= shared  # "75-100,000 bpd", "5-10,000 people": Reuters' short form of 75,000-100,000
    if sep in ("-", "–") and not two_ends:
        # "555-1234" and "1986-87" are a phone number and a year span, not a range
        if re.fullmatch(r"\d{3}", text[am.core_start : am.core_end]) and re.fullmatch(r"\d{4}", m2.group(0)):
            return
        if _is_year_text(text[am.core_start : am.core_end]):
            return
    scale2 = _SCALE_RE.match(text, end2)
    factor = 1.0
    if scale2 is not None and scale2.group("s").lower() not in ("billions", "millions"):
        factor = _scale_word(scale2.group("s"))
        v2 *= factor
        end2 = scale2.end()
    elif m2.group("words"):
        factor = _words_scale(m2.group("words"))  # "five to six billion marks"
    elif attached > 1:
        factor = attached  # "$1.2-1.5bn", "€2-3bn": the scale against the far end is both ends'
    if factor > 1:
        if am.bare and _incomplete(text, am, v1):
            v1 *= factor  # "5 to 6 million": the scale applies to both
        am.scale = factor
    if v2 < v1 or (sep == "to" and not two_ends and v1 > 0 and v2 / v1 > 10):
        return  # "surged 5/8 to 27 dlrs": a change and a level, not a range
    if sep == "to" and not two_ends and _listed_move(text, am.start, am.end, place or text):
        return  # "ANZ Bank dropped 10 to 5.60 and National four to 5.46": the list's next move and price
    if sep == "to" and not two_ends and factor == 1 and _CHANGE_BEFORE_RE.search(text[max(0, am.start - 20) : am.start]):
        if not (_PCT_RE.match(text, end2) or _UNIT_RE.match(text, end2) or _CUR_WORD_RE.match(text, end2)):
            return  # "Weisfield's rocketed 9 1/2 to 39", "POP plunged $4 to $14.75": a change, then the price
    am.low, am.high, am.value = v1, v2, None
    am.end = end2
    if sep in _WORD_SEPARATORS:
        am.split_at = (rm.start(), rm.end())
    if between is not None:
        am.start = max(0, am.start - 12) + between.start()


#: Words that join a range's two ends; a hyphen, dash or slash ("15-20%", "1.8160/70") makes one expression.
_WORD_SEPARATORS = frozenset({"to", "and", "or"})


def _followed_by_marker(text: str, pos: int) -> bool:
    m = _CORE_RE.match(text, pos)
    if m is None:
        return False
    rest = text[m.end() : m.end() + 40]
    return bool(re.match(r"\s*(?:%|pct|percent|per cent|mln|billion|million)", rest, re.I))


def _extend_suffix(text: str, am: _Match) -> None:
    # percent
    pm = _PCT_RE.match(text, am.end)
    if pm is not None and am.kind != "percent" and not am.vague:
        unit = _PERCENT.get(re.sub(r"\s+", " ", pm.group("p").lower()))
        am.kind, am.end, am.bare, am.unit = "percent", pm.end(), False, unit
        if unit == "basis point":
            am.value = am.value / 100 if am.value is not None else None
            am.low, am.high = _scaled(am.low, 100), _scaled(am.high, 100)
        return
    if am.kind == "percent":
        return
    start = am.end
    if am.vague:
        of = _OF_RE.match(text, start)
        if of is None and am.few:
            _extend_unit_or_currency(text, am)
            return
        if of is None:
            return
        am.end = of.end() - (len(of.group(0)) - len(of.group(0).rstrip()))
        # "billions of investors' dollars", "millions of taxpayers' dollars": whose money it is
        owner = _POSSESSIVE_RE.match(text, of.end())
        cm = _CUR_WORD_RE.match(text, owner.end() - 1 if owner else of.end() - 1)
        if cm is not None and cm.group("w").lower() not in _MINOR:
            _set_currency(am, cm)
            am.end = cm.end()
        am.has_of = True
        return
    mt = _MEDIA_TIME_RE.match(text, am.end)
    if mt is not None:
        # "75 hours of video", "10 hours of battery life": a capacity measured in time, not a duration
        am.kind, am.unit, am.end, am.bare = "quantity", mt.group("u").lower().rstrip("s"), mt.end("u"), False
        return
    _extend_unit_or_currency(text, am)


def _extend_unit_or_currency(text: str, am: _Match) -> None:
    start = am.end
    if text.startswith("¢", start):
        # "jumped 20¢": the cent sign, a hundredth of the dollar the story uses
        am.kind, am.currency, am.minor, am.cur_word = "money", "USD", True, "cent"
        am.end, am.bare = start + 1, False
        return
    cm = _CUR_WORD_RE.match(text, start)
    if cm is not None and cm.group("w").istitle() and cm.group("w").lower() in _NAME_LIKE_CURRENCIES:
        cm = None  # "2010 Mark" is a name
    if cm is not None:
        word = cm.group("w").lower()
        if word == "p" and (not re.fullmatch(r"p", cm.group("w")) or re.match(r"\.\s?m\b", text[cm.end() :])):
            cm = None  # "10 p.m." is a time
        elif word in _UNIT_NEEDS_OF and _UNIT_OF_RE.match(text, cm.end()):
            am.kind, am.unit, am.end, am.bare = "quantity", "pound", cm.end(), False
            return
        elif word == "won" and am.bare:
            cm = None  # "the team won 3" is a verb
    if cm is not None:
        _set_currency(am, cm)
        am.end, am.bare = cm.end(), False
        if am.cur_word == "penny" and not _STERLING_CUE_RE.search(text) and re.search(r"\$|\b(?:dlrs?|dollars?|cents?|cts)\b", text):
            am.currency = "USD"  # "shares rose a penny to $5.10": the American cent
        iso = _ISO_AFTER_RE.match(text, am.end)
        if iso and iso.group("iso") in iso_currencies() and iso.group("iso") not in _ISO_STOP:
            am.currency = iso.group("iso")
        return
    tm = _TEMP_AFTER_RE.match(text, start)
    if tm is None and start == am.core_end:
        tm = _temp_attached(text, start, spaced=True)
    if tm is not None:
        scale = (tm.groupdict().get("scale") or tm.groupdict().get("scale2") or "").lower()
        am.kind, am.end, am.bare = "quantity", tm.end(), False
        am.unit = {"f": "degree Fahrenheit", "k": "kelvin", "": "degree"}.get(scale[:1], "degree Celsius")
        _below_zero(text, am)
        return
    if am.bare and am.kind == "count" and am.value is not None and _BELOW_ZERO_RE.match(text, start):
        # "temperatures of 10 below zero": the degrees go unsaid (Duckling's "2 below zero")
        am.kind, am.unit, am.bare = "quantity", "degree", False
        _below_zero(text, am)
        return
    sa = _SIGN_AFTER_RE.match(text, start)
    if sa is not None and am.currency is None and _after_ok(text, sa.end()):
        am.kind, am.currency, am.end, am.bare = "money", _PREFIX_CURRENCY[sa.group("s")], sa.end(), False
        return
    um = _UNIT_RE.match(text, start)
    if um is None and start == am.core_end:
        um = _UNIT_ATTACHED_RE.match(text, start)
    if um is not None:
        word = re.sub(r"\s+", " ", um.group("u").lower())
        if word in ("ha", "ft", "cm", "mm", "mw", "gw", "gb", "mb", "kb", "tb", "kw", "bp", "ml", "mg", "bit", "''") and um.start("u") > am.end + 1:
            return
        if word == "ml" and um.start("u") > am.end and re.search(r"\bmln\b", text[max(0, am.start - 60) : am.start]):
            return  # "Revs 118.9 mln vs 161.8 ml": a table's "mln" cut short, not millilitres
        if word == "''" and _inside_quote(text, am.start):
            return  # ``we ordered 20'': a closing quote, not inches
        am.kind, am.unit, am.end, am.bare = "quantity", _UNITS[word], um.end(), False
        if am.unit == "degree":
            _below_zero(text, am)
        return
    mb = None
    if am.kind == "count" and am.bare and am.value is not None and am.value < 10:  # readings run 0-10, not "of 1986"
        mb = _MAGNITUDE_BEFORE_RE.search(text, max(0, am.start - 16), am.start)
    if mb is not None or _RICHTER_AFTER_RE.match(text, start):
        # "a magnitude 7.0 earthquake", "measuring 5.5 on the Richter scale": a reading on a scale
        am.kind, am.unit, am.bare = "quantity", "magnitude", False
        if mb is not None and mb.group("of") is None:
            am.start = mb.start()  # "magnitude 7.0" names its unit first, as "US$ 5" does
        return
    sp = _SPREAD_POINTS_RE.match(text, start) if am.kind == "count" and am.bare else None
    if sp is not None and am.value is not None and 0 < am.value < 10:
        # "5/8 point over LIBOR", "1.5 points above LIBOR": a loan's margin over a rate, in points of a percent
        am.kind, am.unit, am.end, am.bare = "percent", "percentage point", sp.end("u"), False
        return
    ip = _POINTS_RE.match(text, start)
    if ip is not None and _index_before(text, am.start):
        am.kind, am.unit, am.end, am.bare = "quantity", "index point", ip.end("u"), False
        return
    if ip is not None and _point_move(text, am, ip.end("u")):
        am.kind, am.unit, am.end, am.bare = "quantity", "point", ip.end("u"), False
        if _rate_points(text, am):
            am.kind, am.unit = "percent", "percentage point"
        return
    im = _INCH_ABBR_RE.match(text, start)
    if im is not None:
        am.kind, am.unit, am.end, am.bare = "quantity", "inch", im.end("u"), False
        return
    iso = _ISO_AFTER_RE.match(text, start)
    if iso and am.currency is None and iso.group("iso") in iso_currencies() and iso.group("iso") not in _ISO_STOP and "(" not in iso.group(0):
        am.kind, am.currency, am.end, am.bare = "money", iso.group("iso"), iso.end(), False


_BELOW_ZERO_RE = re.compile(
    r"[ \t]+below[ \t]+zero\b(?:[ \t]+(?P<scale>(?i:fahrenheit|celsius|centigrade)\b|[CF](?![A-Za-z0-9])))?", re.I
)


def _below_zero(text: str, am: _Match) -> None:
    """ "25 degrees below zero", "296 degrees below zero Fahrenheit": the reading is negative; "below
    zero" had been a second amount, a count of 0."""
    bz = _BELOW_ZERO_RE.match(text, am.end)
    if bz is None:
        return
    if am.value is not None and am.value >= 0:
        am.value = -am.value
    elif am.value is None and am.low is not None and am.high is not None and am.low >= 0:
        am.low, am.high = -am.high, -am.low  # "between 10 and 20 degrees below zero" runs from -20 to -10
    else:
        return
    am.end = bz.end()
    scale = (bz.group("scale") or "").lower()
    if scale and am.unit == "degree":
        am.unit = "degree Fahrenheit" if scale.startswith("f") else "degree Celsius"


#: A temperature's scale after its number: "30 degrees Celsius", "0 degrees F", "20.3 Celsius", "85°",
#: "-5°C" (the letters alone need the degree word or sign, or the number against them, see
#: ``_temp_attached``).
_TEMP_AFTER_RE = re.compile(
    r"(?:[ \t]*|-)(?:(?:degrees?|°)[ \t]*(?P<scale>(?i:celsius|centigrade|fahrenheit|kelvin)|C|F)(?![A-Za-z0-9])"
    r"|°|(?P<scale2>(?i:celsius|centigrade|fahrenheit))\b)"
)
_TEMP_ATTACHED_RE = re.compile(r"(?P<scale>[CF])(?![A-Za-z0-9])")
_TEMP_SPACED_RE = re.compile(r"[ \t]?(?P<scale>[CF])(?![A-Za-z0-9&'.-]|\.[A-Za-z])")
_TEMP_CUE_RE = re.compile(
    r"\b(?:temperatures?|degrees|heat(?:wave)?|cold|warm(?:er|est|ing)?|climate|hot(?:ter|test)?|cool(?:er)?|chill|"
    r"freez\w*|frost|thermometers?|weather|forecasters?|celsius|fahrenheit)\b",
    re.I,
)


def _temp_attached(text: str, end: int, spaced: bool = False) -> re.Match[str] | None:
    """ "40C (104F)", "-5C", "minus 30 C": a temperature written against (or a space from) its scale
    letter, in a sentence about the weather or heat (elsewhere "1C" and "3F" are names: "Insat 1C",
    "P-3F")."""
    m = (_TEMP_SPACED_RE if spaced else _TEMP_ATTACHED_RE).match(text, end)
    if m is None:
        return None
    if spaced and m.start("scale") > end:
        # a letter a space away needs the weather named just before: "temperatures down to minus 30 C"
        return m if _TEMP_CUE_RE.search(text, max(0, end - 60), end) else None
    window = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text[max(0, end - 200) : end + 120])
    return m if any(_TEMP_CUE_RE.search(part) for part in window if text[end - 1 : end + 1] in part) else None


_MAGNITUDE_BEFORE_RE = re.compile(r"\b[Mm]agnitude(?P<of>[ \t]+of)?[ \t-]+$")
_RICHTER_AFTER_RE = re.compile(r"[ \t]+on[ \t]+the[ \t]+(?:open-ended[ \t]+)?Richter\b")
_POINTS_RE = re.compile(r"(?:[ \t]+|-)(?P<u>points?)\b(?![ \t]+(?:over|above|below|under)\b)", re.I)
#: Points over a named rate: a loan's margin ("7/8 point over LIBOR", "1/10 point above the Singapore
#: inter-bank offered rate"). Points over anything else ("71 points over Treasuries", "100 points above the
#: Baltic Freight Index") are basis points or an index's, so only a rate's name makes them percentage points.
_SPREAD_POINTS_RE = re.compile(
    r"(?:[ \t]+|-)(?P<u>points?)[ \t]+(?:over|above|below|under)[ \t]+(?=[^.;\n]{0,60}?(?:"
    r"\b(?:LIBOR|Libor|libor|LIBID|SIBOR|Sibor|interbank|inter-bank|prime)\b|"
    r"\b(?:offered|benchmark|Eurodollar|base|lending)[ \t]+rates?\b))"
)
#: A move or a gap measured in points: "ended 10.65 to 11.00 points lower", "a 17-point lead",
#: "rose two points to 51.9 pct", "closed 1-7/16 point lower". Not "a three-point strategy" or a
#: "seven point" plan, which count the items of a list.
_POINT_MOVE_AFTER_RE = re.compile(
    r"[ \t]+(?:lower|higher|up|down|off|premium|lead|drop|fall|decline|rise|gain|cut|jump|advance|range|"
    r"contribution|margin|spread|reduction|increase)\b", re.I
)
_POINT_MOVE_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|dropped|gained|lost|added|shed|jumped|climbed|slipped|eased|declined|advanced|soared|"
    r"plunged|tumbled|surged|contributed|subtracted|accounted[ \t]+for|knocked[ \t]+off|(?:ranging|rising)[ \t]+to|"
    r"(?:drop|fall|rise|gain|cut|reduction|increase|decline|loss|jump)[ \t]+of|(?:cut|reduced|raised|"
    r"rise|fall|drop|increase|reduction|rose|fell)[ \t]+by|up|down|plus|minus)[ \t]+(?:(?:by|of|about|almost|"
    r"nearly|around|some|just[ \t]+over|more[ \t]+than|up[ \t]+to)[ \t]+)*$", re.I
)
#: A stock index named earlier in the sentence: "The Dow Jones Industrial Average fell 777.68 points".
_INDEX_CUE_RE = re.compile(
    r"\b(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes|Average|Dow|Nasdaq|FTSE|Footsie|Nikkei|DAX|CAC|Hang Seng|S&P|"
    r"Stoxx|Kospi|Sensex|TSX|ASX|Composite)\b"
)


def _index_before(text: str, pos: int) -> bool:
    """Whether the sentence names a stock index before ``pos``: its points are then the index's unit
    of measure ("fell 777.68 points"), not things counted."""
    head = re.split(r"[.;!?]\s|\n", text[max(0, pos - 200) : pos])[-1]
    return _INDEX_CUE_RE.search(head) is not None


#: What a rate move names: "the three-month interbank rate down 1/8 point", "cutting it [the prime] 1-1/2
#: points", "a one-point cut in building society rates", "a drop of more than 12 points to 24.6 pct" of inflation.
#: A margin is a percent (of a loan's rate, of sales), so its points are percentage points: "an extra 1/8
#: point margin will be paid".
_RATE_CUE_RE = re.compile(r"\b(?:rates?|yields?|prime|inflation|interest|LIBOR|Libor|margins?)\b")
#: What prices are quoted in points of: shares, bonds, notes, futures, a tariff's bid ("120 pct bid ... up five
#: points"), an index. Their points are points of a price, whatever rate the sentence also names.
_PRICE_POINT_CUE_RE = re.compile(
    r"\b(?:stocks?|shares?|bonds?|prices?|priced|issues?|notes?|futures|contracts?|premium|ind(?:ex|ices|exes)|"
    r"average|bid|paper|FRNs?|Treasur(?:y|ies)|gilts?|dlrs?|cents|cts)\b",
    re.I,
)
_TO_PERCENT_RE = re.compile(rf"[ \t]+(?:lower[ \t]+|higher[ \t]+)?(?:to|at)[ \t]+(?:about[ \t]+)?{_DIGITS}[ \t]*(?:pct|percent|%)")


def _rate_points(text: str, am: _Match) -> bool:
    """Whether a move in points is one of a rate, so in percentage points: the move ends at a percent
    ("12 points to 24.6 pct", a load factor "rose two points to 51.9 pct"; the wire itself writes such
    moves "1.4 percentage points to 66.7 pct") where the sentence names a rate or no price, or its
    sentence names a rate and no price. Points of a poll's lead or of a price quoted in percent ("a tariff
    bid five points higher at 175 pct") stay points."""
    head = re.split(r"[.;!?]\s|\n", text[max(0, am.start - 200) : am.start])[-1]
    tail = re.split(r"[.;!?]\s|\n", text[am.end : am.end + 200])[0]
    sentence = f"{head} {tail}"
    rate = _RATE_CUE_RE.search(sentence) is not None
    price = _PRICE_POINT_CUE_RE.search(sentence) is not None
    if _TO_PERCENT_RE.match(text, am.end) is not None:
        return rate or not price
    return rate and not price


def _point_move(text: str, am: _Match, end: int) -> bool:
    """Whether "N points" measures a move or a gap (of a price, a rate, a poll) rather than counting
    the points of a plan."""
    if am.kind != "count" or not am.bare:
        return False
    first = am.value if am.value is not None else am.low
    if first is not None and first != int(first):
        return True  # "6.5 points for beef", "1-1/2 points": a plan has no half points
    return bool(_POINT_MOVE_AFTER_RE.match(text, end) or _POINT_MOVE_BEFORE_RE.search(text, max(0, am.start - 30), am.start))


#: "only 0.68 in (1.73 cm) thick", "a 13.3 in. screen": "in" abbreviates inches only where a metric
#: conversion or a dimension follows it; elsewhere it is the preposition ("3 in 10 voters").
_INCH_ABBR_RE = re.compile(
    r"[ \t]+(?P<u>in\.?)(?=[ \t]*\([ \t]*[\d.,]+[ \t-]*(?:cm|mm|centimet|millimet)"
    r"|[ \t]+(?:thick|thin|wide|long|tall|high|deep|across|diagonal(?:ly)?)\b|[ \t]*(?:x|×)[ \t]*\d)"
)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether an opening `` (Penn Treebank quote) before ``pos`` in the paragraph is still open."""
    head = text[max(0, pos - 400) : pos].rsplit("\n\n", 1)[-1]
    return head.rfind("``") > head.rfind("''")


def _set_currency(am: _Match, cm: re.Match[str]) -> None:
    word = cm.group("w").lower()
    code = _CURRENCY_WORDS[word]
    adj = (cm.group("adj") or "").lower()
    adj = re.sub(r"\s+", " ", adj)
    if adj:
        adj_code = _CURRENCY_ADJ.get(adj) or _COUNTRY_CURRENCY.get(adj)
        if adj_code and (word not in ("mark", "marks") or adj_code == "DEM"):
            code = adj_code
    am.kind, am.currency, am.minor = "money", code, word in _MINOR
    am.cur_word, am.cur_adj = _CURRENCY_BASE.get(word, word), bool(adj)


def _extend_prefix(text: str, am: _Match, floor: int = 0) -> None:
    if am.kind in ("percent", "quantity"):
        return
    base = max(floor, am.start - 30)
    head = text[base : am.start]
    pm = _PREFIX_AT_END_RE.search(head)
    hm = re.search(r"(?<![\w#])#\s?$", head)
    if pm is None and hm is not None and (am.scale > 1 or re.search(r"[.,]\d", text[am.core_start : am.core_end])):
        # Penn Treebank text writes the pound sign as "#": "# 8.4 bn", "# 0.79"; a number sign
        # takes plain integers ("# 5")
        am.start -= len(hm.group(0))
        am.kind, am.currency, am.bare, am.minor = "money", "GBP", False, False
        return
    if pm is None:
        return
    token = re.sub(r"\s+", " ", pm.group("p"))
    if re.fullmatch(r"[A-Z]{3}", token) and token.lower() not in _PREFIX_CURRENCY:
        if token not in iso_currencies() or token in _ISO_STOP:
            return
        code = token
    else:
        code = _PREFIX_CURRENCY.get(token.lower()) or _PREFIX_CURRENCY.get(token.lower().replace(" ", ""))
        if code is None:
            return
        if token in ("Y", "L") and am.end == am.core_end:
            return
        if token.lower() in ("stg", "dm", "rs", "rs.") and head[pm.start("p") - 1 : pm.start("p")].isalpha():
            return
    adj = (pm.group("adj") or "").lower()
    iso = re.search(r"(?<![A-Za-z])[A-Z]{3}$", head[: pm.start("p")]) if token == "$" and not adj else None
    if iso is not None and iso.group(0) in iso_currencies() and iso.group(0) not in _ISO_STOP:
        # "SGD$4.90", "AUD$2 billion": the code before the dollar sign says whose dollar
        am.start, am.currency, code = base + iso.start(), None, iso.group(0)
    elif adj and token == "$" and _CURRENCY_ADJ.get(re.sub(r"\s+", " ", adj)):
        code = _CURRENCY_ADJ[re.sub(r"\s+", " ", adj)]
        am.start = base + pm.start()
    else:
        am.start = base + pm.start("p")
    if am.currency is None or am.kind != "money":
        am.currency = code
    am.kind, am.bare, am.minor = "money", False, False


_ALL_BEFORE_RE = re.compile(r"(?<![\w-])all[ \t]+$", re.I)


#: After "up to" an amount, the earlier figure it rose from: "pretax profits up to 37.09 mln stg from
#: 34.55 mln", "was up to 80.8 pct last month from 80.4 pct"; "a day from three zones" names no figure.
_RISE_FROM_AFTER_RE = re.compile(r"[^.;:\n\d]{0,20}?\bfrom[ \t]+(?:a[ \t]+)?(?:revised[ \t]+|restated[ \t]+)?\d")


def _extend_approx(text: str, am: _Match, floor: int = 0) -> None:
    base = max(floor, am.start - 20)
    head = text[base : am.start]
    m = _APPROX_AT_END_RE.search(head)
    start = m.start("a") if m is not None else 0
    if m is not None and _APPROX_MAP[re.sub(r"\s+", " ", m.group("a").lower())] in ("more_than", "less_than"):
        # "slightly more than", "well below", "far fewer than": the degree word belongs to the bound
        wider = max(floor, base - 14)
        deg = _DEGREE_AT_END_RE.search(text[wider : base + start])
        if deg is not None:
            start = wider + deg.start() - base  # may be negative: am.start is base + start
    if m is not None:
        word = re.sub(r"\s+", " ", m.group("a").lower())
        if word in ("over", "under", "above", "below", "some") and am.value is None:
            return
        if word == "up to" and re.search(rf"\b(?:{_CHANGE_VERBS})\s+$", head[: m.start("a")], re.I):
            return  # "revised up to 850 mln": raised to, not at most
        if word == "up to" and _RISE_FROM_AFTER_RE.match(text, am.end):
            return  # "imports were up to 136,029 tonnes from 46,541": a rise to a level, not at most
        if word in _COMPARATIVES and _COMPARISON_BASE_RE.search(text, max(0, base + start - 40), base + start):
            return
        if word == "estimated" and _ESTIMATED_VERB_RE.search(text[max(0, base + start - 30) : base + start]):
            return  # "Baker had previously estimated 110 to 130 mln dlrs": the verb, not "an estimated"
        am.approx = _APPROX_MAP[word]
        if word not in _APPROX_OUTSIDE:
            # "nor further than 100 miles": the conjunction joins clauses, the bound starts after it
            am.start = base + start + (4 if word.startswith("nor ") else 0)
    elif re.match(r"\s+or\s+so\b", text[am.end :], re.I):
        am.approx = "approx"
    elif (ob := _OR_BOUND_AFTER_RE.match(text, am.end)) is not None and am.value is not None:
        # the words stay outside the extent, as "or so" does: the bound is the amount's own value
        am.approx = "at_least" if ob.group("w").lower() in ("more", "greater", "higher", "above", "over") else "at_most"
    if m is None and am.kind == "count" and am.value is not None and (al := _ALL_BEFORE_RE.search(head)):
        # "to add all 51 of Indonesia's air carriers": MEANTIME marks the quantifier with its number
        # ("all 51", as "some 400"); "all" bounds nothing, so no approximation is recorded
        am.start = base + al.start()
    if am.value is None or am.approx is None:
        return
    if am.approx in ("more_than", "at_least"):
        am.low = am.value
    elif am.approx in ("less_than", "at_most"):
        am.high = am.value


# ---------------------------------------------------------------------------------------------
# Filters and parse-based fields
# ---------------------------------------------------------------------------------------------


def _is_day(s: str) -> bool:
    # isdecimal, not isdigit: int() refuses "²"; two digits at most: int() refuses 4,300 and more
    return len(s) <= 2 and s.isdecimal() and 1 <= int(s) <= 31


def _is_year_text(s: str) -> bool:
    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", s))


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _id_word_is_verb(doc: Doc, text: str, am: _Match) -> bool:
    """ "will issue 312,500 shares", "seat about 150 passengers": the word before is a verb
    taking the amount, not an identifier's label ("issue 5", "seat 12")."""
    if am.approx is not None or "," in text[am.core_start : am.core_end]:
        return True  # identifiers are neither approximate nor written with thousands separators
    span = doc.char_span(am.start, am.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    verb = prev.lower_ in _ID_VERBS and prev.pos_ == "VERB" and prev.tag_ != "VBN"
    # "some Series 3000 models": a capitalised label inside a sentence names, whatever follows it
    label = prev.text[:1].isupper() and not prev.is_sent_start and prev.lower_ not in _ID_VERBS
    return verb or _counts_noun(span[-1]) and not label


_SHARE_SPLIT_RE = re.compile(r"(\d{1,2})[ \t]*(?:(/)|-)[ \t]*(\d{1,2})")
_ONE_IDIOM_RE = re.compile(
    r"\b(?P<one>one)(?=[ \t]+(?:more[ \t]+)?things?\b|[ \t-]+shot\b)|\bat[ \t]+(?P<once>one)[ \t]+(?:time|point|stage)\b"
    # "one way or the other", "a one time charge" (one-time), "no one discounts" (nobody), "on one side and
    # another on the other": a fixed phrase, no count of ways, times, people or sides
    r"|\b(?P<way>one)[ \t]+way[ \t]+or[ \t]+(?:another|the[ \t]+other)\b|\b(?P<adj>one)[ \t]+time[ \t]+(?!in\b|a\b|on\b|to\b)[a-z]+"
    r"|\bno[ \t]+(?P<nobody>one)\b|\bon[ \t]+(?P<hand>one)[ \t]+(?:hand|side)\b(?=[^.;\n]{0,80}\bother\b)",
    re.I,
)
_ONE_IDIOM_GROUPS = ("one", "once", "way", "adj", "nobody", "hand")
_SECOND_DAY_BEFORE_RE = re.compile(
    rf"\b(?:{_alt(list(_MONTHS))})\.?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?[ \t]+(?:and|or|through)[ \t]+$", re.I
)
_COORDINATED_ID_RE = re.compile(
    rf"\b({_alt(sorted(_ID_WORDS))})[ \t]*#?[ \t]*\d{{1,4}}[A-Za-z]?[ \t]*(?:,|or|and|&)[ \t]*$", re.I
)
_ALTERNATIVE_DURATION_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:\d{{1,2}}|{_WORD}))*[ \t]*,?[ \t]*(?:or|to|-|,)[ \t]*(?:\d{{1,2}}|{_WORD})[ \t]+"
    rf"(?:more[ \t]+|other[ \t]+)?(?:{_alt([u for u in _TIME_UNITS if u.isalpha() and len(u) > 3])})\b",
    re.I,
)
#: "367 one year ago": a number, then a point in time with a number of its own
_PERIOD_BACK_AFTER_RE = re.compile(r"[ \t]+[A-Za-z-]+[ \t]+[a-z]+[ \t]+(?:ago|previously|earlier|before|later|back)\b")
_GROUP_OF_RE = re.compile(r"\bgroup[ \t]+of[ \t]+$", re.I)
#: "a group of six banks", "a splinter group of eight producers": some group, not G7 named
_A_GROUP_OF_RE = re.compile(r"\ban?[ \t]+(?:[a-z]+[ \t]+){0,2}group[ \t]+of[ \t]+$", re.I)
_DIMENSIONAL_AFTER_RE = re.compile(r"[ \t-]*dimension(?:al|ally)\b|-D\b", re.I)
#: Words after a number that make it a measure, never part of a name ("250 mln dlr issue")
_MEASURE_WORDS = frozenset(
    [*_CURRENCY_WORDS, *_UNITS, *_SCALE_AFTER, *_PERCENT, *_TIME_UNITS, "share", "shr", "point", "per", "a", "an"]
)
#: " and 757's", ", 747": the model number after this one in a list of them
_LISTED_NUMBER_AFTER_RE = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?P<n>\d{3,})(?:'s|s)?(?![\w.,/-])")
#: "767, 757 and", "5363 and", "747 or": the model number before this one in a list of them
_LISTED_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.,/-])(?P<n>\d{3,})(?:'s)?[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|and[ \t]+|or[ \t]+|&[ \t]*)$")


def _names_or_idiom(text: str, am: _Match, core_text: str, before: str) -> bool:
    """Numbers that name, split or only fill an idiom; none is a VALUE under the TimeML/ACE
    conventions MEANTIME follows (a number that names something, a ratio, a fixed phrase)."""
    if am.kind != "count" or am.unit is not None or am.currency is not None:
        return False
    split = _SHARE_SPLIT_RE.fullmatch(text, am.start, am.end)
    if split and (
        split.group(2) and int(split.group(1)) + int(split.group(3)) == 100 or split.group(1) == split.group(3)
    ):
        return True  # "the 50/50 joint venture", "a 50-50 split", "60/40": shares of a whole, a ratio
    if am.bare and core_text.lower() == "zero" and re.match(r"[ \t-]*coupon", text[am.end : am.end + 10], re.I):
        return True  # "a zero coupon eurobond": the kind of bond, not an amount
    if am.bare and _GROUP_OF_RE.search(before) and core_text.isalpha() and not _A_GROUP_OF_RE.search(text, max(0, am.start - 40), am.start):
        return True  # "the group of seven would hold talks": G7, a name, whatever the case
    if am.bare and _DIMENSIONAL_AFTER_RE.match(text, am.end):
        return True  # "three dimensional graphics", "3-D": a property, not an amount
    for idiom in _ONE_IDIOM_RE.finditer(text, max(0, am.start - 3), am.end + 100):
        if am.bare and am.start in {idiom.start(g) for g in _ONE_IDIOM_GROUPS}:
            return True  # "for one thing", "One more thing", "at one point" (once), "a one shot deal"
    # Reuters' "<Four Seasons Hotels>": angle brackets hold a company's name, never an amount
    return "<" in before and ">" not in before.rsplit("<", 1)[-1] and bool(re.match(r"[^<>\n]{0,60}>", text[am.end :]))


#: "3+ network software": a plus glued to a figure, then a word.
_PLUS_WORD_AFTER_RE = re.compile(r"\+[ \t]+(?P<w>[A-Za-z][\w-]*)")


def _plus_name(doc: Doc, text: str, am: _Match) -> bool:
    """A figure glued to "+" before a word that is no plural names a product (3Com's "3+ network
    software"); "10+ years" or "3+ million" reads "at least", and stays."""
    m = _PLUS_WORD_AFTER_RE.match(text, am.end)
    if am.kind != "count" or m is None or m.group("w").lower() in _SCALE_AFTER or m.group("w").lower() in _UNITS:
        return False
    word = doc.char_span(m.start("w"), m.end("w"), alignment_mode="expand")
    return word is not None and word[0].tag_ not in ("NNS", "NNPS")


def _not_an_amount(doc: Doc, text: str, am: _Match, core: Span | None, starts: Sequence[int], place: str = "") -> bool:
    # ``text`` is ``doc.text``, passed in: spaCy rebuilds that string from the tokens on every access
    core_text = text[am.core_start : am.core_end]
    before = text[max(0, am.start - 25) : am.start]
    prev_word = re.search(r"([A-Za-z][\w.]*)\s*[#-]?\s*$", before)  # "No. 1", "number-one"
    prev = prev_word.group(1).lower() if prev_word else ""
    if am.bare and prev in _ID_WORDS and not _id_word_is_verb(doc, text, am):
        return True
    coordinated = _COORDINATED_ID_RE.search(before)
    if am.bare and coordinated and coordinated.group(1).lower() not in _ID_VERBS and "," not in core_text:
        return True  # "a model 600 or 700", "Flight 574 and 575": the second label of a pair
    if am.kind == "count" and am.currency is None and re.fullmatch(r"\d+[BMK]", text[am.core_start : am.end]):
        return True  # "the top-of-line 3B": a model, not three billion of anything
    if _names_or_idiom(text, am, core_text, before):
        return True
    if am.bare and _plus_name(doc, text, am):
        return True
    if am.bare and (prev in _MONTHS and am.start == am.core_start or _is_day(core_text) and _MONTH_AFTER_RE.match(text, am.end)):
        return True  # "March 3", "3rd March"; not "for spot and May/Dec between 655 and 660"
    if am.bare and _is_day(core_text) and _SECOND_DAY_BEFORE_RE.search(before):
        return True  # "on May 25 and 26", "between Feb 3 and 17": the second day of a date (TIMEX3)
    if am.bare and _is_year_text(core_text) and am.low is None:
        nxt = text[am.end : am.end + 20]
        if not re.match(r"\s+(?:[a-z]+\s+)?[a-z]+s\b", nxt) or _TIME_AFTER_RE.match(nxt):
            return True  # a year, unless it counts something ("1987 cars" stays a year, "1,987 cars" not)
    if am.bare and re.match(r"[ \t-]*(?:hundred|thousand|million|billion)th\b", text[am.end : am.end + 14], re.I):
        return True  # "the one millionth iPhone": an ordinal
    if am.bare and _VERSION_AFTER_RE.match(text, am.end):
        return True  # "the 2.0 software update": a version, not an amount
    if am.bare and _CLOCK_AFTER_RE.match(text, am.end):
        return True  # "at 4 in the morning"
    if am.bare and re.fullmatch(r"[A-Za-z -]+", core_text) and re.search(r"\b(?:eighteen|nineteen|twenty)[ -]$", before, re.I):
        return True  # "nineteen ninety-four": a spoken year
    fraction = (
        am.kind == "percent"
        and am.unit is None
        and core_text.replace(" ", "").replace("-", "").isalpha()
        # "two pct year-on-year" is a percent written in words, not a proportion like "half"
        and _PCT_RE.search(text, am.core_end, am.end) is None
    )
    if (am.bare or fraction) and _DURATION_BEFORE_RE.search(before) and re.fullmatch(r"[A-Za-z -]+|\d{1,2}", core_text):
        # "a year or two", "a minute and a half": the rest of a duration, which is small and written
        # plainly; "in the previous week and 16,568,000 in the year-ago week" starts another figure
        return True
    if fraction and am.start == am.core_start and re.search(  # "said that about half of": no period
        r"\b(?:next|last|past|first|second|third|fourth|1st|2nd|3rd|4th|coming|previous|this|that|every|\d{4})\s+$",
        before, re.I,
    ):
        return True  # "the last half of 1989", "the next three quarters", "1st half": parts of a year
    if fraction and _ORDINAL_LIKE_FRACTION_RE.fullmatch(core_text) and core is not None and core.end < len(doc):
        nxt = doc[core.end]
        if nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.lower_ not in ("of", "more", "less", "percent"):
            return True  # "a third party", "a fifth straight day": an ordinal, as "a third of" is not
    if fraction and re.match(
        r"[ \t]*-?[ \t]*(?:years?|yearly|hours?|days?|months?|century|end|ended|time|term|season)\b", text[am.end :], re.I
    ):
        return True  # "the half yearly report", "a quarter end": a period, not a proportion
    if am.bare and re.match(r"-[A-Z]{1,2}\b(?!-)", text[am.end : am.end + 4]):
        return True  # "a 13-D", "its 10-K report": a form's name, not an amount
    if am.start == am.core_start and re.search(r"(?<![\w-])[A-Za-z]{1,2}-$", before):
        return True  # "M-1b money supply", "F-16": a letter code with a number names something
    if am.bare and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", core_text) and _ZONE_AFTER_RE.match(text, am.end):
        return True  # "at 1300, pacific daylight time", "at 1145, pdt": a 24-hour clock time
    if am.bare and _STREET_AFTER_RE.match(text, am.end):
        return True  # "31 Baker Street", "1200 Main Street": an address
    if re.fullmatch(r"\d+-\d+", text[am.start : am.end]) and re.match(r"-\d", text[am.end : am.end + 2]):
        return True  # "Lotus 1-2-3": a chain of numbers names or codes something, no range
    if re.match(r"-for-", text[am.end : am.end + 5]) or re.search(r"-for-$", before):
        return True  # "a three-for-two split": a ratio, not two amounts
    if am.bare and re.match(r"-(?:based|compatible|series)\b", text[am.end : am.end + 12], re.I):
        return True  # "486-based machines": a chip or model named by its number
    if am.kind == "count" and am.start == am.core_start and re.search(r"\byear\s+$", before, re.I) and (
        re.fullmatch(r"[A-Za-z -]+", core_text) or _is_year_text(core_text)
    ):
        return True  # "by the year two thousand": a year in words
    if (
        core_text.isalpha()
        and core_text.istitle()
        and core is not None
        and core[0].i > starts[core[0].i]
        and doc[core[0].i - 1].is_alpha
        and (doc[core[0].i - 1].text[:1].isupper() or core[-1].i + 1 < len(doc) and doc[core[-1].i + 1].text.istitle())
    ):
        return True  # "Robert Half", "the Three Mile Island plant": a number word inside a name
    rate = _RATE_RE.match(text, am.end) is not None
    if am.kind == "count" and not rate and am.low is None and _ALTERNATIVE_DURATION_RE.match(text, am.end):
        return True  # "as long as four or five years", "five, six, seven years": a duration (TIMEX3)
    after = re.match(r"[ \t]*(?:-[ \t]*)?([A-Za-z']+)(?:[ \t]+([a-z']+))?", text[am.end : am.end + 30])
    if after and am.kind == "count" and "," not in core_text and not rate:
        words = [w.lower() for w in after.groups() if w]
        # "two more years" is a duration; "55.6 mln Nine mths" ends a table cell before a row label
        if words[0] in _TIME_UNITS or (
            len(words) > 1
            and after.group(1).islower()
            and words[1] in _TIME_UNITS
            # "from 561 billion last year", "from 2.10 billion the year before": when, not how long
            and words[0] not in _TIME_DETERMINERS | {"the"}
            # "against 367 one year ago", "3.54 billion five years previously": the period has its own number
            and not (re.fullmatch(_WORD, words[0], re.I) and _PERIOD_BACK_AFTER_RE.match(text, am.end))
        ):
            return True
    if core is None:
        return False
    grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", core_text) is not None
    if am.bare and (_listed_move(text, am.start, am.end, place or text) or _listed_level(text, am.start, place or text)):
        # "and Ford one to 91-1/8", "Whim Creek 40 each to 6.90": a list's move, after the name, and its price
        # ("Arnotts 10 to 4.70", which the parser may take for a name)
        return False
    if am.bare and not grouped:  # dates, times and names are not written with thousands separators
        for tok in core:
            if tok.ent_type_ in ("DATE", "TIME") and not rate and not _ent_is_amountish(tok):
                return True
            if tok.ent_type_ == "ORDINAL":
                return True
            if tok.ent_type_ in _NAME_LABELS and tok.ent_iob_ != "B" and tok.i > starts[tok.i]:
                return True
        first = core[0]
        if first.i > starts[first.i] and am.start == am.core_start:
            prev_tok = doc[first.i - 1]
            if (
                (
                    prev_tok.pos_ == "PROPN" and any(c.isupper() for c in prev_tok.text)
                    or re.search(r"[a-z][A-Z]", prev_tok.text) is not None
                )
                and prev_tok.text.lower() not in _MONTHS
                and "," not in core_text
                and prev_tok.idx + len(prev_tok) == am.core_start - 1
                and not _counts_noun(core[-1])
            ):
                return True
        if _model_number(doc, text, am, core, core_text):
            return True
        if core_text.istitle() and core[0].i > starts[core[0].i] and doc[core[0].i - 1].is_alpha:
            return True  # "Group of Seven", "November Two"
        if (
            core_text.lower() == "one" and (am.low is None or am.high is None)
            and not (core[0].dep_ == "nummod" and core[0].head.pos_ == "NOUN")
            # "Conagra fell one to 33", "was down one today at 17-1/4": a share's move of a dollar
            and not ((_SHARE_MOVE_BEFORE_RE.search(before) or _LIST_ITEM_BEFORE_RE.search(before)) and _one_share_move(text, am))
        ):
            return True  # "one of our greatest days", "one on the back": a pronoun, not a count
    return False


#: A price after a move of "one": "fell one to 33", "was down one today at 17-1/4".
_ONE_MOVE_AFTER_RE = re.compile(r"[ \t]+(?:(?:today|yesterday)[ \t]*,?[ \t]*)?(?:to|at)[ \t]+(?P<level>\d[\d,]*(?:[- ]\d{1,2}/\d{1,2})?)")


def _one_share_move(text: str, am: _Match) -> bool:
    """ "Piedmont fell one to 68-5/8", "Conagra fell one to 33 on the New York Stock Exchange": a share's
    move of one dollar, when the price is in eighths or the sentence names the share; a grain price that
    "fell one to 88 at Parana River ports" is left."""
    m = _ONE_MOVE_AFTER_RE.match(text, am.end)
    if m is None:
        return False
    return "/" in m.group("level") or _SHARE_SENTENCE_RE.search(_sentence_around(text, am.start)) is not None


def _model_number(doc: Doc, text: str, am: _Match, core: Span, core_text: str) -> bool:
    """Bare numbers that name things: ``iOS 5``, ``Boeing's 747``, ``the 737 replacement``."""
    if re.search(r"(?:[+#]\s?|')$", text[max(0, am.core_start - 2) : am.core_start]):
        return True  # "+8" (a time zone), "'87", "# 5" (a number sign)
    first = core[0]
    if (
        first.i >= 2
        and doc[first.i - 1].tag_ == "POS"
        and doc[first.i - 2].pos_ == "PROPN"
        and "," not in core_text
        and not _counts_noun(core[-1])
        and not _hyphen_noun(doc, text, am.core_end)  # "American Medical's 10-member board" measures
    ):
        return True  # "Boeing's 747", but "Boeing's 300 engineers" counts
    if re.match(r"\s*(?:``|\")", text[am.core_end : am.core_end + 3]):
        return True
    if re.fullmatch(r"0\d+", core_text):
        return True  # "serial number 001"
    prev_tok = doc[first.i - 1] if first.i > 0 else None
    if prev_tok is not None and re.fullmatch(r"[A-Z]{2,}", prev_tok.text) and "," not in core_text:
        return True  # "USB 1.1", "PC 286"
    if (
        prev_tok is not None
        and _DOTTED_RE.fullmatch(core_text)
        and _ends_product_name(prev_tok, am.core_start)
        and not _beside_number(doc, first.i, core[-1].i)
    ):
        return True  # "Mac OS X 10.5", "OS/2 2.0 ships": a version continues the product's name
    if _DOTTED_RE.fullmatch(core_text) and not _CELL_AFTER_RE.match(text, am.end) and _version_elsewhere(text, am.core_start, core_text):
        return True  # "OS 10.5 ... 10.5 is the sixth iteration": the document writes the number as a version
    if prev_tok is not None and _counts_noun(core[-1]) and not _beside_number(doc, first.i, core[-1].i) and (
        _ends_product_name(prev_tok, am.core_start, titled=True)
        # "American Airlines 300 pilots" is a company's count, written without its possessive
        and prev_tok.tag_ != "NNPS"
        or _counted_twice(core[-1], first) and prev_tok.pos_ == "PROPN" and _right_before(prev_tok, am.core_start)
    ):
        # "Intel Xeon 5400 chips": a product's name before the number makes it a model; "two quad-core
        # Xeon 5500 processors": the first number counts, so the second names the chip
        return True
    if not re.fullmatch(r"\d{3,}", core_text) or text[am.end : am.end + 2].strip()[:1] == "+":
        return False
    span = doc.char_span(am.start, am.end, alignment_mode="expand") or core
    last = span[-1]
    named_here = _named_elsewhere(doc, text, first.i, core_text)
    plain = not core_text.endswith("0") or named_here  # model numbers are rarely round, see below
    if plain and not _is_year_text(core_text) and text.startswith("'s", am.end):
        return True  # "15 Boeing 767's", "stabilizers for 757's": a model in the plural, as "737s" is
    if plain and _listed_model(doc, text, am.start):
        return True  # "Boeing 767, 757 and 747 airliners", "the 5363 and 5364": the rest of a list of models
    listing = _LISTED_NUMBER_AFTER_RE.match(text, am.end)
    if plain and listing and _named_elsewhere(doc, text, -1, listing.group("n")):
        return True  # "stabilizers for 747 and 757's": the first of a list of models
    if named_here and not core_text.endswith("0") and not _beside_number(doc, first.i, last.i) and (
        not _counts_noun(last)
        # "new 486 products": after an adjective the document's model classifies, as in "new 787 aircraft"
        or prev_tok is not None and prev_tok.pos_ == "ADJ" and prev_tok.lower_ not in _QUANTITY_ADJ
    ):
        return True  # "Intel's earlier model, 80386": a number the document uses as a name, counting nothing
    if prev_tok is not None and prev_tok.lower_ in (
        "the", "a", "its", "their", "his", "her", "our", "first", "second", "last", "latest", "next"
    ):
        # "the 787", "its 747": a model; model numbers are rarely round, so a round one is only a
        # model when the document names it so ("Boeing 380"), not in "exceed the 250 required"
        named = named_here
        if not (last.dep_ == "nummod" and last.head.tag_ == "NNS") and (not core_text.endswith("0") or named):
            return True
        if named and not core_text.endswith("0"):
            return True  # "the 20 extra seats the 787 offers": the document's model, whatever the parse
    return (
        last.dep_ in ("compound", "nmod", "nummod", "amod")
        and last.head.tag_ in ("NN", "NNP")
        # "against 160 and 167 mln", "some 355 and 55 mln stg": the parser hangs the first of a pair on
        # the second's scale, which no model number names
        and last.head.lower_ not in _SCALE_AFTER
        # "453 aircraft" counts, but "five new 737 aircraft" and "the 737 replacement" name a model
        and not (
            last.head.lower_ in _INVARIANT_PLURALS
            and not any(c.dep_ == "nummod" and c.i != last.i for c in last.head.children)
            # after an adjective or determiner it classifies: "their new 787 aircraft"
            and not (
                prev_tok is not None
                and prev_tok.pos_ in ("ADJ", "DET", "PRON")
                and prev_tok.lower_ not in _QUANTITY_ADJ  # "an additional 761 head" counts
            )
            and not _named_elsewhere(doc, text, first.i, core_text)
        )
        and not _hyphen_noun(doc, text, am.core_end)  # "a 500-seat aircraft", "a 300-page report" measure
    )


_DOTTED_RE = re.compile(r"\d+\.\d+(?:\.\d+)*")
#: A word written with capitals inside ("iPhone", "QuickTime"), or with a digit or slash ("OS/2", "Power6").
_PRODUCT_WORD_RE = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]+/?\d+[A-Za-z]*|[A-Za-z]+/[A-Za-z\d]+")


def _right_before(tok: Token, pos: int) -> bool:
    """Whether ``tok`` ends one space before ``pos``: a name and its number are written so."""
    return tok.idx + len(tok) == pos - 1 and tok.text[:1].isalpha() and tok.lower_ not in _MONTHS


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _MONTHS


def _ends_product_name(tok: Token, number_start: int, titled: bool = False) -> bool:
    """Whether ``tok``, right before a number, ends a product's name: a word shaped as a product's
    ("iPhone", "OS/2"), a single capital letter after a name ("OS X"), or with ``titled`` a title-case
    name after another ("Intel Xeon"). A word alone is often a table's row label ("Shr 1.20"), and
    two before a decimal one too ("Domestic Use 14.54"); a month opens a date."""
    if not _right_before(tok, number_start):
        return False
    if _PRODUCT_WORD_RE.fullmatch(tok.text):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        before is not None
        and _right_before(before, tok.idx)
        and _name_word(before)
        and (
            re.fullmatch(r"[A-Z]", tok.text) is not None
            or titled and tok.pos_ == "PROPN" and before.pos_ == "PROPN" and tok.is_title
        )
    )


def _version_elsewhere(text: str, start: int, number: str) -> bool:
    """Whether ``number`` stands elsewhere in ``text`` right after a product's name or "version" ("OS 10.5",
    "OS X 10.5", "iOS 4.2", "version 10.5"), as a version does, and not before "vs" or a unit as a table's cell does."""
    # every match ends in " " + ``number``: a number written nowhere else after a space needs no
    # pattern built for it (each new number compiled one: two thirds of this test's time on Reuters)
    at = text.find(" " + number)
    while at != -1 and at + 1 == start:
        at = text.find(" " + number, at + 1)
    if at == -1:
        return False
    pattern = rf"(?<![\w.])(?:[A-Z]{{2,5}}|{_PRODUCT_WORD_RE.pattern}|[Vv]ersion|[A-Z][A-Za-z]* [A-Z]) {re.escape(number)}(?![\w.])"
    for m in re.finditer(pattern, text):
        end = m.end()
        if end - len(number) != start and not re.match(r"[ \t]*(?:vs\b|mln\b|billion\b|dlrs?\b|pct\b|cts\b|%)", text[end : end + 10], re.I):
            return True
    return False


def _counted_twice(number: Token, first: Token) -> bool:
    """Whether the noun this number modifies is counted by another number before it, as in "two Xeon
    5500 processors": a noun takes one count, so the later number names a model."""
    return _counts_noun(number) and any(
        c.dep_ == "nummod" and c.i < first.i and c.like_num for c in number.head.children
    )


def _hyphen_noun(doc: Doc, text: str, end: int) -> bool:
    """ "500-seat": the number is joined to a noun it measures ("486-based" joins a verb)."""
    if text[end : end + 1] != "-":
        return False
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
    if not span:  # "10- 5": the character after the hyphen is a space, which no token holds
        return False
    word = span[0].text
    return span[0].pos_ == "NOUN" and word[:1].islower() and not word.endswith(("ed", "ing"))


def _named_elsewhere(doc: Doc, text: str, i: int, number: str) -> bool:
    """Whether the document uses ``number`` as a name: "Boeing 787", "787 Dreamliner", "787-8", "A380", "737s",
    "767's", "the 6300 personal computer"."""
    if re.search(rf"(?<![\w.,])(?:[A-Z]{{1,2}})?{number}(?:-\d|s\b|'s\b)|\b[A-Z]{{1,2}}{number}\b", text):
        return True
    for tok in _tokens_reading(doc, number):
        if tok.i == i or _counts_noun(tok):
            continue
        if _names_a_thing(tok):
            return True
        prev = doc[tok.i - 2] if tok.i > 1 and doc[tok.i - 1].tag_ == "POS" else doc[tok.i - 1] if tok.i else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if any(t is not None and t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in (prev, nxt)):
            return True
    return False


_READING: tuple[Doc | None, dict[str, list[int]]] = (None, {})


def _tokens_reading(doc: Doc, word: str) -> list[Token]:
    """The tokens of ``doc`` whose text is ``word``, in order, from an index built once per document
    (the last one asked about) instead of a walk over the whole document for each number."""
    global _READING
    seen, index = _READING
    if seen is not doc:
        index = {}
        for tok in doc:
            index.setdefault(tok.text, []).append(tok.i)
        _READING = (doc, index)
    return [doc[j] for j in index.get(word, ())]


def _forget_reading() -> None:
    """Drop the index once the document is done: kept to the next one, its thousands of small strings
    pin the allocator's arenas, and an NLP worker held ~180 MiB after its last batch (bench peak RSS
    +320 MiB over the corpus)."""
    global _READING
    _READING = (None, {})


def _names_a_thing(tok: Token) -> bool:
    """ "the 6300 personal computer", "the 486 chip": a number before a singular common noun names it,
    as one thing cannot be counted by more than one ("a 500-seat aircraft" measures, see ``_hyphen_noun``)."""
    head = tok.head
    return (
        tok.dep_ in ("compound", "nmod", "nummod", "amod")
        and head.tag_ == "NN"
        and head.i > tok.i
        and head.lower_ not in _INVARIANT_PLURALS
        # "the 250 mln dlr issue", "the 100 share index": a measure of money or shares names nothing;
        # "395 Total Use" in a supply table is a cell before a row label
        and all(t.is_lower and t.is_alpha and t.lower_ not in _MEASURE_WORDS for t in tok.doc[tok.i + 1 : head.i + 1])
        and not (tok.i > 0 and tok.doc[tok.i - 1].like_num)
    )


def _beside_number(doc: Doc, first: int, last: int) -> bool:
    """ "450  475  395  395 Total Use": a cell of a table, whose row label names the row, not the number."""
    before = next((t for t in reversed(doc[:first]) if not t.is_space), None)
    after = next((t for t in doc[last + 1 :] if not t.is_space), None)
    return any(t is not None and t.like_num for t in (before, after))


def _listed_model(doc: Doc, text: str, start: int, depth: int = 0) -> bool:
    """Whether the number at ``start`` follows another in a list of models ("Boeing 767, 757 and")."""
    listed = _LISTED_NUMBER_BEFORE_RE.search(text, max(0, start - 20), start)
    if listed is None:
        return False
    return _named_elsewhere(doc, text, -1, listed.group("n")) or depth < 3 and _listed_model(
        doc, text, listed.start("n"), depth + 1
    )


def _ent_is_amountish(tok: Token) -> bool:
    ent_text = ""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            ent_text = ent.text.lower()
            break
    if any(m in ent_text.split() for m in _MONTHS) or re.search(r"\b(?:1[5-9]|20)\d\d\b", ent_text):
        return False
    return not any(w in _TIME_UNITS for w in re.findall(r"[a-z.']+", ent_text))


def _counts_noun(tok: Token) -> bool:
    """True when the number modifies a plural common noun (``747 engines``), so it counts."""
    head = tok.head
    return tok.dep_ == "nummod" and (head.tag_ == "NNS" or head.lower_ in _INVARIANT_PLURALS)


#: Nouns after "in"/"of" that say when a sum was paid or what a rate is, not what the money buys.
_NOT_MONEY_OBJECTS = frozenset({"period", "month", "pct", "percent", "dlr", "dlrs", "mln", "billion", "mid-1986"})
#: Cells of Reuters statistics tables that are no nouns: "ARGENTINA nil 39,130", "30,034,873 unch,".
_TABLE_MARKERS = frozenset({"nil", "unch", "n.a.", "na"})


def _row_label(doc: Doc, span: Span, obj: str) -> bool:
    """Whether ``obj`` was read off a table's next row label rather than a counted noun: a capitalised
    word right after the figure that a figure or table marker follows within two words ("0.01 Domes Use
    6.10", "8.08 Imports Nil", "3.67 End Stocks 0.18"), or a table marker itself."""
    if obj in _TABLE_MARKERS:
        return True
    words = [t for t in doc[span.end : span.end + 6] if not t.is_space]
    if not words or words[0].is_lower or not words[0].is_alpha or _plural_lemma(words[0]) != obj:
        return False
    for tok in words[1:3]:
        if tok.like_num or tok.lower_ in _TABLE_MARKERS:
            return True
        if tok.is_lower or not tok.is_alpha:
            return False
    return False


def _object(doc: Doc, am: _Match, span: Span | None) -> str | None:
    if span is None or am.kind == "percent":
        return None
    last = span[-1]
    if am.kind == "money":
        nxt = last.i + 1
        # "$ 250 million in military aid" -> aid, "60 mln dlrs of debentures" -> debenture
        if nxt < len(doc) and doc[nxt].lower_ in ("in", "of") and span.start <= doc[nxt].head.i < span.end:
            for child in doc[nxt].children:
                # "in" names a place as often as a purpose: "$199 in the U.S." has no object
                if child.dep_ == "pobj" and (child.pos_ == "NOUN" or child.pos_ == "PROPN" and doc[nxt].lower_ == "of"):
                    # "3,800,000 dlrs in year", "330.9 mln dlrs in the similar period": when, not what for;
                    # "33 mln dlrs of 8-3/8 pct senior notes": the parse took the rate's sign for the noun
                    word = _lemma(child)
                    return None if word in _TIME_UNITS or word in _NOT_MONEY_OBJECTS else word
        return None
    # the number's head noun, outside the span ("5,300 US troops" -> troop)
    number = span.root
    if am.kind == "quantity" or am.vague or am.has_of:
        of_obj = _of_object(doc, span)
        if of_obj is not None:
            return of_obj
        if am.kind == "quantity":
            return None
    head = number.head
    if number.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "det") and head.i >= span.end:
        between = doc[span.end : head.i]
        if (
            (head.pos_ == "NOUN" or _product_plural(head) and _plain_run(doc, span.end, head.i))
            and not head.like_num
            and head.i - span.end <= 4
            and all(t.is_alpha or t.is_space or t.text in ("-", "'s") or _INITIALS_RE.fullmatch(t.text) for t in between)
            # "vs 164.7 mln NOTE: 1987 net ...": a label that opens the next line, not the counted noun
            # ("has two cameras: one on the front" counts cameras)
            and not (head.i + 1 < len(doc) and doc[head.i + 1].text == ":" and not head.is_lower)
            # "Avg shrs 2,558,400 vs 1,884,200 Nine mths Shr": a results-table row label after the cell
            and not (
                span.end < len(doc)
                and doc[span.end].text[:1].isupper()
                and span.start > 0
                and doc[span.start - 1].lower_ in ("vs", "vs.")
            )
            # "down from 6,198 last year", "292,000 week ago": a time phrase after the number, not what it counts
            and not (
                head.lower_ in _TIME_UNITS
                and (
                    any(t.lower_ in _TIME_DETERMINERS for t in between)
                    or head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("ago", "earlier", "before", "later")
                )
            )
        ):
            if am.kind == "count" and _MODEL_NAME_RE.fullmatch(head.text):
                # "10 A320 short-haul jets": the model classifies the jets, which are what is counted
                return _model_count_object(doc, span) or _plural_lemma(head)
            return _plural_lemma(head)
    if number.dep_ == "conj" and head.i < span.start:
        return _object_of_token(head)
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return _lemma(pobj)
    # "killed 102 and 21 people": the first conjunct shares the second's noun
    for child in number.children:
        if child.dep_ == "conj" and child.like_num and child.head.i == number.i:
            return _object_of_token(child)
    return _plural_after_number(doc, span) or _model_count_object(doc, span) if am.kind == "count" else None


#: A model's name: "747-400", "A320", "C-130", "DC-8-62", "MD-82"; with a maker's name before it a bare
#: number is one too ("Boeing 737").
#: Letters and one digit are a month's code in a futures table ("JUL7"), digits and digits a range
#: ("220-250 lbs") unless the second is the lower, as a series is ("747-400").
_MODEL_NAME_RE = re.compile(
    r"(?:[A-Z]{1,3}(?:-\d+|\d{2,})[A-Z]?|(?P<first>\d{3})-(?P<series>\d{1,3}))(?:-\d+[A-Z]?)*|(?P<bare>\d{3,})"
)
#: A product's short number after its name: "iPhone 4", "iPhone 3G", "PlayStation 3"; alone it names nothing.
_SHORT_MODEL_RE = re.compile(r"\d{1,2}[A-Z]{0,3}")
_MODEL_PLURAL_RE = re.compile(r"(?P<model>.+?)(?:'s|s)")


def _model_count_object(doc: Doc, span: Span) -> str | None:
    """What a count of models counts: the noun the model classifies ("four 747-400 aircraft" ->
    aircraft, "10 A320 short-haul jets" -> jet), else the model in the plural ("six MD-82s" -> md-82,
    "11 Boeing 737's" -> 737) as "50 787s" -> 787 and "13.7 million Macs" -> mac."""
    i, maker, product = span.end, False, ""
    while i < len(doc) and i - span.end < 6:
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.is_alpha and (tok.is_title or _PRODUCT_WORD_RE.fullmatch(tok.text)) and tok.lower_ not in _MONTHS:
            maker = True  # "Boeing", "McDonnell Douglas", "Boeing Co <BA>", "iPhone"
            product = tok.lower_ if _PRODUCT_WORD_RE.fullmatch(tok.text) else ""
        elif not (tok.text in ("<", ">") or tok.is_upper and tok.is_alpha and doc[i - 1].text == "<"
                  or tok.tag_ in ("JJ", "VBN") and tok.is_lower and tok.is_alpha and not maker):  # "two new EMB-120 aircraft"
            break
        i += 1
    j = i
    while j < len(doc) and (j == i or not doc[j - 1].whitespace_) and doc[j].text not in (",", "'s"):
        j += 1  # the model's tokens run together: "DC-8-62" is three
    written = doc[i:j].text if j > i else ""
    plural = _MODEL_PLURAL_RE.fullmatch(written)
    if j < len(doc) and doc[j].text == "'s" and not doc[j - 1].whitespace_:
        model = _MODEL_NAME_RE.fullmatch(written)
        return written.lower() if model and (maker or not model.group("bare")) else None
    short = _SHORT_MODEL_RE.fullmatch(written) or plural is not None and _SHORT_MODEL_RE.fullmatch(plural.group("model"))
    if product and short:
        # "1.7 million iPhone 4 units" counts units; "3 million iPhone 4s" counts the product its name
        # gives, as "13.7 million Macs" counts Macs. A short number is no model alone, so only after a
        # word shaped as a product's: "vs 3,688,890 Year Shr 37 cts" is a table's next row
        return _noun_after_model(doc, j) or product
    model = _MODEL_NAME_RE.fullmatch(written)
    if model and model.group("first") and int(model.group("first")) < int(model.group("series")):
        return None  # "US 1-3 220-250 lbs": a range of weights
    if model is None and plural is not None:
        model = _MODEL_NAME_RE.fullmatch(plural.group("model"))
        if model and (maker or not model.group("bare")):
            return plural.group("model").lower()
        return None
    if model is None or model.group("bare") and not maker:
        return None
    return _noun_after_model(doc, j)


def _noun_after_model(doc: Doc, j: int) -> str | None:
    """The common noun a model classifies, within four lower-case words after it ("747-400 aircraft")."""
    for tok in doc[j : j + 4]:
        if tok.tag_ in ("NN", "NNS") and tok.is_lower and tok.is_alpha and tok.lower_ not in _TIME_UNITS and (
            tok.i + 1 == len(doc) or doc[tok.i + 1].tag_ not in ("NN", "NNS", "HYPH")
        ):
            return _lemma(tok)
        if not (tok.is_lower and tok.is_alpha or tok.text == "-"):
            return None  # "0.28 EC-12 SOYBEAN OIL": a table's cell before the next row's label
    return None


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")
#: Words that may stand between a count and its noun: "149 confirmed orders", "3 new U.S. routes".
_NOUN_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG", "NN", "NNP"})


def _product_plural(tok: Token) -> bool:
    """ "13.7 million Macs": a name in the plural (NNPS) counts products as a common noun would;
    an all-capitals word is a results-table label ("SHRS"), and one before a figure a table's row
    label ("Imports 95.66"), not what is counted."""
    nxt = next((t for t in tok.doc[tok.i + 1 : tok.i + 4] if not t.is_space), None)
    return (
        tok.tag_ == "NNPS" and tok.text.endswith("s") and not tok.text.isupper()
        and not (nxt is not None and nxt.like_num)
    )


def _plain_run(doc: Doc, start: int, end: int) -> bool:
    """Whether no capitalised word stands in ``doc[start:end]`` but initials and acronyms ("two major U.S.
    Banks"): a title-case word after a figure opens a table row ("90.56 Total Domes") or a name."""
    return not any(t.is_title and not t.is_upper and not _INITIALS_RE.fullmatch(t.text) for t in doc[start:end])


#: Plurals the lemmatizer's lookup table reads as another word's: "new taxes" are no "taxis".
_LEMMA_FIXES = {"taxes": "tax", "proceeds": "proceeds"}  # "proceeds" has no singular


def _lemma(tok: Token) -> str:
    word = _LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    doc = tok.doc
    if (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
        and doc[tok.i - 2].is_alpha
        and not doc[tok.i - 2].like_num  # "four-wheel steering" counts wheels
        and not (tok.i >= 3 and doc[tok.i - 3].text == "-" and not doc[tok.i - 3].whitespace_)
    ):
        # the tokenizer splits "write-downs" at the hyphen: the thing is a write-down, not a "down"
        return f"{doc[tok.i - 2].lower_}-{word}"
    return word


def _plural_lemma(tok: Token) -> str:
    """The lemma of a counted noun; the lemmatizer keeps names as written, "Macs" -> "mac"."""
    if _product_plural(tok) and tok.lemma_ == tok.text:
        return tok.text[:-1].lower()
    return _lemma(tok)


def _plural_after_number(doc: Doc, span: Span) -> str | None:
    """The plural noun right after a count when the parse did not attach it ("149 confirmed orders"
    parsed as a subject, "carries between 305 and 550 passengers", "over five billion iOS
    applications"): at most two modifiers may come between, and the noun is no period of time."""
    for tok in doc[span.end : span.end + 3]:
        if tok.tag_ == "NNS" and tok.is_lower and tok.is_alpha:
            # "limited lending to 18 times shareholders' equity": a multiplier, no thing counted
            return None if tok.lower_ in _TIME_UNITS or tok.lower_ == "times" else _lemma(tok)
        if _product_plural(tok):
            return _plural_lemma(tok) if _plain_run(doc, span.end, tok.i) else None
        if tok.like_num:
            return None
        # a title-case name may open a results-table row ("vs 1.60 billion Avg shares"); capitals
        # ("NTT", "U.S.") and names the tagger took for numbers ("iOS") modify the noun
        modifier = tok.tag_ in _NOUN_MODIFIER_TAGS and (tok.is_upper or not tok.is_title)
        if not (modifier or _INITIALS_RE.fullmatch(tok.text) or tok.tag_ == "CD" and tok.is_alpha):
            return None
    return None


def _object_of_token(tok: Token) -> str | None:
    head = tok.head
    if tok.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN"):
        return _lemma(head)
    return None


def _of_object(doc: Doc, span: Span) -> str | None:
    nxt = span.end - 1 if span[-1].lower_ == "of" else span.end
    if nxt < len(doc) and doc[nxt].lower_ == "of":
        for tok in doc[nxt + 1 : nxt + 6]:
            if tok.like_num:
                break
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj":
                return _lemma(tok)
    if span[-1].lower_ in _CONTAINER_UNITS:
        return _lemma(span[-1])
    return None


_CONNECTOR_RE = re.compile(
    r"\s*,?\s*(?:(?:up|down|rising|falling|compared)\s+)?(?:from|to|against|versus|vs\.?|compared\s+with|"
    r"and|or|after|before|with)\s+(?:(?:a|an|the)\s+)?",
    re.I,
)


def _sentence_of(doc: Doc, char: int, starts: Sequence[int]) -> int:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return starts[tok[0].i] if tok is not None and len(tok) else -1


def _sentence_starts(doc: Doc) -> list[int]:
    """Each token's sentence start, computed once: ``Token.sent`` rescans the whole document per call."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def _scaled(bound: float | None, divisor: float) -> float | None:
    # one-sided bounds ("at least 50 cts") scale with the value, not only two-sided ranges
    return None if bound is None else bound / divisor


def _inherit(am: _Match, src: _Match) -> None:
    am.kind, am.currency, am.unit, am.cur_word, am.cur_adj = (
        src.kind, src.currency, src.unit, src.cur_word, src.cur_adj
    )
    if src.minor:
        am.value = am.value / 100 if am.value is not None else None
        am.low, am.high = _scaled(am.low, 100), _scaled(am.high, 100)
    am.bare = False


#: What joins an index's move to its level: "fell 777.68 points to 10,365.45", "down 4.7 points at 1,984.9".
_INDEX_LEVEL_RE = re.compile(r"[ \t]*,?[ \t]*(?:to|at|from)(?:[ \t]+(?:close|end|finish|settle)[ \t]+at)?[ \t]+")


def _resolve_ellipsis(text: str, ams: list[_Match], sents: list[int]) -> None:
    """Give elided amounts their unit: "736.3 mln marks from 224.0 mln", "20 and five mln yen"."""
    pairs: list[tuple[int, int]] = []
    for i, am in enumerate(ams):
        if am.kind != "count" or am.vague or am.unit is not None:
            continue
        prev = [j for j in range(i) if sents[j] == sents[i]]
        whole = ams[i + 1] if i + 1 < len(ams) and sents[i + 1] == sents[i] else None
        if (
            whole is not None
            and am.scale > 1
            and whole.kind == "money"
            and whole.minor
            and _OR_PER_SHARE_RE.fullmatch(text[am.end : whole.start])
            and _PER_SHARE_AFTER_RE.match(text, whole.end)
        ):
            # "a gain of 10.1 mln or 42 cts a shr": the total beside its per-share figure is money
            am.kind, am.currency, am.bare = "money", whole.currency, False
            continue
        if whole is not None and _PARTITIVE_RE.fullmatch(text[am.end : whole.start]):
            # "10 million of its $50 million facility"; not "300,000 of its 32-bit 68020 microprocessors",
            # where the unit makes an adjective of the thing counted
            if whole.kind in ("money", "quantity") and not whole.minor and not text.startswith("-", whole.core_end):
                _inherit(am, whole)
            continue  # "4 million of its 4.9 million shares" counts shares, whatever money came before
        if am.scale > 1 and not am.counts and not _COUNT_ROW_RE.search(text[max(0, am.start - 30) : am.start]):
            # "2.6 million Macs" counts Macs: no unit was elided
            # a scaled number takes the unit of the nearest scaled money or quantity before it
            for j in reversed(prev):
                src = ams[j]
                if src.kind in ("money", "quantity") and src.scale > 1 and not src.minor and am.start - src.end < 80:
                    _inherit(am, src)
                    break
            if am.kind != "count":
                continue
        if prev and am.scale == 1 and ams[prev[-1]].unit == "index point" and am.value is not None:
            if _INDEX_LEVEL_RE.fullmatch(text[ams[prev[-1]].end : am.start]):
                _inherit(am, ams[prev[-1]])  # "fell 106.5 points to 4,208.1": the index's level, in its points
                continue
        if prev and am.scale == 1 and am.bare and _move_then_level(text, ams[prev[-1]], am):
            _level_after_move(text, ams[prev[-1]], am)
            continue
        if prev and am.scale == 1 and am.bare and ams[prev[-1]].kind in ("percent", "money", "quantity"):
            src = ams[prev[-1]]  # not "$19 and one-eighth QVC share": a part of a share keeps its noun
            if _CONNECTOR_RE.fullmatch(text[src.end : am.start]) and "\n" not in text[src.end : am.start]:
                if (
                    src.kind == "percent" and (am.value or 0) <= 100 and not am.counts and not _PARTITIVE_AFTER_RE.match(text, am.end)
                    # "the Nasdaq 100 Index, which fell 1.4%, or 6.43, on Friday": the same move in points
                    and not re.match(r"\s*,\s*or\b", text[src.end : am.start])
                ) or (src.kind == "money" and src.scale == 1) or (
                    # "stocks rose to 516,000 tonnes from 826,000": the figure compared is in the same unit;
                    # a move in points is left to the index rules
                    src.kind == "quantity" and src.scale == 1 and not am.counts and src.unit not in ("index point", "point")
                    and not _range_start_in_other_unit(text, ams, sents, i, src.unit)
                ):
                    # "rose 37 pct to 4.80 revenue passenger miles", "41.3 pct with 64 of 155 rigs": a count
                    _inherit(am, src)
                    if src.unit in _MOVE_UNITS and _LEVEL_CONNECTOR_RE.fullmatch(text[src.end : am.start]):
                        am.unit = None  # "cut half a point to 7.5": the rate's level, in percent, not a move
                    continue
        nxt = i + 1
        if nxt < len(ams) and sents[nxt] == sents[i] and am.value is not None:
            dst = ams[nxt]
            between = text[am.end : dst.start]
            if (
                dst.kind == "count" and am.bare and dst.scale > 1 and not dst.vague and dst.low is None
                and re.fullmatch(r"\s*(?:and|or)\s*", between, re.I) and _incomplete(text, am, am.value)
            ):
                # "against 4.89 and 4.79 billion": the pair shares the scale, and whatever unit the
                # second takes later from the sentence ("against 160 and 167 mln" of tonnes)
                am.value *= dst.scale
                am.scale, am.bare = dst.scale, False
                pairs.append((i, nxt))
                continue
            if not re.fullmatch(r"\s*(?:and|or|to|from)\s*", between, re.I) or dst.kind == "count":
                continue
            if dst.kind == "percent" and (am.value >= 1000 or "," in text[am.core_start : am.core_end]):
                # "jobless rose to 699,800 or 9.1 pct of the workforce": the count and its share, no
                # percent range ends in a figure of thousands
                continue
            if am.bare:
                if _incomplete(text, am, am.value):
                    # "20 and five mln yen" is 20 mln; "500,000 to two mln barrels" is written in full
                    am.value *= dst.scale
                    am.scale = dst.scale
                _inherit(am, dst)
            elif am.scale > 1 and am.scale == dst.scale and not am.counts:
                _inherit(am, dst)  # "two mln and five mln lire"
    for i, j in pairs:
        if ams[i].kind == "count" and ams[j].kind != "count":
            _inherit(ams[i], ams[j])


#: What joins a price's move to the price it moved to: "rose 2p to 742", "were 2p firmer at 134",
#: "lost 25p at 393", "closed five cents up at 11.60".
_MOVE_LEVEL_RE = re.compile(
    r"[ \t]*(?:each[ \t]+)?(?:(?P<cmp>higher|lower|up|down|firmer|easier|weaker|stronger|dearer|cheaper|off)[ \t]+)?(?P<c>to|at)[ \t]+", re.I
)
_MOVE_VERB_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|added|shed|jumped|tumbled|plunged|surged|declined|"
    r"advanced|rallied|slid|skidded|sank|soared|firmed|dipped|slumped|up|down|off|by)[ \t]+(?:a[ \t]+(?:further|net)[ \t]+)?$",
    re.I,
)


def _move_then_level(text: str, src: _Match, am: _Match) -> bool:
    """Whether bare ``am`` is the price that money ``src`` moved it to: "rose 2p to 742", "were 2p firmer
    at 134", "Beecham 8p at 525" (a market report's list, its verb given once). A move in pence or cents
    is told so whatever word comes before it; a move in whole units needs its verb or comparative
    ("10.50 marks higher at 319.50"), as "paid 20 dlrs at 3 locations" is no move."""
    if src.kind != "money" or src.scale != 1 or src.vague or src.low is not None or src.value is None:
        return False
    m = _MOVE_LEVEL_RE.fullmatch(text, src.end, am.start)
    if m is None or re.match(r"[ \t]+(?:higher|lower)\b", text[am.end : am.end + 10]):
        return False  # "0.10 cent higher to 0.12 lower": a range of moves
    if re.search(r"\b(?:from|between)[ \t]+$", text[max(0, src.start - 10) : src.start]):
        return False  # "from 20 cts to 25": the old price, not a move
    moved = m.group("cmp") is not None or _MOVE_VERB_BEFORE_RE.search(text, max(0, src.start - 22), src.start) is not None
    return moved or (src.minor and m.group("c").lower() == "at") or (src.minor and m.group("c").lower() == "to")


def _level_after_move(text: str, src: _Match, am: _Match) -> None:
    """Give the price after a move the move's money. A level written after a move in pence or cents is in
    pence or cents ("rose 2p to 742" is 7.42 pounds) unless the move would then be over a fifth of it,
    which no day's trading makes: "rose 28 cts to 18.64" (crude, in dollars), "gained 90 cents to 16.50"."""
    raw = am.value
    _inherit(am, src)
    # a dollar level keeps its cents after the point; "fall another 10 cents to 15 cnts" stays in cents
    if src.minor and raw and src.value is not None and src.value * 100 / raw > 0.2 and "." in text[am.core_start : am.core_end]:
        am.value = raw


#: Units of a rate's move, not of its level.
_MOVE_UNITS = frozenset({"percentage point", "basis point"})
#: What joins a rate's move to the level it moved to or from: "cut half a point to 7.5 from 8".
_LEVEL_CONNECTOR_RE = re.compile(
    r"\s*,?\s*(?:(?:up|down|rising|falling|compared)\s+)?(?:from|to|at|against|versus|vs\.?|compared\s+with)\s+", re.I
)


def _range_start_in_other_unit(text: str, ams: list[_Match], sents: list[int], i: int, unit: str | None) -> bool:
    """ "1,440 barrels per day from 2,131 to 2,135 metres": the bare figure opens a range in its own unit."""
    j = i + 1
    if j >= len(ams) or sents[j] != sents[i] or ams[j].unit in (None, unit):
        return False
    return re.fullmatch(r"[ \t]*(?:to|-)[ \t]*", text[ams[i].end : ams[j].start]) is not None


#: After a bare number, the whole it is part of: "64 of 155 rigs" counts rigs, whatever percent came before.
_PARTITIVE_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?\d")


#: What ties a bare figure to a price stated earlier in its sentence: "to 177 dlrs per tonne FOB from
#: 176", "35 marks in 1987 from 42 in 1986", "the government selling price (GSP) of 17.42".
_PRICE_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:from|against|versus|vs\.?|of|at|to|up|down)|\b[A-Z][a-z]+'s)[ \t]+$", re.I
)
_PRICE_CUE_AFTER_RE = re.compile(
    r"[ \t]+(?:higher|lower|(?:per|a|an)[ \t]+(?:share|shr|tonne|ton|barrel|bbl|ounce|lb|pound|bushel|kilo|unit))\b", re.I
)
_PER_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:per|a|an)[ \t]+(?:share|shr|tonne|ton|barrel|bbl|ounce|lb|bushel|kilo)\b", re.I)


#: An index's move, then the level it ends at: "closed down 2.8 percent at 8,451.19", "fell 5.2 percent
#: to 8,276.43", "rose to 5,700.4 points from 4,042.4".
_INDEX_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|closed|ended|finished|stood|was|dropped|climbed|slipped|eased|added|shed|jumped|"
    r"tumbled|plunged|surged|declined|advanced|down|up|higher|lower|points?|close|end|finish|settle)\b(?:(?!\b(?:at|to|from)\b)[^.;:\n]|\.\d){0,40}?[ \t]+(?:at|to|from)[ \t]+$"
)


_NEW_SUBJECT_RE = re.compile(r"\b(?:and|while|but|whereas)[ \t]+(?:the|a|its|their)\b|\b(?:while|whereas)\b")


def _resolve_index_levels(text: str, ams: list[_Match]) -> None:
    """A bare figure a stock index moved to, in a sentence that names the index, is the index's level in
    its points: "The Dow Jones Industrial Average closed down 2.8 percent at 8,451.19"."""
    for i, am in enumerate(ams):
        if am.kind != "count" or not am.bare or am.vague or am.counts or am.scale != 1 or am.value is None:
            continue
        core = text[am.core_start : am.core_end]
        if am.low is not None or am.approx is not None or not core[:1].isdigit() or "/" in core:
            continue  # "the key long bond down 1-3/32 to 95-1/32": bond prices go in 32nds, index levels do not
        if i and ams[i - 1].counts and am.start - ams[i - 1].end < 40:
            continue  # "volume rose to 14,224,710 shares from 12,855,230": the same thing counted
        if not _INDEX_LEVEL_BEFORE_RE.search(text, max(0, am.start - 60), am.start):
            continue
        head = re.split(r"[.;!?]\s|\n", text[max(0, am.start - 200) : am.start])[-1]
        cues = list(_INDEX_CUE_RE.finditer(head))
        # "the Dow ... down 45 to 2361 and the key long bond down ...": a new subject after the index
        if cues and not _NEW_SUBJECT_RE.search(head, cues[-1].end()):
            am.kind, am.unit, am.bare = "quantity", "index point", False
    for i, am in enumerate(ams):
        if _index_move(text, ams, i):
            am.kind, am.unit, am.bare = "quantity", "index point", False


#: An index's move without "points", before the same move in percent or the level it moved to: "tumbled 5.39,
#: or 1.2% to 452.76", "down 15.82 at 2681.76".
_MOVE_THEN_PERCENT_RE = re.compile(r"[ \t]*,[ \t]*or[ \t]+(?:about[ \t]+)?\d[\d.,]*[ \t]*(?:%|pct\b|percent\b)", re.I)
#: "lost about 1%, or 3.95, to 448.80": a move restated after its percent stays a count (test_amounts_r18)
_PERCENT_THEN_MOVE_RE = re.compile(r"[ \t]*,[ \t]*or[ \t]+", re.I)
_MOVE_THEN_LEVEL_RE = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+[A-Z][a-z]+,?[ \t]+)?(?:to|at)[ \t]+")
_INDEX_MOVE_VERB_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|added|shed|jumped|tumbled|plunged|surged|declined|"
    r"advanced|down|up|off)\b"
)


def _index_move(text: str, ams: list[_Match], i: int) -> bool:
    """Whether a bare figure in a sentence that names a stock index is the index's move in points."""
    am = ams[i]
    if am.kind != "count" or not am.bare or am.vague or am.counts or am.scale != 1 or am.value is None or am.low is not None:
        return False
    if not text[am.core_start : am.core_end][:1].isdigit() or "/" in text[am.core_start : am.core_end]:
        return False
    if not _index_before(text, am.start) or not _INDEX_MOVE_VERB_RE.search(text, max(0, am.start - 40), am.start):
        return False
    prev = ams[i - 1] if i else None
    if prev is not None and prev.kind == "percent" and _PERCENT_THEN_MOVE_RE.fullmatch(text, prev.end, am.start):
        return False
    nxt = ams[i + 1] if i + 1 < len(ams) else None
    return (
        _MOVE_THEN_PERCENT_RE.match(text, am.end) is not None
        or nxt is not None and nxt.unit == "index point" and _MOVE_THEN_LEVEL_RE.fullmatch(text, am.end, nxt.start) is not None
    )


def _resolve_bare_prices(text: str, ams: list[_Match], sents: list[int]) -> None:
    """A bare figure compared with a price its sentence states is that price's money: "raised to
    177 dlrs per tonne FOB from 176". Only when the text ties them (a comparison word before it or
    "higher"/"per share" after it), the figure is written in digits and the two are of one
    magnitude; otherwise nothing is guessed."""
    for i, am in enumerate(ams):
        if am.kind != "count" or not am.bare or am.vague or am.counts or am.scale != 1 or am.value is None:
            continue
        if not any(c.isdigit() for c in text[am.core_start : am.core_end]):
            continue  # "for 2,295 dlrs with one diskette": a number word counts
        if not (_PRICE_CUE_BEFORE_RE.search(text[max(0, am.start - 30) : am.start])
                or _PRICE_CUE_AFTER_RE.match(text, am.end)):
            continue
        src = _price_before(text, ams, sents, i)
        if src is not None:
            _inherit(am, src)


#: A share price in the fractions U.S. and Canadian exchanges quoted until 2001: "37 3/4", "77-3/8", "7/8".
#: Bonds go in 32nds ("fell 10/32 to 11/32"), so those are left.
_SHARE_FRACTION_RE = re.compile(r"(?:\d+[- ])?\d{1,2}/(?:2|4|8|16)")
_SHARE_MOVE_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|added|shed|jumped|tumbled|plunged|surged|declined|"
    r"advanced|rallied|slid|skidded|sank|soared|rocketed|firmed|dipped|slumped|up|down|off)[ \t]+$"
)
#: The level a share moved to, or where it traded: "closed at 12-1/2, up 1-1/4".
_SHARE_LEVEL_BEFORE_RE = re.compile(r"\b(?:closed|opened|traded|trading|ended|finished|stood)(?:[ \t]+[a-z]+)?[ \t]+at[ \t]+$")
#: What joins a share's move to its level: "rose 1-5/8 today, to 48-5/8".
_SHARE_MOVE_THEN_LEVEL_RE = re.compile(r"[ \t]*(?:(?:today|yesterday|on[ \t]+[A-Z][a-z]+)[ \t]*)?,?[ \t]*(?:to|at)[ \t]+")
_STOCK_BEFORE_RE = re.compile(r"\b(?:stock|shares?)\b", re.I)
#: A U.S. market named in a LONDON story's sentence: its share prices are dollars, the story's others pence.
_US_EXCHANGE_RE = re.compile(r"\bNew York\b|\bWall Street\b|\bNasdaq\b|\bNYSE\b|\bAmerican Stock Exchange\b")
#: A story datelined in a Canadian exchange's city quotes its shares in Canadian dollars.
_CANADIAN_DATELINE_RE = re.compile(r"\A\s*(?:TORONTO|MONTREAL|VANCOUVER)\b")


def _bare_figure(am: _Match) -> bool:
    return (am.kind == "count" and am.bare and not am.vague and not am.counts and am.scale == 1
            and am.value is not None and am.low is None and am.approx is None)


#: What joins a move in cents written without its unit to the price: "added 20 to 5.70", "closed 40 up at
#: 7.40", "16 higher at 5.36", "40 each to 6.90".
_CENTS_MOVE_THEN_LEVEL_RE = re.compile(
    r"[ \t]*(?:each[ \t]+)?(?:(?:higher|lower|up|down|firmer|easier|weaker|stronger|off)[ \t]+)?,?[ \t]*(?:to|at)[ \t]+", re.I
)
_CENTS_MOVE_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|added|shed|jumped|tumbled|plunged|surged|declined|"
    r"advanced|rallied|slid|skidded|sank|soared|firmed|dipped|slumped|recovered|closed|ended|finished|up|down|off)[ \t]+$"
)


def _resolve_cents_moves(text: str, ams: list[_Match], sents: list[int], place: str) -> None:
    """A market that quotes shares in dollars and cents writes a move in cents without its unit: "Kidston
    50 to 9.00", "BHP closed 15 down at 11.40" in a SYDNEY report. A whole-number move before a price
    written with cents is those cents when the move would be at most a fifth of the price (as round 26's
    "rose 28 cts to 18.64" reads a move in cents); both are the dateline market's money."""
    dateline = _DATELINE_MONEY_RE.match(place)
    if dateline is None or dateline.lastgroup == "MYR":
        return  # Kuala Lumpur's palm oil moves in ringgit: "closed five higher at 752.50 and 750 ringgit"
    code = dateline.lastgroup
    for i, am in enumerate(ams[:-1]):
        nxt = ams[i + 1]
        if sents[i + 1] != sents[i] or not _bare_figure(am) or am.value is None or nxt.value is None:
            continue
        # "China Entertainment five to 8.60 dlrs", "Evergo one to 74 cents": the price names its money
        priced = nxt.kind == "money" and nxt.currency in _DOLLAR_CODES | _CENTS_ONLY and nxt.scale == 1 and nxt.low is None
        if not (_bare_figure(nxt) or priced) or not _WHOLE_FIGURE_RE.fullmatch(text, am.core_start, am.core_end):
            continue
        if not (priced and nxt.minor or re.fullmatch(r"\d{1,4}\.\d\d", text[nxt.core_start : nxt.core_end])):
            continue
        if not _CENTS_MOVE_THEN_LEVEL_RE.fullmatch(text, am.end, nxt.start) or not 0 < am.value / 100 <= nxt.value / 5:
            continue
        before = text[max(0, am.start - 80) : am.start]
        if not (_CENTS_MOVE_BEFORE_RE.search(before) or _LIST_ITEM_BEFORE_RE.search(before)):
            continue
        if priced:
            _inherit(am, nxt)
            am.value, am.minor, am.cur_word = (am.value or 0) / (1 if nxt.minor else 100), True, "cent"
            continue
        am.kind, am.currency, am.value, am.bare, am.minor = "money", code, am.value / 100, False, True
        nxt.kind, nxt.currency, nxt.bare = "money", code, False


def _resolve_share_moves(text: str, ams: list[_Match], sents: list[int], place: str) -> None:
    """A share's move and price in fractions with no unit are money: "McCaw dropped 2 1/2 to 37 3/4",
    "The stock fell 7/8 Thursday". A count here counted nothing. Pence stories (LONDON) are left but for a U.S. market they name, as
    their unitless figures may be pence or pounds."""
    london = _LONDON_RE.match(place) is not None
    # plain "dlrs" rules decide the dollar (``_resolve_currencies``), but a Toronto or Montreal market report
    # rarely names Canada in its lead
    currency = "CAD" if _CANADIAN_DATELINE_RE.match(place) else "USD"
    whole: list[list[_Match]] = []
    quoted = False
    for i, am in enumerate(ams):
        if not _bare_figure(am):
            continue
        if london and not _US_EXCHANGE_RE.search(_sentence_around(text, am.start)):
            continue  # "Enserch's stock closed at 22-1/2 last night on the New York Stock Exchange" is in dollars
        move = _SHARE_MOVE_BEFORE_RE.search(text, max(0, am.start - 20), am.start) is not None
        # "Mobil <MOB> one to 50-1/4", "and Ford 5/8 to 90-3/4": a market report's list gives its verb once
        listed = not move and _LIST_ITEM_BEFORE_RE.search(text, max(0, am.start - 80), am.start) is not None
        if not move and not listed and not _SHARE_LEVEL_BEFORE_RE.search(text, max(0, am.start - 30), am.start):
            continue
        if _index_before(text, am.start):
            continue
        nxt = ams[i + 1] if i + 1 < len(ams) and sents[i + 1] == sents[i] else None
        level = (move or listed) and nxt is not None and _bare_figure(nxt) and _SHARE_MOVE_THEN_LEVEL_RE.fullmatch(text, am.end, nxt.start) is not None
        if listed and not level:
            continue  # a name and one figure ("Ford 3/4") says too little
        figures = [am, nxt] if level and nxt is not None else [am]
        if not any(_SHARE_FRACTION_RE.fullmatch(text, f.core_start, f.core_end) for f in figures):
            if level and nxt is not None and _whole_share_move(text, am, nxt):
                whole.append(figures)
            continue
        if len(figures) == 1:
            head = re.split(r"[.;!?]\s|\n", text[max(0, am.start - 200) : am.start])[-1]
            if not _STOCK_BEFORE_RE.search(head) or re.match(r"[ \t]*(?:to|at|from)[ \t]+\d", text[am.end :]):
                continue  # "Ford rose 2-5/8 yesterday": nothing says what moved
        quoted = True
        for f in figures:
            f.kind, f.currency, f.cur_word, f.bare = "money", currency, "dollar", False
    # a Tokyo report's "Kawasaki Steel rose 15 to 260" is in yen, which these rules cannot tell
    foreign = london or any(a.kind == "money" and a.currency not in (None, "USD", "CAD") for a in ams)
    for figures in whole if not foreign else []:
        # "Kirschner Medical fell 4 to 15" in a story quoting other shares in eighths; "IBM <IBM> fell 31 to
        # 104" or "UAL stock was up three at 63" where the sentence names the share. The rig count "was up
        # 14 to 164" and a party that "gained three to 40" seats are neither.
        if _SHARE_SENTENCE_RE.search(_sentence_around(text, figures[0].start)) or quoted and _NAME_SUBJECT_RE.search(
            _sentence_around(text, figures[0].start)[: figures[0].start - _sentence_start(text, figures[0].start)]
        ):
            for f in figures:
                f.kind, f.currency, f.cur_word, f.bare = "money", currency, "dollar", False


#: A market report's list item, its verb given once before: ", Standard Oil Co <SRD>, 7/8 to 62-3/4", "and Ford
#: one to 91-1/8", "Rising issues included Canfor Corp 1-1/4 to 35-3/4", "Kidston 50 to 9.00".
_LIST_ITEM_BEFORE_RE = re.compile(
    r"(?:,|\b(?:and|included|including|while))[ \t]+(?:[A-Z][\w&'.-]*(?:[ \t]+(?:of|and|&))?[ \t]+){0,4}[A-Z][\w&'.-]*"
    r"(?:[ \t]+<[A-Z][A-Z.]{0,8}>)?,?[ \t]+$"
)
#: A share's move then its price in a list: "one to 91-1/8", "40 each to 6.90", "16 higher at 5.36".
_LISTED_LEVEL_AFTER_RE = re.compile(
    r"[ \t]+(?:each[ \t]+)?(?:(?:higher|lower|up|down|firmer|easier|off)[ \t]+)?(?:to|at)[ \t]+"
    r"(?:(?P<eighths>(?:\d{1,3}[- ])?\d{1,2}/(?:2|4|8|16))|(?P<cents>\d{1,4}\.\d\d|\d{1,3}[ \t]+(?:cents|cts)\b))(?![\d/]|\.\d)"
)


def _listed_move(text: str, start: int, end: int, place: str) -> bool:
    """Whether the figure at ``start``-``end`` is a move in a market report's list, after the name it moved
    ("and Ford one to 91-1/8"): a price in eighths, or in cents in a story the dateline puts on a market
    quoting dollars and cents ("and Bridge eight to 1.40" in SYDNEY)."""
    m = _LISTED_LEVEL_AFTER_RE.match(text, end)
    if m is None or not re.fullmatch(r"\d{1,3}(?:[- ]\d{1,2}/\d{1,2})?|\d{1,2}/\d{1,2}|[a-z]+", text[start:end]):
        return False
    if m.group("cents") is not None and ((d := _DATELINE_MONEY_RE.match(place)) is None or d.lastgroup == "MYR"):
        return False
    return _LIST_ITEM_BEFORE_RE.search(text, max(0, start - 80), start) is not None


_LISTED_MOVE_BEFORE_RE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,3}(?:[- ]\d{1,2}/\d{1,2})?|\d{1,2}/\d{1,2}|[a-z]+)[ \t]+(?:each[ \t]+)?"
    r"(?:(?:higher|lower|up|down|firmer|easier|off)[ \t]+)?(?:to|at)[ \t]+$"
)


def _listed_level(text: str, start: int, place: str) -> bool:
    """Whether the figure at ``start`` is the price after a move ``_listed_move`` accepts."""
    m = _LISTED_MOVE_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is not None and _listed_move(text, m.start(), m.start() + len(m.group(0).split()[0]), place)


#: A whole number or a number word, as a share's move or price in whole dollars is written.
_WHOLE_FIGURE_RE = re.compile(r"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.I)
#: A sentence that says a share moved: it names the stock, a ticker or the exchange.
_SHARE_SENTENCE_RE = re.compile(
    r"\b(?:stocks?|shares?)\b|<[A-Z][A-Z.]{0,6}>|\b(?:Stock Exchange|Nasdaq|Big Board|over-the-counter)\b"
)
#: A company named as the sentence's subject, right before its move: "Starpointe Savings Bank rose".
_NAME_SUBJECT_RE = re.compile(r"\A\s*(?!(?:The|A|An|In|At|On|It|Its|This|That)\b)[A-Z][\w'&.-]*(?:[ \t]+(?:[A-Z&][\w'&.-]*|of|and))*[ \t]+\S+[ \t]+$")


def _whole_share_move(text: str, am: _Match, nxt: _Match) -> bool:
    """A move and a level in whole numbers after a move verb ("fell 4 to 15"); a share never falls or
    rises by more than the price it ends at."""
    if not (_WHOLE_FIGURE_RE.fullmatch(text, am.core_start, am.core_end) and _WHOLE_FIGURE_RE.fullmatch(text, nxt.core_start, nxt.core_end)):
        return False
    return am.value is not None and nxt.value is not None and 0 < am.value < nxt.value


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 2 if text.rfind(". ", 0, pos) >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _sentence_around(text: str, pos: int) -> str:
    end = re.compile(r"\.(?:\s|$)|\n").search(text, pos)
    return text[_sentence_start(text, pos) : end.start() if end else len(text)]


def _price_before(text: str, ams: list[_Match], sents: list[int], i: int) -> _Match | None:
    """The price earlier in the sentence that bare figure ``ams[i]`` compares with, if one fits."""
    am = ams[i]
    minor: _Match | None = None
    for j in range(i - 1, -1, -1):
        prev = ams[j]
        if sents[j] != sents[i] or am.start - prev.end > 200 or "\n" in text[prev.end : am.start]:
            return None
        if prev.kind not in ("money", "count") and not _PER_UNIT_AFTER_RE.match(text, am.end):
            return None  # "... 25.8 pct over": another measure came between them
        if prev.kind != "money" or prev.vague or prev.scale != 1 or prev.value is None or prev.low is not None:
            continue
        mine = am.value / 100 if prev.minor else am.value
        if prev.value <= 0 or not 0.25 <= mine / prev.value <= 4:
            continue  # "three for 200 dlrs ... and 14 for 100 dlrs": 14 counts seats
        if not prev.minor:
            return prev  # "at 5.04-1/2 dlrs after a 5-1/2 cent range, with November at 5.04-3/4"
        if minor is None and re.match(r"[ \t]+(?:higher|lower)\b", text[am.end : am.end + 10]):
            minor = prev  # "0.10 cent higher to 0.12 lower"; "slipped one ct to 1.15" is a price in dlrs
    return minor


#: A header that states the currency of the figures after it: "Week end Apr 2 (in mln francs)".
_CURRENCY_HEADER_RE = re.compile(
    rf"\((?:figures[ \t]+)?in[ \t]+(?:(?P<s>{_alt(list(_SCALE_AFTER))}|thousands[ \t]+of)[ \t]+)?(?P<c>[^()\n]{{1,25}}?)\)", re.I
)


def _resolve_header_currency(text: str, ams: list[_Match]) -> None:
    """Bare figures after an "(in mln francs)" header, in its paragraph, are money in that currency
    and scale; a header states the unit of what follows, so nothing is guessed."""
    for hm in _CURRENCY_HEADER_RE.finditer(text):
        cm = _CUR_WORD_RE.fullmatch(hm.group("c"))
        if cm is None or cm.group("w").lower() in _MINOR:
            continue
        word = (hm.group("s") or "").lower()
        factor = 1e3 if word.startswith("thousands") else _SCALE_AFTER.get(word, 1.0)
        stop = text.find("\n\n", hm.end())
        stop = len(text) if stop < 0 else stop
        for am in ams:
            if not hm.end() <= am.start < stop:
                continue
            if am.kind != "count" or not am.bare or am.vague or am.counts or am.scale != 1 or am.value is None:
                continue
            _set_currency(am, cm)
            am.bare, am.scale = False, factor
            am.value *= factor
            am.low, am.high = (None if b is None else b * factor for b in (am.low, am.high))



#: Units a commodity table's header states for its cells; "pounds" is left out, as "in mln pounds" may be sterling.
_HEADER_UNITS = [
    w for w, u in _UNITS.items()
    if u in {"tonne", "ton", "long ton", "barrel", "barrel per day", "bag", "bale", "sack", "kilogram", "pound",
             "ounce", "bushel", "acre", "hectare", "gallon", "litre", "hectolitre", "cubic metre", "cubic foot"}
    and w != "pounds" and len(w) > 2
]
#: A table header stating the unit and scale of the bare figures under it: "ARGENTINA CORN, in mln tonnes --",
#: "(in mln lbs --)", "in thousand tonnes, unless noted --", "(in 000s of bushels)", "in mln 480-lb bales --". Money
#: headers are ``_CURRENCY_HEADER_RE``'s ("(in mln francs)"); Reuters-21578 has no unbracketed "in mln dlrs --" table.
_UNIT_HEADER_RE = re.compile(
    rf"\b[Ii]n[ \t]+(?:(?P<s>mln|millions?|billions?|bln|thousands?|000s?|'000s?)[ \t]+(?:of[ \t]+)?)?"
    r"(?:\d+[- ](?:lbs?[- ])?)?"  # "in mln 480-lb bales": the size of a bale says which bale
    rf"(?P<u>{_alt(_HEADER_UNITS)})"
    r"(?:,?[ \t]+unless[ \t]+(?:otherwise[ \t]+)?(?:noted|stated|specified))?[ \t]*(?=--|-[ \t]|\)|,|:|\n|$)",
    re.I,
)
_HEADER_SCALES = {"mln": 1e6, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bln": 1e9}
#: A cell of a table: a figure in digits, no season or date part ("1986/87", "04/09/87").
_CELL_FIGURE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TABLE_WORD_RE = re.compile(r"\S+")
_TABLE_TOKEN_RE = re.compile(r"\(?[-+]?\d[\d,./-]*[a-z]?\)?[,.;]?|\(?(?:nil|n\.a\.|na|unch)\)?[,.;]?", re.I)


def _tabular(paragraph: str) -> bool:
    """Whether a paragraph reads as more rows of a table ("Linseed prev 34.8, Feb 32.9, total 80.8 (87.4)."), not
    prose: figures and markers make a quarter of its words, and nobody "said" it."""
    words = _TABLE_WORD_RE.findall(paragraph)
    if not words or re.search(r"\bsaid\b", paragraph):
        return False
    return 4 * sum(_TABLE_TOKEN_RE.fullmatch(w) is not None for w in words) >= len(words)


def _table_extent(text: str, start: int, stop: int) -> int:
    """Where the table after a header at ``start`` ends: its paragraph, then the paragraphs after it that are
    rows too (a wire table often breaks over blank lines), never past ``stop`` (the next header)."""
    end = text.find("\n\n", start)
    while 0 <= end < stop:
        nxt = text.find("\n\n", end + 2)
        para_end = len(text) if nxt < 0 else nxt
        if not _tabular(text[end + 2 : para_end]):
            break
        end = nxt
    return min(stop, len(text) if end < 0 else end)


#: A row's own unit inside a table ("Acreage (mln acres) -- Planted 76.7", "Yield (lbs)", "Usage (thous short tons)"):
#: such a table mixes units the rows alone tell apart, and its figures are left as they are.
_UNIT_NOTE_RE = re.compile(
    r"\((?:in[ \t]+)?(?:(?:mln|millions?|bln|thous\w*|000s?)[ \t]+[^()\n]{1,30}|lbs?|bu|bushels|tonnes|tons|bales|cwts?|acres)\)"
    # a footnote giving a column another unit: "Cotton-X ... x - in thousand running bales", "Y-running bales"
    r"|(?<![A-Za-z])[A-Za-z][ \t]*-[ \t]*(?:in[ \t]+)?(?:(?:thousand|mln|000s?)[ \t]+)?(?:running[ \t]+)?"
    r"(?:bales|tonnes|tons|bushels|cwts?|lbs|acres|hectares)\b",
    re.I,
)
#: A header that gives some rows another unit: "in mln bushels, except feedgrains, which is in mln tonnes".
_EXCEPT_AFTER_RE = re.compile(r",?[ \t]*except[ \t]+(?!as[ \t]+noted|where[ \t]+noted|as[ \t]+stated)", re.I)
def _header_scale(word: str | None) -> float:
    word = (word or "").lower()
    return 1e3 if word.startswith(("thousand", "000", "'000")) else _HEADER_SCALES.get(word, 1.0)


def _resolve_header_units(text: str, ams: list[_Match]) -> bool:
    """Bare figures of a table whose header states their unit and scale are quantities in that unit and scale
    ("in mln tonnes": "Production 12.50" is 12.5 mln tonnes); only inside that table, only figures in digits
    that name no year, and not in a table some of whose rows or columns state a unit of their own; the header's
    own words are no amount (whether any went is returned)."""
    if " in " not in text and "(in " not in text:
        return False
    headers = list(_UNIT_HEADER_RE.finditer(text))
    drop: list[_Match] = []
    for k, hm in enumerate(headers):
        stop = headers[k + 1].start() if k + 1 < len(headers) else len(text)
        end = _table_extent(text, hm.end(), stop)
        cells = [
            am for am in ams
            if hm.end() <= am.start < end and am.kind == "count" and am.bare and not am.vague and am.scale == 1
            and am.value is not None and am.unit is None and am.currency is None
            and _CELL_FIGURE_RE.fullmatch(text, am.core_start, am.core_end) is not None
            and not _is_year_text(text[am.core_start : am.core_end])
            and text[am.core_start - 1 : am.core_start] != "/" and text[am.core_end : am.core_end + 1] != "/"
        ]
        if len(cells) < 3:
            continue  # a unit in a sentence ("sold in mln tonnes, not bags") heads no table
        # a table of mixed units: rows or columns with a unit of their own, a header naming two units ("area
        # forecasts in mln hectares, with 1986/87 production in mln tonnes") or an exception to its unit
        mixed = _UNIT_NOTE_RE.search(text, hm.end(), end) or _EXCEPT_AFTER_RE.match(text, hm.end())
        if k and hm.start() - headers[k - 1].end() < 80 and "\n" not in text[headers[k - 1].end() : hm.start()]:
            mixed = True
        if mixed:
            continue
        unit, factor = _UNITS[hm.group("u").lower()], _header_scale(hm.group("s"))
        for am in cells:
            am.kind, am.unit, am.bare, am.scale, am.cell = "quantity", unit, False, factor, True
            am.value = None if am.value is None else am.value * factor
            am.low, am.high = (None if b is None else b * factor for b in (am.low, am.high))
        # "in thousands of tonnes": the header's vague "thousands" is the table's scale, not an amount ("480-lb" stays)
        drop += [am for am in ams if am.vague and am.start < hm.end() and hm.start() < am.end]
    for am in drop:
        ams.remove(am)
    return bool(drop)

#: A Reuters results table: "Shr 54 cts vs 73 cts Net 3,080,000 vs 4,367,000 Sales 59.6 mln vs 55.6 mln".
_TABLE_RE = re.compile(
    r"\b(?:Shr|Net|Revs|Sales)\b[^\n]{0,80}?\bvs\b|\b(?:Oper\s+|Opr\s+)?[Ss]hr\s+(?:profit\s+|loss\s+)?(?:nil|\d|[a-z]+\s+(?:cts|dlrs?)\b)"
)
#: Row labels of a results table, as the wire prints them ("Net loss 753,000 Revs 8,932,000").
_ROW_LABEL_RE = re.compile(
    r"(?:^|[\s>])(?:(?:Oper|Opr|Operating|Group|Parent|Consolidated)\s+)?(?:Net|Revs|Revenues|Sales|Pretax|Turnover|Operating|"
    r"Assets|Deposits|Loans|Backlog|Profit|Loss|Income|Avg\s+shrs|Shrs)(?:\s+(?:profit|loss|income|sales|revs))?[ \t]+$"
)
#: "profit" and "loss" as the wire mistypes them in a cell, one letter dropped: "vs los 1,497,000", "vs pofit 702,000".
_DROPPED_LETTER = sorted({w[:i] + w[i + 1 :] for w in ("profit", "loss") for i in range(len(w))} - {"oss"})
#: "vs 155,000", "vs loss 1,375,000"; "817.7 mlnvs 705.7 mln": the wire ran the scale into the "vs"
_CELL_BEFORE_RE = re.compile(
    rf"(?:\b|(?<=mln))vs\.?[ \t]+(?:(?:profit|loss|gain|credit|debit|{'|'.join(_DROPPED_LETTER)})[ \t]+(?:of[ \t]+)?)?$", re.I
)
_CELL_AFTER_RE = re.compile(r"[ \t]+(?:(?:profit|loss|credit|debit)[ \t]+)?vs\b", re.I)
#: A dividend row's label, before its first cell or its "vs" cell: "Final div 135 vs 125", ", making 230 vs 195".
_DIVIDEND_ROW_RE = re.compile(r"\b(?:div(?:idend)?|making)[ \t]*(?:\"[A-Z]\"[ \t]*)?(?:,?[ \t]*[\d.]+[ \t]+vs\.?)?[ \t]*$", re.I)
#: Rows that count things rather than money: "Avg shrs 14.9 mln vs 13.2 mln".
_COUNT_ROW_RE = re.compile(r"\b(?:shrs|shs|shares|employees|units|vehicles|cars)(?:[ \t]+outstanding)?[ \t]*$", re.I)


def _table_cell(text: str, am: _Match) -> bool:
    """Whether ``am`` is one side of an "X vs Y" comparison in a results table."""
    line = text[max(0, am.start - 40) : am.start].rsplit("\n", 1)[-1]
    return (
        _CELL_BEFORE_RE.search(line) is not None
        or _CELL_AFTER_RE.match(text, am.end) is not None
        or _ROW_LABEL_RE.search(line) is not None
    )


def _resolve_table(text: str, ams: list[_Match]) -> None:
    """Results-table figures are money in the table's currency unless the row counts shares.

    Reuters results tables print money without a currency ("Net 3,080,000 vs 4,367,000"); the
    table's currency is the one its per-share row names ("Shr 54 cts", "Group shr 34.92 yen"),
    and dollars when no row names one (the wire's convention).
    """
    if not _TABLE_RE.search(text):
        return
    for i, am in enumerate(ams):
        # "Net 26.8 mln 24.1 mln": the wire dropped the "vs"; a figure right after a money cell is the row's other cell
        after_cell = i > 0 and ams[i - 1].kind == "money" and re.fullmatch(r"[ \t]+", text[ams[i - 1].end : am.start]) is not None
        if am.kind != "count" or am.vague or am.counts or not (after_cell or _table_cell(text, am)):
            continue
        row_start = am.start
        if i and _CELL_BEFORE_RE.search(text[ams[i - 1].end : am.start]) and _CELL_AFTER_RE.match(text, ams[i - 1].end):
            row_start = ams[i - 1].start  # "vs 1,375,000" belongs to the row of the figure before it
        if _COUNT_ROW_RE.search(text[max(0, row_start - 30) : row_start]):
            continue
        nxt = ams[i + 1] if i + 1 < len(ams) else None
        if (
            nxt is not None and nxt.kind == "money" and nxt.minor and am.value is not None and am.value == int(am.value)
            and _CELL_AFTER_RE.match(text, am.end) and _CELL_BEFORE_RE.search(text[am.end : nxt.start])
        ):
            # "Shr profit four vs loss seven cts": the row's other cell names the cents; "Oper shr 1.21 vs 88 cts"
            # is in dollars, as cents are never written with decimals
            _inherit(am, nxt)
            continue
        prev = ams[i - 1] if i else None
        if (
            prev is not None and prev.kind == "money" and prev.cur_word == "cent" and prev.scale == 1 and am.scale == 1
            and am.value is not None and _DIVIDEND_ROW_RE.search(text, max(0, row_start - 30), row_start)
            and re.fullmatch(r"[ \t]*(?:,|vs\.?)?[ \t]*(?:(?:Final|Interim|Total|Special|Pref|Qtly|Year)[ \t]+)?"
                             r"(?:div(?:idend)?|making)?[ \t]*(?:\"[A-Z]\"[ \t]*)?", text[prev.end : am.start], re.I)
        ):
            # "Shr 516 cts vs 347 Final div 135 vs 125 making 190 vs 180": a dividend row right after a per-share
            # cell in cents is in cents too; a row of its own money ("Final div 1.35 dlrs") is not bare
            _inherit(am, prev)
            am.value, am.minor = am.value / (1 if prev.minor else 100), True
            continue
        before = [a.currency for a in ams[:i] if a.kind == "money" and a.currency]
        after = [a.currency for a in ams[i + 1 :] if a.kind == "money" and a.currency]
        am.kind, am.currency, am.bare = "money", (before[-1:] or after[:1] or ["USD"])[0], False


#: Countries whose own currency is a dollar, as the wire names them.
_DOLLAR_COUNTRIES = (
    (r"\bCanad(?:a|ian)\b", "CAD"), (r"\bAustralian?\b", "AUD"), (r"\bNew Zealand\b", "NZD"),
    (r"\bHong Kong\b", "HKD"), (r"\bSingapore\b", "SGD"), (r"\bTaiwan(?:ese)?\b", "TWD"),
)
_DOLLAR_COUNTRY_RE = re.compile("|".join(f"(?P<{code}>{pattern})(?!-based)" for pattern, code in _DOLLAR_COUNTRIES))
_DOLLAR_CODES = frozenset({"USD", *(code for _, code in _DOLLAR_COUNTRIES)})
_US_CUE_RE = re.compile(r"\bU\.S\.|\bUnited States\b|\bAmerican\b|\bWall Street\b|\bSecurities and Exchange\b")


#: Canada's provinces as a dateline writes them after its town.
_PROVINCE = (r"(?:Alberta|Ontario|Ont\.|Manitoba|Saskatchewan|Sask\.|British[ \t]+Columbia|B\.C\.|Quebec|Que\.|Nova[ \t]+Scotia|"
             r"N\.S\.|New[ \t]+Brunswick|N\.B\.|Newfoundland|Nfld\.|Prince[ \t]+Edward[ \t]+Island)")
#: Datelines of the markets that quote prices in their own dollars and cents (cents of the rand in South
#: Africa); "SYDNEY, April 8 -", "JOHANNESBURG March 13 -", not "MELBOURNE, Fla, March 20 -".
_DATELINE_MONEY = (
    (r"SYDNEY|MELBOURNE|PERTH|BRISBANE|ADELAIDE|CANBERRA|HOBART|DARWIN", "AUD"), (r"WELLINGTON|AUCKLAND|CHRISTCHURCH", "NZD"),
    (r"HONG[ \t]+KONG", "HKD"), (r"SINGAPORE", "SGD"), (r"JOHANNESBURG|PRETORIA|CAPE[ \t]+TOWN|DURBAN", "ZAR"),
    # the ringgit's sen, which the wire writes "cents" ("rubber at 210 cents a kilo" in KUALA LUMPUR); cents only
    (r"KUALA[ \t]+LUMPUR", "MYR"),
    # Canada's cities: "CALGARY, Alberta, March 3 -", "OTTAWA, March 2 -", "Toronto, April 1 -" (35 of 40 Toronto,
    # Montreal and Vancouver stories read quote Canadian dollars); any town with its province ("HAMILTON, Ontario",
    # not "HAMILTON, Bermuda")
    (r"(?:TORONTO|MONTREAL|VANCOUVER|CALGARY|EDMONTON|OTTAWA|WINNIPEG|HALIFAX|REGINA|SASKATOON|QUEBEC|[A-Z][A-Z.' -]+(?=,[ \t]+" + _PROVINCE + r"))"
     r"(?:,[ \t]+" + _PROVINCE + r")?", "CAD"),
)
#: Dateline markets whose own money the wire writes only in cents: their plain dollars are U.S. ones.
_CENTS_ONLY = frozenset({"ZAR", "MYR"})
_DATELINE_MONEY_RE = re.compile(
    r"\A\s*(?:" + "|".join(f"(?P<{code}>{pattern})" for pattern, code in _DATELINE_MONEY) + r"),?[ \t]+"
    r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?[ \t]+\d",
    re.I,
)
#: A dollar named anywhere in the story, by whose it is: a dateline's money is no longer the only one in play
#: once the story names another ("0.7085/90 U.S. Dlrs" in a SYDNEY story; "H.K. Dlrs" in HONG KONG is its own).
_NAMED_DOLLAR_RE = re.compile(
    r"\b(?P<who>U\.S\.|US|American|Canadian|Can|Australian|Aust|New Zealand|N\.Z\.|Hong Kong|H\.K\.|Singapore|Taiwan(?:ese)?)"
    r"[ \t]*(?:dlrs?|dollars?|cts|cents?)\b|\b(?P<sign>US|U\.S\.|A|NZ|HK|S|C)\$",
    re.I,
)
_NAMED_DOLLAR_CODES = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "can": "CAD", "c": "CAD", "australian": "AUD",
    "aust": "AUD", "a": "AUD", "new zealand": "NZD", "n.z.": "NZD", "nz": "NZD", "hong kong": "HKD", "h.k.": "HKD",
    "hk": "HKD", "singapore": "SGD", "s": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
}


#: A results note that the story's plain dollars are U.S. ones: "NOTE: U.S. funds", "Results in U.S. funds".
_US_FUNDS_RE = re.compile(r"\bU\.S\.[ \t]+funds\b", re.I)


def _other_dollar_named(text: str, code: str) -> bool:
    if code != "USD" and _US_FUNDS_RE.search(text):
        return True
    for m in _NAMED_DOLLAR_RE.finditer(text):
        who = re.sub(r"\s+", " ", (m.group("who") or m.group("sign")).lower())
        if _NAMED_DOLLAR_CODES.get(who) != code:
            return True
    return False


def _home_dollar(text: str, place: str) -> tuple[str | None, bool]:
    """The dollar of the country a story is about, when its lead names one and no U.S. cue.

    The wire writes a country's own money as plain "dlrs" in its domestic stories ("Canada had a
    trade surplus of 1.25 billion dlrs", "New Zealand's current account deficit narrowed to 78 mln
    dlrs"); stories that also involve the U.S. are ambiguous and keep U.S. dollars. A lead that names no
    country leaves the dateline's market, if the story names no dollar of any other ("SYDNEY - BHP closed
    five cents up at 11.60"); "ZAR" and "MYR" there are for cents only, as South Africa's and Malaysia's dollars are U.S. ones.
    """
    lead = re.split(r"(?<=[a-z0-9)])\.\s", text[:400], maxsplit=1)[0]
    if _US_CUE_RE.search(lead):
        return None, False
    m = _DOLLAR_COUNTRY_RE.search(lead)
    if m is not None:
        return m.lastgroup, False
    d = _DATELINE_MONEY_RE.match(place)
    if d is None or _other_dollar_named(text, d.lastgroup or "") or _OIL_STORY_RE.search(text):
        return None, False
    return d.lastgroup, True


#: Prices the world quotes in U.S. dollars whatever the dateline: "bullion rose to 409.40 dlrs an ounce", a
#: currency's rate ("June mark eased to around 0.5500 dlrs" on Simex).
_DOLLAR_PRICED_AFTER_RE = re.compile(r"[ \t]*(?:an?|per|/)[ \t]*(?:ounce|oz|barrel|bbl)\b", re.I)
_DOLLAR_PRICED_BEFORE_RE = re.compile(
    r"\b(?:gold|bullion|silver|platinum|crude|oil|marks?|sterling|yen|francs?|currency|futures)\b(?:[^.;\n]|\.\d){0,60}$", re.I
)
#: A story on oil (Singapore's "August Dubai ... around 17.35 dlrs"): its dollars are the world market's.
_OIL_STORY_RE = re.compile(r"\b(?:crude|OPEC|barrels?|bpd)\b")
#: A sentence about the U.S. in a foreign market's story: "cutting the country's 169.8 billion dlr trade deficit"
#: after "the Reagan Administration is facing uproar in Congress".
_US_SENTENCE_RE = re.compile(rf"{_US_CUE_RE.pattern}|\b(?:Reagan|Congress|Washington)\b")


_MONEY_NOUN_RE = re.compile(
    r"\b(?:income|profits?|revenues?|sales|earnings|losses|loss|assets|deficit|surplus|debts?|turnover|"
    r"capital|deposits|reserves|spending|budget|investment|costs?|exports|imports)\b(?:[^.,;\n]|\.\d){0,45}$",  # in the same clause; "8.4 pct" does not end it
    re.I,
)


#: "contributed 316 mln in after-tax operating earnings"
_MONEY_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:income|profits?|revenues?|sales|earnings|losses|"
    r"assets|debts?|turnover|capital|deposits|reserves|spending|investments?|costs?|financing|loans?|credits?|exports|imports)\b",
    re.I,
)


def _resolve_money_nouns(text: str, ams: list[_Match]) -> bool:
    """ "net income would have risen 8.4 pct to 32.9 mln": a scaled figure of a money noun is money,
    in the currency the document uses nearest to it."""
    if _TABLE_RE.search(text):
        return False  # results tables have their own rule (_resolve_table)
    changed = False
    for i, am in enumerate(ams):
        if am.kind != "count" or am.vague or am.scale == 1 or am.counts:
            continue
        head = text[max(0, am.start - 80) : am.start]
        money_noun = _MONEY_NOUN_RE.search(head) or _MONEY_NOUN_AFTER_RE.match(text, am.end)
        if not money_noun or _COUNT_ROW_RE.search(head):
            continue
        # the currency the text last used, else the next one it uses
        before = [a.currency for a in ams[:i] if a.kind == "money" and a.currency]
        after = [a.currency for a in ams[i + 1 :] if a.kind == "money" and a.currency]
        if before or after:
            am.kind, am.currency, am.bare, changed = "money", (before[-1:] or after[:1])[0], False, True
    return changed


def _resolve_currencies(text: str, ams: list[_Match], place: str) -> None:
    """Bare currency words take the country named earlier ("Swiss francs ... francs") or in the text."""
    qualified: dict[str, str] = {}
    home: list[tuple[str | None, bool]] = []  # computed once, only when a bare dollar needs it
    dollar: _Match | None = None  # the last amount in some country's dollars
    for i, am in enumerate(ams):
        if am.kind == "money" and am.currency in _DOLLAR_CODES and am.cur_word != "cent":
            dollar = am
        if am.cur_word is None:
            continue
        if am.cur_word == "cent" and not am.cur_adj and (level := _named_level_after(text, ams, i)) is not None:
            am.currency = level  # "gained 31 cents to 1.44 Canadian dlrs": cents of the level's money
            continue
        if (
            am.cur_word == "cent"
            and not am.cur_adj
            and dollar is not None
            and dollar.currency != "USD"
            and am.start - dollar.end < 150
            and "\n\n" not in text[dollar.end : am.start]
        ):
            am.currency = dollar.currency  # "closed at C$35, up 12.5 cents": cents of that dollar
            continue
        if am.cur_adj and am.currency:
            qualified[am.cur_word] = am.currency
            continue
        if am.cur_word in qualified:
            am.currency = qualified[am.cur_word]
        elif am.cur_word == "pound" and _WEIGHT_BEFORE_RE.search(text, max(0, am.start - 40), am.start):
            # "weighs 150 to 175 pounds" is a weight whatever else the story says of Britain
            am.kind, am.currency, am.unit, am.cur_word = "quantity", None, "pound", None
        elif am.cur_word in _CURRENCY_CUES:
            first: tuple[int, str] | None = None
            for pattern, code in _CURRENCY_CUES[am.cur_word]:
                m = re.search(pattern, text)
                if m and (first is None or m.start() < first[0]):
                    first = (m.start(), code)
            if first is not None:
                am.currency = first[1]
            elif am.cur_word == "pound" and not _POUND_MONEY_BEFORE_RE.search(text, max(0, am.start - 60), am.start):
                am.kind, am.currency, am.unit, am.cur_word = "quantity", None, "pound", None
        elif am.cur_word in ("dollar", "cent") and am.currency == "USD":
            if not home:
                home.append(_home_dollar(text, place))
            code, by_dateline = home[0]
            if code is not None and by_dateline:
                code = _dateline_money(text, am, code)
            am.currency = code or am.currency


#: Moneys with a hundredth the wire writes "cents": a dollar other than the U.S. one, the ringgit's sen, the
#: rand's and the guilder's cents.
_CENT_UNIT_CODES = frozenset({*(code for _, code in _DOLLAR_COUNTRIES), "MYR", "ZAR", "NLG"})
#: Between a move and the level it went to: "gained 31 cents to", "eased 40 cents at", "closed 40 cents higher at".
_MOVE_TO_LEVEL_RE = re.compile(
    r"[ \t]+(?:(?:higher|lower|up|down|firmer|easier|weaker|stronger|better|off)[ \t]+)?(?:to|at)[ \t]+(?:a[ \t]+\w+[ \t]+(?:of[ \t]+)?)?"
)


def _named_level_after(text: str, ams: list[_Match], i: int) -> str | None:
    """ "rose 10 cents to 3.20 ringgit": a move in plain cents before a level in a money named there with a
    hundredth of its own is that money's cents, whatever the story's dollar."""
    if i + 1 >= len(ams):
        return None
    nxt = ams[i + 1]
    if nxt.kind != "money" or nxt.currency not in _CENT_UNIT_CODES or nxt.cur_word == "cent":
        return None
    if nxt.cur_word == "dollar" and not nxt.cur_adj:
        return None  # a plain "dlrs" level is no more named than the cents
    if not _MOVE_TO_LEVEL_RE.fullmatch(text, ams[i].end, nxt.start):
        return None
    return nxt.currency


def _dateline_money(text: str, am: _Match, code: str) -> str | None:
    """A plain dollar or cent of a story the dateline places: that market's, but for a metal's or oil's
    price (in U.S. dollars everywhere) and for dollars in South Africa and Malaysia, whose own cents are the rand's and the ringgit's."""
    if _DOLLAR_PRICED_AFTER_RE.match(text, am.end) or _DOLLAR_PRICED_BEFORE_RE.search(text, max(0, am.start - 80), am.start):
        return None
    if _US_SENTENCE_RE.search(_sentence_around(text, am.start)):
        return None
    if code in _CENTS_ONLY and (am.cur_word != "cent" or re.search(r"\b(?:dlrs?|dollars?)\b", _sentence_around(text, am.start))):
        return None
    return code


def _mass_object(doc: Doc, am: _Match, span: Span | None) -> str | None:
    """ "26,000 tonnes soybean meal": the noun right after a mass unit is what is measured."""
    if span is None or am.unit not in _MASS_UNITS or span.end >= len(doc):
        return None
    last = None
    for tok in doc[span.end : span.end + 4]:
        if tok.pos_ in ("NOUN", "ADJ", "PROPN") and not tok.like_num:
            last = tok if tok.pos_ == "NOUN" else last
            if tok.dep_ != "compound" and tok.dep_ != "amod":
                break
        else:
            break
    if last is None or last.lower_ in _TIME_UNITS:
        return None  # "1.74 mln last year": when, not what
    return _lemma(last)


def _plural_after(doc: Doc, i: int) -> bool:
    """Whether a lower-case plural noun follows token ``i``, past at most two names in capitals
    ("1.95 mln NTT shares"); a title-case word may start a table row ("vs 1.60 billion Avg shares")."""
    for tok in doc[i : i + 3]:
        if tok.tag_ == "NNS" and tok.is_lower:
            # "vs profit 682.4 mln assets 79.69 billion": a lower-case table's next row label, before its figure
            return not (tok.i + 1 < len(doc) and _TABLE_FIGURE_RE.fullmatch(doc[tok.i + 1].text))
        if tok.pos_ != "PROPN" or not tok.is_upper or len(tok) < 2 or tok.like_num:
            return False
    return False


def _tidy(value: float | None) -> float | None:
    """4.1 * 1e6 is 4099999.9999999995 in binary floating point; 12 significant digits are plenty."""
    return None if value is None else float(f"{value:.12g}")


#: Dictionary adjectives built on a number word that count nothing: "a one-time charge", "zero-coupon
#: debt", "two-way trade", "a four-star general" (a rank).
_LEXICAL_COMPOUND_RE = re.compile(
    r"(?:one-(?:time|off|sided|shot|stop)|zero-coupon|(?:one|two|three)-way|(?:one|two|three|four|five)-star)", re.I
)


def _word_end(text: str, pos: int) -> int:
    m = re.compile(r"[\w-]*").match(text, pos)
    return m.end() if m else pos


def _rate_tail_excluded(am: _Match, skip: Sequence[tuple[int, int]]) -> bool:
    """ "10 kilometres per hour": a date extractor may take the unit's "per hour" for a set of times;
    the number and its unit still make a speed."""
    return am.unit in _PER_HOUR_UNITS and not any(s < am.core_end and am.core_start < e for s, e in skip)


def _after_excluded(text: str, am: _Match, skip: Sequence[tuple[int, int]]) -> _Match | None:
    """The amount a range's far end makes alone when its near end lies in a date: "fell on April 2
    to 3.775 billion dlrs", "MOSCOW, March 16 - Seventeen people were killed" read "2 to 3.775" and
    "16 - Seventeen" as ranges. Only an end that is plainly an amount (a scale, unit, currency or
    percent, or a number in words) is kept: "April 15-30" names a second day."""
    if am.low is None:
        return None
    cut = max(e for s, e in skip if s < am.end and am.start < e)
    if not (am.start < cut < am.end) or _RANGE_RE.match(text, cut) is None:
        return None
    m = _CORE_RE.search(text, _RANGE_RE.match(text, cut).end())  # type: ignore[union-attr]
    if m is None or m.start() >= am.end or not (m.group("digits") or m.group("words")):
        return None
    got = _extend(text, m, m.start())
    if got is None or got.low is not None or any(s < got.end and got.start < e for s, e in skip):
        return None
    return got if got.kind != "count" or got.scale > 1 or m.group("words") else None


#: What a sentence naming a piece of software says: "the UNIX operating system consisting of ... Berkeley BSD 4.3
#: environments", "Mac OS X Leopard (10.5)".
_SOFTWARE_CUE_RE = re.compile(r"\b(?:UNIX|Unix|operating[ \t]+system|OS|DOS|version|release)\b")
_VERSION_CORE_RE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?")
#: Before a version: a name's code ("BSD 4.3"), or a name and an opening parenthesis ("Leopard (10.5)").
_VERSION_BEFORE_RE = re.compile(r"(?:\b[A-Z][A-Za-z]+[ \t]*\([ \t]*|\b[A-Z]{2,4}[ \t]+)$")
_ISO_PREFIX_ONLY_RE = re.compile(r"[A-Z]{3}[ \t]*")


def _software_version(text: str, am: _Match) -> bool:
    """Whether ``am`` is the version of a piece of software its sentence names: "Berkeley BSD 4.3" (no
    Bahamian dollars), "Mac OS X Leopard (10.5)". MEANTIME dev marks no number that versions a product."""
    if am.scale != 1 or am.end != am.core_end or am.unit is not None:
        return False
    if not _VERSION_CORE_RE.fullmatch(text, am.core_start, am.core_end):
        return False
    if text[am.start : am.core_start].strip() and not _ISO_PREFIX_ONLY_RE.fullmatch(text, am.start, am.core_start):
        return False
    if not _VERSION_BEFORE_RE.search(text, max(0, am.core_start - 20), am.core_start):
        return False
    head = re.split(r"[.;!?]\s|\n", text[max(0, am.start - 200) : am.start])[-1]
    tail = re.split(r"[.;!?]\s|\n", text[am.end : am.end + 200])[0]
    return _SOFTWARE_CUE_RE.search(f"{head} {tail}") is not None


#: A figure as a results table prints it ("4,385,000", "21.0"), not a model number ("747-400").
_TABLE_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def extract_amounts(
    doc: Doc, exclude: Sequence[tuple[int, int]] = (), text: str | None = None, dct: date | None = None,
    dateline: str | None = None,
) -> list[Amount]:
    """Amounts in a parsed document, in text order; spans overlapping ``exclude`` (dates) are skipped.
    ``text``: the parsed text when the caller has it (spaCy rebuilds ``doc.text`` token by token).
    ``dct``: the story's date, which picks the code a recoded currency had then (``CURRENCY_ERAS``);
    without it the code is today's. ``dateline``: the one cleaning cut off the text ("SYDNEY, April 8 -"),
    which says whose pence, dollars and cents a market report quotes; without it, the text's own start."""
    text = doc.text if text is None else text
    place = text[:80] if dateline is None else dateline
    kept: list[_Match] = []
    # every address ``_URL_RE`` finds holds "://", "www." or "@": a story without them (nearly all)
    # skips its scan, which tried the e-mail branch at every word
    urls = _URL_RE.finditer(text) if "@" in text or "www." in text or "://" in text else ()
    skip = [*exclude, *((m.start(), m.end()) for m in _PHONE_RE.finditer(text)), *((m.start(), m.end()) for m in urls)]
    found = _scan(text, place)
    starts = _sentence_starts(doc) if found else []
    table = _TABLE_RE.search(text) is not None
    for am in found:
        if any(s < am.end and am.start < e for s, e in skip) and not _rate_tail_excluded(am, skip):
            am = _after_excluded(text, am, skip)
            if am is None:
                continue
        core = _tokens(doc, am.core_start, am.core_end)
        # a results-table figure is an amount whatever the parser makes of "Net 3,080,000"
        cell = table and _table_cell(text, am) and not _is_year_text(text[am.core_start : am.core_end])
        if not cell and _not_an_amount(doc, text, am, core, starts, place):
            continue
        if _LEXICAL_COMPOUND_RE.fullmatch(text, am.start, _word_end(text, am.end)):
            continue
        if _software_version(text, am):
            continue
        kept.append(am)
    sents = [_sentence_of(doc, am.core_start, starts) for am in kept]
    for am in kept:
        span = _tokens(doc, am.start, am.end)
        head = span[-1].head if span is not None else None
        am.counts = (
            head is not None
            and span[-1].dep_ == "nummod"
            and head.tag_ in ("NNS", "NNPS")
            # the counted noun follows its number, and is no period: "vs 2,063,000 Nine months" is
            # a table cell before a row label, "1.98 billion vs 2.24 billion" no count of an earlier "cts"
            and head.i > span[-1].i
            and head.lower_ not in _TIME_UNITS
            and not (head.i + 1 < len(doc) and doc[head.i + 1].like_num)  # "Sales 4,275.4": a table label
            # "Net 248,000 vs 155,000 Revs 4,385,000 vs 2,487,000 Year Shr 36 cts": a table's cells lie between
            and not any(_TABLE_FIGURE_RE.fullmatch(t.text) or t.lower_ == "vs" for t in doc[span[-1].i + 1 : head.i])
            # "vs 12 mln Nine mths Shr 58 cts": in a table, a noun past another number is that number's, unless
            # the two numbers share it ("vs 13 and 52 week periods")
            and not (
                table
                and doc[span[-1].i + 1].lower_ not in ("and", "or", "to", "-")
                and any(t.like_num for t in doc[span[-1].i + 1 : head.i])
            )
        ) or (
            # "the placing of 1.16 mln shares", "1.95 mln NTT shares": a scaled number before a
            # plural noun (past a name or two) counts it
            span is not None
            and am.scale > 1
            and _plural_after(doc, span.end)
        )
    _resolve_multiples(doc, text, kept)
    _resolve_cents_moves(text, kept, sents, place)  # before any price rule reads "to 13.00" as the last money's
    _resolve_ellipsis(text, kept, sents)
    _resolve_index_levels(text, kept)
    _resolve_bare_prices(text, kept, sents)
    _resolve_share_moves(text, kept, sents, place)
    _resolve_header_currency(text, kept)
    if _resolve_header_units(text, kept):
        sents = [_sentence_of(doc, am.core_start, starts) for am in kept]  # the header's own words went
    _resolve_currencies(text, kept, place)
    _resolve_table(text, kept)
    if _resolve_money_nouns(text, kept):
        _resolve_ellipsis(text, kept, sents)  # "surplus widened to 6.6 billion from 4.8 billion"
    _pair_ranges(doc, text, kept)
    out: list[Amount] = []
    for am in kept:
        measured = _vague_measure(text, am)
        span = _tokens(doc, am.start, am.end)
        obj = None if measured or am.unit == "times" or am.cell else _object(doc, am, span)  # the noun after "of" is its unit
        if am.kind == "quantity" and obj is None and am.unit != "times" and not am.cell:
            obj = _mass_object(doc, am, span)
            if measured and obj == am.unit:
                obj = None  # "millions of tonnes of grain": the tonnes are the unit
        if am.kind == "count" and obj is None and am.unit is None and span is not None and am.vague:
            obj = _of_object(doc, span)
        if obj is not None and span is not None and _row_label(doc, span, obj):
            obj = None
        if obj is not None and table and am.kind == "count" and _COUNT_ROW_RE.search(text, max(0, am.start - 30), am.start):
            obj = None  # "Avg shrs 103.8 mln Year Shr loss 5.33 dlrs": the parse counted the next row's "loss"
        if obj is not None and not obj[:1].isalnum():
            obj = None  # "the lease of 10 <Boeing Co>": the parse took a bracket for the counted noun ("747s" stays)
        out += [
            Amount(
                start, end, text[start:end], am.kind, _tidy(am.value), _tidy(am.low), _tidy(am.high),
                am.currency if valid_currency(am.currency) else None, am.unit, obj, am.approx,
                am.vague,
            )
            for start, end in _row_extents(text, am)
        ]
    _forget_reading()
    # a figure past a double's range ("1" and 400 digits) reads as inf: no amount, not an inf in a float column
    out = [a for a in out if all(v is None or math.isfinite(v) for v in (a.value, a.value_low, a.value_high))]
    return dated(out, dct) if dct is not None else out


#: "three times the size", "five times earnings": "times" after a count, then what it multiplies.
_TIMES_AFTER_RE = re.compile(r"[ \t]*-?[ \t]*times\b", re.I)
#: Words after "N times" that make it a multiple: what is compared ("as many", "the memory of a CD-ROM",
#: "that of", "their annual compensation") or how an issue was taken up ("65 times oversubscribed").
_MULTIPLE_WORDS = frozenset(
    "as the its their his her our your over-subscribed oversubscribed subscribed covered".split()
)
_FOLD_AFTER_RE = re.compile(r"[ \t]*-?[ \t]*fold\b", re.I)
_SUBSCRIBED_BEFORE_RE = re.compile(r"\b(?:over-?subscribed|subscribed|covered)[ \t]+$", re.I)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: ... and words after it that make it a number of occasions: "voted three times over the objections",
#: "three times a year", "three times last year", "twice daily".
_OCCASION_WORDS = frozenset(
    "a an per each every this last next previous since before after during over in on at daily weekly "
    "monthly yearly annually".split()
)


def _multiple(doc: Doc, text: str, am: _Match) -> bool:
    """Whether a count before "times" multiplies something ("three times the size", "five times earnings",
    "nearly three times higher") rather than counting occasions ("refined the idea three times before")."""
    if am.kind != "count" or am.vague or am.unit is not None:
        return False
    if _FOLD_AFTER_RE.match(text, am.end):
        return True  # "a five-fold rise": "-fold" only ever multiplies
    tm = _TIMES_AFTER_RE.match(text, am.end)
    if tm is None:
        return False
    if _SUBSCRIBED_BEFORE_RE.search(text, max(0, am.start - 25), am.start):
        return True  # "oversubscribed 92.3 times"
    if am.value is not None and am.value != int(am.value):
        return True  # "will rise 1.4 times in the period": nothing happens on 1.4 occasions
    nxt = next((t for t in doc if t.idx >= tm.end()), None)
    if nxt is not None and nxt.lower_ in ("a", "an") and any(t.tag_ == "POS" for t in doc[nxt.i + 1 : nxt.i + 4]):
        return True  # "limited to three times a bank's capital equity", not "three times a week"
    if nxt is None or nxt.lower_ in _OCCASION_WORDS:
        return False
    if nxt.lower_ in _MULTIPLE_WORDS or nxt.tag_ in ("JJR", "RBR"):
        return True
    if nxt.lower_ == "that":  # "three times that of 1986", not "three times that day"
        return nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "of"
    # "times earnings", "times book value", "times Pioneer's net earnings", "times 1986 earnings"
    return (
        nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        and nxt.lower_ not in _TIME_UNITS
        and nxt.lower_ not in _MONTHS
        and nxt.lower_ not in _WEEKDAYS
    )


def _resolve_multiples(doc: Doc, text: str, ams: list[_Match]) -> None:
    """A multiple is a ratio, not a count of times: a quantity in ``unit`` ``times`` with no object, so a
    sum over counts never adds "29 times earnings" to counts of things. The span stays the number, as
    MEANTIME dev marks "four" of "up to four times faster"."""
    prev: _Match | None = None
    for am in ams:
        # "up to two times faster in the iMac, four times for the MacBook": the comparison is elided
        elided = (
            prev is not None
            and prev.unit == "times"
            and am.start - prev.end < 60
            and not re.search(r"[.;:!?]\s|\n", text[prev.end : am.start])
            and am.kind == "count"
            and _TIMES_AFTER_RE.match(text, am.end) is not None
            and re.match(r"[ \t]*-?[ \t]*times[ \t]+(?:for|in|on)\b", text[am.end :], re.I) is not None
        )
        if elided or _multiple(doc, text, am):
            am.kind, am.unit, am.bare = "quantity", "times", False
        prev = am


def _vague_measure(text: str, am: _Match) -> bool:
    """"billions of barrels", "millions of acres": a vague amount of a unit is a quantity in that unit, so a
    filter on the unit finds it, as it finds "500 acres"; the bounds stay the order of magnitude."""
    if am.kind != "count" or not am.vague or am.unit is not None or not text[am.start : am.end].lower().endswith("of"):
        return False
    um = _UNIT_RE.match(text, am.end)
    if um is None or um.start("u") == am.end:
        return False
    word = re.sub(r"\s+", " ", um.group("u").lower())
    if len(word) <= 3:  # a spelled-out unit only: not "of ha", "of ft"
        return False
    am.kind, am.unit = "quantity", _UNITS[word]
    return True


_BETWEEN_LEAD_RE = re.compile(r"between\s+", re.I)


def _row_extents(text: str, am: _Match) -> list[tuple[int, int]]:
    """The extents of an amount's rows: one, or one per end of a range whose ends a word joins.

    MEANTIME dev marks a range written as one expression as one VALUE ("15-20%", "200-250 seats"),
    and the TimeBank-AQUAINT dev labels mark each end of a range joined by a word as its own VALUE
    ("175 million" and "180 million Canadian dollars", "$14" and "$16" of "between $14 and $16"),
    "between" outside both. Each row still carries the whole range in value_low/value_high."""
    cut = am.split_at
    if cut is None or not (am.start < cut[0] and cut[1] < am.end):
        return [(am.start, am.end)]
    lead = _BETWEEN_LEAD_RE.match(text, am.start)
    return [(lead.end() if lead else am.start, cut[0]), (cut[1], am.end)]


#: What joins a range's two marked ends, past the other currency the wire may give for the first:
#: "between #300 million ($473 million) and #400 million".
_PAIR_GAP_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(to|and)[ \t]+", re.I)


def _neighbours(ams: list[_Match]) -> list[tuple[_Match, _Match]]:
    """Each amount with the next one and the one after (a conversion in parentheses may come between)."""
    return [(a, b) for i, a in enumerate(ams) for b in ams[i + 1 : i + 3]]


_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.I)


def _pair_ranges(doc: Doc, text: str, ams: list[_Match]) -> None:
    """Two amounts that each carry their marker ("between $14 and $16", "growth of 10% to 20%")
    are the ends of one range, as "10 to 20 pct" is: both take its bounds. "rose 10% to 20%" and
    "cut by $200 to $399" stay a change and a level."""
    for a, b in _neighbours(ams):
        gap = _PAIR_GAP_RE.fullmatch(text, a.end, b.start)
        v1, v2 = a.value, b.value
        if gap is None or v1 is None or v2 is None or v1 >= v2 or not _same_measure(a, b):
            continue
        before = text[max(0, a.start - 70) : a.start]
        if gap.group(1).lower() == "and":
            if _BETWEEN_BEFORE_RE.search(before) is None:
                continue
        elif not _range_to_ok(doc, before, a, v1, v2):
            continue
        a.low = b.low = v1
        a.high = b.high = v2
        a.value = b.value = None


def _same_measure(a: _Match, b: _Match) -> bool:
    return (
        a.low is None and b.low is None and not a.vague and not b.vague and a.kind == b.kind and a.currency == b.currency and a.unit == b.unit
        and a.split_at is None and b.split_at is None and _marked(a) and _marked(b)
    )


def _marked(am: _Match) -> bool:
    """Whether the amount's own text says what it measures ("$16", "20 pct"), not a bare number that
    took it from a neighbour: "one dlr to 1.485 new Israeli shekels" is a rate, not a range."""
    return am.start < am.core_start or am.end > am.core_end


def _range_to_ok(doc: Doc, before: str, a: _Match, v1: float, v2: float) -> bool:
    """"X to Y" reads as a range unless a change comes first (a verb, "from", "by", "up"): "fell 22%
    to $182.6 million" and "rose 25 cents to $4.25" name a move and a level."""
    if _RANGING_FROM_RE.search(before) or _old_range_after_new(before):
        return True
    if _FROM_BY_BEFORE_RE.search(before[-16:]) or _CHANGE_BEFORE_RE.search(before[-20:]):
        return False
    if not (0 < v1 and v2 / v1 <= 10):
        return False
    span = _tokens(doc, a.start, a.end)
    prev = doc[span.start - 1] if span is not None and span.start > 0 else None
    return prev is not None and prev.pos_ not in ("VERB", "AUX") and prev.lower_ not in _MOVE_WORDS


#: Words before "X to Y" that make X a move: "up 5% to 10%", "down only 25 cents to $30.25".
_MOVE_WORDS = frozenset({"by", "from", "up", "down", "off", "only", "just", "another", "a", "an"})
