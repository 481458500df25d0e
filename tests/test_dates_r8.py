"""Round-8 TIMEX3 tests: the word gates of the tagger, then one table per rule.

Every text is real news (Reuters-21578 from 1987 with its <DATE>, or TimeBank-AQUAINT dev) with the
document date; ``None`` as the expected value means the surface must not be tagged.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from spacy.language import Language

from tasks import dates
from tasks.dates import extract_timexes

Expected = tuple[str, str, str | None] | None


@cache
def _nlp() -> Language:
    from tasks.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _check(text: str, dct: str, surface: str, expected: Expected, parsed: bool = False) -> None:
    doc = _nlp()(text) if parsed else None
    found = extract_timexes(text, date.fromisoformat(dct), doc)
    got = [(t.type, t.value, t.mod) for t in found if t.text == surface]
    everything = [(t.text, t.type, t.value) for t in found]
    if expected is None:
        assert got == [], everything
    else:
        assert got and set(got) == {expected}, everything


# -- the gates skip only rules that cannot match ----------------------------------------------------
# A rule runs over a paragraph only when the paragraph holds one of the words (or digit shapes) the
# rule needs; the tagger is fast because most rules are skipped. Skipping must never change what
# is found: with every gate open the output is the same.

_GATED_TEXTS = [
    ("Banks may open on these days during the afternoon between 3.30 and 5.30.\n\nThe regulations apply to "
     "bank opening hours, not to staff working hours, which continue to be decided by banks.\n\nUnder the "
     "five day week introduced in early April, banks have been obliged to open from 8 A.M.", "1987-06-29"),
    ("TOKYO, June 19 - Isuzu Motors Ltd <ISUM.T> forecast a parent company net loss of 15 billion yen in the "
     "year ending October 31, 1987 against a 3.98 billion loss a year earlier, assuming a yen/dollar rate of "
     "140 yen, a spokesman said.\n\nSales in 1986/87 are estimated at 910 billion yen, down 10.2 pct from a "
     "year earlier.\n\nThe automaker earlier reported a parent company net loss of 12.92 billion in the six "
     "months ended April 30, 1987, against a 1.65 billion yen profit a year earlier, on sales of 443.90 "
     "billion, down 15.9 pct from a year earlier.\n\nTruck exports fell to 108,782 from 127,903 because a "
     "two-year contract to sell a total of 40,000 trucks to China ended last year and domestic sales fell to "
     "55,925 from 61,954.", "1987-06-19"),
    ("In 1986 Searle's sales were 665 mln dlrs.\n\nGilgore said the company intends to have sales of three "
     "billion dlrs by the mid-1990s.", "1987-04-09"),
    ("Company officials said although reserves were being depleted, Zambia could continue to produce copper "
     "beyond the end of the century, though at lower levels of production.\n\nIndustry sources said ZCCM's "
     "projected pre-tax profit for the financial year ended March 31 would be around 500 mln kwacha.", "1987-06-18"),
    ("LONDON, April 7 - LME zinc was quiet throughout the morning with very little dealing after some light "
     "trade selling on the pre-market, dealers said.\n\nThree months delivery ended official ring dealings "
     "quoted at 454.50/455 stg a tonne, down around two stg from yesterday afternoon's kerb close.", "1987-04-07"),
    ("WELLINGTON, March 23 - The Reserve Bank said it is cancelling its regular weekly treasury bill tender "
     "scheduled for tomorrow.\n\nThe Bank expects to be conducting open market operations as usual, and after "
     "these operations daily cash balances should fluctuate around 30 mln dlrs.", "1987-03-22"),
    ("FRANKFURT, April 13 - West Germany's capital market liberalization program has stalled and bankers are "
     "worried it may take years for further reforms to be completed.\n\nLiberalization got underway in May "
     "1985 when foreign banks received Bundesbank permission to lead-manage mark eurobonds.", "1987-04-13"),
]  # fmt: skip


def _everything(text: str, dct: str) -> list[tuple[int, int, str, str, str | None]]:
    return [(t.start_char, t.end_char, t.type, t.value, t.mod) for t in extract_timexes(text, date.fromisoformat(dct))]


@pytest.mark.parametrize(("text", "dct"), _GATED_TEXTS, ids=lambda v: str(v)[:30])
def test_gates_never_change_the_output(text: str, dct: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _everything(text, dct)
    assert gated, "each text names times"
    every_rule = (1 << len(dates._PATTERNS)) - 1
    monkeypatch.setattr(dates, "_patterns_for", lambda gates, part: every_rule)
    assert _everything(text, dct) == gated


def test_the_modal_may_leaves_the_month_may_tagged() -> None:
    text, dct = _GATED_TEXTS[-1]
    _check(text, dct, "May 1985", ("DATE", "1985-05", None))
    _check(text, dct, "years", ("DURATION", "PXY", None))
