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


_CLASSES = [
    ("now that", _NOW_THAT),
]
test_round18_vague_word = timex_test(_CLASSES)
