"""All date parsing and normalization lives here: document dates, datelines and TIMEX3 expressions.

No other module parses dates. Values follow TimeML TIMEX3; relative expressions resolve
against the document creation time (DCT) and never against the machine's clock. With no DCT,
values stay underspecified (``XXXX-01-15``) and no year is ever guessed.

The tagger is rule based: one pass of compiled regular expressions proposes candidate spans (a
rule runs only over the paragraphs that hold the words or digit shapes it needs, which is most of
its speed), the longest non-overlapping ones win, modifiers ("early", "less than") extend them leftwards,
then each span is normalized in text order so anaphoric expressions ("the quarter",
"a year earlier") can reuse the last explicit quarter.

A month or day without a year takes the year nearest the DCT, leaning past or future by the
clause's tense (from the spaCy parse when given); words right next to it outweigh the clause
("for June delivery", "the December pact", "the year ending July 31"), and months listed together
run forward ("May, June and August"). Besides TimeBank's conventions the rules cover Reuters
house style seen on unannotated Reuters-21578 text (spelled days "April Four", "end-September",
"first quarter 1987", "1100 GMT"), which the unit tests quote sentence by sentence.

``date_start``/``date_end`` are the calendar span of the value, with one exception: a fiscal
quarter the text dates by its closing day ("the third quarter ended March 31") keeps TimeBank's
value (the company's ordinal, the closing year: 1987-Q3) but spans the three months up to that day
(1987-01-01 to 1987-03-31), not the calendar third quarter.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Timex:
    start_char: int
    end_char: int
    text: str
    type: str
    value: str
    mod: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    anchor: str = "none"
    year_inferred: bool = False


# -- document dates ------------------------------------------------------------------------------

_TZ_NAMES = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "JST": 9,
}  # fmt: skip
_MONTH_ABBR = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_DOC_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 26-FEB-1987 15:01:01.79 (Reuters-21578)
    (re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?"), "dmy"),
    # Thu, 16 Jan 2020 10:00:00 GMT / 16 January 2020
    (re.compile(r"(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"), "dmy"),
    # January 16, 2020 [10:00[:00]] / Thursday, Jan. 16, 2020
    (re.compile(r"(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"), "mdy"),
)  # fmt: skip
_TZ_TAIL = re.compile(r"\s*(?:([+-])(\d{2}):?(\d{2})|\(?([A-Z]{1,4})\)?)\s*$")


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    if key in _MONTH_ABBR:
        return _MONTH_ABBR[key]
    if key[:3] in _MONTH_ABBR and calendar.month_name[_MONTH_ABBR[key[:3]]].lower().startswith(key):
        return _MONTH_ABBR[key[:3]]
    return None


def _parse_loose(text: str) -> datetime | None:
    tz: timezone | None = None
    tail = _TZ_TAIL.search(text)
    body = text
    if tail:
        if tail.group(1) and ":" not in text[: tail.start()]:
            pass  # "3-MAR-1987": the year's dash is not a UTC offset; offsets follow a clock time
        elif tail.group(1):
            sign = 1 if tail.group(1) == "+" else -1
            tz = timezone(sign * timedelta(hours=int(tail.group(2)), minutes=int(tail.group(3))))
            body = text[: tail.start()]
        elif tail.group(4) in _TZ_NAMES:
            tz = timezone(timedelta(hours=_TZ_NAMES[tail.group(4)]))
            body = text[: tail.start()]
    body = body.strip().rstrip(",")
    for pattern, order in _DOC_DATE_PATTERNS:
        m = pattern.fullmatch(body)
        if not m:
            continue
        if order == "dmy":
            day, month_name, year = m.group(1), m.group(2), m.group(3)
        else:
            month_name, day, year = m.group(1), m.group(2), m.group(3)
        month = _month_number(month_name)
        if month is None:
            continue
        hh, mm, ss = (int(m.group(i) or 0) for i in (4, 5, 6))
        frac = m.group(7) if order == "dmy" and m.lastindex and m.lastindex >= 7 else None
        micro = int((frac or "0")[:6].ljust(6, "0"))
        try:
            return datetime(int(year), month, int(day), hh, mm, ss, micro, tzinfo=tz)
        except ValueError:
            return None
    return None


_CONTROL_TAIL = re.compile(r"&#\d+;|[\x00-\x08\x0b-\x1f]|\s+#")


def parse_published_at(value: object) -> datetime | None:
    """A document date as an aware UTC datetime. None/empty -> None; junk -> ValueError.

    Accepts ISO 8601, RFC 2822 ("Thu, 16 Jan 2020 10:00:00 GMT"), Reuters-21578
    ("26-FEB-1987 15:01:01.79") and "January 16, 2020". Offsets and zone names are honoured and
    converted to UTC; naive times are taken as UTC; a date alone is midnight UTC.
    """
    dt = _published_as_written(value)
    return dt.astimezone(UTC) if dt is not None else None


def published_local_date(value: object) -> date | None:
    """The calendar day the document date names where it was written: the day of ``value`` in
    its own offset. "2020-01-16T23:30:00-05:00" is the 16th for the writer, whose "tomorrow" is
    the 17th, though the UTC timestamp falls on the 17th. None/empty -> None; junk -> ValueError."""
    dt = _published_as_written(value)
    return dt.date() if dt is not None else None


def _published_as_written(value: object) -> datetime | None:
    """``value`` as an aware datetime in the offset it was written with (UTC when it names none)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        # Reuters-21578 pads <DATE> with control codes ("&#5;&#5;&#5;RM") and comments ("# ...")
        text = _CONTROL_TAIL.split(value)[0].strip()
        if not text:
            raise ValueError(f"unparseable date {value!r} (no date before the control characters)")
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            parsed = _parse_loose(text)
            if parsed is None:
                raise ValueError(
                    f"unparseable date {text!r} (expected ISO 8601 like 2020-01-16, RFC 2822 like "
                    "'Thu, 16 Jan 2020 10:00:00 GMT', or 'January 16, 2020')"
                ) from None
            dt = parsed
    else:
        raise ValueError(f"unparseable date {value!r} of type {type(value).__name__}")
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


# -- shared vocabulary -----------------------------------------------------------------------------

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                 "sept": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_MONTH_RE = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|JANUARY|FEBRUARY"
    r"|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    # wire copy keyed all in lower case ("exports in february rose"): the names that are no
    # other word ("may", "march" and "august" are)
    r"|january|february|april|june|july|september|october|november|december)"
)
_MON_ABBR_RE = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_ANY_MONTH_RE = rf"(?:{_MONTH_RE}|{_MON_ABBR_RE})"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# unlike a month ("under New York july" is a contract), a day name in lower case is still the day:
# Latin American and commodity copy writes "on monday", "thursday's earthquake"
_WEEKDAY_RE = r"(?-i:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
# web pages' all-caps bylines ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM") write the day's name and
# the month in capitals; only the full date reads them, so a headline's modal "MAY" stays a word
_UPPER_WEEKDAY_RE = r"(?-i:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_UPPER_MON_RE = r"(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_VAGUE_NUM = {"a few": "X", "few": "X", "several": "X", "many": "X", "some": "X", "a couple of": 2,
              "a couple": 2, "couple of": 2, "a dozen": 12, "dozens of": "X", "a number of": "X"}  # fmt: skip

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred|a\s+hundred|one\s+hundred)"
)
_BELOW_100 = _NUM_WORD[3:].removesuffix(r"|hundred|a\s+hundred|one\s+hundred)")
# "a hundred fifty-five years", "two hundred and fifty years", "a thousand one hundred ten days":
# the words after "hundred"/"thousand" belong to the count, else "fifty-five years" (P55Y) is
# tagged inside a span that says 155 (clulab/timenorm's TemporalExpressionParserTest)
_HUNDREDS_WORD = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?hundred"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:{_BELOW_100})(?![\s-]+(?:hundred|thousand)\b))?"
)
# "three hundred years", "two thousand years": a multiplied count, written before the plain words
# so "three" alone cannot take the count and leave "hundred years" (P100Y) behind
_NUM_WORD = (
    r"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)[\s-]+)?thousand"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+hundred"
    rf"(?:[\s-]+(?:and[\s-]+)?(?:{_BELOW_100}))?|(?:{_BELOW_100})(?![\s-]+(?:hundred|thousand)\b)))?(?![\s-]+and\b)"
    rf"|{_HUNDREDS_WORD}(?![\s-]+and\b)|"
    + _NUM_WORD[3:]
)
_NUM_RE = (
    r"(?:(?:\d+(?:,\d{3})*(?:\.\d+)?|" + _NUM_WORD + r")(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half|\s+1/2|(?<=\d)-1/2)?|a\s+few|a\s+couple(?:\s+of)?"
    r"|couple\s+of|several|a\s+dozen|a\s+number\s+of|many|few|a|an|a\s+half|half\s+an?"
    # "the first half-hour of trading", "the last quarter-hour": a fraction of an hour
    r"|half(?=[\s-]hours?\b)|quarter(?=[\s-]hours?\b))"
)
_UNIT_RE = (
    r"(?:(?:trading|business|calendar|working)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|mths?\b|quarters?|years?|decades?|centur(?:y|ies))"
)
_UNIT_CODE = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
              "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "fortnight": ("", "W", 2),
              "weekend": ("", "WE", 1), "month": ("", "M", 1), "quarter": ("", "Q", 1),
              "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100)}  # fmt: skip
_UNIT_GRAN = {"second": "time", "minute": "time", "hour": "time", "day": "day", "night": "day",
              "week": "week", "weekend": "week", "fortnight": "week", "month": "month", "quarter": "quarter",
              "year": "year", "decade": "decade", "century": "century"}  # fmt: skip


def _num(text: str) -> float | str | None:
    """A number written with digits or words; ``"X"`` for vague counts ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in ("a", "an"):
        return 1
    if t in _VAGUE_NUM:
        return _VAGUE_NUM[t]
    half = re.fullmatch(r"(.+?)(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half|\s+1/2|(?<=\d)-1/2)", t)
    if half:
        whole = _num(half.group(1))
        return whole + 0.5 if isinstance(whole, (int, float)) else None
    if t in ("a half", "half a", "half an", "half"):
        return 0.5
    if t == "quarter":
        return 0.25
    for word, unit in (("thousand", 1000), ("hundred", 100)):
        times = re.fullmatch(rf"(?:(.+?)[\s-]+)?{word}(?:[\s-]+(?:and[\s-]+)?(.+))?", t)
        if times:
            return _times(times.group(1), times.group(2), unit)
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        v = float(t.replace(",", ""))
        return int(v) if v.is_integer() else v
    if t in _SMALL:
        return _SMALL[t]
    parts = re.split(r"[\s-]", t)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_SMALL.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _times(head: str | None, rest: str | None, unit: int) -> int | None:
    """``head`` times ``unit`` plus ``rest`` ("two hundred and fifty"); None unless both are whole
    counts and ``rest`` stays below ``unit``."""
    count = _num(head) if head else 1
    extra = _num(rest) if rest else 0
    if not isinstance(count, int) or not isinstance(extra, int) or not 0 <= extra < unit:
        return None
    return count * unit + extra


def _unit_key(unit: str) -> str:
    u = unit.lower().split()[-1]
    if u.startswith("centur"):
        return "century"
    if u.startswith("mth"):
        return "month"  # Reuters' earnings tables: "Nine mths", "six mth net"
    return u[:-1] if u.endswith("s") else u


def _duration_value(n: float | str | None, unit: str) -> str | None:
    key = _unit_key(unit)
    t, code, mult = _UNIT_CODE[key]
    if n is None:
        return None
    if isinstance(n, str):
        if key == "decade":
            return "PXY"  # decades are counted in years, as "two decades" is P20Y
        if key == "century":
            return "PXC"  # TimeBank writes vague centuries with C ("centuries": PXC)
        return f"P{t}X{'D' if code == 'WE' else code}"
    if key == "weekend":
        return f"P{int(2 * n)}D"
    total = n * mult
    if not float(total).is_integer():
        return _fractional_duration(total, t, code)
    return f"P{t}{int(total)}{code}"


#: Units a fraction is carried into exactly: TimeBank writes "5 1/2 hours" PT5H30M and "a minute
#: and a half" PT1M30S, and ISO 8601 lets these units be combined.
_EXACT_SMALLER = {"Y": ("", "M", 12), "D": ("T", "H", 24), "TH": ("T", "M", 60), "TM": ("T", "S", 60), "Q": ("", "M", 3)}


def _fractional_duration(total: float, t: str, code: str) -> str:
    """"2-1/2 years" P2Y6M, "half a day" PT12H, "1-1/2 quarters" 4.5 months; where no whole
    number of a smaller unit combines with it (ISO 8601 writes weeks alone, months differ in
    length) the unit keeps a decimal fraction, as ISO 8601 allows in the last component and
    MEANTIME writes ("two and a half years" P2.5Y there): "2-1/2 weeks" P2.5W."""
    if t + code in _EXACT_SMALLER:
        t2, c2, f = _EXACT_SMALLER[t + code]
        scaled = total * f
        if code == "Q":
            return f"P{int(scaled)}M" if float(scaled).is_integer() else f"P{scaled:g}M"
        if float(scaled).is_integer():
            whole, rest = int(total), int(round((total - int(total)) * f))
            if not whole:
                return f"P{t2}{rest}{c2}"
            if t == t2:  # P2Y6M, PT5H30M
                return f"P{t}{whole}{code}{rest}{c2}"
            return f"P{whole}{code}T{rest}{c2}"  # P1DT12H
    return f"P{t}{total:g}{code}"


# -- calendar helpers -----------------------------------------------------------------------------


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    key = _unit_key(unit)
    if key in ("day", "night"):
        return d + timedelta(days=n)
    if key in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if key == "fortnight":
        return d + timedelta(weeks=2 * n)
    if key == "month":
        return _add_months(d, n)
    if key == "quarter":
        return _add_months(d, 3 * n)
    if key == "year":
        return _add_months(d, 12 * n)
    if key == "decade":
        return _add_months(d, 120 * n)
    if key == "century":
        return _add_months(d, 1200 * n)
    return d + timedelta(hours=n) if key == "hour" else d


def _fmt(d: date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


_UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX",
                   "century": "XX"}  # fmt: skip


_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(T.*)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PERIOD_VALUE = re.compile(r"(\d{4})-([QH])(\d)")
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_VALUE = re.compile(r"\d{4}")
_DECADE_VALUE = re.compile(r"\d{3}")
_CENTURY_VALUE = re.compile(r"\d{2}")


def _span_of(value: str) -> tuple[date | None, date | None, str | None]:
    """First and last calendar day a DATE/TIME value covers, and its granularity."""
    m = _DAY_VALUE.fullmatch(value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, d, "time" if m.group(4) else "day"
    m = _MONTH_VALUE.fullmatch(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    m = _WEEK_VALUE.fullmatch(value)
    if m:
        start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
        return start, date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7), "week"
    m = _PERIOD_VALUE.fullmatch(value)
    if m:
        y, n = int(m.group(1)), int(m.group(3))
        span = 3 if m.group(2) == "Q" else 6
        first = date(y, (n - 1) * span + 1, 1)
        last = _add_months(first, span) - timedelta(days=1)
        return first, last, "quarter" if span == 3 else "half"
    m = _SEASON_VALUE.fullmatch(value)
    if m:
        y = int(m.group(1))
        a, b = _SEASON_MONTHS[m.group(2)]
        end_year = y + 1 if b < a else y
        return date(y, a, 1), date(end_year, b, calendar.monthrange(end_year, b)[1]), "season"
    if _YEAR_VALUE.fullmatch(value):
        y = int(value)
        return date(y, 1, 1), date(y, 12, 31), "year"
    if _DECADE_VALUE.fullmatch(value):
        y = int(value) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if _CENTURY_VALUE.fullmatch(value):
        y = int(value) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None, None, None


def _granularity_of_under(value: str) -> str | None:
    if value.endswith("_REF"):
        return "ref"
    if re.fullmatch(r"X{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d", value):
        return "day"
    if "T" in value:
        return "time"
    if re.fullmatch(r"XXXX-(\d{2}|XX)", value):
        return "month"
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    if re.search(r"-(SP|SU|FA|WI)$", value):
        return "season"
    if re.fullmatch(r"\d{0,3}X+", value):
        return "year" if len(value) == 4 else "decade" if len(value) == 3 else "century"
    return None


# -- tense ----------------------------------------------------------------------------------------

_FUTURE_WORDS = re.compile(
    # the lookahead lets the scan skip word ends before it tries the alternatives
    r"\b(?=[a-z'])(?:will|'ll|shall|going\s+to|plans?\s+to|planned\s+to|expects?\s+to|scheduled|slated|due\s+back"
    # "due to start" is a plan; "placed on March nine due to the firm's failed plan" gives a cause
    r"|due\s+to(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|our|such|lower|higher|increased|reduced|poor|weak|strong)\b)"
    r"|would|next|tomorrow|upcoming|intends?\s+to|aims?\s+to)\b",
    re.I,
)
_PAST_VERBS = (
    "said was were had did been ago yesterday last earlier told announced reported rose fell grew made took came"
    " went saw gave won lost paid sold bought left met began became held brought thought kept spent led ran got"
    " struck fled sought shot slid sank wrote spoke broke chose drove flew knew stood sent built fought caught"
    " taught felt found heard meant withdrew swore"
).split()


def _first_letter_alternation(words: list[str]) -> str:
    """``words`` as an alternation grouped by first letter ("s(?:aid|old)|w(?:as|ere)"): each match
    is a whole word, so the grouping accepts the same words, and the scan tries one group per word
    instead of every word (the tense scan is the slowest part of normalizing)."""
    groups: dict[str, set[str]] = {}
    for w in words:
        groups.setdefault(w[0], set()).add(w[1:])
    return "|".join(f"{k}(?:{'|'.join(sorted(v, key=lambda r: (-len(r), r)))})" for k, v in sorted(groups.items()))


_PAST_WORDS = re.compile(rf"\b(?=[a-z])(?:{_first_letter_alternation(_PAST_VERBS)}|[a-z]{{2,}}ed)\b", re.I)
_SENT_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"'`])|\n\s*\n")
_ABBREV = re.compile(r"[A-Z]|Mr|Mrs|Ms|Dr|St|Co|Inc|Corp|Ltd|Bros|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|Gov|Sen|Rep|Gen|Lt|Col")


_INTENT_VERBS = {"expect", "plan", "schedule", "slate", "intend", "aim", "hope", "want", "seek", "set", "propose",
                 "agree", "promise", "prepare", "decide", "vow", "pledge", "threaten"}  # fmt: skip
# "until late Friday": the preposition reaches over the modifier _extend adds to the day
_FUTURE_PREP = re.compile(r"\b(?:until|till|through|effective|starting|beginning|by|next|as\s+(?:soon|early)\s+as|no(?:t)?\s+later\s+than)\s+(?:(?:early|late)\s+)?$", re.I)
_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|'ll)\s+$", re.I)
_ARRANGE_VERBS = {"schedule", "plan", "reschedule", "slate"}
#: Adjectives of readiness: what the infinitive after a present "is willing to", "are ready to"
#: names lies ahead ("is willing to convene another Wage Case in October")
_READY_ADJECTIVES = {"willing", "ready", "prepared", "likely", "unlikely", "eager", "poised", "keen"}
#: Verbs that bind someone to act: what the infinitive after them names lies ahead of the order
#: ("the government ordered 82 companies to repay 10 pct of their borrowings by December 31").
_DIRECTIVE_VERBS = {"order", "require", "direct", "instruct", "force", "oblige", "compel", "urge"}
#: Of those, the ones whose past passive reports the act as done ("the refinery was forced to close
#: at the end of January" closed then), where "was ordered to repay by December 31" may still lie ahead.
_COMPULSION_VERBS = {"force", "compel", "oblige"}


def _lemma(tok: Token) -> str:
    """The verb's lemma, also when the small model's lemmatizer strips too much ("hoped" -> "hop")."""
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and low[:-1] in _INTENT_VERBS:
        return low[:-1]
    return tok.lemma_.lower()

_DEFER_VERBS = {"postpone", "delay", "defer", "extend", "give", "adjourn", "suspend", "recess", "grant",
                "allow", "push", "put", "move", "set", "hold", "keep", "continue"}  # fmt: skip
#: A time an event was moved to ("postponed to", "brought forward to", "extended until") is the new
#: time, ahead of the moving, whatever the tense that reports it.
_RESCHEDULED_TO = re.compile(
    r"\b(?:postponed|delayed|moved|extended|advanced|accelerated|brought\s+forward|pushed\s+back|put\s+off|deferred"
    r"|rescheduled|adjourned)\s+(?:[a-z]+\s+){0,2}?(?:to|until|till)\s+(?:(?:early|late)\s+)?$",
    re.I,
)
#: The words that hang a week on its last day: "the week ended April 2", "the week to April 1".
_WEEK_CLOSED_BY = re.compile(r"\bweek\s+(?:ended|ending|ends|to|through)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)
_BOUND_PREP = re.compile(r"\b(?:until|till|through|by)\s+(?:(?:early|late)\s+)?$", re.I)
_PAST_PREP = re.compile(
    r"\bsince\s+(?:(?:shortly\s+|just\s+|soon\s+)?(?:after|before)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?$"
    # "the decline in Mellon's stock since reporting on Thursday that it would post a loss": a
    # "since" clause looks back, whatever the clause it reports says
    r"|\bsince\s+[a-z]{3,}ing\s+(?:[\w'-]+\s+){0,3}?(?:on\s+)?$",
    re.I,
)


def _verb_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    # a date the parse hangs on a long chain of prepositions ("no ship movements in and out of
    # ports from midnight on Sunday") belongs to that chain's verb, not to the sentence's root; one
    # written before a noun ("a January outline agreement") is the noun's, and keeps the short climb
    steps = 4 if tok.dep_ in ("compound", "nmod", "amod", "nummod", "poss") else 9
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        tok = span.sent.root
    return tok


def _reporting_verb(tok: Token, start: int, end: int) -> Token:
    """The verb that reports a clause, when the date stands between it and the clause's subject:
    "officials said in January the cabinet would decide" dates the saying, though the parser hangs
    "in January" on "decide"."""
    if tok.dep_ != "ccomp" or tok.head.pos_ not in ("VERB", "AUX") or not tok.head.idx < start:
        return tok
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and end <= min(c.left_edge.idx for c in subjects):
        return tok.head
    return tok


def _tense_from_doc(doc: Doc, start: int, end: int) -> str | None:
    tok = _verb_of(doc, start, end)
    if tok is None:
        return None
    tok = _reporting_verb(tok, start, end)
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux and tok.dep_ == "conj" and tok.tag_ in ("VB", "VBN", "VBG") and tok.head.pos_ in ("VERB", "AUX"):
        # "will be capitalised ... and start operations in October": conjoined verbs share the auxiliary
        aux = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    if not aux and tok.dep_ == "conj" and tok.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "will draw up what some delegates called a pre-compromise and present it ... at 1130 hrs
        # GMT Tuesday": a bare verb the parser joins to a past verb takes the modal of the clause
        # it belongs to, a few heads up
        up = tok.head
        for _ in range(3):
            if up.head is up:
                break
            up = up.head
            modal = [c for c in up.children if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo")]
            if modal and up.tag_ == "VB":
                aux = modal
                break
    infinitive = tok.tag_ == "VB" or (tok.tag_ == "VBN" and any(a.lower_ == "be" for a in aux))  # "expected to be held"
    if infinitive and any(a.lower_ == "to" for a in aux) and tok.head is not tok:
        if _lemma(tok.head) in _INTENT_VERBS:
            if any(c.lower_ == "had" for c in tok.head.children if c.dep_ in ("aux", "auxpass")):
                return "past"  # "had been scheduled to expire at midnight Friday": a plan already over
            return "future"  # "expected to join in April"
        if tok.head.lemma_.lower() == "be" and tok.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday"
        if tok.head.pos_ == "VERB" and _lemma(tok.head) in _COMPULSION_VERBS and any(
            a.tag_ == "VBD" for a in tok.head.children if a.dep_ == "auxpass"
        ):
            return "past"  # "was forced to close at the end of January": being forced to act is acting
        if tok.head.pos_ == "VERB" and _lemma(tok.head) in _DIRECTIVE_VERBS:
            return "future"  # "ordered 82 companies to repay ... by December 31"
        if tok.head.lower_ == "due" and tok.head.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "the administration is due to slap 100 pct tariffs ... on Friday"
        if tok.head.lower_ in _READY_ADJECTIVES and tok.head.dep_ == "acomp" and tok.head.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "the Commission is willing to convene another Wage Case in October"
        tok = tok.head
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo") for a in aux):
        return "future"
    if tok.lemma_.lower() in _ARRANGE_VERBS and (tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux)):
        return "future"  # "has scheduled a news conference Thursday": the event is still ahead
    counterfactual = tok.tag_ == "VBN" and any(a.lower_ == "have" for a in aux)  # "would have risen 1.1 pct in Oct/Dec"
    if (any(a.lower_ == "would" for a in aux) and not counterfactual) or (tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
        return "future"
    modals = [a for a in aux if a.lower_ in ("may", "might", "should", "must", "can", "could") and a.tag_ == "MD"]
    if modals and not any(a.lower_ == "have" for a in aux):
        # "could be held in mid June": a possibility, so no lean to the past; a day named after the
        # modal ("winds may ease Saturday") lies ahead, one before it may belong to another clause
        # ("warnings from Moscow on Thursday that air strikes could ..."); "could not be reached
        # late Tuesday" is the past of "can", and "from Monday's turmoil" names an event of its own
        negated_could = modals[0].lower_ == "could" and any(c.dep_ == "neg" for c in tok.children)
        return "ahead" if modals[0].idx < start and not negated_could and _adjunct_of(doc, tok, start, end) else "present"
    if any(a.tag_ == "VBD" for a in aux) or tok.tag_ == "VBD":
        return "past"
    if tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in aux):
        return "past"
    timetable = tok.tag_ == "VBZ" or (tok.tag_ == "VBP" and tok.lower_ not in _PAST_LIKE_PRESENT)
    timetable = timetable and not aux and tok.lemma_.lower() not in ("be", "have") and tok.idx < start
    if timetable and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and _adjunct_of(doc, tok, start, end):
        # news' present names a timetable: "the commission meets Wednesday", "the offer closes
        # next Friday", "a state visit which starts on Friday" ("stocks hurt ..." may be a past;
        # "offer from 80 dlrs per share on Friday" has no subject, so its "share" is no verb)
        return "ahead"
    if _scheduled_day(doc, tok, aux, start, end):
        return "ahead"
    if tok.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in aux):
        return "present"
    return None


_WEEKDAY_IN = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
#: A present passive or adjective that sets an event on a day: "the meeting is set for Saturday",
#: "credit numbers are due on Wednesday".
_SET_FOR = frozenset(("set", "due", "slated", "scheduled"))


def _doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document and kept where the entity rules keep theirs: spaCy
    rebuilds it from every token on each access."""
    text = doc.user_data.get("newsetl_text")
    if text is None:
        text = doc.user_data["newsetl_text"] = doc.text
    return text


def _scheduled_day(doc: Doc, tok: Token, aux: list[Token], start: int, end: int) -> bool:
    """A weekday that a present "be" puts an event on ("The concert is Friday", "The first round is
    on Sunday", "talks are set for Monday") names the coming one: news reports a day that is over
    in the past tense. Only "on"/"for" or no preposition: "prices are unchanged from Friday" looks
    back."""
    if tok.idx >= start or _WEEKDAY_IN.search(_doc_text(doc), start, end) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.pos_ == "ADP":
        if head.lower_ not in ("on", "for"):
            return False
        head = head.head
    if head != tok and head.dep_ == "acomp" and head.lower_ == "due" and head.head == tok:
        head = tok  # "are due on Wednesday"
    if head != tok:
        return False
    if tok.lemma_.lower() == "be" and tok.tag_ in ("VBZ", "VBP") and not aux:
        return any(c.dep_ == "nsubj" for c in tok.children)
    return tok.tag_ == "VBN" and tok.lower_ in _SET_FOR and any(a.tag_ in ("VBZ", "VBP") for a in aux if a.dep_ == "auxpass")


#: Verbs whose past tense is spelled as their present: a "VBP" tag on them says nothing of the tense.
_PAST_LIKE_PRESENT = frozenset(
    "bet bid broadcast burst cast cost cut forecast hit hurt let put quit read rid set shed shut split spread"
    " thrust upset beat".split()
)


def _adjunct_of(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """The day at ``start:end`` modifies ``verb`` itself ("meets Wednesday", "continue on Sunday"),
    not a noun of its clause ("remains optimistic despite the fall ... on Monday"), and is not
    possessive ("from Monday's turmoil": a day naming an event of its own)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
        if head.dep_ == "dobj" and head.head == verb:
            return True  # "begins a state visit on Tuesday": the parser hangs the date on the object
    return head == verb


_PASSIVE_BE = re.compile(r"\bbe\s+$", re.I)


def _tense_from_text(text: str, start: int, end: int) -> str | None:
    lo = max(0, start - 200)
    hi = min(len(text), end + 200)
    left = text[lo:start]
    breaks = list(_SENT_BREAK.finditer(left))
    if breaks:
        lo += breaks[-1].end()
    right_m = _SENT_BREAK.search(text, end, hi)
    if right_m:
        hi = right_m.start()
    best: tuple[int, str] | None = None
    for pattern, label in ((_FUTURE_WORDS, "future"), (_PAST_WORDS, "past")):
        for m in pattern.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            if label == "past" and _PASSIVE_BE.search(text, max(lo, m.start() - 6), m.start()):
                continue  # "talks will be held July 13": a participle after "be" tells no tense
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


#: Goods traded forward: "for June delivery", "July soymeal", "May shipment" name a coming month.
# ("January shipments rose" are statistics, so only the singular, forward, forms count)
_FORWARD_BEFORE = re.compile(
    # futures talk names contracts by month: "bought new crop November", "distant December",
    # "spreading July/Nov"; a dividend is "payable June 22 to holders of record on June Eight"
    r"\b(?:(?:deliver(?:y|ies)|loadings?|arrivals?)\s+(?:in|for|during)|near(?:by)?|spot|(?:new|old)[\s-]+crop|distant|deferred"
    r"|spreading|payable(?:\s+(?:on|in|from))?|of\s+record(?:\s+(?:on|as\s+of))?|(?:maturing|expiring)\s+(?:in|on)|no\s+earlier\s+than"
    # a vessel's loading window: "laydays of April 15-30", "NS/DNS laydays include July 1-10"; "the
    # barley is for shipment May 5-20"
    r"|laydays(?:\s+(?:of|for|include|includes|including|from))?|for\s+shipment"
    # "ended their meeting, promising further talks in May": talks still to come, whatever the verb
    r"|(?:further|fresh|more|follow-up|another\s+round\s+of)\s+(?:talks|negotiations|meetings?|discussions|consultations)\s+(?:in|on|by|during))\s+$",
    re.I,
)
_FORWARD_AFTER = re.compile(
    r"(?:[/-][A-Z][a-z]+)?\s+(?:delivery|shipment|loading|arrival|contract|futures|options|position)\b"
    # a shipping window: "for October 1-15 and December 5-20 delivery"
    r"|\s*-\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:deliver(?:y|ies)|shipments?|loadings?|arrivals?)\b"
    # a run of months names a trading position, whatever the noun's number: "Jun/Jul shipments
    # of coconut oil", "for Aug/Sept/Oct shipment", "Aug/Oct call traded at 357.50 dlrs"
    r"|(?:[/-][A-Z][a-z]+)+\s+(?:deliver(?:y|ies)|shipments?|loadings?|arrivals?|calls?|puts?|positions?|spreads?)\b"
    r"|(?:[/-][A-Z][a-z]+)+\s+(?:(?:went|going|traded|trading|sold|offered|quoted|was\s+quoted|done)\s+)?at\s+\d"  # "Aug/Sept at 1,870 dlrs", "June/July going at 1,850"
    # a contract month quoted in a market report: "July was up 13.1 cents at 6.785 dlrs", "June and
    # July closed seven ringgit firmer at 746 and 742 ringgit"
    r"|(?:\s*(?:,|and)\s*[A-Z][a-z]+)*\s+(?:was|were|closed|ended|settled|finished|opened)\s+(?:[\w.-]+\s+){0,3}?(?:cents?|points?|dlrs?|ringgit|stg|yen|ticks?)\s+(?:[a-z]+\s+)?at\s+\d"
    # a price against another month: "traded for June at 20-1/2 cents over July", "June - 21 ov Jly bid"
    r"|\s+(?:at|-)\s+\d[\d/-]*\s+(?:cents?\s+)?(?:over|under|ov|un)\b"
    # stock index futures: "June S and P 500s", "June S and Ps"
    r"|\s+S\s*(?:and|&)\s*Ps?\b"
    # a futures contract named by its month: "June yen closed at", "the June Canadian dollar", "July soymeal"
    r"|(?:\s+(?!(?:for|of|in|on|to|at|and|or|by|from)\b)[\w&.-]+){0,3}?\s+(?:futures|calls|puts)\b"
    r"|\s+(?:(?:Canadian|British|Swiss|Japanese|Australian|West\s+German)\s+)?(?:yen|sterling|dollar|pound|mark|franc"
    r"|soybeans|soymeal|soyoil|soybean\s+(?:oil|meal)|corn|wheat|oats|sugar|cocoa|coffee|cotton|gold|silver|copper|platinum"
    r"|crude|heating\s+oil|live\s+cattle|hogs|pork\s+bellies|T-bonds?|Eurodollars?)\b"
    r"(?!\s+(?:exports?|imports?|sales|output|production|shipments|crush|stocks|prices|consumption|purchases|receipts|loans?|bills?|notes?|bonds?))"
)
_AMOUNT_COMPARED = re.compile(rf"\b(?:from|than|against|compared\s+(?:with|to)|versus|vs)\s+(?:[^,;:().]|\.(?=\d))*?\d(?:[^,;:().]|\.(?=\d))*?\s+(?:in|during)\s+(?:both\s+)?(?:{_MONTH_RE}\s+(?:and|or)\s+)?$", re.I)
_CARGO_FOR = re.compile(r"\b(?:tonnes|tons|cargoes|cargo|bales|bags|lots)\b[^.;\n]{0,50}\bfor\s+$", re.I)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that)\s+$", re.I)
_MONTH_DAY_ALONE = re.compile(rf"{_MONTH_RE}\s*(?:[12]\d|3[01]|0?[1-9])")
_POSSESSOR_BEFORE = re.compile(r"(?-i:[A-Z])[\w.&-]*'s\s+$")
_POSSESSIVE_MONTH = re.compile(r"'s\s+(?-i:[a-z]{3,})\b")
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:of|to|and|or|is|was|were|has|had|will|would|as|at|in|on|for|from|by|with|when|that|which|this|last|next|\d))[A-Za-z][a-z]+\b")


_DUE_TO = re.compile(
    r"(?:(?P<had>\bhad\s+been\s+)|(?P<was>\b(?:was|were)\s+))?\bdue\s+to\s+(?:start|begin|open|close|end|expire|resume|run|take\s+effect|be\s+[a-z]+ed)"
    # "is due to start producing Mazda 626 saloon cars from September"
    r"(?:\s+(?:(?:on|in|by|at)\s+)?|\s+[a-z]+ing(?:\s+[\w-]+){0,4}?\s+(?:from|in|by)\s+)$",
    re.I,
)


_DUE_BACK = re.compile(r"(?P<was>\b(?:was|were|had\s+been)\s+)?\bdue\s+(?:back|home)\b(?:\s+[\w.-]+){0,4}?\s+(?:(?:on|in|by|at)\s+)?$", re.I)


def _local_cue(text: str, start: int, end: int) -> str | None:
    """Tense cues from the words right around a month that outweigh the clause's verb.

    "future" for forward trade ("Gold for delivery in June", "July soymeal"); "none" (pick the
    nearest year) for a period "ending July 31", which is still running, and a date something
    is "due in"; "attributive" for a month
    naming an event ("the June summit", "their February accord"): the clause may speak of another
    time, so its tense only decides within half a year ("the October slaying" in April is past)."""
    before = text[max(0, start - 30) : start]
    if _FORWARD_BEFORE.search(before) or _FORWARD_AFTER.match(text, end):
        return "future"
    if _CARGO_FOR.search(text, max(0, start - 70), start) and _RANGE_END.match(text, end):
        return "future"  # "210,000 tonnes of soft red winter for Aug/Sept": a shipment period
    if re.search(r"\b(?:tomorrow|tonight)\s+(?:or|and)\s+(?:on\s+)?$|\bbetween\s+now\s+and\s+(?:the\s+end\s+of\s+)?$|\bfrom\s+now\s+(?:until|till|to|through)\s+$", before, re.I):
        return "future"  # "may wait until tomorrow or Monday", "to be shipped between now and June"
    if re.search(r"\b(?:ending|ends)\s+(?:(?:on|in|by)\s+)?$|\b(?:current|this)\s+(?:(?:fiscal|financial|business)\s+)?year\s+to\s+$", before, re.I):
        return "running"  # "in the current year to September 30" runs still
    if re.search(r"\bdue\s+(?:(?:on|in|by)\s+)?$", before, re.I):
        return "none"
    if _AMOUNT_COMPARED.search(text, max(0, start - 60), start):
        return "past"  # "expected to show a deficit of 13 billion dlrs, from a provisional 14.8 billion in January"
    back = _DUE_BACK.search(text, max(0, start - 60), start)
    if back:
        return None if back.group("was") else "future"  # "Okongwu ... is due back in Nigeria on Monday"
    due = _DUE_TO.search(text, max(0, start - 60), start)
    if due:
        # "its new clearing system, due to start May 29": a plan still ahead, whatever the clause
        # around it reports; "had been due to expire Friday" is a plan already over
        return "past" if due.group("had") else None if due.group("was") else "future"
    if re.fullmatch(_MONTH_RE, text[start:end]) and _ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(text, end):
        return "attributive"
    if _MONTH_DAY_ALONE.fullmatch(text, start, end) and _ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(text, end):
        return "attributive"  # "expected the August 13 purchase to reduce earnings": the purchase's own day
    if re.fullmatch(_MONTH_RE, text[start:end]) and (
        _POSSESSOR_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(text, end) or _POSSESSIVE_MONTH.match(text, end)
    ):
        return "attributive"  # "El Paso Electric's January rate case", "maintain January's suspension"
    return None


# -- the tagger -----------------------------------------------------------------------------------


@dataclass
class _Ctx:
    text: str
    dct: date | None
    doc: Doc | None
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_day: date | None = None
    last_day_end: int = -1
    """Where the expression that set ``last_day`` ends."""
    event_day: date | None = None
    """The first day before the document date the text wrote out with its month ("the Oct. 23
    slaying", "was shot to death on the night of Oct. 23"): when the story's event happened, which
    "the weeks before the shooting" counts from. A news story dates its main event first and later
    days are developments ("the rifle was found April 8"); a weekday or "yesterday" is the news
    cycle's day, not the event's."""
    week_day: date | None = None
    """The last day a week was named by ("in the week ended April 2"): what "the prior week" steps
    from, whatever day a later clause names ("the next marketing year, which begins September 1")."""
    last_week: tuple[str, int] | None = None
    """(value, end offset) of the last week the text named ("in the middle of last week")."""
    last_month: tuple[int, int] | None = None
    last_month_end: int = -1
    last_month_compared: bool = False
    """Whether the last month written was itself a comparison's value ("from a year earlier")."""
    month_named: tuple[int, int, int] | None = None
    """(year, month, end offset) of the last month the narrative moved to ("last October"), not as
    part of a day."""
    named_quarter: tuple[int, int, int] | None = None
    """(year, quarter, end offset) of the last ordinal quarter written, a forecast one too."""
    fiscal: tuple[str, date, date] | None = None
    """(value, first day, last day) of the last quarter the text dated by the day it closed."""
    focus_month: tuple[int, int] | None = None
    focus_month_end: int = -1
    """The last month written as what the text reports on, not as a comparison ("above the
    December, 1985 level", "the same month last year"): what "for the month" means."""
    focus_months: set[tuple[int, int]] = field(default_factory=set)
    """Every month written as reported on at least once (``focus_month``'s values so far)."""
    tense_cache: dict[tuple[int, int], str | None] = field(default_factory=dict)
    short_window: set[tuple[int, int]] = field(default_factory=set)
    running: set[tuple[int, int]] = field(default_factory=set)
    """Dates a period "ending"/"ends" at: the period still runs at the time of writing."""
    last_period: tuple[str, int, int] | None = None
    """The reporting period the text named last: ("month", year, month) or ("quarter", year, q)."""
    last_end: int = -1
    """Where the last timex written ends."""
    dated: list[tuple[int, int, date]] = field(default_factory=list)
    """(start, end, first day) of each calendar DATE written so far: what dates a reported act."""
    headline: tuple[str, date] | None = None
    """(period, closing day) of the results period the story's headline dates and the text may
    not: "ZAYRE CORP 4TH QTR JAN 31 NET" is ("Q4", 1987-01-31); the period is "Q1".."Q4", "year"
    or "part" (nine or six months, a half)."""
    ref_time: tuple[int, int | None, int, bool] | None = None
    """TimeML's reference time for year anaphora: (year, quarter or None, end offset, introduced by
    a preposition) of the last year or quarter the text named ("in 1986", "last year", "the second
    quarter of 1987")."""

    def ref_year(self, start: int, carry: bool = True) -> tuple[int, int | None] | None:
        """The reference time when this sentence or the one before names it: "the previous year",
        "a year earlier" count from it ("Gross profit for 1986 reached 340.5 mln francs. Gross
        profits for the previous year had been 382.5 mln" is 1985). TimeML keeps the reference
        time until the narrative moves it; further back than one sentence the news story has
        usually returned to the DCT, which then anchors. A year named as the point of comparison
        ("than in December 1985.") never becomes the reference time (see ``_make``), and only a
        time the sentence before hangs on a preposition carries ("at 30 September 1986. A year
        earlier"; not the "1985 net" of an earnings note). ``carry=False`` keeps to the sentence."""
        if self.ref_time is None:
            return None
        year, quarter, end, adjunct = self.ref_time
        breaks, last_break = 0, -1
        for m in _SENT_BREAK.finditer(self.text, end, start + 1):  # the lookahead reads the first letter
            word = re.search(r"(\w+)\W*$", self.text[max(0, m.start() - 6) : m.start() + 1])
            if not (word and m.group(0)[0] == "." and _ABBREV.fullmatch(word.group(1))):
                breaks, last_break = breaks + 1, m.end() - 1  # "U.S. Dlrs", "Corp. said" end no sentence
            if breaks > 1:
                return None
        if breaks and not (carry and adjunct):
            return None
        if breaks and self.last_end > last_break:
            # the sentence names a time of its own ("profit in the five-month period ... down 33
            # pct from a year earlier"): the year of the sentence before is not what it talks about
            return None
        return year, quarter

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.tense_cache:
            cue = _local_cue(self.text, start, end)
            if cue == "attributive":
                self.short_window.add(key)
            elif cue == "running":
                self.running.add(key)
                self.tense_cache[key] = None
            elif cue is not None:
                self.tense_cache[key] = None if cue == "none" else cue
        if key not in self.tense_cache and _RESCHEDULED_TO.search(self.text[max(0, start - 50) : start]):
            self.tense_cache[key] = "future"  # "has been accelerated to noon on Friday": the new time lies ahead
        if key not in self.tense_cache and _FUTURE_PREP.search(self.text[max(0, start - 20) : start]):
            t = _tense_from_doc(self.doc, start, end) if self.doc is not None else None
            # "by February", "until Thursday" look ahead unless the clause is plainly past ("was
            # repaid by June", "until Thursday they had not called him a suspect"); a past deferral
            # still points ahead ("postponed until Tuesday", "has given them until 9 a.m. Tuesday")
            bounded = _BOUND_PREP.search(self.text[max(0, start - 14) : start]) is not None
            if bounded and t == "past" and self.doc is not None:
                verb = _verb_of(self.doc, start, end)
                bounded = verb is None or verb.lemma_.lower() not in _DEFER_VERBS
            # "as early as March" follows the clause ("was founded as early as 1985" looks back)
            soft = re.search(r"as\s+(?:soon|early)\s+as\s+$", self.text[max(0, start - 16) : start], re.I) is not None
            self.tense_cache[key] = "past" if t == "past" and (bounded or soft) else "future"
        if key not in self.tense_cache and _PAST_PREP.search(self.text[max(0, start - 60) : start]):
            self.tense_cache[key] = "past"  # "since Oct. 23", "since shortly after the Oct. 23 slaying"
        if key not in self.tense_cache:
            t = _tense_from_doc(self.doc, start, end) if self.doc is not None else None
            if t is None:
                t = _tense_from_text(self.text, start, end)
            self.tense_cache[key] = t
        return self.tense_cache[key]


@dataclass(frozen=True)
class _Norm:
    type: str
    value: str
    mod: str | None = None
    anchor: str = "none"
    year_inferred: bool = False
    gran: str | None = None
    cut_left: int = 0
    cut_right: int = 0
    """Absolute offset where the extent really starts, when a rule matched a leading signal word."""
    comparison: bool = False
    """Counted back or forth from the reference time ("a year earlier"): it does not move it."""
    split_tail: bool = False
    """The second year of "1986/87": the year in focus stays the first ("during that year")."""
    month_of: tuple[int, int] | None = None
    """(year, month) a week value was counted in ("the last week of February"): the month in focus."""
    span: tuple[date, date] | None = None
    """The days the text itself states, when they are not the value's calendar span (a fiscal
    quarter dated by its closing date)."""


Handler = Callable[[re.Match[str], _Ctx, int, int], _Norm | None]


def _date_norm(value: str, anchor: str, inferred: bool = False, type_: str = "DATE") -> _Norm:
    return _Norm(type_, value, None, anchor, inferred)


def _rel(ctx: _Ctx, gran: str, shift_unit: str | None = None, n: int = 0) -> _Norm:
    if ctx.dct is None:
        return _Norm("DATE", _UNDERSPECIFIED[gran], None, "none", False)
    d = _shift(ctx.dct, shift_unit, n) if shift_unit else ctx.dct
    return _Norm("DATE", _fmt(d, gran), None, "dct", True)


def _nearest_year(ctx: _Ctx, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year putting month(/day) nearest the DCT, preferring past or future by tense."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        if day is None:
            first = date(y, month, 1)
            last = date(y, month, calendar.monthrange(y, month)[1])
            if first <= dct <= last:
                dist, side = 0, 0
            elif last < dct:
                dist, side = (dct - last).days, -1
            else:
                dist, side = (first - dct).days, 1
        else:
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            dist, side = abs((d - dct).days), (d > dct) - (d < dct)
        cands.append((dist, side, y))
    if not cands:
        return None
    cands.sort()
    tense = ctx.tense(start, end)
    if (start, end) in ctx.running and cands[0][1] < 0 and cands[0][0] > 150:
        # "the full year (ending October 31)" in April: a period still running ends ahead; news
        # reports on a closed period months later say "ended" ("Qtr ends Jan 31" in March is the
        # one just reported)
        ahead = [c for c in cands if c[1] > 0 and c[0] <= 220]
        if ahead:
            return ahead[0][2]
    want = -1 if tense == "past" else 1 if tense == "future" else 0
    if tense == "future" and ctx.doc is not None and _local_cue(ctx.text, start, end) is None:
        act = _reported_plan(ctx.doc, start, end)
        if act is not None:
            acted = _act_date(ctx, act, start)
            if acted is not None:
                # "OPEC agreed in December to reintroduce fixed prices from February 1" (June): the
                # plan lies ahead of the act the text dates, not of the story
                after = [c for c in cands if _cand_last(c[2], month, day) >= acted]
                if after:
                    return min(after, key=lambda c: c[2])[2]
    if want:
        # within ten months the tense decides ("said it rose in December" in January is last
        # December); further out the nearest year wins whatever the tense
        window = 200 if (start, end) in ctx.short_window else 300
        preferred = [c for c in cands if c[1] in (0, want) and c[0] <= window]
        if preferred:
            return preferred[0][2]
    return cands[0][2]


def _cand_last(year: int, month: int, day: int | None) -> date:
    return date(year, month, day if day is not None else calendar.monthrange(year, month)[1])


#: Verbs whose past reports a plan made then: what their infinitive names lies ahead of that act,
#: which may be long over ("agreed in December to reintroduce fixed prices from February 1").
_PLAN_VERBS = {"agree", "decide", "plan"}
_SAY_VERBS = {"say", "announce", "tell", "state", "indicate"}


def _reported_plan(doc: Doc, start: int, end: int) -> Token | None:
    """The past verb of a plan or promise the clause holding ``start:end`` reports ("agreed to",
    "decided to", "planned to", "said it would"); None when the clause looks ahead of the story
    itself ("has agreed to", "says it will")."""
    tok = _verb_of(doc, start, end)
    if tok is not None and tok.dep_ == "prep" and tok.tag_ == "VBG":
        tok = tok.head  # "starting February 1": the participle is a preposition of the clause's verb
    if tok is None or _reporting_verb(tok, start, end) is not tok:
        return None
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.tag_ == tok.tag_:
        tok = tok.head  # "agreed ... to cut output ... and to return to fixed prices starting February 1"
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    head = tok.head
    if head is tok or head.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    if tok.tag_ == "VB" and any(a.lower_ == "to" for a in aux) and _lemma(head) in _PLAN_VERBS:
        return head
    if tok.dep_ == "ccomp" and any(a.lower_ == "would" for a in aux) and head.lemma_.lower() in _SAY_VERBS:
        return head
    return None


def _act_date(ctx: _Ctx, act: Token, start: int) -> date | None:
    """The first day of the date the text gives the reported act ("agreed in December", "said on
    Monday it would"), when it lies before the story; None when the act is undated."""
    assert ctx.doc is not None
    for s, e, first in reversed(ctx.dated):
        if e > start or ctx.dct is None or first >= ctx.dct:
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0 or span.sent != act.sent:
            continue
        tok = span.root
        for _ in range(3):
            if tok.head is tok:
                break
            tok = tok.head
            if tok == act:
                return first
            if tok.pos_ in ("VERB", "AUX"):
                break
        if act.idx < s and any(e <= _clause_start(c) for c in act.children if c.dep_ in ("xcomp", "ccomp")):
            return first  # "said in January it would close": the parser hangs the date on the clause
    return None


def _clause_start(verb: Token) -> int:
    """Where a complement clause begins its own words: its subject, auxiliary or "to"."""
    return min((c.left_edge.idx for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")), default=verb.idx)


_CURRENT_PERIOD = re.compile(r"(?:the\s+)?(?:current|this|latest)\b", re.I)


def _year_in_focus(ctx: _Ctx, s: int) -> int | None:
    """The year of TimeML's reference time when this sentence or the one before named it."""
    if ctx.ref_time is None:
        return None
    breaks = sum(1 for _ in _SENT_BREAK.finditer(ctx.text, ctx.ref_time[2], s))
    return ctx.ref_time[0] if breaks <= 1 else None


#: "first-half 1986/87 net", "the first half to December 31": a fiscal half, which the calendar does not place
_FISCAL_HALF_AFTER = re.compile(r"\s+(?:(?:fiscal\s+|financial\s+|year\s+)?\d{4}|to|ended|ending|through|(?-i:Shr|Net|Revs?|Sales|Oper|Loss|Profit))\b", re.I)
_FORECAST_BEFORE = re.compile(r"(?<!than\s)\b(?:expected|forecast|projected|predicted|seen)\s+(?:in|for|during)\s+$", re.I)


def _period_year(ctx: _Ctx, first_month: int, n_months: int, s: int, e: int) -> int:
    """Year of a quarter/half written without one: the DCT's year unless the tense points across
    the year boundary ("rose in the fourth quarter" in January means last year's)."""
    assert ctx.dct is not None
    y = ctx.dct.year
    start = date(y, first_month, 1)
    end = _add_months(start, n_months) - timedelta(days=1)
    # "with further growth expected in the second half": the participle forecasts, whatever the clause's tense
    tense = "future" if _FORECAST_BEFORE.search(ctx.text, max(0, s - 30), s) else ctx.tense(s, e)
    if tense == "past" and start > ctx.dct:
        return y - 1
    if tense == "past" and n_months == 6 and (end - ctx.dct).days > 60 and not _FISCAL_HALF_AFTER.match(ctx.text, e) \
            and _year_in_focus(ctx, s) == y - 1 and not _CURRENT_PERIOD.match(ctx.text, s):
        # a half reported on as past, months before it closes, in a text about last year is that
        # year's ("its fourth 1986 quarter ... downstream operations also affected in the first
        # half", written in March); a company's fiscal "first half" in March is this year's
        return y - 1
    if tense is None and start > ctx.dct + timedelta(days=120):
        # an untensed quarter that starts more than four months after the document date ("Note:
        # 4th qtr figures not given" in March) is the one last reported, not one far ahead
        return y - 1
    if tense == "future" and end < ctx.dct and (ctx.dct - end).days > 120:
        return y + 1
    return y


def _weekday_date(ctx: _Ctx, weekday: int, start: int, end: int, rel: str | None) -> date:
    assert ctx.dct is not None
    dct = ctx.dct
    back = (dct.weekday() - weekday) % 7
    fwd = (weekday - dct.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return dct - timedelta(days=back or 7)
    if rel in ("next", "coming", "following"):
        return dct + timedelta(days=fwd or 7)
    if rel == "this":
        return dct - timedelta(days=dct.weekday()) + timedelta(days=weekday)
    tense = ctx.tense(start, end)
    if tense in ("future", "ahead"):
        # "winds may ease Saturday", "could vote as early as Monday": a possibility lies ahead
        return dct + timedelta(days=fwd)
    return dct - timedelta(days=back)


# Patterns are registered with a handler; _PATTERNS is compiled once into a list.
_PATTERNS: list[tuple[re.Pattern[str], Handler, int]] = []


def _rule(pattern: str, prio: int = 0, after_dash: str | None = None) -> Callable[[Handler], Handler]:
    """``after_dash``: what may start a match right after "9-", which no rule reads otherwise (a
    year's, a score's or a compound's dash): "Nov 18-Dec 19, 2015" needs its second month."""
    head = r"(?<!\d-)" if after_dash is None else rf"(?:(?<!\d-)|(?<=\d-)(?={after_dash}))"

    def deco(fn: Handler) -> Handler:
        _PATTERNS.append((re.compile(r"(?<![\w])" + head + r"(?:" + pattern + r")(?![\w])", re.I), fn, prio))
        return fn

    return deco


_YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
#: British and Commonwealth copy (and Wikinews) say "financial year/quarter" for "fiscal".
_FISCAL = r"(?:fiscal|financial)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _month_of(s: str) -> int:
    return _MONTH_NAMES[s.lower().rstrip(".")]


def _slipped_day(month: int, day: int) -> int:
    """"fiscal 1987 ending September 31": a 31st in a 30-day month is a slip for the month's last
    day, its closing date."""
    return 30 if day == 31 and month in (4, 6, 9, 11) else day


def _yearless_day(ctx: _Ctx, month: int, day: int, s: int, e: int) -> _Norm | None:
    """A month and day the text gives no year: the year a list or the tense around it points to,
    else none at all without a document date (never the machine's clock)."""
    year = _listed_year(ctx, month, s)
    if year is None:
        year = _nearest_year(ctx, month, day, s, e)
    if year is None:
        return _date_norm(f"XXXX-{month:02d}-{day:02d}", "none")
    try:
        return _date_norm(date(year, month, day).isoformat(), "dct", True)
    except ValueError:
        return None  # "February 29" in a year without one


def _nearest_century(ctx: _Ctx, yy: int) -> int:
    """A two-digit year in the century that puts it nearest the document date (the 1900s without one)."""
    if ctx.dct is None:
        return 1900 + yy
    c = ctx.dct.year // 100 * 100
    return min((c - 100 + yy, c + yy, c + 100 + yy), key=lambda x: abs(x - ctx.dct.year))  # type: ignore[union-attr]


def _day_of(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))  # type: ignore[union-attr]


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY_RE}|{_UPPER_WEEKDAY_RE}),?\s+)?(?:(?P<m1>{_MONTH_RE}|(?-i:Mar|Jun|Jul)(?= \d{{1,2}}\b(?![-/]\d))|(?-i:MAY)(?=\s+\d))\s*(?P<d1>{_DAY_RE})(?!:\d)"
    # "as of 4 November 02:00 GMT": a day-first date before a 24-hour clock is no "November 02"
    rf"|(?:the\s+)?(?P<d2>{_DAY_RE})(?:\s+of)?\s+(?P<m2>{_MONTH_RE})(?!\s+\d{{1,2}}\b(?!:\d)))"
    # "Dec. 31 , 1994": wire copy sometimes keys a space before the year's comma
    rf"(?:(?:[ \t]?,\s*|\s+)(?P<y>{_YEAR_RE}|'\d\d))?",
    prio=5,
    after_dash=rf"(?-i:(?=[A-Z])){_MONTH_RE}\.?\s*{_DAY_RE}\b",
)
def _month_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if m.group("m1") == "MAY" and not (m.group("y") or (m.group("wd") or "").isupper()):
        return None  # "PRICES MAY 10 PCT HIGHER": all-caps "MAY" is a month only in a full date
    month = _month_of(m.group("m1") or m.group("m2"))
    day = _slipped_day(month, _day_of(m.group("d1") or m.group("d2")))
    if m.group("y"):
        y = m.group("y")
        # "18 Sep '05" in a 2009 story is 2005: the century that puts the year nearest the DCT
        year = int(y) if len(y) == 4 else _nearest_century(ctx, int(y[1:]))
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return _date_norm(d.isoformat(), "text")
    split_end = _split_year_end(ctx, s)
    if split_end is not None:
        return _date_norm(date(split_end, month, day).isoformat(), "text")
    closing = _RANGE_DAY_YEAR_AHEAD.match(ctx.text, e)
    if closing is not None:
        # "from Nov. 18 to Dec. 19, 2015": the year closing the range dates its first day too
        # (the year before when the range runs over New Year: "Nov 18-Jan 5, 1988")
        year = int(closing.group("y")) - (month > _month_of(closing.group("m")))
        return _date_norm(date(year, month, day).isoformat(), "text")
    rel = _REL_BEFORE_DAY.search(ctx.text, max(0, s - 6), s)
    if rel is not None and ctx.dct is not None:
        # "ruled provisionally last June 18": the word fixes the side of the DCT (HeidelTime's
        # date_r17c); TimeBank leaves it out of the extent ("shot to death last Oct. 23", NYT19990419.0515)
        try:
            cands = [date(y, month, day) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        except ValueError:
            return None
        if rel.group(1).lower() == "last":
            d = max(c for c in cands if c < ctx.dct)
        else:
            d = min(c for c in cands if c > ctx.dct)
        return _date_norm(d.isoformat(), "dct", True)
    closed = ctx.named_quarter
    if closed is not None and 0 <= s - closed[2] <= 12 and _APPOSITIVE_ENDED_BEFORE.search(ctx.text, max(0, s - 120), s):
        # the day closing a year-ago quarter named in apposition ("the comparable year-ago quarter, the
        # second quarter ended Oct. 31") is in that quarter's year, not the one nearest the DCT
        year = closed[0] + (month < 3 * closed[1] - 2)
        try:
            return _date_norm(date(year, month, day).isoformat(), "dct", True)
        except ValueError:
            return None
    return _yearless_day(ctx, month, day, s, e)


#: the second end of a range of days that writes the year: "Nov 18-Dec 19, 2015", "to December 19, 2015";
#: the dash is unspaced, as a dateline's " - " is not a range ("LOS ANGELES, March 23 - March 31, 1986 end")
_RANGE_DAY_YEAR_AHEAD = re.compile(rf"(?:-|\s+(?:to|through|until|till|and)\s+)(?P<m>{_MONTH_RE})\.?\s*{_DAY_RE},?\s+(?P<y>{_YEAR_RE})\b")


@_rule(rf"(?P<d0>[0-3]?\d)-(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH_RE})(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<y>{_YEAR_RE}))?", prio=5)
def _day_range_month(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"4-22 January 1995": the range's second day, written before its month; its first day is
    tagged apart with the same month and year (the rules read no day after "4-" on their own)."""
    month, first, day = _month_of(m.group("m")), int(m.group("d0")), int(m.group("d"))
    if not 1 <= first < day <= calendar.monthrange(2000, month)[1]:
        return None
    if m.group("y"):
        norm = _date_norm(date(int(m.group("y")), month, day).isoformat(), "text")
    else:
        found = _yearless_day(ctx, month, day, m.start("d"), e)
        if found is None:
            return None
        norm = found
    return replace(norm, cut_left=m.start("d"))


_ORDINAL_APPOSITIVE = re.compile(rf",\s+the\s+(?:{_FISCAL}\s+)?(?P<ord>first|second|third|fourth)\s+(?:{_FISCAL}\s+)?quarter,?\s+(?:ended|ending)\b", re.I)
_APPOSITIVE_ENDED_BEFORE = re.compile(
    rf"\b(?:year-ago|year-earlier|year\s+ago|year\s+earlier|prior-year|last\s+year's)\s+(?:{_FISCAL}\s+)?(?:quarter|qtr|period),"
    r"\s+[\w\s-]{0,40}?\bquarter,?\s+(?:ended|ending)\s+$", re.I)
_REL_BEFORE_DAY = re.compile(r"(?<![\w-])(last|next)\s+$", re.I)


@_rule(r"(?<=, )(?P<m>[A-Za-z]{3,9})\.?\s(?P<d>[0-3]?\d)(?=\s+-\s)", prio=4)
def _dateline_any_case(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """A dateline keyed in lower or mixed case ("omaha, april 7 - barrow and gilt prices rose",
    "NEW YORK, APril 1 - "): the month rules read only the usual cases (lower-case "may" and
    "march" are words), but "<place>, <month> <day> -" at a line's start is a dateline."""
    month = _MONTH_NAMES.get(m.group("m").lower())
    line_start = ctx.text.rfind("\n", 0, s) + 1
    if month is None or s - line_start > 60 or "-" in ctx.text[line_start:s] or not 1 <= int(m.group("d")) <= 31:
        return None
    day = int(m.group("d"))
    year = _nearest_year(ctx, month, day, s, e)
    if year is None:
        return _date_norm(f"XXXX-{month:02d}-{day:02d}", "none")
    return _date_norm(date(year, month, day).isoformat(), "dct", True)


_SPLIT_YEAR_ENDING = re.compile(
    rf"(?<!\d)(?P<y>{_YEAR_RE})[/-](?P<t>\d\d|{_YEAR_RE})(?:\s+[a-z]+){{0,3}},?\s+(?:to|ending|ended|ends|which\s+ends|that\s+ends)\s+(?:on\s+|in\s+)?$"
)


def _split_year_end(ctx: _Ctx, s: int) -> int | None:
    """"fiscal 1986/87 ending June 30", "the 1986/87 financial year to September 30": the split
    year ends in its second year."""
    m = _SPLIT_YEAR_ENDING.search(ctx.text, max(0, s - 60), s)
    return _split_end(int(m.group("y")), m.group("t")) if m else None


_SPELLED_DAY = {w: n for w, n in _SMALL.items() if 1 <= n <= 9}


@_rule(rf"(?P<m>{_MONTH_RE})\s+(?P<d>(?-i:One|Two|Three|Four|Five|Six|Seven|Eight|Nine)|one|two|three|four|five|six|seven|eight|nine)(?:,?\s+(?P<y>{_YEAR_RE}))?", prio=5)
def _month_spelled_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """Reuters spells days under ten: "payable April 15, record April One", "by October one"."""
    d = m.group("d")
    # "set April nine as the target date", "a possible downgrade March nine following investor
    # Martin Sosnoff's bid": a preposition after the number reads a day
    if d.islower() and not m.group("y") and not re.match(r"\s*(?:[,.;:)]|$|(?:and|or|to|through|at|when|after|before|from|for|as|following)\b)", ctx.text[e : e + 11]):
        # "in March two banks failed": a count, not a day; a dividend line's dates are days
        # whatever follows them ("Pay June one Record May one"), and so is the day a span runs
        # from or to ("closed for a week starting August six")
        day_cue = re.search(r"\b(?:pay|payable|record|effective|ended|ending|on|starting|beginning|until|till|since)\s+$", ctx.text[max(0, s - 12) : s], re.I)
        # "left the firm on November six last year": "on" and a following year read a day
        if not day_cue and not re.match(r"\s+(?:last|this|next)\s+year\b", ctx.text[e : e + 16], re.I):
            return None
    name = m.group("m")
    if name.lower() == "may" and not _PREP_BEFORE_MONTH.search(ctx.text[max(0, s - 20) : s]) and not re.search(r"\b(?:record|payable|pay|ended|ending|on)\s+$", ctx.text[max(0, s - 10) : s], re.I):
        return None  # "may one day": the modal (a dividend line's "Pay May One" is a day)
    month, day = _month_of(name), _SPELLED_DAY[d.lower()]
    if m.group("y"):
        return _date_norm(date(int(m.group("y")), month, day).isoformat(), "text")
    return _yearless_day(ctx, month, day, s, e)


_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}  # fmt: skip
# spoken copy writes the compound with a space as often as with a hyphen ("the twenty second of June")
_ORDINAL_DAYS |= {f"{t}{sep}{w}": n + k for t, n in (("twenty", 20), ("thirty", 30)) for w, k in _ORDINAL_DAYS.items() if k <= 9
                  for sep in ("-", " ")}
_ORDINAL_DAYS["thirtieth"] = 30
_ORDINAL_DAY_RE = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))


def _ordinal_day_of(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """The day an ordinal word names in its month (groups ``m``, ``d`` and an optional ``y``)."""
    month, day = _month_of(m.group("m")), _ORDINAL_DAYS[m.group("d")]
    if day > calendar.monthrange(2000, month)[1]:
        return None
    if m.group("y"):
        return _date_norm(date(int(m.group("y")), month, day).isoformat(), "text")
    return _yearless_day(ctx, month, day, s, e)


@_rule(rf"(?P<m>{_MONTH_RE})\s+(?P<d>(?-i:{_ORDINAL_DAY_RE}))(?![\w-])(?:,?\s+(?P<y>{_YEAR_RE}))?", prio=5)
def _month_ordinal_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """A day written as an ordinal word: "rejected by the board of directors February third"."""
    if not m.group("y") and not _ORDINAL_DAY_AFTER.match(ctx.text, e):
        return None  # "the January-March first quarter": the ordinal counts something else
    if m.group("m").lower() == "may" and not _PREP_BEFORE_MONTH.search(ctx.text[max(0, s - 20) : s]):
        return None
    return _ordinal_day_of(m, ctx, s, e)


#: A count before an ordinal makes it a fraction: "a third of March sales", "one fifth of April's output".
_FRACTION_BEFORE = re.compile(r"(?:\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+$", re.I)


@_rule(rf"(?:the\s+)?(?P<d>(?-i:{_ORDINAL_DAY_RE}))\s+of\s+(?P<m>{_MONTH_RE})(?:,?\s+(?P<y>{_YEAR_RE}))?(?![\s.]*\d)", prio=5)
def _ordinal_of_month(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"wrote to the prime minister on the fourth of March", "by the first of July" (a capital
    ordinal names something: "the small Sixth of July Bank")."""
    if _FRACTION_BEFORE.search(ctx.text, max(0, s - 8), s):
        return None
    return _ordinal_day_of(m, ctx, s, e)


_ORDINAL_DAY_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:and|or|to|through|at|when|after|before|from|its|his|her|their|the|a|an|in|for|of|with|by|last|this|next)\b)"
)


def _transpositions(name: str) -> set[str]:
    return {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)} - {name}


#: keying slips in running text: a month name with two letters swapped ("Juen 30, 1987"); the
#: first letter stays, and the swap must not make another word ("Mrach" does not, nor "Arpil")
_MONTH_SLIPS = {t: i for i, m in enumerate(calendar.month_name) if len(m) >= 4 for t in _transpositions(m)}
_ODD_MONTH_RE = "|".join(sorted([*(m for m in calendar.month_name if m), *_MONTH_SLIPS], key=len, reverse=True))


@_rule(rf"(?P<m>{_ODD_MONTH_RE})\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![-/.,:]\d)(?:,?\s+(?P<y>{_YEAR_RE}))?", prio=4)
def _month_day_odd_case(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """A month and day keyed in lower or mixed case or with two letters swapped in ordinary copy
    ("the year ended december 31", "training on APril 15", "on Juen 30, 1987"): TimeML tags the
    expression whatever its spelling. The usual cases are ``_month_day``'s; lower-case "march"
    and "may" (the verb, the modal) count only after a preposition."""
    name = m.group("m")
    if name in _MONTH_SLIPS:
        month = _MONTH_SLIPS[name]
    else:
        if name.istitle() or name.isupper() or name.lower() not in _MONTH_NAMES:
            return None
        month = _MONTH_NAMES[name.lower()]
        if name.islower() and name in ("march", "may", "august") and not _PREP_BEFORE_MONTH.search(ctx.text[max(0, s - 20) : s]):
            return None
    if not m.group("y") and (_NOT_A_DAY_AFTER.match(ctx.text, e) or re.match(r"\s*[-/]\s*\d", ctx.text[e : e + 4])):
        return None  # "july 10 pct", a futures table's "june 26-28"
    day = _slipped_day(month, _day_of(m.group("d")))
    if m.group("y"):
        return _date_norm(date(int(m.group("y")), month, day).isoformat(), "text")
    return _yearless_day(ctx, month, day, s, e)


@_rule(rf"the\s+week\s+of\s+(?P<m>{_MONTH_RE})\s*(?P<d>{_DAY_RE})(?![\d,]*\s*\d{{4}})", prio=5)
def _week_of(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    month, day = _month_of(m.group("m")), _day_of(m.group("d"))
    year = _nearest_year(ctx, month, day, s, e)
    if year is None:
        return _Norm("DATE", "XXXX-WXX", None, "none")
    try:
        return _Norm("DATE", _fmt(date(year, month, day), "week"), None, "dct", True)
    except ValueError:
        return None


_NTH_IN_MONTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "fifth": 5, "5th": 5, "last": -1, "final": -1}  # fmt: skip


@_rule(
    # "day in" stays out: "fell for the second day in March" counts days of falling
    rf"(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)\s+(?:(?P<wd>{_WEEKDAY_RE})\s+(?:of|in)"
    rf"|(?P<u>week|week-?end)\s+(?:of|in)|(?P<day>day)\s+of)\s+(?P<m>{_MONTH_RE})(?:,?\s+(?P<y>{_YEAR_RE}))?(?![\s.]*\d)",
    prio=3,
)
def _nth_in_month(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the fourth week of February", "the last Sunday in April", "the first day of March": a week,
    day or weekend counted within a month. Weekly statistics count a month's weeks by its days (1-7,
    8-14, ..., the last seven), so a week is the ISO week holding the middle of its seven days."""
    month, n = _month_of(m.group("m")), _NTH_IN_MONTH[m.group("n").lower()]
    gran = "day" if m.group("wd") or m.group("day") else "week" if m.group("u").lower() == "week" else "weekend"
    if m.group("y"):
        year, anchor = int(m.group("y")), "text"
    else:
        month_norm = _month_value(ctx, month, s, e)
        if month_norm.value.startswith("X"):
            return _Norm("DATE", f"XXXX-{month:02d}-XX" if gran == "day" else _UNDERSPECIFIED[gran], None, "none")
        year, anchor = int(month_norm.value[:4]), month_norm.anchor
    days = calendar.monthrange(year, month)[1]
    if m.group("wd") or gran == "weekend":
        d = _nth_weekday(year, month, _WEEKDAYS[m.group("wd").lower()] if m.group("wd") else 5, n)
    elif gran == "day":
        d = date(year, month, n if n > 0 else days)
    else:
        d = date(year, month, 7 * (n - 1) + 4 if n > 0 else days - 3)
    if d.month != month:
        return None  # "the fifth Friday of February"
    return _Norm("DATE", _fmt(d, gran), None, anchor, anchor == "dct", month_of=(year, month))


@_rule(rf"(?P<wd>{_WEEKDAY_RE})(?:\s+(?P<p>morning|afternoon|evening|night))?\s+(?:of\s+)?(?P<rel>next|this|last|the\s+(?:following|next|previous))\s+week(?!['\u2019-])", prio=3)
def _weekday_of_week(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"on Monday or Tuesday next week", "on Monday of the following week": the day of the week
    named, not the nearest such day."""
    wd = _WEEKDAYS[m.group("wd").lower()]
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-WXX-{wd + 1}", None, "none")
    weeks = {"next": 1, "this": 0, "last": -1, "following": 1, "previous": -1}[m.group("rel").lower().split()[-1]]
    day = ctx.dct + timedelta(days=wd - ctx.dct.weekday(), weeks=weeks)
    if m.group("p"):
        # "Wednesday evening next week": the part of that day, a DATE as "Sunday night" is
        return _Norm("DATE", f"{day.isoformat()}T{_PART_OF_DAY[m.group('p').lower()]}", None, "dct", True)
    return _Norm("DATE", day.isoformat(), None, "dct", True)


#: what may follow a weekday's day of the month: the clause or the range goes on, no noun it counts
_WEEKDAY_DAY_AFTER = re.compile(r"\s*(?:[,.;:)'\"]|$|(?:and|or|to|through|until|till|at|when|after|before)\b)")


@_rule(rf"(?P<wd>{_WEEKDAY_RE}),?\s+(?:the\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?-i:{_ORDINAL_DAY_RE}))(?![\w-])(?!\s+(?:of\s+)?{_MONTH_RE})", prio=3)
def _weekday_the_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"on Friday the 13th", "Thursday the 21st": the day of a month near the DCT that falls on
    that weekday, not the nearest Friday with the day's number left out of the extent."""
    if not _WEEKDAY_DAY_AFTER.match(ctx.text, e):
        return None  # "announced on Tuesday the first generation", "Friday, the fourth decline": a count
    raw = m.group("d")
    day = _ORDINAL_DAYS[raw] if raw in _ORDINAL_DAYS else _day_of(raw)
    wd = _WEEKDAYS[m.group("wd").lower()]
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-XX-{day:02d}", None, "none")
    first = date(ctx.dct.year, ctx.dct.month, 1)
    cands = []
    for k in range(-6, 7):
        month = _add_months(first, k)
        if day <= calendar.monthrange(month.year, month.month)[1]:
            cands.append(month.replace(day=day))
    fits = [c for c in cands if c.weekday() == wd]
    if not fits:
        return None  # "Friday the 30th" in no month near the story: a slip, not a day to guess
    return _Norm("DATE", min(fits, key=lambda c: abs((c - ctx.dct).days)).isoformat(), None, "dct", True)


@_rule(r"the\s+(?P<u>week|weekend|month|year)\s+after\s+(?:the\s+)?next(?![\w-])", prio=3)
def _after_next(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the week after next", "the year after next": two units on from the DCT's."""
    unit = m.group("u").lower()
    return _rel(ctx, unit, "week" if unit == "weekend" else unit, 2)


@_rule(rf"(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+week\s+of\s+(?:(?P<y>{_YEAR_RE})|(?P<rel>this|next|last)\s+year)(?![\w-])", prio=3)
def _nth_week_of_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the first week of 2015", "the last week of 2015": the year's ISO week (a year's weeks are
    counted as a month's are, by the week holding the middle of its seven days); "last week"
    inside it is not the week before the DCT."""
    if m.group("y"):
        year, anchor = int(m.group("y")), "text"
    elif ctx.dct is not None:
        year, anchor = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[m.group("rel").lower()], "dct"
    else:
        return _Norm("DATE", "XXXX-WXX", None, "none")
    n = _NTH_IN_MONTH[m.group("n").lower()]
    d = date(year, 1, 7 * (n - 1) + 4) if n > 0 else date(year, 12, 28)
    return _Norm("DATE", _fmt(d, "week"), None, anchor, anchor == "dct")


@_rule(r"the\s+week(?='s\b|\s*[,.;:])", prio=1)
def _the_week(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"For the week, the index dropped 3.8%": the week of the day in focus, else the DCT's."""
    if ctx.last_day is not None:
        return _Norm("DATE", _fmt(ctx.last_day, "week"), None, "text")
    return _rel(ctx, "week")


_UNIT_ENDED_AFTER = re.compile(rf"\s+(?:ended|ending)\s+(?:{_MONTH_RE}|{_WEEKDAY_RE}|yesterday|today)\b|\s+to\s+(?:{_MONTH_RE}|{_WEEKDAY_RE}|end-)", re.I)


@_rule(r"(?:the\s+)?(?P<u>week|month)(?=\s+(?:ended|ending|to)\s)", prio=2)
def _unit_ended(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"in the week ended March 21", "the month to end-October": as TimeBank tags "the year ended
    March 31", the week or month a report covers is a DURATION one unit long and its last day a
    DATE of its own. Reuters' telegraphic "in week ended" drops the article."""
    if _UNIT_ENDED_AFTER.match(ctx.text, e) is None:
        return None
    if not m.group(0).lower().startswith("the") and not re.search(r"\b(?:in|for|of|during)\s+$", ctx.text[max(0, s - 8) : s], re.I):
        return None
    return _Norm("DURATION", "P1W" if m.group("u").lower() == "week" else "P1M", None, "none")


@_rule(r"(?P<p>for|during|over|in|throughout)\s+(?P<d>the\s+(?:full\s+|whole\s+|entire\s+)?month)(?![-\w]|\s+(?:of|before|after|ended|ending|to|earlier|ago|later|in|on)\b)", prio=1)
def _the_month(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"Total exports for the month fell 20.9 pct" after "in February": as "For the week, the
    index dropped 3.8%" in TimeBank, the month in focus; with none named the phrase says no date."""
    focus = _month_in_focus(ctx, s)
    if focus is None:
        return None
    y, mo = focus
    return _Norm("DATE", f"{y:04d}-{mo:02d}", None, "text", cut_left=m.start("d"))


def _month_in_focus(ctx: _Ctx, s: int) -> tuple[int, int] | None:
    """The month reported on: the one this sentence names, not as a comparison ("In January, ...
    during the month"); else the later of the month the story reports on (the latest one it named,
    unless that lies ahead of the DCT: "steady through June") and the last month written that is no
    comparison ("above the December, 1985 level", "the same month last year" are)."""
    a = ctx.focus_month_end
    if ctx.focus_month is not None and 0 <= a <= s and s - a <= 250 and "\n" not in ctx.text[a:s] and not _SENT_BREAK.search(ctx.text, a, s):
        return ctx.focus_month
    if ctx.last_period is not None and ctx.last_period[0] == "month" and ctx.dct is not None:
        reported = (ctx.last_period[1], ctx.last_period[2])
        if reported <= (ctx.dct.year, ctx.dct.month):
            # a later month the story turned to ("this month") is the one it now speaks of
            return max(reported, ctx.focus_month) if ctx.focus_month else reported
    return ctx.focus_month or ctx.last_month


@_rule(r"(?P<u>week|month|year)\s+ago\b", prio=1)
def _bare_ago(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """Market reports drop the article: "versus 307,000 week ago and 311,000 a year ago" is "a
    week ago". Only after a figure or a comparison word, so no count word can be lost."""
    if not re.search(r"(?:\d|\b(?:vs|versus|from|than|with|and|or))\.?\s+$", ctx.text[max(0, s - 12) : s], re.I):
        return None
    unit = m.group("u").lower()
    return _rel(ctx, unit, unit, -1)


@_rule(rf"the\s+(?:same|corresponding|comparable)\s+(?P<u>month|week)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of|in)\s+(?P<y>{_YEAR_RE}))", prio=3)
def _same_unit_year_ago(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"sales in February rose 18.8 pct over the same month last year": the month (or week) in focus,
    a year back or in the year the text states."""
    stated = int(m.group("y")) if m.group("y") else None
    if m.group("u").lower() == "month":
        focus = _month_in_focus(ctx, s)
        if focus is None:
            if stated is not None:
                return _Norm("DATE", f"{stated:04d}", None, "text", comparison=True)
            return _rel(ctx, "year", "year", -1)
        y, mo = focus
        return _Norm("DATE", f"{stated or y - 1:04d}-{mo:02d}", None, "text", comparison=True)
    base = ctx.last_day or ctx.dct
    if base is None:
        return _Norm("DATE", f"{stated:04d}" if stated else "XXXX-WXX", None, "text" if stated else "none")
    iso_y, week, _ = base.isocalendar()
    return _Norm("DATE", f"{stated or iso_y - 1:04d}-W{week:02d}", None, "text" if ctx.last_day else "dct", not ctx.last_day, comparison=True)


@_rule(rf"the\s+(?:last|final)\s+quarter\s+of\s+(?:{_FISCAL}\s+)?(?P<y>{_YEAR_RE})", prio=4)
def _final_quarter(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the final quarter of 1985" is its fourth, as "the fourth quarter of 1985" (not the quarter
    before the DCT's, which "the last quarter" alone names)."""
    return _Norm("DATE", f"{int(m.group('y')):04d}-Q4", None, "text")


_SHORT_YEAR_AFTER = re.compile(rf"\s*$|\s{{2,}}|\s*[,;:)]|\.(?:\s|$)|\s+(?:and|to|vs|versus|against|compared|through|until)\b|\s+{_ANY_MONTH_RE}\b")
_SHORT_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|from|of|through|until|till|to|by|during|ended|ending|ends|end|before|after)[\s-]+|\bend-|\s{2,}|^)$", re.I)


@_rule(rf"(?P<m>{_MONTH_RE}|(?-i:Mar|Jun|Jul))(?:(?:,?\s+|\s+of\s+)(?P<y>{_YEAR_RE})|\s+(?P<q>')?(?P<yy>\d\d)(?![\w/-]|[.,]\d))", prio=4)
def _month_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    month = _month_of(m.group("m"))
    if m.group("y"):
        return _date_norm(f"{int(m.group('y')):04d}-{month:02d}", "text")
    # Tables and wire copy write a year in two digits: "Feb 87   Jan 87   Feb 86", "since Dec 86".
    # A number a day could be stays a day ("Feb 27"), and "Aug 98 unch" in a price table is no
    # year, so the year must lie near the DCT and a column or a preposition must frame it.
    yy = int(m.group("yy"))
    if yy < 32 and not m.group("q"):
        return None
    if not (_SHORT_YEAR_AFTER.match(ctx.text, e) or _SHORT_YEAR_BEFORE.search(ctx.text[max(0, s - 12) : s])):
        return None
    if ctx.dct is None:
        return _date_norm(f"19{yy:02d}-{month:02d}", "text") if m.group("q") else None
    year = next((y for y in (1900 + yy, 2000 + yy) if ctx.dct.year - 10 <= y <= ctx.dct.year + 1), None)
    if year is None:
        return None
    return _date_norm(f"{year:04d}-{month:02d}", "text")


_PREP_BEFORE_MONTH = re.compile(
    r"(?:\b(?:in|since|until|till|by|through|during|of|last|next|this|early|late|before|after|from|to|between|and|or|mid|until|throughout|that|since|for|end"
    r"|half|ending|ended|ends|the|his|her|its|their|around|into|starting|beginning|effective)[\s-]+)$"
    # "may take place as early as March", "could slip to as late as May"
    r"|\b(?:early|late|soon)\s+as\s+$"
    # a month in a list of months: "Expirations will be January, May, July and October"
    rf"|(?:{_MONTH_RE})(?:,\s+|[/-])$",
    re.I,
)


#: Entity labels of proper names a month word can begin: "The May Department Stores Co" (ORG).
_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "NORP"})
#: Words after which a month word is a time whatever follows ("in May Chrysler Corp said").
_TEMPORAL_BEFORE = re.compile(
    r"\b(?:in|since|until|till|during|through|throughout|early|late|mid|last|next|this|end|before|after|between|ended|ending)[\s-]+$", re.I
)
#: Company designators closing a name the month word opens ("May Department Stores Co").
_DESIGNATOR_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z][A-Za-z&'-]*)){0,3}?\s+(?-i:Co|Corp|Cos|Companies|Inc|Ltd|Plc|PLC|Stores|Group|Industries|Holdings|Bancorp|Foundation|Association)\b"
)
_CAPITALIZED_AFTER = re.compile(r"\s+(?P<of>of\s+)?(?P<w>(?-i:[A-Z][a-z]+))\b")
_NOT_NAME_WORDS = frozenset(_MONTH_NAMES) | frozenset(_WEEKDAYS) | frozenset(_SMALL) | frozenset(_TENS) | {"and", "or", "to"}


def _proper_name(ctx: _Ctx, s: int, e: int) -> bool:
    """The month word begins a proper name, not a time: "The May Department Stores Co", "the
    March of Dimes", "August Busch said". A month in a list or before a day, an acronym or a
    lower-case noun stays a month ("the December OPEC pact", "the May contract", "April May and June")."""
    before = ctx.text[max(0, s - 20) : s]
    if _TEMPORAL_BEFORE.search(before):
        return False
    if _DESIGNATOR_AFTER.match(ctx.text, e):
        return True
    if ctx.doc is not None:
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].ent_type_ in _NAME_LABELS:
            tok = span[0]
            ent = next((x for x in ctx.doc.ents if x.start <= tok.i < x.end), None)
            if ent is not None and len(ent) >= 2 and all(t.i >= tok.i or t.lower_ == "the" for t in ent):
                # the parser's entity starts with the month word; one opening the sentence is as
                # often a traded month read as a name ("April Brent rose as high as 19.57 dlrs")
                return not (tok.is_sent_start or tok.i == 0)
    nxt = _CAPITALIZED_AFTER.match(ctx.text, e)
    if nxt is None or nxt.group("w").lower() in _NOT_NAME_WORDS:
        return False
    if nxt.group("of") is None and _person_name(ctx, s, nxt.start("w"), nxt.end("w")):
        return True
    # "the March of Dimes" ("March of 1987" is a number, "March of last year" lower case); a
    # capitalized word right after the month is as often a traded good ("June Eurodollars",
    # "April Brent") as a surname ("June Page"), so only the parser's PERSON tells those apart
    return nxt.group("of") is not None


#: Role words and titles written before a person's name ("food analyst June Page said").
_ROLE_BEFORE = re.compile(
    r"\b(?:(?-i:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Judge|Ambassador|Secretary|President|Senator|Professor|Prof)\.?"
    r"|analyst|economist|chairman|chairwoman|president|ambassador|actress|actor|singer|spokeswoman|spokesman"
    r"|secretary|director|minister|executive|officer|governor|senator|representative|judge|author|writer"
    r"|trader|dealer|strategist|manager|founder|partner|lawyer|attorney|widow|wife|husband|daughter|son"
    r"|mother|father|sister|brother|star|host|anchor|correspondent|editor|professor|chief|head|treasurer)\s+$",
    re.I,
)
#: What follows a person's name and never a traded month ("April Brent", "June Eurodollars"):
#: a generational suffix, a reporting verb, or an apposition giving a role or an age.
_AFTER_PERSON = re.compile(
    r"(?-i:\s+(?:Jr|Sr|II|III|IV)\b)|\s+(?:said|says|told|added|noted|stated|wrote|explained|argued|declined|denied)\b"
    r"|,\s+(?:\d{2},|(?:the\s+|a\s+|its\s+)?(?:chairman|chairwoman|president|chief|head|director|vice|executive|analyst|economist|spokes(?:man|woman)|secretary|minister|ambassador|founder|owner|actress|actor|singer|author|daughter|son|wife|widow)\b)",
    re.I,
)
_MONTH_LISTED_BEFORE = re.compile(rf"{_MONTH_RE}\s*(?:,|/|-|\s(?:and|or|to|through|until|till))\s*$")


def _person_name(ctx: _Ctx, s: int, ws: int, we: int) -> bool:
    """A month word that is a person's first name: "August Busch III", "Ambassador April
    Glaspie", "food analyst June Page said". The surname after it is told from a traded good
    ("April Brent rose", "June Eurodollars were untraded") by what surrounds the pair or by the
    surname standing alone elsewhere in the story as a person ("Busch said", "Mr. Busch")."""
    if _MONTH_LISTED_BEFORE.search(ctx.text, max(0, s - 20), s):
        return False  # "between January and May Ecuador sold": the second month of a range
    if _ROLE_BEFORE.search(ctx.text, max(0, s - 16), s) or _AFTER_PERSON.match(ctx.text, we):
        return True
    if ctx.doc is not None and _is_person(ctx.doc, ws, we):
        return True
    surname = re.escape(ctx.text[ws:we])
    for m in re.finditer(rf"(?<![\w-])(?-i:{surname})(?![\w-])", ctx.text):
        if m.start() == ws:
            continue
        # a country or company "said" too, so the surname alone must be titled or a parsed PERSON
        if re.search(r"(?-i:Mr|Mrs|Ms|Dr)\.?\s+$", ctx.text[max(0, m.start() - 5) : m.start()]):
            return True
        if ctx.doc is not None and _is_person(ctx.doc, m.start(), m.end()):
            return True
    return False


def _is_person(doc: Doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e)
    return span is not None and span[0].ent_type_ == "PERSON"


_SHORT_NAMES = frozenset({"Jan", "Feb", "Mar", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"})


def _paired(ctx: _Ctx, s: int, e: int) -> bool:
    """Wire copy pairs short month names without periods: "Aug/Sept shipments", "Jan-Feb trade",
    "Oct/Dec". TimeML annotates a range's two ends apart, so each month is a DATE of its own (a
    single "Aug" or "Dec" stays untagged: too often a table heading or a name)."""
    pair = _PAIR_AFTER.match(ctx.text, e)
    if pair is None and not _PAIR_BEFORE.search(ctx.text, max(0, s - 14), s):
        # "from Sept to Nov", "between Jan and March": a range written out in words pairs them too
        if _WORD_RANGE_AFTER.match(ctx.text, e) and re.search(r"\b(?:from|between)\s+$", ctx.text[max(0, s - 9) : s], re.I):
            return True
        return _WORD_RANGE_BEFORE.search(ctx.text, max(0, s - 30), s) is not None
    # "May/Jul   0.34 under": a spread's name in a table of differences
    return not re.match(r"\s{2,}", ctx.text[pair.end() if pair else e :])


@_rule(rf"(?P<m>{_MONTH_RE}|(?-i:Mar|Jun|Jul))")
def _month_alone(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    name = m.group("m")
    if name in _SHORT_NAMES or name.endswith("."):
        short = name.rstrip(".") in _SHORT_NAMES and (name in _SHORT_NAMES or _WORD_RANGE_BEFORE.search(ctx.text, max(0, s - 30), s))
        return _month_value(ctx, _month_of(name), s, e) if short and _paired(ctx, s, e) else None
    if _proper_name(ctx, s, e):
        return None
    possessive = re.search(r"'s\s+$", ctx.text[max(0, s - 4) : s]) and re.match(r"\s+(?-i:[A-Z][A-Za-z.]*\s+){0,2}[a-z]", ctx.text[e : e + 30])
    if name in ("May", "March") and not possessive and not _PREP_BEFORE_MONTH.search(ctx.text[max(0, s - 20) : s]):
        # "Opec's March production" is a month, "Barclays de Zoete's May." a person; "May/Jul" a pair
        if not (name == "May" and _paired(ctx, s, e)):
            return None
    return _month_value(ctx, _month_of(name), s, e)


def _month_value(ctx: _Ctx, month: int, s: int, e: int) -> _Norm:
    """A month without a year: the year a range closes with, else the list's, else the nearest."""
    ahead = _RANGE_YEAR_AHEAD.match(ctx.text, e)
    if ahead:
        # "completion due April-May 1988", "between March and May 1988": the year closes the range
        y, last = int(ahead.group("y")), _month_of(ahead.group("m"))
        return _date_norm(f"{y if month <= last else y - 1:04d}-{month:02d}", "text")
    split_end = _split_year_end(ctx, s)
    if split_end is not None:
        return _date_norm(f"{split_end:04d}-{month:02d}", "text")
    year = _listed_year(ctx, month, s, e)
    split = _SPLIT_YEAR_BEFORE.search(ctx.text, max(0, s - 40), s) if year is None else None
    if split is not None and _RANGE_END.match(ctx.text, e):
        # "the 1987/88 (July-June) season", "the current 1986/87 October-September season": the
        # crop or fiscal year opens in its first year
        return _date_norm(f"{int(split.group('y')):04d}-{month:02d}", "text")
    if year is None:
        year = _range_around_dct(ctx, month, e)
    if year is None:
        year = _nearest_year(ctx, month, None, s, e)
    if year is None:
        return _date_norm(f"XXXX-{month:02d}", "none")
    return _date_norm(f"{year:04d}-{month:02d}", "dct", True)


def _range_around_dct(ctx: _Ctx, month: int, e: int) -> int | None:
    """The year of a month range's first month when the range holds the DCT ("will arrive during
    Feb/May" in April is this February to May, whatever the tense says of February alone)."""
    after = _RANGE_END.match(ctx.text, e)
    if after is None or ctx.dct is None:
        return None
    last = _month_of(after.group("m"))
    for y in (ctx.dct.year - 1, ctx.dct.year):
        y_end = y if last >= month else y + 1
        if date(y, month, 1) <= ctx.dct <= date(y_end, last, calendar.monthrange(y_end, last)[1]):
            return y
    return None


_SPLIT_YEAR_BEFORE = re.compile(rf"(?<!\d)(?P<y>{_YEAR_RE})[/-](?:\d\d|{_YEAR_RE})(?:\s+[a-z]+){{0,2}}\s*\(?\s*$")
_RANGE_END = re.compile(rf"\s?[/-]\s?(?P<m>{_ANY_MONTH_RE})(?![\w-])")
_PAIR_AFTER = re.compile(rf"\s?[/-]\s?{_ANY_MONTH_RE}(?![\w-])")
_PAIR_BEFORE = re.compile(rf"(?<!\w){_ANY_MONTH_RE}\s?[/-]\s?$")
_WORD_RANGE_AFTER = re.compile(rf"\.?\s+(?:to|through|until|and)\s+{_ANY_MONTH_RE}(?![\w-])")
_WORD_RANGE_BEFORE = re.compile(rf"\b(?:from|between)\s+{_ANY_MONTH_RE}\.?\s+(?:to|through|until|and)\s+$", re.I)


@_rule(rf"(?:the\s+)?(?:(?:current|present)\s+)?(?P<m1>{_ANY_MONTH_RE})\s?[/-]\s?(?P<m2>{_ANY_MONTH_RE})\s+(?P<u>quarter|qtr|period)(?:\s+(?:of\s+)?(?P<y>{_YEAR_RE}))?", prio=3)
def _month_pair_quarter(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the January/March quarter", "the October-December period": the calendar quarter the two
    months open and close (a fiscal span such as "the April/February period" stays two months)."""
    first, last = _month_of(m.group("m1")), _month_of(m.group("m2"))
    if first % 3 != 1 or last != first + 2:
        return None
    q = (first - 1) // 3 + 1
    if m.group("y"):
        year: int | None = int(m.group("y"))
        anchor, inferred = "text", False
    elif ctx.dct is None:
        return _Norm("DATE", f"XXXX-Q{q}", None, "none")
    else:
        year, anchor, inferred = _period_year(ctx, first, 3, s, e), "dct", True
    _set_quarter(ctx, year, q)
    return _Norm("DATE", f"{year:04d}-Q{q}", None, anchor, inferred)


_RANGE_YEAR_AHEAD = re.compile(rf"\s*(?:-|/|\s(?:to|and|or|through|until|till)\s)\s*(?:early\s+|late\s+|mid-?)?(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>{_YEAR_RE})\b")
# (a spaced dash is no range: "SARASOTA, Fla., March 12 - Feb 28 end Shr ..." is a dateline)
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|till|until|into)\s+|[-/])(?:early\s+|late\s+|mid-?)?")


def _listed_year(ctx: _Ctx, month: int, s: int, e: int | None = None) -> int | None:
    """Months listed together run forward in time: "in May or June", "May, June and August",
    "November/May" take their year from the month before them, not each its own nearest year."""
    if ctx.last_month is None or ctx.last_month_end < 0 or ctx.dct is None:
        return None
    join = _LIST_JOIN.fullmatch(ctx.text, ctx.last_month_end, s)
    if not join:
        return None
    y, prev = ctx.last_month
    if month >= prev:
        both_past = _add_months(date(y, prev, 1), 1) <= ctx.dct < date(y, month, 1)
        if e is not None and both_past and re.fullmatch(r"\s+(?:and|or)\s+", join.group(0), re.I) and ctx.tense(s, e) == "past":
            # "1.81 mln in both January and December", written in March: the first month lies
            # behind the DCT and the clause reports, so the second is last year's, not one ahead
            return None
        return y
    if (month - prev) % 12 > 6 and re.fullmatch(r"[\s,]*(?:and|or)?[\s,]*", join.group(0), re.I):
        # a list may run backwards ("in February and January was 6.7 pct"); a range ("July/June",
        # "November-May") always runs forward
        return None
    return y + 1


@_rule(r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:T(?P<h>\d{2}):(?P<mi>\d{2}))?", prio=6)
def _iso(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    try:
        d = date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("h"):
        return _Norm("TIME", f"{d.isoformat()}T{m.group('h')}:{m.group('mi')}", None, "text")
    return _date_norm(d.isoformat(), "text")


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})", prio=6)
def _slashed(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (b, a) if a > 12 else (a, b)
    try:
        return _date_norm(date(y, month, day).isoformat(), "text")
    except ValueError:
        return None


_DASHED_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


@_rule(
    # "23-Sep-2020", "23/Sep/2020", "Sep-23-2020": forms and filings write the month's name between
    # the day and the year with the same mark on both sides
    rf"(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?P<s1>[-/]){_DASHED_MONTH.replace('(?:', '(?P<m1>', 1)}(?P=s1)"
    rf"|{_DASHED_MONTH.replace('(?:', '(?P<m2>', 1)}(?P<s2>[-/])(?P<d2>[12]\d|3[01]|0?[1-9])(?P=s2))(?P<y>{_YEAR_RE})",
    prio=6,
)
def _dashed_month_name(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    month = _MONTH_NAMES[(m.group("m1") or m.group("m2")).lower()]
    try:
        return _date_norm(date(int(m.group("y")), month, int(m.group("d1") or m.group("d2"))).isoformat(), "text")
    except ValueError:
        return None


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|shares|people|members|troops|employees|workers|points|miles|feet|tons|barrels"
    r"|cars|units|jobs|acres|men|women|soldiers|dollars|yen|marks|pounds|copies|votes|[-/]\d|,\d|\.\d"
    # metric measures too ("ZINC HIGH GRADE - 1750 tonnes", "a 2000 kilometre pipeline")
    r"|tonnes|kilometres?|kilometers?|km|metres?|meters?|hectares|ounces|kilos|gallons|bushels"
    r"|\s{2,}\d"  # a column of figures ("CCC STOCKS   1803    1783   793")
    r"|(?:hrs|hours|local\s+time|GMT|EST|EDT|CST|CDT|PST|PDT|BST|JST)\b|(?:and|to|-)\s*[0-2]\d[0-5]\d\s+(?:hrs|hours|local|(?-i:[A-Z]{3}))\b)",
    re.I,
)


@_rule(rf"(?:(?P<fiscal>fiscal(?:\s+year)?|financial\s+year|the\s+year|calendar(?:\s+year)?|(?-i:FY))\s*)?(?P<y>{_YEAR_RE})", prio=1)
def _year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    before = ctx.text[max(0, s - 2) : s]
    if "$" in before or re.search(r"\d[.,]?$", before):
        return None
    tail = _SPLIT_TAIL.match(ctx.text, e)
    split = tail is not None and _split_end(int(m.group("y")), tail.group("t")) is not None
    if not split and _NOT_YEAR_AFTER.match(ctx.text, e):
        return None
    ctx.last_year = int(m.group("y"))
    return _date_norm(m.group("y"), "text")


#: The second year of a split or range of years: "1986/87", "1985-86", "the 1985-90 plan".
_SPLIT_TAIL = re.compile(rf"[/-](?P<t>{_YEAR_RE}|\d\d)(?![\w/]|[-.,]\d)")
_SPLIT_HEAD = re.compile(rf"(?<![\w/.$-])(?P<y>{_YEAR_RE})[/-]$")


def _split_end(first: int, tail: str) -> int | None:
    """The year a split year or range of years ends in, when ``tail`` is one after ``first``."""
    end = int(tail)
    if len(tail) == 2:
        end += first // 100 * 100
        if end <= first:
            end += 100  # "1999/00"
    return end if first < end <= first + 50 else None


def _split_year_tail(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """Crop, fiscal and plan years ("the 1986/87 season", "1985-86", "the 1985-90 plan"): TimeML
    tags a range's two ends apart, so the tail "87" is the DATE 1987 next to the DATE 1986."""
    head = _SPLIT_HEAD.search(ctx.text, max(0, s - 6), s)
    end = _split_end(int(head.group("y")), m.group("t")) if head else None
    if end is None:
        return None
    # the split year is talked about by its first year ("in 1987/88 ... from a year earlier" is 1986)
    return _Norm("DATE", f"{end:04d}", None, "text", comparison=True, split_tail=True)


_PATTERNS.append((re.compile(r"(?<=\d[/-])(?P<t>\d\d(?:\d\d)?)(?![\w/]|[-.,]\d)"), _split_year_tail, 1))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


@_rule(r"(?:the\s+)?(?:(?P<full>1[6-9]\d0|20\d0)'?s|'(?P<short>\d0)'?s|(?P<spoken>nineteen[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?P<nought>noughties))", prio=3)
def _decade(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    # TimeML keeps the determiner of a decade ("the 1990s", "the mid-1990s")
    has_the = m.group(0).lower().startswith("the ")
    if m.group("full"):
        full = m.group("full")
        if full.endswith("00") and full < "2000":
            # "the 1800s", "the early 1900s" name centuries, not their first decades ("the 2000s"
            # is the decade: its century is never said that way)
            return _date_norm(full[:2], "text")
        return _date_norm(full[:3], "text")
    if m.group("nought"):
        # "the noughties" is British copy's name for 2000-2009; bare, it is a slang word
        return _date_norm("200", "text") if has_the else None
    if m.group("word") and not (has_the or m.group("spoken")):
        return None
    digit = int(m.group("short")[0]) if m.group("short") else _DECADE_WORDS[m.group("word").lower()]
    return _date_norm(f"19{digit}", "text")


_CENTURY_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                "nineteenth": 19, "twentieth": 20, "twenty-first": 21}  # fmt: skip


@_rule(r"(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[\s-]+century", prio=3)
def _century(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    n = m.group("n").lower()
    num = int(n[:-2]) if n[0].isdigit() else _CENTURY_ORD.get(n)
    if not num:
        return None
    return _date_norm(f"{num - 1:02d}", "text")


@_rule(r"(?:(?:the\s+)?(?P<rel>past|last|next|coming|previous)\s+|a\s+|one\s+)?quarter[\s-]+(?:of\s+a\s+)?century(?P<ago>\s+(?:ago|earlier|later))?", prio=3)
def _quarter_century(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"a quarter century" is 25 years, never a calendar quarter ("the last quarter century");
    counted back from the DCT ("a quarter century ago") it is the year it reaches."""
    if not m.group("ago"):
        return _Norm("DURATION", "P25Y", None, "none")
    if m.group("rel"):
        return None
    if ctx.dct is None:
        return _Norm("DATE", "XXXX", None, "none")
    sign = 1 if m.group("ago").strip().lower() == "later" else -1
    return _Norm("DATE", f"{ctx.dct.year + sign * 25:04d}", None, "dct", True)


_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[a-z]+\s+)?$")


_PERIOD_NOUNS = re.compile(
    r"\s*(?:loss|losses|profit|profits|earnings|results|net|sales|revenues?|income|dividends?|deficit|growth"
    r"|figures|performance|operating|output|report|per-share)\b",
    re.I,
)


def _modifies_noun(ctx: _Ctx, surface: str, e: int) -> bool:
    """"a third-quarter loss", "a second quarter profit": the article belongs to the noun, not the quarter."""
    if re.search(rf"-(?:{_FISCAL}[\s-]+)?quarter$", surface, re.I) or _PERIOD_NOUNS.match(ctx.text, e):
        return True
    if ctx.doc is not None:
        nxt = ctx.doc.char_span(e, e, alignment_mode="expand")
        tok = next((t for t in ctx.doc if t.idx >= e), None) if nxt is None or len(nxt) == 0 else nxt[0]
        return tok is not None and tok.idx - e <= 1 and tok.pos_ in ("NOUN", "PROPN")
    return False


def _set_quarter(ctx: _Ctx, year: int | None, q: int) -> None:
    # quarters not yet over ("through the third quarter of 1990", the fourth quarter in November)
    # are forecasts, not the period reported on
    if year is not None and (ctx.dct is None or _add_months(date(year, 3 * q - 2, 1), 3) <= ctx.dct + timedelta(days=1)):
        ctx.last_quarter = (year, q)


_YEAR_AGO_APPOSITIVE = re.compile(rf"\b(?:year-ago|year-earlier|year\s+ago|year\s+earlier|prior-year|last\s+year's)\s+(?:{_FISCAL}\s+)?(?:quarter|qtr|period),\s+$", re.I)
_HALF_OF_MONTH = re.compile(rf"[ \t]+(?:of[ \t]+)?{_MONTH_RE}\b")


@_rule(
    rf"(?:the\s+)?(?:(?P<y1>{_YEAR_RE})(?:'s)?\s+|(?P<rel>this|last|next|the\s+current|current|the\s+latest|latest|the\s+previous|(?:the\s+)?prior(?!\s+year's)|the\s+same|year-ago|year-earlier)\s+(?:year's\s+)?)?(?:{_FISCAL}[\s-]+)?"
    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:{_FISCAL}[\s-]+)?(?P<unit>quarter|qtr\b|half|period)"
    rf"(?:(?:\s+of\s+(?:the\s+(?=(?:{_FISCAL}\s+)?{_YEAR_RE}[-/]\d))?(?:{_FISCAL}\s+)?|,?\s+(?=(?:1[6-9]|20)\d\d\b(?![-/]\d))|\s+{_FISCAL}\s+(?=(?:1[6-9]|20)\d\d\b(?![-/]\d)))(?P<y2>{_YEAR_RE}|this\s+year|last\s+year|next\s+year))?",
    prio=3,
)
def _quarter(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    n = _ORDINALS[m.group("ord").lower()]
    unit = m.group("unit").lower()
    if unit == "period":
        return None
    code = "H" if unit == "half" else "Q"
    if code == "H" and n > 2:
        return None
    if code == "H" and _HALF_OF_MONTH.match(ctx.text, e):
        return None  # "first half May shipment": the half of the month, which the month's rule takes
    ytxt = m.group("y1") or m.group("y2")
    closing_year: int | None = None
    elsewhere: tuple[date, date] | None = None
    if ytxt and ytxt[0].isdigit():
        year: int | None = int(ytxt)
        anchor, inferred = "text", False
    elif ctx.dct is None:
        year, anchor, inferred = None, "none", False
    else:
        year = ctx.dct.year
        if ytxt:
            year += {"this": 0, "last": -1, "next": 1}[ytxt.split()[0].lower()]
        elif m.group("rel") and m.group("rel").lower() in ("last", "next", "year-ago", "year-earlier"):
            year += 1 if m.group("rel").lower() == "next" else -1
        elif _PRIOR.fullmatch(m.group("rel") or "") and ctx.fiscal is not None and ctx.fiscal[0].endswith(f"Q{n}"):
            # "reported first quarter, ended February 28, earnings ... from 28.7 mln dlrs in the prior
            # first quarter": the same quarter a year before the one the text dated
            year = int(ctx.fiscal[0][:4]) - 1
        else:
            year = _ended_year(ctx, e) if code == "Q" else None
            closing_year = year
            dated = _dated_elsewhere(ctx, n, e) if code == "Q" and year is None and not m.group("rel") else None
            if dated is not None:
                year, elsewhere = dated
            if year is None:
                year = _period_year(ctx, (n - 1) * (3 if code == "Q" else 6) + 1, 3 if code == "Q" else 6, s, e)
            if _YEAR_AGO_APPOSITIVE.search(ctx.text, max(0, s - 60), s):
                # "In the comparable year-ago quarter, the second quarter ended Oct. 31": the
                # apposition renames the year-ago quarter, so it lies a year back (TBAQ wsj_0709)
                year -= 1
                closing_year = year if closing_year is not None else None
        anchor, inferred = "dct", True
        closed = _ENDED.match(ctx.text, e) if code == "Q" and not ytxt and not m.group("rel") else None
        if closed is not None and closed.group("y") and year == int(closed.group("y")):
            # "the first quarter ended January 24, 1985": the closing date writes the year
            anchor, inferred = "text", False
    if code == "Q" and not (m.group("rel") or "").lower().startswith("year-"):
        if year is not None and re.match(r",?\s+(?:ended|ending)\b", ctx.text[e : e + 10]):
            ctx.last_quarter = (year, n)  # a (fiscal) quarter "ended Sept. 30" is the one reported on
        elif _INDEFINITE_BEFORE.search(ctx.text[max(0, s - 30) : s]) and not _modifies_noun(ctx, m.group(0), e):
            pass  # "after a flat second quarter": an indefinite mention sets no quarter in focus
        elif year is not None and ctx.dct is not None and date(year, 3 * n - 2, 1) <= ctx.dct and ctx.tense(s, e) == "past":
            ctx.last_quarter = (year, n)  # "reported a 47% decline in fourth-quarter earnings"
        else:
            _set_quarter(ctx, year, n)
    if code == "Q" and year is not None and not (m.group("rel") or "").lower().startswith("year-"):
        ctx.named_quarter = (year, n, e)
    value = f"{year:04d}-{code}{n}" if year is not None else f"XXXX-{code}{n}"
    span = _closing_span(ctx, e, closing_year) if code == "Q" and year is not None and not ytxt and not m.group("rel") else None
    if span is None and elsewhere is not None:
        span = elsewhere
    cut = 0
    if m.group(0).lower().startswith("the ") and not m.group("y2") and re.search(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-", m.group(0), re.I):
        cut = s + 4  # adjectival "the third-quarter results": the determiner belongs to "results"
    compared = (m.group("rel") or "").lower() in ("year-ago", "year-earlier") or bool(_PRIOR.fullmatch(m.group("rel") or ""))
    return _Norm("DATE", value, None, anchor, inferred, cut_left=cut, span=span, comparison=compared)


_PRIOR = re.compile(r"(?:the\s+)?(?:prior|previous)", re.I)
_ORDINAL_OF = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}
_COMPARED_QUARTER_BEFORE = re.compile(r"\b(?:year-ago|year-earlier|year\s+ago|year\s+earlier|prior|previous|last|last\s+year's|same)[\s-]+(?:fiscal[\s-]+)?$", re.I)


def _dated_elsewhere(ctx: _Ctx, n: int, e: int) -> tuple[int, tuple[date, date] | None] | None:
    """The year of a quarter the story dates by its closing day at another mention of the same
    ordinal: "the fourth quarter ended January 28 ... its fourth quarter pre-tax income" is the
    same quarter, and a lede's "net income for the third quarter rose" names the "third quarter
    ended January 31" of the next paragraph. Later mentions take their days from ``_fiscal_days``;
    a mention before the dated one gets them here."""
    if ctx.dct is None:
        return None
    if ctx.fiscal is not None:
        value = ctx.fiscal[0]
        return (int(value[:4]), None) if value.endswith(f"Q{n}") else None
    pat = re.compile(rf"\b(?:{_ORDINAL_OF[n]})[\s-]+(?:{_FISCAL}[\s-]+)?(?:quarter|qtr)\b", re.I)
    for later in pat.finditer(ctx.text, e):
        if _COMPARED_QUARTER_BEFORE.search(ctx.text, max(0, later.start() - 30), later.start()):
            continue  # "the year-ago third quarter ended Jan 31, 1986" is the other quarter
        year = _ended_year(ctx, later.end())
        if year is not None:
            return year, _closing_span(ctx, later.end(), year)
    return None


@_rule(rf"(?:the\s+)?(?:(?P<w>last|latter|final)\s+half|(?P<w2>first|last|final)\s+two\s+quarters)\s+of\s+(?:{_FISCAL}\s+)?(?P<y>{_YEAR_RE})", prio=3)
def _half_of_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the last half of 1989" is 1989-H2; "the first two quarters of 1990" is 1990-H1."""
    n = 1 if (m.group("w2") or "").lower() == "first" else 2
    return _Norm("DATE", f"{int(m.group('y')):04d}-H{n}", None, "text")


@_rule(rf"(?:the\s+|(?P<dem>this|that)\s+)?(?:(?P<cmp>comparable|corresponding|same)[\s-]+)?(?P<rel>latest|current|previous|prior|year-earlier|year-ago|(?<!\ba\s)year\s+(?:ago|earlier)(?=\s+(?:quarter|qtr|period)\b)|recent|most\s+recent|last\s+year's|this\s+year's|last|next|coming|following|comparable|corresponding|same|(?P<y>{_YEAR_RE}))?(?:[\s-]+{_FISCAL})?[\s-]*(?P<unit>quarter|qtr\b|period)(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year)?", prio=0)
def _the_quarter(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    has_the = m.group(0).lower().startswith("the") or bool(m.group("dem"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or m.group("cmp") or "").lower())
    # "last year's quarter" is the year-ago quarter, "this year's period" the one in focus
    rel = {"last year's": "year-earlier", "this year's": "same", "year ago": "year-ago", "year earlier": "year-earlier"}.get(rel, rel)
    header = not has_the and not rel and m.group("unit").lower() != "period" and _HEADER_ENDED.match(ctx.text, e) is not None
    if not has_the and not rel and not header:
        return None
    renamed = _ORDINAL_APPOSITIVE.match(ctx.text, e)
    if renamed and rel in ("year-earlier", "year-ago", "comparable", "corresponding") and ctx.dct is not None:
        # "the comparable year-ago quarter, the second quarter ended Oct. 31": the apposition says
        # which quarter of the year before it is (TBAQ wsj_0709: 1988-Q2)
        n = _ORDINALS[renamed.group("ord").lower()]
        year = _period_year(ctx, 3 * n - 2, 3, e + renamed.start("ord"), e + renamed.end()) - 1
        return _Norm("DATE", f"{year:04d}-Q{n}", None, "dct", True, comparison=True)
    if m.group("unit").lower() == "period" and not rel:
        return None
    if re.match(r"-to-", ctx.text[e : e + 4]):
        return None  # "quarter-to-quarter comparison"
    if m.group("y"):
        q = ctx.last_quarter[1] if ctx.last_quarter else None
        return _Norm("DATE", f"{m.group('y')}-Q{q}" if q else m.group("y"), None, "text")
    if rel in ("comparable", "corresponding", "same"):
        rel = "year-earlier" if m.group("ago") else "same"
    if m.group("dem") and m.group("unit").lower() == "period":
        return None
    if rel == "last" and not has_the:
        rel = "previous-dct"
    if rel == "following" and not has_the:
        return None  # "following quarter-end selling": the preposition
    if rel in ("next", "coming", "following") and m.group("unit").lower() == "period":
        return None  # "the next period" names no calendar quarter
    if ctx.dct is None:
        return _Norm("DATE", "XXXX-QX", None, "none")
    if m.group("unit").lower() == "period" and ctx.last_period and ctx.last_period[0] == "month" and rel in ("year-earlier", "year-ago"):
        # "retail sales rose in January ... in the year-earlier period": the month reported on
        _, y, mo = ctx.last_period
        return _Norm("DATE", f"{y - 1:04d}-{mo:02d}", None, "dct", True)
    dct_q = (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
    prev_q = (dct_q[0] - 1, 4) if dct_q[1] == 1 else (dct_q[0], dct_q[1] - 1)
    this_ahead = (m.group("dem") or "").lower() == "this" and not rel and ctx.tense(s, e) == "future"
    if rel == "current" and not has_the and m.group("unit").lower() != "period" and _in_results_note(ctx, s):
        # a results note's "Current qtr and year figures exclude ...": the quarter the table
        # reports, which a March story's DCT quarter has not closed yet
        y, q, last = _reported_quarter(ctx)
        return _Norm("DATE", f"{y:04d}-Q{q}", None, "dct", True, span=_company_days(last, 3))
    if rel in ("next", "coming") or (rel == "following" and ctx.last_quarter is None):
        # "production planned for the following quarter" after "shipments will begin next quarter":
        # the quarter after the one in focus; with none in focus, after the DCT's
        y, q = (dct_q[0] + 1, 1) if dct_q[1] == 4 else (dct_q[0], dct_q[1] + 1)
        ctx.last_quarter = (y, q)
        return _Norm("DATE", f"{y:04d}-Q{q}", None, "dct", True)
    if rel == "following":
        y, q = ctx.last_quarter  # type: ignore[misc]
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
        ctx.last_quarter = (y, q)
        return _Norm("DATE", f"{y:04d}-Q{q}", None, "text")
    if rel == "current" or this_ahead:
        # "will continue to drop in this quarter": a quarter still to come is the DCT's, not the
        # one reported on ("This quarter's loss includes ..." is that one)
        y, q = dct_q
    elif rel in ("latest", "most recent", "recent"):
        y, q = prev_q
        ctx.last_quarter = (y, q)  # "fell 59% in the latest quarter ... a year ago" compares with it
    elif rel == "previous-dct":
        y, q = prev_q
    else:
        focus = _quarter_ended(ctx, e) if header else ctx.last_quarter or _quarter_ended(ctx, e)
        forecast = _forecast_quarter_before(ctx, s)
        if forecast is not None and (rel in ("year-earlier", "year-ago", "same") or m.group("ago")):
            # "expects to report an improved first quarter compared to the loss in the year ago
            # quarter": a quarter still to be reported is no focus, but the sentence compares with it
            focus = forecast
        just_ended = (ctx.dct - (_add_months(date(prev_q[0], 3 * prev_q[1] - 2, 1), 3) - timedelta(days=1))).days <= 45
        if focus is None and not just_ended and m.group("unit").lower() == "period" and (rel in ("year-earlier", "year-ago") or m.group("ago")):
            # "from 16.11 mln in the same period a year ago" after "the four weeks ended March 13":
            # no quarter is in focus and none has just been reported, so the year before is all
            # the text says
            return _Norm("DATE", f"{ctx.dct.year - 1:04d}", None, "dct", True)
        stated = _SAME_PERIOD_OF.match(ctx.text, e) if rel == "same" else None
        if stated is not None:
            # "in the first two months of 1987, up from 37,272 in the same period of last year":
            # the text states the year; the quarter in focus only when no span of months is
            sy = stated.group("y")
            year = int(sy) if sy[0].isdigit() else ctx.dct.year + {"last": -1, "this": 0, "next": 1}[sy.split()[0].lower()]
            clause = ctx.text[max(0, s - 200) : s]
            clause = clause[max((mb.end() for mb in _SENT_BREAK.finditer(clause)), default=0) :]
            if focus is None or _MONTHS_SPAN.search(clause):
                return _Norm("DATE", f"{year:04d}", None, "text" if sy[0].isdigit() else "dct", not sy[0].isdigit(), comparison=True)
            return _Norm("DATE", f"{year:04d}-Q{focus[1]}", None, "text", comparison=True)
        y, q = focus or prev_q
        if rel in ("year-earlier", "year-ago") or m.group("ago"):
            y -= 1
        elif rel in ("previous", "prior") and focus is not None:
            y, q = (y - 1, 4) if q == 1 else (y, q - 1)
        # with no quarter in focus "vs 68 cts in prior qtr" is the one before the DCT's quarter
    # "the same period", "the year-ago quarter" restate or compare, they name no new focus
    span = _closing_span(ctx, e) if rel == "" else None  # "the quarter ended July 31" ran May to July
    cut = m.start("unit") if header else 0  # "June 2 - quarter ended May 2": the dateline's dash stays out
    return _Norm("DATE", f"{y:04d}-Q{q}", None, "dct", True, comparison=rel not in ("", "current", "latest", "most recent", "recent"), span=span, cut_left=cut)


def _forecast_quarter_before(ctx: _Ctx, s: int) -> tuple[int, int] | None:
    """The quarter this sentence named before ``s`` when it is not the one in focus: a quarter
    not yet over, or an indefinite one, while no quarter is in focus."""
    if ctx.named_quarter is None or ctx.dct is None:
        return None
    year, q, end = ctx.named_quarter
    if not (0 <= end <= s and s - end <= 250 and "\n" not in ctx.text[end:s] and not _SENT_BREAK.search(ctx.text, end, s)):
        return None
    over = _add_months(date(year, 3 * q - 2, 1), 3) <= ctx.dct + timedelta(days=1)
    if ctx.last_quarter is not None and (over or ctx.last_quarter == (year, q)):
        return None
    return year, q


#: a results table's heading "Qtr ended Dec 31" / "quarter ends Feb 28": the closing day names
#: the quarter without a determiner
_HEADER_ENDED = re.compile(rf"\s+(?:ended|ends)\s+{_MONTH_RE}\b", re.I)
_SAME_PERIOD_OF = re.compile(rf"\s+(?:of|in)\s+(?P<y>{_YEAR_RE}|last\s+year|this\s+year|next\s+year)\b", re.I)
_MONTHS_SPAN = re.compile(r"\b(?:months|weeks|month|year\s+to\s+date|mths)\b", re.I)

#: a results heading writes the closing day straight after "qtr": "2nd qtr Jan 31 end", "3rd qtr Feb 28"
_ENDED = re.compile(rf",?\s+(?:(?:that\s+)?(?:ended|ending|ends)\s+|(?<=qtr\s))(?P<m>{_MONTH_RE})\s*(?P<d>{_DAY_RE})?(?:,?\s+(?P<y>{_YEAR_RE}))?", re.I)


def _ended_year(ctx: _Ctx, e: int) -> int | None:
    """The year of a fiscal quarter named with its closing date: TimeBank keeps the company's
    ordinal and dates it by the year the quarter closed ("its fourth quarter ended Sept. 30" in a
    November 1989 story is 1989-Q4, "the third quarter, ended March 31" in April 1987 is 1987-Q3,
    not the calendar third quarter of 1986)."""
    m = _ENDED.match(ctx.text, e)
    if m is None or ctx.dct is None:
        return None
    if m.group("y"):
        return int(m.group("y"))
    if not re.match(r",?\s+(?:that\s+)?ended\b", ctx.text[e : e + 16], re.I) and ctx.text[e - 3 : e].lower() != "qtr":
        return None  # "ending June 30" may close ahead: the period's own year decides
    return ctx.dct.year if _month_of(m.group("m")) <= ctx.dct.month else ctx.dct.year - 1


def _closing_span(ctx: _Ctx, e: int, year: int | None = None) -> tuple[date, date] | None:
    """The three months a quarter covers when the text writes the day it closed: "the third
    quarter ended March 31" ran January to March, "the first quarter ended May 2" February 3 to
    May 2. TimeBank's value keeps the company's ordinal and the closing year (``_ended_year``),
    whose calendar quarter is another span, often one after the story; ``date_start`` and
    ``date_end`` give the days the text states instead. ``year`` is the closing year the value
    already took; without it a written year decides, then "ended" looks back from the document
    date and "ending" takes the closing day nearest it."""
    m = _ENDED.match(ctx.text, e)
    if m is None or (ctx.dct is None and not m.group("y")):
        return None
    month = _month_of(m.group("m"))
    day = _slipped_day(month, _day_of(m.group("d"))) if m.group("d") else 31
    if year is None and m.group("y"):
        year = int(m.group("y"))
    elif year is None:
        assert ctx.dct is not None
        if re.match(r",?\s+(?:that\s+)?ended\b", ctx.text[e : e + 16], re.I):
            year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
        else:
            year = min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=lambda y: abs((date(y, month, min(day, 28)) - ctx.dct).days))  # type: ignore[operator]
    close = date(year, month, min(day, calendar.monthrange(year, month)[1]))  # no day written: the month's last
    if close.day == calendar.monthrange(year, month)[1]:
        return _add_months(date(year, month, 1), -2), close
    return _add_months(close, -3) + timedelta(days=1), close


def _quarter_ended(ctx: _Ctx, e: int) -> tuple[int, int] | None:
    """"the quarter ended July 31" is the calendar quarter it mostly covers (May-July: Q2)."""
    m = _ENDED.match(ctx.text, e)
    if m is None or ctx.dct is None:
        return None
    month = _month_of(m.group("m"))
    if m.group("y"):
        year = int(m.group("y"))
    else:
        year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
    span = _closing_span(ctx, e, year)
    # the middle of the days it ran: "the quarter ended May 2" ran February 3 to May 2, mostly Q1
    mid = span[0] + (span[1] - span[0]) / 2 if span else _add_months(date(year, month, 1), -1)
    return mid.year, (mid.month - 1) // 3 + 1


#: a results table's note: "Revs 68.2 mln vs 58.5 mln NOTE: Current year net includes ..."
_NOTE_MARK = re.compile(r"\b(?-i:NOTE|Note)\s*[:-]")
_TABLE_FIGURES = re.compile(r"\bvs\.?\s+(?:loss\s+|profit\s+)?[\d(]", re.I)


def _in_results_note(ctx: _Ctx, s: int) -> bool:
    """``s`` lies in the note of a results table, in the same paragraph as the table's figures."""
    para = ctx.text.rfind("\n\n", 0, s) + 1
    note = next(reversed(list(_NOTE_MARK.finditer(ctx.text, para, s))), None)
    return note is not None and _TABLE_FIGURES.search(ctx.text, max(para, note.start() - 600), note.start()) is not None


#: a results table's cumulative heading, with the months of its year still to run
_CUMULATIVE_HEADING = re.compile(r"\b(?P<h>year|12\s+mths|twelve\s+mths|nine\s+mths|9\s+mths|six\s+mths|6\s+mths)\s+(?:oper|shr|net|primary|revs?|sales|loss|profit)\b", re.I)
_MONTHS_TO_RUN = {"year": 0, "12": 0, "twelve": 0, "nine": 3, "9": 3, "six": 6, "6": 6}


def _table_year_end(ctx: _Ctx, s: int) -> date | None:
    """The last month of the year a results note at ``s`` reports on: the table's quarter closes
    it under a "Year" heading, and three or six months before it closes under "Nine mths" or
    "Six mths" (a March story's nine months run in a year closing in June). None outside a note,
    or when the table has no cumulative heading to say where the year stands."""
    if ctx.dct is None or not _in_results_note(ctx, s):
        return None
    para = ctx.text.rfind("\n\n", 0, s) + 1
    heading = next(reversed(list(_CUMULATIVE_HEADING.finditer(ctx.text, para, s))), None)
    if heading is None:
        return None
    return _add_months(_reported_quarter(ctx)[2].replace(day=1), _MONTHS_TO_RUN[heading.group("h").split()[0].lower()])


def _company_days(close: date, months: int) -> tuple[date, date] | None:
    """The days of a company's period of ``months`` closing on ``close`` when they are not the
    calendar period its value names (a year to January 31, a quarter to February 27); None when
    they are, so the value's own days stand."""
    if _last_of_month(close) and close.month % months == 0:
        return None
    if _last_of_month(close):
        return _add_months(close.replace(day=1), 1 - months), close
    return _add_months(close, -months) + timedelta(days=1), close


def _reported_quarter(ctx: _Ctx) -> tuple[int, int, date]:
    """(year, quarter, last day) of the quarter a results story reports: the one the text dated by
    its closing day, else the one in focus, else the last to close before the story (companies
    report within weeks of a quarter's end)."""
    assert ctx.dct is not None
    if ctx.fiscal is not None:
        value, _, last = ctx.fiscal
        return int(value[:4]), int(value[6]), last
    if ctx.headline is not None and ctx.headline[0].startswith("Q"):
        return ctx.headline[1].year, int(ctx.headline[0][1]), ctx.headline[1]
    if ctx.last_quarter is not None:
        y, q = ctx.last_quarter
    else:
        y, q = (ctx.dct.year - 1, 4) if ctx.dct.month <= 3 else (ctx.dct.year, (ctx.dct.month - 1) // 3)
    return y, q, _add_months(date(y, 3 * q - 2, 1), 3) - timedelta(days=1)


@_rule(r"(?P<rel>year-earlier|year-ago|yr-ago|yr-earlier|(?:(?<=the\s)|(?<=:\s)|(?<=\.\s)|(?<=\.\s\s))year\s+ago(?=\s+(?!and\b|or\b|when\b|as\b|to\b|in\b|on\b|at\b|for\b)[a-z]))")
def _year_earlier(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if ctx.dct is None:
        return _Norm("DATE", "XXXX", None, "none")
    if ctx.last_quarter:
        y, q = ctx.last_quarter
        return _Norm("DATE", f"{y - 1:04d}-Q{q}", None, "dct", True, comparison=True)
    ref = ctx.ref_year(s, carry=False)
    if ref is not None and ref[1] is None:
        # "1986 net includes ... vs yr-ago loss": the year before the one the sentence reports on
        return _Norm("DATE", f"{ref[0] - 1:04d}", None, "text", comparison=True)
    return _Norm("DATE", f"{ctx.dct.year - 1:04d}", None, "dct", True, comparison=True)


@_rule(rf"(?P<m>{_MONTH_RE})\s+(?:of\s+)?(?P<r>this|last|next)\s+year", prio=4)
def _month_rel_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    month = _month_of(m.group("m"))
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{month:02d}", None, "none")
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group("r").lower()]
    return _Norm("DATE", f"{y:04d}-{month:02d}", None, "dct", True)


@_rule(r"the\s+(?P<u>year|week|month)\s+(?P<dir>before|earlier|after)(?=\s*(?:[,.;:)]|$|\s+(?:and|but|when|while|as|to|in|at|for)\b))", prio=2)
def _the_year_before(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"compared to 5,681,000 the same period the year before": the year before the reference
    time ("before the war" would name an event, so only a closed phrase counts). "up 76 mln dlrs
    from the week before" counts from the day in focus, "the month before" from the month."""
    delta = 1 if m.group("dir").lower() == "after" else -1
    unit = m.group("u").lower()
    if unit == "week":
        if ctx.last_day is not None:
            return _Norm("DATE", _fmt(ctx.last_day + timedelta(weeks=delta), "week"), None, "text", comparison=True)
        return replace(_rel(ctx, "week", "week", delta), comparison=True)
    if unit == "month":
        if ctx.last_month is not None:
            d = _add_months(date(ctx.last_month[0], ctx.last_month[1], 1), delta)
            return _Norm("DATE", _fmt(d, "month"), None, "text", comparison=True)
        return replace(_rel(ctx, "month", "month", delta), comparison=True)
    ref = ctx.ref_year(s)
    if ref is not None:
        return _Norm("DATE", f"{ref[0] + delta:04d}", None, "text", comparison=True)
    if ctx.dct is None:
        return _Norm("DATE", "XXXX", None, "none")
    return _Norm("DATE", f"{ctx.dct.year + delta:04d}", None, "dct", True, comparison=True)


@_rule(r"(?:(?P<pre>later|earlier)\s+)?that\s+(?P<u>year)", prio=2)
def _that_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if ctx.last_year is None:
        return None
    mod = {"later": "END", "earlier": "START"}.get((m.group("pre") or "").lower())
    return _Norm("DATE", f"{ctx.last_year:04d}", mod, "text")


@_rule(r"(?P<the>the|this|last|next|that)\s+weekend", prio=3)
def _the_weekend(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    rel = m.group("the").lower()
    if rel == "that":
        return None
    if ctx.dct is None:
        return _Norm("DATE", "XXXX-WXX-WE", None, "none")
    dct = ctx.dct
    saturday = dct - timedelta(days=(dct.weekday() - 5) % 7)  # the latest Saturday on or before the DCT
    if rel == "next" and dct.weekday() < 5:
        # "two of which debut this Sunday, and another, next weekend": on a weekday "this weekend"
        # is the coming one, so "next weekend" is the one after, as "next week" is
        saturday += timedelta(days=14)
    elif rel == "next" or (rel in ("the", "this") and dct.weekday() < 5 and ctx.tense(s, e) in ("future", "ahead")):
        saturday += timedelta(days=7)
    elif rel == "last" and dct.weekday() >= 5:
        saturday -= timedelta(days=7)
    return _Norm("DATE", _fmt(saturday, "weekend"), None, "dct", True)


_FIXED_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
                   "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
                   "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
                   "boxing day": (12, 26), "may day": (5, 1), "st. patrick's day": (3, 17),
                   "fourth of july": (7, 4), "remembrance day": (11, 11), "all saints' day": (11, 1),
                   "guy fawkes day": (11, 5), "guy fawkes night": (11, 5), "lincoln's birthday": (2, 12)}  # fmt: skip
#: Other spellings of one holiday's name.
_HOLIDAY_ALIASES = {"saint patrick's day": "st. patrick's day", "st patrick's day": "st. patrick's day",
                    "all saints day": "all saints' day", "presidents' day": "presidents day",
                    "president's day": "presidents day", "whit sunday": "pentecost", "whitsun": "pentecost",
                    "pentecost sunday": "pentecost", "martin luther king jr. day": "martin luther king day",
                    # Duckling's corpus (facebook/duckling, Time/EN/US/Corpus.hs): the federal names and
                    # the spellings without an apostrophe
                    "mlk day": "martin luther king day", "martin luther king's day": "martin luther king day",
                    "washington's birthday": "presidents day", "mothers day": "mother's day",
                    "fathers day": "father's day", "mothers' day": "mother's day", "fathers' day": "father's day", "new years day": "new year's day", "new years eve": "new year's eve",
                    "mardi gras": "shrove tuesday", "pancake day": "shrove tuesday"}  # fmt: skip
#: Days counted from Easter Sunday (Western churches; the Gregorian computus below).
_EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                    "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "holy saturday": -1,
                    "ascension day": 39, "pentecost": 49, "whit monday": 50, "shrove tuesday": -47,
                    "trinity sunday": 56}  # fmt: skip
#: A holiday's name opening another name: "the Good Friday Agreement", "Christmas Island", "Easter eggs".
_HOLIDAY_NAME_AFTER = re.compile(r"\s+(?:(?-i:Agreement|Accord|Island|Islands|Rising|Uprising|Offensive|Rebellion)\b|(?-i:[Ee]ggs?|[Bb]unny)\b)")


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own letters
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_FLOATING_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
                      "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
                      "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
                      # the United States' Mother's and Father's Days (Britain's Mothering Sunday follows Lent)
                      "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}  # fmt: skip


@_rule(r"(?:(?P<rel>last|next|this)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Boxing\s+Day|May\s+Day|(?:St\.?|Saint)\s+Patrick's\s+Day|Fourth\s+of\s+July|Remembrance\s+Day|All\s+Saints'?\s+Day|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Holy\s+Saturday|Ascension\s+Day|Pentecost(?:\s+Sunday)?(?![a-z])|Whit(?:sun(?![a-z])|\s+(?:Sunday|Monday))|Presidents'?\s+Day|President's\s+Day|Columbus\s+Day|Mother(?:'s|s'?)\s+Day|Father(?:'s|s'?)\s+Day|Black\s+Friday|Martin\s+Luther\s+King\s+Jr\.\s+Day|Cyber\s+Monday|MLK\s+Day|Martin\s+Luther\s+King's\s+Day|Washington's\s+Birthday|Lincoln's\s+Birthday|Guy\s+Fawkes\s+(?:Day|Night)|New\s+Years\s+(?:Day|Eve)|Mardi\s+Gras|Shrove\s+Tuesday|Pancake\s+Day|Trinity\s+Sunday))(?P<wk>\s+(?-i:[Ww]eek-?end|[Ww]eek))?(?:(?:,?|\s+of)\s+(?P<y>" + _YEAR_RE + r"))?", prio=3)
def _holiday(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    name = re.sub(r"\s+", " ", m.group("h").lower())
    name = _HOLIDAY_ALIASES.get(name, name)
    if _HOLIDAY_NAME_AFTER.match(ctx.text, m.end("h")):
        return None

    def on(year: int) -> date:
        if name in _EASTER_HOLIDAYS:
            return _easter(year) + timedelta(days=_EASTER_HOLIDAYS[name])
        if name in _FIXED_HOLIDAYS:
            mo, d = _FIXED_HOLIDAYS[name]
            return date(year, mo, d)
        if name == "black friday":
            return _nth_weekday(year, 11, 3, 4) + timedelta(days=1)  # the day after Thanksgiving
        if name == "cyber monday":
            return _nth_weekday(year, 11, 3, 4) + timedelta(days=4)  # the Monday after Thanksgiving
        mo, wd, n = _FLOATING_HOLIDAYS[name]
        return _nth_weekday(year, mo, wd, n)

    # "as Easter week began" is the week holding Easter Sunday (TimeBank: 2000-W16)
    week = (m.group("wk") or "").strip().lower().replace("-", "")

    def value(d: date) -> str:
        if week == "weekend" and d.weekday() == 0:
            d -= timedelta(days=2)  # "Memorial Day weekend" ends on the Monday holiday
        return _fmt(d, week) if week else d.isoformat()

    if m.group("y"):
        return _Norm("DATE", value(on(int(m.group("y")))), None, "text")
    if ctx.dct is None:
        if name in _FIXED_HOLIDAYS and not week:
            mo, d = _FIXED_HOLIDAYS[name]
            return _Norm("DATE", f"XXXX-{mo:02d}-{d:02d}", None, "none")
        if not week:
            # a movable feast is still a day: tag it whole rather than leave "Wednesday" of "Ash
            # Wednesday" to the weekday rule
            return _Norm("DATE", "XXXX-XX-XX", None, "none")
        return None
    rel = (m.group("rel") or "").lower()
    of_year = _OF_REL_YEAR.match(ctx.text, e)
    if of_year is not None and not week:
        # "on Independence Day of this year": the year is written, however the clause leans
        year = ctx.dct.year + {"this": 0, "next": 1, "last": -1}[of_year.group(1).lower()]
        return _Norm("DATE", value(on(year)), None, "dct", True)
    cands = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    if rel == "last":
        best = max(d for d in cands if d < ctx.dct)
    elif rel == "next":
        best = min(d for d in cands if d > ctx.dct)
    else:
        tense = ctx.tense(s, e)
        # as for a month and day, the tense decides only within ten months ("breaks for Easter" in
        # a past-tense March sentence is the coming Easter, not last year's)
        pool = [d for d in cands if (d <= ctx.dct if tense == "past" else d >= ctx.dct if tense == "future" else True) and abs((d - ctx.dct).days) <= 300]  # type: ignore[operator]
        if not pool and tense == "past" and _done_on_the_day(ctx, s, e):
            # "the plant was closed on New Year's Day" in November: an act already done on the
            # day is the last such day, however far back the year has run
            pool = [d for d in cands if ctx.dct - timedelta(days=366) < d <= ctx.dct]  # type: ignore[operator]
        elif not pool and tense == "future" and ctx.doc is not None and _tense_from_doc(ctx.doc, s, e) == "future":
            # "plans to leave before Independence Day" three weeks after it: what the parse says
            # lies ahead is the next such day, not the one just gone ("figures reduced by Memorial
            # Day" is future only to the text's cue for "by")
            pool = [d for d in cands if ctx.dct <= d < ctx.dct + timedelta(days=366)]  # type: ignore[operator]
        best = min(pool or cands, key=lambda d: abs((d - ctx.dct).days))  # type: ignore[operator]
    return _Norm("DATE", value(best), None, "dct", True)


_WEEK_ONLY = re.compile(r"\d{4}-W\d\d")
_OF_REL_YEAR = re.compile(r"\s+of\s+(this|next|last)\s+year\b", re.I)
#: what places an act on a holiday rather than before it: "closed for Easter" in March is a break ahead
_ON_THE_DAY_BEFORE = re.compile(r"\b(?:on|over|during|since)\s+$", re.I)


def _done_on_the_day(ctx: _Ctx, s: int, e: int) -> bool:
    """The day at ``s:e`` dates a verb in the past tense, in a clause with no word looking ahead
    ("shops were shut on Christmas Day"), not a plan reported in the past ("said it would close
    on Easter Monday")."""
    if ctx.doc is None or not _ON_THE_DAY_BEFORE.search(ctx.text, max(0, s - 12), s) or not _past_clause(ctx, s, e):
        return False
    verb = _verb_of(ctx.doc, s, e)
    if verb is None or not _adjunct_of(ctx.doc, verb, s, e):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)


@_rule(rf"(?-i:(?P<q>Q[1-4]|[1-4]Q)|(?P<h>H[12]))(?:(?:\s+|\s*[-/]\s*|\s+of\s+)(?P<y>{_YEAR_RE}|'?\d\d))?|(?P<y2>{_YEAR_RE})\s*[-/]?\s*(?-i:(?P<q2>Q[1-4])|(?P<h2>H[12]))", prio=3)
def _q_abbrev(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    tag = m.group("q") or m.group("h") or m.group("q2") or m.group("h2")
    code, n = ("Q", int(tag.strip("QH"))) if "Q" in tag else ("H", int(tag[1]))
    ytxt = m.group("y") or m.group("y2")
    if ytxt:
        digits = ytxt.lstrip("'")
        year = int(digits) if len(digits) == 4 else 2000 + int(digits) if int(digits) < 50 else 1900 + int(digits)
        if code == "Q":
            _set_quarter(ctx, year, n)
        return _Norm("DATE", f"{year:04d}-{code}{n}", None, "text")
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{code}{n}", None, "none")
    year = _period_year(ctx, (n - 1) * (3 if code == "Q" else 6) + 1, 3 if code == "Q" else 6, s, e)
    if code == "Q":
        _set_quarter(ctx, year, n)
    return _Norm("DATE", f"{year:04d}-{code}{n}", None, "dct", True)


@_rule(rf"the\s+(?P<q>full\s+|fiscal\s+|financial\s+|current\s+|whole\s+|entire\s+)?year(?P<ended>\s+(?:ended|ending|ends|that\s+ended|(?:started|starting|beginning|begun)(?=\s+{_MONTH_RE})|(?<!current\syear\s)to(?=\s+(?:end-|{_MONTH_RE}\b))))?", prio=1)
def _the_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if m.group("ended"):
        return _Norm("DURATION", "P1Y", None, "none", cut_right=m.start("ended"))
    before = ctx.text[max(0, s - 30) : s].lower()
    after = ctx.text[e : e + 12]
    if re.search(r"(?:\bfor|months\s+of|half\s+of|quarter\s+of|rest\s+of|during|throughout)\s+$", before) and re.match(r"\s*(?:[,.;]|$)|'s\b|\s+(?:of\s+\$|were|was)\b", after):
        return _year_in_view(ctx, s, e)
    if (m.group("q") or "").strip().lower() in ("full", "whole", "entire") and not re.match(r"'s\b", after):
        return _year_in_view(ctx, s, e)  # "Sales for the full year were $6.6 billion"
    return None


#: a company's year dated by the day it closed: "the year ended March 31", "fiscal year ending
#: October 31, 1987"
_YEAR_CLOSED = re.compile(rf"\byear,?\s+(?:that\s+)?(?P<how>ended|ending|ends)\s+(?P<m>{_MONTH_RE})\.?\s*(?P<d>{_DAY_RE})?\b(?:,?\s+(?P<y>{_YEAR_RE})\b)?", re.I)


def _year_in_view(ctx: _Ctx, s: int, e: int) -> _Norm:
    """The year "the year" / "the full year" takes up, TimeML's reference time for an anaphoric
    year: the company's year the story dated by its closing day ("For the year ended Sept. 30,
    Ralston earned ... For the year, pet food volume was flat" is the year to September 30), else
    the year the sentence or the one before names ("In 1986 ChemLawn earned 1.19 dlrs per share
    for the full year"); only without either is it the document's year. A March results story's
    "for the full year" is the year it reports, not the one it was written in."""
    if ctx.dct is None:
        return _rel(ctx, "year")
    clause = ctx.text[max(0, s - 200) : s]
    clause = clause[max((b.end() for b in _SENT_BREAK.finditer(clause)), default=0) :]
    ahead = ctx.tense(s, e) == "future" or _FORECAST_BEFORE.search(clause) is not None
    closed = next(reversed(list(_YEAR_CLOSED.finditer(ctx.text, 0, s))), None)
    if closed is not None:
        return _year_closed_by(ctx, closed, ahead)
    ref = ctx.ref_year(s)
    if ref is not None and not (ref[0] < ctx.dct.year and ahead):
        # a forecast "will dilute earnings ... for the full year" after "bought last year" is
        # the year to come
        return _Norm("DATE", f"{ref[0]:04d}", None, "text")
    return _rel(ctx, "year")


_FORECAST_BEFORE = re.compile(r"\b(?:will|shall|expects?|expected|forecasts?|estimates?|projects?|predicts?)\b|'ll\b", re.I)


def _year_closed_by(ctx: _Ctx, closed: re.Match[str], ahead: bool = False) -> _Norm:
    """The twelve months up to the closing day ``closed`` names, valued by the year it closed in,
    as TimeBank values a fiscal period. ``ahead``: the clause looks forward ("is optimistic about
    the outlook for the year" after "For the year ended December 31, Paradyne reported a net
    loss"), so a year already closed is followed by the next one, which closes a year later."""
    assert ctx.dct is not None
    close = _closing_day(ctx.dct, closed)
    tagged = next((d for ds, _, d in ctx.dated if ds == closed.start("m")), None)
    if tagged is not None and not closed.group("y"):
        # the closing day as the tagger dated it, by its clause's tense: "Revenues for the year
        # ended August 31 will be about 1.2 billion" in March closes ahead
        close = close.replace(year=tagged.year, day=min(close.day, calendar.monthrange(tagged.year, close.month)[1]))
    if ahead and close < ctx.dct:
        close = close.replace(year=close.year + 1, day=min(close.day, calendar.monthrange(close.year + 1, close.month)[1]))
    return _year_to(close, closed.group("y") is not None)


def _year_to(close: date, written: bool = False) -> _Norm:
    """The company's year closing on ``close``: twelve months to it, valued by the closing year."""
    start = _add_months(close.replace(day=1), -11) if _last_of_month(close) else _add_months(close, -12) + timedelta(days=1)
    return _Norm("DATE", f"{close.year:04d}", None, "text" if written else "dct", not written, span=(start, close))


#: a results headline's period and closing day: "4TH QTR JAN 31 NET", "YEAR ENDED DEC 31 LOSS",
#: "NINE MTHS JAN 31 NET", "1ST HALF DEC 31 NET"
_HEADLINE_PERIOD = re.compile(
    r"\b(?:(?P<q>1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)|(?P<y1>YEAR|YR)|(?:NINE|SIX|9|6)\s+MTHS|(?:1ST|2ND)\s+HALF)"
    r"\s+(?:(?:ENDED|ENDING|ENDS|TO)\s+)?(?P<m>JAN|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE|JUN|JULY|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)[A-Z]*\.?"
    rf"\s*(?P<d>[12]\d|3[01]|0?[1-9]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)?\b(?:,?\s+(?P<y>{_YEAR_RE})\b)?"
    # the period ends the headline or its figure's name follows ("JAN 31 NET"), not other words
    r"(?=\s*$|\s+(?:NET|LOSS|OPER|PROFIT|EARNINGS|SALES|REVS?|SHR|RESULTS|INCOME)\b)"
)
_ORDINAL_Q = {"1ST": 1, "2ND": 2, "3RD": 3, "4TH": 4, "FIRST": 1, "SECOND": 2, "THIRD": 3, "FOURTH": 4}


def headline_period(title: str | None, dct: date | None) -> tuple[str, date] | None:
    """(period, closing day) of the results period a wire headline names with
    its closing day. A company reports a period after it closes, so an unwritten year is the last
    one in which that day fell on or before the story's date."""
    m = _HEADLINE_PERIOD.search(title or "")
    if m is None or dct is None:
        return None
    month = _month_number(m.group("m"))
    assert month is not None
    day = int(_num(m.group("d")) or 31) if m.group("d") else 31  # "OCT THREE": Reuters spells days under ten
    if m.group("y"):
        year = int(m.group("y"))
    else:
        year = dct.year if (month, min(day, 28)) <= (dct.month, dct.day) else dct.year - 1
    close = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    kind = f"Q{_ORDINAL_Q[m.group('q')]}" if m.group("q") else "year" if m.group("y1") else "part"
    return kind, close


#: a results table's heading naming its period by the closing day: "Qtr ended Dec 31", "Period
#: ends February 28", "Year ended June 30"
_HEADING_CLOSED = re.compile(rf"\b(?:qtr|quarter|period|year|yr)s?,?\s+(?P<how>ended|ending|ends)\s+(?P<m>{_MONTH_RE})\.?\s*(?P<d>{_DAY_RE})?\b(?:,?\s+(?P<y>{_YEAR_RE})\b)?", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d|\bcts|\bdlrs?|\bmln|\bbillion|\bnil|N/A|\))[ \t]*\n?[ \t]*$")


@_rule(r"(?-i:Year|YEAR)(?=\s+(?:Oper(?:ating)?\s+|Primary\s+)?(?-i:[Ss]hr|SHR|[Nn]et|NET|[Rr]evs?|[Ss]ales|[Ll]oss|[Pp]rofit|[Ii]ncome|[Ee]arnings)\b)")
def _year_heading(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """A results table's "Year" heading ("Revs 88.2 mln vs 69.7 mln Year Oper shr 96 cts") is the
    company's year the table closes with: the year up to the closing day its quarter's heading
    wrote ("Qtr ended Dec 31"), or the year of the fourth quarter it follows. With neither, the
    table says not which year it is, and no row is better than a guessed one."""
    if ctx.dct is None or not (s == 0 or _FIGURE_BEFORE.search(ctx.text, max(0, s - 16), s)):
        return None
    closed = next(reversed(list(_HEADING_CLOSED.finditer(ctx.text, 0, s))), None)
    if closed is not None:
        return _year_closed_by(ctx, closed)
    if ctx.headline is not None and ctx.headline[0] in ("Q4", "year"):
        return _year_to(ctx.headline[1])  # "4TH QTR JAN 31" / "YEAR JAN 31" in the headline only
    if ctx.last_quarter is not None and ctx.last_quarter[1] == 4:
        return _Norm("DATE", f"{ctx.last_quarter[0]:04d}", None, "dct", True)
    return None


_HEADING_MONTHS = {"nine": 9, "9": 9, "six": 6, "6": 6}


@_rule(r"(?P<n>(?-i:Nine|NINE|Six|SIX)|9|6)\s+(?-i:mths|MTHS|months|MONTHS)(?=\s+(?:Oper(?:ating)?\s+|Primary\s+)?(?-i:[Ss]hr|SHR|[Nn]et|NET|[Rr]evs?|[Ss]ales|[Ll]oss|[Pp]rofit|[Ii]ncome|[Ee]arnings)\b)", prio=3)
def _months_heading(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """A results table's "Nine mths" / "Six mths" heading is a DURATION (P9M), as TimeML values a
    count of months; when the table's heading dates its quarter by the closing day ("Qtr ends
    March 31 ... Six mths"), its days are the months up to that day, so a BI filter on
    ``date_start``/``date_end`` finds the period the figures cover."""
    months = _HEADING_MONTHS[m.group("n").lower()]
    norm = _Norm("DURATION", f"P{months}M", None, "none")
    if ctx.dct is None or not (s == 0 or _FIGURE_BEFORE.search(ctx.text, max(0, s - 16), s)):
        return norm
    closed = next(reversed(list(_HEADING_CLOSED.finditer(ctx.text, 0, s))), None)
    if closed is not None:
        close = _closing_day(ctx.dct, closed)
    elif ctx.fiscal is not None:
        close = ctx.fiscal[2]  # "the third quarter ended September 30" in the story's prose
    elif ctx.headline is not None:
        close = ctx.headline[1]  # "3RD QTR JAN 31 NET" in the headline only
    else:
        return norm  # no day to count back from
    if _last_of_month(close):
        start = _add_months(close.replace(day=1), 1 - months)
    else:
        start = _add_months(close, -months) + timedelta(days=1)
    return replace(norm, span=(start, close))


def _last_of_month(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _closing_day(dct: date, m: re.Match[str]) -> date:
    """The day a period "ended"/"ending" (month, optional day and year) closed: a written year
    decides; "ended" looks back from the document date, "ending" takes the closing day nearest it."""
    month = _month_of(m.group("m"))
    if m.group("y"):
        year = int(m.group("y"))
    elif m.group("how").lower() == "ended":
        year = dct.year if month <= dct.month else dct.year - 1
    else:
        year = min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs((date(y, month, 28) - dct).days))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(_day_of(m.group("d")), last) if m.group("d") else last)


@_rule(r"(?:(?P<pre>earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(?P<rel>next|following|previous|preceding))\s+(?:(?:business|trading|working)\s+(?=day\b))?(?P<u>day|morning|afternoon|evening|night)", prio=2)
def _that_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """Days resolved against the last full date in the text ("Oct. 23 ... that same day")."""
    rel = (m.group("rel") or "").lower()
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    if ctx.last_day is None:
        return None  # "strong redemptions that day": with no day named the day is no date
    if not step and ctx.month_named is not None and ctx.month_named[2] > ctx.last_day_end:
        # the narrative moved on to a month after its last day ("most recently last October when
        # Dr. Barnett Slepian was gunned down ... crossed out that same day"): a day of that month
        y, mo, _ = ctx.month_named
        return _Norm("DATE", f"{y:04d}-{mo:02d}-XX", None, "text")
    d = ctx.last_day + timedelta(days=step)
    if step and re.search(r"(?:business|trading|working)\s+day", m.group(0), re.I):
        while d.weekday() >= 5:  # "the previous business day" before a Monday is the Friday
            d += timedelta(days=step)
    mod = {"earlier": "START", "later": "END"}.get((m.group("pre") or "").lower())
    unit = m.group("u").lower()
    value = d.isoformat() + ("" if unit == "day" else "T" + _PART_OF_DAY[unit])
    return _Norm("DATE", value, mod, "text")


@_rule(
    r"the\s+(?P<u>days|weeks|months|day)(?=\s+(?P<rel>before|after|following|preceding|leading\s+up\s+to)\s)"
)
def _event_anchored(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"in the weeks before the shooting", "the day after his death": TimeML tags the unit as a
    date anchored to the event, which the story dated earlier ("the Oct. 23 sniper shooting");
    TimeBank values the weeks or days around it by the event's month (APW19990506, NYT19990505)
    and the day after it as that day plus one (NYT19981121). With no past day written out the
    event's time is unknown and nothing is tagged."""
    if _TIME_WORD_AFTER.match(ctx.text, m.end("rel")):
        return None  # "the day before yesterday", "the weeks after the holidays" name times of their own
    unit = m.group("u").lower()
    if ctx.text[max(0, s - 2) : s] == ", " and ctx.last_day_end == s - 2:
        # in apposition to the day just named ("Oct. 12, the day before the stock market plunge",
        # "last seen Nov. 3, the day before authorities issued a warrant") the phrase repeats that
        # day: TimeBank dev tags it once in two, so it is left untagged as before
        return None
    if ctx.event_day is None or not _EVENT_AFTER.match(ctx.text, m.end("rel")):
        return None
    if unit != "day":
        return _Norm("DATE", f"{ctx.event_day.year:04d}-{ctx.event_day.month:02d}", None, "text", cut_left=m.start("u"))
    step = -1 if m.group("rel").lower() in ("before", "preceding") else 1
    return _Norm("DATE", (ctx.event_day + timedelta(days=step)).isoformat(), None, "text", cut_left=m.start("u"))


#: An event after the signal: a noun with its determiner ("the shooting", "his death"; not "the
#: 1987 accord", whose own date the text names), or a name in a past passive ("Slepian was killed").
_EVENT_AFTER = re.compile(r"\s+(?:(?:the|his|her|their|its)\s+(?-i:[a-z]+)\b(?!\s+(?:of\s+)?\d)|(?-i:[A-Z][a-z]+)\s+(?:was|were)\s+[a-z]+ed\b)")
_TIME_WORD_AFTER = re.compile(
    r"\s+(?:the|his|her|their|its)\s+(?:day|week|month|year|quarter|holidays?|weekend)\b",
    re.I,
)


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


_NAME_BEFORE = re.compile(r"(?-i:[A-Z][A-Za-z&'-]*) $")


def _in_title(ctx: _Ctx, s: int, e: int) -> bool:
    """A capitalized word right after another one inside a sentence is part of a name: "USA Today",
    "the China Daily quoted", not the day or a recurrence."""
    word = ctx.text[s:e]
    return word[:1].isupper() and word[1:].islower() and _NAME_BEFORE.search(ctx.text, max(0, s - 30), s) is not None


#: Nouns after "today's" that make it "nowadays" (an era), not the day: "today's youth", "in
#: today's world"; TBAQ dev tags such a generic "today" 0 of 3 times and a dated one 2 of 2.
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|youth|society|generations?|young|children|kids|teenagers|culture|age)\b", re.I
)


@_rule(r"(?P<w>today|tonight|yesterday|tomorrow)", prio=2)
def _today(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    word = m.group("w").lower()
    if _in_title(ctx, s, e):
        return None
    if word == "today" and _GENERIC_TODAY.match(ctx.text, e):
        return None
    n = _rel(ctx, "day", "day", _DEICTIC[word])
    if word == "tonight":
        return _Norm("TIME", n.value + "TNI", None, n.anchor, n.year_inferred)
    return n


@_rule(
    r"the\s+day\s+(?P<w>before|after)\s+(?P<x>yesterday|tomorrow)"
    # "the events we sustained yesterday and the day before": the day before yesterday, elided
    r"|(?:(?<=\byesterday\sand\s)|(?<=\byesterday\sor\s))the\s+day\s+before(?![\w-])(?!\s+(?:the|his|her|their|its|a|an|that|this|last)\b)",
    prio=2,
)
def _day_before(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if m.group("x") is None:
        return _rel(ctx, "day", "day", -2)
    n = _DEICTIC[m.group("x").lower()] + (-1 if m.group("w").lower() == "before" else 1)
    return _rel(ctx, "day", "day", n)


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "present": "PRESENT_REF", "at present": "PRESENT_REF",
    "the time being": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF", "the distant future": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the coming": "FUTURE_REF",
}  # fmt: skip


@_rule(
    r"(?P<w>now|currently|nowadays|these\s+days|recently|lately|the\s+past|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long|longer)\s+term|current"
    # TimeML leaves the preposition out: "At present Ryanair has", "At the moment songs are sold"
    r"|(?<=\bat\s)present(?![\w-])(?!\s+(?:day|value|time|tense|form|rates?|levels?|prices?)\b)"
    # ("for the moment", like "for now", is a stance TimeBank leaves untagged)
    r"|(?<=\bat\s)the\s+moment(?!\s+(?:of|when|that|where|which|before|after|it|he|she|they|we|I|you)\b))"
)
def _ref(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    last = m.group("w").split()[-1]
    if last[:1].isupper() and last[1:].islower() and s > 0 and re.match(r"\s+(?-i:[A-Z][a-z]+)", ctx.text[e : e + 20]):
        if not _SENT_BREAK.search(ctx.text, max(0, s - 3), s + 1) and ctx.text[max(0, s - 2) : s].strip() not in ('"', "``"):
            return None  # "the Future Industry Association", "Now Communications": a name, mid-sentence
    if word in ("current", "recent", "future"):
        nxt = re.match(r"\s+(\w+)", ctx.text[e : e + 30])
        if not nxt or nxt.group(1).lower() in ("account", "accounts", "contract", "contracts", "events", "price", "prices", "value", "generations", "members", "and", "or", "form", "plans", "issue", "issues", "account", "system", "management", "structure", "holders"):
            return None
    if word == "current" and _current_not_now(ctx.text, s, e):
        return None
    if re.match(r"-[a-z]", ctx.text[e : e + 2], re.I):
        return None  # part of a compound adjective: "a now-defunct vendor", "recently-listed"
    if word.endswith(" term") and _modifies_next_noun(ctx.text, s, e):
        return None  # "the short term international capital market": "short term" qualifies the market
    if word == "the future" and _modifies_next_noun(ctx.text, s, e):
        return None  # "the future results": "future" before a noun is tagged 3 of 13 times in TBAQ dev
    if word == "the past" and re.match(rf"\s+(?!an?\s)(?:{_NUM_RE})\s+[a-z]", ctx.text[e : e + 30], re.I):
        return None  # "the past three summers" is not the vague past
    return _Norm("DATE", _REFS[word], None, "none")


#: "current" in its finance senses names no time: "current expenditure" (as against capital
#: spending), "current assets/liabilities", "high current income", and the Japanese "current
#: profit" (recurring profit); "current" before an amount and "vs" is that profit's table row.
_CURRENT_FINANCE = re.compile(
    r"\s+(?:expenditures?|spending|assets|liabilit(?:y|ies)|income|profits?|loss(?:es)?"
    r"|[\d.,]+\s+(?:(?:billion|mln|million)\s+)?(?:(?:yen|dlrs)\s+)?vs\b)",
    re.I,
)
#: An earnings note's "Current nine mths net", "Current periods include": the reported periods
#: the note qualifies, not the present; the count ("nine mths") keeps its own tag.
_CURRENT_NOTE = re.compile(
    rf"\s+(?:periods\b|half\s+(?:net|revs?|shr|results)\b|yr\b|(?:{_NUM_RE})\s+(?:mths?|months?)\b)", re.I
)


def _current_not_now(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is "current" in a sense that is no present time: a finance term, an earnings
    note's period, "their then current levels" (the past's present), or predicative "is current
    on interest" (up to date with payments)."""
    before = text[max(0, s - 30) : s]
    if _CURRENT_FINANCE.match(text, e):
        return True
    if _CURRENT_NOTE.match(text, e) and not re.search(r"\bthe\s+$", before, re.I):
        return True  # "from the current three months" is the term in force now
    if re.search(r"\bthen\s+$", before, re.I):
        return True
    return bool(
        re.search(r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\s+$", before, re.I)
        and re.match(r"\s+(?:on|for|with|in)\b", text[e : e + 6], re.I)
    )


#: Words that may follow "the long term" when it is the period itself ("in the short term the
#: market ...", "over the longer term and"); any other lower-case word is the noun it qualifies.
_AFTER_TERM = frozenset(
    "and or but nor to of as in on at for from with by is are was were be been will would could should may"
    " might can must it its the a an he she they we i you there than while when which who whom that because"
    " if so also though although despite rather even unless until before after since has have had not"
    " remains remained looks looked about do does did".split()
)


def _modifies_next_noun(text: str, s: int, e: int) -> bool:
    """``text[s:e]``, a phrase such as "the short term", is written as an unhyphenated adjective
    before the noun it qualifies. After "in", "over" or "for" it is the period itself, the comma
    left out ("over the short term prices would plummet"), unless "of" follows that noun ("in the
    long term interests of shareholders")."""
    nxt = re.match(r"[ \t]+([a-z]+)\b(\s+of\b)?", text[e : e + 40])
    if nxt is None or nxt.group(1) in _AFTER_TERM:
        return False
    return bool(nxt.group(2)) or not re.search(r"\b(?:in|over|for|during|within)\s+$", text[max(0, s - 12) : s], re.I)


@_rule(r"the\s+(?:(?P<few>next\s+few|few)\s+)?(?P<u>days|weeks|months|years)\s+ahead")
def _units_ahead(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"in the weeks ahead" is a stretch of unknown length like "the next few weeks": PXW."""
    return _Norm("DURATION", _duration_value("X", m.group("u")) or "PXW", None, "none")


@_rule(r"(?:earlier|later|early|late)\s+(?:in|during)\s+(?P<d>the\s+day)(?!\s+(?:of|before|after|when|that|on)\b)")
def _in_the_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"Iran had warned the United States earlier in the day": the day in focus (the DCT's by default)."""
    cut = m.start("d")
    if ctx.last_day is not None:
        return _Norm("DATE", ctx.last_day.isoformat(), None, "text", cut_left=cut)
    return replace(_rel(ctx, "day"), cut_left=cut)


_HEDGED = re.compile(r"\b(?:likely|expect|expects|expected|forecast|forecasts|target|targets|projected|estimates?|predicted|aims?|hopes?|should|could|may|might|must|seeks?|wants?)\b", re.I)


def _past_clause(ctx: _Ctx, s: int, e: int) -> bool:
    """The clause reports what was, with no word looking ahead ("will be delivered" reads as past
    to the text heuristic, which takes the participle for a past verb; "were likely to reach 72
    billion by year-end" is a forecast)."""
    if ctx.tense(s, e) != "past":
        return False
    sentence = _sentence_of(ctx.text, s, e)
    clause = sentence[: max(0, sentence.find(ctx.text[s:e]))]  # what follows may be another clause
    return _FUTURE_WORDS.search(sentence) is None and _HEDGED.search(clause) is None


#: Prepositions that place a state at a year-end already past in a past clause; "by", "before"
#: and "until" name deadlines, mostly in forecasts ("anticipated to begin by mid year"), so they
#: keep the DCT's year.
_LOOKS_BACK_AT = ("at", "after", "around", "near")
#: Words that open the next phrase, so a year-end before them is no modifier.
_CLAUSE_WORDS = r"(?:to|and|or|but|of|when|as|in|on|at|for|from|with|than|was|were|is|are|will|would|could|should|compared|versus|vs|rose|fell|totalled|totaled|stood)\b"


@_rule(r"(?P<prep>by|at|since|before|until|till|through|after|around|near)\s+(?P<d>(?:the\s+)?(?:year[-\s]end|year's\s+end|end[-\s]year|(?P<mid>mid[-\s]?year)))(?:\s+(?P<y>(?:1[6-9]|20)\d\d))?(?!-\w|\s+(?!" + _CLAUSE_WORDS + r")[a-z])")
def _year_end(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"by year-end", "since year-end", "at end-year": the end of the DCT's year (the last one after
    "since"); "before mid-year" its middle. A lower-case word after it must start a new phrase
    ("held contracts at year-end to buy"), not make the expression a modifier ("year-end levels")."""
    cut = m.start("d")
    if m.group("mid"):
        if m.group("y"):
            return _Norm("DATE", m.group("y"), "MID", "text", cut_left=cut)
        if ctx.dct is None:
            return _Norm("DATE", "XXXX", "MID", "none", cut_left=cut)
        past = m.group("prep").lower() in _LOOKS_BACK_AT and _past_clause(ctx, s, e) and ctx.dct.month <= 6
        return _Norm("DATE", f"{ctx.dct.year - past:04d}", "MID", "dct", True, cut_left=cut)
    if m.group("y"):
        return _Norm("DATE", m.group("y"), "END", "text", cut_left=cut)
    if ctx.dct is None:
        return _Norm("DATE", "XXXX", "END", "none", cut_left=cut)
    # "since year-end" and a past clause ("had assets at year-end of 150 mln dlrs") mean the last
    # year-end passed; "by year-end" in a forecast is the DCT's
    prep = m.group("prep").lower()
    back = prep == "since" or (prep in _LOOKS_BACK_AT and _past_clause(ctx, s, e) and (ctx.dct.month, ctx.dct.day) != (12, 31))
    year = ctx.dct.year - back
    return _Norm("DATE", f"{year:04d}", "END", "dct", True, cut_left=cut)


@_rule(r"soon")
def _soon(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """TIMEX2/TimeML mark the adverb "soon" as FUTURE_REF ("may soon seek an indictment"); "as soon
    as", "soon after" are signals, and in a past clause ("was soon released") it is no future."""
    if re.search(r"\b(?:as|so|too|how|very)\s+$", ctx.text[max(0, s - 5) : s], re.I):
        return None
    if re.match(r"\s+(?:after|afterwards|before|as|thereafter|enough)\b", ctx.text[e : e + 12], re.I):
        return None
    if ctx.tense(s, e) == "past":
        return None
    return _Norm("DATE", "FUTURE_REF", None, "none")


@_rule(r"(?P<w>recent|coming|past|the\s+coming|the\s+past|future|the\s+following)\s+(?P<u>days|weeks|months|quarters|years|decades|hours)(?:\s+(?:and|or)\s+(?:days|weeks|months|quarters|years|decades)\b)?")
def _plural_ref(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    w = m.group("w").lower().split()[-1]
    if w == "following":
        # "during the following hours": a stretch after a time the text gives, of no stated
        # length (the TimeML guidelines' PXH)
        return _Norm("DURATION", _duration_value("X", m.group("u")) or "PXY", None, "none")
    if m.group("u").lower() == "hours":
        return None
    if w == "past" and not m.group("w").lower().startswith("the"):
        if _BARE_PAST_BEFORE.search(ctx.text, max(0, s - 10), s) and not ctx.text.startswith("'", e):
            return _Norm("DATE", "PAST_REF", None, "none")  # "there were sell programs in past years, too"
        return None
    if w == "past":
        return _Norm("DURATION", _duration_value("X", m.group("u")) or "PXY", None, "none")
    return _Norm("DATE", "PAST_REF" if w == "recent" else "FUTURE_REF", None, "none")


#: Bare "past years" as a time in the past, as "in recent years" (TBAQ dev wsj_0585); "past years'
#: losses" and other uses before a noun stay untagged.
_BARE_PAST_BEFORE = re.compile(r"\b(?:in|over|during)\s+$", re.I)


@_rule(r"(?:a|some)\s+(?:later|future)\s+date")
def _later_date(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"at a later date": a time ahead the text does not place, FUTURE_REF as TBAQ dev tags it
    (wsj_0981), the preposition left out as for "at present"."""
    return _Norm("DATE", "FUTURE_REF", None, "none")


_THIS_UNIT_AS = re.compile(r"\bthis\s+(?P<u>year|month|week)\s+(?:as|than|and|or)\s+$", re.I)


@_rule(r"last(?=\s*[.,;:)!?'\"]|\s*$)")
def _elided_last(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"twice as high a dividend this year as last": the unit after "last" is left out because
    "this year" just named it, and TimeML tags the "last" that stands for "last year" (TBAQ dev
    wsj_0810: 1988 in a 1989 story)."""
    before = _THIS_UNIT_AS.search(ctx.text, max(0, s - 30), s)
    if before is None:
        return None
    unit = before.group("u").lower()
    return _rel(ctx, unit, unit, -1)


_REL_WORD = r"this\s+past|this\s+coming|this|last|next|past|previous|coming|following|current|the\s+coming|the\s+following|the\s+previous|the\s+preceding|the\s+past|the\s+last|the\s+next|the\s+current|that|the\s+same|the\s+prior|prior|earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|late\s+last"



@_rule(r"(?:earlier|later)\s+(?:in|during)\s+(?P<d>the\s+(?P<u>week|month|year))(?![-'\u2019]|\s+(?:of|before|after|when|that|ended|ending|to|ago|earlier)\b)")
def _later_in_the_unit(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the bank will review rates later in the year", "earlier in the month": as TimeBank tags
    "later in the day", "the year" is the unit in focus, the one the sentence names or the DCT's."""
    cut = m.start("d")
    unit = m.group("u").lower()
    if unit == "year":
        ref = ctx.ref_year(s, carry=False) if ctx.dct is not None else None
        if ref is not None:
            return _Norm("DATE", f"{ref[0]:04d}", None, "text", cut_left=cut)
    elif unit == "week" and ctx.last_day is not None and 0 <= ctx.last_day_end <= s and _same_sentence(ctx.text, ctx.last_day_end, s):
        # "gaming began last Thursday ... after test gaming was completed earlier in the week"
        return _Norm("DATE", _fmt(ctx.last_day, "week"), None, "text", cut_left=cut)
    elif unit == "week" and ctx.last_week is not None and 0 <= s - ctx.last_week[1] <= 600 and _past_clause(ctx, s, e):
        # "Rains in the middle of last week reached 27 mm ... as the lands began drying later in
        # the week": a past clause tells of the week the story last named
        return _Norm("DATE", ctx.last_week[0], None, "text", cut_left=cut)
    elif unit == "month" and ctx.focus_month is not None and 0 <= ctx.focus_month_end <= s:
        if not _SENT_BREAK.search(ctx.text, ctx.focus_month_end, s):
            # "In January, exports rose ... later in the month": the month the sentence names
            return _Norm("DATE", f"{ctx.focus_month[0]:04d}-{ctx.focus_month[1]:02d}", None, "text", cut_left=cut)
    return replace(_rel(ctx, unit), cut_left=cut)


_SAY_BEFORE = re.compile(
    r"\b(?:said|says|say|noted|notes|added|adds|believes?|believed|thinks?|thought|expects?|expected|estimated"
    r"|reported|forecast|predicted|announced|stated|argued|warned|hoped|feared|agreed|indicated|shows?|showed)\s+$",
    re.I,
)


def _complementizer(ctx: _Ctx, s: int) -> bool:
    """"noted that June yen futures set ...": the "that" opens a clause, it does not point at the month."""
    if ctx.doc is not None:
        tok = next((t for t in ctx.doc if t.idx == s), None)
        if tok is not None:
            return tok.dep_ == "mark"
    return _SAY_BEFORE.search(ctx.text, max(0, s - 15), s) is not None


@_rule(r"(?:the\s+(?:past|last|next|coming)|past)\s+fortnight\b", prio=2)
def _relative_fortnight(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"over the past fortnight", "in the next fortnight": the two weeks up to or from now, a
    DURATION as "the past week" is (a bare "last fortnight" may be either, so it stays untagged)."""
    return _Norm("DURATION", "P2W", None, "none")


@_rule(rf"(?P<rel>{_REL_WORD})\s+(?P<u>week|weekend|month|year|decade|century|(?:{_FISCAL}|full)\s+year|spring|summer|fall|autumn|winter|{_MONTH_RE}|{_WEEKDAY_RE})(?![.\s]*\d)", prio=2)
def _relative(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    rel_full = re.sub(r"\s+", " ", m.group("rel").lower())
    rel = rel_full.split()[-1]
    if rel_full == "that" and _complementizer(ctx, s):
        return None
    if rel_full == "following":
        return None  # "Following Monday's record fall": without "the" it is the preposition
    unit = m.group("u")
    if unit[0].isupper() and unit.lower() in _UNIT_CODE:
        return None  # a title such as ABC's "This Week"
    # "its last full year ended September 30" is the company's previous year, as a fiscal year is
    ulow = re.sub(r"\s+", " ", unit.lower()).replace("fiscal ", "").replace("financial ", "").replace("full ", "")
    mod = None
    cut = 0
    if rel_full.startswith(("earlier", "later")) and ulow not in ("year", "month"):
        cut = m.start("rel") + len(m.group("rel").split()[0]) + 1  # "earlier this week" -> "this week"
    elif rel_full.startswith(("earlier", "early")):
        mod = "START"
    elif rel_full.startswith(("later", "late")):
        mod = "END"
    if rel_full == "this past":
        rel, rel_full = "last", "last"
    # "the last year" is the twelve months to now, but "the last financial year" (or "full year") is
    # a named year
    fiscal = unit[:1].lower() == "f" and ulow == "year"
    if rel_full.startswith("the") and rel in ("past", "last", "next", "coming") and ulow in _UNIT_CODE and not fiscal:
        return _Norm("DURATION", _duration_value(1, ulow) or "P1Y", None, "none")
    if rel in ("past",) and ulow in _UNIT_CODE and not fiscal:
        return _Norm("DURATION", _duration_value(1, ulow) or "P1Y", None, "none")
    if rel in ("that", "same") and ulow in ("year", "month", "week"):
        return None
    if rel == "preceding":
        rel = "previous"
    closes = _table_year_end(ctx, s) if rel in ("current", "prior") and ulow == "year" and rel_full == rel else None
    if closes is not None:
        # a results note's "Current year net includes ...", "Prior year figures restated": the
        # table's columns, the year its "Year" or "Nine mths" runs in and the one before, not the DCT's
        year = closes.year - (rel == "prior")
        end = date(year, closes.month, calendar.monthrange(year, closes.month)[1])
        return _Norm("DATE", f"{year:04d}", mod, "dct", True, comparison=rel == "prior", span=_company_days(end, 12))
    if rel in ("following", "previous", "prior") and ulow in ("year", "month"):
        # anaphoric: "the previous month" follows the last month or year written in the text
        delta = 1 if rel == "following" else -1
        if ulow == "year":
            # an earnings note's bare "Prior year net ..." labels the comparison column
            ref = ctx.ref_year(s, carry=rel_full.startswith("the"))
            if ref is not None:
                return _Norm("DATE", f"{ref[0] + delta:04d}", mod, "text", comparison=True)
            if ctx.dct is not None:
                return _Norm("DATE", f"{ctx.dct.year + delta:04d}", mod, "dct", True, comparison=True)
        if ulow == "month" and ctx.last_month is not None:
            d = _add_months(date(ctx.last_month[0], ctx.last_month[1], 1), delta)
            return _Norm("DATE", _fmt(d, "month"), mod, "text")
    if rel in ("following", "previous", "prior") and ulow == "week" and rel_full.startswith("the") and ctx.last_day is not None:
        # "in the week ended January 9 ... versus 46,254 tons the previous week": the week next to
        # the day in focus, not to the DCT (TimeML anchors "the following week" on the reference time)
        d = (ctx.week_day or ctx.last_day) + timedelta(days=7 if rel == "following" else -7)
        return _Norm("DATE", _fmt(d, "week"), mod, "text")
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1,
            "coming": 1, "following": 1}.get(rel, 0)  # fmt: skip
    if ulow in _WEEKDAYS:
        wd = _WEEKDAYS[ulow]
        if rel in ("following", "previous", "prior") and ctx.last_day is not None:
            # anaphoric: "down 4.5% from the previous Friday" counts back from the day in focus
            base = ctx.last_day
            if rel == "following":
                d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
            else:
                d = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
            return _Norm("DATE", d.isoformat(), mod, "text", cut_left=cut)
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-WXX-{wd + 1}", mod, "none", cut_left=cut)
        d = _weekday_date(ctx, wd, s, e, {-1: "last", 1: "next", 0: "this"}[step])
        return _Norm("DATE", d.isoformat(), mod, "dct", True, cut_left=cut)
    if ulow in _SEASONS:
        code = _SEASONS[ulow]
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-{code}", mod, "none")
        y = ctx.dct.year
        a, b = _SEASON_MONTHS[code]
        if step == -1:
            y = y if (b >= a and ctx.dct.month > b) else y - 1
        elif step == 1:
            y = y if ctx.dct.month < a else y + 1
        return _Norm("DATE", f"{y:04d}-{code}", mod, "dct", True)
    if ulow.rstrip(".") in _MONTH_NAMES:
        month = _month_of(unit)
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-{month:02d}", mod, "none")
        y = ctx.dct.year
        if step == -1:
            y = y if month < ctx.dct.month else y - 1
        elif step == 1:
            y = y if month > ctx.dct.month else y + 1
        return _Norm("DATE", f"{y:04d}-{month:02d}", mod, "dct", True)
    gran = "weekend" if ulow == "weekend" else ulow
    n = _rel(ctx, gran, ulow, step)
    return replace(n, mod=mod, cut_left=cut)


@_rule(rf"(?:the\s+)?(?P<w>end|beginning|start|middle|rest|close|turn)\s+of\s+(?P<r>the|this|next|last|its|their|our|the\s+current)\s+(?:(?P<fy>{_FISCAL})\s+)?(?P<u>week|month|year|quarter|decade|century)", prio=2)
def _part_of(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID",
           "rest": "END", "turn": "START"}[m.group("w").lower()]  # fmt: skip
    unit = m.group("u").lower()
    r = re.sub(r"\s+", " ", m.group("r").lower())
    if m.group("fy") or r in ("its", "their", "our", "the current"):
        # "as of tomorrow, the end of its fiscal year": the fiscal year running at the DCT, valued
        # by the DCT's year as "the current fiscal year" is; one the text dates ("ending March,
        # 1990", "that ended last Sept") is left to the rules that read that date
        if not (m.group("fy") and unit == "year") or _FISCAL_YEAR_DATED.match(ctx.text, e):
            return None
        r = "the"
    step = {"the": 0, "this": 0, "next": 1, "last": -1}[r]
    if unit == "quarter" and r == "the" and ctx.dct is not None and ctx.last_quarter:
        y, q = ctx.last_quarter
        return _Norm("DATE", f"{y:04d}-Q{q}", mod, "dct", True)
    if m.group("w").lower() == "turn" and unit == "century" and r == "the":
        # the turn nearest the document date: 2000 both in 1987 ("by the turn of the century")
        # and in 2020; the value is the century that turn opens
        if ctx.dct is None:
            return _Norm("DATE", "XX", mod, "none")
        return _Norm("DATE", f"{(ctx.dct.year + 50) // 100:02d}", mod, "dct", True)
    return replace(_rel(ctx, unit, unit, step), mod=mod)


_FISCAL_YEAR_DATED = re.compile(r",?\s+(?:ending|ended|ends|that|which|in|to|starting|beginning|begun)\b", re.I)
_CROP_AFTER = re.compile(r"\s+(?:wheat|barley|oats|rye|rapeseed|crops?|grains?|plantings?|sowings?|seedings?)\b", re.I)
_FALL_SEASON_BEFORE = re.compile(r"\b(?:in|by|the|this|last|next|until|since|during|early|late|mid)[\s-]+$", re.I)


@_rule(r"(?:the\s+)?(?:(?P<rel>this|last|next|that|the\s+same)\s+)?(?:(?P<pm>early|late|mid)(?:\s+|-))?(?P<s>spring|summer|fall|autumn|winter)(?:(?:\s+of\s+|\s+(?=(?:19|20)\d\d(?![\d/-])))(?P<y>" + _YEAR_RE + r"))?|(?P<y2>" + _YEAR_RE + r")\s+(?P<s2>spring|summer|fall|autumn|winter)")
def _season(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    season = (m.group("s") or m.group("s2")).lower()
    y = m.group("y") or m.group("y2")
    code = _SEASONS[season]
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m.group("pm") or "").lower())
    if _CROP_AFTER.match(ctx.text, e):
        return None  # "farmers unable to plant 1987 winter wheat": a crop; the year stays a year
    if m.group("s2") and m.group("s2")[:1].isupper() and re.match(r"\s+(?-i:[A-Z])", ctx.text[e : e + 2]):
        return None  # "the 2010 Winter Olympics", "the 2008 Summer Games": a name; the year stays a year
    if y and season == "fall" and not re.search(r"\bof\s", m.group(0)) and not _FALL_SEASON_BEFORE.search(ctx.text, max(0, s - 12), s):
        return None  # "expected to fall 1987 levels": the verb; "in fall 1987" is the season
    if y:
        return _Norm("DATE", f"{y}-{code}", mod, "text")
    if not m.group(0).lower().startswith("the") and not m.group("rel"):
        return None
    word = m.group("s") or ""
    if word[:1].isupper() and re.match(r"\s+[A-Z]", ctx.text[e : e + 2]):
        return None  # "the Autumn Statement", "the Spring Festival": part of a name
    if season == "fall" and m.group(0).lower().startswith("the fall") and re.match(r"\s+of\s+(?!\d)", ctx.text[e : e + 8]):
        return None
    if season == "fall" and m.group(0).lower().startswith("the fall") and (
        not re.search(r"\b(?:in|during|by|until|till|through|since|before|after|for|from|over|into)\s+$", ctx.text[max(0, s - 8) : s], re.I)
        or re.match(r"\s+(?:in|of|to|from|on|at|below|above|was|is|has|had|would|will|could|may)\b", ctx.text[e : e + 8], re.I)
    ):
        return None  # "the fall in prices", "The fall is a technical reaction": the noun, not autumn
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{code}", mod, "none")
    year = ctx.dct.year
    # "prospects had dimmed significantly since the autumn" (March 1987) is 1986's; a season naming a
    # recurring one ("before the start of the summer driving season") stays the DCT's. Only the
    # parse tells the clause's own tense from a reporting verb's ("It said sales are expected to
    # begin in the fall")
    past = ctx.doc is not None and ctx.tense(s, e) == "past"
    if date(year, _SEASON_MONTHS[code][0], 1) > ctx.dct and not _ATTRIBUTIVE_AFTER.match(ctx.text, e) and past:
        year -= 1
    return _Norm("DATE", f"{year:04d}-{code}", mod, "dct", True)


#: Newspapers named for their day of issue: "the Sunday Telegraph", "Sunday Times".
_PAPER_AFTER = re.compile(r"\s+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Observer|Mail|Star|Independent|Correspondent|Standard|Age|Sun|News|Journal|Business|Nation)\b")


@_rule(rf"(?P<wd>{_WEEKDAY_RE})", prio=1)
def _weekday(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    wd = _WEEKDAYS[m.group("wd").lower()]
    if _PAPER_AFTER.match(ctx.text, e) or ctx.text[max(0, s - 5) : s] == "Good ":
        return None  # "the Sunday Times"; "the Good Friday Agreement" (Good Friday itself is a holiday)
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-WXX-{wd + 1}", None, "none")
    week = _WEEK_NAMED_BEFORE.search(ctx.text, max(0, s - 20), s)
    if week is not None and ctx.text[e : e + 2] not in ("'s", "\u2019s"):
        # "next week on Tuesday" is that week's Tuesday, as "Tuesday next week" is; the nearest
        # Tuesday may lie in this week
        weeks = {"next": 1, "this": 0, "last": -1}[week.group("rel").lower()]
        day = ctx.dct + timedelta(days=wd - ctx.dct.weekday(), weeks=weeks)
        return _Norm("DATE", day.isoformat(), None, "dct", True)
    if ctx.text[e : e + 2] in ("'s", "\u2019s"):
        # a day's event is placed by the preposition before it, whatever the clause's tense:
        # "fears that Iran would avenge ... after Monday's U.S. Action" is past, "squared positions
        # ahead of Wednesday's meeting" is to come
        before = ctx.text[max(0, s - 24) : s]
        past = ctx.dct - timedelta(days=(ctx.dct.weekday() - wd) % 7)
        ahead = ctx.dct + timedelta(days=(wd - ctx.dct.weekday()) % 7)
        if _POSSESSIVE_PAST_BEFORE.search(before) or _MARKET_MARK_AFTER.match(ctx.text, e + 2):
            # a day's close or price is a figure already written ("well ahead of Friday's final
            # 71.8", "a 25 pct premium over Friday's market price" in a Sunday story): "ahead of"
            # there compares levels
            return _Norm("DATE", past.isoformat(), None, "dct", True)
        if _POSSESSIVE_AHEAD_BEFORE.search(before):
            return _Norm("DATE", ahead.isoformat(), None, "dct", True)
        if ctx.tense(s, e) == "future" and not _WILL_NEAR.search(_sentence_of(ctx.text, s, e)):
            # the event a day's possessive names is already known ("would look for ways to get
            # around Wednesday's ruling", "vowed to press on despite Sunday's defeat"): a
            # conditional or a plan in the clause does not move it ahead; "will" does ("will be
            # tightened by ... Friday's hike in reserve requirements")
            return _Norm("DATE", past.isoformat(), None, "dct", True)
    return _Norm("DATE", _weekday_date(ctx, wd, s, e, None).isoformat(), None, "dct", True)


_WEEK_NAMED_BEFORE = re.compile(r"(?<![\w-])(?P<rel>next|this|last)\s+week\s+(?:on\s+)?$", re.I)
#: Before a day's possessive, prepositions that place its event before the document date or after it.
_POSSESSIVE_PAST_BEFORE = re.compile(r"\b(?:after|following|since|despite|in\s+spite\s+of|in\s+the\s+wake\s+of)\s+$", re.I)
_POSSESSIVE_AHEAD_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|pending|in\s+preparation\s+for)\s+$", re.I)
_MARKET_MARK_AFTER = re.compile(r"\s+(?:close|closing|final|finish|levels?|(?:market\s+|share\s+|stock\s+|closing\s+)?prices?|highs?|lows?)\b", re.I)
_WILL_NEAR = re.compile(r"\b(?:will|shall|wo)\b|'ll\b", re.I)


def _sentence_of(text: str, s: int, e: int) -> str:
    """The sentence around ``s:e`` (up to 200 characters either side)."""
    lo, hi = max(0, s - 200), min(len(text), e + 200)
    breaks = list(_SENT_BREAK.finditer(text, lo, s))
    if breaks:
        lo = breaks[-1].end()
    nxt = _SENT_BREAK.search(text, e, hi)
    return text[lo : nxt.start() if nxt else hi]


_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AMPM_RE = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
# "half past eight", "a quarter to 8 in the morning", "twenty minutes past five": the spoken clock
_SPOKEN_CLOCK_RE = (
    rf"(?P<sq>(?:a\s+)?quarter|half|(?P<sqn>[1-5]?\d|{_BELOW_100})\s+minutes?)\s+(?P<sqd>past|after|to)\s+"
    rf"(?P<sqh>1[0-2]|0?[1-9]|{_HOUR_WORD})(?:\s*(?P<sqap>{_AMPM_RE})|\s+(?:o'clock\s+)?in\s+the\s+(?P<sqpod>morning|afternoon|evening|night)"
    r"|\s+(?P<sqo>o['’]clock))?"
    # "seven thirty pm", "eight-o-five a.m.": without a.m./p.m. two number words are rarely a time
    rf"|(?P<swh>{_HOUR_WORD})[\s-](?P<swm>(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:o|oh)[\s-]?(?:one|two|three|four|five|six|seven|eight|nine))\s*(?P<swap>{_AMPM_RE})"
)
_TIME_RE = (
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?P<tz>(?-i:[ECMP][SD]?T|GMT|UTC|BST|IST))(?:\s?(?P<off>[+-]\d{1,2}(?::?\d\d)?))?|\s+local\s+time"
    # "at 6:40 p.m. (GMT +8)", "10:00 (UTC)": the zone in brackets is part of the time's extent
    r"|\s*\(\s*(?P<ptz>(?-i:GMT|UTC))\s*(?P<poff>[+-]\s?\d{1,2}(?::?\d\d)?)?\s*\))?"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?::(?P<sec24>[0-5]\d))?(?:\s+(?P<tz2>(?-i:[ECMP][SD]?T|GMT|UTC|BST|IST))(?:\s?(?P<off2>[+-]\d{1,2}(?::?\d\d)?))?|\s+local\s+time"
    r"|\s*\(\s*(?P<ptz2>(?-i:GMT|UTC))\s*(?P<poff2>[+-]\s?\d{1,2}(?::?\d\d)?)?\s*\))?"
    # "resume talks at 10.00 local time", "18.00 GMT", "close ... at 15.00 hrs": European copy dots a
    # 24-hour clock; only with its zone, "hrs" or "local time", since "17.00 estimated" is a figure
    r"|(?P<hd>[01]\d|2[0-3])\.(?P<md>[0-5]\d)\s+(?:(?P<tzd>(?-i:GMT|UTC|BST|[ECMP][SD]T))\b|hrs\b(?:\s+(?P<tzd2>(?-i:GMT|UTC))\b|\s+local\s+time\b)?|local\s+time\b)"
    r"|(?P<noon>noon|midnight|mid-?day)(?:\s+(?P<tz3>(?-i:GMT|UTC)))?"
    # a four-digit clock's zone in any case: the wire writes "at 1400 gmt" too (37 times in Reuters-21578)
    # "struck at 1353 (1023 GMT)", "until 1500 (1400 GMT)": a local clock that GMT restates in brackets
    r"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:(?=\s*\(\s*(?:[01]\d|2[0-3]):?[0-5]\d\s+(?:GMT|UTC)\s*\))|\s+(?:(?P<tz4>(?:GMT|UTC|[ECMP][SD]T|BST|JST|HKT|SGT)\b)|local\s+time"
    r"|hrs(?:\s+(?:(?P<tz5>(?:GMT|UTC|[ECMP][SD]T|BST|JST|HKT|SGT)\b)|local\s+time))?"  # "0930 hrs EST April 7"
    # "reconvened at 1650 hours local time", "set for 1900 hours": spelled out, only after a clock
    # preposition, since "logged 1500 hours" counts hours
    r"|(?P<hours>hours)(?:\s+(?P<tz6>(?:GMT|UTC|[ECMP][SD]T|BST|JST|HKT|SGT)\b)|\s+local(?:\s+time)?)?))"
    # "eleven in the morning", "eleven o'clock in the evening", "11 o'clock at night": the part of
    # day fixes the half of the clock
    rf"|(?P<h12>1[0-2]|0?[1-9]|{_HOUR_WORD})(?:[:.](?P<mi12>[0-5]\d))?\s+(?:(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening)|o'clock\s+at\s+(?P<pod2>night))"
    # "twelve o'clock January 3, 1984" (noon, the TimeML guidelines assume), "twelve o'clock midnight"
    r"|(?P<ho>1[0-2]|0?[1-9]|(?-i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+o['’]clock(?:\s+(?P<hon>noon|midnight))?"
    rf"|{_SPOKEN_CLOCK_RE}"
)
_DAY_REF = rf"(?:{_WEEKDAY_RE}|today|yesterday|tomorrow|(?:{_MONTH_RE})\s*{_DAY_RE})"


_ON_PLURAL_PART = re.compile(rf"\s+on\s+(?P<d>{_WEEKDAY_RE})\s+(?:mornings|afternoons|evenings|nights)\b", re.I)


_DAY_AFTER_PAREN = re.compile(
    rf"\s*\((?:[^()\n]{{1,30}}\)\s*,?\s*(?:on\s+)?(?P<day>{_DAY_REF})\b|[^()\n]{{0,30}}?\s(?P<inday>{_DAY_REF})\))"
)


#: a full date a clock time follows, which TimeML tags with the time as one TIME: "Jul 07, 2012 8:44 PM
#: ET", "THURSDAY, MAY 2, 2013, 1:32 PM", "as of 4 November 02:00 GMT" (a month before its day only
#: with the year; without it ``_DAY_REF`` reads it)
_DATE_BEFORE_CLOCK = (
    rf"(?:(?:{_WEEKDAY_RE}|{_UPPER_WEEKDAY_RE}),?\s+)?(?:(?:{_MONTH_RE}|{_MON_ABBR_RE}\.?|{_UPPER_MON_RE}\.?)\s*{_DAY_RE},?\s+{_YEAR_RE}"
    rf"|{_DAY_RE}\s+(?:{_MONTH_RE}|(?-i:MAY))(?:,?\s+{_YEAR_RE})?)"
)
_DATE_BEFORE_CLOCK_PARTS = re.compile(
    r"(?:(?P<m1>[A-Za-z]+)\.?\s*(?P<d1>\d+)(?:st|nd|rd|th)?|(?P<d2>\d+)(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]+)\.?)(?:,?\s+(?P<y>\d{4}))?$"
)
#: a day-first date with its year after a clock, the date the time falls on: web bylines write
#: "PUBLISHED: 02:07 EST, 2 MAY 2013" (the all-caps "MAY" only with its day and year); a month-first
#: date after a clock is ``_DAY_REF``'s ("5 p.m. EST Nov. 9")
_DAY_FIRST_AFTER_CLOCK = (
    rf"(?:(?:{_WEEKDAY_RE}|{_UPPER_WEEKDAY_RE}),?\s+)?{_DAY_RE}\s+(?:{_MONTH_RE}|(?-i:MAY))\s+{_YEAR_RE}\b"
)
# "1700 EDT on Tuesday nights" recurs: the day stays out of the time, which reads it as a SET. A
# weekday before the month and day goes with them ("on Thursday April 16 at 15.00 hrs"), or it
# stood alone as another week's Thursday
_CLOCK_RE = (
    rf"(?:(?P<pdate>{_DATE_BEFORE_CLOCK})(?:,?\s+at\s+|,?\s+)(?=\d)|(?:{_WEEKDAY_RE},?\s+(?=(?:{_MONTH_RE})\s*{_DAY_RE}))?(?P<pre>{_DAY_REF})(?:,?\s+at\s+|\s+))?(?:{_TIME_RE})(?:(?:,\s*|\s+)(?:on\s+)?(?:(?P<pdf>{_DAY_FIRST_AFTER_CLOCK})|(?:(?P<prel>last|next|this|coming)\s+(?={_WEEKDAY_RE}))?(?P<post>{_DAY_REF})(?!\s+(?:mornings|afternoons|evenings|nights)\b)(?:\s+(?P<ppod>morning|afternoon|evening|night)\b)?"
    rf"(?:,\s*(?P<post2>(?:{_MONTH_RE})\s*{_DAY_RE}))?(?:(?<=\d),?\s+(?P<py>(?:1[6-9]|20)\d\d)\b)?))?"
)


#: "reconvened at 1650 hours", "set for 1900 hours": four digits spelled with "hours" are a clock
#: only after a clock preposition, since "logged 1500 hours" counts hours.
_HOURS_CLOCK_BEFORE = re.compile(
    # ... or as the second end of a range of clocks: "between 0700 and 0730 hours GMT"
    r"\b(?:at|by|until|from|after|before|set\s+for)\s+$|\b(?:between|from)\s+(?:[01]\d|2[0-3])[0-5]\d\s+(?:and|to)\s+$", re.I
)


#: the first end of a 24-hour range ending at this clock: "between 2300 and", "(2300 to", "2300-"
_RANGE_HEAD_24 = re.compile(
    r"(?:\bbetween\s+(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+and|(?<![\w$\u00a3.,/:-])(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s*(?:-|to|until|till))\s*$",
    re.I,
)
#: "0900-1600 GMT": a 24-hour clock may follow a dash only after another one (no year or score)
_DASHED_HEAD_24 = re.compile(r"(?<![\w$\u00a3.,/:-])(?:[01]\d|2[0-3])[0-5]\d-$")


def _date_before_clock(ctx: _Ctx, written: str, s: int, e: int) -> _Norm | None:
    """The day of ``_DATE_BEFORE_CLOCK``'s date: its own year, else the one nearest the DCT."""
    parts = _DATE_BEFORE_CLOCK_PARTS.search(written)
    if parts is None:
        return None
    month = _MONTH_NAMES.get((parts.group("m1") or parts.group("m2")).lower())
    day = int(parts.group("d1") or parts.group("d2"))
    if month is None:
        return None
    if parts.group("y"):
        return _Norm("DATE", date(int(parts.group("y")), month, day).isoformat(), None, "text")
    year = _nearest_year(ctx, month, day, s, e)
    if year is None:
        return _Norm("DATE", f"XXXX-{month:02d}-{day:02d}", None, "none")
    return _Norm("DATE", date(year, month, day).isoformat(), None, "dct", True)


@_rule(_CLOCK_RE, prio=4, after_dash=r"(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|[ECMP][SD]T|BST|JST|HKT|SGT|hrs|local\s+time)\b")
def _clock(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    b = m.start()  # ``_dashed_clock_range`` passes the second hour of its own match as ``s``
    if re.fullmatch(r"\d-", ctx.text[max(0, b - 2) : b]) and not _DASHED_HEAD_24.search(ctx.text, max(0, b - 6), b):
        return None  # after a dash only the second end of a 24-hour range ("0900-1600 GMT")
    if m.group("sq") or m.group("swh"):
        spoken = _spoken_clock(m, ctx, s, e)
        if spoken is None:
            return None
        hh, mi = spoken
    elif m.group("noon"):
        hh, mi = (24, 0) if m.group("noon").lower() == "midnight" else (12, 0)
    elif m.group("h24"):
        hh, mi = int(m.group("h24")), int(m.group("mi24"))
    elif m.group("hd"):
        hh, mi = int(m.group("hd")), int(m.group("md"))
    elif m.group("hm") and m.group("hours") and not _HOURS_CLOCK_BEFORE.search(ctx.text, max(0, s - 22), s):
        return None
    elif m.group("hm"):
        if ctx.text[max(0, s - 1) : s] == "(":
            return None  # "10:35 a.m. (0735 GMT)": the conversion restates the time already tagged
        hh, mi = int(m.group("hm")), int(m.group("mm"))  # Reuters' "at 1600 GMT", "1800 local time"
    elif m.group("ho"):
        hh, mi = int(_num(m.group("ho"))), 0  # type: ignore[arg-type]
        hh = 24 if (m.group("hon") or "").lower() == "midnight" else hh
    elif m.group("h12"):
        # "4 in the morning" is 04:00, "8 in the evening" 20:00
        if not m.group("h12")[0].isdigit() and not (m.group("pre") or m.group("pdate") or _CLOCK_PREP_BEFORE.search(ctx.text, max(0, s - 20), s)):
            return None  # "one in the morning session", "two in the afternoon's trading": a count, no time
        hour = int(_num(m.group("h12")))  # type: ignore[arg-type]
        hh, mi = hour % 12, int(m.group("mi12") or 0)
        if m.group("pod2"):
            # "11 o'clock at night" is 23:00, "two o'clock at night" 02:00, "12 o'clock at night" midnight
            hh = 24 if hour == 12 else hh + (12 if hour >= 5 else 0)
        else:
            hh += 0 if m.group("pod").lower() == "morning" else 12
    else:
        hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        if hh > 12:
            return None
        pm = m.group("ampm").lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    ppod = (m.group("ppod") or "").lower()
    if ppod and hh < 12 and not (m.group("ampm") or m.group("sqap") or m.group("swap") or m.group("h24") or m.group("hd") or m.group("hm") or m.group("noon")):
        # "twenty minutes past five tomorrow evening" is 17:20: the part of the day after the day
        # fixes the half of an unmarked clock, as "in the evening" does
        hh += 12 if ppod in ("afternoon", "evening") or (ppod == "night" and hh >= 5) else 0
    ref = m.group("pre") or m.group("post")
    if m.group("pdate") or m.group("pdf"):
        # "Jul 07, 2012 8:44 PM ET", "02:07 EST, 2 MAY 2013": the full date written with the time
        # is the day it falls on
        day = _date_before_clock(ctx, m.group("pdate") or m.group("pdf"), s, e)
        if day is None:
            return None
        return _Norm("TIME", day.value + _clock_part(m, hh, mi), None, day.anchor, day.year_inferred)
    if m.group("noon") and not ref and not m.group("tz3"):
        if not re.search(r"\b(?:at|by|until|till|before|after|around|about|from|since|to)\s+$", ctx.text[max(0, s - 10) : s], re.I):
            return None
    every = _ON_PLURAL_PART.match(ctx.text, e) if not ref else None
    if every:
        # "usually released around 1700 EDT on Tuesday nights": that time of each such day
        clock = f"T{hh:02d}:{mi:02d}" if hh < 24 else "T24:00"
        return _Norm("SET", f"XXXX-WXX-{_WEEKDAYS[every.group('d').lower()] + 1}{clock}", None, "none")
    if not ref:
        # "at about 10:35 a.m. (0735 GMT) Friday": the day after a parenthetical still dates the time
        later = _DAY_AFTER_PAREN.match(ctx.text, e)
        ref = (later.group("day") or later.group("inday")) if later else None
    if ref:
        # "8 p.m. last Tuesday", "noon next Monday": the word before the day picks its week, as it
        # does for the day alone
        prel = (m.group("prel") or "").lower() or None
        day = _day_value(ctx, m.group("post2") or ref, s, e, None if m.group("post2") else prel)
        if day is not None and m.group("py") and _DAY_PREFIX.match(day.value):
            # "9 a.m. Friday, October 1, 1999": the date the time falls on writes its year
            day = _Norm("DATE", m.group("py") + day.value[4:], None, "text")
    elif ctx.last_day is not None and _same_sentence(ctx.text, ctx.last_day_end, s):
        # "made its first test flight Tuesday in Everett, Washington at 18:00 UTC": a clock time
        # falls on the day its sentence has just named, not on the document date
        day = _Norm("DATE", ctx.last_day.isoformat(), None, "text")
    else:
        day = _rel(ctx, "day")
    if day is None:
        return None
    if m.group("hm") and not m.group("pre") and _DAY_PREFIX.fullmatch(day.value):
        head = _RANGE_HEAD_24.search(ctx.text, max(0, s - 30), s)
        k = "" if head is not None and head.group("h") else "2"
        if head is not None and int(head.group("h" + k)) * 60 + int(head.group("mi" + k)) > hh * 60 + mi:
            # "between 2300 and 0300 GMT (on Sunday)" crosses midnight: the day is the range's, and
            # its second end lies on the next day
            nxt = date.fromisoformat(day.value) + timedelta(days=1)
            day = replace(day, value=nxt.isoformat())
    return _Norm("TIME", day.value + _clock_part(m, hh, mi), None, day.anchor, day.year_inferred)


def _clock_part(m: re.Match[str], hh: int, mi: int) -> str:
    """The ``T..`` part of a ``_CLOCK_RE`` time at ``hh:mi``: seconds and a UTC zone as written."""
    tpart = f"T{hh:02d}:{mi:02d}" if hh < 24 else "T24:00"
    seconds = m.group("sec") or m.group("sec24")
    if seconds and hh < 24:
        tpart += f":{seconds}"  # "7:56:30 pm": the seconds a quake or a launch is timed to
    # ISO 8601 marks UTC with "Z" ("18:00 UTC" -> T18:00Z, as MEANTIME writes it). Named local
    # zones stay plain local times: TimeBank writes "9 a.m. EST Tuesday" as T09:00, and several
    # abbreviations are ambiguous (CST, IST)
    zone = m.group("tz") or m.group("tz2") or m.group("tz3") or m.group("tz4") or m.group("tz5") or m.group("tz6") or m.group("ptz") or m.group("ptz2") or m.group("tzd") or m.group("tzd2")
    offset = m.group("off") or m.group("off2") or m.group("poff") or m.group("poff2")
    if zone and zone.upper() in ("GMT", "UTC"):
        tpart += _utc_offset(offset)
    return tpart


@_rule(rf"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]?-[ \t]?(?=(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{_AMPM_RE}){_CLOCK_RE}", prio=4)
def _dashed_clock_range(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """The second end of "9-11 a.m.": the rules read no number right after "9-" (a year's or a
    score's dash), so the range is matched whole from its first hour; the first end is tagged
    apart by ``_first_clock``, as for "from 9 to 11 a.m."."""
    norm = _clock(m, ctx, m.start("h"), e)
    return None if norm is None else replace(norm, cut_left=m.start("h"))


#: Words a bare spoken clock time ("at a quarter to seven") may stand before; a count or an amount
#: after it ("cut by a quarter to 5 billion dlrs", "the quarter to 30 pct") makes it no time.
_SPOKEN_CLOCK_AFTER = re.compile(
    rf"\s*(?:[.,;:!?)\"'—]|$)|\s+(?:on|in|at|today|tonight|tomorrow|yesterday|this|last|and|or|when|as|local|{_WEEKDAY_RE}"
    r"|(?-i:GMT|UTC|[ECMP][SD]T))\b",
    re.I,
)
_CLOCK_PREP_BEFORE = re.compile(r"\b(?:at|by|until|till|from|to|around|about|approximately|before|after|since|between|and)\s+$", re.I)


def _spoken_clock(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> tuple[int, int] | None:
    """(hour, minute) of "half past eight" (08:30 as written), "a quarter to seven pm" (18:45) or
    "seven thirty pm" (19:30)."""
    if m.group("swh"):
        hh, mi = int(_num(m.group("swh"))), _spoken_minutes(m.group("swm"))  # type: ignore[arg-type]
        return (hh % 12) + (12 if m.group("swap").lower().startswith("p") else 0), mi
    sq, way = m.group("sq").lower(), m.group("sqd").lower()
    if sq == "half" and way != "past":
        return None  # "cut by half to 39 dlrs": only "half past" tells a time
    marked = m.group("sqap") or m.group("sqpod") or m.group("sqo")
    if not marked and not (m.group("pre") or m.group("pdate") or _CLOCK_PREP_BEFORE.search(ctx.text, max(0, s - 20), s)):
        return None
    tail = ctx.text[m.end("sqh") :] if not marked else ""
    if tail and not _SPOKEN_CLOCK_AFTER.match(tail):
        return None
    minutes = 30 if sq == "half" else 15 if sq.endswith("quarter") else _num(m.group("sqn"))
    if not isinstance(minutes, (int, float)) or not 0 < minutes < 60:
        return None
    hour = _num(m.group("sqh"))
    base = int(hour) % 12 if isinstance(hour, (int, float)) else 0
    if (m.group("sqap") or "").lower().startswith("p") or (m.group("sqpod") or "").lower() in ("afternoon", "evening"):
        base += 12
    elif (m.group("sqpod") or "").lower() == "night" and base >= 6:
        base += 12
    total = base * 60 + (int(minutes) if way != "to" else -int(minutes))
    if not marked and total < 60:
        total += 12 * 60  # "a quarter past twelve", "a quarter to one" as written, not 00:15 or 00:45
    return (total // 60) % 24, total % 60


def _spoken_minutes(words: str) -> int:
    """"thirty" 30, "forty-five" 45, "oh five" 5."""
    low = re.sub(r"^(?:oh|o)[\s-]?", "", words.lower())
    value = _num(low.replace("-", " "))
    return int(value) if isinstance(value, (int, float)) else 0


def _utc_offset(offset: str | None) -> str:
    """ISO 8601's zone designator for "GMT", "UTC+8", "GMT -5:30": "Z" or "+08:00" (the clock
    time stays the local one the text gives)."""
    if not offset:
        return "Z"
    digits = re.sub(r"\D", "", offset)
    hh, mm = (int(digits), 0) if len(digits) <= 2 else (int(digits[:-2]), int(digits[-2:]))
    if hh == mm == 0:
        return "Z"
    return f"{offset.strip()[0]}{hh:02d}:{mm:02d}"


def _same_sentence(text: str, a: int, b: int) -> bool:
    """``a`` and ``b`` (a <= b) lie close together in one sentence."""
    return 0 <= a <= b and b - a <= 80 and "\n" not in text[a:b] and not _SENT_BREAK.search(text, a, b)


def _day_value(ctx: _Ctx, ref: str, s: int, e: int, rel: str | None = None) -> _Norm | None:
    low = ref.lower()
    if low in _DEICTIC:
        return _rel(ctx, "day", "day", _DEICTIC[low])
    if low in _WEEKDAYS:
        wd = _WEEKDAYS[low]
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-WXX-{wd + 1}", None, "none")
        return _Norm("DATE", _weekday_date(ctx, wd, s, e, rel).isoformat(), None, "dct", True)
    mm = re.match(rf"({_MONTH_RE})\s*({_DAY_RE})", ref)
    if mm:
        month, day = _month_of(mm.group(1)), _day_of(mm.group(2))
        year = _nearest_year(ctx, month, day, s, e)
        if year is None:
            return _Norm("DATE", f"XXXX-{month:02d}-{day:02d}", None, "none")
        try:
            return _Norm("DATE", date(year, month, day).isoformat(), None, "dct", True)
        except ValueError:
            return None
    return None


@_rule(rf"(?:(?:(?P<wrel>this|next|last|coming)\s+(?={_WEEKDAY_RE}))?(?P<pre>{_DAY_REF}|this|that|the|last)\s+)?(?P<p>morning|afternoon|evening|night)(?:\s+(?P<post>{_DAY_REF}))?|(?:(?P<the2>the)\s+(?=early|late))?(?P<mid>mid[-\s]?afternoon|mid[-\s]?morning|(?:early|late)[-\s](?:morning|afternoon|evening)|overnight)(?:\s+(?P<post2>{_DAY_REF}))?", prio=2)
def _part_of_day(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    pre = (m.group("pre") or "").lower()
    ref = m.group("post") or m.group("post2") or (m.group("pre") if pre not in ("this", "that", "the", "") else None)
    if m.group("mid"):
        word = re.sub(r"[-\s]", "", m.group("mid").lower())
        if word == "overnight":
            return None
        # "in late afternoon trading", "by late morning", "in the early afternoon": TimeML's mods
        # for the part of a part of the day, as "mid afternoon" is MID in TimeBank
        code = "AF" if "afternoon" in word else "EV" if "evening" in word else "MO"
        mod = "START" if word.startswith("early") else "END" if word.startswith("late") else "MID"
    else:
        code, mod = _PART_OF_DAY[m.group("p").lower()], None
        if pre == "last":
            if code not in ("NI", "EV") or m.group("post"):
                return None
            # "a storm last night": the night before the document date
            return replace(_rel(ctx, "day", "day", -1), type="TIME", value=_rel(ctx, "day", "day", -1).value + f"T{code}")
        if not ref and pre not in ("this", "the"):
            return None
        if pre == "the" and not ref:
            if re.match(rf"\s+of\s+(?:{_WEEKDAY_RE}|{_MONTH_RE})", ctx.text[e : e + 20]):
                return None  # "the night of Oct. 23": the date carries the anchor, not the DCT
            in_the = re.search(r"\b(?:in|during|by)\s+$", ctx.text[max(0, s - 8) : s], re.I) is not None
            if not in_the and not re.match(r"\s*[,.;]|\s+(?:of|and|session|before)\b", ctx.text[e : e + 12]) and not m.group("post"):
                return None
            if in_the and ctx.last_day is not None:
                # "placed buy orders in the morning": the definite part of day is that of the day in focus
                return _Norm("TIME", f"{ctx.last_day.isoformat()}T{code}", mod, "text")
    wrel = (m.group("wrel") or "").lower() or None
    day = _day_value(ctx, ref, s, e, wrel) if ref else _rel(ctx, "day")
    if day is None:
        return None
    # TimeBank/AQUAINT annotate "Sunday night" as a DATE with a part-of-day value
    type_ = "DATE" if ref else "TIME"
    # "in the early afternoon" keeps its article, as "in the morning" does; "the early morning
    # dynamite attack" is the attack's
    cut = m.start("mid") if m.group("the2") and not re.search(r"\b(?:in|during|by|until|till|from|into|through)\s+$", ctx.text[max(0, s - 9) : s], re.I) else 0
    return _Norm(type_, f"{day.value}T{code}", mod, day.anchor, day.year_inferred, cut_left=cut)


_DUR_RE = (
    rf"(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|first|final|coming|previous|following|initial|remaining|ensuing|preceding|latest|additional|further|recent)\s+)?"
    rf"(?P<n>{_NUM_RE})(?P<n2>(?:\s+(?:to|or)\s+|-)(?:{_NUM_RE}))?(?P<hy>[\s-]+)(?:(?:more|additional|further|straight|consecutive|full|entire|whole|long|trading|business)\s+)?"
    rf"(?P<u>{_UNIT_RE})(?P<andhalf>\s+and\s+a\s+half)?(?P<old>-old)?(?P<orso>\s+or\s+so)?(?P<dir>\s+(?:ago|earlier|later|before|after|from\s+(?:now|today(?!['’]s))|hence|back|previously))?"
)
#: "between two and three months": TimeBank tags a range of counts as one duration valued by its
#: first bound ("within two to three weeks" is P2W); "between" itself is a signal, outside the tag
_DUR_BETWEEN_RE = "between\\s+" + _DUR_RE.replace(r"(?:\s+(?:to|or)\s+|-)", r"\s+and\s+").replace(")?(?P<hy>", ")(?P<hy>", 1)
_AFTER_DURATION = {"later", "earlier", "ago", "after", "before", "or", "and", "from", "in", "to", "at", "on", "that", "when"}
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|cents?|dollars?|times|hours|percent|%|yen|marks|pounds|barrels|tons|units|shares"
    # wire copy's units: "10 mln dlrs a year", "0.5 pct a year", "3,000 tonnes a day", "32 flights a week"
    r"|mln|bln|dlrs?|pct|tonnes?|stg|francs|lire|guilders|crowns|rupees|pesos|ringgit|rand|ounces|bags|bales|kilos"
    r"|bpd|lbs|gallons|acres|flights|cars|vehicles|trucks|visits|calls|sessions|meetings|raids|(?:\d|^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|twice|once))\W*$",
    re.I,
)


#: An amount a few words back names what the rate counts: "$300 million in fuel a year", "25 mln
#: cubic feet of gas a day", "one million visitors per week" (a year number is no amount)
_RATE_PHRASE_BEFORE = re.compile(
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*|\b(?:million|billion|trillion|mln|bln|thousand|hundred)\b)(?:[\s-]+[a-z][a-z-]*){1,4}\s+$"
)
#: ... unless a preposition or verb takes the period as its own object ("5 pct in a year").
_PERIOD_OBJECT_BEFORE = re.compile(
    r"\b(?:in|within|for|over|after|before|about|around|than|under|nearly|almost|by|of|to|from|at|on|during|once"
    r"|twice|times|least|most|only|just|be|been|being|is|was|were|are|take|takes|took|taking|last|lasts|lasted|spent|spend)\s+$",
    re.I,
)


def _rate_after_amount(text: str, s: int) -> bool:
    """The period at ``s`` ("a year", "per day") divides an amount: TimeBank and MEANTIME leave such
    rates unannotated, as wire copy's "10 mln dlrs a year" and "225,083 barrels per day" are."""
    if _AMOUNT_BEFORE.search(text[max(0, s - 25) : s]):
        return True
    window = text[max(0, s - 60) : s]
    return _RATE_PHRASE_BEFORE.search(window) is not None and not _PERIOD_OBJECT_BEFORE.search(window)


def _year_earlier_month(ctx: _Ctx, s: int) -> tuple[int, int] | None:
    """The month a figure is reported for, when it is what "a year earlier" compares with: the
    story reports on months (``last_period``), no year, quarter or day was written after the last
    month ("in the quarter ended March 31 ... a year earlier" keeps its quarter), and the month is
    the one this sentence reports on, else the story's reported month if it was once written as
    reported rather than only as a comparison."""
    if ctx.last_period is None or ctx.last_period[0] != "month" or ctx.last_month_end < 0:
        return None
    if ctx.last_day_end == ctx.last_month_end:
        return None  # the last month written was a day's: "a year before" that is the day
    later = max(ctx.ref_time[2] if ctx.ref_time else -1, ctx.named_quarter[2] if ctx.named_quarter else -1)
    if later > ctx.last_month_end:
        return None
    # the month must be one written as reported, not only as a comparison ("declined to 632,100
    # from 638,300 in January ... and 658,500 a year earlier" reports February, unnamed)
    a = ctx.focus_month_end
    if ctx.focus_month is not None and 0 <= a <= s and "\n" not in ctx.text[a:s] and not _SENT_BREAK.search(ctx.text, a, s):
        day = ctx.last_day
        if day is not None and (day.year, day.month) == ctx.focus_month and 0 <= ctx.last_day_end <= s and not _SENT_BREAK.search(ctx.text, ctx.last_day_end, s):
            return None  # "hit a new high on March 4, compared with ... a year earlier": a day's, not the month's
        return ctx.focus_month  # "In February, producer prices ... dropped 4.2 pct from a year earlier"
    reported = (ctx.last_period[1], ctx.last_period[2])
    return reported if reported in ctx.focus_months else None


def _month_earlier_month(ctx: _Ctx, s: int) -> tuple[int, int] | None:
    """The month "a month earlier" steps back from: the last month written, when it is in the same
    sentence ("in February from a month earlier", "at the end of December from 36.52 billion a month
    earlier", "down 0.5 pct from December when it rose 3.6 pct from a month earlier"), is no day's
    ("a poll taken on June 20"), no comparison's value ("from a year earlier") and no year, quarter or
    day was written after it. Otherwise the DCT's month before stays."""
    a = ctx.last_month_end
    if ctx.last_month is None or a < 0 or a > s or ctx.last_month_compared or ctx.last_day_end == a:
        return None
    if "\n" in ctx.text[a:s] or _SENT_BREAK.search(ctx.text, a, s):
        return None
    later = max(ctx.ref_time[2] if ctx.ref_time else -1, ctx.named_quarter[2] if ctx.named_quarter else -1, ctx.last_day_end)
    if later > a:
        return None
    return ctx.last_month


_VERB_LAST_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|'ll|not)\s+$", re.I)


def _recent_quarter(ctx: _Ctx, y: int, q: int) -> bool:
    """The quarter in focus is the one just reported, so "a year ago" (counted from the DCT) is
    its year-ago quarter; an older one ("last year's first quarter") says nothing of "ago"."""
    if ctx.dct is None:
        return True  # no DCT to count from: the quarter in the text is all there is
    end = _add_months(date(y, 3 * q - 2, 1), 3)
    return (ctx.dct - end).days <= 200


_FRACTION_OBJECT_AFTER = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+|its\s+|their\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year|season|decade|(?:19|20)\d\d)\b)"
    r"|\s*(?:%|pct\b|percent\b|per\s+cent\b|points?\b)",
    re.I,
)


def _fraction_of_quarters(text: str, n: str, hy: str, s: int, e: int) -> bool:
    """Three quarters of something that is not a year is a share of it, not nine months; a
    hyphenated "three-quarters" is the fraction's spelling, and TimeBank tags neither
    ("Iraq imports about three-quarters of its food"). "Four quarters of modest profits" is a
    year's worth of quarters: only three can be a fraction."""
    if "-" in hy:
        return True
    if n != "three":
        return False
    if re.search(r"\b(?:and|-)\s*$", text[max(0, s - 6) : s]):
        return True  # "eleven and three quarters": the fraction of a mixed number
    return _FRACTION_OBJECT_AFTER.match(text, e) is not None


#: The age of an event, not of a person or a body: TimeBank tags "the IRA's 8-month-old truce" as
#: P8M, where the ages of people ("a 44-year-old protester") and of institutions ("a 136-year-old
#: institution") stay untagged. Reuters: "the three month old strike", "the seven-year-old Gulf war",
#: "the eight-month-old Louvre accord". The event noun follows within three words, no punctuation between.
_EVENT_AGE_AFTER = re.compile(
    r"(?:[ \t]+[A-Za-z][\w-]*){0,3}?[ \t]+(?:wars?|conflict|strikes?|walkout|stoppage|dispute|row|offensive|rebellion|revolt"
    r"|uprising|insurgency|struggle|negotiations|talks|accord|pact|agreement|truce|cease-?fire|crisis|rally|slump"
    r"|recession|boycott|embargo|blockade|siege|occupation|freeze|moratorium|litigation|proceedings|lockout)\b"
    r"(?![ \t]+(?:leaders?|organi[sz]ers?|veterans?|negotiators?|chiefs?|officials?|committee|fund|pay)\b)",
    re.I,
)


@_rule(_DUR_RE, prio=2)
def _duration(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    ntext = re.sub(r"\s+", " ", m.group("n").lower())
    if m.group(0).lower() == "one day" and _SOMEDAY_BEFORE.search(ctx.text[max(0, s - 12) : s]):
        return _Norm("DATE", "FUTURE_REF", None, "none")  # "Islam will one day be the second largest"
    n = _num(ntext)
    if ntext == "one" and (m.group("n2") or "").lower() == "-half":
        n = 0.5  # "closed one-half hour early": the fraction, not a range from one to a half
    bound = re.sub(r"^(?:\s+(?:to|or|and)\s+|-)", "", (m.group("n2") or "").lower())
    if bound and ntext not in ("a", "an") and isinstance(_num(bound), str):
        n = "X"  # "for one to several weeks": a range closed by a vague count has no number
    unit = m.group("u")
    key = _unit_key(unit)
    plural = unit.lower().endswith(("s", "ies"))
    if n is None or (isinstance(n, (int, float)) and n > 10000) or re.search(r"\n|\s{2}", m.group("hy")):
        return None  # table columns ("2,562,160     Year"), not durations
    if re.fullmatch(r"\s+-\s+", m.group("hy")):
        return None  # a dash between words: a dateline's "June 2 - quarter ended May 2", not a span
    if ctx.text[max(0, s - 1) : s] in ("/", "-") and ntext[:1].isdigit():
        return None  # "the 1986/87 business year" is a split year, not 87 years
    if unit[0].isupper() and not m.group("n")[0].isupper():
        return None  # a title: CBS's "60 Minutes"
    if m.group("andhalf") and isinstance(n, (int, float)):
        n += 0.5
    if re.fullmatch(r"\d{4}", ntext) and not m.group("hy").startswith("-"):
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    if n == 1 and plural and ntext in ("a", "an", "one") and not m.group("n2"):
        return None  # "one months" is no duration; "one to six months" is a range (TimeBank values its first bound)
    if ntext in ("a", "an") and ("-" in m.group("hy") or m.group("n2")):
        return None
    if ntext in ("a", "an") and not m.group("rel") and not m.group("dir") and _rate_after_amount(ctx.text, s):
        return None  # "$500 million a year" is a rate, not a duration
    if ntext in ("a", "an") and key in ("second", "quarter", "weekend", "night") and not m.group("dir"):
        if re.match(r"-[a-z]", ctx.text[e : e + 2], re.I):
            return None  # "a second-tier increase", "a quarter-point cut": the word opens a compound
        nxt = re.match(r"\s*(\w+)", ctx.text[e : e + 20])
        if nxt and nxt.group(1).lower() not in _AFTER_DURATION:
            return None  # "a second devaluation", "a quarter of", "a weekend meeting", "a night session"
    if key == "quarter" and plural and not m.group("rel") and _fraction_of_quarters(ctx.text, ntext, m.group("hy"), s, e):
        return None  # "imports about three-quarters of its food", "Eleven and three-quarters pct": a fraction
    if re.match(r"-(?:on|to|over)-", ctx.text[e : e + 6]) and not m.group("dir"):
        return None  # "a year-on-year increase", "on a month-on-month basis": a comparison, no span of time
    if (m.group("old") or re.match(r"\s+old\b", ctx.text[e : e + 5])) and not _EVENT_AGE_AFTER.match(
        ctx.text, e + (0 if m.group("old") else len(re.match(r"\s+old", ctx.text[e : e + 5]).group(0)))
    ):
        return None  # ages ("52 years old", "a 6-year-old boy") are not annotated as durations
    direction = (m.group("dir") or "").strip().lower()
    if direction == "previously":
        direction = "earlier"  # "40 mln a year previously"
    if direction == "from today":
        direction = "from now"  # "three years from today" counts from the DCT, as "from now" does
    if direction == "before" and re.match(r"\s*(?:[,.;:)]|$|(?:and|but|while|whereas|compared|against|versus|vs)\b)", ctx.text[e : e + 12]):
        direction = "earlier"  # "from 463.5 mln dlrs a year before.": a year earlier, nothing follows
    mod = "APPROX" if m.group("orso") else None
    if direction in ("ago", "earlier", "from now", "hence", "back") and not m.group("rel"):
        sign = 1 if direction in ("from now", "hence") else -1
        gran = _UNIT_GRAN[key]
        gran = "day" if gran == "time" else gran
        if key == "year" and direction == "earlier" and ntext in ("a", "one"):
            month = _year_earlier_month(ctx, s)
            if month is not None:
                # "housing starts in February rose 13.4 pct from a year earlier": the year-ago of
                # the month reported, as "the same month last year" and a year-ago quarter are
                return _Norm("DATE", f"{month[0] - 1:04d}-{month[1]:02d}", mod, "text", comparison=True)
        if key == "month" and direction == "earlier" and ntext in ("a", "one"):
            month = _month_earlier_month(ctx, s)
            if month is not None:
                # "Output fell 0.5 pct in January from a month earlier": the month before the one
                # the sentence reports, as "the previous month" is, not the month before the DCT
                d = _add_months(date(month[0], month[1], 1), -1)
                return _Norm("DATE", _fmt(d, "month"), mod, "text", comparison=True)
        if key == "year" and direction == "earlier" and isinstance(n, int):
            # TimeML anchors "earlier" to the reference time: "at the end of 1986 from 2.65 billion
            # barrels a year earlier" is 1985 ("ago" stays with the DCT)
            ref = ctx.ref_year(s)
            if ref is not None and (ref[1] is None or n != 1):
                return _Norm("DATE", f"{ref[0] - n:04d}", mod, "text", comparison=True)
            if ref is not None:
                return _Norm("DATE", f"{ref[0] - 1:04d}-Q{ref[1]}", mod, "text", comparison=True)
        if key == "year" and ntext in ("a", "one") and ctx.last_quarter and direction in ("ago", "earlier"):
            y, q = ctx.last_quarter
            if direction == "earlier" or _recent_quarter(ctx, y, q):
                return _Norm("DATE", f"{y - 1:04d}-Q{q}", mod, "dct", True, comparison=True)
        if isinstance(n, str):
            return _Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "none")
        if ctx.dct is None:
            return _Norm("DATE", _UNDERSPECIFIED[gran], mod, "none")
        if not float(n).is_integer():
            # "a year and a half ago": shift in the next smaller unit, report at its granularity
            finer = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("day", 1)}
            if key not in finer:
                return _Norm("DATE", _UNDERSPECIFIED[gran], mod, "none")
            key, factor = finer[key]
            gran, n = key, round(n * factor)
        d = _shift(ctx.dct, key, sign * int(n))
        # "from 107,207 a year before" compares, it moves no reference time ("two years ago" may)
        return _Norm("DATE", _fmt(d, gran), mod, "dct", True, comparison=direction != "ago")
    value = _duration_value(n, unit)
    if value is None:
        return None
    cut = 0
    hyphen_adjective = "-" in m.group("hy") and not m.group("n2") and ntext not in ("half", "quarter")  # "the first half-hour" is a noun
    if m.group("the") and (hyphen_adjective or (not m.group("rel") and not plural)):
        cut = m.start("n")  # "the 30-day period", "the previous seven-day facility": the determiner belongs to the noun
    if not m.group("the") and (m.group("rel") or "").lower() == "last" and _VERB_LAST_BEFORE.search(ctx.text, max(0, s - 12), s):
        cut = m.start("n")  # "predicted to last many months", "could last two years": "last" is the verb
    if not m.group("the") and (m.group("rel") or "").lower() == "following":
        cut = m.start("n")  # "he said following two days of talks": the preposition, not "the following"
    return _Norm("DURATION", value, mod, "none", cut_left=cut)


@_rule(_DUR_BETWEEN_RE, prio=2)
def _duration_between(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if m.group("the") or not m.group("u").lower().endswith(("s", "ies")):
        return None  # "divided between the three and six month issues": two tenors, no range
    norm = _duration(m, ctx, s, e)
    if norm is None or norm.type != "DURATION":
        return None
    return replace(norm, cut_left=max(norm.cut_left, m.start("the") if m.group("the") else m.start("rel") if m.group("rel") else m.start("n")))


#: ISO 8601 order of a duration's components, largest first
_COMPONENT_ORDER = ["Y", "M", "W", "D", "TH", "TM", "TS"]
_COMPOUND_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM", "second": "TS"}
_COUNT_OF = r"(?:\d+|" + _NUM_WORD + r"|an?)"


@_rule(rf"(?P<n1>{_COUNT_OF})[\s-]+(?P<u1>years?|months?|weeks?|days?|hours?|minutes?)(?:\s+and)?\s+(?P<n2>{_COUNT_OF})[\s-]+(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)"
       rf"(?:(?:\s+and)?\s+(?P<n3>{_COUNT_OF})[\s-]+(?P<u3>weeks?|days?|hours?|minutes?|seconds?))?(?P<ago>\s+ago)?", prio=3)
def _compound_duration(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"two years and six months" is one span of time: ISO 8601 combines the units (P2Y6M), as
    TimeBank-AQUAINT dev writes "a minute and a half" PT1M30S; ISO 8601 writes weeks alone, so
    weeks mixed with another unit count as days ("four years and two weeks" P4Y14D). Two counts of the same or a growing unit
    ("15 days and 30 days") are two durations, and "... ago" dates the day that long before. Court
    and sports copy stacks the units without "and" ("jailed for 1 year 1 month 21 days", "2 hours 30
    minutes"): still one span."""
    groups = [(m.group(f"n{i}"), m.group(f"u{i}")) for i in (1, 2, 3) if m.group(f"n{i}")]
    codes = [_COMPOUND_UNITS[_unit_key(u)] for _, u in groups]
    counts = [_num(n) for n, _ in groups]
    if any(_COMPONENT_ORDER.index(b) <= _COMPONENT_ORDER.index(a) for a, b in zip(codes, codes[1:], strict=False)):
        return None
    if not all(isinstance(n, int) for n in counts):
        return None
    if any(n.lower() in ("a", "an") and u.lower().endswith("s") for n, u in groups):
        return None
    if any(n.lower() in ("a", "an") for n, _ in groups[1:]) and " and " not in m.group(0).lower():
        return None  # "three days a week" is a rate, not one span
    parts: dict[str, int] = dict(zip(codes, counts, strict=True))  # type: ignore[arg-type]
    if "W" in parts:  # ISO 8601 writes weeks alone
        weeks = parts.pop("W")
        parts["D"] = 7 * weeks + parts.get("D", 0)
    if m.group("ago"):
        if ctx.dct is None or "TH" in parts or "TM" in parts or "TS" in parts:
            return None
        d = ctx.dct
        for code, n in parts.items():
            d = _shift(d, {"Y": "year", "M": "month", "W": "week", "D": "day"}[code], -n)
        gran = "day" if "D" in parts or "W" in parts else "month"
        return _Norm("DATE", _fmt(d, gran), None, "dct", True)
    date_part = "".join(f"{parts[c]}{c}" for c in _COMPONENT_ORDER[:4] if c in parts)
    time_part = "".join(f"{parts[c]}{c[1]}" for c in _COMPONENT_ORDER[4:] if c in parts)
    return _Norm("DURATION", "P" + date_part + ("T" + time_part if time_part else ""), None, "none")


@_rule(rf"(?P<u>{_UNIT_RE})", prio=-1)
def _bare_plural(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    unit = m.group("u").lower()
    if unit not in ("years", "months", "decades", "weeks", "centuries", "hours", "minutes"):
        return None
    before = ctx.text[max(0, s - 12) : s].lower()
    if not re.search(r"\b(?:for|in|within|over|took|take|last|lasted|spent)\s+$", before):
        return None
    if re.match(r"\s+(?:ago|of|later|earlier|before|after)\b", ctx.text[e : e + 10]):
        return None
    measure = re.search(r"\bin\s+$", before) and re.match(r"\s+[a-z]+ed\b", ctx.text[e : e + 14])
    if measure or (re.search(r"\bover\s+$", before) and re.match(r"\s*[,.;:)]", ctx.text[e : e + 3])):
        # the measure, not a stretch of time: "gains in hours worked", "controversy ... over hours."
        # ("for months refused requests" is one)
        return None
    return _Norm("DURATION", _duration_value("X", unit) or "PXY", None, "none")


@_rule(r"another\s+(?P<u>day|week|month|year|decade|hour|minute)(?![\w'’-])", prio=2)
def _another_unit(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the deadline was pushed back another week", "stay another year": one more unit of time, as
    "a week" is. "Another day of talks" and "another year's profits" name a day, not a length."""
    if re.match(r"\s+of\b", ctx.text[e : e + 4]):
        return None
    value = _duration_value(1, m.group("u"))
    return _Norm("DURATION", value, None, "none") if value else None


@_rule(r"(?P<u>hours|days|weeks|months|years|decades)-(?:long|old)")
def _vague_adjective(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"a decades-long battle", "a years-old slump": a duration of unstated length."""
    value = _duration_value("X", m.group("u"))
    return _Norm("DURATION", value, None, "none") if value else None


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:pct|percent|cent|mln|million|billion|dlrs|dollars|tonnes|tons|barrels|ounces|bushels|hours|units|yen|marks|stg))[^,.;:()]{0,25}$",
    re.I,
)


#: "daily" as a noun ends a noun phrase a determiner opens ("The English-language daily said"): the
#: words between are no verbs or plurals ("rallies held daily." is the adverb)
_PAPER_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:(?![\w-]*(?:ed|s)\s)[A-Za-z][\w-]*\s+){1,2}$", re.I)
_PAPER_NOUN_AFTER = re.compile(r"\s*(?:[.;:)]|,\s+(?:the\s+)?[A-Z])|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|added|published|carried)\b")


@_rule(r"(?P<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|fortnightly|semi-?annually|annual)")
def _set_adverb(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    w = m.group("w").lower().replace("-", "")
    if w in ("annual", "quarterly"):
        return None  # mostly adjectives ("quarterly dividend"), rarely annotated
    if _in_title(ctx, s, e):
        return None
    if w == "yearly" and ctx.text[max(0, s - 5) : s].lower() == "half-":
        return None  # "half-yearly results": a half year's figures, not a yearly recurrence
    if w in ("annually", "semiannually") and _RATE_BEFORE.search(ctx.text[max(0, s - 60) : s]):
        return None  # "rise 8.5% annually", "two mln tonnes annually": a rate, not a recurrence
    if re.match(r"\s+(?:[A-Z]|newspapers?|paper)", ctx.text[e : e + 12]):
        return None  # "the Communist Party daily Granma"
    if _PAPER_NOUN_BEFORE.search(ctx.text, max(0, s - 40), s) and _PAPER_NOUN_AFTER.match(ctx.text, e):
        return None  # a newspaper: "The party daily said", "a Dutch financial daily.", "the economic monthly, The Peru Report"
    if re.search(r"\baverage\s+$", ctx.text[max(0, s - 10) : s], re.I):
        return None  # "average daily volume" describes a rate, not a recurrence
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
             "fortnightly": "P2W", "semiannually": "P6M"}[w]  # fmt: skip
    return _Norm("SET", value, None, "none")


@_rule(r"(?P<n>" + _NUM_WORD + r"|\d+|a|one)[\s-]+quarters?\s+of\s+an?\s+(?P<u>hour|year|century)", prio=3)
def _quarters_of(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"three-quarters of an hour" is 45 minutes, not three quarters of a year."""
    n = _num(m.group("n"))
    if not isinstance(n, (int, float)) or not 0 < n < 4:
        return None
    value = _duration_value(n / 4, m.group("u"))
    return _Norm("DURATION", value, None, "none") if value else None


@_rule(r"the\s+(?:year-earlier|year-ago|comparable|same|prior-year)\s+(?P<n>" + _NUM_RE + r")\s+(?P<u>months|weeks|days)", prio=3)
def _year_earlier_span(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"Net for the year-earlier nine months": the length of the compared period, as for "the nine months"."""
    value = _duration_value(_num(m.group("n").lower()), m.group("u"))
    return _Norm("DURATION", value, None, "none") if value else None


@_rule(r"(?:the\s+)?(?:past|last|next|coming)\s+(?:" + _NUM_RE + r")\s+(?P<s>summers|winters|springs|autumns|falls)", prio=2)
def _seasons_set(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the past three summers": each summer in a run of them, a set as TimeBank annotates it."""
    return _Norm("SET", f"XXXX-{_SEASONS[m.group('s').lower()[:-1]]}", None, "none")


@_rule(rf"(?P<q>every|each|per)\s+(?P<other>other\s+)?(?:(?P<n>{_NUM_WORD}|\d+)\s+)?(?P<u>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|season|{_WEEKDAY_RE}|{_MONTH_RE}|spring|summer|fall|autumn|winter|morning|afternoon|evening)s?", prio=2)
def _set_every(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    u = m.group("u").lower()
    n: Any = _num(m.group("n")) if m.group("n") else (2 if m.group("other") else 1)
    if m.group("q").lower() == "per" and (u in ("second", "minute") or _rate_after_amount(ctx.text, s)):
        return None  # "15 million instructions per second", "225,083 barrels per day" are rates, not recurring times
    if u in _WEEKDAYS:
        return _Norm("SET", f"XXXX-WXX-{_WEEKDAYS[u] + 1}", None, "none")
    if u.rstrip(".") in _MONTH_NAMES:
        return _Norm("SET", f"XXXX-{_month_of(u):02d}", None, "none")
    if u in _SEASONS:
        return _Norm("SET", f"XXXX-{_SEASONS[u]}", None, "none")
    if u == "season":
        return _Norm("SET", "P3M", None, "none")  # a calendar season is a quarter of the year
    if u in _PART_OF_DAY:
        return _Norm("SET", f"XXXX-XX-XXT{_PART_OF_DAY[u]}", None, "none")
    value = _duration_value(n, u)
    return _Norm("SET", value, None, "none") if value else None


@_rule(r"(?P<n>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|quarter|hour)")
def _set_freq(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    value = _duration_value(1, m.group("u"))
    return _Norm("SET", value, None, "none") if value else None


@_rule(r"(?P<d>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|weekends)")
def _plural_days(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"flights on Fridays and Sundays", "banned the sale of petrol on weekends": each such day is a
    SET (TimeML's "every Monday")."""
    before = ctx.text[max(0, s - 25) : s]
    if not re.search(r"\b(?:on|over|at|during)\s+$|\b(?:on|over|at|during)\s+(?-i:[A-Z][a-z]+days)\s+(?:and|or)\s+$", before, re.I):
        return None  # "three weekends ago", "many Sundays" are counts, not recurrences
    d = m.group("d").lower()
    if d == "weekends":
        return _Norm("SET", "XXXX-WXX-WE", None, "none")
    return _Norm("SET", f"XXXX-WXX-{_WEEKDAYS[d[:-1]] + 1}", None, "none")


@_rule(rf"(?:(?P<q>every|each)\s+)?(?P<d>{_WEEKDAY_RE})\s+(?P<p>morning|afternoon|evening|night)(?P<pl>s)?", prio=2)
def _weekday_part_set(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"the show airs Tuesday nights", "every Sunday morning": that part of each such day, a SET as
    clulab/timenorm values it (XXXX-WXX-2TNI); the singular without "every" is one day's part."""
    if not (m.group("q") or m.group("pl")):
        return None
    day = _WEEKDAYS[m.group("d").lower()] + 1
    return _Norm("SET", f"XXXX-WXX-{day}T{_PART_OF_DAY[m.group('p').lower()]}", None, "none")


@_rule(r"FY\s?'?(?P<y>\d{4}|\d{2})(?:/(?:\d{2}|\d{4}))?")
def _fiscal_abbrev(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    """"FY88", "FY 1988": a fiscal year is valued by its year, as "fiscal 1988" is."""
    if not ctx.text[s : s + 2] == "FY":
        return None
    y = int(m.group("y"))
    if y < 100:
        # the century that puts the year nearest the document date; without one, the 1900s and
        # 2000s are equally likely, so the century stays unknown
        if ctx.dct is None:
            return _Norm("DATE", f"XX{y:02d}", None, "none")
        c = ctx.dct.year // 100 * 100
        y = min((c - 100 + y, c + y, c + 100 + y), key=lambda x: abs(x - ctx.dct.year))  # type: ignore[union-attr]
    return _Norm("DATE", f"{y:04d}", None, "text")


_SPOKEN_YEAR = (
    r"(?P<c>nineteen|twenty)\s+(?P<yy>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
    # "two thousand fifteen"; "the year two thousand two hundred" is 2200, not 2002 and a stray "hundred"
    r"|(?P<tt>two\s+thousand(?:\s+(?:and\s+)?(?P<rest>(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+(?:and\s+)?(?:{_BELOW_100}))?|(?:{_BELOW_100})(?![\s-]+(?:hundred|thousand)\b)))?)"
)


@_rule(rf"(?:(?P<m>{_MONTH_RE})(?:\s+of)?\s+|(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+)?(?:the\s+year\s+)?(?:{_SPOKEN_YEAR})", prio=1)
def _spoken_year(m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    if m.group("tt"):
        rest = _num(m.group("rest")) if m.group("rest") else 0
        if not isinstance(rest, int):
            return None
        year = 2000 + rest
        # bare "two thousand" is a count; so is "two thousand two hundred" unless "the year" says otherwise
        if "year" not in m.group(0).lower() and not m.group("m") and (not rest or rest >= 100):
            return None
    else:
        yy = m.group("yy").lower()
        low = 0 if yy == "hundred" else _num(yy)
        if not isinstance(low, int):
            return None
        if low < 10 and yy != "hundred":
            return None
        year = (19 if m.group("c").lower() == "nineteen" else 20) * 100 + low
    if m.group("m"):
        return _Norm("DATE", f"{year}-{_month_of(m.group('m')):02d}", None, "text")
    if m.group("season"):
        return _Norm("DATE", f"{year}-{_SEASONS[m.group('season').lower()]}", None, "text")  # "the winter of nineteen ninety-four"
    return _Norm("DATE", str(year), None, "text")


# -- prefixes that extend a span leftwards ---------------------------------------------------------

_POINT_PREFIX = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?P<w1>end|beginning|start|dawn|middle|close|first\s+half|second\s+half|last\s+half|latter\s+half|latter\s+part|early\s+part|turn)\s+of\s+(?:the\s+)?"
    r"|(?P<the>the\s+)?(?P<w2>very\s+early|early|late|mid|middle)(?:\s+|-)"
    # Reuters' "at end-1986", "from end-September", "at end August"
    r"|(?P<w3>end)-|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bsince\s))(?P<w4>end)\s"
    r"|(?P<w5>first[\s-]+half|second[\s-]+half|last[\s-]+half)\s)$",
    re.I,
)
_APPROX_PREFIX = re.compile(
    r"(?<![\w-])(?:(?P<w>about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|under|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|just\s+over|just\s+under|well\s+over|only|just|a\s+little\s+more\s+than|a\s+little\s+over|as\s+(?:many|much|long)\s+as|barely|close\s+to|upwards\s+of)\s+)$",
    re.I,
)
_POINT_MODS = {"early": "START", "very early": "START", "beginning of": "START", "start of": "START", "dawn of": "START",
               "earlier": "START", "early part of": "START", "late": "END", "later": "END", "end of": "END",
               "close of": "END", "latter part of": "END", "mid-": "MID", "mid": "MID", "middle": "MID",
               "middle of": "MID", "first half of": "START", "second half of": "END", "last half of": "END",
               "latter half of": "END", "turn of": "START", "end": "END"}  # fmt: skip
_APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                "some": "APPROX", "close to": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
                "barely": "EQUAL_OR_LESS", "more than": "MORE_THAN",
                "just over": "MORE_THAN", "well over": "MORE_THAN", "upwards of": "MORE_THAN",
                "a little more than": "MORE_THAN", "a little over": "MORE_THAN", "less than": "LESS_THAN",
                "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
                "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
                "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "only": None, "just": None,
                "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS", "as long as": "EQUAL_OR_LESS"}  # fmt: skip


#: "two years ago", "a week or so earlier": a point reached by counting, which "almost"/"more than" qualify
_AGO = re.compile(rf"(?:{_NUM_RE})[\s-]+(?:{_UNIT_RE})(?:\s+or\s+so)?\s+(?:ago|earlier|later|before|after|from\s+(?:now|today)|back|previously)\b", re.I)


_THE_SPACE = re.compile(r"the\s", re.I)
_BOUND_BEFORE_THE = re.compile(r"(?<![\w-])(?P<w>at\s+least|at\s+most|more\s+than|less\s+than|no\s+more\s+than|no\s+less\s+than)\s+$", re.I)
#: "over a three-year period" is tagged whole (TimeBank wsj_0778), as HeidelTime does.
_PERIOD_NOUN_AFTER = re.compile(r"\s+period\b", re.I)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:an?|the)\s+$", re.I)
_ABOUT_BEFORE = re.compile(r"(?P<w>about|around|approximately|circa|roughly)\s+$", re.I)
_DEICTIC_START = re.compile(r"(?:last|this|next|that)\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _extend(text: str, start: int, end: int, norm: _Norm) -> tuple[int, _Norm]:
    window = text[max(0, start - 30) : start]
    if _THE_SPACE.match(text, start, start + 4):
        # only "the last half of | the '80s" and a bound on a counted span ("at least the past 18
        # months", TimeBank wsj_1014) reach over a determiner; "over the past 18 months" is a preposition
        m = _BOUND_BEFORE_THE.search(window)
        if m and norm.type == "DURATION" and norm.mod is None:
            w = re.sub(r"\s+", " ", m.group("w").lower())
            return start - (len(window) - m.start()), replace(norm, mod=_APPROX_MODS.get(w))
        m = _POINT_PREFIX.search(window)
        if m and m.group("w1") and norm.type == "DATE" and norm.mod is None and not norm.value.endswith("_REF"):
            w = re.sub(r"\s+", " ", m.group("w1").lower()) + " of"
            return start - (len(window) - m.start()), replace(norm, mod=_POINT_MODS.get(w))
        return start, norm
    # a weekly clock time is approximate too ("around 1700 EDT on Tuesday nights")
    if norm.type == "DURATION" or (norm.type in ("TIME", "SET") and ":" in norm.value) or _AGO.match(text, start):
        m = _APPROX_PREFIX.search(window)
        if m:
            w = re.sub(r"\s+", " ", m.group("w").lower())
            if w == "over" and norm.type != "DURATION":
                return start, norm
            if w == "some" and norm.type != "DURATION":
                return start, norm
            mod = _APPROX_MODS.get(w)
            if w in ("only", "just"):
                return start, norm
            return start - (len(window) - m.start()), replace(norm, mod=mod)
        return start, norm
    if norm.type in ("DATE", "TIME") and not norm.value.endswith("_REF") and norm.mod is None:
        m = _POINT_PREFIX.search(window)
        if m:
            if m.group("w5") and not _MONTH_ONLY.fullmatch(norm.value):
                return start, norm
            w = re.sub(r"[\s-]+", " ", m.group("w5").lower()) if m.group("w5") else \
                re.sub(r"\s+", " ", (m.group("w1") or m.group("w2") or m.group("w3") or m.group("w4")).lower())
            w = {"mid": "mid-"}.get(w, w)
            if m.group("w1") or m.group("w5"):
                w += " of"
            return start - (len(window) - m.start()), replace(norm, mod=_POINT_MODS.get(w))
        m = _ABOUT_BEFORE.search(window)
        # "disagreed about last week's closing levels": before a deictic "about" is a preposition,
        # and so it is before a possessive ("ways to get around Wednesday's ruling"): the day
        # modifies the noun after it, so "around" is no approximation of the day
        if m and norm.value[:1].isdigit() and not _DEICTIC_START.match(text[start : start + 5]) and not _POSSESSIVE_AFTER.match(text, end):
            return start - (len(window) - m.start()), replace(norm, mod="APPROX")
    return start, norm


# "and later" only closes the phrase ("in 1990 and later."), not a clause ("in October 1984 and later became")
_OPEN_SUFFIX = re.compile(r"\s+(?:or\s+(?P<after>later|after)|and\s+(?P<beyond>beyond|(?:later|after)(?=\s*(?:[,.;:)]|$)))|or\s+(?P<before>earlier|before))\b", re.I)


#: TIMEX3 keeps a duration's open bound in the extent and the mod: "could take a year or more"
#: is P1Y EQUAL_OR_MORE, as "at least a year" is ("or more than ..." goes on to another amount).
_OPEN_DURATION = re.compile(r"\s+or\s+(?:(?P<more>more|longer)|(?P<less>less|fewer|shorter))\b(?!\s+than\b|-)", re.I)


def _period_np(text: str, start: int, end: int, norm: _Norm) -> tuple[int, int]:
    """"a three-year period": the article and the noun join a counted span written as an adjective."""
    if norm.type != "DURATION" or "-" not in text[start:end] or not text[end - 1].isalpha():
        return start, end
    after = _PERIOD_NOUN_AFTER.match(text, end)
    before = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if after is None or before is None:
        return start, end
    return before.start(), after.end()


def _extend_right(text: str, end: int, norm: _Norm) -> tuple[int, _Norm]:
    if norm.type == "DURATION" and norm.mod is None and _DIGIT.search(norm.value):
        m = _OPEN_DURATION.match(text, end)
        if m:
            return m.end(), replace(norm, mod="EQUAL_OR_MORE" if m.group("more") else "EQUAL_OR_LESS")
    if norm.type != "DATE" or not norm.value[:1].isdigit() or norm.mod:
        return end, norm
    m = _OPEN_SUFFIX.match(text, end)
    if not m:
        return end, norm
    return m.end(), replace(norm, mod="ON_OR_BEFORE" if m.group("before") else "ON_OR_AFTER")


# -- driver ---------------------------------------------------------------------------------------


_MONTH_WORDS = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
_WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday"
_UNIT_WORDS = "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months mth mths quarter quarters year years decade decades century centuries"
_SEASON_WORDS = "spring summer fall autumn winter"
_UNIT_WORDS_SET = frozenset(_UNIT_WORDS.split())
#: Words (lower case) one of which must occur for a rule to be tried; ``#`` stands for any digit and
#: ``#year``, ``#sep``, ``#0s``, ``#clock`` for the digit shapes of ``_SHAPES``.
#: Skipping rules that cannot match is what makes the tagger cheap on sentences without dates.
_NEEDS_WORDS = {
    "_relative_fortnight": "fortnight",
    "_month_day": _MONTH_WORDS,
    "_dateline_any_case": _MONTH_WORDS,
    "_month_day_odd_case": _MONTH_WORDS + " " + " ".join(w.lower() for w in _MONTH_SLIPS),
    "_duration_between": "between",
    "_month_spelled_day": _MONTH_WORDS,
    "_month_ordinal_day": _MONTH_WORDS,
    "_ordinal_of_month": _MONTH_WORDS,
    "_month_year": _MONTH_WORDS,
    "_month_alone": _MONTH_WORDS,
    "_month_pair_quarter": "quarter qtr period",
    "_month_rel_year": _MONTH_WORDS,
    "_iso": "#sep",
    "_slashed": "#sep",
    "_dashed_month_name": "#year",
    "_year": "#year",
    "_split_year_tail": "#sep",
    "_decade": "#0s twenties thirties forties fifties sixties seventies eighties nineties noughties",
    "_century": "century",
    "_quarter_century": "century",
    "_quarter": "quarter half period qtr",
    "_the_quarter": "quarter period qtr",
    "_year_earlier": "earlier ago",
    "_that_year": "year",
    "_the_year_before": "year week month",
    "_unit_ended": "week month",
    "_bare_ago": "ago",
    "_the_month": "month",
    "_same_unit_year_ago": "month week",
    "_final_quarter": "quarter",
    "_the_weekend": "weekend",
    "_holiday": "christmas #newyear independence halloween valentine veterans thanksgiving labor memorial martin easter good boxing"
    " may patrick fourth remembrance saints ash palm maundy holy ascension pentecost whit whitsun presidents president"
    " columbus mother mothers father fathers black cyber mlk washington lincoln guy mardi shrove pancake trinity",
    "_q_abbrev": "q h",
    "_the_year": "year",
    "_year_heading": "year",
    "_months_heading": "mths months",
    "_weekday_part_set": _WEEKDAY_WORDS,
    "_today": "today tonight yesterday tomorrow",
    "_that_day": "day morning afternoon evening night",
    "_event_anchored": "before after following preceding leading",
    "_day_before": "day",
    "_ref": "now currently nowadays these recently lately past future term current present moment",
    "_plural_ref": "recent coming past future following",
    "_soon": "soon",
    "_year_end": "end year",
    "_in_the_day": "day",
    "_later_in_the_unit": "earlier later",
    "_units_ahead": "ahead",
    "_relative": "this last next past previous preceding coming following current that same prior earlier later early late",
    "_part_of": "end beginning start middle rest close turn",
    "_season": _SEASON_WORDS,
    "_weekday": _WEEKDAY_WORDS,
    # "#spoken": "half past eight", "seven thirty pm" (see ``_SPOKEN_CLOCK_HINT``); "quarter" and "half" alone
    # are in most results stories, and the clock's pattern is among the longest
    "_clock": "#clock noon midnight midday mid clock #spoken",
    "_dashed_clock_range": "#clock",
    "_part_of_day": "morning afternoon evening night overnight midafternoon midmorning",
    "_duration": _UNIT_WORDS,
    # the rule keeps only these plurals ("for years"); "annual" and "quarterly" it always rejects
    "_bare_plural": "years months decades weeks centuries hours minutes",
    "_set_adverb": "daily weekly monthly annually yearly hourly nightly biweekly fortnightly semiannually semi",
    "_set_every": "every each per",
    "_vague_adjective": "long old",
    "_another_unit": "another",
    "_seasons_set": "summers winters springs autumns falls",
    "_year_earlier_span": "months weeks days",
    "_quarters_of": "quarter quarters",
    "_week_of": "week",
    "_the_week": "week",
    "_weekday_of_week": "week",
    "_weekday_the_day": _WEEKDAY_WORDS,
    # a counted unit ("two years", "a minute") is what ``#dur`` marks; ungated, the pattern ran over every paragraph
    "_compound_duration": "#dur",
    "_day_range_month": _MONTH_WORDS,
    "_after_next": "next",
    "_nth_week_of_year": "week",
    "_nth_in_month": "week weekend day " + _WEEKDAY_WORDS,
    "_half_of_year": "half quarters",
    "_set_freq": "once twice times",
    "_plural_days": "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends",
    "_fiscal_abbrev": "fy",
    "_spoken_year": "nineteen twenty thousand",
    # "at a later date", "this year as last": ungated, these two ran over every paragraph
    "_later_date": "later future",
    "_elided_last": "last",
}
#: A second gate, all-of with the first: a word of this set must occur as well.
_ALSO_NEEDS = {name: "#" for name in ("_month_day", "_dateline_any_case", "_month_day_odd_case", "_month_year", "_week_of", "_half_of_year")} | {
    # "last week", "this March", "next Friday": the word counted from
    "_relative": f"week weekend month year decade century {_SEASON_WORDS} {_MONTH_WORDS} {_WEEKDAY_WORDS}",
    "_bare_plural": "for in within over took take last lasted spent",
    "_duration": "#dur",
    "_month_spelled_day": "one two three four five six seven eight nine",
    "_month_ordinal_day": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth",
    "_month_rel_year": "year",
    "_day_range_month": "#",
    "_after_next": "after",
    "_later_in_the_unit": "week month year",
    "_nth_week_of_year": "#year year",
    "_ordinal_of_month": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth",
    "_weekday_of_week": _WEEKDAY_WORDS,
    "_nth_in_month": _MONTH_WORDS,
    "_that_year": "that",
    "_unit_ended": "ended ending to",
    "_same_unit_year_ago": "same corresponding comparable",
    "_the_year_before": "before earlier after",
    "_later_date": "date",
}
#: Digit shapes as gate words: each is a necessary part of the rules gated on it (a year for
#: ``_year``, a digit on both sides of "-" or "/" for ISO, slashed and split years, a decade's
#: "0s", and for ``_clock`` a.m./p.m., "hh:mm", a four-digit "1100 GMT" or "9 in the morning"), and
#: ``#newyear`` for "New Year's Day".
_SHAPES = (
    ("#year", re.compile(r"(?:1[6-9]|20)\d\d")),
    ("#sep", re.compile(r"\d[-/]\d")),
    ("#0s", re.compile(r"\d0'?s", re.I)),
    ("#clock", re.compile(r"\d(?::\d|\d{3}\s+(?:GMT|UTC|[ECMP][SD]T|BST|JST|HKT|SGT|local|hrs|hours)|\.\d\d\s+(?:GMT|UTC|[ECMP][SD]T|BST|local|hrs)|(?:[:.]\d\d)?\s*(?:[ap]\.?m|(?:o'clock\s+)?in\s))", re.I)),
)
_TOKEN = re.compile(r"[a-z]+")
_NEW_YEAR = re.compile(r"new\s+year")
#: what a spoken clock time needs (``_SPOKEN_CLOCK_RE``): one cheap scan decides whether ``_clock`` runs
_SPOKEN_CLOCK_HINT = re.compile(
    rf"\b(?:quarter|half|minutes?)\s+(?:past|after|to)\s+(?:1[0-2]|0?[1-9]|{_HOUR_WORD})\b"
    rf"|\b{_HOUR_WORD}\s+(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b"
    rf"|\b{_HOUR_WORD}[\s-](?:twenty|thirty|forty|fifty|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|o|oh)\b"
)
_UNIT_WORD = re.compile(r"(?=[smhdnwqycf])(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|mths?|quarters?|years?|decades?|centur(?:y|ies))")
#: The words a count ends in ("two", "a few", "a couple of", "a half"), and the words _DUR_RE lets
#: stand between a count and its unit ("two more weeks", "five trading days").
_COUNT_END = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand a an few"
    " couple of several dozen many half quarter more additional further straight consecutive full entire whole long"
    " trading business calendar working".split()
)


def _counted_unit(low: str) -> bool:
    """A unit word right after a count or a word _DUR_RE allows there ("three years", "a week",
    "10 trading days") in the lower-cased ``low``: without one no duration can match, and in news a
    bare "year" is common."""
    for m in _UNIT_WORD.finditer(low):
        head = low[max(0, m.start() - 40) : m.start()]
        stripped = head.rstrip()
        while stripped.endswith("-"):
            stripped = stripped[:-1].rstrip()
        if not stripped:
            return True  # a count further back than the window may still precede the unit
        if len(stripped) == len(head):
            continue
        if stripped[-1].isdigit():
            return True
        j = len(stripped)
        while j and stripped[j - 1].isalpha():
            j -= 1
        word = stripped[j:]
        if word and (not word.isascii() or word in _COUNT_END):
            return True
    return False


@dataclass(frozen=True)
class _Gates:
    """Pattern bit masks: per gate word, the patterns it lets run (``first``) and the patterns whose
    second gate it satisfies (``second``); the patterns without a first or second gate."""

    first: dict[str, int]
    second: dict[str, int]
    ungated: int
    unchecked: int
    vocabulary: set[str]


def _gate_index() -> _Gates:
    first: dict[str, int] = {}
    second: dict[str, int] = {}
    ungated = unchecked = 0
    for idx, (_, fn, _) in enumerate(_PATTERNS):
        bit = 1 << idx
        words, also = _NEEDS_WORDS.get(fn.__name__), _ALSO_NEEDS.get(fn.__name__)
        if words is None:
            ungated |= bit
        for w in (words or "").split():
            first[w] = first.get(w, 0) | bit
        if also is None:
            unchecked |= bit
        for w in (also or "").split():
            second[w] = second.get(w, 0) | bit
    return _Gates(first, second, ungated, unchecked, set(first) | set(second))


_GATE: list[_Gates] = []
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_DIGIT = re.compile(r"\d")


def _paragraphs(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, patterns)`` per paragraph (``end`` takes in the blank lines after it), with the
    bit mask of the patterns whose gate words the paragraph holds. No temporal expression spans a
    blank line, so patterns scan paragraph by paragraph: a month at the end of one paragraph no
    longer runs into the next ("Sept.\n\nLast year")."""
    if not _GATE:
        _GATE.append(_gate_index())
    gates = _GATE[0]
    if "\n" not in text:
        return [(0, len(text), _patterns_for(gates, text))]
    out, start = [], 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.end() if brk is not None else len(text)
        out.append((start, end, _patterns_for(gates, text[start:end])))
        start = end
    return out


def _patterns_for(gates: _Gates, part: str) -> int:
    """Bit mask of the patterns whose gates the words (and digit shapes) of ``part`` open."""
    low = part.lower()
    words = gates.vocabulary.intersection(_TOKEN.findall(low))
    if "year" in low and _NEW_YEAR.search(low):
        words.add("#newyear")  # ("new" is no gate word, so it never reached ``words``)
    if _SPOKEN_CLOCK_HINT.search(low):
        words.add("#spoken")
    if "may" in words and "May" not in part and "MAY" not in part:
        words.discard("may")  # month names are matched case-sensitively: the modal is no month
    if _DIGIT.search(part):
        words.add("#")
        words.update(name for name, shape in _SHAPES if shape.search(part))
    if not words.isdisjoint(_UNIT_WORDS_SET) and _counted_unit(low):
        words.add("#dur")
    first, second = gates.ungated, gates.unchecked
    for w in words:
        first |= gates.first.get(w, 0)
        second |= gates.second.get(w, 0)
    return first & second


def _candidates(text: str) -> list[tuple[int, int, int, int, re.Match[str]]]:
    paragraphs = _paragraphs(text)
    todo = 0
    for _, _, mask in paragraphs:
        todo |= mask
    out = []
    # a pattern runs only over the paragraphs holding the words it needs: most patterns are long
    # alternations, and scanning them is most of this module's time
    while todo:
        low = todo & -todo
        todo ^= low
        idx = low.bit_length() - 1
        pattern, _fn, prio = _PATTERNS[idx]
        for start, end, mask in paragraphs:
            if mask & low:
                for m in pattern.finditer(text, start, end):
                    s, e = m.span()
                    if e > s:
                        out.append((s, e, prio, idx, m))
    return out


def _apply(idx: int, m: re.Match[str], ctx: _Ctx, s: int, e: int) -> _Norm | None:
    try:
        return _PATTERNS[idx][1](m, ctx, s, e)
    except (OverflowError, ValueError):
        return None  # "10,000 weeks ago", "Feb. 30": no calendar value, so no timex


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    while s < e and text[s] in " \t\n":
        s += 1
    return s, e


def _parses(doc: Doc, text: str) -> bool:
    """``doc`` is a parse of ``text``: its last token ends the text. ``doc.text == text`` would say
    the same, but spaCy rebuilds ``doc.text`` token by token (a quarter of this module's time)."""
    if len(doc) == 0:
        return not text.strip()
    last = doc[-1]
    end = last.idx + len(last.text)
    return text[last.idx : end] == last.text and not text[end:].strip()


_LOWER_MONTH = re.compile(r"(?-i:\b(?:january|february|april|june|july|september|october|november|december)\b)")
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|^\S[^\n]{0,60}?\s-\s+)([A-Za-z])", re.M)


_LOWER_DATELINE = re.compile(r"\A[^\n]{0,60}?,\s+(?-i:[a-z]+)\.?\s+\d{1,2}\s+-\s")


def _lower_keyed(text: str) -> bool:
    """The copy writes months in lower case: its dateline does ("Santiago, april 9 - chile's trade
    surplus narrowed ... in february"), or most of its sentences start with a small letter."""
    dateline = _LOWER_DATELINE.match(text)
    if dateline and dateline.group(0).rsplit(",", 1)[1].split()[0].rstrip(".") in _MONTH_NAMES:
        return True
    starts = [m.group(1).islower() for m in _SENTENCE_START.finditer(text)]
    return sum(starts) >= 2 and sum(starts) * 2 > len(starts)


def extract_timexes(text: str, dct: date | None, doc: Doc | None = None, title: str | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` as TIMEX3, normalized against ``dct`` (None = unknown).

    Offsets index into ``text``; the result is sorted and non-overlapping. ``doc`` (a spaCy
    parse of the same text) sharpens the tense used to pick a year or resolve "Friday".
    ``title`` (the story's headline, not part of ``text``) is context only: a results headline's
    closing day ("4TH QTR JAN 31 NET") dates the table's periods the text leaves undated.
    """
    original = text
    # the rules read ASCII punctuation; modern copy sets "New Year’s Day", "the ’90s", "2008–09"
    # with typographic marks, each one character for one, so offsets and surfaces stay the text's
    if not text.isascii():
        text = text.translate(_TYPOGRAPHIC)
    cands = _candidates(text)
    if cands and _LOWER_MONTH.search(text) and not _lower_keyed(text):
        # in ordinary copy a lower-case "july" is a futures contract ("under New York july"), not
        # a month the story is dated by: lower-case names count only in copy keyed in lower case
        cands = [c for c in cands if _PATTERNS[c[3]][1] in (_dateline_any_case, _month_day_odd_case) or not _LOWER_MONTH.search(c[4].group(0))]
    if not cands:
        return []  # most sentences of news name no time
    if isinstance(dct, datetime):
        dct = dct.date()
    dct = local_date(text, dct)
    ctx = _Ctx(text, dct, doc if doc is not None and _parses(doc, original) else None)
    ctx.headline = headline_period(title, dct)
    # longest first, then higher priority, then earliest
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    occupied = bytearray(len(text) + 1)
    # dry run: a candidate whose rule rejects it must not shadow a shorter one ("the 1988 quarter"
    # is no duration); anaphora state gets placeholders so anaphoric rules can answer
    ctx.last_year, ctx.last_quarter, ctx.last_day, ctx.last_month = 2000, (2000, 1), date(2000, 1, 1), (2000, 1)
    ctx.event_day = date(2000, 1, 1)
    ctx.last_period = None
    for s, e, _prio, idx, m in cands:
        if any(occupied[s:e]) or _apply(idx, m, ctx, s, e) is None:
            continue
        taken.append((s, e, idx, m))
        occupied[s:e] = b"\x01" * (e - s)
    ctx.last_year = ctx.last_quarter = ctx.last_day = ctx.last_month = ctx.week_day = ctx.event_day = None
    ctx.last_week = None
    ctx.last_period, ctx.last_month_end, ctx.last_day_end, ctx.focus_month, ctx.focus_month_end = None, -1, -1, None, -1
    ctx.last_month_compared = False
    ctx.named_quarter = None
    ctx.ref_time, ctx.last_end, ctx.month_named = None, -1, None
    ctx.focus_months = set()
    taken.sort()
    out: list[Timex] = []
    last_end = 0
    swallowed = -1
    for s, e, idx, m in taken:
        if e <= swallowed:
            continue  # the year closing "April 15-30, 1987" went with the second day
        norm = _apply(idx, m, ctx, s, e)
        if norm is None:
            continue
        e2 = e
        if norm.type == "DURATION" and m.groupdict().get("dir"):
            e2 = m.start("dir")
        elif norm.type == "DURATION" and m.groupdict().get("orso") and e2 > m.end("u"):
            e2 = m.end("orso")
        if norm.cut_left > s:
            s = norm.cut_left
        if s < norm.cut_right < e2:
            e2 = norm.cut_right
        s, e2 = _trim(text, s, e2)
        s, e2 = _period_np(text, s, e2, norm)
        s2, extended = _extend(text, s, e2, norm)
        if s2 < last_end:
            s2 = s  # the modifier belongs to the expression before ("the first half | of 1986")
        else:
            norm = extended
        e2, norm = _extend_right(text, e2, norm)
        first = (
            _first_day(text, s2, norm, m, idx, occupied, last_end)
            or _first_clock(text, s2, norm, m, idx, occupied, last_end)
            or _first_clock_24(text, s2, norm, m, idx, occupied, last_end)
        )
        second = _second_day(text, e2, norm, m, idx, occupied) or _second_clock(text, s2, e2, norm, m, idx, occupied)
        if norm.type == "TIME" and _PATTERNS[idx][1] in (_clock, _dashed_clock_range) and _schedule_hours(
            text, first[0] if first else s2, second[1] if second else e2, m, first is not None or second is not None
        ):
            # "would trade from 0900 to 1315 CST": a schedule's hours recur on each day it runs
            norm = _as_set(norm)
            first = (first[0], first[1], _as_set(first[2])) if first else None
            second = (second[0], second[1], _as_set(second[2])) if second else None
        if first is not None:
            out.append(_make(text, first[0], first[1], first[2], ctx))
        out.append(_make(text, s2, e2, norm, ctx))
        last_end = e2
        if second is not None:
            if second[2].anchor == "text" and norm.anchor != "text":
                # "April 15-30, 1987": the year closing the range dates its first day too
                norm = replace(norm, value=second[2].value[:4] + norm.value[4:], anchor="text", year_inferred=False)
                out[-1] = _make(text, s2, e2, norm, ctx)
            out.append(_make(text, second[0], second[1], second[2], ctx))
            last_end = swallowed = second[1]
    if text is not original:
        out = [replace(t, text=original[t.start_char : t.end_char]) for t in out]
    return out


_SECOND_DAY = re.compile(
    r"(?:\s*-\s*|\s+(?:and|or|to|through|thru|until|till)\s+)(?P<d>[0-3]?\d)(?P<suf>st|nd|rd|th)?\b(?![-/.]\d)"
    rf"(?:(?P<comma>,?\s+)(?P<y>{_YEAR_RE})\b)?"
)
#: what follows a number that is a count or an amount, not a day: "May 1 and 2 pct", "June 5 to 10 mln"
_NOT_A_DAY_AFTER = re.compile(
    r"\s*(?:%|pct|percent|per\b|mln|bln|billion|million|dlrs?|cents?|points?|stg|yen|marks|francs|shares|votes|"
    r"tonnes|tons|barrels|bpd|times|years?|months?|weeks?|days?|hours?|minutes?|a\.m|p\.m|am\b|pm\b|GMT|EST|EDT|hrs|,\d|:\d)",
    re.I,
)


#: the first day of a range written before its month, British style: "4-22 January", "from 4 to 22
#: January", "between 4 and 22 January", "on 18 and 19 June"; a spelled connective needs "from",
#: "between", "on" or "for" before it
_FIRST_DAY = re.compile(
    r"(?:(?<![\w$\u00a3.,/-])(?P<d1>[0-3]?\d)(?P<suf1>st|nd|rd|th)?\s*-\s*"
    r"|\b(?:from|between)\s+(?:the\s+)?(?P<d2>[0-3]?\d)(?P<suf2>st|nd|rd|th)?\s+(?:to|and|through|until|till)\s+(?:the\s+)?"
    # "talks on 18 and 19 June": two days, the first written without its month
    r"|\b(?:on|for)\s+(?:the\s+)?(?P<d3>[0-3]?\d)(?P<suf3>st|nd|rd|th)?\s+(?:and|or)\s+(?:the\s+)?)$",
    re.I,
)


def _first_day(text: str, s: int, norm: _Norm, m: re.Match[str], idx: int, occupied: bytearray, last_end: int) -> tuple[int, int, _Norm] | None:
    """The first day of a range whose month follows its second day ("from 4 to 22 January, 1995"):
    as for "November 19-20", each end is a DATE of its own, the first taking the second's month
    and year."""
    handler = _PATTERNS[idx][1]
    if not (handler is _day_range_month or handler is _month_day and m.group("m2")) or norm.type != "DATE":
        return None
    day_value = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", norm.value)
    head = _FIRST_DAY.search(text, max(0, s - 30), s)
    if day_value is None or head is None:
        return None
    k = "1" if head.group("d1") else "2" if head.group("d2") else "3"
    start = head.start("d" + k)
    end = head.end("suf" + k) if head.group("suf" + k) else head.end("d" + k)
    first = int(head.group("d" + k))
    # "4-22 January" is one match of its own rule, so only a day before the match can be another's
    taken = start < m.start() and any(occupied[start:end])
    if start < last_end or taken or not 1 <= first < int(day_value.group(3)):
        return None
    value = f"{day_value.group(1)}-{day_value.group(2)}-{first:02d}"
    return start, end, _Norm("DATE", value, None, norm.anchor, norm.year_inferred)


#: the first end of a clock range that writes a.m./p.m. only once, on its second end: "from 5 to
#: 6 pm", "between 5 and 6 in the afternoon", "9-11 a.m."; a spelled connective needs "from" or
#: "between", or no amount or figure before the first end
_FIRST_CLOCK = re.compile(
    r"(?:(?<![\w$\u00a3.,/:-])(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?\s*(?:-|\u2013|to|until|till)\s*"
    r"|\b(?:from|between)\s+(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<m2>[0-5]\d))?\s+(?:to|and|until|till)\s+)$",
    re.I,
)
#: the second end of "from 1 p.m. to 4": a bare hour closing a range whose first end has a.m./p.m.
_SECOND_CLOCK = re.compile(r"\s*(?:-|\u2013|to|until|till|and)\s*(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\b(?![.,:]\d)")
_CLOCK_VALUE = re.compile(r"(?P<day>.+)T(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?(?P<zone>.*)")


def _ranged_clock(m: re.Match[str], idx: int, norm: _Norm) -> re.Match[str] | None:
    """The day, hour, minute and zone of a clock time marked a.m./p.m. or by its part of the day."""
    if _PATTERNS[idx][1] not in (_clock, _dashed_clock_range) or norm.type != "TIME" or not (m.group("ampm") or m.group("pod")):
        return None
    return _CLOCK_VALUE.fullmatch(norm.value)


def _first_clock(text: str, s: int, norm: _Norm, m: re.Match[str], idx: int, occupied: bytearray, last_end: int) -> tuple[int, int, _Norm] | None:
    """The first end of "from 5 to 6 pm": its own TIME (TimeML tags each end of a range), on the
    second end's day and half of it unless that would put it after the second ("11 to 1 pm")."""
    clock = _ranged_clock(m, idx, norm)
    head = _FIRST_CLOCK.search(text, max(0, s - 30), s) if clock and not (m.group("pre") or m.group("pdate")) else None
    if clock is None or head is None:
        return None
    k = "1" if head.group("h1") else "2"
    start, end = head.start("h" + k), head.end("m" + k) if head.group("m" + k) else head.end("h" + k)
    # "9-11 a.m." is one match of its own rule, so only an hour before the match can be another's
    if start < last_end or (start < m.start() and any(occupied[start:end])):
        return None
    second = int(clock.group("h")) * 60 + int(clock.group("mi"))
    first = (int(head.group("h" + k)) % 12 + (12 if second >= 12 * 60 else 0)) * 60 + int(head.group("m" + k) or 0)
    if first >= second:
        first -= 12 * 60
    if first < 0:
        return None  # "11 to 2 am" crosses midnight: the first end is on the day before
    value = f"{clock.group('day')}T{first // 60:02d}:{first % 60:02d}{clock.group('zone')}"
    return start, end, _Norm("TIME", value, None, norm.anchor, norm.year_inferred)


#: the first end of a wire-copy 24-hour range whose second end carries the zone or "hrs": "between
#: 1700 and 2100 hrs central U.S. time", "between 0800 and 0830 GMT", "from 1900 to 2300 hours"
_FIRST_CLOCK_24 = re.compile(
    r"\b(?P<pre>between|from)\s+(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?:and|to|until|till)\s+$"
    # "(0315 to 0530 GMT)" restates a local range already tagged, as "(0735 GMT)" restates one time
    r"|(?<![\w$\u00a3.,/:(-])(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s*(?:-|\u2013|to)\s*$",
    re.I,
)


def _first_clock_24(text: str, s: int, norm: _Norm, m: re.Match[str], idx: int, occupied: bytearray, last_end: int) -> tuple[int, int, _Norm] | None:
    """The first end of "between 1700 and 2100 hrs": its own TIME on the second end's day and in
    its zone (TimeML tags each end of a range), when it comes before the second end."""
    if _PATTERNS[idx][1] is not _clock or norm.type != "TIME" or not m.group("hm") or m.group("pre") or m.group("pdate"):
        return None
    clock = _CLOCK_VALUE.fullmatch(norm.value)
    head = _FIRST_CLOCK_24.search(text, max(0, s - 24), s) if clock else None
    if clock is None or head is None:
        return None
    k = "" if head.group("h") else "2"
    start, end = head.start("h" + k), head.end("mi" + k)
    if start < last_end or any(occupied[start:end]):
        return None
    first = int(head.group("h" + k)) * 60 + int(head.group("mi" + k))
    second = int(clock.group("h")) * 60 + int(clock.group("mi"))
    day = clock.group("day")
    if first == second:
        return None
    if first > second:
        # "between 2300 and 0300 GMT" crosses midnight: the second end (which ``_clock`` put on the
        # next day) closes the range, the first end lies on the day before it
        if not _DAY_PREFIX.fullmatch(day):
            return None
        day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    value = f"{day}T{first // 60:02d}:{first % 60:02d}{clock.group('zone')}"
    return start, end, _Norm("TIME", value, None, norm.anchor, norm.year_inferred)


#: a clock time that ends a range ("from 0900 to | 1315 CST", "between 1700 and | 2100 hrs", "(2300
#: to | 0300 GMT)", "from 6:00 to | 9:00 P.M.") or opens one ("from | 6:00 p.m. to 9:00 p.m.")
_CLOCK_END = r"(?:(?:[01]\d|2[0-3])[0-5]\d|(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?)?|noon|midnight)"
_CLOCK_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+{_CLOCK_END}(?:\s+(?:hrs|hours|GMT|UTC|[ECMP][SD]T|local\s+time))?\s+and"
    rf"|(?<![\w$\u00a3.,/:-]){_CLOCK_END}(?:\s+(?:hrs|hours|GMT|UTC|[ECMP][SD]T|local\s+time))?\s*(?:-|to|until|till))\s*$",
    re.I,
)
_CLOCK_RANGE_AFTER = re.compile(rf"\s*(?:-|to|until|till|and)\s*{_CLOCK_END}(?![\w.,]\d)", re.I)
#: what makes a range of clock times the hours of a recurring schedule, in its sentence: the hours of
#: trading or business, a (night, evening, trading) session, a lunch break, a frequency ("daily",
#: "on weekdays", "Mondays to Thursdays", "Monday through Thursday") or a contract that trades
#: from one hour to another
_SCHEDULE_CUE = re.compile(
    r"\b(?:(?:trading|opening|business|office|banking|working|normal|regular|dealing)\s+hours"
    r"|hours\s+of\s+(?:trading|business|operation)"
    r"|(?:trading|night|evening|overnight|extended|new)\s+(?:trading\s+)?sessions?|sessions\b"
    r"|lunch\s+(?:break|recess)"
    r"|daily|nightly|every\s+(?:day|night|weekday|morning|afternoon|evening)|each\s+(?:day|weekday)|weekdays|weeknights"
    rf"|(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|{_WEEKDAY_RE}\s*(?:through|thru|to|-)\s*{_WEEKDAY_RE}"
    r"|trades?\s+(?:from|between))\b",
    re.I,
)
#: a day the clock times fall on: one occurrence, not a schedule ("on Monday March 9 between 0800 and
#: 0830 GMT", "this morning between 1000 EST and 1030 EST", "halted from 1100 to 1300 GMT yesterday");
#: a weekday range or a plural is the schedule's, and a day after "from", "starting", "effective"
#: opens the schedule
_ONE_DAY = re.compile(
    rf"(?P<start>\b(?:from|starting|beginning|effective|as\s+of|since|until|till)\s+(?:{_WEEKDAY_RE},?\s+)?)?"
    rf"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
    rf"|{_WEEKDAY_RE}(?!s\b|\s*(?:through|thru|to|-)\s*{_WEEKDAY_RE})|(?:{_MONTH_RE})\s*{_DAY_RE})\b",
    re.I,
)


_WEEKDAY_RANGE_HEAD = re.compile(rf"{_WEEKDAY_RE}s?\s*(?:through|thru|to|-)\s*$")


def _after_abbrev(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation ("P.M.", "U.S.", "Corp.")."""
    word = re.search(r"(\w+)\W*$", text[max(0, dot - 6) : dot + 1])
    return bool(word and text[dot] == "." and _ABBREV.fullmatch(word.group(1)))


def _schedule_hours(text: str, lo: int, hi: int, m: re.Match[str], ranged: bool) -> bool:
    """Whether the clock times ``lo:hi`` (one or both ends of a range) are a schedule's hours, which
    recur ("would trade from 0900 to 1315 CST", "extends the lunch break to 1115 to 1330 local
    time"): TimeML writes a recurring time as a SET, not the story's day."""
    if not ranged and not _CLOCK_RANGE_BEFORE.search(text, max(0, lo - 40), lo):
        tail = _CLOCK_RANGE_AFTER.match(text, hi)
        if tail is None or not re.search(r"\b(?:from|between)\s+$", text[max(0, lo - 10) : lo], re.I):
            return False
    if m.groupdict().get("pre") or m.groupdict().get("pdate") or m.groupdict().get("post") or _DAY_AFTER_PAREN.match(text, hi):
        return False
    sent_lo, sent_hi = max(0, lo - 300), min(len(text), hi + 300)
    # "9:00 P.M. Chicago time", "U.S. Treasury" end no sentence
    breaks = [b for b in _SENT_BREAK.finditer(text, sent_lo, sent_hi) if not _after_abbrev(text, b.start())]
    sent_lo = max([b.end() for b in breaks if b.end() <= lo], default=sent_lo)
    sent_hi = min([b.start() + 1 for b in breaks if b.start() >= hi], default=sent_hi)
    if not _SCHEDULE_CUE.search(text, sent_lo, sent_hi):
        return False
    for day in _ONE_DAY.finditer(text, sent_lo, sent_hi):
        if day.group("start") or day.start() >= hi + 30 or _WEEKDAY_RANGE_HEAD.search(text, max(0, day.start() - 20), day.start()):
            continue  # a schedule's first day, a day well after the hours, "Monday through | Thursday"
        return False
    return True


def _as_set(norm: _Norm) -> _Norm:
    """A clock time of a schedule as TimeML's SET: each day at that time (XXXX-XX-XXT09:00)."""
    clock = _CLOCK_VALUE.fullmatch(norm.value)
    if clock is None:
        return norm
    tpart = norm.value[len(clock.group("day")) :]
    return _Norm("SET", "XXXX-XX-XX" + tpart, None, "none")


def _second_clock(text: str, s: int, e: int, norm: _Norm, m: re.Match[str], idx: int, occupied: bytearray) -> tuple[int, int, _Norm] | None:
    """The bare second end of "from 1 p.m. to 4": the first hour after the first end."""
    clock = _ranged_clock(m, idx, norm)
    tail = _SECOND_CLOCK.match(text, e) if clock and re.search(r"\b(?:from|between)\s+$", text[max(0, s - 10) : s], re.I) else None
    if clock is None or tail is None or any(occupied[tail.start("h") : tail.end()]):
        return None
    if not _SPOKEN_CLOCK_AFTER.match(text, tail.end()) or re.match(r"\s*(?:o'clock|[ap]\.?m\b)", text[tail.end() :], re.I):
        return None  # "from 1 p.m. to 4 hours", "to 5 pct"; a marked second end is a clock time of its own
    first = int(clock.group("h")) * 60 + int(clock.group("mi"))
    second = int(tail.group("h")) % 12 * 60 + int(tail.group("mi") or 0)
    while second <= first:
        second += 12 * 60
    if second >= 24 * 60:
        return None
    value = f"{clock.group('day')}T{second // 60:02d}:{second % 60:02d}{clock.group('zone')}"
    return tail.start("h"), tail.end(), _Norm("TIME", value, None, norm.anchor, norm.year_inferred)


def _second_day(text: str, e: int, norm: _Norm, m: re.Match[str], idx: int, occupied: bytearray) -> tuple[int, int, _Norm] | None:
    """The second day of a range or pair ("April 15-30", "Sept. 11-12", "March 30 and 31"):
    TimeML (after TIDES) tags each point of a range on its own, so the bare day gets a TIMEX3
    of its own carrying the month and year of the first."""
    if _PATTERNS[idx][1] is not _month_day or not m.group("m1") or m.group("y") or norm.type != "DATE":
        return None
    day_value = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", norm.value)
    tail = _SECOND_DAY.match(text, e)
    if day_value is None or tail is None or any(occupied[tail.start("d") : tail.end("d")]):
        return None
    first, second = int(day_value.group(3)), int(tail.group("d"))
    if second <= first or _NOT_A_DAY_AFTER.match(text, tail.end("d")):
        return None
    year, month = day_value.group(1), int(day_value.group(2))
    try:
        if tail.group("y"):
            value, anchor, inferred = date(int(tail.group("y")), month, second).isoformat(), "text", False
        elif year == "XXXX":
            value, anchor, inferred = f"XXXX-{month:02d}-{second:02d}", "none", False
        else:
            value, anchor, inferred = date(int(year), month, second).isoformat(), norm.anchor, norm.year_inferred
    except ValueError:
        return None  # "Feb 27-30": no such day
    end = tail.end() if tail.group("y") else tail.end("suf") if tail.group("suf") else tail.end("d")
    return tail.start("d"), end, _Norm("DATE", value, None, anchor, inferred)


#: Typographic marks read as their ASCII forms: curly quotes and apostrophes, the en dash and the
#: Unicode hyphens, the no-break space (the em dash stays: it sets off clauses, not ranges).
_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                              "\u2010": "-", "\u2011": "-", "\u00a0": " "})  # fmt: skip


#: A time hung on a preposition (or "ended", "ending") is an adjunct of the event the sentence tells.
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:in|on|at|for|during|of|by|until|till|through|throughout|over|ended|ending|to|after|before|within|and)\s+"
    r"(?:(?:the|early|late|mid|end|fiscal|financial|calendar|year)[\s-]+)*$",
    re.I,
)
def local_date(text: str, dct: date | None) -> date | None:
    """The story's own date when its dateline names the day before or after the feed's UTC
    timestamp ("PEKING, April 1" sent 31-MAR-1987 22:30 GMT): "today", "Tuesday" and "yesterday"
    are the reporter's, so they count from the dateline's day. ``extract_timexes`` applies it to
    a text that still opens with its dateline; a caller that has split the dateline off can pass
    ``local_date(dateline, dct)`` as the DCT instead."""
    line = parse_dateline(text) if dct is not None else None
    if line is None or dct is None:
        return dct
    for year in (dct.year, dct.year + 1, dct.year - 1):  # "Jan 1" sent on 31-DEC
        try:
            local = date(year, line[0], line[1])
        except ValueError:
            continue
        if abs((local - dct).days) == 1:
            return local
    return dct


_LEVEL_BEFORE = re.compile(r"\b(?:above|below|over|under)\s+(?:the\s+|its\s+)?$", re.I)
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:from|than|since|against|compared\s+(?:with|to)|versus|vs|base(?:\s+year)?)\b(?:[^,;:.]|[.,](?=\d))*"
    r"|\b(?:same|corresponding|comparable|year-ago|year-earlier)\s+(?:period|quarter|months?|weeks?|time)\s+(?:of|in)\s+)$",
    re.I,
)


_NAMED_VALUE = re.compile(r"(\d{4})(?:-([QH])(\d))?")
_DATED_VALUE = re.compile(r"(\d{4})-\d\d")
_MONTH_PREFIX = re.compile(r"(\d{4})-(\d\d)(?!\d)")
_MONTH_ONLY = re.compile(r"\d{4}-\d\d")
_MONTH_NAME = re.compile(_MONTH_RE)
_THE = re.compile(r"the\b", re.I)
_PERIOD_ONLY = re.compile(r"\d{4}-[QH]\d")
_DAY_PREFIX = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


_REL_MONTH = re.compile(r"(?:last|that|early|late|mid)\b", re.I)


def _fiscal_days(ctx: _Ctx, n: _Norm) -> _Norm:
    """A quarter the text dated by its closing day keeps those days when the story comes back to
    it: "the fourth quarter ended January 28 ... Earnings in the quarter totalled" is November to
    January both times, not the calendar quarter its value names. The year-ago quarter it is
    compared with ("the year-ago quarter", "a year ago") covers the same days a year back."""
    if n.span is not None:
        ctx.fiscal = (n.value, *n.span)
        return n
    if ctx.fiscal is None:
        return n
    value, first, last = ctx.fiscal
    if n.value == value:
        return replace(n, span=(first, last))
    if n.comparison and n.value == f"{int(value[:4]) - 1:04d}{value[4:]}":
        return replace(n, span=(_add_months(first, -12), _add_months(last, -12)))
    return n


def _make(text: str, s: int, e: int, n: _Norm, ctx: _Ctx) -> Timex:
    if ctx.dct is None and n.anchor == "dct":
        # without a document date a calendar value can only come from the text ("a year earlier"
        # after "the 1986 third quarter"), so it is anchored there and no year was inferred
        n = replace(n, anchor="text", year_inferred=False)
    if n.anchor == "text" and n.value[:4].isdigit() and not n.split_tail:
        ctx.last_year = int(n.value[:4])
    named = _NAMED_VALUE.fullmatch(n.value) or (n.anchor == "text" and _DATED_VALUE.match(n.value))
    if n.type == "DATE" and named and not n.comparison and not _COMPARED_BEFORE.search(text, max(0, s - 120), s):
        # a year, quarter or dated day the sentence talks about ("On May 22, 1995, ... the
        # following year"); "from 3.18 billion in 1986" names the point of comparison instead
        quarter = int(named.group(3)) if named.lastindex == 3 and named.group(2) == "Q" else None
        ctx.ref_time = (int(named.group(1)), quarter, e, _ADJUNCT_BEFORE.search(text, max(0, s - 30), s) is not None)
    month = _MONTH_PREFIX.match(n.value)
    year_month = (int(month.group(1)), int(month.group(2))) if month else n.month_of
    if year_month is not None and n.type in ("DATE", "TIME"):
        ctx.last_month = year_month
        ctx.last_month_end = e
        ctx.last_month_compared = n.comparison
        compared = _COMPARED_BEFORE.search(text, max(0, s - 120), s)
        if compared is not None and compared.group(0)[:4].lower() == "base":
            # "index (base 1985) fell 0.4 pct in January": the base is no comparison of the month;
            # a comparison after it still is ("rose to 134.1 (base 1980) from 129.8 in November")
            compared = _COMPARED_BEFORE.search(text, compared.start() + 4, s)
        if not n.comparison and compared is None and not _LEVEL_BEFORE.search(text, max(0, s - 20), s):
            ctx.focus_month, ctx.focus_month_end = ctx.last_month, e
            ctx.focus_months.add(ctx.last_month)
    if n.type == "DATE" and _MONTH_ONLY.fullmatch(n.value) and not n.comparison and (
            _ADJUNCT_BEFORE.search(text, max(0, s - 30), s) or _REL_MONTH.match(text, s, e)):
        # the narrative moves to a month named as when something happened ("most recently last
        # October"), not to one naming a thing ("two cargoes June shipment")
        ctx.month_named = (int(n.value[:4]), int(n.value[5:7]), e)
    if n.type == "DATE" and _MONTH_ONLY.fullmatch(n.value) and _MONTH_NAME.search(text, s, e):
        # figures "for January ... against December and the year-ago period": the latest month
        # named is the one reported on, the others are its comparisons
        month = ("month", int(n.value[:4]), int(n.value[5:]))
        if not (ctx.last_period and ctx.last_period[0] == "month" and ctx.last_period > month):
            ctx.last_period = month
    elif n.type == "DURATION" and _THE.match(text[s:e]):
        ctx.last_period = None  # "For the nine months ... in the year-earlier period" compares those
    elif n.type == "DATE" and _PERIOD_ONLY.fullmatch(n.value):
        ctx.last_period = ("quarter", int(n.value[:4]), int(n.value[6:]))
    if n.type == "DATE" and _WEEK_ONLY.fullmatch(n.value):
        ctx.last_week = (n.value, e)
    day = _DAY_PREFIX.match(n.value)
    if day and n.type in ("DATE", "TIME"):
        ctx.last_day = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        # "ahead of Friday's final 71.8 ... the peak touched at 1300 GMT": a possessive day is a
        # point of comparison, not the day a later clock time falls on
        ctx.last_day_end = -1 if text[e : e + 2] in ("'s", "’s") else e
        if _WEEK_CLOSED_BY.search(text, max(0, s - 30), s):
            ctx.week_day = ctx.last_day
        if ctx.event_day is None and n.type == "DATE" and ctx.dct is not None and ctx.last_day < ctx.dct and _MONTH_NAME.search(text, s, e):
            ctx.event_day = ctx.last_day
    ctx.last_end = e
    if n.type == "DATE" and _PERIOD_ONLY.fullmatch(n.value) and n.value[5] == "Q":
        n = _fiscal_days(ctx, n)
    if n.type in ("DATE", "TIME"):
        d0, d1, gran = _span_of(n.value)
        if n.span is not None:
            d0, d1 = n.span
        if gran is None:
            gran = _granularity_of_under(n.value)
        if n.type == "TIME":
            gran = "time"
        if n.type == "DATE" and d0 is not None:
            ctx.dated.append((s, e, d0))
    elif n.type == "DURATION":
        # a count of months a results table dates by its closing day covers those days
        d0, d1 = n.span if n.span is not None else (None, None)
        gran = "duration"
    else:
        d0 = d1 = None
        gran = "set"
    return Timex(s, e, text[s:e], n.type, n.value, n.mod, d0, d1, gran, n.anchor, n.year_inferred)


# -- datelines ------------------------------------------------------------------------------------

_DATELINE = re.compile(
    # PLACE[, REGION][,] DATE [(AGENCY)] -   e.g. "RICHMOND, Va. Feb 26 -", "AMSTERDAM, 2 March -"
    r"\A\s*\**(?P<place>[A-Z][\w.'/&}\-]*(?:\s*,\s*|\s+)(?:[A-Z][\w.'/&}\-]*(?:\s*,\s*|\s+))*)"
    r"(?:(?P<date>(?P<m>[A-Za-z]{3,9})\.?\s*(?P<d>\d{1,2}))|(?P<date2>(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?))"
    r"\b,?(?:\s*\([^)\n]{1,30}\)|\s*Reuters?)?\s*(?:--|-|_|\u2014|\u2013)"
)


def parse_dateline(text: str) -> tuple[int, int, int, int] | None:
    """(month, day, start_char, end_char) of the date in a dateline like
    ``WASHINGTON, Jan 15 (Reuters) -``; None when ``text`` does not open with one.
    The year is never invented: the caller anchors it to the document date.
    """
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place")
    if "," not in place and not re.match(r"[A-Z]{2,}\b", place):
        return None  # "The May 5 - 6 talks" is a sentence, not a dateline
    which = "date" if m.group("date") else "date2"
    month = _month_number(m.group("m") or m.group("m2"))
    if month is None:
        return None
    day = int(m.group("d") or m.group("d2"))
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    return month, day, m.start(which), m.end(which)
