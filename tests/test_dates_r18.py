"""Round-18 TIMEX3 tests: a measured policy for vague and generic time words.

Each class of one-word vague or generic time word ("now", "currently", "recently", "recent",
"previously", "once", "already", "future", generic "today's", ...) was counted in the dev gold of
TimeBank-AQUAINT, MEANTIME (annotated sentences 0-5) and the Reuters blind set: occurrences in the
scored text against occurrences the gold tags. A class (or a context of one) is tagged where the
golds tag it in a clear majority (two thirds or more), left untagged where they tag it in a third
or less, and left as it was in between. Cases come from TimeBank-AQUAINT **dev** documents (named
above each row) and from Reuters-21578 stories outside the evaluation sets, read in stories ordered
by ``sha256("dates18:" + NEWID)`` (the SGML in ``../shared/data/reuters21578``), each dated with
its story's DATE. ``None`` as the expected value means the surface must not be tagged.
"""

from __future__ import annotations

from tests.helpers import timex_test

# -- "now that": the present the clause gives a reason from --------------------------------------
# TBAQ dev tags "now" in "now that ..." 2 of 2 times (PRESENT_REF); MEANTIME and the Reuters dev
# half have none. The same words also run together when "that" opens the next clause ("there were
# indications now that the deficit ...") or a noun phrase ("now that portion is worth").

_NOW_THAT = [
    # TBAQ dev WSJ900813-0157
    ("And even terrorist groups that opposed Iraq in its war with Iran show signs of swinging behind Saddam "
     "Hussein now that he is in a confrontation with the U.S.", "1990-08-13", "now",
     ("DATE", "PRESENT_REF", None)),
    # TBAQ dev APW20000210.0328
    ("Holder said that INS acted appropriately but ``now that we have this new information, we'll have to look "
     "at it, and see, like I said, what steps if any are appropriate.''", "2000-02-10", "now",
     ("DATE", "PRESENT_REF", None)),
    # reuters-14311
    ("Now that Brazil has closed its May registrations, the market is awaiting fresh fundamental news, they "
     "added.", "1987-04-07", "Now", ("DATE", "PRESENT_REF", None)),
    # reuters-11975
    ("The Daily Telegraph quoted Jardine chairman Simon Keswick as saying Hongkong Land was at a crossroads "
     "now that all its non-property assets as well as its major residential properties in Hong Kong are being "
     "sold off.", "1987-04-01", "now", ("DATE", "PRESENT_REF", None)),
    # reuters-2190
    ("He said there were indications now that the trade deficit was beginning to level off.", "1987-03-05",
     "now", ("DATE", "PRESENT_REF", None)),
    # reuters-20744
    ("At that time, the stock purchase portion was worth close to 80 dlrs per share, but now that portion is "
     "worth 53 dlrs per share for a net price of 68 dlrs, one analyst said.", "1987-10-20", "now",
     ("DATE", "PRESENT_REF", None)),
]  # fmt: skip


# -- "today's" for the era: "today's youth", "today's world" --------------------------------------
# TBAQ dev tags a generic "today's" 0 of 3 times ("today's youth", "in today's world", "today's
# personal computers") and a dated one 2 of 2 ("today's editions", "today's geography quiz"); the
# heads that make it the era are read from the noun after it, so "today's personal computers"
# stays a date (its head names no era).

_GENERIC_TODAY = [
    # TBAQ dev APW20000115.0209
    ("``The case of Elian is for today's youth what 40 years of the blockade, armed invasions, sabotage and "
     "attempts to kill President Fidel Castro were for earlier generations,'' said Cuban journalist Luis "
     "Baez.", "2000-01-15", "today", None),
    # TBAQ dev NYT19980424.0421
    ("As Justice Stephen Breyer asked in a strong dissent, ``what sense does it make'' to apply citizenship "
     "barriers ``only to fathers and not to mothers in today's world _ where paternity can readily be proved "
     "and where women and men both are likely to earn a living in the workplace?''", "1998-04-24", "today",
     None),
    # reuters-8747
    ("\"The government can rely on the support of the World Bank in a continuing program of adjustment to "
     "the economic realities of today's world,\" he said.", "1987-03-24", "today", None),
    # TBAQ dev wsj_0032: the day's own paper
    ("The offer, advertised in today's editions of The Wall Street Journal, is scheduled to expire at the "
     "the end of November.", "1989-11-02", "today", ("DATE", "1989-11-02", None)),
]  # fmt: skip


# -- "the future" before a noun is the adjective, not the time -----------------------------------
# "future" before a noun is tagged 3 of 13 times in TBAQ dev (0 of 1 in MEANTIME), and so is left
# untagged; written after "the" ("the future results", "the future direction of") it was tagged
# FUTURE_REF. "The future" as a noun stays tagged: TBAQ dev tags it 7 of 9 times ("for the
# foreseeable future", 0 of 2, is not matched at all).

_FUTURE_NOUN = [
    # reuters-17904
    ("\"The Company is not in a position to predict with certainty the outcome of this process and its "
     "effect on the future results or operations, financial or otherwise, of the Group,\" it said.",
     "1987-06-02", "the future", None),
    # reuters-9150
    ("But he said the future direction of Singapore's securities industry will be dictated by international "
     "trends.", "1987-03-25", "the future", None),
    # reuters-15912
    ("Selling shareholders may earn an additional amount up to a maximum of eight mln dlrs payable in cash "
     "based on the future performance of the companies acquired during the three years ending March 31, "
     "1990, International said.", "1987-04-09", "the future", None),
    # reuters-18385: "the future" as the subject stays the time
    ("Without them, the future does not look very rosy,\" Goekmann said.", "1987-06-15", "the future",
     ("DATE", "FUTURE_REF", None)),
    # TBAQ dev wsj_0583 (gold: FUTURE_REF)
    ("Yoshihisa Murasawa, a management consultant for Booz-Allen amp Hamilton (Japan) Inc., said his firm "
     "will likely be recommending acquisitions of Japanese companies more often to foreign clients in the "
     "future.", "1989-10-30", "the future", ("DATE", "FUTURE_REF", None)),
]  # fmt: skip


# -- classes measured and left as they were -------------------------------------------------------
# Tagged in two thirds or more of dev gold occurrences: "now" elsewhere (44 of 62; "Now," opening a
# sentence 0 of 2 in TBAQ, too few to split off, and read in Reuters it is mostly the present set
# against the past). Tagged in a third or less, and not tagged: "previously" (3 of 22), "once"
# (1 of 21), "already" (1 of 31), "future" before a noun (3 of 13). Between the two, kept as they
# were: "currently" (9 of 15, tagged), "recently" (10 of 17, tagged), the adjective "recent" before
# an event noun (6 of 14, untagged).

_KEPT = [
    # reuters-11498: the present against "A year ago"
    ("\"A year ago, we could be pretty confident about the markets,\" said O'Brien. \"Now, it is much less "
     "certain.\"", "1987-03-31", "Now", ("DATE", "PRESENT_REF", None)),
    # TBAQ dev wsj_0026 (gold: untagged)
    ("Previously, watch imports were denied such duty-free treatment.", "1989-11-02", "Previously", None),
    # TBAQ dev wsj_0583 (gold: untagged)
    ("Sansui was once one of Japan's premier makers of expensive, high-quality stereo gear for audiophiles.",
     "1989-10-30", "once", None),
    # TBAQ dev wsj_0533 (gold: untagged)
    ("Institut Merieux, which already holds a 12.5% stake in Connaught, said that at the close of business "
     "Thursday, 5,745,188 shares of Connaught had been tendered.", "1989-10-30", "already", None),
    # TBAQ dev wsj_0762 (gold: untagged)
    ("Although profits were \" squeezed\" in 1989, mainly as a result of higher raw-material costs, the "
     "company said it is confident about future earnings and cash flow for 1990 and beyond.", "1989-10-27",
     "future", None),
    # TBAQ dev wsj_0032 (gold: PRESENT_REF)
    ("Montedison currently owns about 72% of Erbamont's common shares outstanding.", "1989-11-02",
     "currently", ("DATE", "PRESENT_REF", None)),
    # TBAQ dev wsj_0610 (gold: PAST_REF)
    ("Until recently, Kellogg had been telling its sales force and Wall Street that by 1992 it intended to "
     "achieve a 50% share of market, measured in dollar volume.", "1989-10-30", "recently",
     ("DATE", "PAST_REF", None)),
    # TBAQ dev wsj_0168 (gold: untagged)
    ("The sale of shares to the McAlpine family along with the recent sale of 750,000 shares of Meridian "
     "stock to Haden MacLellan Holding PLC of Surrey, England and a recent public offering have increased "
     "Meridian's net worth to $8.5 million, said William Feniger, chief executive.", "1989-11-02", "recent",
     None),
]  # fmt: skip


_CLASSES = [
    ("now that", _NOW_THAT),
    ("generic today's", _GENERIC_TODAY),
    ("the future before a noun", _FUTURE_NOUN),
    ("measured and kept", _KEPT),
]
test_round18_vague_word = timex_test(_CLASSES)
