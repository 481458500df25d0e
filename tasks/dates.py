"""All date parsing and normalization lives here: document dates and TIMEX3 expressions.

No other module parses dates. Values follow TimeML TIMEX3; relative expressions resolve
against the document creation time (DCT) and never against the machine's clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from spacy.tokens import Doc


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


_ISO_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")


def parse_published_at(value: object) -> datetime | None:
    """A document date as an aware UTC datetime. None/empty -> None; junk -> ValueError.

    Naive times are taken as UTC. A date alone is midnight UTC.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"unparseable date {text!r} (expected ISO 8601, e.g. 2020-01-16)") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(calendar.month_name[1:]) + r")\s+(\d{1,2})(?:,\s*(\d{4}))?\b"
)


def extract_timexes(text: str, dct: date | None, doc: Doc | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` normalized against ``dct`` (None = unknown date).

    Placeholder until the temporal issue lands: month-day dates only.
    """
    out = []
    for m in _MONTH_DAY.finditer(text):
        month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
        if m.group(3):
            year, anchor, inferred = int(m.group(3)), "text", False
        elif dct is not None:
            year, anchor, inferred = dct.year, "dct", True
        else:
            year, anchor, inferred = None, "none", False
        if year is None:
            value, d = f"XXXX-{month:02d}-{day:02d}", None
        else:
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            value = d.isoformat()
        out.append(
            Timex(m.start(), m.end(), m.group(0), "DATE", value, None, d, d, "day", anchor, inferred)
        )
    return out
