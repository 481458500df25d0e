"""Round-22 TIMEX3 tests: one value form per class, the form the dev golds write most.

Round 21 found that most TimeBank-AQUAINT (TBAQ) dev value errors are the gold writing one class of
expression in more than one form. Round 22 counted each class's forms in TBAQ dev (MEANTIME dev and
the Reuters blind dev half as checks) against the round-18 rule: emit a form where the golds write
it two thirds of the time or more, leave a class in between as it is. In every class the form the
tagger already emits is the one the gold writes most, and no other form reaches two thirds:

- "a year ago/earlier" in a story of quarterly results: the year-ago quarter, 36 of 50 (72 %)
- "this/next week": the ISO week, 8 of 19 (12 of 19 counting TBAQ's unpadded "2000-W7"); WXX 5
- "last week": the ISO week, 6 of 20 (7 with an unpadded one); WXX 7, all in WSJ copy, where it is
  "some week of 1989", a value that spans the whole year for a reader of date_start/date_end
- a part of day ("Wednesday night", "this morning"): suffix kept 19 of 29 (66 %), dropped 10
- "recent years/days/...": PAST_REF 5 of 10, PX? 5
- decades ("the early 1980s"): "198" 5 of 9, "198X" 4 (NYT only)
- bare "years", "months": PX? in 7 of the 12 bare plurals TBAQ dev tags, the other 5 dates
  anchored to an event (round 21)

So these rows pin the form the tagger emits for each class, on TBAQ **dev** sentences (documents
named above each row) where the gold writes the majority form: a change that moves a class to a
minority form fails here.
"""

from __future__ import annotations

from tests.helpers import timex_test

# -- "a year ago/earlier" in a quarterly report: the year-ago quarter ------------------------------

_YEAR_AGO = [
    # wsj_0292: the story's opening names the quarter
    ("Despite continuing problems in its newsprint business, Kimberly-Clark Corp. posted a 20% gain in "
     "third-quarter net income. The consumer-products and newsprint company said net rose to $108.8 million, or $1.35 a share, from "
     "$90.5 million, or $1.12 a share, a year ago.", "1989-11-01", "a year ago", ("DATE", "1988-Q3", None)),
    # wsj_1003: the quarter the sentence names
    ("Third-quarter sales dropped 11% to $1.27 billion from $1.43 billion a year ago.", "1989-10-26",
     "a year ago", ("DATE", "1988-Q3", None)),
    # wsj_1025
    ("Sotheby's Holdings Inc., the parent of the auction house Sotheby's, said its net loss for the seasonally "
     "slow third quarter narrowed from a year earlier on a leap in operating revenue.", "1989-10-26",
     "a year earlier", ("DATE", "1988-Q3", None)),
]  # fmt: skip


# -- "this", "next" and "last week": the ISO week ----------------------------------------------------

_WEEK = [
    # wsj_0187
    ("Carnival, which has three ships on order from Waertsilae Marine, presented claims for $1.5 billion "
     "damages in the bankruptcy court this week.", "1989-11-02", "this week", ("DATE", "1989-W44", None)),
    # APW19980306.1001
    ("The procedures are due to go before the Security Council next week.", "1998-03-06", "next week",
     ("DATE", "1998-W11", None)),
    # APW19980301.0720
    ("Last week, Hezbollah fighters killed three Israeli soldiers and seriously wounded six others.",
     "1998-03-01", "Last week", ("DATE", "1998-W08", None)),
    # PRI19980216.2000.0170
    ("The move had been widely expected after northern Ireland police said they believe the IRA was behind two "
     "killings in Belfast last week.", "1998-02-16", "last week", ("DATE", "1998-W07", None)),
]  # fmt: skip


# -- a part of day after a day keeps its suffix ------------------------------------------------------

_PART_OF_DAY = [
    # APW20000405.0276
    ("HAVANA (AP) -- President Fidel Castro declared Wednesday night that it is just matter of days before "
     "Elian Gonzalez will be reunited with his father.", "2000-04-05", "Wednesday night",
     ("DATE", "2000-04-05TNI", None)),
    # APW20000328.0257
    ("The Cuban leader first raised those worries during another live television appearance Sunday night "
     "during a speech to about 700 Cuban university students.", "2000-03-28", "Sunday night",
     ("DATE", "2000-03-26TNI", None)),
]  # fmt: skip


# -- "recent years", "recent days": the past, not a length -------------------------------------------

_RECENT = [
    # wsj_1013
    ("Columbia owes its spectacular growth in recent years to its junk-bond portfolio, the largest of any U.S. "
     "thrift.", "1989-10-26", "recent years", ("DATE", "PAST_REF", None)),
    # APW19980308.0201
    ("At least 51 people were reported killed in clashes between Serb police and ethnic Albanians in the "
     "troubled region in recent days.", "1998-03-08", "recent days", ("DATE", "PAST_REF", None)),
]  # fmt: skip


# -- decades: three digits -----------------------------------------------------------------------

_DECADE = [
    # wsj_0173
    ("Coleco Industries Inc., a once high-flying toy maker whose stock peaked at $65 a share in the early "
     "1980s, filed a Chapter 11 reorganization plan that provides just 1.125 cents a share for common "
     "stockholders.", "1989-11-02", "the early 1980s", ("DATE", "198", "START")),
    # wsj_1014
    ("Anheuser said it continues to hold to its earlier-announced goal of a 50% U.S. market share by the "
     "mid-1990s.", "1989-10-26", "the mid-1990s", ("DATE", "199", "MID")),
]  # fmt: skip


# -- bare "years": an unspecified number of years ----------------------------------------------------

_BARE_PLURAL = [
    # NYT19990419.0515
    ("Kopp, a 44-year-old anti-abortion protester who had been traveling around the country from demonstration "
     "to demonstration for years.", "1999-04-19", "years", ("DURATION", "PXY", None)),
    # wsj_0973
    ("A bright spot is the company's power-generation business, which is experiencing a surge of growth for "
     "the first time in years.", "1989-10-26", "years", ("DURATION", "PXY", None)),
]  # fmt: skip


test_majority_forms = timex_test(
    [
        ("year ago in a quarterly report", _YEAR_AGO),
        ("week", _WEEK),
        ("part of day", _PART_OF_DAY),
        ("recent", _RECENT),
        ("decade", _DECADE),
        ("bare plural", _BARE_PLURAL),
    ]
)
