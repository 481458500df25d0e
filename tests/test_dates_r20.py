"""Round-20 TIMEX3 tests: "current" in its finance senses names no time.

Round 20 listed every tagged "current" in the Reuters-21578 stories outside the evaluation sets
(``tests/fixtures/timex_reuters.jsonl``, ``reuters_links.jsonl`` and the stories of
``amounts_labelled.csv``), read from the SGML in ``../shared/data/reuters21578``. Besides the
time sense ("the current level", "current president"), Reuters writes "current" for no time:
the finance terms "current expenditure/spending", "current assets/liabilities", "high current
income" and the Japanese "current profit" (recurring profit), that profit's table row "Current
5.03 billion vs", earnings notes' "Current periods" / "Current nine mths" (the periods reported,
whose count keeps its own tag), "their then current levels" and the predicative "was current on
interest payments". No "current" in TimeBank-AQUAINT, MEANTIME or Reuters blind dev gold is one
of these. Each row is a sentence of one of those stories, dated with its dateline's date.
``None`` as the expected value means the surface must not be tagged.
"""

from __future__ import annotations

from tests.helpers import timex_test

# -- finance terms ---------------------------------------------------------------------------------

_FINANCE = [
    # reuters-238
    ("Gandhi announced small increases in poverty alleviation and education outlays but he ordered a "
     "hold-down on current expenditure in an attempt to rein in the budget deficit.", "1987-03-01", "current",
     None),
    # reuters-5802
    ("The budget's basic goals were to restrict current spending, curb inflation and step up reliance on "
     "local resources, he said.", "1987-03-17", "current", None),
    # reuters-17465
    ("Japan Line's current liabilities amounted to 68.98 billion yen at the end of September.", "1987-06-01",
     "current", None),
    # reuters-18168
    ("Putnam Financial Services Inc said its newest fund offering, Putnam Global Governmental Income Trust, "
     "is among the few global funds with an investment objective of high current income through a portfolio "
     "of mainly government bonds.", "1987-06-02", "current", None),
    # reuters-18526
    ("Mazda Motor Corp <MAZT.T> predicted a parent company current profit of 10 billion yen in the year "
     "ending October 31, 1987, down 50.8 pct from a year earlier, assuming a yen/dollar value at 147 yen, "
     "vice president Yoshihiro Wada told a press conference.", "1987-06-18", "current", None),
    # reuters-18481: the Japanese table's recurring-profit row
    ("TOKYO, June 18 - Six months ended April 30 Parent shr 1.66 yen vs 7.28 Div 3.50 yen vs same Net 1.59 "
     "billion vs 6.88 billion Current 5.03 billion vs 16.03 billion Sales 804.02 billion vs 839.20 billion",
     "1987-06-18", "Current", None),
]  # fmt: skip


# -- earnings notes, "then current", predicative ---------------------------------------------------

_NOT_NOW = [
    # reuters-1706
    ("Sales 159.9 mln vs 156.6 mln NOTE: Current nine mths net includes 1,036,000 dlr pretax gain on sale of "
     "property.", "1987-03-04", "Current", None),
    # reuters-1706: the count keeps its tag
    ("Sales 159.9 mln vs 156.6 mln NOTE: Current nine mths net includes 1,036,000 dlr pretax gain on sale of "
     "property.", "1987-03-04", "nine mths", ("DURATION", "P9M", None)),
    # reuters-1284
    ("Revs 4,577,000 vs 11.9 mln NOTE: Current periods include loss of 7.5 mln dlrs from discontinued "
     "operations.", "1987-03-03", "Current", None),
    # reuters-8588
    ("And West Germany agreed to coooperate to hold currency rates around their then current levels.",
     "1987-03-24", "current", None),
    # reuters-6757
    ("Neyra told reuters that peru was current on interest payments on short-term debt, including the trade "
     "credit lines and on about 750 million dollars in so-called  \"working capital\" credits.", "1987-03-18",
     "current", None),
]  # fmt: skip


# -- the time sense next to them stays -------------------------------------------------------------

_NOW_KEPT = [
    # reuters-16191: predicative position, but before a noun
    ("Turkey would be the 13th member of the group, of which Belgium is current president.", "1987-04-13",
     "current", ("DATE", "PRESENT_REF", None)),
    # reuters-7567: a count after "the current" is the term in force now, not an earnings note
    ("The ministry is also considering shortening the minimum period of free-interest large-lot time deposits "
     "to one month from the current three months, the sources said.", "1987-03-20", "current",
     ("DATE", "PRESENT_REF", None)),
    # reuters-3743: a dividend paid now
    ("He also expects the company to raise its annual dividend about 20 to 30 cts a share, from its current "
     "dividend of 3.20 dlrs a share, \"and a stock split is possible but it has a low probablility.\"",
     "1987-03-11", "current", ("DATE", "PRESENT_REF", None)),
]  # fmt: skip


_CLASSES = [
    ("current as a finance term", _FINANCE),
    ("current for no present time", _NOT_NOW),
    ("current for now", _NOW_KEPT),
]
test_round20_current_senses = timex_test(_CLASSES)
